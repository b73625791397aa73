//Numpy array shape [6]
//Min -0.113281250000
//Max 0.160156250000
//Number of zeros 0

#ifndef B248_H_
#define B248_H_

#ifndef __SYNTHESIS__
bias248_t b248[6];
#else
bias248_t b248[6] = {0.142578125, 0.103515625, 0.160156250, -0.113281250, 0.003906250, -0.009765625};

#endif

#endif
