//Numpy array shape [8]
//Min -0.367187500000
//Max 0.617187500000
//Number of zeros 0

#ifndef B195_H_
#define B195_H_

#ifndef __SYNTHESIS__
bias195_t b195[8];
#else
bias195_t b195[8] = {0.3046875, -0.0312500, -0.1250000, 0.6171875, -0.3671875, -0.0078125, 0.0937500, 0.2578125};

#endif

#endif
