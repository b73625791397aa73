//Numpy array shape [1]
//Min 0.000000000000
//Max 0.000000000000
//Number of zeros 1

#ifndef B456_H_
#define B456_H_

namespace bead_8b {

bias456_t b456[1] = {0};

}


#endif
