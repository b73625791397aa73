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

namespace hvae_8b_l1 {

// hls-fpga-machine-learning insert numbers

// hls-fpga-machine-learning insert layer-precision
typedef ap_fixed<12,6> input_t;
typedef ap_fixed<12,6,AP_RND_CONV,AP_SAT,0> layer172_t;
typedef ap_fixed<18,8> Quant_0_act_table_t;
typedef ap_fixed<37,21> Dense_MatMul_0_accum_t;
typedef ap_fixed<37,21> Dense_MatMul_0_result_t;
typedef ap_fixed<2,8,AP_RND_CONV,AP_SAT_SYM,0> weight193_t;
typedef ap_fixed<32,16> model_default_t;
typedef ap_uint<1> layer193_index;
typedef ap_fixed<27,14> Dense_MatMul_1_accum_t;
typedef ap_fixed<27,14> Dense_MatMul_1_result_t;
typedef ap_fixed<8,1,AP_RND_CONV,AP_SAT_SYM,0> weight194_t;
typedef ap_fixed<8,0,AP_RND_CONV,AP_SAT,0> bias194_t;
typedef ap_uint<1> layer194_index;
typedef ap_fixed<2,2,AP_RND_CONV,AP_SAT,0> layer134_t;
typedef ap_fixed<18,8> Relu_0_table_t;
typedef ap_ufixed<8,4,AP_RND_CONV,AP_SAT,0> layer137_t;
typedef ap_fixed<18,8> Relu_1_table_t;
typedef ap_fixed<21,10> Dense_MatMul_2_accum_t;
typedef ap_fixed<21,10> Dense_MatMul_2_result_t;
typedef ap_fixed<8,1,AP_RND_CONV,AP_SAT_SYM,0> weight195_t;
typedef ap_fixed<8,1,AP_RND_CONV,AP_SAT,0> bias195_t;
typedef ap_uint<1> layer195_index;
typedef ap_ufixed<8,4,AP_RND_CONV,AP_SAT,0> layer141_t;
typedef ap_fixed<18,8> Relu_2_table_t;
typedef ap_fixed<20,9> Dense_MatMul_3_accum_t;
typedef ap_fixed<8,5,AP_RND_CONV,AP_SAT,0> layer196_t;
typedef ap_fixed<8,1,AP_RND_CONV,AP_SAT_SYM,0> weight196_t;
typedef ap_fixed<8,1,AP_RND_CONV,AP_SAT,0> bias196_t;
typedef ap_uint<1> layer196_index;
typedef ap_fixed<20,8> Dense_MatMul_4_accum_t;
typedef ap_fixed<20,8> Dense_MatMul_4_result_t;
typedef ap_fixed<8,0,AP_RND_CONV,AP_SAT_SYM,0> weight197_t;
typedef ap_fixed<8,1,AP_RND_CONV,AP_SAT,0> bias197_t;
typedef ap_uint<1> layer197_index;
typedef ap_ufixed<8,1,AP_RND_CONV,AP_SAT,0> layer147_t;
typedef ap_fixed<18,8> Relu_3_table_t;
typedef ap_fixed<20,6> Dense_MatMul_5_accum_t;
typedef ap_fixed<8,1,AP_RND_CONV,AP_SAT,0> layer198_t;
typedef ap_fixed<8,1,AP_RND_CONV,AP_SAT_SYM,0> weight198_t;
typedef ap_fixed<8,-2,AP_RND_CONV,AP_SAT,0> bias198_t;
typedef ap_uint<1> layer198_index;
typedef ap_fixed<12,5,AP_RND_CONV,AP_SAT,0> Concat_0_result_t;
typedef ap_fixed<8,5,AP_RND_CONV,AP_SAT,0> layer179_t;
typedef ap_fixed<18,8> Quant_25_act_table_t;
typedef ap_fixed<20,10> Dense_MatMul_6_accum_t;
typedef ap_fixed<20,10> Dense_MatMul_6_result_t;
typedef ap_fixed<8,1,AP_RND_CONV,AP_SAT_SYM,0> weight199_t;
typedef ap_fixed<8,2,AP_RND_CONV,AP_SAT,0> bias199_t;
typedef ap_uint<1> layer199_index;
typedef ap_ufixed<8,4,AP_RND_CONV,AP_SAT,0> layer157_t;
typedef ap_fixed<18,8> Relu_4_table_t;
typedef ap_fixed<20,9> Dense_MatMul_7_accum_t;
typedef ap_fixed<20,9> Dense_MatMul_7_result_t;
typedef ap_fixed<8,1,AP_RND_CONV,AP_SAT_SYM,0> weight200_t;
typedef ap_fixed<8,1,AP_RND_CONV,AP_SAT,0> bias200_t;
typedef ap_uint<1> layer200_index;
typedef ap_ufixed<8,4,AP_RND_CONV,AP_SAT,0> layer161_t;
typedef ap_fixed<18,8> Relu_5_table_t;
typedef ap_fixed<21,10> Dense_MatMul_8_accum_t;
typedef ap_fixed<8,5,AP_RND_CONV,AP_SAT,0> layer201_t;
typedef ap_fixed<8,1,AP_RND_CONV,AP_SAT_SYM,0> weight201_t;
typedef ap_fixed<8,0,AP_RND_CONV,AP_SAT,0> bias201_t;
typedef ap_uint<1> layer201_index;
typedef ap_fixed<13,7> Sub_0_result_t;
typedef ap_fixed<10,6,AP_RND_CONV,AP_SAT,0> layer183_t;
typedef ap_fixed<18,8> Quant_29_act_table_t;
typedef ap_fixed<12,8> Mul_0_result_t;
typedef ap_ufixed<12,8> layer169_t;
typedef ap_fixed<33,17> Dense_MatMul_9_accum_t;
typedef ap_ufixed<16,6,AP_RND_CONV,AP_SAT,0> result_t;
typedef ap_fixed<2,2,AP_RND_CONV,AP_SAT,0> weight202_t;
typedef ap_uint<1> layer202_index;

// hls-fpga-machine-learning insert emulator-defines

using inputs_t = std::tuple<std::array<input_t, 57>>;
using outputs_t = std::tuple<std::array<result_t, 1>>;

}

#endif
