//Numpy array shape [8]
//Min -0.101562500000
//Max 0.335937500000
//Number of zeros 0

#ifndef B462_H_
#define B462_H_

namespace bead_8b {

bias462_t b462[8] = {0.23046875, 0.33203125, 0.27343750, -0.05078125, 0.23046875, -0.10156250, 0.27734375, 0.33593750};

}


#endif
