"""The QONNX rewrites in bead_fpga.graph.cleanup, each on a minimal graph, each ending in an
exact comparison: qonnx's executor before vs after, and hls4ml's compiled C++ vs qonnx."""

from __future__ import annotations

import numpy as np
import pytest
from onnx import TensorProto, helper
from qonnx.core.modelwrapper import ModelWrapper
from qonnx.core.onnx_exec import execute_onnx
from qonnx.transformation.general import GiveReadableTensorNames
from qonnx.transformation.infer_shapes import InferShapes
from qonnx.util.basic import qonnx_make_model

from bead_fpga.graph.cleanup import GLOBAL_IN, GLOBAL_OUT, LowerReduceSum, ReadableTensorNames, prepare_for_hls4ml
from tests.qonnx.graphs import quant


def squared_sum_graph(width: int = 5) -> ModelWrapper:
    """x -> Quant(8b) -> Mul(q, q) -> ReduceSum(last axis) -> Quant(16b unsigned): the shape of
    every bead-fpga trigger score, with names containing '.' as Brevitas writes them."""
    q_in, i1 = quant("in.q", "x.1", "q.out", 2.0 ** -4, 8, True)
    mul = helper.make_node("Mul", ["q.out", "q.out"], ["sq.out"], name="sq")
    axes = helper.make_tensor("axes.0", TensorProto.INT64, [1], [1])
    red = helper.make_node("ReduceSum", ["sq.out", "axes.0"], ["sum.out"], name="sum", keepdims=1)
    q_out, i2 = quant("out.q", "sum.out", "y.1", 2.0 ** -6, 16, False)
    graph = helper.make_graph(
        [q_in, mul, red, q_out], "squared_sum",
        [helper.make_tensor_value_info("x.1", TensorProto.FLOAT, [1, width])],
        [helper.make_tensor_value_info("y.1", TensorProto.FLOAT, [1, 1])],
        initializer=[*i1, axes, *i2],
    )
    return ModelWrapper(qonnx_make_model(graph, opset_imports=[helper.make_opsetid("", 13)]))


def events(n: int = 200, width: int = 5) -> np.ndarray:
    """Inputs on the ``fixed<16,8>`` grid, as the input transform guarantees: off-grid values
    would be truncated by the C++ input port and then rounded again (double rounding)."""
    x = np.random.default_rng(3).normal(0.0, 3.0, size=(n, width))
    return (np.round(x * 2**8) / 2**8).astype(np.float32)


def run(model: ModelWrapper, x: np.ndarray) -> np.ndarray:
    inp, out = model.graph.input[0].name, model.graph.output[0].name
    return np.concatenate([execute_onnx(model, {inp: row[None, :]})[out] for row in x])


def test_qonnx_readable_names_break_square_but_ours_do_not() -> None:
    broken = squared_sum_graph().transform(GiveReadableTensorNames())
    mul = next(n for n in broken.graph.node if n.op_type == "Mul")
    produced = {o for n in broken.graph.node for o in n.output}
    assert not set(mul.input) <= produced, "qonnx fixed its rename bug: ReadableTensorNames may be dropped"

    fixed = squared_sum_graph().transform(ReadableTensorNames())
    mul = next(n for n in fixed.graph.node if n.op_type == "Mul")
    assert mul.input[0] == mul.input[1] and mul.input[0] in {o for n in fixed.graph.node for o in n.output}
    names = [t.name for t in fixed.graph.initializer] + [o for n in fixed.graph.node for o in n.output]
    assert not any("." in name for name in names)
    assert fixed.graph.input[0].name == GLOBAL_IN and fixed.graph.output[0].name == GLOBAL_OUT


def test_lower_reduce_sum_is_exact_and_leaves_no_reduce() -> None:
    before = squared_sum_graph().transform(InferShapes())
    after = prepare_for_hls4ml(squared_sum_graph())
    assert "ReduceSum" not in {n.op_type for n in after.graph.node}
    assert "MatMul" in {n.op_type for n in after.graph.node}
    x = events()
    np.testing.assert_array_equal(run(after, x), run(before, x))


def test_reduce_sum_over_other_axis_is_not_lowered() -> None:
    model = squared_sum_graph()
    axes = next(t for t in model.graph.initializer if t.name == "axes.0")
    axes.CopyFrom(helper.make_tensor("axes.0", TensorProto.INT64, [1], [0]))
    lowered = model.transform(InferShapes()).transform(LowerReduceSum())
    assert "ReduceSum" in {n.op_type for n in lowered.graph.node}


@pytest.mark.filterwarnings("ignore")
def test_lowered_graph_compiles_bit_exact_in_hls4ml(tmp_path) -> None:
    import hls4ml

    model = prepare_for_hls4ml(squared_sum_graph())
    config = hls4ml.utils.config_from_onnx_model(model, granularity="name", backend="Vitis",
                                                 default_precision="fixed<32,16>")
    config["LayerName"][GLOBAL_IN]["Precision"]["result"] = "fixed<16,8>"
    hls_model = hls4ml.converters.convert_from_onnx_model(
        model, output_dir=str(tmp_path / "prj"), backend="Vitis", io_type="io_parallel", hls_config=config)
    hls_model.compile()
    x = events()
    expected = run(model, x)
    got = hls_model.predict(np.ascontiguousarray(x, dtype=np.float64)).reshape(expected.shape)
    lsb = 2.0 ** -6
    np.testing.assert_array_equal(np.rint(got / lsb).astype(np.int64), np.rint(expected / lsb).astype(np.int64))
    assert np.count_nonzero(expected) > len(x) // 2  # the comparison is not between zeros

    # Off the input grid the C++ port truncates first and the quantizer rounds again: the
    # contract that inputs arrive on the grid (the input transform's job) is not optional.
    off_grid = x + np.float32(2.0 ** -10)
    off_got = hls_model.predict(np.ascontiguousarray(off_grid, dtype=np.float64)).reshape(expected.shape)
    assert not np.array_equal(off_got, run(model, off_grid))


def bias_free_gemm() -> ModelWrapper:
    """Quant -> Gemm(A, B) with no ``C`` (what ``nn.Linear(bias=False)`` exports as Gemm)."""
    q_in, i_in = quant("in.q", "x.1", "q.out", 2.0 ** -4, 8, True)
    weights = helper.make_tensor("w", TensorProto.FLOAT, [3, 5], (np.arange(15, dtype=np.float32) - 7) / 8)
    gemm = helper.make_node("Gemm", ["q.out", "w"], ["y.1"], name="fc", transB=1)
    graph = helper.make_graph([q_in, gemm], "bias_free_gemm",
                              [helper.make_tensor_value_info("x.1", TensorProto.FLOAT, [1, 5])],
                              [helper.make_tensor_value_info("y.1", TensorProto.FLOAT, [1, 3])], initializer=[*i_in, weights])
    return ModelWrapper(qonnx_make_model(graph, opset_imports=[helper.make_opsetid("", 13)])).transform(InferShapes())


def test_qonnx_gemm_lowering_needs_the_zero_bias() -> None:
    from qonnx.transformation.gemm_to_matmul import GemmToMatMul

    from bead_fpga.graph.cleanup import GemmZeroBias

    with pytest.raises(IndexError):  # qonnx 1.0 reads Gemm's optional C unconditionally
        bias_free_gemm().transform(GemmToMatMul())
    lowered = bias_free_gemm().transform(GemmZeroBias()).transform(GemmToMatMul())
    assert "Gemm" not in {n.op_type for n in lowered.graph.node}
    x = events()
    np.testing.assert_array_equal(run(lowered, x), run(bias_free_gemm(), x))


def conv_without_attributes() -> ModelWrapper:
    """Conv with only its inputs: ONNX's defaults (unit strides, no padding) are implied."""
    weights = helper.make_tensor("w", TensorProto.FLOAT, [2, 1, 3, 3], (np.arange(18, dtype=np.float32) - 9) / 16)
    conv = helper.make_node("Conv", ["x.1", "w"], ["y.1"], name="conv")
    graph = helper.make_graph([conv], "bare_conv", [helper.make_tensor_value_info("x.1", TensorProto.FLOAT, [1, 1, 5, 5])],
                              [helper.make_tensor_value_info("y.1", TensorProto.FLOAT, [1, 2, 3, 3])], initializer=[weights])
    return ModelWrapper(qonnx_make_model(graph, opset_imports=[helper.make_opsetid("", 13)])).transform(InferShapes())


def test_conv_defaults_are_written_and_change_nothing() -> None:
    from bead_fpga.graph.cleanup import ConvDefaults

    explicit = conv_without_attributes().transform(ConvDefaults())
    attrs = {a.name: helper.get_attribute_value(a) for a in explicit.graph.node[0].attribute}
    assert attrs == {"kernel_shape": [3, 3], "strides": [1, 1], "pads": [0, 0, 0, 0], "dilations": [1, 1], "group": 1}
    x = np.random.default_rng(0).integers(-8, 8, size=(20, 1, 5, 5)).astype(np.float32) / 4
    inp = explicit.graph.input[0].name
    for row in x:
        np.testing.assert_array_equal(execute_onnx(explicit, {inp: row[None]})["y.1"],
                                      execute_onnx(conv_without_attributes(), {inp: row[None]})["y.1"])
    assert not ConvDefaults().apply(explicit)[1]


def test_remove_identity_keeps_tiny_constants() -> None:
    """Identity goes; an Add of 2^-20 stays (qonnx's RemoveIdentityOps would drop it: 1e-5 tolerance)."""
    from qonnx.transformation.remove import RemoveIdentityOps

    from bead_fpga.graph.cleanup import RemoveIdentity

    tiny = helper.make_tensor("tiny", TensorProto.FLOAT, [], [2.0 ** -20])
    nodes = [helper.make_node("Identity", ["x.1"], ["i.out"], name="identity"),
             helper.make_node("Add", ["i.out", "tiny"], ["a.out"], name="add_tiny"),
             helper.make_node("Relu", ["a.out"], ["y.1"], name="relu")]
    graph = helper.make_graph(nodes, "identity_add", [helper.make_tensor_value_info("x.1", TensorProto.FLOAT, [1, 3])],
                              [helper.make_tensor_value_info("y.1", TensorProto.FLOAT, [1, 3])], initializer=[tiny])
    model = ModelWrapper(qonnx_make_model(graph, opset_imports=[helper.make_opsetid("", 13)])).transform(InferShapes())
    ours = model.transform(RemoveIdentity())
    assert [n.op_type for n in ours.graph.node] == ["Add", "Relu"]
    x = np.full((1, 3), 0.5, np.float32)
    np.testing.assert_array_equal(execute_onnx(ours, {"x.1": x})["y.1"], execute_onnx(model, {"x.1": x})["y.1"])
    assert [n.op_type for n in model.transform(RemoveIdentityOps()).graph.node] == ["Relu"]  # why ours exists
