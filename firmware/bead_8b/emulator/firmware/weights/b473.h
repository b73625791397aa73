//Numpy array shape [3]
//Min 0.000000000000
//Max 0.000000000000
//Number of zeros 3

#ifndef B473_H_
#define B473_H_

namespace bead_8b {

model_default_t b473[3] = {0.0000000000000000, 0.0000000000000000, 0.0000000000000000};

}


#endif
