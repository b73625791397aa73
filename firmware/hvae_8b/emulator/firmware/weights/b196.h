//Numpy array shape [8]
//Min -0.164062500000
//Max 0.496093750000
//Number of zeros 0

#ifndef B196_H_
#define B196_H_

namespace hvae_8b {

bias196_t b196[8] = {0.49609375, 0.17187500, -0.09375000, 0.22656250, -0.06250000, -0.16406250, -0.04687500, 0.06250000};

}


#endif
