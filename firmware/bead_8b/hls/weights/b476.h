//Numpy array shape [2]
//Min -0.175781250000
//Max -0.033203125000
//Number of zeros 0

#ifndef B476_H_
#define B476_H_

#ifndef __SYNTHESIS__
bias476_t b476[2];
#else
bias476_t b476[2] = {-0.175781250, -0.033203125};

#endif

#endif
