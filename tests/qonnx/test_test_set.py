"""Every graph of the corpus reaches its expected verdict: exact where the ops are integer and
the output is quantized, otherwise the first differing layer and its known cause, or a one-line
refusal naming the node; checked on N_EVENTS events against qonnx's executor on the file."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from bead_fpga.graph import cleanup
from bead_fpga.qonnx_check import csim_qonnx
from tests.qonnx.conftest import N_EVENTS
from tests.qonnx.corpus import CORPUS

@pytest.mark.parametrize("name", sorted(n for n, (_, want, _) in CORPUS.items() if want.verdict == "exact"))
def test_integer_graphs_are_exact(verdicts, name: str) -> None:
    result = verdicts(name)
    assert result["verdict"] == "exact", result.get("cause", result.get("line"))
    assert result["events"] == N_EVENTS and result["bit_exact_events"] == N_EVENTS and result["max_abs_diff_lsb"] == 0
    assert result["output"]["quantized"]


@pytest.mark.parametrize("name", sorted(n for n, (_, want, _) in CORPUS.items() if want.verdict == "not exact"))
def test_float_graphs_name_the_layer_and_the_cause(verdicts, name: str) -> None:
    want = CORPUS[name][1]
    result = verdicts(name)
    assert result["verdict"] == "not exact", result.get("line")
    assert result["bit_exact_events"] < result["events"] and result["max_abs_diff_lsb"] > 0
    first = result["first_difference"]
    assert first["qonnx_op"] == want.op and first["max_abs_diff"] > 0
    assert want.cause in result["cause"]
    # every layer before the parting one equals a tensor of the original graph
    layers = [layer["layer"] for layer in result["layers"]]
    assert all(layer["max_abs_diff"] == 0 for layer in result["layers"][: layers.index(first["layer"])])


@pytest.mark.parametrize("name", sorted(n for n, (_, want, _) in CORPUS.items() if want.verdict == "refused"))
def test_refused_graphs_say_why_in_one_line(verdicts, graph_files, name: str) -> None:
    result = verdicts(name)
    assert result["verdict"] == "refused"
    assert re.search(CORPUS[name][1].line, result["line"]), result["line"]
    assert "\n" not in result["line"] and result["line"].startswith(str(graph_files[name]))


def test_rewrites_are_said_in_the_verdict(verdicts) -> None:
    """A rewrite that changes how hls4ml reads the graph is named in the verdict."""
    assert any("signed 1-bit Quant written as BipolarQuant" in r for r in verdicts("one_bit_weights")["rewrites"])
    assert any("bias Add taken into Conv conv2d" in r for r in verdicts("qkeras_conv2d_channels_last")["rewrites"])
    assert any("has no batch axis" in r for r in verdicts("unbatched_vector")["rewrites"])
    assert verdicts("view_flatten")["rewrites"] == []


def test_bipolar_output_is_read_as_plus_minus_one(verdicts) -> None:
    result = verdicts("brevitas_bipolar_output")
    assert result["output"]["op"] == "BipolarQuant" and "0/1 read as -1/+1" in result["output"]["encoding"]


def test_input_format_sources(verdicts) -> None:
    assert verdicts("brevitas_mlp_bn_flatten")["input_format_source"].startswith("from Quant node")  # behind Flatten
    softmax = verdicts("softmax_head")
    assert softmax["input_format"] == "fixed<16,6>" and "default" in softmax["input_format_source"]
    assert not softmax["output"]["quantized"] and softmax["output"]["lsb_source"] == "hls4ml output type"


def test_declared_input_format_wins(graph_files, qonnx_projects) -> None:
    result = csim_qonnx(graph_files["gemm_mlp"], n_events=500, input_format="fixed<6,3>",
                        projects_root=qonnx_projects)
    assert result["input_format"] == "fixed<6,3>" and result["input_format_source"] == "declared with --input-format"
    assert result["verdict"] == "exact"


class ShiftedZeroBias(cleanup.GemmZeroBias):
    """A broken cleanup: the bias it writes for a bias-free Gemm is one output LSB, not zero."""

    def apply(self, model):
        model, changed = super().apply(model)
        for name in list(model.get_all_tensor_names()):
            if name.endswith("_zero_bias"):
                model.set_initializer(name, model.get_initializer(name) + np.float32(2.0**-5))
        return model, changed


def test_broken_cleanup_is_caught(graph_files, tmp_path, monkeypatch) -> None:
    """Our cleanup is under test too: break it and the comparison with the original file fails,
    at the layer the broken rewrite produced."""
    monkeypatch.setattr(cleanup, "GemmZeroBias", ShiftedZeroBias)
    result = csim_qonnx(graph_files["gemm_mlp"], n_events=500, projects_root=tmp_path)
    assert result["verdict"] == "not exact" and result["bit_exact_events"] < 500
    first = result["first_difference"]
    assert first["qonnx_node"] == "out.q" and first["max_abs_diff_lsb"] >= 1  # fc2 with its output quantizer
    assert "not a known cause" in result["cause"]
    assert all(layer["max_abs_diff"] == 0 for layer in result["layers"][:-1])


def cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "bead_fpga", *args], capture_output=True, text=True, timeout=600)


def test_cli_exit_codes(verdicts, graph_files, qonnx_projects, tmp_path) -> None:
    """0 exact, 1 not exact with the verdict, 2 bad input in one line (projects already compiled)."""
    verdicts("gemm_mlp"), verdicts("softmax_head")
    exact = cli("csim-qonnx", str(graph_files["gemm_mlp"]), "--projects", str(qonnx_projects))
    assert exact.returncode == 0 and ": exact: 2000/2000" in exact.stdout, exact.stderr
    differs = cli("csim-qonnx", str(graph_files["softmax_head"]), "--projects", str(qonnx_projects))
    assert differs.returncode == 1 and "not exact" in differs.stdout and "cause: float softmax" in differs.stdout
    junk = tmp_path / "junk.onnx"
    junk.write_bytes(b"not an onnx file")
    bad = cli("csim-qonnx", str(junk), "--projects", str(tmp_path))
    assert bad.returncode == 2 and bad.stderr.count("\n") == 1 and "not a readable ONNX/QONNX graph" in bad.stderr
    saved = json.loads((Path(differs.stdout.split(" in ")[-1].strip())).read_text())
    assert saved["verdict"] == "not exact"


def test_softmax_cause_names_the_table_step(verdicts) -> None:
    """hls4ml's stable softmax addresses its exp table with the top 10 bits of ufixed<32,16>
    (the default precision): a step of 2**(16-10), wider than these logits' spread."""
    result = verdicts("softmax_head")
    assert "top 10 bits of inp_norm_t ufixed<32,16>, so one table step is 64" in result["cause"]
    softmax = next(layer for layer in result["layers"] if layer["class"] == "Softmax")
    assert softmax["seen_range"][0] == softmax["seen_range"][1]  # every output the same: 1/5 everywhere
