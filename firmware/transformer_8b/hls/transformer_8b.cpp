#include <iostream>

#include "transformer_8b.h"
#include "parameters.h"


void transformer_8b(
    input_t global_in[57],
    result_t layer318_out[1]
) {

    // hls-fpga-machine-learning insert IO
    #pragma HLS ARRAY_RESHAPE variable=global_in complete dim=0
    #pragma HLS ARRAY_PARTITION variable=layer318_out complete dim=0
    #pragma HLS INTERFACE ap_vld port=global_in,layer318_out 
    #pragma HLS PIPELINE

    // hls-fpga-machine-learning insert load weights
#ifndef __SYNTHESIS__
    static bool loaded_weights = false;
    if (!loaded_weights) {
        nnet::load_weights_from_txt<weight314_t, 3249>(w314, "w314.txt");
        nnet::load_weights_from_txt<model_default_t, 57>(b314, "b314.txt");
        nnet::load_weights_from_txt<weight307_t, 18>(w307, "w307.txt");
        nnet::load_weights_from_txt<bias307_t, 6>(b307, "b307.txt");
        nnet::load_weights_from_txt<scale304_t, 114>(s304, "s304.txt");
        nnet::load_weights_from_txt<bias304_t, 114>(b304, "b304.txt");
        nnet::load_weights_from_txt<weight308_t, 36>(w308, "w308.txt");
        nnet::load_weights_from_txt<bias308_t, 6>(b308, "b308.txt");
        nnet::load_weights_from_txt<weight309_t, 36>(w309, "w309.txt");
        nnet::load_weights_from_txt<bias309_t, 6>(b309, "b309.txt");
        nnet::load_weights_from_txt<weight310_t, 36>(w310, "w310.txt");
        nnet::load_weights_from_txt<bias310_t, 6>(b310, "b310.txt");
        nnet::load_weights_from_txt<model_default_t, 722>(s292, "s292.txt");
        nnet::load_weights_from_txt<bias292_t, 722>(b292, "b292.txt");
        nnet::load_weights_from_txt<model_default_t, 114>(s293, "s293.txt");
        nnet::load_weights_from_txt<bias293_t, 114>(b293, "b293.txt");
        nnet::load_weights_from_txt<weight311_t, 36>(w311, "w311.txt");
        nnet::load_weights_from_txt<bias311_t, 6>(b311, "b311.txt");
        nnet::load_weights_from_txt<model_default_t, 114>(s295, "s295.txt");
        nnet::load_weights_from_txt<bias295_t, 114>(b295, "b295.txt");
        nnet::load_weights_from_txt<weight312_t, 72>(w312, "w312.txt");
        nnet::load_weights_from_txt<bias312_t, 12>(b312, "b312.txt");
        nnet::load_weights_from_txt<weight313_t, 72>(w313, "w313.txt");
        nnet::load_weights_from_txt<bias313_t, 6>(b313, "b313.txt");
        nnet::load_weights_from_txt<model_default_t, 114>(s298, "s298.txt");
        nnet::load_weights_from_txt<bias298_t, 114>(b298, "b298.txt");
        nnet::load_weights_from_txt<model_default_t, 6>(s299, "s299.txt");
        nnet::load_weights_from_txt<bias299_t, 6>(b299, "b299.txt");
        nnet::load_weights_from_txt<weight315_t, 18>(w315, "w315.txt");
        nnet::load_weights_from_txt<bias315_t, 3>(b315, "b315.txt");
        nnet::load_weights_from_txt<weight316_t, 96>(w316, "w316.txt");
        nnet::load_weights_from_txt<bias316_t, 32>(b316, "b316.txt");
        nnet::load_weights_from_txt<weight317_t, 1824>(w317, "w317.txt");
        nnet::load_weights_from_txt<bias317_t, 57>(b317, "b317.txt");
        nnet::load_weights_from_txt<weight318_t, 57>(w318, "w318.txt");
        nnet::load_weights_from_txt<model_default_t, 1>(b318, "b318.txt");
        loaded_weights = true;    }
#endif
    // ****************************************
    // NETWORK INSTANTIATION
    // ****************************************

    // hls-fpga-machine-learning insert layers

    layer266_t layer266_out[57];
    #pragma HLS ARRAY_PARTITION variable=layer266_out complete dim=0

    auto& layer196_out = layer266_out;
    layer314_t layer314_out[57];
    #pragma HLS ARRAY_PARTITION variable=layer314_out complete dim=0

    layer307_t layer307_out[19*6];
    #pragma HLS ARRAY_PARTITION variable=layer307_out complete dim=0

    layer304_t layer304_out[19*6];
    #pragma HLS ARRAY_PARTITION variable=layer304_out complete dim=0

    layer308_t layer308_out[19*6];
    #pragma HLS ARRAY_PARTITION variable=layer308_out complete dim=0

    layer309_t layer309_out[19*6];
    #pragma HLS ARRAY_PARTITION variable=layer309_out complete dim=0

    layer310_t layer310_out[19*6];
    #pragma HLS ARRAY_PARTITION variable=layer310_out complete dim=0

    auto& layer214_out = layer308_out;
    auto& layer215_out = layer309_out;
    auto& layer216_out = layer310_out;
    layer217_t layer217_out[2*19*3];
    #pragma HLS ARRAY_PARTITION variable=layer217_out complete dim=0

    layer218_t layer218_out[2*19*3];
    #pragma HLS ARRAY_PARTITION variable=layer218_out complete dim=0

    layer219_t layer219_out[2*3*19];
    #pragma HLS ARRAY_PARTITION variable=layer219_out complete dim=0

    layer305_t layer305_out[2*19*19];
    #pragma HLS ARRAY_PARTITION variable=layer305_out complete dim=0

    layer292_t layer292_out[2*19*19];
    #pragma HLS ARRAY_PARTITION variable=layer292_out complete dim=0

    layer223_t layer223_out[2*19*19];
    #pragma HLS ARRAY_PARTITION variable=layer223_out complete dim=0

    layer306_t layer306_out[2*19*3];
    #pragma HLS ARRAY_PARTITION variable=layer306_out complete dim=0

    layer293_t layer293_out[2*19*3];
    #pragma HLS ARRAY_PARTITION variable=layer293_out complete dim=0

    layer228_t layer228_out[19*2*3];
    #pragma HLS ARRAY_PARTITION variable=layer228_out complete dim=0

    auto& layer229_out = layer228_out;
    layer311_t layer311_out[19*6];
    #pragma HLS ARRAY_PARTITION variable=layer311_out complete dim=0

    bn_Mul_2_result_t layer295_out[19*6];
    #pragma HLS ARRAY_PARTITION variable=layer295_out complete dim=0

    Add_6_result_t layer234_out[19*6];
    #pragma HLS ARRAY_PARTITION variable=layer234_out complete dim=0

    layer277_t layer277_out[19*6];
    #pragma HLS ARRAY_PARTITION variable=layer277_out complete dim=0

    Conv_MatMul_9_result_t layer312_out[19*12];
    #pragma HLS ARRAY_PARTITION variable=layer312_out complete dim=0

    layer238_t layer238_out[19*12];
    #pragma HLS ARRAY_PARTITION variable=layer238_out complete dim=0

    layer313_t layer313_out[19*6];
    #pragma HLS ARRAY_PARTITION variable=layer313_out complete dim=0

    bn_Mul_3_result_t layer298_out[19*6];
    #pragma HLS ARRAY_PARTITION variable=layer298_out complete dim=0

    Add_9_result_t layer244_out[19*6];
    #pragma HLS ARRAY_PARTITION variable=layer244_out complete dim=0

    layer280_t layer280_out[19*6];
    #pragma HLS ARRAY_PARTITION variable=layer280_out complete dim=0

    layer246_t layer246_out[6];
    #pragma HLS ARRAY_PARTITION variable=layer246_out complete dim=0

    layer299_t layer299_out[6];
    #pragma HLS ARRAY_PARTITION variable=layer299_out complete dim=0

    layer315_t layer315_out[3];
    #pragma HLS ARRAY_PARTITION variable=layer315_out complete dim=0

    Dense_MatMul_12_result_t layer316_out[32];
    #pragma HLS ARRAY_PARTITION variable=layer316_out complete dim=0

    layer255_t layer255_out[32];
    #pragma HLS ARRAY_PARTITION variable=layer255_out complete dim=0

    layer317_t layer317_out[57];
    #pragma HLS ARRAY_PARTITION variable=layer317_out complete dim=0

    Sub_0_result_t layer260_out[57];
    #pragma HLS ARRAY_PARTITION variable=layer260_out complete dim=0

    layer286_t layer286_out[57];
    #pragma HLS ARRAY_PARTITION variable=layer286_out complete dim=0

    Mul_5_result_t layer262_out[57];
    #pragma HLS ARRAY_PARTITION variable=layer262_out complete dim=0

    Mul_6_result_t layer263_out[57];
    #pragma HLS ARRAY_PARTITION variable=layer263_out complete dim=0

    nnet::linear<input_t, layer266_t, linear_config266>(global_in, layer266_out); // Quant_0_act

    nnet::dense<layer266_t, layer314_t, config314>(layer266_out, layer314_out, w314, b314); // Dense_MatMul_0

    nnet::pointwise_conv_1d_cl<layer266_t, layer307_t, config319>(layer196_out, layer307_out, w307, b307); // Conv_MatMul_2

    nnet::normalize<layer307_t, layer304_t, config304>(layer307_out, layer304_out, s304, b304); // bn_Add_1

    nnet::pointwise_conv_1d_cl<layer304_t, layer308_t, config320>(layer304_out, layer308_out, w308, b308); // Conv_MatMul_3

    nnet::pointwise_conv_1d_cl<layer304_t, layer309_t, config321>(layer304_out, layer309_out, w309, b309); // Conv_MatMul_4

    nnet::pointwise_conv_1d_cl<layer304_t, layer310_t, config322>(layer304_out, layer310_out, w310, b310); // Conv_MatMul_5

    nnet::transpose<layer308_t, layer217_t, config217>(layer214_out, layer217_out); // Transpose_0

    nnet::transpose<layer309_t, layer218_t, config218>(layer215_out, layer218_out); // Transpose_1

    nnet::transpose<layer310_t, layer219_t, config219>(layer216_out, layer219_out); // Transpose_2

    nnet::einsum<layer218_t, layer219_t, layer305_t, config305>(layer218_out, layer219_out, layer305_out); // einsum_MatMul_6

    nnet::normalize<layer305_t, layer292_t, config292>(layer305_out, layer292_out, s292, b292); // bn_Mul_0

    nnet::relu<layer292_t, layer223_t, ReLU_config223>(layer292_out, layer223_out); // Relu_0

    nnet::einsum<layer223_t, layer217_t, layer306_t, config306>(layer223_out, layer217_out, layer306_out); // einsum_MatMul_7

    nnet::normalize<layer306_t, layer293_t, config293>(layer306_out, layer293_out, s293, b293); // bn_Mul_1

    nnet::transpose<layer293_t, layer228_t, config228>(layer293_out, layer228_out); // Transpose_3

    nnet::pointwise_conv_1d_cl<layer228_t, layer311_t, config323>(layer229_out, layer311_out, w311, b311); // Conv_MatMul_8

    nnet::normalize<layer311_t, bn_Mul_2_result_t, config295>(layer311_out, layer295_out, s295, b295); // bn_Mul_2

    nnet::add<layer304_t, bn_Mul_2_result_t, Add_6_result_t, config234>(layer304_out, layer295_out, layer234_out); // Add_6

    nnet::linear<Add_6_result_t, layer277_t, linear_config277>(layer234_out, layer277_out); // Quant_34_act

    nnet::pointwise_conv_1d_cl<layer277_t, Conv_MatMul_9_result_t, config324>(layer277_out, layer312_out, w312, b312); // Conv_MatMul_9

    nnet::relu<Conv_MatMul_9_result_t, layer238_t, ReLU_config238>(layer312_out, layer238_out); // Relu_1

    nnet::pointwise_conv_1d_cl<layer238_t, layer313_t, config325>(layer238_out, layer313_out, w313, b313); // Conv_MatMul_10

    nnet::normalize<layer313_t, bn_Mul_3_result_t, config298>(layer313_out, layer298_out, s298, b298); // bn_Mul_3

    nnet::add<layer277_t, bn_Mul_3_result_t, Add_9_result_t, config244>(layer277_out, layer298_out, layer244_out); // Add_9

    nnet::linear<Add_9_result_t, layer280_t, linear_config280>(layer244_out, layer280_out); // Quant_37_act

    nnet::reduce_sum<layer280_t, layer246_t, config246>(layer280_out, layer246_out); // ReduceSum_0

    nnet::normalize<layer246_t, layer299_t, config299>(layer246_out, layer299_out, s299, b299); // bn_Mul_4

    nnet::dense<layer299_t, layer315_t, config315>(layer299_out, layer315_out, w315, b315); // Dense_MatMul_11

    nnet::dense<layer315_t, Dense_MatMul_12_result_t, config316>(layer315_out, layer316_out, w316, b316); // Dense_MatMul_12

    nnet::relu<Dense_MatMul_12_result_t, layer255_t, ReLU_config255>(layer316_out, layer255_out); // Relu_2

    nnet::dense<layer255_t, layer317_t, config317>(layer255_out, layer317_out, w317, b317); // Dense_MatMul_13

    nnet::subtract<layer317_t, layer266_t, Sub_0_result_t, config260>(layer317_out, layer266_out, layer260_out); // Sub_0

    nnet::linear<Sub_0_result_t, layer286_t, linear_config286>(layer260_out, layer286_out); // Quant_43_act

    nnet::multiply<layer286_t, layer314_t, Mul_5_result_t, config262>(layer286_out, layer314_out, layer262_out); // Mul_5

    nnet::multiply<Mul_5_result_t, Mul_5_result_t, Mul_6_result_t, config263>(layer262_out, layer262_out, layer263_out); // Mul_6

    nnet::dense<Mul_6_result_t, result_t, config318>(layer263_out, layer318_out, w318, b318); // Dense_MatMul_14

}

