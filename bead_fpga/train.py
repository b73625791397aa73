"""Background-only training of the anomaly models: float warm-up and/or QAT, KL warm-up, early
stopping, atomic checkpoints and exact resume.

A run is described by one :class:`~bead_fpga.train_settings.TrainSettings` (every option and
its default; the command line builds it, :func:`train` builds it from keyword options) and
runs in phases, each its own function: the model configuration and the checkpoint to resume
(:func:`run_training`), the background inputs (:func:`_load_inputs`), then a
:class:`_Trainer` that holds the state between epochs and moves it: float warm-up -> QAT,
one epoch, the model's next phase, the checkpoint and metrics after every epoch, and the
finish (student, score range).

What a training run writes into its model directory (names from :class:`~bead_fpga.model_dir.ModelDir`):

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
    the run settings (``run``: :meth:`TrainSettings.record` plus the data, its fingerprint,
    the torch version, threads and CPU capability) and, per epoch, the train and validation
    loss with their parts, beta, wall time; rewritten after every epoch.

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
  CPU a resumed run reproduces an uninterrupted one bit for bit. Two runs with the same
  settings give bit-identical weights on the same torch version and CPU kernels (tested);
  on another machine they need not: torch picks its vectorised CPU kernels by processor
  (``torch.backends.cpu.get_cpu_capability()``, recorded in the ``run``), and kernels of
  another width round float sums differently, after which training drifts apart.
* Gradients are clipped to a global norm of :data:`GRAD_CLIP_NORM` (a guard against the
  occasional large KL gradient early in training); a non-finite loss stops the run with a
  one-line error.
"""

from __future__ import annotations

import dataclasses
import logging
import math
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import torch

from bead_fpga.calibrate import calibrate_on_background
from bead_fpga.distill import DEFAULT_AUGMENTATION, DEFAULT_TAIL_POWER, model_input, synthetic_inputs, train_student
from bead_fpga.errors import BeadError
from bead_fpga.io import atomic_path, read_json, write_json
from bead_fpga.model_dir import ModelDir, torch_load
from bead_fpga.models.config import ModelConfig
from bead_fpga.train_settings import TrainSettings

log = logging.getLogger(__name__)

CHECKPOINT_FORMAT = 1
GRAD_CLIP_NORM = 10.0
#: Training events used to calibrate the activation scales after the float warm-up.
CALIBRATION_EVENTS = 8192
#: Events per forward pass when computing a loss or scores without gradients.
EVAL_CHUNK = 8192

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


@dataclass(frozen=True)
class _Inputs:
    """A run's model inputs: the background train and validation splits through the input
    map, and (for a ``distilled`` trigger) the student's synthetic events."""

    train: torch.Tensor
    val: torch.Tensor
    synthetic: tuple[torch.Tensor, torch.Tensor] | None


def train(model_type: str, data_dir: Path, out_dir: Path, **options: Any) -> Path:
    """Train one anomaly model on background only and return its model directory.

    ``options`` are :class:`~bead_fpga.train_settings.TrainSettings` fields (``bits``,
    ``epochs``, ``resume``, ...; their defaults live there) or model options (``hidden``,
    ``latent``, ``trigger``, ...: fields of the model type's reference configuration,
    :func:`bead_fpga.models.default_config`; ``None`` keeps the default). The command line
    builds the settings itself and calls :func:`run_training`.
    """
    return run_training(TrainSettings.of(model_type, **options), data_dir, out_dir)


def run_training(settings: TrainSettings, data_dir: Path, out_dir: ModelDir | Path) -> Path:
    """Train with ``settings`` into ``out_dir`` and return it. See the module docstring for
    the schedule, the files written and what ``resume`` guarantees; ``resume`` without a
    checkpoint starts a new run. ``threads`` sets torch's CPU threads: these models are so
    small that one thread is as fast as two on an idle machine and many times faster on a
    busy one."""
    from bead_fpga.data.adc2021 import BACKGROUND_FILE, fingerprint

    torch.set_num_threads(settings.threads)
    data_dir, mdir = Path(data_dir), ModelDir.of(out_dir)
    settings, cfg = _model_config(settings, mdir)
    run = {**settings.record(), "data_dir": mdir.rel(data_dir),
           "data_fingerprint": fingerprint(data_dir / BACKGROUND_FILE),
           "torch": str(torch.__version__), "threads": torch.get_num_threads(),
           "cpu_capability": torch.backends.cpu.get_cpu_capability()}
    ckpt = _open_checkpoint(settings, mdir, run, cfg)
    inputs = _load_inputs(settings, cfg, data_dir, mdir, fresh=ckpt is None)
    trainer = _Trainer(settings, cfg, mdir, run, inputs)
    if ckpt is not None:
        trainer.restore(ckpt)
    if trainer.start():
        trainer.run_epochs()
        trainer.finish()
    return mdir.path


def named_after(cfg: ModelConfig, mdir: ModelDir) -> ModelConfig:
    """A quantized model is named after its directory: the name is its hls4ml and RTL projects'
    directory (``hls_projects/<name>``) and its hand-off's (``firmware/<name>``), so two
    models of one type and width (``runs/hvae_8b`` and ``runs/hvae_8b_2``, a reference and
    its variant) must not share it. A float twin keeps ``<type>_float``: it never reaches
    firmware."""
    return dataclasses.replace(cfg, name=mdir.path.resolve().name) if cfg.quantized else cfg


def _model_config(settings: TrainSettings, mdir: ModelDir):
    """The model configuration the settings ask for, and the settings as they will run (a float
    model has no float warm-up)."""
    from bead_fpga.models import default_config

    if mdir.path.exists() and not mdir.path.is_dir():
        raise BeadError(mdir.path, "exists and is not a directory", "choose another --out")
    try:
        cfg = default_config(settings.model_type, bits=settings.bits, **settings.model_options)
    except (TypeError, ValueError) as err:
        raise BeadError("model options", str(err)) from None
    cfg = named_after(cfg, mdir)
    if cfg.bits == 0 and settings.float_warmup_epochs:
        log.warning("float warm-up has no meaning for a float model; ignoring --float-warmup %d",
                    settings.float_warmup_epochs)
        settings = dataclasses.replace(settings, float_warmup_epochs=0)
    return settings, cfg


def _open_checkpoint(settings: TrainSettings, mdir: ModelDir, run: dict, cfg) -> dict | None:
    """The checkpoint to resume from (checked against ``run`` and ``cfg``), or ``None`` for a
    new run; a finished or started run without ``resume`` is refused."""
    path = mdir.checkpoint_file
    if not path.exists():
        if settings.resume:
            log.info("%s: no checkpoint, starting a new run", mdir.path)
        return None
    if not settings.resume:
        raise BeadError(mdir.path, f"already holds a training run ({path.name})", _FIX_RESUME)
    ckpt = torch_load(path)
    if not isinstance(ckpt, dict) or ckpt.get("format") != CHECKPOINT_FORMAT:
        raise BeadError(path, "not a bead-fpga checkpoint of a known format", "start a new run")
    if ckpt["config"] != cfg.to_dict():
        raise BeadError(mdir.path, "the checkpoint was written for a different model configuration",
                        "resume with the same --model/--quantize/model options, or choose another --out")
    settings.refuse_resume_changes(ckpt["run"], mdir.path)
    return ckpt


def _load_inputs(settings: TrainSettings, cfg, data_dir: Path, mdir: ModelDir, fresh: bool) -> _Inputs:
    """Background only: the splits, and the input map fitted on the train split (written with
    the configuration for a new run, read back when resuming)."""
    from bead_fpga.data.adc2021 import load_background
    from bead_fpga.defaults import default_transform_options
    from bead_fpga.transform import InputTransform, fit_transform

    t0 = time.perf_counter()
    bg = load_background(data_dir, settings.max_events, settings.seed)
    if len(bg["train"]) < 2 or len(bg["val"]) < 1:
        raise BeadError(data_dir, f"too few background events to train ({len(bg['train'])} train, "
                        f"{len(bg['val'])} val)", "raise --max-events or use a larger file")
    if fresh:
        options = settings.transform_options or default_transform_options(settings.model_type)
        transform = fit_transform(bg["train"], input_bits=cfg.input_bits, input_int_bits=cfg.input_int_bits,
                                  options=options)
        mdir.path.mkdir(parents=True, exist_ok=True)
        transform.save(mdir.transform_file)
        cfg.save(mdir.config_file)
    else:
        transform = InputTransform.load(mdir.require(mdir.transform_file, "the run is incomplete; start a new one"))
    # the student's synthetic events come from the same splits (bead_fpga.distill)
    synthetic = (synthetic_inputs(transform, bg, DEFAULT_AUGMENTATION, settings.seed)
                 if cfg.trigger == "distilled" else None)
    inputs = _Inputs(model_input(transform, bg["train"]), model_input(transform, bg["val"]), synthetic)
    log.info("data: %d train / %d val background events (%.1f s)", len(inputs.train), len(inputs.val),
             time.perf_counter() - t0)
    return inputs


class _Trainer:
    """The state of one run between epochs (models, optimizer, schedule, best epoch, history)
    and the steps that move it: float warm-up -> QAT, one epoch, the model's next phase, the
    checkpoint and the metrics written after every epoch."""

    def __init__(self, settings: TrainSettings, cfg, mdir: ModelDir, run: dict, inputs: _Inputs) -> None:
        from bead_fpga.models import build_model

        self.settings, self.cfg, self.mdir, self.run, self.inputs = settings, cfg, mdir, run, inputs
        torch.manual_seed(settings.seed)
        np.random.seed(settings.seed)
        self.shuffle = torch.Generator().manual_seed(settings.seed)
        self.steps_per_epoch = math.ceil(len(inputs.train) / settings.batch_size)
        self.quant_model = build_model(cfg)
        # no KL term, no warm-up: beta is 1 (and early stopping counts) from the first epoch
        self.schedule = _BetaSchedule(settings.kl_warmup_epochs * self.steps_per_epoch
                                      if self.quant_model.is_variational else 0)
        self.float_model = build_model(cfg.float_twin()) if settings.float_warmup_epochs else None
        self.phases = self.quant_model.training_phases
        if self.phases and settings.float_warmup_epochs:
            raise BeadError("--float-warmup", f"model type {settings.model_type!r} trains in its own phases "
                            f"({', '.join(ph.name for ph in self.phases)})", "omit --float-warmup")
        self.stage, self.stage_start, self.phase_log = 0, 0, []  # the model's own phase, its first epoch, its records
        self.epoch = 0  # completed epochs, both phases
        self.phase = "float" if settings.float_warmup_epochs else "main"
        self.best: dict[str, Any] = {"val_loss": math.inf, "epoch": 0, "state": None}
        self.bad_epochs = 0
        self.stopped_early = False
        self.history: list[dict[str, Any]] = []
        self.transfer_report: dict[str, Any] | None = None
        self.distill_report: dict[str, Any] | None = None
        self.model = self.float_model if self.phase == "float" else self.quant_model
        self.optimizer = self._optimizer()
        self.total_epochs = settings.float_warmup_epochs + settings.epochs * max(1, len(self.phases))

    def _optimizer(self) -> torch.optim.Optimizer:
        return torch.optim.Adam(self.model.parameters(), lr=self.settings.lr)

    def _say(self, bar=None):
        if not self.settings.progress:
            return log.debug
        return bar.console.print if bar is not None else print

    # --- checkpoint ----------------------------------------------------------------------

    def checkpoint(self) -> dict[str, Any]:
        return {
            "format": CHECKPOINT_FORMAT, "phase": self.phase, "epoch": self.epoch,
            "model": _clone_state(self.model), "quant_stats": quant_stats_state(self.model),
            "optimizer": self.optimizer.state_dict(), "best": self.best, "bad_epochs": self.bad_epochs,
            "stopped_early": self.stopped_early, "beta": self.schedule.state(), "rng": _rng_state(self.shuffle),
            "run": self.run, "config": self.cfg.to_dict(), "history": self.history,
            "float_to_qat": self.transfer_report,
            "stage": self.stage, "stage_start": self.stage_start, "phase_log": self.phase_log,
        }

    def restore(self, ckpt: dict[str, Any]) -> None:
        """Continue from a checkpoint written by :meth:`checkpoint`."""
        self.phase = ckpt["phase"]
        self.model = self.float_model if self.phase == "float" else self.quant_model
        if self.model.training_phases:
            _load_phase_state(self.model, ckpt["model"], str(self.mdir.checkpoint_file))
        else:
            self.model.load_state_dict(ckpt["model"])
        load_quant_stats_state(self.model, ckpt["quant_stats"])
        self.optimizer = self._optimizer()
        self.optimizer.load_state_dict(ckpt["optimizer"])
        self.epoch = int(ckpt["epoch"])
        self.best = {"val_loss": float(ckpt["best"]["val_loss"]), "epoch": int(ckpt["best"]["epoch"]),
                     "state": ckpt["best"]["state"]}
        self.bad_epochs = int(ckpt["bad_epochs"])
        self.stopped_early = bool(ckpt["stopped_early"])
        self.schedule = _BetaSchedule(ckpt["beta"]["warmup_steps"], ckpt["beta"]["step"])
        self.history = list(ckpt["history"])
        self.transfer_report = ckpt.get("float_to_qat")
        self.stage, self.stage_start = int(ckpt.get("stage", 0)), int(ckpt.get("stage_start", 0))
        self.phase_log = ckpt.get("phase_log", [])
        _set_rng_state(ckpt["rng"], self.shuffle)
        log.info("resuming %s after epoch %d (%s phase)", self.mdir.path, self.epoch, self.phase)

    def save(self) -> None:
        """The checkpoint and the metrics, after every epoch."""
        _torch_save(self.checkpoint(), self.mdir.checkpoint_file)
        self.save_metrics()

    def save_metrics(self) -> None:
        best = self.best
        write_json(self.mdir.metrics_train_file, {
            "run": self.run, "config": self.cfg.to_dict(), "steps_per_epoch": self.steps_per_epoch,
            "n_train": len(self.inputs.train), "n_val": len(self.inputs.val),
            "best_epoch": best["epoch"], "best_val_loss": best["val_loss"] if best["state"] is not None else None,
            "stopped_early": self.stopped_early, "float_to_qat": self.transfer_report, "epochs": self.history,
            **({"training_phases": self.phase_log} if self.phases else {}),
            **({"distillation": self.distill_report} if self.distill_report is not None else {}),
        })

    # --- the schedule --------------------------------------------------------------------

    def start(self) -> bool:
        """Enter the model's current phase; ``False`` when a resumed run had already stopped early."""
        if self.phases:
            self.quant_model.enter_phase(self.stage)
            if not self.phase_log:
                self.phase_log.append(_phase_record(self.quant_model, self.stage, self.epoch, self._say()))
        patience = self.settings.patience
        if self.stopped_early and patience and self.bad_epochs >= patience:
            log.info("run stopped early at epoch %d (no improvement for %d epochs); nothing to do",
                     self.epoch, self.bad_epochs)
            return False
        self.stopped_early = False
        return True

    def _last_epoch(self) -> int:
        return self.stage_start + self.settings.epochs if self.phases else self.total_epochs

    def run_epochs(self) -> None:
        with _progress(self.settings.progress) as bar:
            while self.epoch < self._last_epoch():
                if self.phase == "float" and self.epoch >= self.settings.float_warmup_epochs:
                    self._float_to_qat()
                    continue
                self._epoch(bar)
                if self.phases and self.stage + 1 < len(self.phases) and (
                        self.stopped_early or self.epoch - self.stage_start >= self.settings.epochs):
                    self._next_model_phase(bar)
                self.save()
                if self.stopped_early:
                    log.info("early stop: validation loss has not improved for %d epochs (best %.5g at epoch %d)",
                             self.bad_epochs, self.best["val_loss"], self.best["epoch"])
                    break

    def _float_to_qat(self) -> None:
        """Float warm-up done: move the weights into the quantized model."""
        val_float = _eval_loss(self.float_model, self.inputs.val)["loss"]
        report = transfer_float_to_quant(self.float_model, self.quant_model, self.inputs.train[:CALIBRATION_EVENTS])
        report["val_loss_float"] = val_float
        report["val_loss_quant_after_transfer"] = _eval_loss(self.quant_model, self.inputs.val)["loss"]
        self.transfer_report = report
        self.phase, self.model = "main", self.quant_model
        self.optimizer = self._optimizer()
        self.float_model = None

    def _phase_name(self) -> str:
        if self.phases:
            return self.phases[self.stage].name
        return "float_warmup" if self.phase == "float" else ("qat" if self.cfg.bits else "float")

    def _epoch(self, bar) -> None:
        """One epoch: train, validate, keep the best main-phase weights, count patience."""
        tag = "float warm-up" if self.phase == "float" else ("QAT" if self.cfg.bits else "float")
        tag = f"{tag} {self.phases[self.stage].name}" if self.phases else tag
        task = bar.add_task(f"epoch {self.epoch + 1}/{self.total_epochs} \\[{tag}]",
                            total=len(self.inputs.train), loss="-")

        def on_batch(m: int, running: float) -> None:
            bar.update(task, advance=m, loss=f"{running:.4g}")

        t_epoch = time.perf_counter()
        train_parts = _train_epoch(self.model, self.optimizer, self.inputs.train, self.settings.batch_size,
                                   self.schedule, self.shuffle, self.epoch + 1, on_batch)
        val_parts = _eval_loss(self.model, self.inputs.val)
        _finite_or_raise(torch.tensor(val_parts["loss"]), self.epoch + 1, "validation")
        wall = time.perf_counter() - t_epoch
        self.epoch += 1
        improved = self.phase == "main" and val_parts["loss"] < self.best["val_loss"]
        if improved:
            self.best = {"val_loss": val_parts["loss"], "epoch": self.epoch, "state": _clone_state(self.model)}
            self.bad_epochs = 0
            _torch_save(self.best["state"], self.mdir.weights_file)
        elif self.phase == "main" and self.schedule.beta >= 1.0:
            self.bad_epochs += 1
        self.history.append({"epoch": self.epoch, "phase": self._phase_name(), "beta": self.schedule.beta,
                             "train": train_parts, "val": val_parts, "time_s": wall, "best": improved})
        if self.settings.patience and self.bad_epochs >= self.settings.patience:
            self.stopped_early = True
        bar.remove_task(task)
        self._report_epoch(bar, tag, train_parts, val_parts, wall, improved)
        if self.phases:
            self.phase_log[-1].update(last_epoch=self.epoch, best_epoch=self.best["epoch"],
                                      best_val_loss=self.best["val_loss"], stopped_early=self.stopped_early)

    def _report_epoch(self, bar, tag: str, train_parts: dict, val_parts: dict, wall: float, improved: bool) -> None:
        beta = self.schedule.beta
        if self.settings.progress:
            parts_txt = " ".join(f"{k} {v:.4g}" for k, v in val_parts.items() if k != "loss")
            beta_txt = f"beta {beta:.2f}  " if self.model.is_variational else ""
            bar.console.print(f"epoch {self.epoch}/{self.total_epochs} \\[{tag}] {beta_txt}"
                              f"train {train_parts['loss']:.5g}  val {val_parts['loss']:.5g} ({parts_txt})  "
                              f"{wall:.1f} s" + ("  [green]best[/]" if improved else ""), highlight=False)
        log.info("epoch %d/%d [%s] beta %.3f train %.5g val %.5g%s (%.1f s)", self.epoch, self.total_epochs, tag,
                 beta, train_parts["loss"], val_parts["loss"], " (best)" if improved else "", wall)

    def _next_model_phase(self, bar) -> None:
        """The model's phase ends: its best weights go on into the next, with a new optimizer
        and a fresh early-stopping count."""
        self.stage, self.stage_start = self.stage + 1, self.epoch
        _next_phase(self.model, self.best["state"], self.stage)
        self.phase_log.append(_phase_record(self.model, self.stage, self.epoch, self._say(bar)))
        self.optimizer = self._optimizer()
        self.best, self.bad_epochs, self.stopped_early = {"val_loss": math.inf, "epoch": 0, "state": None}, 0, False

    def finish(self) -> None:
        """After the last epoch: the student of a ``distilled`` trigger, the score range set on
        background, the final metrics, and the record ``bead-fpga synth`` picks up."""
        from bead_fpga.defaults import record_trained

        s = self.settings
        if self.cfg.trigger == "distilled":
            self.distill_report = _distill(self.quant_model, self.best["state"], self.mdir,
                                           (self.inputs.train, self.inputs.val), self.inputs.synthetic, s)
        calibrate_on_background(self.mdir, self.inputs.train)
        self.save_metrics()
        if self.cfg.quantized:  # what `bead-fpga synth` picks up when no model is named
            record_trained(self.mdir.path)


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
             synthetic: tuple[torch.Tensor, torch.Tensor] | None, settings: TrainSettings) -> dict[str, Any]:
    """The ``distilled`` trigger's second phase: the best teacher epoch teaches the student
    (:func:`bead_fpga.distill.train_student`, on the background ``inputs`` plus the
    ``synthetic`` events, with the run's epochs, batch size, learning rate, patience and seed
    and the loss weights ``bead-fpga distill`` uses by default); teacher and student are
    saved together."""
    # the student's learned quantizer ranges only enter a state_dict once it has seen data
    result = model.load_state_dict(teacher_state, strict=False)
    stray = [k for k in (*result.missing_keys, *result.unexpected_keys) if not k.startswith("student.")]
    if stray:
        raise BeadError(mdir.path, f"the teacher's saved state does not fit the model ({stray[:3]})",
                        "start a new run in an empty --out")
    start = time.perf_counter()
    s = settings
    report = train_student(model, *inputs, epochs=s.epochs, batch_size=s.batch_size, lr=s.lr, patience=s.patience,
                           seed=s.seed, say=print if s.progress else None,
                           synthetic=synthetic, tail_power=DEFAULT_TAIL_POWER)
    report["time_s"] = time.perf_counter() - start
    _torch_save(_clone_state(model), mdir.weights_file)
    log.info("distilled student: best validation MSE %.4g at epoch %d (%.1f s)",
             report["best_val_mse"], report["best_epoch"], report["time_s"])
    return report


def read_train_metrics(model_dir: ModelDir | str | Path) -> dict:
    """``metrics_train.json`` of a model directory (a BeadError if missing)."""
    return read_json(ModelDir.of(model_dir).metrics_train_file)


__all__ = ["train", "run_training", "TrainSettings", "transfer_float_to_quant", "quant_stats_state",
           "load_quant_stats_state", "read_train_metrics"]
