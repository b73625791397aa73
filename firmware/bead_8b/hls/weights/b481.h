//Numpy array shape [1]
//Min -0.107421875000
//Max -0.107421875000
//Number of zeros 0

#ifndef B481_H_
#define B481_H_

#ifndef __SYNTHESIS__
bias481_t b481[1];
#else
bias481_t b481[1] = {-0.1074218750};

#endif

#endif
