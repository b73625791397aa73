"""Brevitas nets in the export idioms other groups use, each a plain ``torch.nn.Module``
exported with Brevitas' own ``export_qonnx`` (never written node by node): dynamic flattens
(``view(x.size(0), -1)`` and friends, exported with a symbolic batch axis), an input with no
batch axis, QuantConv1d/2d with padding, stride and pooling, BatchNorm as a node and folded
into the weights, QuantHardTanh, per-channel scales, float (not power-of-two) activation
scales and 2-bit layers. Weights are seeded and tiny so each compiles fast."""

from __future__ import annotations

from pathlib import Path

import brevitas.nn as qnn
import torch
from brevitas.export import export_qonnx
from brevitas.nn.utils import merge_bn
from brevitas.quant.fixed_point import Int8WeightPerChannelFixedPoint
from brevitas.quant import (
    Int8ActPerTensorFixedPoint,
    Int8WeightPerTensorFixedPoint,
    Uint8ActPerTensorFixedPoint,
    Uint8ActPerTensorFloat,
)

from tests.qonnx.graphs import EightBitActs, SixBitRelu, SixBitWeights, export_brevitas, width

TwoBitWeights = width(Int8WeightPerTensorFixedPoint, 2)
TwoBitActs = width(Int8ActPerTensorFixedPoint, 2)
TwoBitRelu = width(Uint8ActPerTensorFixedPoint, 2)
SixBitPerChannel = width(Int8WeightPerChannelFixedPoint, 6)
FourBitFloatRelu = width(Uint8ActPerTensorFloat, 4)
FourBitHardTanh = type("FourBitHardTanh", (width(Int8ActPerTensorFixedPoint, 4),), {"min_val": -1.0, "max_val": 1.0})


def dynamic_batch_export(net: torch.nn.Module, shape: tuple[int, ...], path: Path, seed: int) -> Path:
    """Calibrate, then export with a symbolic batch axis (``dynamic_axes``), the way a model
    meant for any batch size is exported: ``x.size(0)`` stays a ``Shape`` computation."""
    export_brevitas(net, shape, path, seed)  # calibrates; the file is overwritten below
    export_qonnx(net, torch.zeros(shape), export_path=str(path), dynamo=False, input_names=["inp"],
                 dynamic_axes={"inp": {0: "batch"}})
    return path


class FlattenThenMLP(torch.nn.Module):
    """An image quantized, flattened the way ``flatten`` says, through a two-layer MLP."""

    def __init__(self, flatten: str, pixels: int = 16) -> None:
        super().__init__()
        self.flatten = flatten
        self.inp = qnn.QuantIdentity(act_quant=EightBitActs, return_quant_tensor=True)
        self.fc1 = qnn.QuantLinear(pixels, 8, bias=True, weight_quant=SixBitWeights, return_quant_tensor=True)
        self.relu = qnn.QuantReLU(act_quant=SixBitRelu, return_quant_tensor=True)
        self.fc2 = qnn.QuantLinear(8, 3, bias=False, weight_quant=SixBitWeights, return_quant_tensor=True)
        self.out = qnn.QuantIdentity(act_quant=EightBitActs, return_quant_tensor=False)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        x = self.inp(x)
        if self.flatten == "view":
            x = x.view(x.size(0), -1)
        elif self.flatten == "view_product":
            x = x.view(-1, x.size(1) * x.size(2) * x.size(3))
        else:
            x = torch.flatten(x, 1)
        return self.out(self.fc2(self.relu(self.fc1(x))))


class VectorMLP(torch.nn.Module):
    """An MLP on one event as a 1-D vector (no batch axis), with a bias and a 4-bit output."""

    def __init__(self) -> None:
        super().__init__()
        self.inp = qnn.QuantIdentity(act_quant=EightBitActs, return_quant_tensor=False)
        self.fc1 = qnn.QuantLinear(12, 6, bias=True, weight_quant=SixBitWeights)
        self.relu = qnn.QuantReLU(act_quant=SixBitRelu)
        self.fc2 = qnn.QuantLinear(6, 4, bias=False, weight_quant=SixBitWeights)
        self.out = qnn.QuantIdentity(act_quant=EightBitActs)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return self.out(self.fc2(self.relu(self.fc1(self.inp(x)))))


class MLP(torch.nn.Module):
    """Two QuantLinear layers; the quantizers and the activation module are arguments."""

    def __init__(self, sizes: tuple[int, int, int], inp: type, weights: type, act: torch.nn.Module,
                 out: type = EightBitActs) -> None:
        super().__init__()
        self.inp = qnn.QuantIdentity(act_quant=inp, return_quant_tensor=True)
        self.fc1 = qnn.QuantLinear(sizes[0], sizes[1], bias=False, weight_quant=weights, return_quant_tensor=True)
        self.act = act
        self.fc2 = qnn.QuantLinear(sizes[1], sizes[2], bias=False, weight_quant=weights, return_quant_tensor=True)
        self.out = qnn.QuantIdentity(act_quant=out, return_quant_tensor=False)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return self.out(self.fc2(self.act(self.fc1(self.inp(x)))))


class ConvNet(torch.nn.Module):
    """QuantConv (1-D or 2-D) -> [BatchNorm] -> QuantReLU -> [MaxPool] -> flatten -> QuantLinear."""

    def __init__(self, dims: int, channels: int, size: int, padding: int, stride: int, batchnorm: bool = False,
                 flatten_view: bool = True, pool: bool = True) -> None:
        super().__init__()
        conv, pool_class = (qnn.QuantConv1d, torch.nn.MaxPool1d) if dims == 1 else (qnn.QuantConv2d, torch.nn.MaxPool2d)
        self.inp = qnn.QuantIdentity(act_quant=EightBitActs, return_quant_tensor=True)
        self.conv = conv(channels, 3, 3, padding=padding, stride=stride, bias=True, weight_quant=SixBitWeights,
                         return_quant_tensor=True)
        self.bn = (torch.nn.BatchNorm1d if dims == 1 else torch.nn.BatchNorm2d)(3) if batchnorm else None
        self.relu = qnn.QuantReLU(act_quant=SixBitRelu, return_quant_tensor=True)
        self.pool = pool_class(2) if pool else torch.nn.Identity()
        side = (size + 2 * padding - 3) // stride + 1
        self.fc = qnn.QuantLinear(3 * (side // (2 if pool else 1)) ** dims, 4, bias=False, weight_quant=SixBitWeights,
                                  return_quant_tensor=True)
        self.out = qnn.QuantIdentity(act_quant=EightBitActs, return_quant_tensor=False)
        self.flatten_view = flatten_view

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        x = self.conv(self.inp(x))
        x = self.pool(self.relu(self.bn(x) if self.bn is not None else x))
        x = x.view(x.size(0), -1) if self.flatten_view else torch.flatten(x, 1)
        return self.out(self.fc(x))


def view_flatten(path: Path) -> Path:
    return dynamic_batch_export(FlattenThenMLP("view"), (1, 1, 4, 4), path, seed=11)


def view_product_flatten(path: Path) -> Path:
    return dynamic_batch_export(FlattenThenMLP("view_product", pixels=18), (1, 2, 3, 3), path, seed=12)


def torch_flatten_dynamic(path: Path) -> Path:
    return dynamic_batch_export(FlattenThenMLP("flatten"), (1, 1, 4, 4), path, seed=13)


def unbatched_vector(path: Path) -> Path:
    net = VectorMLP()
    export_brevitas(net, (1, 12), path, seed=14)  # calibrates on batches; exported below on one vector
    export_qonnx(net, torch.zeros(12), export_path=str(path), dynamo=False)
    return path


def conv2d_pad_pool(path: Path) -> Path:
    return dynamic_batch_export(ConvNet(2, 1, 6, padding=1, stride=1), (1, 1, 6, 6), path, seed=15)


def conv2d_stride2(path: Path) -> Path:
    return export_brevitas(ConvNet(2, 2, 9, padding=0, stride=2, flatten_view=False), (1, 2, 9, 9), path, seed=16)


def conv1d_pad_pool(path: Path) -> Path:
    return export_brevitas(ConvNet(1, 2, 16, padding=1, stride=1), (1, 2, 16), path, seed=17)


def conv1d_stride2(path: Path) -> Path:
    return export_brevitas(ConvNet(1, 2, 16, padding=1, stride=2, pool=False), (1, 2, 16), path, seed=23)


def conv2d_batchnorm(path: Path) -> Path:
    return export_brevitas(ConvNet(2, 1, 6, padding=1, stride=1, batchnorm=True), (1, 1, 6, 6), path, seed=18)


def conv2d_batchnorm_folded(path: Path) -> Path:
    """The same net with its BatchNorm folded into the conv before export (Brevitas' merge_bn):
    the folded weights are quantized by the conv's own quantizer."""
    net = ConvNet(2, 1, 6, padding=1, stride=1, batchnorm=True)
    export_brevitas(net, (1, 1, 6, 6), path, seed=18)  # calibrates the BN statistics too
    with torch.no_grad():
        merge_bn(net.conv, net.bn)
    net.bn = None
    return export_brevitas(net, (1, 1, 6, 6), path, seed=18)


def hardtanh_mlp(path: Path) -> Path:
    return export_brevitas(MLP((8, 6, 3), EightBitActs, SixBitWeights,
                               qnn.QuantHardTanh(act_quant=FourBitHardTanh, return_quant_tensor=True)),
                           (1, 8), path, seed=19)


def per_channel_mlp(path: Path) -> Path:
    return export_brevitas(MLP((8, 6, 3), EightBitActs, SixBitPerChannel,
                               qnn.QuantReLU(act_quant=SixBitRelu, return_quant_tensor=True)), (1, 8), path, seed=20)


def float_scale_relu(path: Path) -> Path:
    return export_brevitas(MLP((8, 6, 3), EightBitActs, SixBitWeights,
                               qnn.QuantReLU(act_quant=FourBitFloatRelu, return_quant_tensor=True)),
                           (1, 8), path, seed=21)


def two_bit_mlp(path: Path) -> Path:
    return export_brevitas(MLP((8, 6, 3), TwoBitActs, TwoBitWeights,
                               qnn.QuantReLU(act_quant=TwoBitRelu, return_quant_tensor=True)), (1, 8), path, seed=22)
