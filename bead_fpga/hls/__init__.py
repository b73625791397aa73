"""QONNX -> hls4ml: hls4ml extensions for the ops it cannot convert (:mod:`~bead_fpga.hls.ext`,
registered here, once, on import) and the project object (:mod:`~bead_fpga.hls.convert`). The
graph it converts is the core's cleaned graph (:mod:`~bead_fpga.graph.cleanup`), the same one
the RTL back end (:mod:`bead_fpga.rtl`) traces."""

import warnings

from bead_fpga.hls.ext import register_all

register_all()
# hls4ml's bias_down_add warns and leaves the graph as it is when the other input of an Add
# is a scaled ApplyAlpha (the transformer's residual branch, scaled by 1/2); the Add is then
# converted as a plain Merge, which the C-simulation checks bit for bit, so the warning only
# alarms users.
warnings.filterwarnings("ignore", message="Failed to propagate quantization bias down Add node")
