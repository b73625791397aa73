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
* hls4ml's ONNX frontend has no ``ReduceSum``. The trigger score sums squares (latent means
  or masked reconstruction errors) over the last axis, which is exactly a ``MatMul`` with a column of ones: quantized to a
  2-bit signed constant, hls4ml turns it into a ``Dense`` layer whose multiplications by one
  synthesis removes. :class:`LowerReduceSum` does that rewrite.

Graphs exported by other groups (``bead-fpga csim-qonnx``) add four more:

* hls4ml has no ``Identity`` handler; :class:`RemoveIdentity` drops them (and only them).
* qonnx's ``GemmToMatMul`` indexes the optional bias input ``C`` unconditionally and fails
  on a bias-free ``Gemm`` (``nn.Linear(bias=False)``). :class:`GemmZeroBias` writes ONNX's
  default (a zero bias) so it can lower every ``Gemm``.
* hls4ml's ONNX ``Conv`` handler reads ``strides`` (and ``pads``, ``dilations``) as required,
  but ONNX makes them optional (ones and zero padding). :class:`ConvDefaults` writes them out.
* hls4ml reads convolutions channels-last; qonnx's ``ConvertToChannelsLastAndClean`` moves
  the layout, applied only to graphs that convolve or pool (a no-op elsewhere).
"""

from __future__ import annotations

import re
import warnings

import numpy as np
from onnx import helper
from qonnx.core.modelwrapper import ModelWrapper
from qonnx.transformation.base import Transformation
from qonnx.transformation.channels_last import ConvertToChannelsLastAndClean
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
from qonnx.transformation.remove import remove_node_and_rewire

QONNX_DOMAIN = "qonnx.custom_op.general"
GLOBAL_IN = "global_in"
GLOBAL_OUT = "global_out"
#: Ops whose data layout qonnx's channels-last conversion has to move for hls4ml.
SPATIAL_OPS = frozenset({"Conv", "MaxPool", "AveragePool", "GlobalAveragePool", "GlobalMaxPool"})


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


class RemoveIdentity(Transformation):
    """Drop ``Identity`` nodes (hls4ml has no handler for them). Not qonnx's
    ``RemoveIdentityOps``: it also drops any ``Add``/``Mul`` whose constant is within 1e-5 of
    0/1, which is not an identity for a fixed-point design with finer LSBs."""

    def apply(self, model: ModelWrapper) -> tuple[ModelWrapper, bool]:
        for node in model.graph.node:
            if node.op_type == "Identity":
                remove_node_and_rewire(model, node)
                return model, True
        return model, False


class GemmZeroBias(Transformation):
    """``Gemm(A, B)`` -> ``Gemm(A, B, zeros)``: the bias ONNX assumes when ``C`` is absent,
    written out so that qonnx's ``GemmToMatMul`` (which requires ``C``) lowers the node."""

    def apply(self, model: ModelWrapper) -> tuple[ModelWrapper, bool]:
        changed = False
        for node in model.graph.node:
            if node.op_type == "Gemm" and len(node.input) == 2:
                width = model.get_tensor_shape(node.output[0])[-1]
                model.set_initializer(f"{node.name}_zero_bias", np.zeros(width, dtype=np.float32))
                node.input.append(f"{node.name}_zero_bias")
                changed = True
        return model, changed


class ConvDefaults(Transformation):
    """Write ONNX's defaults (unit ``strides`` and ``dilations``, zero ``pads``, ``group`` 1,
    ``kernel_shape`` from the weights) onto every ``Conv`` and pooling node that leaves them
    out: hls4ml's ONNX handlers read them as required attributes."""

    def apply(self, model: ModelWrapper) -> tuple[ModelWrapper, bool]:
        changed = False
        for node in model.graph.node:
            if node.op_type not in ("Conv", "MaxPool", "AveragePool"):
                continue
            attrs = {a.name for a in node.attribute}
            if "kernel_shape" not in attrs:
                if node.op_type != "Conv":  # required by ONNX for pooling: leave it for the checker
                    continue
                node.attribute.append(helper.make_attribute(
                    "kernel_shape", list(model.get_tensor_shape(node.input[1])[2:])))
            kernel = next(helper.get_attribute_value(a) for a in node.attribute if a.name == "kernel_shape")
            defaults = {"strides": [1] * len(kernel), "pads": [0] * (2 * len(kernel))}
            if node.op_type == "Conv":
                defaults.update(dilations=[1] * len(kernel), group=1)
            for name, value in defaults.items():
                if name not in attrs:
                    node.attribute.append(helper.make_attribute(name, value))
                    changed = True
        return model, changed


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
    """Clean a QONNX export (ours or anyone's) into the form hls4ml's ONNX frontend reads:
    Identity removed, ONNX's implicit Conv/Gemm defaults written out, ``Gemm`` turned into
    ``MatMul`` (hls4ml's QONNX path), the score's ``ReduceSum`` lowered, convolutions moved to
    channels-last, and cleaned again. BatchNorm is left to hls4ml, which folds it where it can."""
    model = cleanup(model)
    model = model.transform(RemoveIdentity())
    model = model.transform(ConvDefaults())
    model = model.transform(GemmZeroBias())
    with warnings.catch_warnings():
        # GemmToMatMul warns about any Gemm newer than opset 9; the plain transB form is what
        # it handles, and bead-fpga checks the rewritten graph event by event.
        warnings.filterwarnings("ignore", message="The GemmToMatMul transformation only offers")
        model = model.transform(GemmToMatMul())
    model = model.transform(LowerReduceSum())
    if any(node.op_type in SPATIAL_OPS for node in model.graph.node):
        model = model.transform(ConvertToChannelsLastAndClean(make_input_channels_last=True))
    return cleanup(model)
