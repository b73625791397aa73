"""QONNX graphs that bead-fpga did not write: through the cleanup and hls4ml, compiled, and
compared bit by bit with qonnx's own executor."""

from __future__ import annotations

import numpy as np
import pytest
from brevitas.quant import Int8ActPerTensorFixedPoint, Uint8ActPerTensorFixedPoint
from onnx import TensorProto, helper
from qonnx.core.modelwrapper import ModelWrapper
from qonnx.util.basic import qonnx_make_model

from bead_fpga.errors import BeadError
from bead_fpga.qonnx_check import csim_qonnx, grid_events
from tests.qonnx.graphs import QuantMLP, export_brevitas, quant, width
from tests.unit.test_graph_cleanup import squared_sum_graph

TenBitActs = width(Int8ActPerTensorFixedPoint, 10)
SevenBitRelu = width(Uint8ActPerTensorFixedPoint, 7)


def test_someone_elses_brevitas_export_is_bit_exact(tmp_path) -> None:
    net = QuantMLP((12, 10, 3), TenBitActs, SevenBitRelu, TenBitActs)  # other widths than bead-fpga's
    path = export_brevitas(net, (1, 12), tmp_path / "someone_else.onnx", seed=5)
    result = csim_qonnx(path, n_events=3_000, projects_root=tmp_path / "prj")
    assert result["input_format"].startswith("fixed<10,")
    assert result["verdict"] == "exact"
    assert result["events"] == 3_000 and result["bit_exact_fraction"] == 1.0 and result["max_abs_diff_lsb"] == 0


def test_square_and_sum_graph_is_bit_exact(tmp_path) -> None:
    path = tmp_path / "squared_sum.onnx"
    squared_sum_graph().save(str(path))
    result = csim_qonnx(path, n_events=2_000, projects_root=tmp_path / "prj")
    assert result["input_format"] == "fixed<8,4>"
    assert result["bit_exact_fraction"] == 1.0


def test_input_format_default_and_declared(tmp_path) -> None:
    """A graph that starts with a MatMul says nothing about its input format: the check runs
    on hls4ml's default precision and says so; a declared format is used as given."""
    weights = helper.make_tensor("w.0", TensorProto.FLOAT, [4, 2], np.arange(8, dtype=np.float32) / 8)
    q_w, w_inits = quant("w.q", "w.0", "w.q.out", 2.0 ** -3, 6, True)
    matmul = helper.make_node("MatMul", ["x.0", "w.q.out"], ["mm.out"], name="mm")
    q_out, out_inits = quant("out.q", "mm.out", "y.0", 2.0 ** -6, 16, True)
    graph = helper.make_graph(
        [q_w, matmul, q_out], "no_input_quant",
        [helper.make_tensor_value_info("x.0", TensorProto.FLOAT, [1, 4])],
        [helper.make_tensor_value_info("y.0", TensorProto.FLOAT, [1, 2])],
        initializer=[weights, *w_inits, *out_inits],
    )
    path = tmp_path / "no_input_quant.onnx"
    ModelWrapper(qonnx_make_model(graph, opset_imports=[helper.make_opsetid("", 13)])).save(str(path))
    default = csim_qonnx(path, n_events=500, projects_root=tmp_path / "prj")
    assert default["input_format"] == "fixed<16,6>" and "default" in default["input_format_source"]
    declared = csim_qonnx(path, n_events=1_000, input_format="fixed<8,3>", projects_root=tmp_path / "prj")
    assert declared["input_format"] == "fixed<8,3>"
    assert declared["verdict"] == "exact" and declared["bit_exact_fraction"] == 1.0


def test_grid_events_cover_the_format() -> None:
    x = grid_events("ufixed<4,2>", (3,), 500, seed=0)
    assert set(np.unique(x * 4).astype(int)) == set(range(16))  # every value of ufixed<4,2>, and only those
    with pytest.raises(BeadError, match="--input-format"):
        grid_events("ap_fixed<8>", (3,), 10, seed=0)
