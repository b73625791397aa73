//Numpy array shape [6]
//Min 0.000000000000
//Max 0.000000000000
//Number of zeros 6

#ifndef B299_H_
#define B299_H_

#ifndef __SYNTHESIS__
bias299_t b299[6];
#else
bias299_t b299[6] = {0, 0, 0, 0, 0, 0};

#endif

#endif
