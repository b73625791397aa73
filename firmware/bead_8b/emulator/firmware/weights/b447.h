//Numpy array shape [5, 8]
//Min 0.000000000000
//Max 0.000000000000
//Number of zeros 40

#ifndef B447_H_
#define B447_H_

namespace bead_8b {

bias447_t b447[40] = {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0};

}


#endif
