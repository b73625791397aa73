//Numpy array shape [8]
//Min -0.277343750000
//Max 0.347656250000
//Number of zeros 0

#ifndef B96_H_
#define B96_H_

#ifndef __SYNTHESIS__
bias96_t b96[8];
#else
bias96_t b96[8] = {-0.21093750, -0.07421875, -0.12500000, -0.27734375, 0.19531250, 0.34765625, 0.17968750, 0.16015625};

#endif

#endif
