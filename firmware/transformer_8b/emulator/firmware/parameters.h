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
#include "weights/w315.h"
#include "weights/b315.h"
#include "weights/w308.h"
#include "weights/b308.h"
#include "weights/s305.h"
#include "weights/b305.h"
#include "weights/w309.h"
#include "weights/b309.h"
#include "weights/w310.h"
#include "weights/b310.h"
#include "weights/w311.h"
#include "weights/b311.h"
#include "weights/s293.h"
#include "weights/b293.h"
#include "weights/s294.h"
#include "weights/b294.h"
#include "weights/w312.h"
#include "weights/b312.h"
#include "weights/s296.h"
#include "weights/b296.h"
#include "weights/w313.h"
#include "weights/b313.h"
#include "weights/w314.h"
#include "weights/b314.h"
#include "weights/s299.h"
#include "weights/b299.h"
#include "weights/s300.h"
#include "weights/b300.h"
#include "weights/w316.h"
#include "weights/b316.h"
#include "weights/w317.h"
#include "weights/b317.h"
#include "weights/w318.h"
#include "weights/b318.h"
#include "weights/w319.h"
#include "weights/b319.h"

namespace transformer_8b {

// hls-fpga-machine-learning insert layer-config
// Quant_0_act
struct linear_config267 : nnet::activ_config {
    static const unsigned n_in = 57;
    static const unsigned table_size = 1024;
    static const unsigned io_type = nnet::io_parallel;
    static const unsigned reuse_factor = 4;
    typedef Quant_0_act_table_t table_t;
};

// Dense_MatMul_0
struct config315 : nnet::dense_config {
    static const unsigned n_in = 57;
    static const unsigned n_out = 57;
    static const unsigned io_type = nnet::io_parallel;
    static const unsigned strategy = nnet::latency;
    static const unsigned reuse_factor = 4;
    static const unsigned n_zeros = 3192;
    static const unsigned n_nonzeros = 57;
    static const unsigned multiplier_limit = DIV_ROUNDUP(n_in * n_out, reuse_factor) - n_zeros / reuse_factor;
    static const bool store_weights_in_bram = false;
    typedef Dense_MatMul_0_accum_t accum_t;
    typedef model_default_t bias_t;
    typedef weight315_t weight_t;
    typedef layer315_index index_t;
    template<class data_T, class res_T, class CONFIG_T>
    using kernel = nnet::DenseLatency<data_T, res_T, CONFIG_T>;
    template<class x_T, class y_T>
    using product = nnet::product::mult<x_T, y_T>;
};

// Conv_MatMul_2
struct config320_mult : nnet::dense_config {
    static const unsigned n_in = 57;
    static const unsigned n_out = 114;
    static const unsigned reuse_factor = 4;
    static const unsigned strategy = nnet::latency;
    static const unsigned n_zeros = 0;
    static const unsigned multiplier_limit = DIV_ROUNDUP(n_in * n_out, reuse_factor) - n_zeros / reuse_factor;
    typedef Conv_MatMul_2_accum_t accum_t;
    typedef bias308_t bias_t;
    typedef weight308_t weight_t;
    template<class data_T, class res_T, class CONFIG_T>
    using kernel = nnet::DenseLatency<data_T, res_T, CONFIG_T>;
    template<class x_T, class y_T>
    using product = nnet::product::mult<x_T, y_T>;
};

struct config320 : nnet::conv1d_config {
    static const unsigned pad_left = 0;
    static const unsigned pad_right = 0;
    static const unsigned in_width = 19;
    static const unsigned n_chan = 3;
    static const unsigned filt_width = 1;
    static const unsigned kernel_size = filt_width;
    static const unsigned n_filt = 6;
    static const unsigned stride_width = 1;
    static const unsigned dilation = 1;
    static const unsigned out_width = 19;
    static const unsigned reuse_factor = 4;
    static const unsigned n_zeros = 0;
    static const unsigned multiplier_limit =
        DIV_ROUNDUP(kernel_size * n_chan * n_filt, reuse_factor) - n_zeros / reuse_factor;
    static const bool store_weights_in_bram = false;
    static const unsigned strategy = nnet::latency;
    static const nnet::conv_implementation implementation = nnet::conv_implementation::linebuffer;
    static const unsigned min_width = 19;
    static const ap_uint<filt_width> pixels[min_width];
    static const unsigned n_partitions = 1;
    static const unsigned n_pixels = out_width / n_partitions;
    template<class data_T, class CONFIG_T>
    using fill_buffer = transformer_8b::fill_buffer_320<data_T, CONFIG_T>;
    typedef Conv_MatMul_2_accum_t accum_t;
    typedef bias308_t bias_t;
    typedef weight308_t weight_t;
    typedef config320_mult mult_config;
    template<unsigned K, unsigned S, unsigned W>
    using scale_index = nnet::scale_index_regular<K, S, W>;
    template<class data_T, class res_T, class CONFIG_T>
    using conv_kernel = nnet::BatchedDenseForConv1D<data_T, res_T, CONFIG_T>;
};
const ap_uint<config320::filt_width> config320::pixels[] = {0};

// Relu_0
struct ReLU_config200 : nnet::activ_config {
    static const unsigned n_in = 57;
    static const unsigned table_size = 1024;
    static const unsigned io_type = nnet::io_parallel;
    static const unsigned reuse_factor = 4;
    typedef Relu_0_table_t table_t;
};

// bn_Add_1
struct config305 : nnet::batchnorm_config {
    static const unsigned n_in = 19*6;
    static const unsigned n_filt = -1;
    static const unsigned n_scale_bias = (n_filt == -1) ? n_in : n_filt;
    static const unsigned io_type = nnet::io_parallel;
    static const unsigned reuse_factor = 4;
    static const unsigned multiplier_limit = DIV_ROUNDUP(n_in, reuse_factor);
    static const bool store_weights_in_bram = false;
    typedef bias305_t bias_t;
    typedef scale305_t scale_t;
    template<class x_T, class y_T>
    using product = nnet::product::mult<x_T, y_T>;
};

// Conv_MatMul_3
struct config321_mult : nnet::dense_config {
    static const unsigned n_in = 114;
    static const unsigned n_out = 114;
    static const unsigned reuse_factor = 4;
    static const unsigned strategy = nnet::latency;
    static const unsigned n_zeros = 0;
    static const unsigned multiplier_limit = DIV_ROUNDUP(n_in * n_out, reuse_factor) - n_zeros / reuse_factor;
    typedef Conv_MatMul_3_accum_t accum_t;
    typedef bias309_t bias_t;
    typedef weight309_t weight_t;
    template<class data_T, class res_T, class CONFIG_T>
    using kernel = nnet::DenseLatency<data_T, res_T, CONFIG_T>;
    template<class x_T, class y_T>
    using product = nnet::product::mult<x_T, y_T>;
};

struct config321 : nnet::conv1d_config {
    static const unsigned pad_left = 0;
    static const unsigned pad_right = 0;
    static const unsigned in_width = 19;
    static const unsigned n_chan = 6;
    static const unsigned filt_width = 1;
    static const unsigned kernel_size = filt_width;
    static const unsigned n_filt = 6;
    static const unsigned stride_width = 1;
    static const unsigned dilation = 1;
    static const unsigned out_width = 19;
    static const unsigned reuse_factor = 4;
    static const unsigned n_zeros = 0;
    static const unsigned multiplier_limit =
        DIV_ROUNDUP(kernel_size * n_chan * n_filt, reuse_factor) - n_zeros / reuse_factor;
    static const bool store_weights_in_bram = false;
    static const unsigned strategy = nnet::latency;
    static const nnet::conv_implementation implementation = nnet::conv_implementation::linebuffer;
    static const unsigned min_width = 19;
    static const ap_uint<filt_width> pixels[min_width];
    static const unsigned n_partitions = 1;
    static const unsigned n_pixels = out_width / n_partitions;
    template<class data_T, class CONFIG_T>
    using fill_buffer = transformer_8b::fill_buffer_321<data_T, CONFIG_T>;
    typedef Conv_MatMul_3_accum_t accum_t;
    typedef bias309_t bias_t;
    typedef weight309_t weight_t;
    typedef config321_mult mult_config;
    template<unsigned K, unsigned S, unsigned W>
    using scale_index = nnet::scale_index_regular<K, S, W>;
    template<class data_T, class res_T, class CONFIG_T>
    using conv_kernel = nnet::BatchedDenseForConv1D<data_T, res_T, CONFIG_T>;
};
const ap_uint<config321::filt_width> config321::pixels[] = {0};

// Conv_MatMul_4
struct config322_mult : nnet::dense_config {
    static const unsigned n_in = 114;
    static const unsigned n_out = 114;
    static const unsigned reuse_factor = 4;
    static const unsigned strategy = nnet::latency;
    static const unsigned n_zeros = 0;
    static const unsigned multiplier_limit = DIV_ROUNDUP(n_in * n_out, reuse_factor) - n_zeros / reuse_factor;
    typedef Conv_MatMul_4_accum_t accum_t;
    typedef bias310_t bias_t;
    typedef weight310_t weight_t;
    template<class data_T, class res_T, class CONFIG_T>
    using kernel = nnet::DenseLatency<data_T, res_T, CONFIG_T>;
    template<class x_T, class y_T>
    using product = nnet::product::mult<x_T, y_T>;
};

struct config322 : nnet::conv1d_config {
    static const unsigned pad_left = 0;
    static const unsigned pad_right = 0;
    static const unsigned in_width = 19;
    static const unsigned n_chan = 6;
    static const unsigned filt_width = 1;
    static const unsigned kernel_size = filt_width;
    static const unsigned n_filt = 6;
    static const unsigned stride_width = 1;
    static const unsigned dilation = 1;
    static const unsigned out_width = 19;
    static const unsigned reuse_factor = 4;
    static const unsigned n_zeros = 0;
    static const unsigned multiplier_limit =
        DIV_ROUNDUP(kernel_size * n_chan * n_filt, reuse_factor) - n_zeros / reuse_factor;
    static const bool store_weights_in_bram = false;
    static const unsigned strategy = nnet::latency;
    static const nnet::conv_implementation implementation = nnet::conv_implementation::linebuffer;
    static const unsigned min_width = 19;
    static const ap_uint<filt_width> pixels[min_width];
    static const unsigned n_partitions = 1;
    static const unsigned n_pixels = out_width / n_partitions;
    template<class data_T, class CONFIG_T>
    using fill_buffer = transformer_8b::fill_buffer_322<data_T, CONFIG_T>;
    typedef Conv_MatMul_4_accum_t accum_t;
    typedef bias310_t bias_t;
    typedef weight310_t weight_t;
    typedef config322_mult mult_config;
    template<unsigned K, unsigned S, unsigned W>
    using scale_index = nnet::scale_index_regular<K, S, W>;
    template<class data_T, class res_T, class CONFIG_T>
    using conv_kernel = nnet::BatchedDenseForConv1D<data_T, res_T, CONFIG_T>;
};
const ap_uint<config322::filt_width> config322::pixels[] = {0};

// Conv_MatMul_5
struct config323_mult : nnet::dense_config {
    static const unsigned n_in = 114;
    static const unsigned n_out = 114;
    static const unsigned reuse_factor = 4;
    static const unsigned strategy = nnet::latency;
    static const unsigned n_zeros = 0;
    static const unsigned multiplier_limit = DIV_ROUNDUP(n_in * n_out, reuse_factor) - n_zeros / reuse_factor;
    typedef Conv_MatMul_5_accum_t accum_t;
    typedef bias311_t bias_t;
    typedef weight311_t weight_t;
    template<class data_T, class res_T, class CONFIG_T>
    using kernel = nnet::DenseLatency<data_T, res_T, CONFIG_T>;
    template<class x_T, class y_T>
    using product = nnet::product::mult<x_T, y_T>;
};

struct config323 : nnet::conv1d_config {
    static const unsigned pad_left = 0;
    static const unsigned pad_right = 0;
    static const unsigned in_width = 19;
    static const unsigned n_chan = 6;
    static const unsigned filt_width = 1;
    static const unsigned kernel_size = filt_width;
    static const unsigned n_filt = 6;
    static const unsigned stride_width = 1;
    static const unsigned dilation = 1;
    static const unsigned out_width = 19;
    static const unsigned reuse_factor = 4;
    static const unsigned n_zeros = 0;
    static const unsigned multiplier_limit =
        DIV_ROUNDUP(kernel_size * n_chan * n_filt, reuse_factor) - n_zeros / reuse_factor;
    static const bool store_weights_in_bram = false;
    static const unsigned strategy = nnet::latency;
    static const nnet::conv_implementation implementation = nnet::conv_implementation::linebuffer;
    static const unsigned min_width = 19;
    static const ap_uint<filt_width> pixels[min_width];
    static const unsigned n_partitions = 1;
    static const unsigned n_pixels = out_width / n_partitions;
    template<class data_T, class CONFIG_T>
    using fill_buffer = transformer_8b::fill_buffer_323<data_T, CONFIG_T>;
    typedef Conv_MatMul_5_accum_t accum_t;
    typedef bias311_t bias_t;
    typedef weight311_t weight_t;
    typedef config323_mult mult_config;
    template<unsigned K, unsigned S, unsigned W>
    using scale_index = nnet::scale_index_regular<K, S, W>;
    template<class data_T, class res_T, class CONFIG_T>
    using conv_kernel = nnet::BatchedDenseForConv1D<data_T, res_T, CONFIG_T>;
};
const ap_uint<config323::filt_width> config323::pixels[] = {0};

// Transpose_0
struct config218 {
    static const unsigned dims = 3;
    static const unsigned N = 114;
    static const unsigned* const from_shape;
    static const unsigned* const to_shape;
    static const unsigned* const perm;
    static const unsigned* const perm_strides;
};

unsigned config218_from_shape[3] = {19, 2, 3};
unsigned config218_to_shape[3] = {2, 19, 3};
unsigned config218_perm[3] = {1, 0, 2};
unsigned config218_perm_strides[3] = {3, 6, 1};

const unsigned* const config218::from_shape = config218_from_shape;
const unsigned* const config218::to_shape = config218_to_shape;
const unsigned* const config218::perm = config218_perm;
const unsigned* const config218::perm_strides = config218_perm_strides;

// Transpose_1
struct config219 {
    static const unsigned dims = 3;
    static const unsigned N = 114;
    static const unsigned* const from_shape;
    static const unsigned* const to_shape;
    static const unsigned* const perm;
    static const unsigned* const perm_strides;
};

unsigned config219_from_shape[3] = {19, 2, 3};
unsigned config219_to_shape[3] = {2, 19, 3};
unsigned config219_perm[3] = {1, 0, 2};
unsigned config219_perm_strides[3] = {3, 6, 1};

const unsigned* const config219::from_shape = config219_from_shape;
const unsigned* const config219::to_shape = config219_to_shape;
const unsigned* const config219::perm = config219_perm;
const unsigned* const config219::perm_strides = config219_perm_strides;

// Transpose_2
struct config220 {
    static const unsigned dims = 3;
    static const unsigned N = 114;
    static const unsigned* const from_shape;
    static const unsigned* const to_shape;
    static const unsigned* const perm;
    static const unsigned* const perm_strides;
};

unsigned config220_from_shape[3] = {19, 2, 3};
unsigned config220_to_shape[3] = {2, 3, 19};
unsigned config220_perm[3] = {1, 2, 0};
unsigned config220_perm_strides[3] = {3, 1, 6};

const unsigned* const config220::from_shape = config220_from_shape;
const unsigned* const config220::to_shape = config220_to_shape;
const unsigned* const config220::perm = config220_perm;
const unsigned* const config220::perm_strides = config220_perm_strides;

// einsum_MatMul_6
struct config306_tpose_inp0 {
    static const unsigned dims = 3;
    static const unsigned N = 114;
    static const unsigned* const from_shape;
    static const unsigned* const to_shape;
    static const unsigned* const perm;
    static const unsigned* const perm_strides;
};

unsigned config306_tpose_inp0_from_shape[3] = {2, 19, 3};
unsigned config306_tpose_inp0_to_shape[3] = {2, 19, 3};
unsigned config306_tpose_inp0_perm[3] = {0, 1, 2};
unsigned config306_tpose_inp0_perm_strides[3] = {57, 3, 1};

const unsigned* const config306_tpose_inp0::from_shape = config306_tpose_inp0_from_shape;
const unsigned* const config306_tpose_inp0::to_shape = config306_tpose_inp0_to_shape;
const unsigned* const config306_tpose_inp0::perm = config306_tpose_inp0_perm;
const unsigned* const config306_tpose_inp0::perm_strides = config306_tpose_inp0_perm_strides;


struct config306_tpose_inp1 {
    static const unsigned dims = 3;
    static const unsigned N = 114;
    static const unsigned* const from_shape;
    static const unsigned* const to_shape;
    static const unsigned* const perm;
    static const unsigned* const perm_strides;
};

unsigned config306_tpose_inp1_from_shape[3] = {2, 3, 19};
unsigned config306_tpose_inp1_to_shape[3] = {2, 19, 3};
unsigned config306_tpose_inp1_perm[3] = {0, 2, 1};
unsigned config306_tpose_inp1_perm_strides[3] = {57, 1, 19};

const unsigned* const config306_tpose_inp1::from_shape = config306_tpose_inp1_from_shape;
const unsigned* const config306_tpose_inp1::to_shape = config306_tpose_inp1_to_shape;
const unsigned* const config306_tpose_inp1::perm = config306_tpose_inp1_perm;
const unsigned* const config306_tpose_inp1::perm_strides = config306_tpose_inp1_perm_strides;


struct config306_tpose_out {
    static const unsigned dims = 3;
    static const unsigned N = 722;
    static const unsigned* const from_shape;
    static const unsigned* const to_shape;
    static const unsigned* const perm;
    static const unsigned* const perm_strides;
};

unsigned config306_tpose_out_from_shape[3] = {2, 19, 19};
unsigned config306_tpose_out_to_shape[3] = {2, 19, 19};
unsigned config306_tpose_out_perm[3] = {0, 1, 2};
unsigned config306_tpose_out_perm_strides[3] = {361, 19, 1};

const unsigned* const config306_tpose_out::from_shape = config306_tpose_out_from_shape;
const unsigned* const config306_tpose_out::to_shape = config306_tpose_out_to_shape;
const unsigned* const config306_tpose_out::perm = config306_tpose_out_perm;
const unsigned* const config306_tpose_out::perm_strides = config306_tpose_out_perm_strides;



struct config306 {
    typedef config306_tpose_inp0 tpose_inp0_config;
    typedef config306_tpose_inp1 tpose_inp1_config;
    typedef config306_tpose_out tpose_out_conf;

    typedef einsum_matmul_6_accum_t accum_t;

    // Layer Sizes
    static const unsigned n_free0 = 19;
    static const unsigned n_free1 = 19;
    static const unsigned n_contract = 3;
    static const unsigned n_inplace = 2;

    // Resource reuse info
    static const unsigned io_type = nnet::io_parallel;
    static const unsigned strategy = nnet::latency;
    static const unsigned reuse_factor = 4;
    static const unsigned multiplier_limit = 542;
    static const bool store_weights_in_bram = false; // NOT USED

    template <class x_T, class y_T>
    using product = nnet::product::mult<x_T, y_T>;
};

// bn_Mul_0
struct config293 : nnet::batchnorm_config {
    static const unsigned n_in = 2*19*19;
    static const unsigned n_filt = -1;
    static const unsigned n_scale_bias = (n_filt == -1) ? n_in : n_filt;
    static const unsigned io_type = nnet::io_parallel;
    static const unsigned reuse_factor = 4;
    static const unsigned multiplier_limit = DIV_ROUNDUP(n_in, reuse_factor);
    static const bool store_weights_in_bram = false;
    typedef bias293_t bias_t;
    typedef model_default_t scale_t;
    template<class x_T, class y_T>
    using product = nnet::product::mult<x_T, y_T>;
};

// Relu_1
struct ReLU_config224 : nnet::activ_config {
    static const unsigned n_in = 722;
    static const unsigned table_size = 1024;
    static const unsigned io_type = nnet::io_parallel;
    static const unsigned reuse_factor = 4;
    typedef Relu_1_table_t table_t;
};

// einsum_MatMul_7
struct config307_tpose_inp0 {
    static const unsigned dims = 3;
    static const unsigned N = 722;
    static const unsigned* const from_shape;
    static const unsigned* const to_shape;
    static const unsigned* const perm;
    static const unsigned* const perm_strides;
};

unsigned config307_tpose_inp0_from_shape[3] = {2, 19, 19};
unsigned config307_tpose_inp0_to_shape[3] = {2, 19, 19};
unsigned config307_tpose_inp0_perm[3] = {0, 1, 2};
unsigned config307_tpose_inp0_perm_strides[3] = {361, 19, 1};

const unsigned* const config307_tpose_inp0::from_shape = config307_tpose_inp0_from_shape;
const unsigned* const config307_tpose_inp0::to_shape = config307_tpose_inp0_to_shape;
const unsigned* const config307_tpose_inp0::perm = config307_tpose_inp0_perm;
const unsigned* const config307_tpose_inp0::perm_strides = config307_tpose_inp0_perm_strides;


struct config307_tpose_inp1 {
    static const unsigned dims = 3;
    static const unsigned N = 114;
    static const unsigned* const from_shape;
    static const unsigned* const to_shape;
    static const unsigned* const perm;
    static const unsigned* const perm_strides;
};

unsigned config307_tpose_inp1_from_shape[3] = {2, 19, 3};
unsigned config307_tpose_inp1_to_shape[3] = {2, 3, 19};
unsigned config307_tpose_inp1_perm[3] = {0, 2, 1};
unsigned config307_tpose_inp1_perm_strides[3] = {57, 1, 3};

const unsigned* const config307_tpose_inp1::from_shape = config307_tpose_inp1_from_shape;
const unsigned* const config307_tpose_inp1::to_shape = config307_tpose_inp1_to_shape;
const unsigned* const config307_tpose_inp1::perm = config307_tpose_inp1_perm;
const unsigned* const config307_tpose_inp1::perm_strides = config307_tpose_inp1_perm_strides;


struct config307_tpose_out {
    static const unsigned dims = 3;
    static const unsigned N = 114;
    static const unsigned* const from_shape;
    static const unsigned* const to_shape;
    static const unsigned* const perm;
    static const unsigned* const perm_strides;
};

unsigned config307_tpose_out_from_shape[3] = {2, 19, 3};
unsigned config307_tpose_out_to_shape[3] = {2, 19, 3};
unsigned config307_tpose_out_perm[3] = {0, 1, 2};
unsigned config307_tpose_out_perm_strides[3] = {57, 3, 1};

const unsigned* const config307_tpose_out::from_shape = config307_tpose_out_from_shape;
const unsigned* const config307_tpose_out::to_shape = config307_tpose_out_to_shape;
const unsigned* const config307_tpose_out::perm = config307_tpose_out_perm;
const unsigned* const config307_tpose_out::perm_strides = config307_tpose_out_perm_strides;



struct config307 {
    typedef config307_tpose_inp0 tpose_inp0_config;
    typedef config307_tpose_inp1 tpose_inp1_config;
    typedef config307_tpose_out tpose_out_conf;

    typedef einsum_matmul_7_accum_t accum_t;

    // Layer Sizes
    static const unsigned n_free0 = 19;
    static const unsigned n_free1 = 3;
    static const unsigned n_contract = 19;
    static const unsigned n_inplace = 2;

    // Resource reuse info
    static const unsigned io_type = nnet::io_parallel;
    static const unsigned strategy = nnet::latency;
    static const unsigned reuse_factor = 4;
    static const unsigned multiplier_limit = 542;
    static const bool store_weights_in_bram = false; // NOT USED

    template <class x_T, class y_T>
    using product = nnet::product::mult<x_T, y_T>;
};

// bn_Mul_1
struct config294 : nnet::batchnorm_config {
    static const unsigned n_in = 2*19*3;
    static const unsigned n_filt = -1;
    static const unsigned n_scale_bias = (n_filt == -1) ? n_in : n_filt;
    static const unsigned io_type = nnet::io_parallel;
    static const unsigned reuse_factor = 4;
    static const unsigned multiplier_limit = DIV_ROUNDUP(n_in, reuse_factor);
    static const bool store_weights_in_bram = false;
    typedef bias294_t bias_t;
    typedef model_default_t scale_t;
    template<class x_T, class y_T>
    using product = nnet::product::mult<x_T, y_T>;
};

// Transpose_3
struct config229 {
    static const unsigned dims = 3;
    static const unsigned N = 114;
    static const unsigned* const from_shape;
    static const unsigned* const to_shape;
    static const unsigned* const perm;
    static const unsigned* const perm_strides;
};

unsigned config229_from_shape[3] = {2, 19, 3};
unsigned config229_to_shape[3] = {19, 2, 3};
unsigned config229_perm[3] = {1, 0, 2};
unsigned config229_perm_strides[3] = {3, 57, 1};

const unsigned* const config229::from_shape = config229_from_shape;
const unsigned* const config229::to_shape = config229_to_shape;
const unsigned* const config229::perm = config229_perm;
const unsigned* const config229::perm_strides = config229_perm_strides;

// Conv_MatMul_8
struct config324_mult : nnet::dense_config {
    static const unsigned n_in = 114;
    static const unsigned n_out = 114;
    static const unsigned reuse_factor = 4;
    static const unsigned strategy = nnet::latency;
    static const unsigned n_zeros = 0;
    static const unsigned multiplier_limit = DIV_ROUNDUP(n_in * n_out, reuse_factor) - n_zeros / reuse_factor;
    typedef Conv_MatMul_8_accum_t accum_t;
    typedef bias312_t bias_t;
    typedef weight312_t weight_t;
    template<class data_T, class res_T, class CONFIG_T>
    using kernel = nnet::DenseLatency<data_T, res_T, CONFIG_T>;
    template<class x_T, class y_T>
    using product = nnet::product::mult<x_T, y_T>;
};

struct config324 : nnet::conv1d_config {
    static const unsigned pad_left = 0;
    static const unsigned pad_right = 0;
    static const unsigned in_width = 19;
    static const unsigned n_chan = 6;
    static const unsigned filt_width = 1;
    static const unsigned kernel_size = filt_width;
    static const unsigned n_filt = 6;
    static const unsigned stride_width = 1;
    static const unsigned dilation = 1;
    static const unsigned out_width = 19;
    static const unsigned reuse_factor = 4;
    static const unsigned n_zeros = 0;
    static const unsigned multiplier_limit =
        DIV_ROUNDUP(kernel_size * n_chan * n_filt, reuse_factor) - n_zeros / reuse_factor;
    static const bool store_weights_in_bram = false;
    static const unsigned strategy = nnet::latency;
    static const nnet::conv_implementation implementation = nnet::conv_implementation::linebuffer;
    static const unsigned min_width = 19;
    static const ap_uint<filt_width> pixels[min_width];
    static const unsigned n_partitions = 1;
    static const unsigned n_pixels = out_width / n_partitions;
    template<class data_T, class CONFIG_T>
    using fill_buffer = transformer_8b::fill_buffer_324<data_T, CONFIG_T>;
    typedef Conv_MatMul_8_accum_t accum_t;
    typedef bias312_t bias_t;
    typedef weight312_t weight_t;
    typedef config324_mult mult_config;
    template<unsigned K, unsigned S, unsigned W>
    using scale_index = nnet::scale_index_regular<K, S, W>;
    template<class data_T, class res_T, class CONFIG_T>
    using conv_kernel = nnet::BatchedDenseForConv1D<data_T, res_T, CONFIG_T>;
};
const ap_uint<config324::filt_width> config324::pixels[] = {0};

// bn_Mul_2
struct config296 : nnet::batchnorm_config {
    static const unsigned n_in = 19*6;
    static const unsigned n_filt = -1;
    static const unsigned n_scale_bias = (n_filt == -1) ? n_in : n_filt;
    static const unsigned io_type = nnet::io_parallel;
    static const unsigned reuse_factor = 4;
    static const unsigned multiplier_limit = DIV_ROUNDUP(n_in, reuse_factor);
    static const bool store_weights_in_bram = false;
    typedef bias296_t bias_t;
    typedef model_default_t scale_t;
    template<class x_T, class y_T>
    using product = nnet::product::mult<x_T, y_T>;
};

// Add_6
struct config235 : nnet::merge_config {
    static const unsigned n_elem = 19*6;
    static const unsigned n_elem1 = 19*6;
    static const unsigned n_elem2 = 19*6;
    static const unsigned reuse_factor = 4;
};

// Quant_34_act
struct linear_config278 : nnet::activ_config {
    static const unsigned n_in = 114;
    static const unsigned table_size = 1024;
    static const unsigned io_type = nnet::io_parallel;
    static const unsigned reuse_factor = 4;
    typedef Quant_34_act_table_t table_t;
};

// Conv_MatMul_9
struct config325_mult : nnet::dense_config {
    static const unsigned n_in = 114;
    static const unsigned n_out = 228;
    static const unsigned reuse_factor = 4;
    static const unsigned strategy = nnet::latency;
    static const unsigned n_zeros = 1;
    static const unsigned multiplier_limit = DIV_ROUNDUP(n_in * n_out, reuse_factor) - n_zeros / reuse_factor;
    typedef Conv_MatMul_9_accum_t accum_t;
    typedef bias313_t bias_t;
    typedef weight313_t weight_t;
    template<class data_T, class res_T, class CONFIG_T>
    using kernel = nnet::DenseLatency<data_T, res_T, CONFIG_T>;
    template<class x_T, class y_T>
    using product = nnet::product::mult<x_T, y_T>;
};

struct config325 : nnet::conv1d_config {
    static const unsigned pad_left = 0;
    static const unsigned pad_right = 0;
    static const unsigned in_width = 19;
    static const unsigned n_chan = 6;
    static const unsigned filt_width = 1;
    static const unsigned kernel_size = filt_width;
    static const unsigned n_filt = 12;
    static const unsigned stride_width = 1;
    static const unsigned dilation = 1;
    static const unsigned out_width = 19;
    static const unsigned reuse_factor = 4;
    static const unsigned n_zeros = 1;
    static const unsigned multiplier_limit =
        DIV_ROUNDUP(kernel_size * n_chan * n_filt, reuse_factor) - n_zeros / reuse_factor;
    static const bool store_weights_in_bram = false;
    static const unsigned strategy = nnet::latency;
    static const nnet::conv_implementation implementation = nnet::conv_implementation::linebuffer;
    static const unsigned min_width = 19;
    static const ap_uint<filt_width> pixels[min_width];
    static const unsigned n_partitions = 1;
    static const unsigned n_pixels = out_width / n_partitions;
    template<class data_T, class CONFIG_T>
    using fill_buffer = transformer_8b::fill_buffer_325<data_T, CONFIG_T>;
    typedef Conv_MatMul_9_accum_t accum_t;
    typedef bias313_t bias_t;
    typedef weight313_t weight_t;
    typedef config325_mult mult_config;
    template<unsigned K, unsigned S, unsigned W>
    using scale_index = nnet::scale_index_regular<K, S, W>;
    template<class data_T, class res_T, class CONFIG_T>
    using conv_kernel = nnet::BatchedDenseForConv1D<data_T, res_T, CONFIG_T>;
};
const ap_uint<config325::filt_width> config325::pixels[] = {0};

// Relu_2
struct ReLU_config239 : nnet::activ_config {
    static const unsigned n_in = 228;
    static const unsigned table_size = 1024;
    static const unsigned io_type = nnet::io_parallel;
    static const unsigned reuse_factor = 4;
    typedef Relu_2_table_t table_t;
};

// Conv_MatMul_10
struct config326_mult : nnet::dense_config {
    static const unsigned n_in = 228;
    static const unsigned n_out = 114;
    static const unsigned reuse_factor = 4;
    static const unsigned strategy = nnet::latency;
    static const unsigned n_zeros = 1;
    static const unsigned multiplier_limit = DIV_ROUNDUP(n_in * n_out, reuse_factor) - n_zeros / reuse_factor;
    typedef Conv_MatMul_10_accum_t accum_t;
    typedef bias314_t bias_t;
    typedef weight314_t weight_t;
    template<class data_T, class res_T, class CONFIG_T>
    using kernel = nnet::DenseLatency<data_T, res_T, CONFIG_T>;
    template<class x_T, class y_T>
    using product = nnet::product::mult<x_T, y_T>;
};

struct config326 : nnet::conv1d_config {
    static const unsigned pad_left = 0;
    static const unsigned pad_right = 0;
    static const unsigned in_width = 19;
    static const unsigned n_chan = 12;
    static const unsigned filt_width = 1;
    static const unsigned kernel_size = filt_width;
    static const unsigned n_filt = 6;
    static const unsigned stride_width = 1;
    static const unsigned dilation = 1;
    static const unsigned out_width = 19;
    static const unsigned reuse_factor = 4;
    static const unsigned n_zeros = 1;
    static const unsigned multiplier_limit =
        DIV_ROUNDUP(kernel_size * n_chan * n_filt, reuse_factor) - n_zeros / reuse_factor;
    static const bool store_weights_in_bram = false;
    static const unsigned strategy = nnet::latency;
    static const nnet::conv_implementation implementation = nnet::conv_implementation::linebuffer;
    static const unsigned min_width = 19;
    static const ap_uint<filt_width> pixels[min_width];
    static const unsigned n_partitions = 1;
    static const unsigned n_pixels = out_width / n_partitions;
    template<class data_T, class CONFIG_T>
    using fill_buffer = transformer_8b::fill_buffer_326<data_T, CONFIG_T>;
    typedef Conv_MatMul_10_accum_t accum_t;
    typedef bias314_t bias_t;
    typedef weight314_t weight_t;
    typedef config326_mult mult_config;
    template<unsigned K, unsigned S, unsigned W>
    using scale_index = nnet::scale_index_regular<K, S, W>;
    template<class data_T, class res_T, class CONFIG_T>
    using conv_kernel = nnet::BatchedDenseForConv1D<data_T, res_T, CONFIG_T>;
};
const ap_uint<config326::filt_width> config326::pixels[] = {0};

// bn_Mul_3
struct config299 : nnet::batchnorm_config {
    static const unsigned n_in = 19*6;
    static const unsigned n_filt = -1;
    static const unsigned n_scale_bias = (n_filt == -1) ? n_in : n_filt;
    static const unsigned io_type = nnet::io_parallel;
    static const unsigned reuse_factor = 4;
    static const unsigned multiplier_limit = DIV_ROUNDUP(n_in, reuse_factor);
    static const bool store_weights_in_bram = false;
    typedef bias299_t bias_t;
    typedef model_default_t scale_t;
    template<class x_T, class y_T>
    using product = nnet::product::mult<x_T, y_T>;
};

// Add_9
struct config245 : nnet::merge_config {
    static const unsigned n_elem = 19*6;
    static const unsigned n_elem1 = 19*6;
    static const unsigned n_elem2 = 19*6;
    static const unsigned reuse_factor = 4;
};

// Quant_37_act
struct linear_config281 : nnet::activ_config {
    static const unsigned n_in = 114;
    static const unsigned table_size = 1024;
    static const unsigned io_type = nnet::io_parallel;
    static const unsigned reuse_factor = 4;
    typedef Quant_37_act_table_t table_t;
};

// ReduceSum_0
struct config247 : nnet::reduce_sum_config {
    typedef layer247_t accum_t;
    static const unsigned n_outer = 1;
    static const unsigned n_reduce = 19;
    static const unsigned n_inner = 6;
};
// bn_Mul_4
struct config300 : nnet::batchnorm_config {
    static const unsigned n_in = 6;
    static const unsigned n_filt = -1;
    static const unsigned n_scale_bias = (n_filt == -1) ? n_in : n_filt;
    static const unsigned io_type = nnet::io_parallel;
    static const unsigned reuse_factor = 4;
    static const unsigned multiplier_limit = DIV_ROUNDUP(n_in, reuse_factor);
    static const bool store_weights_in_bram = false;
    typedef bias300_t bias_t;
    typedef model_default_t scale_t;
    template<class x_T, class y_T>
    using product = nnet::product::mult<x_T, y_T>;
};

// Dense_MatMul_11
struct config316 : nnet::dense_config {
    static const unsigned n_in = 6;
    static const unsigned n_out = 3;
    static const unsigned io_type = nnet::io_parallel;
    static const unsigned strategy = nnet::latency;
    static const unsigned reuse_factor = 4;
    static const unsigned n_zeros = 0;
    static const unsigned n_nonzeros = 18;
    static const unsigned multiplier_limit = DIV_ROUNDUP(n_in * n_out, reuse_factor) - n_zeros / reuse_factor;
    static const bool store_weights_in_bram = false;
    typedef Dense_MatMul_11_accum_t accum_t;
    typedef bias316_t bias_t;
    typedef weight316_t weight_t;
    typedef layer316_index index_t;
    template<class data_T, class res_T, class CONFIG_T>
    using kernel = nnet::DenseLatency<data_T, res_T, CONFIG_T>;
    template<class x_T, class y_T>
    using product = nnet::product::mult<x_T, y_T>;
};

// Dense_MatMul_12
struct config317 : nnet::dense_config {
    static const unsigned n_in = 3;
    static const unsigned n_out = 32;
    static const unsigned io_type = nnet::io_parallel;
    static const unsigned strategy = nnet::latency;
    static const unsigned reuse_factor = 4;
    static const unsigned n_zeros = 0;
    static const unsigned n_nonzeros = 96;
    static const unsigned multiplier_limit = DIV_ROUNDUP(n_in * n_out, reuse_factor) - n_zeros / reuse_factor;
    static const bool store_weights_in_bram = false;
    typedef Dense_MatMul_12_accum_t accum_t;
    typedef bias317_t bias_t;
    typedef weight317_t weight_t;
    typedef layer317_index index_t;
    template<class data_T, class res_T, class CONFIG_T>
    using kernel = nnet::DenseLatency<data_T, res_T, CONFIG_T>;
    template<class x_T, class y_T>
    using product = nnet::product::mult<x_T, y_T>;
};

// Relu_3
struct ReLU_config256 : nnet::activ_config {
    static const unsigned n_in = 32;
    static const unsigned table_size = 1024;
    static const unsigned io_type = nnet::io_parallel;
    static const unsigned reuse_factor = 4;
    typedef Relu_3_table_t table_t;
};

// Dense_MatMul_13
struct config318 : nnet::dense_config {
    static const unsigned n_in = 32;
    static const unsigned n_out = 57;
    static const unsigned io_type = nnet::io_parallel;
    static const unsigned strategy = nnet::latency;
    static const unsigned reuse_factor = 4;
    static const unsigned n_zeros = 71;
    static const unsigned n_nonzeros = 1753;
    static const unsigned multiplier_limit = DIV_ROUNDUP(n_in * n_out, reuse_factor) - n_zeros / reuse_factor;
    static const bool store_weights_in_bram = false;
    typedef Dense_MatMul_13_accum_t accum_t;
    typedef bias318_t bias_t;
    typedef weight318_t weight_t;
    typedef layer318_index index_t;
    template<class data_T, class res_T, class CONFIG_T>
    using kernel = nnet::DenseLatency<data_T, res_T, CONFIG_T>;
    template<class x_T, class y_T>
    using product = nnet::product::mult<x_T, y_T>;
};

// Sub_0
struct config261 : nnet::merge_config {
    static const unsigned n_elem = 57;
    static const unsigned n_elem1 = 57;
    static const unsigned n_elem2 = 57;
    static const unsigned reuse_factor = 4;
};

// Quant_43_act
struct linear_config287 : nnet::activ_config {
    static const unsigned n_in = 57;
    static const unsigned table_size = 1024;
    static const unsigned io_type = nnet::io_parallel;
    static const unsigned reuse_factor = 4;
    typedef Quant_43_act_table_t table_t;
};

// Mul_5
struct config263 : nnet::merge_config {
    static const unsigned n_elem = 57;
    static const unsigned n_elem1 = 57;
    static const unsigned n_elem2 = 57;
    static const unsigned reuse_factor = 4;
};

// Mul_6
struct config264 : nnet::merge_config {
    static const unsigned n_elem = 57;
    static const unsigned n_elem1 = 57;
    static const unsigned n_elem2 = 57;
    static const unsigned reuse_factor = 4;
};

// Dense_MatMul_14
struct config319 : nnet::dense_config {
    static const unsigned n_in = 57;
    static const unsigned n_out = 1;
    static const unsigned io_type = nnet::io_parallel;
    static const unsigned strategy = nnet::latency;
    static const unsigned reuse_factor = 4;
    static const unsigned n_zeros = 0;
    static const unsigned n_nonzeros = 57;
    static const unsigned multiplier_limit = DIV_ROUNDUP(n_in * n_out, reuse_factor) - n_zeros / reuse_factor;
    static const bool store_weights_in_bram = false;
    typedef Dense_MatMul_14_accum_t accum_t;
    typedef model_default_t bias_t;
    typedef weight319_t weight_t;
    typedef layer319_index index_t;
    template<class data_T, class res_T, class CONFIG_T>
    using kernel = nnet::DenseLatency<data_T, res_T, CONFIG_T>;
    template<class x_T, class y_T>
    using product = nnet::product::mult<x_T, y_T>;
};


}

#endif
