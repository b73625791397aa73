//Numpy array shape [3]
//Min -0.750000000000
//Max 0.023437500000
//Number of zeros 0

#ifndef B195_H_
#define B195_H_

#ifndef __SYNTHESIS__
bias195_t b195[3];
#else
bias195_t b195[3] = {0.0234375, -0.4062500, -0.7500000};

#endif

#endif
