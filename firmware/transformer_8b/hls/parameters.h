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
#include "weights/w247.h"
#include "weights/b247.h"
#include "weights/s244.h"
#include "weights/b244.h"
#include "weights/w248.h"
#include "weights/b248.h"
#include "weights/w249.h"
#include "weights/b249.h"
#include "weights/w250.h"
#include "weights/b250.h"
#include "weights/s234.h"
#include "weights/b234.h"
#include "weights/s235.h"
#include "weights/b235.h"
#include "weights/w251.h"
#include "weights/b251.h"
#include "weights/s237.h"
#include "weights/b237.h"
#include "weights/w252.h"
#include "weights/b252.h"
#include "weights/w253.h"
#include "weights/b253.h"
#include "weights/s240.h"
#include "weights/b240.h"
#include "weights/s241.h"
#include "weights/b241.h"
#include "weights/w254.h"
#include "weights/b254.h"
#include "weights/w255.h"
#include "weights/b255.h"


// hls-fpga-machine-learning insert layer-config
// Quant_0_act
struct linear_config213 : nnet::activ_config {
    static const unsigned n_in = 57;
    static const unsigned table_size = 1024;
    static const unsigned io_type = nnet::io_parallel;
    static const unsigned reuse_factor = 1;
    typedef Quant_0_act_table_t table_t;
};

// Conv_MatMul_1
struct config256_mult : nnet::dense_config {
    static const unsigned n_in = 57;
    static const unsigned n_out = 114;
    static const unsigned reuse_factor = 1;
    static const unsigned strategy = nnet::latency;
    static const unsigned n_zeros = 0;
    static const unsigned multiplier_limit = DIV_ROUNDUP(n_in * n_out, reuse_factor) - n_zeros / reuse_factor;
    typedef Conv_MatMul_1_accum_t accum_t;
    typedef bias247_t bias_t;
    typedef weight247_t weight_t;
    template<class data_T, class res_T, class CONFIG_T>
    using kernel = nnet::DenseLatency<data_T, res_T, CONFIG_T>;
    template<class x_T, class y_T>
    using product = nnet::product::mult<x_T, y_T>;
};

struct config256 : nnet::conv1d_config {
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
    static const unsigned reuse_factor = 1;
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
    using fill_buffer = nnet::fill_buffer_256<data_T, CONFIG_T>;
    typedef Conv_MatMul_1_accum_t accum_t;
    typedef bias247_t bias_t;
    typedef weight247_t weight_t;
    typedef config256_mult mult_config;
    template<unsigned K, unsigned S, unsigned W>
    using scale_index = nnet::scale_index_regular<K, S, W>;
    template<class data_T, class res_T, class CONFIG_T>
    using conv_kernel = nnet::BatchedDenseForConv1D<data_T, res_T, CONFIG_T>;
};
const ap_uint<config256::filt_width> config256::pixels[] = {0};

// bn_Add_1
struct config244 : nnet::batchnorm_config {
    static const unsigned n_in = 19*6;
    static const unsigned n_filt = -1;
    static const unsigned n_scale_bias = (n_filt == -1) ? n_in : n_filt;
    static const unsigned io_type = nnet::io_parallel;
    static const unsigned reuse_factor = 1;
    static const unsigned multiplier_limit = DIV_ROUNDUP(n_in, reuse_factor);
    static const bool store_weights_in_bram = false;
    typedef bias244_t bias_t;
    typedef scale244_t scale_t;
    template<class x_T, class y_T>
    using product = nnet::product::mult<x_T, y_T>;
};

// Conv_MatMul_2
struct config257_mult : nnet::dense_config {
    static const unsigned n_in = 114;
    static const unsigned n_out = 114;
    static const unsigned reuse_factor = 1;
    static const unsigned strategy = nnet::latency;
    static const unsigned n_zeros = 0;
    static const unsigned multiplier_limit = DIV_ROUNDUP(n_in * n_out, reuse_factor) - n_zeros / reuse_factor;
    typedef Conv_MatMul_2_accum_t accum_t;
    typedef bias248_t bias_t;
    typedef weight248_t weight_t;
    template<class data_T, class res_T, class CONFIG_T>
    using kernel = nnet::DenseLatency<data_T, res_T, CONFIG_T>;
    template<class x_T, class y_T>
    using product = nnet::product::mult<x_T, y_T>;
};

struct config257 : nnet::conv1d_config {
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
    static const unsigned reuse_factor = 1;
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
    using fill_buffer = nnet::fill_buffer_257<data_T, CONFIG_T>;
    typedef Conv_MatMul_2_accum_t accum_t;
    typedef bias248_t bias_t;
    typedef weight248_t weight_t;
    typedef config257_mult mult_config;
    template<unsigned K, unsigned S, unsigned W>
    using scale_index = nnet::scale_index_regular<K, S, W>;
    template<class data_T, class res_T, class CONFIG_T>
    using conv_kernel = nnet::BatchedDenseForConv1D<data_T, res_T, CONFIG_T>;
};
const ap_uint<config257::filt_width> config257::pixels[] = {0};

// Conv_MatMul_3
struct config258_mult : nnet::dense_config {
    static const unsigned n_in = 114;
    static const unsigned n_out = 114;
    static const unsigned reuse_factor = 1;
    static const unsigned strategy = nnet::latency;
    static const unsigned n_zeros = 0;
    static const unsigned multiplier_limit = DIV_ROUNDUP(n_in * n_out, reuse_factor) - n_zeros / reuse_factor;
    typedef Conv_MatMul_3_accum_t accum_t;
    typedef bias249_t bias_t;
    typedef weight249_t weight_t;
    template<class data_T, class res_T, class CONFIG_T>
    using kernel = nnet::DenseLatency<data_T, res_T, CONFIG_T>;
    template<class x_T, class y_T>
    using product = nnet::product::mult<x_T, y_T>;
};

struct config258 : nnet::conv1d_config {
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
    static const unsigned reuse_factor = 1;
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
    using fill_buffer = nnet::fill_buffer_258<data_T, CONFIG_T>;
    typedef Conv_MatMul_3_accum_t accum_t;
    typedef bias249_t bias_t;
    typedef weight249_t weight_t;
    typedef config258_mult mult_config;
    template<unsigned K, unsigned S, unsigned W>
    using scale_index = nnet::scale_index_regular<K, S, W>;
    template<class data_T, class res_T, class CONFIG_T>
    using conv_kernel = nnet::BatchedDenseForConv1D<data_T, res_T, CONFIG_T>;
};
const ap_uint<config258::filt_width> config258::pixels[] = {0};

// Conv_MatMul_4
struct config259_mult : nnet::dense_config {
    static const unsigned n_in = 114;
    static const unsigned n_out = 114;
    static const unsigned reuse_factor = 1;
    static const unsigned strategy = nnet::latency;
    static const unsigned n_zeros = 0;
    static const unsigned multiplier_limit = DIV_ROUNDUP(n_in * n_out, reuse_factor) - n_zeros / reuse_factor;
    typedef Conv_MatMul_4_accum_t accum_t;
    typedef bias250_t bias_t;
    typedef weight250_t weight_t;
    template<class data_T, class res_T, class CONFIG_T>
    using kernel = nnet::DenseLatency<data_T, res_T, CONFIG_T>;
    template<class x_T, class y_T>
    using product = nnet::product::mult<x_T, y_T>;
};

struct config259 : nnet::conv1d_config {
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
    static const unsigned reuse_factor = 1;
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
    using fill_buffer = nnet::fill_buffer_259<data_T, CONFIG_T>;
    typedef Conv_MatMul_4_accum_t accum_t;
    typedef bias250_t bias_t;
    typedef weight250_t weight_t;
    typedef config259_mult mult_config;
    template<unsigned K, unsigned S, unsigned W>
    using scale_index = nnet::scale_index_regular<K, S, W>;
    template<class data_T, class res_T, class CONFIG_T>
    using conv_kernel = nnet::BatchedDenseForConv1D<data_T, res_T, CONFIG_T>;
};
const ap_uint<config259::filt_width> config259::pixels[] = {0};

// Transpose_0
struct config175 {
    static const unsigned dims = 3;
    static const unsigned N = 114;
    static const unsigned* const from_shape;
    static const unsigned* const to_shape;
    static const unsigned* const perm;
    static const unsigned* const perm_strides;
};

unsigned config175_from_shape[3] = {19, 2, 3};
unsigned config175_to_shape[3] = {2, 19, 3};
unsigned config175_perm[3] = {1, 0, 2};
unsigned config175_perm_strides[3] = {3, 6, 1};

const unsigned* const config175::from_shape = config175_from_shape;
const unsigned* const config175::to_shape = config175_to_shape;
const unsigned* const config175::perm = config175_perm;
const unsigned* const config175::perm_strides = config175_perm_strides;

// Transpose_1
struct config176 {
    static const unsigned dims = 3;
    static const unsigned N = 114;
    static const unsigned* const from_shape;
    static const unsigned* const to_shape;
    static const unsigned* const perm;
    static const unsigned* const perm_strides;
};

unsigned config176_from_shape[3] = {19, 2, 3};
unsigned config176_to_shape[3] = {2, 19, 3};
unsigned config176_perm[3] = {1, 0, 2};
unsigned config176_perm_strides[3] = {3, 6, 1};

const unsigned* const config176::from_shape = config176_from_shape;
const unsigned* const config176::to_shape = config176_to_shape;
const unsigned* const config176::perm = config176_perm;
const unsigned* const config176::perm_strides = config176_perm_strides;

// Transpose_2
struct config177 {
    static const unsigned dims = 3;
    static const unsigned N = 114;
    static const unsigned* const from_shape;
    static const unsigned* const to_shape;
    static const unsigned* const perm;
    static const unsigned* const perm_strides;
};

unsigned config177_from_shape[3] = {19, 2, 3};
unsigned config177_to_shape[3] = {2, 3, 19};
unsigned config177_perm[3] = {1, 2, 0};
unsigned config177_perm_strides[3] = {3, 1, 6};

const unsigned* const config177::from_shape = config177_from_shape;
const unsigned* const config177::to_shape = config177_to_shape;
const unsigned* const config177::perm = config177_perm;
const unsigned* const config177::perm_strides = config177_perm_strides;

// einsum_MatMul_5
struct config245_tpose_inp0 {
    static const unsigned dims = 3;
    static const unsigned N = 114;
    static const unsigned* const from_shape;
    static const unsigned* const to_shape;
    static const unsigned* const perm;
    static const unsigned* const perm_strides;
};

unsigned config245_tpose_inp0_from_shape[3] = {2, 19, 3};
unsigned config245_tpose_inp0_to_shape[3] = {2, 19, 3};
unsigned config245_tpose_inp0_perm[3] = {0, 1, 2};
unsigned config245_tpose_inp0_perm_strides[3] = {57, 3, 1};

const unsigned* const config245_tpose_inp0::from_shape = config245_tpose_inp0_from_shape;
const unsigned* const config245_tpose_inp0::to_shape = config245_tpose_inp0_to_shape;
const unsigned* const config245_tpose_inp0::perm = config245_tpose_inp0_perm;
const unsigned* const config245_tpose_inp0::perm_strides = config245_tpose_inp0_perm_strides;


struct config245_tpose_inp1 {
    static const unsigned dims = 3;
    static const unsigned N = 114;
    static const unsigned* const from_shape;
    static const unsigned* const to_shape;
    static const unsigned* const perm;
    static const unsigned* const perm_strides;
};

unsigned config245_tpose_inp1_from_shape[3] = {2, 3, 19};
unsigned config245_tpose_inp1_to_shape[3] = {2, 19, 3};
unsigned config245_tpose_inp1_perm[3] = {0, 2, 1};
unsigned config245_tpose_inp1_perm_strides[3] = {57, 1, 19};

const unsigned* const config245_tpose_inp1::from_shape = config245_tpose_inp1_from_shape;
const unsigned* const config245_tpose_inp1::to_shape = config245_tpose_inp1_to_shape;
const unsigned* const config245_tpose_inp1::perm = config245_tpose_inp1_perm;
const unsigned* const config245_tpose_inp1::perm_strides = config245_tpose_inp1_perm_strides;


struct config245_tpose_out {
    static const unsigned dims = 3;
    static const unsigned N = 722;
    static const unsigned* const from_shape;
    static const unsigned* const to_shape;
    static const unsigned* const perm;
    static const unsigned* const perm_strides;
};

unsigned config245_tpose_out_from_shape[3] = {2, 19, 19};
unsigned config245_tpose_out_to_shape[3] = {2, 19, 19};
unsigned config245_tpose_out_perm[3] = {0, 1, 2};
unsigned config245_tpose_out_perm_strides[3] = {361, 19, 1};

const unsigned* const config245_tpose_out::from_shape = config245_tpose_out_from_shape;
const unsigned* const config245_tpose_out::to_shape = config245_tpose_out_to_shape;
const unsigned* const config245_tpose_out::perm = config245_tpose_out_perm;
const unsigned* const config245_tpose_out::perm_strides = config245_tpose_out_perm_strides;



struct config245 {
    typedef config245_tpose_inp0 tpose_inp0_config;
    typedef config245_tpose_inp1 tpose_inp1_config;
    typedef config245_tpose_out tpose_out_conf;

    typedef einsum_matmul_5_accum_t accum_t;

    // Layer Sizes
    static const unsigned n_free0 = 19;
    static const unsigned n_free1 = 19;
    static const unsigned n_contract = 3;
    static const unsigned n_inplace = 2;

    // Resource reuse info
    static const unsigned io_type = nnet::io_parallel;
    static const unsigned strategy = nnet::latency;
    static const unsigned reuse_factor = 1;
    static const unsigned multiplier_limit = 2166;
    static const bool store_weights_in_bram = false; // NOT USED

    template <class x_T, class y_T>
    using product = nnet::product::mult<x_T, y_T>;
};

// bn_Mul_0
struct config234 : nnet::batchnorm_config {
    static const unsigned n_in = 2*19*19;
    static const unsigned n_filt = -1;
    static const unsigned n_scale_bias = (n_filt == -1) ? n_in : n_filt;
    static const unsigned io_type = nnet::io_parallel;
    static const unsigned reuse_factor = 1;
    static const unsigned multiplier_limit = DIV_ROUNDUP(n_in, reuse_factor);
    static const bool store_weights_in_bram = false;
    typedef bias234_t bias_t;
    typedef model_default_t scale_t;
    template<class x_T, class y_T>
    using product = nnet::product::mult<x_T, y_T>;
};

// Relu_0
struct ReLU_config181 : nnet::activ_config {
    static const unsigned n_in = 722;
    static const unsigned table_size = 1024;
    static const unsigned io_type = nnet::io_parallel;
    static const unsigned reuse_factor = 1;
    typedef Relu_0_table_t table_t;
};

// einsum_MatMul_6
struct config246_tpose_inp0 {
    static const unsigned dims = 3;
    static const unsigned N = 722;
    static const unsigned* const from_shape;
    static const unsigned* const to_shape;
    static const unsigned* const perm;
    static const unsigned* const perm_strides;
};

unsigned config246_tpose_inp0_from_shape[3] = {2, 19, 19};
unsigned config246_tpose_inp0_to_shape[3] = {2, 19, 19};
unsigned config246_tpose_inp0_perm[3] = {0, 1, 2};
unsigned config246_tpose_inp0_perm_strides[3] = {361, 19, 1};

const unsigned* const config246_tpose_inp0::from_shape = config246_tpose_inp0_from_shape;
const unsigned* const config246_tpose_inp0::to_shape = config246_tpose_inp0_to_shape;
const unsigned* const config246_tpose_inp0::perm = config246_tpose_inp0_perm;
const unsigned* const config246_tpose_inp0::perm_strides = config246_tpose_inp0_perm_strides;


struct config246_tpose_inp1 {
    static const unsigned dims = 3;
    static const unsigned N = 114;
    static const unsigned* const from_shape;
    static const unsigned* const to_shape;
    static const unsigned* const perm;
    static const unsigned* const perm_strides;
};

unsigned config246_tpose_inp1_from_shape[3] = {2, 19, 3};
unsigned config246_tpose_inp1_to_shape[3] = {2, 3, 19};
unsigned config246_tpose_inp1_perm[3] = {0, 2, 1};
unsigned config246_tpose_inp1_perm_strides[3] = {57, 1, 3};

const unsigned* const config246_tpose_inp1::from_shape = config246_tpose_inp1_from_shape;
const unsigned* const config246_tpose_inp1::to_shape = config246_tpose_inp1_to_shape;
const unsigned* const config246_tpose_inp1::perm = config246_tpose_inp1_perm;
const unsigned* const config246_tpose_inp1::perm_strides = config246_tpose_inp1_perm_strides;


struct config246_tpose_out {
    static const unsigned dims = 3;
    static const unsigned N = 114;
    static const unsigned* const from_shape;
    static const unsigned* const to_shape;
    static const unsigned* const perm;
    static const unsigned* const perm_strides;
};

unsigned config246_tpose_out_from_shape[3] = {2, 19, 3};
unsigned config246_tpose_out_to_shape[3] = {2, 19, 3};
unsigned config246_tpose_out_perm[3] = {0, 1, 2};
unsigned config246_tpose_out_perm_strides[3] = {57, 3, 1};

const unsigned* const config246_tpose_out::from_shape = config246_tpose_out_from_shape;
const unsigned* const config246_tpose_out::to_shape = config246_tpose_out_to_shape;
const unsigned* const config246_tpose_out::perm = config246_tpose_out_perm;
const unsigned* const config246_tpose_out::perm_strides = config246_tpose_out_perm_strides;



struct config246 {
    typedef config246_tpose_inp0 tpose_inp0_config;
    typedef config246_tpose_inp1 tpose_inp1_config;
    typedef config246_tpose_out tpose_out_conf;

    typedef einsum_matmul_6_accum_t accum_t;

    // Layer Sizes
    static const unsigned n_free0 = 19;
    static const unsigned n_free1 = 3;
    static const unsigned n_contract = 19;
    static const unsigned n_inplace = 2;

    // Resource reuse info
    static const unsigned io_type = nnet::io_parallel;
    static const unsigned strategy = nnet::latency;
    static const unsigned reuse_factor = 1;
    static const unsigned multiplier_limit = 2166;
    static const bool store_weights_in_bram = false; // NOT USED

    template <class x_T, class y_T>
    using product = nnet::product::mult<x_T, y_T>;
};

// bn_Mul_1
struct config235 : nnet::batchnorm_config {
    static const unsigned n_in = 2*19*3;
    static const unsigned n_filt = -1;
    static const unsigned n_scale_bias = (n_filt == -1) ? n_in : n_filt;
    static const unsigned io_type = nnet::io_parallel;
    static const unsigned reuse_factor = 1;
    static const unsigned multiplier_limit = DIV_ROUNDUP(n_in, reuse_factor);
    static const bool store_weights_in_bram = false;
    typedef bias235_t bias_t;
    typedef model_default_t scale_t;
    template<class x_T, class y_T>
    using product = nnet::product::mult<x_T, y_T>;
};

// Transpose_3
struct config186 {
    static const unsigned dims = 3;
    static const unsigned N = 114;
    static const unsigned* const from_shape;
    static const unsigned* const to_shape;
    static const unsigned* const perm;
    static const unsigned* const perm_strides;
};

unsigned config186_from_shape[3] = {2, 19, 3};
unsigned config186_to_shape[3] = {19, 2, 3};
unsigned config186_perm[3] = {1, 0, 2};
unsigned config186_perm_strides[3] = {3, 57, 1};

const unsigned* const config186::from_shape = config186_from_shape;
const unsigned* const config186::to_shape = config186_to_shape;
const unsigned* const config186::perm = config186_perm;
const unsigned* const config186::perm_strides = config186_perm_strides;

// Conv_MatMul_7
struct config260_mult : nnet::dense_config {
    static const unsigned n_in = 114;
    static const unsigned n_out = 114;
    static const unsigned reuse_factor = 1;
    static const unsigned strategy = nnet::latency;
    static const unsigned n_zeros = 2;
    static const unsigned multiplier_limit = DIV_ROUNDUP(n_in * n_out, reuse_factor) - n_zeros / reuse_factor;
    typedef Conv_MatMul_7_accum_t accum_t;
    typedef bias251_t bias_t;
    typedef weight251_t weight_t;
    template<class data_T, class res_T, class CONFIG_T>
    using kernel = nnet::DenseLatency<data_T, res_T, CONFIG_T>;
    template<class x_T, class y_T>
    using product = nnet::product::mult<x_T, y_T>;
};

struct config260 : nnet::conv1d_config {
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
    static const unsigned reuse_factor = 1;
    static const unsigned n_zeros = 2;
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
    using fill_buffer = nnet::fill_buffer_260<data_T, CONFIG_T>;
    typedef Conv_MatMul_7_accum_t accum_t;
    typedef bias251_t bias_t;
    typedef weight251_t weight_t;
    typedef config260_mult mult_config;
    template<unsigned K, unsigned S, unsigned W>
    using scale_index = nnet::scale_index_regular<K, S, W>;
    template<class data_T, class res_T, class CONFIG_T>
    using conv_kernel = nnet::BatchedDenseForConv1D<data_T, res_T, CONFIG_T>;
};
const ap_uint<config260::filt_width> config260::pixels[] = {0};

// bn_Mul_2
struct config237 : nnet::batchnorm_config {
    static const unsigned n_in = 19*6;
    static const unsigned n_filt = -1;
    static const unsigned n_scale_bias = (n_filt == -1) ? n_in : n_filt;
    static const unsigned io_type = nnet::io_parallel;
    static const unsigned reuse_factor = 1;
    static const unsigned multiplier_limit = DIV_ROUNDUP(n_in, reuse_factor);
    static const bool store_weights_in_bram = false;
    typedef bias237_t bias_t;
    typedef model_default_t scale_t;
    template<class x_T, class y_T>
    using product = nnet::product::mult<x_T, y_T>;
};

// Add_6
struct config192 : nnet::merge_config {
    static const unsigned n_elem = 19*6;
    static const unsigned n_elem1 = 19*6;
    static const unsigned n_elem2 = 19*6;
    static const unsigned reuse_factor = 1;
};

// Quant_28_act
struct linear_config223 : nnet::activ_config {
    static const unsigned n_in = 114;
    static const unsigned table_size = 1024;
    static const unsigned io_type = nnet::io_parallel;
    static const unsigned reuse_factor = 1;
    typedef Quant_28_act_table_t table_t;
};

// Conv_MatMul_8
struct config261_mult : nnet::dense_config {
    static const unsigned n_in = 114;
    static const unsigned n_out = 228;
    static const unsigned reuse_factor = 1;
    static const unsigned strategy = nnet::latency;
    static const unsigned n_zeros = 2;
    static const unsigned multiplier_limit = DIV_ROUNDUP(n_in * n_out, reuse_factor) - n_zeros / reuse_factor;
    typedef Conv_MatMul_8_accum_t accum_t;
    typedef bias252_t bias_t;
    typedef weight252_t weight_t;
    template<class data_T, class res_T, class CONFIG_T>
    using kernel = nnet::DenseLatency<data_T, res_T, CONFIG_T>;
    template<class x_T, class y_T>
    using product = nnet::product::mult<x_T, y_T>;
};

struct config261 : nnet::conv1d_config {
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
    static const unsigned reuse_factor = 1;
    static const unsigned n_zeros = 2;
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
    using fill_buffer = nnet::fill_buffer_261<data_T, CONFIG_T>;
    typedef Conv_MatMul_8_accum_t accum_t;
    typedef bias252_t bias_t;
    typedef weight252_t weight_t;
    typedef config261_mult mult_config;
    template<unsigned K, unsigned S, unsigned W>
    using scale_index = nnet::scale_index_regular<K, S, W>;
    template<class data_T, class res_T, class CONFIG_T>
    using conv_kernel = nnet::BatchedDenseForConv1D<data_T, res_T, CONFIG_T>;
};
const ap_uint<config261::filt_width> config261::pixels[] = {0};

// Relu_1
struct ReLU_config196 : nnet::activ_config {
    static const unsigned n_in = 228;
    static const unsigned table_size = 1024;
    static const unsigned io_type = nnet::io_parallel;
    static const unsigned reuse_factor = 1;
    typedef Relu_1_table_t table_t;
};

// Conv_MatMul_9
struct config262_mult : nnet::dense_config {
    static const unsigned n_in = 228;
    static const unsigned n_out = 114;
    static const unsigned reuse_factor = 1;
    static const unsigned strategy = nnet::latency;
    static const unsigned n_zeros = 1;
    static const unsigned multiplier_limit = DIV_ROUNDUP(n_in * n_out, reuse_factor) - n_zeros / reuse_factor;
    typedef Conv_MatMul_9_accum_t accum_t;
    typedef bias253_t bias_t;
    typedef weight253_t weight_t;
    template<class data_T, class res_T, class CONFIG_T>
    using kernel = nnet::DenseLatency<data_T, res_T, CONFIG_T>;
    template<class x_T, class y_T>
    using product = nnet::product::mult<x_T, y_T>;
};

struct config262 : nnet::conv1d_config {
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
    static const unsigned reuse_factor = 1;
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
    using fill_buffer = nnet::fill_buffer_262<data_T, CONFIG_T>;
    typedef Conv_MatMul_9_accum_t accum_t;
    typedef bias253_t bias_t;
    typedef weight253_t weight_t;
    typedef config262_mult mult_config;
    template<unsigned K, unsigned S, unsigned W>
    using scale_index = nnet::scale_index_regular<K, S, W>;
    template<class data_T, class res_T, class CONFIG_T>
    using conv_kernel = nnet::BatchedDenseForConv1D<data_T, res_T, CONFIG_T>;
};
const ap_uint<config262::filt_width> config262::pixels[] = {0};

// bn_Mul_3
struct config240 : nnet::batchnorm_config {
    static const unsigned n_in = 19*6;
    static const unsigned n_filt = -1;
    static const unsigned n_scale_bias = (n_filt == -1) ? n_in : n_filt;
    static const unsigned io_type = nnet::io_parallel;
    static const unsigned reuse_factor = 1;
    static const unsigned multiplier_limit = DIV_ROUNDUP(n_in, reuse_factor);
    static const bool store_weights_in_bram = false;
    typedef bias240_t bias_t;
    typedef model_default_t scale_t;
    template<class x_T, class y_T>
    using product = nnet::product::mult<x_T, y_T>;
};

// Add_9
struct config202 : nnet::merge_config {
    static const unsigned n_elem = 19*6;
    static const unsigned n_elem1 = 19*6;
    static const unsigned n_elem2 = 19*6;
    static const unsigned reuse_factor = 1;
};

// Quant_31_act
struct linear_config226 : nnet::activ_config {
    static const unsigned n_in = 114;
    static const unsigned table_size = 1024;
    static const unsigned io_type = nnet::io_parallel;
    static const unsigned reuse_factor = 1;
    typedef Quant_31_act_table_t table_t;
};

// ReduceSum_0
struct config204 : nnet::reduce_sum_config {
    typedef layer204_t accum_t;
    static const unsigned n_outer = 1;
    static const unsigned n_reduce = 19;
    static const unsigned n_inner = 6;
};
// bn_Mul_4
struct config241 : nnet::batchnorm_config {
    static const unsigned n_in = 6;
    static const unsigned n_filt = -1;
    static const unsigned n_scale_bias = (n_filt == -1) ? n_in : n_filt;
    static const unsigned io_type = nnet::io_parallel;
    static const unsigned reuse_factor = 1;
    static const unsigned multiplier_limit = DIV_ROUNDUP(n_in, reuse_factor);
    static const bool store_weights_in_bram = false;
    typedef bias241_t bias_t;
    typedef model_default_t scale_t;
    template<class x_T, class y_T>
    using product = nnet::product::mult<x_T, y_T>;
};

// Dense_MatMul_10
struct config254 : nnet::dense_config {
    static const unsigned n_in = 6;
    static const unsigned n_out = 3;
    static const unsigned io_type = nnet::io_parallel;
    static const unsigned strategy = nnet::latency;
    static const unsigned reuse_factor = 1;
    static const unsigned n_zeros = 0;
    static const unsigned n_nonzeros = 18;
    static const unsigned multiplier_limit = DIV_ROUNDUP(n_in * n_out, reuse_factor) - n_zeros / reuse_factor;
    static const bool store_weights_in_bram = false;
    typedef Dense_MatMul_10_accum_t accum_t;
    typedef bias254_t bias_t;
    typedef weight254_t weight_t;
    typedef layer254_index index_t;
    template<class data_T, class res_T, class CONFIG_T>
    using kernel = nnet::DenseLatency<data_T, res_T, CONFIG_T>;
    template<class x_T, class y_T>
    using product = nnet::product::mult<x_T, y_T>;
};

// Mul_5
struct config210 : nnet::merge_config {
    static const unsigned n_elem = 3;
    static const unsigned n_elem1 = 3;
    static const unsigned n_elem2 = 3;
    static const unsigned reuse_factor = 1;
};

// Dense_MatMul_11
struct config255 : nnet::dense_config {
    static const unsigned n_in = 3;
    static const unsigned n_out = 1;
    static const unsigned io_type = nnet::io_parallel;
    static const unsigned strategy = nnet::latency;
    static const unsigned reuse_factor = 1;
    static const unsigned n_zeros = 0;
    static const unsigned n_nonzeros = 3;
    static const unsigned multiplier_limit = DIV_ROUNDUP(n_in * n_out, reuse_factor) - n_zeros / reuse_factor;
    static const bool store_weights_in_bram = false;
    typedef Dense_MatMul_11_accum_t accum_t;
    typedef model_default_t bias_t;
    typedef weight255_t weight_t;
    typedef layer255_index index_t;
    template<class data_T, class res_T, class CONFIG_T>
    using kernel = nnet::DenseLatency<data_T, res_T, CONFIG_T>;
    template<class x_T, class y_T>
    using product = nnet::product::mult<x_T, y_T>;
};



#endif
