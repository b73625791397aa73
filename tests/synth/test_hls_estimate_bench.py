"""The published-design benchmark (``benchmarks/bench_hls_estimate.py``): its data, its weight
rebuild, and that its fit gives the constants committed in the estimator."""

from __future__ import annotations

import numpy as np
import pytest

from bead_fpga.synth.estimation import estimate as est
from bead_fpga.synth.estimation import schedule
from tests.synth.benches import bench_module


@pytest.fixture(scope="module")
def bench():
    """benchmarks/bench_hls_estimate.py as a module."""
    with bench_module("bench_hls_estimate") as module:
        yield module


def test_every_design_is_cited_and_split(bench):
    designs = bench.designs()
    assert len({d["id"] for d in designs}) == len(designs) == 37
    for d in designs:
        assert d["source"]["repo"] and len(d["source"]["commit"]) == 40 and d["source"]["path"]
        assert d["split"] in ("fit", "held_out")
    held = {d["id"] for d in designs if d["split"] == "held_out"}
    # every reuse factor is held out somewhere, and every Vivado utilization report
    held_reuse = {(l["strategy"], l["reuse"]) for d in designs if d["id"] in held for l in d["layers"] if l["kind"] == "dense"}
    assert {r for s, r in held_reuse if s == "latency"} == {1, 2, 4, 16, 64, 100}
    assert {r for s, r in held_reuse if s == "resource"} == {1, 20, 25, 30, 32}
    assert all(d["split"] == "held_out" for d in designs if "vivado_synth" in d)
    quick = bench.designs(quick=True)
    assert {d["split"] for d in quick} == {"fit", "held_out"}


def test_rebuilt_weights_have_the_published_digit_counts(bench):
    digits = [3, 5, 7, 4, 1]  # 3 zeros, 5 shifts, 7 two-digit, 4 three-digit, 1 four-digit weights
    w = bench.weights_with_digits(digits, "ap_fixed<8,1>", (4, 5), seed=3)
    ints = np.round(w * 2**7).astype(np.int64)
    assert w.shape == (4, 5) and np.all(np.abs(ints) <= 128)
    assert np.bincount(est.csd_digits(ints).ravel(), minlength=5).tolist() == digits


def test_fit_gives_the_committed_constants(bench, tmp_path):
    fit = [d for d in bench.designs() if d["split"] == "fit"]
    values = bench.fit_constants(bench.layer_models(fit, tmp_path))
    assert values["MUL_MIN_DIGITS"] == schedule.MUL_MIN_DIGITS
    assert values["ROUND_TAIL_NS"] == schedule.ROUND_TAIL_NS
    assert set(est.LEVEL_DELAY_SCALE.values()) == {values["SEVEN_SERIES_SCALE"]}


def test_rebuilt_weights_repeat_constants_as_published(bench):
    """With ``weight_products`` the rebuild keeps the digit counts and has exactly that many
    distinct (input, value) pairs per digit count: 12 three-digit weights on 4 inputs, 5 distinct."""
    digits, products = [4, 0, 4, 12], [0, 0, 4, 5]
    w = bench.weights_with_digits(digits, "ap_fixed<8,1>", (5, 4), seed=1, products=products)
    ints = np.round(w * 2**7).astype(np.int64).T  # (n_in, n_out)
    d = est.csd_digits(ints)
    assert np.bincount(d.ravel(), minlength=4).tolist() == digits
    for k in (2, 3):
        assert sum(len(set(row[dk == k])) for row, dk in zip(ints, d)) == products[k]
    # the estimator's mul operations are the three-digit pairs
    assert est.multiplications(ints) == products[3]
