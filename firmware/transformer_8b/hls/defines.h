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
typedef ap_fixed<16,6,AP_RND_CONV,AP_SAT,0> layer213_t;
typedef ap_fixed<18,8> Quant_0_act_table_t;
typedef ap_fixed<27,10> Conv_MatMul_1_accum_t;
typedef ap_fixed<8,5,AP_RND_CONV,AP_SAT,0> layer247_t;
typedef ap_fixed<8,1,AP_RND_CONV,AP_SAT_SYM,0> weight247_t;
typedef ap_fixed<8,1,AP_RND_CONV,AP_SAT,0> bias247_t;
typedef ap_uint<1> bn_Add_1_scale_precision;
typedef ap_fixed<8,5,AP_RND_CONV,AP_SAT,0> layer244_t;
typedef ap_uint<1> scale244_t;
typedef ap_fixed<8,2> bias244_t;
typedef ap_fixed<20,10> Conv_MatMul_2_accum_t;
typedef ap_fixed<8,5,AP_RND_CONV,AP_SAT,0> layer248_t;
typedef ap_fixed<8,1,AP_RND_CONV,AP_SAT_SYM,0> weight248_t;
typedef ap_fixed<8,-1,AP_RND_CONV,AP_SAT,0> bias248_t;
typedef ap_fixed<20,10> Conv_MatMul_3_accum_t;
typedef ap_fixed<8,5,AP_RND_CONV,AP_SAT,0> layer249_t;
typedef ap_fixed<8,1,AP_RND_CONV,AP_SAT_SYM,0> weight249_t;
typedef ap_fixed<8,1,AP_RND_CONV,AP_SAT,0> bias249_t;
typedef ap_fixed<20,10> Conv_MatMul_4_accum_t;
typedef ap_fixed<8,4,AP_RND_CONV,AP_SAT,0> layer250_t;
typedef ap_fixed<8,1,AP_RND_CONV,AP_SAT_SYM,0> weight250_t;
typedef ap_fixed<8,0,AP_RND_CONV,AP_SAT,0> bias250_t;
typedef ap_fixed<8,5,AP_RND_CONV,AP_SAT,0> layer175_t;
typedef ap_fixed<8,5,AP_RND_CONV,AP_SAT,0> layer176_t;
typedef ap_fixed<8,4,AP_RND_CONV,AP_SAT,0> layer177_t;
typedef ap_fixed<18,11> einsum_matmul_5_accum_t;
typedef ap_fixed<18,11> layer245_t;
typedef ap_uint<1> bn_Mul_0_bias_precision;
typedef ap_fixed<8,5,AP_RND_CONV,AP_SAT,0> layer234_t;
typedef ap_fixed<32,16> model_default_t;
typedef ap_uint<1> bias234_t;
typedef ap_ufixed<8,4,AP_RND_CONV,AP_SAT,0> layer181_t;
typedef ap_fixed<18,8> Relu_0_table_t;
typedef ap_fixed<21,14> einsum_matmul_6_accum_t;
typedef ap_fixed<21,14> layer246_t;
typedef ap_uint<1> bn_Mul_1_bias_precision;
typedef ap_fixed<8,5,AP_RND_CONV,AP_SAT,0> layer235_t;
typedef ap_uint<1> bias235_t;
typedef ap_fixed<8,5,AP_RND_CONV,AP_SAT,0> layer186_t;
typedef ap_fixed<20,10> Conv_MatMul_7_accum_t;
typedef ap_fixed<8,5,AP_RND_CONV,AP_SAT,0> layer251_t;
typedef ap_fixed<8,1,AP_RND_CONV,AP_SAT_SYM,0> weight251_t;
typedef ap_fixed<8,0,AP_RND_CONV,AP_SAT,0> bias251_t;
typedef ap_uint<1> bn_Mul_2_bias_precision;
typedef ap_fixed<41,22> bn_Mul_2_result_t;
typedef ap_uint<1> bias237_t;
typedef ap_fixed<42,23> Add_6_result_t;
typedef ap_fixed<8,5,AP_RND_CONV,AP_SAT,0> layer223_t;
typedef ap_fixed<18,8> Quant_28_act_table_t;
typedef ap_fixed<20,10> Conv_MatMul_8_accum_t;
typedef ap_fixed<20,10> Conv_MatMul_8_result_t;
typedef ap_fixed<8,1,AP_RND_CONV,AP_SAT_SYM,0> weight252_t;
typedef ap_fixed<8,1,AP_RND_CONV,AP_SAT,0> bias252_t;
typedef ap_ufixed<8,4,AP_RND_CONV,AP_SAT,0> layer196_t;
typedef ap_fixed<18,8> Relu_1_table_t;
typedef ap_fixed<21,10> Conv_MatMul_9_accum_t;
typedef ap_fixed<8,5,AP_RND_CONV,AP_SAT,0> layer253_t;
typedef ap_fixed<8,1,AP_RND_CONV,AP_SAT_SYM,0> weight253_t;
typedef ap_fixed<8,-1,AP_RND_CONV,AP_SAT,0> bias253_t;
typedef ap_uint<1> bn_Mul_3_bias_precision;
typedef ap_fixed<41,22> bn_Mul_3_result_t;
typedef ap_uint<1> bias240_t;
typedef ap_fixed<42,23> Add_9_result_t;
typedef ap_fixed<8,5,AP_RND_CONV,AP_SAT,0> layer226_t;
typedef ap_fixed<18,8> Quant_31_act_table_t;
typedef ap_fixed<13,10> layer204_t;
typedef ap_uint<1> bn_Mul_4_bias_precision;
typedef ap_fixed<8,4,AP_RND_CONV,AP_SAT,0> layer241_t;
typedef ap_uint<1> bias241_t;
typedef ap_fixed<20,9> Dense_MatMul_10_accum_t;
typedef ap_fixed<8,3,AP_RND_CONV,AP_SAT,0> layer254_t;
typedef ap_fixed<8,1,AP_RND_CONV,AP_SAT_SYM,0> weight254_t;
typedef ap_fixed<8,0,AP_RND_CONV,AP_SAT,0> bias254_t;
typedef ap_uint<1> layer254_index;
typedef ap_fixed<16,6> Mul_5_result_t;
typedef ap_fixed<33,17> Dense_MatMul_11_accum_t;
typedef ap_ufixed<16,7,AP_RND_CONV,AP_SAT,0> result_t;
typedef ap_fixed<2,2,AP_RND_CONV,AP_SAT,0> weight255_t;
typedef ap_uint<1> layer255_index;

// hls-fpga-machine-learning insert emulator-defines


#endif
