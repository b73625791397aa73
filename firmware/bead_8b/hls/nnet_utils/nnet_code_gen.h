#ifndef NNET_INSTR_GEN_H_
#define NNET_INSTR_GEN_H_

#include "nnet_conv1d_latency.h"
#include "nnet_helpers.h"

#include "hls_stream.h"
#include "nnet_common.h"
#include "nnet_function_stubs.h"
#include "nnet_mult.h"

namespace nnet {

template <class data_T, class res_T, typename CONFIG_T> class PointwiseConv1D {
  public:
    static void pointwise_conv(data_T data[CONFIG_T::in_width * CONFIG_T::n_chan],
                               res_T res[CONFIG_T::out_width * CONFIG_T::n_filt],
                               typename CONFIG_T::weight_t weights[CONFIG_T::n_chan * CONFIG_T::n_filt],
                               typename CONFIG_T::bias_t biases[CONFIG_T::n_filt]) {
        // To be implemented in subclasses
    }
};

// hls4ml insert code
template<class data_T, typename CONFIG_T>
class fill_buffer_484 : public nnet::FillConv1DBuffer<data_T, CONFIG_T> {
    public:
    static void fill_buffer(
        data_T data[CONFIG_T::in_width * CONFIG_T::n_chan],
        data_T buffer[CONFIG_T::n_pixels][CONFIG_T::filt_width * CONFIG_T::n_chan],
        const unsigned partition
    ) {
        if (partition ==   0) {
            buffer[0][0] =    data[0];
            buffer[1][0] =    data[1];
            buffer[2][0] =    data[2];
            buffer[3][0] =    data[3];
            buffer[4][0] =    data[4];

        }
    }
};
template<class data_T, typename CONFIG_T>
class fill_buffer_485 : public nnet::FillConv1DBuffer<data_T, CONFIG_T> {
    public:
    static void fill_buffer(
        data_T data[CONFIG_T::in_width * CONFIG_T::n_chan],
        data_T buffer[CONFIG_T::n_pixels][CONFIG_T::filt_width * CONFIG_T::n_chan],
        const unsigned partition
    ) {
        if (partition ==   0) {
            buffer[0][0] =    data[0]; buffer[0][1] =    data[1]; buffer[0][2] =    data[2]; buffer[0][3] =    data[3]; buffer[0][4] =    data[4]; buffer[0][5] =    data[5]; buffer[0][6] =    data[6]; buffer[0][7] =    data[7];
            buffer[1][0] =    data[8]; buffer[1][1] =    data[9]; buffer[1][2] =   data[10]; buffer[1][3] =   data[11]; buffer[1][4] =   data[12]; buffer[1][5] =   data[13]; buffer[1][6] =   data[14]; buffer[1][7] =   data[15];
            buffer[2][0] =   data[16]; buffer[2][1] =   data[17]; buffer[2][2] =   data[18]; buffer[2][3] =   data[19]; buffer[2][4] =   data[20]; buffer[2][5] =   data[21]; buffer[2][6] =   data[22]; buffer[2][7] =   data[23];
            buffer[3][0] =   data[24]; buffer[3][1] =   data[25]; buffer[3][2] =   data[26]; buffer[3][3] =   data[27]; buffer[3][4] =   data[28]; buffer[3][5] =   data[29]; buffer[3][6] =   data[30]; buffer[3][7] =   data[31];
            buffer[4][0] =   data[32]; buffer[4][1] =   data[33]; buffer[4][2] =   data[34]; buffer[4][3] =   data[35]; buffer[4][4] =   data[36]; buffer[4][5] =   data[37]; buffer[4][6] =   data[38]; buffer[4][7] =   data[39];

        }
    }
};
template<class data_T, typename CONFIG_T>
class fill_buffer_486 : public nnet::FillConv1DBuffer<data_T, CONFIG_T> {
    public:
    static void fill_buffer(
        data_T data[CONFIG_T::in_width * CONFIG_T::n_chan],
        data_T buffer[CONFIG_T::n_pixels][CONFIG_T::filt_width * CONFIG_T::n_chan],
        const unsigned partition
    ) {
        if (partition ==   0) {
            buffer[0][0] =    data[0]; buffer[0][1] =    data[1]; buffer[0][2] =    data[2]; buffer[0][3] =    data[3]; buffer[0][4] =    data[4]; buffer[0][5] =    data[5]; buffer[0][6] =    data[6]; buffer[0][7] =    data[7];
            buffer[1][0] =    data[8]; buffer[1][1] =    data[9]; buffer[1][2] =   data[10]; buffer[1][3] =   data[11]; buffer[1][4] =   data[12]; buffer[1][5] =   data[13]; buffer[1][6] =   data[14]; buffer[1][7] =   data[15];
            buffer[2][0] =   data[16]; buffer[2][1] =   data[17]; buffer[2][2] =   data[18]; buffer[2][3] =   data[19]; buffer[2][4] =   data[20]; buffer[2][5] =   data[21]; buffer[2][6] =   data[22]; buffer[2][7] =   data[23];
            buffer[3][0] =   data[24]; buffer[3][1] =   data[25]; buffer[3][2] =   data[26]; buffer[3][3] =   data[27]; buffer[3][4] =   data[28]; buffer[3][5] =   data[29]; buffer[3][6] =   data[30]; buffer[3][7] =   data[31];
            buffer[4][0] =   data[32]; buffer[4][1] =   data[33]; buffer[4][2] =   data[34]; buffer[4][3] =   data[35]; buffer[4][4] =   data[36]; buffer[4][5] =   data[37]; buffer[4][6] =   data[38]; buffer[4][7] =   data[39];

        }
    }
};
template<class data_T, typename CONFIG_T>
class fill_buffer_487 : public nnet::FillConv1DBuffer<data_T, CONFIG_T> {
    public:
    static void fill_buffer(
        data_T data[CONFIG_T::in_width * CONFIG_T::n_chan],
        data_T buffer[CONFIG_T::n_pixels][CONFIG_T::filt_width * CONFIG_T::n_chan],
        const unsigned partition
    ) {
        if (partition ==   0) {
            buffer[0][0] =    data[0]; buffer[0][1] =    data[1]; buffer[0][2] =    data[2]; buffer[0][3] =    data[3]; buffer[0][4] =    data[4]; buffer[0][5] =    data[5]; buffer[0][6] =    data[6]; buffer[0][7] =    data[7];
            buffer[1][0] =    data[8]; buffer[1][1] =    data[9]; buffer[1][2] =   data[10]; buffer[1][3] =   data[11]; buffer[1][4] =   data[12]; buffer[1][5] =   data[13]; buffer[1][6] =   data[14]; buffer[1][7] =   data[15];
            buffer[2][0] =   data[16]; buffer[2][1] =   data[17]; buffer[2][2] =   data[18]; buffer[2][3] =   data[19]; buffer[2][4] =   data[20]; buffer[2][5] =   data[21]; buffer[2][6] =   data[22]; buffer[2][7] =   data[23];
            buffer[3][0] =   data[24]; buffer[3][1] =   data[25]; buffer[3][2] =   data[26]; buffer[3][3] =   data[27]; buffer[3][4] =   data[28]; buffer[3][5] =   data[29]; buffer[3][6] =   data[30]; buffer[3][7] =   data[31];
            buffer[4][0] =   data[32]; buffer[4][1] =   data[33]; buffer[4][2] =   data[34]; buffer[4][3] =   data[35]; buffer[4][4] =   data[36]; buffer[4][5] =   data[37]; buffer[4][6] =   data[38]; buffer[4][7] =   data[39];

        }
    }
};
template<class data_T, typename CONFIG_T>
class fill_buffer_488 : public nnet::FillConv1DBuffer<data_T, CONFIG_T> {
    public:
    static void fill_buffer(
        data_T data[CONFIG_T::in_width * CONFIG_T::n_chan],
        data_T buffer[CONFIG_T::n_pixels][CONFIG_T::filt_width * CONFIG_T::n_chan],
        const unsigned partition
    ) {
        if (partition ==   0) {
            buffer[0][0] =    data[0]; buffer[0][1] =    data[1]; buffer[0][2] =    data[2]; buffer[0][3] =    data[3]; buffer[0][4] =    data[4]; buffer[0][5] =    data[5]; buffer[0][6] =    data[6]; buffer[0][7] =    data[7];
            buffer[1][0] =    data[8]; buffer[1][1] =    data[9]; buffer[1][2] =   data[10]; buffer[1][3] =   data[11]; buffer[1][4] =   data[12]; buffer[1][5] =   data[13]; buffer[1][6] =   data[14]; buffer[1][7] =   data[15];
            buffer[2][0] =   data[16]; buffer[2][1] =   data[17]; buffer[2][2] =   data[18]; buffer[2][3] =   data[19]; buffer[2][4] =   data[20]; buffer[2][5] =   data[21]; buffer[2][6] =   data[22]; buffer[2][7] =   data[23];
            buffer[3][0] =   data[24]; buffer[3][1] =   data[25]; buffer[3][2] =   data[26]; buffer[3][3] =   data[27]; buffer[3][4] =   data[28]; buffer[3][5] =   data[29]; buffer[3][6] =   data[30]; buffer[3][7] =   data[31];
            buffer[4][0] =   data[32]; buffer[4][1] =   data[33]; buffer[4][2] =   data[34]; buffer[4][3] =   data[35]; buffer[4][4] =   data[36]; buffer[4][5] =   data[37]; buffer[4][6] =   data[38]; buffer[4][7] =   data[39];

        }
    }
};
template<class data_T, typename CONFIG_T>
class fill_buffer_489 : public nnet::FillConv1DBuffer<data_T, CONFIG_T> {
    public:
    static void fill_buffer(
        data_T data[CONFIG_T::in_width * CONFIG_T::n_chan],
        data_T buffer[CONFIG_T::n_pixels][CONFIG_T::filt_width * CONFIG_T::n_chan],
        const unsigned partition
    ) {
        if (partition ==   0) {
            buffer[0][0] =    data[0]; buffer[0][1] =    data[1]; buffer[0][2] =    data[2]; buffer[0][3] =    data[3]; buffer[0][4] =    data[4]; buffer[0][5] =    data[5]; buffer[0][6] =    data[6]; buffer[0][7] =    data[7];
            buffer[1][0] =    data[8]; buffer[1][1] =    data[9]; buffer[1][2] =   data[10]; buffer[1][3] =   data[11]; buffer[1][4] =   data[12]; buffer[1][5] =   data[13]; buffer[1][6] =   data[14]; buffer[1][7] =   data[15];
            buffer[2][0] =   data[16]; buffer[2][1] =   data[17]; buffer[2][2] =   data[18]; buffer[2][3] =   data[19]; buffer[2][4] =   data[20]; buffer[2][5] =   data[21]; buffer[2][6] =   data[22]; buffer[2][7] =   data[23];
            buffer[3][0] =   data[24]; buffer[3][1] =   data[25]; buffer[3][2] =   data[26]; buffer[3][3] =   data[27]; buffer[3][4] =   data[28]; buffer[3][5] =   data[29]; buffer[3][6] =   data[30]; buffer[3][7] =   data[31];
            buffer[4][0] =   data[32]; buffer[4][1] =   data[33]; buffer[4][2] =   data[34]; buffer[4][3] =   data[35]; buffer[4][4] =   data[36]; buffer[4][5] =   data[37]; buffer[4][6] =   data[38]; buffer[4][7] =   data[39];

        }
    }
};
template<class data_T, typename CONFIG_T>
class fill_buffer_490 : public nnet::FillConv1DBuffer<data_T, CONFIG_T> {
    public:
    static void fill_buffer(
        data_T data[CONFIG_T::in_width * CONFIG_T::n_chan],
        data_T buffer[CONFIG_T::n_pixels][CONFIG_T::filt_width * CONFIG_T::n_chan],
        const unsigned partition
    ) {
        if (partition ==   0) {
            buffer[0][0] =    data[0]; buffer[0][1] =    data[1]; buffer[0][2] =    data[2]; buffer[0][3] =    data[3]; buffer[0][4] =    data[4]; buffer[0][5] =    data[5]; buffer[0][6] =    data[6]; buffer[0][7] =    data[7]; buffer[0][8] =    data[8]; buffer[0][9] =    data[9]; buffer[0][10] =   data[10]; buffer[0][11] =   data[11]; buffer[0][12] =   data[12]; buffer[0][13] =   data[13]; buffer[0][14] =   data[14]; buffer[0][15] =   data[15];
            buffer[1][0] =   data[16]; buffer[1][1] =   data[17]; buffer[1][2] =   data[18]; buffer[1][3] =   data[19]; buffer[1][4] =   data[20]; buffer[1][5] =   data[21]; buffer[1][6] =   data[22]; buffer[1][7] =   data[23]; buffer[1][8] =   data[24]; buffer[1][9] =   data[25]; buffer[1][10] =   data[26]; buffer[1][11] =   data[27]; buffer[1][12] =   data[28]; buffer[1][13] =   data[29]; buffer[1][14] =   data[30]; buffer[1][15] =   data[31];
            buffer[2][0] =   data[32]; buffer[2][1] =   data[33]; buffer[2][2] =   data[34]; buffer[2][3] =   data[35]; buffer[2][4] =   data[36]; buffer[2][5] =   data[37]; buffer[2][6] =   data[38]; buffer[2][7] =   data[39]; buffer[2][8] =   data[40]; buffer[2][9] =   data[41]; buffer[2][10] =   data[42]; buffer[2][11] =   data[43]; buffer[2][12] =   data[44]; buffer[2][13] =   data[45]; buffer[2][14] =   data[46]; buffer[2][15] =   data[47];
            buffer[3][0] =   data[48]; buffer[3][1] =   data[49]; buffer[3][2] =   data[50]; buffer[3][3] =   data[51]; buffer[3][4] =   data[52]; buffer[3][5] =   data[53]; buffer[3][6] =   data[54]; buffer[3][7] =   data[55]; buffer[3][8] =   data[56]; buffer[3][9] =   data[57]; buffer[3][10] =   data[58]; buffer[3][11] =   data[59]; buffer[3][12] =   data[60]; buffer[3][13] =   data[61]; buffer[3][14] =   data[62]; buffer[3][15] =   data[63];
            buffer[4][0] =   data[64]; buffer[4][1] =   data[65]; buffer[4][2] =   data[66]; buffer[4][3] =   data[67]; buffer[4][4] =   data[68]; buffer[4][5] =   data[69]; buffer[4][6] =   data[70]; buffer[4][7] =   data[71]; buffer[4][8] =   data[72]; buffer[4][9] =   data[73]; buffer[4][10] =   data[74]; buffer[4][11] =   data[75]; buffer[4][12] =   data[76]; buffer[4][13] =   data[77]; buffer[4][14] =   data[78]; buffer[4][15] =   data[79];

        }
    }
};

} // namespace nnet

#endif
