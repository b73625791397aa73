"""``bead-fpga csim --engine rtl``: the alkaid RTL, Verilated, checked bit by bit like the C-sim.

The same events as :func:`bead_fpga.csim.csim` (background test split and the signal files)
go through the Verilator model of the pipelined Verilog, streamed one event per clock,
and through the quantized Brevitas model; both are compared as integers in output LSBs
(:func:`bead_fpga.compare.compare_integers`). The pipeline latency in clock cycles is
measured in the same simulation and set beside the number of stages alkaid built, so a
report's latency is checked on the logic, not taken on trust. Results go to
``MODEL_DIR/csim_rtl.json``, next to the hls4ml engine's ``csim.json``.

Verilator is a cycle-based simulator of the real RTL and runs multi-threaded (events are
split over threads, each with its own model instance), which is why it is also the fast
checker for millions of events where hls4ml's ``ap_fixed`` emulation takes minutes.
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

import numpy as np
from rich.console import Console

from bead_fpga.compare import compare_integers
from bead_fpga.csim import predict_with_progress
from bead_fpga.data.adc2021 import load_signals
from bead_fpga.evaluate import score_metrics
from bead_fpga.export import brevitas_scores, trigger_inputs
from bead_fpga.io import write_json
from bead_fpga.model_dir import ModelDir
from bead_fpga.rtl.probe import probe_events
from bead_fpga.rtl.project import RTLProject, RTLSettings, rtl_project
from bead_fpga.rtl.verilator import verilator_version

CSIM_RTL_FILE = "csim_rtl.json"


def compile_project(model_dir: ModelDir, settings: RTLSettings, projects_root: Path) -> tuple[RTLProject, bool, float]:
    """Trace (or reuse) and Verilate (or reuse) the model's RTL; returns project, whether it
    compiled, and the seconds it took."""
    cfg = model_dir.config()
    qonnx = model_dir.require(model_dir.qonnx_file(cfg.name), "export the model first (`bead-fpga export MODEL_DIR`)")
    start = time.perf_counter()
    with Console(stderr=True).status(f"tracing and Verilating the RTL of {cfg.name} (reused when unchanged)"):
        project = rtl_project(qonnx, settings, projects_root, cfg.name)
        compiled = project.compile()
    return project, compiled, time.perf_counter() - start


def rtl_csim(
    model_dir: Path, data_dir: Path, n_events: int = 10_000, settings: RTLSettings | None = None,
    projects_root: Path = Path("hls_projects"), seed: int = 0,
) -> dict[str, Any]:
    """Simulate the RTL on ``n_events`` background test events and the signal files, compare
    with the quantized model event by event, measure the latency; write ``csim_rtl.json``."""
    mdir = ModelDir(model_dir)
    model, transform, cfg = mdir.load()
    project, compiled, compile_s = compile_project(mdir, settings or RTLSettings(), projects_root)

    inputs = {"background": trigger_inputs(transform, data_dir, n_events, seed)}
    inputs.update({name: transform.apply(x) for name, x in load_signals(data_dir, n_events).items()})
    reference = {name: brevitas_scores(model, x) for name, x in inputs.items()}
    start = time.perf_counter()
    simulated = predict_with_progress(project, inputs, label="RTL sim")
    sim_s = time.perf_counter() - start
    n_simulated = sum(len(x) for x in inputs.values())

    lsb = project.traced.output_lsb
    everything = compare_integers(np.concatenate([reference[k] for k in inputs]),
                                  np.concatenate([simulated[k] for k in inputs]), lsb)
    signals = [k for k in inputs if k != "background"]

    def physics(scores: dict[str, np.ndarray]) -> dict[str, Any]:
        return score_metrics(scores["background"][:, 0], {k: scores[k][:, 0] for k in signals})

    result = {
        "model": cfg.name,
        "project": mdir.rel(project.dir),
        "settings": project.settings.to_dict(),
        **everything,
        "latency_cycles_measured": project.latency_cycles(*probe_events(project.traced, inputs["background"])),
        "pipeline_stages": project.pipeline_stages,
        "alkaid_estimate": project.alkaid_estimate(),
        "compiled": compiled,
        "compile_seconds": round(compile_s, 2),
        "rtl_events_per_second": round(n_simulated / sim_s, 1),
        "physics": {"rtl": physics(simulated), "quantized": physics(reference)},
        "source": f"measured:verilator {verilator_version()} (alkaid RTL vs Brevitas, compared in output LSBs)",
    }
    write_json(mdir / CSIM_RTL_FILE, result)
    return result
