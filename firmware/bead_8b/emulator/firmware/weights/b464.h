//Numpy array shape [8]
//Min -0.406250000000
//Max 0.417968750000
//Number of zeros 0

#ifndef B464_H_
#define B464_H_

namespace bead_8b {

bias464_t b464[8] = {0.02343750, 0.28515625, 0.30468750, 0.04687500, -0.02734375, 0.18359375, 0.41796875, -0.40625000};

}


#endif
