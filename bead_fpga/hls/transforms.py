"""QONNX graph rewrites that take a Brevitas export to the form hls4ml's ONNX frontend reads.

Each rewrite is a qonnx :class:`~qonnx.transformation.base.Transformation`
(``model = model.transform(T())``), testable alone; :func:`prepare_for_hls4ml` composes them.
They exist because of three facts about the toolchain, each checked on hls4ml 1.3 /
qonnx 1.0:

* qonnx's ``GiveReadableTensorNames`` renames only the *first* occurrence of a tensor in a
  node's inputs, so the score's ``Mul(mu, mu)`` is left pointing at a tensor that no longer
  exists. :class:`ReadableTensorNames` renames every occurrence.
* hls4ml needs graph nodes in topological order and tensor names without ``.``
  (Brevitas names initializers ``l1.weight``); both come out of the same renaming pass.
* hls4ml's ONNX frontend has no ``ReduceSum``. The trigger score sums squared latent means
  over the last axis, which is exactly a ``MatMul`` with a column of ones: quantized to a
  2-bit signed constant, hls4ml turns it into a ``Dense`` layer whose multiplications by one
  synthesis removes. :class:`LowerReduceSum` does that rewrite.
"""

from __future__ import annotations

import re
import warnings

import numpy as np
from onnx import helper
from qonnx.core.modelwrapper import ModelWrapper
from qonnx.transformation.base import Transformation
from qonnx.transformation.fold_constants import FoldConstants
from qonnx.transformation.gemm_to_matmul import GemmToMatMul
from qonnx.transformation.general import (
    GiveUniqueNodeNames,
    GiveUniqueParameterTensors,
    RemoveStaticGraphInputs,
    RemoveUnusedTensors,
    SortGraph,
)
from qonnx.transformation.infer_shapes import InferShapes
from qonnx.transformation.quant_constant_folding import FoldTransposeIntoQuantInit

QONNX_DOMAIN = "qonnx.custom_op.general"
GLOBAL_IN = "global_in"
GLOBAL_OUT = "global_out"


def rename_everywhere(model: ModelWrapper, old: str, new: str) -> None:
    """Rename tensor ``old`` to ``new`` in every place a graph can name it, every occurrence."""
    graph = model.graph
    for coll in (graph.input, graph.output, graph.value_info, graph.initializer):
        for tensor in coll:
            if tensor.name == old:
                tensor.name = new
    for annotation in graph.quantization_annotation:
        if annotation.tensor_name == old:
            annotation.tensor_name = new
    for node in graph.node:
        for names in (node.input, node.output):
            for i, name in enumerate(names):
                if name == old:
                    names[i] = new


class ReadableTensorNames(Transformation):
    """Name graph tensors ``global_in``/``global_out``, ``<node>_out<i>`` and
    ``<node>_param<i>``, renaming every occurrence (unlike qonnx's ``GiveReadableTensorNames``,
    which breaks ``Mul(x, x)``). Renames go through temporary names so that a new name can
    never collide with an old one."""

    def apply(self, model: ModelWrapper) -> tuple[ModelWrapper, bool]:
        graph = model.graph
        rename_everywhere(model, graph.input[0].name, GLOBAL_IN)
        rename_everywhere(model, graph.output[0].name, GLOBAL_OUT)
        final: dict[str, str] = {}
        for k, node in enumerate(graph.node):
            stem = re.sub(r"\W", "_", node.name) or f"node{k}"
            for i, name in enumerate(node.output):
                if name != GLOBAL_OUT:
                    tmp = f"__tmp_out{k}_{i}"
                    rename_everywhere(model, name, tmp)
                    final[tmp] = f"{stem}_out{i}"
            for i, name in enumerate(node.input):
                if model.get_initializer(name) is not None and not name.startswith("__tmp"):
                    tmp = f"__tmp_param{k}_{i}"
                    rename_everywhere(model, name, tmp)
                    final[tmp] = f"{stem}_param{i}"
        for tmp, name in final.items():
            rename_everywhere(model, tmp, name)
        return model, False


class LowerReduceSum(Transformation):
    """``ReduceSum(x, axes=[-1], keepdims=1)`` -> ``MatMul(x, Quant(ones(k, 1)))``.

    Only the last-axis, keep-dims form is rewritten (the one the trigger score uses); any other
    ReduceSum is left for hls4ml to reject by name, rather than silently mis-lowered.
    """

    def apply(self, model: ModelWrapper) -> tuple[ModelWrapper, bool]:
        graph = model.graph
        for index, node in enumerate(graph.node):
            if node.op_type != "ReduceSum" or not self._last_axis_keepdims(model, node):
                continue
            width = model.get_tensor_shape(node.input[0])[-1]  # shapes known: checked above
            base = node.name
            for suffix, value in (
                ("ones", np.ones((width, 1), dtype=np.float32)),
                ("scale", np.array(1.0, dtype=np.float32)),
                ("zeropt", np.array(0.0, dtype=np.float32)),
                ("bitwidth", np.array(2.0, dtype=np.float32)),
            ):
                model.set_initializer(f"{base}_{suffix}", value)
            quant = helper.make_node(
                "Quant", [f"{base}_{s}" for s in ("ones", "scale", "zeropt", "bitwidth")],
                [f"{base}_weights"], domain=QONNX_DOMAIN, name=f"{base}_ones_quant",
                narrow=0, signed=1, rounding_mode="ROUND",
            )
            matmul = helper.make_node(
                "MatMul", [node.input[0], f"{base}_weights"], list(node.output), name=f"{base}_matmul"
            )
            graph.node.remove(node)
            graph.node.insert(index, quant)
            graph.node.insert(index + 1, matmul)
            return model, True
        return model, False

    @staticmethod
    def _last_axis_keepdims(model: ModelWrapper, node) -> bool:
        attrs = {a.name: helper.get_attribute_value(a) for a in node.attribute}
        shape = model.get_tensor_shape(node.input[0])
        if attrs.get("keepdims", 1) != 1 or not shape:
            return False
        rank = len(shape)
        axes = attrs.get("axes")
        if axes is None and len(node.input) > 1:
            axes = model.get_initializer(node.input[1])
        return axes is not None and [int(a) % rank for a in np.atleast_1d(axes)] == [rank - 1]


def cleanup(model: ModelWrapper) -> ModelWrapper:
    """qonnx's cleanup sequence, Quant nodes preserved, with our renaming in place of its own."""
    for transformation in (
        InferShapes(),
        GiveUniqueParameterTensors(),
        FoldConstants(exclude_op_types=["Quant"]),
        FoldTransposeIntoQuantInit(),
        RemoveUnusedTensors(),
        RemoveStaticGraphInputs(),
        SortGraph(),
        GiveUniqueNodeNames(),
        ReadableTensorNames(),
    ):
        model = model.transform(transformation)
    return model


def prepare_for_hls4ml(model: ModelWrapper) -> ModelWrapper:
    """Clean a Brevitas QONNX export, turn ``Gemm`` into ``MatMul`` (hls4ml's QONNX path),
    lower the score's ``ReduceSum``, and clean again."""
    model = cleanup(model)
    with warnings.catch_warnings():
        # GemmToMatMul warns about any Gemm newer than opset 9; Brevitas' Gemm is the plain
        # transB form it handles, and bead-fpga checks the rewritten graph event by event.
        warnings.filterwarnings("ignore", message="The GemmToMatMul transformation only offers")
        model = model.transform(GemmToMatMul())
    model = model.transform(LowerReduceSum())
    return cleanup(model)
