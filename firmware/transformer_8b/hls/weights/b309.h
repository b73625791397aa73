//Numpy array shape [6]
//Min -0.457031250000
//Max 0.492187500000
//Number of zeros 0

#ifndef B309_H_
#define B309_H_

#ifndef __SYNTHESIS__
bias309_t b309[6];
#else
bias309_t b309[6] = {-0.01171875, -0.10546875, -0.21093750, -0.45703125, 0.49218750, -0.33593750};

#endif

#endif
