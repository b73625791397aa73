//Numpy array shape [8]
//Min -0.238281250000
//Max 0.281250000000
//Number of zeros 0

#ifndef B466_H_
#define B466_H_

namespace bead_8b {

bias466_t b466[8] = {0.08984375, -0.23828125, 0.28125000, -0.19140625, 0.21484375, -0.08593750, -0.17968750, -0.16015625};

}


#endif
