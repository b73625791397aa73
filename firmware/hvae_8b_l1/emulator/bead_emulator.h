// bead_emulator.h: the interface every bead-fpga emulator library implements (part of bead-fpga).
//
// One model version = one shared library <version>.so, compiled from the same hls4ml C++ as the
// firmware. The experiment's framework opens it by version name (dlopen), makes the model with
// the extern "C" factory create_model(), and per event calls prepare_input -> predict ->
// read_result; destroy_model() frees it. The method names and signatures are those of the
// CMS L1 trigger emulators (hls4mlEmulator::Model), so a version drops into such a framework.
#ifndef BEAD_EMULATOR_H_
#define BEAD_EMULATOR_H_

#include <any>
#include <cstdint>

#define BEAD_EXPORT __attribute__((visibility("default")))

namespace bead_emulator {

// The trigger score of one event, as the firmware's fixed-point value (raw integer and its
// fractional bits: value = raw * 2^-frac_bits exactly) and as a double.
struct BEAD_EXPORT Score {
    int64_t raw;
    int frac_bits;
    double value;
};

class BEAD_EXPORT Model {
  public:
    // std::any holding `const int32_t*` (N_FEATURES signed 16-bit hardware units: pT in
    // 0.25 GeV, eta and phi in 2^-8) or a `std::vector<int32_t>` of them; the library applies
    // the firmware's input transform (bead_input_transform.h) to them.
    virtual void prepare_input(std::any input) = 0;
    virtual void predict() = 0;
    // std::any holding `bead_emulator::Score*`, or a pointer to the version's own fixed-point
    // score type, which receives the score of the last predict().
    virtual void read_result(std::any result) = 0;
    virtual ~Model() = default;
};

}  // namespace bead_emulator

// The factory every library exports (C linkage: looked up with dlsym by these names).
typedef bead_emulator::Model* create_model_t();
typedef void destroy_model_t(bead_emulator::Model*);

#endif  // BEAD_EMULATOR_H_
