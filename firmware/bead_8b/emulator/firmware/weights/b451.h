//Numpy array shape [8]
//Min 0.000000000000
//Max 0.000000000000
//Number of zeros 8

#ifndef B451_H_
#define B451_H_

namespace bead_8b {

bias451_t b451[8] = {0, 0, 0, 0, 0, 0, 0, 0};

}


#endif
