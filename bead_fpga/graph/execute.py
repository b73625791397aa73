"""qonnx's executor on a whole batch of events: the reference every check in bead-fpga uses.

The export check (:mod:`bead_fpga.export`), the layer-by-layer trace (:mod:`bead_fpga.layer_trace`)
and other groups' graphs (:mod:`bead_fpga.qonnx_check`) all compare against qonnx's executor on
a graph; running it in fixed-size batches, and event by event where a graph cannot take
another batch size, is done here once.
"""

from __future__ import annotations

import numpy as np
from qonnx.core.modelwrapper import ModelWrapper
from qonnx.core.onnx_exec import execute_onnx
from qonnx.transformation.change_batchsize import ChangeBatchSize
from qonnx.transformation.general import RemoveStaticGraphInputs
from qonnx.transformation.infer_shapes import InferShapes

from bead_fpga.graph.cleanup import data_input_info

#: Events per executor call: large enough that onnxruntime's per-call overhead vanishes, small
#: enough that every tensor of a graph for a batch stays in a few MB.
EXEC_CHUNK = 500


def data_input(graph: ModelWrapper) -> str:
    """The graph input that is data, not a weight (Brevitas lists weights as inputs too)."""
    return data_input_info(graph).name


def event_shape(graph: ModelWrapper) -> tuple[int, ...]:
    """The shape of one event: the input's without its batch axis, or the whole of a rank-1
    input, which is one event with no batch axis (see :class:`~bead_fpga.graph.cleanup.AddBatchAxis`)."""
    shape = tuple(graph.get_tensor_shape(data_input(graph)))
    return shape if len(shape) == 1 else shape[1:]


def execute_all(graph: ModelWrapper, x: np.ndarray) -> dict[str, np.ndarray]:
    """Every tensor of the graph for every event, ``(N, ...)``, from qonnx's executor.

    Batches of :data:`EXEC_CHUNK` when the graph accepts another batch size; event by event
    when it does not (a ``Reshape`` written for batch 1 in a way qonnx cannot rewrite), or has
    no batch axis (each event is fed as it is, every tensor stacked over events)."""
    graph = graph.transform(RemoveStaticGraphInputs())
    name = data_input(graph)
    if len(graph.get_tensor_shape(name)) == 1:
        return _execute(graph.transform(InferShapes()), name, x, 1, batched=False)
    try:
        return _execute(graph.transform(ChangeBatchSize(EXEC_CHUNK)).transform(InferShapes()), name, x, EXEC_CHUNK)
    except Exception:  # noqa: BLE001  onnx raises assorted errors for a batch-1 reshape; fall back
        return _execute(graph, name, x, 1)


def _execute(graph: ModelWrapper, name: str, x: np.ndarray, chunk: int, batched: bool = True) -> dict[str, np.ndarray]:
    """``x`` in blocks of ``chunk`` events (the last padded); ``batched=False``: blocks of one
    event, fed and read without the block's axis."""
    parts: dict[str, list[np.ndarray]] = {}
    computed = {out for node in graph.graph.node for out in node.output}
    for start in range(0, len(x), chunk):
        block = x[start:start + chunk]
        padded = np.zeros((chunk, *x.shape[1:]), dtype=np.float32)
        padded[: len(block)] = block
        context = execute_onnx(graph, {name: padded if batched else padded[0]}, return_full_exec_context=True)
        for tensor, value in context.items():
            if not isinstance(value, np.ndarray) or tensor == name or (not batched and tensor not in computed):
                continue
            value = value if batched else value[None]
            if value.ndim >= 1 and value.shape[0] == chunk:
                parts.setdefault(tensor, []).append(value[: len(block)])
    return {tensor: np.concatenate(values) for tensor, values in parts.items()}
