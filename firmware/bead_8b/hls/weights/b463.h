//Numpy array shape [8]
//Min -0.132812500000
//Max 0.367187500000
//Number of zeros 0

#ifndef B463_H_
#define B463_H_

#ifndef __SYNTHESIS__
bias463_t b463[8];
#else
bias463_t b463[8] = {0.25000000, 0.31250000, 0.07812500, -0.13281250, 0.01953125, -0.10937500, 0.36718750, 0.28515625};

#endif

#endif
