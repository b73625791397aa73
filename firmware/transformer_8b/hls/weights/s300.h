//Numpy array shape [6]
//Min 0.062500000000
//Max 0.062500000000
//Number of zeros 0

#ifndef S300_H_
#define S300_H_

#ifndef __SYNTHESIS__
model_default_t s300[6];
#else
model_default_t s300[6] = {0.0625000000000000, 0.0625000000000000, 0.0625000000000000, 0.0625000000000000, 0.0625000000000000, 0.0625000000000000};

#endif

#endif
