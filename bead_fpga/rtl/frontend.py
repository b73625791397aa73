"""QONNX -> alkaid: trace a quantized graph's fixed-point arithmetic into combinational logic.

alkaid (da4ml's successor, renamed at 0.6) has no QONNX or Brevitas front end; it has a
*tracing* API: symbolic fixed-point variables (:class:`~alkaid.trace.FVArrayInput`) on which
``quantize``, ``@`` with a constant matrix (solved as distributed arithmetic: shift-and-add,
no multipliers), ``+``, ``*`` and ``relu`` record the operations, and :func:`~alkaid.trace.trace`
turns the record into combinational logic that :class:`~alkaid.codegen.RTLModel` pipelines
and writes as Verilog or VHDL. This module walks a QONNX graph node by node (one small
handler per op type) and replays each node on those variables, so the RTL computes exactly
what the graph does.

Rounding: QONNX ``Quant`` with ``rounding_mode=ROUND`` (what Brevitas exports,
``torch.round``) rounds half to *even*, which alkaid has natively (``RND_CONV`` with ``WRAP``
overflow: one adder, one OR of the dropped bits). Saturation (QONNX clips to the integer
range, ``narrow`` included) is traced with ``max_of``/``min_of``, which vanish when the
value's range already fits; QONNX rounds before it clips, and alkaid's rounding is only
exact with ``WRAP``, so the value is rounded with room to spare and clipped after.

da4ml 0.5 needed two workarounds here, both gone with alkaid: a hand-built half-to-even
rounding (da4ml had only truncation and half-up), and a trace cut into segments at every
activation quantizer, because da4ml's constants lost bits past a 2**32 power-of-two factor
(its interpreter and Verilog were wrong on 9,999 of 10,000 HVAE events without the cuts, and
each cut cost a pipeline register). alkaid stores constants as a 32-bit value and its own
shift, and traces the HVAE in one piece, exact on every event checked (the rtl tests), with
24 % fewer LUTs by its own count (39,047 against 51,085).
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
from onnx import helper
from qonnx.core.modelwrapper import ModelWrapper
from qonnx.custom_op.general.quant import quant as qonnx_quant

from bead_fpga.errors import BeadError
from bead_fpga.hls.transforms import GLOBAL_IN, GLOBAL_OUT, prepare_for_hls4ml

#: QONNX rounding modes the front end traces exactly (half-even is alkaid's RND_CONV).
#: QONNX's HALF_UP is half *away from zero*, unlike alkaid's RND, so it is not offered here.
ROUNDING_MODES = ("ROUND", "HALF_EVEN", "FLOOR")


@dataclass(frozen=True)
class FixedFormat:
    """A power-of-two fixed-point format as QONNX's ``Quant`` defines one: ``bits`` wide,
    LSB ``2**-frac``, signed or not, ``narrow`` dropping the most negative code."""

    signed: bool
    bits: int
    frac: int
    narrow: bool = False

    @property
    def lsb(self) -> float:
        return 2.0 ** -self.frac

    @property
    def kif(self) -> tuple[int, int, int]:
        """alkaid's (sign bit, integer bits without sign, fraction bits)."""
        return int(self.signed), self.bits - self.frac - int(self.signed), self.frac

    @property
    def int_range(self) -> tuple[int, int]:
        """Smallest and largest integer code (QONNX ``min_int``/``max_int``)."""
        if self.signed:
            return -(2 ** (self.bits - 1)) + int(self.narrow), 2 ** (self.bits - 1) - 1
        return 0, 2**self.bits - 1 - int(self.narrow)

    def __str__(self) -> str:
        return f"{'' if self.signed else 'u'}fixed<{self.bits},{self.bits - self.frac}>"


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


# --- half-even rounding and saturation on traced variables -------------------------------


def floor_to(v: Any, frac: int) -> Any:
    """``floor(v / 2**-frac) * 2**-frac``: dropping LSBs, wires only in logic."""
    k, i, _ = v.kif
    return v.quantize(k, i + 1, frac, "WRAP", "TRN")


def round_half_even(v: Any, frac: int) -> Any:
    """Round a traced value to LSB ``2**-frac``, ties to even, exactly as ``np.round``
    (alkaid's ``RND_CONV``; one integer bit of room so the rounding itself never wraps)."""
    k, i, f = v.kif
    if f <= frac:
        return v
    return v.quantize(k, i + 1, frac, "WRAP", "RND_CONV")


def round_to(v: Any, frac: int, mode: str) -> Any:
    """Round ``v`` to LSB ``2**-frac`` with a QONNX rounding mode."""
    return floor_to(v, frac) if mode == "FLOOR" else round_half_even(v, frac)


def saturate(v: Any, fmt: FixedFormat) -> Any:
    """Clip to the format's integer range (QONNX clips, it never wraps)."""
    lo, hi = fmt.int_range
    return v.max_of(lo * fmt.lsb).min_of(hi * fmt.lsb)


def map_vars(fn: Callable[[Any], Any], arr: Any) -> Any:
    """Apply a per-variable function to an :class:`~alkaid.trace.FVArray`, elementwise."""
    from alkaid.trace import FVArray

    out = np.empty(arr.shape, dtype=object)
    for index, v in np.ndenumerate(np.asarray(arr)):
        out[index] = fn(v)
    return FVArray(out, arr.solver_options, hwconf=arr.hwconf)


# --- the graph walk ------------------------------------------------------------------------


def quant_format(graph: ModelWrapper, node: Any) -> tuple[FixedFormat, str]:
    """A ``Quant`` node's format and rounding mode; anything that is not a power-of-two,
    zero-point-0 quantizer with an integer bit width is refused by name."""
    attrs = {a.name: helper.get_attribute_value(a) for a in node.attribute}
    params = [graph.get_initializer(name) for name in node.input[1:4]]
    if any(p is None or np.size(p) != 1 for p in params):
        raise BeadError(node.name, "Quant scale, zero point and bit width must be scalar constants",
                        "per-channel or run-time quantizers are not supported by the RTL front end")
    scale, zeropt, bits = (float(np.asarray(p).reshape(())) for p in params)
    frac = -math.log2(scale) if scale > 0 else math.nan
    if zeropt != 0 or frac != round(frac) or bits != round(bits) or bits < 2:
        raise BeadError(node.name, f"Quant with scale {scale}, zero point {zeropt}, {bits} bits is not "
                        "power-of-two fixed point", "use *FixedPoint Brevitas quantizers (zero point 0)")
    mode = attrs.get("rounding_mode", b"ROUND")
    mode = (mode.decode() if isinstance(mode, bytes) else str(mode)).upper()
    if mode not in ROUNDING_MODES:
        raise BeadError(node.name, f"Quant rounding mode {mode} is not supported",
                        f"use one of {', '.join(ROUNDING_MODES)}")
    return FixedFormat(bool(attrs.get("signed", 1)), int(bits), int(frac), bool(attrs.get("narrow", 0))), mode


class _Walker:
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
        self.handlers: dict[str, Callable[[Any], Any]] = {
            "Quant": self.quant, "MatMul": self.matmul, "Add": self.add, "Sub": self.sub, "Mul": self.mul,
            "Relu": self.relu, "Identity": self.identity, "Flatten": self.reshape, "Reshape": self.reshape,
            "Concat": self.concat,
        }

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
            handler = self.handlers.get(node.op_type)
            if handler is None:
                raise BeadError(node.name or node.op_type, f"{node.op_type} has no RTL handler",
                                f"the RTL front end traces {', '.join(sorted(self.handlers))}")
            for name in node.input:
                if name == GLOBAL_IN and node.op_type != "Quant":
                    raise BeadError(node.name, "reads the graph input directly, so the input's fixed-point format "
                                    "is unknown", "quantize the model input (a QuantIdentity first)")
                if name and self.graph.get_initializer(name) is None and name not in self.values and name != GLOBAL_IN:
                    raise BeadError(node.name, f"input {name} is not produced by an earlier node")
            self.values[node.output[0]] = handler(node)
        out = self.values.get(GLOBAL_OUT)
        if out is None or not self.traced(out) or self.input_format is None:
            raise BeadError(GLOBAL_OUT, "the graph output does not depend on the quantized input")
        producer = self.graph.find_producer(GLOBAL_OUT)
        if producer is None or producer.op_type != "Quant":
            raise BeadError(GLOBAL_OUT, "the output is not produced by a Quant node",
                            "quantize the model output so its format is defined")
        from alkaid.trace import trace

        logic = trace(list(np.asarray(self.inputs).ravel()), list(np.asarray(out).ravel()), keep_dead_inputs=True)
        return TracedGraph(logic, self.input_format, quant_format(self.graph, producer)[0].lsb)

    # --- one handler per op type ---------------------------------------------------------

    def quant(self, node: Any) -> Any:
        fmt, mode = quant_format(self.graph, node)
        if node.input[0] == GLOBAL_IN:
            return self.declare_input(node, fmt)
        x = self.value(node.input[0])
        if not self.traced(x):  # a weight: QONNX's own quantizer, evaluated once
            return qonnx_quant(x, np.float64(fmt.lsb), np.float64(0.0), np.float64(fmt.bits), fmt.signed,
                               fmt.narrow, mode)
        return map_vars(lambda v: saturate(round_to(v, fmt.frac, mode), fmt), x)

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

    def matmul(self, node: Any) -> Any:
        x, w = (self.value(name) for name in node.input)
        if not self.traced(x) or self.traced(w) or w.ndim != 2:
            raise BeadError(node.name, "MatMul must multiply the traced tensor by a constant 2-D matrix")
        return x @ w

    def add(self, node: Any) -> Any:
        a, b = (self.value(name) for name in node.input)
        return a + b if self.traced(a) else b + a

    def sub(self, node: Any) -> Any:
        a, b = (self.value(name) for name in node.input)
        return a - b if self.traced(a) else -(b - a)

    def mul(self, node: Any) -> Any:
        a, b = (self.value(name) for name in node.input)
        if node.input[0] == node.input[1]:
            if self.squares_in_adders:
                from bead_fpga.rtl.square import square

                return map_vars(square, a)
            return a**2  # a square: alkaid then knows the product is non-negative
        return a * b if self.traced(a) else b * a

    def relu(self, node: Any) -> Any:
        return self.value(node.input[0]).relu()

    def identity(self, node: Any) -> Any:
        return self.value(node.input[0])

    def concat(self, node: Any) -> Any:
        """Joining traced tensors (the HVAE decoder reads both latent levels) is wiring only."""
        from alkaid.trace import FVArray

        parts = [self.value(name) for name in node.input]
        if not all(self.traced(p) for p in parts):
            raise BeadError(node.name, "Concat of a constant and a traced tensor is not supported",
                            "fold the constant into the next layer's bias")
        rank = len(self.graph.get_tensor_shape(node.output[0]))
        axis = next((helper.get_attribute_value(a) for a in node.attribute if a.name == "axis"), 0)
        axis = axis + rank if axis < 0 else axis
        if axis == 0:
            raise BeadError(node.name, "Concat along the batch axis is not one event's arithmetic")
        return FVArray(np.concatenate([np.asarray(p) for p in parts], axis=axis - 1), parts[0].solver_options,
                       hwconf=parts[0].hwconf)

    def reshape(self, node: Any) -> Any:
        shape = self.graph.get_tensor_shape(node.output[0])
        return self.value(node.input[0]).reshape(tuple(shape[1:]))


def trace_graph(graph: ModelWrapper, solver_options: dict[str, Any] | None = None,
                squares_in_adders: bool = False) -> TracedGraph:
    """The combinational logic of a cleaned QONNX graph (see :func:`trace_qonnx`)."""
    return _Walker(graph, solver_options, squares_in_adders).run()


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
