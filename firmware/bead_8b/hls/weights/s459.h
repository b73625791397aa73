//Numpy array shape [5, 8]
//Min 1.000000000000
//Max 1.000000000000
//Number of zeros 0

#ifndef S459_H_
#define S459_H_

#ifndef __SYNTHESIS__
scale459_t s459[40];
#else
scale459_t s459[40] = {1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1};

#endif

#endif
