"""``bead-fpga synth --flow open``: the plan (RTL written, Yosys script, the install line where
Yosys is missing), the whole flow on a small saturating trigger (Yosys, Verilator latency,
timing estimate, Vivado's timing summary beside it), and on a copy of the reference HVAE
(slow: Yosys takes minutes)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from types import SimpleNamespace

import pytest

from bead_fpga.hls.convert import HLSSettings
from bead_fpga.model_dir import ModelDir
from bead_fpga.rtl import yosys
from bead_fpga.rtl.project import RTLProject
from bead_fpga.synth.flows import Flow, FlowOptions, get_flow
from tests.conftest import REFERENCE_MODELS
from tests.rtl.conftest import RTL_MODEL, require_verilator, require_yosys
from tests.rtl.graphs import saturating_score_graph
from tests.synth.reports import VITIS_FLAT

#: One setting for every test here, so the RTL is traced once (a 4 ns clock, not the default).
SETTINGS = HLSSettings(part="vu9p", clock_ns=4.0)


@pytest.fixture(scope="module")
def model(tmp_path_factory: pytest.TempPathFactory) -> SimpleNamespace:
    """A copy of the RTL reference model and a projects folder: all the open flow reads (no
    hls4ml project; the RTL project is written in the projects folder)."""
    root = tmp_path_factory.mktemp("open_flow")
    model_dir = root / "models" / RTL_MODEL
    shutil.copytree(REFERENCE_MODELS / RTL_MODEL, model_dir, ignore=shutil.ignore_patterns("csim*.json", "report*"))
    return SimpleNamespace(mdir=ModelDir(model_dir), projects=root / "projects")


def open_flow(model: SimpleNamespace, options: FlowOptions = FlowOptions()) -> tuple[Flow, RTLProject]:
    """The open flow for ``model`` and the RTL project it builds from the model directory."""
    flow = get_flow("open")(SETTINGS, options)
    return flow, flow.project(model.mdir, model.projects)


def small_model(root: Path, name: str = "saturating") -> SimpleNamespace:
    """A model directory holding only what the open flow reads (config and QONNX graph), the
    graph a score that saturates on every full-range random input, as the HVAE's does."""
    model_dir = root / "models" / name
    model_dir.mkdir(parents=True)
    config = json.loads((REFERENCE_MODELS / RTL_MODEL / "config.json").read_text())
    (model_dir / "config.json").write_text(json.dumps({**config, "name": name}))
    saturating_score_graph(model_dir / f"{name}.qonnx.onnx")
    return SimpleNamespace(mdir=ModelDir(model_dir), projects=root / "projects")


def test_open_flow_end_to_end_on_a_saturating_trigger(tmp_path: Path) -> None:
    found = require_yosys()
    require_verilator()
    flow, project = open_flow(small_model(tmp_path), FlowOptions(reports=VITIS_FLAT))
    result = flow.synthesize(project)
    figures, reports = result.figures, result.reports
    assert result.ran and figures["lut"].source == f"measured:yosys {found.version}" and figures["lut"].value > 0
    # LUTs as Vivado's "CLB LUTs" count them: logic LUTs and the SRL delay lines
    assert figures["lut"].value == reports["yosys"]["lut"] + reports["yosys"]["lut_as_srl"]
    assert figures["latency_cycles"].source.startswith("measured:verilator")
    assert figures["latency_cycles"].value == reports["alkaid"]["latency_cycles"] > 1
    timing = reports["timing_estimate"]
    assert timing["source"] == "estimate:timing" and len(timing["stages"]) == figures["latency_cycles"].value
    assert figures["latency_ns"].value == figures["latency_cycles"].value * SETTINGS.clock_ns
    # Vivado's timing summary, brought with --reports, stands beside the estimate
    assert figures["wns_ns"].source.startswith("vendor:Vivado") and figures["fmax_mhz"].source.startswith("vendor:")
    assert reports["vivado_timing"]["wns_ns"]["value"] == figures["wns_ns"].value


def test_plan_writes_rtl_and_yosys_script(model: SimpleNamespace) -> None:
    flow, project = open_flow(model)
    plan = flow.plan(project)
    rtl_dir = model.projects / f"{RTL_MODEL}_rtl"
    assert project.dir == rtl_dir and not (model.projects / RTL_MODEL).exists()  # no hls4ml project made
    script = (rtl_dir / "yosys" / yosys.SCRIPT_FILE).read_text()
    assert f"synth_xilinx -family xcup -noiopad -flatten -top {RTL_MODEL}" in script
    assert f"{RTL_MODEL}_wrapper.v" not in script and (rtl_dir / "src" / f"{RTL_MODEL}.v").is_file()
    assert "set clock_period 4.0" in (rtl_dir / "src" / f"{RTL_MODEL}.xdc").read_text()
    assert plan.options["pipeline_stages"] > 1 and plan.command.endswith(f"yosys -q -s {yosys.SCRIPT_FILE}")
    assert (rtl_dir / "vhdl" / "src" / f"{RTL_MODEL}.vhd").is_file() and plan.tools["vhdl"].endswith("vhdl/src")


def test_without_yosys_the_flow_says_how_to_install(model: SimpleNamespace, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(yosys, "find_yosys", lambda: None)
    flow, project = open_flow(model)
    result = flow.synthesize(project)
    assert not result.ran and not result.figures
    assert result.plan.missing == (yosys.MISSING,)
    assert "apt-get install yosys" in result.summary


@pytest.mark.slow
def test_open_flow_measures_the_hvae(model: SimpleNamespace) -> None:
    found = require_yosys()
    from bead_fpga.rtl.verilator import missing_tools

    flow, project = open_flow(model)
    result = flow.synthesize(project)
    figures = result.figures
    assert result.ran and figures["lut"].source == f"measured:yosys {found.version}"
    alkaid = result.reports["alkaid"]
    # alkaid counts its three-input adders as Vivado maps them (one LUT per bit); Yosys maps them
    # as two two-input adds, so it counts more (41k against 31k on the HVAE)
    assert 0.8 * alkaid["lut"] < figures["lut"].value < 1.6 * alkaid["lut"]
    assert figures["ii_cycles"].value == 1 and figures["carry"].value > 0
    if not missing_tools():
        assert figures["latency_cycles"].source.startswith("measured:verilator")
    assert figures["latency_cycles"].value == alkaid["latency_cycles"]
    timing = result.reports["timing_estimate"]
    assert figures["fmax_mhz"].source == "estimate:timing" and timing["fmax_mhz"] == figures["fmax_mhz"].value
    assert len(timing["stages"]) == alkaid["latency_cycles"]


def test_plan_takes_the_rtl_choices(tmp_path: Path) -> None:
    """--no-dsp and --depth-slack reach the trace (squares from adders: no alkaid multiplier in
    the Verilog, where the default has one) and the Yosys script (-nodsp); the plan records them."""

    def planned(root: Path, rtl: dict) -> tuple[dict, str, str]:
        flow, project = open_flow(small_model(root), FlowOptions(rtl=rtl))
        plan = flow.plan(project)
        rtl_dir = project.dir
        verilog = "".join(p.read_text() for p in (rtl_dir / "src").glob("*.v"))
        return plan.options, (rtl_dir / "yosys" / yosys.SCRIPT_FILE).read_text(), verilog

    options, script, verilog = planned(tmp_path / "no_dsp", {"dsp": False, "depth_slack": 0})
    assert "-flatten -nodsp -top saturating" in script and "multiplier #(" not in verilog
    assert options["dsp"] is False and options["depth_slack"] == 0
    options, script, verilog = planned(tmp_path / "default", {})
    assert "-nodsp" not in script and "multiplier #(" in verilog and options["depth_slack"] is None


def test_rtl_choices_are_refused_outside_the_open_flow(tmp_path: Path) -> None:
    from bead_fpga.errors import BeadError
    from bead_fpga.synth.run import synth

    with pytest.raises(BeadError, match="--no-dsp.*add --flow open"):
        synth(tmp_path / "no_model", SETTINGS, flow="vitis", rtl={"dsp": False})
