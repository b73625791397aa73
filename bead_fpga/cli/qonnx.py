"""``bead-fpga csim-qonnx``: other people's QONNX graphs through hls4ml, checked bit by bit."""

from __future__ import annotations

from pathlib import Path

import typer

from bead_fpga.cli.app import app
from bead_fpga.cli.common import BackendOpt, ClockOpt, PartOpt, ProjectsOpt, ReuseOpt, _settings

@app.command("csim-qonnx")
def csim_qonnx_cmd(
    onnx_file: Path = typer.Argument(..., help="A QONNX graph (e.g. another group's Brevitas or QKeras export)."),
    events: int = typer.Option(10_000, "--events", help="Inputs drawn over every representable value of the input format."),
    input_format: str | None = typer.Option(None, "--input-format", help="fixed<W,I> of the input port; read from the graph's first Quant node when omitted."),
    seed: int = typer.Option(0, "--seed", help="Seed of the drawn inputs."),
    backend: str = BackendOpt, part: str = PartOpt, clock: float = ClockOpt, reuse: int = ReuseOpt,
    projects: Path = ProjectsOpt,
) -> None:
    """Any QONNX graph through hls4ml, its compiled C++ checked bit by bit against qonnx's executor.

    Exits 1 unless every event is identical in every output bit.
    """
    from bead_fpga.csim import csim_qonnx

    result = csim_qonnx(onnx_file, n_events=events, input_format=input_format,
                        settings=_settings(backend, part, clock, reuse), projects_root=projects, seed=seed)
    typer.echo(f"{onnx_file}: {result['bit_exact_events']}/{result['events']} events bit-exact "
               f"(input {result['input_format']}, worst {result['max_abs_diff_lsb']} LSB); "
               f"project and csim.json in {result['project']}")
    if result["bit_exact_fraction"] < 1.0:
        typer.echo(f"bead-fpga: error: {onnx_file}: not bit-exact (first mismatch: {result['first_mismatches'][0]})", err=True)
        raise typer.Exit(1)
