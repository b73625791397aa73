"""hls4ml's schedule of an ``io_parallel`` Dense layer at any reuse factor.

The reuse factor ``R`` does different things under hls4ml's two Dense strategies (hls4ml 1.3,
``templates/vivado/nnet_utils``); this module is that arithmetic, with no hls4ml object in it,
so a test can hold it against a hand count and the estimator (:mod:`bead_fpga.synth.estimate`)
can cost what it describes.

**Latency** (``nnet_dense_latency.h``): the whole product loop is unrolled inside a function
pipelined with ``II=R``, and ``#pragma HLS ALLOCATION operation instances=mul
limit=multiplier_limit`` caps the multipliers at hls4ml's ``multiplier_limit =
ceil(n_in * n_out / R) - n_zeros / R`` (``backends/vivado/passes/core_templates.py``). Only
real multiplications count against that cap: HLS builds a product by a constant with few
non-zero digits as shifts and adds (no ``mul`` operation), and merges the same input times the
same constant for several outputs into one ``mul`` (common-subexpression elimination), so the
``n_mul`` distinct ``(input, constant)`` products with at least :data:`MUL_MIN_DIGITS`
canonical-signed-digit digits (:func:`bead_fpga.synth.estimation.estimate.multiplications`)
are the layer's ``mul`` operations. On the published Vitis HLS 2021.1 designs that count is,
exactly, the ``mul`` operations their schedule reports list (16 layers at reuse 100) and, where
the limit does not bind, the DSPs reported (all 39 such layers bound to DSPs). They go through the ``limit`` multipliers in
``rounds = ceil(n_mul / limit)`` waves, one per cycle (the schedule reports spread them
evenly over the states, ``limit`` a state). After the last
wave, its products still pass the rest of the adder tree and the output cast:
:data:`ROUND_TAIL_NS` of logic, a delay, so how many cycles it costs depends on the clock
(:func:`tail_cycles`). The layer's latency is that of its fully parallel pipeline or
``rounds + tail_cycles``, whichever is longer. At a 25 ns clock (Vivado HLS 2020.1, 16-bit
weights) the whole tail fits in the last wave's cycle: 81 ``mul`` on 8 multipliers in 11
states, latency 10; at 5 ns it takes about 4 states, at 3.33 ns about 6.
The function restarts as soon as it is done when that is sooner than ``R``: HLS reports
``II = min(R, latency + 1)`` (a 32 -> 5 layer at ``R = 100`` in Vitis HLS 2021.1: 85 such
products on 2 multipliers, latency 47, II 48). The design's II is its largest layer II.

**Resource** (``nnet_dense_resource.h``): ``ReuseLoop`` runs ``R`` iterations (``min(R,
n_in * n_out)``), pipelined at ``II=1``, each one doing ``block_factor = ceil(n_in * n_out /
R)`` products through that many multipliers into the accumulators; the function's latency is
the ``R`` iterations plus one iteration's depth, its II is ``R``. Which reuse factors are valid
is hls4ml's own rule (``get_valid_reuse_factors`` of its FPGA backends).
"""

from __future__ import annotations

import math
from dataclasses import dataclass

#: Fewest non-zero CSD digits of a weight for HLS to build its product as a ``mul`` operation
#: (fewer: shifts and adds). Fitted by ``benchmarks/bench_hls_estimate.py`` on the published
#: designs marked ``fit`` in ``benchmarks/data/published_hls_designs.json``.
MUL_MIN_DIGITS = 3
#: Nanoseconds of logic from the start of the last wave of shared multiplications to the
#: registered output (multiplier, rest of the adder tree, cast). Fitted by
#: ``benchmarks/bench_hls_estimate.py`` on the ``fit`` designs (the value minimising the median
#: latency error of their layers at reuse > 1); see :func:`tail_cycles`.
ROUND_TAIL_NS = 15.0
#: Cycles the Resource template adds around its ``ReuseLoop``: the accumulator
#: initialisation from the biases and the final cast to the result type. Read off the
#: template, not fitted; the published Resource layers (held out) land within one cycle.
RESOURCE_OVERHEAD_CYCLES = 2


def tail_cycles(usable_ns: float) -> int:
    """Latency the last wave adds beyond its own state, at a clock period of ``usable_ns``
    (after the clock uncertainty): the tail spans ``ceil(ROUND_TAIL_NS / usable_ns)`` states
    counting the last wave's, and a pipeline of ``s`` states has latency ``s - 1``; so
    ``rounds`` waves end at latency ``rounds + tail_cycles`` (``-1`` when the whole tail fits
    in the last wave's state)."""
    return math.ceil(ROUND_TAIL_NS / usable_ns - 1e-9) - 2


def multiplier_limit(n_in: int, n_out: int, reuse: int, n_zeros: int = 0) -> int:
    """hls4ml's ``multiplier_limit`` for the Latency strategy: the ALLOCATION cap on ``mul``
    instances, ``DIV_ROUNDUP(n_in * n_out, R) - n_zeros / R`` (integer division), at least 1."""
    return max(1, block_factor(n_in, n_out, reuse) - n_zeros // reuse)


def block_factor(n_in: int, n_out: int, reuse: int) -> int:
    """Products per ``ReuseLoop`` iteration of the Resource strategy, ``DIV_ROUNDUP(n_in * n_out, R)``."""
    return -(-n_in * n_out // reuse)


@dataclass(frozen=True)
class DenseSchedule:
    """How one Dense layer is scheduled at reuse factor ``reuse``.

    ``multipliers`` is the number of multiplier units HLS may build (the ALLOCATION limit, or
    the Resource template's ``block_factor``); ``rounds`` how many times each is used per
    inference; ``extra_cycles`` the latency added to the fully parallel layer's; ``ii`` the
    layer's initiation interval."""

    strategy: str
    reuse: int
    multipliers: int
    rounds: int
    extra_cycles: int
    ii: int

    def latency(self, parallel_cycles: int) -> int:
        """The layer's latency given that of its ``R = 1`` pipeline (``parallel_cycles``)."""
        return parallel_cycles + self.extra_cycles


def dense_schedule(n_in: int, n_out: int, reuse: int, strategy: str = "latency", n_zeros: int = 0,
                   parallel_cycles: int = 1, n_mul: int | None = None, usable_ns: float = 4.375) -> DenseSchedule:
    """The schedule of an ``n_in x n_out`` Dense with ``n_zeros`` zero weights at reuse
    factor ``reuse`` under ``strategy`` (``latency`` or ``resource``), given the latency of the
    fully parallel layer, ``parallel_cycles``, the number of ``mul`` operations HLS builds,
    ``n_mul`` (all non-zero products when not given), and the clock period left after the
    uncertainty, ``usable_ns`` (hls4ml's default 5 ns less 12.5 % when not given). See the
    module docstring."""
    reuse = max(1, int(reuse))
    strategy = strategy.lower()
    if strategy == "resource":
        units = block_factor(n_in, n_out, reuse)
        trips = min(reuse, n_in * n_out)
        extra = (trips - 1) + RESOURCE_OVERHEAD_CYCLES if reuse > 1 else 0
        return DenseSchedule("resource", reuse, units, trips, extra, reuse)
    nonzero = max(0, n_in * n_out - n_zeros)
    n_mul = nonzero if n_mul is None else n_mul
    units = min(multiplier_limit(n_in, n_out, reuse, n_zeros), max(1, n_mul))  # no more than there is to do
    rounds = max(1, math.ceil(n_mul / units))
    extra = max(0, rounds + tail_cycles(usable_ns) - parallel_cycles) if rounds > 1 else 0
    ii = min(reuse, parallel_cycles + extra + 1)
    return DenseSchedule("latency", reuse, units, rounds, extra, ii)
