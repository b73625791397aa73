"""``bead-fpga train`` and ``evaluate``: background-only QAT and the physics figures of merit."""

from __future__ import annotations

from pathlib import Path

import typer

from bead_fpga.cli.app import app
from bead_fpga.cli.common import _parse_quantize

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
