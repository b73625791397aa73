//Numpy array shape [1, 1]
//Min 1.000000000000
//Max 1.000000000000
//Number of zeros 0

#ifndef W482_H_
#define W482_H_

namespace bead_8b {

weight482_t w482[1] = {1};

}


#endif
