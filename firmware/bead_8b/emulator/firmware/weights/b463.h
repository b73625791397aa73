//Numpy array shape [8]
//Min -0.539062500000
//Max 0.531250000000
//Number of zeros 0

#ifndef B463_H_
#define B463_H_

namespace bead_8b {

bias463_t b463[8] = {0.1796875, 0.5234375, -0.1015625, 0.3984375, -0.2343750, 0.2578125, 0.5312500, -0.5390625};

}


#endif
