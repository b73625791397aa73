//Numpy array shape [12, 1]
//Min -1.531250000000
//Max 0.953125000000
//Number of zeros 0

#ifndef W50_H_
#define W50_H_

namespace hvae_8b_student {

weight50_t w50[12] = {-1.296875, -0.125000, 0.953125, -1.406250, -1.359375, 0.312500, 0.546875, -1.531250, 0.250000, 0.203125, -0.140625, 0.156250};

}


#endif
