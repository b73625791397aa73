"""The one power-of-two fixed-point type of bead-fpga, and the reading of QONNX ``Quant`` nodes.

Every stage speaks of the same numbers: a Brevitas ``*FixedPoint`` quantizer exports as a QONNX
``Quant`` node with a power-of-two scale, hls4ml stores it as ``ap_fixed<W,I>``, alkaid traces
it as ``(sign, integer, fraction)`` bits, and every comparison counts output LSBs. This module
holds that format once (:class:`FixedFormat`: its LSB, integer range, value range, the exact
type of sums and products, its spelling in C++ and in the CLI) and the one reader of a
``Quant`` node (:func:`quant_params`, :func:`quant_format`, :func:`output_lsb`), so that the back
ends, the estimators and the checks cannot disagree on a width.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, replace
from typing import Any

import numpy as np
from onnx import helper
from qonnx.core.modelwrapper import ModelWrapper

from bead_fpga.errors import BeadError

#: QONNX rounding modes traced exactly (half-even is alkaid's RND_CONV). QONNX's HALF_UP is
#: half *away from zero*, unlike alkaid's RND, so it is not offered.
ROUNDING_MODES = ("ROUND", "HALF_EVEN", "FLOOR")
#: ``fixed<W,I>`` / ``ufixed<W,I>`` (the CLI's spelling, hls4ml's without the ``ap_``).
_SPELLING = re.compile(r"^(u?)fixed<\s*(\d+)\s*,\s*(-?\d+)\s*>$")


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
    def integer(self) -> int:
        """Integer bits including the sign (``I`` of ``ap_fixed<W,I>``)."""
        return self.bits - self.frac

    @property
    def kif(self) -> tuple[int, int, int]:
        """alkaid's (sign bit, integer bits without sign, fraction bits)."""
        return int(self.signed), self.integer - int(self.signed), self.frac

    @property
    def int_range(self) -> tuple[int, int]:
        """Smallest and largest integer code (QONNX ``min_int``/``max_int``)."""
        if self.signed:
            return -(2 ** (self.bits - 1)) + int(self.narrow), 2 ** (self.bits - 1) - 1
        return 0, 2**self.bits - 1 - int(self.narrow)

    @property
    def value_range(self) -> tuple[float, float]:
        """Lowest and highest representable value."""
        lo, hi = self.int_range
        return lo * self.lsb, hi * self.lsb

    def summed(self, n_terms: int) -> FixedFormat:
        """The narrowest format holding any sum of ``n_terms`` values of this one exactly:
        ``ceil(log2(n))`` more integer bits, so an accumulator can never wrap."""
        grow = math.ceil(math.log2(n_terms)) if n_terms > 1 else 0
        return replace(self, bits=self.bits + grow, narrow=False)

    def times(self, other: FixedFormat) -> FixedFormat:
        """The exact format of a product: widths and fraction bits add; signed if either is."""
        return FixedFormat(self.signed or other.signed, self.bits + other.bits, self.frac + other.frac)

    def ap_type(self) -> str:
        """The C++ type, ``ap_fixed<W,I>`` or ``ap_ufixed<W,I>``."""
        return f"ap_{self}"

    def __str__(self) -> str:
        return f"{'' if self.signed else 'u'}fixed<{self.bits},{self.integer}>"

    @classmethod
    def parse(cls, text: str, where: str = "--input-format") -> FixedFormat:
        """``fixed<W,I>`` / ``ufixed<W,I>`` (spaces allowed), refused in one line otherwise."""
        match = _SPELLING.match(text.replace(" ", ""))
        if match is None:
            raise BeadError(where, f"expected fixed<W,I> or ufixed<W,I>, got {text!r}")
        bits, integer = int(match.group(2)), int(match.group(3))
        return cls(match.group(1) != "u", bits, bits - integer)

    @classmethod
    def of_precision(cls, precision: Any) -> FixedFormat:
        """An hls4ml precision type (fixed, integer, or the 1-bit XNOR type), read by its
        attributes so this floor needs no hls4ml."""
        width = int(precision.width)
        integer = int(getattr(precision, "integer", width))
        return cls(bool(getattr(precision, "signed", False)), width, width - integer)


@dataclass(frozen=True)
class QuantParams:
    """A ``Quant`` node's constants and attributes, as written (any scale)."""

    scale: float
    zeropt: float
    bits: float
    signed: bool
    narrow: bool
    rounding: str


def quant_params(graph: ModelWrapper, node: Any) -> QuantParams | None:
    """The node's parameters, ``None`` unless scale, zero point and bit width are scalar constants."""
    params = [graph.get_initializer(name) for name in node.input[1:4]]
    if any(p is None or np.size(p) != 1 for p in params):
        return None
    attrs = {a.name: helper.get_attribute_value(a) for a in node.attribute}
    mode = attrs.get("rounding_mode", b"ROUND")
    mode = (mode.decode() if isinstance(mode, bytes) else str(mode)).upper()
    scale, zeropt, bits = (float(np.asarray(p).reshape(())) for p in params)
    return QuantParams(scale, zeropt, bits, bool(attrs.get("signed", 1)), bool(attrs.get("narrow", 0)), mode)


def quant_format(graph: ModelWrapper, node: Any) -> tuple[FixedFormat, str]:
    """A ``Quant`` node's format and rounding mode; anything that is not a power-of-two,
    zero-point-0 quantizer with an integer bit width is refused by name."""
    q = quant_params(graph, node)
    if q is None:
        raise BeadError(node.name, "Quant scale, zero point and bit width must be scalar constants",
                        "per-channel or run-time quantizers are not supported by the RTL front end")
    frac = -math.log2(q.scale) if q.scale > 0 else math.nan
    if q.zeropt != 0 or frac != round(frac) or q.bits != round(q.bits) or q.bits < 2:
        raise BeadError(node.name, f"Quant with scale {q.scale}, zero point {q.zeropt}, {q.bits} bits is not "
                        "power-of-two fixed point", "use *FixedPoint Brevitas quantizers (zero point 0)")
    if q.rounding not in ROUNDING_MODES:
        raise BeadError(node.name, f"Quant rounding mode {q.rounding} is not supported",
                        f"use one of {', '.join(ROUNDING_MODES)}")
    return FixedFormat(q.signed, int(q.bits), int(frac), q.narrow), q.rounding


def output_quant(graph: ModelWrapper, output: str, where: str = "QONNX graph") -> Any:
    """The ``Quant`` node producing ``output``; refused (at ``where``) when it is not quantized."""
    producer = graph.find_producer(output)
    if producer is None or producer.op_type != "Quant":
        raise BeadError(where, "the output is not produced by a Quant node",
                        "quantize the model output (the trigger score) so its format is defined")
    return producer


def output_lsb(graph: ModelWrapper) -> float:
    """The LSB of the graph's output: the scale of the ``Quant`` node that produces it."""
    return float(graph.get_initializer(output_quant(graph, graph.graph.output[0].name).input[1]))
