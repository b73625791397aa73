//Numpy array shape [1]
//Min 0.835937500000
//Max 0.835937500000
//Number of zeros 0

#ifndef B50_H_
#define B50_H_

namespace hvae_8b_student {

bias50_t b50[1] = {0.8359375};

}


#endif
