//Numpy array shape [5, 8]
//Min 0.000000000000
//Max 0.000000000000
//Number of zeros 40

#ifndef B450_H_
#define B450_H_

#ifndef __SYNTHESIS__
bias450_t b450[40];
#else
bias450_t b450[40] = {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0};

#endif

#endif
