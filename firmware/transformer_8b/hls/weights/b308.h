//Numpy array shape [6]
//Min -0.679687500000
//Max 0.164062500000
//Number of zeros 1

#ifndef B308_H_
#define B308_H_

#ifndef __SYNTHESIS__
bias308_t b308[6];
#else
bias308_t b308[6] = {-0.5546875, -0.6796875, -0.2265625, -0.1093750, 0.1640625, -0.0000000};

#endif

#endif
