//Numpy array shape [8]
//Min -0.226562500000
//Max 0.181640625000
//Number of zeros 0

#ifndef B475_H_
#define B475_H_

#ifndef __SYNTHESIS__
bias475_t b475[8];
#else
bias475_t b475[8] = {0.113281250, -0.226562500, 0.181640625, 0.142578125, 0.074218750, 0.029296875, -0.015625000, 0.095703125};

#endif

#endif
