//Numpy array shape [1]
//Min 0.125000000000
//Max 0.125000000000
//Number of zeros 0

#ifndef S457_H_
#define S457_H_

#ifndef __SYNTHESIS__
model_default_t s457[1];
#else
model_default_t s457[1] = {0.1250000000000000};

#endif

#endif
