"""The estimator fit (:mod:`bead_fpga.synth.estimation.fit`) on synthetic data whose answer is known by
hand, and the benchmark's held-out split. No Yosys, no hls4ml: the fit is arithmetic."""

from __future__ import annotations

import pytest

from bead_fpga.errors import BeadError
from bead_fpga.synth.estimation.estimate import AnalyticEstimate, LayerEstimate
from bead_fpga.synth.estimation.fit import (
    LutTerms,
    PowerLaw,
    fit_lut_per_adder_bit,
    fit_power_law,
    held_out_errors,
    lut_terms,
    relative_errors,
    split_held_out,
)
from bead_fpga.target import resolve_part
from tests.synth.benches import bench_module


def test_fit_recovers_a_known_constant_exactly():
    terms = [LutTerms(1_000, 40), LutTerms(25_000, 300), LutTerms(7_777, 0), LutTerms(123_456, 5_000)]
    measured = [0.37 * t.adder_bits + t.other_lut for t in terms]
    assert fit_lut_per_adder_bit(terms, measured) == pytest.approx(0.37, rel=1e-12)


def test_fit_weighs_every_design_alike_not_the_largest():
    # relative residuals 2k - 1 (50 LUT for 100 bits) and k - 1 (10,000 for 10,000):
    # d/dk [(2k-1)^2 + (k-1)^2] = 0  ->  10k = 6  ->  k = 0.6 (an absolute fit would give ~1.0)
    terms = [LutTerms(100, 0), LutTerms(10_000, 0)]
    assert fit_lut_per_adder_bit(terms, [50, 10_000]) == pytest.approx(0.6, rel=1e-12)


def test_fit_keeps_the_luts_that_are_not_adders():
    # y - o = k * a on both designs with k = 0.5 only if the other LUTs are subtracted first
    terms = [LutTerms(1_000, 200), LutTerms(4_000, 1_000)]
    assert fit_lut_per_adder_bit(terms, [700, 3_000]) == pytest.approx(0.5, rel=1e-12)


def test_fit_refuses_what_it_cannot_fit():
    with pytest.raises(BeadError, match="estimates but"):
        fit_lut_per_adder_bit([LutTerms(10, 0)], [5, 6])
    with pytest.raises(BeadError, match="positive"):
        fit_lut_per_adder_bit([LutTerms(10, 0)], [0])
    with pytest.raises(BeadError, match="no design has any adder bits"):
        fit_lut_per_adder_bit([LutTerms(0, 10)], [12])


def test_power_law_recovers_known_scale_and_exponent():
    terms = [LutTerms(1_000, 40), LutTerms(25_000, 300), LutTerms(7_777, 0), LutTerms(123_456, 5_000)]
    law = PowerLaw(1.43, 0.89)
    measured = [law.lut(t) for t in terms]
    fitted = fit_power_law(terms, measured)
    assert fitted.scale == pytest.approx(1.43, rel=1e-9)
    assert fitted.exponent == pytest.approx(0.89, rel=1e-9)
    # exponent 1 is the one-constant model: both fits agree on data made by it
    linear = [0.5 * t.adder_bits + t.other_lut for t in terms]
    assert fit_power_law(terms, linear).exponent == pytest.approx(1.0, rel=1e-9)
    assert fit_lut_per_adder_bit(terms, linear) == pytest.approx(0.5, rel=1e-12)


def test_power_law_refuses_what_it_cannot_fit():
    with pytest.raises(BeadError, match="two designs with different adder bits"):
        fit_power_law([LutTerms(100, 0), LutTerms(100, 5)], [60, 70])
    with pytest.raises(BeadError, match="more measured LUTs than non-adder"):
        fit_power_law([LutTerms(100, 80), LutTerms(200, 0)], [70, 100])


def test_lut_terms_split_each_layer_exactly():
    # dense: 1,001 adder bits at 0.6 -> round(600.6) = 601 LUTs, plus a 64-LUT rounding cast;
    # relu: 80 LUTs, no adders; the top row has neither
    rows = (LayerEstimate("top", "Top", "", ff=10),
            LayerEstimate("d", "Dense", "8x8", adder_bits=1_001, lut=601 + 64),
            LayerEstimate("r", "ReLU", "8", lut=80))
    est = AnalyticEstimate(part=resolve_part("xcvu9p"), clock_ns=5.0, clock_uncertainty=0.27, reuse=1, layers=rows,
                           latency_cycles=2, ii_cycles=1, lut=745, ff=10, carry8=0, dsp=0, bram18=0)
    terms = lut_terms(est, 0.6)
    assert terms == LutTerms(adder_bits=1_001, other_lut=144)
    assert round(terms.lut(0.6)) == est.lut


def test_held_out_errors_by_hand():
    # errors: +10 %, -20 %, +5 %  -> median |e| 10 %, worst 20 % (an underestimate)
    summary = held_out_errors([110, 80, 105], [100, 100, 100])
    assert summary.designs == 3
    assert summary.median_abs == pytest.approx(0.10)
    assert summary.worst_abs == pytest.approx(0.20)
    assert summary.worst_signed == pytest.approx(-0.20)
    assert relative_errors([50], [200]).tolist() == [-0.75]


def test_split_is_positional_and_needs_both_sides():
    fit, test = split_held_out(["a", "b", "c", "d"], [False, True, False, True])
    assert (fit, test) == ([0, 2], [1, 3])
    with pytest.raises(BeadError, match="at least one design on each side"):
        split_held_out(["a", "b"], [False, False])
    with pytest.raises(BeadError, match="at least one design on each side"):
        split_held_out(["a"], [True])


@pytest.fixture(scope="module")
def bench():
    """benchmarks/bench_estimator.py as a module."""
    with bench_module("bench_estimator") as module:
        yield module


def test_benchmark_holds_out_a_fixed_rule_of_designs(bench):
    designs = bench.grid(quick=False)
    names = [d.name for d in designs]
    assert len(set(names)) == len(names)
    held = [d for d in designs if d.held_out]
    fit = [d for d in designs if not d.held_out]
    # every 6-bit design and every reconstruction design, nothing else; fit on 4 and 8 bits only
    assert all(d.bits == 6 or d.trigger == "reconstruction" for d in held)
    assert {d.bits for d in fit} == {4, 8} and {d.trigger for d in fit} == {"latent"}
    assert {d.name for d in held} >= {d.name for d in designs if d.bits == 6}
    assert [d.name for d in bench.grid(quick=False)] == names  # the same split every run
    quick = bench.grid(quick=True)
    split_held_out([d.name for d in quick], [d.held_out for d in quick])  # both sides non-empty
