#include <iostream>

#include "hvae_8b_l1.h"
#include "parameters.h"


void hvae_8b_l1(
    input_t global_in[57],
    result_t layer202_out[1]
) {

    // hls-fpga-machine-learning insert IO
    #pragma HLS ARRAY_RESHAPE variable=global_in complete dim=0
    #pragma HLS ARRAY_PARTITION variable=layer202_out complete dim=0
    #pragma HLS INTERFACE ap_vld port=global_in,layer202_out 
    #pragma HLS PIPELINE

    // hls-fpga-machine-learning insert load weights
#ifndef __SYNTHESIS__
    static bool loaded_weights = false;
    if (!loaded_weights) {
        nnet::load_weights_from_txt<weight193_t, 3249>(w193, "w193.txt");
        nnet::load_weights_from_txt<model_default_t, 57>(b193, "b193.txt");
        nnet::load_weights_from_txt<weight194_t, 912>(w194, "w194.txt");
        nnet::load_weights_from_txt<bias194_t, 16>(b194, "b194.txt");
        nnet::load_weights_from_txt<weight195_t, 128>(w195, "w195.txt");
        nnet::load_weights_from_txt<bias195_t, 8>(b195, "b195.txt");
        nnet::load_weights_from_txt<weight196_t, 24>(w196, "w196.txt");
        nnet::load_weights_from_txt<bias196_t, 3>(b196, "b196.txt");
        nnet::load_weights_from_txt<weight197_t, 64>(w197, "w197.txt");
        nnet::load_weights_from_txt<bias197_t, 8>(b197, "b197.txt");
        nnet::load_weights_from_txt<weight198_t, 16>(w198, "w198.txt");
        nnet::load_weights_from_txt<bias198_t, 2>(b198, "b198.txt");
        nnet::load_weights_from_txt<weight199_t, 40>(w199, "w199.txt");
        nnet::load_weights_from_txt<bias199_t, 8>(b199, "b199.txt");
        nnet::load_weights_from_txt<weight200_t, 128>(w200, "w200.txt");
        nnet::load_weights_from_txt<bias200_t, 16>(b200, "b200.txt");
        nnet::load_weights_from_txt<weight201_t, 912>(w201, "w201.txt");
        nnet::load_weights_from_txt<bias201_t, 57>(b201, "b201.txt");
        nnet::load_weights_from_txt<weight202_t, 57>(w202, "w202.txt");
        nnet::load_weights_from_txt<model_default_t, 1>(b202, "b202.txt");
        loaded_weights = true;    }
#endif
    // ****************************************
    // NETWORK INSTANTIATION
    // ****************************************

    // hls-fpga-machine-learning insert layers

    layer172_t layer172_out[57];
    #pragma HLS ARRAY_PARTITION variable=layer172_out complete dim=0

    Dense_MatMul_0_result_t layer193_out[57];
    #pragma HLS ARRAY_PARTITION variable=layer193_out complete dim=0

    Dense_MatMul_1_result_t layer194_out[16];
    #pragma HLS ARRAY_PARTITION variable=layer194_out complete dim=0

    layer134_t layer134_out[57];
    #pragma HLS ARRAY_PARTITION variable=layer134_out complete dim=0

    layer137_t layer137_out[16];
    #pragma HLS ARRAY_PARTITION variable=layer137_out complete dim=0

    Dense_MatMul_2_result_t layer195_out[8];
    #pragma HLS ARRAY_PARTITION variable=layer195_out complete dim=0

    layer141_t layer141_out[8];
    #pragma HLS ARRAY_PARTITION variable=layer141_out complete dim=0

    layer196_t layer196_out[3];
    #pragma HLS ARRAY_PARTITION variable=layer196_out complete dim=0

    Dense_MatMul_4_result_t layer197_out[8];
    #pragma HLS ARRAY_PARTITION variable=layer197_out complete dim=0

    layer147_t layer147_out[8];
    #pragma HLS ARRAY_PARTITION variable=layer147_out complete dim=0

    layer198_t layer198_out[2];
    #pragma HLS ARRAY_PARTITION variable=layer198_out complete dim=0

    Concat_0_result_t layer153_out[5];
    #pragma HLS ARRAY_PARTITION variable=layer153_out complete dim=0

    layer179_t layer179_out[5];
    #pragma HLS ARRAY_PARTITION variable=layer179_out complete dim=0

    Dense_MatMul_6_result_t layer199_out[8];
    #pragma HLS ARRAY_PARTITION variable=layer199_out complete dim=0

    layer157_t layer157_out[8];
    #pragma HLS ARRAY_PARTITION variable=layer157_out complete dim=0

    Dense_MatMul_7_result_t layer200_out[16];
    #pragma HLS ARRAY_PARTITION variable=layer200_out complete dim=0

    layer161_t layer161_out[16];
    #pragma HLS ARRAY_PARTITION variable=layer161_out complete dim=0

    layer201_t layer201_out[57];
    #pragma HLS ARRAY_PARTITION variable=layer201_out complete dim=0

    Sub_0_result_t layer166_out[57];
    #pragma HLS ARRAY_PARTITION variable=layer166_out complete dim=0

    layer183_t layer183_out[57];
    #pragma HLS ARRAY_PARTITION variable=layer183_out complete dim=0

    Mul_0_result_t layer168_out[57];
    #pragma HLS ARRAY_PARTITION variable=layer168_out complete dim=0

    layer169_t layer169_out[57];
    #pragma HLS ARRAY_PARTITION variable=layer169_out complete dim=0

    nnet::linear<input_t, layer172_t, linear_config172>(global_in, layer172_out); // Quant_0_act

    nnet::dense<layer172_t, Dense_MatMul_0_result_t, config193>(layer172_out, layer193_out, w193, b193); // Dense_MatMul_0

    nnet::dense<layer172_t, Dense_MatMul_1_result_t, config194>(layer172_out, layer194_out, w194, b194); // Dense_MatMul_1

    nnet::relu<Dense_MatMul_0_result_t, layer134_t, ReLU_config134>(layer193_out, layer134_out); // Relu_0

    nnet::relu<Dense_MatMul_1_result_t, layer137_t, ReLU_config137>(layer194_out, layer137_out); // Relu_1

    nnet::dense<layer137_t, Dense_MatMul_2_result_t, config195>(layer137_out, layer195_out, w195, b195); // Dense_MatMul_2

    nnet::relu<Dense_MatMul_2_result_t, layer141_t, ReLU_config141>(layer195_out, layer141_out); // Relu_2

    nnet::dense<layer141_t, layer196_t, config196>(layer141_out, layer196_out, w196, b196); // Dense_MatMul_3

    nnet::dense<layer141_t, Dense_MatMul_4_result_t, config197>(layer141_out, layer197_out, w197, b197); // Dense_MatMul_4

    nnet::relu<Dense_MatMul_4_result_t, layer147_t, ReLU_config147>(layer197_out, layer147_out); // Relu_3

    nnet::dense<layer147_t, layer198_t, config198>(layer147_out, layer198_out, w198, b198); // Dense_MatMul_5

    nnet::concatenate1d<layer196_t, layer198_t, Concat_0_result_t, config153>(layer196_out, layer198_out, layer153_out); // Concat_0

    nnet::linear<Concat_0_result_t, layer179_t, linear_config179>(layer153_out, layer179_out); // Quant_25_act

    nnet::dense<layer179_t, Dense_MatMul_6_result_t, config199>(layer179_out, layer199_out, w199, b199); // Dense_MatMul_6

    nnet::relu<Dense_MatMul_6_result_t, layer157_t, ReLU_config157>(layer199_out, layer157_out); // Relu_4

    nnet::dense<layer157_t, Dense_MatMul_7_result_t, config200>(layer157_out, layer200_out, w200, b200); // Dense_MatMul_7

    nnet::relu<Dense_MatMul_7_result_t, layer161_t, ReLU_config161>(layer200_out, layer161_out); // Relu_5

    nnet::dense<layer161_t, layer201_t, config201>(layer161_out, layer201_out, w201, b201); // Dense_MatMul_8

    nnet::subtract<layer201_t, layer172_t, Sub_0_result_t, config166>(layer201_out, layer172_out, layer166_out); // Sub_0

    nnet::linear<Sub_0_result_t, layer183_t, linear_config183>(layer166_out, layer183_out); // Quant_29_act

    nnet::multiply<layer183_t, layer134_t, Mul_0_result_t, config168>(layer183_out, layer134_out, layer168_out); // Mul_0

    nnet::bead_abs<Mul_0_result_t, layer169_t, config169>(layer168_out, layer169_out); // Abs_0

    nnet::dense<layer169_t, result_t, config202>(layer169_out, layer202_out, w202, b202); // Dense_MatMul_9

}

