"""QONNX -> hls4ml: graph rewrites for what hls4ml's ONNX frontend lacks
(:mod:`~bead_fpga.hls.transforms`), hls4ml extensions for the ops it cannot convert
(:mod:`~bead_fpga.hls.ext`, registered here, once, on import) and the project object
(:mod:`~bead_fpga.hls.convert`)."""

import warnings

from bead_fpga.hls.ext import register_all

register_all()
# hls4ml's bias_down_add warns and leaves the graph as it is when the other input of an Add
# is a scaled ApplyAlpha (the transformer's residual branch, scaled by 1/2); the Add is then
# converted as a plain Merge, which the C-simulation checks bit for bit, so the warning only
# alarms users.
warnings.filterwarnings("ignore", message="Failed to propagate quantization bias down Add node")
