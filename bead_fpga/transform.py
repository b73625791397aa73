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
  a huge pT still looks huge. (That is ``headroom_bits = 1``; :class:`TransformOptions` sets
  it per quantity: the quantile then fits within ``2**(I - 1 - headroom)``.) A feature never seen occupied (e.g. the tenth jet in a small
  sample, or MET eta which is always 0) takes the largest shift of its quantity (pt, eta or
  phi) among the features that were seen, i.e. the most conservative range.

What the power of two costs against a float standardisation ``x / s``: rounding the scale
``s`` up to the next power of two shrinks the scaled values by a factor in [1, 2), so each
feature uses between half and all of its intended range, i.e. at most 1 bit of resolution.
In exchange the firmware needs no multiplier and the map is exactly reproducible.

**The log2 pT map** (``pt_map="log2"``; ``"log2-objects"`` keeps MET linear). The affine map
saturates each pT at about twice its 99.9 % quantile, which is exactly where FPR 1e-5 lives:
every far-tail event is clipped onto the same input, and a squared error on linear pT is
dominated by hard background (``benchmarks/results/input_map.md``). The log2 map compresses
instead of clipping, and firmware computes it with a leading-one detector, no table and no
multiplier. On the pT in hardware units ``u = clip(floor(pT / 0.25 GeV), 0, 2**15 - 1)``::

    v = u + 1                     (so an empty slot, u = 0, stays exactly 0)
    e = position of v's leading one                  (0..15: a priority encoder)
    m = the K bits after it: floor((v - 2**e) * 2**K / 2**e)
    c = e * 2**K + m              (the log2 code: log2(v) ~ c / 2**K, Mitchell's approximation)

and then ``c / 2**K`` takes the place of ``x`` in the map above: ``q = clip(floor(c *
2**(F - K - k_f)) - o_f, ...)``, with ``k_f`` fitted on the log2 values by the same rule. The
piecewise-linear log2 lies below the true one by less than 0.086 + 2**-K (0.21 for K = 3) and
is monotonic, so a harder object never gets the smaller input. K (``mantissa_bits``) = 3 by default, the form measured in
``benchmarks/results/input_map.md``.

The hardware side (:meth:`InputTransform.to_cpp_header`) assumes inputs in power-of-two
hardware units (:data:`HARDWARE_LSB_LOG2`: pT in 0.25 GeV, eta and phi in 2**-8), so the whole
map is one shift per feature. For an input on that hardware grid the header and
:meth:`InputTransform.apply_int` give the same integers; when the model LSB is no finer than
the hardware LSB they agree for any input, because ``floor(floor(y) / 2**j) == floor(y / 2**j)``.
A log2 feature is computed from the hardware units in Python too, so there they agree always.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import asdict, dataclass
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
#: The pT maps :func:`fit_transform` knows: affine, log2 on every pT, log2 on the objects' pT
#: with MET kept affine (the classic seeds' strongest variable keeps its linear tail).
PT_MAPS = ("linear", "log2", "log2-objects")
#: The feature that ``log2-objects`` keeps linear.
MET_PT = "MET_pt"


@dataclass(frozen=True)
class TransformOptions:
    """How :func:`fit_transform` chooses the map: the physics decisions, recorded in
    ``transform.json`` under ``fit`` so a model says which map it was trained on.

    ``pt_headroom_bits`` / ``angle_headroom_bits``: how many bits of the signed input range the
    fit keeps above the ``coverage`` quantile (1: the quantile sits at half the range, the
    default; 4: 8x more range before saturation, at 3 bits less resolution; 5 on the angles puts
    |eta| about 3.9 at 1, so the angles weigh less in a squared error next to log2 pT).
    """

    pt_map: str = "linear"
    mantissa_bits: int = 3
    pt_headroom_bits: int = 1
    angle_headroom_bits: int = 1

    def __post_init__(self) -> None:
        if self.pt_map not in PT_MAPS:
            raise BeadError("--pt-map", f"unknown pT map {self.pt_map!r}", f"choose one of {', '.join(PT_MAPS)}")
        if not 0 <= self.mantissa_bits <= 8:
            raise BeadError("--pt-map", f"mantissa_bits must be in 0..8, got {self.mantissa_bits}")
        for name in ("pt_headroom_bits", "angle_headroom_bits"):
            if not 0 <= getattr(self, name) <= 8:
                raise BeadError(name, f"must be in 0..8, got {getattr(self, name)}")

    def log2_feature(self, name: str) -> bool:
        """Whether this fit maps feature ``name`` by log2."""
        return _quantity(name) == "pt" and (self.pt_map == "log2" or (self.pt_map == "log2-objects" and name != MET_PT))

    def headroom_bits(self, name: str) -> int:
        return self.pt_headroom_bits if _quantity(name) == "pt" else self.angle_headroom_bits

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def log2_code(units: np.ndarray, mantissa_bits: int) -> np.ndarray:
    """The leading-one log2 code ``e * 2**K + m`` of ``v = units + 1`` (module docstring), int64.

    ``units`` are pT hardware units, already clipped to ``[0, 2**15 - 1]``. ``np.frexp`` of an
    integer below 2**53 is exact, so ``e`` is the leading one's position exactly.
    """
    v = np.asarray(units, dtype=np.int64) + 1
    e = np.frexp(v.astype(np.float64))[1].astype(np.int64) - 1
    m = np.left_shift(v - np.left_shift(1, e), mantissa_bits) >> e
    return np.left_shift(e, mantissa_bits) + m


def log2_units(code: np.ndarray, mantissa_bits: int) -> np.ndarray:
    """The smallest hardware units whose :func:`log2_code` is ``code`` (its inverse on codes
    the map produces), int64."""
    code = np.asarray(code, dtype=np.int64)
    e, m = code >> mantissa_bits, code & ((1 << mantissa_bits) - 1)
    # the smallest r = v - 2**e with floor(r * 2**K / 2**e) = m is ceil(m * 2**e / 2**K)
    r = -((-np.left_shift(m, e)) >> mantissa_bits)
    return np.left_shift(1, e) + r - 1


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
    log2: tuple[bool, ...] = ()  # per feature: log2 pT map (module docstring); () = all affine
    mantissa_bits: int = 3  # K of the log2 code
    fit: TransformOptions | None = None  # how the map was fitted (a record; apply does not read it)

    def __post_init__(self) -> None:
        if not 2 <= self.input_bits <= 32:
            raise ValueError(f"input_bits must be in 2..32 (int32 arithmetic), got {self.input_bits}")
        if not 1 <= self.input_int_bits <= self.input_bits:
            raise ValueError(f"input_int_bits must be in 1..input_bits, got {self.input_int_bits}")
        n = len(self.feature_names)
        if len(self.shifts) != n or len(self.offsets) != n:
            raise ValueError(f"shifts ({len(self.shifts)}), offsets ({len(self.offsets)}) and feature_names ({n}) differ in length")
        if self.log2 and len(self.log2) != n:
            raise ValueError(f"log2 has {len(self.log2)} entries for {n} feature_names")
        bad = [name for name, lg in zip(self.feature_names, self.log2) if lg and _quantity(name) != "pt"]
        if bad:
            raise ValueError(f"the log2 map applies to pT features only, not '{bad[0]}'")
        if not 0 <= self.mantissa_bits <= 8:
            raise ValueError(f"mantissa_bits must be in 0..8, got {self.mantissa_bits}")

    @property
    def log2_mask(self) -> np.ndarray:
        """Boolean per feature: mapped by log2."""
        return np.array(self.log2 or (False,) * len(self.feature_names), dtype=bool)

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
        q = np.floor(self.scaled(x)) - np.asarray(self.offsets, dtype=np.float64)
        lo, hi = -(2 ** (self.input_bits - 1)), 2 ** (self.input_bits - 1) - 1
        return np.clip(q, lo, hi).astype(np.int32)

    def scaled(self, x: np.ndarray) -> np.ndarray:
        """``value * 2**(F - k_f)`` in float64 before the floor, where value is ``x`` or, for a
        log2 feature, ``c * 2**-K``; every factor is a power of two, so this is exact."""
        scale = np.exp2(self.frac_bits - np.asarray(self.shifts, dtype=np.float64))
        y = x * scale
        log2 = self.log2_mask
        if log2.any():  # the log2 code of the hardware units, on the same power-of-two scale
            units = np.maximum(self.to_hardware(x)[:, log2], 0)
            y[:, log2] = log2_code(units, self.mantissa_bits) * (scale[log2] * 2.0**-self.mantissa_bits)
        return y

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
            "log2": [bool(v) for v in self.log2_mask],
            "log2_map": "c = e * 2**K + m of v = clip(floor(pT / LSB), 0, 2**15-1) + 1 (e: leading one, m: next K bits); "
                        "x = c * 2**-K in the map above",
            "mantissa_bits": self.mantissa_bits,
            "fit": self.fit.to_dict() if self.fit else None,
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
        log2 = d.get("log2", [])  # absent in transforms written before the log2 map: all affine
        if not isinstance(log2, list) or not all(type(e) is bool for e in log2):
            raise BeadError(where, "field 'log2': expected a list of booleans")
        fields["mantissa_bits"] = integer("mantissa_bits") if "mantissa_bits" in d else 3
        try:
            fit = TransformOptions(**d["fit"]) if isinstance(d.get("fit"), dict) else None
        except (TypeError, BeadError) as err:
            raise BeadError(where, f"field 'fit': {err}") from None
        try:
            return cls(feature_names=tuple(names), log2=tuple(log2) if any(log2) else (), fit=fit, **fields)
        except ValueError as err:
            raise BeadError(where, str(err)) from None

    def save(self, path: str | Path) -> Path:
        """Write the JSON atomically (a crash never leaves half a transform beside a model)."""
        return write_json(path, self.to_dict())

    @classmethod
    def load(cls, path: str | Path) -> InputTransform:
        return cls.from_dict(read_json(path), where=path)

    def hardware_shifts(self) -> tuple[int, ...]:
        """Left shift per feature from hardware units to input LSBs, F - k_f + log2(hw LSB); for
        a log2 feature, from its log2 code, F - k_f - K."""
        unknown = [name for name in self.feature_names if _quantity(name) not in HARDWARE_LSB_LOG2]
        if unknown:
            raise BeadError("input transform", f"no hardware LSB for feature '{unknown[0]}'", "feature names must end in _pt, _eta or _phi")
        return tuple(self.frac_bits - k + (-self.mantissa_bits if lg else HARDWARE_LSB_LOG2[_quantity(name)])
                     for k, name, lg in zip(self.shifts, self.feature_names, self.log2_mask))

    def hardware_of(self, q: np.ndarray) -> np.ndarray:
        """Input integers (N, n_features) -> hardware units that give them: ``floor((q + o_f)
        * 2**-hw_shift)`` (for a log2 feature, the smallest units of that code). Exact for
        inputs that did not saturate (``floor(floor(y) / 2**s) == floor(y / 2**s)``)."""
        pre = np.floor((np.asarray(q, np.float64) + np.asarray(self.offsets)) * np.exp2(-np.asarray(self.hardware_shifts(), np.float64)))
        log2 = self.log2_mask
        pre[:, log2] = log2_units(np.maximum(pre[:, log2], 0).astype(np.int64), self.mantissa_bits)
        return np.clip(pre, -(2 ** (HARDWARE_BITS - 1)), 2 ** (HARDWARE_BITS - 1) - 1).astype(np.int32)

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
        n, w, i, k = len(self.shifts), self.input_bits, self.input_int_bits, self.mantissa_bits
        hw = self.hardware_shifts()
        # the widest intermediate: a hardware integer shifted left by the largest shift, plus sign
        acc = max(HARDWARE_BITS + max(max(hw), 0) + 1, w + 1)
        array = lambda vals: ", ".join(str(int(v)) for v in vals)  # noqa: E731
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
// log2  : where log2_map[f] = 1 (pT only), value is replaced by c * 2^-K, c = log2_code(hw):
//         v = clip(hw, 0, 2^15-1) + 1, e = v's leading one, m = the K = {k} bits after it,
//         c = e * 2^K + m (log2(v) ~ c / 2^K); then hw_shift[f] = F - shift[f] - K.
// Features ({n}): {", ".join(self.feature_names)}
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
constexpr int MANTISSA_BITS = {k};
typedef ap_int<HW_BITS> hw_t;
typedef ap_fixed<INPUT_BITS, INPUT_INT_BITS> input_t;

constexpr int shift[N_FEATURES] = {{{array(self.shifts)}}};
constexpr int offset[N_FEATURES] = {{{array(self.offsets)}}};
constexpr int hw_shift[N_FEATURES] = {{{array(hw)}}};
constexpr int log2_map[N_FEATURES] = {{{array(self.log2_mask)}}};

// The leading-one log2 code of a pT: a priority encoder and a barrel shift, no table.
inline ap_uint<HW_BITS + MANTISSA_BITS> log2_code(const hw_t hw) {{
    const ap_uint<HW_BITS> v = hw < 0 ? ap_uint<HW_BITS>(1) : ap_uint<HW_BITS>(ap_uint<HW_BITS>(hw) + 1);
    int e = 0;
    for (int b = 1; b < HW_BITS; b++) {{
#pragma HLS UNROLL
        if (v[b]) e = b;
    }}
    const ap_uint<HW_BITS + MANTISSA_BITS> rest = v - (ap_uint<HW_BITS>(1) << e);
    const ap_uint<HW_BITS + MANTISSA_BITS> m = (rest << MANTISSA_BITS) >> e;
    return (ap_uint<HW_BITS + MANTISSA_BITS>(e) << MANTISSA_BITS) + m;
}}

inline void apply(const hw_t hw[N_FEATURES], input_t x[N_FEATURES]) {{
    const ap_int<ACC_BITS> q_max = (ap_int<ACC_BITS>(1) << (INPUT_BITS - 1)) - 1;
    const ap_int<ACC_BITS> q_min = -(ap_int<ACC_BITS>(1) << (INPUT_BITS - 1));
    for (int f = 0; f < N_FEATURES; f++) {{
#pragma HLS UNROLL
        ap_int<ACC_BITS> v = log2_map[f] ? ap_int<ACC_BITS>(log2_code(hw[f])) : ap_int<ACC_BITS>(hw[f]);
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
    options: TransformOptions | None = None,
) -> InputTransform:
    """Fit the shifts on background features (N, n_features); the rule is in the module
    docstring, the pT map and headroom come from ``options`` (default: affine, 1 bit)."""
    x = np.asarray(x_background, dtype=np.float64)
    names = tuple(feature_names)
    options = options or TransformOptions()
    if x.ndim != 2 or x.shape[1] != len(names) or len(x) == 0:
        raise BeadError("fit_transform", f"expected background features of shape (N>0, {len(names)}), got {x.shape}")
    if not np.isfinite(x).all():
        raise BeadError("fit_transform", "background features contain NaN or inf", "check the input file")
    if not 0.0 < coverage <= 1.0:
        raise BeadError("fit_transform", f"coverage must be in (0, 1], got {coverage}")
    if not 1 <= input_int_bits <= input_bits <= 32:
        raise BeadError("fit_transform", f"need 1 <= input_int_bits <= input_bits <= 32, got I={input_int_bits}, W={input_bits}")

    log2 = tuple(options.log2_feature(name) for name in names)
    if any(log2):  # the log2 values the map will see, c / 2**K (0 for an empty slot)
        probe = InputTransform(input_bits, input_int_bits, (0,) * len(names), (0,) * len(names), names, log2,
                               options.mantissa_bits)
        values = probe.scaled(x) * probe.lsb
    else:
        values = x
    shifts: dict[int, int] = {}
    for f in range(len(names)):
        occupied = np.abs(values[:, f][x[:, f] != 0])
        if occupied.size:
            q = float(np.quantile(occupied, coverage))
            mantissa, exponent = np.frexp(q)  # q = mantissa * 2**exponent, mantissa in [0.5, 1)
            ceil_log2 = int(exponent) - 1 if mantissa == 0.5 else int(exponent)
            shifts[f] = ceil_log2 - (input_int_bits - 1 - options.headroom_bits(names[f]))
    by_kind: dict[tuple[str, bool], list[int]] = {}
    for f, k in shifts.items():
        by_kind.setdefault((_quantity(names[f]), log2[f]), []).append(k)
    fallback = {kind: max(ks) for kind, ks in by_kind.items()}
    return InputTransform(
        input_bits=input_bits,
        input_int_bits=input_int_bits,
        shifts=tuple(shifts.get(f, fallback.get((_quantity(names[f]), log2[f]), 0)) for f in range(len(names))),
        offsets=(0,) * len(names),
        feature_names=names,
        log2=log2 if any(log2) else (),
        mantissa_bits=options.mantissa_bits,
        fit=options,
    )
