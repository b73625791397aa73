#include <iostream>

#include "vae_8b.h"
#include "parameters.h"

namespace vae_8b {

void vae_8b(
    input_t global_in[57],
    result_t layer161_out[1]
) {

    // hls-fpga-machine-learning insert IO
    #pragma HLS ARRAY_RESHAPE variable=global_in complete dim=0
    #pragma HLS ARRAY_PARTITION variable=layer161_out complete dim=0
    #pragma HLS INTERFACE ap_vld port=global_in,layer161_out 
    #pragma HLS PIPELINE

    // hls-fpga-machine-learning insert load weights

    // ****************************************
    // NETWORK INSTANTIATION
    // ****************************************

    // hls-fpga-machine-learning insert layers

    layer137_t layer137_out[57];
    #pragma HLS ARRAY_PARTITION variable=layer137_out complete dim=0

    layer154_t layer154_out[57];
    #pragma HLS ARRAY_PARTITION variable=layer154_out complete dim=0

    Dense_MatMul_1_result_t layer155_out[32];
    #pragma HLS ARRAY_PARTITION variable=layer155_out complete dim=0

    layer110_t layer110_out[32];
    #pragma HLS ARRAY_PARTITION variable=layer110_out complete dim=0

    Dense_MatMul_2_result_t layer156_out[16];
    #pragma HLS ARRAY_PARTITION variable=layer156_out complete dim=0

    layer114_t layer114_out[16];
    #pragma HLS ARRAY_PARTITION variable=layer114_out complete dim=0

    layer157_t layer157_out[3];
    #pragma HLS ARRAY_PARTITION variable=layer157_out complete dim=0

    Dense_MatMul_4_result_t layer158_out[16];
    #pragma HLS ARRAY_PARTITION variable=layer158_out complete dim=0

    layer122_t layer122_out[16];
    #pragma HLS ARRAY_PARTITION variable=layer122_out complete dim=0

    Dense_MatMul_5_result_t layer159_out[32];
    #pragma HLS ARRAY_PARTITION variable=layer159_out complete dim=0

    layer126_t layer126_out[32];
    #pragma HLS ARRAY_PARTITION variable=layer126_out complete dim=0

    layer160_t layer160_out[57];
    #pragma HLS ARRAY_PARTITION variable=layer160_out complete dim=0

    Sub_0_result_t layer131_out[57];
    #pragma HLS ARRAY_PARTITION variable=layer131_out complete dim=0

    layer146_t layer146_out[57];
    #pragma HLS ARRAY_PARTITION variable=layer146_out complete dim=0

    Mul_0_result_t layer133_out[57];
    #pragma HLS ARRAY_PARTITION variable=layer133_out complete dim=0

    Mul_1_result_t layer134_out[57];
    #pragma HLS ARRAY_PARTITION variable=layer134_out complete dim=0

    nnet::linear<input_t, layer137_t, linear_config137>(global_in, layer137_out); // Quant_0_act

    nnet::dense<layer137_t, layer154_t, config154>(layer137_out, layer154_out, w154, b154); // Dense_MatMul_0

    nnet::dense<layer137_t, Dense_MatMul_1_result_t, config155>(layer137_out, layer155_out, w155, b155); // Dense_MatMul_1

    nnet::relu<Dense_MatMul_1_result_t, layer110_t, ReLU_config110>(layer155_out, layer110_out); // Relu_0

    nnet::dense<layer110_t, Dense_MatMul_2_result_t, config156>(layer110_out, layer156_out, w156, b156); // Dense_MatMul_2

    nnet::relu<Dense_MatMul_2_result_t, layer114_t, ReLU_config114>(layer156_out, layer114_out); // Relu_1

    nnet::dense<layer114_t, layer157_t, config157>(layer114_out, layer157_out, w157, b157); // Dense_MatMul_3

    nnet::dense<layer157_t, Dense_MatMul_4_result_t, config158>(layer157_out, layer158_out, w158, b158); // Dense_MatMul_4

    nnet::relu<Dense_MatMul_4_result_t, layer122_t, ReLU_config122>(layer158_out, layer122_out); // Relu_2

    nnet::dense<layer122_t, Dense_MatMul_5_result_t, config159>(layer122_out, layer159_out, w159, b159); // Dense_MatMul_5

    nnet::relu<Dense_MatMul_5_result_t, layer126_t, ReLU_config126>(layer159_out, layer126_out); // Relu_3

    nnet::dense<layer126_t, layer160_t, config160>(layer126_out, layer160_out, w160, b160); // Dense_MatMul_6

    nnet::subtract<layer160_t, layer137_t, Sub_0_result_t, config131>(layer160_out, layer137_out, layer131_out); // Sub_0

    nnet::linear<Sub_0_result_t, layer146_t, linear_config146>(layer131_out, layer146_out); // Quant_23_act

    nnet::multiply<layer146_t, layer154_t, Mul_0_result_t, config133>(layer146_out, layer154_out, layer133_out); // Mul_0

    nnet::multiply<Mul_0_result_t, Mul_0_result_t, Mul_1_result_t, config134>(layer133_out, layer133_out, layer134_out); // Mul_1

    nnet::dense<Mul_1_result_t, result_t, config161>(layer134_out, layer161_out, w161, b161); // Dense_MatMul_7

}

}
