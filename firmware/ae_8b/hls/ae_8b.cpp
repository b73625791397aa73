#include <iostream>

#include "ae_8b.h"
#include "parameters.h"


void ae_8b(
    input_t global_in[57],
    result_t layer78_out[1]
) {

    // hls-fpga-machine-learning insert IO
    #pragma HLS ARRAY_RESHAPE variable=global_in complete dim=0
    #pragma HLS ARRAY_PARTITION variable=layer78_out complete dim=0
    #pragma HLS INTERFACE ap_vld port=global_in,layer78_out 
    #pragma HLS PIPELINE

    // hls-fpga-machine-learning insert load weights
#ifndef __SYNTHESIS__
    static bool loaded_weights = false;
    if (!loaded_weights) {
        nnet::load_weights_from_txt<weight75_t, 1824>(w75, "w75.txt");
        nnet::load_weights_from_txt<bias75_t, 32>(b75, "b75.txt");
        nnet::load_weights_from_txt<weight76_t, 512>(w76, "w76.txt");
        nnet::load_weights_from_txt<bias76_t, 16>(b76, "b76.txt");
        nnet::load_weights_from_txt<weight77_t, 48>(w77, "w77.txt");
        nnet::load_weights_from_txt<bias77_t, 3>(b77, "b77.txt");
        nnet::load_weights_from_txt<weight78_t, 3>(w78, "w78.txt");
        nnet::load_weights_from_txt<model_default_t, 1>(b78, "b78.txt");
        loaded_weights = true;    }
#endif
    // ****************************************
    // NETWORK INSTANTIATION
    // ****************************************

    // hls-fpga-machine-learning insert layers

    layer67_t layer67_out[57];
    #pragma HLS ARRAY_PARTITION variable=layer67_out complete dim=0

    Dense_MatMul_0_result_t layer75_out[32];
    #pragma HLS ARRAY_PARTITION variable=layer75_out complete dim=0

    layer55_t layer55_out[32];
    #pragma HLS ARRAY_PARTITION variable=layer55_out complete dim=0

    Dense_MatMul_1_result_t layer76_out[16];
    #pragma HLS ARRAY_PARTITION variable=layer76_out complete dim=0

    layer59_t layer59_out[16];
    #pragma HLS ARRAY_PARTITION variable=layer59_out complete dim=0

    layer77_t layer77_out[3];
    #pragma HLS ARRAY_PARTITION variable=layer77_out complete dim=0

    Mul_0_result_t layer64_out[3];
    #pragma HLS ARRAY_PARTITION variable=layer64_out complete dim=0

    nnet::linear<input_t, layer67_t, linear_config67>(global_in, layer67_out); // Quant_0_act

    nnet::dense<layer67_t, Dense_MatMul_0_result_t, config75>(layer67_out, layer75_out, w75, b75); // Dense_MatMul_0

    nnet::relu<Dense_MatMul_0_result_t, layer55_t, ReLU_config55>(layer75_out, layer55_out); // Relu_0

    nnet::dense<layer55_t, Dense_MatMul_1_result_t, config76>(layer55_out, layer76_out, w76, b76); // Dense_MatMul_1

    nnet::relu<Dense_MatMul_1_result_t, layer59_t, ReLU_config59>(layer76_out, layer59_out); // Relu_1

    nnet::dense<layer59_t, layer77_t, config77>(layer59_out, layer77_out, w77, b77); // Dense_MatMul_2

    nnet::multiply<layer77_t, layer77_t, Mul_0_result_t, config64>(layer77_out, layer77_out, layer64_out); // Mul_0

    nnet::dense<Mul_0_result_t, result_t, config78>(layer64_out, layer78_out, w78, b78); // Dense_MatMul_3

}

