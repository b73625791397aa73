"""Distillation (CMS CICADA): a small student learns to predict the teacher's reconstruction
error from the event, so that only the student has to go into firmware.

The teacher is the trained model itself (a ``distilled`` model carries its student,
:class:`bead_fpga.models.base.Student`): its software score is the masked reconstruction
error, mean over features (:meth:`~bead_fpga.models.base.AnomalyModel.software_score`),
computed once on the background training and validation splits. The student regresses

    t = ln(max(s, floor) / floor),   floor = the FLOOR_QUANTILE quantile of s on background,

a monotone non-decreasing function of the teacher score ``s`` (strictly increasing above the
floor). The logarithm is CICADA's choice (``32 * ln(MSE)``, their factor only sets the unit
of an 8-bit integer output; our score has its own calibrated range): the error spans orders
of magnitude, and a regression on ``s`` itself would spend the student's capacity on the
largest background events instead of on the ordering that a threshold needs. The floor
keeps the target non-negative, which the unsigned score quantizer needs, and lets the
lowest-scoring background events tie at 0, where no trigger threshold will ever sit.

The student trains with the run's batch size, learning rate, epochs and patience, keeping its
best epoch on the validation MSE; the teacher's weights are frozen.

Background alone teaches the student the teacher only where background lives. Measured on the
compact HVAE (benchmarks/results, notes of issue 12): a student of background events is
0.15-0.20 AUC below its teacher on A->4l, because every background event passed the
single-lepton filter (one lepton above 23 GeV, at most two leptons), while A->4l brings three
or four leptons, most of them below 20 GeV: inputs the student has never seen occupied, on
which it underestimates the teacher by about one unit of the target. :class:`Augmentation`
therefore adds *synthetic events made from background only* -- a background event plus leptons
taken from other background events, every MET/lepton pT scaled by a log-uniform factor --
labelled with the teacher's score, which is defined for any input. No signal event or label
is used: the student still only learns the teacher. ``tail_power`` weighs the squared error
by ``(1 + t)**p`` (normalised to mean 1) so that the range where thresholds sit counts more
than the bulk. With both (``bead-fpga distill``'s defaults: two synthetic events per background
event, p = 1) the measured students come within 0.03 AUC of their teachers on every signal.

``bead-fpga train --trigger distilled`` trains teacher and student in one run;
:func:`distill` gives an already trained teacher (any model trained with the masked error)
a new student, e.g. of another size, without training the teacher again.
"""

from __future__ import annotations

import dataclasses
import math
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import torch

from bead_fpga.data.adc2021 import N_OBJECTS, OBJECT_SLOTS
from bead_fpga.defaults import DISTILL_AUGMENT, DISTILL_TAIL_POWER
from bead_fpga.models import AnomalyModel, ModelConfig

#: Background quantile of the teacher score mapped to target 0.
FLOOR_QUANTILE = 0.01
#: Events per forward pass when scoring without gradients.
CHUNK = 8192


#: Object types whose pT the augmentation rescales.
SCALED_KINDS = ("MET", "egamma", "muon")


@dataclass(frozen=True)
class Augmentation:
    """Synthetic training events built from background only (see the module docstring).

    ``factor`` synthetic events per background event, in the training and the validation split
    (0: none, the behaviour before augmentation existed); each takes a background event, adds
    1..``extra_leptons`` electrons or muons (even odds) drawn from the background's own leptons,
    keeps the highest-pT ones that fit the slots, and multiplies the pT of the MET and of every
    lepton by its own factor, log-uniform in ``pt_scale``.
    """

    factor: float = 0.0
    extra_leptons: int = 3
    pt_scale: tuple[float, float] = (0.15, 2.5)

    def __post_init__(self) -> None:
        lo, hi = self.pt_scale
        if self.factor < 0 or self.extra_leptons < 0 or not 0 < lo <= hi:
            raise ValueError(f"invalid augmentation {self}")

    def events(self, background: np.ndarray, seed: int) -> np.ndarray:
        """``round(factor * len(background))`` synthetic events (physical units, (n, 57))."""
        return synthesize(background, round(self.factor * len(background)), np.random.default_rng(seed),
                          self.extra_leptons, self.pt_scale)


#: What ``bead-fpga distill`` and ``bead-fpga train --trigger distilled`` use (bead_fpga/defaults.py).
DEFAULT_AUGMENTATION = Augmentation(factor=DISTILL_AUGMENT)
DEFAULT_TAIL_POWER = DISTILL_TAIL_POWER


def _keep_leading(objects: np.ndarray, slots: int) -> np.ndarray:
    """(n, k, 3) objects -> the ``slots`` of highest pT, in descending pT (empty ones last), as
    the challenge's files order each object type."""
    order = np.argsort(-objects[:, :, 0], axis=1, kind="stable")[:, :slots]
    return np.take_along_axis(objects, order[:, :, None], axis=1)


def synthesize(background: np.ndarray, n: int, rng: np.random.Generator, extra_leptons: int = 3,
               pt_scale: tuple[float, float] = (0.15, 2.5)) -> np.ndarray:
    """``n`` events made of background objects (physical units, (n, 57)): see :class:`Augmentation`."""
    bg = np.asarray(background, dtype=np.float32).reshape(-1, N_OBJECTS, 3)
    events = bg[rng.integers(0, len(bg), n)].copy()
    added = rng.integers(1, extra_leptons + 1, n) if extra_leptons else np.zeros(n, dtype=np.int64)
    is_electron = rng.random((n, extra_leptons)) < 0.5
    for kind, pick in (("egamma", is_electron), ("muon", ~is_electron)):
        sl = OBJECT_SLOTS[kind]
        pool = bg[:, sl, :].reshape(-1, 3)
        pool = pool[pool[:, 0] > 0]
        if pool.size == 0:
            continue
        use = pick & (np.arange(extra_leptons)[None, :] < added[:, None])
        new = pool[rng.integers(0, len(pool), (n, extra_leptons))] * use[:, :, None]
        events[:, sl, :] = _keep_leading(np.concatenate([events[:, sl, :], new], axis=1), sl.stop - sl.start)
    lo, hi = np.log(pt_scale[0]), np.log(pt_scale[1])
    for kind in SCALED_KINDS:
        sl = OBJECT_SLOTS[kind]
        events[:, sl, 0] *= np.exp(rng.uniform(lo, hi, (n, sl.stop - sl.start))).astype(np.float32)
        events[:, sl, :] = _keep_leading(events[:, sl, :], sl.stop - sl.start)
    return events.reshape(n, N_OBJECTS * 3)


@torch.no_grad()
def teacher_scores(model: AnomalyModel, x: torch.Tensor) -> np.ndarray:
    """The teacher's software score per event (eval mode), float64."""
    model.eval()
    return np.concatenate([model.software_score(x[i:i + CHUNK]).double().numpy() for i in range(0, len(x), CHUNK)])


def target_floor(background_scores: np.ndarray) -> float:
    """The teacher score below which the target is 0 (positive, so the logarithm is defined)."""
    positive = background_scores[background_scores > 0]
    if positive.size == 0:
        raise ValueError("the teacher reconstructs every background event exactly; nothing to distil")
    return float(max(np.quantile(background_scores, FLOOR_QUANTILE), positive.min()))


def distillation_target(scores: np.ndarray, floor: float) -> np.ndarray:
    """``ln(max(s, floor) / floor)``: monotone in the teacher score, 0 at and below ``floor``."""
    return np.log(np.maximum(np.asarray(scores, dtype=np.float64), floor) / floor)


def tail_weights(t: torch.Tensor, power: float) -> torch.Tensor:
    """Per-event loss weights ``(1 + t)**power``, mean 1 (all ones at ``power`` 0)."""
    w = (1 + t.clamp(min=0)) ** power
    return w / w.mean()


def _val_mse(model: AnomalyModel, x: torch.Tensor, t: torch.Tensor, w: torch.Tensor) -> float:
    with torch.no_grad():
        model.student.eval()
        total = sum(float((w[i:i + CHUNK] * (model.student(model.input_q(x[i:i + CHUNK]))[:, 0] - t[i:i + CHUNK]) ** 2).sum())
                    for i in range(0, len(x), CHUNK))
    return total / len(x)


def train_student(
    model: AnomalyModel, x_train: torch.Tensor, x_val: torch.Tensor, epochs: int, batch_size: int,
    lr: float, patience: int, seed: int, say=None, synthetic: tuple[torch.Tensor, torch.Tensor] | None = None,
    tail_power: float = 0.0,
) -> dict[str, Any]:
    """Fit ``model.student`` to the distillation target of ``model``'s own software score;
    leave the best epoch's student in ``model`` and return what happened. ``synthetic``:
    (train, validation) events added to the background ones (:class:`Augmentation`; the floor
    stays the background's); ``tail_power``: see :func:`tail_weights` (validation weighted alike)."""
    s_train, s_val = teacher_scores(model, x_train), teacher_scores(model, x_val)
    floor = target_floor(s_train)
    n_synthetic = 0
    if synthetic is not None:
        n_synthetic = len(synthetic[0])
        s_train = np.concatenate([s_train, teacher_scores(model, synthetic[0])])
        s_val = np.concatenate([s_val, teacher_scores(model, synthetic[1])])
        x_train, x_val = torch.cat([x_train, synthetic[0]]), torch.cat([x_val, synthetic[1]])
    t_train = torch.from_numpy(distillation_target(s_train, floor)).float()
    t_val = torch.from_numpy(distillation_target(s_val, floor)).float()
    w_train, w_val = tail_weights(t_train, tail_power), tail_weights(t_val, tail_power)
    student = model.student
    optimizer = torch.optim.Adam(student.parameters(), lr=lr)
    shuffle = torch.Generator().manual_seed(seed)
    best = {"val_mse": math.inf, "epoch": 0, "state": None}
    history, bad = [], 0
    for epoch in range(1, epochs + 1):
        start = time.perf_counter()
        model.eval()
        student.train()
        perm = torch.randperm(len(x_train), generator=shuffle)
        seen, running = 0, 0.0
        for lo in range(0, len(x_train), batch_size):
            idx = perm[lo:lo + batch_size]
            with torch.no_grad():
                xq = model.input_q(x_train[idx])
            loss = (w_train[idx] * (student(xq)[:, 0] - t_train[idx]) ** 2).mean()
            optimizer.zero_grad(set_to_none=True)
            loss.backward()
            optimizer.step()
            seen += len(idx)
            running += float(loss.detach()) * len(idx)
        val = _val_mse(model, x_val, t_val, w_val)
        improved = val < best["val_mse"]
        if improved:
            best = {"val_mse": val, "epoch": epoch,
                    "state": {k: v.detach().clone() for k, v in student.state_dict().items()}}
            bad = 0
        else:
            bad += 1
        history.append({"epoch": epoch, "train_mse": running / seen, "val_mse": val,
                        "time_s": time.perf_counter() - start, "best": improved})
        if say is not None:
            say(f"student epoch {epoch}/{epochs}  train {running / seen:.4g}  val {val:.4g}"
                f"  {history[-1]['time_s']:.1f} s" + ("  best" if improved else ""))
        if patience and bad >= patience:
            break
    student.load_state_dict(best["state"])
    model.eval()
    return {
        "target": "ln(max(s, floor) / floor), s = teacher software score (masked reconstruction MSE)",
        "floor": floor, "floor_quantile": FLOOR_QUANTILE,
        "target_mean_train": float(t_train.mean()), "target_max_train": float(t_train.max()),
        "synthetic_train_events": n_synthetic, "tail_power": tail_power,
        "best_epoch": best["epoch"], "best_val_mse": best["val_mse"], "epochs": history,
    }


def synthetic_inputs(transform: Any, background: dict[str, np.ndarray], augmentation: Augmentation,
                     seed: int) -> tuple[torch.Tensor, torch.Tensor] | None:
    """The model inputs of ``augmentation``'s synthetic (train, validation) events, each made from
    its own split's background (so validation stays unseen); ``None`` without augmentation."""
    if augmentation.factor <= 0:
        return None
    return (model_input(transform, augmentation.events(background["train"], seed)),
            model_input(transform, augmentation.events(background["val"], seed + 1)))


def model_input(transform: Any, events: np.ndarray) -> torch.Tensor:
    """Physical-unit events -> the model's input tensor (the fitted input transform)."""
    return torch.from_numpy(np.ascontiguousarray(transform.apply(events), dtype=np.float32))


def distill(teacher_dir: Path, data_dir: Path, out_dir: Path, student_hidden: tuple[int, ...] | None = None,
            epochs: int = 20, batch_size: int = 1024, lr: float = 3e-3, patience: int = 5,
            requantize: bool = True, threads: int = 1, say=None, student_bits: int = 0,
            augmentation: Augmentation = DEFAULT_AUGMENTATION, tail_power: float = DEFAULT_TAIL_POWER,
            seed: int | None = None) -> Path:
    """Write a ``distilled`` model directory to ``out_dir``: the teacher of ``teacher_dir``
    (frozen, same transform, same background split as its training run) with a new student of
    ``student_hidden`` (default: the config's) at ``student_bits`` (0: the teacher's bits) trained on it (reading the
    input as is when ``requantize`` is off), on the background plus the synthetic events of
    ``augmentation``, with the loss weights of ``tail_power``. ``seed`` (default: the teacher
    run's) seeds the student's initialisation, shuffling and synthetic events, never the data
    split. ``threads``: torch CPU threads (one is as fast for these sizes, and far faster on a
    busy machine). Returns ``out_dir``."""
    from bead_fpga.calibrate import calibrate_on_background
    from bead_fpga.data.adc2021 import load_background
    from bead_fpga.errors import BeadError
    from bead_fpga.io import atomic_path, write_json
    from bead_fpga.model_dir import ModelDir
    from bead_fpga.models import build_model

    torch.set_num_threads(threads)
    teacher = ModelDir(teacher_dir)
    t_model, transform, t_cfg = teacher.load()
    if not t_model.masked:
        raise BeadError(teacher.path, f"the teacher was trained for the {t_cfg.trigger!r} trigger, with the "
                        "unmasked reconstruction error", "train it with --trigger reconstruction or distilled")
    out = ModelDir(out_dir)
    if out.config_file.exists():
        raise BeadError(out.path, "already holds a model", "choose another --out")
    hidden = ModelConfig.student_hidden if student_hidden is None else tuple(student_hidden)
    # named after its own directory: under the teacher's name its hls4ml and RTL projects
    # (hls_projects/<name>) and hand-off (firmware/<name>) would overwrite the teacher's
    cfg = dataclasses.replace(t_cfg, trigger="distilled", student_hidden=hidden,
                              student_requantize=requantize, student_bits=student_bits, name=out.path.resolve().name)
    run = teacher.training_run()
    seed = run.get("seed", 0) if seed is None else seed
    torch.manual_seed(seed)
    model = build_model(cfg)
    result = model.load_state_dict(t_model.state_dict(), strict=False)
    stray = [k for k in (*result.missing_keys, *result.unexpected_keys) if not k.startswith("student.")]
    if stray:
        raise BeadError(teacher.path, f"the teacher's weights do not fit a distilled model ({stray[:3]})")
    bg = load_background(data_dir, run.get("max_events"), run.get("seed", 0))
    x_train, x_val = model_input(transform, bg["train"]), model_input(transform, bg["val"])
    synthetic = synthetic_inputs(transform, bg, augmentation, seed)
    report = train_student(model, x_train, x_val, epochs, batch_size, lr, patience, seed, say=say,
                           synthetic=synthetic, tail_power=tail_power)
    report["augmentation"] = dataclasses.asdict(augmentation)
    out.path.mkdir(parents=True, exist_ok=True)
    transform.save(out.transform_file)
    cfg.save(out.config_file)
    with atomic_path(out.weights_file) as tmp:
        torch.save(model.state_dict(), tmp)
    write_json(out.metrics_train_file, {
        "run": run | {"data_dir": out.rel(data_dir), "teacher_dir": out.rel(teacher.path), "student_epochs": epochs, "student_seed": seed},
        "config": cfg.to_dict(),
        "distillation": report,
    })
    if cfg.quantized:
        calibrate_on_background(out, x_train)
    return out.path


__all__ = ["DEFAULT_AUGMENTATION", "DEFAULT_TAIL_POWER", "FLOOR_QUANTILE", "Augmentation", "distill",
           "distillation_target", "model_input", "synthesize", "synthetic_inputs", "tail_weights", "target_floor",
           "teacher_scores", "train_student"]
