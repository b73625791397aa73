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
typedef ap_fixed<16,6,AP_RND_CONV,AP_SAT,0> layer84_t;
typedef ap_fixed<18,8> Quant_0_act_table_t;
typedef ap_fixed<31,14> Dense_MatMul_0_accum_t;
typedef ap_fixed<31,14> Dense_MatMul_0_result_t;
typedef ap_fixed<8,1,AP_RND_CONV,AP_SAT_SYM,0> weight94_t;
typedef ap_fixed<8,1,AP_RND_CONV,AP_SAT,0> bias94_t;
typedef ap_uint<1> layer94_index;
typedef ap_ufixed<8,4,AP_RND_CONV,AP_SAT,0> layer68_t;
typedef ap_fixed<18,8> Relu_0_table_t;
typedef ap_fixed<22,10> Dense_MatMul_1_accum_t;
typedef ap_fixed<22,10> Dense_MatMul_1_result_t;
typedef ap_fixed<8,0,AP_RND_CONV,AP_SAT_SYM,0> weight95_t;
typedef ap_fixed<8,1,AP_RND_CONV,AP_SAT,0> bias95_t;
typedef ap_uint<1> layer95_index;
typedef ap_ufixed<8,5,AP_RND_CONV,AP_SAT,0> layer72_t;
typedef ap_fixed<18,8> Relu_1_table_t;
typedef ap_fixed<21,10> Dense_MatMul_2_accum_t;
typedef ap_fixed<21,10> Dense_MatMul_2_result_t;
typedef ap_fixed<8,0,AP_RND_CONV,AP_SAT_SYM,0> weight96_t;
typedef ap_fixed<8,0,AP_RND_CONV,AP_SAT,0> bias96_t;
typedef ap_uint<1> layer96_index;
typedef ap_ufixed<8,4,AP_RND_CONV,AP_SAT,0> layer76_t;
typedef ap_fixed<18,8> Relu_2_table_t;
typedef ap_fixed<20,8> Dense_MatMul_3_accum_t;
typedef ap_fixed<8,4,AP_RND_CONV,AP_SAT,0> layer97_t;
typedef ap_fixed<8,0,AP_RND_CONV,AP_SAT_SYM,0> weight97_t;
typedef ap_fixed<8,-1,AP_RND_CONV,AP_SAT,0> bias97_t;
typedef ap_uint<1> layer97_index;
typedef ap_fixed<16,8> Mul_0_result_t;
typedef ap_fixed<33,17> Dense_MatMul_4_accum_t;
typedef ap_ufixed<16,6,AP_RND_CONV,AP_SAT,0> result_t;
typedef ap_fixed<2,2,AP_RND_CONV,AP_SAT,0> weight98_t;
typedef ap_fixed<32,16> model_default_t;
typedef ap_uint<1> layer98_index;

// hls-fpga-machine-learning insert emulator-defines


#endif
