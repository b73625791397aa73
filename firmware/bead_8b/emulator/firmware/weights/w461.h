//Numpy array shape [1, 1, 8]
//Min -1.343750000000
//Max 0.937500000000
//Number of zeros 0

#ifndef W461_H_
#define W461_H_

namespace bead_8b {

weight461_t w461[8] = {0.937500, -0.406250, 0.812500, 0.437500, -0.984375, 0.359375, -0.109375, -1.343750};

}


#endif
