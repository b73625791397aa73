//Numpy array shape [3]
//Min -0.240234375000
//Max 0.091796875000
//Number of zeros 0

#ifndef B315_H_
#define B315_H_

#ifndef __SYNTHESIS__
bias315_t b315[3];
#else
bias315_t b315[3] = {-0.240234375, -0.009765625, 0.091796875};

#endif

#endif
