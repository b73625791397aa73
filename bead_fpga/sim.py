"""One simulation driver for every engine that claims to compute the quantized model.

The hls4ml C++ (:mod:`bead_fpga.csim`), the da4ml RTL in Verilator (:mod:`bead_fpga.rtl.csim`)
and any later engine are checked the same way, so they share this module rather than each
carrying its own copy of the loop: the same events (the background test split, never seen
in training, and every signal file), the quantized Brevitas model as the reference, the
comparison as integers in the output's LSBs (:func:`bead_fpga.compare.compare_integers`), and
the physics of both. An engine only has to be a :class:`SimProject`.

This module imports no back end, so ``hls/`` and ``rtl/`` stand beside each other above it.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

import numpy as np
from qonnx.core.modelwrapper import ModelWrapper
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

from bead_fpga.compare import compare_integers
from bead_fpga.data.adc2021 import load_signals
from bead_fpga.evaluate import score_metrics
from bead_fpga.defaults import unseen_events
from bead_fpga.models import brevitas_scores
from bead_fpga.graph.fixed import output_lsb
from bead_fpga.model_dir import ModelDir

#: Events per ``predict`` call: large enough that the per-call overhead vanishes, small enough
#: that the progress bar moves every few seconds at hls4ml's ~10k events/s.
PREDICT_CHUNK = 5_000


class SimProject(Protocol):
    """What an engine offers the driver: a name, its directory, and the model's output for a
    batch of inputs already on the input grid (``(N, 57)`` -> ``(N, k)``)."""

    name: str

    @property
    def dir(self) -> Path: ...

    def predict(self, x: np.ndarray) -> np.ndarray: ...


def predict_with_progress(project: SimProject, inputs: dict[str, np.ndarray], label: str = "C-sim") -> dict[str, np.ndarray]:
    """Run each input set through ``project`` in chunks under a progress bar (hundreds of
    thousands of events take minutes through hls4ml's per-event C calls)."""
    total = sum(len(x) for x in inputs.values())
    with Progress(TextColumn(f"{label} {{task.fields[sample]}}"), BarColumn(), MofNCompleteColumn(),
                  TimeRemainingColumn(), console=Console(stderr=True)) as bar:
        task = bar.add_task("sim", total=total, sample="")
        out = {}
        for name, x in inputs.items():
            bar.update(task, sample=name)
            parts = []
            for lo in range(0, len(x), PREDICT_CHUNK):
                parts.append(project.predict(x[lo:lo + PREDICT_CHUNK]))
                bar.advance(task, len(parts[-1]))
            out[name] = np.concatenate(parts)
    return out


@dataclass(frozen=True)
class SimRun:
    """One engine against the quantized model on the same events."""

    inputs: dict[str, np.ndarray]
    reference: dict[str, np.ndarray]
    simulated: dict[str, np.ndarray]
    comparison: dict[str, Any]
    background: dict[str, Any]
    events_per_second: float

    def physics(self, scores: dict[str, np.ndarray]) -> dict[str, Any]:
        """AUC and TPR at FPR 1e-5/1e-4 per signal, in ``metrics.json``'s layout."""
        flat = {k: np.asarray(v).reshape(len(v), -1)[:, 0] for k, v in scores.items()}
        return score_metrics(flat["background"], {k: flat[k] for k in flat if k != "background"})


def simulate(mdir: ModelDir, project: SimProject, data_dir: Path, n_events: int, seed: int = 0,
             label: str = "C-sim") -> SimRun:
    """``n_events`` background test events and up to ``n_events`` of each signal through
    ``project`` and through the quantized model of ``mdir``, compared in the exported graph's
    output LSBs (the unit every engine of this graph shares)."""
    model, transform, cfg = mdir.load()
    inputs = {"background": transform.apply(unseen_events(mdir, data_dir, n_events, seed))}
    inputs.update({name: transform.apply(x) for name, x in load_signals(data_dir, n_events).items()})
    reference = {name: brevitas_scores(model, x) for name, x in inputs.items()}
    start = time.perf_counter()
    simulated = predict_with_progress(project, inputs, label=label)
    seconds = time.perf_counter() - start
    lsb = output_lsb(ModelWrapper(str(mdir.qonnx_file(cfg.name))))
    background = compare_integers(reference["background"], simulated["background"], lsb)
    return SimRun(
        inputs=inputs, reference=reference, simulated=simulated,
        comparison=compare_integers(np.concatenate([reference[k] for k in inputs]),
                                    np.concatenate([simulated[k] for k in inputs]), lsb),
        background={k: background[k] for k in ("events", "bit_exact_fraction", "max_abs_diff_lsb")},
        events_per_second=round(sum(len(x) for x in inputs.values()) / seconds, 1),
    )
