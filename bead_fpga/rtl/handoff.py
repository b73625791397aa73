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

import numpy as np

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


@dataclass(frozen=True)
class InputField:
    """One feature's place in the RTL input port: ``width`` bits at bit ``offset`` (from the
    LSB), two's complement (or unsigned) on a grid of 2**-``fractional``. alkaid keeps of each
    feature only the bits the first layer uses (0 for a feature it ignores, as bead_8b's
    masked ones), so the widths can differ from feature to feature."""

    offset: int
    width: int
    fractional: int

    @property
    def scale(self) -> str:
        """2**fractional as a real literal both HDLs read exactly (``16.0``, ``0.5``)."""
        return repr(2.0 ** self.fractional)


def input_fields(project: RTLProject) -> list[InputField]:
    """The input port's features in order, packed LSB first one after the other (alkaid's
    layout: feature j starts at the sum of the widths before it)."""
    precisions = project.model.fsm.inp_signals[0].precisions
    offsets = np.cumsum([0, *(sum(p) for p in precisions)])
    return [InputField(int(o), int(sum(p)), int(p.fractional)) for o, p in zip(offsets, precisions)]


def verilog_table(fields: list[InputField]) -> str:
    """The Verilog bench's per-feature table: assignments at the start of its initial block."""
    return "\n".join(f"        widths[{j}] = {f.width}; offsets[{j}] = {f.offset}; scales[{j}] = {f.scale};"
                     for j, f in enumerate(fields))


def vhdl_aggregate(values: list[object]) -> str:
    """A VHDL array aggregate with named association (a one-element positional one is not legal)."""
    return "(" + ", ".join(f"{j} => {v}" for j, v in enumerate(values)) + ")"


def port_values(project: RTLProject) -> dict[str, str]:
    """The test benches' and Makefile's placeholders: the input port's per-feature table, the
    output port's width and grid, latency, clock."""
    fields, out = input_fields(project), project.model.fsm.out_signals[0]
    w_out = int(out.width)
    return {"TOP": project.name, "N_IN": str(len(fields)), "IN_MSB": str(sum(f.width for f in fields) - 1),
            "IN_WIDTHS": " or ".join(sorted({str(f.width) for f in fields}, key=int)),
            "IN_TABLE": verilog_table(fields), "VHDL_WIDTHS": vhdl_aggregate([f.width for f in fields]),
            "VHDL_OFFSETS": vhdl_aggregate([f.offset for f in fields]),
            "VHDL_SCALES": vhdl_aggregate([f.scale for f in fields]),
            "W_OUT": str(w_out), "OUT_MSB": str(w_out - 1),
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
    try:  # a graph the front end refuses: no rtl/, the reason
        project = rtl_project(onnx_file, settings, projects_root, name)
    except BeadError as err:
        return RTLHandoff(reason=f"the RTL flow cannot take this graph: {err.what}" + (f" ({err.fix})" if err.fix else ""))
    values = port_values(project)
    copy_sources(project.write(), dest / "verilog")
    copy_sources(project.write_vhdl(), dest / VHDL_DIR)
    (dest / f"{project.name}_tb.v").write_text(fill_template(TEMPLATES / "tb.v.in", **values))
    (dest / f"{project.name}_tb.vhd").write_text(fill_template(TEMPLATES / "tb.vhd.in", **values))
    (dest / "Makefile").write_text(fill_template(TEMPLATES / "Makefile.in", **values))
    return RTLHandoff(top=project.name, latency=project.pipeline_stages)
