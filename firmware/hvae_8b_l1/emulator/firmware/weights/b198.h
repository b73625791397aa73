//Numpy array shape [2]
//Min 0.073242187500
//Max 0.083984375000
//Number of zeros 0

#ifndef B198_H_
#define B198_H_

namespace hvae_8b_l1 {

bias198_t b198[2] = {0.0732421875, 0.0839843750};

}


#endif
