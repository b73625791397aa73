"""``bead-fpga csim --engine rtl``: the alkaid RTL, Verilated, checked bit by bit like the C-sim.

The same events as :func:`bead_fpga.csim.csim` (background test split and the signal files)
go through the Verilator model of the pipelined Verilog, streamed one event per clock,
and through the quantized Brevitas model; both are compared as integers in output LSBs
(:func:`bead_fpga.compare.compare_integers`). The pipeline latency in clock cycles is
measured in the same simulation and set beside the number of stages alkaid built, so a
report's latency is checked on the logic, not taken on trust. Results go to
``MODEL_DIR/csim_rtl.json`` (:attr:`ModelDir.csim_rtl_file`), next to the hls4ml engine's ``csim.json``.

Verilator is a cycle-based simulator of the real RTL and runs multi-threaded (events are
split over threads, each with its own model instance), which is why it is also the fast
checker for millions of events where hls4ml's ``ap_fixed`` emulation takes minutes.
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

from rich.console import Console

from bead_fpga.io import write_json
from bead_fpga.model_dir import ModelDir
from bead_fpga.rtl.probe import probe_events
from bead_fpga.rtl.project import RTLProject, RTLSettings, rtl_project
from bead_fpga.rtl.verilator import verilator_version
from bead_fpga.sim import simulate



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
    with the quantized model event by event (:func:`bead_fpga.sim.simulate`), measure the
    latency; write ``csim_rtl.json``."""
    mdir = ModelDir(model_dir)
    cfg = mdir.config()
    project, compiled, compile_s = compile_project(mdir, settings or RTLSettings(), projects_root)
    run = simulate(mdir, project, data_dir, n_events, seed, label="RTL sim")
    result = {
        "model": cfg.name,
        "project": mdir.rel(project.dir),
        "settings": project.settings.to_dict(),
        **run.comparison,
        "latency_cycles_measured": project.latency_cycles(*probe_events(project.traced, run.inputs["background"])),
        "pipeline_stages": project.pipeline_stages,
        "alkaid_estimate": project.alkaid_estimate(),
        "compiled": compiled,
        "compile_seconds": round(compile_s, 2),
        "rtl_events_per_second": run.events_per_second,
        "physics": {"rtl": run.physics(run.simulated), "quantized": run.physics(run.reference)},
        "source": f"measured:verilator {verilator_version()} (alkaid RTL vs Brevitas, compared in output LSBs)",
    }
    write_json(mdir.csim_rtl_file, result)
    return result
