//Numpy array shape [6]
//Min -0.457031250000
//Max 0.492187500000
//Number of zeros 0

#ifndef B308_H_
#define B308_H_

#ifndef __SYNTHESIS__
bias308_t b308[6];
#else
bias308_t b308[6] = {-0.01171875, -0.10546875, -0.21093750, -0.45703125, 0.49218750, -0.33593750};

#endif

#endif
