//Numpy array shape [1]
//Min 0.000000000000
//Max 0.000000000000
//Number of zeros 1

#ifndef B156_H_
#define B156_H_

namespace ae_8b {

model_default_t b156[1] = {0.0000000000000000};

}


#endif
