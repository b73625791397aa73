//Numpy array shape [8]
//Min -0.390625000000
//Max 0.300781250000
//Number of zeros 0

#ifndef B465_H_
#define B465_H_

#ifndef __SYNTHESIS__
bias465_t b465[8];
#else
bias465_t b465[8] = {0.30078125, -0.05468750, 0.20703125, -0.39062500, -0.25000000, 0.01562500, 0.15234375, 0.07031250};

#endif

#endif
