#ifndef NNET_BEAD_REDUCE_SUM_H_
#define NNET_BEAD_REDUCE_SUM_H_

// bead-fpga extension: ONNX ReduceSum over one axis (e.g. pooling over the tokens).
// The input is read as (n_outer, n_reduce, n_inner); the sum runs over the middle axis in
// accum_t, which the converter makes wide enough that it never wraps.

#include "nnet_common.h"

namespace nnet {

struct reduce_sum_config {
    typedef float accum_t;
    static const unsigned n_outer = 1;
    static const unsigned n_reduce = 1;
    static const unsigned n_inner = 1;
};

template <class data_T, class res_T, typename CONFIG_T>
void reduce_sum(const data_T data[CONFIG_T::n_outer * CONFIG_T::n_reduce * CONFIG_T::n_inner],
                res_T res[CONFIG_T::n_outer * CONFIG_T::n_inner]) {
    #pragma HLS INLINE
    for (unsigned o = 0; o < CONFIG_T::n_outer; o++) {
        #pragma HLS UNROLL
        for (unsigned i = 0; i < CONFIG_T::n_inner; i++) {
            #pragma HLS UNROLL
            typename CONFIG_T::accum_t acc = 0;
            for (unsigned r = 0; r < CONFIG_T::n_reduce; r++) {
                #pragma HLS UNROLL
                acc += data[(o * CONFIG_T::n_reduce + r) * CONFIG_T::n_inner + i];
            }
            res[o * CONFIG_T::n_inner + i] = acc;
        }
    }
}

} // namespace nnet

#endif
