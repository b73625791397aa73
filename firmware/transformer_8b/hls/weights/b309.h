//Numpy array shape [6]
//Min -0.445312500000
//Max 0.773437500000
//Number of zeros 0

#ifndef B309_H_
#define B309_H_

#ifndef __SYNTHESIS__
bias309_t b309[6];
#else
bias309_t b309[6] = {0.1171875, 0.4296875, -0.4375000, -0.4453125, 0.7734375, 0.0781250};

#endif

#endif
