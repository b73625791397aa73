//Numpy array shape [8]
//Min -0.093750000000
//Max 1.734375000000
//Number of zeros 0

#ifndef B477_H_
#define B477_H_

namespace bead_8b {

bias477_t b477[8] = {0.953125, 0.843750, 0.187500, -0.093750, 0.796875, 1.484375, 1.734375, 0.593750};

}


#endif
