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


# --- data: write ADC2021-layout files and look at them -----------------------------------------


@data_app.command("generate")
def data_generate(
    out: Path = typer.Option(..., "--out", help="Directory to write into (created if missing); the files get their real ADC2021 names."),
    events: int = typer.Option(200_000, "--events", help="Background events (background_for_training.h5); ~1M take under a minute."),
    seed: int = typer.Option(0, "--seed", help="Random seed (>= 0); the same seed writes byte-identical events."),
    signal_events: int | None = typer.Option(
        None, "--signal-events", help="Events per signal file (Ato4l, leptoquark, hToTauTau, hChToTauNu); default events/10, 0 = background only."
    ),
) -> None:
    """Write a simulated background cocktail and the four ADC2021 signals in the real file layout."""
    from rich.console import Console
    from rich.table import Table

    from bead_fpga.data.adc2021 import validate
    from bead_fpga.data.generate import generate

    written = generate(out, n_events=events, seed=seed, n_signal=signal_events)
    table = Table(title=f"ADC2021-layout files in {out} (seed {seed})")
    for column in ("sample", "file", "events", "MB"):
        table.add_column(column, justify="right" if column in ("events", "MB") else "left")
    for name, path in written.items():
        table.add_row(name, path.name, f"{validate(path):,}", f"{path.stat().st_size / 1e6:.1f}")
    Console().print(table)


@data_app.command("inspect")
def data_inspect(
    files: list[Path] = typer.Argument(..., help="One or more ADC2021-layout .h5 files (background and/or signals)."),
    png: Path | None = typer.Option(None, "--png", help="Write control plots here (lepton pT, MET, jet multiplicity, leading-jet eta; signals over background)."),
    max_events: int = typer.Option(500_000, "--max-events", help="Read at most this many events per file (memory stays one chunk whatever the size)."),
) -> None:
    """Summarise ADC2021-layout files: object multiplicities, value ranges, lepton-filter fraction."""
    from rich.console import Console
    from rich.table import Table

    from bead_fpga.data.inspect import inspect

    summaries = inspect(files, out_png=png, max_events=max_events)
    table = Table(title="ADC2021-layout inputs (multiplicity mean / max; pT max over occupied slots)")
    for column in ("sample", "events", "e/gamma", "muons", "jets", "MET max", "lepton max", "lepton filter"):
        table.add_column(column, justify="left" if column == "sample" else "right", no_wrap=column == "sample")
    for s in summaries.values():
        mult = s["multiplicity"]
        pt_max = {k: (r["pt"]["max"] if r["pt"] else 0.0) for k, r in s["ranges"].items()}
        read = f"{s['events_read']:,}" + ("" if s["events_read"] == s["events"] else f" of {s['events']:,}")
        table.add_row(
            s["label"],
            read,
            *(f"{mult[k]['mean']:.2f} / {mult[k]['max']}" for k in ("egamma", "muon", "jet")),
            f"{pt_max['MET']:.0f} GeV",
            f"{max(pt_max['egamma'], pt_max['muon']):.0f} GeV",
            f"{100 * s['lepton_filter_fraction']:.1f} %",
        )
    Console().print(table)
    if png is not None:
        typer.echo(f"plots: {png}")


# --- train / evaluate: background-only QAT and the physics figures of merit ------------------


def _parse_quantize(value: str) -> int:
    """``--quantize``: a bit width, or ``0``/``float`` for the float twin."""
    text = value.strip().lower()
    if text == "float":
        return 0
    from bead_fpga.models.quant import check_bits

    try:
        return check_bits(int(text))
    except ValueError as err:
        what = str(err) if text.lstrip("-").isdigit() else f"expected a bit width 2..16, or 0/float, got {value!r}"
        raise BeadError("--quantize", what) from None


@app.command("train")
def train_cmd(
    model: str = typer.Option(..., "--model", help="Model type: hvae, transformer, ae or vae."),
    quantize: str = typer.Option("8", "--quantize", help="Bit width of weights/biases/activations, 2..16; 0 or 'float' trains the float twin."),
    data: Path = typer.Option(..., "--data", help="ADC2021-layout data directory (only the background file is used)."),
    out: Path = typer.Option(..., "--out", help="Model directory to write (config.json, transform.json, weights.pt, checkpoint.pt, metrics_train.json)."),
    epochs: int = typer.Option(20, "--epochs", help="Training epochs (after any float warm-up)."),
    batch_size: int = typer.Option(1024, "--batch-size", help="Events per optimisation step."),
    lr: float = typer.Option(3e-3, "--lr", help="Adam learning rate."),
    max_events: int = typer.Option(200_000, "--max-events", help="Background events read (split 60/20/20 train/val/test); 0 = all."),
    seed: int = typer.Option(0, "--seed", help="Seed of the split, the initialisation and the shuffling."),
    float_warmup: int = typer.Option(0, "--float-warmup", help="Epochs of float-twin training before QAT (0 = QAT from scratch)."),
    kl_warmup: int = typer.Option(5, "--kl-warmup", help="Epochs over which the KL weight beta rises linearly from 0 to 1."),
    patience: int = typer.Option(5, "--patience", help="Stop after this many epochs without a better validation loss (0 = never)."),
    resume: bool = typer.Option(False, "--resume", help="Continue the run in --out from its last checkpoint (only --epochs/--patience may change)."),
    progress: bool = typer.Option(True, "--progress/--no-progress", help="Show a progress bar per epoch."),
    threads: int = typer.Option(1, "--threads", help="torch CPU threads (these models are small: 1 is as fast as 2 and robust to a busy machine)."),
) -> None:
    """Train an anomaly model on background only (float warm-up and/or QAT, KL warm-up, early stopping)."""
    from bead_fpga.train import METRICS_TRAIN_FILE, WEIGHTS_FILE, read_train_metrics
    from bead_fpga.train import train as run_train

    bits = _parse_quantize(quantize)
    out_dir = run_train(model, data, out, bits=bits, epochs=epochs, batch_size=batch_size, lr=lr,
                        max_events=max_events or None, seed=seed, float_warmup_epochs=float_warmup,
                        kl_warmup_epochs=kl_warmup, patience=patience, resume=resume, progress=progress,
                        threads=threads)
    summary = read_train_metrics(out_dir)
    best = summary.get("best_val_loss")
    typer.echo(f"model: {out_dir}  (best validation loss {best:.5g} at epoch {summary['best_epoch']}"
               f"{', stopped early' if summary.get('stopped_early') else ''})" if best is not None else f"model: {out_dir}")
    typer.echo(f"weights: {Path(out_dir) / WEIGHTS_FILE}\ntraining metrics: {Path(out_dir) / METRICS_TRAIN_FILE}")


@app.command("evaluate")
def evaluate_cmd(
    model_dir: Path = typer.Argument(..., help="Trained model directory."),
    data: Path = typer.Option(..., "--data", help="ADC2021-layout data directory (background + any signal files)."),
    max_events: int | None = typer.Option(None, "--max-events", help="Background events to split (and signal events read); default: as in training; 0 = all."),
    seed: int | None = typer.Option(None, "--seed", help="Split seed; default: the training seed, so the test events are unseen."),
    twin: Path | None = typer.Option(None, "--twin", help="Float-twin model directory to compare with (default: MODEL_DIR/float_twin if present)."),
) -> None:
    """ROC AUC and TPR at background FPR 1e-5/1e-4 per signal; writes metrics.json and plots."""
    from rich.console import Console
    from rich.table import Table

    from bead_fpga.evaluate import evaluate as run_evaluate
    from bead_fpga.evaluate import fpr_key

    trained: dict = {}
    if (Path(model_dir) / "metrics_train.json").is_file():
        from bead_fpga.train import read_train_metrics

        trained = read_train_metrics(model_dir).get("run", {})
    if max_events is None:
        max_events = trained.get("max_events", 200_000)
    else:
        max_events = max_events or None
    if seed is None:
        seed = int(trained.get("seed", 0))
    result = run_evaluate(model_dir, data, max_events=max_events, seed=seed, twin_dir=twin)
    key = fpr_key(1e-5)
    unresolved = False
    table = Table(title=f"{result['config']['name']}: {result['n_background']:,} background test events")
    table.add_column("signal", no_wrap=True)
    variants = result["variants"]
    for vname in variants:
        for score in ("trigger", "software"):
            table.add_column(f"AUC {score}\n({vname})", justify="right")
            table.add_column(f"TPR@1e-5 {score}\n({vname})", justify="right")
    for sig in result["n_signal"]:
        row = [sig]
        for v in variants.values():
            for score in ("trigger", "software"):
                m = v["scores"][score][sig]
                wp = m["tpr_at_fpr"][key]
                unresolved |= not wp["fpr_resolved"]
                row += [f"{m['auc']:.4f}", f"{wp['tpr']:.4f}" + ("" if wp["fpr_resolved"] else "*")]
        table.add_row(*row)
    console = Console()
    console.print(table)
    if unresolved:
        console.print(f"* FPR 1e-5 is below the resolution of {result['n_background']:,} background events "
                      f"(needs >= 100,000): TPR at the highest background score, an optimistic estimate.",
                      highlight=False)
    typer.echo(f"metrics: {Path(model_dir) / 'metrics.json'}\nplots: {Path(model_dir) / 'plots'}")


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
    points = {name: fig["tpr_at_fpr"]["1e-05"] for name, fig in result["physics"]["csim"].items()}
    for name, fig in result["physics"]["csim"].items():
        twin_auc = f"{twin[name]['auc']:.4f}" if isinstance(twin, dict) else "n/a"
        star = "" if points[name]["fpr_resolved"] else "*"
        table.add_row(name, f"{fig['auc']:.4f}", f"{result['physics']['quantized'][name]['auc']:.4f}", twin_auc,
                      f"{points[name]['tpr']:.4f}{star}")
    Console().print(table)
    if not all(point["fpr_resolved"] for point in points.values()):
        typer.echo(f"* FPR 1e-5 is below the resolution of {result['background_only']['events']:,} background "
                   "events (needs >= 100,000): TPR at the highest background score, an optimistic estimate.")
    typer.echo(f"csim.json: {Path(model_dir) / 'csim.json'}  (library {'compiled' if result['compiled'] else 'reused'}, "
               f"{result['csim_events_per_second']:.0f} events/s)")
    if result["bit_exact_fraction"] < 1.0:
        typer.echo(f"bead-fpga: error: {model_dir}: C-simulation is not bit-exact "
                   f"(first mismatch: {result['first_mismatches'][0]})", err=True)
        raise typer.Exit(1)


# --- synth / report: hardware figures, each with its source ----------------------------------


@app.command()
def synth(
    model_dir: Path = typer.Argument(..., help="Model directory with an exported <name>.qonnx.onnx."),
    part: str = PartOpt, clock: float = ClockOpt, reuse: int = ReuseOpt, backend: str = BackendOpt,
    vsynth: bool = typer.Option(False, "--vsynth", help="Also run Vivado logic synthesis (needs `vivado` on PATH)."),
    projects: Path = ProjectsOpt,
) -> None:
    """Write the ready-to-run HLS project; synthesize it where Vitis/Vivado HLS are on PATH,
    otherwise print the command for a machine that has them. Estimates and FLOPs/BOPs either
    way; writes MODEL_DIR/synth.json and the report (report.md/.json/.png)."""
    from rich.console import Console

    from bead_fpga.report import summary_table, write_report
    from bead_fpga.synth.run import synth as run_synth

    console = Console()
    result = run_synth(model_dir, _settings(backend, part, clock, reuse), vsynth=vsynth, projects_root=projects,
                       console=console)
    md = write_report(model_dir, result)
    console.print(summary_table(model_dir))
    vendor = result["vendor"]
    if not vendor["ran"]:
        console.print(f"[bold]No vendor tools here[/] (missing: {', '.join(vendor['missing_tools'])}): the figures "
                      "above are estimates. On a machine with the tools run:")
        console.print(vendor["command"], markup=False, highlight=False, soft_wrap=True)
    console.print(result["estimates"]["rule4ml"]["message"], markup=False)
    typer.echo(f"project: {result['project_dir']}\nreport: {md}")


@app.command()
def report(
    model_dirs: list[Path] = typer.Argument(..., help="Model directories that have been through `bead-fpga synth`."),
    out: Path = typer.Option(None, "--out", help="Also write the comparison as a Markdown table to this file."),
) -> None:
    """Rewrite each model's report and show one table comparing the models."""
    from rich.console import Console

    from bead_fpga.io import atomic_path
    from bead_fpga.report import compare, compare_table, write_report

    for model_dir in model_dirs:
        write_report(model_dir)
    Console().print(compare_table(model_dirs))
    if out is not None:
        with atomic_path(out) as tmp:
            tmp.write_text(compare(model_dirs))
        typer.echo(f"comparison: {out}")


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


def main() -> None:
    """Console entry point: run the app, turning a BeadError into one line and exit code 2."""
    try:
        app()
    except BeadError as err:
        typer.echo(f"bead-fpga: error: {err}", err=True)
        sys.exit(err.exit_code)
