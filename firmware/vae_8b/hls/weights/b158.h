//Numpy array shape [3]
//Min 0.017578125000
//Max 0.134765625000
//Number of zeros 0

#ifndef B158_H_
#define B158_H_

#ifndef __SYNTHESIS__
bias158_t b158[3];
#else
bias158_t b158[3] = {0.074218750, 0.017578125, 0.134765625};

#endif

#endif
