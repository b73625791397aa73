//Numpy array shape [6]
//Min -0.437500000000
//Max 0.222656250000
//Number of zeros 0

#ifndef B312_H_
#define B312_H_

#ifndef __SYNTHESIS__
bias312_t b312[6];
#else
bias312_t b312[6] = {-0.16015625, 0.03515625, -0.43750000, 0.22265625, -0.17968750, -0.06250000};

#endif

#endif
