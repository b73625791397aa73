//Numpy array shape [8]
//Min 0.125000000000
//Max 1.828125000000
//Number of zeros 0

#ifndef B198_H_
#define B198_H_

#ifndef __SYNTHESIS__
bias198_t b198[8];
#else
bias198_t b198[8] = {0.687500, 0.750000, 0.203125, 1.828125, 0.125000, 0.312500, 0.703125, 1.343750};

#endif

#endif
