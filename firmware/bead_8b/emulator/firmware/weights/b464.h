//Numpy array shape [8]
//Min -0.562500000000
//Max 0.382812500000
//Number of zeros 0

#ifndef B464_H_
#define B464_H_

namespace bead_8b {

bias464_t b464[8] = {0.3828125, 0.1171875, -0.1015625, -0.2812500, -0.5625000, 0.1406250, 0.2812500, -0.1875000};

}


#endif
