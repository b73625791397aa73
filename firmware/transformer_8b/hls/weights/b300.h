//Numpy array shape [6]
//Min 0.000000000000
//Max 0.000000000000
//Number of zeros 6

#ifndef B300_H_
#define B300_H_

#ifndef __SYNTHESIS__
bias300_t b300[6];
#else
bias300_t b300[6] = {0, 0, 0, 0, 0, 0};

#endif

#endif
