//Numpy array shape [1]
//Min 0.000000000000
//Max 0.000000000000
//Number of zeros 1

#ifndef B202_H_
#define B202_H_

namespace hvae_8b {

model_default_t b202[1] = {0.0000000000000000};

}


#endif
