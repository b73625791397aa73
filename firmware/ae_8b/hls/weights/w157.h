//Numpy array shape [57, 1]
//Min 1.000000000000
//Max 1.000000000000
//Number of zeros 0

#ifndef W157_H_
#define W157_H_

#ifndef __SYNTHESIS__
weight157_t w157[57];
#else
weight157_t w157[57] = {1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1};

#endif

#endif
