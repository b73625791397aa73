"""``bead-fpga synth`` with and without vendor tools, and the report built from it.

No Xilinx tool is installed here, so the vendor path is proven with stand-ins: small Python
scripts named ``vitis-run`` / ``vivado_hls`` / ``vivado`` put first on PATH, which check the
arguments hls4ml's backend would pass and write a *real* vendor report (from
shared/vendor_reports) where the tool would. The figures must then come out labelled
``vendor:...`` with the report's numbers; without the stand-ins no figure may claim a vendor.
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
from bead_fpga.hls.transforms import prepare_for_hls4ml
from bead_fpga.models import TriggerPath, build_model, default_config
from bead_fpga.report import compare, compare_table, write_report
from bead_fpga.synth import rule4ml_estimate
from bead_fpga.synth.run import SYNTH_FILE, synth
from bead_fpga.transform import InputTransform

VENDOR = Path(__file__).resolve().parents[2].parent / "shared" / "vendor_reports"
CSYNTH_RPT = VENDOR / "vivado2020.1_zu9eg_dense" / "myproject_csynth.rpt"
UTILIZATION_RPT = VENDOR / "vivado2020.1_zu9eg_dense" / "vivado_synth.rpt"


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


_WRITE_CSYNTH = f"""
top = [l.split('"')[-2] for l in open('project.tcl') if 'set project_name' in l][0]
reports = Path(f'{{top}}_prj/solution1/syn/report')
reports.mkdir(parents=True, exist_ok=True)
print('***** C/RTL SYNTHESIS *****', flush=True)
shutil.copy({str(CSYNTH_RPT)!r}, reports / f'{{top}}_csynth.rpt')
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
    project = Path(no_tools["project_dir"])
    top = "vae_6b"
    for name in ("build_prj.tcl", "build_opt.tcl", "project.tcl", "vivado_synth.tcl", f"firmware/{top}.cpp",
                 f"firmware/{top}.h", "firmware/parameters.h", f"{top}_test.cpp"):
        assert (project / name).is_file(), name
    assert (project / "tb_data").is_dir()
    opts = (project / "build_opt.tcl").read_text()
    assert "csim       0" in opts and "synth      1" in opts and "cosim      0" in opts  # no test vectors yet
    vendor = no_tools["vendor"]
    assert vendor["ran"] is False and vendor["missing_tools"] == ["vitis-run (or vitis_hls)"]
    assert vendor["command"] == f"cd {project} && vitis-run --tcl build_prj.tcl --mode hls"
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


def test_fake_vitis_run_takes_the_vendor_path(model_dir, tool_path, tmp_path):
    _fake_tool(tool_path, "vitis-run", f"""
assert sys.argv[1:] == ['--tcl', 'build_prj.tcl', '--mode', 'hls'], sys.argv
opts = open('build_opt.tcl').read()
assert 'synth      1' in opts and 'cosim      1' in opts, opts  # test vectors present: co-simulate
{_WRITE_CSYNTH}""")
    vectors = tmp_path / "projects" / "vae_6b" / "tb_data"  # as `bead-fpga csim` leaves them
    vectors.mkdir(parents=True)
    (vectors / "tb_input_features.dat").write_text("0 " * 57 + "\n")
    result = synth(model_dir, HLSSettings(part="xcvu9p"), projects_root=tmp_path / "projects")
    vendor = result["vendor"]
    assert vendor["ran"] and vendor["csynth"]["source"] == "vendor:Vivado HLS 2020.1"
    assert "C/RTL SYNTHESIS" in Path(vendor["log"]).read_text()
    write_report(model_dir, result)
    hw = json.loads((model_dir / "report.json").read_text())["hardware"]
    assert hw["latency_cycles"] == {**hw["latency_cycles"], "value": 5, "source": "vendor:Vivado HLS 2020.1"}
    assert hw["latency_ns"]["value"] == 25.0 and hw["ii_cycles"]["value"] == 1
    assert (hw["lut"]["value"], hw["ff"]["value"], hw["bram18"]["value"]) == (59_561, 4_561, 1)
    assert hw["lut"]["source"] == "vendor:Vivado HLS 2020.1"
    assert [a["source"] for a in hw["lut"]["alternatives"]][0] == "estimate:analytic"


def test_fake_vivado_hls_and_vivado_give_post_synthesis_figures(model_dir, tool_path, tmp_path):
    _fake_tool(tool_path, "vivado_hls", f"""
assert sys.argv[1:3] == ['-f', 'build_prj.tcl'], sys.argv
assert 'synth=1' in sys.argv[3] and 'vsynth=1' in sys.argv[3] and 'csim=0' in sys.argv[3], sys.argv
{_WRITE_CSYNTH}
shutil.copy({str(UTILIZATION_RPT)!r}, 'vivado_synth.rpt')""")
    _fake_tool(tool_path, "vivado", "sys.exit(0)")
    result = synth(model_dir, HLSSettings(backend="Vivado", part="xcvu9p"), vsynth=True,
                   projects_root=tmp_path / "projects")
    assert result["vendor"]["utilization"]["source"] == "vendor:Vivado 2020.1"
    write_report(model_dir, result)
    hw = json.loads((model_dir / "report.json").read_text())["hardware"]
    assert (hw["lut"]["value"], hw["lut"]["source"]) == (31_277, "vendor:Vivado 2020.1")
    assert (hw["ff"]["value"], hw["bram18"]["value"]) == (4_555, 1)
    assert hw["latency_cycles"]["source"] == "vendor:Vivado HLS 2020.1"


def test_failing_tool_is_one_line_error(model_dir, tool_path, tmp_path):
    _fake_tool(tool_path, "vitis-run", "print('ERROR: [HLS 200-70] something broke'); sys.exit(3)")
    with pytest.raises(BeadError, match=r"vitis-run exited with status 3; see .*bead_build.log"):
        synth(model_dir, HLSSettings(part="xcvu9p"), projects_root=tmp_path / "projects")


def test_vsynth_without_vivado_is_not_attempted(model_dir, tool_path, tmp_path, monkeypatch):
    _fake_tool(tool_path, "vitis-run", "sys.exit(1)")
    monkeypatch.setattr(shutil, "which", lambda name: str(tool_path / name) if name == "vitis-run" else None)
    result = synth(model_dir, HLSSettings(part="xcvu9p"), vsynth=True, projects_root=tmp_path / "projects")
    assert result["vendor"]["ran"] is False and result["vendor"]["missing_tools"] == ["vivado"]


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
