"""QONNX graphs that bead-fpga did not write: through the cleanup and hls4ml, compiled, and
compared bit by bit with qonnx's own executor."""

from __future__ import annotations

import brevitas.nn as qnn
import numpy as np
import pytest
import torch
from brevitas.export import export_qonnx
from brevitas.quant import Int8ActPerTensorFixedPoint, Int8WeightPerTensorFixedPoint, Uint8ActPerTensorFixedPoint
from onnx import TensorProto, helper
from qonnx.core.modelwrapper import ModelWrapper
from qonnx.util.basic import qonnx_make_model

from bead_fpga.csim import csim_qonnx, grid_events
from bead_fpga.errors import BeadError
from tests.unit.test_hls_transforms import quant, squared_sum_graph


class SixBitWeights(Int8WeightPerTensorFixedPoint):
    bit_width = 6


class TenBitActs(Int8ActPerTensorFixedPoint):
    bit_width = 10


class SevenBitRelu(Uint8ActPerTensorFixedPoint):
    bit_width = 7


class SomeoneElsesNet(torch.nn.Module):
    """A Brevitas MLP written the way Brevitas' own examples write them: QuantTensors passed
    between layers, biases in float, other widths than bead-fpga's."""

    def __init__(self) -> None:
        super().__init__()
        self.inp = qnn.QuantIdentity(act_quant=TenBitActs, return_quant_tensor=True)
        self.fc1 = qnn.QuantLinear(12, 10, bias=False, weight_quant=SixBitWeights, return_quant_tensor=True)
        self.relu = qnn.QuantReLU(act_quant=SevenBitRelu, return_quant_tensor=True)
        self.fc2 = qnn.QuantLinear(10, 3, bias=False, weight_quant=SixBitWeights, return_quant_tensor=True)
        self.out = qnn.QuantIdentity(act_quant=TenBitActs, return_quant_tensor=False)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return self.out(self.fc2(self.relu(self.fc1(self.inp(x)))))


def test_someone_elses_brevitas_export_is_bit_exact(tmp_path) -> None:
    torch.manual_seed(5)
    net = SomeoneElsesNet()
    with torch.no_grad():
        net(torch.randn(256, 12) * 2)  # collect activation statistics
    net.eval()
    path = tmp_path / "someone_else.onnx"
    export_qonnx(net, torch.zeros(1, 12), export_path=str(path), dynamo=False)
    result = csim_qonnx(path, n_events=3_000, projects_root=tmp_path / "prj")
    assert result["input_format"].startswith("fixed<10,")
    assert result["events"] == 3_000 and result["bit_exact_fraction"] == 1.0 and result["max_abs_diff_lsb"] == 0


def test_square_and_sum_graph_is_bit_exact(tmp_path) -> None:
    path = tmp_path / "squared_sum.onnx"
    squared_sum_graph().save(str(path))
    result = csim_qonnx(path, n_events=2_000, projects_root=tmp_path / "prj")
    assert result["input_format"] == "fixed<8,4>"
    assert result["bit_exact_fraction"] == 1.0


def test_input_format_must_be_known(tmp_path) -> None:
    """A graph that starts with a MatMul says nothing about its input format."""
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
    with pytest.raises(BeadError, match=r"no_input_quant\.onnx: the input does not start with a power-of-two Quant"):
        csim_qonnx(path, n_events=100, projects_root=tmp_path / "prj")
    result = csim_qonnx(path, n_events=1_000, input_format="fixed<8,3>", projects_root=tmp_path / "prj")
    assert result["bit_exact_fraction"] == 1.0


def test_grid_events_cover_the_format() -> None:
    x = grid_events("ufixed<4,2>", (3,), 500, seed=0)
    assert set(np.unique(x * 4).astype(int)) == set(range(16))  # every value of ufixed<4,2>, and only those
    with pytest.raises(BeadError, match="--input-format"):
        grid_events("ap_fixed<8>", (3,), 10, seed=0)


def test_not_a_graph_is_one_line(tmp_path) -> None:
    path = tmp_path / "junk.onnx"
    path.write_bytes(b"not an onnx file")
    with pytest.raises(BeadError, match=r"junk\.onnx: not a readable ONNX/QONNX graph"):
        csim_qonnx(path, projects_root=tmp_path / "prj")
