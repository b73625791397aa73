//Numpy array shape [57, 1]
//Min 0.000000000000
//Max 1.000000000000
//Number of zeros 56

#ifndef W470_H_
#define W470_H_

#ifndef __SYNTHESIS__
weight470_t w470[57];
#else
weight470_t w470[57] = {1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0};

#endif

#endif
