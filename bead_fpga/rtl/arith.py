"""Exact QONNX rounding and saturation on alkaid's traced fixed-point variables.

QONNX ``Quant`` rounds (half to even for ``ROUND``, or down for ``FLOOR``) and then clips to
its integer range; the helpers here build those two steps as logic on one traced variable,
and :func:`map_vars` applies them over a tensor of variables.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import numpy as np

from bead_fpga.graph.fixed import FixedFormat



def floor_to(v: Any, frac: int) -> Any:
    """``floor(v / 2**-frac) * 2**-frac``: dropping LSBs, wires only in logic."""
    k, i, _ = v.kif
    return v.quantize(k, i + 1, frac, "WRAP", "TRN")


def round_half_even(v: Any, frac: int) -> Any:
    """Round a traced value to LSB ``2**-frac``, ties to even, exactly as ``np.round``.

    alkaid's own ``RND_CONV`` builds the same circuit (add half an LSB, floor, clear the LSB
    when every dropped bit was zero) but reads the dropped bits at the *input's* fraction
    width; a value carrying a constant offset (a bias, a positional table) can have a
    narrower fraction once half an LSB is added (``x + 1/16 + 1/16`` is on the 1/8 grid), and
    alkaid 0.8.2 then tests the wrong bit: ties round up (every event of ``transformer_8b``
    differed). Here the dropped bits are those of the offset value itself. Where exactly one
    bit is dropped they are read as the difference ``off - floor(off)`` (zero exactly at a
    tie), not as a one-bit slice of ``off``: alkaid 0.8.2 loses the constant of an offset value
    in a one-bit slice (``off.bits[-1:]`` read 0 where the bit was 1), which made ~5 % of
    ``bead_8b``'s events (log2 input map) be taken for ties and lose an odd LSB
    (``tests/rtl/test_frontend.py::test_token_models_trace_exactly`` catches it against
    Brevitas). Wider slices keep the cheaper bit test: the subtraction everywhere costs 5-9 %
    more of alkaid's LUTs and 10-17 % more adder levels, and wider slices were exact on every
    reference model (1M events through hvae/vae/ae's RTL, the token models' traces);
    ``csim --engine rtl`` checks any RTL build against Brevitas."""
    _, _, f = v.kif
    if f <= frac:
        return v
    off = v + 2.0 ** -(frac + 1)
    roundup = floor_to(off, frac)
    _, _, off_frac = off.kif
    if off_frac < frac:  # every value is a tie and its upper neighbour already even
        return off
    if off_frac == frac:  # every value is a tie: clear the LSB
        return roundup.bits[:-1]
    if off_frac - frac == 1:  # one dropped bit: alkaid 0.8.2's one-bit slice loses a constant
        not_tie = (off - roundup).unary_bit_op("any") * 2.0**-frac
    else:
        not_tie = off.bits[frac - off_frac:].unary_bit_op("any") * 2.0**-frac
    return (not_tie & roundup.bits[-1:]) + roundup.bits[:-1]


def round_to(v: Any, frac: int, mode: str) -> Any:
    """Round ``v`` to LSB ``2**-frac`` with a QONNX rounding mode."""
    return floor_to(v, frac) if mode == "FLOOR" else round_half_even(v, frac)


def saturate(v: Any, fmt: FixedFormat) -> Any:
    """Clip to the format's integer range (QONNX clips, it never wraps).

    alkaid's ``min_of``/``max_of`` compare by subtracting the bound, a carry chain per clipped
    value on the critical path of every layer. A value on the format's grid is out of a
    (non-narrow) format's range exactly when the bits it holds above the format's MSB are not
    all copies of the format's sign (all 0 for an unsigned format), so the test is an OR of
    those bits (or of their inverses) and the clip a select: LUTs only. alkaid's comparison
    stays where there are no such bits to test or they cannot be trusted: narrow formats,
    values finer than the format's LSB, a range finer than the value's LSB, a constant result,
    and a single bit above the format (alkaid 0.8.2 can lose a rounded value's constant in a
    one-bit slice)."""
    lo, hi = (code * fmt.lsb for code in fmt.int_range)
    if not fmt.signed and v.low < 0 and not fmt.narrow:
        v = v.relu()  # max_of(0): a sign select
    if v.low >= lo and v.high <= hi:
        return v
    k, i, _ = v.kif
    _, top, frac = fmt.kif  # 2**top: the weight of the lowest bit the format cannot hold
    if (fmt.narrow or v.step < fmt.lsb or 2.0**top < v.step or v.low >= hi or v.high <= lo
            or i - top == 1):
        return v.max_of(lo).min_of(hi)
    wrapped = v.quantize(k, top, frac, "WRAP", "TRN")  # the format's bits: v itself where in range
    above = v.quantize(0, i, -top, "WRAP", "TRN")  # v's non-sign bits from 2**top up (i > top here)
    clipped = (max(v.low, lo), min(v.high, hi), fmt.lsb)  # the result's range; the bounds are on fmt's grid
    if not k:
        return above.unary_bit_op("any").msb_mux(hi, wrapped, qint=clipped)
    high = above.unary_bit_op("any").msb_mux(hi, wrapped) if v.high > hi else wrapped
    # below the format when any bit above it is 0 (an OR of the inverted bits: alkaid writes
    # "all" as VHDL's and_reduce, which GHDL's synthesis, the VHDL hand-off's check, lacks)
    low = (~above).unary_bit_op("any").msb_mux(lo, wrapped) if v.low < lo else wrapped
    return v.msb_mux(low, high, qint=clipped)  # v's sign picks the clip that applies


def map_vars(fn: Callable[..., Any], arr: Any, *others: Any) -> Any:
    """Apply a per-variable function to an :class:`~alkaid.trace.FVArray` elementwise (to
    several, broadcast against each other: ``fn`` then takes one variable of each)."""
    from alkaid.trace import FVArray

    parts = np.broadcast_arrays(*(np.asarray(a) for a in (arr, *others)))
    out = np.empty(parts[0].shape, dtype=object)
    for index in np.ndindex(out.shape):
        out[index] = fn(*(part[index] for part in parts))
    return FVArray(out, arr.solver_options, hwconf=arr.hwconf)
