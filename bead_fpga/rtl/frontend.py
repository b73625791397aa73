"""QONNX -> alkaid: trace a quantized graph's fixed-point arithmetic into combinational logic.

alkaid (da4ml's successor, renamed at 0.6) has no QONNX or Brevitas front end; it has a
*tracing* API: symbolic fixed-point variables (:class:`~alkaid.trace.FVArrayInput`) on which
``quantize``, ``@`` with a constant matrix (solved as distributed arithmetic: shift-and-add,
no multipliers), ``+``, ``*`` and ``relu`` record the operations, and :func:`~alkaid.trace.trace`
turns the record into combinational logic that :class:`~alkaid.codegen.RTLModel` pipelines
and writes as Verilog or VHDL. This module walks a QONNX graph node by node and replays each
node on those variables with the op's RTL handler (:mod:`.handlers`, found through the core's
op registry, :mod:`bead_fpga.graph.ops`), so the RTL computes exactly what the graph does.

Rounding (:mod:`.arith`): QONNX ``Quant`` with ``rounding_mode=ROUND`` (what Brevitas exports,
``torch.round``) rounds half to *even*: alkaid's ``RND_CONV`` circuit (one adder, one OR of
the dropped bits), built here because alkaid 0.8.2 reads the wrong dropped bits when the
value carries a constant offset (see :func:`~.arith.round_half_even`). Saturation (QONNX
clips to the integer range, ``narrow`` included) tests the value's bits above the format and
selects the bound (:func:`~.arith.saturate`: LUTs, where alkaid's ``max_of``/``min_of``
subtract the bound in a carry chain), and vanishes when the value's range already fits; QONNX
rounds before it clips, and alkaid's rounding is only exact with ``WRAP``, so the value is
rounded with room to spare and clipped after. A quantizer after a ReLU rounds first and clips
at zero after (the same codes: rounding is monotone and keeps zero), so its half LSB joins the
layer's bias add.

da4ml 0.5 needed a trace cut into segments at every
activation quantizer, because da4ml's constants lost bits past a 2**32 power-of-two factor
(its interpreter and Verilog were wrong on 9,999 of 10,000 HVAE events without the cuts, and
each cut cost a pipeline register); alkaid stores constants as a 32-bit value and its own
shift, and traces the HVAE in one piece, exact on every event checked (the rtl tests), with
24 % fewer LUTs by its own count (39,047 against 51,085).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
from qonnx.core.modelwrapper import ModelWrapper

from bead_fpga.errors import BeadError
from bead_fpga.graph.cleanup import GLOBAL_IN, GLOBAL_OUT, prepare_for_hls4ml
from bead_fpga.graph import ops
from bead_fpga.graph.fixed import FixedFormat, output_quant, quant_format
from bead_fpga.rtl import handlers  # noqa: F401  (registers one RTL handler per op)
from bead_fpga.rtl.arith import map_vars, saturate

@dataclass(frozen=True)
class TracedGraph:
    """A graph's arithmetic as one alkaid combinational logic, with its port formats."""

    logic: Any  # alkaid.types.CombLogic
    input_format: FixedFormat
    output_lsb: float

    @property
    def n_inputs(self) -> int:
        return self.logic.shape[0]

    @property
    def n_outputs(self) -> int:
        return self.logic.shape[1]

    @property
    def cost(self) -> float:
        """alkaid's LUT estimate of the whole graph."""
        return float(self.logic.cost)

    @property
    def adder_levels(self) -> float:
        """alkaid's delay of the longest path, in its adder-level units."""
        return float(max(self.logic.latency))

    def predict(self, x: np.ndarray) -> np.ndarray:
        """alkaid's own C++ interpreter of the logic (no HDL)."""
        out = self.logic.predict(np.asarray(x, np.float64).reshape(len(x), -1), n_threads=2)
        return np.asarray(out, np.float64).reshape(len(x), -1)


class GraphWalker:
    """Replays a cleaned QONNX graph on alkaid variables: constants stay numpy arrays, traced
    tensors are :class:`~alkaid.trace.FVArray` (an ndarray of variables) without the batch axis."""

    def __init__(self, graph: ModelWrapper, solver_options: dict[str, Any] | None = None,
                 squares_in_adders: bool = False) -> None:
        self.graph = graph
        self.solver_options = solver_options  #: alkaid's CMVM solver options, carried by every traced tensor
        self.squares_in_adders = squares_in_adders  #: squares as shift-and-add (:mod:`bead_fpga.rtl.square`), no ``*``
        self.values: dict[str, Any] = {}
        self.inputs: Any = None
        self.input_format: FixedFormat | None = None

    def value(self, name: str) -> Any:
        init = self.graph.get_initializer(name)
        return np.asarray(init, np.float64) if init is not None else self.values[name]

    @staticmethod
    def traced(x: Any) -> bool:
        from alkaid.trace import FVArray

        return isinstance(x, FVArray)

    def run(self) -> TracedGraph:
        nodes = list(self.graph.graph.node)
        for node in nodes:
            handler = ops.lookup(node.op_type).rtl
            if handler is None:
                raise BeadError(node.name or node.op_type, f"{node.op_type} has no RTL handler",
                                f"the RTL front end traces {', '.join(ops.with_part('rtl'))}")
            for name in node.input:
                if name == GLOBAL_IN and node.op_type != "Quant":
                    raise BeadError(node.name, "reads the graph input directly, so the input's fixed-point format "
                                    "is unknown", "quantize the model input (a QuantIdentity first)")
                if name and self.graph.get_initializer(name) is None and name not in self.values and name != GLOBAL_IN:
                    raise BeadError(node.name, f"input {name} is not produced by an earlier node")
            self.values[node.output[0]] = handler(self, node)
        out = self.values.get(GLOBAL_OUT)
        if out is None or not self.traced(out) or self.input_format is None:
            raise BeadError(GLOBAL_OUT, "the graph output does not depend on the quantized input")
        output_format = quant_format(self.graph, output_quant(self.graph, GLOBAL_OUT, GLOBAL_OUT))[0]
        from alkaid.trace import trace

        logic = trace(list(np.asarray(self.inputs).ravel()), list(np.asarray(out).ravel()), keep_dead_inputs=True)
        return TracedGraph(logic, self.input_format, output_format.lsb)

    def declare_input(self, node: Any, fmt: FixedFormat) -> Any:
        """The Quant on the graph input fixes the RTL input port's format (the events arrive
        on that grid); only a ``narrow`` clip remains to be traced."""
        from alkaid.trace import FVArrayInput

        if self.inputs is not None:
            raise BeadError(node.name, "the graph input is quantized twice")
        shape = tuple(self.graph.get_tensor_shape(GLOBAL_IN)[1:])
        self.inputs = FVArrayInput(shape, solver_options=self.solver_options)
        self.input_format = fmt
        k, i, f = fmt.kif
        return map_vars(lambda v: saturate(v, fmt), self.inputs.quantize(k, i, f))


def trace_graph(graph: ModelWrapper, solver_options: dict[str, Any] | None = None,
                squares_in_adders: bool = False) -> TracedGraph:
    """The combinational logic of a cleaned QONNX graph (see :func:`trace_qonnx`)."""
    return GraphWalker(graph, solver_options, squares_in_adders).run()


#: The alkaid release the front end is written and tested against. It installs beside the
#: da4ml that hls4ml 1.3 pins (<0.6) for its own distributed-arithmetic strategy.
ALKAID_PIN = "alkaid==0.8.2"


def require_alkaid() -> None:
    """One line, not an ImportError, when alkaid is not installed."""
    import importlib.util

    if importlib.util.find_spec("alkaid") is None:
        raise BeadError("alkaid", "not installed (the RTL front end traces with it)", f"pip install {ALKAID_PIN}")


def trace_qonnx(onnx_file: Path, solver_options: dict[str, Any] | None = None,
                squares_in_adders: bool = False) -> TracedGraph:
    """Read a QONNX graph (a Brevitas/QKeras export or bead-fpga's cleaned trigger graph),
    clean it as for hls4ml (``Gemm`` -> ``MatMul``, ``ReduceSum`` -> ``MatMul`` by ones,
    readable names, sorted), and trace it into alkaid combinational logic. ``solver_options``
    go to alkaid's constant-matrix solver (e.g. ``hard_dc``: how many adder levels above the
    shallowest tree each layer may use); ``squares_in_adders`` builds ``x * x`` from adders
    (:mod:`bead_fpga.rtl.square`) instead of a multiplier, for a design without DSPs."""
    require_alkaid()
    onnx_file = Path(onnx_file)
    if not onnx_file.is_file():
        raise BeadError(onnx_file, "file not found", "export the model first (`bead-fpga export MODEL_DIR`)")
    try:
        graph = prepare_for_hls4ml(ModelWrapper(str(onnx_file)))
    except Exception as err:  # noqa: BLE001 - onnx/qonnx raise many types for a file that is not a graph
        raise BeadError(onnx_file, f"not a readable ONNX/QONNX graph ({type(err).__name__}: {err})") from None
    try:
        return trace_graph(graph, solver_options, squares_in_adders)
    except BeadError as err:  # name the file first; nodes are named as in the cleaned graph
        raise BeadError(onnx_file, f"node {err.where}: {err.what}", err.fix) from None
