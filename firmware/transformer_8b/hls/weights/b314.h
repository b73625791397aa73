//Numpy array shape [6]
//Min -0.398437500000
//Max 0.425781250000
//Number of zeros 0

#ifndef B314_H_
#define B314_H_

#ifndef __SYNTHESIS__
bias314_t b314[6];
#else
bias314_t b314[6] = {-0.08203125, -0.39843750, 0.15234375, 0.07031250, 0.28125000, 0.42578125};

#endif

#endif
