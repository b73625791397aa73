"""``bead-fpga export|convert|csim``: the trigger path from Brevitas to bit-exact C++."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import typer

from bead_fpga.cli.app import app
from bead_fpga.cli.common import BackendOpt, ClockOpt, PartOpt, ProjectsOpt, ReuseOpt, _settings
from bead_fpga.cli.common import DepthSlackOpt, LevelsOpt, NoDspOpt, StageNsOpt, _rtl_choices
from bead_fpga.errors import BeadError

if TYPE_CHECKING:
    from bead_fpga.target import Part

@app.command()
def export(
    model_dir: Path = typer.Argument(..., help="Trained model directory (config.json, transform.json, weights.pt)."),
    data: Path | None = typer.Option(None, "--data", help="ADC2021-layout data directory; background test events are used for the check. Default: the training data, else the built-in events."),
    events: int = typer.Option(10_000, "--events", help="Events on which the QONNX graph must equal the Brevitas model."),
    seed: int | None = typer.Option(None, "--seed", help="Split seed; default: the training seed, so the events are unseen."),
) -> None:
    """Export the trigger path (input -> encoder -> score) to QONNX and verify it event by event."""
    from bead_fpga.defaults import data_for, evaluation_split
    from bead_fpga.export import export as run_export
    from bead_fpga.model_dir import ModelDir

    mdir = ModelDir(model_dir)
    mdir.config()  # a wrong directory fails before any data is read or made
    _, seed = evaluation_split(mdir, None, seed)
    path = run_export(mdir, data or data_for(mdir, say=typer.echo), n_events=events, seed=seed)
    typer.echo(f"QONNX trigger graph: {path} (identical to the Brevitas model on {events} events)")


@app.command()
def convert(
    model_dir: Path = typer.Argument(..., help="Model directory with an exported <name>.qonnx.onnx."),
    backend: str = BackendOpt, part: str = PartOpt, clock: float = ClockOpt, reuse: int = ReuseOpt,
    projects: Path = ProjectsOpt,
) -> None:
    """Convert the QONNX trigger graph into an hls4ml project (io_parallel, Latency strategy)."""
    from bead_fpga.hls.convert import convert as run_convert
    from bead_fpga.model_dir import ModelDir

    mdir = ModelDir(model_dir)
    project = run_convert(mdir, _settings(backend, part, clock, reuse), projects)
    project.write()
    typer.echo(f"hls4ml project: {project.dir}\nconfiguration: {mdir.hls_config_file}")


@app.command()
def csim(
    model_dir: Path = typer.Argument(..., help="Model directory with an exported <name>.qonnx.onnx."),
    data: Path | None = typer.Option(None, "--data", help="ADC2021-layout data directory (background test split and signal files); default: the training data, else the built-in events."),
    events: int = typer.Option(10_000, "--events", help="Background test events (and at most as many per signal file)."),
    seed: int | None = typer.Option(None, "--seed", help="Split seed; default: the training seed, so the events are unseen."),
    backend: str = BackendOpt, part: str = PartOpt, clock: float = ClockOpt, reuse: int = ReuseOpt,
    projects: Path = ProjectsOpt,
    engine: str = typer.Option("hls", "--engine", help="hls: hls4ml's C++ (csim.json); rtl: alkaid's Verilog "
                               "simulated by Verilator, latency measured (csim_rtl.json)."),
    levels: float = LevelsOpt, depth_slack: int = DepthSlackOpt, no_dsp: bool = NoDspOpt, stage_ns: str = StageNsOpt,
) -> None:
    """Compile the hls4ml C++ model (or, with --engine rtl, the alkaid RTL) and check it is
    bit-exact with the quantized model.

    Exits 1 unless every event is identical in every output bit.
    """
    from bead_fpga.cli.tables import print_table, unresolved_note
    from bead_fpga.csim import csim as run_csim
    from bead_fpga.defaults import data_for, evaluation_split
    from bead_fpga.model_dir import ModelDir

    if engine not in ("hls", "rtl"):
        raise BeadError("--engine", f"unknown engine {engine!r}", "choose hls or rtl")
    rtl = _rtl_choices(levels, depth_slack, no_dsp, stage_ns)
    if rtl and engine == "hls":
        from bead_fpga.synth.run import RTL_OPTIONS

        raise BeadError("/".join(RTL_OPTIONS[key] for key in rtl), "RTL choices apply to the RTL, not to hls4ml's C++",
                        "add --engine rtl")
    settings = _settings(backend, part, clock, reuse)  # an unknown part fails before any model is loaded
    mdir = ModelDir(model_dir)
    mdir.config()
    _, seed = evaluation_split(mdir, None, seed)
    data = data or data_for(mdir, say=typer.echo)
    if engine == "rtl":
        _csim_rtl(model_dir, data, events, seed, settings.part, clock, projects, rtl)
        return

    result = run_csim(mdir, data, n_events=events, settings=settings, projects_root=projects, seed=seed)
    twin = result["physics"]["float_twin"]
    points = {name: fig["tpr_at_fpr"]["1e-05"] for name, fig in result["physics"]["csim"].items()}
    rows = [[name, f"{fig['auc']:.4f}", f"{result['physics']['quantized'][name]['auc']:.4f}",
             f"{twin[name]['auc']:.4f}" if isinstance(twin, dict) else "n/a",
             f"{points[name]['tpr']:.4f}" + ("" if points[name]["fpr_resolved"] else "*")]
            for name, fig in result["physics"]["csim"].items()]
    print_table(f"C-simulation of {result['model']}: {result['bit_exact_events']}/{result['events']} events "
                f"bit-exact, worst {result['max_abs_diff_lsb']} LSB",
                ["signal", "AUC C-sim", "AUC quantized", "AUC float twin", "TPR@1e-5 C-sim"], rows)
    if not all(point["fpr_resolved"] for point in points.values()):
        typer.echo(unresolved_note(result["background_only"]["events"]))
    typer.echo(f"csim.json: {mdir.csim_file}  (library {'compiled' if result['compiled'] else 'reused'}, "
               f"{result['csim_events_per_second']:.0f} events/s)")
    if result["bit_exact_fraction"] < 1.0:
        typer.echo(f"bead-fpga: error: {model_dir}: C-simulation is not bit-exact "
                   f"(first mismatch: {result['first_mismatches'][0]})", err=True)
        raise typer.Exit(1)


def _csim_rtl(model_dir: Path, data: Path, events: int, seed: int, part: "Part", clock: float, projects: Path,
              rtl: dict) -> None:
    """``csim --engine rtl``: print what :func:`bead_fpga.rtl.csim.rtl_csim` measured; ``rtl``
    holds the RTL options given (:class:`~bead_fpga.rtl.project.RTLSettings` fields)."""
    from bead_fpga.model_dir import CSIM_RTL_FILE
    from bead_fpga.rtl.csim import rtl_csim
    from bead_fpga.rtl.project import RTLSettings

    result = rtl_csim(model_dir, data, n_events=events, settings=RTLSettings(part=part, clock_ns=clock, **rtl),
                      projects_root=projects, seed=seed)
    estimate = result["alkaid_estimate"]
    typer.echo(f"RTL simulation of {result['model']}: {result['bit_exact_events']}/{result['events']} events bit-exact, "
               f"worst {result['max_abs_diff_lsb']} LSB; latency {result['latency_cycles_measured']} cycles measured "
               f"({result['pipeline_stages']} pipeline stages); alkaid estimate {estimate['lut']:,} LUT, {estimate['ff']:,} FF")
    typer.echo(f"{CSIM_RTL_FILE}: {Path(model_dir) / CSIM_RTL_FILE}  (library {'compiled' if result['compiled'] else 'reused'}, "
               f"{result['rtl_events_per_second']:.0f} events/s)")
    if result["bit_exact_fraction"] < 1.0 or result["latency_cycles_measured"] != result["pipeline_stages"]:
        typer.echo(f"bead-fpga: error: {model_dir}: RTL simulation is not bit-exact or its latency differs from the "
                   f"pipeline (first mismatch: {(result['first_mismatches'] or ['none'])[0]})", err=True)
        raise typer.Exit(1)
