//Numpy array shape [1, 1]
//Min 1.000000000000
//Max 1.000000000000
//Number of zeros 0

#ifndef W481_H_
#define W481_H_

namespace bead_8b {

weight481_t w481[1] = {1};

}


#endif
