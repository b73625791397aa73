"""``bead-fpga demo``: the whole data path on generated data (the README's main command)."""

from __future__ import annotations

from pathlib import Path

import typer

from bead_fpga.cli.app import app
from bead_fpga.cli.common import BackendOpt, ClockOpt, PartOpt, ReuseOpt, _parse_quantize, _settings
from bead_fpga.train_settings import DEFAULTS

@app.command()
def demo(
    out: Path = typer.Option(Path("runs/demo"), "--out", help="Where data, models, hls4ml projects, firmware and reports go."),
    model: str = typer.Option(DEFAULTS.model_type, "--model", help="Model type: hvae, vae, ae, transformer or bead."),
    quantize: str = typer.Option("8", "--quantize", help="Bit width of weights and activations, 2..16."),
    events: int = typer.Option(100_000, "--events", help="Background events to generate and train on."),
    epochs: int = typer.Option(8, "--epochs", help="Training epochs (early stopping may end sooner)."),
    csim_events: int = typer.Option(10_000, "--csim-events", help="Background test events for the bit-exact check."),
    part: str = PartOpt, clock: float = ClockOpt, reuse: int = ReuseOpt, backend: str = BackendOpt,
) -> None:
    """The whole path on generated data: data -> train -> evaluate -> QONNX -> hls4ml -> C-sim -> report."""
    from rich.console import Console

    from bead_fpga.cli.tables import print_physics
    from bead_fpga.io import read_json
    from bead_fpga.model_dir import ModelDir
    from bead_fpga.pipeline import demo as run_demo
    from bead_fpga.report import summary_table

    settings = _settings(backend, part, clock, reuse)
    paths = run_demo(out, model, _parse_quantize(quantize), events, epochs, csim_events, settings, say=typer.echo)
    typer.echo("\n".join(f"{key:>10}: {value}" for key, value in paths.items()))
    console = Console()
    print_physics(read_json(ModelDir(paths["model_dir"]).metrics_file), console)
    console.print(summary_table(paths["model_dir"]))
    if not paths["bit_exact"]:
        raise typer.Exit(1)
