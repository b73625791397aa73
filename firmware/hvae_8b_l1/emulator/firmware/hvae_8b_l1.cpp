#include <iostream>

#include "hvae_8b_l1.h"
#include "parameters.h"

namespace hvae_8b_l1 {

void hvae_8b_l1(
    input_t global_in[57],
    result_t layer201_out[1]
) {

    // hls-fpga-machine-learning insert IO
    #pragma HLS ARRAY_RESHAPE variable=global_in complete dim=0
    #pragma HLS ARRAY_PARTITION variable=layer201_out complete dim=0
    #pragma HLS INTERFACE ap_vld port=global_in,layer201_out 
    #pragma HLS PIPELINE

    // hls-fpga-machine-learning insert load weights

    // ****************************************
    // NETWORK INSTANTIATION
    // ****************************************

    // hls-fpga-machine-learning insert layers

    layer171_t layer171_out[57];
    #pragma HLS ARRAY_PARTITION variable=layer171_out complete dim=0

    layer192_t layer192_out[57];
    #pragma HLS ARRAY_PARTITION variable=layer192_out complete dim=0

    Dense_MatMul_1_result_t layer193_out[16];
    #pragma HLS ARRAY_PARTITION variable=layer193_out complete dim=0

    layer136_t layer136_out[16];
    #pragma HLS ARRAY_PARTITION variable=layer136_out complete dim=0

    Dense_MatMul_2_result_t layer194_out[8];
    #pragma HLS ARRAY_PARTITION variable=layer194_out complete dim=0

    layer140_t layer140_out[8];
    #pragma HLS ARRAY_PARTITION variable=layer140_out complete dim=0

    layer195_t layer195_out[3];
    #pragma HLS ARRAY_PARTITION variable=layer195_out complete dim=0

    Dense_MatMul_4_result_t layer196_out[8];
    #pragma HLS ARRAY_PARTITION variable=layer196_out complete dim=0

    layer146_t layer146_out[8];
    #pragma HLS ARRAY_PARTITION variable=layer146_out complete dim=0

    layer197_t layer197_out[2];
    #pragma HLS ARRAY_PARTITION variable=layer197_out complete dim=0

    Concat_0_result_t layer152_out[5];
    #pragma HLS ARRAY_PARTITION variable=layer152_out complete dim=0

    layer178_t layer178_out[5];
    #pragma HLS ARRAY_PARTITION variable=layer178_out complete dim=0

    Dense_MatMul_6_result_t layer198_out[8];
    #pragma HLS ARRAY_PARTITION variable=layer198_out complete dim=0

    layer156_t layer156_out[8];
    #pragma HLS ARRAY_PARTITION variable=layer156_out complete dim=0

    Dense_MatMul_7_result_t layer199_out[16];
    #pragma HLS ARRAY_PARTITION variable=layer199_out complete dim=0

    layer160_t layer160_out[16];
    #pragma HLS ARRAY_PARTITION variable=layer160_out complete dim=0

    layer200_t layer200_out[57];
    #pragma HLS ARRAY_PARTITION variable=layer200_out complete dim=0

    Sub_0_result_t layer165_out[57];
    #pragma HLS ARRAY_PARTITION variable=layer165_out complete dim=0

    layer182_t layer182_out[57];
    #pragma HLS ARRAY_PARTITION variable=layer182_out complete dim=0

    Mul_0_result_t layer167_out[57];
    #pragma HLS ARRAY_PARTITION variable=layer167_out complete dim=0

    layer168_t layer168_out[57];
    #pragma HLS ARRAY_PARTITION variable=layer168_out complete dim=0

    nnet::linear<input_t, layer171_t, linear_config171>(global_in, layer171_out); // Quant_0_act

    nnet::dense<layer171_t, layer192_t, config192>(layer171_out, layer192_out, w192, b192); // Dense_MatMul_0

    nnet::dense<layer171_t, Dense_MatMul_1_result_t, config193>(layer171_out, layer193_out, w193, b193); // Dense_MatMul_1

    nnet::relu<Dense_MatMul_1_result_t, layer136_t, ReLU_config136>(layer193_out, layer136_out); // Relu_0

    nnet::dense<layer136_t, Dense_MatMul_2_result_t, config194>(layer136_out, layer194_out, w194, b194); // Dense_MatMul_2

    nnet::relu<Dense_MatMul_2_result_t, layer140_t, ReLU_config140>(layer194_out, layer140_out); // Relu_1

    nnet::dense<layer140_t, layer195_t, config195>(layer140_out, layer195_out, w195, b195); // Dense_MatMul_3

    nnet::dense<layer140_t, Dense_MatMul_4_result_t, config196>(layer140_out, layer196_out, w196, b196); // Dense_MatMul_4

    nnet::relu<Dense_MatMul_4_result_t, layer146_t, ReLU_config146>(layer196_out, layer146_out); // Relu_2

    nnet::dense<layer146_t, layer197_t, config197>(layer146_out, layer197_out, w197, b197); // Dense_MatMul_5

    nnet::concatenate1d<layer195_t, layer197_t, Concat_0_result_t, config152>(layer195_out, layer197_out, layer152_out); // Concat_0

    nnet::linear<Concat_0_result_t, layer178_t, linear_config178>(layer152_out, layer178_out); // Quant_25_act

    nnet::dense<layer178_t, Dense_MatMul_6_result_t, config198>(layer178_out, layer198_out, w198, b198); // Dense_MatMul_6

    nnet::relu<Dense_MatMul_6_result_t, layer156_t, ReLU_config156>(layer198_out, layer156_out); // Relu_3

    nnet::dense<layer156_t, Dense_MatMul_7_result_t, config199>(layer156_out, layer199_out, w199, b199); // Dense_MatMul_7

    nnet::relu<Dense_MatMul_7_result_t, layer160_t, ReLU_config160>(layer199_out, layer160_out); // Relu_4

    nnet::dense<layer160_t, layer200_t, config200>(layer160_out, layer200_out, w200, b200); // Dense_MatMul_8

    nnet::subtract<layer200_t, layer171_t, Sub_0_result_t, config165>(layer200_out, layer171_out, layer165_out); // Sub_0

    nnet::linear<Sub_0_result_t, layer182_t, linear_config182>(layer165_out, layer182_out); // Quant_29_act

    nnet::multiply<layer182_t, layer192_t, Mul_0_result_t, config167>(layer182_out, layer192_out, layer167_out); // Mul_0

    nnet::bead_abs<Mul_0_result_t, layer168_t, config168>(layer167_out, layer168_out); // Abs_0

    nnet::dense<layer168_t, result_t, config201>(layer168_out, layer201_out, w201, b201); // Dense_MatMul_9

}

}
