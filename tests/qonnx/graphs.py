"""Small QONNX graphs in the styles other groups export, built here (never downloaded).

Each builder writes one ``.onnx`` file the way its tool writes it: Brevitas' ``export_qonnx``
for the Brevitas nets (QuantTensors between layers, BatchNorm left as a node, a flatten chain
in front), and ONNX written node by node for the shapes QKeras' converter and hand-written
exports produce (``Gemm``, ``Conv`` without a ``pads`` attribute, an ``Identity`` on the
output, an unquantized input, a quantized ``Add`` bias, a ``Softmax`` head, a float scale after
the last quantizer). Weights are seeded and tiny so each compiles fast.
"""

from __future__ import annotations

from pathlib import Path

import brevitas.nn as qnn
import numpy as np
import torch
from brevitas.export import export_qonnx
from brevitas.quant import (
    Int8ActPerTensorFixedPoint,
    Int8WeightPerTensorFixedPoint,
    SignedBinaryActPerTensorConst,
    SignedBinaryWeightPerTensorConst,
    Uint8ActPerTensorFixedPoint,
)
from onnx import TensorProto, helper, numpy_helper
from qonnx.core.modelwrapper import ModelWrapper
from qonnx.util.basic import qonnx_make_model

QDOMAIN = "qonnx.custom_op.general"


def width(quantizer: type, bits: int) -> type:
    """A Brevitas power-of-two quantizer at another bit width (how Brevitas' examples vary them)."""
    return type(f"{quantizer.__name__}{bits}b", (quantizer,), {"bit_width": bits})


SixBitWeights = width(Int8WeightPerTensorFixedPoint, 6)
EightBitActs = width(Int8ActPerTensorFixedPoint, 8)
SixBitRelu = width(Uint8ActPerTensorFixedPoint, 6)


class BrevitasMLP(torch.nn.Module):
    """MNIST-style Brevitas MLP: image -> Flatten -> input quantizer -> Linear -> BatchNorm ->
    ReLU -> Linear -> output quantizer (BatchNorm stays a node in the export)."""

    def __init__(self) -> None:
        super().__init__()
        self.flatten = torch.nn.Flatten()
        self.inp = qnn.QuantIdentity(act_quant=EightBitActs, return_quant_tensor=True)
        self.fc1 = qnn.QuantLinear(16, 8, bias=False, weight_quant=SixBitWeights)
        self.bn = torch.nn.BatchNorm1d(8)
        self.relu = qnn.QuantReLU(act_quant=SixBitRelu, return_quant_tensor=True)
        self.fc2 = qnn.QuantLinear(8, 3, bias=False, weight_quant=SixBitWeights, return_quant_tensor=True)
        self.out = qnn.QuantIdentity(act_quant=EightBitActs, return_quant_tensor=False)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return self.out(self.fc2(self.relu(self.bn(self.fc1(self.inp(self.flatten(x)))))))


class UnitBinaryWeights(SignedBinaryWeightPerTensorConst):
    """+-1 weights (BNN-PYNQ's ``CommonWeightQuant``); Brevitas' own default scale is 0.1."""

    scaling_const = 1.0


class QuantMLP(torch.nn.Module):
    """Two-layer Brevitas MLP as Brevitas' own examples write it (QuantTensors passed between
    layers, no biases); the input, hidden and output quantizers are arguments."""

    def __init__(self, sizes: tuple[int, int, int], inp: type, hidden: type, out: type) -> None:
        super().__init__()
        self.inp = qnn.QuantIdentity(act_quant=inp, return_quant_tensor=True)
        self.fc1 = qnn.QuantLinear(sizes[0], sizes[1], bias=False, weight_quant=SixBitWeights, return_quant_tensor=True)
        self.relu = qnn.QuantReLU(act_quant=hidden, return_quant_tensor=True)
        self.fc2 = qnn.QuantLinear(sizes[1], sizes[2], bias=False, weight_quant=SixBitWeights, return_quant_tensor=True)
        self.out = qnn.QuantIdentity(act_quant=out, return_quant_tensor=False)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return self.out(self.fc2(self.relu(self.fc1(self.inp(x)))))


class BinarisedLayer(torch.nn.Module):
    """One fully binarised layer (BNN-PYNQ style): +-1 input quantizer, +-1 weights, +-1 output."""

    def __init__(self, weight_quant: type = UnitBinaryWeights) -> None:
        super().__init__()
        self.inp = qnn.QuantIdentity(act_quant=SignedBinaryActPerTensorConst, return_quant_tensor=True)
        self.fc = qnn.QuantLinear(16, 8, bias=False, weight_quant=weight_quant)
        self.out = qnn.QuantIdentity(act_quant=SignedBinaryActPerTensorConst, return_quant_tensor=False)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return self.out(self.fc(self.inp(x)))


def export_brevitas(net: torch.nn.Module, shape: tuple[int, ...], path: Path, seed: int) -> Path:
    """Calibrate the activation quantizers on a few random batches, then ``export_qonnx``."""
    torch.manual_seed(seed)
    net.train()
    with torch.no_grad():
        for _ in range(4):
            net(torch.randn(64, *shape[1:]) * 2)
    net.eval()
    export_qonnx(net, torch.zeros(shape), export_path=str(path), dynamo=False)
    return path


def quant(name: str, inp: str, out: str, scale: float, bits: int, signed: bool = True) -> tuple:
    """A QONNX ``Quant`` node and its three parameter initializers."""
    inits = [
        helper.make_tensor(f"{name}.scale", TensorProto.FLOAT, [], [scale]),
        helper.make_tensor(f"{name}.zeropt", TensorProto.FLOAT, [], [0.0]),
        helper.make_tensor(f"{name}.bits", TensorProto.FLOAT, [], [float(bits)]),
    ]
    node = helper.make_node("Quant", [inp, f"{name}.scale", f"{name}.zeropt", f"{name}.bits"], [out],
                            domain=QDOMAIN, name=name, narrow=0, signed=int(signed), rounding_mode="ROUND")
    return node, inits


def quantized_weights(name: str, shape: tuple[int, ...], scale: float, bits: int, rng: np.random.Generator) -> tuple:
    """Float weights behind a ``Quant`` node (QKeras' ``quantized_bits`` after qonnx's converter)."""
    w = helper.make_tensor(f"{name}.w", TensorProto.FLOAT, list(shape),
                           rng.normal(0, 0.5, size=shape).astype(np.float32).ravel())
    node, inits = quant(f"{name}.wq", f"{name}.w", f"{name}.wq.out", scale, bits)
    return node, [w, *inits]


def save(nodes: list, inits: list, name: str, inp: tuple, out: tuple, path: Path) -> Path:
    graph = helper.make_graph(nodes, name, [helper.make_tensor_value_info("input_1", TensorProto.FLOAT, list(inp))],
                              [helper.make_tensor_value_info("output_1", TensorProto.FLOAT, list(out))],
                              initializer=inits)
    ModelWrapper(qonnx_make_model(graph, opset_imports=[helper.make_opsetid("", 13)])).save(str(path))
    return path


def gemm_mlp(path: Path) -> Path:
    """Quant -> Gemm(transB=1, quantized bias) -> Relu -> Quant -> Gemm -> Quant: the ONNX a
    PyTorch ``nn.Linear`` export writes, with QONNX quantizers around it."""
    rng = np.random.default_rng(1)
    q_in, i_in = quant("in.q", "input_1", "x.q", 2.0**-4, 8)
    q_w1, i_w1 = quantized_weights("fc1", (6, 8), 2.0**-4, 6, rng)
    q_b1, i_b1 = quantized_weights("fc1.b", (6,), 2.0**-6, 8, rng)
    gemm1 = helper.make_node("Gemm", ["x.q", "fc1.wq.out", "fc1.b.wq.out"], ["fc1.out"], name="fc1", transB=1)
    relu = helper.make_node("Relu", ["fc1.out"], ["relu.out"], name="relu")
    q_a, i_a = quant("act.q", "relu.out", "act.out", 2.0**-3, 6, signed=False)
    q_w2, i_w2 = quantized_weights("fc2", (3, 6), 2.0**-4, 6, rng)
    gemm2 = helper.make_node("Gemm", ["act.out", "fc2.wq.out"], ["fc2.out"], name="fc2", transB=1)
    q_out, i_out = quant("out.q", "fc2.out", "output_1", 2.0**-5, 10)
    return save([q_in, q_w1, q_b1, gemm1, relu, q_a, q_w2, gemm2, q_out],
                [*i_in, *i_w1, *i_b1, *i_a, *i_w2, *i_out], "gemm_mlp", (1, 8), (1, 3), path)


def conv_no_pads(path: Path) -> Path:
    """Quant -> Conv 3x3 (no ``pads`` attribute: ONNX's default zero padding) -> Relu -> Quant ->
    Flatten -> MatMul -> Quant -> Identity, on a 1x6x6 image in channels-first layout."""
    rng = np.random.default_rng(2)
    q_in, i_in = quant("in.q", "input_1", "x.q", 2.0**-4, 8)
    q_w, i_w = quantized_weights("conv", (2, 1, 3, 3), 2.0**-4, 6, rng)
    conv = helper.make_node("Conv", ["x.q", "conv.wq.out"], ["conv.out"], name="conv", kernel_shape=[3, 3])
    relu = helper.make_node("Relu", ["conv.out"], ["relu.out"], name="relu")
    q_a, i_a = quant("act.q", "relu.out", "act.out", 2.0**-3, 6, signed=False)
    flat = helper.make_node("Flatten", ["act.out"], ["flat.out"], name="flatten", axis=1)
    q_w2, i_w2 = quantized_weights("fc", (32, 3), 2.0**-5, 6, rng)
    matmul = helper.make_node("MatMul", ["flat.out", "fc.wq.out"], ["fc.out"], name="fc")
    q_out, i_out = quant("out.q", "fc.out", "q.out", 2.0**-4, 12)
    identity = helper.make_node("Identity", ["q.out"], ["output_1"], name="output_identity")
    return save([q_in, q_w, conv, relu, q_a, flat, q_w2, matmul, q_out, identity], [*i_in, *i_w, *i_a, *i_w2, *i_out],
                "conv_no_pads", (1, 1, 6, 6), (1, 3), path)


def softmax_head(path: Path) -> Path:
    """The QKeras jet-tagger shape after qonnx's converter: an unquantized input, MatMul with
    quantized weights plus a quantized ``Add`` bias, quantized ReLU, and a float ``Softmax``."""
    rng = np.random.default_rng(3)
    q_w1, i_w1 = quantized_weights("dense1", (8, 6), 2.0**-4, 6, rng)
    mm1 = helper.make_node("MatMul", ["input_1", "dense1.wq.out"], ["dense1.mm"], name="dense1")
    q_b1, i_b1 = quantized_weights("dense1.b", (6,), 2.0**-4, 6, rng)
    add1 = helper.make_node("Add", ["dense1.mm", "dense1.b.wq.out"], ["dense1.out"], name="dense1_bias")
    relu = helper.make_node("Relu", ["dense1.out"], ["relu.out"], name="relu1")
    q_a, i_a = quant("relu1.q", "relu.out", "act.out", 2.0**-3, 6, signed=False)
    q_w2, i_w2 = quantized_weights("dense2", (6, 5), 2.0**-4, 6, rng)
    mm2 = helper.make_node("MatMul", ["act.out", "dense2.wq.out"], ["dense2.out"], name="dense2")
    softmax = helper.make_node("Softmax", ["dense2.out"], ["output_1"], name="softmax", axis=-1)
    return save([q_w1, mm1, q_b1, add1, relu, q_a, q_w2, mm2, softmax], [*i_w1, *i_b1, *i_a, *i_w2],
                "softmax_head", (1, 8), (1, 5), path)


def float_scale_output(path: Path) -> Path:
    """Quant -> MatMul -> Quant -> Mul(0.3): a float rescaling left after the last quantizer
    (a dequantization scale, or QKeras' ``alpha``), so the output is not on any grid."""
    rng = np.random.default_rng(7)
    q_in, i_in = quant("in.q", "input_1", "x.q", 2.0**-4, 8)
    q_w, i_w = quantized_weights("fc", (6, 4), 2.0**-4, 6, rng)
    matmul = helper.make_node("MatMul", ["x.q", "fc.wq.out"], ["fc.out"], name="fc")
    q_out, i_out = quant("out.q", "fc.out", "q.out", 2.0**-4, 10)
    alpha = helper.make_tensor("alpha", TensorProto.FLOAT, [], [0.3])
    mul = helper.make_node("Mul", ["q.out", "alpha"], ["output_1"], name="alpha_scale")
    return save([q_in, q_w, matmul, q_out, mul], [*i_in, *i_w, *i_out, alpha], "float_scale_output", (1, 6), (1, 4), path)


def qkeras_conv2d_channels_last(path: Path, quantized_bias: bool = True) -> Path:
    """A QKeras Conv2D after qonnx's converter (tf2onnx underneath): the input is channels-last
    (NHWC), a ``Transpose`` takes it to ONNX's NCHW for ``Conv`` (3x3, stride 1, 'same'
    padding written as ``pads``), the bias is an ``Add`` of a quantized constant, and a
    ``Transpose`` back to NHWC precedes the ``Flatten`` into the dense layer."""
    rng = np.random.default_rng(8)
    q_in, i_in = quant("in.q", "input_1", "x.q", 2.0**-4, 8)
    to_nchw = helper.make_node("Transpose", ["x.q"], ["x.nchw"], name="to_nchw", perm=[0, 3, 1, 2])
    q_w, i_w = quantized_weights("conv", (3, 2, 3, 3), 2.0**-4, 6, rng)
    conv = helper.make_node("Conv", ["x.nchw", "conv.wq.out"], ["conv.mm"], name="conv2d", kernel_shape=[3, 3],
                            pads=[1, 1, 1, 1], strides=[1, 1])
    q_b, i_b = quantized_weights("conv.b", (3, 1, 1), 2.0**-6, 8, rng)
    if not quantized_bias:  # the bias as a float constant on the same grid (QKeras with bias_quantizer=None)
        i_b = [helper.make_tensor("conv.b.wq.out", TensorProto.FLOAT, [3, 1, 1],
                                  np.round(numpy_helper.to_array(i_b[0]) * 64).ravel() / 64)]
        q_b = None
    add = helper.make_node("Add", ["conv.mm", "conv.b.wq.out"], ["conv.out"], name="conv2d_bias")
    relu = helper.make_node("Relu", ["conv.out"], ["relu.out"], name="relu")
    q_a, i_a = quant("act.q", "relu.out", "act.out", 2.0**-3, 6, signed=False)
    to_nhwc = helper.make_node("Transpose", ["act.out"], ["act.nhwc"], name="to_nhwc", perm=[0, 2, 3, 1])
    flat = helper.make_node("Flatten", ["act.nhwc"], ["flat.out"], name="flatten", axis=1)
    q_w2, i_w2 = quantized_weights("dense", (75, 4), 2.0**-5, 6, rng)
    matmul = helper.make_node("MatMul", ["flat.out", "dense.wq.out"], ["dense.out"], name="dense")
    q_out, i_out = quant("out.q", "dense.out", "output_1", 2.0**-4, 12)
    nodes = [q_in, to_nchw, q_w, conv, q_b, add, relu, q_a, to_nhwc, flat, q_w2, matmul, q_out]
    return save([n for n in nodes if n is not None],
                [*i_in, *i_w, *i_b, *i_a, *i_w2, *i_out], "qkeras_conv2d", (1, 5, 5, 2), (1, 4), path)


def qkeras_dense_quantized_out(path: Path) -> Path:
    """QKeras Dense layers after qonnx's converter with every tensor quantized: ``MatMul`` with
    quantized weights, an ``Add`` of a quantized bias, ``quantized_relu`` as ``Relu`` + ``Quant``,
    and a quantized linear output."""
    rng = np.random.default_rng(9)
    q_in, i_in = quant("in.q", "input_1", "x.q", 2.0**-3, 7)
    q_w1, i_w1 = quantized_weights("dense1", (10, 6), 2.0**-4, 6, rng)
    mm1 = helper.make_node("MatMul", ["x.q", "dense1.wq.out"], ["dense1.mm"], name="dense1")
    q_b1, i_b1 = quantized_weights("dense1.b", (6,), 2.0**-4, 6, rng)
    add1 = helper.make_node("Add", ["dense1.mm", "dense1.b.wq.out"], ["dense1.out"], name="dense1_bias")
    relu = helper.make_node("Relu", ["dense1.out"], ["relu.out"], name="relu1")
    q_a, i_a = quant("relu1.q", "relu.out", "act.out", 2.0**-3, 5, signed=False)
    q_w2, i_w2 = quantized_weights("dense2", (6, 2), 2.0**-4, 6, rng)
    mm2 = helper.make_node("MatMul", ["act.out", "dense2.wq.out"], ["dense2.out"], name="dense2")
    q_out, i_out = quant("out.q", "dense2.out", "output_1", 2.0**-6, 14)
    return save([q_in, q_w1, mm1, q_b1, add1, relu, q_a, q_w2, mm2, q_out], [*i_in, *i_w1, *i_b1, *i_a, *i_w2, *i_out],
                "qkeras_dense", (1, 10), (1, 2), path)


def one_bit_weights(path: Path) -> Path:
    """Signed 1-bit ``Quant`` weights (each weight -scale or 0) on a quantized input."""
    rng = np.random.default_rng(10)
    q_in, i_in = quant("in.q", "input_1", "x.q", 2.0**-4, 8)
    q_w, i_w = quantized_weights("fc", (8, 5), 2.0**-2, 1, rng)
    matmul = helper.make_node("MatMul", ["x.q", "fc.wq.out"], ["fc.out"], name="fc")
    q_out, i_out = quant("out.q", "fc.out", "output_1", 2.0**-4, 12)
    return save([q_in, q_w, matmul, q_out], [*i_in, *i_w, *i_out], "one_bit_weights", (1, 8), (1, 5), path)


def brevitas_mlp(path: Path) -> Path:
    return export_brevitas(BrevitasMLP(), (1, 1, 4, 4), path, seed=4)


def bipolar_mlp(path: Path) -> Path:
    """A Brevitas MLP whose output quantizer is binary (+-1), exported as ``BipolarQuant``."""
    return export_brevitas(QuantMLP((10, 6, 4), EightBitActs, SixBitRelu, SignedBinaryActPerTensorConst), (1, 10),
                           path, seed=5)


def binarised_layer(path: Path) -> Path:
    return export_brevitas(BinarisedLayer(), (1, 16), path, seed=6)


def binarised_layer_tenth(path: Path) -> Path:
    """The same layer with Brevitas' default binary weight scale, 0.1: not a power of two."""
    return export_brevitas(BinarisedLayer(SignedBinaryWeightPerTensorConst), (1, 16), path, seed=6)



def two_bit_float_input(path: Path) -> Path:
    """The shape of FINN's UNSW-NB15 2-bit MLP: an unquantized, normalised input ((x + 1) / 2)
    into ``Gemm`` with 2-bit weights whose scale is not a power of two, a float bias, a 2-bit
    ReLU quantizer and a 2-bit output layer."""
    rng = np.random.default_rng(11)
    shift = helper.make_tensor("shift", TensorProto.FLOAT, [1], [1.0])
    half = helper.make_tensor("half", TensorProto.FLOAT, [], [2.0])
    add = helper.make_node("Add", ["input_1", "shift"], ["x.shifted"], name="shift")
    div = helper.make_node("Div", ["x.shifted", "half"], ["x.norm"], name="normalise")
    q_w1, i_w1 = quantized_weights("fc1", (6, 8), 0.37, 2, rng)
    bias = helper.make_tensor("fc1.bias", TensorProto.FLOAT, [6], np.round(rng.normal(0, 0.5, 6) * 16) / 16)
    gemm1 = helper.make_node("Gemm", ["x.norm", "fc1.wq.out", "fc1.bias"], ["fc1.out"], name="fc1", transB=1)
    relu = helper.make_node("Relu", ["fc1.out"], ["relu.out"], name="relu")
    q_a, i_a = quant("act.q", "relu.out", "act.out", 0.5, 2, signed=False)
    q_w2, i_w2 = quantized_weights("fc2", (3, 6), 0.5, 2, rng)
    gemm2 = helper.make_node("Gemm", ["act.out", "fc2.wq.out"], ["fc2.out"], name="fc2", transB=1)
    q_out, i_out = quant("out.q", "fc2.out", "output_1", 2.0**-4, 10)
    return save([add, div, q_w1, gemm1, relu, q_a, q_w2, gemm2, q_out],
                [shift, half, *i_w1, bias, *i_a, *i_w2, *i_out], "two_bit_float_input", (1, 8), (1, 3), path)
