"""The fixed-point input transform: physical features -> ``ap_fixed<W, I>`` model inputs.

The trigger hands the network integers (hardware units), not floats, so the preprocessing
that the model is trained with must be something the firmware can do exactly with shifts and
adds. This module defines that map, fits it on background, saves it as JSON beside the model,
applies it bit-exactly in numpy and writes it as a C++ header for the firmware.

The map, per feature f (W = ``input_bits``, I = ``input_int_bits``, F = W - I)::

    q_f = clip(floor(x_f * 2**(F - k_f)) - o_f, -2**(W-1), 2**(W-1) - 1)     (an integer)
    model input = q_f * 2**-F                                                (on the ap_fixed grid)

i.e. divide the physical value by the power of two ``2**k_f``, truncate onto the
``ap_fixed<W, I>`` grid (floor, which is ``AP_TRN``, hls4ml's default quantisation), subtract
the integer offset ``o_f`` (in LSBs) and saturate (``AP_SAT``). Multiplying a float64 by a
power of two is exact, so the integers are identical on every machine and after a JSON round
trip; the header does the same with a shift.

Fit rule (:func:`fit_transform`), on background only:

* ``o_f = 0`` for every feature. pT is non-negative and eta/phi are symmetric about 0, so
  there is nothing to centre that would pay for itself; above all, an empty (zero-padded)
  slot stays exactly 0, which is what the model learns "absent" from, and what the firmware
  gets for free. (The format keeps offsets so that a hand-made transform can centre.)
* ``k_f`` is the smallest integer (negative allowed) such that the ``coverage`` quantile of
  |x_f| over the occupied entries (nonzero values; padding zeros map to 0 whatever k_f is)
  fits within half the signed range: ``quantile / 2**k_f <= 2**(I-2)``. The bulk then uses
  the available integer bits, the factor 2 of headroom keeps the tail up to twice that
  quantile representable, and only the rarest values (beyond) saturate at the maximum
  instead of wrapping to a negative number, which for an anomaly score is the safe failure:
  a huge pT still looks huge. A feature never seen occupied (e.g. the tenth jet in a small
  sample, or MET eta which is always 0) takes the largest shift of its quantity (pt, eta or
  phi) among the features that were seen, i.e. the most conservative range.

What the power of two costs against a float standardisation ``x / s``: rounding the scale
``s`` up to the next power of two shrinks the scaled values by a factor in [1, 2), so each
feature uses between half and all of its intended range, i.e. at most 1 bit of resolution.
In exchange the firmware needs no multiplier and the map is exactly reproducible.

The hardware side (:meth:`InputTransform.to_cpp_header`) assumes inputs in power-of-two
hardware units (:data:`HARDWARE_LSB_LOG2`: pT in 0.25 GeV, eta and phi in 2**-8), so the whole
map is one shift per feature. For an input on that hardware grid the header and
:meth:`InputTransform.apply_int` give the same integers; when the model LSB is no finer than
the hardware LSB they agree for any input, because ``floor(floor(y) / 2**j) == floor(y / 2**j)``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from bead_fpga.data.adc2021 import FEATURE_NAMES
from bead_fpga.errors import BeadError
from bead_fpga.io import read_json, write_json

#: Version of the JSON layout written by :meth:`InputTransform.to_dict`.
FORMAT_VERSION = 1
#: log2 of the hardware LSB per quantity, in physical units (GeV, rad): the units the header
#: assumes on its integer inputs. L1 systems use 0.25 GeV pT steps; eta/phi LSBs of about
#: 0.004 are rounded here to the power of two 2**-8 = 0.0039, so that the map stays shifts only.
HARDWARE_LSB_LOG2: dict[str, int] = {"pt": -2, "eta": -8, "phi": -8}
#: Bits of the signed hardware-unit integers the header takes (pT up to 8 TeV at 0.25 GeV).
HARDWARE_BITS = 16


def _quantity(feature_name: str) -> str:
    """'pt', 'eta' or 'phi' from a feature name such as ``jet3_eta``."""
    return feature_name.rsplit("_", 1)[-1]


@dataclass(frozen=True)
class InputTransform:
    """A per-feature power-of-two scale and integer offset onto ``ap_fixed<W, I>``."""

    input_bits: int  # W: total bits of the model input, signed (ap_fixed<W, I>)
    input_int_bits: int  # I: integer bits including the sign
    shifts: tuple[int, ...]  # k_f: the physical value is divided by 2**k_f
    offsets: tuple[int, ...]  # o_f, in input LSBs, subtracted after scaling
    feature_names: tuple[str, ...]

    def __post_init__(self) -> None:
        if not 2 <= self.input_bits <= 32:
            raise ValueError(f"input_bits must be in 2..32 (int32 arithmetic), got {self.input_bits}")
        if not 1 <= self.input_int_bits <= self.input_bits:
            raise ValueError(f"input_int_bits must be in 1..input_bits, got {self.input_int_bits}")
        n = len(self.feature_names)
        if len(self.shifts) != n or len(self.offsets) != n:
            raise ValueError(f"shifts ({len(self.shifts)}), offsets ({len(self.offsets)}) and feature_names ({n}) differ in length")

    @property
    def frac_bits(self) -> int:
        """F = W - I: fractional bits of the model input."""
        return self.input_bits - self.input_int_bits

    @property
    def lsb(self) -> float:
        """Value of one input LSB, 2**-F."""
        return 2.0**-self.frac_bits

    def apply_int(self, x: np.ndarray) -> np.ndarray:
        """Physical features (N, n_features) -> int32 input integers (value / LSB), saturated.

        ±inf saturate like any out-of-range value; NaN has no hardware meaning and is refused.
        """
        x = np.asarray(x, dtype=np.float64)
        if x.ndim != 2 or x.shape[1] != len(self.shifts):
            raise BeadError("input transform", f"expected features of shape (N, {len(self.shifts)}), got {x.shape}")
        if np.isnan(x).any():
            row = int(np.argmax(np.isnan(x).any(axis=1)))
            raise BeadError("input transform", f"NaN in input row {row}", "NaN cannot be represented in fixed point")
        scale = np.exp2(self.frac_bits - np.asarray(self.shifts, dtype=np.float64))  # exact powers of two
        q = np.floor(x * scale) - np.asarray(self.offsets, dtype=np.float64)
        lo, hi = -(2 ** (self.input_bits - 1)), 2 ** (self.input_bits - 1) - 1
        return np.clip(q, lo, hi).astype(np.int32)

    def apply(self, x: np.ndarray) -> np.ndarray:
        """Physical features -> float32 model inputs, exactly on the ``ap_fixed<W, I>`` grid.

        W <= 25 bits fit float32's 24-bit mantissa exactly; wider inputs round, so use
        :meth:`apply_int` for bit-exact comparisons there.
        """
        return (self.apply_int(x).astype(np.float64) * self.lsb).astype(np.float32)

    def to_dict(self) -> dict[str, Any]:
        return {
            "format": "bead-fpga input transform",
            "version": FORMAT_VERSION,
            "map": "q = clip(floor(x * 2**(frac_bits - shift)) - offset, -2**(W-1), 2**(W-1)-1); input = q * 2**-frac_bits",
            "input_bits": self.input_bits,
            "input_int_bits": self.input_int_bits,
            "shifts": list(self.shifts),
            "offsets": list(self.offsets),
            "feature_names": list(self.feature_names),
        }

    @classmethod
    def from_dict(cls, d: Any, where: str | Path = "input transform") -> InputTransform:
        """Rebuild from :meth:`to_dict` output; a BeadError names the first bad field."""
        if not isinstance(d, dict):
            raise BeadError(where, f"expected a JSON object, got {type(d).__name__}")
        if d.get("version") != FORMAT_VERSION:
            raise BeadError(where, f"field 'version': expected {FORMAT_VERSION}, got {d.get('version')!r}", "refit the transform with this bead-fpga")

        def integer(key: str) -> int:
            v = d.get(key)
            if type(v) is not int:
                raise BeadError(where, f"field '{key}': expected an integer, got {v!r}")
            return v

        def int_list(key: str) -> tuple[int, ...]:
            v = d.get(key)
            if not isinstance(v, list) or not all(type(e) is int for e in v):
                raise BeadError(where, f"field '{key}': expected a list of integers")
            return tuple(v)

        names = d.get("feature_names")
        if not isinstance(names, list) or not all(isinstance(e, str) for e in names):
            raise BeadError(where, "field 'feature_names': expected a list of strings")
        fields = {
            "input_bits": integer("input_bits"),
            "input_int_bits": integer("input_int_bits"),
            "shifts": int_list("shifts"),
            "offsets": int_list("offsets"),
        }
        for key in ("shifts", "offsets"):
            if len(fields[key]) != len(names):
                raise BeadError(where, f"field '{key}': {len(fields[key])} entries for {len(names)} feature_names")
        try:
            return cls(feature_names=tuple(names), **fields)
        except ValueError as err:
            raise BeadError(where, str(err)) from None

    def save(self, path: str | Path) -> Path:
        """Write the JSON atomically (a crash never leaves half a transform beside a model)."""
        return write_json(path, self.to_dict())

    @classmethod
    def load(cls, path: str | Path) -> InputTransform:
        return cls.from_dict(read_json(path), where=path)

    def hardware_shifts(self) -> tuple[int, ...]:
        """Left shift per feature from hardware units to input LSBs: F - k_f + log2(hw LSB)."""
        unknown = [name for name in self.feature_names if _quantity(name) not in HARDWARE_LSB_LOG2]
        if unknown:
            raise BeadError("input transform", f"no hardware LSB for feature '{unknown[0]}'", "feature names must end in _pt, _eta or _phi")
        return tuple(self.frac_bits - k + HARDWARE_LSB_LOG2[_quantity(name)] for k, name in zip(self.shifts, self.feature_names))

    def hardware_lsbs(self) -> np.ndarray:
        """Per feature, the physical value of one hardware unit (an exact power of two)."""
        self.hardware_shifts()  # names every feature without a hardware LSB
        return np.exp2([HARDWARE_LSB_LOG2[_quantity(name)] for name in self.feature_names])

    def to_hardware(self, x: np.ndarray) -> np.ndarray:
        """Physical features -> int32 hardware units as the trigger delivers them:
        ``floor(x / LSB)``, saturated to signed :data:`HARDWARE_BITS` bits."""
        units = np.floor(np.asarray(x, np.float64) / self.hardware_lsbs())
        return np.clip(units, -(2 ** (HARDWARE_BITS - 1)), 2 ** (HARDWARE_BITS - 1) - 1).astype(np.int32)

    def apply_hardware(self, hw: np.ndarray) -> np.ndarray:
        """Hardware units -> float32 model inputs: what the header computes from them."""
        return self.apply(np.asarray(hw, np.float64) * self.hardware_lsbs())

    def to_cpp_header(self, name: str = "bead_input_transform") -> str:
        """A self-contained C++ (Vitis HLS) header applying the map to hardware-unit integers."""
        n, w, i = len(self.shifts), self.input_bits, self.input_int_bits
        hw = self.hardware_shifts()
        # the widest intermediate: a hardware integer shifted left by the largest shift, plus sign
        acc = max(HARDWARE_BITS + max(max(hw), 0) + 1, w + 1)
        array = lambda vals: ", ".join(str(v) for v in vals)  # noqa: E731
        guard = f"{name.upper()}_H_"
        lsbs = ", ".join(f"{q}: 2^{v}" for q, v in HARDWARE_LSB_LOG2.items())
        return f"""\
// {name}: bead-fpga fixed-point input transform (generated; do not edit).
//
// Input : hw[f], signed ap_int<{HARDWARE_BITS}> hardware units; physical value = hw * LSB
//         with LSB {lsbs} (GeV, rad).
// Output: x[f], ap_fixed<{w},{i}> (W={w}, I={i}, F={w - i}, LSB 2^-{w - i}), the model input.
// Map   : q = clip(floor(value * 2^(F - shift[f])) - offset[f], -2^(W-1), 2^(W-1)-1),
//         x = q * 2^-F  (truncation = AP_TRN, saturation = AP_SAT).
//         On hardware units this is q = (hw << hw_shift[f]) - offset[f], with
//         hw_shift[f] = F - shift[f] + log2(LSB); a negative hw_shift is an arithmetic
//         right shift, i.e. floor, exactly as in bead_fpga.transform.InputTransform.apply_int.
// Features ({n}): {array(self.feature_names)}
#ifndef {guard}
#define {guard}

#include "ap_fixed.h"
#include "ap_int.h"

namespace {name} {{

constexpr int N_FEATURES = {n};
constexpr int INPUT_BITS = {w};
constexpr int INPUT_INT_BITS = {i};
constexpr int HW_BITS = {HARDWARE_BITS};
constexpr int ACC_BITS = {acc};
typedef ap_int<HW_BITS> hw_t;
typedef ap_fixed<INPUT_BITS, INPUT_INT_BITS> input_t;

constexpr int shift[N_FEATURES] = {{{array(self.shifts)}}};
constexpr int offset[N_FEATURES] = {{{array(self.offsets)}}};
constexpr int hw_shift[N_FEATURES] = {{{array(hw)}}};

inline void apply(const hw_t hw[N_FEATURES], input_t x[N_FEATURES]) {{
    const ap_int<ACC_BITS> q_max = (ap_int<ACC_BITS>(1) << (INPUT_BITS - 1)) - 1;
    const ap_int<ACC_BITS> q_min = -(ap_int<ACC_BITS>(1) << (INPUT_BITS - 1));
    for (int f = 0; f < N_FEATURES; f++) {{
#pragma HLS UNROLL
        ap_int<ACC_BITS> v = hw[f];
        v = hw_shift[f] >= 0 ? ap_int<ACC_BITS>(v << hw_shift[f]) : ap_int<ACC_BITS>(v >> -hw_shift[f]);
        v -= offset[f];
        if (v > q_max) v = q_max;
        if (v < q_min) v = q_min;
        x[f].range(INPUT_BITS - 1, 0) = v.range(INPUT_BITS - 1, 0);
    }}
}}

}}  // namespace {name}

#endif  // {guard}
"""


def fit_transform(
    x_background: np.ndarray,
    input_bits: int = 16,
    input_int_bits: int = 6,
    coverage: float = 0.999,
    feature_names: Sequence[str] = FEATURE_NAMES,
) -> InputTransform:
    """Fit the shifts on background features (N, n_features); the rule is in the module docstring."""
    x = np.asarray(x_background, dtype=np.float64)
    names = tuple(feature_names)
    if x.ndim != 2 or x.shape[1] != len(names) or len(x) == 0:
        raise BeadError("fit_transform", f"expected background features of shape (N>0, {len(names)}), got {x.shape}")
    if not np.isfinite(x).all():
        raise BeadError("fit_transform", "background features contain NaN or inf", "check the input file")
    if not 0.0 < coverage <= 1.0:
        raise BeadError("fit_transform", f"coverage must be in (0, 1], got {coverage}")
    if not 1 <= input_int_bits <= input_bits <= 32:
        raise BeadError("fit_transform", f"need 1 <= input_int_bits <= input_bits <= 32, got I={input_int_bits}, W={input_bits}")

    shifts: dict[int, int] = {}
    for f in range(len(names)):
        occupied = np.abs(x[:, f][x[:, f] != 0])
        if occupied.size:
            q = float(np.quantile(occupied, coverage))
            mantissa, exponent = np.frexp(q)  # q = mantissa * 2**exponent, mantissa in [0.5, 1)
            ceil_log2 = int(exponent) - 1 if mantissa == 0.5 else int(exponent)
            shifts[f] = ceil_log2 - (input_int_bits - 2)
    by_quantity: dict[str, list[int]] = {}
    for f, k in shifts.items():
        by_quantity.setdefault(_quantity(names[f]), []).append(k)
    fallback = {qty: max(ks) for qty, ks in by_quantity.items()}
    return InputTransform(
        input_bits=input_bits,
        input_int_bits=input_int_bits,
        shifts=tuple(shifts.get(f, fallback.get(_quantity(names[f]), 0)) for f in range(len(names))),
        offsets=(0,) * len(names),
        feature_names=names,
    )
