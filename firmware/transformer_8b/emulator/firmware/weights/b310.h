//Numpy array shape [6]
//Min -0.445312500000
//Max 0.773437500000
//Number of zeros 0

#ifndef B310_H_
#define B310_H_

namespace transformer_8b {

bias310_t b310[6] = {0.1171875, 0.4296875, -0.4375000, -0.4453125, 0.7734375, 0.0781250};

}


#endif
