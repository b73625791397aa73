"""A ``Linear`` applied to every token: ``MatMul`` + bias ``Add`` on an ``(N, T, d)`` tensor.

hls4ml 1.3's ONNX path handles a constant ``MatMul`` on ``(N, d)`` only. On ``(N, T, d_in)``:

* its ``matmul_const_to_dense`` sizes the ``Dense`` by the whole tensor (``n_in = T * d_in``),
  so the output shape comes out ``(T, T * d)``, and its
  ``replace_multidimensional_dense_with_conv`` rebuilds the layer from the raw weights without
  their ``Quant`` (unquantized weights in the model's default type).
  :class:`TokenMatMulToConv`, placed before it, builds the pointwise ``Conv1D`` that shares
  the quantized ``(d_in, d)`` weights across the tokens directly, all tokens in parallel
  (hls4ml's default parallelization factor 1 would loop over the tokens, II = T x reuse);
* it broadcasts the bias ``Add`` into an ``ApplyAlpha`` over the whole ``(T, d)`` tensor,
  which ``fuse_batch_normalization`` then multiplies into the ``(d_in, d)`` weights and fails
  on the shapes. :class:`FuseTokenBias`, placed before it, fuses a unit-scale ``ApplyAlpha``
  whose bias is the same for every token into the layer's per-channel bias (with the bias
  ``Quant``'s type), what hls4ml does for a 2-D Dense. A bias that differs between tokens
  (the type embedding) stays an ``ApplyAlpha``.
"""

from __future__ import annotations

import numpy as np
from hls4ml.model.layers import ApplyAlpha, Constant, Conv1D, MatMul
from hls4ml.model.optimizer import OptimizerPass
from hls4ml.model.types import UnspecifiedPrecisionType

from bead_fpga.hls.ext.common import insert_pass, replace_layer


def per_channel(values: np.ndarray, channels: int) -> np.ndarray | None:
    """``values`` as one ``(channels,)`` vector when every token holds the same one."""
    rows = np.asarray(values).reshape(-1, channels)
    return rows[0].copy() if (rows == rows[0]).all() else None


class TokenMatMulToConv(OptimizerPass):
    """``MatMul(x, Constant)`` with ``x`` of shape ``(T, d_in)`` -> pointwise ``Conv1D``."""

    def match(self, node) -> bool:
        return (
            isinstance(node, MatMul)
            and len(node.inputs) == 2
            and not isinstance(node.get_input_node(node.inputs[0]), Constant)
            and isinstance(node.get_input_node(node.inputs[1]), Constant)
            and len(node.get_input_variable(node.inputs[0]).shape) == 2
        )

    def transform(self, model, node) -> bool:
        const = node.get_input_node(node.inputs[1])
        weights = np.asarray(const.get_attr("value"))
        tokens, channels = node.get_input_variable(node.inputs[0]).shape
        attributes = {
            "data_format": "channels_last",
            "n_chan": channels,
            "n_filt": weights.shape[-1],
            "in_width": tokens,
            "out_width": tokens,
            "filt_width": 1,
            "stride_width": 1,
            "pad_left": 0,
            "pad_right": 0,
            "weight_data": weights[np.newaxis],  # (filt_width, n_chan, n_filt)
            "weight_quantizer": const.get_attr("quantizer"),
            "bias_data": np.zeros(weights.shape[-1]),
            "parallelization_factor": tokens,  # every token at once: the layer's II is the reuse factor
        }
        model.remove_node(const)
        del node.inputs[1]
        replace_layer(model, node, Conv1D, f"Conv_{node.name}", attributes, [node.inputs[0]])
        return True


class FuseTokenBias(OptimizerPass):
    """Token-wise ``Conv1D`` + unit-scale, token-invariant ``ApplyAlpha`` -> ``Conv1D`` with bias."""

    def match(self, node) -> bool:
        if not isinstance(node, ApplyAlpha):
            return False
        parent = node.get_input_node()
        if not (
            isinstance(parent, Conv1D)
            and parent.get_attr("filt_width") == 1
            and isinstance(parent.get_output_variable().type.precision, UnspecifiedPrecisionType)
            and len(parent.get_output_use_map()[parent.outputs[0]]) == 1
            and not np.any(parent.weights["bias"].data_unquantized)
        ):
            return False
        scale = node.weights["scale"].data_unquantized
        bias = node.weights["bias"].data_unquantized
        return bool(np.all(scale == 1)) and per_channel(bias, parent.get_attr("n_filt")) is not None

    def transform(self, model, node) -> bool:
        parent = node.get_input_node()
        bias = per_channel(node.weights["bias"].data_unquantized, parent.get_attr("n_filt"))
        quantizer = node.get_attr("bias_quantizer")
        parent.set_attr("bias_quantizer", quantizer)
        parent.set_attr("bias_data", bias)
        parent.add_weights_variable(name="bias", var_name="b{index}", data=bias, quantizer=quantizer)
        model.remove_node(node)
        return True


#: The ONNX op this extension converts (its entry in :mod:`bead_fpga.graph.ops`).
OP = "MatMul"


def register() -> None:
    insert_pass("parse_qonnx", "bead_token_matmul_to_conv", TokenMatMulToConv, before="matmul_const_to_dense")
    insert_pass("convert", "bead_fuse_token_bias", FuseTokenBias, before="fuse_batch_normalization")
