//Numpy array shape [1]
//Min 0.000000000000
//Max 0.000000000000
//Number of zeros 1

#ifndef B162_H_
#define B162_H_

namespace vae_8b {

model_default_t b162[1] = {0.0000000000000000};

}


#endif
