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

namespace transformer_8b {

// hls-fpga-machine-learning insert numbers

// hls-fpga-machine-learning insert layer-precision
typedef ap_fixed<16,6> input_t;
typedef ap_fixed<16,6,AP_RND_CONV,AP_SAT,0> layer267_t;
typedef ap_fixed<18,8> Quant_0_act_table_t;
typedef ap_fixed<41,25> Dense_MatMul_0_accum_t;
typedef ap_fixed<41,25> Dense_MatMul_0_result_t;
typedef ap_fixed<2,12,AP_RND_CONV,AP_SAT_SYM,0> weight315_t;
typedef ap_fixed<32,16> model_default_t;
typedef ap_uint<1> layer315_index;
typedef ap_fixed<27,10> Conv_MatMul_2_accum_t;
typedef ap_fixed<8,5,AP_RND_CONV,AP_SAT,0> layer308_t;
typedef ap_fixed<8,1,AP_RND_CONV,AP_SAT_SYM,0> weight308_t;
typedef ap_fixed<8,1,AP_RND_CONV,AP_SAT,0> bias308_t;
typedef ap_fixed<2,2,AP_RND_CONV,AP_SAT,0> layer200_t;
typedef ap_fixed<18,8> Relu_0_table_t;
typedef ap_uint<1> bn_Add_1_scale_precision;
typedef ap_fixed<8,5,AP_RND_CONV,AP_SAT,0> layer305_t;
typedef ap_uint<1> scale305_t;
typedef ap_fixed<8,2> bias305_t;
typedef ap_fixed<20,10> Conv_MatMul_3_accum_t;
typedef ap_fixed<8,4,AP_RND_CONV,AP_SAT,0> layer309_t;
typedef ap_fixed<8,1,AP_RND_CONV,AP_SAT_SYM,0> weight309_t;
typedef ap_fixed<8,0,AP_RND_CONV,AP_SAT,0> bias309_t;
typedef ap_fixed<20,10> Conv_MatMul_4_accum_t;
typedef ap_fixed<8,5,AP_RND_CONV,AP_SAT,0> layer310_t;
typedef ap_fixed<8,1,AP_RND_CONV,AP_SAT_SYM,0> weight310_t;
typedef ap_fixed<8,1,AP_RND_CONV,AP_SAT,0> bias310_t;
typedef ap_fixed<20,10> Conv_MatMul_5_accum_t;
typedef ap_fixed<8,5,AP_RND_CONV,AP_SAT,0> layer311_t;
typedef ap_fixed<8,1,AP_RND_CONV,AP_SAT_SYM,0> weight311_t;
typedef ap_fixed<8,2,AP_RND_CONV,AP_SAT,0> bias311_t;
typedef ap_fixed<8,4,AP_RND_CONV,AP_SAT,0> layer218_t;
typedef ap_fixed<8,5,AP_RND_CONV,AP_SAT,0> layer219_t;
typedef ap_fixed<8,5,AP_RND_CONV,AP_SAT,0> layer220_t;
typedef ap_fixed<18,12> einsum_matmul_6_accum_t;
typedef ap_fixed<18,12> layer306_t;
typedef ap_uint<1> bn_Mul_0_bias_precision;
typedef ap_fixed<8,7,AP_RND_CONV,AP_SAT,0> layer293_t;
typedef ap_uint<1> bias293_t;
typedef ap_ufixed<8,6,AP_RND_CONV,AP_SAT,0> layer224_t;
typedef ap_fixed<18,8> Relu_1_table_t;
typedef ap_fixed<21,15> einsum_matmul_7_accum_t;
typedef ap_fixed<21,15> layer307_t;
typedef ap_uint<1> bn_Mul_1_bias_precision;
typedef ap_fixed<8,5,AP_RND_CONV,AP_SAT,0> layer294_t;
typedef ap_uint<1> bias294_t;
typedef ap_fixed<8,5,AP_RND_CONV,AP_SAT,0> layer229_t;
typedef ap_fixed<20,11> Conv_MatMul_8_accum_t;
typedef ap_fixed<8,5,AP_RND_CONV,AP_SAT,0> layer312_t;
typedef ap_fixed<8,2,AP_RND_CONV,AP_SAT_SYM,0> weight312_t;
typedef ap_fixed<8,0,AP_RND_CONV,AP_SAT,0> bias312_t;
typedef ap_uint<1> bn_Mul_2_bias_precision;
typedef ap_fixed<41,22> bn_Mul_2_result_t;
typedef ap_uint<1> bias296_t;
typedef ap_fixed<42,23> Add_6_result_t;
typedef ap_fixed<8,5,AP_RND_CONV,AP_SAT,0> layer278_t;
typedef ap_fixed<18,8> Quant_34_act_table_t;
typedef ap_fixed<20,10> Conv_MatMul_9_accum_t;
typedef ap_fixed<20,10> Conv_MatMul_9_result_t;
typedef ap_fixed<8,1,AP_RND_CONV,AP_SAT_SYM,0> weight313_t;
typedef ap_fixed<8,1,AP_RND_CONV,AP_SAT,0> bias313_t;
typedef ap_ufixed<8,4,AP_RND_CONV,AP_SAT,0> layer239_t;
typedef ap_fixed<18,8> Relu_2_table_t;
typedef ap_fixed<21,11> Conv_MatMul_10_accum_t;
typedef ap_fixed<8,5,AP_RND_CONV,AP_SAT,0> layer314_t;
typedef ap_fixed<8,2,AP_RND_CONV,AP_SAT_SYM,0> weight314_t;
typedef ap_fixed<8,0,AP_RND_CONV,AP_SAT,0> bias314_t;
typedef ap_uint<1> bn_Mul_3_bias_precision;
typedef ap_fixed<41,22> bn_Mul_3_result_t;
typedef ap_uint<1> bias299_t;
typedef ap_fixed<42,23> Add_9_result_t;
typedef ap_fixed<8,5,AP_RND_CONV,AP_SAT,0> layer281_t;
typedef ap_fixed<18,8> Quant_37_act_table_t;
typedef ap_fixed<13,10> layer247_t;
typedef ap_uint<1> bn_Mul_4_bias_precision;
typedef ap_fixed<8,4,AP_RND_CONV,AP_SAT,0> layer300_t;
typedef ap_uint<1> bias300_t;
typedef ap_fixed<20,9> Dense_MatMul_11_accum_t;
typedef ap_fixed<8,3,AP_RND_CONV,AP_SAT,0> layer316_t;
typedef ap_fixed<8,1,AP_RND_CONV,AP_SAT_SYM,0> weight316_t;
typedef ap_fixed<8,-1,AP_RND_CONV,AP_SAT,0> bias316_t;
typedef ap_uint<1> layer316_index;
typedef ap_fixed<19,8> Dense_MatMul_12_accum_t;
typedef ap_fixed<19,8> Dense_MatMul_12_result_t;
typedef ap_fixed<8,2,AP_RND_CONV,AP_SAT_SYM,0> weight317_t;
typedef ap_fixed<8,2,AP_RND_CONV,AP_SAT,0> bias317_t;
typedef ap_uint<1> layer317_index;
typedef ap_ufixed<8,3,AP_RND_CONV,AP_SAT,0> layer256_t;
typedef ap_fixed<18,8> Relu_3_table_t;
typedef ap_fixed<22,11> Dense_MatMul_13_accum_t;
typedef ap_fixed<8,5,AP_RND_CONV,AP_SAT,0> layer318_t;
typedef ap_fixed<8,2,AP_RND_CONV,AP_SAT_SYM,0> weight318_t;
typedef ap_fixed<8,1,AP_RND_CONV,AP_SAT,0> bias318_t;
typedef ap_uint<1> layer318_index;
typedef ap_fixed<17,7> Sub_0_result_t;
typedef ap_fixed<10,6,AP_RND_CONV,AP_SAT,0> layer287_t;
typedef ap_fixed<18,8> Quant_43_act_table_t;
typedef ap_fixed<12,8> Mul_5_result_t;
typedef ap_fixed<24,16> Mul_6_result_t;
typedef ap_fixed<41,25> Dense_MatMul_14_accum_t;
typedef ap_ufixed<16,13,AP_RND_CONV,AP_SAT,0> result_t;
typedef ap_fixed<2,2,AP_RND_CONV,AP_SAT,0> weight319_t;
typedef ap_uint<1> layer319_index;

// hls-fpga-machine-learning insert emulator-defines

using inputs_t = std::tuple<std::array<input_t, 57>>;
using outputs_t = std::tuple<std::array<result_t, 1>>;

}

#endif
