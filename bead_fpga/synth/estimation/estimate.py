"""An analytic estimate of latency and resources, read off the converted hls4ml model.

Without Vitis HLS / Vivado on the machine, a trigger group still has to know whether a model
can fit the L1 budget before it books synthesis time. This module counts what an ``io_parallel``
design is made of, layer by layer, from the hls4ml :class:`~hls4ml.model.graph.ModelGraph`
(its actual weights and fixed-point types), and turns the count into LUT / FF / CARRY8 / DSP /
BRAM figures and cycles. Every figure is labelled ``estimate:analytic``; it is a count, not a
measurement.

What is counted, and why
------------------------

* **Constant multiplications.** With weights compiled in, each product is
  ``variable x constant``. A constant in canonical signed digit (CSD) form with ``k`` non-zero
  digits is ``k`` shifted copies of the input added together, so synthesis builds ``k - 1``
  adders for it: a zero weight (``k = 0``) disappears, a weight ``+-2^n`` (``k = 1``) is a
  shift -- wires, no logic -- and only ``k >= 2`` costs adders. The counts of zero and
  power-of-two weights are reported because that is where quantization saves logic.
* **LUT or DSP48E2.** :data:`DSP_MIN_WEIGHT_BITS`: products with a weight narrower than 9 bits
  stay in the fabric. Of wider ones, HLS builds a ``mul`` -- one DSP48E2, more when an operand
  exceeds the 27 x 18 multiplier (:data:`DSP_PORT_BITS`) -- for a weight of
  :data:`~bead_fpga.synth.estimation.schedule.MUL_MIN_DIGITS` or more CSD digits, once per
  distinct (input, weight) pair; fewer digits stay shift-adds (:func:`multiplications`).
* **Accumulation.** Each output sums its non-zero products and its bias: ``n - 1`` two-input
  adders arranged as a tree whose widths grow one bit per level up to the accumulator type.
* **LUT and CARRY8 per adder.** On UltraScale+ a two-input adder takes one LUT6 per result
  bit feeding the CARRY8 chain, one CARRY8 per 8 bits (UG574, CLB carry logic), both scaled
  by :data:`LUT_PER_ADDER_BIT` (calibrated, see there).
* **Casts.** Rounding (``RND*``) when fractional bits are dropped is one adder of the output
  width; saturation (``SAT*``) when integer bits are dropped is a compare-and-select, one LUT
  per output bit; ReLU zeroes each output bit (one LUT per bit).
* **Cycles.** Each hls4ml layer is its own pipelined function. Its logic depth in adder
  levels times :data:`T_LEVEL_NS` is spread over the clock period left after the
  backend's clock uncertainty; a pipelined function whose logic needs ``p`` periods has
  ``p - 1`` cycles of latency (its last stage shares the cycle with the next register), at
  least one for a dense layer. Table activations (sigmoid, tanh, softmax...) read a ROM:
  :data:`TABLE_CYCLES`. The top function registers its input port: :data:`TOP_CYCLES`.
* **Registers.** The input port register, plus for each cycle of a layer one register cut
  through its logic, at evenly spaced levels: the live values at that level times their width.
  A Dense's products are ``accum_t`` wide (hls4ml's ``mult[]`` array), and a product made in
  a DSP48 is registered inside it (MREG / PREG, UG579), so a cut through the products costs
  flip-flops only for the fabric's.
* **II** is 1 at reuse factor 1 (see below for larger ones).
* **Token-wise layers** (the transformer, through :mod:`bead_fpga.hls.ext`): a pointwise
  ``Conv1D`` is the Dense of one token times the tokens computed in parallel; an ``Einsum``
  (attention's ``Q.K^T`` and ``A.V``) is variable x variable products, LUT or DSP by the same
  9-bit rule, whose multipliers hls4ml's template limits to ``products / reuse`` (so reuse
  shares them, unlike a Dense's), plus one adder tree per output; a ``ReduceSum`` is one adder
  tree per output; ``ApplyAlpha`` (a constant scale and bias) is counted as a batch norm,
  a zero bias costing nothing.

Calibration against ``shared/vendor_reports/vivado2020.1_zu9eg_dense`` (a 98-20-1 dense net,
16-bit inputs, 6-bit weights, ReLU, sigmoid; Vivado HLS 2020.1, 5 ns) and its ``report_utilization``
is in ``benchmarks/bench_calibration.py``; the constants below say which figure each was fixed on.

**Reuse factors above 1** (Dense, both strategies) follow hls4ml's schedule,
:mod:`bead_fpga.synth.estimation.schedule`: the layer's ``mul`` operations (:func:`multiplications`:
distinct input x constant products with 3 or more CSD digits) share the ``multiplier_limit``
DSPs over ``rounds`` waves, the layer's latency is the longer of its parallel pipeline and the
waves plus the tail after the last one (a delay, so fewer cycles at a slower clock), its II is
``min(R, latency + 1)`` and the design's II the largest layer II; registers are the held inputs,
the accumulators and one wave of products; the shared multipliers' operand multiplexers are
counted (:func:`shared_dense`). Fabric constant multiplications are counted unshared. Checked
on published designs with their vendor reports in ``benchmarks/bench_hls_estimate.py``. When
the DSPs asked for exceed the part's, the excess is costed as fabric (:func:`dsp_overflow`).
Layers of a kind not listed above are reported as *not modelled*, and the totals say so,
rather than guessed.
"""

from __future__ import annotations

import dataclasses
import math
from dataclasses import asdict, dataclass, field
from typing import Any

import numpy as np

from bead_fpga.graph import ops
from bead_fpga.graph.fixed import FixedFormat
from bead_fpga.synth.estimation import schedule
from bead_fpga.synth.estimation.schedule import DenseSchedule, dense_schedule
from bead_fpga.target import DEFAULT_PART, Part, resolve_part

SOURCE = "estimate:analytic"

#: A product goes to a DSP48E2 when its constant (weight) operand is at least this wide.
#: hls4ml's own DSP model uses this rule ("Vivado doesn't use DSP when precision < 9",
#: ``hls4ml/optimization/dsp_aware_pruning/objectives/vivado_objectives.py``), and the
#: calibration design agrees: 98 x 20 products of 16-bit inputs with 6-bit weights, 0 DSP.
#: A product of two variables (no constant) uses the same threshold on its narrower operand.
DSP_MIN_WEIGHT_BITS = 9
#: DSP48E2 multiplier ports (UG579): a 27 x 18 signed product per slice.
DSP_PORT_BITS = (27, 18)
#: LUT6 per adder result bit. 1.0 is the textbook UltraScale+ count (one LUT feeding each
#: CARRY8 bit); Vivado packs constant-shifted and truncated terms tighter. Calibrated on the
#: design above: its post-synthesis LUTs per counted adder bit, rounded (see calibration.md).
LUT_PER_ADDER_BIT = 0.6
#: LUTs per bit-product of a fabric multiplier of two variables (``w1 * w2`` partial-product
#: bits, each one LUT in a Baugh-Wooley array feeding carry chains).
LUT_PER_VAR_MULT_BIT2 = 1.0
#: Delay of one adder level (LUT + carry chain + local routing) on UltraScale+ -2, fixed so
#: that the calibration design's 8-level dense layer takes the single cycle HLS scheduled.
T_LEVEL_NS = 1.0
#: Delay of an adder level on a Vivado part family relative to UltraScale+ (above): 7-series
#: fabric (LUT6, CARRY4, slower routing) and its DSP48E1 fit fewer levels in a period. Fitted
#: by ``benchmarks/bench_hls_estimate.py`` on the published 7-series designs marked ``fit``
#: (Vitis HLS 2021.1 on a Zynq-7000 -2 at 3.33 ns), checked on the held-out ones at 5 ns.
LEVEL_DELAY_SCALE = {"zynq": 1.5, "artix7": 1.5, "kintex7": 1.5, "virtex7": 1.5, "spartan7": 1.5}
#: Adder levels a DSP48E2 multiply is worth in the delay model (about 3 ns unregistered).
DSP_MULT_LEVELS = 3
#: Latency of a ROM-based activation (index, BRAM read, output): 2 cycles in the calibration
#: design's sigmoid.
TABLE_CYCLES = 2
#: LUTs per element of a ROM-based activation (index clamp and shift): the calibration
#: design's sigmoid used 153 for one element.
TABLE_LUT_PER_ELEMENT = 150
#: Largest weight ROM of a Resource-strategy Dense that HLS keeps in LUTs rather than BRAM:
#: published reports (Vivado HLS 2019.2) put 480- and 1,024-bit ROMs in LUTs, 10,240 bits and
#: up in BRAM18s (``benchmarks/data/published_hls_designs.json``, ``*_gru_dense``).
ROM_LUTRAM_MAX_BITS = 1024
#: Cycles the top function adds (its input port register): 5 = 1 + 0 + 1 + 2 + 1 there.
TOP_CYCLES = 1
#: Products above which a Latency-strategy Dense is past hls4ml's ``MaximumSize`` (the
#: ``config_array_partition -maximum_size`` its build script sets, 4096 by default); see
#: :func:`_accumulates_in_a_chain`.
LATENCY_MAX_PRODUCTS = 4096
#: hls4ml's default clock uncertainty per backend (``project.tcl``), when the model has none.
DEFAULT_UNCERTAINTY = {"vivado": 0.125, "vitis": 0.27}

_TABLE_ACTIVATIONS = {"sigmoid", "tanh", "softmax", "elu", "selu", "softplus", "softsign", "hard_tanh"}
_RELU = {"relu", "leaky_relu", "leakyrelu", "relu6", "thresholdedrelu"}
_LINEAR = {"linear", "quant", "identity"}


@dataclass(frozen=True)
class LayerEstimate:
    """One hls4ml layer, counted. ``mults_*`` split the layer's products by how they are
    built: ``zero`` (removed), ``shift`` (weight ``+-2^n``: wires), ``lut`` and ``dsp`` (the
    DSP multiplications: equal products of one input are one); ``ii`` is the layer's
    initiation interval, ``dsp_as_lut`` the LUTs its DSP products would take as fabric
    constant multiplications (where Vivado puts them when the part runs out)."""

    name: str
    kind: str
    shape: str
    operand_bits: str = ""
    mults: int = 0
    mults_zero: int = 0
    mults_shift: int = 0
    mults_lut: int = 0
    mults_dsp: int = 0
    adders: int = 0
    adder_bits: int = 0
    lut: int = 0
    ff: int = 0
    carry8: int = 0
    dsp: int = 0
    bram18: int = 0
    levels: int = 0
    cycles: int = 0
    ii: int = 1
    dsp_as_lut: int = 0
    modelled: bool = True
    notes: tuple[str, ...] = ()


@dataclass(frozen=True)
class AnalyticEstimate:
    """Totals and per-layer rows of the analytic estimate for one design on one part."""

    part: Part
    clock_ns: float
    clock_uncertainty: float
    reuse: int
    layers: tuple[LayerEstimate, ...]
    latency_cycles: int
    ii_cycles: int
    lut: int
    ff: int
    carry8: int
    dsp: int
    bram18: int
    uram: int = 0
    source: str = SOURCE
    notes: tuple[str, ...] = field(default=())

    @property
    def latency_ns(self) -> float:
        return self.latency_cycles * self.clock_ns

    @property
    def complete(self) -> bool:
        """False when some layer kind was not modelled (its cost is missing from the totals)."""
        return all(layer.modelled for layer in self.layers)

    def pct_of_part(self) -> dict[str, float]:
        p = self.part
        return {
            "lut": 100.0 * self.lut / p.lut,
            "ff": 100.0 * self.ff / p.ff,
            "dsp": 100.0 * self.dsp / p.dsp,
            "bram18": 100.0 * self.bram18 / p.bram18,
            "uram": 100.0 * self.uram / p.uram if p.uram else 0.0,
        }

    def to_dict(self) -> dict[str, Any]:
        return {
            "source": self.source,
            "part": self.part.name,
            "clock_ns": self.clock_ns,
            "clock_uncertainty": self.clock_uncertainty,
            "reuse": self.reuse,
            "latency_cycles": self.latency_cycles,
            "latency_ns": self.latency_ns,
            "ii_cycles": self.ii_cycles,
            "lut": self.lut, "ff": self.ff, "carry8": self.carry8, "dsp": self.dsp,
            "bram18": self.bram18, "uram": self.uram,
            "pct_of_part": self.pct_of_part(),
            "complete": self.complete,
            "notes": list(self.notes),
            "layers": [asdict(layer) | {"notes": list(layer.notes)} for layer in self.layers],
        }


# ---------------------------------------------------------------------------------------
# Fixed-point helpers


def _precision(obj: Any) -> Any:
    """The precision object of a variable, a type or a precision (whatever hls4ml handed us)."""
    obj = getattr(obj, "type", obj)
    return getattr(obj, "precision", obj)


def _width(prec: Any) -> int:
    return int(getattr(prec, "width", 32))


def _frac(prec: Any) -> int:
    return _width(prec) - int(getattr(prec, "integer", _width(prec)))


def _mode(prec: Any, attr: str) -> str:
    return str(getattr(prec, attr, "") or "").upper()


def weight_integers(data: np.ndarray, prec: Any) -> np.ndarray:
    """Weights as the integers the hardware multiplies by (value / LSB), quantized with the
    type's own rounding and saturation, so an off-grid float weight is counted as stored."""
    frac = _frac(prec)
    scaled = np.asarray(data, dtype=np.float64) * 2.0**frac
    ints = np.floor(scaled) if _mode(prec, "rounding_mode") in ("", "TRN") else np.round(scaled)
    lo, hi = FixedFormat(bool(getattr(prec, "signed", True)), _width(prec), frac).int_range
    return np.clip(ints, lo, hi).astype(np.int64)


def csd_digits(values: np.ndarray) -> np.ndarray:
    """Non-zero digits of each integer in canonical signed digit (non-adjacent) form: the
    number of shifted copies of the input a constant multiplication adds up."""
    n = np.abs(np.asarray(values, dtype=np.int64)).copy()
    count = np.zeros_like(n)
    while np.any(n):
        odd = (n & 1) == 1
        digit = np.where(odd, 2 - (n & 3), 0)  # +1 or -1 where odd, chosen so n - digit is 0 mod 4
        n = (n - digit) >> 1
        count += odd
    return count


def multiplications(w_ints: np.ndarray) -> int:
    """Products of an ``(n_in, n_out)`` integer weight matrix that HLS builds as ``mul``
    operations: those whose constant has at least :data:`~bead_fpga.synth.estimation.schedule.MUL_MIN_DIGITS`
    CSD digits (fewer are shifts and adds), counted once per distinct ``(input, constant)``
    pair, because the compiler's common-subexpression elimination merges the same input
    multiplied by the same constant for several outputs into one ``mul``. Held against the
    published Vitis HLS 2021.1 reports in ``tests/synth/test_schedule.py``."""
    rows, cols = np.nonzero(csd_digits(w_ints) >= schedule.MUL_MIN_DIGITS)
    if rows.size == 0:
        return 0
    return int(np.unique(np.stack([rows, w_ints[rows, cols]]), axis=1).shape[1])


def adder_tree(terms: int, term_bits: int, max_bits: int) -> tuple[int, int, int, int]:
    """``(adders, adder_bits, carry8, levels)`` of a balanced tree summing ``terms`` operands
    of ``term_bits`` bits, each level one bit wider, capped at the accumulator width."""
    adders = bits = carry = levels = 0
    while terms > 1:
        levels += 1
        pairs = terms // 2
        width = min(max_bits, term_bits + levels)
        adders += pairs
        bits += pairs * width
        carry += pairs * math.ceil(width / 8)
        terms -= pairs
    return adders, bits, carry, levels


def _live_after(terms: int, level: int) -> int:
    """Values still to be summed after ``level`` levels of a balanced tree."""
    return math.ceil(terms / 2**level)


def _dsp_per_product(a_bits: int, b_bits: int) -> int:
    big, small = max(a_bits, b_bits), min(a_bits, b_bits)
    port_a, port_b = DSP_PORT_BITS
    return math.ceil(big / port_a) * math.ceil(small / port_b)


@dataclass
class _Cast:
    lut: int = 0
    carry8: int = 0
    levels: int = 0


def cast_cost(src: Any, dst: Any, n: int) -> _Cast:
    """LUTs of converting ``n`` values from type ``src`` to ``dst``: a rounding adder when
    fractional bits are dropped with ``RND*``, a compare-and-select when integer bits are
    dropped with ``SAT*``; plain truncation and wrapping are wires."""
    out = _Cast()
    w = _width(dst)
    if _frac(dst) < _frac(src) and _mode(dst, "rounding_mode").startswith("RND"):
        out.lut += n * w
        out.carry8 += n * math.ceil(w / 8)
        out.levels += 1
    src_int = _width(src) - _frac(src)
    dst_int = w - _frac(dst)
    if dst_int < src_int and _mode(dst, "saturation_mode").startswith("SAT"):
        out.lut += n * w
        out.levels += 1
    return out


# ---------------------------------------------------------------------------------------
# Per-layer models


class _Context:
    """Clock facts shared by the per-layer models: how many adder levels fit in one period."""

    def __init__(self, clock_ns: float, uncertainty: float, family: str = "") -> None:
        self.usable_ns = clock_ns * (1.0 - uncertainty)
        level_ns = T_LEVEL_NS * LEVEL_DELAY_SCALE.get(family, 1.0)
        self.levels_per_cycle = max(1, math.floor(self.usable_ns / level_ns + 1e-9))

    def cycles(self, levels: int, minimum: int) -> int:
        """Latency of a pipelined function ``levels`` deep: HLS chains as many levels as fit
        in a period and registers there, so ``p`` periods of logic give ``p - 1`` cycles."""
        periods = math.ceil(levels / self.levels_per_cycle) if levels else 0
        return max(minimum, periods - 1)

    def registers(self, cycles: int, live: list[tuple[int, int]]) -> int:
        """FFs of ``cycles`` register cuts placed as HLS's as-soon-as-possible schedule puts
        them, every ``levels_per_cycle`` levels; ``live[l]`` is ``(values, bits)`` alive
        after level ``l`` (a cut past the last level registers the outputs)."""
        ff = 0
        for j in range(1, cycles + 1):
            values, bits = live[min(len(live) - 1, j * self.levels_per_cycle)]
            ff += values * bits
        return ff


def _dense(layer: Any, ctx: _Context) -> LayerEstimate:
    weight_var = layer.weights["weight"]
    w_prec = _precision(weight_var)
    in_prec = _precision(layer.get_input_variable())
    out_prec = _precision(layer.get_output_variable())
    accum = _precision(layer.get_attr("accum_t")) if layer.get_attr("accum_t") is not None else out_prec
    w_ints = weight_integers(weight_var.data, w_prec)
    n_in = int(layer.get_attr("n_in"))
    n_out = int(layer.get_attr("n_out"))
    w_ints = w_ints.reshape(n_in, n_out)
    bias = layer.weights.get("bias")
    has_bias = np.zeros(n_out, dtype=bool)  # a zero bias is optimized away
    if bias is not None and bias.data is not None:
        nonzero = weight_integers(bias.data, _precision(bias)).reshape(-1) != 0
        has_bias = nonzero if nonzero.size == n_out else np.full(n_out, nonzero.any())
    reuse = max(1, int(layer.get_attr("reuse_factor") or 1))
    strategy = str(layer.get_attr("strategy") or "latency").lower()

    w_bits, d_bits, acc_bits = _width(w_prec), _width(in_prec), _width(accum)
    product_bits = d_bits + w_bits
    term_bits = min(acc_bits, product_bits)
    digits = csd_digits(w_ints)
    zero = digits == 0
    shift = digits == 1
    # HLS builds a product as a `mul` (a DSP, for a wide enough constant) only when its constant
    # has MUL_MIN_DIGITS or more CSD digits, once per distinct (input, constant) pair; fewer
    # digits are shift-adds in the fabric (:func:`multiplications`, the schedule's count)
    to_dsp = (digits >= schedule.MUL_MIN_DIGITS) & (w_bits >= DSP_MIN_WEIGHT_BITS)
    to_lut = (~zero) & (~shift) & (~to_dsp)
    dsp_mults = multiplications(w_ints) if w_bits >= DSP_MIN_WEIGHT_BITS else 0

    lut_mult_adders = int((digits[to_lut] - 1).sum())
    lut_mult_bits = lut_mult_adders * product_bits
    mult_carry = lut_mult_adders * math.ceil(product_bits / 8)
    mult_levels = int(np.ceil(np.log2(digits[to_lut].max()))) if to_lut.any() else 0
    if to_dsp.any():
        mult_levels = max(mult_levels, DSP_MULT_LEVELS)

    tree_adders = tree_bits = tree_carry = tree_levels = 0
    terms_per_out = (~zero).sum(axis=0) + has_bias
    for terms in terms_per_out:
        a, b, c, lv = adder_tree(int(terms), term_bits, acc_bits)
        tree_adders += a
        tree_bits += b
        tree_carry += c
        tree_levels = max(tree_levels, lv)
    cast = cast_cost(accum, out_prec, n_out)
    chained = _accumulates_in_a_chain(n_in * n_out, strategy)
    levels = mult_levels + (int(terms_per_out.max()) - 1 if chained else tree_levels) + cast.levels
    cycles = ctx.cycles(levels, minimum=1)

    # live values after each level: inputs (level 0), products, then the trees. hls4ml holds
    # each product in an ``accum_t`` array (``mult[]``), so a cut through the products
    # registers ``term_bits``; a DSP's product is registered inside the DSP48 (MREG/PREG,
    # UG579), so only the fabric's products take flip-flops there.
    fabric_products = int(((~zero) & (~to_dsp)).sum())
    live_levels = [(n_in, d_bits)] + [(fabric_products, term_bits)] * mult_levels
    for lv in range(1, tree_levels + 1):
        live_levels.append((int(sum(_live_after(int(t), lv) for t in terms_per_out)), min(acc_bits, term_bits + lv)))
    live_levels += [(n_out, _width(out_prec))] * cast.levels

    row = LayerEstimate(
        name=layer.name, kind="Dense", shape=f"{n_in}x{n_out}", operand_bits=f"{d_bits}x{w_bits}",
        mults=n_in * n_out, mults_zero=int(zero.sum()), mults_shift=int(shift.sum()),
        mults_lut=int(to_lut.sum()), mults_dsp=dsp_mults,
        adders=lut_mult_adders + tree_adders, adder_bits=lut_mult_bits + tree_bits,
        lut=round((lut_mult_bits + tree_bits) * LUT_PER_ADDER_BIT) + cast.lut,
        ff=ctx.registers(cycles, live_levels), carry8=round((mult_carry + tree_carry) * LUT_PER_ADDER_BIT) + cast.carry8,
        dsp=dsp_mults * _dsp_per_product(d_bits, w_bits), levels=levels, cycles=cycles,
        dsp_as_lut=round(int((digits[to_dsp] - 1).sum()) * product_bits * LUT_PER_ADDER_BIT),
        notes=((f"{int(zero.sum())} zero weights removed, {int(shift.sum())} weights +-2^n are shifts (no logic)",)
               if zero.any() or shift.any() else ())
        + ((f"{n_in * n_out} products > {LATENCY_MAX_PRODUCTS}: each output accumulates in a chain, "
            f"{int(terms_per_out.max())} terms on the longest",) if chained else ()),
    )
    if reuse == 1:
        return row
    n_zeros = int(getattr(weight_var, "nzeros", int(zero.sum())) or 0)
    plan = dense_schedule(n_in, n_out, reuse, strategy, n_zeros, cycles, multiplications(w_ints), ctx.usable_ns)
    return shared_dense(row, plan, (d_bits, w_bits, acc_bits), n_out)


def _accumulates_in_a_chain(products: int, strategy: str) -> bool:
    """Whether HLS accumulates a Dense's outputs as chains of adds rather than balanced trees:
    a Latency-strategy layer of more than :data:`LATENCY_MAX_PRODUCTS` products. The published
    Vitis HLS 2021.1 reports of the two such layers (196 x 56 and 561 x 20, 8-bit weights) have
    48 and 192 cycles at every reuse factor, 2.7 and 2.6 non-zero terms of their longest output
    per cycle -- a chain's length, not a tree's depth (4 to 6 cycles for every smaller layer of
    the same designs); their schedule reports spread the adds over all the states. The chain's
    adds are costed at the same level delay as a tree's."""
    return strategy != "resource" and products > LATENCY_MAX_PRODUCTS


def shared_dense(row: LayerEstimate, plan: DenseSchedule, bits: tuple[int, int, int], n_out: int) -> LayerEstimate:
    """A Dense row counted fully parallel (``row``), re-costed for the reuse ``plan``.

    * **Latency strategy**: the DSP products share ``plan.multipliers`` DSPs. Each one's data
      operand comes through a multiplexer of the ``min(rounds, n_in)`` inputs it can see (a
      LUT6 is a 4:1 mux: ``(k - 1) / 3`` LUTs per bit of a ``k``:1 mux) and its constant
      operand from a ``rounds``-entry LUT ROM (one LUT6 per bit up to 64 entries); fabric
      constant multiplications and the adder trees stay unrolled.
    * **Resource strategy**: the weights live in a ROM read by the loop counter, so each of
      the ``block_factor`` multipliers is variable x variable (DSP or LUT by the 9-bit rule)
      and the adders are the ``block_factor`` accumulations of one iteration; the ROM is
      ``block_factor * w`` bits wide and ``R`` deep: BRAM18s of 36-bit words (512 deep) once it
      holds more than :data:`ROM_LUTRAM_MAX_BITS`, LUT ROM below.
    * **Registers**: the inputs held through the rounds, the accumulators, one round of
      products (under the Latency strategy ``accum_t`` wide, hls4ml's ``mult[]``, and none
      for a DSP's product, which its own MREG / PREG holds; the Resource strategy's are
      counted at full width: its published HLS reports hold more FFs than this count); under
      the Latency strategy at least the parallel pipeline's (``row.ff``), whose shift-add
      products and adder trees stay unrolled and pipelined (the published Vitis HLS designs
      report 0.6 to 1.0 times their reuse-1 flip-flops at reuse 100).
    """
    d_bits, w_bits, acc_bits = bits
    n_in = row.mults // n_out
    units = plan.multipliers
    held = n_in * d_bits + n_out * acc_bits
    note = f"reuse {plan.reuse}, {plan.strategy}: {units} multipliers x {plan.rounds} rounds, II {plan.ii}"
    if plan.strategy == "resource":
        dsp, lut_mult, mults_dsp, mults_lut, _ = variable_products(row.mults, units, d_bits, w_bits)
        ff = held + units * (d_bits + w_bits)
        adder_bits = units * acc_bits
        rom_bits = units * w_bits * plan.reuse
        rom = math.ceil(units * w_bits / 36) * math.ceil(plan.reuse / 512) if rom_bits > ROM_LUTRAM_MAX_BITS else 0
        return dataclasses.replace(
            row, mults_lut=mults_lut, mults_dsp=mults_dsp, adders=units, adder_bits=adder_bits,
            lut=lut_mult + round(adder_bits * LUT_PER_ADDER_BIT), carry8=round(units * math.ceil(acc_bits / 8) * LUT_PER_ADDER_BIT),
            dsp=dsp, dsp_as_lut=0, bram18=rom, ff=ff, cycles=plan.latency(row.cycles), ii=plan.ii,
            notes=(*row.notes, note, f"weights in a {units * w_bits}-bit x {plan.reuse} ROM"))
    per_product = _dsp_per_product(d_bits, w_bits)
    dsp_units = min(row.mults_dsp, units)
    ff = held + (units - dsp_units) * min(acc_bits, d_bits + w_bits)
    mux = dsp_units * (d_bits * math.ceil((min(plan.rounds, n_in) - 1) / 3) + w_bits * math.ceil(plan.rounds / 64))
    shared_fraction = dsp_units / row.mults_dsp if row.mults_dsp else 0.0
    return dataclasses.replace(
        row, dsp=dsp_units * per_product, dsp_as_lut=round(row.dsp_as_lut * shared_fraction), lut=row.lut + mux,
        ff=max(ff, row.ff), cycles=plan.latency(row.cycles), ii=plan.ii, notes=(*row.notes, note))


def _activation(layer: Any, ctx: _Context) -> LayerEstimate:
    act = str(layer.get_attr("activation") or layer.class_name).lower()
    in_prec = _precision(layer.get_input_variable())
    out_prec = _precision(layer.get_output_variable())
    n = int(np.prod(layer.get_output_variable().shape))
    cast = cast_cost(in_prec, out_prec, n)
    w = _width(out_prec)
    if act in _LINEAR:
        cycles = ctx.cycles(cast.levels, minimum=0)
        return LayerEstimate(layer.name, "Cast", str(n), lut=cast.lut, carry8=cast.carry8, levels=cast.levels,
                             cycles=cycles, ff=ctx.registers(cycles, [(n, w)] * (cast.levels + 1)))
    if act in _RELU:
        extra = n * w if act != "relu" else 0  # the leak is one constant multiply (a shift-add)
        lut = n * w + extra + cast.lut
        levels = 1 + cast.levels + (1 if extra else 0)
        cycles = ctx.cycles(levels, minimum=0)
        return LayerEstimate(layer.name, "ReLU" if act == "relu" else act, str(n), lut=lut, carry8=cast.carry8,
                             levels=levels, cycles=cycles, ff=ctx.registers(cycles, [(n, w)] * (levels + 1)))
    if act in _TABLE_ACTIVATIONS:
        table_size = int(layer.get_attr("table_size") or 1024)
        table_bits = table_size * _width(_precision(layer.get_attr("table_t") or out_prec))
        per_copy = math.ceil(table_bits / (18 * 1024))
        tables = 2 if act == "softmax" else 1
        copies = math.ceil(n / 2)  # dual-port ROM: one copy per two parallel lookups
        return LayerEstimate(
            layer.name, act, str(n), lut=n * TABLE_LUT_PER_ELEMENT * tables, ff=n * w * (TABLE_CYCLES - 1),
            bram18=tables * copies * per_copy, cycles=TABLE_CYCLES * tables, levels=0,
            notes=(f"{tables} ROM table(s) of {table_size} entries, {copies} dual-port copies",),
        )
    return _unmodelled(layer, f"activation {act!r}")


def variable_products(products: int, units: int, a: int, b: int) -> tuple[int, int, int, int, int]:
    """Cost of ``products`` variable x variable products of ``a``- and ``b``-bit operands, built
    as ``units`` multipliers (fewer when a reuse factor shares them): DSPs when both operands are
    at least :data:`DSP_MIN_WEIGHT_BITS` wide (HLS maps them so), else LUT multipliers. Returns
    ``(dsp, lut, mults_dsp, mults_lut, levels)``; the DSP path counts its products as LUT-free."""
    if min(a, b) >= DSP_MIN_WEIGHT_BITS:
        return units * _dsp_per_product(a, b), 0, products, 0, DSP_MULT_LEVELS
    return 0, round(units * a * b * LUT_PER_VAR_MULT_BIT2), 0, products, math.ceil(math.log2(min(a, b))) + 1


def _merge(layer: Any, ctx: _Context) -> LayerEstimate:
    op = str(layer.get_attr("op") or "").lower()
    ins = [_precision(layer.get_input_variable(name)) for name in layer.inputs]
    out_prec = _precision(layer.get_output_variable())
    n = int(np.prod(layer.get_output_variable().shape))
    w_out = _width(out_prec)
    if op.startswith("concat"):  # concatenate, concatenate1d/2d/3d: wiring
        return LayerEstimate(layer.name, "Concat", str(n), notes=("wires",))
    if op in ("add", "subtract", "average", "sub"):
        width = max(_width(p) for p in ins) + 1
        lut = round(n * width * LUT_PER_ADDER_BIT)
        cycles = ctx.cycles(1, minimum=0)
        return LayerEstimate(layer.name, f"Merge {op}", str(n), adders=n, adder_bits=n * width, lut=lut,
                             carry8=round(n * math.ceil(width / 8) * LUT_PER_ADDER_BIT), levels=1, cycles=cycles,
                             ff=ctx.registers(cycles, [(2 * n, width), (n, w_out)]))
    if op in ("multiply", "mul"):
        a, b = _width(ins[0]), _width(ins[-1])
        dsp, lut, mults_dsp, mults_lut, levels = variable_products(n, n, a, b)
        cycles = ctx.cycles(levels, minimum=0)
        return LayerEstimate(layer.name, "Merge multiply", str(n), operand_bits=f"{a}x{b}", mults=n,
                             mults_lut=mults_lut, mults_dsp=mults_dsp, lut=lut, dsp=dsp, levels=levels,
                             cycles=cycles, ff=ctx.registers(cycles, [(2 * n, a)] + [(n, a + b)] * levels),
                             notes=("variable x variable products",))
    return _unmodelled(layer, f"merge op {op!r}")


def _batchnorm(layer: Any, ctx: _Context) -> LayerEstimate:
    scale = layer.weights.get("scale")
    in_prec = _precision(layer.get_input_variable())
    out_prec = _precision(layer.get_output_variable())
    n = int(np.prod(layer.get_output_variable().shape))
    if scale is None:
        return _unmodelled(layer, "batch normalization without a scale")
    digits = csd_digits(weight_integers(scale.data, _precision(scale))).reshape(-1)
    width = _width(in_prec) + _width(_precision(scale))
    bias = layer.weights.get("bias")
    values = None if bias is None or bias.data is None else np.asarray(bias.data).reshape(-1)
    biased = n if values is None or values.size != n else int(np.count_nonzero(values))
    adders = int(np.clip(digits - 1, 0, None).sum()) + biased  # scale shift-adds, then the non-zero biases
    levels = int(np.ceil(np.log2(max(1, digits.max())))) + 1
    cycles = ctx.cycles(levels, minimum=0)
    return LayerEstimate(layer.name, "BatchNorm", str(n), operand_bits=f"{_width(in_prec)}x{_width(_precision(scale))}",
                         mults=n, mults_zero=int((digits == 0).sum()), mults_shift=int((digits == 1).sum()),
                         mults_lut=int((digits > 1).sum()), adders=adders, adder_bits=adders * width,
                         lut=round(adders * width * LUT_PER_ADDER_BIT), carry8=round(adders * math.ceil(width / 8) * LUT_PER_ADDER_BIT),
                         levels=levels, cycles=cycles, ff=ctx.registers(cycles, [(n, width)] * (levels + 1)),
                         notes=(f"output cast to {out_prec}",))


class _TokenView:
    """One token of a pointwise ``Conv1D`` seen as the ``Dense`` it applies to every token:
    same weights and types, ``n_in = n_chan``, ``n_out = n_filt``."""

    def __init__(self, layer: Any) -> None:
        self._layer = layer
        self.name, self.weights = layer.name, layer.weights

    def get_input_variable(self) -> Any:
        return self._layer.get_input_variable()

    def get_output_variable(self) -> Any:
        return self._layer.get_output_variable()

    def get_attr(self, key: str, default: Any = None) -> Any:
        mapped = {"n_in": "n_chan", "n_out": "n_filt"}.get(key, key)
        return self._layer.get_attr(mapped, default)


_COUNTS = ("mults", "mults_zero", "mults_shift", "mults_lut", "mults_dsp", "adders", "adder_bits", "lut", "ff",
           "carry8", "dsp", "bram18")


def _pointwise_conv(layer: Any, ctx: _Context) -> LayerEstimate:
    """A token-wise Linear (pointwise ``Conv1D``): the Dense of one token, ``T / n_partitions``
    copies side by side (bead-fpga converts with every token in parallel); more partitions
    reuse one copy, one partition after the other."""
    if int(layer.get_attr("filt_width") or 1) != 1:
        return _unmodelled(layer, "a convolution wider than one token")
    tokens = int(layer.get_attr("out_width"))
    partitions = max(1, int(layer.get_attr("n_partitions") or 1))
    row = _dense(_TokenView(layer), ctx)
    copies = tokens // partitions
    scaled = {key: getattr(row, key) * copies for key in _COUNTS}
    return dataclasses.replace(
        row, kind="PointwiseConv1D", shape=f"{tokens}x({row.shape})", cycles=row.cycles * partitions, **scaled,
        notes=(*row.notes, f"{copies} token(s) in parallel, {partitions} partition(s) in sequence"),
    )


def _einsum(layer: Any, ctx: _Context) -> LayerEstimate:
    """Products of two activations (attention's ``Q.K^T``, ``A.V``): ``I x L0 x L1`` sums of ``C``
    variable x variable products. hls4ml's Einsum limits the multipliers to
    ``ceil(products / reuse)`` (an HLS allocation), so here, unlike a Dense, reuse shares the
    LUT multipliers too."""
    a, b = (_precision(layer.get_input_variable(name)) for name in layer.inputs)
    out_prec = _precision(layer.get_output_variable())
    accum = _precision(layer.get_attr("accum_t")) if layer.get_attr("accum_t") is not None else out_prec
    n_out = int(layer.get_attr("n_inplace")) * int(layer.get_attr("n_free0")) * int(layer.get_attr("n_free1"))
    n_contract = int(layer.get_attr("n_contract"))
    reuse = max(1, int(layer.get_attr("reuse_factor") or 1))
    wa, wb = _width(a), _width(b)
    products = n_out * n_contract
    units = math.ceil(products / reuse)
    dsp, lut_mult, mults_dsp, mults_lut, mult_levels = variable_products(products, units, wa, wb)
    adders, bits, carry, tree_levels = adder_tree(n_contract, wa + wb, _width(accum))
    cast = cast_cost(accum, out_prec, n_out)
    levels = mult_levels + tree_levels + cast.levels
    cycles = ctx.cycles(levels, minimum=1) + (reuse - 1)
    live = [(2 * n_out, max(wa, wb))] + [(products, wa + wb)] * mult_levels
    live += [(n_out * _live_after(n_contract, lv), min(_width(accum), wa + wb + lv)) for lv in range(1, tree_levels + 1)]
    live += [(n_out, _width(out_prec))] * cast.levels
    notes = ["variable x variable products"]
    if reuse > 1:
        notes.append(f"reuse {reuse}: {units} multipliers shared {reuse}x, +{reuse - 1} cycles")
    return LayerEstimate(
        layer.name, "Einsum", f"{n_out}x{n_contract}", operand_bits=f"{wa}x{wb}", mults=products,
        mults_lut=mults_lut, mults_dsp=mults_dsp, adders=adders * n_out, adder_bits=bits * n_out,
        lut=lut_mult + round(bits * n_out * LUT_PER_ADDER_BIT) + cast.lut,
        carry8=round(carry * n_out * LUT_PER_ADDER_BIT) + cast.carry8, dsp=dsp, levels=levels, cycles=cycles,
        ii=reuse, ff=ctx.registers(cycles, live), notes=tuple(notes),
    )


def _reduce_sum(layer: Any, ctx: _Context) -> LayerEstimate:
    """A sum over one axis (the pooling over tokens): one adder tree of ``n_reduce`` inputs per
    output, the accumulator exactly as wide as the converter made it."""
    in_prec = _precision(layer.get_input_variable())
    out_prec = _precision(layer.get_output_variable())
    n_out = int(layer.get_attr("n_outer")) * int(layer.get_attr("n_inner"))
    n_reduce = int(layer.get_attr("n_reduce"))
    adders, bits, carry, levels = adder_tree(n_reduce, _width(in_prec), _width(out_prec))
    cycles = ctx.cycles(levels, minimum=0)
    live = [(n_out * _live_after(n_reduce, lv), min(_width(out_prec), _width(in_prec) + lv)) for lv in range(levels + 1)]
    return LayerEstimate(
        layer.name, "ReduceSum", f"{n_out}x{n_reduce}", adders=adders * n_out, adder_bits=bits * n_out,
        lut=round(bits * n_out * LUT_PER_ADDER_BIT), carry8=round(carry * n_out * LUT_PER_ADDER_BIT),
        levels=levels, cycles=cycles, ff=ctx.registers(cycles, live),
    )


def _abs(layer: Any, ctx: _Context) -> LayerEstimate:
    """``|x|`` per element: a negation (one adder of the input's width) and a select on the
    sign, which Vivado packs into the adder's LUTs (the carry chain's sum bit and the select
    share one LUT6 per bit)."""
    in_prec = _precision(layer.get_input_variable())
    out_prec = _precision(layer.get_output_variable())
    n = int(np.prod(layer.get_output_variable().shape))
    width = _width(in_prec)
    cycles = ctx.cycles(1, minimum=0)
    return LayerEstimate(layer.name, "Abs", str(n), adders=n, adder_bits=n * width,
                         lut=round(n * width * LUT_PER_ADDER_BIT), carry8=round(n * math.ceil(width / 8) * LUT_PER_ADDER_BIT),
                         levels=1, cycles=cycles, ff=ctx.registers(cycles, [(n, width), (n, _width(out_prec))]))


def _unmodelled(layer: Any, what: str) -> LayerEstimate:
    return LayerEstimate(layer.name, layer.class_name, "?", modelled=False,
                         notes=(f"{what} is not modelled: its cost is missing from the totals",))


_FREE = {"Input", "InputLayer", "Reshape", "Transpose", "Flatten"}


def estimate_layer(layer: Any, ctx: _Context) -> LayerEstimate | None:
    """The estimate row of one hls4ml layer (``None`` for layers that are only wiring)."""
    kind = layer.class_name
    if kind in _FREE:
        return None
    cost = ops.cost_model(kind)
    return cost(layer, ctx) if cost is not None else _unmodelled(layer, f"layer type {kind}")


#: The cost model of each hls4ml layer class, entered in the core's op registry under the
#: ONNX op that becomes it (beside the op's hls4ml extension and RTL handler).
COST_MODELS = {
    "MatMul": {"Dense": _dense, "Conv1D": _pointwise_conv, "PointwiseConv1D": _pointwise_conv, "Einsum": _einsum},
    "Relu": {kind: _activation for kind in ("Activation", "ParametrizedActivation", "ReLU", "LeakyReLU",
                                            "TernaryTanh", "HardActivation")},
    "Softmax": {"Softmax": _activation},
    "Add": {"Merge": _merge},
    "Concat": {"Concatenate": _merge},
    "Mul": {"BatchNormalization": _batchnorm, "ApplyAlpha": _batchnorm},
    "ReduceSum": {"ReduceSum": _reduce_sum},
    "Abs": {"Abs": _abs},
}
for _op, _costs in COST_MODELS.items():
    ops.register(_op, cost=_costs)


def clock_uncertainty(hls_model: Any) -> float:
    """The fraction of the clock period HLS keeps back, as hls4ml writes it into project.tcl."""
    value = hls_model.config.get_config_value("ClockUncertainty", None)
    if value is None:
        backend = str(hls_model.config.get_config_value("Backend", "vivado")).lower()
        return DEFAULT_UNCERTAINTY.get(backend, DEFAULT_UNCERTAINTY["vivado"])
    text = str(value).strip()
    return float(text.rstrip("%")) / 100.0 if text.endswith("%") else float(text) / float(
        hls_model.config.get_config_value("ClockPeriod", 5))


def estimate(hls_model: Any, part: str | Part = DEFAULT_PART, clock_ns: float | None = None) -> AnalyticEstimate:
    """Count an hls4ml ``ModelGraph`` (io_parallel, Latency or Resource strategy, any reuse
    factor) into latency and resources on ``part``; ``clock_ns`` defaults to the model's own
    clock period. The II is the largest layer II (the top function is one pipeline)."""
    part = part if isinstance(part, Part) else resolve_part(part)
    clock = float(clock_ns if clock_ns is not None else hls_model.config.get_config_value("ClockPeriod", 5))
    uncertainty = clock_uncertainty(hls_model)
    ctx = _Context(clock, uncertainty, part.family)
    rows = [row for layer in hls_model.get_layers() if (row := estimate_layer(layer, ctx)) is not None]
    in_bits = sum(int(np.prod(v.shape)) * _width(_precision(v)) for v in hls_model.get_input_variables())
    io_row = LayerEstimate("top (input port register)", "Top", "", ff=in_bits, cycles=TOP_CYCLES,
                           notes=("the top function registers its input port",))
    rows = [io_row, *rows]
    reuse = max([1] + [int(layer.get_attr("reuse_factor") or 1) for layer in hls_model.get_layers()])
    notes = [
        f"clock {clock:g} ns with {uncertainty:.1%} uncertainty: {ctx.usable_ns:.2f} ns of logic per cycle",
        "LUT/FF are a count of adders and registers scaled to Vivado post-synthesis; HLS csynth "
        "estimates are typically higher (1.9x on the calibration design)",
    ]
    missing = [r.name for r in rows if not r.modelled]
    if missing:
        notes.append(f"not modelled (totals incomplete): {', '.join(missing)}")
    dsp, overflow_lut = dsp_overflow(rows, part)
    if overflow_lut:
        notes.append(f"{sum(r.dsp for r in rows)} DSPs asked for, {part.dsp} on {part.name}: "
                     f"Vivado builds the rest as fabric multiplications (+{overflow_lut} LUT)")
    return AnalyticEstimate(
        part=part, clock_ns=clock, clock_uncertainty=uncertainty, reuse=reuse, layers=tuple(rows),
        latency_cycles=sum(r.cycles for r in rows), ii_cycles=max(r.ii for r in rows),
        lut=sum(r.lut for r in rows) + overflow_lut, ff=sum(r.ff for r in rows), carry8=sum(r.carry8 for r in rows),
        dsp=dsp, bram18=sum(r.bram18 for r in rows), notes=tuple(notes),
    )


def dsp_overflow(rows: list[LayerEstimate], part: Part) -> tuple[int, int]:
    """``(dsp, extra_lut)`` once the design meets the part: when HLS asks for more DSPs than
    the part has, Vivado synthesis keeps ``part.dsp`` of them and builds the other products in
    the fabric, costed as their constant multiplications (each layer's ``dsp_as_lut``, in the
    proportion of DSPs that did not fit)."""
    wanted = sum(r.dsp for r in rows)
    if wanted <= part.dsp or wanted == 0:
        return wanted, 0
    moved = (wanted - part.dsp) / wanted
    return part.dsp, round(moved * sum(r.dsp_as_lut for r in rows))
