//Numpy array shape [8]
//Min -0.460937500000
//Max 0.750000000000
//Number of zeros 0

#ifndef B194_H_
#define B194_H_

namespace hvae_8b {

bias194_t b194[8] = {0.4609375, -0.0234375, -0.1328125, 0.7500000, -0.4609375, -0.0078125, 0.0937500, 0.3984375};

}


#endif
