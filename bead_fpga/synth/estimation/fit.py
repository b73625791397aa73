"""Fit the analytic estimator's LUT constant to measured LUT counts, and check it on designs
held out of the fit.

The analytic estimate (:mod:`bead_fpga.synth.estimate`) counts adders and their result bits
and scales them by one constant, :data:`~bead_fpga.synth.estimate.LUT_PER_ADDER_BIT`, fixed
on the one real Vivado design we hold. With open synthesis (Yosys on da4ml's RTL) any number
of designs can be measured, so the constant can be fitted on many and its error judged on
others it never saw. This module holds the arithmetic of that, with no tool in it:

* :func:`lut_terms` splits an estimate's LUTs into the part the constant scales (adder bits)
  and the rest (casts, ReLU, tables, variable multipliers), which a refit keeps as counted;
* :func:`fit_lut_per_adder_bit` is the least-squares constant, on *relative* residuals,
  because designs span two orders of magnitude and an absolute fit would be the largest
  design's fit alone;
* :func:`fit_power_law` is the same with an exponent (``scale * adder_bits ** p``), for an
  adder graph whose sharing grows with the layer;
* :func:`held_out_errors` gives the median and worst relative error on a set of designs.

What the fit means depends on what was measured: fitted on Yosys counts of da4ml's
distributed-arithmetic RTL it is "analytic adder bits -> LUTs of an adder-graph
implementation of the same function", not a better estimate of hls4ml's own HLS design.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import asdict, dataclass
from typing import Any

import numpy as np

from bead_fpga.errors import BeadError
from bead_fpga.synth.estimation.estimate import LUT_PER_ADDER_BIT, AnalyticEstimate


@dataclass(frozen=True)
class LutTerms:
    """An estimate's LUTs as ``lut_per_adder_bit * adder_bits + other_lut``."""

    adder_bits: int
    other_lut: int

    def lut(self, lut_per_adder_bit: float) -> float:
        return lut_per_adder_bit * self.adder_bits + self.other_lut


def lut_terms(est: AnalyticEstimate, lut_per_adder_bit: float = LUT_PER_ADDER_BIT) -> LutTerms:
    """Split ``est`` (made with ``lut_per_adder_bit``) into adder bits and the LUTs that do not
    scale with them. Each layer's LUTs are ``round(adder_bits * k) + rest``, so ``rest`` is
    recovered exactly per layer."""
    adder_bits = sum(layer.adder_bits for layer in est.layers)
    other = sum(layer.lut - round(layer.adder_bits * lut_per_adder_bit) for layer in est.layers)
    return LutTerms(int(adder_bits), int(other))


def _arrays(terms: Sequence[LutTerms], measured: Sequence[float]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """``(adder_bits, other_lut, measured)`` as float arrays, refused when their lengths differ."""
    if len(terms) != len(measured):
        raise BeadError("fit", f"{len(terms)} estimates but {len(measured)} measurements")
    a = np.array([t.adder_bits for t in terms], dtype=np.float64)
    o = np.array([t.other_lut for t in terms], dtype=np.float64)
    return a, o, np.asarray(measured, dtype=np.float64)


def fit_lut_per_adder_bit(terms: Sequence[LutTerms], measured: Sequence[float]) -> float:
    """The constant ``k`` minimising ``sum(((k * a_i + o_i) - y_i) / y_i) ** 2``: least squares
    on relative error, so every design counts alike whatever its size. Closed form:
    ``k = sum(a_i (y_i - o_i) / y_i^2) / sum(a_i^2 / y_i^2)``."""
    a, o, y = _arrays(terms, measured)
    if len(y) == 0 or np.any(y <= 0):
        raise BeadError("fit", "needs at least one design, every measured count positive")
    w = 1.0 / y**2
    denominator = float(np.sum(w * a * a))
    if denominator == 0.0:
        raise BeadError("fit", "no design has any adder bits; nothing to fit the constant on")
    return float(np.sum(w * a * (y - o)) / denominator)


@dataclass(frozen=True)
class PowerLaw:
    """``scale * adder_bits ** exponent + other_lut``: an adder graph that shares
    subexpressions (da4ml's) costs fewer LUTs per counted adder bit the larger the layer,
    which one constant cannot follow; an exponent below 1 can."""

    scale: float
    exponent: float

    def lut(self, terms: LutTerms) -> float:
        return self.scale * terms.adder_bits**self.exponent + terms.other_lut


def fit_power_law(terms: Sequence[LutTerms], measured: Sequence[float]) -> PowerLaw:
    """``log(y_i - o_i) = log(scale) + exponent * log(a_i)`` by least squares: residuals in log
    space are relative errors of the adder LUTs, so, as in :func:`fit_lut_per_adder_bit`,
    every design counts alike. Needs two designs with different adder bits, each measuring
    more LUTs than its non-adder count."""
    a, o, y = _arrays(terms, measured)
    if np.any(a <= 0) or np.any(y <= o):
        raise BeadError("fit", "a power law needs adder bits and more measured LUTs than non-adder LUTs on every design")
    if len(np.unique(a)) < 2:
        raise BeadError("fit", "a power law needs at least two designs with different adder bits")
    design = np.vstack([np.ones_like(a), np.log(a)]).T
    (log_scale, exponent), *_ = np.linalg.lstsq(design, np.log(y - o), rcond=None)
    return PowerLaw(float(np.exp(log_scale)), float(exponent))


def relative_errors(predicted: Sequence[float], measured: Sequence[float]) -> np.ndarray:
    """``(predicted - measured) / measured`` per design (signed: negative is an underestimate)."""
    p, y = np.asarray(predicted, dtype=np.float64), np.asarray(measured, dtype=np.float64)
    return (p - y) / y


@dataclass(frozen=True)
class ErrorSummary:
    """Relative error over a set of designs: median and worst of ``|error|``, and the worst
    signed value (its sign says whether the worst design was under- or overestimated)."""

    designs: int
    median_abs: float
    worst_abs: float
    worst_signed: float

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def held_out_errors(predicted: Sequence[float], measured: Sequence[float]) -> ErrorSummary:
    """The :class:`ErrorSummary` of ``predicted`` against ``measured``."""
    err = relative_errors(predicted, measured)
    if err.size == 0:
        raise BeadError("fit", "no held-out designs to measure the error on")
    worst = int(np.argmax(np.abs(err)))
    return ErrorSummary(int(err.size), float(np.median(np.abs(err))), float(np.abs(err[worst])), float(err[worst]))


def split_held_out(names: Sequence[str], held_out: Sequence[bool]) -> tuple[list[int], list[int]]:
    """Indices of ``(fit, held_out)`` designs, in input order; refuses a split that leaves
    either side empty (a fit needs designs, an error needs unseen ones)."""
    fit = [i for i, out in enumerate(held_out) if not out]
    test = [i for i, out in enumerate(held_out) if out]
    if not fit or not test:
        raise BeadError("fit", f"{len(fit)} designs to fit and {len(test)} held out among {list(names)}",
                        "the split needs at least one design on each side")
    return fit, test
