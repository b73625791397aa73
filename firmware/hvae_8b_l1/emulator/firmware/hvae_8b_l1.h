#ifndef HVAE_8B_L1_H_
#define HVAE_8B_L1_H_

#include "ap_fixed.h"
#include "ap_int.h"
#include "hls_stream.h"

#include "defines.h"

namespace hvae_8b_l1 {

// Prototype of top level function for C-synthesis
void hvae_8b_l1(
    input_t global_in[57],
    result_t layer202_out[1]
);

// hls-fpga-machine-learning insert emulator-defines

inline void hvae_8b_l1_emulator(inputs_t& inputs, outputs_t& outputs) {
    hvae_8b_l1(
        std::get<0>(inputs).data(),
        std::get<0>(outputs).data()
    );
}

}

#endif
