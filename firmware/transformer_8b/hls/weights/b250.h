//Numpy array shape [6]
//Min -0.308593750000
//Max 0.257812500000
//Number of zeros 0

#ifndef B250_H_
#define B250_H_

#ifndef __SYNTHESIS__
bias250_t b250[6];
#else
bias250_t b250[6] = {-0.30859375, -0.18359375, -0.21875000, -0.06250000, 0.25781250, -0.03515625};

#endif

#endif
