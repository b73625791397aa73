#ifndef DEFINES_H_
#define DEFINES_H_

#include "ap_fixed.h"
#include "ap_int.h"
#include "nnet_utils/nnet_types.h"
#include <array>
#include <cstddef>
#include <cstdio>
#include <tuple>
#include <tuple>


// hls-fpga-machine-learning insert numbers

// hls-fpga-machine-learning insert layer-precision
typedef ap_fixed<12,6> input_t;
typedef ap_fixed<12,6,AP_RND_CONV,AP_SAT,0> layer43_t;
typedef ap_fixed<18,8> Quant_0_act_table_t;
typedef ap_fixed<8,5,AP_RND_CONV,AP_SAT,0> layer44_t;
typedef ap_fixed<18,8> Quant_5_act_table_t;
typedef ap_fixed<23,13> Dense_MatMul_0_accum_t;
typedef ap_fixed<23,13> Dense_MatMul_0_result_t;
typedef ap_fixed<8,1,AP_RND_CONV,AP_SAT_SYM,0> weight49_t;
typedef ap_fixed<8,3,AP_RND_CONV,AP_SAT,0> bias49_t;
typedef ap_uint<1> layer49_index;
typedef ap_ufixed<8,3,AP_RND_CONV,AP_SAT,0> layer38_t;
typedef ap_fixed<18,8> Relu_0_table_t;
typedef ap_fixed<21,10> Dense_MatMul_1_accum_t;
typedef ap_ufixed<16,4,AP_RND_CONV,AP_SAT,0> result_t;
typedef ap_fixed<8,2,AP_RND_CONV,AP_SAT_SYM,0> weight50_t;
typedef ap_fixed<8,1,AP_RND_CONV,AP_SAT,0> bias50_t;
typedef ap_uint<1> layer50_index;

// hls-fpga-machine-learning insert emulator-defines


#endif
