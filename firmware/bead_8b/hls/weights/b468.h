//Numpy array shape [8]
//Min -0.072265625000
//Max 0.230468750000
//Number of zeros 0

#ifndef B468_H_
#define B468_H_

#ifndef __SYNTHESIS__
bias468_t b468[8];
#else
bias468_t b468[8] = {0.171875000, 0.167968750, -0.031250000, 0.123046875, -0.072265625, -0.017578125, 0.037109375, 0.230468750};

#endif

#endif
