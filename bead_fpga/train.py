"""Background-only training of the anomaly models: float warm-up and/or QAT, KL warm-up, early
stopping, atomic checkpoints and exact resume.

What a training run writes into ``out_dir`` (the model directory):

``config.json``
    the :class:`~bead_fpga.models.config.ModelConfig` that rebuilds the model exactly;
``transform.json``
    the fixed-point input map, fitted on the background *train* split only;
``weights.pt``
    the state_dict (only) of the best epoch on the validation loss, rewritten atomically
    whenever the validation loss improves;
``checkpoint.pt``
    everything needed to continue, rewritten atomically after every epoch. It holds only
    tensors and plain Python numbers/strings/lists/dicts, so it loads with
    ``torch.load(..., weights_only=True)`` (nothing is ever unpickled);
``metrics_train.json``
    the run settings and, per epoch, the train and validation loss with their parts, beta,
    wall time; rewritten after every epoch.

Schedule and its choices:

* **Phases.** ``float_warmup_epochs > 0`` first trains the float twin (``cfg.float_twin()``,
  the same classes with every quantizer ``None``) for exactly that many epochs, then copies
  its weights into the quantized model and runs ``epochs`` of QAT. ``0`` (default) is QAT
  from scratch. A float model (``bits == 0``) has no warm-up phase. ``epochs`` always counts
  the main (QAT, or float for a float model) phase; the epoch numbers in the metrics and the
  checkpoint run across both phases.
* **Float -> QAT transfer** (:func:`transfer_float_to_quant`): a Brevitas quant layer with
  quantizers ``None`` has exactly the parameter names of the same layer with quantizers, so
  ``load_state_dict(strict=False)`` fills every weight and bias; the keys it reports missing
  are the quantizers' own (the learned power-of-two activation scales, ``...scaling_impl.value``)
  and there must be no unexpected key, which is checked. Loaded that way the activation
  scales would still be uncalibrated (Brevitas would collect statistics over the first 300
  QAT steps, on activations of an already-trained network but with quantization on), so a
  calibration pass (:func:`brevitas.graph.calibrate.calibration_mode`: quantization off,
  statistics averaged over a few thousand training events, then frozen into the learned
  scale parameters) sets them from the float activations before QAT starts. What happened
  (missing keys, score agreement float vs quantized, validation loss before/after) is
  recorded under ``float_to_qat`` in ``metrics_train.json``.
* **Model phases.** A model that lists its own :attr:`~bead_fpga.models.base.AnomalyModel.training_phases`
  (the BEAD HVAE-Transformer) runs ``epochs`` of each in turn, each with its own optimizer,
  loss and early stopping; the parts a phase does not train are frozen
  (:meth:`~bead_fpga.models.base.AnomalyModel.enter_phase`). When a phase ends, the model
  takes its best epoch's weights into the next. Its boundaries (first and last epoch, what
  it trains, what it freezes, its loss, its best epoch) are logged and recorded under
  ``training_phases`` in ``metrics_train.json``, and each epoch carries its phase's name.
  Such a model has no float warm-up.
* **KL warm-up.** beta rises linearly *per step* from 0 at the first step to 1 after
  ``kl_warmup_epochs`` epochs and stays 1 (0 epochs: beta is 1 from the start). The step
  counter runs across both phases, so QAT after a float warm-up at least as long as the KL
  warm-up trains at beta = 1.
* **Validation and early stopping.** The validation loss is always computed at beta = 1 (the
  real objective; a loss at a moving beta is not comparable across epochs), in eval mode.
  The best main-phase epoch is kept as ``weights.pt``; ``patience`` counts epochs without
  improvement once beta has reached 1 (an improvement during KL warm-up still resets it);
  ``patience = 0`` disables early stopping. The float warm-up phase runs its full length.
* **Reproducibility.** ``torch.manual_seed(seed)`` / ``np.random.seed(seed)`` before the
  model is built; shuffling uses its own ``torch.Generator`` seeded with ``seed``. The
  checkpoint stores the global torch RNG state (used by VAE sampling), the shuffle
  generator state, numpy's global state, the optimizer state and the run-time state of
  Brevitas' statistics-collecting scale modules (their step counter and running buffer are
  plain attributes / non-persistent buffers that a ``state_dict`` does not carry), so on
  CPU a resumed run reproduces an uninterrupted one bit for bit.
* Gradients are clipped to a global norm of :data:`GRAD_CLIP_NORM` (a guard against the
  occasional large KL gradient early in training); a non-finite loss stops the run with a
  one-line error.
"""

from __future__ import annotations

import logging
import math
import time
from pathlib import Path
from typing import Any

import numpy as np
import torch

from bead_fpga.data import DEFAULT_EVENTS
from bead_fpga.errors import BeadError
from bead_fpga.io import atomic_path, read_json, write_json
from bead_fpga.model_dir import ModelDir, torch_load
from bead_fpga.transform import TransformOptions

log = logging.getLogger(__name__)

CHECKPOINT_FORMAT = 1
GRAD_CLIP_NORM = 10.0
#: Training events used to calibrate the activation scales after the float warm-up.
CALIBRATION_EVENTS = 8192
#: Events per forward pass when computing a loss or scores without gradients.
EVAL_CHUNK = 8192

#: Run settings that must not change between a run and its resumption (they change the data,
#: the model or the optimisation). ``epochs``, ``patience`` and ``progress`` may change.
_RESUME_FIXED = ("model_type", "bits", "max_events", "seed", "batch_size", "lr",
                 "float_warmup_epochs", "kl_warmup_epochs")

_FIX_RESUME = "pass --resume to continue it, or choose another --out (or delete the directory)"


def _torch_save(obj: Any, dest: Path) -> None:
    with atomic_path(dest) as tmp:
        torch.save(obj, tmp)


# --------------------------------------------------------------------------------------------
# Brevitas run-time state that a state_dict does not carry
# --------------------------------------------------------------------------------------------

def _stats_modules(model: torch.nn.Module):
    """Modules that initialise a learned scale from running statistics (Brevitas'
    ``ParameterFromRuntimeStatsScaling``): a Python-int step ``counter``, a non-persistent
    ``buffer`` and the ``value`` parameter."""
    for name, mod in model.named_modules():
        if hasattr(mod, "collect_stats_steps") and hasattr(mod, "counter") and hasattr(mod, "buffer") \
                and isinstance(getattr(mod, "value", None), torch.Tensor):
            yield name, mod


def quant_stats_state(model: torch.nn.Module) -> dict[str, dict[str, Any]]:
    """The statistics-collection state of every such module, as tensors and ints."""
    return {
        name: {
            "counter": int(mod.counter),
            "collect_stats_steps": int(mod.collect_stats_steps),
            "buffer": mod.buffer.detach().clone(),
            "value": mod.value.detach().clone(),
        }
        for name, mod in _stats_modules(model)
    }


def load_quant_stats_state(model: torch.nn.Module, state: dict[str, dict[str, Any]]) -> None:
    """Restore what :func:`quant_stats_state` saved (after ``load_state_dict``, which sets the
    counter past the collection phase and the value from the buffer)."""
    mods = dict(_stats_modules(model))
    if set(mods) != set(state):
        raise BeadError("checkpoint", "quantizer statistics do not match the model",
                        "the checkpoint was written by a different model; start a new run")
    with torch.no_grad():
        for name, st in state.items():
            mod = mods[name]
            mod.collect_stats_steps = int(st["collect_stats_steps"])
            mod.counter = int(st["counter"])
            mod.buffer.copy_(st["buffer"])
            mod.value.copy_(st["value"])


# --------------------------------------------------------------------------------------------
# RNG state as tensors
# --------------------------------------------------------------------------------------------

def _rng_state(shuffle: torch.Generator) -> dict[str, Any]:
    name, keys, pos, has_gauss, cached = np.random.get_state()
    return {
        "torch": torch.get_rng_state(),
        "shuffle": shuffle.get_state(),
        "numpy": {"name": str(name), "keys": torch.from_numpy(np.asarray(keys, dtype=np.int64)),
                  "pos": int(pos), "has_gauss": int(has_gauss), "cached_gaussian": float(cached)},
    }


def _set_rng_state(state: dict[str, Any], shuffle: torch.Generator) -> None:
    torch.set_rng_state(state["torch"])
    shuffle.set_state(state["shuffle"])
    npst = state["numpy"]
    np.random.set_state((npst["name"], npst["keys"].numpy().astype(np.uint32), npst["pos"],
                         npst["has_gauss"], npst["cached_gaussian"]))


# --------------------------------------------------------------------------------------------
# Float warm-up -> QAT
# --------------------------------------------------------------------------------------------

def transfer_float_to_quant(float_model: torch.nn.Module, quant_model: torch.nn.Module,
                            x_calib: torch.Tensor) -> dict[str, Any]:
    """Copy the float twin's weights into the quantized model and calibrate its activation
    scales on ``x_calib`` (see the module docstring). Returns a report of what happened."""
    import warnings

    with warnings.catch_warnings():  # brevitas.graph imports its deprecated brevitas.fx
        warnings.simplefilter("ignore")  # (and warns about an optional Hadamard package)
        from brevitas.graph.calibrate import calibration_mode

    float_state = float_model.state_dict()
    result = quant_model.load_state_dict(float_state, strict=False)
    if result.unexpected_keys:
        raise BeadError("float warm-up", f"float twin has parameters the quantized model lacks: "
                        f"{sorted(result.unexpected_keys)[:5]}", "the twin's architecture differs; report a bug")
    quant_keys = set(quant_model.state_dict())
    loaded = sorted(set(float_state) & quant_keys)
    missing = sorted(result.missing_keys)
    with torch.no_grad():
        quant_model.eval()
        with calibration_mode(quant_model):
            for lo in range(0, len(x_calib), EVAL_CHUNK):
                quant_model(x_calib[lo:lo + EVAL_CHUNK])
        quant_model.eval()
        float_model.eval()
        n = min(len(x_calib), EVAL_CHUNK)
        s_float = float_model.trigger_score(x_calib[:n]).double()
        s_quant = quant_model.trigger_score(x_calib[:n]).double()
        agreement = _rank_correlation(s_float.numpy(), s_quant.numpy())
    uncalibrated = [name for name, mod in _stats_modules(quant_model) if mod.counter <= mod.collect_stats_steps]
    report = {
        "loaded_keys": len(loaded),
        "missing_keys": missing,
        "calibration_events": int(len(x_calib)),
        "uncalibrated_scales": uncalibrated,
        "trigger_score_rank_correlation": None if math.isnan(agreement) else agreement,
        "trigger_score_mean_float": float(s_float.mean()),
        "trigger_score_mean_quant": float(s_quant.mean()),
    }
    log.info("float -> QAT: %d tensors loaded, %d quantizer keys missing (calibrated on %d events); "
             "trigger-score rank correlation float vs quantized %.4f",
             len(loaded), len(missing), len(x_calib), agreement)
    return report


def _rank_correlation(a: np.ndarray, b: np.ndarray) -> float:
    """Spearman correlation (average ranks), NaN when either side is constant."""
    def ranks(v: np.ndarray) -> np.ndarray:
        uniq, inv, counts = np.unique(v, return_inverse=True, return_counts=True)
        return ((np.cumsum(counts) - counts) + (counts + 1) / 2.0)[inv]
    ra, rb = ranks(a), ranks(b)
    if ra.std() == 0 or rb.std() == 0:
        return float("nan")
    return float(np.corrcoef(ra, rb)[0, 1])


# --------------------------------------------------------------------------------------------
# One epoch
# --------------------------------------------------------------------------------------------

class _BetaSchedule:
    """Linear per-step KL warm-up from 0 to 1 over ``warmup_steps`` steps."""

    def __init__(self, warmup_steps: int, step: int = 0) -> None:
        self.warmup_steps = int(warmup_steps)
        self.step = int(step)

    @property
    def beta(self) -> float:
        return 1.0 if self.warmup_steps <= 0 else min(1.0, self.step / self.warmup_steps)

    def state(self) -> dict[str, Any]:
        return {"step": self.step, "warmup_steps": self.warmup_steps, "beta": self.beta}


def _finite_or_raise(loss: torch.Tensor, epoch: int, where: str) -> None:
    if not torch.isfinite(loss):
        raise BeadError(where, f"loss became {loss.item()} in epoch {epoch}",
                        "lower --lr, or add --float-warmup / a longer --kl-warmup")


def _train_epoch(model, optimizer, x: torch.Tensor, batch_size: int, schedule: _BetaSchedule,
                 shuffle: torch.Generator, epoch: int, on_batch) -> dict[str, float]:
    model.train()
    n = len(x)
    perm = torch.randperm(n, generator=shuffle)
    sums: dict[str, float] = {}
    seen = 0
    for lo in range(0, n, batch_size):
        xb = x[perm[lo:lo + batch_size]]
        beta = schedule.beta
        out = model(xb)
        loss, parts = model.loss(xb, out, beta)
        _finite_or_raise(loss, epoch, "training")
        optimizer.zero_grad(set_to_none=True)
        loss.backward()
        torch.nn.utils.clip_grad_norm_(model.parameters(), GRAD_CLIP_NORM)
        optimizer.step()
        schedule.step += 1
        m = len(xb)
        seen += m
        sums["loss"] = sums.get("loss", 0.0) + float(loss.detach()) * m
        for k, v in parts.items():
            sums[k] = sums.get(k, 0.0) + float(v) * m
        on_batch(m, sums["loss"] / seen)
    return {k: v / seen for k, v in sums.items()}


@torch.no_grad()
def _eval_loss(model, x: torch.Tensor, beta: float = 1.0) -> dict[str, float]:
    model.eval()
    sums: dict[str, float] = {}
    for lo in range(0, len(x), EVAL_CHUNK):
        xb = x[lo:lo + EVAL_CHUNK]
        loss, parts = model.loss(xb, model(xb), beta)
        m = len(xb)
        sums["loss"] = sums.get("loss", 0.0) + float(loss) * m
        for k, v in parts.items():
            sums[k] = sums.get(k, 0.0) + float(v) * m
    return {k: v / len(x) for k, v in sums.items()}


def _clone_state(model: torch.nn.Module) -> dict[str, torch.Tensor]:
    return {k: v.detach().clone() for k, v in model.state_dict().items()}


# --------------------------------------------------------------------------------------------
# The training run
# --------------------------------------------------------------------------------------------

def _progress(enabled: bool):
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        TextColumn,
        TimeElapsedColumn,
    )

    return Progress(
        TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
        TextColumn("loss {task.fields[loss]}"), TimeElapsedColumn(),
        disable=not enabled,
    )


def _validate_args(epochs: int, batch_size: int, lr: float, max_events: int | None,
                   float_warmup_epochs: int, kl_warmup_epochs: int, patience: int) -> None:
    """The run settings (model type and bit width are validated by the ModelConfig)."""
    checks = [
        ("--epochs", epochs >= 1, f"must be >= 1, got {epochs}"),
        ("--batch-size", batch_size >= 1, f"must be >= 1, got {batch_size}"),
        ("--lr", lr > 0 and math.isfinite(lr), f"must be a positive number, got {lr}"),
        ("--max-events", max_events is None or max_events >= 10, f"must be >= 10 (or all events), got {max_events}"),
        ("--float-warmup", float_warmup_epochs >= 0, f"must be >= 0, got {float_warmup_epochs}"),
        ("--kl-warmup", kl_warmup_epochs >= 0, f"must be >= 0, got {kl_warmup_epochs}"),
        ("--patience", patience >= 0, f"must be >= 0 (0 disables early stopping), got {patience}"),
    ]
    for where, ok, what in checks:
        if not ok:
            raise BeadError(where, what)


def train(
    model_type: str,
    data_dir: Path,
    out_dir: Path,
    bits: int = 8,
    epochs: int = 20,
    batch_size: int = 1024,
    lr: float = 3e-3,
    max_events: int | None = DEFAULT_EVENTS,
    seed: int = 0,
    float_warmup_epochs: int = 0,
    kl_warmup_epochs: int = 5,
    patience: int = 5,
    resume: bool = False,
    progress: bool = True,
    threads: int = 1,
    transform_options: TransformOptions | None = None,
    **model_kwargs: Any,
) -> Path:
    """Train one anomaly model on background only and return its model directory.

    ``model_kwargs`` override fields of the model type's reference configuration
    (:func:`bead_fpga.models.default_config`: ``hidden``, ``latent``, ...; ``None`` keeps the
    default). See the module docstring for the schedule, the files written and what
    ``resume`` guarantees. ``resume=True`` without a checkpoint starts a new run.
    ``threads`` sets torch's CPU threads: these models are so small that one thread is as fast
    as two on an idle machine and many times faster on a busy one. ``transform_options`` choose
    the input map (:class:`bead_fpga.transform.TransformOptions`: the pT map, headroom);
    ``None`` takes the model type's default (:func:`bead_fpga.defaults.default_transform_options`).
    """
    from bead_fpga.data.adc2021 import BACKGROUND_FILE, fingerprint, load_background
    from bead_fpga.defaults import default_transform_options, record_trained
    from bead_fpga.distill import DEFAULT_AUGMENTATION, model_input, synthetic_inputs
    from bead_fpga.models import build_model, default_config
    from bead_fpga.transform import InputTransform, fit_transform

    _validate_args(epochs, batch_size, lr, max_events, float_warmup_epochs, kl_warmup_epochs, patience)
    torch.set_num_threads(threads)
    data_dir, out_dir = Path(data_dir), Path(out_dir)
    mdir = ModelDir(out_dir)
    if out_dir.exists() and not out_dir.is_dir():
        raise BeadError(out_dir, "exists and is not a directory", "choose another --out")
    try:
        cfg = default_config(model_type, bits=bits, **model_kwargs)
    except (TypeError, ValueError) as err:
        raise BeadError("model options", str(err)) from None
    if cfg.bits == 0 and float_warmup_epochs:
        log.warning("float warm-up has no meaning for a float model; ignoring --float-warmup %d", float_warmup_epochs)
        float_warmup_epochs = 0

    run = {
        "model_type": model_type, "bits": bits, "data_dir": mdir.rel(data_dir),
        "data_fingerprint": fingerprint(data_dir / BACKGROUND_FILE), "max_events": max_events,
        "seed": seed, "batch_size": batch_size, "lr": lr, "epochs": epochs,
        "float_warmup_epochs": float_warmup_epochs, "kl_warmup_epochs": kl_warmup_epochs,
        "patience": patience,
        "model_overrides": {k: list(v) if isinstance(v, tuple) else v for k, v in model_kwargs.items()},
        "torch": str(torch.__version__),
        "threads": torch.get_num_threads(),
    }

    ckpt_path = mdir.checkpoint_file
    ckpt = None
    if ckpt_path.exists():
        if not resume:
            raise BeadError(out_dir, "already holds a training run (checkpoint.pt)", _FIX_RESUME)
        ckpt = torch_load(ckpt_path)
        _check_resumable(ckpt, ckpt_path, run, cfg, out_dir)
    elif resume:
        log.info("%s: no checkpoint, starting a new run", out_dir)

    # ---- data and transform (background only) ----
    t0 = time.perf_counter()
    bg = load_background(data_dir, max_events, seed)
    if len(bg["train"]) < 2 or len(bg["val"]) < 1:
        raise BeadError(data_dir, f"too few background events to train ({len(bg['train'])} train, "
                        f"{len(bg['val'])} val)", "raise --max-events or use a larger file")
    if ckpt is None:
        transform = fit_transform(bg["train"], input_bits=cfg.input_bits, input_int_bits=cfg.input_int_bits,
                                  options=transform_options or default_transform_options(model_type))
        out_dir.mkdir(parents=True, exist_ok=True)
        transform.save(mdir.transform_file)
        cfg.save(mdir.config_file)
    else:
        transform = InputTransform.load(mdir.require(mdir.transform_file, "the run is incomplete; start a new one"))
        if transform_options is not None and transform.fit != transform_options:
            raise BeadError(out_dir, "the run was started with another input map (transform.json, 'fit')",
                            "resume without --pt-map, or choose another --out")
    x_train, x_val = model_input(transform, bg["train"]), model_input(transform, bg["val"])
    # the student's synthetic events come from the same splits (bead_fpga.distill)
    synthetic = (synthetic_inputs(transform, bg, DEFAULT_AUGMENTATION, seed) if cfg.trigger == "distilled"
                 else None)
    del bg
    log.info("data: %d train / %d val background events (%.1f s)", len(x_train), len(x_val), time.perf_counter() - t0)

    # ---- models, seeded ----
    torch.manual_seed(seed)
    np.random.seed(seed)
    shuffle = torch.Generator().manual_seed(seed)
    steps_per_epoch = math.ceil(len(x_train) / batch_size)
    quant_model = build_model(cfg)
    # no KL term, no warm-up: beta is 1 (and early stopping counts) from the first epoch
    schedule = _BetaSchedule(kl_warmup_epochs * steps_per_epoch if quant_model.is_variational else 0)
    float_model = build_model(cfg.float_twin()) if float_warmup_epochs else None
    phases = quant_model.training_phases
    if phases and float_warmup_epochs:
        raise BeadError("--float-warmup", f"model type {model_type!r} trains in its own phases "
                        f"({', '.join(ph.name for ph in phases)})", "omit --float-warmup")
    stage, stage_start, phase_log = 0, 0, []  # the model's own phase, its first epoch, its records

    epoch = 0  # completed epochs, both phases
    phase = "float" if float_warmup_epochs else "main"
    best = {"val_loss": math.inf, "epoch": 0, "state": None}
    bad_epochs = 0
    stopped_early = False
    history: list[dict[str, Any]] = []
    transfer_report: dict[str, Any] | None = None

    def make_optimizer(model):
        return torch.optim.Adam(model.parameters(), lr=lr)

    model = float_model if phase == "float" else quant_model
    optimizer = make_optimizer(model)

    if ckpt is not None:
        phase = ckpt["phase"]
        model = float_model if phase == "float" else quant_model
        if model.training_phases:
            _load_phase_state(model, ckpt["model"], str(ckpt_path))
        else:
            model.load_state_dict(ckpt["model"])
        load_quant_stats_state(model, ckpt["quant_stats"])
        optimizer = make_optimizer(model)
        optimizer.load_state_dict(ckpt["optimizer"])
        epoch = int(ckpt["epoch"])
        best = {"val_loss": float(ckpt["best"]["val_loss"]), "epoch": int(ckpt["best"]["epoch"]),
                "state": ckpt["best"]["state"]}
        bad_epochs = int(ckpt["bad_epochs"])
        stopped_early = bool(ckpt["stopped_early"])
        schedule = _BetaSchedule(ckpt["beta"]["warmup_steps"], ckpt["beta"]["step"])
        history = list(ckpt["history"])
        transfer_report = ckpt.get("float_to_qat")
        stage, stage_start, phase_log = int(ckpt.get("stage", 0)), int(ckpt.get("stage_start", 0)), ckpt.get("phase_log", [])
        _set_rng_state(ckpt["rng"], shuffle)
        log.info("resuming %s after epoch %d (%s phase)", out_dir, epoch, phase)

    total_epochs = float_warmup_epochs + epochs * max(1, len(phases))
    if phases:
        quant_model.enter_phase(stage)
        if not phase_log:
            phase_log.append(_phase_record(quant_model, stage, epoch, print if progress else log.debug))
    if stopped_early and patience and bad_epochs >= patience:
        log.info("run stopped early at epoch %d (no improvement for %d epochs); nothing to do", epoch, bad_epochs)
        return out_dir
    stopped_early = False
    distill_report: dict[str, Any] | None = None

    def save_metrics() -> None:
        write_json(mdir.metrics_train_file, {
            "run": run, "config": cfg.to_dict(), "steps_per_epoch": steps_per_epoch,
            "n_train": len(x_train), "n_val": len(x_val),
            "best_epoch": best["epoch"], "best_val_loss": best["val_loss"] if best["state"] is not None else None,
            "stopped_early": stopped_early, "float_to_qat": transfer_report, "epochs": history,
            **({"training_phases": phase_log} if phases else {}),
            **({"distillation": distill_report} if distill_report is not None else {}),
        })

    def save_checkpoint() -> None:
        _torch_save({
            "format": CHECKPOINT_FORMAT,
            "phase": phase,
            "epoch": epoch,
            "model": _clone_state(model),
            "quant_stats": quant_stats_state(model),
            "optimizer": optimizer.state_dict(),
            "best": best,
            "bad_epochs": bad_epochs,
            "stopped_early": stopped_early,
            "beta": schedule.state(),
            "rng": _rng_state(shuffle),
            "run": run,
            "config": cfg.to_dict(),
            "history": history,
            "float_to_qat": transfer_report,
            "stage": stage, "stage_start": stage_start, "phase_log": phase_log,
        }, ckpt_path)

    with _progress(progress) as bar:
        while epoch < (stage_start + epochs if phases else total_epochs):
            if phase == "float" and epoch >= float_warmup_epochs:
                # float warm-up done: move the weights into the quantized model
                val_float = _eval_loss(float_model, x_val)["loss"]
                transfer_report = transfer_float_to_quant(float_model, quant_model, x_train[:CALIBRATION_EVENTS])
                transfer_report["val_loss_float"] = val_float
                transfer_report["val_loss_quant_after_transfer"] = _eval_loss(quant_model, x_val)["loss"]
                phase, model = "main", quant_model
                optimizer = make_optimizer(model)
                float_model = None
                continue
            tag = "float warm-up" if phase == "float" else ("QAT" if cfg.bits else "float")
            tag = f"{tag} {phases[stage].name}" if phases else tag
            task = bar.add_task(f"epoch {epoch + 1}/{total_epochs} \\[{tag}]", total=len(x_train), loss="-")

            def on_batch(m: int, running: float, task=task) -> None:
                bar.update(task, advance=m, loss=f"{running:.4g}")

            t_epoch = time.perf_counter()
            train_parts = _train_epoch(model, optimizer, x_train, batch_size, schedule, shuffle, epoch + 1, on_batch)
            val_parts = _eval_loss(model, x_val)
            _finite_or_raise(torch.tensor(val_parts["loss"]), epoch + 1, "validation")
            wall = time.perf_counter() - t_epoch
            epoch += 1
            improved = False
            if phase == "main":
                if val_parts["loss"] < best["val_loss"]:
                    improved = True
                    best = {"val_loss": val_parts["loss"], "epoch": epoch, "state": _clone_state(model)}
                    bad_epochs = 0
                    _torch_save(best["state"], mdir.weights_file)
                elif schedule.beta >= 1.0:
                    bad_epochs += 1
            history.append({
                "epoch": epoch, "phase": phases[stage].name if phases else (
                    "float_warmup" if phase == "float" else ("qat" if cfg.bits else "float")),
                "beta": schedule.beta, "train": train_parts, "val": val_parts, "time_s": wall,
                "best": improved,
            })
            if patience and bad_epochs >= patience:
                stopped_early = True
            bar.remove_task(task)
            if progress:
                parts_txt = " ".join(f"{k} {v:.4g}" for k, v in val_parts.items() if k != "loss")
                beta_txt = f"beta {schedule.beta:.2f}  " if model.is_variational else ""
                bar.console.print(f"epoch {epoch}/{total_epochs} \\[{tag}] {beta_txt}"
                                  f"train {train_parts['loss']:.5g}  val {val_parts['loss']:.5g} ({parts_txt})  "
                                  f"{wall:.1f} s" + ("  [green]best[/]" if improved else ""), highlight=False)
            log.info("epoch %d/%d [%s] beta %.3f train %.5g val %.5g%s (%.1f s)", epoch, total_epochs, tag,
                     schedule.beta, train_parts["loss"], val_parts["loss"], " (best)" if improved else "", wall)
            if phases:
                phase_log[-1].update(last_epoch=epoch, best_epoch=best["epoch"], best_val_loss=best["val_loss"],
                                     stopped_early=stopped_early)
            if phases and stage + 1 < len(phases) and (stopped_early or epoch - stage_start >= epochs):
                stage, stage_start = stage + 1, epoch
                _next_phase(model, best["state"], stage)
                phase_log.append(_phase_record(model, stage, epoch, bar.console.print if progress else log.debug))
                optimizer = make_optimizer(model)
                best, bad_epochs, stopped_early = {"val_loss": math.inf, "epoch": 0, "state": None}, 0, False
            save_checkpoint()
            save_metrics()
            if stopped_early:
                log.info("early stop: validation loss has not improved for %d epochs (best %.5g at epoch %d)",
                         bad_epochs, best["val_loss"], best["epoch"])
                break
    if cfg.trigger == "distilled":
        distill_report = _distill(quant_model, best["state"], mdir, (x_train, x_val), synthetic, epochs,
                                  batch_size, lr, patience, seed, verbose=progress)
    mdir.calibrate_score(x_train)
    save_metrics()
    if cfg.quantized:  # what `bead-fpga synth` picks up when no model is named
        record_trained(out_dir)
    return out_dir


def _phase_record(model, index: int, epochs_done: int, say) -> dict[str, Any]:
    """Log (and ``say``) the start of the model's phase ``index`` after ``epochs_done`` epochs, and
    return its ``training_phases`` record: what it trains, what it freezes, its loss."""
    phase = model.training_phases[index]
    frozen = sorted({name for ph in model.training_phases for name in ph.trains} - set(phase.trains))
    line = (f"phase {index + 1}/{len(model.training_phases)} {phase.name!r} from epoch {epochs_done + 1}: "
            f"trains {', '.join(phase.trains)}; frozen {', '.join(frozen)}; loss: {phase.loss}")
    log.info(line)
    say(line)
    return {"phase": phase.name, "first_epoch": epochs_done + 1, "trains": list(phase.trains), "frozen": frozen,
            "loss": phase.loss}


def _load_phase_state(model, state: dict[str, torch.Tensor], where: str) -> None:
    """Load a state saved during the model's phases. A part that has not run yet lacks its
    learned quantizer scales there (Brevitas creates them from the first data they see), so
    those, and only those, may be missing; they keep their current value."""
    result = model.load_state_dict(state, strict=False)
    stray = [k for k in result.missing_keys if not k.endswith("scaling_impl.value")]
    if stray or result.unexpected_keys:
        raise BeadError(where, f"the saved state does not fit the model ({(stray + result.unexpected_keys)[:3]})",
                        "start a new run")


def _next_phase(model, best_state: dict[str, torch.Tensor] | None, index: int) -> None:
    """End a phase: its best epoch's weights go on into phase ``index``."""
    if best_state is not None:
        _load_phase_state(model, best_state, "training phases")
    model.enter_phase(index)


def _distill(model, teacher_state: dict[str, torch.Tensor], mdir: ModelDir, inputs: tuple[torch.Tensor, torch.Tensor],
             synthetic: tuple[torch.Tensor, torch.Tensor] | None, epochs: int, batch_size: int, lr: float,
             patience: int, seed: int, verbose: bool) -> dict[str, Any]:
    """The ``distilled`` trigger's second phase: the best teacher epoch teaches the student
    (:func:`bead_fpga.distill.train_student`, on the background ``inputs`` plus the
    ``synthetic`` events, with the loss weights ``bead-fpga distill`` uses by default); teacher
    and student are saved together."""
    from bead_fpga.distill import DEFAULT_TAIL_POWER, train_student

    # the student's learned quantizer ranges only enter a state_dict once it has seen data
    result = model.load_state_dict(teacher_state, strict=False)
    stray = [k for k in (*result.missing_keys, *result.unexpected_keys) if not k.startswith("student.")]
    if stray:
        raise BeadError(mdir.path, f"the teacher's saved state does not fit the model ({stray[:3]})",
                        "start a new run in an empty --out")
    start = time.perf_counter()
    report = train_student(model, *inputs, epochs=epochs, batch_size=batch_size, lr=lr, patience=patience,
                           seed=seed, say=print if verbose else None,
                           synthetic=synthetic, tail_power=DEFAULT_TAIL_POWER)
    report["time_s"] = time.perf_counter() - start
    _torch_save(_clone_state(model), mdir.weights_file)
    log.info("distilled student: best validation MSE %.4g at epoch %d (%.1f s)",
             report["best_val_mse"], report["best_epoch"], report["time_s"])
    return report


def _check_resumable(ckpt: dict, ckpt_path: Path, run: dict, cfg, out_dir: Path) -> None:
    if not isinstance(ckpt, dict) or ckpt.get("format") != CHECKPOINT_FORMAT:
        raise BeadError(ckpt_path, "not a bead-fpga checkpoint of a known format", "start a new run")
    if ckpt["config"] != cfg.to_dict():
        raise BeadError(out_dir, "the checkpoint was written for a different model configuration",
                        "resume with the same --model/--quantize/model options, or choose another --out")
    changed = [k for k in _RESUME_FIXED if ckpt["run"].get(k) != run[k]]
    if changed:
        detail = ", ".join(f"{k} {ckpt['run'].get(k)!r} -> {run[k]!r}" for k in changed)
        raise BeadError(out_dir, f"cannot resume with changed settings ({detail})",
                        "resume with the original settings (only --epochs and --patience may change)")


def read_train_metrics(model_dir: str | Path) -> dict:
    """``metrics_train.json`` of a model directory (a BeadError if missing)."""
    return read_json(ModelDir(model_dir).metrics_train_file)


__all__ = ["train", "transfer_float_to_quant", "quant_stats_state",
           "load_quant_stats_state", "read_train_metrics"]
