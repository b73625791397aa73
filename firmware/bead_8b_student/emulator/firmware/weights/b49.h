//Numpy array shape [12]
//Min -0.218750000000
//Max 2.312500000000
//Number of zeros 0

#ifndef B49_H_
#define B49_H_

namespace bead_8b_student {

bias49_t b49[12] = {2.31250, -0.12500, 1.53125, -0.06250, 2.31250, 1.03125, 1.50000, -0.21875, 1.50000, 1.40625, -0.09375, 1.59375};

}


#endif
