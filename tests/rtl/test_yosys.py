"""Yosys on alkaid's RTL: counts read right from ``stat -json`` / ``ltp``, and a real run on a
small trigger-score graph agreeing with alkaid's own count of the same logic."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bead_fpga.errors import BeadError
from bead_fpga.rtl import yosys
from tests.rtl.conftest import require_yosys
from tests.rtl.graphs import score_graph

#: ``stat -json`` as Yosys 0.23 writes it (trimmed to the fields read), counts made up.
STAT = {
    "creator": "Yosys 0.23 (git sha1 7ce5011c24b)",
    "modules": {"\\top": {"num_cells_by_type": {"LUT2": 1}}},
    "design": {"num_cells": 0, "num_cells_by_type": {
        "BUFG": 1, "CARRY4": 7, "DSP48E2": 2, "FDRE": 30, "FDSE": 4, "INV": 3, "LUT2": 20, "LUT6": 5,
        "MUXF7": 2, "RAMB36E2": 1, "RAMB18E2": 1, "SRL16E": 6,
    }},
}


def test_parse_stat_groups_cells(tmp_path: Path) -> None:
    stat = tmp_path / "stat.json"
    stat.write_text(json.dumps(STAT))
    assert yosys.parse_stat(stat) == {"lut": 28, "lut_as_srl": 6, "ff": 34, "carry": 7, "dsp": 2, "bram18": 3,
                                      "muxf": 2}


def test_parse_ltp(tmp_path: Path) -> None:
    ltp = tmp_path / "ltp.txt"
    ltp.write_text("\nLongest topological path in top (length=42):\n    0: \\model_inp [3]\n")
    assert yosys.parse_ltp(ltp) == 42
    ltp.write_text("nothing here\n")
    with pytest.raises(BeadError, match="no 'Longest topological path' line"):
        yosys.parse_ltp(ltp)


def test_missing_yosys_says_how_to_install(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(yosys.shutil, "which", lambda name: None)
    with pytest.raises(BeadError, match=r"^yosys: not found on PATH .*; install Yosys \(Debian/Ubuntu: `apt-get install yosys`"):
        yosys.require_yosys()


def test_script_leaves_out_the_simulation_wrapper_and_unused_tables(tmp_path: Path) -> None:
    (tmp_path / "static").mkdir()
    (tmp_path / "memfiles").mkdir()
    for name in ("static/shift_adder.v", "static/lookup_table.v", "top.v", "top_stage0.v", "top_wrapper.v"):
        (tmp_path / name).write_text("")
    assert [p.name for p in yosys.rtl_sources(tmp_path, "top")] == ["shift_adder.v", "top.v", "top_stage0.v"]
    (tmp_path / "memfiles" / "t0.mem").write_text("")
    assert "lookup_table.v" in [p.name for p in yosys.rtl_sources(tmp_path, "top")]


def test_yosys_counts_a_trigger_score(tmp_path: Path) -> None:
    found = require_yosys()
    from bead_fpga.rtl.frontend import trace_qonnx
    from bead_fpga.rtl.project import RTLProject, RTLSettings

    project = RTLProject("score", tmp_path / "rtl", trace_qonnx(score_graph(tmp_path / "g.onnx")), RTLSettings())
    counts = yosys.synthesize(project.write(), "score", tmp_path / "yosys")
    alkaid = project.alkaid_estimate()
    assert counts["source"] == f"measured:yosys {found.version}"
    assert 0.5 * alkaid["lut"] < counts["lut"] < 2.0 * alkaid["lut"]  # Yosys splits alkaid's ternary adders
    # every pipeline register bit alkaid placed, less any Yosys proves constant
    assert 0.8 * alkaid["ff"] <= counts["ff"] + counts["lut_as_srl"] and counts["ff"] <= alkaid["ff"]
    assert counts["carry"] > 0 and counts["logic_depth"] > 0


def test_vhdl_hand_off_computes_what_the_graph_does(tmp_path: Path) -> None:
    """The VHDL alkaid writes beside the Verilog, simulated (GHDL -> Verilog -> Verilator), equal
    to qonnx's executor on every event."""
    import shutil

    import numpy as np

    from tests.rtl.conftest import require_verilator
    from tests.rtl.test_frontend import grid, qonnx_reference

    require_verilator()
    if shutil.which("ghdl") is None:
        pytest.skip("ghdl is not installed (apt-get install ghdl): the VHDL is written but not simulated here")
    from bead_fpga.rtl.frontend import trace_qonnx
    from bead_fpga.rtl.project import VHDL_DIR, RTLProject, RTLSettings
    from bead_fpga.rtl.verilator import build_environ

    onnx_file = score_graph(tmp_path / "g.onnx")
    project = RTLProject("score", tmp_path / "rtl", trace_qonnx(onnx_file), RTLSettings())
    src = project.write_vhdl()
    assert (src / "score.vhd").is_file() and "entity score is" in (src / "score.vhd").read_text()
    vhdl = project.rtl_model("vhdl", tmp_path / "rtl" / VHDL_DIR)
    with build_environ() as env:
        vhdl.compile(nproc=2, openmp=False, _env=env)
    x = grid(project.traced.input_format, project.traced.n_inputs, 5_000).astype(np.float64)
    np.testing.assert_array_equal(np.asarray(vhdl.predict(x)).reshape(len(x), -1), qonnx_reference(onnx_file, x))
