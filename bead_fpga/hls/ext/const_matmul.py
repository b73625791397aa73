"""``MatMul`` of two constants folded into one constant (the transformer's type embedding).

The transformer's per-slot type vectors are a quantized weight table selected by a fixed
one-hot matrix (:class:`bead_fpga.models.transformer.TypeEmbedding`), which exports as
``MatMul(one_hot, Quant(table))``. QONNX's constant folding leaves it because it never folds
through ``Quant``; hls4ml's ``matmul_const_to_dense`` would then build a ``Dense`` fed by a
constant. :class:`FoldConstantMatMul` runs first and replaces it with a ``Constant`` whose
type is the narrowest fixed-point type holding every product exactly (for a one-hot
selection: the table's own type), which hls4ml then adds as an ``ApplyAlpha`` bias.
"""

from __future__ import annotations

import numpy as np
from hls4ml.model.layers import Constant, MatMul
from hls4ml.model.optimizer import OptimizerPass
from hls4ml.model.quantizers import QuantNodeQuantizer
from hls4ml.model.types import FixedPrecisionType

from bead_fpga.errors import BeadError
from bead_fpga.hls.ext.common import insert_pass

MAX_FRACTION_BITS = 32


def exact_type(values: np.ndarray) -> FixedPrecisionType:
    """The narrowest signed fixed-point type in which every entry of ``values`` is exact."""
    fraction = next(
        (f for f in range(MAX_FRACTION_BITS + 1) if np.array_equal(values * 2.0**f, np.round(values * 2.0**f))), None
    )
    if fraction is None:
        raise BeadError("constant MatMul", f"a product is not on a power-of-two grid of 2**-{MAX_FRACTION_BITS} or coarser",
                        "quantize both constants with power-of-two Quant nodes")
    peak = float(np.max(np.abs(values))) if values.size else 0.0
    integer = max(int(np.floor(np.log2(peak))) + 2, 1) if peak else 1  # sign bit + magnitude
    return FixedPrecisionType(integer + fraction, integer, True)


def quantized_value(const) -> np.ndarray:
    """A ``Constant``'s value as the graph uses it: hls4ml keeps the raw value and its
    ``Quant`` as a quantizer, applied only when the value becomes a weight."""
    quantizer = const.get_attr("quantizer")
    value = np.asarray(const.get_attr("value"), dtype=np.float64)
    return quantizer(value) if quantizer is not None else value


class FoldConstantMatMul(OptimizerPass):
    """``MatMul(Constant, Constant)`` -> ``Constant``."""

    def match(self, node) -> bool:
        return isinstance(node, MatMul) and len(node.inputs) == 2 and all(
            isinstance(node.get_input_node(i), Constant) for i in node.inputs
        )

    def transform(self, model, node) -> bool:
        a, b = (node.get_input_node(i) for i in node.inputs)
        value = np.matmul(quantized_value(a), quantized_value(b))
        quantizer = QuantNodeQuantizer(exact_type(value))
        folded = model.make_node(Constant, f"folded_{node.name}", {"value": value, "quantizer": quantizer},
                                 [], list(node.outputs))
        model.remove_node(a)
        model.remove_node(b)
        del node.inputs[:]  # replace_node wants equal input counts; a Constant has none
        model.replace_node(node, folded)
        return True


#: The ONNX op this extension converts (its entry in :mod:`bead_fpga.graph.ops`).
OP = "MatMul"


def register() -> None:
    insert_pass("parse_qonnx", "bead_fold_constant_matmul", FoldConstantMatMul, before="matmul_const_to_dense")
