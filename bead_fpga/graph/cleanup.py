"""QONNX graph rewrites that take a Brevitas export to the form hls4ml's ONNX frontend reads,
and which the RTL front end (:mod:`bead_fpga.rtl.frontend`) traces too: both back ends read one
cleaned graph, so they compute the same arithmetic.

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

* Four rewrites avoid what hls4ml misreads or crashes on, and say so in the verdict
  (:func:`note_rewrite`): :class:`SignedOneBitAsBipolar`, :class:`ColumnScalesAfterMatMul`,
  :class:`InputAffineIntoMatMul`, :class:`BiasAddIntoConv`.

and two about the shapes real exports have, applied first (:func:`fold_shape_arithmetic`):

* ``x.view(x.size(0), -1)`` exports as ``Shape -> Gather -> Unsqueeze -> Concat -> Reshape``
  on a symbolic batch axis. qonnx's ``FoldConstants`` folds a ``Shape`` whose input shape is
  known, and then everything computed from it, but a symbolic batch is not known:
  :class:`BatchOfOne` fixes it at 1 (hls4ml computes one event per call) first.
* A graph whose input is one vector, without a batch axis (``nn.Linear`` on a 1-D tensor), is
  not what hls4ml reads: :class:`AddBatchAxis` adds the axis once at the input and moves every
  axis-numbered attribute one place along so the graph computes the same thing.
"""

from __future__ import annotations

import re
import warnings

import numpy as np
import onnx
from onnx import helper
from qonnx.core.modelwrapper import ModelWrapper
from qonnx.custom_op.general.intquant import int_quant
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
#: Ops that number one axis in an ``axis`` attribute (shifted by :class:`AddBatchAxis`).
AXIS_OPS = frozenset({"Softmax", "LogSoftmax", "Hardmax", "Flatten", "Concat", "Gather", "Split"})
#: Elementwise ops by a constant that :class:`InputAffineIntoMatMul` composes into one affine map.
AFFINE_OPS = frozenset({"Add", "Sub", "Mul", "Div"})
#: Ops that list axes in an ``axes`` attribute or, from opset 13 on, their second input.
AXES_OPS = frozenset({"Squeeze", "Unsqueeze", "ReduceSum", "ReduceMean", "ReduceMax", "ReduceMin", "ReduceProd"})


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


def data_input_info(model: ModelWrapper):
    """The ``ValueInfo`` of the graph input that is data, not a weight (Brevitas lists its
    weights as graph inputs too)."""
    return next(i for i in model.graph.input if model.get_initializer(i.name) is None)


def drop_inner_shapes(model: ModelWrapper) -> ModelWrapper:
    """Forget every intermediate shape and infer them again from the input's (the shapes of
    constants stay: hls4ml reads a Quant's scale shape from them)."""
    inner = [v for v in model.graph.value_info if model.get_initializer(v.name) is None]
    for info in inner:
        model.graph.value_info.remove(info)
    return model.transform(InferShapes())


class BatchOfOne(Transformation):
    """A symbolic (or zero) batch axis on the input and output fixed at 1, the batch hls4ml
    computes per call, and the inner shapes inferred again: with every shape known, qonnx's
    ``FoldConstants`` folds ``Shape`` and the ``Gather``/``Unsqueeze``/``Concat``/``Slice``
    arithmetic on it into the constant a ``Reshape`` reads. Leaves rank-1 (unbatched) inputs
    alone, for :class:`AddBatchAxis`."""

    def apply(self, model: ModelWrapper) -> tuple[ModelWrapper, bool]:
        changed = False
        for info in (data_input_info(model), model.graph.output[0]):
            dims = info.type.tensor_type.shape.dim
            if len(dims) >= 2 and dims[0].dim_value <= 0:
                dims[0].dim_value = 1  # a oneof with dim_param: setting one clears the other
                changed = True
        return (drop_inner_shapes(model) if changed else model), False


def data_path(model: ModelWrapper, tensor: str) -> list:
    """The nodes computed from ``tensor``, in graph order (not those on weights alone)."""
    reached, nodes = {tensor}, []
    for node in model.graph.node:  # exports list nodes in execution order; SortGraph ensures it
        if reached.intersection(node.input):
            nodes.append(node)
            reached.update(node.output)
    return nodes


class AddBatchAxis(Transformation):
    """A rank-1 input (one event, no batch axis: ``nn.Linear`` on a 1-D tensor) given a batch
    axis of 1 in front, carried through: the output gets it too, and every attribute or
    constant that numbers axes (``axis``, ``axes``, ``perm``, a ``Reshape``'s target) moves one
    place along, so each node computes what it did, per event. An op that numbers axes in a way
    not listed here, or reduces over every axis, is refused rather than guessed."""

    def apply(self, model: ModelWrapper) -> tuple[ModelWrapper, bool]:
        info = data_input_info(model)
        if len(info.type.tensor_type.shape.dim) != 1:
            return model, False
        for value in (info, model.graph.output[0]):
            value.type.tensor_type.shape.dim.insert(0, onnx.TensorShapeProto.Dimension(dim_value=1))
        note_rewrite(model, f"input {info.name} has no batch axis: one of size 1 added in front and carried through")
        opset = model.model.opset_import[0].version
        for node in data_path(model, info.name):
            self._shift(model, node, opset)
        return drop_inner_shapes(model), False

    @staticmethod
    def _shift(model: ModelWrapper, node, opset: int) -> None:
        attrs = {a.name: a for a in node.attribute}
        if node.op_type in AXIS_OPS:
            default = -1 if node.op_type in ("Softmax", "LogSoftmax", "Hardmax") and opset >= 13 else (
                1 if node.op_type in ("Flatten", "Softmax", "LogSoftmax", "Hardmax") else 0)
            axis = attrs["axis"].i if "axis" in attrs else default
            _set_attribute(node, "axis", axis + 1 if axis >= 0 else axis)
        elif node.op_type == "Transpose":
            perm = list(attrs["perm"].ints) if "perm" in attrs else None
            if perm is None:
                raise ValueError(f"node {node.name}: Transpose without perm on an unbatched graph")
            _set_attribute(node, "perm", [0, *(p + 1 for p in perm)])
        elif node.op_type in AXES_OPS:
            if "axes" in attrs:
                _set_attribute(node, "axes", [a + 1 if a >= 0 else a for a in attrs["axes"].ints])
            elif len(node.input) > 1 and (axes := model.get_initializer(node.input[1])) is not None:
                model.set_initializer(node.input[1], np.where(axes >= 0, axes + 1, axes).astype(axes.dtype))
            else:
                raise ValueError(f"node {node.name}: {node.op_type} over every axis of an unbatched graph "
                                 "would reduce over the batch axis too")
        elif node.op_type == "Reshape":
            target = model.get_initializer(node.input[1])
            if target is None:
                raise ValueError(f"node {node.name}: a Reshape to a computed shape on an unbatched graph")
            model.set_initializer(node.input[1], np.concatenate([[1], target]).astype(target.dtype))
        elif attrs.keys() & {"axis", "axes", "perm"}:
            raise ValueError(f"node {node.name}: op {node.op_type} numbers axes; bead-fpga cannot add "
                             "a batch axis in front of it")


def _set_attribute(node, name: str, value) -> None:
    """Replace (or add) one attribute of ``node``."""
    for attribute in list(node.attribute):
        if attribute.name == name:
            node.attribute.remove(attribute)
    node.attribute.append(helper.make_attribute(name, value))


def fold_shape_arithmetic(model: ModelWrapper) -> ModelWrapper:
    """The graph with one batch axis of size 1 and every computation on shapes folded into
    constants (:class:`AddBatchAxis`, :class:`BatchOfOne`, then qonnx's ``InferShapes`` and
    ``FoldConstants``); node names are kept, so what is left can be named as the file names it."""
    for transformation in (SortGraph(), AddBatchAxis(), BatchOfOne(), InferShapes(),
                           FoldConstants(exclude_op_types=["Quant", "BipolarQuant"])):
        model = model.transform(transformation)
    return model


#: Metadata key under which a rewrite that changes how hls4ml reads a node records why.
REWRITES_KEY = "bead_fpga.rewrites"


def note_rewrite(model: ModelWrapper, text: str) -> None:
    """Record one rewrite in the graph's metadata, for the verdict to say."""
    notes = model.get_metadata_prop(REWRITES_KEY)
    model.set_metadata_prop(REWRITES_KEY, f"{notes}\n{text}" if notes else text)


def rewrites(model: ModelWrapper) -> list[str]:
    """The rewrites :func:`note_rewrite` recorded, in order."""
    notes = model.get_metadata_prop(REWRITES_KEY)
    return notes.split("\n") if notes else []


class BiasAddIntoConv(Transformation):
    """``Add(Conv(x, W), b)`` with ``b`` one value per output channel (``(C, 1, 1)`` for 2-D,
    ``(C, 1)`` for 1-D, or ``(C,)`` behind a per-tensor ``Quant``) -> ``Conv(x, W, b)``.

    QKeras' converter writes a conv bias as a separate ``Add``. hls4ml turns that ``Add`` into
    an ``ApplyAlpha`` layer whose bias spans the whole image, and its ``fuse_batch_normalization``
    pass then crashes fusing it into the conv ("operands could not be broadcast together");
    as the conv's own bias input it is read as a bias."""

    def apply(self, model: ModelWrapper) -> tuple[ModelWrapper, bool]:
        for node in model.graph.node:
            conv = model.find_producer(node.input[0]) if node.op_type == "Add" else None
            if conv is None or conv.op_type != "Conv" or len(conv.input) > 2 \
                    or len(model.find_consumers(conv.output[0])) != 1:
                continue
            shape = model.get_tensor_shape(conv.output[0])
            bias, value = self._per_channel(model, node.input[1], shape[1]) if shape else (None, None)
            if value is None:
                continue
            model.set_initializer(bias, value.reshape(shape[1]))
            conv.input.append(node.input[1])
            conv.output[0] = node.output[0]
            model.graph.node.remove(node)
            note_rewrite(model, f"node {node.doc_string or node.name}: bias Add taken into Conv "
                                f"{conv.doc_string or conv.name} (hls4ml's fuse_batch_normalization crashes on it)")
            return drop_inner_shapes(model), True
        return model, False

    @staticmethod
    def _per_channel(model: ModelWrapper, tensor: str, channels: int) -> tuple[str, np.ndarray | None]:
        """The constant behind ``tensor`` (itself, or the input of a per-tensor ``Quant`` of a
        constant) and its value when it holds one value per channel, else ``None``."""
        producer = model.find_producer(tensor)
        if producer is not None:
            params = [model.get_initializer(name) for name in producer.input]
            if producer.op_type != "Quant" or any(p is None for p in params) or any(np.size(p) != 1 for p in params[1:]):
                return tensor, None
            tensor = producer.input[0]
        value = model.get_initializer(tensor)
        if value is None or value.size != channels or (value.ndim > 1 and value.shape[0] != channels):
            return tensor, None
        return tensor, value


class ColumnScalesAfterMatMul(Transformation):
    """``MatMul(x, Quant(W, s))`` with one scale per output column -> ``Mul(MatMul(x,
    Quant(W / s, 1)), s)``: the same integers times the same scales, the scales applied after
    the sum instead of before (exact in float32 for power-of-two scales, which is what
    Brevitas' per-channel fixed-point weights have).

    hls4ml makes a ``Dense`` layer only of a ``MatMul`` whose weights are one constant with one
    scale; per-column scales leave it a ``MatMul`` of two tensors, which it cannot convert.
    After the rewrite the weights have scale 1 and the scales are a per-channel ``Mul``."""

    def apply(self, model: ModelWrapper) -> tuple[ModelWrapper, bool]:
        for index, node in enumerate(model.graph.node):
            quant = model.find_producer(node.input[1]) if node.op_type == "MatMul" else None
            if quant is None or quant.op_type != "Quant" or len(model.find_consumers(quant.output[0])) != 1:
                continue
            weights, scale, zeropt, bits = (model.get_initializer(name) for name in quant.input)
            if weights is None or scale is None or zeropt is None or bits is None or weights.ndim != 2 \
                    or np.size(scale) != weights.shape[1] or np.size(scale) == 1 or np.any(zeropt != 0):
                continue
            columns = scale.reshape(1, -1).astype(np.float32)
            model.set_initializer(quant.input[0], (weights / columns).astype(np.float32))
            model.set_initializer(f"{quant.name}_unit_scale", np.array(1.0, dtype=np.float32))
            quant.input[1] = f"{quant.name}_unit_scale"
            model.set_initializer(f"{node.name}_column_scales", columns.ravel())
            summed = f"{node.name}_unscaled"
            mul = helper.make_node("Mul", [summed, f"{node.name}_column_scales"], [node.output[0]],
                                   name=f"{node.name}_column_scales", doc_string=node.doc_string)
            node.output[0] = summed
            model.graph.node.insert(index + 1, mul)
            note_rewrite(model, f"node {node.doc_string or node.name or 'MatMul'}: per-column weight scales moved "
                                "after the MatMul as a Mul (hls4ml converts a MatMul only with one weight scale)")
            return drop_inner_shapes(model), True
        return model, False


class InputAffineIntoMatMul(Transformation):
    """``x -> Add/Sub/Mul/Div by constants -> MatMul(., Quant(W, s))`` on the graph input, with
    an overall power-of-two scale ``a`` and offset ``b`` (``(x + 1) / 2``: ``a = 1/2``,
    ``b = 1/2``) -> ``MatMul(x, Quant(a W, a s)) + b @ Quant(W, s)``: the same quantized
    weights times ``a`` (exact for a power of two: ``round(a W / a s) = round(W / s)``) and the
    offset's contribution as a bias.

    hls4ml turns the unquantized input arithmetic into an ``ApplyAlpha`` with a bias, and its
    ``scale_down_mat_mul`` pass crashes moving that below the ``MatMul`` ("Unexpected new
    precision type: NamedType"; FINN's UNSW-NB15 2-bit MLP normalises its input this way)."""

    def apply(self, model: ModelWrapper) -> tuple[ModelWrapper, bool]:
        tensor, scale, offset, chain = data_input_info(model).name, 1.0, np.float64(0.0), []
        while len(consumers := model.find_consumers(tensor) or []) == 1 and consumers[0].op_type in AFFINE_OPS:
            node = consumers[0]
            constant = model.get_initializer(node.input[1]) if node.input[0] == tensor else None
            if constant is None or (node.op_type in ("Mul", "Div") and np.size(constant) != 1):
                return model, False
            scale, offset = _compose_affine(node.op_type, scale, offset, constant.astype(np.float64))
            chain.append(node)
            tensor = node.output[0]
        matmul = consumers[0] if len(consumers) == 1 and consumers[0].op_type == "MatMul" else None
        quant = model.find_producer(matmul.input[1]) if matmul is not None and matmul.input[0] == tensor else None
        if not chain or quant is None or quant.op_type != "Quant" or np.log2(abs(scale)) % 1 != 0:
            return model, False
        weights, step, zeropt, bits = (model.get_initializer(name) for name in quant.input)
        if weights is None or step is None or zeropt is None or bits is None or np.size(step) != 1:
            return model, False
        attrs = {a.name: helper.get_attribute_value(a) for a in quant.attribute}
        mode = attrs.get("rounding_mode", b"ROUND")
        quantized = int_quant(weights, step, zeropt, bits, attrs.get("signed", 1), attrs.get("narrow", 0),
                              mode.decode() if isinstance(mode, bytes) else mode)
        model.set_initializer(quant.input[0], (weights * scale).astype(np.float32))
        model.set_initializer(quant.input[1], (step * scale).astype(np.float32))
        bias = np.broadcast_to(offset, (weights.shape[0],)) @ quantized.astype(np.float64)
        model.set_initializer(f"{matmul.name}_input_offset", bias.astype(np.float32))
        shifted = f"{matmul.name}_before_offset"
        add = helper.make_node("Add", [shifted, f"{matmul.name}_input_offset"], [matmul.output[0]],
                               name=f"{matmul.name}_input_offset", doc_string=matmul.doc_string)
        matmul.output[0], matmul.input[0] = shifted, data_input_info(model).name
        model.graph.node.insert(list(model.graph.node).index(matmul) + 1, add)
        for node in chain:
            model.graph.node.remove(node)
        note_rewrite(model, f"nodes {', '.join(n.doc_string or n.name for n in chain)}: the input's scale and "
                            f"offset taken into the first MatMul's weights and bias (hls4ml's scale_down_mat_mul "
                            f"pass crashes on them)")
        return drop_inner_shapes(model), True


def _compose_affine(op: str, scale: float, offset: np.ndarray, constant: np.ndarray) -> tuple[float, np.ndarray]:
    """``(a, b)`` of ``op(a x + b, constant)`` for one more Add/Sub/Mul/Div by a constant."""
    if op == "Add":
        return scale, offset + constant
    if op == "Sub":
        return scale, offset - constant
    factor = float(constant) if op == "Mul" else 1.0 / float(constant)
    return scale * factor, offset * factor


class SignedOneBitAsBipolar(Transformation):
    """A signed 1-bit ``Quant`` (zero point 0) -> ``BipolarQuant`` with the same scale.

    qonnx's executor reads a signed 1-bit ``Quant`` as the sign, ``+-scale`` (0 -> +scale),
    which is what Brevitas and FINN mean by it; hls4ml gives it the two's-complement type
    ``ap_fixed<1, .>``, whose values are ``-scale`` and ``0``. ``BipolarQuant`` has qonnx's
    meaning under a name hls4ml reads as binary, so the rewrite makes both sides agree."""

    def apply(self, model: ModelWrapper) -> tuple[ModelWrapper, bool]:
        for index, node in enumerate(model.graph.node):
            if node.op_type != "Quant":
                continue
            bits, zeropt = model.get_initializer(node.input[3]), model.get_initializer(node.input[2])
            signed = next((a.i for a in node.attribute if a.name == "signed"), 1)
            if bits is None or zeropt is None or np.size(bits) != 1 or float(bits) != 1 or not signed \
                    or np.any(zeropt != 0):
                continue
            bipolar = helper.make_node("BipolarQuant", [node.input[0], node.input[1]], list(node.output),
                                       domain=QONNX_DOMAIN, name=node.name, doc_string=node.doc_string)
            model.graph.node.remove(node)
            model.graph.node.insert(index, bipolar)
            note_rewrite(model, f"node {node.doc_string or node.name}: signed 1-bit Quant written as BipolarQuant "
                                "(qonnx reads it as +-scale, hls4ml's ap_fixed<1> as -scale/0)")
            return model, True
        return model, False


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
    signed 1-bit ``Quant`` as ``BipolarQuant``, Identity removed, ONNX's implicit Conv/Gemm
    defaults written out, ``Gemm`` turned into ``MatMul`` (hls4ml's QONNX path), per-column
    weight scales moved after their ``MatMul``, an unquantized affine map on the input taken
    into the first ``MatMul``, the score's ``ReduceSum`` lowered, a conv bias
    ``Add`` taken into its ``Conv``, convolutions moved to channels-last, and cleaned again.
    BatchNorm is left to hls4ml, which folds it where it can."""
    model = cleanup(model)
    model = model.transform(SignedOneBitAsBipolar())
    model = model.transform(RemoveIdentity())
    model = model.transform(ConvDefaults())
    model = model.transform(GemmZeroBias())
    with warnings.catch_warnings():
        # GemmToMatMul warns about any Gemm newer than opset 9; the plain transB form is what
        # it handles, and bead-fpga checks the rewritten graph event by event.
        warnings.filterwarnings("ignore", message="The GemmToMatMul transformation only offers")
        model = model.transform(GemmToMatMul())
    model = model.transform(FoldTransposeIntoQuantInit())  # the weights' Transpose GemmToMatMul wrote
    model = model.transform(ColumnScalesAfterMatMul())
    model = model.transform(InputAffineIntoMatMul())
    model = model.transform(LowerReduceSum())
    if any(node.op_type in SPATIAL_OPS for node in model.graph.node):
        model = model.transform(BiasAddIntoConv())
        model = model.transform(ConvertToChannelsLastAndClean(make_input_channels_last=True))
    return cleanup(model)
