//Numpy array shape [8]
//Min -0.199218750000
//Max 0.441406250000
//Number of zeros 0

#ifndef B474_H_
#define B474_H_

#ifndef __SYNTHESIS__
bias474_t b474[8];
#else
bias474_t b474[8] = {0.01171875, 0.44140625, 0.03906250, 0.24218750, 0.28515625, -0.19921875, 0.38281250, 0.05859375};

#endif

#endif
