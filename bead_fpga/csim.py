"""Bit-accurate C-simulation: the compiled hls4ml C++ model against the quantized reference.

The reference is the Brevitas model's trigger output (already proven identical to the QONNX
graph by :mod:`bead_fpga.export`). Both are compared as integers in units of the output
LSB, event by event; anything short of 100 % identical is a failure. Next to the bit-level
figures, ``csim.json`` puts the physics the C++ model delivers (ROC AUC per signal of the
C-sim score) beside the quantized model's and the float twin's, so a trigger group sees in
one file both "is the firmware exact" and "what did quantization cost".
"""

from __future__ import annotations

import math
import re
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
from bead_fpga.errors import BeadError
from bead_fpga.export import brevitas_scores, output_lsb, qonnx_path, run_qonnx, trigger_inputs
from bead_fpga.hls.convert import HLSProject, HLSSettings, convert, convert_graph, project_name
from bead_fpga.hls.transforms import GLOBAL_IN, GLOBAL_OUT, prepare_for_hls4ml
from bead_fpga.io import write_json

CSIM_FILE = "csim.json"
FLOAT_TWIN_DIR = "float_twin"
PREDICT_CHUNK = 5_000


def predict_with_progress(project: HLSProject, inputs: dict[str, np.ndarray]) -> dict[str, np.ndarray]:
    """C-simulate each input set in chunks under a progress bar (hundreds of thousands of
    events take minutes through hls4ml's per-event C calls)."""
    total = sum(len(x) for x in inputs.values())
    with Progress(TextColumn("C-sim {task.fields[sample]}"), BarColumn(), MofNCompleteColumn(),
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


def float_twin_scores(model_dir: Path, inputs: dict[str, np.ndarray]) -> dict[str, np.ndarray] | None:
    """Trigger scores of the float twin (``MODEL_DIR/float_twin``) when one was trained."""
    from bead_fpga.train import load_model

    twin_dir = Path(model_dir) / FLOAT_TWIN_DIR
    if not (twin_dir / "weights.pt").is_file():
        return None
    twin, _, _ = load_model(twin_dir)
    return {name: brevitas_scores(twin, x)[:, 0] for name, x in inputs.items()}


def csim(
    model_dir: Path, data_dir: Path, n_events: int = 10_000, settings: HLSSettings = HLSSettings(),
    projects_root: Path = Path("hls_projects"), seed: int = 0, project: HLSProject | None = None,
    firmware_root: Path = Path("firmware"),
) -> dict[str, Any]:
    """Compile (or reuse) the hls4ml project, run ``n_events`` background test events and the
    signal files through it and through the quantized reference, write ``csim.json``."""
    from bead_fpga.firmware import write_handoff
    from bead_fpga.train import load_model

    model_dir = Path(model_dir)
    model, transform, cfg = load_model(model_dir)
    project = project or convert(model_dir, settings, projects_root)
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

    lsb = output_lsb(ModelWrapper(str(qonnx_path(model_dir, cfg.name))))
    everything = compare_integers(
        np.concatenate([reference[k] for k in inputs]), np.concatenate([simulated[k] for k in inputs]), lsb
    )
    background = compare_integers(reference["background"], simulated["background"], lsb)
    signal_names = [k for k in inputs if k != "background"]

    def figures(scores: dict[str, np.ndarray]) -> dict[str, Any]:
        """AUC and TPR at FPR 1e-5/1e-4 per signal, in ``metrics.json``'s layout."""
        flat = {k: np.asarray(v).reshape(len(v), -1)[:, 0] for k, v in scores.items()}
        return score_metrics(flat["background"], {k: flat[k] for k in signal_names})

    twin = float_twin_scores(model_dir, inputs)
    result = {
        "model": cfg.name,
        "project": str(project.dir),
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
            "float_twin": figures(twin) if twin is not None else "no float twin in MODEL_DIR/float_twin",
        },
        "source": "measured:csim (hls4ml compiled C++ vs Brevitas, compared in output LSBs)",
    }
    write_json(model_dir / CSIM_FILE, result)
    write_handoff(project, transform, inputs["background"], reference["background"], firmware_root)
    return result


# --- QONNX graphs from elsewhere (other people's Brevitas or QKeras exports) ------------------

FIXED_FORMAT = re.compile(r"^(u?)fixed<\s*(\d+)\s*,\s*(-?\d+)\s*>$")


def graph_input_format(graph: ModelWrapper) -> str | None:
    """``fixed<W,I>`` of the graph input when it feeds straight into one power-of-two, zero-point-0
    ``Quant`` node (how Brevitas and QKeras exports start); ``None`` otherwise."""
    consumers = graph.find_consumers(GLOBAL_IN) or []
    if len(consumers) != 1 or consumers[0].op_type != "Quant":
        return None
    quant = consumers[0]
    scale, zeropt, bits = (float(graph.get_initializer(name)) for name in quant.input[1:4])
    frac = -math.log2(scale) if scale > 0 else math.nan
    if zeropt != 0 or frac != round(frac):
        return None
    signed = next((a.i for a in quant.attribute if a.name == "signed"), 1)
    return f"{'' if signed else 'u'}fixed<{int(bits)},{int(bits) - int(frac)}>"


def grid_events(input_format: str, shape: tuple[int, ...], n_events: int, seed: int) -> np.ndarray:
    """Events drawn uniformly over every representable value of ``input_format`` (extremes and
    zero included), so each layer's rounding and saturation are exercised."""
    match = FIXED_FORMAT.match(input_format.replace(" ", ""))
    if match is None:
        raise BeadError("--input-format", f"expected fixed<W,I> or ufixed<W,I>, got {input_format!r}")
    unsigned, width, integer = match.group(1) == "u", int(match.group(2)), int(match.group(3))
    lo, hi = (0, 2**width - 1) if unsigned else (-(2 ** (width - 1)), 2 ** (width - 1) - 1)
    ints = np.random.default_rng(seed).integers(lo, hi, size=(n_events, *shape), endpoint=True)
    ints[:3] = np.array([0, lo, hi]).reshape(3, *([1] * len(shape)))
    return (ints * 2.0 ** (integer - width)).astype(np.float32)


def csim_qonnx(
    onnx_file: Path, n_events: int = 10_000, input_format: str | None = None, settings: HLSSettings = HLSSettings(),
    projects_root: Path = Path("hls_projects"), seed: int = 0,
) -> dict[str, Any]:
    """Any QONNX graph through bead-fpga's cleanup and hls4ml, its compiled C++ compared bit by bit
    with qonnx's own executor on ``n_events`` inputs spread over the input format. Writes
    ``csim.json`` and ``hls4ml_config.yml`` into the project directory."""
    onnx_file = Path(onnx_file)
    if not onnx_file.is_file():
        raise BeadError(onnx_file, "file not found")
    try:
        graph = prepare_for_hls4ml(ModelWrapper(str(onnx_file)))
    except Exception as err:  # onnx/qonnx raise many types for a file that is not a graph
        raise BeadError(onnx_file, f"not a readable ONNX/QONNX graph ({type(err).__name__}: {err})") from None
    input_format = input_format or graph_input_format(graph)
    if input_format is None:
        raise BeadError(onnx_file, "the input does not start with a power-of-two Quant node, so its format is unknown",
                        "give it with --input-format 'fixed<W,I>'")
    lsb = output_lsb(graph)
    name = project_name(onnx_file.name.split(".")[0])
    project_dir = Path(projects_root) / name
    project = convert_graph(graph, onnx_file, name, input_format, settings, projects_root, project_dir)
    with Console(stderr=True).status(f"compiling the C++ of {name} (reused when unchanged)"):
        compiled = project.compile()
    x = grid_events(input_format, tuple(graph.get_tensor_shape(GLOBAL_IN)[1:]), n_events, seed)
    start = time.perf_counter()
    simulated = predict_with_progress(project, {name: x.reshape(len(x), -1)})[name]
    sim_s = time.perf_counter() - start
    result = {
        "graph": str(onnx_file), "project": str(project.dir), "input_format": input_format,
        **compare_integers(run_qonnx(graph, x)[GLOBAL_OUT], simulated, lsb),
        "compiled": compiled, "csim_events_per_second": round(len(x) / sim_s, 1),
        "source": "measured:csim (hls4ml compiled C++ vs qonnx executor, compared in output LSBs)",
    }
    write_json(project_dir / CSIM_FILE, result)
    return result
