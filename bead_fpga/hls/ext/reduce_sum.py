"""ONNX ``ReduceSum`` over one axis (the transformer's pooling over its tokens).

hls4ml 1.3's ONNX frontend has no ``ReduceSum``. bead-fpga already lowers the last-axis,
keep-dims form (the trigger score's sum of squares) to a ``MatMul`` with ones
(:class:`bead_fpga.graph.cleanup.LowerReduceSum`); any other single-axis sum, such as
``sum over the 19 tokens`` of an ``(N, 19, d)`` tensor, comes here. The pieces, as in
hls4ml's ``test_extensions.py``:

* :func:`parse_reduce_sum`: the ONNX handler (axes from the attribute or the second input);
* :class:`ReduceSum`: the IR layer; the input is viewed as ``(outer, reduce, inner)``;
* :class:`ReduceSumAxesConstant`: drops the axes input's ``Constant`` (already read);
* :class:`ReduceSumExactPrecision`: accumulator and result ``ceil(log2(n))`` bits wider
  than the input, so the sum is exact and the following ``Quant`` rounds the true value;
* the config and function-call templates (:func:`~bead_fpga.hls.ext.common.layer_templates`) and
  ``include/nnet_bead_reduce_sum.h``, on the Vivado and Vitis backends.
"""

from __future__ import annotations

import math

import numpy as np
from hls4ml.converters import register_onnx_layer_handler
from hls4ml.converters.onnx_to_hls import get_constant_value, get_onnx_attribute
from hls4ml.model.layers import Layer, register_layer
from hls4ml.model.optimizer import OptimizerPass
from hls4ml.model.types import UnspecifiedPrecisionType

from bead_fpga.errors import BeadError
from bead_fpga.hls.ext.common import (
    fixed_format,
    hls_type,
    insert_pass,
    layer_templates,
    register_header,
    register_templates,
)

HEADER = "nnet_bead_reduce_sum.h"


def parse_reduce_sum(node, input_names, input_shapes, graph) -> dict:
    """One axis, given as an attribute (opset < 13) or a constant second input (opset 13+)."""
    axes = get_onnx_attribute(node, "axes")
    if axes is None and len(node.input) > 1:
        axes = get_constant_value(graph, node.input[1])
    rank = len(input_shapes[0])
    axes = [] if axes is None else [int(a) % rank for a in np.atleast_1d(axes)]
    if len(axes) != 1 or axes[0] == 0:
        raise BeadError(f"ReduceSum node {node.name}", f"only a sum over one non-batch axis is supported, got axes={axes}",
                        "sum over one axis at a time, or reshape the summed axes into one")
    return {
        "class_name": "ReduceSum",
        "name": node.name,
        "inputs": input_names,
        "outputs": list(node.output),
        "axis": axes[0] - 1,  # the IR has no batch axis
        "keepdims": bool(get_onnx_attribute(node, "keepdims", 1)),
    }


class ReduceSum(Layer):
    """Sum over ``axis`` of the input (batch axis excluded)."""

    def initialize(self) -> None:
        shape = list(self.get_input_variable().shape)
        axis = self.get_attr("axis")
        self.set_attr("n_outer", math.prod(shape[:axis]))
        self.set_attr("n_reduce", shape[axis])
        self.set_attr("n_inner", math.prod(shape[axis + 1:]))
        out_shape = shape[:axis] + ([1] if self.get_attr("keepdims") else []) + shape[axis + 1:]
        self.add_output_variable(out_shape or [1])
        self.set_attr("accum_t", self.get_output_variable().type)


class ReduceSumAxesConstant(OptimizerPass):
    """Remove the ``Constant`` that carried the axes (opset 13+), as hls4ml does for Reshape."""

    def match(self, node) -> bool:
        return isinstance(node, ReduceSum) and len(node.inputs) > 1

    def transform(self, model, node) -> bool:
        axes = node.get_input_node(node.inputs[1])
        del node.inputs[1:]
        if axes is not None:
            model.remove_node(axes)
        return True


class ReduceSumExactPrecision(OptimizerPass):
    """Result of a ``ReduceSum`` exact: the input type grown by ``ceil(log2(n_reduce))`` bits."""

    def match(self, node) -> bool:
        return (
            isinstance(node, ReduceSum)
            and isinstance(node.get_output_variable().type.precision, UnspecifiedPrecisionType)
            and fixed_format(node.get_input_variable().type.precision) is not None
        )

    def transform(self, model, node) -> bool:
        fmt = fixed_format(node.get_input_variable().type.precision)
        node.get_output_variable().type.precision = hls_type(fmt.summed(node.get_attr("n_reduce")))
        return True


CONFIG_TEMPLATE = """struct config{index} : nnet::reduce_sum_config {{
    typedef {accum_t.name} accum_t;
    static const unsigned n_outer = {n_outer};
    static const unsigned n_reduce = {n_reduce};
    static const unsigned n_inner = {n_inner};
}};"""
FUNCTION_TEMPLATE = "nnet::reduce_sum<{input_t}, {output_t}, {config}>({input}, {output});"


#: The ONNX op this extension converts (its entry in :mod:`bead_fpga.graph.ops`).
OP = "ReduceSum"


def register() -> None:
    register_onnx_layer_handler("ReduceSum", parse_reduce_sum)
    register_layer("ReduceSum", ReduceSum)
    insert_pass("parse_qonnx", "bead_reduce_sum_axes_constant", ReduceSumAxesConstant, before="reshape_constant")
    insert_pass("convert", "bead_reduce_sum_exact_precision", ReduceSumExactPrecision, before="infer_precision_types")
    register_templates(*layer_templates(ReduceSum, CONFIG_TEMPLATE, FUNCTION_TEMPLATE, HEADER))
    register_header(HEADER)
