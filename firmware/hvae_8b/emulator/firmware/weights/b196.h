//Numpy array shape [3]
//Min -0.750000000000
//Max 0.023437500000
//Number of zeros 0

#ifndef B196_H_
#define B196_H_

namespace hvae_8b {

bias196_t b196[3] = {0.0234375, -0.4062500, -0.7500000};

}


#endif
