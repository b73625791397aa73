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

namespace vae_8b {

// hls-fpga-machine-learning insert numbers

// hls-fpga-machine-learning insert layer-precision
typedef ap_fixed<16,6> input_t;
typedef ap_fixed<16,6,AP_RND_CONV,AP_SAT,0> layer138_t;
typedef ap_fixed<18,8> Quant_0_act_table_t;
typedef ap_fixed<41,25> Dense_MatMul_0_accum_t;
typedef ap_fixed<41,25> Dense_MatMul_0_result_t;
typedef ap_fixed<2,12,AP_RND_CONV,AP_SAT_SYM,0> weight155_t;
typedef ap_fixed<32,16> model_default_t;
typedef ap_uint<1> layer155_index;
typedef ap_fixed<31,15> Dense_MatMul_1_accum_t;
typedef ap_fixed<31,15> Dense_MatMul_1_result_t;
typedef ap_fixed<8,2,AP_RND_CONV,AP_SAT_SYM,0> weight156_t;
typedef ap_fixed<8,2,AP_RND_CONV,AP_SAT,0> bias156_t;
typedef ap_uint<1> layer156_index;
typedef ap_fixed<2,2,AP_RND_CONV,AP_SAT,0> layer108_t;
typedef ap_fixed<18,8> Relu_0_table_t;
typedef ap_ufixed<8,4,AP_RND_CONV,AP_SAT,0> layer111_t;
typedef ap_fixed<18,8> Relu_1_table_t;
typedef ap_fixed<22,12> Dense_MatMul_2_accum_t;
typedef ap_fixed<22,12> Dense_MatMul_2_result_t;
typedef ap_fixed<8,2,AP_RND_CONV,AP_SAT_SYM,0> weight157_t;
typedef ap_fixed<8,1,AP_RND_CONV,AP_SAT,0> bias157_t;
typedef ap_uint<1> layer157_index;
typedef ap_ufixed<8,3,AP_RND_CONV,AP_SAT,0> layer115_t;
typedef ap_fixed<18,8> Relu_2_table_t;
typedef ap_fixed<21,9> Dense_MatMul_3_accum_t;
typedef ap_fixed<8,3,AP_RND_CONV,AP_SAT,0> layer158_t;
typedef ap_fixed<8,1,AP_RND_CONV,AP_SAT_SYM,0> weight158_t;
typedef ap_fixed<8,-1,AP_RND_CONV,AP_SAT,0> bias158_t;
typedef ap_uint<1> layer158_index;
typedef ap_fixed<19,8> Dense_MatMul_4_accum_t;
typedef ap_fixed<19,8> Dense_MatMul_4_result_t;
typedef ap_fixed<8,2,AP_RND_CONV,AP_SAT_SYM,0> weight159_t;
typedef ap_fixed<8,2,AP_RND_CONV,AP_SAT,0> bias159_t;
typedef ap_uint<1> layer159_index;
typedef ap_ufixed<8,3,AP_RND_CONV,AP_SAT,0> layer123_t;
typedef ap_fixed<18,8> Relu_3_table_t;
typedef ap_fixed<21,10> Dense_MatMul_5_accum_t;
typedef ap_fixed<21,10> Dense_MatMul_5_result_t;
typedef ap_fixed<8,2,AP_RND_CONV,AP_SAT_SYM,0> weight160_t;
typedef ap_fixed<8,1,AP_RND_CONV,AP_SAT,0> bias160_t;
typedef ap_uint<1> layer160_index;
typedef ap_ufixed<8,5,AP_RND_CONV,AP_SAT,0> layer127_t;
typedef ap_fixed<18,8> Relu_4_table_t;
typedef ap_fixed<22,13> Dense_MatMul_6_accum_t;
typedef ap_fixed<8,5,AP_RND_CONV,AP_SAT,0> layer161_t;
typedef ap_fixed<8,2,AP_RND_CONV,AP_SAT_SYM,0> weight161_t;
typedef ap_fixed<8,0,AP_RND_CONV,AP_SAT,0> bias161_t;
typedef ap_uint<1> layer161_index;
typedef ap_fixed<17,7> Sub_0_result_t;
typedef ap_fixed<10,6,AP_RND_CONV,AP_SAT,0> layer147_t;
typedef ap_fixed<18,8> Quant_23_act_table_t;
typedef ap_fixed<12,8> Mul_0_result_t;
typedef ap_fixed<24,16> Mul_1_result_t;
typedef ap_fixed<41,25> Dense_MatMul_7_accum_t;
typedef ap_ufixed<16,13,AP_RND_CONV,AP_SAT,0> result_t;
typedef ap_fixed<2,2,AP_RND_CONV,AP_SAT,0> weight162_t;
typedef ap_uint<1> layer162_index;

// hls-fpga-machine-learning insert emulator-defines

using inputs_t = std::tuple<std::array<input_t, 57>>;
using outputs_t = std::tuple<std::array<result_t, 1>>;

}

#endif
