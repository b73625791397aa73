"""bead-fpga: anomaly-detection models for LHC Level-1 triggers, from ADC2021 data to
bit-exact hls4ml firmware.

The package reads as the data path: ``data`` -> ``transform`` -> ``models`` -> ``train`` ->
``evaluate`` -> ``export`` -> ``hls`` -> ``csim`` -> ``synth`` -> ``report``; ``cli`` only
parses options and calls those stages.
"""

__version__ = "0.1.0"

import warnings

# Brevitas announces on import that an optional GPU kernel package is absent; it concerns
# rotation-based PTQ, which bead-fpga does not use, and would otherwise precede every message.
warnings.filterwarnings("ignore", message="fast_hadamard_transform package not found")
