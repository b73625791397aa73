//Numpy array shape [54, 1]
//Min 1.000000000000
//Max 1.000000000000
//Number of zeros 0

#ifndef W483_H_
#define W483_H_

#ifndef __SYNTHESIS__
weight483_t w483[54];
#else
weight483_t w483[54] = {1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1};

#endif

#endif
