"""The QONNX rewrites in bead_fpga.hls.transforms, each on a minimal graph, each ending in an
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

from bead_fpga.hls.transforms import GLOBAL_IN, GLOBAL_OUT, LowerReduceSum, ReadableTensorNames, prepare_for_hls4ml

QDOMAIN = "qonnx.custom_op.general"


def quant(name: str, inp: str, out: str, scale: float, bits: int, signed: bool) -> tuple:
    """A QONNX Quant node and its parameter initializers."""
    inits = [
        helper.make_tensor(f"{name}.scale", TensorProto.FLOAT, [], [scale]),
        helper.make_tensor(f"{name}.zeropt", TensorProto.FLOAT, [], [0.0]),
        helper.make_tensor(f"{name}.bits", TensorProto.FLOAT, [], [float(bits)]),
    ]
    node = helper.make_node("Quant", [inp, f"{name}.scale", f"{name}.zeropt", f"{name}.bits"], [out],
                            domain=QDOMAIN, name=name, narrow=0, signed=int(signed), rounding_mode="ROUND")
    return node, inits


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
