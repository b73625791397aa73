//Numpy array shape [3, 1]
//Min 1.000000000000
//Max 1.000000000000
//Number of zeros 0

#ifndef W255_H_
#define W255_H_

#ifndef __SYNTHESIS__
weight255_t w255[3];
#else
weight255_t w255[3] = {1, 1, 1};

#endif

#endif
