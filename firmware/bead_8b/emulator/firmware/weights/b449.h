//Numpy array shape [5, 8]
//Min 0.000000000000
//Max 0.000000000000
//Number of zeros 40

#ifndef B449_H_
#define B449_H_

namespace bead_8b {

bias449_t b449[40] = {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0};

}


#endif
