"""Minimal QONNX graphs for one hls4ml extension each, and the exact check every test ends in.

A graph here is written node by node with ``onnx.helper`` (no Brevitas, no bead-fpga model),
so the reference -- qonnx's own executor running that graph -- shares no code with the
extension under test. :func:`csim_matches_qonnx` converts the graph through bead-fpga's
normal path (:func:`~bead_fpga.graph.cleanup.prepare_for_hls4ml`,
:func:`~bead_fpga.hls.convert.convert_graph`, which registers the extensions), compiles the
C++ and compares every output value exactly.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import onnx
from onnx import TensorProto, helper, numpy_helper
from qonnx.core.modelwrapper import ModelWrapper
from qonnx.core.onnx_exec import execute_onnx
from qonnx.transformation.change_batchsize import ChangeBatchSize
from qonnx.transformation.infer_shapes import InferShapes

QONNX_DOMAIN = "qonnx.custom_op.general"
#: The input port: ``ap_fixed<16,6>``; events are drawn on its grid, inside its range.
INPUT_FORMAT = "fixed<16,6>"
INPUT_LSB = 2.0**-10


class GraphBuilder:
    """Append nodes and initializers to one graph with a ``(1, n_in)`` float input."""

    def __init__(self, n_in: int) -> None:
        self.n_in = n_in
        self.nodes: list[onnx.NodeProto] = []
        self.inits: list[onnx.TensorProto] = []
        self._count = 0

    def _name(self, stem: str) -> str:
        self._count += 1
        return f"{stem}{self._count}"

    def const(self, value: np.ndarray, stem: str = "c") -> str:
        name = self._name(stem)
        self.inits.append(numpy_helper.from_array(np.asarray(value, dtype=np.float32), name))
        return name

    def node(self, op: str, inputs: list[str], domain: str = "", **attrs) -> str:
        out = self._name(f"{op.lower()}_out")
        self.nodes.append(helper.make_node(op, inputs, [out], name=self._name(op), domain=domain, **attrs))
        return out

    def quant(self, x: str, frac_bits: int, bits: int = 8, signed: bool = True) -> str:
        """A power-of-two ``Quant`` (round half to even, saturating), as Brevitas exports them."""
        inputs = [x, self.const(2.0**-frac_bits, "scale"), self.const(0.0, "zeropt"), self.const(float(bits), "bits")]
        return self.node("Quant", inputs, domain=QONNX_DOMAIN, signed=int(signed), narrow=0, rounding_mode="ROUND")

    def reshape(self, x: str, shape: tuple[int, ...]) -> str:
        return self.node("Reshape", [x, self.const(np.array(shape, dtype=np.int64), "shape")])

    def model(self, output: str) -> ModelWrapper:
        out_shape = [1, None]
        graph = helper.make_graph(
            self.nodes, "minimal", [helper.make_tensor_value_info("global_in", TensorProto.FLOAT, [1, self.n_in])],
            [helper.make_tensor_value_info(output, TensorProto.FLOAT, out_shape)], self.inits,
        )
        # Reshape's shape input must stay int64
        for init in graph.initializer:
            if init.name.startswith("shape"):
                init.CopyFrom(numpy_helper.from_array(numpy_helper.to_array(init).astype(np.int64), init.name))
        model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 13)])
        return ModelWrapper(model).transform(InferShapes())


def events(n_in: int, n: int = 2000, seed: int = 0, scale: float = 2.0) -> np.ndarray:
    """Random inputs on the ``ap_fixed<16,6>`` grid (Gaussian, so some saturate downstream)."""
    rng = np.random.default_rng(seed)
    return (np.round(rng.normal(0.0, scale, (n, n_in)) / INPUT_LSB) * INPUT_LSB).astype(np.float32)


def qonnx_outputs(model: ModelWrapper, x: np.ndarray) -> np.ndarray:
    """The reference: qonnx's executor on the whole batch at once."""
    batched = model.transform(ChangeBatchSize(len(x))).transform(InferShapes())
    out_name = batched.graph.output[0].name
    result = execute_onnx(batched, {batched.graph.input[0].name: x})[out_name]
    return np.asarray(result, dtype=np.float64).reshape(len(x), -1)


def csim_matches_qonnx(model: ModelWrapper, x: np.ndarray, tmp_path: Path, backend: str = "Vitis", reuse: int = 1):
    """Convert, compile and run ``model``; returns ``(hls_project, csim_out, qonnx_out)`` after
    asserting that every value is exactly equal."""
    from bead_fpga.hls.convert import HLSSettings, convert_graph
    from bead_fpga.graph.cleanup import prepare_for_hls4ml

    onnx_path = tmp_path / "graph.onnx"
    model.save(str(onnx_path))
    graph = prepare_for_hls4ml(ModelWrapper(str(onnx_path)))
    graph.save(str(onnx_path))
    expected = qonnx_outputs(graph, x)
    project = convert_graph(graph, onnx_path, "ext_test", INPUT_FORMAT, HLSSettings(backend=backend, reuse=reuse),
                            tmp_path / "hls", tmp_path)
    project.write()
    project.compile()
    got = project.predict(x)
    np.testing.assert_array_equal(got, expected)
    return project, got, expected


def layer_classes(project) -> list[str]:
    """The hls4ml layer classes of a converted project, in order."""
    return [layer.class_name for layer in project.hls_model.get_layers()]
