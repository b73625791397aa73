//Numpy array shape [8]
//Min -1.281250000000
//Max 0.750000000000
//Number of zeros 0

#ifndef B199_H_
#define B199_H_

namespace hvae_8b {

bias199_t b199[8] = {0.468750, 0.609375, 0.750000, 0.375000, 0.343750, -0.281250, -1.281250, 0.703125};

}


#endif
