//Numpy array shape [2]
//Min -0.343750000000
//Max -0.042968750000
//Number of zeros 0

#ifndef B475_H_
#define B475_H_

namespace bead_8b {

bias475_t b475[2] = {-0.04296875, -0.34375000};

}


#endif
