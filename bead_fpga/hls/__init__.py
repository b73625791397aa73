"""QONNX -> hls4ml: graph rewrites for what hls4ml's ONNX frontend lacks
(:mod:`~bead_fpga.hls.transforms`) and the project object (:mod:`~bead_fpga.hls.convert`)."""
