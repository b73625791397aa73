//Numpy array shape [3]
//Min -0.300781250000
//Max -0.082031250000
//Number of zeros 0

#ifndef B477_H_
#define B477_H_

#ifndef __SYNTHESIS__
bias477_t b477[3];
#else
bias477_t b477[3] = {-0.30078125, -0.08203125, -0.16796875};

#endif

#endif
