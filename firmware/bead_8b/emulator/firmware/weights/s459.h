//Numpy array shape [5, 8]
//Min 1.000000000000
//Max 1.000000000000
//Number of zeros 0

#ifndef S459_H_
#define S459_H_

namespace bead_8b {

scale459_t s459[40] = {1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1};

}


#endif
