//Numpy array shape [57, 1]
//Min 1.000000000000
//Max 1.000000000000
//Number of zeros 0

#ifndef W202_H_
#define W202_H_

#ifndef __SYNTHESIS__
weight202_t w202[57];
#else
weight202_t w202[57] = {1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1};

#endif

#endif
