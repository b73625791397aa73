"""The QONNX and fixed-point core both back ends stand on.

* :mod:`.fixed` -- the one power-of-two fixed-point type (a ``Quant`` node's format, output LSBs,
  ranges, exact sum and product formats, the ``ap_fixed`` spelling);
* :mod:`.cleanup` -- the qonnx ``Transformation`` rewrites that give hls4ml (:mod:`bead_fpga.hls`)
  and alkaid (:mod:`bead_fpga.rtl`) the same cleaned graph;
* :mod:`.execute` -- qonnx's executor on batches of events, the reference of every check;
* :mod:`.ops` -- one registry per op type: its hls4ml extension, its cost model and its RTL
  handler, each filled by the back end's per-op module.
"""
