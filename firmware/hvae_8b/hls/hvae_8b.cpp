#include <iostream>

#include "hvae_8b.h"
#include "parameters.h"


void hvae_8b(
    input_t global_in[57],
    result_t layer98_out[1]
) {

    // hls-fpga-machine-learning insert IO
    #pragma HLS ARRAY_RESHAPE variable=global_in complete dim=0
    #pragma HLS ARRAY_PARTITION variable=layer98_out complete dim=0
    #pragma HLS INTERFACE ap_vld port=global_in,layer98_out 
    #pragma HLS PIPELINE

    // hls-fpga-machine-learning insert load weights
#ifndef __SYNTHESIS__
    static bool loaded_weights = false;
    if (!loaded_weights) {
        nnet::load_weights_from_txt<weight94_t, 1824>(w94, "w94.txt");
        nnet::load_weights_from_txt<bias94_t, 32>(b94, "b94.txt");
        nnet::load_weights_from_txt<weight95_t, 512>(w95, "w95.txt");
        nnet::load_weights_from_txt<bias95_t, 16>(b95, "b95.txt");
        nnet::load_weights_from_txt<weight96_t, 128>(w96, "w96.txt");
        nnet::load_weights_from_txt<bias96_t, 8>(b96, "b96.txt");
        nnet::load_weights_from_txt<weight97_t, 16>(w97, "w97.txt");
        nnet::load_weights_from_txt<bias97_t, 2>(b97, "b97.txt");
        nnet::load_weights_from_txt<weight98_t, 2>(w98, "w98.txt");
        nnet::load_weights_from_txt<model_default_t, 1>(b98, "b98.txt");
        loaded_weights = true;    }
#endif
    // ****************************************
    // NETWORK INSTANTIATION
    // ****************************************

    // hls-fpga-machine-learning insert layers

    layer84_t layer84_out[57];
    #pragma HLS ARRAY_PARTITION variable=layer84_out complete dim=0

    Dense_MatMul_0_result_t layer94_out[32];
    #pragma HLS ARRAY_PARTITION variable=layer94_out complete dim=0

    layer68_t layer68_out[32];
    #pragma HLS ARRAY_PARTITION variable=layer68_out complete dim=0

    Dense_MatMul_1_result_t layer95_out[16];
    #pragma HLS ARRAY_PARTITION variable=layer95_out complete dim=0

    layer72_t layer72_out[16];
    #pragma HLS ARRAY_PARTITION variable=layer72_out complete dim=0

    Dense_MatMul_2_result_t layer96_out[8];
    #pragma HLS ARRAY_PARTITION variable=layer96_out complete dim=0

    layer76_t layer76_out[8];
    #pragma HLS ARRAY_PARTITION variable=layer76_out complete dim=0

    layer97_t layer97_out[2];
    #pragma HLS ARRAY_PARTITION variable=layer97_out complete dim=0

    Mul_0_result_t layer81_out[2];
    #pragma HLS ARRAY_PARTITION variable=layer81_out complete dim=0

    nnet::linear<input_t, layer84_t, linear_config84>(global_in, layer84_out); // Quant_0_act

    nnet::dense<layer84_t, Dense_MatMul_0_result_t, config94>(layer84_out, layer94_out, w94, b94); // Dense_MatMul_0

    nnet::relu<Dense_MatMul_0_result_t, layer68_t, ReLU_config68>(layer94_out, layer68_out); // Relu_0

    nnet::dense<layer68_t, Dense_MatMul_1_result_t, config95>(layer68_out, layer95_out, w95, b95); // Dense_MatMul_1

    nnet::relu<Dense_MatMul_1_result_t, layer72_t, ReLU_config72>(layer95_out, layer72_out); // Relu_1

    nnet::dense<layer72_t, Dense_MatMul_2_result_t, config96>(layer72_out, layer96_out, w96, b96); // Dense_MatMul_2

    nnet::relu<Dense_MatMul_2_result_t, layer76_t, ReLU_config76>(layer96_out, layer76_out); // Relu_2

    nnet::dense<layer76_t, layer97_t, config97>(layer76_out, layer97_out, w97, b97); // Dense_MatMul_3

    nnet::multiply<layer97_t, layer97_t, Mul_0_result_t, config81>(layer97_out, layer97_out, layer81_out); // Mul_0

    nnet::dense<Mul_0_result_t, result_t, config98>(layer81_out, layer98_out, w98, b98); // Dense_MatMul_4

}

