//Numpy array shape [3]
//Min -0.015625000000
//Max 0.152343750000
//Number of zeros 0

#ifndef B153_H_
#define B153_H_

namespace ae_8b {

bias153_t b153[3] = {0.103515625, -0.015625000, 0.152343750};

}


#endif
