//Numpy array shape [8]
//Min -0.210937500000
//Max 0.921875000000
//Number of zeros 0

#ifndef B194_H_
#define B194_H_

#ifndef __SYNTHESIS__
bias194_t b194[8];
#else
bias194_t b194[8] = {0.2343750, 0.8437500, 0.3593750, 0.9218750, 0.5078125, 0.0937500, -0.2109375, -0.1796875};

#endif

#endif
