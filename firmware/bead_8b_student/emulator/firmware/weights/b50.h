//Numpy array shape [1]
//Min 1.468750000000
//Max 1.468750000000
//Number of zeros 0

#ifndef B50_H_
#define B50_H_

namespace bead_8b_student {

bias50_t b50[1] = {1.468750};

}


#endif
