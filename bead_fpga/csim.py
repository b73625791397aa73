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
from rich.console import Console

from bead_fpga.models import brevitas_scores
from bead_fpga.hls.convert import HLSProject, HLSSettings, convert
from bead_fpga.io import write_json
from bead_fpga.model_dir import TWIN_DIR, ModelDir
from bead_fpga.sim import simulate


def float_twin_scores(mdir: ModelDir, inputs: dict[str, np.ndarray]) -> dict[str, np.ndarray] | None:
    """Trigger scores of the float twin (``MODEL_DIR/float_twin``) when one was trained."""
    twin = mdir.twin()
    if twin is None:
        return None
    twin_model = twin.load().model
    return {name: brevitas_scores(twin_model, x)[:, 0] for name, x in inputs.items()}


def csim(
    model_dir: ModelDir | Path, data_dir: Path, n_events: int = 10_000, settings: HLSSettings = HLSSettings(),
    projects_root: Path = Path("hls_projects"), seed: int = 0, project: HLSProject | None = None,
    firmware_root: Path = Path("firmware"),
) -> dict[str, Any]:
    """Compile (or reuse) the hls4ml project, run ``n_events`` background test events and the
    signal files through it and through the quantized reference (:func:`bead_fpga.sim.simulate`),
    write ``csim.json`` and the firmware hand-off."""
    from bead_fpga.firmware import write_handoff
    from bead_fpga.trigger_text import describe_trigger

    mdir = ModelDir.of(model_dir)
    model, transform, cfg = mdir.load()
    project = project or convert(mdir, settings, projects_root)
    start = time.perf_counter()
    with Console(stderr=True).status(f"compiling the C++ of {cfg.name} (reused when unchanged)"):
        compiled = project.compile()
    compile_s = time.perf_counter() - start
    run = simulate(mdir, project, data_dir, n_events, seed)
    twin = float_twin_scores(mdir, run.inputs)
    result = {
        "model": cfg.name,
        "project": mdir.rel(project.dir),
        "settings": {"backend": project.config["Backend"], "part": project.config["Part"],
                     "clock_ns": project.config["ClockPeriod"], "io_type": project.config["IOType"]},
        **run.comparison,
        "background_only": run.background,
        "compiled": compiled,
        "compile_seconds": round(compile_s, 2),
        "csim_events_per_second": run.events_per_second,
        "physics": {
            "csim": run.physics(run.simulated),
            "quantized": run.physics(run.reference),
            "float_twin": run.physics(twin) if twin is not None else f"no float twin in MODEL_DIR/{TWIN_DIR}",
        },
        "source": "measured:csim (hls4ml compiled C++ vs Brevitas, compared in output LSBs)",
    }
    write_json(mdir.csim_file, result)
    trigger = describe_trigger(model, mdir.metrics_train())
    write_handoff(project, transform, trigger, run.inputs["background"], run.reference["background"], firmware_root)
    return result
