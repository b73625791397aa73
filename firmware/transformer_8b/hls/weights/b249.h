//Numpy array shape [6]
//Min -0.476562500000
//Max 0.523437500000
//Number of zeros 0

#ifndef B249_H_
#define B249_H_

#ifndef __SYNTHESIS__
bias249_t b249[6];
#else
bias249_t b249[6] = {-0.4609375, 0.3906250, -0.4765625, 0.5234375, -0.4609375, -0.3125000};

#endif

#endif
