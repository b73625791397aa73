"""The RTL front end's handlers, one per ONNX op type, registered in the core's op registry
(:mod:`bead_fpga.graph.ops`) beside the op's hls4ml extension and cost model.

A handler takes the walker (:class:`bead_fpga.rtl.frontend.GraphWalker`: ``value(name)``,
``traced(x)``, ``graph``, ``declare_input``) and one node, and returns the node's output:
a numpy array when every input is a constant, else an :class:`~alkaid.trace.FVArray` of one
event's traced variables (the batch axis dropped). Ops the transformer and BEAD graphs need
beyond the dense networks: ``MatMul`` per token and between activations, ``Transpose`` and
``ReduceSum``.
"""

from __future__ import annotations

from typing import Any

import numpy as np
from onnx import helper
from qonnx.util.basic import get_by_name
from qonnx.custom_op.general.quant import quant as qonnx_quant

from bead_fpga.errors import BeadError
from bead_fpga.graph import ops
from bead_fpga.graph.ops import matmul_equation
from bead_fpga.graph.cleanup import GLOBAL_IN
from bead_fpga.graph.fixed import quant_format
from bead_fpga.rtl.arith import map_vars, round_to, saturate


def attribute(node: Any, name: str, default: Any) -> Any:
    """An ONNX attribute's value, ``default`` when the node does not set it (qonnx's
    ``get_by_name`` finds it, onnx's ``get_attribute_value`` decodes it)."""
    found = get_by_name(node.attribute, name)
    return default if found is None else helper.get_attribute_value(found)


def _quant(w: Any, node: Any) -> Any:
    fmt, mode = quant_format(w.graph, node)
    if node.input[0] == GLOBAL_IN:
        return w.declare_input(node, fmt)
    x = w.value(node.input[0])
    if not w.traced(x):  # a weight: QONNX's own quantizer, evaluated once
        return qonnx_quant(x, np.float64(fmt.lsb), np.float64(0.0), np.float64(fmt.bits), fmt.signed,
                           fmt.narrow, mode)
    relu = w.graph.find_producer(node.input[0])
    if relu is not None and relu.op_type == "Relu":
        # Quant(Relu(v)) rounds after the ReLU: an add of half an LSB that cannot join the
        # layer's bias add. Rounding is monotone and keeps 0, so rounding first and clipping
        # at 0 after gives every value the same code, and the half LSB folds into the bias.
        return map_vars(lambda v: saturate(round_to(v, fmt.frac, mode).relu(), fmt), w.value(relu.input[0]))
    return map_vars(lambda v: saturate(round_to(v, fmt.frac, mode), fmt), x)


def _matmul(w: Any, node: Any) -> Any:
    """A traced tensor times a constant matrix (a dense layer, applied per token when the
    tensor has tokens: alkaid's ``@`` contracts the last axis), constants alone (folded
    once, e.g. a positional table), or two tensors of the same rank (attention's
    ``Q.K^T`` and ``A.V``: one product per pair, batched over the leading axes)."""
    a, b = (w.value(name) for name in node.input)
    if not w.traced(a) and not w.traced(b):
        return a @ b
    if w.traced(a) and not w.traced(b) and b.ndim == 2:
        return a @ b
    rank = a.ndim  # np.ndim of a traced tensor is a traced value, not the rank
    if rank != b.ndim or rank < 2:
        raise BeadError(node.name, f"MatMul of shapes {a.shape} and {b.shape} (without the batch axis) "
                        "is not a layer or a batched product of equal ranks")
    return np.einsum(matmul_equation(rank), a, b)


def _add(w: Any, node: Any) -> Any:
    a, b = (w.value(name) for name in node.input)
    return a + b if w.traced(a) else b + a


def _sub(w: Any, node: Any) -> Any:
    a, b = (w.value(name) for name in node.input)
    return a - b if w.traced(a) else -(b - a)


def is_bit(v: Any) -> bool:
    """Whether a traced variable can only be 0 or 1 (one unsigned integer bit: the slot mask)."""
    k, i, f = v.kif
    return not k and i == 1 and f == 0


def _product(a: Any, b: Any) -> Any:
    """``a * b`` of two traced variables; by a 0/1 variable, a select (``b`` where the bit is 1,
    else 0: an AND per bit) instead of alkaid's variable product, which its Verilog writes as
    ``*`` and Yosys maps onto a DSP48E2 (the 57 masked products of a reconstruction score)."""
    if is_bit(b):
        a, b = b, a
    return a.msb_mux(b, 0.0) if is_bit(a) else a * b


def _mul(w: Any, node: Any) -> Any:
    a, b = (w.value(name) for name in node.input)
    if node.input[0] == node.input[1]:
        if w.squares_in_adders:
            from bead_fpga.rtl.square import square

            return map_vars(square, a)
        return a**2  # a square: alkaid then knows the product is non-negative
    if w.traced(a) and w.traced(b):
        return map_vars(_product, a, b)
    return a * b if w.traced(a) else b * a


def _abs(w: Any, node: Any) -> Any:
    """alkaid's own ``abs`` (a sign select between ``x`` and ``-x``; the identity when ``x``
    cannot be negative)."""
    return np.abs(w.value(node.input[0]))


def _relu(w: Any, node: Any) -> Any:
    return w.value(node.input[0]).relu()


def _identity(w: Any, node: Any) -> Any:
    return w.value(node.input[0])


def _concat(w: Any, node: Any) -> Any:
    """Joining traced tensors (the HVAE decoder reads both latent levels) is wiring only."""
    from alkaid.trace import FVArray

    parts = [w.value(name) for name in node.input]
    if not all(w.traced(p) for p in parts):
        raise BeadError(node.name, "Concat of a constant and a traced tensor is not supported",
                        "fold the constant into the next layer's bias")
    rank = len(w.graph.get_tensor_shape(node.output[0]))
    axis = attribute(node, "axis", 0)
    axis = axis + rank if axis < 0 else axis
    if axis == 0:
        raise BeadError(node.name, "Concat along the batch axis is not one event's arithmetic")
    return FVArray(np.concatenate([np.asarray(p) for p in parts], axis=axis - 1), parts[0].solver_options,
                   hwconf=parts[0].hwconf)


def _transpose(w: Any, node: Any) -> Any:
    """Reordering axes is wiring; the batch axis must stay first."""
    perm = list(attribute(node, "perm", ()))
    if not perm or perm[0] != 0:
        raise BeadError(node.name, f"Transpose with perm {perm} moves the batch axis")
    return w.value(node.input[0]).transpose(tuple(p - 1 for p in perm[1:]))


def _reduce_sum(w: Any, node: Any) -> Any:
    """A sum over event axes (the transformer's pooling over tokens): an adder tree per output."""
    axes = attribute(node, "axes", None)
    if axes is None and len(node.input) > 1 and node.input[1]:
        axes = w.graph.get_initializer(node.input[1])
    rank = len(w.graph.get_tensor_shape(node.input[0]))
    axes = tuple(range(1, rank)) if axes is None else tuple(int(a) % rank for a in np.ravel(axes))
    if 0 in axes:
        raise BeadError(node.name, "ReduceSum over the batch axis is not one event's arithmetic")
    return np.sum(w.value(node.input[0]), axis=tuple(a - 1 for a in axes),
                  keepdims=bool(attribute(node, "keepdims", 1)))


def _reshape(w: Any, node: Any) -> Any:
    shape = w.graph.get_tensor_shape(node.output[0])
    return w.value(node.input[0]).reshape(tuple(shape[1:]))


HANDLERS = {
    "Quant": _quant, "MatMul": _matmul, "Add": _add, "Sub": _sub, "Mul": _mul, "Relu": _relu,
    "Identity": _identity, "Flatten": _reshape, "Reshape": _reshape, "Concat": _concat,
    "Transpose": _transpose, "ReduceSum": _reduce_sum, "Abs": _abs,
}
for _op, _handler in HANDLERS.items():
    ops.register(_op, rtl=_handler)
