//Numpy array shape [3]
//Min -0.328125000000
//Max 0.085937500000
//Number of zeros 0

#ifndef B254_H_
#define B254_H_

#ifndef __SYNTHESIS__
bias254_t b254[3];
#else
bias254_t b254[3] = {-0.01953125, -0.32812500, 0.08593750};

#endif

#endif
