"""The ``bead-fpga`` command line: parse options, call one stage function, print where the
outputs went. Every command is a thin wrapper over a function of the same name in the
package, so everything here is also callable from Python."""

from __future__ import annotations

import sys
from pathlib import Path

import typer

from bead_fpga.errors import BeadError

app = typer.Typer(
    help="Anomaly-detection models for L1 triggers: ADC2021 data -> Brevitas QAT -> QONNX -> "
    "hls4ml -> bit-exact C-simulation -> hardware report.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
)
data_app = typer.Typer(help="Generate ADC2021-layout event files and inspect them.", no_args_is_help=True)
app.add_typer(data_app, name="data")


# --- export / convert / csim: the trigger path from Brevitas to bit-exact C++ ------------------

BackendOpt = typer.Option("Vitis", "--backend", help="hls4ml backend: Vitis (Vitis HLS) or Vivado (Vivado HLS).")
PartOpt = typer.Option("xcvu9p", "--part", help="FPGA part or alias (xcvu9p, vu13p, ku15p, vx690t, or a full part name).")
ClockOpt = typer.Option(5.0, "--clock", help="Clock period in ns (5 ns = 200 MHz: II 5 still meets 40 MHz).")
ReuseOpt = typer.Option(1, "--reuse", help="hls4ml reuse factor: 1 = fully parallel, a new event every clock.")
ProjectsOpt = typer.Option(Path("hls_projects"), "--projects", help="Where hls4ml projects are written.")


def _settings(backend: str, part: str, clock: float, reuse: int):
    from bead_fpga.hls.convert import HLSSettings

    return HLSSettings(backend=backend, part=part, clock_ns=clock, reuse=reuse)


@app.command()
def export(
    model_dir: Path = typer.Argument(..., help="Trained model directory (config.json, transform.json, weights.pt)."),
    data: Path = typer.Option(..., "--data", help="ADC2021-layout data directory; background test events are used for the check."),
    events: int = typer.Option(10_000, "--events", help="Events on which the QONNX graph must equal the Brevitas model."),
    seed: int = typer.Option(0, "--seed", help="Split seed (use the training seed so the events are unseen)."),
) -> None:
    """Export the trigger path (input -> encoder -> score) to QONNX and verify it event by event."""
    from bead_fpga.export import export as run_export

    path = run_export(model_dir, data, n_events=events, seed=seed)
    typer.echo(f"QONNX trigger graph: {path} (identical to the Brevitas model on {events} events)")


@app.command()
def convert(
    model_dir: Path = typer.Argument(..., help="Model directory with an exported <name>.qonnx.onnx."),
    backend: str = BackendOpt, part: str = PartOpt, clock: float = ClockOpt, reuse: int = ReuseOpt,
    projects: Path = ProjectsOpt,
) -> None:
    """Convert the QONNX trigger graph into an hls4ml project (io_parallel, Latency strategy)."""
    from bead_fpga.hls.convert import convert as run_convert

    project = run_convert(model_dir, _settings(backend, part, clock, reuse), projects)
    project.write()
    typer.echo(f"hls4ml project: {project.dir}\nconfiguration: {Path(model_dir) / 'hls4ml_config.yml'}")


@app.command()
def csim(
    model_dir: Path = typer.Argument(..., help="Model directory with an exported <name>.qonnx.onnx."),
    data: Path = typer.Option(..., "--data", help="ADC2021-layout data directory (background test split and signal files)."),
    events: int = typer.Option(10_000, "--events", help="Background test events (and at most as many per signal file)."),
    seed: int = typer.Option(0, "--seed", help="Split seed (use the training seed)."),
    backend: str = BackendOpt, part: str = PartOpt, clock: float = ClockOpt, reuse: int = ReuseOpt,
    projects: Path = ProjectsOpt,
) -> None:
    """Compile the hls4ml C++ model and check it is bit-exact with the quantized model.

    Exits 1 unless every event is identical in every output bit.
    """
    from rich.console import Console
    from rich.table import Table

    from bead_fpga.csim import csim as run_csim

    result = run_csim(model_dir, data, n_events=events, settings=_settings(backend, part, clock, reuse),
                      projects_root=projects, seed=seed)
    table = Table(title=f"C-simulation of {result['model']}: {result['bit_exact_events']}/{result['events']} "
                        f"events bit-exact, worst {result['max_abs_diff_lsb']} LSB")
    for column in ("signal", "AUC C-sim", "AUC quantized", "AUC float twin", "TPR@1e-5 C-sim"):
        table.add_column(column)
    twin = result["physics"]["float_twin"]
    for name, fig in result["physics"]["csim"].items():
        twin_auc = f"{twin[name]['auc']:.4f}" if isinstance(twin, dict) else "n/a"
        table.add_row(name, f"{fig['auc']:.4f}", f"{result['physics']['quantized'][name]['auc']:.4f}", twin_auc,
                      f"{fig['tpr_at_fpr_1e-05']:.4f}")
    Console().print(table)
    typer.echo(f"csim.json: {Path(model_dir) / 'csim.json'}  (library {'compiled' if result['compiled'] else 'reused'}, "
               f"{result['csim_events_per_second']:.0f} events/s)")
    if result["bit_exact_fraction"] < 1.0:
        typer.echo(f"bead-fpga: error: {model_dir}: C-simulation is not bit-exact "
                   f"(first mismatch: {result['first_mismatches'][0]})", err=True)
        raise typer.Exit(1)


def main() -> None:
    """Console entry point: run the app, turning a BeadError into one line and exit code 2."""
    try:
        app()
    except BeadError as err:
        typer.echo(f"bead-fpga: error: {err}", err=True)
        sys.exit(err.exit_code)
