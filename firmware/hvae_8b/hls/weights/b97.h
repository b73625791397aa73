//Numpy array shape [2]
//Min -0.208984375000
//Max 0.056640625000
//Number of zeros 0

#ifndef B97_H_
#define B97_H_

#ifndef __SYNTHESIS__
bias97_t b97[2];
#else
bias97_t b97[2] = {0.056640625, -0.208984375};

#endif

#endif
