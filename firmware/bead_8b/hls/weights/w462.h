//Numpy array shape [1, 1, 8]
//Min -0.820312500000
//Max 0.687500000000
//Number of zeros 0

#ifndef W462_H_
#define W462_H_

#ifndef __SYNTHESIS__
weight462_t w462[8];
#else
weight462_t w462[8] = {0.6875000, -0.1015625, 0.4609375, 0.3281250, -0.8203125, 0.0390625, -0.1406250, -0.5859375};

#endif

#endif
