// hvae_8b_l1: bead-fpga emulator library of model hvae_8b_l1 (generated; do not edit).
//
// The hls4ml C++ of the firmware (firmware/, in namespace hvae_8b_l1) behind the interface of
// bead_emulator.h, with the firmware's input transform (hvae_8b_l1_input_transform.h) applied
// to the experiment's integer inputs. Build: make (see Makefile).
#include <algorithm>
#include <any>
#include <cstdint>
#include <stdexcept>
#include <thread>
#include <vector>

#include "bead_emulator.h"
#include "firmware/hvae_8b_l1.h"
#include "hvae_8b_l1_input_transform.h"

namespace hvae_8b_l1 {

namespace transform = hvae_8b_l1_input_transform;
using input_array = std::tuple_element_t<0, inputs_t>;
using score_array = std::tuple_element_t<0, outputs_t>;
using score_t = score_array::value_type;
constexpr int N_FEATURES = std::tuple_size<input_array>::value;
constexpr int FRAC_BITS = score_t::width - score_t::iwidth;
static_assert(N_FEATURES == transform::N_FEATURES, "input transform and network disagree on the feature count");
static_assert(std::tuple_size<score_array>::value == 1, "the trigger path ends in one score");
static_assert(score_t::width < 64, "the raw score must fit an int64");

// Hardware units -> network input, exactly as the firmware's bead_input_transform.h.
inline void prepare(const int32_t* hw, inputs_t& inputs) {
    transform::hw_t units[N_FEATURES];
    transform::input_t x[N_FEATURES];
    for (int f = 0; f < N_FEATURES; f++) units[f] = hw[f];
    transform::apply(units, x);
    for (int f = 0; f < N_FEATURES; f++) std::get<0>(inputs)[f] = x[f];
}

// The fixed-point score as its raw two's-complement integer: value = raw * 2^-FRAC_BITS.
inline bead_emulator::Score to_score(const score_t& s) {
    int64_t raw = static_cast<int64_t>(s.range(score_t::width - 1, 0).to_uint64());
    if (s.is_neg()) raw -= int64_t(1) << score_t::width;
    return {raw, FRAC_BITS, s.to_double()};
}

class Emulator : public bead_emulator::Model {
  public:
    void prepare_input(std::any input) override {
        if (auto p = std::any_cast<const int32_t*>(&input)) {
            prepare(*p, inputs_);
        } else if (auto v = std::any_cast<std::vector<int32_t>>(&input)) {
            if (v->size() != N_FEATURES) throw std::invalid_argument("hvae_8b_l1: wrong number of input features");
            prepare(v->data(), inputs_);
        } else {
            throw std::invalid_argument("hvae_8b_l1: prepare_input takes const int32_t* or std::vector<int32_t>");
        }
    }
    void predict() override { hvae_8b_l1_emulator(inputs_, outputs_); }
    void read_result(std::any result) override {
        const score_t& s = std::get<0>(outputs_)[0];
        if (auto p = std::any_cast<bead_emulator::Score*>(&result)) {
            **p = to_score(s);
        } else if (auto q = std::any_cast<score_t*>(&result)) {
            **q = s;
        } else {
            throw std::invalid_argument("hvae_8b_l1: read_result takes bead_emulator::Score* or a score_t*");
        }
    }

  private:
    inputs_t inputs_{};
    outputs_t outputs_{};
};

// Events [begin, end) of a batch, with their own input and output buffers (thread-safe).
inline void predict_range(const int32_t* hw, int64_t begin, int64_t end, int64_t* raw, double* value) {
    inputs_t inputs{};
    outputs_t outputs{};
    for (int64_t i = begin; i < end; i++) {
        prepare(hw + i * N_FEATURES, inputs);
        hvae_8b_l1_emulator(inputs, outputs);
        const bead_emulator::Score s = to_score(std::get<0>(outputs)[0]);
        raw[i] = s.raw;
        value[i] = s.value;
    }
}

}  // namespace hvae_8b_l1

extern "C" {

BEAD_EXPORT bead_emulator::Model* create_model() { return new hvae_8b_l1::Emulator(); }
BEAD_EXPORT void destroy_model(bead_emulator::Model* model) { delete model; }

// Plain C batch entry point (for ctypes and for frameworks without C++ interfaces).
BEAD_EXPORT const char* bead_emulator_version() { return "hvae_8b_l1"; }
BEAD_EXPORT int bead_emulator_n_features() { return hvae_8b_l1::N_FEATURES; }
BEAD_EXPORT int bead_emulator_frac_bits() { return hvae_8b_l1::FRAC_BITS; }

// hw: n_events x n_features hardware units (row-major); raw/value: n_events scores.
// n_threads <= 1 runs in the calling thread; more split the batch into contiguous chunks.
BEAD_EXPORT void bead_emulator_predict(const int32_t* hw, int64_t n_events, int n_threads, int64_t* raw, double* value) {
    const int64_t threads = std::max<int64_t>(1, std::min<int64_t>(n_threads, n_events));
    if (threads == 1) {
        hvae_8b_l1::predict_range(hw, 0, n_events, raw, value);
        return;
    }
    std::vector<std::thread> workers;
    const int64_t chunk = (n_events + threads - 1) / threads;
    for (int64_t begin = 0; begin < n_events; begin += chunk)
        workers.emplace_back(hvae_8b_l1::predict_range, hw, begin, std::min(n_events, begin + chunk), raw, value);
    for (auto& worker : workers) worker.join();
}

}  // extern "C"
