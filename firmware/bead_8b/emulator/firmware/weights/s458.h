//Numpy array shape [5, 8]
//Min 1.000000000000
//Max 1.000000000000
//Number of zeros 0

#ifndef S458_H_
#define S458_H_

namespace bead_8b {

scale458_t s458[40] = {1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1};

}


#endif
