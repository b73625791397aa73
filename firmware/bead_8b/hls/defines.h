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
typedef ap_fixed<16,6,AP_RND_CONV,AP_SAT,0> layer406_t;
typedef ap_fixed<18,8> Quant_0_act_table_t;
typedef ap_fixed<41,25> Dense_MatMul_0_accum_t;
typedef ap_fixed<41,25> Dense_MatMul_0_result_t;
typedef ap_fixed<2,12,AP_RND_CONV,AP_SAT_SYM,0> weight469_t;
typedef ap_fixed<32,16> model_default_t;
typedef ap_uint<1> layer469_index;
typedef ap_fixed<33,17> Dense_MatMul_1_accum_t;
typedef ap_fixed<33,17> Dense_MatMul_1_result_t;
typedef ap_fixed<2,2,AP_RND_CONV,AP_SAT_SYM,0> weight470_t;
typedef ap_uint<1> layer470_index;
typedef ap_fixed<33,17> Dense_MatMul_3_accum_t;
typedef ap_fixed<33,17> Dense_MatMul_3_result_t;
typedef ap_fixed<2,2,AP_RND_CONV,AP_SAT_SYM,0> weight471_t;
typedef ap_uint<1> layer471_index;
typedef ap_fixed<2,2,AP_RND_CONV,AP_SAT,0> layer305_t;
typedef ap_fixed<18,8> Relu_0_table_t;
typedef ap_fixed<48,24> Dense_MatMul_4_accum_t;
typedef ap_fixed<48,24> Dense_MatMul_4_result_t;
typedef ap_fixed<8,0,AP_RND_CONV,AP_SAT_SYM,0> weight472_t;
typedef ap_fixed<8,0,AP_RND_CONV,AP_SAT,0> bias472_t;
typedef ap_uint<1> layer472_index;
typedef ap_ufixed<8,3,AP_RND_CONV,AP_SAT,0> layer309_t;
typedef ap_fixed<18,8> Relu_1_table_t;
typedef ap_fixed<33,17> Dense_MatMul_5_accum_t;
typedef ap_fixed<33,17> Dense_MatMul_5_result_t;
typedef ap_fixed<2,2,AP_RND_CONV,AP_SAT_SYM,0> weight473_t;
typedef ap_uint<1> layer473_index;
typedef ap_fixed<21,8> Dense_MatMul_6_accum_t;
typedef ap_fixed<21,8> Dense_MatMul_6_result_t;
typedef ap_fixed<8,0,AP_RND_CONV,AP_SAT_SYM,0> weight474_t;
typedef ap_fixed<8,0,AP_RND_CONV,AP_SAT,0> bias474_t;
typedef ap_uint<1> layer474_index;
typedef ap_ufixed<8,3,AP_RND_CONV,AP_SAT,0> layer314_t;
typedef ap_fixed<18,8> Relu_2_table_t;
typedef ap_fixed<20,7> Dense_MatMul_7_accum_t;
typedef ap_fixed<20,7> Dense_MatMul_7_result_t;
typedef ap_fixed<8,0,AP_RND_CONV,AP_SAT_SYM,0> weight475_t;
typedef ap_fixed<8,-1,AP_RND_CONV,AP_SAT,0> bias475_t;
typedef ap_uint<1> layer475_index;
typedef ap_ufixed<8,2,AP_RND_CONV,AP_SAT,0> layer318_t;
typedef ap_fixed<18,8> Relu_3_table_t;
typedef ap_fixed<20,6> Dense_MatMul_8_accum_t;
typedef ap_fixed<8,0,AP_RND_CONV,AP_SAT,0> layer476_t;
typedef ap_fixed<8,0,AP_RND_CONV,AP_SAT_SYM,0> weight476_t;
typedef ap_fixed<8,-1,AP_RND_CONV,AP_SAT,0> bias476_t;
typedef ap_uint<1> layer476_index;
typedef ap_fixed<33,17,AP_RND_CONV,AP_SAT,0> Concat_0_result_t;
typedef ap_fixed<8,6,AP_RND_CONV,AP_SAT,0> layer412_t;
typedef ap_fixed<18,8> Quant_45_act_table_t;
typedef ap_fixed<17,8> Conv_MatMul_9_accum_t;
typedef ap_fixed<8,3,AP_RND_CONV,AP_SAT,0> layer462_t;
typedef ap_fixed<8,1,AP_RND_CONV,AP_SAT_SYM,0> weight462_t;
typedef ap_fixed<8,2,AP_RND_CONV,AP_SAT,0> bias462_t;
typedef ap_uint<1> bn_Add_5_scale_precision;
typedef ap_fixed<8,3,AP_RND_CONV,AP_SAT,0> layer459_t;
typedef ap_uint<1> scale459_t;
typedef ap_fixed<8,2> bias459_t;
typedef ap_fixed<20,7> Conv_MatMul_10_accum_t;
typedef ap_fixed<8,3,AP_RND_CONV,AP_SAT,0> layer463_t;
typedef ap_fixed<8,0,AP_RND_CONV,AP_SAT_SYM,0> weight463_t;
typedef ap_fixed<8,0,AP_RND_CONV,AP_SAT,0> bias463_t;
typedef ap_fixed<20,7> Conv_MatMul_11_accum_t;
typedef ap_fixed<8,3,AP_RND_CONV,AP_SAT,0> layer464_t;
typedef ap_fixed<8,0,AP_RND_CONV,AP_SAT_SYM,0> weight464_t;
typedef ap_fixed<8,0,AP_RND_CONV,AP_SAT,0> bias464_t;
typedef ap_fixed<20,7> Conv_MatMul_12_accum_t;
typedef ap_fixed<8,3,AP_RND_CONV,AP_SAT,0> layer465_t;
typedef ap_fixed<8,0,AP_RND_CONV,AP_SAT_SYM,0> weight465_t;
typedef ap_fixed<8,0,AP_RND_CONV,AP_SAT,0> bias465_t;
typedef ap_fixed<8,3,AP_RND_CONV,AP_SAT,0> layer343_t;
typedef ap_fixed<8,3,AP_RND_CONV,AP_SAT,0> layer344_t;
typedef ap_fixed<8,3,AP_RND_CONV,AP_SAT,0> layer345_t;
typedef ap_fixed<18,8> einsum_matmul_13_accum_t;
typedef ap_fixed<18,8> layer460_t;
typedef ap_uint<1> bn_Mul_0_bias_precision;
typedef ap_fixed<8,3,AP_RND_CONV,AP_SAT,0> layer444_t;
typedef ap_uint<1> bias444_t;
typedef ap_ufixed<8,2,AP_RND_CONV,AP_SAT,0> layer349_t;
typedef ap_fixed<18,8> Relu_4_table_t;
typedef ap_fixed<19,8> einsum_matmul_14_accum_t;
typedef ap_fixed<19,8> layer461_t;
typedef ap_uint<1> bn_Mul_1_bias_precision;
typedef ap_fixed<8,3,AP_RND_CONV,AP_SAT,0> layer445_t;
typedef ap_uint<1> bias445_t;
typedef ap_fixed<8,3,AP_RND_CONV,AP_SAT,0> layer354_t;
typedef ap_fixed<20,7> Conv_MatMul_15_accum_t;
typedef ap_fixed<8,3,AP_RND_CONV,AP_SAT,0> layer466_t;
typedef ap_fixed<8,0,AP_RND_CONV,AP_SAT_SYM,0> weight466_t;
typedef ap_fixed<8,0,AP_RND_CONV,AP_SAT,0> bias466_t;
typedef ap_uint<1> bn_Mul_2_bias_precision;
typedef ap_fixed<41,20> bn_Mul_2_result_t;
typedef ap_uint<1> bias447_t;
typedef ap_fixed<42,21> Add_10_result_t;
typedef ap_fixed<8,3,AP_RND_CONV,AP_SAT,0> layer422_t;
typedef ap_fixed<18,8> Quant_55_act_table_t;
typedef ap_fixed<20,8> Conv_MatMul_16_accum_t;
typedef ap_fixed<20,8> Conv_MatMul_16_result_t;
typedef ap_fixed<8,1,AP_RND_CONV,AP_SAT_SYM,0> weight467_t;
typedef ap_fixed<8,0,AP_RND_CONV,AP_SAT,0> bias467_t;
typedef ap_ufixed<8,3,AP_RND_CONV,AP_SAT,0> layer364_t;
typedef ap_fixed<18,8> Relu_5_table_t;
typedef ap_fixed<21,9> Conv_MatMul_17_accum_t;
typedef ap_fixed<8,4,AP_RND_CONV,AP_SAT,0> layer468_t;
typedef ap_fixed<8,1,AP_RND_CONV,AP_SAT_SYM,0> weight468_t;
typedef ap_fixed<8,-1,AP_RND_CONV,AP_SAT,0> bias468_t;
typedef ap_uint<1> bn_Mul_3_bias_precision;
typedef ap_fixed<41,21> bn_Mul_3_result_t;
typedef ap_uint<1> bias450_t;
typedef ap_fixed<42,22> Add_13_result_t;
typedef ap_fixed<8,3,AP_RND_CONV,AP_SAT,0> layer425_t;
typedef ap_fixed<18,8> Quant_58_act_table_t;
typedef ap_fixed<11,6> layer372_t;
typedef ap_uint<1> bn_Mul_4_bias_precision;
typedef ap_fixed<8,3,AP_RND_CONV,AP_SAT,0> layer451_t;
typedef ap_uint<1> bias451_t;
typedef ap_fixed<20,7> Dense_MatMul_18_accum_t;
typedef ap_fixed<8,4,AP_RND_CONV,AP_SAT,0> layer477_t;
typedef ap_fixed<8,0,AP_RND_CONV,AP_SAT_SYM,0> weight477_t;
typedef ap_fixed<8,0,AP_RND_CONV,AP_SAT,0> bias477_t;
typedef ap_uint<1> layer477_index;
typedef ap_fixed<12,4,AP_RND_CONV,AP_SAT,0> Concat_1_result_t;
typedef ap_fixed<8,4,AP_RND_CONV,AP_SAT,0> layer428_t;
typedef ap_fixed<18,8> Quant_61_act_table_t;
typedef ap_fixed<20,10> Dense_MatMul_19_accum_t;
typedef ap_fixed<20,10> Dense_MatMul_19_result_t;
typedef ap_fixed<8,2,AP_RND_CONV,AP_SAT_SYM,0> weight478_t;
typedef ap_fixed<8,2,AP_RND_CONV,AP_SAT,0> bias478_t;
typedef ap_uint<1> layer478_index;
typedef ap_ufixed<8,2,AP_RND_CONV,AP_SAT,0> layer382_t;
typedef ap_fixed<18,8> Relu_6_table_t;
typedef ap_fixed<20,7> Dense_MatMul_20_accum_t;
typedef ap_fixed<20,7> Dense_MatMul_20_result_t;
typedef ap_fixed<8,1,AP_RND_CONV,AP_SAT_SYM,0> weight479_t;
typedef ap_fixed<8,1,AP_RND_CONV,AP_SAT,0> bias479_t;
typedef ap_uint<1> layer479_index;
typedef ap_ufixed<8,3,AP_RND_CONV,AP_SAT,0> layer386_t;
typedef ap_fixed<18,8> Relu_7_table_t;
typedef ap_fixed<21,8> Dense_MatMul_21_accum_t;
typedef ap_fixed<8,5,AP_RND_CONV,AP_SAT,0> layer480_t;
typedef ap_fixed<8,0,AP_RND_CONV,AP_SAT_SYM,0> weight480_t;
typedef ap_fixed<8,0,AP_RND_CONV,AP_SAT,0> bias480_t;
typedef ap_uint<1> layer480_index;
typedef ap_fixed<21,7> Dense_MatMul_22_accum_t;
typedef ap_fixed<8,3,AP_RND_CONV,AP_SAT,0> layer481_t;
typedef ap_fixed<8,-1,AP_RND_CONV,AP_SAT_SYM,0> weight481_t;
typedef ap_fixed<8,-2,AP_RND_CONV,AP_SAT,0> bias481_t;
typedef ap_uint<1> layer481_index;
typedef ap_fixed<34,18> Sub_0_result_t;
typedef ap_fixed<34,18> Sub_1_result_t;
typedef ap_fixed<10,6,AP_RND_CONV,AP_SAT,0> layer433_t;
typedef ap_fixed<18,8> Quant_66_act_table_t;
typedef ap_fixed<10,6,AP_RND_CONV,AP_SAT,0> layer434_t;
typedef ap_fixed<18,8> Quant_67_act_table_t;
typedef ap_fixed<20,12> Mul_5_result_t;
typedef ap_fixed<12,8> Mul_6_result_t;
typedef ap_fixed<33,17> Dense_MatMul_23_accum_t;
typedef ap_fixed<33,17> Dense_MatMul_23_result_t;
typedef ap_fixed<2,2,AP_RND_CONV,AP_SAT,0> weight482_t;
typedef ap_uint<1> layer482_index;
typedef ap_fixed<24,16> Mul_7_result_t;
typedef ap_uint<1> bn_Mul_8_bias_precision;
typedef ap_fixed<66,34> bn_Mul_8_result_t;
typedef ap_uint<1> bias457_t;
typedef ap_fixed<41,25> Dense_MatMul_24_accum_t;
typedef ap_fixed<41,25> Dense_MatMul_24_result_t;
typedef ap_fixed<2,2,AP_RND_CONV,AP_SAT,0> weight483_t;
typedef ap_uint<1> layer483_index;
typedef ap_fixed<67,35> Add_19_result_t;
typedef ap_ufixed<16,9,AP_RND_CONV,AP_SAT,0> result_t;
typedef ap_fixed<18,8> Quant_68_act_table_t;

// hls-fpga-machine-learning insert emulator-defines


#endif
