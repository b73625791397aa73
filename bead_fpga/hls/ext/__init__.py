"""bead-fpga's hls4ml extensions: one module per ONNX op hls4ml 1.3 cannot convert alone.

Each module holds the pieces of hls4ml's own extension example (``test/pytest/
test_extensions.py``) that its op needs: an ONNX handler
(``hls4ml.converters.register_onnx_layer_handler``), a layer class
(``hls4ml.model.layers.register_layer``) when hls4ml has none, optimizer passes, backend
templates and a C++ header (``backend.register_source``), and one ``register()`` that hands
them to hls4ml. :func:`register_all` calls every ``register()`` exactly once; importing
:mod:`bead_fpga.hls` does that, so hls4ml itself stays unpatched.

Each module names its ONNX op (``OP``); :func:`register_all` enters it, and the ops hls4ml
converts alone (:data:`HLS4ML_OPS`), in the core's op registry (:mod:`bead_fpga.graph.ops`),
beside the op's cost model and RTL handler.

To add an op: write ``<op>.py`` with those pieces, ``OP`` and a ``register()``, list it in
:data:`MODULES`, and add a test in ``tests/hls_ext/`` that converts a minimal ONNX graph with
the op and compares the compiled C++ with qonnx's executor exactly.
"""

from __future__ import annotations

from bead_fpga.graph import ops
from bead_fpga.hls.ext import absolute, const_matmul, matmul_einsum, reduce_sum, token_dense

MODULES = (absolute, const_matmul, matmul_einsum, reduce_sum, token_dense)
#: Ops of the cleaned graph that hls4ml 1.3's own ONNX frontend converts (the dense ``MatMul``
#: included), so the registry says which back end serves each.
HLS4ML_OPS = ("Quant", "MatMul", "Add", "Sub", "Mul", "Relu", "Softmax", "Reshape", "Flatten", "Transpose", "Concat")
_registered = False


def register_all() -> None:
    """Register every extension with hls4ml (idempotent: hls4ml refuses a second registration)."""
    global _registered
    if _registered:
        return
    for op in HLS4ML_OPS:
        ops.register(op, hls="hls4ml")
    for module in MODULES:
        module.register()
        ops.register(module.OP, hls=module.__name__)
    _registered = True
