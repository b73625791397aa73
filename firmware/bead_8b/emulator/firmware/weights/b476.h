//Numpy array shape [3]
//Min -0.201171875000
//Max 0.001953125000
//Number of zeros 0

#ifndef B476_H_
#define B476_H_

namespace bead_8b {

bias476_t b476[3] = {-0.201171875, -0.046875000, 0.001953125};

}


#endif
