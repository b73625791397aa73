//Numpy array shape [3]
//Min 0.017578125000
//Max 0.134765625000
//Number of zeros 0

#ifndef B157_H_
#define B157_H_

namespace vae_8b {

bias157_t b157[3] = {0.074218750, 0.017578125, 0.134765625};

}


#endif
