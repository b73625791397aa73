//Numpy array shape [8]
//Min -0.164062500000
//Max 0.640625000000
//Number of zeros 0

#ifndef B196_H_
#define B196_H_

#ifndef __SYNTHESIS__
bias196_t b196[8];
#else
bias196_t b196[8] = {0.6406250, 0.1406250, -0.0781250, 0.1250000, 0.3203125, -0.1640625, 0.2734375, 0.2500000};

#endif

#endif
