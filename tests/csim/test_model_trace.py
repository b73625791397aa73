"""``bead-fpga trace`` on a committed reference model: every layer's type, range and overflow
counts, the plot, and the first layer where C++ and model part when they do."""

from __future__ import annotations

import shutil
from pathlib import Path

import numpy as np
import pytest

from bead_fpga.layer_trace import compare_layers, first_parting
from bead_fpga.model_dir import ModelDir
from tests.conftest import REFERENCE_MODELS

MODEL = "ae_8b"
N_EVENTS = 500


@pytest.fixture(scope="module")
def traced(tmp_path_factory):
    """The reference model with its committed QONNX export, traced once (one compile)."""
    from bead_fpga.model_trace import trace_model

    root = tmp_path_factory.mktemp("trace")
    model_dir = root / MODEL
    shutil.copytree(REFERENCE_MODELS / MODEL, model_dir,
                    ignore=shutil.ignore_patterns("csim.json", "hls4ml_config.yml", "float_twin"))
    if not (model_dir / f"{MODEL}.qonnx.onnx").is_file():
        pytest.fail(f"{REFERENCE_MODELS / MODEL} has no committed QONNX export: see models/README.md")
    return model_dir, trace_model(model_dir, n_events=N_EVENTS, projects_root=root / "prj")


def test_every_layer_identical_with_types_and_ranges(traced) -> None:
    model_dir, result = traced
    assert result["first_difference"] is None and result["events"] == N_EVENTS
    assert len(result["layers"]) >= 5
    for layer in result["layers"]:
        assert layer["max_abs_diff"] == 0 and layer["qonnx_node"], layer
        low, high = layer["type_range"]
        seen_low, seen_high = layer["seen_range"]
        assert low <= seen_low <= seen_high <= high  # what the C++ holds fits its own type
    assert (model_dir / "trace.json").is_file()
    assert not Path(result["plot"]).is_absolute()  # recorded relative to the model directory
    assert ModelDir(model_dir).resolve(result["plot"]).read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_a_perturbed_reference_is_located(traced) -> None:
    """The pairing names the layer whose reference tensor was moved by one LSB, not a later one."""
    from qonnx.core.modelwrapper import ModelWrapper

    from bead_fpga.hls.convert import convert
    from bead_fpga.layer_trace import enable_trace, hls_trace
    from bead_fpga.graph.execute import execute_all
    from bead_fpga.qonnx_check import grid_events

    model_dir, result = traced
    graph = ModelWrapper(str(model_dir / f"{MODEL}.qonnx.onnx"))
    project = convert(model_dir, projects_root=ModelDir(model_dir).resolve(result["project"]).parent)
    enable_trace(project)
    assert project.compile() is False  # the traced library from the fixture is reused
    x = grid_events("fixed<16,6>", (graph.get_tensor_shape(graph.graph.input[0].name)[1],), 20, seed=1)
    trace = hls_trace(project, x)
    tensors = execute_all(graph, x)
    victim = next(layer for layer in result["layers"][2:] if layer["qonnx_op"] == "Quant")
    name = next(n.output[0] for n in graph.graph.node if n.name == victim["qonnx_node"])
    lsb = next(r for r in compare_layers(project, trace, graph, tensors) if r.layer == victim["layer"]).lsb
    tensors[name] = tensors[name] + np.float32(lsb)
    parting = first_parting(compare_layers(project, trace, graph, tensors))
    assert parting is not None and parting.layer == victim["layer"] and parting.max_abs_diff_lsb == 1


def test_cli_prints_the_table(traced) -> None:
    """``bead-fpga trace`` reuses the traced library and exits 0 when every layer is identical."""
    import subprocess
    import sys

    model_dir, result = traced
    run = subprocess.run([sys.executable, "-m", "bead_fpga", "trace", str(model_dir), "--events", "200",
                          "--projects", str(ModelDir(model_dir).resolve(result["project"]).parent)], capture_output=True, text=True, timeout=600)
    assert run.returncode == 0, run.stderr
    assert "every layer identical" in run.stdout
    assert all(layer["layer"] in run.stdout for layer in result["layers"])
