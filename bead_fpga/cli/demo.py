"""``bead-fpga demo``: the whole data path on generated data (the README's main command)."""

from __future__ import annotations

from pathlib import Path

import typer

from bead_fpga.cli.app import app
from bead_fpga.cli.common import BackendOpt, ClockOpt, PartOpt, ReuseOpt, _settings

@app.command()
def demo(
    out: Path = typer.Option(Path("runs/demo"), "--out", help="Where data, models, hls4ml projects, firmware and reports go."),
    model: str = typer.Option("hvae", "--model", help="Model type: hvae, vae or ae (the transformer trains but has no hls4ml path yet)."),
    quantize: int = typer.Option(8, "--quantize", help="Bit width of weights and activations."),
    events: int = typer.Option(100_000, "--events", help="Background events to generate and train on."),
    epochs: int = typer.Option(8, "--epochs", help="Training epochs (early stopping may end sooner)."),
    csim_events: int = typer.Option(10_000, "--csim-events", help="Background test events for the bit-exact check."),
    part: str = PartOpt, clock: float = ClockOpt, reuse: int = ReuseOpt, backend: str = BackendOpt,
) -> None:
    """The whole path on generated data: data -> train -> evaluate -> QONNX -> hls4ml -> C-sim -> report."""
    from bead_fpga.pipeline import demo as run_demo

    paths = run_demo(out, model, quantize, events, epochs, csim_events, _settings(backend, part, clock, reuse),
                     say=typer.echo)
    typer.echo("\n".join(f"{key:>10}: {value}" for key, value in paths.items()))
    typer.echo((Path(paths["report"])).read_text())
    if not paths["bit_exact"]:
        raise typer.Exit(1)
