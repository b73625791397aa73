//Numpy array shape [57, 1]
//Min 1.000000000000
//Max 1.000000000000
//Number of zeros 0

#ifndef W318_H_
#define W318_H_

#ifndef __SYNTHESIS__
weight318_t w318[57];
#else
weight318_t w318[57] = {1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1};

#endif

#endif
