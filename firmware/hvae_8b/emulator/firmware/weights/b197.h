//Numpy array shape [2]
//Min 0.027343750000
//Max 0.394531250000
//Number of zeros 0

#ifndef B197_H_
#define B197_H_

namespace hvae_8b {

bias197_t b197[2] = {0.02734375, 0.39453125};

}


#endif
