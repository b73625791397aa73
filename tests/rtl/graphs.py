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


def score_graph(path: Path, n_in: int = 6, hidden: int = 5, latent: int = 3, norm: str = "l2") -> Path:
    """Quant(in) -> MatMul -> Add -> Relu -> Quant(u6) -> MatMul -> Add -> Quant(s6)
    -> Mul(z, z) (``norm="l1"``: Abs(z)) -> ReduceSum -> Quant(u8): a trigger score whose every
    quantizer rounds."""
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
    square = (helper.make_node("Abs", ["z.out"], ["sq.out"], name="absolute") if norm == "l1" else
              helper.make_node("Mul", ["z.out", "z.out"], ["sq.out"], name="square"))
    axes = helper.make_tensor("axes", TensorProto.INT64, [1], [-1])
    reduce = helper.make_node("ReduceSum", ["sq.out", "axes"], ["sum.out"], name="score_sum", keepdims=1)
    # l1: a sum on z's grid (no tie left), saturating above 64
    q_out, i_out = quant("out.q", "sum.out", "output_1", *((1.0, 8) if norm == "l2" else (0.5, 7)), signed=False)
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


def _const(name: str, values: np.ndarray, dtype: int = TensorProto.FLOAT) -> helper.TensorProto:
    return helper.make_tensor(name, dtype, list(values.shape), values.ravel().tolist())


def token_attention_graph(path: Path, tokens: int = 4, width: int = 3, heads: int = 2) -> Path:
    """The transformer's arithmetic in miniature, on the ops the dense graphs lack: the input
    cut into tokens (Reshape), a dense layer per token (MatMul by a constant) plus a bias and a
    positional table that is itself a MatMul of two constants (one-hot rows times quantized
    weights one bit finer than the quantized embedding they are added to, so the sum is
    always a tie: the constant offset alkaid 0.8.2's own half-to-even rounding got wrong), heads split by Reshape and Transpose, attention scores
    and their product with the values (MatMul between two activations), a power-of-two scale
    (Mul), and pooling over tokens (ReduceSum over axis 1, which the cleanup leaves as it is)."""
    rng = np.random.default_rng(11)
    d, hd = 4, 2  # model width, head width (heads * hd == d)
    q_in, i_in = quant("in.q", "input_1", "x.q", 2.0**-4, 8)
    tok = _const("tok.shape", np.array([1, tokens, width]), TensorProto.INT64)
    reshape = helper.make_node("Reshape", ["x.q", "tok.shape"], ["tok"], name="tokens")
    q_w, i_w = quantized_weights("emb", (width, d), 2.0**-3, 6, rng)
    emb = helper.make_node("MatMul", ["tok", "emb.wq.out"], ["emb.mm"], name="embed")
    q_b, i_b = quantized_weights("emb.b", (d,), 2.0**-4, 6, rng)
    add_b = helper.make_node("Add", ["emb.b.wq.out", "emb.mm"], ["emb.out"], name="embed_bias")
    q_e, i_e = quant("e.q", "emb.out", "e.out", 2.0**-3, 8)
    onehot = _const("pos.onehot", np.eye(tokens, 3).astype(np.float32))
    q_p, i_p = quantized_weights("pos", (3, d), 2.0**-4, 6, rng)
    pos = helper.make_node("MatMul", ["pos.onehot", "pos.wq.out"], ["pos.table"], name="positions")
    add_p = helper.make_node("Add", ["e.out", "pos.table"], ["h"], name="add_positions")
    q_h, i_h = quant("h.q", "h", "h.out", 2.0**-3, 8)
    split = _const("heads.shape", np.array([1, tokens, heads, hd]), TensorProto.INT64)
    nodes = [q_in, reshape, q_w, emb, q_b, add_b, q_e, q_p, pos, add_p, q_h]
    for name, perm in (("q", (0, 2, 1, 3)), ("k", (0, 2, 3, 1)), ("v", (0, 2, 1, 3))):
        nodes += [helper.make_node("Reshape", ["h.out", "heads.shape"], [f"{name}.split"], name=f"{name}_split"),
                  helper.make_node("Transpose", [f"{name}.split"], [name], name=f"{name}_heads", perm=list(perm))]
    scores = helper.make_node("MatMul", ["q", "k"], ["qk"], name="scores")
    half = _const("half", np.array(0.5, np.float32))
    scale = helper.make_node("Mul", ["qk", "half"], ["qk.scaled"], name="scale")
    q_s, i_s = quant("s.q", "qk.scaled", "s", 2.0**-2, 7)
    relu = helper.make_node("Relu", ["s"], ["a"], name="attention")
    av = helper.make_node("MatMul", ["a", "v"], ["av"], name="mix")
    q_av, i_av = quant("av.q", "av", "av.out", 2.0**-2, 8)
    back = helper.make_node("Transpose", ["av.out"], ["av.t"], name="merge_heads", perm=[0, 2, 1, 3])
    flat = _const("flat.shape", np.array([1, tokens, d]), TensorProto.INT64)
    merge = helper.make_node("Reshape", ["av.t", "flat.shape"], ["m"], name="merge")
    axes = _const("pool.axes", np.array([1]), TensorProto.INT64)
    pool = helper.make_node("ReduceSum", ["m", "pool.axes"], ["pooled"], name="pool", keepdims=0)
    q_out, i_out = quant("out.q", "pooled", "output_1", 2.0**-1, 10)
    nodes += [scores, scale, q_s, relu, av, q_av, back, merge, pool, q_out]
    inits = [*i_in, tok, *i_w, *i_b, *i_e, onehot, *i_p, *i_h, split, half, *i_s, *i_av, flat, axes, *i_out]
    return save(nodes, inits, "token_attention", (1, tokens * width), (1, d), path)


def narrowed_input_graph(path: Path, n_in: int = 6) -> Path:
    """:func:`score_graph` whose first layer ignores feature 1 (a zero weight row): alkaid
    drops that feature from the input port (0 bits), so the port packs features of different
    widths, as bead_8b's masked features do."""
    import onnx
    from onnx import numpy_helper

    model = onnx.load(score_graph(path, n_in=n_in))
    weights = next(t for t in model.graph.initializer if t.name == "fc1.w")
    w = numpy_helper.to_array(weights).copy()
    w[1] = 0.0
    weights.CopyFrom(numpy_helper.from_array(w, "fc1.w"))
    onnx.save(model, path)
    return path


def masked_graph(path: Path, relu: bool = True, n_in: int = 4) -> Path:
    """Quant(in, s8) -> [Relu] -> Quant(s2, step 1: the slot mask's quantizer) = m;
    Mul(x, m) -> Quant(out): the masked error's product. With the ReLU the mask is 0 or 1 in
    the graph, without it -2..1 (a signed 2-bit quantizer of a signed input)."""
    q_in, i_in = quant("in.q", "input_1", "x.q", 2.0**-4, 8)
    nodes = [helper.make_node("Relu", ["x.q"], ["r.out"], name="mask_relu")] if relu else []
    q_m, i_m = quant("mask.q", "r.out" if relu else "x.q", "mask", 1.0, 2)
    mul = helper.make_node("Mul", ["x.q", "mask"], ["y"], name="masked")
    q_out, i_out = quant("out.q", "y", "output_1", 2.0**-4, 9)
    return save([q_in, *nodes, q_m, mul, q_out], [*i_in, *i_m, *i_out], "masked", (1, n_in), (1, n_in), path)
