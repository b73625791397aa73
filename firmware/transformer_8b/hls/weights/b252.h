//Numpy array shape [12]
//Min -0.265625000000
//Max 0.632812500000
//Number of zeros 0

#ifndef B252_H_
#define B252_H_

#ifndef __SYNTHESIS__
bias252_t b252[12];
#else
bias252_t b252[12] = {0.2812500, -0.0546875, -0.1171875, -0.2656250, 0.5781250, 0.1171875, 0.0156250, 0.3125000, 0.4140625, 0.6328125, 0.5156250, 0.4140625};

#endif

#endif
