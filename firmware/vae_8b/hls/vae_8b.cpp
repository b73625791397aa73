#include <iostream>

#include "vae_8b.h"
#include "parameters.h"


void vae_8b(
    input_t global_in[57],
    result_t layer162_out[1]
) {

    // hls-fpga-machine-learning insert IO
    #pragma HLS ARRAY_RESHAPE variable=global_in complete dim=0
    #pragma HLS ARRAY_PARTITION variable=layer162_out complete dim=0
    #pragma HLS INTERFACE ap_vld port=global_in,layer162_out 
    #pragma HLS PIPELINE

    // hls-fpga-machine-learning insert load weights
#ifndef __SYNTHESIS__
    static bool loaded_weights = false;
    if (!loaded_weights) {
        nnet::load_weights_from_txt<weight155_t, 3249>(w155, "w155.txt");
        nnet::load_weights_from_txt<model_default_t, 57>(b155, "b155.txt");
        nnet::load_weights_from_txt<weight156_t, 1824>(w156, "w156.txt");
        nnet::load_weights_from_txt<bias156_t, 32>(b156, "b156.txt");
        nnet::load_weights_from_txt<weight157_t, 512>(w157, "w157.txt");
        nnet::load_weights_from_txt<bias157_t, 16>(b157, "b157.txt");
        nnet::load_weights_from_txt<weight158_t, 48>(w158, "w158.txt");
        nnet::load_weights_from_txt<bias158_t, 3>(b158, "b158.txt");
        nnet::load_weights_from_txt<weight159_t, 48>(w159, "w159.txt");
        nnet::load_weights_from_txt<bias159_t, 16>(b159, "b159.txt");
        nnet::load_weights_from_txt<weight160_t, 512>(w160, "w160.txt");
        nnet::load_weights_from_txt<bias160_t, 32>(b160, "b160.txt");
        nnet::load_weights_from_txt<weight161_t, 1824>(w161, "w161.txt");
        nnet::load_weights_from_txt<bias161_t, 57>(b161, "b161.txt");
        nnet::load_weights_from_txt<weight162_t, 57>(w162, "w162.txt");
        nnet::load_weights_from_txt<model_default_t, 1>(b162, "b162.txt");
        loaded_weights = true;    }
#endif
    // ****************************************
    // NETWORK INSTANTIATION
    // ****************************************

    // hls-fpga-machine-learning insert layers

    layer138_t layer138_out[57];
    #pragma HLS ARRAY_PARTITION variable=layer138_out complete dim=0

    Dense_MatMul_0_result_t layer155_out[57];
    #pragma HLS ARRAY_PARTITION variable=layer155_out complete dim=0

    Dense_MatMul_1_result_t layer156_out[32];
    #pragma HLS ARRAY_PARTITION variable=layer156_out complete dim=0

    layer108_t layer108_out[57];
    #pragma HLS ARRAY_PARTITION variable=layer108_out complete dim=0

    layer111_t layer111_out[32];
    #pragma HLS ARRAY_PARTITION variable=layer111_out complete dim=0

    Dense_MatMul_2_result_t layer157_out[16];
    #pragma HLS ARRAY_PARTITION variable=layer157_out complete dim=0

    layer115_t layer115_out[16];
    #pragma HLS ARRAY_PARTITION variable=layer115_out complete dim=0

    layer158_t layer158_out[3];
    #pragma HLS ARRAY_PARTITION variable=layer158_out complete dim=0

    Dense_MatMul_4_result_t layer159_out[16];
    #pragma HLS ARRAY_PARTITION variable=layer159_out complete dim=0

    layer123_t layer123_out[16];
    #pragma HLS ARRAY_PARTITION variable=layer123_out complete dim=0

    Dense_MatMul_5_result_t layer160_out[32];
    #pragma HLS ARRAY_PARTITION variable=layer160_out complete dim=0

    layer127_t layer127_out[32];
    #pragma HLS ARRAY_PARTITION variable=layer127_out complete dim=0

    layer161_t layer161_out[57];
    #pragma HLS ARRAY_PARTITION variable=layer161_out complete dim=0

    Sub_0_result_t layer132_out[57];
    #pragma HLS ARRAY_PARTITION variable=layer132_out complete dim=0

    layer147_t layer147_out[57];
    #pragma HLS ARRAY_PARTITION variable=layer147_out complete dim=0

    Mul_0_result_t layer134_out[57];
    #pragma HLS ARRAY_PARTITION variable=layer134_out complete dim=0

    Mul_1_result_t layer135_out[57];
    #pragma HLS ARRAY_PARTITION variable=layer135_out complete dim=0

    nnet::linear<input_t, layer138_t, linear_config138>(global_in, layer138_out); // Quant_0_act

    nnet::dense<layer138_t, Dense_MatMul_0_result_t, config155>(layer138_out, layer155_out, w155, b155); // Dense_MatMul_0

    nnet::dense<layer138_t, Dense_MatMul_1_result_t, config156>(layer138_out, layer156_out, w156, b156); // Dense_MatMul_1

    nnet::relu<Dense_MatMul_0_result_t, layer108_t, ReLU_config108>(layer155_out, layer108_out); // Relu_0

    nnet::relu<Dense_MatMul_1_result_t, layer111_t, ReLU_config111>(layer156_out, layer111_out); // Relu_1

    nnet::dense<layer111_t, Dense_MatMul_2_result_t, config157>(layer111_out, layer157_out, w157, b157); // Dense_MatMul_2

    nnet::relu<Dense_MatMul_2_result_t, layer115_t, ReLU_config115>(layer157_out, layer115_out); // Relu_2

    nnet::dense<layer115_t, layer158_t, config158>(layer115_out, layer158_out, w158, b158); // Dense_MatMul_3

    nnet::dense<layer158_t, Dense_MatMul_4_result_t, config159>(layer158_out, layer159_out, w159, b159); // Dense_MatMul_4

    nnet::relu<Dense_MatMul_4_result_t, layer123_t, ReLU_config123>(layer159_out, layer123_out); // Relu_3

    nnet::dense<layer123_t, Dense_MatMul_5_result_t, config160>(layer123_out, layer160_out, w160, b160); // Dense_MatMul_5

    nnet::relu<Dense_MatMul_5_result_t, layer127_t, ReLU_config127>(layer160_out, layer127_out); // Relu_4

    nnet::dense<layer127_t, layer161_t, config161>(layer127_out, layer161_out, w161, b161); // Dense_MatMul_6

    nnet::subtract<layer161_t, layer138_t, Sub_0_result_t, config132>(layer161_out, layer138_out, layer132_out); // Sub_0

    nnet::linear<Sub_0_result_t, layer147_t, linear_config147>(layer132_out, layer147_out); // Quant_23_act

    nnet::multiply<layer147_t, layer108_t, Mul_0_result_t, config134>(layer147_out, layer108_out, layer134_out); // Mul_0

    nnet::multiply<Mul_0_result_t, Mul_0_result_t, Mul_1_result_t, config135>(layer134_out, layer134_out, layer135_out); // Mul_1

    nnet::dense<Mul_1_result_t, result_t, config162>(layer135_out, layer162_out, w162, b162); // Dense_MatMul_7

}

