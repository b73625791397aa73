//Numpy array shape [2, 1]
//Min 1.000000000000
//Max 1.000000000000
//Number of zeros 0

#ifndef W98_H_
#define W98_H_

#ifndef __SYNTHESIS__
weight98_t w98[2];
#else
weight98_t w98[2] = {1, 1};

#endif

#endif
