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
typedef ap_fixed<16,6> input_t;
typedef ap_fixed<16,6,AP_RND_CONV,AP_SAT,0> layer67_t;
typedef ap_fixed<18,8> Quant_0_act_table_t;
typedef ap_fixed<31,15> Dense_MatMul_0_accum_t;
typedef ap_fixed<31,15> Dense_MatMul_0_result_t;
typedef ap_fixed<8,2,AP_RND_CONV,AP_SAT_SYM,0> weight75_t;
typedef ap_fixed<8,2,AP_RND_CONV,AP_SAT,0> bias75_t;
typedef ap_uint<1> layer75_index;
typedef ap_ufixed<8,4,AP_RND_CONV,AP_SAT,0> layer55_t;
typedef ap_fixed<18,8> Relu_0_table_t;
typedef ap_fixed<22,13> Dense_MatMul_1_accum_t;
typedef ap_fixed<22,13> Dense_MatMul_1_result_t;
typedef ap_fixed<8,3,AP_RND_CONV,AP_SAT_SYM,0> weight76_t;
typedef ap_fixed<8,1,AP_RND_CONV,AP_SAT,0> bias76_t;
typedef ap_uint<1> layer76_index;
typedef ap_ufixed<8,5,AP_RND_CONV,AP_SAT,0> layer59_t;
typedef ap_fixed<18,8> Relu_1_table_t;
typedef ap_fixed<21,11> Dense_MatMul_2_accum_t;
typedef ap_fixed<8,6,AP_RND_CONV,AP_SAT,0> layer77_t;
typedef ap_fixed<8,1,AP_RND_CONV,AP_SAT_SYM,0> weight77_t;
typedef ap_fixed<8,-1,AP_RND_CONV,AP_SAT,0> bias77_t;
typedef ap_uint<1> layer77_index;
typedef ap_fixed<16,12> Mul_0_result_t;
typedef ap_fixed<33,17> Dense_MatMul_3_accum_t;
typedef ap_ufixed<16,12,AP_RND_CONV,AP_SAT,0> result_t;
typedef ap_fixed<2,2,AP_RND_CONV,AP_SAT,0> weight78_t;
typedef ap_fixed<32,16> model_default_t;
typedef ap_uint<1> layer78_index;

// hls-fpga-machine-learning insert emulator-defines


#endif
