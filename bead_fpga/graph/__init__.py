"""The QONNX and fixed-point core both back ends stand on.

* :mod:`.cleanup` -- the qonnx ``Transformation`` rewrites that give hls4ml (:mod:`bead_fpga.hls`)
  and alkaid (:mod:`bead_fpga.rtl`) the same cleaned graph;
* :mod:`.execute` -- qonnx's executor on batches of events, the reference of every check.
"""
