//Numpy array shape [3]
//Min 0.111328125000
//Max 0.134765625000
//Number of zeros 0

#ifndef B77_H_
#define B77_H_

#ifndef __SYNTHESIS__
bias77_t b77[3];
#else
bias77_t b77[3] = {0.134765625, 0.119140625, 0.111328125};

#endif

#endif
