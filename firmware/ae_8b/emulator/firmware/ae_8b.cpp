#include <iostream>

#include "ae_8b.h"
#include "parameters.h"

namespace ae_8b {

void ae_8b(
    input_t global_in[57],
    result_t layer157_out[1]
) {

    // hls-fpga-machine-learning insert IO
    #pragma HLS ARRAY_RESHAPE variable=global_in complete dim=0
    #pragma HLS ARRAY_PARTITION variable=layer157_out complete dim=0
    #pragma HLS INTERFACE ap_vld port=global_in,layer157_out 
    #pragma HLS PIPELINE

    // hls-fpga-machine-learning insert load weights

    // ****************************************
    // NETWORK INSTANTIATION
    // ****************************************

    // hls-fpga-machine-learning insert layers

    layer134_t layer134_out[57];
    #pragma HLS ARRAY_PARTITION variable=layer134_out complete dim=0

    Dense_MatMul_0_result_t layer150_out[57];
    #pragma HLS ARRAY_PARTITION variable=layer150_out complete dim=0

    Dense_MatMul_1_result_t layer151_out[32];
    #pragma HLS ARRAY_PARTITION variable=layer151_out complete dim=0

    layer105_t layer105_out[57];
    #pragma HLS ARRAY_PARTITION variable=layer105_out complete dim=0

    layer108_t layer108_out[32];
    #pragma HLS ARRAY_PARTITION variable=layer108_out complete dim=0

    Dense_MatMul_2_result_t layer152_out[16];
    #pragma HLS ARRAY_PARTITION variable=layer152_out complete dim=0

    layer112_t layer112_out[16];
    #pragma HLS ARRAY_PARTITION variable=layer112_out complete dim=0

    layer153_t layer153_out[3];
    #pragma HLS ARRAY_PARTITION variable=layer153_out complete dim=0

    Dense_MatMul_4_result_t layer154_out[16];
    #pragma HLS ARRAY_PARTITION variable=layer154_out complete dim=0

    layer119_t layer119_out[16];
    #pragma HLS ARRAY_PARTITION variable=layer119_out complete dim=0

    Dense_MatMul_5_result_t layer155_out[32];
    #pragma HLS ARRAY_PARTITION variable=layer155_out complete dim=0

    layer123_t layer123_out[32];
    #pragma HLS ARRAY_PARTITION variable=layer123_out complete dim=0

    layer156_t layer156_out[57];
    #pragma HLS ARRAY_PARTITION variable=layer156_out complete dim=0

    Sub_0_result_t layer128_out[57];
    #pragma HLS ARRAY_PARTITION variable=layer128_out complete dim=0

    layer142_t layer142_out[57];
    #pragma HLS ARRAY_PARTITION variable=layer142_out complete dim=0

    Mul_0_result_t layer130_out[57];
    #pragma HLS ARRAY_PARTITION variable=layer130_out complete dim=0

    Mul_1_result_t layer131_out[57];
    #pragma HLS ARRAY_PARTITION variable=layer131_out complete dim=0

    nnet::linear<input_t, layer134_t, linear_config134>(global_in, layer134_out); // Quant_0_act

    nnet::dense<layer134_t, Dense_MatMul_0_result_t, config150>(layer134_out, layer150_out, w150, b150); // Dense_MatMul_0

    nnet::dense<layer134_t, Dense_MatMul_1_result_t, config151>(layer134_out, layer151_out, w151, b151); // Dense_MatMul_1

    nnet::relu<Dense_MatMul_0_result_t, layer105_t, ReLU_config105>(layer150_out, layer105_out); // Relu_0

    nnet::relu<Dense_MatMul_1_result_t, layer108_t, ReLU_config108>(layer151_out, layer108_out); // Relu_1

    nnet::dense<layer108_t, Dense_MatMul_2_result_t, config152>(layer108_out, layer152_out, w152, b152); // Dense_MatMul_2

    nnet::relu<Dense_MatMul_2_result_t, layer112_t, ReLU_config112>(layer152_out, layer112_out); // Relu_2

    nnet::dense<layer112_t, layer153_t, config153>(layer112_out, layer153_out, w153, b153); // Dense_MatMul_3

    nnet::dense<layer153_t, Dense_MatMul_4_result_t, config154>(layer153_out, layer154_out, w154, b154); // Dense_MatMul_4

    nnet::relu<Dense_MatMul_4_result_t, layer119_t, ReLU_config119>(layer154_out, layer119_out); // Relu_3

    nnet::dense<layer119_t, Dense_MatMul_5_result_t, config155>(layer119_out, layer155_out, w155, b155); // Dense_MatMul_5

    nnet::relu<Dense_MatMul_5_result_t, layer123_t, ReLU_config123>(layer155_out, layer123_out); // Relu_4

    nnet::dense<layer123_t, layer156_t, config156>(layer123_out, layer156_out, w156, b156); // Dense_MatMul_6

    nnet::subtract<layer156_t, layer134_t, Sub_0_result_t, config128>(layer156_out, layer134_out, layer128_out); // Sub_0

    nnet::linear<Sub_0_result_t, layer142_t, linear_config142>(layer128_out, layer142_out); // Quant_22_act

    nnet::multiply<layer142_t, layer105_t, Mul_0_result_t, config130>(layer142_out, layer105_out, layer130_out); // Mul_0

    nnet::multiply<Mul_0_result_t, Mul_0_result_t, Mul_1_result_t, config131>(layer130_out, layer130_out, layer131_out); // Mul_1

    nnet::dense<Mul_1_result_t, result_t, config157>(layer131_out, layer157_out, w157, b157); // Dense_MatMul_7

}

}
