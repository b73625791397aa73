//Numpy array shape [2]
//Min -0.148437500000
//Max 0.277343750000
//Number of zeros 0

#ifndef B197_H_
#define B197_H_

#ifndef __SYNTHESIS__
bias197_t b197[2];
#else
bias197_t b197[2] = {0.27734375, -0.14843750};

#endif

#endif
