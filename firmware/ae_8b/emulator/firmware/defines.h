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

namespace ae_8b {

// hls-fpga-machine-learning insert numbers

// hls-fpga-machine-learning insert layer-precision
typedef ap_fixed<16,6> input_t;
typedef ap_fixed<16,6,AP_RND_CONV,AP_SAT,0> layer134_t;
typedef ap_fixed<18,8> Quant_0_act_table_t;
typedef ap_fixed<41,25> Dense_MatMul_0_accum_t;
typedef ap_fixed<41,25> Dense_MatMul_0_result_t;
typedef ap_fixed<2,12,AP_RND_CONV,AP_SAT_SYM,0> weight150_t;
typedef ap_fixed<32,16> model_default_t;
typedef ap_uint<1> layer150_index;
typedef ap_fixed<31,16> Dense_MatMul_1_accum_t;
typedef ap_fixed<31,16> Dense_MatMul_1_result_t;
typedef ap_fixed<8,3,AP_RND_CONV,AP_SAT_SYM,0> weight151_t;
typedef ap_fixed<8,2,AP_RND_CONV,AP_SAT,0> bias151_t;
typedef ap_uint<1> layer151_index;
typedef ap_fixed<2,2,AP_RND_CONV,AP_SAT,0> layer105_t;
typedef ap_fixed<18,8> Relu_0_table_t;
typedef ap_ufixed<8,4,AP_RND_CONV,AP_SAT,0> layer108_t;
typedef ap_fixed<18,8> Relu_1_table_t;
typedef ap_fixed<22,12> Dense_MatMul_2_accum_t;
typedef ap_fixed<22,12> Dense_MatMul_2_result_t;
typedef ap_fixed<8,2,AP_RND_CONV,AP_SAT_SYM,0> weight152_t;
typedef ap_fixed<8,2,AP_RND_CONV,AP_SAT,0> bias152_t;
typedef ap_uint<1> layer152_index;
typedef ap_ufixed<8,4,AP_RND_CONV,AP_SAT,0> layer112_t;
typedef ap_fixed<18,8> Relu_2_table_t;
typedef ap_fixed<21,10> Dense_MatMul_3_accum_t;
typedef ap_fixed<8,5,AP_RND_CONV,AP_SAT,0> layer153_t;
typedef ap_fixed<8,1,AP_RND_CONV,AP_SAT_SYM,0> weight153_t;
typedef ap_fixed<8,-1,AP_RND_CONV,AP_SAT,0> bias153_t;
typedef ap_uint<1> layer153_index;
typedef ap_fixed<19,9> Dense_MatMul_4_accum_t;
typedef ap_fixed<19,9> Dense_MatMul_4_result_t;
typedef ap_fixed<8,1,AP_RND_CONV,AP_SAT_SYM,0> weight154_t;
typedef ap_fixed<8,3,AP_RND_CONV,AP_SAT,0> bias154_t;
typedef ap_uint<1> layer154_index;
typedef ap_ufixed<8,4,AP_RND_CONV,AP_SAT,0> layer119_t;
typedef ap_fixed<18,8> Relu_3_table_t;
typedef ap_fixed<21,11> Dense_MatMul_5_accum_t;
typedef ap_fixed<21,11> Dense_MatMul_5_result_t;
typedef ap_fixed<8,2,AP_RND_CONV,AP_SAT_SYM,0> weight155_t;
typedef ap_fixed<8,2,AP_RND_CONV,AP_SAT,0> bias155_t;
typedef ap_uint<1> layer155_index;
typedef ap_ufixed<8,5,AP_RND_CONV,AP_SAT,0> layer123_t;
typedef ap_fixed<18,8> Relu_4_table_t;
typedef ap_fixed<22,13> Dense_MatMul_6_accum_t;
typedef ap_fixed<8,5,AP_RND_CONV,AP_SAT,0> layer156_t;
typedef ap_fixed<8,2,AP_RND_CONV,AP_SAT_SYM,0> weight156_t;
typedef ap_fixed<8,1,AP_RND_CONV,AP_SAT,0> bias156_t;
typedef ap_uint<1> layer156_index;
typedef ap_fixed<17,7> Sub_0_result_t;
typedef ap_fixed<10,6,AP_RND_CONV,AP_SAT,0> layer142_t;
typedef ap_fixed<18,8> Quant_22_act_table_t;
typedef ap_fixed<12,8> Mul_0_result_t;
typedef ap_fixed<24,16> Mul_1_result_t;
typedef ap_fixed<41,25> Dense_MatMul_7_accum_t;
typedef ap_ufixed<16,13,AP_RND_CONV,AP_SAT,0> result_t;
typedef ap_fixed<2,2,AP_RND_CONV,AP_SAT,0> weight157_t;
typedef ap_uint<1> layer157_index;

// hls-fpga-machine-learning insert emulator-defines

using inputs_t = std::tuple<std::array<input_t, 57>>;
using outputs_t = std::tuple<std::array<result_t, 1>>;

}

#endif
