//Numpy array shape [2]
//Min -0.175781250000
//Max -0.033203125000
//Number of zeros 0

#ifndef B475_H_
#define B475_H_

#ifndef __SYNTHESIS__
bias475_t b475[2];
#else
bias475_t b475[2] = {-0.175781250, -0.033203125};

#endif

#endif
