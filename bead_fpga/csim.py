"""Bit-accurate C-simulation: the compiled hls4ml C++ model against the quantized reference.

The reference is the Brevitas model's trigger output (already proven identical to the QONNX
graph by :mod:`bead_fpga.export`). Both are compared as integers in units of the output
LSB, event by event; anything short of 100 % identical is a failure. Next to the bit-level
figures, ``csim.json`` puts the physics the C++ model delivers (ROC AUC per signal of the
C-sim score) beside the quantized model's and the float twin's, so a trigger group sees in
one file both "is the firmware exact" and "what did quantization cost".
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

import numpy as np
from qonnx.core.modelwrapper import ModelWrapper
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

from bead_fpga.compare import compare_integers
from bead_fpga.data.adc2021 import load_signals
from bead_fpga.evaluate import score_metrics
from bead_fpga.export import brevitas_scores, output_lsb, trigger_inputs
from bead_fpga.hls.convert import HLSProject, HLSSettings, convert
from bead_fpga.io import read_json, write_json
from bead_fpga.model_dir import TWIN_DIR, ModelDir

PREDICT_CHUNK = 5_000


def predict_with_progress(project: HLSProject, inputs: dict[str, np.ndarray], label: str = "C-sim") -> dict[str, np.ndarray]:
    """C-simulate each input set in chunks under a progress bar (hundreds of thousands of
    events take minutes through hls4ml's per-event C calls). Any project with a
    ``predict(x)`` will do (the RTL engine passes its Verilator model, ``label="RTL sim"``)."""
    total = sum(len(x) for x in inputs.values())
    with Progress(TextColumn(f"{label} {{task.fields[sample]}}"), BarColumn(), MofNCompleteColumn(),
                  TimeRemainingColumn(), console=Console(stderr=True)) as bar:
        task = bar.add_task("csim", total=total, sample="")
        out = {}
        for name, x in inputs.items():
            bar.update(task, sample=name)
            parts = []
            for lo in range(0, len(x), PREDICT_CHUNK):
                parts.append(project.predict(x[lo:lo + PREDICT_CHUNK]))
                bar.advance(task, len(parts[-1]))
            out[name] = np.concatenate(parts)
    return out


def float_twin_scores(mdir: ModelDir, inputs: dict[str, np.ndarray]) -> dict[str, np.ndarray] | None:
    """Trigger scores of the float twin (``MODEL_DIR/float_twin``) when one was trained."""
    twin = mdir.twin()
    if twin is None:
        return None
    twin_model = twin.load().model
    return {name: brevitas_scores(twin_model, x)[:, 0] for name, x in inputs.items()}


def csim(
    model_dir: Path, data_dir: Path, n_events: int = 10_000, settings: HLSSettings = HLSSettings(),
    projects_root: Path = Path("hls_projects"), seed: int = 0, project: HLSProject | None = None,
    firmware_root: Path = Path("firmware"),
) -> dict[str, Any]:
    """Compile (or reuse) the hls4ml project, run ``n_events`` background test events and the
    signal files through it and through the quantized reference, write ``csim.json``."""
    from bead_fpga.firmware import write_handoff
    from bead_fpga.trigger_text import describe_trigger

    mdir = ModelDir(model_dir)
    model, transform, cfg = mdir.load()
    project = project or convert(mdir.path, settings, projects_root)
    start = time.perf_counter()
    with Console(stderr=True).status(f"compiling the C++ of {cfg.name} (reused when unchanged)"):
        compiled = project.compile()
    compile_s = time.perf_counter() - start

    inputs = {"background": trigger_inputs(transform, data_dir, n_events, seed)}
    inputs.update({name: transform.apply(x) for name, x in load_signals(data_dir, n_events).items()})
    reference = {name: brevitas_scores(model, x) for name, x in inputs.items()}
    start = time.perf_counter()
    simulated = predict_with_progress(project, inputs)
    sim_s = time.perf_counter() - start
    n_simulated = sum(len(x) for x in inputs.values())

    lsb = output_lsb(ModelWrapper(str(mdir.qonnx_file(cfg.name))))
    everything = compare_integers(
        np.concatenate([reference[k] for k in inputs]), np.concatenate([simulated[k] for k in inputs]), lsb
    )
    background = compare_integers(reference["background"], simulated["background"], lsb)
    signal_names = [k for k in inputs if k != "background"]

    def figures(scores: dict[str, np.ndarray]) -> dict[str, Any]:
        """AUC and TPR at FPR 1e-5/1e-4 per signal, in ``metrics.json``'s layout."""
        flat = {k: np.asarray(v).reshape(len(v), -1)[:, 0] for k, v in scores.items()}
        return score_metrics(flat["background"], {k: flat[k] for k in signal_names})

    twin = float_twin_scores(mdir, inputs)
    result = {
        "model": cfg.name,
        "project": mdir.rel(project.dir),
        "settings": {"backend": project.config["Backend"], "part": project.config["Part"],
                     "clock_ns": project.config["ClockPeriod"], "io_type": project.config["IOType"]},
        **everything,
        "background_only": {k: background[k] for k in ("events", "bit_exact_fraction", "max_abs_diff_lsb")},
        "compiled": compiled,
        "compile_seconds": round(compile_s, 2),
        "csim_events_per_second": round(n_simulated / sim_s, 1),
        "physics": {
            "csim": figures(simulated),
            "quantized": figures(reference),
            "float_twin": figures(twin) if twin is not None else f"no float twin in MODEL_DIR/{TWIN_DIR}",
        },
        "source": "measured:csim (hls4ml compiled C++ vs Brevitas, compared in output LSBs)",
    }
    write_json(mdir.csim_file, result)
    trigger = describe_trigger(model, read_json(mdir.metrics_train_file) if mdir.metrics_train_file.is_file() else {})
    write_handoff(project, transform, trigger, inputs["background"], reference["background"], firmware_root)
    return result

