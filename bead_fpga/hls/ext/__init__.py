"""bead-fpga's hls4ml extensions: one module per ONNX op hls4ml 1.3 cannot convert alone.

Each module holds the pieces of hls4ml's own extension example (``test/pytest/
test_extensions.py``) that its op needs: an ONNX handler
(``hls4ml.converters.register_onnx_layer_handler``), a layer class
(``hls4ml.model.layers.register_layer``) when hls4ml has none, optimizer passes, backend
templates and a C++ header (``backend.register_source``), and one ``register()`` that hands
them to hls4ml. :func:`register_all` calls every ``register()`` exactly once; importing
:mod:`bead_fpga.hls` does that, so hls4ml itself stays unpatched.

To add an op: write ``<op>.py`` with those pieces and a ``register()``, list it in
:data:`MODULES`, and add a test in ``tests/hls_ext/`` that converts a minimal ONNX graph with
the op and compares the compiled C++ with qonnx's executor exactly.
"""

from __future__ import annotations

from bead_fpga.hls.ext import const_matmul, matmul_einsum, reduce_sum, token_dense

MODULES = (const_matmul, matmul_einsum, reduce_sum, token_dense)
_registered = False


def register_all() -> None:
    """Register every extension with hls4ml (idempotent: hls4ml refuses a second registration)."""
    global _registered
    if _registered:
        return
    for module in MODULES:
        module.register()
    _registered = True
