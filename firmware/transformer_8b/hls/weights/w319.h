//Numpy array shape [57, 1]
//Min 1.000000000000
//Max 1.000000000000
//Number of zeros 0

#ifndef W319_H_
#define W319_H_

#ifndef __SYNTHESIS__
weight319_t w319[57];
#else
weight319_t w319[57] = {1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1};

#endif

#endif
