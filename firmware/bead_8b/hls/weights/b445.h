//Numpy array shape [2, 5, 4]
//Min 0.000000000000
//Max 0.000000000000
//Number of zeros 40

#ifndef B445_H_
#define B445_H_

#ifndef __SYNTHESIS__
bias445_t b445[40];
#else
bias445_t b445[40] = {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0};

#endif

#endif
