//Numpy array shape [54, 1]
//Min 1.000000000000
//Max 1.000000000000
//Number of zeros 0

#ifndef W482_H_
#define W482_H_

#ifndef __SYNTHESIS__
weight482_t w482[54];
#else
weight482_t w482[54] = {1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1};

#endif

#endif
