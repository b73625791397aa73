"""Reports brought back from a vendor build: found in either layout, checked, turned into
labelled figures, and printed by the model-free ``bead-fpga read-reports``."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from bead_fpga.errors import BeadError
from bead_fpga.target import resolve_part
from bead_fpga.synth.reports.report_set import read_report_folder
from bead_fpga.synth.reports.vendor_reports import parse_csynth, parse_utilization
from tests.synth.reports import VITIS_FLAT, VIVADO_HLS4ML

ROUTED = "vendor:Vivado 2023.2 (routed)"
VITIS = "vendor:Vitis HLS 2023.2"
#: Read off our flat fixture folder by eye: HLS latency, Vivado post-route resources and timing.
VITIS_FLAT_FIGURES = {
    "latency_cycles": {"value": 9, "source": VITIS},
    "latency_ns": {"value": 45.0, "source": VITIS},
    "ii_cycles": {"value": 1, "source": VITIS},
    "lut": {"value": 3876, "source": ROUTED},
    "ff": {"value": 1702, "source": ROUTED},
    "dsp": {"value": 3, "source": ROUTED},
    "bram18": {"value": 0, "source": ROUTED},
    "uram": {"value": 0, "source": ROUTED},
    "carry": {"value": 211, "source": ROUTED},
    "clock_target_ns": {"value": 5.0, "source": ROUTED, "note": "ap_clk"},
    "clock_estimated_ns": {"value": 3.912, "source": VITIS, "note": "before logic synthesis"},
    "wns_ns": {"value": 0.412, "source": ROUTED},
    "tns_ns": {"value": 0.0, "source": ROUTED},
    "whs_ns": {"value": 0.031, "source": ROUTED},
    "ths_ns": {"value": 0.0, "source": ROUTED},
    "clock_achieved_ns": {"value": 4.588, "source": ROUTED, "note": "ap_clk: period - WNS"},
    "fmax_mhz": {"value": 217.960, "source": ROUTED, "note": "ap_clk"},  # 1000 / 4.588
}


def _figures(folder: Path, top: str | None = None) -> dict[str, dict]:
    return {k: f.to_dict() for k, f in read_report_folder(folder, top).figures().items()}


def test_flat_folder(tmp_path: Path) -> None:
    found = read_report_folder(VITIS_FLAT)
    assert found.layout == "flat folder"
    assert found.files == {"csynth": str(VITIS_FLAT / "vae_6b_csynth.xml"),  # XML over text: it has the average
                           "utilization": str(VITIS_FLAT / "utilization_routed.rpt"),
                           "timing": str(VITIS_FLAT / "timing_summary_routed.rpt")}
    assert _figures(VITIS_FLAT) == VITIS_FLAT_FIGURES


def test_renamed_files_are_recognised_by_content(tmp_path: Path) -> None:
    shutil.copy(VITIS_FLAT / "vae_6b_csynth.rpt", tmp_path / "vae_6b_csynth.rpt")
    shutil.copy(VITIS_FLAT / "utilization_routed.rpt", tmp_path / "util.txt")
    shutil.copy(VITIS_FLAT / "timing_summary_routed.rpt", tmp_path / "post_route.log")
    (tmp_path / "notes.txt").write_text("copied from the build machine\n")
    assert _figures(tmp_path) == VITIS_FLAT_FIGURES  # the text report states the same figures


def test_hls4ml_project_layout() -> None:
    found = read_report_folder(VIVADO_HLS4ML)
    assert found.layout == "hls4ml project"
    reports = VIVADO_HLS4ML / "ae_8b_prj" / "solution1" / "syn" / "report"
    assert found.files["csynth"] == str(reports / "ae_8b_csynth.xml")
    figures = _figures(VIVADO_HLS4ML)
    synthesized = "vendor:Vivado 2019.2 (synthesized)"
    assert figures["latency_cycles"] == {"value": 34, "source": "vendor:Vivado HLS 2019.2"}
    assert figures["latency_ns"]["value"] == 136.0 and figures["ii_cycles"]["value"] == 8
    assert {k: figures[k]["value"] for k in ("lut", "ff", "dsp", "bram18", "carry")} == {
        "lut": 11907, "ff": 7730, "dsp": 45, "bram18": 6, "carry": 1174}
    assert {figures[k]["source"] for k in ("lut", "ff", "dsp", "bram18", "carry")} == {synthesized}
    assert figures["uram"] == {"value": 0, "source": "vendor:Vivado HLS 2019.2"}  # no URAM on 7-series
    timing = "vendor:Vivado 2019.2"  # that timing report names no design state
    assert figures["wns_ns"] == {"value": -0.347, "source": timing}
    assert figures["clock_achieved_ns"]["value"] == 4.347 and figures["fmax_mhz"]["value"] == 230.044


def _with_sub_function(tmp_path: Path) -> Path:
    """A flat copy of a solution's report folder: the top's reports and a sub-function's."""
    for name in ("vae_6b_csynth.xml", "vae_6b_csynth.rpt"):
        shutil.copy(VITIS_FLAT / name, tmp_path / name)
    text = (VITIS_FLAT / "vae_6b_csynth.rpt").read_text().replace("Report for 'vae_6b'", "Report for 'dense_latency_s'")
    (tmp_path / "dense_latency_s_csynth.rpt").write_text(text)
    return tmp_path


def test_top_among_several_functions(tmp_path: Path) -> None:
    folder = _with_sub_function(tmp_path)
    with pytest.raises(BeadError, match=r"several functions \(dense_latency_s, vae_6b\).*--top"):
        read_report_folder(folder)
    assert read_report_folder(folder, top="vae_6b").files["csynth"] == str(folder / "vae_6b_csynth.xml")
    assert read_report_folder(folder, top="dense_latency_s").csynth.top == "dense_latency_s"
    with pytest.raises(BeadError, match=r"no csynth report for top function 'other' \(found: dense_latency_s, vae_6b\)"):
        read_report_folder(folder, top="other")
    shutil.copy(VITIS_FLAT / "vae_6b_csynth.xml", folder / "csynth.xml")  # the solution summary names the top
    assert read_report_folder(folder).files["csynth"] == str(folder / "vae_6b_csynth.xml")


def test_routed_reports_win_over_synthesized(tmp_path: Path) -> None:
    routed = (VITIS_FLAT / "utilization_routed.rpt").read_text()
    (tmp_path / "routed.rpt").write_text(routed)
    (tmp_path / "synth.rpt").write_text(routed.replace("Design State : Routed", "Design State : Synthesized")
                                        .replace("| CLB LUTs                   | 3876 |", "| CLB LUTs                   | 4012 |"))
    assert parse_utilization(tmp_path / "synth.rpt").lut.used == 4012
    assert read_report_folder(tmp_path).utilization.lut.used == 3876
    (tmp_path / "routed_again.rpt").write_text(routed)
    with pytest.raises(BeadError, match=r"2 report_utilization outputs of the same design state \(routed.rpt, "
                                        r"routed_again.rpt\); keep only the one of the final run"):
        read_report_folder(tmp_path)


def test_hierarchical_utilization_is_not_taken_for_the_summary(tmp_path: Path) -> None:
    shutil.copy(VITIS_FLAT / "utilization_routed.rpt", tmp_path / "util.rpt")
    hierarchical = (VITIS_FLAT / "utilization_routed.rpt").read_text().replace(
        "report_utilization -file utilization_routed.rpt", "report_utilization -hierarchical -file util_hier.rpt")
    (tmp_path / "util_hier.rpt").write_text(hierarchical)
    assert read_report_folder(tmp_path).files == {"utilization": str(tmp_path / "util.rpt")}
    with pytest.raises(BeadError, match="report_utilization -hierarchical output"):
        parse_utilization(tmp_path / "util_hier.rpt")


def test_timing_only_folder(tmp_path: Path) -> None:
    shutil.copy(VIVADO_HLS4ML / "vivado_timing.rpt", tmp_path)
    found = read_report_folder(tmp_path)
    assert found.csynth is None and found.utilization is None
    assert set(found.figures()) == {"wns_ns", "tns_ns", "whs_ns", "ths_ns", "clock_target_ns", "clock_achieved_ns",
                                    "fmax_mhz"}
    found.check(resolve_part("xc7vx690t"), "anything")  # no csynth report: no top to check


def test_reports_of_another_part_or_top_are_refused() -> None:
    found = read_report_folder(VITIS_FLAT)
    found.check(resolve_part("vu9p"), "vae_6b")
    found.check(resolve_part("xcvu9p-flgb2104-2-i"), "vae_6b")  # another package and grade: same silicon
    with pytest.raises(BeadError, match=r"vae_6b_csynth.xml: report is for part xcvu9p-flga2104-2L-e, not "
                                        r"xcvu13p-flga2577-2-e; .*--part xcvu9p-flga2104-2L-e"):
        found.check(resolve_part("vu13p"), "vae_6b")
    with pytest.raises(BeadError, match=r"report is for top function 'vae_6b', not this model's 'hvae_8b'"):
        found.check(resolve_part("vu9p"), "hvae_8b")
    # the Vivado reports are checked too, whatever spelling of the part they use
    mixed = read_report_folder(VIVADO_HLS4ML)
    with pytest.raises(BeadError, match=r"vivado_synth.rpt: report is for part 7vx690tffg1927-2"):
        type(mixed)(**{**mixed.__dict__, "csynth": None}).check(resolve_part("vu9p"), "ae_8b")


def test_folder_without_reports(tmp_path: Path) -> None:
    (tmp_path / "notes.txt").write_text("nothing here\n")
    with pytest.raises(BeadError, match="no vendor reports here"):
        read_report_folder(tmp_path)
    with pytest.raises(BeadError, match="reports folder not found"):
        read_report_folder(tmp_path / "absent")


@pytest.mark.parametrize("name", ["vivado2020.1_zu9eg_dense", "vivado_hls2019.2_z7020_conv_autoencoder"])
def test_shared_folders_read_as_their_files_parse(name: str, shared_reports: Path) -> None:
    """The real reports, read as a flat folder, give the figures their parsers give."""
    folder = shared_reports / name
    found = read_report_folder(folder, top="myproject")
    expected = parse_csynth(next(folder.glob("myproject_csynth.xml"), folder / "myproject_csynth.rpt"))
    assert found.csynth == expected
    figures = found.figures()
    assert figures["latency_cycles"].value == expected.latency_worst_cycles
    if (folder / "vivado_synth.rpt").is_file():
        util = parse_utilization(folder / "vivado_synth.rpt")
        assert (figures["lut"].value, figures["lut"].source) == (util.lut.used, "vendor:Vivado 2020.1 (synthesized)")
    found.check(resolve_part(expected.part), "myproject")


# ---------------------------------------------------------------------------------------
# bead-fpga read-reports


def _cli(*args: str) -> subprocess.CompletedProcess[str]:
    """The installed command line as a user runs it (one-line errors come from main())."""
    return subprocess.run([sys.executable, "-c", "from bead_fpga.cli import main; main()", *args],
                          capture_output=True, text=True, env={"COLUMNS": "120", "PATH": ""}, timeout=120)


def test_read_reports_prints_the_figures() -> None:
    run = _cli("read-reports", str(VITIS_FLAT))
    assert run.returncode == 0, run.stderr
    assert "(flat folder)" in run.stdout
    rows = {cells[0]: cells[1:3] for line in run.stdout.splitlines() if len(cells := re.split(r"\s{2,}", line.strip())) > 2}
    assert rows["fmax_mhz"] == ["217.96", ROUTED] and rows["lut"] == ["3,876", ROUTED], run.stdout
    assert f"timing: {VITIS_FLAT / 'timing_summary_routed.rpt'}" in run.stdout


def test_read_reports_json() -> None:
    run = _cli("read-reports", str(VIVADO_HLS4ML), "--json")
    assert run.returncode == 0, run.stderr
    data = json.loads(run.stdout)
    assert data["layout"] == "hls4ml project" and data["timing"]["met"] is False
    assert data["timing"]["main_clock"] == "ap_clk" and data["csynth"]["top"] == "ae_8b"
    assert data["figures"]["clock_achieved_ns"]["value"] == 4.347


@pytest.mark.parametrize("args", [("read-reports", "/nonexistent/reports"), ("read-reports", str(Path(__file__).parent))])
def test_read_reports_bad_folder_is_one_line(args: tuple[str, ...]) -> None:
    run = _cli(*args)
    assert run.returncode == 2 and run.stdout == ""
    assert run.stderr.startswith(f"bead-fpga: error: {args[1]}: ") and run.stderr.count("\n") == 1, run.stderr
