//Numpy array shape [3]
//Min -0.500000000000
//Max 0.578125000000
//Number of zeros 0

#ifndef B195_H_
#define B195_H_

#ifndef __SYNTHESIS__
bias195_t b195[3];
#else
bias195_t b195[3] = {0.2968750, 0.5781250, -0.5000000};

#endif

#endif
