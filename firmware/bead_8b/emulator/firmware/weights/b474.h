//Numpy array shape [8]
//Min -0.140625000000
//Max 0.496093750000
//Number of zeros 0

#ifndef B474_H_
#define B474_H_

namespace bead_8b {

bias474_t b474[8] = {0.09765625, 0.07421875, 0.49609375, 0.30468750, 0.43750000, -0.14062500, 0.13281250, 0.28906250};

}


#endif
