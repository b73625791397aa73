//Numpy array shape [6]
//Min -0.158203125000
//Max 0.234375000000
//Number of zeros 0

#ifndef B253_H_
#define B253_H_

#ifndef __SYNTHESIS__
bias253_t b253[6];
#else
bias253_t b253[6] = {0.234375000, -0.158203125, -0.121093750, 0.097656250, -0.070312500, -0.107421875};

#endif

#endif
