"""Small QONNX graphs for the RTL front end, built here with the helpers of the QONNX test set.

:func:`score_graph` is the trigger path in miniature (dense -> ReLU -> quantizer -> latent
quantizer -> squares summed -> score quantizer) with formats chosen so that rounding meets
exact ties and both quantizers saturate, which is where half-to-even and clipping go wrong
if they are wrong.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
from onnx import TensorProto, helper

from tests.qonnx.graphs import quant, quantized_weights, save


def score_graph(path: Path, n_in: int = 6, hidden: int = 5, latent: int = 3) -> Path:
    """Quant(in) -> MatMul -> Add -> Relu -> Quant(u6) -> MatMul -> Add -> Quant(s6)
    -> Mul(z, z) -> ReduceSum -> Quant(u8): a trigger score whose every quantizer rounds."""
    rng = np.random.default_rng(5)
    q_in, i_in = quant("in.q", "input_1", "x.q", 2.0**-4, 8)
    q_w1, i_w1 = quantized_weights("fc1", (n_in, hidden), 2.0**-4, 6, rng)
    mm1 = helper.make_node("MatMul", ["x.q", "fc1.wq.out"], ["fc1.mm"], name="fc1")
    q_b1, i_b1 = quantized_weights("fc1.b", (hidden,), 2.0**-5, 8, rng)
    add1 = helper.make_node("Add", ["fc1.mm", "fc1.b.wq.out"], ["fc1.out"], name="fc1_bias")
    relu = helper.make_node("Relu", ["fc1.out"], ["relu.out"], name="relu")
    q_a, i_a = quant("act.q", "relu.out", "act.out", 2.0**-2, 6, signed=False)
    q_w2, i_w2 = quantized_weights("fc2", (hidden, latent), 2.0**-3, 5, rng)
    mm2 = helper.make_node("MatMul", ["act.out", "fc2.wq.out"], ["fc2.mm"], name="fc2")
    q_b2, i_b2 = quantized_weights("fc2.b", (latent,), 2.0**-3, 6, rng)
    add2 = helper.make_node("Add", ["fc2.mm", "fc2.b.wq.out"], ["fc2.out"], name="fc2_bias")
    q_z, i_z = quant("z.q", "fc2.out", "z.out", 2.0**-1, 6)
    square = helper.make_node("Mul", ["z.out", "z.out"], ["sq.out"], name="square")
    axes = helper.make_tensor("axes", TensorProto.INT64, [1], [-1])
    reduce = helper.make_node("ReduceSum", ["sq.out", "axes"], ["sum.out"], name="score_sum", keepdims=1)
    q_out, i_out = quant("out.q", "sum.out", "output_1", 1.0, 8, signed=False)
    return save([q_in, q_w1, mm1, q_b1, add1, relu, q_a, q_w2, mm2, q_b2, add2, q_z, square, reduce, q_out],
                [*i_in, *i_w1, *i_b1, *i_a, *i_w2, *i_b2, *i_z, *i_out, axes], "score_graph", (1, n_in), (1, 1), path)


def with_node(path: Path, node: helper.NodeProto, inits: list | None = None) -> Path:
    """Quant(in) -> ``node`` (reading ``x.q``, writing ``y``) -> Quant(out): one op under test."""
    q_in, i_in = quant("in.q", "input_1", "x.q", 2.0**-4, 8)
    q_out, i_out = quant("out.q", "y", "output_1", 2.0**-4, 8)
    return save([q_in, node, q_out], [*i_in, *(inits or []), *i_out], "one_op", (1, 4), (1, 4), path)


def concat_graph(path: Path) -> Path:
    """Quant(in) -> two activation quantizers of different formats -> Concat -> MatMul ->
    Quant(out): the HVAE decoder's join of its two latent levels, in miniature. The
    quantizers cut segments, so the Concat joins tensors that arrive as fresh segment inputs."""
    rng = np.random.default_rng(9)
    q_in, i_in = quant("in.q", "input_1", "x.q", 2.0**-4, 8)
    q_a, i_a = quant("a.q", "x.q", "a.out", 2.0**-2, 5)
    q_b, i_b = quant("b.q", "x.q", "b.out", 2.0**-3, 6, signed=False)
    concat = helper.make_node("Concat", ["a.out", "b.out"], ["ab"], name="join", axis=-1)
    q_w, i_w = quantized_weights("fc", (8, 3), 2.0**-3, 5, rng)
    mm = helper.make_node("MatMul", ["ab", "fc.wq.out"], ["fc.out"], name="fc")
    q_out, i_out = quant("out.q", "fc.out", "output_1", 2.0**-4, 10)
    return save([q_in, q_a, q_b, concat, q_w, mm, q_out], [*i_in, *i_a, *i_b, *i_w, *i_out],
                "concat_graph", (1, 4), (1, 3), path)


def saturating_score_graph(path: Path, n_in: int = 6) -> Path:
    """Quant(in, fixed<8,4>) -> Mul(x, x) -> ReduceSum -> Quant(u4, LSB 1): a reconstruction-
    style score that saturates at 15 on almost every full-range event (a sum of six squares of
    values up to 8) and answers only near zero, as the HVAE's score does on random inputs."""
    q_in, i_in = quant("in.q", "input_1", "x.q", 2.0**-4, 8)
    square = helper.make_node("Mul", ["x.q", "x.q"], ["sq.out"], name="square")
    axes = helper.make_tensor("axes", TensorProto.INT64, [1], [-1])
    reduce = helper.make_node("ReduceSum", ["sq.out", "axes"], ["sum.out"], name="score_sum", keepdims=1)
    q_out, i_out = quant("out.q", "sum.out", "output_1", 1.0, 4, signed=False)
    return save([q_in, square, reduce, q_out], [*i_in, *i_out, axes], "saturating_score", (1, n_in), (1, 1), path)
