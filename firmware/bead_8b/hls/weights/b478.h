//Numpy array shape [8]
//Min 0.343750000000
//Max 1.203125000000
//Number of zeros 0

#ifndef B478_H_
#define B478_H_

#ifndef __SYNTHESIS__
bias478_t b478[8];
#else
bias478_t b478[8] = {1.203125, 0.578125, 0.484375, 0.562500, 0.625000, 0.406250, 0.906250, 0.343750};

#endif

#endif
