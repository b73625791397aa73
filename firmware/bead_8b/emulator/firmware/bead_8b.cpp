#include <iostream>

#include "bead_8b.h"
#include "parameters.h"

namespace bead_8b {

void bead_8b(
    input_t global_in[57],
    result_t layer435_out[1]
) {

    // hls-fpga-machine-learning insert IO
    #pragma HLS ARRAY_RESHAPE variable=global_in complete dim=0
    #pragma HLS ARRAY_PARTITION variable=layer435_out complete dim=0
    #pragma HLS INTERFACE ap_vld port=global_in,layer435_out 
    #pragma HLS PIPELINE

    // hls-fpga-machine-learning insert load weights

    // ****************************************
    // NETWORK INSTANTIATION
    // ****************************************

    // hls-fpga-machine-learning insert layers

    layer406_t layer406_out[57];
    #pragma HLS ARRAY_PARTITION variable=layer406_out complete dim=0

    Dense_MatMul_0_result_t layer469_out[54];
    #pragma HLS ARRAY_PARTITION variable=layer469_out complete dim=0

    Dense_MatMul_1_result_t layer470_out[54];
    #pragma HLS ARRAY_PARTITION variable=layer470_out complete dim=0

    Dense_MatMul_3_result_t layer471_out[1];
    #pragma HLS ARRAY_PARTITION variable=layer471_out complete dim=0

    layer305_t layer305_out[54];
    #pragma HLS ARRAY_PARTITION variable=layer305_out complete dim=0

    Dense_MatMul_4_result_t layer472_out[16];
    #pragma HLS ARRAY_PARTITION variable=layer472_out complete dim=0

    layer309_t layer309_out[16];
    #pragma HLS ARRAY_PARTITION variable=layer309_out complete dim=0

    Dense_MatMul_5_result_t layer473_out[3];
    #pragma HLS ARRAY_PARTITION variable=layer473_out complete dim=0

    Dense_MatMul_6_result_t layer474_out[8];
    #pragma HLS ARRAY_PARTITION variable=layer474_out complete dim=0

    layer314_t layer314_out[8];
    #pragma HLS ARRAY_PARTITION variable=layer314_out complete dim=0

    Dense_MatMul_7_result_t layer475_out[8];
    #pragma HLS ARRAY_PARTITION variable=layer475_out complete dim=0

    layer318_t layer318_out[8];
    #pragma HLS ARRAY_PARTITION variable=layer318_out complete dim=0

    layer476_t layer476_out[2];
    #pragma HLS ARRAY_PARTITION variable=layer476_out complete dim=0

    Concat_0_result_t layer323_out[5];
    #pragma HLS ARRAY_PARTITION variable=layer323_out complete dim=0

    layer412_t layer412_out[5];
    #pragma HLS ARRAY_PARTITION variable=layer412_out complete dim=0

    auto& layer325_out = layer412_out;
    layer462_t layer462_out[5*8];
    #pragma HLS ARRAY_PARTITION variable=layer462_out complete dim=0

    layer459_t layer459_out[5*8];
    #pragma HLS ARRAY_PARTITION variable=layer459_out complete dim=0

    layer463_t layer463_out[5*8];
    #pragma HLS ARRAY_PARTITION variable=layer463_out complete dim=0

    layer464_t layer464_out[5*8];
    #pragma HLS ARRAY_PARTITION variable=layer464_out complete dim=0

    layer465_t layer465_out[5*8];
    #pragma HLS ARRAY_PARTITION variable=layer465_out complete dim=0

    auto& layer340_out = layer463_out;
    auto& layer341_out = layer464_out;
    auto& layer342_out = layer465_out;
    layer343_t layer343_out[2*5*4];
    #pragma HLS ARRAY_PARTITION variable=layer343_out complete dim=0

    layer344_t layer344_out[2*5*4];
    #pragma HLS ARRAY_PARTITION variable=layer344_out complete dim=0

    layer345_t layer345_out[2*4*5];
    #pragma HLS ARRAY_PARTITION variable=layer345_out complete dim=0

    layer460_t layer460_out[2*5*5];
    #pragma HLS ARRAY_PARTITION variable=layer460_out complete dim=0

    layer444_t layer444_out[2*5*5];
    #pragma HLS ARRAY_PARTITION variable=layer444_out complete dim=0

    layer349_t layer349_out[2*5*5];
    #pragma HLS ARRAY_PARTITION variable=layer349_out complete dim=0

    layer461_t layer461_out[2*5*4];
    #pragma HLS ARRAY_PARTITION variable=layer461_out complete dim=0

    layer445_t layer445_out[2*5*4];
    #pragma HLS ARRAY_PARTITION variable=layer445_out complete dim=0

    layer354_t layer354_out[5*2*4];
    #pragma HLS ARRAY_PARTITION variable=layer354_out complete dim=0

    auto& layer355_out = layer354_out;
    layer466_t layer466_out[5*8];
    #pragma HLS ARRAY_PARTITION variable=layer466_out complete dim=0

    bn_Mul_2_result_t layer447_out[5*8];
    #pragma HLS ARRAY_PARTITION variable=layer447_out complete dim=0

    Add_10_result_t layer360_out[5*8];
    #pragma HLS ARRAY_PARTITION variable=layer360_out complete dim=0

    layer422_t layer422_out[5*8];
    #pragma HLS ARRAY_PARTITION variable=layer422_out complete dim=0

    Conv_MatMul_16_result_t layer467_out[5*16];
    #pragma HLS ARRAY_PARTITION variable=layer467_out complete dim=0

    layer364_t layer364_out[5*16];
    #pragma HLS ARRAY_PARTITION variable=layer364_out complete dim=0

    layer468_t layer468_out[5*8];
    #pragma HLS ARRAY_PARTITION variable=layer468_out complete dim=0

    bn_Mul_3_result_t layer450_out[5*8];
    #pragma HLS ARRAY_PARTITION variable=layer450_out complete dim=0

    Add_13_result_t layer370_out[5*8];
    #pragma HLS ARRAY_PARTITION variable=layer370_out complete dim=0

    layer425_t layer425_out[5*8];
    #pragma HLS ARRAY_PARTITION variable=layer425_out complete dim=0

    layer372_t layer372_out[8];
    #pragma HLS ARRAY_PARTITION variable=layer372_out complete dim=0

    layer451_t layer451_out[8];
    #pragma HLS ARRAY_PARTITION variable=layer451_out complete dim=0

    layer477_t layer477_out[3];
    #pragma HLS ARRAY_PARTITION variable=layer477_out complete dim=0

    Concat_1_result_t layer378_out[5];
    #pragma HLS ARRAY_PARTITION variable=layer378_out complete dim=0

    layer428_t layer428_out[5];
    #pragma HLS ARRAY_PARTITION variable=layer428_out complete dim=0

    Dense_MatMul_19_result_t layer478_out[8];
    #pragma HLS ARRAY_PARTITION variable=layer478_out complete dim=0

    layer382_t layer382_out[8];
    #pragma HLS ARRAY_PARTITION variable=layer382_out complete dim=0

    Dense_MatMul_20_result_t layer479_out[16];
    #pragma HLS ARRAY_PARTITION variable=layer479_out complete dim=0

    layer386_t layer386_out[16];
    #pragma HLS ARRAY_PARTITION variable=layer386_out complete dim=0

    layer480_t layer480_out[54];
    #pragma HLS ARRAY_PARTITION variable=layer480_out complete dim=0

    layer481_t layer481_out[1];
    #pragma HLS ARRAY_PARTITION variable=layer481_out complete dim=0

    Sub_0_result_t layer394_out[1];
    #pragma HLS ARRAY_PARTITION variable=layer394_out complete dim=0

    Sub_1_result_t layer395_out[54];
    #pragma HLS ARRAY_PARTITION variable=layer395_out complete dim=0

    layer433_t layer433_out[1];
    #pragma HLS ARRAY_PARTITION variable=layer433_out complete dim=0

    layer434_t layer434_out[54];
    #pragma HLS ARRAY_PARTITION variable=layer434_out complete dim=0

    Mul_5_result_t layer398_out[1];
    #pragma HLS ARRAY_PARTITION variable=layer398_out complete dim=0

    Mul_6_result_t layer399_out[54];
    #pragma HLS ARRAY_PARTITION variable=layer399_out complete dim=0

    Dense_MatMul_23_result_t layer482_out[1];
    #pragma HLS ARRAY_PARTITION variable=layer482_out complete dim=0

    Mul_7_result_t layer401_out[54];
    #pragma HLS ARRAY_PARTITION variable=layer401_out complete dim=0

    bn_Mul_8_result_t layer457_out[1];
    #pragma HLS ARRAY_PARTITION variable=layer457_out complete dim=0

    Dense_MatMul_24_result_t layer483_out[1];
    #pragma HLS ARRAY_PARTITION variable=layer483_out complete dim=0

    Add_19_result_t layer404_out[1];
    #pragma HLS ARRAY_PARTITION variable=layer404_out complete dim=0

    nnet::linear<input_t, layer406_t, linear_config406>(global_in, layer406_out); // Quant_0_act

    nnet::dense<layer406_t, Dense_MatMul_0_result_t, config469>(layer406_out, layer469_out, w469, b469); // Dense_MatMul_0

    nnet::dense<layer406_t, Dense_MatMul_1_result_t, config470>(layer406_out, layer470_out, w470, b470); // Dense_MatMul_1

    nnet::dense<layer406_t, Dense_MatMul_3_result_t, config471>(layer406_out, layer471_out, w471, b471); // Dense_MatMul_3

    nnet::relu<Dense_MatMul_0_result_t, layer305_t, ReLU_config305>(layer469_out, layer305_out); // Relu_0

    nnet::dense<Dense_MatMul_1_result_t, Dense_MatMul_4_result_t, config472>(layer470_out, layer472_out, w472, b472); // Dense_MatMul_4

    nnet::relu<Dense_MatMul_4_result_t, layer309_t, ReLU_config309>(layer472_out, layer309_out); // Relu_1

    nnet::dense<layer305_t, Dense_MatMul_5_result_t, config473>(layer305_out, layer473_out, w473, b473); // Dense_MatMul_5

    nnet::dense<layer309_t, Dense_MatMul_6_result_t, config474>(layer309_out, layer474_out, w474, b474); // Dense_MatMul_6

    nnet::relu<Dense_MatMul_6_result_t, layer314_t, ReLU_config314>(layer474_out, layer314_out); // Relu_2

    nnet::dense<layer314_t, Dense_MatMul_7_result_t, config475>(layer314_out, layer475_out, w475, b475); // Dense_MatMul_7

    nnet::relu<Dense_MatMul_7_result_t, layer318_t, ReLU_config318>(layer475_out, layer318_out); // Relu_3

    nnet::dense<layer318_t, layer476_t, config476>(layer318_out, layer476_out, w476, b476); // Dense_MatMul_8

    nnet::concatenate1d<layer476_t, Dense_MatMul_5_result_t, Concat_0_result_t, config323>(layer476_out, layer473_out, layer323_out); // Concat_0

    nnet::linear<Concat_0_result_t, layer412_t, linear_config412>(layer323_out, layer412_out); // Quant_45_act

    nnet::pointwise_conv_1d_cl<layer412_t, layer462_t, config484>(layer325_out, layer462_out, w462, b462); // Conv_MatMul_9

    nnet::normalize<layer462_t, layer459_t, config459>(layer462_out, layer459_out, s459, b459); // bn_Add_5

    nnet::pointwise_conv_1d_cl<layer459_t, layer463_t, config485>(layer459_out, layer463_out, w463, b463); // Conv_MatMul_10

    nnet::pointwise_conv_1d_cl<layer459_t, layer464_t, config486>(layer459_out, layer464_out, w464, b464); // Conv_MatMul_11

    nnet::pointwise_conv_1d_cl<layer459_t, layer465_t, config487>(layer459_out, layer465_out, w465, b465); // Conv_MatMul_12

    nnet::transpose<layer463_t, layer343_t, config343>(layer340_out, layer343_out); // Transpose_0

    nnet::transpose<layer464_t, layer344_t, config344>(layer341_out, layer344_out); // Transpose_1

    nnet::transpose<layer465_t, layer345_t, config345>(layer342_out, layer345_out); // Transpose_2

    nnet::einsum<layer344_t, layer345_t, layer460_t, config460>(layer344_out, layer345_out, layer460_out); // einsum_MatMul_13

    nnet::normalize<layer460_t, layer444_t, config444>(layer460_out, layer444_out, s444, b444); // bn_Mul_0

    nnet::relu<layer444_t, layer349_t, ReLU_config349>(layer444_out, layer349_out); // Relu_4

    nnet::einsum<layer349_t, layer343_t, layer461_t, config461>(layer349_out, layer343_out, layer461_out); // einsum_MatMul_14

    nnet::normalize<layer461_t, layer445_t, config445>(layer461_out, layer445_out, s445, b445); // bn_Mul_1

    nnet::transpose<layer445_t, layer354_t, config354>(layer445_out, layer354_out); // Transpose_3

    nnet::pointwise_conv_1d_cl<layer354_t, layer466_t, config488>(layer355_out, layer466_out, w466, b466); // Conv_MatMul_15

    nnet::normalize<layer466_t, bn_Mul_2_result_t, config447>(layer466_out, layer447_out, s447, b447); // bn_Mul_2

    nnet::add<layer459_t, bn_Mul_2_result_t, Add_10_result_t, config360>(layer459_out, layer447_out, layer360_out); // Add_10

    nnet::linear<Add_10_result_t, layer422_t, linear_config422>(layer360_out, layer422_out); // Quant_55_act

    nnet::pointwise_conv_1d_cl<layer422_t, Conv_MatMul_16_result_t, config489>(layer422_out, layer467_out, w467, b467); // Conv_MatMul_16

    nnet::relu<Conv_MatMul_16_result_t, layer364_t, ReLU_config364>(layer467_out, layer364_out); // Relu_5

    nnet::pointwise_conv_1d_cl<layer364_t, layer468_t, config490>(layer364_out, layer468_out, w468, b468); // Conv_MatMul_17

    nnet::normalize<layer468_t, bn_Mul_3_result_t, config450>(layer468_out, layer450_out, s450, b450); // bn_Mul_3

    nnet::add<layer422_t, bn_Mul_3_result_t, Add_13_result_t, config370>(layer422_out, layer450_out, layer370_out); // Add_13

    nnet::linear<Add_13_result_t, layer425_t, linear_config425>(layer370_out, layer425_out); // Quant_58_act

    nnet::reduce_sum<layer425_t, layer372_t, config372>(layer425_out, layer372_out); // ReduceSum_0

    nnet::normalize<layer372_t, layer451_t, config451>(layer372_out, layer451_out, s451, b451); // bn_Mul_4

    nnet::dense<layer451_t, layer477_t, config477>(layer451_out, layer477_out, w477, b477); // Dense_MatMul_18

    nnet::concatenate1d<layer477_t, layer476_t, Concat_1_result_t, config378>(layer477_out, layer476_out, layer378_out); // Concat_1

    nnet::linear<Concat_1_result_t, layer428_t, linear_config428>(layer378_out, layer428_out); // Quant_61_act

    nnet::dense<layer428_t, Dense_MatMul_19_result_t, config478>(layer428_out, layer478_out, w478, b478); // Dense_MatMul_19

    nnet::relu<Dense_MatMul_19_result_t, layer382_t, ReLU_config382>(layer478_out, layer382_out); // Relu_6

    nnet::dense<layer382_t, Dense_MatMul_20_result_t, config479>(layer382_out, layer479_out, w479, b479); // Dense_MatMul_20

    nnet::relu<Dense_MatMul_20_result_t, layer386_t, ReLU_config386>(layer479_out, layer386_out); // Relu_7

    nnet::dense<layer386_t, layer480_t, config480>(layer386_out, layer480_out, w480, b480); // Dense_MatMul_21

    nnet::dense<layer386_t, layer481_t, config481>(layer386_out, layer481_out, w481, b481); // Dense_MatMul_22

    nnet::subtract<layer481_t, Dense_MatMul_3_result_t, Sub_0_result_t, config394>(layer481_out, layer471_out, layer394_out); // Sub_0

    nnet::subtract<layer480_t, Dense_MatMul_1_result_t, Sub_1_result_t, config395>(layer480_out, layer470_out, layer395_out); // Sub_1

    nnet::linear<Sub_0_result_t, layer433_t, linear_config433>(layer394_out, layer433_out); // Quant_66_act

    nnet::linear<Sub_1_result_t, layer434_t, linear_config434>(layer395_out, layer434_out); // Quant_67_act

    nnet::multiply<layer433_t, layer433_t, Mul_5_result_t, config398>(layer433_out, layer433_out, layer398_out); // Mul_5

    nnet::multiply<layer434_t, layer305_t, Mul_6_result_t, config399>(layer434_out, layer305_out, layer399_out); // Mul_6

    nnet::dense<Mul_5_result_t, Dense_MatMul_23_result_t, config482>(layer398_out, layer482_out, w482, b482); // Dense_MatMul_23

    nnet::multiply<Mul_6_result_t, Mul_6_result_t, Mul_7_result_t, config401>(layer399_out, layer399_out, layer401_out); // Mul_7

    nnet::normalize<Dense_MatMul_23_result_t, bn_Mul_8_result_t, config457>(layer482_out, layer457_out, s457, b457); // bn_Mul_8

    nnet::dense<Mul_7_result_t, Dense_MatMul_24_result_t, config483>(layer401_out, layer483_out, w483, b483); // Dense_MatMul_24

    nnet::add<Dense_MatMul_24_result_t, bn_Mul_8_result_t, Add_19_result_t, config404>(layer483_out, layer457_out, layer404_out); // Add_19

    nnet::linear<Add_19_result_t, result_t, linear_config435>(layer404_out, layer435_out); // Quant_68_act

}

}
