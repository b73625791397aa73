//Numpy array shape [3]
//Min -0.187500000000
//Max 0.390625000000
//Number of zeros 0

#ifndef B77_H_
#define B77_H_

#ifndef __SYNTHESIS__
bias77_t b77[3];
#else
bias77_t b77[3] = {-0.18750000, 0.09375000, 0.39062500};

#endif

#endif
