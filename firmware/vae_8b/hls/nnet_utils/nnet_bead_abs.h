#ifndef NNET_BEAD_ABS_H_
#define NNET_BEAD_ABS_H_

// bead-fpga extension: ONNX Abs, elementwise (the l1 reconstruction error).
// ap_fixed's unary minus is one bit wider than its operand, so |min| is exact; res_T is the
// input's format made unsigned with the same width (AbsExactPrecision), which holds it.

#include "nnet_common.h"

namespace nnet {

struct bead_abs_config {
    static const unsigned n_in = 1;
};

template <class data_T, class res_T, typename CONFIG_T>
void bead_abs(const data_T data[CONFIG_T::n_in], res_T res[CONFIG_T::n_in]) {
    #pragma HLS INLINE
    for (unsigned i = 0; i < CONFIG_T::n_in; i++) {
        #pragma HLS UNROLL
        if (data[i] < 0) {
            res[i] = -data[i];
        } else {
            res[i] = data[i];
        }
    }
}

} // namespace nnet

#endif
