//Numpy array shape [8]
//Min -0.164062500000
//Max 0.515625000000
//Number of zeros 0

#ifndef B197_H_
#define B197_H_

#ifndef __SYNTHESIS__
bias197_t b197[8];
#else
bias197_t b197[8] = {0.5156250, 0.1875000, -0.0937500, 0.2343750, -0.0546875, -0.1640625, -0.0468750, 0.0937500};

#endif

#endif
