"""The corpus: every QONNX graph the tests build, one export idiom each, with the verdict
``bead-fpga csim-qonnx`` must reach on it. Built by the tests themselves (no downloaded graph
is committed); each is compiled once per session (:mod:`tests.qonnx.conftest`) and checked on
:data:`~tests.qonnx.conftest.N_EVENTS` events against qonnx's executor on the file as built."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from tests.qonnx import brevitas_graphs as brevitas
from tests.qonnx import graphs as hand


@dataclass(frozen=True)
class Expected:
    """``exact``; ``not exact`` parting at a qonnx node of ``op`` with ``cause`` in the cause;
    or ``refused`` with ``line`` (a regular expression) in the one-line error."""

    verdict: str
    op: str = ""
    cause: str = ""
    line: str = ""


EXACT = Expected("exact")

#: name -> (builder, what csim-qonnx must say, the idiom in words for the README table)
CORPUS: dict[str, tuple[Callable[[Path], Path], Expected, str]] = {
    "brevitas_mlp_bn_flatten": (hand.brevitas_mlp, Expected("not exact", "BatchNormalization", "float BatchNorm"),
                                "Brevitas, nn.Flatten in front, BatchNorm1d left as a node"),
    "brevitas_bipolar_output": (hand.bipolar_mlp, EXACT, "Brevitas, binary (+-1) output quantizer: BipolarQuant"),
    "binarised_layer": (hand.binarised_layer, EXACT, "Brevitas BNN-PYNQ layer: bipolar input, +-1 weights, bipolar out"),
    "binarised_layer_scale_0.1": (hand.binarised_layer_tenth, Expected("not exact", "MatMul", "not a power of two"),
                                  "the same with Brevitas' default binary weight scale 0.1"),
    "gemm_mlp": (hand.gemm_mlp, EXACT, "hand-written Gemm(transB) with and without bias, quantized bias"),
    "conv_no_pads": (hand.conv_no_pads, EXACT, "hand-written Conv without pads/strides attributes, Identity output"),
    "softmax_head": (hand.softmax_head, Expected("not exact", "Softmax", "float softmax"),
                     "QKeras-style jet tagger: unquantized input, MatMul + Add bias, float Softmax"),
    "float_scale_output": (hand.float_scale_output, Expected("not exact", "Mul", "float scale after the last Quant"),
                           "hand-written float Mul(0.3) after the last Quant"),
    "view_flatten": (brevitas.view_flatten, EXACT,
                     "Brevitas x.view(x.size(0), -1), symbolic batch: Shape-Gather-Unsqueeze-Concat-Reshape"),
    "view_product_flatten": (brevitas.view_product_flatten, EXACT,
                             "Brevitas x.view(-1, x.size(1) * x.size(2) * x.size(3)): Shape-Gather-Mul-Concat-Reshape"),
    "torch_flatten_dynamic": (brevitas.torch_flatten_dynamic, EXACT, "Brevitas torch.flatten(x, 1), symbolic batch"),
    "unbatched_vector": (brevitas.unbatched_vector, EXACT, "Brevitas MLP exported on a 1-D vector (no batch axis)"),
    "conv2d_pad_pool": (brevitas.conv2d_pad_pool, EXACT,
                        "QuantConv2d padding 1 + QuantReLU + MaxPool2d + view flatten, symbolic batch"),
    "conv2d_stride2": (brevitas.conv2d_stride2, EXACT, "QuantConv2d stride 2, no padding, 2 input channels, MaxPool2d"),
    "conv1d_pad_pool": (brevitas.conv1d_pad_pool, Expected(
        "refused", line=r"hls4ml cannot convert node /pool/MaxPool \(op MaxPool\): .*\"pad_left\" of layer MaxPool_0 "
                        r"\(Pooling1D\) not set"), "QuantConv1d padding 1 + MaxPool1d"),
    "conv1d_stride2": (brevitas.conv1d_stride2, EXACT, "QuantConv1d padding 1, stride 2, no pooling"),
    "conv2d_batchnorm": (brevitas.conv2d_batchnorm, Expected("not exact", "Conv", "float BatchNorm"),
                         "QuantConv2d + BatchNorm2d as a node (hls4ml fuses it into the conv)"),
    "conv2d_batchnorm_folded": (brevitas.conv2d_batchnorm_folded, EXACT,
                                "the same with BatchNorm folded into the conv before export (merge_bn)"),
    "qkeras_conv2d_channels_last": (hand.qkeras_conv2d_channels_last, EXACT,
                                    "QKeras-style Conv2D by hand: NHWC input, Transposes, bias as Add"),
    "qkeras_dense": (hand.qkeras_dense_quantized_out, EXACT,
                     "QKeras-style Dense by hand: MatMul + quantized Add bias, quantized_relu, quantized output"),
    "hardtanh_mlp": (brevitas.hardtanh_mlp, EXACT, "Brevitas QuantHardTanh (4-bit, [-1, 1]) hidden activation"),
    "per_channel_weights": (brevitas.per_channel_mlp, EXACT,
                            "Brevitas per-channel power-of-two weight scales (moved after the MatMul)"),
    "float_scale_relu": (brevitas.float_scale_relu, Expected("not exact", "Relu", "not a power of two"),
                         "Brevitas QuantReLU with a float (learned) 4-bit scale"),
    "two_bit_mlp": (brevitas.two_bit_mlp, EXACT, "Brevitas 2-bit input, weights (narrow: ternary) and ReLU"),
    "one_bit_weights": (hand.one_bit_weights, EXACT, "signed 1-bit Quant weights (rewritten as BipolarQuant)"),
    "two_bit_float_input": (hand.two_bit_float_input, EXACT,
                            "FINN UNSW-NB15 shape: (x + 1) / 2 unquantized into a 2-bit Gemm (rewritten: no pass crash)"),
}
