//Numpy array shape [8]
//Min -0.406250000000
//Max 1.031250000000
//Number of zeros 0

#ifndef B461_H_
#define B461_H_

#ifndef __SYNTHESIS__
bias461_t b461[8];
#else
bias461_t b461[8] = {-0.375000, 0.921875, 0.562500, 1.031250, 1.000000, 0.140625, -0.406250, 0.562500};

#endif

#endif
