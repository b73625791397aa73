#ifndef HVAE_8B_H_
#define HVAE_8B_H_

#include "ap_fixed.h"
#include "ap_int.h"
#include "hls_stream.h"

#include "defines.h"


// Prototype of top level function for C-synthesis
void hvae_8b(
    input_t global_in[57],
    result_t layer202_out[1]
);

// hls-fpga-machine-learning insert emulator-defines


#endif
