"""The timing estimate: register-to-register paths read from a hand-written Yosys netlist and
counted by hand, SRL delay lines as path ends, the stage depth chosen for two clocks, and the
estimate on a real Yosys run beside the stage count alkaid built."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bead_fpga.errors import BeadError
from bead_fpga.rtl.project import RTLSettings
from bead_fpga.rtl.timing import (
    LEVEL_NS,
    levels_for_clock,
    stage_timing,
    timing_estimate,
)
from bead_fpga.rtl.timing import ULTRASCALE_PLUS_2 as M
from tests.rtl.conftest import require_yosys
from tests.rtl.graphs import score_graph

OUT, IN = "output", "input"


def cell(kind: str, **ports: tuple[str, list]) -> dict:
    return {"type": kind, "parameters": {}, "port_directions": {p: d for p, (d, _) in ports.items()},
            "connections": {p: bits for p, (_, bits) in ports.items()}}


def write_netlist(path: Path) -> Path:
    """stage0_inp (FF, net 2) -> LUT2 (net 3) -> CARRY4 S (CO[3] net 4) -> CARRY4 CI (O net 5)
    -> FF (stage1_inp, net 6); and stage1_inp -> an SRL delay line whose output (net 7,
    stage2_inp) feeds a LUT6 (net 8) into model_out's FF (net 9)."""
    cells = {
        "ff0": cell("FDRE", C=(IN, [1]), D=(IN, [20]), Q=(OUT, [2])),
        "lut": cell("LUT2", I0=(IN, [2]), I1=(IN, [2]), O=(OUT, [3])),
        "c0": cell("CARRY4", CI=(IN, ["0"]), CYINIT=(IN, ["0"]), DI=(IN, ["0", "0", "0", "0"]),
                   S=(IN, [3, "0", "0", "0"]), CO=(OUT, [10, 11, 12, 4]), O=(OUT, [13, 14, 15, 16])),
        "c1": cell("CARRY4", CI=(IN, [4]), CYINIT=(IN, ["0"]), DI=(IN, ["0", "0", "0", "0"]),
                   S=(IN, ["0", "0", "0", "0"]), CO=(OUT, [17, 18, 19, 21]), O=(OUT, [5, 22, 23, 24])),
        "ff1": cell("FDRE", C=(IN, [1]), D=(IN, [5]), Q=(OUT, [6])),
        "srl": cell("SRL16E", CLK=(IN, [1]), D=(IN, [6]), Q=(OUT, [7])),
        "lut6": cell("LUT6", I0=(IN, [7]), I1=(IN, [7]), I2=(IN, [7]), I3=(IN, [7]), I4=(IN, [7]), I5=(IN, [7]),
                     O=(OUT, [8])),
        "ff2": cell("FDRE", C=(IN, [1]), D=(IN, [8]), Q=(OUT, [9])),
    }
    names = {"stage0_inp": [2], "stage1_inp": [6], "stage2_inp": [7], "model_out": [9], "clk": [1]}
    top = {"attributes": {"top": "00000000000000000000000000000001"}, "cells": cells,
           "netnames": {n: {"bits": b} for n, b in names.items()}}
    path.write_text(json.dumps({"modules": {"top": top}}))
    return path


def test_paths_counted_by_hand(tmp_path: Path) -> None:
    stages = {s.stage: s for s in stage_timing(write_netlist(tmp_path / "n.json"))}
    # stage 0: FF -> net -> LUT -> (same slice) carry entry -> next CARRY4 via CI, out at O -> net -> FF
    expected0 = M.clock_to_q_and_setup + M.net + M.lut + M.lut_to_carry + M.carry_entry + M.carry_exit + M.net
    assert stages[0].ns == pytest.approx(expected0, abs=1e-3)
    assert (stages[0].luts, stages[0].carry4, stages[0].levels) == (1, 2, 2)
    # stage 1 ends at the SRL's input: the delay line is a register, nothing runs through it
    assert stages[1].ns == pytest.approx(M.clock_to_q_and_setup + M.net, abs=1e-3) and stages[1].levels == 0
    # stage 2 starts at the SRL's output (named stage2_inp)
    assert stages[2].ns == pytest.approx(M.clock_to_q_and_setup + 2 * M.net + M.lut, abs=1e-3)
    timing = timing_estimate(tmp_path / "n.json", clock_ns=2.0, stages=3)
    assert timing["critical_stage"] == 0 and timing["critical_path_ns"] == round(expected0, 3)
    assert 1000 / expected0 > M.clock_ceiling_mhz and timing["fmax_mhz"] == M.clock_ceiling_mhz  # the clock tree caps it
    assert timing["meets_clock"] and timing["latency_ns"] == 6.0 and timing["source"] == "estimate:timing"


def test_stage_depth_chosen_for_two_clocks() -> None:
    level = LEVEL_NS
    overhead = M.clock_to_q_and_setup + M.net
    for clock, levels in ((5.0, 4), (2.5, 2)):  # by hand: floor((clock - 0.33) / 1.07)
        assert levels_for_clock(clock) == levels
        assert overhead + levels * level <= clock < overhead + (levels + 1) * level
        assert RTLSettings(clock_ns=clock).levels_per_stage == levels
    # 25 ns (40 MHz): long stages, the line through the measured 4-unit (4.997 ns) and 23-unit
    # (14.567 ns) stages: 0.5037 ns per unit after 2.982 ns, floor((25 - 2.982) / 0.5037) = 43
    assert levels_for_clock(25.0) == RTLSettings(clock_ns=25.0).levels_per_stage == 43
    assert RTLSettings(clock_ns=5.0, levels_per_stage=2).levels_per_stage == 2  # an explicit depth wins
    with pytest.raises(BeadError, match=r"^--clock: 0.5 ns leaves no room for one adder level"):
        RTLSettings(clock_ns=0.5)


def test_missing_netlist_is_one_line(tmp_path: Path) -> None:
    with pytest.raises(BeadError, match="no Yosys netlist here"):
        stage_timing(tmp_path / "none.json")


def test_estimate_on_a_yosys_netlist(tmp_path: Path) -> None:
    require_yosys()
    from bead_fpga.rtl import yosys
    from bead_fpga.rtl.frontend import trace_qonnx
    from bead_fpga.rtl.project import RTLProject

    project = RTLProject("score", tmp_path / "rtl", trace_qonnx(score_graph(tmp_path / "g.onnx")), RTLSettings())
    yosys.synthesize(project.write(), "score", tmp_path / "yosys")
    timing = timing_estimate(tmp_path / "yosys" / yosys.NETLIST_FILE, 5.0, project.pipeline_stages)
    assert [s["stage"] for s in timing["stages"]] == list(range(project.pipeline_stages))
    assert all(s["ns"] >= M.clock_to_q_and_setup + M.net for s in timing["stages"])
    assert max(s["levels"] for s in timing["stages"]) > 1
