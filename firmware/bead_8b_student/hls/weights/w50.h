//Numpy array shape [12, 1]
//Min -1.234375000000
//Max 0.375000000000
//Number of zeros 0

#ifndef W50_H_
#define W50_H_

#ifndef __SYNTHESIS__
weight50_t w50[12];
#else
weight50_t w50[12] = {-1.234375, -0.125000, 0.265625, -0.109375, -1.234375, 0.375000, 0.203125, -0.140625, 0.375000, 0.281250, -0.156250, 0.218750};

#endif

#endif
