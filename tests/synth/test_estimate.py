"""The analytic estimate and the FLOP/BOP count, checked against values computed by hand.

Each expected number below is derived in the comment beside it from the layer's weights and
types, so a change in the counting rules shows up as a failed equality, not a drift.
"""

from __future__ import annotations

import math

import hls4ml
import numpy as np
import pytest
import torch
from onnx import TensorProto, helper
from qonnx.core.modelwrapper import ModelWrapper
from qonnx.util.cleanup import cleanup_model
from torch import nn

from bead_fpga.synth.estimation import estimate as est
from bead_fpga.synth.estimation.flops import graph_cost, is_structural
from bead_fpga.target import resolve_part


def _hls_model(module: nn.Module, n_in: int, precisions: dict[str, dict[str, str]], out_dir, backend="Vivado",
               clock_ns: float = 5):
    cfg = hls4ml.utils.config_from_pytorch_model(module, (n_in,), granularity="name", backend=backend)
    for name, prec in precisions.items():
        cfg["LayerName"][name]["Precision"].update(prec)
    return hls4ml.converters.convert_from_pytorch_model(
        module, hls_config=cfg, output_dir=str(out_dir), backend=backend, io_type="io_parallel",
        part="xcvu9p-flga2104-2L-e", clock_period=clock_ns,
    )


def test_csd_digits_count_shift_add_terms():
    values = np.array([0, 1, 2, -4, 3, 5, 7, -7, 12, 11, 127, -128])
    # 3=4-1, 5=4+1, 7=8-1, 12=16-4, 11=16-4-1, 127=128-1, -128 one digit
    assert est.csd_digits(values).tolist() == [0, 1, 1, 1, 2, 2, 2, 2, 2, 3, 2, 1]


def test_adder_tree_by_hand():
    # 5 terms of 10 bits, accumulator 12: level 1: 2 adders x 11 bits (5 -> 3 terms);
    # level 2: 1 x 12 (3 -> 2); level 3: 1 x min(12, 13) = 12 (2 -> 1)
    assert est.adder_tree(5, 10, 12) == (4, 2 * 11 + 12 + 12, 2 * 2 + 2 + 2, 3)
    assert est.adder_tree(1, 10, 12) == (0, 0, 0, 0)


@pytest.fixture(scope="module")
def small_dense(tmp_path_factory):
    """A 4 -> 2 dense layer, 16-bit inputs, 6-bit weights given in LSBs of 2^-5."""
    lin = nn.Linear(4, 2)
    lsb = np.array([[0, 1, 3, 5], [-2, 7, 0, 12]], dtype=np.float32)  # (n_out, n_in)
    with torch.no_grad():
        lin.weight[:] = torch.from_numpy(lsb / 32)
        lin.bias[:] = 0
    model = nn.Sequential(lin)
    precisions = {"_0": {"weight": "fixed<6,1>", "bias": "fixed<6,1>", "accum": "fixed<24,10>", "result": "fixed<16,6>"}}
    return lambda weight="fixed<6,1>": _hls_model(
        model, 4, {"_0": {**precisions["_0"], "weight": weight}}, tmp_path_factory.mktemp("dense"))


def test_known_dense_layer_by_hand(small_dense):
    e = est.estimate(small_dense(), "xcvu9p")
    row = next(r for r in e.layers if r.kind == "Dense")
    assert (row.shape, row.operand_bits) == ("4x2", "16x6")
    # 8 products: two zero weights, two +-2^n (1, -2), four with two CSD digits (3, 5, 7, 12)
    assert (row.mults, row.mults_zero, row.mults_shift, row.mults_lut, row.mults_dsp) == (8, 2, 2, 4, 0)
    # each two-digit product is one adder at the product width 16 + 6 = 22 bits: 4 x 22 = 88;
    # each output sums 3 terms: widths 23 then 24 (capped at the 24-bit accumulator): 2 x 47
    assert row.adders == 4 + 2 * 2
    assert row.adder_bits == 88 + 2 * 47
    assert row.lut == round(182 * est.LUT_PER_ADDER_BIT)  # result type TRN/WRAP: the cast is wires
    # CARRY8: 4 x ceil(22/8) + 2 x (ceil(23/8) + ceil(24/8)) = 12 + 12
    assert row.carry8 == round(24 * est.LUT_PER_ADDER_BIT)
    # depth: 1 level of shift-add + 2 tree levels = 3 <= 4 levels per 4.375 ns (Vivado, 12.5 %)
    assert (row.levels, row.cycles) == (3, 1)
    # one register cut, past the last level: the 2 sums of 24 bits
    assert row.ff == 2 * 24
    assert row.dsp == 0
    # top: 4 x 16 input bits registered, one cycle
    assert e.layers[0].ff == 64 and e.latency_cycles == 1 + 1
    assert e.ii_cycles == 1 and e.source == "estimate:analytic"
    vu9p = resolve_part("xcvu9p")
    assert e.pct_of_part()["lut"] == pytest.approx(100 * e.lut / vu9p.lut)


def _wide_weight_dense(out_dir, clock_ns: float = 5):
    """The Dense row of a 4 -> 2 layer with 10-bit weights (>= DSP_MIN_WEIGHT_BITS), given in
    LSBs of 2^-5 as (n_out, n_in): 11 = 16 - 4 - 1 (3 digits) on input 2 for both outputs (one
    mul) and on input 3 (a second); 7 and 12 have 2 digits; 1 and -2 are shifts."""
    lin = nn.Linear(4, 2)
    lsb = np.array([[0, 1, 11, 11], [-2, 7, 11, 12]], dtype=np.float32)
    with torch.no_grad():
        lin.weight[:] = torch.from_numpy(lsb / 32)
        lin.bias[:] = 0
    prec = {"weight": "fixed<10,5>", "bias": "fixed<6,1>", "accum": "fixed<24,10>", "result": "fixed<16,6>"}
    hm = _hls_model(nn.Sequential(lin), 4, {"_0": prec}, out_dir, clock_ns=clock_ns)
    return next(r for r in est.estimate(hm, "xcvu9p").layers if r.kind == "Dense")


def test_wide_weights_go_to_dsp(tmp_path):
    """A weight of 3+ CSD digits is a `mul` and takes a DSP, once per distinct (input, weight)
    pair, as HLS builds it; 2-digit weights stay shift-adds, zeros and powers of two cost nothing."""
    row = _wide_weight_dense(tmp_path)
    assert (row.mults_lut, row.mults_dsp, row.dsp) == (2, 2, 2)
    assert row.levels == est.DSP_MULT_LEVELS + 2


def test_register_cut_through_products_counts_fabric_products_at_accum_width(tmp_path):
    """At 2.5 ns (2.19 ns usable: 2 levels a cycle) the 5-level layer above has two cuts: at
    level 2, inside the products, and at level 4, after the first tree level. The first holds
    only the fabric's products (1, -2, 7, 12), each as wide as the 24-bit accumulator
    (hls4ml's ``mult[]`` is ``accum_t``, not the 26-bit product); the three products of 11
    are in DSP48 MREG / PREG registers. The second holds 2 + 2 partial sums of 24 bits."""
    row = _wide_weight_dense(tmp_path, clock_ns=2.5)
    assert (row.levels, row.cycles) == (5, 2)
    assert row.ff == 4 * 24 + 4 * 24


def test_calibration_design_reproduces_vendor_latency(tmp_path):
    """The 98-20-1 design of shared/vendor_reports/vivado2020.1_zu9eg_dense (weights drawn
    the way that design's were): Vivado HLS scheduled 5 cycles; Vivado synthesis gave 31,277
    LUTs and 4,555 FFs. The estimate must stay within 15 % / 30 % of those."""
    rng = np.random.default_rng(0)
    model = nn.Sequential(nn.Linear(98, 20), nn.ReLU(), nn.Linear(20, 1), nn.Sigmoid())
    with torch.no_grad():
        for lin in (model[0], model[2]):
            limit = math.sqrt(6 / (lin.in_features + lin.out_features))  # Keras glorot_uniform
            lin.weight[:] = torch.from_numpy(np.round(rng.uniform(-limit, limit, lin.weight.shape) * 32) / 32)
            lin.bias[:] = 0
    dense = {"weight": "fixed<6,1>", "bias": "fixed<6,1>", "accum": "fixed<16,6>", "result": "fixed<16,6>"}
    hm = _hls_model(model, 98, {"_0": dense, "_2": dense, "_1": {"result": "ufixed<6,0,RND_CONV,SAT>"},
                                "_3": {"result": "fixed<16,6>"}}, tmp_path)
    e = est.estimate(hm, "xczu9eg")
    assert e.latency_cycles == 5
    assert [r.cycles for r in e.layers] == [1, 1, 0, 1, 2]  # top, dense, relu, dense, sigmoid
    assert (e.dsp, e.bram18) == (0, 1)
    assert e.lut == pytest.approx(31_277, rel=0.15)
    assert e.ff == pytest.approx(4_555, rel=0.30)


def test_unknown_layer_is_reported_not_guessed():
    class Odd:
        class_name = "Conv2D"
        name = "conv"

    row = est.estimate_layer(Odd(), est._Context(5.0, 0.27))
    assert not row.modelled and row.lut == 0 and "not modelled" in row.notes[0]


def _tiny_qonnx(tmp_path):
    """x(1x4) -Quant INT8-> MatMul(W: 4x3 INT4, two zeros) -> Add(bias 3) -> y; z = Mul(y, y)."""
    w = np.array([[1, 0, -2], [3, 1, 0], [-1, 2, 5], [4, -3, 1]], dtype=np.float32)
    one, zero = np.array(1.0, np.float32), np.array(0.0, np.float32)
    inits = [
        helper.make_tensor("w", TensorProto.FLOAT, w.shape, w.ravel()),
        helper.make_tensor("b", TensorProto.FLOAT, [3], [0.5, -1.0, 2.0]),
        helper.make_tensor("one", TensorProto.FLOAT, [], [one]),
        helper.make_tensor("zero", TensorProto.FLOAT, [], [zero]),
        helper.make_tensor("bits8", TensorProto.FLOAT, [], [8.0]),
        helper.make_tensor("bits4", TensorProto.FLOAT, [], [4.0]),
    ]
    dom = "qonnx.custom_op.general"
    nodes = [
        helper.make_node("Quant", ["x", "one", "zero", "bits8"], ["xq"], domain=dom, signed=1, narrow=0, rounding_mode="ROUND"),
        helper.make_node("Quant", ["w", "one", "zero", "bits4"], ["wq"], domain=dom, signed=1, narrow=0, rounding_mode="ROUND"),
        helper.make_node("MatMul", ["xq", "wq"], ["h"]),
        helper.make_node("Add", ["h", "b"], ["y"]),
        helper.make_node("Mul", ["y", "y"], ["z"]),
    ]
    graph = helper.make_graph(nodes, "tiny", [helper.make_tensor_value_info("x", TensorProto.FLOAT, [1, 4])],
                              [helper.make_tensor_value_info("z", TensorProto.FLOAT, [1, 3])], initializer=inits)
    model = ModelWrapper(helper.make_model(graph, opset_imports=[helper.make_opsetid("", 13)]))
    path = tmp_path / "tiny.onnx"
    cleanup_model(model).save(str(path))
    return path


def test_flops_bops_params_by_hand(tmp_path):
    cost = graph_cost(_tiny_qonnx(tmp_path))
    matmul = next(r for r in cost.layers if r.op_type == "MatMul")
    assert matmul.operand_types == "INT8 x INT4"
    assert (matmul.macs, matmul.macs_nonzero) == (12, 10)  # 4 x 3 products, two weights zero
    assert matmul.flops == 20
    assert matmul.bops_mult == 10 * 8 * 4  # qonnx: b_a * b_w per nonzero MAC
    assert matmul.bops_acc == pytest.approx(10 * (8 + 4 + math.log2(4)))  # fan-in 4
    assert (matmul.weights, matmul.biases, matmul.params) == (12, 3, 15)
    square = next(r for r in cost.layers if r.op_type == "Mul")
    assert square.elementwise_mults == 3 and square.macs == 0
    assert (cost.macs, cost.flops, cost.params) == (10, 20 + 3, 15)
    assert cost.to_dict()["source"] == "qonnx:inference_cost"


def test_constant_selection_matrices_are_not_parameters(tmp_path):
    """A 0/4 selection (x0, x2 scaled by 4) before a learned 2x3 layer, then a learned offset
    added after the bias (as a per-token embedding is): 8 entries of wiring; 6 weights + 3 biases
    + 3 offsets of parameters, by hand; qonnx alone would count 17 (no Add, every 0/4 entry)."""
    select = np.zeros((4, 2), np.float32)
    select[0, 0] = select[2, 1] = 4.0
    learned = np.array([[1, -2, 3], [0, 2, -1]], np.float32)
    one, zero = np.array(1.0, np.float32), np.array(0.0, np.float32)
    inits = [helper.make_tensor("s", TensorProto.FLOAT, select.shape, select.ravel()),
             helper.make_tensor("w", TensorProto.FLOAT, learned.shape, learned.ravel()),
             helper.make_tensor("b", TensorProto.FLOAT, [3], [0.5, -1.0, 2.0]),
             helper.make_tensor("e", TensorProto.FLOAT, [3], [0.25, 0.75, -0.5]),
             helper.make_tensor("one", TensorProto.FLOAT, [], [one]), helper.make_tensor("zero", TensorProto.FLOAT, [], [zero]),
             helper.make_tensor("bits8", TensorProto.FLOAT, [], [8.0]), helper.make_tensor("bits4", TensorProto.FLOAT, [], [4.0])]
    dom = "qonnx.custom_op.general"
    nodes = [helper.make_node("Quant", ["x", "one", "zero", "bits8"], ["xq"], domain=dom, signed=1, narrow=0, rounding_mode="ROUND"),
             helper.make_node("MatMul", ["xq", "s"], ["picked"]),
             helper.make_node("Quant", ["w", "one", "zero", "bits4"], ["wq"], domain=dom, signed=1, narrow=0, rounding_mode="ROUND"),
             helper.make_node("MatMul", ["picked", "wq"], ["h"]),
             helper.make_node("Add", ["h", "b"], ["y"]),
             helper.make_node("Add", ["y", "e"], ["z"])]
    graph = helper.make_graph(nodes, "select", [helper.make_tensor_value_info("x", TensorProto.FLOAT, [1, 4])],
                              [helper.make_tensor_value_info("z", TensorProto.FLOAT, [1, 3])], initializer=inits)
    path = tmp_path / "select.onnx"
    cleanup_model(ModelWrapper(helper.make_model(graph, opset_imports=[helper.make_opsetid("", 13)]))).save(str(path))
    cost = graph_cost(path)
    assert (cost.params, cost.structural_weights) == (6 + 3 + 3, 8)
    assert cost.to_dict()["structural_weights"] == 8


@pytest.mark.parametrize(("weight", "structural"), [
    ([[0, 1], [1, 0]], True),          # a permutation
    ([[1, 1, 1]], True),               # a sum
    ([[0, -8], [0, 0]], True),         # one negated shift
    ([[3, 0], [0, 3]], False),         # one value, not a power of two: a learned scale
    ([[1, -1], [-1, 1]], False),       # a binary network's two signs
    ([[0.5, 0.25], [0, 0.5]], False),  # two powers of two: learned
    ([[0, 0], [0, 0]], False),         # pruned away: counted as qonnx counts it
])
def test_is_structural_rule(weight, structural):
    assert is_structural(np.array(weight, np.float32)) is structural
