//Numpy array shape [8]
//Min -0.417968750000
//Max 0.378906250000
//Number of zeros 0

#ifndef B465_H_
#define B465_H_

namespace bead_8b {

bias465_t b465[8] = {0.06640625, -0.41796875, 0.37890625, -0.24218750, 0.31640625, 0.12109375, 0.02343750, -0.31250000};

}


#endif
