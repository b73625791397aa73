#ifndef PARAMETERS_H_
#define PARAMETERS_H_

#include "ap_fixed.h"
#include "ap_int.h"

#include "nnet_utils/nnet_code_gen.h"
#include "nnet_utils/nnet_helpers.h"
// hls-fpga-machine-learning insert includes
#include "nnet_utils/nnet_activation.h"
#include "nnet_utils/nnet_activation_stream.h"
#include "nnet_utils/nnet_batchnorm.h"
#include "nnet_utils/nnet_batchnorm_stream.h"
#include "nnet_utils/nnet_bead_reduce_sum.h"
#include "nnet_utils/nnet_conv1d.h"
#include "nnet_utils/nnet_dense.h"
#include "nnet_utils/nnet_dense_compressed.h"
#include "nnet_utils/nnet_dense_stream.h"
#include "nnet_utils/nnet_einsum.h"
#include "nnet_utils/nnet_merge.h"
#include "nnet_utils/nnet_merge_stream.h"
#include "nnet_utils/nnet_sepconv1d_stream.h"
#include "nnet_utils/nnet_transpose.h"
#include "nnet_utils/nnet_transpose_stream.h"

// hls-fpga-machine-learning insert weights
#include "weights/w469.h"
#include "weights/b469.h"
#include "weights/w470.h"
#include "weights/b470.h"
#include "weights/w471.h"
#include "weights/b471.h"
#include "weights/w472.h"
#include "weights/b472.h"
#include "weights/w473.h"
#include "weights/b473.h"
#include "weights/w474.h"
#include "weights/b474.h"
#include "weights/w475.h"
#include "weights/b475.h"
#include "weights/w476.h"
#include "weights/b476.h"
#include "weights/w462.h"
#include "weights/b462.h"
#include "weights/s459.h"
#include "weights/b459.h"
#include "weights/w463.h"
#include "weights/b463.h"
#include "weights/w464.h"
#include "weights/b464.h"
#include "weights/w465.h"
#include "weights/b465.h"
#include "weights/s444.h"
#include "weights/b444.h"
#include "weights/s445.h"
#include "weights/b445.h"
#include "weights/w466.h"
#include "weights/b466.h"
#include "weights/s447.h"
#include "weights/b447.h"
#include "weights/w467.h"
#include "weights/b467.h"
#include "weights/w468.h"
#include "weights/b468.h"
#include "weights/s450.h"
#include "weights/b450.h"
#include "weights/s451.h"
#include "weights/b451.h"
#include "weights/w477.h"
#include "weights/b477.h"
#include "weights/w478.h"
#include "weights/b478.h"
#include "weights/w479.h"
#include "weights/b479.h"
#include "weights/w480.h"
#include "weights/b480.h"
#include "weights/w481.h"
#include "weights/b481.h"
#include "weights/w482.h"
#include "weights/b482.h"
#include "weights/s457.h"
#include "weights/b457.h"
#include "weights/w483.h"
#include "weights/b483.h"

namespace bead_8b {

// hls-fpga-machine-learning insert layer-config
// Quant_0_act
struct linear_config406 : nnet::activ_config {
    static const unsigned n_in = 57;
    static const unsigned table_size = 1024;
    static const unsigned io_type = nnet::io_parallel;
    static const unsigned reuse_factor = 1;
    typedef Quant_0_act_table_t table_t;
};

// Dense_MatMul_0
struct config469 : nnet::dense_config {
    static const unsigned n_in = 57;
    static const unsigned n_out = 54;
    static const unsigned io_type = nnet::io_parallel;
    static const unsigned strategy = nnet::latency;
    static const unsigned reuse_factor = 1;
    static const unsigned n_zeros = 3024;
    static const unsigned n_nonzeros = 54;
    static const unsigned multiplier_limit = DIV_ROUNDUP(n_in * n_out, reuse_factor) - n_zeros / reuse_factor;
    static const bool store_weights_in_bram = false;
    typedef Dense_MatMul_0_accum_t accum_t;
    typedef model_default_t bias_t;
    typedef weight469_t weight_t;
    typedef layer469_index index_t;
    template<class data_T, class res_T, class CONFIG_T>
    using kernel = nnet::DenseLatency<data_T, res_T, CONFIG_T>;
    template<class x_T, class y_T>
    using product = nnet::product::mult<x_T, y_T>;
};

// Dense_MatMul_1
struct config470 : nnet::dense_config {
    static const unsigned n_in = 57;
    static const unsigned n_out = 54;
    static const unsigned io_type = nnet::io_parallel;
    static const unsigned strategy = nnet::latency;
    static const unsigned reuse_factor = 1;
    static const unsigned n_zeros = 3024;
    static const unsigned n_nonzeros = 54;
    static const unsigned multiplier_limit = DIV_ROUNDUP(n_in * n_out, reuse_factor) - n_zeros / reuse_factor;
    static const bool store_weights_in_bram = false;
    typedef Dense_MatMul_1_accum_t accum_t;
    typedef model_default_t bias_t;
    typedef weight470_t weight_t;
    typedef layer470_index index_t;
    template<class data_T, class res_T, class CONFIG_T>
    using kernel = nnet::DenseLatency<data_T, res_T, CONFIG_T>;
    template<class x_T, class y_T>
    using product = nnet::product::mult<x_T, y_T>;
};

// Dense_MatMul_3
struct config471 : nnet::dense_config {
    static const unsigned n_in = 57;
    static const unsigned n_out = 1;
    static const unsigned io_type = nnet::io_parallel;
    static const unsigned strategy = nnet::latency;
    static const unsigned reuse_factor = 1;
    static const unsigned n_zeros = 56;
    static const unsigned n_nonzeros = 1;
    static const unsigned multiplier_limit = DIV_ROUNDUP(n_in * n_out, reuse_factor) - n_zeros / reuse_factor;
    static const bool store_weights_in_bram = false;
    typedef Dense_MatMul_3_accum_t accum_t;
    typedef model_default_t bias_t;
    typedef weight471_t weight_t;
    typedef layer471_index index_t;
    template<class data_T, class res_T, class CONFIG_T>
    using kernel = nnet::DenseLatency<data_T, res_T, CONFIG_T>;
    template<class x_T, class y_T>
    using product = nnet::product::mult<x_T, y_T>;
};

// Relu_0
struct ReLU_config305 : nnet::activ_config {
    static const unsigned n_in = 54;
    static const unsigned table_size = 1024;
    static const unsigned io_type = nnet::io_parallel;
    static const unsigned reuse_factor = 1;
    typedef Relu_0_table_t table_t;
};

// Dense_MatMul_4
struct config472 : nnet::dense_config {
    static const unsigned n_in = 54;
    static const unsigned n_out = 16;
    static const unsigned io_type = nnet::io_parallel;
    static const unsigned strategy = nnet::latency;
    static const unsigned reuse_factor = 1;
    static const unsigned n_zeros = 16;
    static const unsigned n_nonzeros = 848;
    static const unsigned multiplier_limit = DIV_ROUNDUP(n_in * n_out, reuse_factor) - n_zeros / reuse_factor;
    static const bool store_weights_in_bram = false;
    typedef Dense_MatMul_4_accum_t accum_t;
    typedef bias472_t bias_t;
    typedef weight472_t weight_t;
    typedef layer472_index index_t;
    template<class data_T, class res_T, class CONFIG_T>
    using kernel = nnet::DenseLatency<data_T, res_T, CONFIG_T>;
    template<class x_T, class y_T>
    using product = nnet::product::mult<x_T, y_T>;
};

// Relu_1
struct ReLU_config309 : nnet::activ_config {
    static const unsigned n_in = 16;
    static const unsigned table_size = 1024;
    static const unsigned io_type = nnet::io_parallel;
    static const unsigned reuse_factor = 1;
    typedef Relu_1_table_t table_t;
};

// Dense_MatMul_5
struct config473 : nnet::dense_config {
    static const unsigned n_in = 54;
    static const unsigned n_out = 3;
    static const unsigned io_type = nnet::io_parallel;
    static const unsigned strategy = nnet::latency;
    static const unsigned reuse_factor = 1;
    static const unsigned n_zeros = 144;
    static const unsigned n_nonzeros = 18;
    static const unsigned multiplier_limit = DIV_ROUNDUP(n_in * n_out, reuse_factor) - n_zeros / reuse_factor;
    static const bool store_weights_in_bram = false;
    typedef Dense_MatMul_5_accum_t accum_t;
    typedef model_default_t bias_t;
    typedef weight473_t weight_t;
    typedef layer473_index index_t;
    template<class data_T, class res_T, class CONFIG_T>
    using kernel = nnet::DenseLatency<data_T, res_T, CONFIG_T>;
    template<class x_T, class y_T>
    using product = nnet::product::mult<x_T, y_T>;
};

// Dense_MatMul_6
struct config474 : nnet::dense_config {
    static const unsigned n_in = 16;
    static const unsigned n_out = 8;
    static const unsigned io_type = nnet::io_parallel;
    static const unsigned strategy = nnet::latency;
    static const unsigned reuse_factor = 1;
    static const unsigned n_zeros = 1;
    static const unsigned n_nonzeros = 127;
    static const unsigned multiplier_limit = DIV_ROUNDUP(n_in * n_out, reuse_factor) - n_zeros / reuse_factor;
    static const bool store_weights_in_bram = false;
    typedef Dense_MatMul_6_accum_t accum_t;
    typedef bias474_t bias_t;
    typedef weight474_t weight_t;
    typedef layer474_index index_t;
    template<class data_T, class res_T, class CONFIG_T>
    using kernel = nnet::DenseLatency<data_T, res_T, CONFIG_T>;
    template<class x_T, class y_T>
    using product = nnet::product::mult<x_T, y_T>;
};

// Relu_2
struct ReLU_config314 : nnet::activ_config {
    static const unsigned n_in = 8;
    static const unsigned table_size = 1024;
    static const unsigned io_type = nnet::io_parallel;
    static const unsigned reuse_factor = 1;
    typedef Relu_2_table_t table_t;
};

// Dense_MatMul_7
struct config475 : nnet::dense_config {
    static const unsigned n_in = 8;
    static const unsigned n_out = 8;
    static const unsigned io_type = nnet::io_parallel;
    static const unsigned strategy = nnet::latency;
    static const unsigned reuse_factor = 1;
    static const unsigned n_zeros = 0;
    static const unsigned n_nonzeros = 64;
    static const unsigned multiplier_limit = DIV_ROUNDUP(n_in * n_out, reuse_factor) - n_zeros / reuse_factor;
    static const bool store_weights_in_bram = false;
    typedef Dense_MatMul_7_accum_t accum_t;
    typedef bias475_t bias_t;
    typedef weight475_t weight_t;
    typedef layer475_index index_t;
    template<class data_T, class res_T, class CONFIG_T>
    using kernel = nnet::DenseLatency<data_T, res_T, CONFIG_T>;
    template<class x_T, class y_T>
    using product = nnet::product::mult<x_T, y_T>;
};

// Relu_3
struct ReLU_config318 : nnet::activ_config {
    static const unsigned n_in = 8;
    static const unsigned table_size = 1024;
    static const unsigned io_type = nnet::io_parallel;
    static const unsigned reuse_factor = 1;
    typedef Relu_3_table_t table_t;
};

// Dense_MatMul_8
struct config476 : nnet::dense_config {
    static const unsigned n_in = 8;
    static const unsigned n_out = 2;
    static const unsigned io_type = nnet::io_parallel;
    static const unsigned strategy = nnet::latency;
    static const unsigned reuse_factor = 1;
    static const unsigned n_zeros = 0;
    static const unsigned n_nonzeros = 16;
    static const unsigned multiplier_limit = DIV_ROUNDUP(n_in * n_out, reuse_factor) - n_zeros / reuse_factor;
    static const bool store_weights_in_bram = false;
    typedef Dense_MatMul_8_accum_t accum_t;
    typedef bias476_t bias_t;
    typedef weight476_t weight_t;
    typedef layer476_index index_t;
    template<class data_T, class res_T, class CONFIG_T>
    using kernel = nnet::DenseLatency<data_T, res_T, CONFIG_T>;
    template<class x_T, class y_T>
    using product = nnet::product::mult<x_T, y_T>;
};

// Concat_0
struct config323 : nnet::concat_config {
    static const unsigned n_elem1_0 = 2;
    static const unsigned n_elem1_1 = 0;
    static const unsigned n_elem1_2 = 0;
    static const unsigned n_elem2_0 = 3;
    static const unsigned n_elem2_1 = 0;
    static const unsigned n_elem2_2 = 0;

    static const int axis = 1;
};

// Quant_45_act
struct linear_config412 : nnet::activ_config {
    static const unsigned n_in = 5;
    static const unsigned table_size = 1024;
    static const unsigned io_type = nnet::io_parallel;
    static const unsigned reuse_factor = 1;
    typedef Quant_45_act_table_t table_t;
};

// Conv_MatMul_9
struct config484_mult : nnet::dense_config {
    static const unsigned n_in = 5;
    static const unsigned n_out = 40;
    static const unsigned reuse_factor = 1;
    static const unsigned strategy = nnet::latency;
    static const unsigned n_zeros = 0;
    static const unsigned multiplier_limit = DIV_ROUNDUP(n_in * n_out, reuse_factor) - n_zeros / reuse_factor;
    typedef Conv_MatMul_9_accum_t accum_t;
    typedef bias462_t bias_t;
    typedef weight462_t weight_t;
    template<class data_T, class res_T, class CONFIG_T>
    using kernel = nnet::DenseLatency<data_T, res_T, CONFIG_T>;
    template<class x_T, class y_T>
    using product = nnet::product::mult<x_T, y_T>;
};

struct config484 : nnet::conv1d_config {
    static const unsigned pad_left = 0;
    static const unsigned pad_right = 0;
    static const unsigned in_width = 5;
    static const unsigned n_chan = 1;
    static const unsigned filt_width = 1;
    static const unsigned kernel_size = filt_width;
    static const unsigned n_filt = 8;
    static const unsigned stride_width = 1;
    static const unsigned dilation = 1;
    static const unsigned out_width = 5;
    static const unsigned reuse_factor = 1;
    static const unsigned n_zeros = 0;
    static const unsigned multiplier_limit =
        DIV_ROUNDUP(kernel_size * n_chan * n_filt, reuse_factor) - n_zeros / reuse_factor;
    static const bool store_weights_in_bram = false;
    static const unsigned strategy = nnet::latency;
    static const nnet::conv_implementation implementation = nnet::conv_implementation::linebuffer;
    static const unsigned min_width = 5;
    static const ap_uint<filt_width> pixels[min_width];
    static const unsigned n_partitions = 1;
    static const unsigned n_pixels = out_width / n_partitions;
    template<class data_T, class CONFIG_T>
    using fill_buffer = bead_8b::fill_buffer_484<data_T, CONFIG_T>;
    typedef Conv_MatMul_9_accum_t accum_t;
    typedef bias462_t bias_t;
    typedef weight462_t weight_t;
    typedef config484_mult mult_config;
    template<unsigned K, unsigned S, unsigned W>
    using scale_index = nnet::scale_index_regular<K, S, W>;
    template<class data_T, class res_T, class CONFIG_T>
    using conv_kernel = nnet::BatchedDenseForConv1D<data_T, res_T, CONFIG_T>;
};
const ap_uint<config484::filt_width> config484::pixels[] = {0};

// bn_Add_5
struct config459 : nnet::batchnorm_config {
    static const unsigned n_in = 5*8;
    static const unsigned n_filt = -1;
    static const unsigned n_scale_bias = (n_filt == -1) ? n_in : n_filt;
    static const unsigned io_type = nnet::io_parallel;
    static const unsigned reuse_factor = 1;
    static const unsigned multiplier_limit = DIV_ROUNDUP(n_in, reuse_factor);
    static const bool store_weights_in_bram = false;
    typedef bias459_t bias_t;
    typedef scale459_t scale_t;
    template<class x_T, class y_T>
    using product = nnet::product::mult<x_T, y_T>;
};

// Conv_MatMul_10
struct config485_mult : nnet::dense_config {
    static const unsigned n_in = 40;
    static const unsigned n_out = 40;
    static const unsigned reuse_factor = 1;
    static const unsigned strategy = nnet::latency;
    static const unsigned n_zeros = 0;
    static const unsigned multiplier_limit = DIV_ROUNDUP(n_in * n_out, reuse_factor) - n_zeros / reuse_factor;
    typedef Conv_MatMul_10_accum_t accum_t;
    typedef bias463_t bias_t;
    typedef weight463_t weight_t;
    template<class data_T, class res_T, class CONFIG_T>
    using kernel = nnet::DenseLatency<data_T, res_T, CONFIG_T>;
    template<class x_T, class y_T>
    using product = nnet::product::mult<x_T, y_T>;
};

struct config485 : nnet::conv1d_config {
    static const unsigned pad_left = 0;
    static const unsigned pad_right = 0;
    static const unsigned in_width = 5;
    static const unsigned n_chan = 8;
    static const unsigned filt_width = 1;
    static const unsigned kernel_size = filt_width;
    static const unsigned n_filt = 8;
    static const unsigned stride_width = 1;
    static const unsigned dilation = 1;
    static const unsigned out_width = 5;
    static const unsigned reuse_factor = 1;
    static const unsigned n_zeros = 0;
    static const unsigned multiplier_limit =
        DIV_ROUNDUP(kernel_size * n_chan * n_filt, reuse_factor) - n_zeros / reuse_factor;
    static const bool store_weights_in_bram = false;
    static const unsigned strategy = nnet::latency;
    static const nnet::conv_implementation implementation = nnet::conv_implementation::linebuffer;
    static const unsigned min_width = 5;
    static const ap_uint<filt_width> pixels[min_width];
    static const unsigned n_partitions = 1;
    static const unsigned n_pixels = out_width / n_partitions;
    template<class data_T, class CONFIG_T>
    using fill_buffer = bead_8b::fill_buffer_485<data_T, CONFIG_T>;
    typedef Conv_MatMul_10_accum_t accum_t;
    typedef bias463_t bias_t;
    typedef weight463_t weight_t;
    typedef config485_mult mult_config;
    template<unsigned K, unsigned S, unsigned W>
    using scale_index = nnet::scale_index_regular<K, S, W>;
    template<class data_T, class res_T, class CONFIG_T>
    using conv_kernel = nnet::BatchedDenseForConv1D<data_T, res_T, CONFIG_T>;
};
const ap_uint<config485::filt_width> config485::pixels[] = {0};

// Conv_MatMul_11
struct config486_mult : nnet::dense_config {
    static const unsigned n_in = 40;
    static const unsigned n_out = 40;
    static const unsigned reuse_factor = 1;
    static const unsigned strategy = nnet::latency;
    static const unsigned n_zeros = 0;
    static const unsigned multiplier_limit = DIV_ROUNDUP(n_in * n_out, reuse_factor) - n_zeros / reuse_factor;
    typedef Conv_MatMul_11_accum_t accum_t;
    typedef bias464_t bias_t;
    typedef weight464_t weight_t;
    template<class data_T, class res_T, class CONFIG_T>
    using kernel = nnet::DenseLatency<data_T, res_T, CONFIG_T>;
    template<class x_T, class y_T>
    using product = nnet::product::mult<x_T, y_T>;
};

struct config486 : nnet::conv1d_config {
    static const unsigned pad_left = 0;
    static const unsigned pad_right = 0;
    static const unsigned in_width = 5;
    static const unsigned n_chan = 8;
    static const unsigned filt_width = 1;
    static const unsigned kernel_size = filt_width;
    static const unsigned n_filt = 8;
    static const unsigned stride_width = 1;
    static const unsigned dilation = 1;
    static const unsigned out_width = 5;
    static const unsigned reuse_factor = 1;
    static const unsigned n_zeros = 0;
    static const unsigned multiplier_limit =
        DIV_ROUNDUP(kernel_size * n_chan * n_filt, reuse_factor) - n_zeros / reuse_factor;
    static const bool store_weights_in_bram = false;
    static const unsigned strategy = nnet::latency;
    static const nnet::conv_implementation implementation = nnet::conv_implementation::linebuffer;
    static const unsigned min_width = 5;
    static const ap_uint<filt_width> pixels[min_width];
    static const unsigned n_partitions = 1;
    static const unsigned n_pixels = out_width / n_partitions;
    template<class data_T, class CONFIG_T>
    using fill_buffer = bead_8b::fill_buffer_486<data_T, CONFIG_T>;
    typedef Conv_MatMul_11_accum_t accum_t;
    typedef bias464_t bias_t;
    typedef weight464_t weight_t;
    typedef config486_mult mult_config;
    template<unsigned K, unsigned S, unsigned W>
    using scale_index = nnet::scale_index_regular<K, S, W>;
    template<class data_T, class res_T, class CONFIG_T>
    using conv_kernel = nnet::BatchedDenseForConv1D<data_T, res_T, CONFIG_T>;
};
const ap_uint<config486::filt_width> config486::pixels[] = {0};

// Conv_MatMul_12
struct config487_mult : nnet::dense_config {
    static const unsigned n_in = 40;
    static const unsigned n_out = 40;
    static const unsigned reuse_factor = 1;
    static const unsigned strategy = nnet::latency;
    static const unsigned n_zeros = 0;
    static const unsigned multiplier_limit = DIV_ROUNDUP(n_in * n_out, reuse_factor) - n_zeros / reuse_factor;
    typedef Conv_MatMul_12_accum_t accum_t;
    typedef bias465_t bias_t;
    typedef weight465_t weight_t;
    template<class data_T, class res_T, class CONFIG_T>
    using kernel = nnet::DenseLatency<data_T, res_T, CONFIG_T>;
    template<class x_T, class y_T>
    using product = nnet::product::mult<x_T, y_T>;
};

struct config487 : nnet::conv1d_config {
    static const unsigned pad_left = 0;
    static const unsigned pad_right = 0;
    static const unsigned in_width = 5;
    static const unsigned n_chan = 8;
    static const unsigned filt_width = 1;
    static const unsigned kernel_size = filt_width;
    static const unsigned n_filt = 8;
    static const unsigned stride_width = 1;
    static const unsigned dilation = 1;
    static const unsigned out_width = 5;
    static const unsigned reuse_factor = 1;
    static const unsigned n_zeros = 0;
    static const unsigned multiplier_limit =
        DIV_ROUNDUP(kernel_size * n_chan * n_filt, reuse_factor) - n_zeros / reuse_factor;
    static const bool store_weights_in_bram = false;
    static const unsigned strategy = nnet::latency;
    static const nnet::conv_implementation implementation = nnet::conv_implementation::linebuffer;
    static const unsigned min_width = 5;
    static const ap_uint<filt_width> pixels[min_width];
    static const unsigned n_partitions = 1;
    static const unsigned n_pixels = out_width / n_partitions;
    template<class data_T, class CONFIG_T>
    using fill_buffer = bead_8b::fill_buffer_487<data_T, CONFIG_T>;
    typedef Conv_MatMul_12_accum_t accum_t;
    typedef bias465_t bias_t;
    typedef weight465_t weight_t;
    typedef config487_mult mult_config;
    template<unsigned K, unsigned S, unsigned W>
    using scale_index = nnet::scale_index_regular<K, S, W>;
    template<class data_T, class res_T, class CONFIG_T>
    using conv_kernel = nnet::BatchedDenseForConv1D<data_T, res_T, CONFIG_T>;
};
const ap_uint<config487::filt_width> config487::pixels[] = {0};

// Transpose_0
struct config343 {
    static const unsigned dims = 3;
    static const unsigned N = 40;
    static const unsigned* const from_shape;
    static const unsigned* const to_shape;
    static const unsigned* const perm;
    static const unsigned* const perm_strides;
};

unsigned config343_from_shape[3] = {5, 2, 4};
unsigned config343_to_shape[3] = {2, 5, 4};
unsigned config343_perm[3] = {1, 0, 2};
unsigned config343_perm_strides[3] = {4, 8, 1};

const unsigned* const config343::from_shape = config343_from_shape;
const unsigned* const config343::to_shape = config343_to_shape;
const unsigned* const config343::perm = config343_perm;
const unsigned* const config343::perm_strides = config343_perm_strides;

// Transpose_1
struct config344 {
    static const unsigned dims = 3;
    static const unsigned N = 40;
    static const unsigned* const from_shape;
    static const unsigned* const to_shape;
    static const unsigned* const perm;
    static const unsigned* const perm_strides;
};

unsigned config344_from_shape[3] = {5, 2, 4};
unsigned config344_to_shape[3] = {2, 5, 4};
unsigned config344_perm[3] = {1, 0, 2};
unsigned config344_perm_strides[3] = {4, 8, 1};

const unsigned* const config344::from_shape = config344_from_shape;
const unsigned* const config344::to_shape = config344_to_shape;
const unsigned* const config344::perm = config344_perm;
const unsigned* const config344::perm_strides = config344_perm_strides;

// Transpose_2
struct config345 {
    static const unsigned dims = 3;
    static const unsigned N = 40;
    static const unsigned* const from_shape;
    static const unsigned* const to_shape;
    static const unsigned* const perm;
    static const unsigned* const perm_strides;
};

unsigned config345_from_shape[3] = {5, 2, 4};
unsigned config345_to_shape[3] = {2, 4, 5};
unsigned config345_perm[3] = {1, 2, 0};
unsigned config345_perm_strides[3] = {4, 1, 8};

const unsigned* const config345::from_shape = config345_from_shape;
const unsigned* const config345::to_shape = config345_to_shape;
const unsigned* const config345::perm = config345_perm;
const unsigned* const config345::perm_strides = config345_perm_strides;

// einsum_MatMul_13
struct config460_tpose_inp0 {
    static const unsigned dims = 3;
    static const unsigned N = 40;
    static const unsigned* const from_shape;
    static const unsigned* const to_shape;
    static const unsigned* const perm;
    static const unsigned* const perm_strides;
};

unsigned config460_tpose_inp0_from_shape[3] = {2, 5, 4};
unsigned config460_tpose_inp0_to_shape[3] = {2, 5, 4};
unsigned config460_tpose_inp0_perm[3] = {0, 1, 2};
unsigned config460_tpose_inp0_perm_strides[3] = {20, 4, 1};

const unsigned* const config460_tpose_inp0::from_shape = config460_tpose_inp0_from_shape;
const unsigned* const config460_tpose_inp0::to_shape = config460_tpose_inp0_to_shape;
const unsigned* const config460_tpose_inp0::perm = config460_tpose_inp0_perm;
const unsigned* const config460_tpose_inp0::perm_strides = config460_tpose_inp0_perm_strides;


struct config460_tpose_inp1 {
    static const unsigned dims = 3;
    static const unsigned N = 40;
    static const unsigned* const from_shape;
    static const unsigned* const to_shape;
    static const unsigned* const perm;
    static const unsigned* const perm_strides;
};

unsigned config460_tpose_inp1_from_shape[3] = {2, 4, 5};
unsigned config460_tpose_inp1_to_shape[3] = {2, 5, 4};
unsigned config460_tpose_inp1_perm[3] = {0, 2, 1};
unsigned config460_tpose_inp1_perm_strides[3] = {20, 1, 5};

const unsigned* const config460_tpose_inp1::from_shape = config460_tpose_inp1_from_shape;
const unsigned* const config460_tpose_inp1::to_shape = config460_tpose_inp1_to_shape;
const unsigned* const config460_tpose_inp1::perm = config460_tpose_inp1_perm;
const unsigned* const config460_tpose_inp1::perm_strides = config460_tpose_inp1_perm_strides;


struct config460_tpose_out {
    static const unsigned dims = 3;
    static const unsigned N = 50;
    static const unsigned* const from_shape;
    static const unsigned* const to_shape;
    static const unsigned* const perm;
    static const unsigned* const perm_strides;
};

unsigned config460_tpose_out_from_shape[3] = {2, 5, 5};
unsigned config460_tpose_out_to_shape[3] = {2, 5, 5};
unsigned config460_tpose_out_perm[3] = {0, 1, 2};
unsigned config460_tpose_out_perm_strides[3] = {25, 5, 1};

const unsigned* const config460_tpose_out::from_shape = config460_tpose_out_from_shape;
const unsigned* const config460_tpose_out::to_shape = config460_tpose_out_to_shape;
const unsigned* const config460_tpose_out::perm = config460_tpose_out_perm;
const unsigned* const config460_tpose_out::perm_strides = config460_tpose_out_perm_strides;



struct config460 {
    typedef config460_tpose_inp0 tpose_inp0_config;
    typedef config460_tpose_inp1 tpose_inp1_config;
    typedef config460_tpose_out tpose_out_conf;

    typedef einsum_matmul_13_accum_t accum_t;

    // Layer Sizes
    static const unsigned n_free0 = 5;
    static const unsigned n_free1 = 5;
    static const unsigned n_contract = 4;
    static const unsigned n_inplace = 2;

    // Resource reuse info
    static const unsigned io_type = nnet::io_parallel;
    static const unsigned strategy = nnet::latency;
    static const unsigned reuse_factor = 1;
    static const unsigned multiplier_limit = 200;
    static const bool store_weights_in_bram = false; // NOT USED

    template <class x_T, class y_T>
    using product = nnet::product::mult<x_T, y_T>;
};

// bn_Mul_0
struct config444 : nnet::batchnorm_config {
    static const unsigned n_in = 2*5*5;
    static const unsigned n_filt = -1;
    static const unsigned n_scale_bias = (n_filt == -1) ? n_in : n_filt;
    static const unsigned io_type = nnet::io_parallel;
    static const unsigned reuse_factor = 1;
    static const unsigned multiplier_limit = DIV_ROUNDUP(n_in, reuse_factor);
    static const bool store_weights_in_bram = false;
    typedef bias444_t bias_t;
    typedef model_default_t scale_t;
    template<class x_T, class y_T>
    using product = nnet::product::mult<x_T, y_T>;
};

// Relu_4
struct ReLU_config349 : nnet::activ_config {
    static const unsigned n_in = 50;
    static const unsigned table_size = 1024;
    static const unsigned io_type = nnet::io_parallel;
    static const unsigned reuse_factor = 1;
    typedef Relu_4_table_t table_t;
};

// einsum_MatMul_14
struct config461_tpose_inp0 {
    static const unsigned dims = 3;
    static const unsigned N = 50;
    static const unsigned* const from_shape;
    static const unsigned* const to_shape;
    static const unsigned* const perm;
    static const unsigned* const perm_strides;
};

unsigned config461_tpose_inp0_from_shape[3] = {2, 5, 5};
unsigned config461_tpose_inp0_to_shape[3] = {2, 5, 5};
unsigned config461_tpose_inp0_perm[3] = {0, 1, 2};
unsigned config461_tpose_inp0_perm_strides[3] = {25, 5, 1};

const unsigned* const config461_tpose_inp0::from_shape = config461_tpose_inp0_from_shape;
const unsigned* const config461_tpose_inp0::to_shape = config461_tpose_inp0_to_shape;
const unsigned* const config461_tpose_inp0::perm = config461_tpose_inp0_perm;
const unsigned* const config461_tpose_inp0::perm_strides = config461_tpose_inp0_perm_strides;


struct config461_tpose_inp1 {
    static const unsigned dims = 3;
    static const unsigned N = 40;
    static const unsigned* const from_shape;
    static const unsigned* const to_shape;
    static const unsigned* const perm;
    static const unsigned* const perm_strides;
};

unsigned config461_tpose_inp1_from_shape[3] = {2, 5, 4};
unsigned config461_tpose_inp1_to_shape[3] = {2, 4, 5};
unsigned config461_tpose_inp1_perm[3] = {0, 2, 1};
unsigned config461_tpose_inp1_perm_strides[3] = {20, 1, 4};

const unsigned* const config461_tpose_inp1::from_shape = config461_tpose_inp1_from_shape;
const unsigned* const config461_tpose_inp1::to_shape = config461_tpose_inp1_to_shape;
const unsigned* const config461_tpose_inp1::perm = config461_tpose_inp1_perm;
const unsigned* const config461_tpose_inp1::perm_strides = config461_tpose_inp1_perm_strides;


struct config461_tpose_out {
    static const unsigned dims = 3;
    static const unsigned N = 40;
    static const unsigned* const from_shape;
    static const unsigned* const to_shape;
    static const unsigned* const perm;
    static const unsigned* const perm_strides;
};

unsigned config461_tpose_out_from_shape[3] = {2, 5, 4};
unsigned config461_tpose_out_to_shape[3] = {2, 5, 4};
unsigned config461_tpose_out_perm[3] = {0, 1, 2};
unsigned config461_tpose_out_perm_strides[3] = {20, 4, 1};

const unsigned* const config461_tpose_out::from_shape = config461_tpose_out_from_shape;
const unsigned* const config461_tpose_out::to_shape = config461_tpose_out_to_shape;
const unsigned* const config461_tpose_out::perm = config461_tpose_out_perm;
const unsigned* const config461_tpose_out::perm_strides = config461_tpose_out_perm_strides;



struct config461 {
    typedef config461_tpose_inp0 tpose_inp0_config;
    typedef config461_tpose_inp1 tpose_inp1_config;
    typedef config461_tpose_out tpose_out_conf;

    typedef einsum_matmul_14_accum_t accum_t;

    // Layer Sizes
    static const unsigned n_free0 = 5;
    static const unsigned n_free1 = 4;
    static const unsigned n_contract = 5;
    static const unsigned n_inplace = 2;

    // Resource reuse info
    static const unsigned io_type = nnet::io_parallel;
    static const unsigned strategy = nnet::latency;
    static const unsigned reuse_factor = 1;
    static const unsigned multiplier_limit = 200;
    static const bool store_weights_in_bram = false; // NOT USED

    template <class x_T, class y_T>
    using product = nnet::product::mult<x_T, y_T>;
};

// bn_Mul_1
struct config445 : nnet::batchnorm_config {
    static const unsigned n_in = 2*5*4;
    static const unsigned n_filt = -1;
    static const unsigned n_scale_bias = (n_filt == -1) ? n_in : n_filt;
    static const unsigned io_type = nnet::io_parallel;
    static const unsigned reuse_factor = 1;
    static const unsigned multiplier_limit = DIV_ROUNDUP(n_in, reuse_factor);
    static const bool store_weights_in_bram = false;
    typedef bias445_t bias_t;
    typedef model_default_t scale_t;
    template<class x_T, class y_T>
    using product = nnet::product::mult<x_T, y_T>;
};

// Transpose_3
struct config354 {
    static const unsigned dims = 3;
    static const unsigned N = 40;
    static const unsigned* const from_shape;
    static const unsigned* const to_shape;
    static const unsigned* const perm;
    static const unsigned* const perm_strides;
};

unsigned config354_from_shape[3] = {2, 5, 4};
unsigned config354_to_shape[3] = {5, 2, 4};
unsigned config354_perm[3] = {1, 0, 2};
unsigned config354_perm_strides[3] = {4, 20, 1};

const unsigned* const config354::from_shape = config354_from_shape;
const unsigned* const config354::to_shape = config354_to_shape;
const unsigned* const config354::perm = config354_perm;
const unsigned* const config354::perm_strides = config354_perm_strides;

// Conv_MatMul_15
struct config488_mult : nnet::dense_config {
    static const unsigned n_in = 40;
    static const unsigned n_out = 40;
    static const unsigned reuse_factor = 1;
    static const unsigned strategy = nnet::latency;
    static const unsigned n_zeros = 1;
    static const unsigned multiplier_limit = DIV_ROUNDUP(n_in * n_out, reuse_factor) - n_zeros / reuse_factor;
    typedef Conv_MatMul_15_accum_t accum_t;
    typedef bias466_t bias_t;
    typedef weight466_t weight_t;
    template<class data_T, class res_T, class CONFIG_T>
    using kernel = nnet::DenseLatency<data_T, res_T, CONFIG_T>;
    template<class x_T, class y_T>
    using product = nnet::product::mult<x_T, y_T>;
};

struct config488 : nnet::conv1d_config {
    static const unsigned pad_left = 0;
    static const unsigned pad_right = 0;
    static const unsigned in_width = 5;
    static const unsigned n_chan = 8;
    static const unsigned filt_width = 1;
    static const unsigned kernel_size = filt_width;
    static const unsigned n_filt = 8;
    static const unsigned stride_width = 1;
    static const unsigned dilation = 1;
    static const unsigned out_width = 5;
    static const unsigned reuse_factor = 1;
    static const unsigned n_zeros = 1;
    static const unsigned multiplier_limit =
        DIV_ROUNDUP(kernel_size * n_chan * n_filt, reuse_factor) - n_zeros / reuse_factor;
    static const bool store_weights_in_bram = false;
    static const unsigned strategy = nnet::latency;
    static const nnet::conv_implementation implementation = nnet::conv_implementation::linebuffer;
    static const unsigned min_width = 5;
    static const ap_uint<filt_width> pixels[min_width];
    static const unsigned n_partitions = 1;
    static const unsigned n_pixels = out_width / n_partitions;
    template<class data_T, class CONFIG_T>
    using fill_buffer = bead_8b::fill_buffer_488<data_T, CONFIG_T>;
    typedef Conv_MatMul_15_accum_t accum_t;
    typedef bias466_t bias_t;
    typedef weight466_t weight_t;
    typedef config488_mult mult_config;
    template<unsigned K, unsigned S, unsigned W>
    using scale_index = nnet::scale_index_regular<K, S, W>;
    template<class data_T, class res_T, class CONFIG_T>
    using conv_kernel = nnet::BatchedDenseForConv1D<data_T, res_T, CONFIG_T>;
};
const ap_uint<config488::filt_width> config488::pixels[] = {0};

// bn_Mul_2
struct config447 : nnet::batchnorm_config {
    static const unsigned n_in = 5*8;
    static const unsigned n_filt = -1;
    static const unsigned n_scale_bias = (n_filt == -1) ? n_in : n_filt;
    static const unsigned io_type = nnet::io_parallel;
    static const unsigned reuse_factor = 1;
    static const unsigned multiplier_limit = DIV_ROUNDUP(n_in, reuse_factor);
    static const bool store_weights_in_bram = false;
    typedef bias447_t bias_t;
    typedef model_default_t scale_t;
    template<class x_T, class y_T>
    using product = nnet::product::mult<x_T, y_T>;
};

// Add_10
struct config360 : nnet::merge_config {
    static const unsigned n_elem = 5*8;
    static const unsigned n_elem1 = 5*8;
    static const unsigned n_elem2 = 5*8;
    static const unsigned reuse_factor = 1;
};

// Quant_55_act
struct linear_config422 : nnet::activ_config {
    static const unsigned n_in = 40;
    static const unsigned table_size = 1024;
    static const unsigned io_type = nnet::io_parallel;
    static const unsigned reuse_factor = 1;
    typedef Quant_55_act_table_t table_t;
};

// Conv_MatMul_16
struct config489_mult : nnet::dense_config {
    static const unsigned n_in = 40;
    static const unsigned n_out = 80;
    static const unsigned reuse_factor = 1;
    static const unsigned strategy = nnet::latency;
    static const unsigned n_zeros = 0;
    static const unsigned multiplier_limit = DIV_ROUNDUP(n_in * n_out, reuse_factor) - n_zeros / reuse_factor;
    typedef Conv_MatMul_16_accum_t accum_t;
    typedef bias467_t bias_t;
    typedef weight467_t weight_t;
    template<class data_T, class res_T, class CONFIG_T>
    using kernel = nnet::DenseLatency<data_T, res_T, CONFIG_T>;
    template<class x_T, class y_T>
    using product = nnet::product::mult<x_T, y_T>;
};

struct config489 : nnet::conv1d_config {
    static const unsigned pad_left = 0;
    static const unsigned pad_right = 0;
    static const unsigned in_width = 5;
    static const unsigned n_chan = 8;
    static const unsigned filt_width = 1;
    static const unsigned kernel_size = filt_width;
    static const unsigned n_filt = 16;
    static const unsigned stride_width = 1;
    static const unsigned dilation = 1;
    static const unsigned out_width = 5;
    static const unsigned reuse_factor = 1;
    static const unsigned n_zeros = 0;
    static const unsigned multiplier_limit =
        DIV_ROUNDUP(kernel_size * n_chan * n_filt, reuse_factor) - n_zeros / reuse_factor;
    static const bool store_weights_in_bram = false;
    static const unsigned strategy = nnet::latency;
    static const nnet::conv_implementation implementation = nnet::conv_implementation::linebuffer;
    static const unsigned min_width = 5;
    static const ap_uint<filt_width> pixels[min_width];
    static const unsigned n_partitions = 1;
    static const unsigned n_pixels = out_width / n_partitions;
    template<class data_T, class CONFIG_T>
    using fill_buffer = bead_8b::fill_buffer_489<data_T, CONFIG_T>;
    typedef Conv_MatMul_16_accum_t accum_t;
    typedef bias467_t bias_t;
    typedef weight467_t weight_t;
    typedef config489_mult mult_config;
    template<unsigned K, unsigned S, unsigned W>
    using scale_index = nnet::scale_index_regular<K, S, W>;
    template<class data_T, class res_T, class CONFIG_T>
    using conv_kernel = nnet::BatchedDenseForConv1D<data_T, res_T, CONFIG_T>;
};
const ap_uint<config489::filt_width> config489::pixels[] = {0};

// Relu_5
struct ReLU_config364 : nnet::activ_config {
    static const unsigned n_in = 80;
    static const unsigned table_size = 1024;
    static const unsigned io_type = nnet::io_parallel;
    static const unsigned reuse_factor = 1;
    typedef Relu_5_table_t table_t;
};

// Conv_MatMul_17
struct config490_mult : nnet::dense_config {
    static const unsigned n_in = 80;
    static const unsigned n_out = 40;
    static const unsigned reuse_factor = 1;
    static const unsigned strategy = nnet::latency;
    static const unsigned n_zeros = 5;
    static const unsigned multiplier_limit = DIV_ROUNDUP(n_in * n_out, reuse_factor) - n_zeros / reuse_factor;
    typedef Conv_MatMul_17_accum_t accum_t;
    typedef bias468_t bias_t;
    typedef weight468_t weight_t;
    template<class data_T, class res_T, class CONFIG_T>
    using kernel = nnet::DenseLatency<data_T, res_T, CONFIG_T>;
    template<class x_T, class y_T>
    using product = nnet::product::mult<x_T, y_T>;
};

struct config490 : nnet::conv1d_config {
    static const unsigned pad_left = 0;
    static const unsigned pad_right = 0;
    static const unsigned in_width = 5;
    static const unsigned n_chan = 16;
    static const unsigned filt_width = 1;
    static const unsigned kernel_size = filt_width;
    static const unsigned n_filt = 8;
    static const unsigned stride_width = 1;
    static const unsigned dilation = 1;
    static const unsigned out_width = 5;
    static const unsigned reuse_factor = 1;
    static const unsigned n_zeros = 5;
    static const unsigned multiplier_limit =
        DIV_ROUNDUP(kernel_size * n_chan * n_filt, reuse_factor) - n_zeros / reuse_factor;
    static const bool store_weights_in_bram = false;
    static const unsigned strategy = nnet::latency;
    static const nnet::conv_implementation implementation = nnet::conv_implementation::linebuffer;
    static const unsigned min_width = 5;
    static const ap_uint<filt_width> pixels[min_width];
    static const unsigned n_partitions = 1;
    static const unsigned n_pixels = out_width / n_partitions;
    template<class data_T, class CONFIG_T>
    using fill_buffer = bead_8b::fill_buffer_490<data_T, CONFIG_T>;
    typedef Conv_MatMul_17_accum_t accum_t;
    typedef bias468_t bias_t;
    typedef weight468_t weight_t;
    typedef config490_mult mult_config;
    template<unsigned K, unsigned S, unsigned W>
    using scale_index = nnet::scale_index_regular<K, S, W>;
    template<class data_T, class res_T, class CONFIG_T>
    using conv_kernel = nnet::BatchedDenseForConv1D<data_T, res_T, CONFIG_T>;
};
const ap_uint<config490::filt_width> config490::pixels[] = {0};

// bn_Mul_3
struct config450 : nnet::batchnorm_config {
    static const unsigned n_in = 5*8;
    static const unsigned n_filt = -1;
    static const unsigned n_scale_bias = (n_filt == -1) ? n_in : n_filt;
    static const unsigned io_type = nnet::io_parallel;
    static const unsigned reuse_factor = 1;
    static const unsigned multiplier_limit = DIV_ROUNDUP(n_in, reuse_factor);
    static const bool store_weights_in_bram = false;
    typedef bias450_t bias_t;
    typedef model_default_t scale_t;
    template<class x_T, class y_T>
    using product = nnet::product::mult<x_T, y_T>;
};

// Add_13
struct config370 : nnet::merge_config {
    static const unsigned n_elem = 5*8;
    static const unsigned n_elem1 = 5*8;
    static const unsigned n_elem2 = 5*8;
    static const unsigned reuse_factor = 1;
};

// Quant_58_act
struct linear_config425 : nnet::activ_config {
    static const unsigned n_in = 40;
    static const unsigned table_size = 1024;
    static const unsigned io_type = nnet::io_parallel;
    static const unsigned reuse_factor = 1;
    typedef Quant_58_act_table_t table_t;
};

// ReduceSum_0
struct config372 : nnet::reduce_sum_config {
    typedef layer372_t accum_t;
    static const unsigned n_outer = 1;
    static const unsigned n_reduce = 5;
    static const unsigned n_inner = 8;
};
// bn_Mul_4
struct config451 : nnet::batchnorm_config {
    static const unsigned n_in = 8;
    static const unsigned n_filt = -1;
    static const unsigned n_scale_bias = (n_filt == -1) ? n_in : n_filt;
    static const unsigned io_type = nnet::io_parallel;
    static const unsigned reuse_factor = 1;
    static const unsigned multiplier_limit = DIV_ROUNDUP(n_in, reuse_factor);
    static const bool store_weights_in_bram = false;
    typedef bias451_t bias_t;
    typedef model_default_t scale_t;
    template<class x_T, class y_T>
    using product = nnet::product::mult<x_T, y_T>;
};

// Dense_MatMul_18
struct config477 : nnet::dense_config {
    static const unsigned n_in = 8;
    static const unsigned n_out = 3;
    static const unsigned io_type = nnet::io_parallel;
    static const unsigned strategy = nnet::latency;
    static const unsigned reuse_factor = 1;
    static const unsigned n_zeros = 0;
    static const unsigned n_nonzeros = 24;
    static const unsigned multiplier_limit = DIV_ROUNDUP(n_in * n_out, reuse_factor) - n_zeros / reuse_factor;
    static const bool store_weights_in_bram = false;
    typedef Dense_MatMul_18_accum_t accum_t;
    typedef bias477_t bias_t;
    typedef weight477_t weight_t;
    typedef layer477_index index_t;
    template<class data_T, class res_T, class CONFIG_T>
    using kernel = nnet::DenseLatency<data_T, res_T, CONFIG_T>;
    template<class x_T, class y_T>
    using product = nnet::product::mult<x_T, y_T>;
};

// Concat_1
struct config378 : nnet::concat_config {
    static const unsigned n_elem1_0 = 3;
    static const unsigned n_elem1_1 = 0;
    static const unsigned n_elem1_2 = 0;
    static const unsigned n_elem2_0 = 2;
    static const unsigned n_elem2_1 = 0;
    static const unsigned n_elem2_2 = 0;

    static const int axis = 1;
};

// Quant_61_act
struct linear_config428 : nnet::activ_config {
    static const unsigned n_in = 5;
    static const unsigned table_size = 1024;
    static const unsigned io_type = nnet::io_parallel;
    static const unsigned reuse_factor = 1;
    typedef Quant_61_act_table_t table_t;
};

// Dense_MatMul_19
struct config478 : nnet::dense_config {
    static const unsigned n_in = 5;
    static const unsigned n_out = 8;
    static const unsigned io_type = nnet::io_parallel;
    static const unsigned strategy = nnet::latency;
    static const unsigned reuse_factor = 1;
    static const unsigned n_zeros = 0;
    static const unsigned n_nonzeros = 40;
    static const unsigned multiplier_limit = DIV_ROUNDUP(n_in * n_out, reuse_factor) - n_zeros / reuse_factor;
    static const bool store_weights_in_bram = false;
    typedef Dense_MatMul_19_accum_t accum_t;
    typedef bias478_t bias_t;
    typedef weight478_t weight_t;
    typedef layer478_index index_t;
    template<class data_T, class res_T, class CONFIG_T>
    using kernel = nnet::DenseLatency<data_T, res_T, CONFIG_T>;
    template<class x_T, class y_T>
    using product = nnet::product::mult<x_T, y_T>;
};

// Relu_6
struct ReLU_config382 : nnet::activ_config {
    static const unsigned n_in = 8;
    static const unsigned table_size = 1024;
    static const unsigned io_type = nnet::io_parallel;
    static const unsigned reuse_factor = 1;
    typedef Relu_6_table_t table_t;
};

// Dense_MatMul_20
struct config479 : nnet::dense_config {
    static const unsigned n_in = 8;
    static const unsigned n_out = 16;
    static const unsigned io_type = nnet::io_parallel;
    static const unsigned strategy = nnet::latency;
    static const unsigned reuse_factor = 1;
    static const unsigned n_zeros = 3;
    static const unsigned n_nonzeros = 125;
    static const unsigned multiplier_limit = DIV_ROUNDUP(n_in * n_out, reuse_factor) - n_zeros / reuse_factor;
    static const bool store_weights_in_bram = false;
    typedef Dense_MatMul_20_accum_t accum_t;
    typedef bias479_t bias_t;
    typedef weight479_t weight_t;
    typedef layer479_index index_t;
    template<class data_T, class res_T, class CONFIG_T>
    using kernel = nnet::DenseLatency<data_T, res_T, CONFIG_T>;
    template<class x_T, class y_T>
    using product = nnet::product::mult<x_T, y_T>;
};

// Relu_7
struct ReLU_config386 : nnet::activ_config {
    static const unsigned n_in = 16;
    static const unsigned table_size = 1024;
    static const unsigned io_type = nnet::io_parallel;
    static const unsigned reuse_factor = 1;
    typedef Relu_7_table_t table_t;
};

// Dense_MatMul_21
struct config480 : nnet::dense_config {
    static const unsigned n_in = 16;
    static const unsigned n_out = 54;
    static const unsigned io_type = nnet::io_parallel;
    static const unsigned strategy = nnet::latency;
    static const unsigned reuse_factor = 1;
    static const unsigned n_zeros = 10;
    static const unsigned n_nonzeros = 854;
    static const unsigned multiplier_limit = DIV_ROUNDUP(n_in * n_out, reuse_factor) - n_zeros / reuse_factor;
    static const bool store_weights_in_bram = false;
    typedef Dense_MatMul_21_accum_t accum_t;
    typedef bias480_t bias_t;
    typedef weight480_t weight_t;
    typedef layer480_index index_t;
    template<class data_T, class res_T, class CONFIG_T>
    using kernel = nnet::DenseLatency<data_T, res_T, CONFIG_T>;
    template<class x_T, class y_T>
    using product = nnet::product::mult<x_T, y_T>;
};

// Dense_MatMul_22
struct config481 : nnet::dense_config {
    static const unsigned n_in = 16;
    static const unsigned n_out = 1;
    static const unsigned io_type = nnet::io_parallel;
    static const unsigned strategy = nnet::latency;
    static const unsigned reuse_factor = 1;
    static const unsigned n_zeros = 0;
    static const unsigned n_nonzeros = 16;
    static const unsigned multiplier_limit = DIV_ROUNDUP(n_in * n_out, reuse_factor) - n_zeros / reuse_factor;
    static const bool store_weights_in_bram = false;
    typedef Dense_MatMul_22_accum_t accum_t;
    typedef bias481_t bias_t;
    typedef weight481_t weight_t;
    typedef layer481_index index_t;
    template<class data_T, class res_T, class CONFIG_T>
    using kernel = nnet::DenseLatency<data_T, res_T, CONFIG_T>;
    template<class x_T, class y_T>
    using product = nnet::product::mult<x_T, y_T>;
};

// Sub_0
struct config394 : nnet::merge_config {
    static const unsigned n_elem = 1;
    static const unsigned n_elem1 = 1;
    static const unsigned n_elem2 = 1;
    static const unsigned reuse_factor = 1;
};

// Sub_1
struct config395 : nnet::merge_config {
    static const unsigned n_elem = 54;
    static const unsigned n_elem1 = 54;
    static const unsigned n_elem2 = 54;
    static const unsigned reuse_factor = 1;
};

// Quant_66_act
struct linear_config433 : nnet::activ_config {
    static const unsigned n_in = 1;
    static const unsigned table_size = 1024;
    static const unsigned io_type = nnet::io_parallel;
    static const unsigned reuse_factor = 1;
    typedef Quant_66_act_table_t table_t;
};

// Quant_67_act
struct linear_config434 : nnet::activ_config {
    static const unsigned n_in = 54;
    static const unsigned table_size = 1024;
    static const unsigned io_type = nnet::io_parallel;
    static const unsigned reuse_factor = 1;
    typedef Quant_67_act_table_t table_t;
};

// Mul_5
struct config398 : nnet::merge_config {
    static const unsigned n_elem = 1;
    static const unsigned n_elem1 = 1;
    static const unsigned n_elem2 = 1;
    static const unsigned reuse_factor = 1;
};

// Mul_6
struct config399 : nnet::merge_config {
    static const unsigned n_elem = 54;
    static const unsigned n_elem1 = 54;
    static const unsigned n_elem2 = 54;
    static const unsigned reuse_factor = 1;
};

// Dense_MatMul_23
struct config482 : nnet::dense_config {
    static const unsigned n_in = 1;
    static const unsigned n_out = 1;
    static const unsigned io_type = nnet::io_parallel;
    static const unsigned strategy = nnet::latency;
    static const unsigned reuse_factor = 1;
    static const unsigned n_zeros = 0;
    static const unsigned n_nonzeros = 1;
    static const unsigned multiplier_limit = DIV_ROUNDUP(n_in * n_out, reuse_factor) - n_zeros / reuse_factor;
    static const bool store_weights_in_bram = false;
    typedef Dense_MatMul_23_accum_t accum_t;
    typedef model_default_t bias_t;
    typedef weight482_t weight_t;
    typedef layer482_index index_t;
    template<class data_T, class res_T, class CONFIG_T>
    using kernel = nnet::DenseLatency<data_T, res_T, CONFIG_T>;
    template<class x_T, class y_T>
    using product = nnet::product::mult<x_T, y_T>;
};

// Mul_7
struct config401 : nnet::merge_config {
    static const unsigned n_elem = 54;
    static const unsigned n_elem1 = 54;
    static const unsigned n_elem2 = 54;
    static const unsigned reuse_factor = 1;
};

// bn_Mul_8
struct config457 : nnet::batchnorm_config {
    static const unsigned n_in = 1;
    static const unsigned n_filt = -1;
    static const unsigned n_scale_bias = (n_filt == -1) ? n_in : n_filt;
    static const unsigned io_type = nnet::io_parallel;
    static const unsigned reuse_factor = 1;
    static const unsigned multiplier_limit = DIV_ROUNDUP(n_in, reuse_factor);
    static const bool store_weights_in_bram = false;
    typedef bias457_t bias_t;
    typedef model_default_t scale_t;
    template<class x_T, class y_T>
    using product = nnet::product::mult<x_T, y_T>;
};

// Dense_MatMul_24
struct config483 : nnet::dense_config {
    static const unsigned n_in = 54;
    static const unsigned n_out = 1;
    static const unsigned io_type = nnet::io_parallel;
    static const unsigned strategy = nnet::latency;
    static const unsigned reuse_factor = 1;
    static const unsigned n_zeros = 0;
    static const unsigned n_nonzeros = 54;
    static const unsigned multiplier_limit = DIV_ROUNDUP(n_in * n_out, reuse_factor) - n_zeros / reuse_factor;
    static const bool store_weights_in_bram = false;
    typedef Dense_MatMul_24_accum_t accum_t;
    typedef model_default_t bias_t;
    typedef weight483_t weight_t;
    typedef layer483_index index_t;
    template<class data_T, class res_T, class CONFIG_T>
    using kernel = nnet::DenseLatency<data_T, res_T, CONFIG_T>;
    template<class x_T, class y_T>
    using product = nnet::product::mult<x_T, y_T>;
};

// Add_19
struct config404 : nnet::merge_config {
    static const unsigned n_elem = 1;
    static const unsigned n_elem1 = 1;
    static const unsigned n_elem2 = 1;
    static const unsigned reuse_factor = 1;
};

// Quant_68_act
struct linear_config435 : nnet::activ_config {
    static const unsigned n_in = 1;
    static const unsigned table_size = 1024;
    static const unsigned io_type = nnet::io_parallel;
    static const unsigned reuse_factor = 1;
    typedef Quant_68_act_table_t table_t;
};


}

#endif
