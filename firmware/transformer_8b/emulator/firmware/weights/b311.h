//Numpy array shape [6]
//Min -1.046875000000
//Max 1.046875000000
//Number of zeros 0

#ifndef B311_H_
#define B311_H_

namespace transformer_8b {

bias311_t b311[6] = {0.078125, 0.750000, -0.406250, -1.046875, 1.046875, 0.125000};

}


#endif
