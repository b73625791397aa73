"""ONNX ``Abs`` (the ``l1`` reconstruction trigger: the absolute error per feature).

hls4ml 1.3 has neither an ONNX handler nor a layer for ``Abs``. A reconstruction trigger with
``error_norm="l1"`` (:data:`bead_fpga.models.config.ERROR_NORMS`) sums ``|error|`` instead of
``error**2``: a sign select per feature where the square needs a multiplier. The pieces, as in
hls4ml's ``test_extensions.py``:

* :func:`parse_abs`: the ONNX handler;
* :class:`Abs`: the IR layer, elementwise, any shape;
* :class:`AbsExactPrecision`: the result is the input's format made unsigned with the same
  width (``|x|`` of ``ap_fixed<W, I>`` is at most ``2**(I - 1)``, which ``ap_ufixed<W, I>``
  holds), so no value is rounded or wrapped and the following layer sees the true value;
* the config and function-call templates (:func:`~bead_fpga.hls.ext.common.layer_templates`) and ``include/nnet_bead_abs.h``,
  on the Vivado and Vitis backends.
"""

from __future__ import annotations

import dataclasses
import math

from hls4ml.converters import register_onnx_layer_handler
from hls4ml.model.layers import Layer, register_layer
from hls4ml.model.optimizer import OptimizerPass
from hls4ml.model.types import UnspecifiedPrecisionType

from bead_fpga.hls.ext.common import (
    fixed_format,
    hls_type,
    insert_pass,
    layer_templates,
    register_header,
    register_templates,
)

HEADER = "nnet_bead_abs.h"


def parse_abs(node, input_names, input_shapes, graph) -> dict:
    """Elementwise: nothing to read but the tensor names."""
    return {"class_name": "Abs", "name": node.name, "inputs": input_names, "outputs": list(node.output)}


class Abs(Layer):
    """``|x|`` of every element of the input (batch axis excluded)."""

    def initialize(self) -> None:
        shape = list(self.get_input_variable().shape)
        self.set_attr("n_in", math.prod(shape))
        self.add_output_variable(shape)


class AbsExactPrecision(OptimizerPass):
    """Result of an ``Abs`` exact: the input's fixed-point format, unsigned, same width."""

    def match(self, node) -> bool:
        return (
            isinstance(node, Abs)
            and isinstance(node.get_output_variable().type.precision, UnspecifiedPrecisionType)
            and fixed_format(node.get_input_variable().type.precision) is not None
        )

    def transform(self, model, node) -> bool:
        fmt = fixed_format(node.get_input_variable().type.precision)
        node.get_output_variable().type.precision = hls_type(dataclasses.replace(fmt, signed=False, narrow=False))
        return True


CONFIG_TEMPLATE = """struct config{index} : nnet::bead_abs_config {{
    static const unsigned n_in = {n_in};
}};"""
FUNCTION_TEMPLATE = "nnet::bead_abs<{input_t}, {output_t}, {config}>({input}, {output});"


#: The ONNX op this extension converts (its entry in :mod:`bead_fpga.graph.ops`).
OP = "Abs"


def register() -> None:
    register_onnx_layer_handler("Abs", parse_abs)
    register_layer("Abs", Abs)
    insert_pass("convert", "bead_abs_exact_precision", AbsExactPrecision, before="infer_precision_types")
    register_templates(*layer_templates(Abs, CONFIG_TEMPLATE, FUNCTION_TEMPLATE, HEADER))
    register_header(HEADER)
