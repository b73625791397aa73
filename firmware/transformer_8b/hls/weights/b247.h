//Numpy array shape [6]
//Min -0.500000000000
//Max 0.726562500000
//Number of zeros 0

#ifndef B247_H_
#define B247_H_

#ifndef __SYNTHESIS__
bias247_t b247[6];
#else
bias247_t b247[6] = {-0.4843750, -0.5000000, 0.3828125, 0.7265625, -0.1796875, 0.7031250};

#endif

#endif
