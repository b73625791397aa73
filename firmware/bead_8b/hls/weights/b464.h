//Numpy array shape [8]
//Min -0.390625000000
//Max 0.300781250000
//Number of zeros 0

#ifndef B464_H_
#define B464_H_

#ifndef __SYNTHESIS__
bias464_t b464[8];
#else
bias464_t b464[8] = {0.30078125, -0.05468750, 0.20703125, -0.39062500, -0.25000000, 0.01562500, 0.15234375, 0.07031250};

#endif

#endif
