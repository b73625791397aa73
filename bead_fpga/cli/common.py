"""What several commands share: the hls4ml build options and the ``--quantize`` parser."""

from __future__ import annotations

from pathlib import Path

import typer

from bead_fpga.errors import BeadError
from bead_fpga.target import DEFAULT_CLOCK_NS, DEFAULT_PART


def _parse_quantize(value: str) -> int:
    """``--quantize``: a bit width, or ``0``/``float`` for the float twin."""
    text = value.strip().lower()
    if text == "float":
        return 0
    from bead_fpga.models.quant import check_bits

    try:
        bits = int(text)
    except ValueError:
        raise BeadError("--quantize", f"expected a bit width 2..16, or 0/float, got {value!r}") from None
    return check_bits(bits)


def _parse_widths(value: str | None, option: str) -> tuple[int, ...] | None:
    """``--hidden 16,8``-style layer widths (``None`` keeps the model type's own)."""
    if value is None:
        return None
    try:
        widths = tuple(int(w) for w in value.split(","))
    except ValueError:
        raise BeadError(option, f"expected comma-separated widths such as 16,8, got {value!r}") from None
    if not widths or min(widths) < 1:
        raise BeadError(option, f"every width must be >= 1, got {value!r}")
    return widths


BackendOpt = typer.Option("Vitis", "--backend", help="hls4ml backend: Vitis (Vitis HLS) or Vivado (Vivado HLS).")
PartOpt = typer.Option(DEFAULT_PART, "--part", help="FPGA part or alias (xcvu9p, vu13p, ku15p, vx690t, or a full part name).")
ClockOpt = typer.Option(DEFAULT_CLOCK_NS, "--clock", help="Clock period in ns (5 ns = 200 MHz: II 5 still meets 40 MHz).")
ReuseOpt = typer.Option(1, "--reuse", help="hls4ml reuse factor: 1 = fully parallel, a new event every clock.")
ProjectsOpt = typer.Option(Path("hls_projects"), "--projects", help="Where hls4ml projects are written.")
LevelsOpt = typer.Option(None, "--levels-per-stage", help="RTL: alkaid adder levels per pipeline stage (default: as many as "
                         "the timing estimate fits into --clock).")
DepthSlackOpt = typer.Option(None, "--depth-slack", help="RTL: adder levels above the shallowest tree each layer may use "
                             "(alkaid hard_dc; 0 = shallowest, fewer stages, more LUTs; default: no limit, fewest LUTs).")


NoDspOpt = typer.Option(False, "--no-dsp", help="RTL: no DSP48E2 (squares built from adders, Yosys -nodsp).")
StageNsOpt = typer.Option(None, "--stage-ns", help="RTL: re-cut the pipeline so every stage holds an equal share of "
                          "these measured stage delays (ns, comma-separated: the per-stage figures synth --flow open "
                          "reports for the same model and options).")


def _parse_stage_ns(value: str | None) -> tuple[float, ...] | None:
    """``--stage-ns 22.654,25.236``: one delay per pipeline stage."""
    if value is None:
        return None
    try:
        return tuple(float(ns) for ns in value.split(","))
    except ValueError:
        raise BeadError("--stage-ns", f"expected comma-separated ns per stage such as 22.654,25.236, got {value!r}",
                        "copy them from synth --flow open's report") from None


def _rtl_choices(levels: float | None, depth_slack: int | None, no_dsp: bool = False,
                 stage_ns: str | None = None) -> dict:
    """The RTL options a user gave (:class:`~bead_fpga.rtl.project.RTLSettings` fields), none
    when left at their defaults."""
    chosen = {"levels_per_stage": levels, "depth_slack": depth_slack, "dsp": False if no_dsp else None,
              "stage_ns": _parse_stage_ns(stage_ns)}
    return {key: value for key, value in chosen.items() if value is not None}


def _settings(backend: str, part: str, clock: float, reuse: int):
    from bead_fpga.hls.convert import HLSSettings

    return HLSSettings(backend=backend, part=part, clock_ns=clock, reuse=reuse)
