//Numpy array shape [2, 5, 5]
//Min 0.000000000000
//Max 0.000000000000
//Number of zeros 50

#ifndef B444_H_
#define B444_H_

#ifndef __SYNTHESIS__
bias444_t b444[50];
#else
bias444_t b444[50] = {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0};

#endif

#endif
