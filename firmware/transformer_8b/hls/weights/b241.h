//Numpy array shape [6]
//Min 0.000000000000
//Max 0.000000000000
//Number of zeros 6

#ifndef B241_H_
#define B241_H_

#ifndef __SYNTHESIS__
bias241_t b241[6];
#else
bias241_t b241[6] = {0, 0, 0, 0, 0, 0};

#endif

#endif
