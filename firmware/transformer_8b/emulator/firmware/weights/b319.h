//Numpy array shape [1]
//Min 0.000000000000
//Max 0.000000000000
//Number of zeros 1

#ifndef B319_H_
#define B319_H_

namespace transformer_8b {

model_default_t b319[1] = {0.0000000000000000};

}


#endif
