//Numpy array shape [1]
//Min 0.000000000000
//Max 0.000000000000
//Number of zeros 1

#ifndef B483_H_
#define B483_H_

#ifndef __SYNTHESIS__
model_default_t b483[1];
#else
model_default_t b483[1] = {0.0000000000000000};

#endif

#endif
