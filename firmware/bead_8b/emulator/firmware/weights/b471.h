//Numpy array shape [1]
//Min 0.000000000000
//Max 0.000000000000
//Number of zeros 1

#ifndef B471_H_
#define B471_H_

namespace bead_8b {

model_default_t b471[1] = {0.0000000000000000};

}


#endif
