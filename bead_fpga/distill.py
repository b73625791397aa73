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

The student trains on background only, with the run's batch size, learning rate, epochs and
patience, keeping its best epoch on the validation MSE; the teacher's weights are frozen.
``bead-fpga train --trigger distilled`` trains teacher and student in one run;
:func:`distill` gives an already trained teacher (any model trained with the masked error)
a new student, e.g. of another size, without training the teacher again.
"""

from __future__ import annotations

import dataclasses
import math
import time
from pathlib import Path
from typing import Any

import numpy as np
import torch

from bead_fpga.models import AnomalyModel

#: Background quantile of the teacher score mapped to target 0.
FLOOR_QUANTILE = 0.01
#: Events per forward pass when scoring without gradients.
CHUNK = 8192


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


def _val_mse(model: AnomalyModel, x: torch.Tensor, t: torch.Tensor) -> float:
    with torch.no_grad():
        model.student.eval()
        total = sum(float(((model.student(model.input_q(x[i:i + CHUNK]))[:, 0] - t[i:i + CHUNK]) ** 2).sum())
                    for i in range(0, len(x), CHUNK))
    return total / len(x)


def train_student(
    model: AnomalyModel, x_train: torch.Tensor, x_val: torch.Tensor, epochs: int, batch_size: int,
    lr: float, patience: int, seed: int, say=None,
) -> dict[str, Any]:
    """Fit ``model.student`` to the distillation target of ``model``'s own software score;
    leave the best epoch's student in ``model`` and return what happened."""
    s_train, s_val = teacher_scores(model, x_train), teacher_scores(model, x_val)
    floor = target_floor(s_train)
    t_train = torch.from_numpy(distillation_target(s_train, floor)).float()
    t_val = torch.from_numpy(distillation_target(s_val, floor)).float()
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
            loss = ((student(xq)[:, 0] - t_train[idx]) ** 2).mean()
            optimizer.zero_grad(set_to_none=True)
            loss.backward()
            optimizer.step()
            seen += len(idx)
            running += float(loss.detach()) * len(idx)
        val = _val_mse(model, x_val, t_val)
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
        "best_epoch": best["epoch"], "best_val_mse": best["val_mse"], "epochs": history,
    }


def distill(teacher_dir: Path, data_dir: Path, out_dir: Path, student_hidden: tuple[int, ...] = (8,),
            epochs: int = 20, batch_size: int = 1024, lr: float = 3e-3, patience: int = 5,
            requantize: bool = True, threads: int = 1, say=None) -> Path:
    """Write a ``distilled`` model directory to ``out_dir``: the teacher of ``teacher_dir``
    (frozen, same transform, same background split as its training run) with a new student of
    ``student_hidden`` trained on it (reading the input as is when ``requantize`` is off).
    ``threads``: torch CPU threads (one is as fast for these sizes, and far faster on a busy
    machine). Returns ``out_dir``."""
    from bead_fpga.data.adc2021 import load_background
    from bead_fpga.errors import BeadError
    from bead_fpga.io import atomic_path, write_json
    from bead_fpga.model_dir import ModelDir
    from bead_fpga.models import build_model
    from bead_fpga.train import calibrate_score

    torch.set_num_threads(threads)
    teacher = ModelDir(teacher_dir)
    t_model, transform, t_cfg = teacher.load()
    if not t_model.masked:
        raise BeadError(teacher.path, f"the teacher was trained for the {t_cfg.trigger!r} trigger, with the "
                        "unmasked reconstruction error", "train it with --trigger reconstruction or distilled")
    out = ModelDir(out_dir)
    if out.config_file.exists():
        raise BeadError(out.path, "already holds a model", "choose another --out")
    cfg = dataclasses.replace(t_cfg, trigger="distilled", student_hidden=tuple(student_hidden),
                              student_requantize=requantize, name="")
    run = teacher.training_run()
    torch.manual_seed(run.get("seed", 0))
    model = build_model(cfg)
    result = model.load_state_dict(t_model.state_dict(), strict=False)
    stray = [k for k in (*result.missing_keys, *result.unexpected_keys) if not k.startswith("student.")]
    if stray:
        raise BeadError(teacher.path, f"the teacher's weights do not fit a distilled model ({stray[:3]})")
    bg = load_background(data_dir, run.get("max_events"), run.get("seed", 0))
    x_train, x_val = (torch.from_numpy(np.ascontiguousarray(transform.apply(bg[k]), dtype=np.float32))
                      for k in ("train", "val"))
    report = train_student(model, x_train, x_val, epochs, batch_size, lr, patience, run.get("seed", 0), say=say)
    out.path.mkdir(parents=True, exist_ok=True)
    transform.save(out.transform_file)
    cfg.save(out.config_file)
    with atomic_path(out.weights_file) as tmp:
        torch.save(model.state_dict(), tmp)
    write_json(out.metrics_train_file, {
        "run": run | {"teacher_dir": str(teacher.path), "student_epochs": epochs}, "config": cfg.to_dict(),
        "distillation": report,
    })
    if cfg.quantized:
        calibrate_score(out.path, x_train)
    return out.path


__all__ = ["FLOOR_QUANTILE", "distill", "distillation_target", "target_floor", "teacher_scores", "train_student"]
