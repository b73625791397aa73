//Numpy array shape [57, 1]
//Min 1.000000000000
//Max 1.000000000000
//Number of zeros 0

#ifndef W162_H_
#define W162_H_

#ifndef __SYNTHESIS__
weight162_t w162[57];
#else
weight162_t w162[57] = {1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1};

#endif

#endif
