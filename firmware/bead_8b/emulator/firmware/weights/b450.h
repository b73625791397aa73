//Numpy array shape [5, 8]
//Min 0.000000000000
//Max 0.000000000000
//Number of zeros 40

#ifndef B450_H_
#define B450_H_

namespace bead_8b {

bias450_t b450[40] = {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0};

}


#endif
