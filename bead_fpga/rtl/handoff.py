"""The RTL part of the firmware hand-off: ``firmware/<model>/rtl/``.

The pipelined Verilog that ``bead-fpga csim --engine rtl`` proves bit-exact (the same alkaid
trace, part and clock, so the same design), the same design in VHDL, and a test bench in each
language that streams the hand-off's own ``tb_data/`` vectors through it and checks every output
bit for bit, with a Makefile that runs them (Verilator, GHDL). The firmware engineer can so
check the RTL without Python and without the hls4ml project, on the very events the HLS
co-simulation and the emulator library are checked on.

A graph the RTL front end refuses (a MatMul of two traced tensors, as in attention) gets no
``rtl/``; :func:`write_rtl_handoff` returns the front end's one-line reason for the README.
"""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from importlib.metadata import version
from pathlib import Path

from bead_fpga.errors import BeadError
from bead_fpga.io import fill_template
from bead_fpga.rtl.project import VHDL_DIR, RTLProject, RTLSettings, rtl_project

HANDOFF_DIR = "rtl"
TEMPLATES = Path(__file__).resolve().parent / "tb"


@dataclass(frozen=True)
class RTLHandoff:
    """What :func:`write_rtl_handoff` wrote, or why it wrote nothing (``reason``)."""

    top: str | None = None
    latency: int | None = None
    reason: str | None = None


def port_values(project: RTLProject) -> dict[str, str]:
    """The test benches' and Makefile's placeholders: port widths, grids, latency, clock."""
    inp, out = project.model.fsm.inp_signals[0], project.model.fsm.out_signals[0]
    if len(set(inp.bitwidths)) != 1:
        raise BeadError(project.name, "the RTL input port packs features of different widths",
                        "the hand-off's test benches drive one width per feature; `csim --engine rtl` checks it")
    w_in, w_out = int(inp.bitwidths[0]), int(out.width)
    return {"TOP": project.name, "N_IN": str(inp.size), "W_IN": str(w_in), "W_IN_M1": str(w_in - 1),
            "IN_MSB": str(inp.size * w_in - 1), "W_OUT": str(w_out), "OUT_MSB": str(w_out - 1),
            "SCALE_IN": f"{2.0 ** inp.precisions[0].fractional:.1f}",
            "SCALE_OUT": f"{2.0 ** out.precisions[0].fractional:.1f}",
            "LATENCY": str(project.pipeline_stages), "HALF_PERIOD": f"{project.settings.clock_ns / 2:g}",
            "CLOCK_NS": f"{project.settings.clock_ns:g}", "PART": project.settings.part.name,
            "ALKAID_VERSION": version("alkaid")}


def copy_sources(src: Path, dest: Path) -> None:
    """alkaid's ``src/`` (HDL, static library, constraints), without simulation outputs."""
    shutil.copytree(src, dest, ignore=shutil.ignore_patterns("*.so", "obj_dir", "*.o"))


def write_rtl_handoff(onnx_file: Path, settings: RTLSettings, projects_root: Path, name: str,
                      dest: Path) -> RTLHandoff:
    """``dest`` (``firmware/<model>/rtl/``): the Verilog and VHDL of the graph in ``onnx_file``
    traced with ``settings`` (reusing ``projects_root/<name>_rtl/``), the test benches and the
    Makefile. A graph the front end refuses writes nothing and returns the reason."""
    if dest.exists():
        shutil.rmtree(dest)
    if not Path(onnx_file).is_file():
        return RTLHandoff(reason=f"no exported QONNX graph {Path(onnx_file).name}")
    try:  # a graph the front end refuses, or a port the test benches cannot drive: no rtl/, the reason
        project = rtl_project(onnx_file, settings, projects_root, name)
        values = port_values(project)
    except BeadError as err:
        return RTLHandoff(reason=f"the RTL flow cannot take this graph: {err.what}" + (f" ({err.fix})" if err.fix else ""))
    copy_sources(project.write(), dest / "verilog")
    copy_sources(project.write_vhdl(), dest / VHDL_DIR)
    (dest / f"{project.name}_tb.v").write_text(fill_template(TEMPLATES / "tb.v.in", **values))
    (dest / f"{project.name}_tb.vhd").write_text(fill_template(TEMPLATES / "tb.vhd.in", **values))
    (dest / "Makefile").write_text(fill_template(TEMPLATES / "Makefile.in", **values))
    return RTLHandoff(top=project.name, latency=project.pipeline_stages)
