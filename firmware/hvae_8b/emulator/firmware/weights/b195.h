//Numpy array shape [3]
//Min -0.890625000000
//Max -0.125000000000
//Number of zeros 0

#ifndef B195_H_
#define B195_H_

namespace hvae_8b {

bias195_t b195[3] = {-0.1250000, -0.3750000, -0.8906250};

}


#endif
