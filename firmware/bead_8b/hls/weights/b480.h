//Numpy array shape [1]
//Min -0.107421875000
//Max -0.107421875000
//Number of zeros 0

#ifndef B480_H_
#define B480_H_

#ifndef __SYNTHESIS__
bias480_t b480[1];
#else
bias480_t b480[1] = {-0.1074218750};

#endif

#endif
