"""Each graph rewrite of csim-qonnx on a minimal graph of the corpus, checked with qonnx's
executor before and after: the rewritten graph computes, event by event, exactly what the file
does. No compile: these run in seconds. And a crash inside one of hls4ml's optimizer passes is
reported with the pass, the layer and the node as the file names it."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import numpy as np
import pytest
import torch
from qonnx.core.modelwrapper import ModelWrapper
from qonnx.transformation.gemm_to_matmul import GemmToMatMul
from qonnx.transformation.infer_shapes import InferShapes
from qonnx.transformation.quant_constant_folding import FoldTransposeIntoQuantInit

from bead_fpga.errors import BeadError
from bead_fpga.graph import cleanup
from bead_fpga.graph.execute import event_shape, execute_all
from bead_fpga.qonnx_check import csim_qonnx
from tests.qonnx import brevitas_graphs as brevitas
from tests.qonnx import graphs as hand

N = 300


def run(graph: ModelWrapper, x: np.ndarray) -> np.ndarray:
    """The graph output from qonnx's executor (batched when the graph takes a batch, event by
    event when it has no batch axis), one row per event."""
    out = execute_all(graph, x.reshape(len(x), *event_shape(graph)))[graph.graph.output[0].name]
    return out.reshape(len(x), -1)


def events(graph: ModelWrapper, seed: int = 0) -> np.ndarray:
    """Inputs on a 2**-4 grid over [-8, 8), the range the corpus' input quantizers cover."""
    size = int(np.prod(event_shape(graph)))
    return np.random.default_rng(seed).integers(-128, 128, size=(N, size)).astype(np.float32) / 16


def built(build: Callable[[Path], Path], tmp_path: Path) -> ModelWrapper:
    torch.manual_seed(0)
    return ModelWrapper(str(build(tmp_path / "graph.onnx")))


@pytest.mark.parametrize("build, ops", [
    (brevitas.view_flatten, {"Shape", "Gather", "Unsqueeze", "Concat"}),
    (brevitas.view_product_flatten, {"Shape", "Gather", "Mul", "Concat"}),
])
def test_shape_arithmetic_folds_to_constants(tmp_path, build, ops) -> None:
    original = built(build, tmp_path)
    assert ops <= {n.op_type for n in original.graph.node}
    folded = cleanup.fold_shape_arithmetic(original)
    assert not ops & {n.op_type for n in folded.graph.node}
    assert folded.get_tensor_shape(folded.graph.input[0].name)[0] == 1
    x = events(original)
    np.testing.assert_array_equal(run(folded, x), run(original, x))


def test_batch_axis_added_and_carried_through(tmp_path) -> None:
    original = built(brevitas.unbatched_vector, tmp_path)
    batched = cleanup.fold_shape_arithmetic(original)
    assert batched.get_tensor_shape(batched.graph.input[0].name) == [1, 12]
    assert batched.get_tensor_shape(batched.graph.output[0].name) == [1, 4]
    assert original.get_tensor_shape(original.graph.input[0].name) == [12]  # the file's graph untouched
    x = events(original)
    np.testing.assert_array_equal(run(batched, x), run(original, x))


def test_batch_axis_shifts_axis_attributes(tmp_path) -> None:
    """A Softmax over the only axis of an unbatched vector is over axis 1 once batched."""
    from onnx import helper

    q_in, i_in = hand.quant("in.q", "input_1", "x.q", 2.0**-4, 8)
    softmax = helper.make_node("Softmax", ["x.q"], ["output_1"], name="softmax", axis=0)
    original = ModelWrapper(str(hand.save([q_in, softmax], i_in, "vector_softmax", (6,), (6,), tmp_path / "s.onnx")))
    batched = cleanup.fold_shape_arithmetic(original)
    assert helper.get_attribute_value(batched.get_node_from_name("softmax").attribute[0]) == 1
    x = events(original)
    np.testing.assert_array_equal(run(batched, x), run(original, x))


def test_signed_one_bit_quant_becomes_bipolar(tmp_path) -> None:
    original = built(hand.one_bit_weights, tmp_path)
    rewritten = original.transform(cleanup.SignedOneBitAsBipolar())
    assert "BipolarQuant" in {n.op_type for n in rewritten.graph.node}
    assert len(cleanup.rewrites(rewritten)) == 1
    x = events(original)
    np.testing.assert_array_equal(run(rewritten, x), run(original, x))


def test_conv_bias_add_moves_into_the_conv(tmp_path) -> None:
    original = built(hand.qkeras_conv2d_channels_last, tmp_path)
    rewritten = original.transform(InferShapes()).transform(cleanup.BiasAddIntoConv())
    conv = rewritten.get_node_from_name("conv2d")
    assert len(conv.input) == 3 and "Add" not in {n.op_type for n in rewritten.graph.node}
    x = events(original)
    np.testing.assert_array_equal(run(rewritten, x), run(original, x))


class NoBiasRewrite(cleanup.BiasAddIntoConv):
    """The cleanup without the rewrite that keeps hls4ml's passes from crashing."""

    def apply(self, model):
        return model, False


def test_crash_inside_an_hls4ml_pass_names_pass_layer_and_node(tmp_path, monkeypatch) -> None:
    """Without BiasAddIntoConv, hls4ml's merge_to_apply_alpha pass crashes on the QKeras conv
    bias; the one line names the pass, hls4ml's layer and the node as the file names it."""
    monkeypatch.setattr(cleanup, "BiasAddIntoConv", NoBiasRewrite)
    path = hand.qkeras_conv2d_channels_last(tmp_path / "qkeras_conv.onnx", quantized_bias=False)
    with pytest.raises(BeadError) as err:
        csim_qonnx(path, n_events=10, projects_root=tmp_path / "prj")
    line = str(err.value)
    assert "\n" not in line and line.startswith(str(path))
    assert "pass merge_to_apply_alpha on layer Add_0 (Merge) from node conv2d_bias (op Add)" in line


def test_column_scales_move_after_the_matmul(tmp_path) -> None:
    original = built(brevitas.per_channel_mlp, tmp_path)
    cleaned = cleanup.cleanup(original.transform(InferShapes()))
    rewritten = cleaned.transform(cleanup.ColumnScalesAfterMatMul())
    assert [n.op_type for n in rewritten.graph.node].count("Mul") == 2
    assert all(np.size(rewritten.get_initializer(n.input[1])) == 1
               for n in rewritten.graph.node if n.op_type == "Quant")
    x = events(original)
    np.testing.assert_array_equal(run(rewritten, x), run(original, x))


def test_input_affine_moves_into_the_first_matmul(tmp_path) -> None:
    original = built(hand.two_bit_float_input, tmp_path)
    cleaned = cleanup.cleanup(original.transform(InferShapes()))
    cleaned = cleaned.transform(cleanup.GemmZeroBias()).transform(GemmToMatMul())
    rewritten = cleaned.transform(FoldTransposeIntoQuantInit()).transform(cleanup.InputAffineIntoMatMul())
    assert not {"Div"} & {n.op_type for n in rewritten.graph.node}
    x = events(original)
    np.testing.assert_array_equal(run(rewritten, x), run(original, x))


class NoAffineRewrite(cleanup.InputAffineIntoMatMul):
    def apply(self, model):
        return model, False


def test_named_type_crash_is_located(tmp_path, monkeypatch) -> None:
    """The crash the issue met on a 2-bit MLP ("Unexpected new precision type: NamedType"),
    without the rewrite that avoids it: the line names hls4ml's pass and the node in the file."""
    monkeypatch.setattr(cleanup, "InputAffineIntoMatMul", NoAffineRewrite)
    path = hand.two_bit_float_input(tmp_path / "two_bit.onnx")
    with pytest.raises(BeadError, match=r"pass scale_down_mat_mul on layer MatMul_0 \(MatMul\) from node fc1 "
                                        r"\(op MatMul\): RuntimeError: Unexpected new precision type") as err:
        csim_qonnx(path, n_events=10, projects_root=tmp_path / "prj")
    assert "\n" not in str(err.value)
