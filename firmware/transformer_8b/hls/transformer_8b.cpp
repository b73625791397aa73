#include <iostream>

#include "transformer_8b.h"
#include "parameters.h"


void transformer_8b(
    input_t global_in[57],
    result_t layer255_out[1]
) {

    // hls-fpga-machine-learning insert IO
    #pragma HLS ARRAY_RESHAPE variable=global_in complete dim=0
    #pragma HLS ARRAY_PARTITION variable=layer255_out complete dim=0
    #pragma HLS INTERFACE ap_vld port=global_in,layer255_out 
    #pragma HLS PIPELINE

    // hls-fpga-machine-learning insert load weights
#ifndef __SYNTHESIS__
    static bool loaded_weights = false;
    if (!loaded_weights) {
        nnet::load_weights_from_txt<weight247_t, 18>(w247, "w247.txt");
        nnet::load_weights_from_txt<bias247_t, 6>(b247, "b247.txt");
        nnet::load_weights_from_txt<scale244_t, 114>(s244, "s244.txt");
        nnet::load_weights_from_txt<bias244_t, 114>(b244, "b244.txt");
        nnet::load_weights_from_txt<weight248_t, 36>(w248, "w248.txt");
        nnet::load_weights_from_txt<bias248_t, 6>(b248, "b248.txt");
        nnet::load_weights_from_txt<weight249_t, 36>(w249, "w249.txt");
        nnet::load_weights_from_txt<bias249_t, 6>(b249, "b249.txt");
        nnet::load_weights_from_txt<weight250_t, 36>(w250, "w250.txt");
        nnet::load_weights_from_txt<bias250_t, 6>(b250, "b250.txt");
        nnet::load_weights_from_txt<model_default_t, 722>(s234, "s234.txt");
        nnet::load_weights_from_txt<bias234_t, 722>(b234, "b234.txt");
        nnet::load_weights_from_txt<model_default_t, 114>(s235, "s235.txt");
        nnet::load_weights_from_txt<bias235_t, 114>(b235, "b235.txt");
        nnet::load_weights_from_txt<weight251_t, 36>(w251, "w251.txt");
        nnet::load_weights_from_txt<bias251_t, 6>(b251, "b251.txt");
        nnet::load_weights_from_txt<model_default_t, 114>(s237, "s237.txt");
        nnet::load_weights_from_txt<bias237_t, 114>(b237, "b237.txt");
        nnet::load_weights_from_txt<weight252_t, 72>(w252, "w252.txt");
        nnet::load_weights_from_txt<bias252_t, 12>(b252, "b252.txt");
        nnet::load_weights_from_txt<weight253_t, 72>(w253, "w253.txt");
        nnet::load_weights_from_txt<bias253_t, 6>(b253, "b253.txt");
        nnet::load_weights_from_txt<model_default_t, 114>(s240, "s240.txt");
        nnet::load_weights_from_txt<bias240_t, 114>(b240, "b240.txt");
        nnet::load_weights_from_txt<model_default_t, 6>(s241, "s241.txt");
        nnet::load_weights_from_txt<bias241_t, 6>(b241, "b241.txt");
        nnet::load_weights_from_txt<weight254_t, 18>(w254, "w254.txt");
        nnet::load_weights_from_txt<bias254_t, 3>(b254, "b254.txt");
        nnet::load_weights_from_txt<weight255_t, 3>(w255, "w255.txt");
        nnet::load_weights_from_txt<model_default_t, 1>(b255, "b255.txt");
        loaded_weights = true;    }
#endif
    // ****************************************
    // NETWORK INSTANTIATION
    // ****************************************

    // hls-fpga-machine-learning insert layers

    layer213_t layer213_out[57];
    #pragma HLS ARRAY_PARTITION variable=layer213_out complete dim=0

    auto& layer156_out = layer213_out;
    layer247_t layer247_out[19*6];
    #pragma HLS ARRAY_PARTITION variable=layer247_out complete dim=0

    layer244_t layer244_out[19*6];
    #pragma HLS ARRAY_PARTITION variable=layer244_out complete dim=0

    layer248_t layer248_out[19*6];
    #pragma HLS ARRAY_PARTITION variable=layer248_out complete dim=0

    layer249_t layer249_out[19*6];
    #pragma HLS ARRAY_PARTITION variable=layer249_out complete dim=0

    layer250_t layer250_out[19*6];
    #pragma HLS ARRAY_PARTITION variable=layer250_out complete dim=0

    auto& layer172_out = layer248_out;
    auto& layer173_out = layer249_out;
    auto& layer174_out = layer250_out;
    layer175_t layer175_out[2*19*3];
    #pragma HLS ARRAY_PARTITION variable=layer175_out complete dim=0

    layer176_t layer176_out[2*19*3];
    #pragma HLS ARRAY_PARTITION variable=layer176_out complete dim=0

    layer177_t layer177_out[2*3*19];
    #pragma HLS ARRAY_PARTITION variable=layer177_out complete dim=0

    layer245_t layer245_out[2*19*19];
    #pragma HLS ARRAY_PARTITION variable=layer245_out complete dim=0

    layer234_t layer234_out[2*19*19];
    #pragma HLS ARRAY_PARTITION variable=layer234_out complete dim=0

    layer181_t layer181_out[2*19*19];
    #pragma HLS ARRAY_PARTITION variable=layer181_out complete dim=0

    layer246_t layer246_out[2*19*3];
    #pragma HLS ARRAY_PARTITION variable=layer246_out complete dim=0

    layer235_t layer235_out[2*19*3];
    #pragma HLS ARRAY_PARTITION variable=layer235_out complete dim=0

    layer186_t layer186_out[19*2*3];
    #pragma HLS ARRAY_PARTITION variable=layer186_out complete dim=0

    auto& layer187_out = layer186_out;
    layer251_t layer251_out[19*6];
    #pragma HLS ARRAY_PARTITION variable=layer251_out complete dim=0

    bn_Mul_2_result_t layer237_out[19*6];
    #pragma HLS ARRAY_PARTITION variable=layer237_out complete dim=0

    Add_6_result_t layer192_out[19*6];
    #pragma HLS ARRAY_PARTITION variable=layer192_out complete dim=0

    layer223_t layer223_out[19*6];
    #pragma HLS ARRAY_PARTITION variable=layer223_out complete dim=0

    Conv_MatMul_8_result_t layer252_out[19*12];
    #pragma HLS ARRAY_PARTITION variable=layer252_out complete dim=0

    layer196_t layer196_out[19*12];
    #pragma HLS ARRAY_PARTITION variable=layer196_out complete dim=0

    layer253_t layer253_out[19*6];
    #pragma HLS ARRAY_PARTITION variable=layer253_out complete dim=0

    bn_Mul_3_result_t layer240_out[19*6];
    #pragma HLS ARRAY_PARTITION variable=layer240_out complete dim=0

    Add_9_result_t layer202_out[19*6];
    #pragma HLS ARRAY_PARTITION variable=layer202_out complete dim=0

    layer226_t layer226_out[19*6];
    #pragma HLS ARRAY_PARTITION variable=layer226_out complete dim=0

    layer204_t layer204_out[6];
    #pragma HLS ARRAY_PARTITION variable=layer204_out complete dim=0

    layer241_t layer241_out[6];
    #pragma HLS ARRAY_PARTITION variable=layer241_out complete dim=0

    layer254_t layer254_out[3];
    #pragma HLS ARRAY_PARTITION variable=layer254_out complete dim=0

    Mul_5_result_t layer210_out[3];
    #pragma HLS ARRAY_PARTITION variable=layer210_out complete dim=0

    nnet::linear<input_t, layer213_t, linear_config213>(global_in, layer213_out); // Quant_0_act

    nnet::pointwise_conv_1d_cl<layer213_t, layer247_t, config256>(layer156_out, layer247_out, w247, b247); // Conv_MatMul_1

    nnet::normalize<layer247_t, layer244_t, config244>(layer247_out, layer244_out, s244, b244); // bn_Add_1

    nnet::pointwise_conv_1d_cl<layer244_t, layer248_t, config257>(layer244_out, layer248_out, w248, b248); // Conv_MatMul_2

    nnet::pointwise_conv_1d_cl<layer244_t, layer249_t, config258>(layer244_out, layer249_out, w249, b249); // Conv_MatMul_3

    nnet::pointwise_conv_1d_cl<layer244_t, layer250_t, config259>(layer244_out, layer250_out, w250, b250); // Conv_MatMul_4

    nnet::transpose<layer248_t, layer175_t, config175>(layer172_out, layer175_out); // Transpose_0

    nnet::transpose<layer249_t, layer176_t, config176>(layer173_out, layer176_out); // Transpose_1

    nnet::transpose<layer250_t, layer177_t, config177>(layer174_out, layer177_out); // Transpose_2

    nnet::einsum<layer176_t, layer177_t, layer245_t, config245>(layer176_out, layer177_out, layer245_out); // einsum_MatMul_5

    nnet::normalize<layer245_t, layer234_t, config234>(layer245_out, layer234_out, s234, b234); // bn_Mul_0

    nnet::relu<layer234_t, layer181_t, ReLU_config181>(layer234_out, layer181_out); // Relu_0

    nnet::einsum<layer181_t, layer175_t, layer246_t, config246>(layer181_out, layer175_out, layer246_out); // einsum_MatMul_6

    nnet::normalize<layer246_t, layer235_t, config235>(layer246_out, layer235_out, s235, b235); // bn_Mul_1

    nnet::transpose<layer235_t, layer186_t, config186>(layer235_out, layer186_out); // Transpose_3

    nnet::pointwise_conv_1d_cl<layer186_t, layer251_t, config260>(layer187_out, layer251_out, w251, b251); // Conv_MatMul_7

    nnet::normalize<layer251_t, bn_Mul_2_result_t, config237>(layer251_out, layer237_out, s237, b237); // bn_Mul_2

    nnet::add<layer244_t, bn_Mul_2_result_t, Add_6_result_t, config192>(layer244_out, layer237_out, layer192_out); // Add_6

    nnet::linear<Add_6_result_t, layer223_t, linear_config223>(layer192_out, layer223_out); // Quant_28_act

    nnet::pointwise_conv_1d_cl<layer223_t, Conv_MatMul_8_result_t, config261>(layer223_out, layer252_out, w252, b252); // Conv_MatMul_8

    nnet::relu<Conv_MatMul_8_result_t, layer196_t, ReLU_config196>(layer252_out, layer196_out); // Relu_1

    nnet::pointwise_conv_1d_cl<layer196_t, layer253_t, config262>(layer196_out, layer253_out, w253, b253); // Conv_MatMul_9

    nnet::normalize<layer253_t, bn_Mul_3_result_t, config240>(layer253_out, layer240_out, s240, b240); // bn_Mul_3

    nnet::add<layer223_t, bn_Mul_3_result_t, Add_9_result_t, config202>(layer223_out, layer240_out, layer202_out); // Add_9

    nnet::linear<Add_9_result_t, layer226_t, linear_config226>(layer202_out, layer226_out); // Quant_31_act

    nnet::reduce_sum<layer226_t, layer204_t, config204>(layer226_out, layer204_out); // ReduceSum_0

    nnet::normalize<layer204_t, layer241_t, config241>(layer204_out, layer241_out, s241, b241); // bn_Mul_4

    nnet::dense<layer241_t, layer254_t, config254>(layer241_out, layer254_out, w254, b254); // Dense_MatMul_10

    nnet::multiply<layer254_t, layer254_t, Mul_5_result_t, config210>(layer254_out, layer254_out, layer210_out); // Mul_5

    nnet::dense<Mul_5_result_t, result_t, config255>(layer210_out, layer255_out, w255, b255); // Dense_MatMul_11

}

