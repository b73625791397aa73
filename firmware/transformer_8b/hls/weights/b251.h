//Numpy array shape [6]
//Min -0.250000000000
//Max 0.425781250000
//Number of zeros 0

#ifndef B251_H_
#define B251_H_

#ifndef __SYNTHESIS__
bias251_t b251[6];
#else
bias251_t b251[6] = {-0.25000000, -0.11328125, 0.42578125, 0.04687500, -0.23828125, -0.12500000};

#endif

#endif
