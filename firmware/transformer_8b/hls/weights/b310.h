//Numpy array shape [6]
//Min -1.046875000000
//Max 1.046875000000
//Number of zeros 0

#ifndef B310_H_
#define B310_H_

#ifndef __SYNTHESIS__
bias310_t b310[6];
#else
bias310_t b310[6] = {0.078125, 0.750000, -0.406250, -1.046875, 1.046875, 0.125000};

#endif

#endif
