"""A square as shift-and-add of its bits: the DSP-free product for the reconstruction error.

A reconstruction trigger squares each feature's error (57 of them in the HVAE). Traced as
``v * v``, alkaid writes a Verilog ``*``, which Yosys maps onto DSP48E2s (114 on the HVAE)
or, with ``-nodsp``, onto a general LUT multiplier that does not know both operands are the
same. A squarer needs about half a multiplier's partial products: with ``v``'s integer code
``n = -s 2^m + u`` (sign bit ``s``, ``m`` magnitude bits ``u = sum_j b_j 2^j``),

    u^2 = sum_j b_j 2^(2j) + sum_j b_j 2^(j+1) u_{>j}     (u_{>j}: u with bits 0..j cleared)
    n^2 = u^2 - s 2^(m+1) u + s 2^(2m)

so row ``j`` is ``b_j AND u_{>j}`` shifted (``m - j - 1`` bits), the ``b_j 2^(2j)`` bits never
overlap and form one row of wires, the sign adds one subtracted row and a single bit, and the
rows go through a balanced adder tree. Every
step is an alkaid operation on traced variables (bit selects and shifts are wires, the AND is
:meth:`~alkaid.trace.fixed_variable.FVariable.msb_mux` against zero), so alkaid costs,
pipelines and writes it like any adder, and the result is exact: the sum is clipped back to
the square's own range (a wrap that drops only bits the true value never sets). Every bit is
selected from ``u`` (one wrap of ``v`` at its own LSB), never from ``v`` itself: alkaid 0.8.2
traces a select with a coarser LSB wrongly on some scaled values (``v = 2x`` or ``3x``: up to
half the codes off), which the exhaustive tests caught.

What it costs: on the HVAE (57 squares of 12-bit values) Yosys counts 8.2k more LUTs than with
DSP48E2s (about 144 per square), where alkaid's own model counts 0.5k
(``benchmarks/results/rtl_options.md``).
"""

from __future__ import annotations

from typing import Any


def bit_and(bit_source: Any, value: Any) -> Any:
    """``value`` where the MSB of ``bit_source`` is 1, else 0 (one LUT per bit of ``value``)."""
    return bit_source.msb_mux(value, 0.0)


def adder_tree(terms: list[Any]) -> Any:
    """The sum of ``terms`` as a balanced tree (depth ceil(log2 n), not n - 1)."""
    while len(terms) > 1:
        paired = [terms[i] + terms[i + 1] for i in range(0, len(terms) - 1, 2)]
        terms = paired + ([terms[-1]] if len(terms) % 2 else [])
    return terms[0]


def square(v: Any) -> Any:
    """``v * v`` for a traced fixed-point variable, built from adders only (see the module)."""
    if v.low == v.high:  # a constant: nothing to build
        return v * v
    k, i, f = v.kif
    m, lsb = i + f, 2.0**-f  # magnitude bits of the integer code, and the weight of its LSB
    diagonal, rows = [], []
    magnitude = v.quantize(0, i, f, "WRAP", "TRN")  # u: the code without its sign bit (wires)
    for j in range(m):
        weight = 2.0**j * lsb  # of bit j
        low_bits = magnitude.quantize(0, j + 1 - f, f, "WRAP", "TRN")  # bits 0..j: its MSB is b_j
        diagonal.append(bit_and(low_bits, weight * weight))  # b_j 2^(2j): a wire at bit 2j
        if j + 1 < m:
            upper = magnitude.quantize(0, i, f - j - 1, "WRAP", "TRN")  # u_{>j}: the bits above j
            rows.append(bit_and(low_bits, upper * (2 * weight)))
    rows.append(adder_tree(diagonal))  # bits at 2j never overlap: a concatenation
    if k and v.low < 0:
        rows.append(-bit_and(v, magnitude * (2.0**m * lsb * 2)))
        rows.append(bit_and(v, (2.0**m * lsb) ** 2))
    high = max(v.low * v.low, v.high * v.high)
    return adder_tree(rows).quantize(0, _int_bits(high, lsb * lsb), 2 * f, "WRAP", "TRN")


def _int_bits(high: float, step: float) -> int:
    """Integer bits an unsigned value up to ``high`` on the grid ``step`` needs."""
    bits = 0
    while 2.0**bits - step < high:
        bits += 1
    return bits
