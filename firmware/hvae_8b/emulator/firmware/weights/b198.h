//Numpy array shape [8]
//Min -1.359375000000
//Max 0.937500000000
//Number of zeros 0

#ifndef B198_H_
#define B198_H_

namespace hvae_8b {

bias198_t b198[8] = {0.640625, 0.781250, 0.906250, 0.515625, 0.421875, -0.281250, -1.359375, 0.937500};

}


#endif
