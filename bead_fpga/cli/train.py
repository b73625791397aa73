"""``bead-fpga train`` and ``evaluate``: background-only QAT and the physics figures of merit."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import typer

from bead_fpga.cli.app import app
from bead_fpga.cli.common import _parse_quantize, _parse_widths
from bead_fpga.defaults import DISTILL_AUGMENT, DISTILL_TAIL_POWER, EMULATOR_DIR
from bead_fpga.train_settings import DEFAULTS


@app.command("train")
def train_cmd(
    model: str = typer.Option(DEFAULTS.model_type, "--model", help="Model type: hvae, vae, ae, transformer or bead."),
    trigger: str | None = typer.Option(None, "--trigger", help="What goes into firmware: latent (encoder + sum of squared latent means), reconstruction (encoder + decoder + masked squared error) or distilled (a small student regressing the model's reconstruction error); default: the model type's own (see README, Models)."),
    error_norm: str | None = typer.Option(None, "--error-norm", help="How the reconstruction trigger sums its per-feature errors: l2 (squares) or l1 (absolute values: no squarers, a shallower circuit); the training loss is the squared error either way. Default: l2."),
    quantize: str = typer.Option(str(DEFAULTS.bits), "--quantize", help="Bit width of weights/biases/activations, 2..16; 0 or 'float' trains the float twin."),
    hidden: str | None = typer.Option(None, "--hidden", help="Encoder widths, comma-separated (the decoder mirrors them), e.g. 32,16; default: the model type's own (hvae 16,8, vae/ae 32,16)."),
    latent: str | None = typer.Option(None, "--latent", help="Latent size per level, comma-separated (two levels for the hvae, one for vae/ae), e.g. 3,2."),
    data: Path | None = typer.Option(None, "--data", help="ADC2021-layout data directory (only the background file is used); default: the built-in generated events, made once and cached."),
    out: Path | None = typer.Option(None, "--out", help="Model directory to write; default: runs/<model>_<bits>b (a numbered sibling if that holds a run)."),
    epochs: int = typer.Option(DEFAULTS.epochs, "--epochs", help="Training epochs (after any float warm-up)."),
    batch_size: int = typer.Option(DEFAULTS.batch_size, "--batch-size", help="Events per optimisation step."),
    lr: float = typer.Option(DEFAULTS.lr, "--lr", help="Adam learning rate."),
    max_events: int = typer.Option(DEFAULTS.max_events, "--max-events", help="Background events read (split 60/20/20 train/val/test); 0 = all."),
    seed: int = typer.Option(DEFAULTS.seed, "--seed", help="Seed of the split, the initialisation and the shuffling."),
    float_warmup: int = typer.Option(DEFAULTS.float_warmup_epochs, "--float-warmup", help="Epochs of float-twin training before QAT (0 = QAT from scratch)."),
    kl_warmup: int = typer.Option(DEFAULTS.kl_warmup_epochs, "--kl-warmup", help="Epochs over which the KL weight beta rises linearly from 0 to 1."),
    patience: int = typer.Option(DEFAULTS.patience, "--patience", help="Stop after this many epochs without a better validation loss (0 = never)."),
    resume: bool = typer.Option(DEFAULTS.resume, "--resume", help="Continue the run in --out from its last checkpoint (only --epochs/--patience may change)."),
    progress: bool = typer.Option(DEFAULTS.progress, "--progress/--no-progress", help="Show a progress bar per epoch."),
    threads: int = typer.Option(DEFAULTS.threads, "--threads", help="torch CPU threads (these models are small: 1 is as fast as 2 and robust to a busy machine)."),
    pt_map: str | None = typer.Option(None, "--pt-map", help="Input map of the pT features: linear (power-of-two scale, saturating), log2 (leading-one detector + 3 mantissa bits, firmware-exact) or log2-objects (log2 but MET linear), over the model type's default map (hvae: log2-objects with eta/phi scaled to about [-1, 1]; others: linear)."),
) -> None:
    """Train an anomaly model on background only (float warm-up and/or QAT, KL warm-up, early stopping)."""
    from bead_fpga.defaults import default_data_dir, default_out_dir, default_transform_options
    from bead_fpga.model_dir import ModelDir
    from bead_fpga.models import default_config
    from bead_fpga.train import named_after, read_train_metrics, run_training
    from bead_fpga.train_settings import TrainSettings

    bits = _parse_quantize(quantize)
    widths = {"hidden": _parse_widths(hidden, "--hidden"), "latent": _parse_widths(latent, "--latent")}
    # --pt-map over the model type's default map (its headroom kept); validated up front
    transform_options = dataclasses.replace(default_transform_options(model), pt_map=pt_map) if pt_map else None
    settings = TrainSettings(  # checks every setting before any data is read or made
        model_type=model, bits=bits, epochs=epochs, batch_size=batch_size, lr=lr, max_events=max_events or None,
        seed=seed, float_warmup_epochs=float_warmup, kl_warmup_epochs=kl_warmup, patience=patience,
        threads=threads, progress=progress, resume=resume, transform_options=transform_options, model_options={"trigger": trigger, "error_norm": error_norm, **widths})
    cfg = default_config(model, bits=bits, trigger=trigger, error_norm=error_norm, **widths)  # validates type, bits, trigger up front
    mdir = ModelDir(out or default_out_dir(model, bits))
    cfg = named_after(cfg, mdir)
    typer.echo(f"train: {cfg.name} ({model} at {cfg.precision_tag}) -> {mdir.path}")
    typer.echo(f"trigger: {cfg.trigger} (what goes into firmware; --trigger to choose)")
    data = data or default_data_dir(say=typer.echo)
    out_dir = run_training(settings, data, mdir)
    summary = read_train_metrics(mdir)
    best = summary.get("best_val_loss")
    typer.echo(f"model: {out_dir}  (best validation loss {best:.5g} at epoch {summary['best_epoch']}"
               f"{', stopped early' if summary.get('stopped_early') else ''})" if best is not None else f"model: {out_dir}")
    for ph in summary.get("training_phases", []):
        typer.echo(f"  phase {ph['phase']}: epochs {ph['first_epoch']}-{ph.get('last_epoch', '?')}, "
                   f"best validation loss {ph.get('best_val_loss', float('nan')):.5g} at epoch {ph.get('best_epoch')}; "
                   f"trained {', '.join(ph['trains'])}")
    typer.echo(f"weights: {mdir.weights_file}\ntraining metrics: {mdir.metrics_train_file}")
    typer.echo(f"next: bead-fpga evaluate {out_dir}   |   bead-fpga synth --part xcvu9p   (uses this model)")


@app.command("evaluate")
def evaluate_cmd(
    model_dir: Path = typer.Argument(..., help="Trained model directory."),
    data: Path | None = typer.Option(None, "--data", help="ADC2021-layout data directory (background + any signal files); default: the data the model was trained on, else the built-in events."),
    max_events: int | None = typer.Option(None, "--max-events", help="Background events to split (and signal events read); default: as in training; 0 = all."),
    seed: int | None = typer.Option(None, "--seed", help="Split seed; default: the training seed, so the test events are unseen."),
    twin: Path | None = typer.Option(None, "--twin", help="Float-twin model directory to compare with (default: MODEL_DIR/float_twin if present)."),
    as_json: bool = typer.Option(False, "--json", help="Print metrics.json instead of the table (for scripts)."),
    engine: str = typer.Option("brevitas", "--engine", help="brevitas: the trigger score from the quantized model in torch; emulator: from the model's emulator library (the firmware's hls4ml C++ on the trigger's hardware units), built or reused in --emulator-dir."),
    emulator_dir: Path = typer.Option(EMULATOR_DIR, "--emulator-dir", help="Where --engine emulator finds or builds <model>_<fingerprint>.so."),
) -> None:
    """ROC AUC and TPR at background FPR 1e-5/1e-4 per signal; writes metrics.json and plots."""
    import json

    from bead_fpga.cli.tables import print_physics
    from bead_fpga.defaults import check_engine, data_for, evaluation_split
    from bead_fpga.evaluate import evaluate as run_evaluate
    from bead_fpga.model_dir import ModelDir

    check_engine(engine)
    mdir = ModelDir(model_dir)
    mdir.config()  # a wrong directory fails before any data is read or made
    max_events, seed = evaluation_split(mdir, max_events, seed)
    data = data or data_for(mdir, say=typer.echo)
    result = run_evaluate(mdir, data, max_events=max_events, seed=seed, twin_dir=twin, engine=engine,
                          lib_dir=emulator_dir)
    if as_json:
        typer.echo(json.dumps(result, indent=2))
        return
    print_physics(result)
    typer.echo(f"metrics: {mdir.metrics_file}\nplots: {mdir.plots_dir}")


@app.command("distill")
def distill_cmd(
    teacher: Path = typer.Argument(..., help="Trained model directory (trained with --trigger reconstruction or distilled): the teacher."),
    out: Path = typer.Option(..., "--out", help="Model directory to write: the teacher with a new student, trigger 'distilled'."),
    student: str | None = typer.Option(None, "--student", help="Hidden widths of the student, comma-separated (e.g. 12 or 16,8); default: 12 (ModelConfig.student_hidden)."),
    data: Path | None = typer.Option(None, "--data", help="The teacher's training data (its split is reused); default: the directory it was trained on."),
    epochs: int = typer.Option(60, "--epochs", help="Student training epochs (the measured students kept epochs 30-50)."),
    patience: int = typer.Option(15, "--patience", help="Stop after this many epochs without a better validation MSE (0 = never)."),
    requantize: bool = typer.Option(True, "--requantize-input/--full-input", help="Round the 16-bit input to the model's bits before the student's first layer (about half its logic) or read it as is."),
    student_bits: int = typer.Option(0, "--student-bits", help="Bit width of the student (weights, activations, requantized input), 2..16; 0 = the teacher's."),
    augment: float = typer.Option(DISTILL_AUGMENT, "--augment", help="Synthetic events per background event, made from background only (a background event plus leptons of other events, MET/lepton pT rescaled) and labelled by the teacher, so the student also learns it where signals sit; 0 = background only."),
    tail_power: float = typer.Option(DISTILL_TAIL_POWER, "--tail-power", help="Weigh each event's squared error by (1 + target)**P: the high-score range where thresholds sit counts more; 0 = unweighted."),
    seed: int | None = typer.Option(None, "--seed", help="Seed of the student's initialisation, shuffling and synthetic events; default: the teacher run's (the data split is always the teacher's)."),
) -> None:
    """Give a trained teacher a small student that regresses its reconstruction error (the firmware is the student)."""
    from bead_fpga.defaults import data_for
    from bead_fpga.distill import Augmentation, distill
    from bead_fpga.errors import BeadError
    from bead_fpga.models.quant import check_bits

    check_bits(student_bits, "--student-bits")  # before the teacher is read: bad input fails first
    for option, value in (("--augment", augment), ("--tail-power", tail_power)):
        if value < 0:
            raise BeadError(option, f"must be >= 0, got {value}")
    data = data or data_for(teacher, say=typer.echo)
    out_dir = distill(teacher, data, out, student_hidden=_parse_widths(student, "--student"), epochs=epochs, patience=patience,
                      requantize=requantize, say=typer.echo, student_bits=student_bits,
                      augmentation=Augmentation(factor=augment), tail_power=tail_power, seed=seed)
    typer.echo(f"model: {out_dir}\nnext: bead-fpga export {out_dir}   |   bead-fpga csim {out_dir}")
