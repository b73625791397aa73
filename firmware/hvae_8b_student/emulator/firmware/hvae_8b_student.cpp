#include <iostream>

#include "hvae_8b_student.h"
#include "parameters.h"

namespace hvae_8b_student {

void hvae_8b_student(
    input_t global_in[57],
    result_t layer50_out[1]
) {

    // hls-fpga-machine-learning insert IO
    #pragma HLS ARRAY_RESHAPE variable=global_in complete dim=0
    #pragma HLS ARRAY_PARTITION variable=layer50_out complete dim=0
    #pragma HLS INTERFACE ap_vld port=global_in,layer50_out 
    #pragma HLS PIPELINE

    // hls-fpga-machine-learning insert load weights

    // ****************************************
    // NETWORK INSTANTIATION
    // ****************************************

    // hls-fpga-machine-learning insert layers

    layer43_t layer43_out[57];
    #pragma HLS ARRAY_PARTITION variable=layer43_out complete dim=0

    layer44_t layer44_out[57];
    #pragma HLS ARRAY_PARTITION variable=layer44_out complete dim=0

    Dense_MatMul_0_result_t layer49_out[12];
    #pragma HLS ARRAY_PARTITION variable=layer49_out complete dim=0

    layer38_t layer38_out[12];
    #pragma HLS ARRAY_PARTITION variable=layer38_out complete dim=0

    nnet::linear<input_t, layer43_t, linear_config43>(global_in, layer43_out); // Quant_0_act

    nnet::linear<layer43_t, layer44_t, linear_config44>(layer43_out, layer44_out); // Quant_5_act

    nnet::dense<layer44_t, Dense_MatMul_0_result_t, config49>(layer44_out, layer49_out, w49, b49); // Dense_MatMul_0

    nnet::relu<Dense_MatMul_0_result_t, layer38_t, ReLU_config38>(layer49_out, layer38_out); // Relu_0

    nnet::dense<layer38_t, result_t, config50>(layer38_out, layer50_out, w50, b50); // Dense_MatMul_1

}

}
