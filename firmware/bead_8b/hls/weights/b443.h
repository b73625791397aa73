//Numpy array shape [2, 5, 5]
//Min 0.000000000000
//Max 0.000000000000
//Number of zeros 50

#ifndef B443_H_
#define B443_H_

#ifndef __SYNTHESIS__
bias443_t b443[50];
#else
bias443_t b443[50] = {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0};

#endif

#endif
