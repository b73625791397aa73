"""``MatMul`` of two activations (attention's ``Q.K^T`` and ``A.V``) as hls4ml's ``Einsum``.

hls4ml's ONNX frontend parses every ``MatMul`` into a ``MatMul`` layer and turns it into a
``Dense`` only when the second operand is a constant; with two activations nothing claims it.
hls4ml already has the layer for it: ``Einsum`` (two inputs, Vivado/Vitis templates and
``nnet_einsum.h``), reached today only from the PyTorch and Keras 3 frontends. This module
adds the two pieces the ONNX path lacks:

* :class:`MatMulToEinsum` (``parse_qonnx`` flow) rewrites an activation x activation
  ``MatMul`` into ``Einsum`` with the batched-matmul equation ``...mk,...kn->...mn``;
* :class:`EinsumExactPrecision` (``convert`` flow, before ``infer_precision_types``, which
  knows no ``Einsum`` and would give it the model's default type) sets the accumulator and
  result to the exact type of a sum of ``k`` products, so the ``Quant`` that follows rounds
  the true value, as QONNX does.

No handler, layer class, template or header is needed: hls4ml provides them.
"""

from __future__ import annotations


from hls4ml.model.layers import Constant, Einsum, MatMul
from hls4ml.model.optimizer import OptimizerPass
from hls4ml.model.types import UnspecifiedPrecisionType

from bead_fpga.errors import BeadError
from bead_fpga.graph.ops import matmul_equation
from bead_fpga.hls.ext.common import fixed_format, hls_type, insert_pass, replace_layer


class MatMulToEinsum(OptimizerPass):
    """``MatMul(a, b)`` with neither operand a constant -> ``Einsum(a, b)``."""

    def match(self, node) -> bool:
        return (
            isinstance(node, MatMul)
            and len(node.inputs) == 2
            and not any(isinstance(node.get_input_node(i), Constant) for i in node.inputs)
        )

    def transform(self, model, node) -> bool:
        shape0 = tuple(node.get_input_variable(node.inputs[0]).shape)
        shape1 = tuple(node.get_input_variable(node.inputs[1]).shape)
        if len(shape0) != len(shape1) or len(shape0) < 2 or shape0[:-2] != shape1[:-2] or shape0[-1] != shape1[-2]:
            raise BeadError(f"MatMul node {node.name}", f"operands {shape0} x {shape1} are not a same-batch matmul",
                            "broadcast the batch axes explicitly before the MatMul")
        attributes = {
            "equation": matmul_equation(len(shape0)),
            "inp0_shape": shape0,
            "inp1_shape": shape1,
            "out_shape": (*shape0[:-1], shape1[-1]),
        }
        replace_layer(model, node, Einsum, f"einsum_{node.name}", attributes, list(node.inputs))
        return True


class EinsumExactPrecision(OptimizerPass):
    """Accumulator and result of an ``Einsum`` wide enough for every sum of products."""

    def match(self, node) -> bool:
        if not isinstance(node, Einsum):
            return False
        unset = any(isinstance(node.types[t].precision, UnspecifiedPrecisionType) for t in ("accum_t", "result_t"))
        return unset and all(fixed_format(node.get_input_variable(i).type.precision) for i in node.inputs)

    def transform(self, model, node) -> bool:
        a, b = (fixed_format(node.get_input_variable(i).type.precision) for i in node.inputs)
        n_contract = node.get_attr("inp0_shape")[-1]
        exact = hls_type(a.times(b).summed(n_contract))
        node.types["accum_t"].precision = exact
        node.get_output_variable().type.precision = exact
        return True


#: The ONNX op this extension converts (its entry in :mod:`bead_fpga.graph.ops`).
OP = "MatMul"


def register() -> None:
    """Add both passes to hls4ml's generic flows (they run for every backend)."""
    insert_pass("parse_qonnx", "bead_matmul_to_einsum", MatMulToEinsum, before="matmul_const_to_dense")
    insert_pass("convert", "bead_einsum_exact_precision", EinsumExactPrecision, before="infer_precision_types")
