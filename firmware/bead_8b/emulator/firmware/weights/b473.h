//Numpy array shape [8]
//Min -0.148437500000
//Max 0.679687500000
//Number of zeros 0

#ifndef B473_H_
#define B473_H_

namespace bead_8b {

bias473_t b473[8] = {-0.1484375, 0.5000000, 0.3593750, 0.6796875, -0.0156250, 0.1953125, 0.3203125, 0.2265625};

}


#endif
