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
class fill_buffer_320 : public nnet::FillConv1DBuffer<data_T, CONFIG_T> {
    public:
    static void fill_buffer(
        data_T data[CONFIG_T::in_width * CONFIG_T::n_chan],
        data_T buffer[CONFIG_T::n_pixels][CONFIG_T::filt_width * CONFIG_T::n_chan],
        const unsigned partition
    ) {
        if (partition ==   0) {
            buffer[0][0] =    data[0]; buffer[0][1] =    data[1]; buffer[0][2] =    data[2];
            buffer[1][0] =    data[3]; buffer[1][1] =    data[4]; buffer[1][2] =    data[5];
            buffer[2][0] =    data[6]; buffer[2][1] =    data[7]; buffer[2][2] =    data[8];
            buffer[3][0] =    data[9]; buffer[3][1] =   data[10]; buffer[3][2] =   data[11];
            buffer[4][0] =   data[12]; buffer[4][1] =   data[13]; buffer[4][2] =   data[14];
            buffer[5][0] =   data[15]; buffer[5][1] =   data[16]; buffer[5][2] =   data[17];
            buffer[6][0] =   data[18]; buffer[6][1] =   data[19]; buffer[6][2] =   data[20];
            buffer[7][0] =   data[21]; buffer[7][1] =   data[22]; buffer[7][2] =   data[23];
            buffer[8][0] =   data[24]; buffer[8][1] =   data[25]; buffer[8][2] =   data[26];
            buffer[9][0] =   data[27]; buffer[9][1] =   data[28]; buffer[9][2] =   data[29];
            buffer[10][0] =   data[30]; buffer[10][1] =   data[31]; buffer[10][2] =   data[32];
            buffer[11][0] =   data[33]; buffer[11][1] =   data[34]; buffer[11][2] =   data[35];
            buffer[12][0] =   data[36]; buffer[12][1] =   data[37]; buffer[12][2] =   data[38];
            buffer[13][0] =   data[39]; buffer[13][1] =   data[40]; buffer[13][2] =   data[41];
            buffer[14][0] =   data[42]; buffer[14][1] =   data[43]; buffer[14][2] =   data[44];
            buffer[15][0] =   data[45]; buffer[15][1] =   data[46]; buffer[15][2] =   data[47];
            buffer[16][0] =   data[48]; buffer[16][1] =   data[49]; buffer[16][2] =   data[50];
            buffer[17][0] =   data[51]; buffer[17][1] =   data[52]; buffer[17][2] =   data[53];
            buffer[18][0] =   data[54]; buffer[18][1] =   data[55]; buffer[18][2] =   data[56];

        }
    }
};
template<class data_T, typename CONFIG_T>
class fill_buffer_321 : public nnet::FillConv1DBuffer<data_T, CONFIG_T> {
    public:
    static void fill_buffer(
        data_T data[CONFIG_T::in_width * CONFIG_T::n_chan],
        data_T buffer[CONFIG_T::n_pixels][CONFIG_T::filt_width * CONFIG_T::n_chan],
        const unsigned partition
    ) {
        if (partition ==   0) {
            buffer[0][0] =    data[0]; buffer[0][1] =    data[1]; buffer[0][2] =    data[2]; buffer[0][3] =    data[3]; buffer[0][4] =    data[4]; buffer[0][5] =    data[5];
            buffer[1][0] =    data[6]; buffer[1][1] =    data[7]; buffer[1][2] =    data[8]; buffer[1][3] =    data[9]; buffer[1][4] =   data[10]; buffer[1][5] =   data[11];
            buffer[2][0] =   data[12]; buffer[2][1] =   data[13]; buffer[2][2] =   data[14]; buffer[2][3] =   data[15]; buffer[2][4] =   data[16]; buffer[2][5] =   data[17];
            buffer[3][0] =   data[18]; buffer[3][1] =   data[19]; buffer[3][2] =   data[20]; buffer[3][3] =   data[21]; buffer[3][4] =   data[22]; buffer[3][5] =   data[23];
            buffer[4][0] =   data[24]; buffer[4][1] =   data[25]; buffer[4][2] =   data[26]; buffer[4][3] =   data[27]; buffer[4][4] =   data[28]; buffer[4][5] =   data[29];
            buffer[5][0] =   data[30]; buffer[5][1] =   data[31]; buffer[5][2] =   data[32]; buffer[5][3] =   data[33]; buffer[5][4] =   data[34]; buffer[5][5] =   data[35];
            buffer[6][0] =   data[36]; buffer[6][1] =   data[37]; buffer[6][2] =   data[38]; buffer[6][3] =   data[39]; buffer[6][4] =   data[40]; buffer[6][5] =   data[41];
            buffer[7][0] =   data[42]; buffer[7][1] =   data[43]; buffer[7][2] =   data[44]; buffer[7][3] =   data[45]; buffer[7][4] =   data[46]; buffer[7][5] =   data[47];
            buffer[8][0] =   data[48]; buffer[8][1] =   data[49]; buffer[8][2] =   data[50]; buffer[8][3] =   data[51]; buffer[8][4] =   data[52]; buffer[8][5] =   data[53];
            buffer[9][0] =   data[54]; buffer[9][1] =   data[55]; buffer[9][2] =   data[56]; buffer[9][3] =   data[57]; buffer[9][4] =   data[58]; buffer[9][5] =   data[59];
            buffer[10][0] =   data[60]; buffer[10][1] =   data[61]; buffer[10][2] =   data[62]; buffer[10][3] =   data[63]; buffer[10][4] =   data[64]; buffer[10][5] =   data[65];
            buffer[11][0] =   data[66]; buffer[11][1] =   data[67]; buffer[11][2] =   data[68]; buffer[11][3] =   data[69]; buffer[11][4] =   data[70]; buffer[11][5] =   data[71];
            buffer[12][0] =   data[72]; buffer[12][1] =   data[73]; buffer[12][2] =   data[74]; buffer[12][3] =   data[75]; buffer[12][4] =   data[76]; buffer[12][5] =   data[77];
            buffer[13][0] =   data[78]; buffer[13][1] =   data[79]; buffer[13][2] =   data[80]; buffer[13][3] =   data[81]; buffer[13][4] =   data[82]; buffer[13][5] =   data[83];
            buffer[14][0] =   data[84]; buffer[14][1] =   data[85]; buffer[14][2] =   data[86]; buffer[14][3] =   data[87]; buffer[14][4] =   data[88]; buffer[14][5] =   data[89];
            buffer[15][0] =   data[90]; buffer[15][1] =   data[91]; buffer[15][2] =   data[92]; buffer[15][3] =   data[93]; buffer[15][4] =   data[94]; buffer[15][5] =   data[95];
            buffer[16][0] =   data[96]; buffer[16][1] =   data[97]; buffer[16][2] =   data[98]; buffer[16][3] =   data[99]; buffer[16][4] =  data[100]; buffer[16][5] =  data[101];
            buffer[17][0] =  data[102]; buffer[17][1] =  data[103]; buffer[17][2] =  data[104]; buffer[17][3] =  data[105]; buffer[17][4] =  data[106]; buffer[17][5] =  data[107];
            buffer[18][0] =  data[108]; buffer[18][1] =  data[109]; buffer[18][2] =  data[110]; buffer[18][3] =  data[111]; buffer[18][4] =  data[112]; buffer[18][5] =  data[113];

        }
    }
};
template<class data_T, typename CONFIG_T>
class fill_buffer_322 : public nnet::FillConv1DBuffer<data_T, CONFIG_T> {
    public:
    static void fill_buffer(
        data_T data[CONFIG_T::in_width * CONFIG_T::n_chan],
        data_T buffer[CONFIG_T::n_pixels][CONFIG_T::filt_width * CONFIG_T::n_chan],
        const unsigned partition
    ) {
        if (partition ==   0) {
            buffer[0][0] =    data[0]; buffer[0][1] =    data[1]; buffer[0][2] =    data[2]; buffer[0][3] =    data[3]; buffer[0][4] =    data[4]; buffer[0][5] =    data[5];
            buffer[1][0] =    data[6]; buffer[1][1] =    data[7]; buffer[1][2] =    data[8]; buffer[1][3] =    data[9]; buffer[1][4] =   data[10]; buffer[1][5] =   data[11];
            buffer[2][0] =   data[12]; buffer[2][1] =   data[13]; buffer[2][2] =   data[14]; buffer[2][3] =   data[15]; buffer[2][4] =   data[16]; buffer[2][5] =   data[17];
            buffer[3][0] =   data[18]; buffer[3][1] =   data[19]; buffer[3][2] =   data[20]; buffer[3][3] =   data[21]; buffer[3][4] =   data[22]; buffer[3][5] =   data[23];
            buffer[4][0] =   data[24]; buffer[4][1] =   data[25]; buffer[4][2] =   data[26]; buffer[4][3] =   data[27]; buffer[4][4] =   data[28]; buffer[4][5] =   data[29];
            buffer[5][0] =   data[30]; buffer[5][1] =   data[31]; buffer[5][2] =   data[32]; buffer[5][3] =   data[33]; buffer[5][4] =   data[34]; buffer[5][5] =   data[35];
            buffer[6][0] =   data[36]; buffer[6][1] =   data[37]; buffer[6][2] =   data[38]; buffer[6][3] =   data[39]; buffer[6][4] =   data[40]; buffer[6][5] =   data[41];
            buffer[7][0] =   data[42]; buffer[7][1] =   data[43]; buffer[7][2] =   data[44]; buffer[7][3] =   data[45]; buffer[7][4] =   data[46]; buffer[7][5] =   data[47];
            buffer[8][0] =   data[48]; buffer[8][1] =   data[49]; buffer[8][2] =   data[50]; buffer[8][3] =   data[51]; buffer[8][4] =   data[52]; buffer[8][5] =   data[53];
            buffer[9][0] =   data[54]; buffer[9][1] =   data[55]; buffer[9][2] =   data[56]; buffer[9][3] =   data[57]; buffer[9][4] =   data[58]; buffer[9][5] =   data[59];
            buffer[10][0] =   data[60]; buffer[10][1] =   data[61]; buffer[10][2] =   data[62]; buffer[10][3] =   data[63]; buffer[10][4] =   data[64]; buffer[10][5] =   data[65];
            buffer[11][0] =   data[66]; buffer[11][1] =   data[67]; buffer[11][2] =   data[68]; buffer[11][3] =   data[69]; buffer[11][4] =   data[70]; buffer[11][5] =   data[71];
            buffer[12][0] =   data[72]; buffer[12][1] =   data[73]; buffer[12][2] =   data[74]; buffer[12][3] =   data[75]; buffer[12][4] =   data[76]; buffer[12][5] =   data[77];
            buffer[13][0] =   data[78]; buffer[13][1] =   data[79]; buffer[13][2] =   data[80]; buffer[13][3] =   data[81]; buffer[13][4] =   data[82]; buffer[13][5] =   data[83];
            buffer[14][0] =   data[84]; buffer[14][1] =   data[85]; buffer[14][2] =   data[86]; buffer[14][3] =   data[87]; buffer[14][4] =   data[88]; buffer[14][5] =   data[89];
            buffer[15][0] =   data[90]; buffer[15][1] =   data[91]; buffer[15][2] =   data[92]; buffer[15][3] =   data[93]; buffer[15][4] =   data[94]; buffer[15][5] =   data[95];
            buffer[16][0] =   data[96]; buffer[16][1] =   data[97]; buffer[16][2] =   data[98]; buffer[16][3] =   data[99]; buffer[16][4] =  data[100]; buffer[16][5] =  data[101];
            buffer[17][0] =  data[102]; buffer[17][1] =  data[103]; buffer[17][2] =  data[104]; buffer[17][3] =  data[105]; buffer[17][4] =  data[106]; buffer[17][5] =  data[107];
            buffer[18][0] =  data[108]; buffer[18][1] =  data[109]; buffer[18][2] =  data[110]; buffer[18][3] =  data[111]; buffer[18][4] =  data[112]; buffer[18][5] =  data[113];

        }
    }
};
template<class data_T, typename CONFIG_T>
class fill_buffer_323 : public nnet::FillConv1DBuffer<data_T, CONFIG_T> {
    public:
    static void fill_buffer(
        data_T data[CONFIG_T::in_width * CONFIG_T::n_chan],
        data_T buffer[CONFIG_T::n_pixels][CONFIG_T::filt_width * CONFIG_T::n_chan],
        const unsigned partition
    ) {
        if (partition ==   0) {
            buffer[0][0] =    data[0]; buffer[0][1] =    data[1]; buffer[0][2] =    data[2]; buffer[0][3] =    data[3]; buffer[0][4] =    data[4]; buffer[0][5] =    data[5];
            buffer[1][0] =    data[6]; buffer[1][1] =    data[7]; buffer[1][2] =    data[8]; buffer[1][3] =    data[9]; buffer[1][4] =   data[10]; buffer[1][5] =   data[11];
            buffer[2][0] =   data[12]; buffer[2][1] =   data[13]; buffer[2][2] =   data[14]; buffer[2][3] =   data[15]; buffer[2][4] =   data[16]; buffer[2][5] =   data[17];
            buffer[3][0] =   data[18]; buffer[3][1] =   data[19]; buffer[3][2] =   data[20]; buffer[3][3] =   data[21]; buffer[3][4] =   data[22]; buffer[3][5] =   data[23];
            buffer[4][0] =   data[24]; buffer[4][1] =   data[25]; buffer[4][2] =   data[26]; buffer[4][3] =   data[27]; buffer[4][4] =   data[28]; buffer[4][5] =   data[29];
            buffer[5][0] =   data[30]; buffer[5][1] =   data[31]; buffer[5][2] =   data[32]; buffer[5][3] =   data[33]; buffer[5][4] =   data[34]; buffer[5][5] =   data[35];
            buffer[6][0] =   data[36]; buffer[6][1] =   data[37]; buffer[6][2] =   data[38]; buffer[6][3] =   data[39]; buffer[6][4] =   data[40]; buffer[6][5] =   data[41];
            buffer[7][0] =   data[42]; buffer[7][1] =   data[43]; buffer[7][2] =   data[44]; buffer[7][3] =   data[45]; buffer[7][4] =   data[46]; buffer[7][5] =   data[47];
            buffer[8][0] =   data[48]; buffer[8][1] =   data[49]; buffer[8][2] =   data[50]; buffer[8][3] =   data[51]; buffer[8][4] =   data[52]; buffer[8][5] =   data[53];
            buffer[9][0] =   data[54]; buffer[9][1] =   data[55]; buffer[9][2] =   data[56]; buffer[9][3] =   data[57]; buffer[9][4] =   data[58]; buffer[9][5] =   data[59];
            buffer[10][0] =   data[60]; buffer[10][1] =   data[61]; buffer[10][2] =   data[62]; buffer[10][3] =   data[63]; buffer[10][4] =   data[64]; buffer[10][5] =   data[65];
            buffer[11][0] =   data[66]; buffer[11][1] =   data[67]; buffer[11][2] =   data[68]; buffer[11][3] =   data[69]; buffer[11][4] =   data[70]; buffer[11][5] =   data[71];
            buffer[12][0] =   data[72]; buffer[12][1] =   data[73]; buffer[12][2] =   data[74]; buffer[12][3] =   data[75]; buffer[12][4] =   data[76]; buffer[12][5] =   data[77];
            buffer[13][0] =   data[78]; buffer[13][1] =   data[79]; buffer[13][2] =   data[80]; buffer[13][3] =   data[81]; buffer[13][4] =   data[82]; buffer[13][5] =   data[83];
            buffer[14][0] =   data[84]; buffer[14][1] =   data[85]; buffer[14][2] =   data[86]; buffer[14][3] =   data[87]; buffer[14][4] =   data[88]; buffer[14][5] =   data[89];
            buffer[15][0] =   data[90]; buffer[15][1] =   data[91]; buffer[15][2] =   data[92]; buffer[15][3] =   data[93]; buffer[15][4] =   data[94]; buffer[15][5] =   data[95];
            buffer[16][0] =   data[96]; buffer[16][1] =   data[97]; buffer[16][2] =   data[98]; buffer[16][3] =   data[99]; buffer[16][4] =  data[100]; buffer[16][5] =  data[101];
            buffer[17][0] =  data[102]; buffer[17][1] =  data[103]; buffer[17][2] =  data[104]; buffer[17][3] =  data[105]; buffer[17][4] =  data[106]; buffer[17][5] =  data[107];
            buffer[18][0] =  data[108]; buffer[18][1] =  data[109]; buffer[18][2] =  data[110]; buffer[18][3] =  data[111]; buffer[18][4] =  data[112]; buffer[18][5] =  data[113];

        }
    }
};
template<class data_T, typename CONFIG_T>
class fill_buffer_324 : public nnet::FillConv1DBuffer<data_T, CONFIG_T> {
    public:
    static void fill_buffer(
        data_T data[CONFIG_T::in_width * CONFIG_T::n_chan],
        data_T buffer[CONFIG_T::n_pixels][CONFIG_T::filt_width * CONFIG_T::n_chan],
        const unsigned partition
    ) {
        if (partition ==   0) {
            buffer[0][0] =    data[0]; buffer[0][1] =    data[1]; buffer[0][2] =    data[2]; buffer[0][3] =    data[3]; buffer[0][4] =    data[4]; buffer[0][5] =    data[5];
            buffer[1][0] =    data[6]; buffer[1][1] =    data[7]; buffer[1][2] =    data[8]; buffer[1][3] =    data[9]; buffer[1][4] =   data[10]; buffer[1][5] =   data[11];
            buffer[2][0] =   data[12]; buffer[2][1] =   data[13]; buffer[2][2] =   data[14]; buffer[2][3] =   data[15]; buffer[2][4] =   data[16]; buffer[2][5] =   data[17];
            buffer[3][0] =   data[18]; buffer[3][1] =   data[19]; buffer[3][2] =   data[20]; buffer[3][3] =   data[21]; buffer[3][4] =   data[22]; buffer[3][5] =   data[23];
            buffer[4][0] =   data[24]; buffer[4][1] =   data[25]; buffer[4][2] =   data[26]; buffer[4][3] =   data[27]; buffer[4][4] =   data[28]; buffer[4][5] =   data[29];
            buffer[5][0] =   data[30]; buffer[5][1] =   data[31]; buffer[5][2] =   data[32]; buffer[5][3] =   data[33]; buffer[5][4] =   data[34]; buffer[5][5] =   data[35];
            buffer[6][0] =   data[36]; buffer[6][1] =   data[37]; buffer[6][2] =   data[38]; buffer[6][3] =   data[39]; buffer[6][4] =   data[40]; buffer[6][5] =   data[41];
            buffer[7][0] =   data[42]; buffer[7][1] =   data[43]; buffer[7][2] =   data[44]; buffer[7][3] =   data[45]; buffer[7][4] =   data[46]; buffer[7][5] =   data[47];
            buffer[8][0] =   data[48]; buffer[8][1] =   data[49]; buffer[8][2] =   data[50]; buffer[8][3] =   data[51]; buffer[8][4] =   data[52]; buffer[8][5] =   data[53];
            buffer[9][0] =   data[54]; buffer[9][1] =   data[55]; buffer[9][2] =   data[56]; buffer[9][3] =   data[57]; buffer[9][4] =   data[58]; buffer[9][5] =   data[59];
            buffer[10][0] =   data[60]; buffer[10][1] =   data[61]; buffer[10][2] =   data[62]; buffer[10][3] =   data[63]; buffer[10][4] =   data[64]; buffer[10][5] =   data[65];
            buffer[11][0] =   data[66]; buffer[11][1] =   data[67]; buffer[11][2] =   data[68]; buffer[11][3] =   data[69]; buffer[11][4] =   data[70]; buffer[11][5] =   data[71];
            buffer[12][0] =   data[72]; buffer[12][1] =   data[73]; buffer[12][2] =   data[74]; buffer[12][3] =   data[75]; buffer[12][4] =   data[76]; buffer[12][5] =   data[77];
            buffer[13][0] =   data[78]; buffer[13][1] =   data[79]; buffer[13][2] =   data[80]; buffer[13][3] =   data[81]; buffer[13][4] =   data[82]; buffer[13][5] =   data[83];
            buffer[14][0] =   data[84]; buffer[14][1] =   data[85]; buffer[14][2] =   data[86]; buffer[14][3] =   data[87]; buffer[14][4] =   data[88]; buffer[14][5] =   data[89];
            buffer[15][0] =   data[90]; buffer[15][1] =   data[91]; buffer[15][2] =   data[92]; buffer[15][3] =   data[93]; buffer[15][4] =   data[94]; buffer[15][5] =   data[95];
            buffer[16][0] =   data[96]; buffer[16][1] =   data[97]; buffer[16][2] =   data[98]; buffer[16][3] =   data[99]; buffer[16][4] =  data[100]; buffer[16][5] =  data[101];
            buffer[17][0] =  data[102]; buffer[17][1] =  data[103]; buffer[17][2] =  data[104]; buffer[17][3] =  data[105]; buffer[17][4] =  data[106]; buffer[17][5] =  data[107];
            buffer[18][0] =  data[108]; buffer[18][1] =  data[109]; buffer[18][2] =  data[110]; buffer[18][3] =  data[111]; buffer[18][4] =  data[112]; buffer[18][5] =  data[113];

        }
    }
};
template<class data_T, typename CONFIG_T>
class fill_buffer_325 : public nnet::FillConv1DBuffer<data_T, CONFIG_T> {
    public:
    static void fill_buffer(
        data_T data[CONFIG_T::in_width * CONFIG_T::n_chan],
        data_T buffer[CONFIG_T::n_pixels][CONFIG_T::filt_width * CONFIG_T::n_chan],
        const unsigned partition
    ) {
        if (partition ==   0) {
            buffer[0][0] =    data[0]; buffer[0][1] =    data[1]; buffer[0][2] =    data[2]; buffer[0][3] =    data[3]; buffer[0][4] =    data[4]; buffer[0][5] =    data[5];
            buffer[1][0] =    data[6]; buffer[1][1] =    data[7]; buffer[1][2] =    data[8]; buffer[1][3] =    data[9]; buffer[1][4] =   data[10]; buffer[1][5] =   data[11];
            buffer[2][0] =   data[12]; buffer[2][1] =   data[13]; buffer[2][2] =   data[14]; buffer[2][3] =   data[15]; buffer[2][4] =   data[16]; buffer[2][5] =   data[17];
            buffer[3][0] =   data[18]; buffer[3][1] =   data[19]; buffer[3][2] =   data[20]; buffer[3][3] =   data[21]; buffer[3][4] =   data[22]; buffer[3][5] =   data[23];
            buffer[4][0] =   data[24]; buffer[4][1] =   data[25]; buffer[4][2] =   data[26]; buffer[4][3] =   data[27]; buffer[4][4] =   data[28]; buffer[4][5] =   data[29];
            buffer[5][0] =   data[30]; buffer[5][1] =   data[31]; buffer[5][2] =   data[32]; buffer[5][3] =   data[33]; buffer[5][4] =   data[34]; buffer[5][5] =   data[35];
            buffer[6][0] =   data[36]; buffer[6][1] =   data[37]; buffer[6][2] =   data[38]; buffer[6][3] =   data[39]; buffer[6][4] =   data[40]; buffer[6][5] =   data[41];
            buffer[7][0] =   data[42]; buffer[7][1] =   data[43]; buffer[7][2] =   data[44]; buffer[7][3] =   data[45]; buffer[7][4] =   data[46]; buffer[7][5] =   data[47];
            buffer[8][0] =   data[48]; buffer[8][1] =   data[49]; buffer[8][2] =   data[50]; buffer[8][3] =   data[51]; buffer[8][4] =   data[52]; buffer[8][5] =   data[53];
            buffer[9][0] =   data[54]; buffer[9][1] =   data[55]; buffer[9][2] =   data[56]; buffer[9][3] =   data[57]; buffer[9][4] =   data[58]; buffer[9][5] =   data[59];
            buffer[10][0] =   data[60]; buffer[10][1] =   data[61]; buffer[10][2] =   data[62]; buffer[10][3] =   data[63]; buffer[10][4] =   data[64]; buffer[10][5] =   data[65];
            buffer[11][0] =   data[66]; buffer[11][1] =   data[67]; buffer[11][2] =   data[68]; buffer[11][3] =   data[69]; buffer[11][4] =   data[70]; buffer[11][5] =   data[71];
            buffer[12][0] =   data[72]; buffer[12][1] =   data[73]; buffer[12][2] =   data[74]; buffer[12][3] =   data[75]; buffer[12][4] =   data[76]; buffer[12][5] =   data[77];
            buffer[13][0] =   data[78]; buffer[13][1] =   data[79]; buffer[13][2] =   data[80]; buffer[13][3] =   data[81]; buffer[13][4] =   data[82]; buffer[13][5] =   data[83];
            buffer[14][0] =   data[84]; buffer[14][1] =   data[85]; buffer[14][2] =   data[86]; buffer[14][3] =   data[87]; buffer[14][4] =   data[88]; buffer[14][5] =   data[89];
            buffer[15][0] =   data[90]; buffer[15][1] =   data[91]; buffer[15][2] =   data[92]; buffer[15][3] =   data[93]; buffer[15][4] =   data[94]; buffer[15][5] =   data[95];
            buffer[16][0] =   data[96]; buffer[16][1] =   data[97]; buffer[16][2] =   data[98]; buffer[16][3] =   data[99]; buffer[16][4] =  data[100]; buffer[16][5] =  data[101];
            buffer[17][0] =  data[102]; buffer[17][1] =  data[103]; buffer[17][2] =  data[104]; buffer[17][3] =  data[105]; buffer[17][4] =  data[106]; buffer[17][5] =  data[107];
            buffer[18][0] =  data[108]; buffer[18][1] =  data[109]; buffer[18][2] =  data[110]; buffer[18][3] =  data[111]; buffer[18][4] =  data[112]; buffer[18][5] =  data[113];

        }
    }
};
template<class data_T, typename CONFIG_T>
class fill_buffer_326 : public nnet::FillConv1DBuffer<data_T, CONFIG_T> {
    public:
    static void fill_buffer(
        data_T data[CONFIG_T::in_width * CONFIG_T::n_chan],
        data_T buffer[CONFIG_T::n_pixels][CONFIG_T::filt_width * CONFIG_T::n_chan],
        const unsigned partition
    ) {
        if (partition ==   0) {
            buffer[0][0] =    data[0]; buffer[0][1] =    data[1]; buffer[0][2] =    data[2]; buffer[0][3] =    data[3]; buffer[0][4] =    data[4]; buffer[0][5] =    data[5]; buffer[0][6] =    data[6]; buffer[0][7] =    data[7]; buffer[0][8] =    data[8]; buffer[0][9] =    data[9]; buffer[0][10] =   data[10]; buffer[0][11] =   data[11];
            buffer[1][0] =   data[12]; buffer[1][1] =   data[13]; buffer[1][2] =   data[14]; buffer[1][3] =   data[15]; buffer[1][4] =   data[16]; buffer[1][5] =   data[17]; buffer[1][6] =   data[18]; buffer[1][7] =   data[19]; buffer[1][8] =   data[20]; buffer[1][9] =   data[21]; buffer[1][10] =   data[22]; buffer[1][11] =   data[23];
            buffer[2][0] =   data[24]; buffer[2][1] =   data[25]; buffer[2][2] =   data[26]; buffer[2][3] =   data[27]; buffer[2][4] =   data[28]; buffer[2][5] =   data[29]; buffer[2][6] =   data[30]; buffer[2][7] =   data[31]; buffer[2][8] =   data[32]; buffer[2][9] =   data[33]; buffer[2][10] =   data[34]; buffer[2][11] =   data[35];
            buffer[3][0] =   data[36]; buffer[3][1] =   data[37]; buffer[3][2] =   data[38]; buffer[3][3] =   data[39]; buffer[3][4] =   data[40]; buffer[3][5] =   data[41]; buffer[3][6] =   data[42]; buffer[3][7] =   data[43]; buffer[3][8] =   data[44]; buffer[3][9] =   data[45]; buffer[3][10] =   data[46]; buffer[3][11] =   data[47];
            buffer[4][0] =   data[48]; buffer[4][1] =   data[49]; buffer[4][2] =   data[50]; buffer[4][3] =   data[51]; buffer[4][4] =   data[52]; buffer[4][5] =   data[53]; buffer[4][6] =   data[54]; buffer[4][7] =   data[55]; buffer[4][8] =   data[56]; buffer[4][9] =   data[57]; buffer[4][10] =   data[58]; buffer[4][11] =   data[59];
            buffer[5][0] =   data[60]; buffer[5][1] =   data[61]; buffer[5][2] =   data[62]; buffer[5][3] =   data[63]; buffer[5][4] =   data[64]; buffer[5][5] =   data[65]; buffer[5][6] =   data[66]; buffer[5][7] =   data[67]; buffer[5][8] =   data[68]; buffer[5][9] =   data[69]; buffer[5][10] =   data[70]; buffer[5][11] =   data[71];
            buffer[6][0] =   data[72]; buffer[6][1] =   data[73]; buffer[6][2] =   data[74]; buffer[6][3] =   data[75]; buffer[6][4] =   data[76]; buffer[6][5] =   data[77]; buffer[6][6] =   data[78]; buffer[6][7] =   data[79]; buffer[6][8] =   data[80]; buffer[6][9] =   data[81]; buffer[6][10] =   data[82]; buffer[6][11] =   data[83];
            buffer[7][0] =   data[84]; buffer[7][1] =   data[85]; buffer[7][2] =   data[86]; buffer[7][3] =   data[87]; buffer[7][4] =   data[88]; buffer[7][5] =   data[89]; buffer[7][6] =   data[90]; buffer[7][7] =   data[91]; buffer[7][8] =   data[92]; buffer[7][9] =   data[93]; buffer[7][10] =   data[94]; buffer[7][11] =   data[95];
            buffer[8][0] =   data[96]; buffer[8][1] =   data[97]; buffer[8][2] =   data[98]; buffer[8][3] =   data[99]; buffer[8][4] =  data[100]; buffer[8][5] =  data[101]; buffer[8][6] =  data[102]; buffer[8][7] =  data[103]; buffer[8][8] =  data[104]; buffer[8][9] =  data[105]; buffer[8][10] =  data[106]; buffer[8][11] =  data[107];
            buffer[9][0] =  data[108]; buffer[9][1] =  data[109]; buffer[9][2] =  data[110]; buffer[9][3] =  data[111]; buffer[9][4] =  data[112]; buffer[9][5] =  data[113]; buffer[9][6] =  data[114]; buffer[9][7] =  data[115]; buffer[9][8] =  data[116]; buffer[9][9] =  data[117]; buffer[9][10] =  data[118]; buffer[9][11] =  data[119];
            buffer[10][0] =  data[120]; buffer[10][1] =  data[121]; buffer[10][2] =  data[122]; buffer[10][3] =  data[123]; buffer[10][4] =  data[124]; buffer[10][5] =  data[125]; buffer[10][6] =  data[126]; buffer[10][7] =  data[127]; buffer[10][8] =  data[128]; buffer[10][9] =  data[129]; buffer[10][10] =  data[130]; buffer[10][11] =  data[131];
            buffer[11][0] =  data[132]; buffer[11][1] =  data[133]; buffer[11][2] =  data[134]; buffer[11][3] =  data[135]; buffer[11][4] =  data[136]; buffer[11][5] =  data[137]; buffer[11][6] =  data[138]; buffer[11][7] =  data[139]; buffer[11][8] =  data[140]; buffer[11][9] =  data[141]; buffer[11][10] =  data[142]; buffer[11][11] =  data[143];
            buffer[12][0] =  data[144]; buffer[12][1] =  data[145]; buffer[12][2] =  data[146]; buffer[12][3] =  data[147]; buffer[12][4] =  data[148]; buffer[12][5] =  data[149]; buffer[12][6] =  data[150]; buffer[12][7] =  data[151]; buffer[12][8] =  data[152]; buffer[12][9] =  data[153]; buffer[12][10] =  data[154]; buffer[12][11] =  data[155];
            buffer[13][0] =  data[156]; buffer[13][1] =  data[157]; buffer[13][2] =  data[158]; buffer[13][3] =  data[159]; buffer[13][4] =  data[160]; buffer[13][5] =  data[161]; buffer[13][6] =  data[162]; buffer[13][7] =  data[163]; buffer[13][8] =  data[164]; buffer[13][9] =  data[165]; buffer[13][10] =  data[166]; buffer[13][11] =  data[167];
            buffer[14][0] =  data[168]; buffer[14][1] =  data[169]; buffer[14][2] =  data[170]; buffer[14][3] =  data[171]; buffer[14][4] =  data[172]; buffer[14][5] =  data[173]; buffer[14][6] =  data[174]; buffer[14][7] =  data[175]; buffer[14][8] =  data[176]; buffer[14][9] =  data[177]; buffer[14][10] =  data[178]; buffer[14][11] =  data[179];
            buffer[15][0] =  data[180]; buffer[15][1] =  data[181]; buffer[15][2] =  data[182]; buffer[15][3] =  data[183]; buffer[15][4] =  data[184]; buffer[15][5] =  data[185]; buffer[15][6] =  data[186]; buffer[15][7] =  data[187]; buffer[15][8] =  data[188]; buffer[15][9] =  data[189]; buffer[15][10] =  data[190]; buffer[15][11] =  data[191];
            buffer[16][0] =  data[192]; buffer[16][1] =  data[193]; buffer[16][2] =  data[194]; buffer[16][3] =  data[195]; buffer[16][4] =  data[196]; buffer[16][5] =  data[197]; buffer[16][6] =  data[198]; buffer[16][7] =  data[199]; buffer[16][8] =  data[200]; buffer[16][9] =  data[201]; buffer[16][10] =  data[202]; buffer[16][11] =  data[203];
            buffer[17][0] =  data[204]; buffer[17][1] =  data[205]; buffer[17][2] =  data[206]; buffer[17][3] =  data[207]; buffer[17][4] =  data[208]; buffer[17][5] =  data[209]; buffer[17][6] =  data[210]; buffer[17][7] =  data[211]; buffer[17][8] =  data[212]; buffer[17][9] =  data[213]; buffer[17][10] =  data[214]; buffer[17][11] =  data[215];
            buffer[18][0] =  data[216]; buffer[18][1] =  data[217]; buffer[18][2] =  data[218]; buffer[18][3] =  data[219]; buffer[18][4] =  data[220]; buffer[18][5] =  data[221]; buffer[18][6] =  data[222]; buffer[18][7] =  data[223]; buffer[18][8] =  data[224]; buffer[18][9] =  data[225]; buffer[18][10] =  data[226]; buffer[18][11] =  data[227];

        }
    }
};

} // namespace nnet

#endif
