//Numpy array shape [5, 8]
//Min 0.000000000000
//Max 0.000000000000
//Number of zeros 40

#ifndef B446_H_
#define B446_H_

namespace bead_8b {

bias446_t b446[40] = {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0};

}


#endif
