//Numpy array shape [12]
//Min -0.125000000000
//Max 2.937500000000
//Number of zeros 0

#ifndef B49_H_
#define B49_H_

#ifndef __SYNTHESIS__
bias49_t b49[12];
#else
bias49_t b49[12] = {1.50000, -0.12500, 2.93750, 2.00000, 2.46875, 1.71875, 2.21875, 0.56250, 0.75000, 0.62500, -0.09375, 0.78125};

#endif

#endif
