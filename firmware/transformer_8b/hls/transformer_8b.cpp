#include <iostream>

#include "transformer_8b.h"
#include "parameters.h"


void transformer_8b(
    input_t global_in[57],
    result_t layer319_out[1]
) {

    // hls-fpga-machine-learning insert IO
    #pragma HLS ARRAY_RESHAPE variable=global_in complete dim=0
    #pragma HLS ARRAY_PARTITION variable=layer319_out complete dim=0
    #pragma HLS INTERFACE ap_vld port=global_in,layer319_out 
    #pragma HLS PIPELINE

    // hls-fpga-machine-learning insert load weights
#ifndef __SYNTHESIS__
    static bool loaded_weights = false;
    if (!loaded_weights) {
        nnet::load_weights_from_txt<weight315_t, 3249>(w315, "w315.txt");
        nnet::load_weights_from_txt<model_default_t, 57>(b315, "b315.txt");
        nnet::load_weights_from_txt<weight308_t, 18>(w308, "w308.txt");
        nnet::load_weights_from_txt<bias308_t, 6>(b308, "b308.txt");
        nnet::load_weights_from_txt<scale305_t, 114>(s305, "s305.txt");
        nnet::load_weights_from_txt<bias305_t, 114>(b305, "b305.txt");
        nnet::load_weights_from_txt<weight309_t, 36>(w309, "w309.txt");
        nnet::load_weights_from_txt<bias309_t, 6>(b309, "b309.txt");
        nnet::load_weights_from_txt<weight310_t, 36>(w310, "w310.txt");
        nnet::load_weights_from_txt<bias310_t, 6>(b310, "b310.txt");
        nnet::load_weights_from_txt<weight311_t, 36>(w311, "w311.txt");
        nnet::load_weights_from_txt<bias311_t, 6>(b311, "b311.txt");
        nnet::load_weights_from_txt<model_default_t, 722>(s293, "s293.txt");
        nnet::load_weights_from_txt<bias293_t, 722>(b293, "b293.txt");
        nnet::load_weights_from_txt<model_default_t, 114>(s294, "s294.txt");
        nnet::load_weights_from_txt<bias294_t, 114>(b294, "b294.txt");
        nnet::load_weights_from_txt<weight312_t, 36>(w312, "w312.txt");
        nnet::load_weights_from_txt<bias312_t, 6>(b312, "b312.txt");
        nnet::load_weights_from_txt<model_default_t, 114>(s296, "s296.txt");
        nnet::load_weights_from_txt<bias296_t, 114>(b296, "b296.txt");
        nnet::load_weights_from_txt<weight313_t, 72>(w313, "w313.txt");
        nnet::load_weights_from_txt<bias313_t, 12>(b313, "b313.txt");
        nnet::load_weights_from_txt<weight314_t, 72>(w314, "w314.txt");
        nnet::load_weights_from_txt<bias314_t, 6>(b314, "b314.txt");
        nnet::load_weights_from_txt<model_default_t, 114>(s299, "s299.txt");
        nnet::load_weights_from_txt<bias299_t, 114>(b299, "b299.txt");
        nnet::load_weights_from_txt<model_default_t, 6>(s300, "s300.txt");
        nnet::load_weights_from_txt<bias300_t, 6>(b300, "b300.txt");
        nnet::load_weights_from_txt<weight316_t, 18>(w316, "w316.txt");
        nnet::load_weights_from_txt<bias316_t, 3>(b316, "b316.txt");
        nnet::load_weights_from_txt<weight317_t, 96>(w317, "w317.txt");
        nnet::load_weights_from_txt<bias317_t, 32>(b317, "b317.txt");
        nnet::load_weights_from_txt<weight318_t, 1824>(w318, "w318.txt");
        nnet::load_weights_from_txt<bias318_t, 57>(b318, "b318.txt");
        nnet::load_weights_from_txt<weight319_t, 57>(w319, "w319.txt");
        nnet::load_weights_from_txt<model_default_t, 1>(b319, "b319.txt");
        loaded_weights = true;    }
#endif
    // ****************************************
    // NETWORK INSTANTIATION
    // ****************************************

    // hls-fpga-machine-learning insert layers

    layer267_t layer267_out[57];
    #pragma HLS ARRAY_PARTITION variable=layer267_out complete dim=0

    auto& layer196_out = layer267_out;
    Dense_MatMul_0_result_t layer315_out[57];
    #pragma HLS ARRAY_PARTITION variable=layer315_out complete dim=0

    layer308_t layer308_out[19*6];
    #pragma HLS ARRAY_PARTITION variable=layer308_out complete dim=0

    layer200_t layer200_out[57];
    #pragma HLS ARRAY_PARTITION variable=layer200_out complete dim=0

    layer305_t layer305_out[19*6];
    #pragma HLS ARRAY_PARTITION variable=layer305_out complete dim=0

    layer309_t layer309_out[19*6];
    #pragma HLS ARRAY_PARTITION variable=layer309_out complete dim=0

    layer310_t layer310_out[19*6];
    #pragma HLS ARRAY_PARTITION variable=layer310_out complete dim=0

    layer311_t layer311_out[19*6];
    #pragma HLS ARRAY_PARTITION variable=layer311_out complete dim=0

    auto& layer215_out = layer309_out;
    auto& layer216_out = layer310_out;
    auto& layer217_out = layer311_out;
    layer218_t layer218_out[2*19*3];
    #pragma HLS ARRAY_PARTITION variable=layer218_out complete dim=0

    layer219_t layer219_out[2*19*3];
    #pragma HLS ARRAY_PARTITION variable=layer219_out complete dim=0

    layer220_t layer220_out[2*3*19];
    #pragma HLS ARRAY_PARTITION variable=layer220_out complete dim=0

    layer306_t layer306_out[2*19*19];
    #pragma HLS ARRAY_PARTITION variable=layer306_out complete dim=0

    layer293_t layer293_out[2*19*19];
    #pragma HLS ARRAY_PARTITION variable=layer293_out complete dim=0

    layer224_t layer224_out[2*19*19];
    #pragma HLS ARRAY_PARTITION variable=layer224_out complete dim=0

    layer307_t layer307_out[2*19*3];
    #pragma HLS ARRAY_PARTITION variable=layer307_out complete dim=0

    layer294_t layer294_out[2*19*3];
    #pragma HLS ARRAY_PARTITION variable=layer294_out complete dim=0

    layer229_t layer229_out[19*2*3];
    #pragma HLS ARRAY_PARTITION variable=layer229_out complete dim=0

    auto& layer230_out = layer229_out;
    layer312_t layer312_out[19*6];
    #pragma HLS ARRAY_PARTITION variable=layer312_out complete dim=0

    bn_Mul_2_result_t layer296_out[19*6];
    #pragma HLS ARRAY_PARTITION variable=layer296_out complete dim=0

    Add_6_result_t layer235_out[19*6];
    #pragma HLS ARRAY_PARTITION variable=layer235_out complete dim=0

    layer278_t layer278_out[19*6];
    #pragma HLS ARRAY_PARTITION variable=layer278_out complete dim=0

    Conv_MatMul_9_result_t layer313_out[19*12];
    #pragma HLS ARRAY_PARTITION variable=layer313_out complete dim=0

    layer239_t layer239_out[19*12];
    #pragma HLS ARRAY_PARTITION variable=layer239_out complete dim=0

    layer314_t layer314_out[19*6];
    #pragma HLS ARRAY_PARTITION variable=layer314_out complete dim=0

    bn_Mul_3_result_t layer299_out[19*6];
    #pragma HLS ARRAY_PARTITION variable=layer299_out complete dim=0

    Add_9_result_t layer245_out[19*6];
    #pragma HLS ARRAY_PARTITION variable=layer245_out complete dim=0

    layer281_t layer281_out[19*6];
    #pragma HLS ARRAY_PARTITION variable=layer281_out complete dim=0

    layer247_t layer247_out[6];
    #pragma HLS ARRAY_PARTITION variable=layer247_out complete dim=0

    layer300_t layer300_out[6];
    #pragma HLS ARRAY_PARTITION variable=layer300_out complete dim=0

    layer316_t layer316_out[3];
    #pragma HLS ARRAY_PARTITION variable=layer316_out complete dim=0

    Dense_MatMul_12_result_t layer317_out[32];
    #pragma HLS ARRAY_PARTITION variable=layer317_out complete dim=0

    layer256_t layer256_out[32];
    #pragma HLS ARRAY_PARTITION variable=layer256_out complete dim=0

    layer318_t layer318_out[57];
    #pragma HLS ARRAY_PARTITION variable=layer318_out complete dim=0

    Sub_0_result_t layer261_out[57];
    #pragma HLS ARRAY_PARTITION variable=layer261_out complete dim=0

    layer287_t layer287_out[57];
    #pragma HLS ARRAY_PARTITION variable=layer287_out complete dim=0

    Mul_5_result_t layer263_out[57];
    #pragma HLS ARRAY_PARTITION variable=layer263_out complete dim=0

    Mul_6_result_t layer264_out[57];
    #pragma HLS ARRAY_PARTITION variable=layer264_out complete dim=0

    nnet::linear<input_t, layer267_t, linear_config267>(global_in, layer267_out); // Quant_0_act

    nnet::dense<layer267_t, Dense_MatMul_0_result_t, config315>(layer267_out, layer315_out, w315, b315); // Dense_MatMul_0

    nnet::pointwise_conv_1d_cl<layer267_t, layer308_t, config320>(layer196_out, layer308_out, w308, b308); // Conv_MatMul_2

    nnet::relu<Dense_MatMul_0_result_t, layer200_t, ReLU_config200>(layer315_out, layer200_out); // Relu_0

    nnet::normalize<layer308_t, layer305_t, config305>(layer308_out, layer305_out, s305, b305); // bn_Add_1

    nnet::pointwise_conv_1d_cl<layer305_t, layer309_t, config321>(layer305_out, layer309_out, w309, b309); // Conv_MatMul_3

    nnet::pointwise_conv_1d_cl<layer305_t, layer310_t, config322>(layer305_out, layer310_out, w310, b310); // Conv_MatMul_4

    nnet::pointwise_conv_1d_cl<layer305_t, layer311_t, config323>(layer305_out, layer311_out, w311, b311); // Conv_MatMul_5

    nnet::transpose<layer309_t, layer218_t, config218>(layer215_out, layer218_out); // Transpose_0

    nnet::transpose<layer310_t, layer219_t, config219>(layer216_out, layer219_out); // Transpose_1

    nnet::transpose<layer311_t, layer220_t, config220>(layer217_out, layer220_out); // Transpose_2

    nnet::einsum<layer219_t, layer220_t, layer306_t, config306>(layer219_out, layer220_out, layer306_out); // einsum_MatMul_6

    nnet::normalize<layer306_t, layer293_t, config293>(layer306_out, layer293_out, s293, b293); // bn_Mul_0

    nnet::relu<layer293_t, layer224_t, ReLU_config224>(layer293_out, layer224_out); // Relu_1

    nnet::einsum<layer224_t, layer218_t, layer307_t, config307>(layer224_out, layer218_out, layer307_out); // einsum_MatMul_7

    nnet::normalize<layer307_t, layer294_t, config294>(layer307_out, layer294_out, s294, b294); // bn_Mul_1

    nnet::transpose<layer294_t, layer229_t, config229>(layer294_out, layer229_out); // Transpose_3

    nnet::pointwise_conv_1d_cl<layer229_t, layer312_t, config324>(layer230_out, layer312_out, w312, b312); // Conv_MatMul_8

    nnet::normalize<layer312_t, bn_Mul_2_result_t, config296>(layer312_out, layer296_out, s296, b296); // bn_Mul_2

    nnet::add<layer305_t, bn_Mul_2_result_t, Add_6_result_t, config235>(layer305_out, layer296_out, layer235_out); // Add_6

    nnet::linear<Add_6_result_t, layer278_t, linear_config278>(layer235_out, layer278_out); // Quant_34_act

    nnet::pointwise_conv_1d_cl<layer278_t, Conv_MatMul_9_result_t, config325>(layer278_out, layer313_out, w313, b313); // Conv_MatMul_9

    nnet::relu<Conv_MatMul_9_result_t, layer239_t, ReLU_config239>(layer313_out, layer239_out); // Relu_2

    nnet::pointwise_conv_1d_cl<layer239_t, layer314_t, config326>(layer239_out, layer314_out, w314, b314); // Conv_MatMul_10

    nnet::normalize<layer314_t, bn_Mul_3_result_t, config299>(layer314_out, layer299_out, s299, b299); // bn_Mul_3

    nnet::add<layer278_t, bn_Mul_3_result_t, Add_9_result_t, config245>(layer278_out, layer299_out, layer245_out); // Add_9

    nnet::linear<Add_9_result_t, layer281_t, linear_config281>(layer245_out, layer281_out); // Quant_37_act

    nnet::reduce_sum<layer281_t, layer247_t, config247>(layer281_out, layer247_out); // ReduceSum_0

    nnet::normalize<layer247_t, layer300_t, config300>(layer247_out, layer300_out, s300, b300); // bn_Mul_4

    nnet::dense<layer300_t, layer316_t, config316>(layer300_out, layer316_out, w316, b316); // Dense_MatMul_11

    nnet::dense<layer316_t, Dense_MatMul_12_result_t, config317>(layer316_out, layer317_out, w317, b317); // Dense_MatMul_12

    nnet::relu<Dense_MatMul_12_result_t, layer256_t, ReLU_config256>(layer317_out, layer256_out); // Relu_3

    nnet::dense<layer256_t, layer318_t, config318>(layer256_out, layer318_out, w318, b318); // Dense_MatMul_13

    nnet::subtract<layer318_t, layer267_t, Sub_0_result_t, config261>(layer318_out, layer267_out, layer261_out); // Sub_0

    nnet::linear<Sub_0_result_t, layer287_t, linear_config287>(layer261_out, layer287_out); // Quant_43_act

    nnet::multiply<layer287_t, layer200_t, Mul_5_result_t, config263>(layer287_out, layer200_out, layer263_out); // Mul_5

    nnet::multiply<Mul_5_result_t, Mul_5_result_t, Mul_6_result_t, config264>(layer263_out, layer263_out, layer264_out); // Mul_6

    nnet::dense<Mul_6_result_t, result_t, config319>(layer264_out, layer319_out, w319, b319); // Dense_MatMul_14

}

