"""FLOPs, BOPs and parameters per layer of the exported QONNX graph.

The counting is qonnx's own (:func:`qonnx.util.inference_cost.inference_cost`): per node the
multiply-accumulates by operand data type, with products by a constant zero weight discounted
(they vanish in a fully unrolled design), and the weights by type. From those we derive, and
label as derived:

* ``flops = 2 * macs`` (a multiply and an add each);
* ``bops`` as in the FPGA quantization literature (Baskin et al., *UNIQ*, ACM TOCS 2021,
  eq. 5; used by Brevitas/FINN papers): per MAC ``b_a * b_w`` for the product -- qonnx's
  ``total_bops`` -- plus ``b_a + b_w + log2(n)`` for accumulating into a register wide enough
  for a fan-in ``n``;
* ``params``: the constants the trigger graph stores, as it stores them: qonnx's weight count
  (zero weights included) plus the constants added to each layer's output or elsewhere, which
  qonnx does not count (it treats ``Add`` as free); a table looked up at fixed indices is
  counted per lookup (the transformer's 4x6 type embedding is 19 tokens x 6 in the graph),
  *without* the constant 0/1 matrices (:func:`is_structural`): a model's slot mask, object
  selections, counts and the score's sum are MatMuls whose weight holds one power of two and
  zeros. They are wiring and adders, not stored parameters, yet qonnx counts every entry (3,249
  for a 57x57 mask, more than a reference model's learned weights), so they are counted apart
  as ``structural_weights``.

qonnx also treats element-wise ``Mul`` as free; a ``Mul`` of two computed tensors (the
trigger score's ``mu * mu``) is a real multiplier in hardware, so those are listed per node
as extra products (``elementwise_mults``), outside qonnx's totals and said to be so.
"""

from __future__ import annotations

import math
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

import numpy as np
from qonnx.core.datatype import DataType
from qonnx.core.modelwrapper import ModelWrapper
from qonnx.util.inference_cost import inference_cost

from bead_fpga.errors import BeadError

SOURCE = "qonnx:inference_cost"
DERIVED = "qonnx:inference_cost (derived)"


@dataclass(frozen=True)
class LayerCost:
    """One compute node of the graph: MACs (dense and with zero weights discounted), the
    operand types qonnx inferred, and what follows from them."""

    node: str
    op_type: str
    operand_types: str
    macs: float
    macs_nonzero: float
    flops: float
    bops_mult: float
    bops_acc: float
    weights: int
    biases: int
    elementwise_mults: int = 0
    structural_weights: int = 0

    @property
    def bops(self) -> float:
        return self.bops_mult + self.bops_acc

    @property
    def params(self) -> int:
        return self.weights + self.biases


def _total(quantity: str) -> property:
    """A :class:`GraphCost` total: the layers' ``quantity`` summed (one rule for every total)."""
    return property(lambda cost: sum(getattr(layer, quantity) for layer in cost.layers),
                    doc=f"the layers' {quantity}, summed")


@dataclass(frozen=True)
class GraphCost:
    """Per-layer rows and totals; ``macs``/``flops``/``bops`` count nonzero-weight products."""

    layers: tuple[LayerCost, ...]
    unsupported: tuple[str, ...]

    macs = _total("macs_nonzero")
    flops = _total("flops")
    bops = _total("bops")
    params = _total("params")
    structural_weights = _total("structural_weights")
    elementwise_mults = _total("elementwise_mults")

    def to_dict(self) -> dict[str, Any]:
        return {
            "source": SOURCE,
            "macs": self.macs, "flops": self.flops, "bops": self.bops, "params": self.params,
            "structural_weights": self.structural_weights, "elementwise_mults": self.elementwise_mults,
            "unsupported_ops": list(self.unsupported),
            "notes": [
                "macs/flops/bops discount products by constant-zero weights (qonnx discount_sparsity)",
                "flops = 2 * macs; bops = qonnx product BOPs + accumulation b_a + b_w + log2(fan-in) per MAC",
                "params = qonnx weight count + bias constants, without constant 0/1 matrices (one power "
                "of two and zeros: selections, counts, sums), counted as structural_weights; their products "
                "stay in qonnx's MACs/BOPs",
                "element-wise Mul of two computed tensors is listed as elementwise_mults, outside qonnx's "
                "MAC totals",
            ],
            "layers": [asdict(layer) | {"bops": layer.bops, "params": layer.params} for layer in self.layers],
        }


def _mac_types(node_cost: dict[str, float]) -> list[tuple[DataType, DataType, float]]:
    out = []
    for key, count in node_cost.items():
        if key.startswith("op_mac_"):
            a, b = key.removeprefix("op_mac_").split("_", 1)
            out.append((DataType[a], DataType[b], float(count)))
    return out


def _weights(node_cost: dict[str, float]) -> int:
    return int(round(sum(v for k, v in node_cost.items() if k.startswith("mem_w_"))))


def _cost_ready(model: ModelWrapper) -> ModelWrapper:
    """The graph as ``inference_cost`` leaves it before counting: constants folded, nodes
    renumbered, tensors named after their nodes. Done first with our own renaming
    (:class:`~bead_fpga.graph.cleanup.ReadableTensorNames`), qonnx's renaming becomes the
    identity: its ``GiveReadableTensorNames`` rewires only the first input of ``Mul(x, x)``,
    and once folding has renumbered the nodes, the second input then names another tensor
    (a cycle, on the BEAD model's MET term)."""
    from qonnx.transformation.fold_constants import FoldConstants
    from qonnx.transformation.general import GiveUniqueNodeNames, GiveUniqueParameterTensors
    from qonnx.transformation.infer_datatypes import InferDataTypes
    from qonnx.transformation.infer_shapes import InferShapes

    from bead_fpga.graph.cleanup import QONNX_DOMAIN, ReadableTensorNames

    for node in model.get_nodes_by_op_type("Quant"):
        node.domain = QONNX_DOMAIN
    for step in (InferShapes(), GiveUniqueParameterTensors(), InferDataTypes(allow_scaledint_dtypes=True),
                 FoldConstants(exclude_op_types=[]), GiveUniqueNodeNames(), ReadableTensorNames()):
        model = model.transform(step)
    return model


#: Element-wise ops without a multiply-accumulate that qonnx's zero-cost list (``Relu``,
#: ``Clip``, ``Sub``, ...) lacks: the ``l1`` trigger's ``Abs`` costs no MAC, as ``Relu`` does not.
ZERO_COST_OPS = frozenset({"Abs"})


def graph_cost(qonnx_model: str | Path | ModelWrapper) -> GraphCost:
    """Per-node MACs, FLOPs, BOPs and parameters of a QONNX graph (file or ModelWrapper)."""
    model = _cost_ready(qonnx_model if isinstance(qonnx_model, ModelWrapper) else _load(qonnx_model))
    sparse = inference_cost(model, cost_breakdown=True, discount_sparsity=True)
    dense = inference_cost(model, cost_breakdown=True, discount_sparsity=False)
    # inference_cost renames nodes uniquely and tensors readably on its own copy; node names
    # are what we key on, and they survive (GiveUniqueNodeNames keeps unique names as is).
    biases = _bias_counts(model)
    rows = []
    for name, cost in sparse.get("node_cost", {}).items():
        full = dense["node_cost"].get(name, cost)
        macs_nonzero = float(cost.get("total_macs", 0.0))
        macs = float(full.get("total_macs", macs_nonzero))
        fan_in = _fan_in(model, name)
        bops_acc = sum(
            count * (a.bitwidth() + b.bitwidth() + math.log2(max(fan_in, 1)))
            for a, b, count in _mac_types(cost)
        )
        types = ", ".join(sorted({f"{a.name} x {b.name}" for a, b, _ in _mac_types(cost)}))
        weights, structural = (0, _weights(full)) if is_structural(_weight(model, name)) else (_weights(full), 0)
        rows.append(LayerCost(
            node=name, op_type=_op_type(model, name), operand_types=types, macs=macs, macs_nonzero=macs_nonzero,
            flops=2.0 * macs_nonzero, bops_mult=float(cost.get("total_bops", 0.0)), bops_acc=float(bops_acc),
            weights=weights, biases=biases.get(name, 0), structural_weights=structural,
        ))
    rows += _elementwise_products(model) + _additive_constants(model)
    unsupported = sparse.get("total_cost", {}).get("unsupported", "set()")
    unsupported = tuple(sorted(x.strip(" '\"") for x in unsupported.strip("{}").split(",") if x.strip(" '\"") and unsupported != "set()"))
    unsupported = tuple(op for op in unsupported if op not in ZERO_COST_OPS)
    return GraphCost(tuple(rows), unsupported)


def _load(path: str | Path) -> ModelWrapper:
    path = Path(path)
    if not path.is_file():
        raise BeadError(path, "QONNX graph not found", "run `bead-fpga export MODEL_DIR` first")
    return ModelWrapper(str(path))


def _node(model: ModelWrapper, name: str):
    return next((n for n in model.graph.node if n.name == name), None)


def _op_type(model: ModelWrapper, name: str) -> str:
    node = _node(model, name)
    return node.op_type if node is not None else "?"


def _weight(model: ModelWrapper, name: str) -> np.ndarray | None:
    """The constant operand of a MatMul/Gemm/Conv node (its quantizer already folded), if any."""
    node = _node(model, name)
    if node is None or node.op_type not in ("MatMul", "Gemm", "Conv") or len(node.input) < 2:
        return None
    return model.get_initializer(node.input[1])


def is_structural(weight: np.ndarray | None) -> bool:
    """Whether a constant weight is wiring rather than parameters: every non-zero entry is the
    same power of two (a selection copies, a row of ones counts or sums, each a shift at most).
    A trained layer has many distinct values, and a binary network's weights take two signs, so
    neither is caught; an all-zero weight (a pruned layer) stays counted as qonnx counts it."""
    if weight is None:
        return False
    nonzero = np.unique(np.asarray(weight)[np.asarray(weight) != 0])
    return nonzero.size == 1 and float(np.log2(abs(float(nonzero[0])))).is_integer()


def _fan_in(model: ModelWrapper, name: str) -> int:
    """Terms summed per output: the contracted (last) axis of a MatMul/Gemm input, the
    kernel volume times input channels of a Conv."""
    node = _node(model, name)
    if node is None:
        return 1
    shape = model.get_tensor_shape(node.input[1] if node.op_type != "Gemm" else node.input[1])
    if shape is None:
        return 1
    if node.op_type == "Conv":
        return int(np.prod(shape[1:]))
    if node.op_type == "Gemm":
        trans_b = next((a.i for a in node.attribute if a.name == "transB"), 0)
        return int(shape[1] if trans_b else shape[0])
    return int(shape[-2]) if len(shape) >= 2 else int(shape[0])


def _bias_counts(model: ModelWrapper) -> dict[str, int]:
    """Constants added to a MatMul/Gemm/Conv output (directly or through its Quant), per node."""
    out: dict[str, int] = {}
    for node in model.graph.node:
        if node.op_type not in ("MatMul", "Gemm", "Conv"):
            continue
        if node.op_type in ("Gemm", "Conv") and len(node.input) > 2:
            out[node.name] = int(np.prod(model.get_tensor_shape(node.input[2]) or [0]))
            continue
        consumer = model.find_consumer(node.output[0])
        if consumer is not None and consumer.op_type == "Add":
            const = next((i for i in consumer.input if i != node.output[0]), None)
            init = model.get_initializer(const) if const else None
            if init is None and const:
                producer = model.find_producer(const)
                if producer is not None and producer.op_type == "Quant":
                    init = model.get_initializer(producer.input[0])
            if init is not None:
                out[node.name] = int(np.size(init))
    return out


def _additive_constants(model: ModelWrapper) -> list[LayerCost]:
    """Learned constants added where no MatMul's bias is (a transformer's per-token embedding):
    parameters that qonnx, treating ``Add`` as free, does not count; one row per ``Add``."""
    rows = []
    for node in model.graph.node:
        if node.op_type != "Add":
            continue
        const = next((model.get_initializer(i) for i in node.input if model.get_initializer(i) is not None), None)
        other = next((i for i in node.input if model.get_initializer(i) is None), None)
        producer = model.find_producer(other) if other else None
        if const is None or np.size(const) < 2 or (producer is not None and producer.op_type in ("MatMul", "Gemm", "Conv")):
            continue  # a scalar offset, or a MatMul's bias (counted with it by _bias_counts)
        rows.append(LayerCost(node=node.name, op_type="Add", operand_types="computed + constant", macs=0.0,
                              macs_nonzero=0.0, flops=0.0, bops_mult=0.0, bops_acc=0.0, weights=0,
                              biases=int(np.size(const))))
    return rows


def _elementwise_products(model: ModelWrapper) -> list[LayerCost]:
    rows = []
    for node in model.graph.node:
        if node.op_type != "Mul" or len(node.input) != 2:
            continue
        if any(model.get_initializer(i) is not None for i in node.input):
            continue  # scaling by a constant: a shift for power-of-two scales
        n = int(np.prod(model.get_tensor_shape(node.output[0]) or [0]))
        rows.append(LayerCost(node=node.name, op_type="Mul", operand_types="computed x computed", macs=0.0,
                              macs_nonzero=0.0, flops=float(n), bops_mult=0.0, bops_acc=0.0, weights=0, biases=0,
                              elementwise_mults=n))
    return rows
