#include <iostream>

#include "bead_8b.h"
#include "parameters.h"

namespace bead_8b {

void bead_8b(
    input_t global_in[57],
    result_t layer434_out[1]
) {

    // hls-fpga-machine-learning insert IO
    #pragma HLS ARRAY_RESHAPE variable=global_in complete dim=0
    #pragma HLS ARRAY_PARTITION variable=layer434_out complete dim=0
    #pragma HLS INTERFACE ap_vld port=global_in,layer434_out 
    #pragma HLS PIPELINE

    // hls-fpga-machine-learning insert load weights

    // ****************************************
    // NETWORK INSTANTIATION
    // ****************************************

    // hls-fpga-machine-learning insert layers

    layer405_t layer405_out[57];
    #pragma HLS ARRAY_PARTITION variable=layer405_out complete dim=0

    layer468_t layer468_out[54];
    #pragma HLS ARRAY_PARTITION variable=layer468_out complete dim=0

    Dense_MatMul_1_result_t layer469_out[54];
    #pragma HLS ARRAY_PARTITION variable=layer469_out complete dim=0

    Dense_MatMul_3_result_t layer470_out[1];
    #pragma HLS ARRAY_PARTITION variable=layer470_out complete dim=0

    Dense_MatMul_4_result_t layer471_out[16];
    #pragma HLS ARRAY_PARTITION variable=layer471_out complete dim=0

    Dense_MatMul_5_result_t layer472_out[3];
    #pragma HLS ARRAY_PARTITION variable=layer472_out complete dim=0

    layer309_t layer309_out[16];
    #pragma HLS ARRAY_PARTITION variable=layer309_out complete dim=0

    Dense_MatMul_6_result_t layer473_out[8];
    #pragma HLS ARRAY_PARTITION variable=layer473_out complete dim=0

    layer313_t layer313_out[8];
    #pragma HLS ARRAY_PARTITION variable=layer313_out complete dim=0

    Dense_MatMul_7_result_t layer474_out[8];
    #pragma HLS ARRAY_PARTITION variable=layer474_out complete dim=0

    layer317_t layer317_out[8];
    #pragma HLS ARRAY_PARTITION variable=layer317_out complete dim=0

    layer475_t layer475_out[2];
    #pragma HLS ARRAY_PARTITION variable=layer475_out complete dim=0

    Concat_0_result_t layer322_out[5];
    #pragma HLS ARRAY_PARTITION variable=layer322_out complete dim=0

    layer411_t layer411_out[5];
    #pragma HLS ARRAY_PARTITION variable=layer411_out complete dim=0

    auto& layer324_out = layer411_out;
    layer461_t layer461_out[5*8];
    #pragma HLS ARRAY_PARTITION variable=layer461_out complete dim=0

    layer458_t layer458_out[5*8];
    #pragma HLS ARRAY_PARTITION variable=layer458_out complete dim=0

    layer462_t layer462_out[5*8];
    #pragma HLS ARRAY_PARTITION variable=layer462_out complete dim=0

    layer463_t layer463_out[5*8];
    #pragma HLS ARRAY_PARTITION variable=layer463_out complete dim=0

    layer464_t layer464_out[5*8];
    #pragma HLS ARRAY_PARTITION variable=layer464_out complete dim=0

    auto& layer339_out = layer462_out;
    auto& layer340_out = layer463_out;
    auto& layer341_out = layer464_out;
    layer342_t layer342_out[2*5*4];
    #pragma HLS ARRAY_PARTITION variable=layer342_out complete dim=0

    layer343_t layer343_out[2*5*4];
    #pragma HLS ARRAY_PARTITION variable=layer343_out complete dim=0

    layer344_t layer344_out[2*4*5];
    #pragma HLS ARRAY_PARTITION variable=layer344_out complete dim=0

    layer459_t layer459_out[2*5*5];
    #pragma HLS ARRAY_PARTITION variable=layer459_out complete dim=0

    layer443_t layer443_out[2*5*5];
    #pragma HLS ARRAY_PARTITION variable=layer443_out complete dim=0

    layer348_t layer348_out[2*5*5];
    #pragma HLS ARRAY_PARTITION variable=layer348_out complete dim=0

    layer460_t layer460_out[2*5*4];
    #pragma HLS ARRAY_PARTITION variable=layer460_out complete dim=0

    layer444_t layer444_out[2*5*4];
    #pragma HLS ARRAY_PARTITION variable=layer444_out complete dim=0

    layer353_t layer353_out[5*2*4];
    #pragma HLS ARRAY_PARTITION variable=layer353_out complete dim=0

    auto& layer354_out = layer353_out;
    layer465_t layer465_out[5*8];
    #pragma HLS ARRAY_PARTITION variable=layer465_out complete dim=0

    bn_Mul_2_result_t layer446_out[5*8];
    #pragma HLS ARRAY_PARTITION variable=layer446_out complete dim=0

    Add_10_result_t layer359_out[5*8];
    #pragma HLS ARRAY_PARTITION variable=layer359_out complete dim=0

    layer421_t layer421_out[5*8];
    #pragma HLS ARRAY_PARTITION variable=layer421_out complete dim=0

    Conv_MatMul_16_result_t layer466_out[5*16];
    #pragma HLS ARRAY_PARTITION variable=layer466_out complete dim=0

    layer363_t layer363_out[5*16];
    #pragma HLS ARRAY_PARTITION variable=layer363_out complete dim=0

    layer467_t layer467_out[5*8];
    #pragma HLS ARRAY_PARTITION variable=layer467_out complete dim=0

    bn_Mul_3_result_t layer449_out[5*8];
    #pragma HLS ARRAY_PARTITION variable=layer449_out complete dim=0

    Add_13_result_t layer369_out[5*8];
    #pragma HLS ARRAY_PARTITION variable=layer369_out complete dim=0

    layer424_t layer424_out[5*8];
    #pragma HLS ARRAY_PARTITION variable=layer424_out complete dim=0

    layer371_t layer371_out[8];
    #pragma HLS ARRAY_PARTITION variable=layer371_out complete dim=0

    layer450_t layer450_out[8];
    #pragma HLS ARRAY_PARTITION variable=layer450_out complete dim=0

    layer476_t layer476_out[3];
    #pragma HLS ARRAY_PARTITION variable=layer476_out complete dim=0

    Concat_1_result_t layer377_out[5];
    #pragma HLS ARRAY_PARTITION variable=layer377_out complete dim=0

    layer427_t layer427_out[5];
    #pragma HLS ARRAY_PARTITION variable=layer427_out complete dim=0

    Dense_MatMul_19_result_t layer477_out[8];
    #pragma HLS ARRAY_PARTITION variable=layer477_out complete dim=0

    layer381_t layer381_out[8];
    #pragma HLS ARRAY_PARTITION variable=layer381_out complete dim=0

    Dense_MatMul_20_result_t layer478_out[16];
    #pragma HLS ARRAY_PARTITION variable=layer478_out complete dim=0

    layer385_t layer385_out[16];
    #pragma HLS ARRAY_PARTITION variable=layer385_out complete dim=0

    layer479_t layer479_out[54];
    #pragma HLS ARRAY_PARTITION variable=layer479_out complete dim=0

    layer480_t layer480_out[1];
    #pragma HLS ARRAY_PARTITION variable=layer480_out complete dim=0

    Sub_0_result_t layer393_out[1];
    #pragma HLS ARRAY_PARTITION variable=layer393_out complete dim=0

    Sub_1_result_t layer394_out[54];
    #pragma HLS ARRAY_PARTITION variable=layer394_out complete dim=0

    layer432_t layer432_out[1];
    #pragma HLS ARRAY_PARTITION variable=layer432_out complete dim=0

    layer433_t layer433_out[54];
    #pragma HLS ARRAY_PARTITION variable=layer433_out complete dim=0

    Mul_5_result_t layer397_out[1];
    #pragma HLS ARRAY_PARTITION variable=layer397_out complete dim=0

    Mul_6_result_t layer398_out[54];
    #pragma HLS ARRAY_PARTITION variable=layer398_out complete dim=0

    Dense_MatMul_23_result_t layer481_out[1];
    #pragma HLS ARRAY_PARTITION variable=layer481_out complete dim=0

    Mul_7_result_t layer400_out[54];
    #pragma HLS ARRAY_PARTITION variable=layer400_out complete dim=0

    bn_Mul_8_result_t layer456_out[1];
    #pragma HLS ARRAY_PARTITION variable=layer456_out complete dim=0

    Dense_MatMul_24_result_t layer482_out[1];
    #pragma HLS ARRAY_PARTITION variable=layer482_out complete dim=0

    Add_19_result_t layer403_out[1];
    #pragma HLS ARRAY_PARTITION variable=layer403_out complete dim=0

    nnet::linear<input_t, layer405_t, linear_config405>(global_in, layer405_out); // Quant_0_act

    nnet::dense<layer405_t, layer468_t, config468>(layer405_out, layer468_out, w468, b468); // Dense_MatMul_0

    nnet::dense<layer405_t, Dense_MatMul_1_result_t, config469>(layer405_out, layer469_out, w469, b469); // Dense_MatMul_1

    nnet::dense<layer405_t, Dense_MatMul_3_result_t, config470>(layer405_out, layer470_out, w470, b470); // Dense_MatMul_3

    nnet::dense<Dense_MatMul_1_result_t, Dense_MatMul_4_result_t, config471>(layer469_out, layer471_out, w471, b471); // Dense_MatMul_4

    nnet::dense<layer468_t, Dense_MatMul_5_result_t, config472>(layer468_out, layer472_out, w472, b472); // Dense_MatMul_5

    nnet::relu<Dense_MatMul_4_result_t, layer309_t, ReLU_config309>(layer471_out, layer309_out); // Relu_0

    nnet::dense<layer309_t, Dense_MatMul_6_result_t, config473>(layer309_out, layer473_out, w473, b473); // Dense_MatMul_6

    nnet::relu<Dense_MatMul_6_result_t, layer313_t, ReLU_config313>(layer473_out, layer313_out); // Relu_1

    nnet::dense<layer313_t, Dense_MatMul_7_result_t, config474>(layer313_out, layer474_out, w474, b474); // Dense_MatMul_7

    nnet::relu<Dense_MatMul_7_result_t, layer317_t, ReLU_config317>(layer474_out, layer317_out); // Relu_2

    nnet::dense<layer317_t, layer475_t, config475>(layer317_out, layer475_out, w475, b475); // Dense_MatMul_8

    nnet::concatenate1d<layer475_t, Dense_MatMul_5_result_t, Concat_0_result_t, config322>(layer475_out, layer472_out, layer322_out); // Concat_0

    nnet::linear<Concat_0_result_t, layer411_t, linear_config411>(layer322_out, layer411_out); // Quant_45_act

    nnet::pointwise_conv_1d_cl<layer411_t, layer461_t, config483>(layer324_out, layer461_out, w461, b461); // Conv_MatMul_9

    nnet::normalize<layer461_t, layer458_t, config458>(layer461_out, layer458_out, s458, b458); // bn_Add_5

    nnet::pointwise_conv_1d_cl<layer458_t, layer462_t, config484>(layer458_out, layer462_out, w462, b462); // Conv_MatMul_10

    nnet::pointwise_conv_1d_cl<layer458_t, layer463_t, config485>(layer458_out, layer463_out, w463, b463); // Conv_MatMul_11

    nnet::pointwise_conv_1d_cl<layer458_t, layer464_t, config486>(layer458_out, layer464_out, w464, b464); // Conv_MatMul_12

    nnet::transpose<layer462_t, layer342_t, config342>(layer339_out, layer342_out); // Transpose_0

    nnet::transpose<layer463_t, layer343_t, config343>(layer340_out, layer343_out); // Transpose_1

    nnet::transpose<layer464_t, layer344_t, config344>(layer341_out, layer344_out); // Transpose_2

    nnet::einsum<layer343_t, layer344_t, layer459_t, config459>(layer343_out, layer344_out, layer459_out); // einsum_MatMul_13

    nnet::normalize<layer459_t, layer443_t, config443>(layer459_out, layer443_out, s443, b443); // bn_Mul_0

    nnet::relu<layer443_t, layer348_t, ReLU_config348>(layer443_out, layer348_out); // Relu_3

    nnet::einsum<layer348_t, layer342_t, layer460_t, config460>(layer348_out, layer342_out, layer460_out); // einsum_MatMul_14

    nnet::normalize<layer460_t, layer444_t, config444>(layer460_out, layer444_out, s444, b444); // bn_Mul_1

    nnet::transpose<layer444_t, layer353_t, config353>(layer444_out, layer353_out); // Transpose_3

    nnet::pointwise_conv_1d_cl<layer353_t, layer465_t, config487>(layer354_out, layer465_out, w465, b465); // Conv_MatMul_15

    nnet::normalize<layer465_t, bn_Mul_2_result_t, config446>(layer465_out, layer446_out, s446, b446); // bn_Mul_2

    nnet::add<layer458_t, bn_Mul_2_result_t, Add_10_result_t, config359>(layer458_out, layer446_out, layer359_out); // Add_10

    nnet::linear<Add_10_result_t, layer421_t, linear_config421>(layer359_out, layer421_out); // Quant_55_act

    nnet::pointwise_conv_1d_cl<layer421_t, Conv_MatMul_16_result_t, config488>(layer421_out, layer466_out, w466, b466); // Conv_MatMul_16

    nnet::relu<Conv_MatMul_16_result_t, layer363_t, ReLU_config363>(layer466_out, layer363_out); // Relu_4

    nnet::pointwise_conv_1d_cl<layer363_t, layer467_t, config489>(layer363_out, layer467_out, w467, b467); // Conv_MatMul_17

    nnet::normalize<layer467_t, bn_Mul_3_result_t, config449>(layer467_out, layer449_out, s449, b449); // bn_Mul_3

    nnet::add<layer421_t, bn_Mul_3_result_t, Add_13_result_t, config369>(layer421_out, layer449_out, layer369_out); // Add_13

    nnet::linear<Add_13_result_t, layer424_t, linear_config424>(layer369_out, layer424_out); // Quant_58_act

    nnet::reduce_sum<layer424_t, layer371_t, config371>(layer424_out, layer371_out); // ReduceSum_0

    nnet::normalize<layer371_t, layer450_t, config450>(layer371_out, layer450_out, s450, b450); // bn_Mul_4

    nnet::dense<layer450_t, layer476_t, config476>(layer450_out, layer476_out, w476, b476); // Dense_MatMul_18

    nnet::concatenate1d<layer476_t, layer475_t, Concat_1_result_t, config377>(layer476_out, layer475_out, layer377_out); // Concat_1

    nnet::linear<Concat_1_result_t, layer427_t, linear_config427>(layer377_out, layer427_out); // Quant_61_act

    nnet::dense<layer427_t, Dense_MatMul_19_result_t, config477>(layer427_out, layer477_out, w477, b477); // Dense_MatMul_19

    nnet::relu<Dense_MatMul_19_result_t, layer381_t, ReLU_config381>(layer477_out, layer381_out); // Relu_5

    nnet::dense<layer381_t, Dense_MatMul_20_result_t, config478>(layer381_out, layer478_out, w478, b478); // Dense_MatMul_20

    nnet::relu<Dense_MatMul_20_result_t, layer385_t, ReLU_config385>(layer478_out, layer385_out); // Relu_6

    nnet::dense<layer385_t, layer479_t, config479>(layer385_out, layer479_out, w479, b479); // Dense_MatMul_21

    nnet::dense<layer385_t, layer480_t, config480>(layer385_out, layer480_out, w480, b480); // Dense_MatMul_22

    nnet::subtract<layer480_t, Dense_MatMul_3_result_t, Sub_0_result_t, config393>(layer480_out, layer470_out, layer393_out); // Sub_0

    nnet::subtract<layer479_t, Dense_MatMul_1_result_t, Sub_1_result_t, config394>(layer479_out, layer469_out, layer394_out); // Sub_1

    nnet::linear<Sub_0_result_t, layer432_t, linear_config432>(layer393_out, layer432_out); // Quant_66_act

    nnet::linear<Sub_1_result_t, layer433_t, linear_config433>(layer394_out, layer433_out); // Quant_67_act

    nnet::multiply<layer432_t, layer432_t, Mul_5_result_t, config397>(layer432_out, layer432_out, layer397_out); // Mul_5

    nnet::multiply<layer433_t, layer468_t, Mul_6_result_t, config398>(layer433_out, layer468_out, layer398_out); // Mul_6

    nnet::dense<Mul_5_result_t, Dense_MatMul_23_result_t, config481>(layer397_out, layer481_out, w481, b481); // Dense_MatMul_23

    nnet::multiply<Mul_6_result_t, Mul_6_result_t, Mul_7_result_t, config400>(layer398_out, layer398_out, layer400_out); // Mul_7

    nnet::normalize<Dense_MatMul_23_result_t, bn_Mul_8_result_t, config456>(layer481_out, layer456_out, s456, b456); // bn_Mul_8

    nnet::dense<Mul_7_result_t, Dense_MatMul_24_result_t, config482>(layer400_out, layer482_out, w482, b482); // Dense_MatMul_24

    nnet::add<Dense_MatMul_24_result_t, bn_Mul_8_result_t, Add_19_result_t, config403>(layer482_out, layer456_out, layer403_out); // Add_19

    nnet::linear<Add_19_result_t, result_t, linear_config434>(layer403_out, layer434_out); // Quant_68_act

}

}
