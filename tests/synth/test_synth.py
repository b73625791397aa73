"""``bead-fpga synth`` with and without vendor tools, and the report built from it.

No Xilinx tool is installed here, so the vendor path is proven with stand-ins: small Python
scripts named ``vitis-run`` / ``vivado_hls`` / ``vivado`` put first on PATH, which check the
arguments hls4ml's backend would pass and write a report in the vendor's format where the
tool would -- ours (tests/synth/fixtures) in every clone, and a real one (../shared/
vendor_reports, skipped where absent) -- under the project's own top function, as the tool
would name it. The figures must then come out labelled ``vendor:...`` with the report's
numbers; without the stand-ins no figure may claim a vendor. Reports of a build made
elsewhere come in through the ``imported`` flow (``--reports``).
"""

from __future__ import annotations

import json
import os
import shutil
import sys
from pathlib import Path

import pytest
import torch
from brevitas.export import export_qonnx
from qonnx.core.modelwrapper import ModelWrapper

from bead_fpga.data.adc2021 import FEATURE_NAMES, N_FEATURES
from bead_fpga.errors import BeadError
from bead_fpga.model_dir import ModelDir
from bead_fpga.hls.convert import HLSSettings
from bead_fpga.graph.cleanup import prepare_for_hls4ml
from bead_fpga.models import TriggerPath, build_model, default_config
from bead_fpga.report import compare, compare_table, write_report
from bead_fpga.synth.estimation import rule4ml_estimate
from bead_fpga.synth.run import SYNTH_FILE, synth
from bead_fpga.transform import InputTransform

from tests.synth.reports import SHARED_REPORTS, VITIS_FLAT, VIVADO_HLS4ML, require_shared

AE_REPORTS = VIVADO_HLS4ML / "ae_8b_prj" / "solution1" / "syn" / "report"


@pytest.fixture(scope="module", autouse=True)
def _no_rule4ml():
    """rule4ml (TensorFlow) takes ~15 s per prediction; it has its own test below."""
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(rule4ml_estimate, "available", lambda: False)
        yield


@pytest.fixture(scope="module")
def model_dir(tmp_path_factory) -> Path:
    """A small VAE trigger path (57 -> 8 -> latent 2 -> score), 6 bits, exported to QONNX."""
    root = tmp_path_factory.mktemp("models") / "vae_6b"
    root.mkdir()
    torch.manual_seed(0)
    cfg = default_config("vae", bits=6, hidden=(8,), latent=(2,))
    cfg.save(root / "config.json")
    InputTransform(16, 6, (0,) * N_FEATURES, (0,) * N_FEATURES, FEATURE_NAMES).save(root / "transform.json")
    model = build_model(cfg).eval()
    raw = root / "raw.onnx"
    export_qonnx(TriggerPath(model), torch.zeros(1, N_FEATURES), export_path=str(raw), dynamo=False)
    prepare_for_hls4ml(ModelWrapper(str(raw))).save(str(ModelDir(root).qonnx_file(cfg.name)))
    raw.unlink()
    (root / "metrics.json").write_text(json.dumps({"variants": {"quantized": {"scores": {"trigger": {
        "Ato4l": {"auc": 0.91, "tpr_at_fpr": {"1e-05": {"tpr": 0.012, "fpr_resolved": False}}}}}}}}))
    return root


def _fake_tool(bin_dir: Path, name: str, body: str) -> None:
    """A stand-in executable: Python, so it needs nothing else on PATH."""
    path = bin_dir / name
    path.write_text(f"#!{sys.executable}\nimport os, shutil, sys\nfrom pathlib import Path\n{body}\n")
    path.chmod(0o755)


def _write_csynth(report: Path, its_top: str) -> str:
    """Stand-in body: write ``report`` where the tool writes its csynth report, for the
    project's top function (the tool names the report and its title after it)."""
    return f"""
top = [l.split('"')[-2] for l in open('project.tcl') if 'set project_name' in l][0]
reports = Path(f'{{top}}_prj/solution1/syn/report')
reports.mkdir(parents=True, exist_ok=True)
print('***** C/RTL SYNTHESIS *****', flush=True)
text = Path({str(report)!r}).read_text().replace("Report for '{its_top}'", f"Report for '{{top}}'")
(reports / f'{{top}}_csynth.rpt').write_text(text)
"""


def _all_sources(obj) -> list[str]:
    if isinstance(obj, dict):
        found = [obj["source"]] if isinstance(obj.get("source"), str) else []
        return found + [s for v in obj.values() for s in _all_sources(v)]
    if isinstance(obj, list):
        return [s for v in obj for s in _all_sources(v)]
    return []


@pytest.fixture(scope="module")
def no_tools(model_dir, tmp_path_factory):
    """synth with an empty PATH: no vendor tool can be found."""
    projects = tmp_path_factory.mktemp("projects")
    empty = tmp_path_factory.mktemp("empty_bin")
    saved = os.environ["PATH"]
    os.environ["PATH"] = str(empty)
    try:
        result = synth(model_dir, HLSSettings(part="xcvu9p"), projects_root=projects)
    finally:
        os.environ["PATH"] = saved
    return result


def test_without_tools_writes_a_complete_project(no_tools, model_dir):
    from bead_fpga.model_dir import ModelDir

    project = ModelDir(model_dir).resolve(no_tools["project_dir"]).resolve()
    assert not Path(no_tools["project_dir"]).is_absolute()  # a copied model directory stays valid
    top = "vae_6b"
    for name in ("build_prj.tcl", "build_opt.tcl", "project.tcl", "vivado_synth.tcl", f"firmware/{top}.cpp",
                 f"firmware/{top}.h", "firmware/parameters.h", f"{top}_test.cpp"):
        assert (project / name).is_file(), name
    assert (project / "tb_data").is_dir()
    opts = (project / "build_opt.tcl").read_text()
    assert "csim       0" in opts and "synth      1" in opts and "cosim      0" in opts  # no test vectors yet
    flow = no_tools["flow"]
    assert (flow["name"], flow["ran"], flow["figures"]) == ("vitis", False, {})
    assert flow["missing_tools"] == ["vitis-run (or vitis_hls)"]
    assert flow["command"] == f"cd {project} && vitis-run --tcl build_prj.tcl --mode hls"
    assert json.loads((model_dir / SYNTH_FILE).read_text())["model"] == top
    assert no_tools["estimates"]["rule4ml"] == {"available": False, "source": "estimate:rule4ml",
                                                "message": "rule4ml: not installed (pip install bead-fpga[rule4ml])"}


def test_report_without_tools_labels_every_figure(no_tools, model_dir):
    md = write_report(model_dir, no_tools)
    report = json.loads((model_dir / "report.json").read_text())
    hw = report["hardware"]
    for key in ("latency_cycles", "latency_ns", "ii_cycles", "ii_ns", "events_per_bx", "lut", "ff", "dsp", "bram18", "uram"):
        assert hw[key]["source"].startswith("estimate:"), key
    sources = _all_sources(report)
    assert sources and not any(s.startswith("vendor:") for s in sources)
    assert all(s.split(":")[0] in ("estimate", "qonnx", "measured") for s in sources)
    assert "vendor:" not in md.read_text()
    assert hw["ii_cycles"]["value"] == 1 and hw["events_per_bx"]["value"] == pytest.approx(25 / 5)
    assert hw["latency_ns"]["value"] == 5 * hw["latency_cycles"]["value"]
    assert hw["lut"]["pct_of_part"] == pytest.approx(100 * hw["lut"]["value"] / 1_182_240)
    assert report["cost"]["flops"]["source"] == "qonnx:inference_cost"
    assert report["physics"]["measured:evaluate"]["signals"]["Ato4l"]["auc"] == 0.91
    assert report["physics"]["measured:csim"] == {"available": False, "note": "csim.json not available"}
    text = md.read_text()
    assert "vitis-run --tcl build_prj.tcl --mode hls" in text and "optimistic" in text
    assert (model_dir / "report.png").stat().st_size > 10_000


@pytest.fixture()
def tool_path(tmp_path, monkeypatch):
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    monkeypatch.setenv("PATH", f"{bin_dir}{os.pathsep}{os.environ['PATH']}")
    return bin_dir


#: (report the stand-in writes, its top function, part to build for, expected figures)
VITIS_CASES = {
    "own": lambda: (VITIS_FLAT / "vae_6b_csynth.rpt", "vae_6b", "xcvu9p",
                    ("vendor:Vitis HLS 2023.2", 9, 45.0, 1, (4_321, 1_987, 0))),
    "shared": lambda: (require_shared(SHARED_REPORTS) / "vivado2020.1_zu9eg_dense" / "myproject_csynth.rpt",
                       "myproject", "xczu9eg", ("vendor:Vivado HLS 2020.1", 5, 25.0, 1, (59_561, 4_561, 1))),
}


@pytest.mark.parametrize("case", sorted(VITIS_CASES))
def test_fake_vitis_run_takes_the_vendor_path(case, model_dir, tool_path, tmp_path):
    report, its_top, part, (source, cycles, ns, ii, (lut, ff, bram18)) = VITIS_CASES[case]()
    _fake_tool(tool_path, "vitis-run", f"""
assert sys.argv[1:] == ['--tcl', 'build_prj.tcl', '--mode', 'hls'], sys.argv
opts = open('build_opt.tcl').read()
assert 'synth      1' in opts and 'cosim      1' in opts, opts  # test vectors present: co-simulate
{_write_csynth(report, its_top)}""")
    vectors = tmp_path / "projects" / "vae_6b" / "tb_data"  # as `bead-fpga csim` leaves them
    vectors.mkdir(parents=True)
    (vectors / "tb_input_features.dat").write_text("0 " * 57 + "\n")
    result = synth(model_dir, HLSSettings(part=part), projects_root=tmp_path / "projects")
    flow = result["flow"]
    assert (flow["name"], flow["ran"]) == ("vitis", True) and flow["reports"]["csynth"]["source"] == source
    assert "C/RTL SYNTHESIS" in Path(flow["log"]).read_text()
    write_report(model_dir, result)
    hw = json.loads((model_dir / "report.json").read_text())["hardware"]
    assert hw["latency_cycles"] == {**hw["latency_cycles"], "value": cycles, "source": source}
    assert hw["latency_ns"]["value"] == ns and hw["ii_cycles"]["value"] == ii
    assert (hw["lut"]["value"], hw["ff"]["value"], hw["bram18"]["value"]) == (lut, ff, bram18)
    assert hw["lut"]["source"] == source
    assert [a["source"] for a in hw["lut"]["alternatives"]][0] == "estimate:analytic"


VIVADO_CASES = {
    "own": lambda: (AE_REPORTS / "ae_8b_csynth.rpt", VIVADO_HLS4ML / "vivado_synth.rpt", "ae_8b", "vx690t",
                    ("vendor:Vivado HLS 2019.2", "vendor:Vivado 2019.2 (synthesized)", (11_907, 7_730, 6))),
    "shared": lambda: (require_shared(SHARED_REPORTS) / "vivado2020.1_zu9eg_dense" / "myproject_csynth.rpt",
                       SHARED_REPORTS / "vivado2020.1_zu9eg_dense" / "vivado_synth.rpt", "myproject", "xczu9eg",
                       ("vendor:Vivado HLS 2020.1", "vendor:Vivado 2020.1 (synthesized)", (31_277, 4_555, 1))),
}


@pytest.mark.parametrize("case", sorted(VIVADO_CASES))
def test_fake_vivado_hls_and_vivado_give_post_synthesis_figures(case, model_dir, tool_path, tmp_path):
    csynth, utilization, its_top, part, (hls_source, source, (lut, ff, bram18)) = VIVADO_CASES[case]()
    _fake_tool(tool_path, "vivado_hls", f"""
assert sys.argv[1:3] == ['-f', 'build_prj.tcl'], sys.argv
assert 'synth=1' in sys.argv[3] and 'vsynth=1' in sys.argv[3] and 'csim=0' in sys.argv[3], sys.argv
{_write_csynth(csynth, its_top)}
shutil.copy({str(utilization)!r}, 'vivado_synth.rpt')""")
    _fake_tool(tool_path, "vivado", "sys.exit(0)")
    result = synth(model_dir, HLSSettings(backend="Vivado", part=part), vsynth=True,
                   projects_root=tmp_path / "projects")
    assert result["flow"]["name"] == "vivado" and result["flow"]["reports"]["utilization"]["design_state"] == "Synthesized"
    write_report(model_dir, result)
    hw = json.loads((model_dir / "report.json").read_text())["hardware"]
    assert (hw["lut"]["value"], hw["lut"]["source"]) == (lut, source)
    assert (hw["ff"]["value"], hw["bram18"]["value"]) == (ff, bram18)
    assert hw["latency_cycles"]["source"] == hls_source


def test_vendor_build_of_another_top_is_refused(model_dir, tool_path, tmp_path):
    """A report the build left for another function never stands in for this model's."""
    _fake_tool(tool_path, "vitis-run", f"""
reports = Path('vae_6b_prj/solution1/syn/report')
reports.mkdir(parents=True, exist_ok=True)
shutil.copy({str(AE_REPORTS / "ae_8b_csynth.xml")!r}, reports / 'vae_6b_csynth.xml')""")
    with pytest.raises(BeadError, match=r"vae_6b_csynth.xml: report is for part xc7vx690t-ffg1927-2, not xcvu9p"):
        synth(model_dir, HLSSettings(part="xcvu9p"), projects_root=tmp_path / "projects")


def test_failing_tool_is_one_line_error(model_dir, tool_path, tmp_path):
    _fake_tool(tool_path, "vitis-run", "print('ERROR: [HLS 200-70] something broke'); sys.exit(3)")
    with pytest.raises(BeadError, match=r"vitis-run exited with status 3; see .*bead_build.log"):
        synth(model_dir, HLSSettings(part="xcvu9p"), projects_root=tmp_path / "projects")


def test_vsynth_without_vivado_is_not_attempted(model_dir, tool_path, tmp_path, monkeypatch):
    _fake_tool(tool_path, "vitis-run", "sys.exit(1)")
    monkeypatch.setattr(shutil, "which", lambda name: str(tool_path / name) if name == "vitis-run" else None)
    result = synth(model_dir, HLSSettings(part="xcvu9p"), vsynth=True, projects_root=tmp_path / "projects")
    assert result["flow"]["ran"] is False and result["flow"]["missing_tools"] == ["vivado"]


def test_compare_renders_markdown_and_rich(no_tools, model_dir):
    write_report(model_dir, no_tools)
    text = compare([model_dir, model_dir])
    lines = text.splitlines()
    assert lines[0].startswith("| model | part@clock | latency |") and "AUC Ato4l" in lines[0]
    assert sum(line.startswith("| vae_6b |") for line in lines) == 2
    assert "0.9100 E" in lines[2] and "hw src: V = vendor report" in text
    from rich.console import Console

    console = Console(record=True, width=250)
    console.print(compare_table([model_dir]))
    assert "vae_6b" in console.export_text()


def test_cli_report_writes_the_comparison(no_tools, model_dir, tmp_path):
    from typer.testing import CliRunner

    from bead_fpga.cli import app

    out = tmp_path / "compare.md"
    result = CliRunner().invoke(app, ["report", str(model_dir), "--out", str(out)], env={"COLUMNS": "250"})
    assert result.exit_code == 0, result.output
    assert "vae_6b" in result.output and out.read_text().startswith("| model |")
    assert (model_dir / "report.md").is_file()


def test_rule4ml_prediction_where_installed(no_tools, model_dir, tmp_path, monkeypatch):
    pytest.importorskip("rule4ml")
    monkeypatch.setattr(rule4ml_estimate, "available", lambda: True)
    from bead_fpga.hls.convert import convert

    project = convert(model_dir, HLSSettings(part="xcvu9p"), tmp_path / "projects")
    specs, not_covered, precision = rule4ml_estimate.layer_specs(project.hls_model)
    assert [s["kind"] for s in specs] == ["Linear", "ReLU", "Linear", "Linear"] and not_covered == ["Mul_0"]
    pred = rule4ml_estimate.predict(project.hls_model, HLSSettings(part="xcvu9p"))
    assert pred["available"] and pred["board"] == "alveo-u200" and not pred["covers_all_layers"]
    assert pred["lut"] > 0 and pred["latency_cycles"] > 0


# ---------------------------------------------------------------------------------------
# Reports of a build made elsewhere (the imported flow, `--reports`)


def test_reports_from_a_flat_folder(model_dir, tmp_path):
    result = synth(model_dir, HLSSettings(part="xcvu9p"), projects_root=tmp_path / "projects", reports=VITIS_FLAT)
    flow = result["flow"]
    assert (flow["name"], flow["ran"], flow["command"]) == ("imported", False, None)
    assert flow["reports"]["layout"] == "flat folder"
    assert flow["reports"]["files"]["timing"] == str(VITIS_FLAT / "timing_summary_routed.rpt")
    md = write_report(model_dir, result)
    report = json.loads((model_dir / "report.json").read_text())
    hw, routed = report["hardware"], "vendor:Vivado 2023.2 (routed)"
    assert (hw["latency_cycles"]["value"], hw["latency_cycles"]["source"]) == (9, "vendor:Vitis HLS 2023.2")
    assert (hw["lut"]["value"], hw["lut"]["source"]) == (3_876, routed)
    assert hw["lut"]["alternatives"][0]["source"] == "estimate:analytic"
    assert (hw["clock_achieved_ns"]["value"], hw["fmax_mhz"]["value"], hw["wns_ns"]["value"]) == (4.588, 217.96, 0.412)
    assert report["budget"]["timing_met"] is True and report["flow"]["name"] == "imported"
    text = md.read_text()
    assert f"| achieved clock (MHz) | 217.96 | `{routed}` | ap_clk |" in text
    assert "Timing met at the target clock: **yes**" in text and "Reports of a vendor build made elsewhere" in text


def test_reports_in_the_hls4ml_project_brought_back(model_dir, tmp_path):
    """The build machine's whole project directory, copied back over the one written here."""
    projects = tmp_path / "projects"
    synth(model_dir, HLSSettings(part="xcvu9p"), projects_root=projects)
    project = projects / "vae_6b"
    reports = project / "vae_6b_prj" / "solution1" / "syn" / "report"
    reports.mkdir(parents=True)
    for name in ("vae_6b_csynth.xml", "vae_6b_csynth.rpt"):
        shutil.copy(VITIS_FLAT / name, reports / name)
    shutil.copy(VIVADO_HLS4ML / "vivado_timing.rpt", project / "vivado_timing.rpt")  # not this part: refused
    with pytest.raises(BeadError, match=r"vivado_timing.rpt: report is for part 7vx690t-ffg1927, not xcvu9p"):
        synth(model_dir, HLSSettings(part="xcvu9p"), projects_root=projects, reports=project)
    (project / "vivado_timing.rpt").unlink()
    shutil.copy(VITIS_FLAT / "utilization_routed.rpt", project / "vivado_synth.rpt")
    result = synth(model_dir, HLSSettings(part="xcvu9p"), projects_root=projects, reports=project)
    assert result["flow"]["reports"]["layout"] == "hls4ml project"
    assert result["flow"]["reports"]["files"]["csynth"] == str(reports / "vae_6b_csynth.xml")
    hw = json.loads((model_dir / "report.json").read_text())["hardware"] if write_report(model_dir, result) else {}
    assert (hw["latency_ns"]["value"], hw["ff"]["value"], hw["ff"]["source"]) == (45.0, 1_702, "vendor:Vivado 2023.2 (routed)")
    assert "clock_achieved_ns" not in hw  # no timing summary brought back: no achieved clock claimed


def test_reports_of_another_part_or_design_are_refused(model_dir, tmp_path):
    projects = tmp_path / "projects"
    with pytest.raises(BeadError, match=r"report is for part xcvu9p-flga2104-2L-e, not xcvu13p-flga2577-2-e"):
        synth(model_dir, HLSSettings(part="vu13p"), projects_root=projects, reports=VITIS_FLAT)
    with pytest.raises(BeadError, match=r"report is for top function 'ae_8b', not this model's 'vae_6b'"):
        synth(model_dir, HLSSettings(part="vx690t"), projects_root=projects, reports=VIVADO_HLS4ML)


def test_flow_choice_errors(model_dir, tmp_path):
    projects = tmp_path / "projects"
    with pytest.raises(BeadError, match=r"--flow: unknown flow 'quartus'; choose one of .*imported.*vitis.*vivado"):
        synth(model_dir, HLSSettings(), projects_root=projects, flow="quartus")
    with pytest.raises(BeadError, match=r"--reports: reports are read by the imported and open flows, not by --flow vitis"):
        synth(model_dir, HLSSettings(), projects_root=projects, flow="vitis", reports=VITIS_FLAT)
    with pytest.raises(BeadError, match=r"--flow imported: needs the folder of reports; pass --reports DIR"):
        synth(model_dir, HLSSettings(), projects_root=projects, flow="imported")
    with pytest.raises(BeadError, match=r"flow 'vivado' builds hls4ml's Vivado backend project, not a Vitis one"):
        synth(model_dir, HLSSettings(), projects_root=projects, flow="vivado")
    assert not projects.exists()  # every bad choice failed before converting anything


def test_cli_synth_with_reports(model_dir, tmp_path):
    from typer.testing import CliRunner

    from bead_fpga.cli import app

    args = ["synth", str(model_dir), "--projects", str(tmp_path / "projects"), "--reports", str(VITIS_FLAT)]
    result = CliRunner().invoke(app, args, env={"COLUMNS": "200"})
    assert result.exit_code == 0, result.output
    assert "achieved clock (MHz)" in result.output and "Reports of a vendor build made elsewhere" in result.output
    result = CliRunner().invoke(app, [*args, "--part", "vu13p"])
    assert isinstance(result.exception, BeadError) and "not xcvu13p-flga2577-2-e" in str(result.exception)
