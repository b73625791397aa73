//Numpy array shape [8]
//Min -0.406250000000
//Max 1.078125000000
//Number of zeros 0

#ifndef B461_H_
#define B461_H_

namespace bead_8b {

bias461_t b461[8] = {-0.312500, 0.875000, 0.671875, 1.078125, 1.062500, 0.390625, -0.406250, 0.406250};

}


#endif
