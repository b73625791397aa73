//Numpy array shape [57, 1]
//Min 0.000000000000
//Max 1.000000000000
//Number of zeros 56

#ifndef W471_H_
#define W471_H_

#ifndef __SYNTHESIS__
weight471_t w471[57];
#else
weight471_t w471[57] = {1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0};

#endif

#endif
