"""``bead-fpga csim-qonnx``: other people's QONNX graphs through hls4ml, with a verdict on the
C++; ``bead-fpga trace``: the same layer-by-layer view of one of our own models."""

from __future__ import annotations

from pathlib import Path

import typer

from bead_fpga.cli.app import app
from bead_fpga.cli.common import BackendOpt, ClockOpt, PartOpt, ProjectsOpt, ReuseOpt, _settings


@app.command("csim-qonnx")
def csim_qonnx_cmd(
    onnx_file: Path = typer.Argument(..., help="A QONNX graph (e.g. another group's Brevitas or QKeras export)."),
    events: int = typer.Option(2_000, "--events", help="Inputs drawn over every representable value of the input format."),
    input_format: str | None = typer.Option(
        None, "--input-format",
        help="fixed<W,I> of the input port; else read from the quantizer on the input, else hls4ml's fixed<16,6>."),
    seed: int = typer.Option(0, "--seed", help="Seed of the drawn inputs."),
    backend: str = BackendOpt, part: str = PartOpt, clock: float = ClockOpt, reuse: int = ReuseOpt,
    projects: Path = ProjectsOpt,
) -> None:
    """Any QONNX graph through hls4ml, its compiled C++ compared with qonnx's executor on the file as given.

    Takes a symbolic batch axis (shape arithmetic on it is folded) and an input with no batch
    axis; rewrites that avoid hls4ml crashes or misreadings are listed in the verdict.

    Exit 0: exact. Exit 1: not exact, with the first layer that differs and the cause.
    Exit 2: bad input or an unsupported graph (one line naming the node and op).
    """
    from bead_fpga.model_dir import CSIM_FILE
    from bead_fpga.qonnx_check import csim_qonnx, verdict_line

    result = csim_qonnx(onnx_file, n_events=events, input_format=input_format,
                        settings=_settings(backend, part, clock, reuse), projects_root=projects, seed=seed)
    typer.echo(verdict_line(result))
    typer.echo(f"  verdict and per-layer table in {Path(result['project']) / CSIM_FILE}")
    if result["verdict"] != "exact":
        raise typer.Exit(1)


@app.command("trace")
def trace_cmd(
    model_dir: Path = typer.Argument(..., help="A trained and exported model directory."),
    data: Path | None = typer.Option(
        None, "--data", help="ADC2021 data directory: trace its test events (default: events over the input format)."),
    events: int = typer.Option(2_000, "--events", help="Events traced through every layer."),
    seed: int = typer.Option(0, "--seed", help="Seed of the drawn events."),
    backend: str = BackendOpt, part: str = PartOpt, clock: float = ClockOpt, reuse: int = ReuseOpt,
    projects: Path = ProjectsOpt,
) -> None:
    """Per hls4ml layer: fixed-point type, range seen, overflow counts, and where C++ and model part.

    Writes MODEL_DIR/trace.json and MODEL_DIR/plots/trace.png. Exit 1 when C++ and model part.
    """
    from bead_fpga.model_trace import trace_model

    result = trace_model(model_dir, data, n_events=events, settings=_settings(backend, part, clock, reuse),
                         projects_root=projects, seed=seed)
    for layer in result["layers"]:
        beyond = layer.get("saturated", layer.get("overflowed", 0))
        typer.echo(f"  {layer['layer']:<28} {layer['type']:<34} seen [{layer['seen_range'][0]:g}, "
                   f"{layer['seen_range'][1]:g}]  beyond type: {beyond}  at limit: {layer['at_limit']}  "
                   f"{'=' if layer['max_abs_diff'] == 0 else 'differs from'} {layer['qonnx_node'] or '(no tensor of its size)'}")
    parting = result["first_difference"]
    typer.echo(f"{model_dir}: " + (f"C++ and model part at {parting['layer']} ({parting['type']}), up to "
                                   f"{parting['max_abs_diff_lsb']:g} LSB" if parting else "every layer identical")
               + f"; table in {result['json']}, plot in {result['plot']}")
    if parting:
        raise typer.Exit(1)
