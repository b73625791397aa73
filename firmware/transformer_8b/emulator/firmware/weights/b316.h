//Numpy array shape [3]
//Min -0.240234375000
//Max 0.091796875000
//Number of zeros 0

#ifndef B316_H_
#define B316_H_

namespace transformer_8b {

bias316_t b316[3] = {-0.240234375, -0.009765625, 0.091796875};

}


#endif
