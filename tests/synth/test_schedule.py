"""hls4ml's Dense schedule at reuse factors 1, 4 and 16 (:mod:`bead_fpga.synth.estimation.schedule`),
against hand counts from hls4ml's template arithmetic and against published vendor reports.

The hand counts below follow ``nnet_dense_latency.h`` / ``nnet_dense_resource.h`` and the
``multiplier_limit`` line of hls4ml's Dense config template; each is worked out in the
comment beside it, so they do not come from the code under test.
"""

from __future__ import annotations

import json
import math
from pathlib import Path

import hls4ml
import numpy as np
import pytest
import torch
from torch import nn

from bead_fpga.synth.estimation import estimate as est
from bead_fpga.synth.estimation import schedule
from bead_fpga.synth.estimation.schedule import (
    block_factor,
    dense_schedule,
    multiplier_limit,
)
from bead_fpga.target import resolve_part

DATA = Path(__file__).resolve().parents[2] / "benchmarks" / "data" / "published_hls_designs.json"

# The small layer: 8 inputs x 4 outputs = 32 products, 8 zero weights, 12 weights with at least
# three CSD digits (products HLS builds as multiplications), 12 with one or two (shift-adds).
N_IN, N_OUT, ZEROS, N_MUL = 8, 4, 8, 12


def test_multiplier_limit_by_hand():
    # DIV_ROUNDUP(32, R) - 8 / R:  R=1: 32 - 8 = 24;  R=4: 8 - 2 = 6;  R=16: 2 - 0 = 2
    assert [multiplier_limit(N_IN, N_OUT, r, ZEROS) for r in (1, 4, 16)] == [24, 6, 2]
    # a limit is never below one multiplier (32 products, 31 zero, R = 32: 1 - 0 = 1)
    assert multiplier_limit(N_IN, N_OUT, 32, 31) == 1


def test_latency_strategy_schedule_by_hand():
    p = 2  # the fully parallel layer's latency, given
    k = math.ceil(schedule.ROUND_TAIL_NS / 4.375) - 2  # tail states at 5 ns less 12.5 %, less the wave's own and one
    # R=1: 12 multiplications on min(24, 12) = 12 multipliers: one round, the parallel layer
    one = dense_schedule(N_IN, N_OUT, 1, "latency", ZEROS, p, N_MUL)
    assert (one.multipliers, one.rounds, one.latency(p), one.ii) == (12, 1, 2, 1)
    # R=4: 6 multipliers, ceil(12 / 6) = 2 rounds: latency max(2, 2 + k), II min(4, latency + 1)
    four = dense_schedule(N_IN, N_OUT, 4, "latency", ZEROS, p, N_MUL)
    assert (four.multipliers, four.rounds) == (6, 2)
    assert four.latency(p) == max(2, 2 + k) and four.ii == min(4, max(2, 2 + k) + 1)
    # R=16: 2 multipliers, ceil(12 / 2) = 6 rounds: latency max(2, 6 + k), II min(16, that + 1)
    sixteen = dense_schedule(N_IN, N_OUT, 16, "latency", ZEROS, p, N_MUL)
    assert (sixteen.multipliers, sixteen.rounds) == (2, 6)
    assert sixteen.latency(p) == max(2, 6 + k) and sixteen.ii == min(16, 6 + k + 1)


def test_the_tail_after_the_last_wave_costs_cycles_by_the_clock():
    t = schedule.ROUND_TAIL_NS
    # a tail within one period finishes in the last wave's state: latency = waves - 1
    assert schedule.tail_cycles(t) == -1 and schedule.tail_cycles(2 * t) == -1
    # two periods: latency = waves; 3.5 periods round up to 4 states: waves + 2
    assert schedule.tail_cycles(t / 2) == 0 and schedule.tail_cycles(t / 3.5) == 2
    # the same 30 waves at three clocks: the slower the clock, the fewer the cycles after them
    lat = [dense_schedule(10, 5, 50, "latency", 0, 1, 30, ns).latency(1) for ns in (2.0 * t, t / 2, t / 3.5)]
    assert lat == [29, 30, 32]


def test_resource_strategy_schedule_by_hand():
    # ReuseLoop: R iterations at II=1, block_factor = DIV_ROUNDUP(32, R) products each;
    # latency = parallel + (R - 1) + 2 (accumulator init, final cast), II = R
    for reuse, bf in ((4, 8), (16, 2)):
        plan = dense_schedule(N_IN, N_OUT, reuse, "resource", ZEROS, 2)
        assert block_factor(N_IN, N_OUT, reuse) == bf
        assert (plan.multipliers, plan.rounds, plan.ii) == (bf, reuse, reuse)
        assert plan.latency(2) == 2 + (reuse - 1) + schedule.RESOURCE_OVERHEAD_CYCLES


# A 10 x 5 layer (50 products), at the reuse factors a user tries first. Hand counts from the
# templates: block_factor = DIV_ROUNDUP(50, R); multiplier_limit = block_factor - n_zeros / R.
SMALL_IN, SMALL_OUT = 10, 5


@pytest.mark.parametrize(("reuse", "bf", "limit_12_zeros"), [
    (2, 25, 19),   # 50 / 2 = 25;   25 - 12 // 2 = 19
    (5, 10, 8),    # 50 / 5 = 10;   10 - 12 // 5 = 8
    (10, 5, 4),    # 50 / 10 = 5;    5 - 12 // 10 = 4
    (50, 1, 1),    # 50 / 50 = 1;    1 - 12 // 50 = 1
])
def test_block_factor_and_limit_of_a_10x5_layer_by_hand(reuse, bf, limit_12_zeros):
    assert block_factor(SMALL_IN, SMALL_OUT, reuse) == bf
    assert multiplier_limit(SMALL_IN, SMALL_OUT, reuse) == bf
    assert multiplier_limit(SMALL_IN, SMALL_OUT, reuse, 12) == limit_12_zeros


@pytest.mark.parametrize(("reuse", "units", "rounds"), [(2, 25, 2), (5, 10, 5), (10, 5, 10), (50, 1, 50)])
def test_10x5_schedules_by_hand(reuse, units, rounds):
    """Both strategies on the 10 x 5 layer, every product a multiplication, parallel latency 3.
    Resource: block_factor multipliers, R trips of the ReuseLoop, II = R. Latency: the limit's
    multipliers, ceil(50 / limit) waves, latency max(3, waves + k), II min(R, latency + 1)."""
    res = dense_schedule(SMALL_IN, SMALL_OUT, reuse, "resource", 0, 3)
    assert (res.multipliers, res.rounds, res.ii) == (units, rounds, reuse)
    assert res.latency(3) == 3 + (reuse - 1) + schedule.RESOURCE_OVERHEAD_CYCLES
    lat = dense_schedule(SMALL_IN, SMALL_OUT, reuse, "latency", 0, 3, 50)
    assert (lat.multipliers, lat.rounds) == (units, rounds)  # 50 products, 'units' a wave
    latency = max(3, rounds + math.ceil(schedule.ROUND_TAIL_NS / 4.375) - 2)
    assert lat.latency(3) == latency and lat.ii == min(reuse, latency + 1)
    # 12 products merged or shift-adds leave 38 mul operations: fewer waves on the same units
    fewer = dense_schedule(SMALL_IN, SMALL_OUT, reuse, "latency", 0, 3, 38)
    assert (fewer.multipliers, fewer.rounds) == (min(units, 38), math.ceil(38 / min(units, 38)))


def test_equal_products_on_one_input_are_one_multiplication():
    # 3 inputs x 4 outputs. CSD digits: 11 = 16-4-1 (3), 13 = 16-4+1 (3), 21 = 16+4+1 (3),
    # 3 = 4-1 (2), 5 = 4+1 (2), 8 (1). Input 0: 11 twice -> 1 mul; input 1: 11, -11, 13 -> 3
    # (a negated constant is another mul); input 2: 21 three times -> 1. 7 products, 5 muls.
    w = np.array([[11, 11, 3, 0], [11, -11, 13, 8], [21, 21, 21, 5]], dtype=np.int64)
    assert est.multiplications(w) == 5
    # the same constants on different inputs are different products
    assert est.multiplications(np.array([[11], [11], [11]])) == 3
    assert est.multiplications(np.array([[3, 5, 8, 0]])) == 0


def test_published_dsps_at_reuse_1_are_the_distinct_products():
    """Vitis HLS 2021.1 with every ``mul`` bound to a DSP, where the limit does not bind: the
    reported DSPs are the layer's distinct (input, constant) products with >= 3 CSD digits
    (``weight_products``, counted from the published weight files), all 39 such layers."""
    checked = 0
    for design, layer in _published_layers():
        if design["mul_impl"] != "dsp" or "weight_products" not in layer:
            continue
        n_mul = sum(layer["weight_products"][schedule.MUL_MIN_DIGITS:])
        if multiplier_limit(layer["n_in"], layer["n_out"], layer["reuse"], layer["n_zeros"]) < n_mul:
            continue
        assert layer["csynth"]["dsp"] == n_mul, (design["id"], layer["name"])
        checked += 1
    assert checked >= 30


def _layer_weights() -> np.ndarray:
    """(n_out, n_in) integer weights in LSBs of 2^-10 (fixed<16,6>): 8 zeros, 4 powers of two,
    8 two-digit and 12 three-digit CSD constants."""
    zeros = [0] * 8
    shifts = [1, 2, -4, 8]
    two = [3, 5, -6, 9, 10, -12, 17, 24]  # 4-1, 4+1, -(8-2), 8+1, 8+2, -(16-4), 16+1, 32-8
    three = [11, 13, 19, 21, -22, 25, 26, 37, 41, -42, 35, 49]  # e.g. 11 = 16-4-1, 49 = 64-16+1
    ints = np.array(zeros + shifts + two + three, dtype=np.int64)
    assert est.csd_digits(ints).tolist() == [0] * 8 + [1] * 4 + [2] * 8 + [3] * 12
    return np.random.default_rng(1).permutation(ints).reshape(N_OUT, N_IN)


@pytest.fixture(scope="module")
def small_layer(tmp_path_factory):
    """The small layer as hls4ml models at a given reuse factor (Latency strategy)."""
    lin = nn.Linear(N_IN, N_OUT)
    with torch.no_grad():
        lin.weight[:] = torch.from_numpy(_layer_weights() / 1024.0)
        lin.bias[:] = 0

    def build(reuse: int):
        model = nn.Sequential(lin)
        cfg = hls4ml.utils.config_from_pytorch_model(model, (N_IN,), granularity="name", backend="Vivado")
        cfg["Model"]["ReuseFactor"] = reuse
        cfg["LayerName"]["_0"]["ReuseFactor"] = reuse
        cfg["LayerName"]["_0"]["Precision"].update(weight="fixed<16,6>", bias="fixed<16,6>", accum="fixed<32,12>",
                                                   result="fixed<16,6>")
        return hls4ml.converters.convert_from_pytorch_model(
            model, hls_config=cfg, output_dir=str(tmp_path_factory.mktemp(f"r{reuse}")), backend="Vivado",
            io_type="io_parallel", part="xcvu9p-flga2104-2L-e", clock_period=5)

    return build


def test_estimate_follows_the_schedule_on_the_small_layer(small_layer):
    vu9p = resolve_part("xcvu9p")
    rows = {r: next(x for x in est.estimate(small_layer(r), vu9p).layers if x.kind == "Dense") for r in (1, 4, 16)}
    k = math.ceil(schedule.ROUND_TAIL_NS / 4.375) - 2  # tail states at 5 ns less 12.5 %, less the wave's own and one
    # R=1: 16-bit weights: the 12 products with >= 3 CSD digits are DSPs (the 8 of 2 digits are
    # shift-adds, as at every reuse), II 1
    assert (rows[1].mults_dsp, rows[1].dsp, rows[1].mults_lut, rows[1].ii) == (12, 12, 8, 1)
    p = rows[1].cycles
    # R=4: 6 multipliers (DSPs), 12 multiplications in 2 rounds
    assert rows[4].dsp == 6
    assert rows[4].cycles == max(p, 2 + k) and rows[4].ii == min(4, max(p, 2 + k) + 1)
    # R=16: 2 DSPs, 6 rounds
    assert rows[16].dsp == 2
    assert rows[16].cycles == max(p, 6 + k) and rows[16].ii == min(16, max(p, 6 + k) + 1)
    # registers at R > 1: 8 inputs x 16 bits held, 4 accumulators x 32, one round of products
    # (units x (16 + 16) bits) -- or the parallel pipeline's, which stays, when that is more
    assert rows[16].ff == max(8 * 16 + 4 * 32 + 2 * 32, rows[1].ff)
    assert rows[4].ff == max(8 * 16 + 4 * 32 + 6 * 32, rows[1].ff)
    # the design's II is its largest layer II
    assert est.estimate(small_layer(16), vu9p).ii_cycles == rows[16].ii


def test_dsps_beyond_the_part_become_fabric():
    rows = [est.LayerEstimate("a", "Dense", "", dsp=300, dsp_as_lut=3_000), est.LayerEstimate("b", "Dense", "", dsp=100)]
    z7020 = resolve_part("xc7z020")  # 220 DSPs: 180 of 400 move, 45 % of the DSP products' LUTs
    assert est.dsp_overflow(rows, z7020) == (220, round(0.45 * 3_000))
    assert est.dsp_overflow(rows[1:], z7020) == (100, 0)


def _published_layers():
    designs = json.loads(DATA.read_text())["designs"]
    return [(d, layer) for d in designs for layer in d["layers"] if layer["kind"] == "dense"]


def test_published_layers_restart_when_done():
    """Every published Dense layer's reported II is ``min(R, latency + 1)`` (36 layers, Vivado HLS
    2020.1 and Vitis HLS 2021.1, reuse 1, 2, 16, 100)."""
    layers = _published_layers()
    assert len(layers) > 30
    for design, layer in layers:
        assert layer["csynth"]["ii"] == min(layer["reuse"], layer["csynth"]["latency"] + 1), (design["id"], layer["name"])


def test_published_multiplier_counts_are_hls4mls_limit():
    """Where the ALLOCATION limit binds (fewer multipliers than multiplications) and the design
    binds every multiplication to a DSP, the reported DSPs are exactly the schedule's multipliers."""
    checked = 0
    for design, layer in _published_layers():
        n_mul = sum(layer.get("weight_products", layer["weight_digits"])[schedule.MUL_MIN_DIGITS:])
        limit = multiplier_limit(layer["n_in"], layer["n_out"], layer["reuse"], layer["n_zeros"])
        if design["mul_impl"] != "dsp" or layer["reuse"] < 4 or limit >= n_mul:
            continue
        plan = dense_schedule(layer["n_in"], layer["n_out"], layer["reuse"], "latency", layer["n_zeros"], 1, n_mul)
        assert plan.multipliers == layer["csynth"]["dsp"], (design["id"], layer["name"])
        assert plan.rounds == math.ceil(n_mul / limit)
        checked += 1
    assert checked >= 10


def test_published_resource_layers_use_block_factor_multipliers():
    """Resource strategy at R > 1 (Vivado HLS 2019.2, 16-bit weights): DSPs = block_factor, II = R,
    latency = R plus one iteration's depth (at most :data:`RESOURCE_OVERHEAD_CYCLES` + 1)."""
    resource = [(d, layer) for d, layer in _published_layers() if layer["strategy"] == "resource" and layer["reuse"] > 1]
    assert len(resource) >= 7
    for design, layer in resource:
        plan = dense_schedule(layer["n_in"], layer["n_out"], layer["reuse"], "resource", layer["n_zeros"], 1)
        assert plan.multipliers == layer["csynth"]["dsp"], (design["id"], layer["name"])
        assert plan.ii == layer["csynth"]["ii"]
        assert 0 <= plan.latency(1) - layer["csynth"]["latency"] <= 1


def test_layers_past_the_partition_limit_accumulate_in_chains():
    # 64 x 64 = 4096 products is hls4ml's MaximumSize itself: balanced trees; one more: chains
    assert not est._accumulates_in_a_chain(64 * 64, "latency")
    assert est._accumulates_in_a_chain(561 * 20, "latency")
    # the Resource strategy keeps its weights in a ROM read by the loop: no unrolled array
    assert not est._accumulates_in_a_chain(561 * 20, "resource")
