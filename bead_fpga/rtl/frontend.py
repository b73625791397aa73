"""QONNX -> da4ml: trace a quantized graph's fixed-point arithmetic into combinational logic.

da4ml has no QONNX or Brevitas front end; it has a *tracing* API: symbolic fixed-point
variables (:class:`~da4ml.trace.FixedVariableArrayInput`) on which ``quantize``, ``@`` with a
constant matrix (solved as distributed arithmetic: shift-and-add, no multipliers), ``+``,
``*`` and ``relu`` record the operations, and :func:`~da4ml.trace.comb_trace` turns the record
into a netlist that :class:`~da4ml.codegen.VerilogModel` writes as pipelined Verilog. This
module walks a QONNX graph node by node (one small handler per op type) and replays each node
on those variables, so the RTL computes exactly what the graph does.

Rounding is the one place the semantics differ. QONNX ``Quant`` with ``rounding_mode=ROUND``
(what Brevitas exports, ``torch.round``) rounds half to *even*; da4ml's ``quantize`` only
truncates (``TRN``) or rounds half *up* (``RND``). :func:`round_half_even` builds the exact
half-even rounding out of what da4ml has: one bit select (a wrap, free in logic), one
shift (free) and one adder per value, then a truncation. On the HVAE that is 4.6 % more
LUTs than truncating (da4ml's count), the price of matching Brevitas without retraining. Saturation (QONNX clips to the
integer range, ``narrow`` included) is traced with da4ml's ``max_of``/``min_of``, which
vanish when the value's range already fits.

The trace is cut into *segments* at every activation quantizer: each segment starts from
fresh input variables in the quantizer's format. da4ml labels each traced value with a lazy
power-of-two factor that every distributed-arithmetic solution multiplies into, so across
layers (and squared by a product) the factors compound; past 2**32 da4ml's constants lose
bits (its ``_const_f`` searches exponents in [-32, 32]) and both its interpreter and its
Verilog went wrong on the HVAE's score (checked: 1 of 10,000 events right). Segment
boundaries reset the factors to 1; they cost no logic but a pipeline register each (each
segment is pipelined on its own, the stages concatenated into one da4ml ``Pipeline``): the
HVAE takes 13 cycles instead of 11.
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

#: QONNX rounding modes the front end traces exactly (half-even is built, see module doc).
#: QONNX's HALF_UP is half *away from zero*, unlike da4ml's RND, so it is not offered here.
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
        """da4ml's (sign bit, integer bits without sign, fraction bits)."""
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
    """A graph's arithmetic as a chain of da4ml combinational segments, with its port formats."""

    segments: tuple[Any, ...]  # da4ml.cmvm.types.CombLogic, each one's outputs the next one's inputs
    input_format: FixedFormat
    output_lsb: float

    @property
    def n_inputs(self) -> int:
        return self.segments[0].shape[0]

    @property
    def n_outputs(self) -> int:
        return self.segments[-1].shape[1]

    @property
    def cost(self) -> float:
        """da4ml's LUT estimate of the whole graph."""
        return float(sum(segment.cost for segment in self.segments))

    @property
    def adder_levels(self) -> float:
        """Adder levels on the longest path, summed over the segments."""
        return float(sum(max(segment.latency) for segment in self.segments))

    def pipeline(self, levels_per_stage: float) -> Any:
        """One da4ml ``Pipeline``: each segment cut into stages of at most ``levels_per_stage``
        adder levels, the stages in order."""
        from da4ml.cmvm.types import Pipeline
        from da4ml.trace import to_pipeline

        return Pipeline(tuple(stage for segment in self.segments
                              for stage in to_pipeline(segment, levels_per_stage, verbose=False).solutions))

    def predict(self, x: np.ndarray) -> np.ndarray:
        """da4ml's own C++ interpreter of the logic (no HDL), segment after segment."""
        out = np.asarray(x, np.float64)
        for segment in self.segments:
            out = segment.predict(out.reshape(len(out), -1), n_threads=2)
        return out


# --- half-even rounding and saturation on traced variables -------------------------------


def floor_to(v: Any, frac: int) -> Any:
    """``floor(v / 2**-frac) * 2**-frac``: dropping LSBs, wires only in logic."""
    k, i, _ = v.kif
    return v.quantize(k, i + 1, frac, "WRAP", "TRN")


def round_half_even(v: Any, frac: int) -> Any:
    """Round a traced value to LSB ``2**-frac``, ties to even, exactly as ``np.round``.

    With ``d`` fractional bits dropped and ``b`` the lowest kept bit of ``v``:
    ``RHE(v) = floor(v + 1/2 - 2**-d + b * 2**-d)`` (in units of the target LSB). Off a tie
    the ``- 2**-d + b * 2**-d`` term is too small to move the floor, so it is round-half-up;
    at a tie it reaches the next integer exactly when the floor is odd. ``b`` is a bit select
    and ``* 2**-d`` a shift, so the rounding costs one adder of the value's width (the
    constant folds into it) and one adder level: a third of the logic of the textbook
    tie-detecting form (``T = 1 + floor(u) + floor(-u)`` ...), measured with da4ml's count.
    """
    d = v.kif[2] - frac
    if d <= 0:
        return v
    lsb = 2.0 ** -frac
    low_bit = floor_to(v, frac).quantize(0, 1 - frac, frac, "WRAP", "TRN")  # 0 or one LSB
    return floor_to(v + (lsb / 2 - lsb * 2.0 ** -d) + low_bit * 2.0 ** -d, frac)


def round_to(v: Any, frac: int, mode: str) -> Any:
    """Round ``v`` to LSB ``2**-frac`` with a QONNX rounding mode."""
    return floor_to(v, frac) if mode == "FLOOR" else round_half_even(v, frac)


def saturate(v: Any, fmt: FixedFormat) -> Any:
    """Clip to the format's integer range (QONNX clips, it never wraps)."""
    lo, hi = fmt.int_range
    return v.max_of(lo * fmt.lsb).min_of(hi * fmt.lsb)


def map_vars(fn: Callable[[Any], Any], arr: Any) -> Any:
    """Apply a per-variable function to a :class:`FixedVariableArray`, elementwise."""
    from da4ml.trace import FixedVariableArray

    out = np.empty(arr.shape, dtype=object)
    for index, v in np.ndenumerate(arr._vars):
        out[index] = fn(v)
    return FixedVariableArray(out, arr.solver_options)


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
    """Replays a cleaned QONNX graph on da4ml variables: constants stay numpy arrays, traced
    tensors are :class:`FixedVariableArray` without the batch axis."""

    def __init__(self, graph: ModelWrapper) -> None:
        self.graph = graph
        self.values: dict[str, Any] = {}
        self.inputs: Any = None
        self.input_format: FixedFormat | None = None
        self.segment_inputs: list[Any] = []
        self.segments: list[Any] = []
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
        return not isinstance(x, np.ndarray)

    def run(self) -> TracedGraph:
        nodes = list(self.graph.graph.node)
        for index, node in enumerate(nodes):
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
            if self.is_boundary(node):
                self.close_segment(self.live_after(nodes[index + 1:]))
        out = self.values.get(GLOBAL_OUT)
        if out is None or not self.traced(out) or self.input_format is None:
            raise BeadError(GLOBAL_OUT, "the graph output does not depend on the quantized input")
        producer = self.graph.find_producer(GLOBAL_OUT)
        if producer is None or producer.op_type != "Quant":
            raise BeadError(GLOBAL_OUT, "the output is not produced by a Quant node",
                            "quantize the model output so its format is defined")
        self.close_segment([GLOBAL_OUT])
        return TracedGraph(tuple(self.segments), self.input_format, quant_format(self.graph, producer)[0].lsb)

    def is_boundary(self, node: Any) -> bool:
        """An activation quantizer that is not the output: where a new segment starts."""
        return (node.op_type == "Quant" and node.input[0] != GLOBAL_IN and node.output[0] != GLOBAL_OUT
                and self.traced(self.values[node.output[0]]))

    def live_after(self, rest: list[Any]) -> list[str]:
        """Traced tensors that nodes still to come read (in a fixed order)."""
        needed = {name for node in rest for name in node.input}
        return [name for name, value in self.values.items() if name in needed and self.traced(value)]

    def close_segment(self, live: list[str]) -> None:
        """Trace the current segment up to the ``live`` tensors, then give each of them fresh
        input variables (factor 1) of exactly the same range and step for the next segment."""
        from da4ml.trace import FixedVariableArray, comb_trace

        outputs = [v for name in live for v in self.values[name].ravel()._vars]
        segment = comb_trace(self.segment_inputs, outputs, keep_dead_inputs=True)
        self.segments.append(segment)
        qints = np.array(segment.out_qint, np.float64).reshape(-1, 3)
        fresh = FixedVariableArray.from_lhs(qints[:, 0], qints[:, 1], qints[:, 2], hwconf=outputs[0].hwconf)
        self.segment_inputs = list(fresh._vars)
        start = 0
        for name in live:
            shape = self.values[name].shape
            size = int(np.prod(shape))
            self.values[name] = fresh[start:start + size].reshape(shape)
            start += size

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
        from da4ml.trace import FixedVariableArrayInput

        if self.inputs is not None:
            raise BeadError(node.name, "the graph input is quantized twice")
        shape = tuple(self.graph.get_tensor_shape(GLOBAL_IN)[1:])
        self.inputs = FixedVariableArrayInput(shape)
        self.input_format = fmt
        self.segment_inputs = list(self.inputs.ravel()._vars)
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
            return a**2  # a square: da4ml then knows the product is non-negative
        return a * b if self.traced(a) else b * a

    def relu(self, node: Any) -> Any:
        return self.value(node.input[0]).relu()

    def identity(self, node: Any) -> Any:
        return self.value(node.input[0])

    def concat(self, node: Any) -> Any:
        """Joining traced tensors (the HVAE decoder reads both latent levels) is wiring only."""
        from da4ml.trace import FixedVariableArray

        parts = [self.value(name) for name in node.input]
        if not all(self.traced(p) for p in parts):
            raise BeadError(node.name, "Concat of a constant and a traced tensor is not supported",
                            "fold the constant into the next layer's bias")
        rank = len(self.graph.get_tensor_shape(node.output[0]))
        axis = next((helper.get_attribute_value(a) for a in node.attribute if a.name == "axis"), 0)
        axis = axis + rank if axis < 0 else axis
        if axis == 0:
            raise BeadError(node.name, "Concat along the batch axis is not one event's arithmetic")
        return FixedVariableArray(np.concatenate([p._vars for p in parts], axis=axis - 1), parts[0].solver_options)

    def reshape(self, node: Any) -> Any:
        shape = self.graph.get_tensor_shape(node.output[0])
        return self.value(node.input[0]).reshape(tuple(shape[1:]))


def trace_graph(graph: ModelWrapper) -> TracedGraph:
    """The combinational logic of a cleaned QONNX graph (see :func:`trace_qonnx`)."""
    return _Walker(graph).run()


#: The da4ml release the front end is written and tested against (hls4ml 1.3 pins <0.6).
DA4ML_PIN = "da4ml==0.5.2"


def require_da4ml() -> None:
    """One line, not an ImportError, when da4ml is not installed."""
    import importlib.util

    if importlib.util.find_spec("da4ml") is None:
        raise BeadError("da4ml", "not installed (the RTL front end traces with it)", f"pip install {DA4ML_PIN}")


def trace_qonnx(onnx_file: Path) -> TracedGraph:
    """Read a QONNX graph (a Brevitas/QKeras export or bead-fpga's cleaned trigger graph),
    clean it as for hls4ml (``Gemm`` -> ``MatMul``, ``ReduceSum`` -> ``MatMul`` by ones,
    readable names, sorted), and trace it into da4ml combinational logic."""
    require_da4ml()
    onnx_file = Path(onnx_file)
    if not onnx_file.is_file():
        raise BeadError(onnx_file, "file not found", "export the model first (`bead-fpga export MODEL_DIR`)")
    try:
        graph = prepare_for_hls4ml(ModelWrapper(str(onnx_file)))
    except Exception as err:  # noqa: BLE001 - onnx/qonnx raise many types for a file that is not a graph
        raise BeadError(onnx_file, f"not a readable ONNX/QONNX graph ({type(err).__name__}: {err})") from None
    try:
        return trace_graph(graph)
    except BeadError as err:  # name the file first; nodes are named as in the cleaned graph
        raise BeadError(onnx_file, f"node {err.where}: {err.what}", err.fix) from None
