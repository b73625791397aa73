// bead_input_transform: bead-fpga fixed-point input transform (generated; do not edit).
//
// Input : hw[f], signed ap_int<16> hardware units; physical value = hw * LSB
//         with LSB pt: 2^-2, eta: 2^-8, phi: 2^-8 (GeV, rad).
// Output: x[f], ap_fixed<12,6> (W=12, I=6, F=6, LSB 2^-6), the model input.
// Map   : q = clip(floor(value * 2^(F - shift[f])) - offset[f], -2^(W-1), 2^(W-1)-1),
//         x = q * 2^-F  (truncation = AP_TRN, saturation = AP_SAT).
//         On hardware units this is q = (hw << hw_shift[f]) - offset[f], with
//         hw_shift[f] = F - shift[f] + log2(LSB); a negative hw_shift is an arithmetic
//         right shift, i.e. floor, exactly as in bead_fpga.transform.InputTransform.apply_int.
// log2  : where log2_map[f] = 1 (pT only), value is replaced by c * 2^-K, c = log2_code(hw):
//         v = clip(hw, 0, 2^15-1) + 1, e = v's leading one, m = the K = 3 bits after it,
//         c = e * 2^K + m (log2(v) ~ c / 2^K); then hw_shift[f] = F - shift[f] - K.
// Features (57): MET_pt, MET_eta, MET_phi, e1_pt, e1_eta, e1_phi, e2_pt, e2_eta, e2_phi, e3_pt, e3_eta, e3_phi, e4_pt, e4_eta, e4_phi, mu1_pt, mu1_eta, mu1_phi, mu2_pt, mu2_eta, mu2_phi, mu3_pt, mu3_eta, mu3_phi, mu4_pt, mu4_eta, mu4_phi, jet1_pt, jet1_eta, jet1_phi, jet2_pt, jet2_eta, jet2_phi, jet3_pt, jet3_eta, jet3_phi, jet4_pt, jet4_eta, jet4_phi, jet5_pt, jet5_eta, jet5_phi, jet6_pt, jet6_eta, jet6_phi, jet7_pt, jet7_eta, jet7_phi, jet8_pt, jet8_eta, jet8_phi, jet9_pt, jet9_eta, jet9_phi, jet10_pt, jet10_eta, jet10_phi
#ifndef BEAD_INPUT_TRANSFORM_H_
#define BEAD_INPUT_TRANSFORM_H_

#include "ap_fixed.h"
#include "ap_int.h"

namespace bead_input_transform {

constexpr int N_FEATURES = 57;
constexpr int INPUT_BITS = 12;
constexpr int INPUT_INT_BITS = 6;
constexpr int HW_BITS = 16;
constexpr int ACC_BITS = 21;
constexpr int MANTISSA_BITS = 3;
typedef ap_int<HW_BITS> hw_t;
typedef ap_fixed<INPUT_BITS, INPUT_INT_BITS> input_t;

constexpr int shift[N_FEATURES] = {3, 2, 2, 0, 2, 2, -1, 2, 2, 0, 2, 2, 0, 2, 2, 0, 2, 2, 0, 2, 2, 0, 2, 2, 0, 2, 2, 0, 2, 2, 0, 2, 2, 0, 2, 2, -1, 2, 2, -1, 2, 2, -1, 2, 2, -1, 2, 2, -1, 2, 2, -1, 2, 0, -1, -2, 2};
constexpr int offset[N_FEATURES] = {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0};
constexpr int hw_shift[N_FEATURES] = {1, -4, -4, 3, -4, -4, 4, -4, -4, 3, -4, -4, 3, -4, -4, 3, -4, -4, 3, -4, -4, 3, -4, -4, 3, -4, -4, 3, -4, -4, 3, -4, -4, 3, -4, -4, 4, -4, -4, 4, -4, -4, 4, -4, -4, 4, -4, -4, 4, -4, -4, 4, -4, -2, 4, 0, -4};
constexpr int log2_map[N_FEATURES] = {0, 0, 0, 1, 0, 0, 1, 0, 0, 1, 0, 0, 1, 0, 0, 1, 0, 0, 1, 0, 0, 1, 0, 0, 1, 0, 0, 1, 0, 0, 1, 0, 0, 1, 0, 0, 1, 0, 0, 1, 0, 0, 1, 0, 0, 1, 0, 0, 1, 0, 0, 1, 0, 0, 1, 0, 0};

// The leading-one log2 code of a pT: a priority encoder and a barrel shift, no table.
inline ap_uint<HW_BITS + MANTISSA_BITS> log2_code(const hw_t hw) {
    const ap_uint<HW_BITS> v = hw < 0 ? ap_uint<HW_BITS>(1) : ap_uint<HW_BITS>(ap_uint<HW_BITS>(hw) + 1);
    int e = 0;
    for (int b = 1; b < HW_BITS; b++) {
#pragma HLS UNROLL
        if (v[b]) e = b;
    }
    const ap_uint<HW_BITS + MANTISSA_BITS> rest = v - (ap_uint<HW_BITS>(1) << e);
    const ap_uint<HW_BITS + MANTISSA_BITS> m = (rest << MANTISSA_BITS) >> e;
    return (ap_uint<HW_BITS + MANTISSA_BITS>(e) << MANTISSA_BITS) + m;
}

inline void apply(const hw_t hw[N_FEATURES], input_t x[N_FEATURES]) {
    const ap_int<ACC_BITS> q_max = (ap_int<ACC_BITS>(1) << (INPUT_BITS - 1)) - 1;
    const ap_int<ACC_BITS> q_min = -(ap_int<ACC_BITS>(1) << (INPUT_BITS - 1));
    for (int f = 0; f < N_FEATURES; f++) {
#pragma HLS UNROLL
        ap_int<ACC_BITS> v = log2_map[f] ? ap_int<ACC_BITS>(log2_code(hw[f])) : ap_int<ACC_BITS>(hw[f]);
        v = hw_shift[f] >= 0 ? ap_int<ACC_BITS>(v << hw_shift[f]) : ap_int<ACC_BITS>(v >> -hw_shift[f]);
        v -= offset[f];
        if (v > q_max) v = q_max;
        if (v < q_min) v = q_min;
        x[f].range(INPUT_BITS - 1, 0) = v.range(INPUT_BITS - 1, 0);
    }
}

}  // namespace bead_input_transform

#endif  // BEAD_INPUT_TRANSFORM_H_
