//Numpy array shape [1]
//Min 0.000000000000
//Max 0.000000000000
//Number of zeros 1

#ifndef B457_H_
#define B457_H_

#ifndef __SYNTHESIS__
bias457_t b457[1];
#else
bias457_t b457[1] = {0};

#endif

#endif
