//Numpy array shape [8]
//Min -0.031250000000
//Max 0.253906250000
//Number of zeros 0

#ifndef B467_H_
#define B467_H_

namespace bead_8b {

bias467_t b467[8] = {0.12500000, -0.01953125, 0.06640625, 0.05078125, -0.03125000, 0.21875000, 0.25390625, 0.07031250};

}


#endif
