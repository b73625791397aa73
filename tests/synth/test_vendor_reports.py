"""Vendor report parsers, on the real Xilinx reports in shared/vendor_reports.

The expected figures below were read off the fixture files by eye, as a firmware engineer
would read them; the parsers must give exactly those. The synthetic variants check that the
parsers key on names, not on one tool version's layout.
"""

from __future__ import annotations

import dataclasses
import re
import shutil
from pathlib import Path

import pytest

from bead_fpga.errors import BeadError
from bead_fpga.synth.parts import resolve_part
from bead_fpga.synth.vendor_reports import (
    CsynthReport,
    SiteUsage,
    find_reports,
    parse_csynth,
    parse_utilization,
)

# CI clones the repository with shared/ beside it; a missing fixture must fail, not skip.
VENDOR = Path(__file__).resolve().parents[2].parent / "shared" / "vendor_reports"
ZU9EG = VENDOR / "vivado2020.1_zu9eg_dense"
Z7020 = VENDOR / "vivado_hls2019.2_z7020_conv_autoencoder"

Z7020_AVAILABLE = {"BRAM_18K": 280, "DSP": 220, "FF": 106400, "LUT": 53200, "URAM": 0}
Z7020_MYPROJECT = {
    "source": "vendor:Vivado HLS 2019.2.1",
    "tool": "Vivado HLS",
    "version": "2019.2.1",
    "part": "xc7z020-clg400-1",
    "top": "myproject",
    "target_clock_ns": 5.0,
    "estimated_clock_ns": 4.429,
    "latency_best_cycles": 96014,
    "latency_avg_cycles": 96014,
    "latency_worst_cycles": 96165,
    "latency_best_ns": 480_000.0,  # 0.480 ms
    "latency_avg_ns": 480_000.0,
    "latency_worst_ns": 481_000.0,  # 0.481 ms
    "interval_min": 4625,
    "interval_max": 95949,
    "pipeline_type": "dataflow",
    "used": {"BRAM_18K": 285, "DSP": 118, "FF": 51414, "LUT": 33365, "URAM": 0},
    "available": Z7020_AVAILABLE,
}

CSYNTH_EXPECTED: dict[str, dict] = {
    "vivado2020.1_zu9eg_dense/myproject_csynth.rpt": {
        "source": "vendor:Vivado HLS 2020.1",
        "tool": "Vivado HLS",
        "version": "2020.1",
        "part": "xczu9eg-ffvb1156-2-e",
        "top": "myproject",
        "target_clock_ns": 5.0,
        "estimated_clock_ns": 4.218,
        "latency_best_cycles": 5,
        "latency_avg_cycles": None,  # the text report gives min/max only
        "latency_worst_cycles": 5,
        "latency_best_ns": 25.0,
        "latency_avg_ns": None,
        "latency_worst_ns": 25.0,
        "interval_min": 1,
        "interval_max": 1,
        "pipeline_type": "function",
        "used": {"BRAM_18K": 1, "DSP": 0, "FF": 4561, "LUT": 59561, "URAM": 0},
        "available": {"BRAM_18K": 1824, "DSP": 2520, "FF": 548160, "LUT": 274080, "URAM": 0},
    },
    "vivado_hls2019.2_z7020_conv_autoencoder/myproject_csynth.xml": Z7020_MYPROJECT,
    "vivado_hls2019.2_z7020_conv_autoencoder/myproject_csynth.rpt": {
        **Z7020_MYPROJECT,
        "latency_avg_cycles": None,
        "latency_avg_ns": None,
    },
    # The top-level summary: here the VivadoAccelerator AXI wrapper around myproject.
    "vivado_hls2019.2_z7020_conv_autoencoder/csynth.xml": {
        **Z7020_MYPROJECT,
        "top": "myproject_axi",
        "latency_best_cycles": 96019,
        "latency_avg_cycles": 96019,
        "latency_worst_cycles": 96170,
        "interval_min": 11266,
        "interval_max": 95949,
        "used": {"BRAM_18K": 289, "DSP": 118, "FF": 53257, "LUT": 35689, "URAM": 0},
    },
}

UTILIZATION_EXPECTED: dict[str, dict] = {
    "vivado2020.1_zu9eg_dense/vivado_synth.rpt": {
        "source": "vendor:Vivado 2020.1",
        "tool": "Vivado",
        "version": "2020.1",
        "part": "xczu9egffvb1156-2",
        "design": "myproject",
        "design_state": "Synthesized",
        "lut": SiteUsage("CLB LUTs", 31277, 274080, 11.41),
        "ff": SiteUsage("CLB Registers", 4555, 548160, 0.83),
        "carry": SiteUsage("CARRY8", 3849, 34260, 11.23),
        "dsp": SiteUsage("DSPs", 0, 2520, 0.0),
        "bram36": SiteUsage("Block RAM Tile", 0.5, 912, 0.05),
        "uram": None,  # ZU9EG has no UltraRAM; the BLOCKRAM table has no URAM row
    },
}


def _fields(report: object, names: dict) -> dict:
    return {name: getattr(report, name) for name in names}


def test_every_fixture_file_has_expected_figures() -> None:
    files = {str(p.relative_to(VENDOR)) for p in VENDOR.rglob("*") if p.is_file() and p.name != "README.md"}
    assert files, f"no vendor report fixtures under {VENDOR}"
    assert files == set(CSYNTH_EXPECTED) | set(UTILIZATION_EXPECTED)


@pytest.mark.parametrize("name", sorted(CSYNTH_EXPECTED))
def test_csynth_fixture_figures(name: str) -> None:
    report = parse_csynth(VENDOR / name)
    expected = CSYNTH_EXPECTED[name]
    assert _fields(report, expected) == expected
    assert report.path == str(VENDOR / name)
    assert {f.name for f in dataclasses.fields(CsynthReport)} == set(expected) | {"path"}


@pytest.mark.parametrize("name", sorted(UTILIZATION_EXPECTED))
def test_utilization_fixture_figures(name: str) -> None:
    report = parse_utilization(VENDOR / name)
    expected = UTILIZATION_EXPECTED[name]
    assert _fields(report, expected) == expected


def test_utilization_keeps_every_row_and_primitive() -> None:
    report = parse_utilization(ZU9EG / "vivado_synth.rpt")
    assert report.sites["RAMB18"] == SiteUsage("RAMB18", 1, 1824, 0.05)
    assert report.sites["RAMB18E2 only"] == SiteUsage("RAMB18E2 only", 1, None, None)
    assert report.sites["Bonded IOB"] == SiteUsage("Bonded IOB", 1626, 328, 495.73)
    assert report.sites["Register as Flip Flop"].used == 4555
    assert report.primitives["LUT3"] == 16663
    assert report.primitives["FDRE"] == 4545
    assert report.primitives["CARRY8"] == report.carry.used
    assert report.primitives["RAMB18E2"] == 1


def test_xml_and_text_report_of_one_design_agree() -> None:
    xml = parse_csynth(Z7020 / "myproject_csynth.xml")
    rpt = parse_csynth(Z7020 / "myproject_csynth.rpt")
    # The text report states no average case; everything it does state must agree.
    ignore = {"path", "latency_avg_cycles", "latency_avg_ns"}
    for field in dataclasses.fields(CsynthReport):
        if field.name not in ignore:
            assert getattr(xml, field.name) == getattr(rpt, field.name), field.name


@pytest.mark.parametrize("name", sorted(CSYNTH_EXPECTED))
def test_csynth_available_resources_are_the_parts_totals(name: str) -> None:
    report = parse_csynth(VENDOR / name)
    part = resolve_part(report.part)
    assert report.available == {"BRAM_18K": part.bram18, "DSP": part.dsp, "FF": part.ff, "LUT": part.lut, "URAM": part.uram}


def test_utilization_available_resources_are_the_parts_totals() -> None:
    report = parse_utilization(ZU9EG / "vivado_synth.rpt")
    part = resolve_part(report.part)
    assert part.alias == "ZU9EG"
    assert (report.lut.available, report.ff.available, report.dsp.available, report.bram36.available) == (
        part.lut,
        part.ff,
        part.dsp,
        part.bram36,
    )
    assert report.sites["RAMB18"].available == part.bram18


# ---------------------------------------------------------------------------------------
# Other tool versions and layouts


def _write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text)
    return path


def test_vitis_text_report_with_us_slr_rows_and_dsp_column(tmp_path: Path) -> None:
    text = (ZU9EG / "myproject_csynth.rpt").read_text()
    text = text.replace("== Vivado HLS Report for", "== Vitis HLS Report for")
    text = re.sub(r"\* Version: .*", "* Version:        2023.1 (Build 3854077 on May  4 2023)", text)
    text = text.replace("|ap_clk  | 5.00 ns | 4.218 ns |   0.62 ns  |", "|ap_clk  |  5.00 ns|  4.218 ns|     0.62 ns|")
    summary = "|        5|        5| 25.000 ns | 25.000 ns |    1|    1| function |"
    assert summary in text
    text = text.replace(summary, "|        5|        5|  0.025 us |  0.025 us |    1|    1|       no |")
    text = text.replace("| DSP48E|", "|  DSP  |")
    # Multi-SLR parts print per-SLR availability before the device total.
    available = "|Available        |     1824|   2520|  548160|  274080|    0|"
    text = text.replace(
        available,
        "|Available SLR    |      912|   1260|  274040|  137040|    0|\n"
        "+-----------------+---------+-------+--------+--------+-----+\n" + available,
    )
    report = parse_csynth(_write(tmp_path, "myproject_csynth.rpt", text))
    assert (report.tool, report.version, report.source) == ("Vitis HLS", "2023.1", "vendor:Vitis HLS 2023.1")
    assert (report.target_clock_ns, report.estimated_clock_ns) == (5.0, 4.218)
    assert (report.latency_best_ns, report.latency_worst_ns) == (25.0, 25.0)
    assert report.pipeline_type == "no"
    assert report.used == CSYNTH_EXPECTED["vivado2020.1_zu9eg_dense/myproject_csynth.rpt"]["used"]
    assert report.available == {"BRAM_18K": 1824, "DSP": 2520, "FF": 548160, "LUT": 274080, "URAM": 0}


def test_old_text_report_without_absolute_latency_or_units(tmp_path: Path) -> None:
    """Vivado HLS 2018 printed cycles only, and clock periods without a unit (ns)."""
    text = (ZU9EG / "myproject_csynth.rpt").read_text()
    start = text.index("+ Timing:")
    end = text.index("    + Detail:")
    old = (
        "+ Timing (ns): \n"
        "    * Summary: \n"
        "    +--------+-------+----------+------------+\n"
        "    |  Clock | Target| Estimated| Uncertainty|\n"
        "    +--------+-------+----------+------------+\n"
        "    |ap_clk  |   5.00|     4.218|        0.62|\n"
        "    +--------+-------+----------+------------+\n"
        "\n"
        "+ Latency (clock cycles): \n"
        "    * Summary: \n"
        "    +-----+-----+-----+-----+----------+\n"
        "    |  Latency  |  Interval | Pipeline |\n"
        "    | min | max | min | max |   Type   |\n"
        "    +-----+-----+-----+-----+----------+\n"
        "    |    5|    7|    1|    2| function |\n"
        "    +-----+-----+-----+-----+----------+\n\n"
    )
    report = parse_csynth(_write(tmp_path, "old_csynth.rpt", text[:start] + old + text[end:]))
    assert (report.target_clock_ns, report.estimated_clock_ns) == (5.0, 4.218)
    assert (report.latency_best_cycles, report.latency_worst_cycles) == (5, 7)
    assert (report.latency_best_ns, report.latency_worst_ns) == (None, None)
    assert (report.interval_min, report.interval_max, report.pipeline_type) == (1, 2, "function")


def test_vitis_xml_report_indented_with_dsp_tag_and_us(tmp_path: Path) -> None:
    text = (Z7020 / "myproject_csynth.xml").read_text()
    text = text.replace("<Version>2019.2.1</Version>", "<Version>2022.2</Version>")
    text = text.replace("<TopModelName>", "<FlowTarget>vivado</FlowTarget>\n<TopModelName>")
    text = text.replace("DSP48E>", "DSP>")
    text = text.replace(">0.480 ms<", ">480.000 us<").replace(">0.481 ms<", ">481.000 us<")
    text = '<?xml version="1.0" encoding="UTF-8"?>\n' + "\n".join("  " + line for line in text.splitlines())
    report = parse_csynth(_write(tmp_path, "myproject_csynth.xml", text))
    assert (report.tool, report.source) == ("Vitis HLS", "vendor:Vitis HLS 2022.2")
    assert (report.latency_best_ns, report.latency_avg_ns, report.latency_worst_ns) == (480_000.0, 480_000.0, 481_000.0)
    assert report.used == Z7020_MYPROJECT["used"]
    assert report.available == Z7020_AVAILABLE


def test_undetermined_latency_is_none(tmp_path: Path) -> None:
    text = (Z7020 / "myproject_csynth.xml").read_text()
    text = text.replace("<Worst-caseLatency>96165<", "<Worst-caseLatency>undef<")
    text = text.replace("<Worst-caseRealTimeLatency>0.481 ms<", "<Worst-caseRealTimeLatency>undef<")
    report = parse_csynth(_write(tmp_path, "x_csynth.xml", text))
    assert (report.latency_worst_cycles, report.latency_worst_ns) == (None, None)
    assert report.latency_best_cycles == 96014


SEVEN_SERIES_UTILIZATION = """\
Copyright 1986-2022 Xilinx, Inc. All Rights Reserved. Copyright 2022-2023 Advanced Micro Devices, Inc. All Rights Reserved.
---------------------------------------------------------------------------------------------------------------------------
| Tool Version : Vivado v.2023.2 (lin64) Build 4029153 Fri Oct 13 20:13:54 MDT 2023
| Date         : Mon Jan 15 10:00:00 2024
| Command      : report_utilization -file vivado_synth.rpt
| Design       : myproject
| Device       : xc7vx690tffg1927-2
| Speed File   : -2
| Design State : Synthesized
---------------------------------------------------------------------------------------------------------------------------

Utilization Design Information

1. Slice Logic
--------------

+-------------------------+-------+-------+------------+-----------+-------+
|        Site Type        |  Used | Fixed | Prohibited | Available | Util% |
+-------------------------+-------+-------+------------+-----------+-------+
| Slice LUTs*             | 12345 |     0 |          0 |    433200 |  2.85 |
|   LUT as Logic          | 12345 |     0 |          0 |    433200 |  2.85 |
| Slice Registers         |  6789 |     0 |          0 |    866400 |  0.78 |
+-------------------------+-------+-------+------------+-----------+-------+


2. Memory
---------

+-------------------+------+-------+------------+-----------+-------+
|     Site Type     | Used | Fixed | Prohibited | Available | Util% |
+-------------------+------+-------+------------+-----------+-------+
| Block RAM Tile    |    3 |     0 |          0 |      1470 |  0.20 |
|   RAMB36/FIFO*    |    2 |     0 |          0 |      1470 |  0.14 |
|   RAMB18          |    2 |     0 |          0 |      2940 |  0.07 |
+-------------------+------+-------+------------+-----------+-------+


3. DSP
------

+----------------+------+-------+------------+-----------+-------+
|    Site Type   | Used | Fixed | Prohibited | Available | Util% |
+----------------+------+-------+------------+-----------+-------+
| DSPs           |    1 |     0 |          0 |      3600 | <0.01 |
|   DSP48E1 only |    1 |       |            |           |       |
+----------------+------+-------+------------+-----------+-------+


7. Primitives
-------------

+----------+-------+---------------------+
| Ref Name |  Used | Functional Category |
+----------+-------+---------------------+
| LUT2     |  9000 |                 LUT |
| FDRE     |  6789 |        Flop & Latch |
| CARRY4   |   812 |          CarryLogic |
| DSP48E1  |     1 |    Block Arithmetic |
+----------+-------+---------------------+
"""


def test_seven_series_utilization_with_prohibited_column(tmp_path: Path) -> None:
    report = parse_utilization(_write(tmp_path, "vivado_synth.rpt", SEVEN_SERIES_UTILIZATION))
    assert (report.tool, report.version, report.source) == ("Vivado", "2023.2", "vendor:Vivado 2023.2")
    assert report.part == "xc7vx690tffg1927-2"
    assert report.lut == SiteUsage("Slice LUTs", 12345, 433200, 2.85)
    assert report.ff == SiteUsage("Slice Registers", 6789, 866400, 0.78)
    assert report.carry == SiteUsage("CARRY4", 812, None, None)  # 7-series: primitives only
    assert report.dsp == SiteUsage("DSPs", 1, 3600, 0.01)  # printed "<0.01"
    assert report.bram36 == SiteUsage("Block RAM Tile", 3, 1470, 0.20)
    assert report.uram is None
    assert resolve_part(report.part).bram36 == report.bram36.available


# ---------------------------------------------------------------------------------------
# Bad input


def test_missing_file(tmp_path: Path) -> None:
    for parse in (parse_csynth, parse_utilization):
        with pytest.raises(BeadError, match="not found") as err:
            parse(tmp_path / "nope.rpt")
        assert "nope.rpt" in str(err.value)


def test_unrecognised_format(tmp_path: Path) -> None:
    readme = VENDOR / "README.md"
    with pytest.raises(BeadError, match="not a Vivado/Vitis HLS csynth report"):
        parse_csynth(readme)
    with pytest.raises(BeadError, match="not a Vivado report_utilization"):
        parse_utilization(readme)
    with pytest.raises(BeadError, match="XML is not an HLS csynth report"):
        parse_csynth(_write(tmp_path, "other.xml", "<project><x/></project>"))
    with pytest.raises(BeadError, match="empty"):
        parse_csynth(_write(tmp_path, "empty.rpt", "\n"))


def test_reports_swapped_between_parsers() -> None:
    with pytest.raises(BeadError, match="parse_utilization"):
        parse_csynth(ZU9EG / "vivado_synth.rpt")
    with pytest.raises(BeadError, match="not a Vivado report_utilization"):
        parse_utilization(ZU9EG / "myproject_csynth.rpt")


@pytest.mark.parametrize("source", [ZU9EG / "myproject_csynth.rpt", Z7020 / "myproject_csynth.rpt"])
def test_text_report_truncated_before_latency(tmp_path: Path, source: Path) -> None:
    text = source.read_text()
    path = _write(tmp_path, source.name, text[: text.index("+ Latency")])
    with pytest.raises(BeadError, match="latency") as err:
        parse_csynth(path)
    assert str(path) in str(err.value)


def test_text_report_truncated_in_header(tmp_path: Path) -> None:
    text = (ZU9EG / "myproject_csynth.rpt").read_text()
    path = _write(tmp_path, "cut_csynth.rpt", text[: text.index("* Product family")])
    with pytest.raises(BeadError, match="Performance Estimates"):
        parse_csynth(path)


def test_xml_report_truncated(tmp_path: Path) -> None:
    text = (Z7020 / "myproject_csynth.xml").read_text()
    path = _write(tmp_path, "cut_csynth.xml", text[: len(text) // 3])
    with pytest.raises(BeadError, match="not well-formed XML") as err:
        parse_csynth(path)
    assert str(path) in str(err.value)


def test_xml_report_without_latency_section(tmp_path: Path) -> None:
    text = (Z7020 / "myproject_csynth.xml").read_text()
    text = re.sub(r"<SummaryOfOverallLatency>.*</SummaryOfOverallLatency>", "", text, flags=re.S)
    with pytest.raises(BeadError, match="no latency section"):
        parse_csynth(_write(tmp_path, "nolat_csynth.xml", text))


def test_utilization_truncated_before_dsp_table(tmp_path: Path) -> None:
    text = (ZU9EG / "vivado_synth.rpt").read_text()
    path = _write(tmp_path, "vivado_synth.rpt", text[: text.index("3. ARITHMETIC\n---")])
    with pytest.raises(BeadError, match="'DSPs'") as err:
        parse_utilization(path)
    assert str(path) in str(err.value)


def test_unreadable_number_names_the_figure(tmp_path: Path) -> None:
    text = (Z7020 / "myproject_csynth.xml").read_text().replace(">0.480 ms<", ">0.480 fortnights<", 1)
    with pytest.raises(BeadError, match="Best-caseRealTimeLatency"):
        parse_csynth(_write(tmp_path, "bad_csynth.xml", text))


# ---------------------------------------------------------------------------------------
# hls4ml project layout

_APP = """<?xml version="1.0" encoding="UTF-8"?>
<project xmlns="com.autoesl.autopilot.project" name="myproject_prj" top="myproject">
    <solutions xmlns="">
        <solution name="solution1" status="active"/>
    </solutions>
</project>
"""

# As hls4ml's VivadoWriter.write_build_script writes it.
_PROJECT_TCL = """variable project_name
set project_name "myproject"
variable backend
set backend "{backend}"
variable part
set part "xc7z020clg400-1"
variable clock_period
set clock_period 5
"""


def _hls4ml_project(root: Path, *, backend: str = "vivado", tcl: bool = True, app: bool = True) -> Path:
    """An hls4ml project directory after a vendor build, with the fixture reports in place."""
    reports = root / "myproject_prj" / "solution1" / "syn" / "report"
    reports.mkdir(parents=True)
    for name in ("myproject_csynth.xml", "myproject_csynth.rpt", "csynth.xml"):
        shutil.copy(Z7020 / name, reports / name)
    cosim = root / "myproject_prj" / "solution1" / "sim" / "report"
    cosim.mkdir(parents=True)
    (cosim / "myproject_cosim.rpt").write_text("cosim\n")
    shutil.copy(ZU9EG / "vivado_synth.rpt", root / "vivado_synth.rpt")
    if tcl:
        (root / "project.tcl").write_text(_PROJECT_TCL.format(backend=backend))
    if app:
        (root / "myproject_prj" / "vivado_hls.app").write_text(_APP)
    return reports


def test_find_reports_in_an_hls4ml_project(tmp_path: Path) -> None:
    reports = _hls4ml_project(tmp_path)
    found = find_reports(tmp_path)
    assert found == {
        "csynth_xml": reports / "myproject_csynth.xml",
        "csynth_rpt": reports / "myproject_csynth.rpt",
        "csynth_top_xml": reports / "csynth.xml",
        "cosim_rpt": tmp_path / "myproject_prj" / "solution1" / "sim" / "report" / "myproject_cosim.rpt",
        "utilization": tmp_path / "vivado_synth.rpt",
    }
    assert parse_csynth(found["csynth_xml"]).latency_worst_cycles == 96165
    assert parse_utilization(found["utilization"]).lut.used == 31277


def test_find_reports_uses_the_accelerator_top(tmp_path: Path) -> None:
    reports = _hls4ml_project(tmp_path, backend="vivadoaccelerator")
    shutil.copy(Z7020 / "csynth.xml", reports / "myproject_axi_csynth.xml")
    found = find_reports(tmp_path)
    assert found["csynth_xml"] == reports / "myproject_axi_csynth.xml"
    assert "csynth_rpt" not in found  # only myproject_csynth.rpt is there, not the wrapper's


def test_find_reports_without_project_tcl_or_app_file(tmp_path: Path) -> None:
    reports = _hls4ml_project(tmp_path, tcl=False, app=False)
    (reports / "csynth.xml").unlink()  # no summary naming the top: fall back to <name>_prj
    found = find_reports(tmp_path)
    assert found["csynth_xml"] == reports / "myproject_csynth.xml"
    assert found["csynth_rpt"] == reports / "myproject_csynth.rpt"
    assert "csynth_top_xml" not in found


def test_find_reports_before_any_vendor_run(tmp_path: Path) -> None:
    (tmp_path / "project.tcl").write_text(_PROJECT_TCL.format(backend="vitis"))
    assert find_reports(tmp_path) == {}


def test_find_reports_missing_directory(tmp_path: Path) -> None:
    with pytest.raises(BeadError, match="project directory not found"):
        find_reports(tmp_path / "absent")
