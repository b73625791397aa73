//Numpy array shape [3, 1]
//Min 1.000000000000
//Max 1.000000000000
//Number of zeros 0

#ifndef W78_H_
#define W78_H_

#ifndef __SYNTHESIS__
weight78_t w78[3];
#else
weight78_t w78[3] = {1, 1, 1};

#endif

#endif
