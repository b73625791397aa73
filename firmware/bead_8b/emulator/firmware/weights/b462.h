//Numpy array shape [8]
//Min -0.406250000000
//Max 1.031250000000
//Number of zeros 0

#ifndef B462_H_
#define B462_H_

namespace bead_8b {

bias462_t b462[8] = {-0.375000, 0.921875, 0.562500, 1.031250, 1.000000, 0.140625, -0.406250, 0.562500};

}


#endif
