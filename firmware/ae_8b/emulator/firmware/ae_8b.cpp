#include <iostream>

#include "ae_8b.h"
#include "parameters.h"

namespace ae_8b {

void ae_8b(
    input_t global_in[57],
    result_t layer156_out[1]
) {

    // hls-fpga-machine-learning insert IO
    #pragma HLS ARRAY_RESHAPE variable=global_in complete dim=0
    #pragma HLS ARRAY_PARTITION variable=layer156_out complete dim=0
    #pragma HLS INTERFACE ap_vld port=global_in,layer156_out 
    #pragma HLS PIPELINE

    // hls-fpga-machine-learning insert load weights

    // ****************************************
    // NETWORK INSTANTIATION
    // ****************************************

    // hls-fpga-machine-learning insert layers

    layer133_t layer133_out[57];
    #pragma HLS ARRAY_PARTITION variable=layer133_out complete dim=0

    layer149_t layer149_out[57];
    #pragma HLS ARRAY_PARTITION variable=layer149_out complete dim=0

    Dense_MatMul_1_result_t layer150_out[32];
    #pragma HLS ARRAY_PARTITION variable=layer150_out complete dim=0

    layer107_t layer107_out[32];
    #pragma HLS ARRAY_PARTITION variable=layer107_out complete dim=0

    Dense_MatMul_2_result_t layer151_out[16];
    #pragma HLS ARRAY_PARTITION variable=layer151_out complete dim=0

    layer111_t layer111_out[16];
    #pragma HLS ARRAY_PARTITION variable=layer111_out complete dim=0

    layer152_t layer152_out[3];
    #pragma HLS ARRAY_PARTITION variable=layer152_out complete dim=0

    Dense_MatMul_4_result_t layer153_out[16];
    #pragma HLS ARRAY_PARTITION variable=layer153_out complete dim=0

    layer118_t layer118_out[16];
    #pragma HLS ARRAY_PARTITION variable=layer118_out complete dim=0

    Dense_MatMul_5_result_t layer154_out[32];
    #pragma HLS ARRAY_PARTITION variable=layer154_out complete dim=0

    layer122_t layer122_out[32];
    #pragma HLS ARRAY_PARTITION variable=layer122_out complete dim=0

    layer155_t layer155_out[57];
    #pragma HLS ARRAY_PARTITION variable=layer155_out complete dim=0

    Sub_0_result_t layer127_out[57];
    #pragma HLS ARRAY_PARTITION variable=layer127_out complete dim=0

    layer141_t layer141_out[57];
    #pragma HLS ARRAY_PARTITION variable=layer141_out complete dim=0

    Mul_0_result_t layer129_out[57];
    #pragma HLS ARRAY_PARTITION variable=layer129_out complete dim=0

    Mul_1_result_t layer130_out[57];
    #pragma HLS ARRAY_PARTITION variable=layer130_out complete dim=0

    nnet::linear<input_t, layer133_t, linear_config133>(global_in, layer133_out); // Quant_0_act

    nnet::dense<layer133_t, layer149_t, config149>(layer133_out, layer149_out, w149, b149); // Dense_MatMul_0

    nnet::dense<layer133_t, Dense_MatMul_1_result_t, config150>(layer133_out, layer150_out, w150, b150); // Dense_MatMul_1

    nnet::relu<Dense_MatMul_1_result_t, layer107_t, ReLU_config107>(layer150_out, layer107_out); // Relu_0

    nnet::dense<layer107_t, Dense_MatMul_2_result_t, config151>(layer107_out, layer151_out, w151, b151); // Dense_MatMul_2

    nnet::relu<Dense_MatMul_2_result_t, layer111_t, ReLU_config111>(layer151_out, layer111_out); // Relu_1

    nnet::dense<layer111_t, layer152_t, config152>(layer111_out, layer152_out, w152, b152); // Dense_MatMul_3

    nnet::dense<layer152_t, Dense_MatMul_4_result_t, config153>(layer152_out, layer153_out, w153, b153); // Dense_MatMul_4

    nnet::relu<Dense_MatMul_4_result_t, layer118_t, ReLU_config118>(layer153_out, layer118_out); // Relu_2

    nnet::dense<layer118_t, Dense_MatMul_5_result_t, config154>(layer118_out, layer154_out, w154, b154); // Dense_MatMul_5

    nnet::relu<Dense_MatMul_5_result_t, layer122_t, ReLU_config122>(layer154_out, layer122_out); // Relu_3

    nnet::dense<layer122_t, layer155_t, config155>(layer122_out, layer155_out, w155, b155); // Dense_MatMul_6

    nnet::subtract<layer155_t, layer133_t, Sub_0_result_t, config127>(layer155_out, layer133_out, layer127_out); // Sub_0

    nnet::linear<Sub_0_result_t, layer141_t, linear_config141>(layer127_out, layer141_out); // Quant_22_act

    nnet::multiply<layer141_t, layer149_t, Mul_0_result_t, config129>(layer141_out, layer149_out, layer129_out); // Mul_0

    nnet::multiply<Mul_0_result_t, Mul_0_result_t, Mul_1_result_t, config130>(layer129_out, layer129_out, layer130_out); // Mul_1

    nnet::dense<Mul_1_result_t, result_t, config156>(layer130_out, layer156_out, w156, b156); // Dense_MatMul_7

}

}
