"""Vendor report parsers: on our own fixtures in the vendor formats (every clone), and on the
real Xilinx reports in ../shared/vendor_reports (skipped, with the reason, where absent).

The expected figures below were read off the files by eye, as a firmware engineer would read
them; the parsers must give exactly those. The synthetic variants check that the parsers key
on names, not on one tool version's layout.
"""

from __future__ import annotations

import dataclasses
import re
import shutil
from pathlib import Path

import pytest

from bead_fpga.errors import BeadError
from bead_fpga.target import resolve_part, same_device
from bead_fpga.synth.reports.vendor_reports import (
    ClockTiming,
    CsynthReport,
    SiteUsage,
    find_reports,
    parse_csynth,
    parse_timing_summary,
    parse_utilization,
    report_kind,
)
from tests.synth.reports import FIXTURES, VITIS_FLAT, VIVADO_HLS4ML, require_shared

AE_REPORTS = VIVADO_HLS4ML / "ae_8b_prj" / "solution1" / "syn" / "report"

# ---------------------------------------------------------------------------------------
# Expected figures: our own fixtures

VU9P_AVAILABLE = {"BRAM_18K": 4320, "DSP": 6840, "FF": 2364480, "LUT": 1182240, "URAM": 960}
VAE_XML = {
    "source": "vendor:Vitis HLS 2023.2",
    "tool": "Vitis HLS",
    "version": "2023.2",
    "part": "xcvu9p-flga2104-2L-e",
    "top": "vae_6b",
    "target_clock_ns": 5.0,
    "estimated_clock_ns": 3.912,
    "latency_best_cycles": 9,
    "latency_avg_cycles": 9,
    "latency_worst_cycles": 9,
    "latency_best_ns": 45.0,
    "latency_avg_ns": 45.0,
    "latency_worst_ns": 45.0,
    "interval_min": 1,
    "interval_max": 1,
    "pipeline_type": "yes",
    "used": {"BRAM_18K": 0, "DSP": 3, "FF": 1987, "LUT": 4321, "URAM": 0},
    "available": VU9P_AVAILABLE,  # the device total, not the 'Available SLR' row
}
AE_XML = {
    "source": "vendor:Vivado HLS 2019.2",
    "tool": "Vivado HLS",
    "version": "2019.2",
    "part": "xc7vx690t-ffg1927-2",
    "top": "ae_8b",
    "target_clock_ns": 4.0,
    "estimated_clock_ns": 3.871,
    "latency_best_cycles": 31,
    "latency_avg_cycles": 32,
    "latency_worst_cycles": 34,
    "latency_best_ns": 124.0,  # 0.124 us
    "latency_avg_ns": 128.0,
    "latency_worst_ns": 136.0,
    "interval_min": 8,
    "interval_max": 8,
    "pipeline_type": "function",
    "used": {"BRAM_18K": 6, "DSP": 45, "FF": 8812, "LUT": 14096, "URAM": 0},  # DSP48E column
    "available": {"BRAM_18K": 2940, "DSP": 3600, "FF": 866400, "LUT": 433200, "URAM": 0},
}
NO_AVERAGE = {"latency_avg_cycles": None, "latency_avg_ns": None}  # text reports give min/max only
OWN_CSYNTH: dict[str, dict] = {
    "vitis2023.2_vu9p_flat/vae_6b_csynth.xml": VAE_XML,
    "vitis2023.2_vu9p_flat/vae_6b_csynth.rpt": VAE_XML | NO_AVERAGE,
    "vivado_hls2019.2_vx690t_hls4ml/ae_8b_prj/solution1/syn/report/ae_8b_csynth.xml": AE_XML,
    "vivado_hls2019.2_vx690t_hls4ml/ae_8b_prj/solution1/syn/report/csynth.xml": AE_XML,
    "vivado_hls2019.2_vx690t_hls4ml/ae_8b_prj/solution1/syn/report/ae_8b_csynth.rpt": AE_XML | NO_AVERAGE,
}
OWN_UTILIZATION: dict[str, dict] = {
    "vitis2023.2_vu9p_flat/utilization_routed.rpt": {
        "source": "vendor:Vivado 2023.2",
        "part": "xcvu9p-flga2104-2L-e",
        "design": "vae_6b",
        "design_state": "Routed",
        "lut": SiteUsage("CLB LUTs", 3876, 1182240, 0.33),
        "ff": SiteUsage("CLB Registers", 1702, 2364480, 0.07),
        "carry": SiteUsage("CARRY8", 211, 147780, 0.14),
        "dsp": SiteUsage("DSPs", 3, 6840, 0.04),
        "bram36": SiteUsage("Block RAM Tile", 0, 2160, 0.0),
        "uram": SiteUsage("URAM", 0, 960, 0.0),
    },
    "vivado_hls2019.2_vx690t_hls4ml/vivado_synth.rpt": {
        "source": "vendor:Vivado 2019.2",
        "part": "7vx690tffg1927-2",
        "design": "ae_8b",
        "design_state": "Synthesized",
        "lut": SiteUsage("Slice LUTs", 11907, 433200, 2.75),
        "ff": SiteUsage("Slice Registers", 7730, 866400, 0.89),
        "carry": SiteUsage("CARRY4", 1174, None, None),  # 7-series: primitives only
        "dsp": SiteUsage("DSPs", 45, 3600, 1.25),
        "bram36": SiteUsage("Block RAM Tile", 3, 1470, 0.2),
        "uram": None,
    },
}
OWN_TIMING: dict[str, dict] = {
    "vitis2023.2_vu9p_flat/timing_summary_routed.rpt": {
        "source": "vendor:Vivado 2023.2",
        "part": "xcvu9p-flga2104",
        "design": "vae_6b",
        "design_state": "Routed",
        "wns_ns": 0.412, "tns_ns": 0.0, "whs_ns": 0.031, "ths_ns": 0.0,
        "setup_failing_endpoints": 0, "hold_failing_endpoints": 0,
        "met": True,
        "clocks": {"ap_clk": ClockTiming("ap_clk", 5.0, 200.0, 0.412, 0.0, 0.031, 0.0)},
    },
    "vivado_hls2019.2_vx690t_hls4ml/vivado_timing.rpt": {
        "source": "vendor:Vivado 2019.2",
        "part": "7vx690t-ffg1927",
        "design": "ae_8b",
        "design_state": None,  # this header has no Design State line
        "wns_ns": -0.347, "tns_ns": -12.905, "whs_ns": 0.058, "ths_ns": 0.0,
        "setup_failing_endpoints": 88, "hold_failing_endpoints": 0,
        "met": False,
        "clocks": {
            "ap_clk": ClockTiming("ap_clk", 4.0, 250.0, -0.347, -12.905, 0.058, 0.0),
            # pulse-width checks only: the setup/hold columns are blank
            "sys_clk_in": ClockTiming("sys_clk_in", 10.0, 100.0, None, None, None, None),
            "clk_out_ae_8b_clk_wiz_0": ClockTiming("clk_out_ae_8b_clk_wiz_0", 4.0, 250.0, None, None, None, None),
        },
    },
}

# ---------------------------------------------------------------------------------------
# Expected figures: the real reports in ../shared/vendor_reports

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
SHARED_CSYNTH: dict[str, dict] = {
    "vivado2020.1_zu9eg_dense/myproject_csynth.rpt": {
        "source": "vendor:Vivado HLS 2020.1",
        "tool": "Vivado HLS",
        "version": "2020.1",
        "part": "xczu9eg-ffvb1156-2-e",
        "top": "myproject",
        "target_clock_ns": 5.0,
        "estimated_clock_ns": 4.218,
        "latency_best_cycles": 5,
        "latency_avg_cycles": None,
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
    "vivado_hls2019.2_z7020_conv_autoencoder/myproject_csynth.rpt": Z7020_MYPROJECT | NO_AVERAGE,
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
SHARED_UTILIZATION: dict[str, dict] = {
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


def _files(root: Path) -> set[str]:
    return {str(p.relative_to(root)) for p in root.rglob("*") if p.is_file() and report_kind(p) is not None}


# ---------------------------------------------------------------------------------------
# Our own fixtures: every parser path, in any clone


def test_every_own_fixture_has_expected_figures() -> None:
    assert _files(FIXTURES) == set(OWN_CSYNTH) | set(OWN_UTILIZATION) | set(OWN_TIMING)


@pytest.mark.parametrize("name", sorted(OWN_CSYNTH))
def test_own_csynth_figures(name: str) -> None:
    report = parse_csynth(FIXTURES / name)
    assert _fields(report, OWN_CSYNTH[name]) == OWN_CSYNTH[name]
    assert {f.name for f in dataclasses.fields(CsynthReport)} == set(OWN_CSYNTH[name]) | {"path"}
    assert report_kind(FIXTURES / name) == "csynth"


@pytest.mark.parametrize("name", sorted(OWN_UTILIZATION))
def test_own_utilization_figures(name: str) -> None:
    report = parse_utilization(FIXTURES / name)
    assert _fields(report, OWN_UTILIZATION[name]) == OWN_UTILIZATION[name]
    assert report_kind(FIXTURES / name) == "utilization"


@pytest.mark.parametrize("name", sorted(OWN_TIMING))
def test_own_timing_summary_figures(name: str) -> None:
    report = parse_timing_summary(FIXTURES / name)
    assert _fields(report, OWN_TIMING[name]) == OWN_TIMING[name]
    assert report_kind(FIXTURES / name) == "timing"


def test_achieved_clock_is_period_minus_wns() -> None:
    met = parse_timing_summary(VITIS_FLAT / "timing_summary_routed.rpt").main_clock
    assert met is not None and (met.name, met.achieved_period_ns) == ("ap_clk", 4.588)
    failed = parse_timing_summary(VIVADO_HLS4ML / "vivado_timing.rpt").main_clock
    assert failed is not None and (failed.name, failed.achieved_period_ns) == ("ap_clk", 4.347)  # exact, not 4.3469999


def test_main_clock_without_ap_clk(tmp_path: Path) -> None:
    text = re.sub(r"\bap_clk\b", "sysclk", (VITIS_FLAT / "timing_summary_routed.rpt").read_text())
    report = parse_timing_summary(_write(tmp_path, "t.rpt", text))
    assert list(report.clocks) == ["sysclk"] and report.main_clock is not None
    assert report.main_clock.achieved_period_ns == 4.588


def test_main_clock_ambiguous_without_ap_clk(tmp_path: Path) -> None:
    text = (VIVADO_HLS4ML / "vivado_timing.rpt").read_text()
    ap_row = next(line for line in text.splitlines() if line.startswith("ap_clk  ") and "-0.347" in line)
    sys_row = next(line for line in text.splitlines() if line.startswith("sys_clk_in  ") and "{" not in line)
    text = text.replace(sys_row, ap_row.replace("ap_clk    ", "sys_clk_in").replace("-0.347", " 2.100"))
    text = re.sub(r"\bap_clk\b", "clk_ab", text)
    report = parse_timing_summary(_write(tmp_path, "t.rpt", text))
    assert report.clocks["sys_clk_in"].wns_ns == 2.1 and report.clocks["clk_ab"].wns_ns == -0.347
    assert report.main_clock is None  # two timed clocks and no ap_clk: not guessed


def test_own_utilization_keeps_every_row_and_primitive() -> None:
    report = parse_utilization(VITIS_FLAT / "utilization_routed.rpt")
    assert report.sites["RAMB18"] == SiteUsage("RAMB18", 0, 4320, 0.0)
    assert report.sites["DSP48E2 only"] == SiteUsage("DSP48E2 only", 3, None, None)
    assert report.primitives == {"LUT6": 1544, "FDRE": 1702, "LUT4": 981, "LUT2": 803, "LUT3": 548, "CARRY8": 211,
                                 "DSP48E2": 3}


@pytest.mark.parametrize("name", sorted(OWN_CSYNTH))
def test_own_csynth_available_resources_are_the_parts_totals(name: str) -> None:
    report = parse_csynth(FIXTURES / name)
    part = resolve_part(report.part)
    assert report.available == {"BRAM_18K": part.bram18, "DSP": part.dsp, "FF": part.ff, "LUT": part.lut, "URAM": part.uram}


@pytest.mark.parametrize("name", sorted(OWN_UTILIZATION))
def test_own_utilization_available_resources_are_the_parts_totals(name: str) -> None:
    report = parse_utilization(FIXTURES / name)
    part = resolve_part(report.part)
    assert (report.lut.available, report.ff.available, report.dsp.available, report.bram36.available) == (
        part.lut, part.ff, part.dsp, part.bram36)


def test_one_device_however_reports_spell_it() -> None:
    vu9p, vx690t = resolve_part("vu9p"), resolve_part("vx690t")
    for spelling in ("xcvu9p-flga2104-2L-e", "xcvu9pflga2104-2", "xcvu9p-flga2104", "vu9p-flga2104", "XCVU9P"):
        assert same_device(spelling, vu9p), spelling
    assert same_device("7vx690t-ffg1927", vx690t) and same_device("xc7vx690tffg1927-2", vx690t)
    assert not same_device("xcvu13p-flga2577-2-e", vu9p) and not same_device("xczu9eg-ffvb1156-2-e", vu9p)


# ---------------------------------------------------------------------------------------
# The real reports (skipped where ../shared is absent)


def test_every_shared_file_has_expected_figures(shared_reports: Path) -> None:
    files = {str(p.relative_to(shared_reports)) for p in shared_reports.rglob("*") if p.is_file() and p.name != "README.md"}
    assert files == set(SHARED_CSYNTH) | set(SHARED_UTILIZATION)


@pytest.mark.parametrize("name", sorted(SHARED_CSYNTH))
def test_shared_csynth_figures(name: str, shared_reports: Path) -> None:
    report = parse_csynth(shared_reports / name)
    assert _fields(report, SHARED_CSYNTH[name]) == SHARED_CSYNTH[name]
    assert report.path == str(shared_reports / name)
    part = resolve_part(report.part)
    assert report.available == {"BRAM_18K": part.bram18, "DSP": part.dsp, "FF": part.ff, "LUT": part.lut, "URAM": part.uram}


@pytest.mark.parametrize("name", sorted(SHARED_UTILIZATION))
def test_shared_utilization_figures(name: str, shared_reports: Path) -> None:
    report = parse_utilization(shared_reports / name)
    assert _fields(report, SHARED_UTILIZATION[name]) == SHARED_UTILIZATION[name]
    part = resolve_part(report.part)
    assert (report.lut.available, report.ff.available, report.dsp.available, report.bram36.available) == (
        part.lut, part.ff, part.dsp, part.bram36)
    assert report.sites["RAMB18"].available == part.bram18


def test_shared_utilization_keeps_every_row_and_primitive(shared_reports: Path) -> None:
    report = parse_utilization(shared_reports / "vivado2020.1_zu9eg_dense" / "vivado_synth.rpt")
    assert report.sites["RAMB18"] == SiteUsage("RAMB18", 1, 1824, 0.05)
    assert report.sites["RAMB18E2 only"] == SiteUsage("RAMB18E2 only", 1, None, None)
    assert report.sites["Bonded IOB"] == SiteUsage("Bonded IOB", 1626, 328, 495.73)
    assert report.sites["Register as Flip Flop"].used == 4555
    assert report.primitives["LUT3"] == 16663
    assert report.primitives["FDRE"] == 4545
    assert report.primitives["CARRY8"] == report.carry.used
    assert report.primitives["RAMB18E2"] == 1


@pytest.mark.parametrize("folder", [VIVADO_HLS4ML / "ae_8b_prj" / "solution1" / "syn" / "report",
                                    "vivado_hls2019.2_z7020_conv_autoencoder"])
def test_xml_and_text_report_of_one_design_agree(folder: Path | str, request: pytest.FixtureRequest) -> None:
    if isinstance(folder, str):
        folder = request.getfixturevalue("shared_reports") / folder
    top = parse_csynth(folder / "csynth.xml").top.removesuffix("_axi")
    xml = parse_csynth(folder / f"{top}_csynth.xml")
    rpt = parse_csynth(folder / f"{top}_csynth.rpt")
    # The text report states no average case; everything it does state must agree.
    for field in dataclasses.fields(CsynthReport):
        if field.name not in {"path", *NO_AVERAGE}:
            assert getattr(xml, field.name) == getattr(rpt, field.name), field.name


def test_shared_reports_skip_names_the_reason(tmp_path: Path) -> None:
    """In a clone with nothing beside it the real-report tests skip, saying why."""
    with pytest.raises(pytest.skip.Exception, match=r"not found at .*absent.*our own fixtures"):
        require_shared(tmp_path / "absent")
    assert require_shared(tmp_path) == tmp_path


# ---------------------------------------------------------------------------------------
# Other tool versions and layouts


def _write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text)
    return path


def test_vivado_hls_text_report_as_vitis_prints_it(tmp_path: Path) -> None:
    """Vitis HLS renames the tool and the DSP column, packs cells differently, prints us,
    and adds per-SLR rows on multi-SLR parts."""
    text = (AE_REPORTS / "ae_8b_csynth.rpt").read_text()
    text = text.replace("== Vivado HLS Report for", "== Vitis HLS Report for")
    text = re.sub(r"\* Version: .*", "* Version:        2022.1 (Build 3526262 on Mon Apr 18 15:47:01 MDT 2022)", text)
    text = text.replace("|ap_clk  | 4.00 ns | 3.871 ns |   0.50 ns  |", "|ap_clk  |  4.00 ns|  3.871 ns|     0.50 ns|")
    text = text.replace("|       31|       34| 0.124 us | 0.136 us |    8|    8| function |",
                        "|       31|       34|  0.124 us|  0.136 us|    8|    8|       no|")
    text = text.replace("| DSP48E|", "|  DSP  |")
    available = "|Available        |     2940|   3600|  866400|  433200|    0|"
    assert available in text
    text = text.replace(available, "|Available SLR    |      980|   1200|  288800|  144400|    0|\n"
                        "+-----------------+---------+-------+--------+--------+-----+\n" + available)
    report = parse_csynth(_write(tmp_path, "ae_8b_csynth.rpt", text))
    assert (report.tool, report.version, report.source) == ("Vitis HLS", "2022.1", "vendor:Vitis HLS 2022.1")
    assert (report.target_clock_ns, report.estimated_clock_ns) == (4.0, 3.871)
    assert (report.latency_best_ns, report.latency_worst_ns, report.pipeline_type) == (124.0, 136.0, "no")
    assert report.used == AE_XML["used"] and report.available == AE_XML["available"]


def test_old_text_report_without_absolute_latency_or_units(tmp_path: Path) -> None:
    """Vivado HLS 2018 printed cycles only, and clock periods without a unit (ns)."""
    text = (AE_REPORTS / "ae_8b_csynth.rpt").read_text()
    start, end = text.index("+ Timing:"), text.index("    + Detail:")
    old = (
        "+ Timing (ns): \n"
        "    * Summary: \n"
        "    +--------+-------+----------+------------+\n"
        "    |  Clock | Target| Estimated| Uncertainty|\n"
        "    +--------+-------+----------+------------+\n"
        "    |ap_clk  |   4.00|     3.871|        0.50|\n"
        "    +--------+-------+----------+------------+\n"
        "\n"
        "+ Latency (clock cycles): \n"
        "    * Summary: \n"
        "    +-----+-----+-----+-----+----------+\n"
        "    |  Latency  |  Interval | Pipeline |\n"
        "    | min | max | min | max |   Type   |\n"
        "    +-----+-----+-----+-----+----------+\n"
        "    |   31|   34|    8|    9| function |\n"
        "    +-----+-----+-----+-----+----------+\n\n"
    )
    report = parse_csynth(_write(tmp_path, "old_csynth.rpt", text[:start] + old + text[end:]))
    assert (report.target_clock_ns, report.estimated_clock_ns) == (4.0, 3.871)
    assert (report.latency_best_cycles, report.latency_worst_cycles) == (31, 34)
    assert (report.latency_best_ns, report.latency_worst_ns) == (None, None)
    assert (report.interval_min, report.interval_max, report.pipeline_type) == (8, 9, "function")


def test_vivado_hls_xml_as_vitis_writes_it(tmp_path: Path) -> None:
    text = (AE_REPORTS / "ae_8b_csynth.xml").read_text()
    text = text.replace("<Version>2019.2</Version>", "<Version>2022.2</Version>")
    text = text.replace("<TopModelName>", "<FlowTarget>vivado</FlowTarget>\n<TopModelName>")
    text = text.replace("DSP48E>", "DSP>").replace(">0.124 us<", ">124.000 ns<")
    text = '<?xml version="1.0" encoding="UTF-8"?>\n' + "\n".join("  " + line for line in text.splitlines())
    report = parse_csynth(_write(tmp_path, "ae_8b_csynth.xml", text))
    assert (report.tool, report.source) == ("Vitis HLS", "vendor:Vitis HLS 2022.2")
    assert (report.latency_best_ns, report.latency_avg_ns, report.latency_worst_ns) == (124.0, 128.0, 136.0)
    assert report.used == AE_XML["used"] and report.available == AE_XML["available"]


def test_vitis_xml_without_flow_target_is_named_by_version(tmp_path: Path) -> None:
    text = (VITIS_FLAT / "vae_6b_csynth.xml").read_text().replace("<FlowTarget>vivado</FlowTarget>", "")
    text = text.replace("<DSP>", "<DSP48E>").replace("</DSP>", "</DSP48E>")
    report = parse_csynth(_write(tmp_path, "vae_6b_csynth.xml", text))
    assert report.tool == "Vitis HLS" and report.used["DSP"] == 3  # 2023.2 > 2020.1: only Vitis HLS exists


def test_undetermined_latency_is_none(tmp_path: Path) -> None:
    text = (AE_REPORTS / "ae_8b_csynth.xml").read_text()
    text = text.replace("<Worst-caseLatency>34<", "<Worst-caseLatency>undef<")
    text = text.replace("<Worst-caseRealTimeLatency>0.136 us<", "<Worst-caseRealTimeLatency>undef<")
    report = parse_csynth(_write(tmp_path, "x_csynth.xml", text))
    assert (report.latency_worst_cycles, report.latency_worst_ns) == (None, None)
    assert report.latency_best_cycles == 31


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


def test_timing_summary_without_constraints_or_pulse_width_columns(tmp_path: Path) -> None:
    """An unconstrained design prints inf/NA slacks and no verdict; older versions print
    only the setup and hold column groups."""
    text = (VITIS_FLAT / "timing_summary_routed.rpt").read_text()
    start = text.index("    WNS(ns)")
    end = text.index("All user specified timing constraints are met.")
    table = (
        "    WNS(ns)      TNS(ns)  TNS Failing Endpoints  TNS Total Endpoints      WHS(ns)      THS(ns)  "
        "THS Failing Endpoints  THS Total Endpoints\n"
        "    -------      -------  ---------------------  -------------------      -------      -------  "
        "---------------------  -------------------\n"
        "        inf        0.000                      0                    0          inf        0.000  "
        "                    0                    0\n\n\n"
    )
    text = text[:start] + table + "There are no user specified timing constraints.\n" + text[end + 47:]
    text = text.replace("| Design State      : Routed\n", "")
    report = parse_timing_summary(_write(tmp_path, "t.rpt", text))
    assert (report.wns_ns, report.tns_ns, report.whs_ns, report.ths_ns) == (None, 0.0, None, 0.0)
    assert (report.met, report.design_state) == (None, None)
    assert report.clocks["ap_clk"].wns_ns == 0.412  # the intra-clock table still has it


# ---------------------------------------------------------------------------------------
# Bad input


def test_missing_file(tmp_path: Path) -> None:
    for parse in (parse_csynth, parse_utilization, parse_timing_summary):
        with pytest.raises(BeadError, match="not found") as err:
            parse(tmp_path / "nope.rpt")
        assert "nope.rpt" in str(err.value)


def test_unrecognised_format(tmp_path: Path) -> None:
    other = _write(tmp_path, "README.md", "# Some notes\n\nNot a report.\n")
    with pytest.raises(BeadError, match="not a Vivado/Vitis HLS csynth report"):
        parse_csynth(other)
    with pytest.raises(BeadError, match="not a Vivado report_utilization"):
        parse_utilization(other)
    with pytest.raises(BeadError, match="not a Vivado report_timing_summary"):
        parse_timing_summary(other)
    assert report_kind(other) is None and report_kind(tmp_path / "absent.rpt") is None
    with pytest.raises(BeadError, match="XML is not an HLS csynth report"):
        parse_csynth(_write(tmp_path, "other.xml", "<project><x/></project>"))
    with pytest.raises(BeadError, match="empty"):
        parse_csynth(_write(tmp_path, "empty.rpt", "\n"))


def test_reports_swapped_between_parsers() -> None:
    with pytest.raises(BeadError, match="parse_utilization"):
        parse_csynth(VIVADO_HLS4ML / "vivado_synth.rpt")
    with pytest.raises(BeadError, match="not a Vivado report_utilization"):
        parse_utilization(AE_REPORTS / "ae_8b_csynth.rpt")
    with pytest.raises(BeadError, match="not a Vivado report_utilization"):
        parse_utilization(VIVADO_HLS4ML / "vivado_timing.rpt")
    with pytest.raises(BeadError, match="not a Vivado report_timing_summary"):
        parse_timing_summary(VIVADO_HLS4ML / "vivado_synth.rpt")


@pytest.mark.parametrize("source", [AE_REPORTS / "ae_8b_csynth.rpt", VITIS_FLAT / "vae_6b_csynth.rpt"])
def test_text_report_truncated_before_latency(tmp_path: Path, source: Path) -> None:
    text = source.read_text()
    path = _write(tmp_path, source.name, text[: text.index("+ Latency")])
    with pytest.raises(BeadError, match="latency") as err:
        parse_csynth(path)
    assert str(path) in str(err.value)


def test_text_report_truncated_in_header(tmp_path: Path) -> None:
    text = (AE_REPORTS / "ae_8b_csynth.rpt").read_text()
    path = _write(tmp_path, "cut_csynth.rpt", text[: text.index("* Product family")])
    with pytest.raises(BeadError, match="Performance Estimates"):
        parse_csynth(path)


def test_xml_report_truncated(tmp_path: Path) -> None:
    text = (AE_REPORTS / "ae_8b_csynth.xml").read_text()
    path = _write(tmp_path, "cut_csynth.xml", text[: len(text) // 3])
    with pytest.raises(BeadError, match="not well-formed XML") as err:
        parse_csynth(path)
    assert str(path) in str(err.value)


def test_xml_report_without_latency_section(tmp_path: Path) -> None:
    text = (VITIS_FLAT / "vae_6b_csynth.xml").read_text()
    text = re.sub(r"<SummaryOfOverallLatency>.*</SummaryOfOverallLatency>", "", text, flags=re.S)
    with pytest.raises(BeadError, match="no latency section"):
        parse_csynth(_write(tmp_path, "nolat_csynth.xml", text))


def test_utilization_truncated_before_dsp_table(tmp_path: Path) -> None:
    text = (VITIS_FLAT / "utilization_routed.rpt").read_text()
    path = _write(tmp_path, "vivado_synth.rpt", text[: text.index("4. ARITHMETIC\n---")])
    with pytest.raises(BeadError, match="'DSPs'") as err:
        parse_utilization(path)
    assert str(path) in str(err.value)


def test_timing_summary_truncated_before_its_table(tmp_path: Path) -> None:
    text = (VITIS_FLAT / "timing_summary_routed.rpt").read_text()
    path = _write(tmp_path, "t.rpt", text[: text.index("| Design Timing Summary")])
    with pytest.raises(BeadError, match="no 'Tool Version' header or 'Design Timing Summary' table") as err:
        parse_timing_summary(path)
    assert str(path) in str(err.value)


def test_unreadable_number_names_the_figure(tmp_path: Path) -> None:
    text = (AE_REPORTS / "ae_8b_csynth.xml").read_text().replace(">0.124 us<", ">0.124 fortnights<", 1)
    with pytest.raises(BeadError, match="Best-caseRealTimeLatency"):
        parse_csynth(_write(tmp_path, "bad_csynth.xml", text))
    text = (VITIS_FLAT / "timing_summary_routed.rpt").read_text().replace("0.412", "0.4x2", 1)
    with pytest.raises(BeadError, match="design WNS is '0.4x2'"):
        parse_timing_summary(_write(tmp_path, "bad_timing.rpt", text))


# ---------------------------------------------------------------------------------------
# hls4ml project layout

_APP = """<?xml version="1.0" encoding="UTF-8"?>
<project xmlns="com.autoesl.autopilot.project" name="ae_8b_prj" top="ae_8b">
    <solutions xmlns="">
        <solution name="solution1" status="active"/>
    </solutions>
</project>
"""


def _hls4ml_project(root: Path, *, backend: str = "vivado", tcl: bool = True, app: bool = True) -> Path:
    """An hls4ml project directory after a vendor build (from our fixture), varied."""
    shutil.copytree(VIVADO_HLS4ML, root, dirs_exist_ok=True)
    reports = root / "ae_8b_prj" / "solution1" / "syn" / "report"
    cosim = root / "ae_8b_prj" / "solution1" / "sim" / "report"
    cosim.mkdir(parents=True)
    (cosim / "ae_8b_cosim.rpt").write_text("cosim\n")
    tcl_path = root / "project.tcl"
    if tcl:
        tcl_path.write_text(tcl_path.read_text().replace('set backend "vivado"', f'set backend "{backend}"'))
    else:
        tcl_path.unlink()
    if not app:
        (root / "ae_8b_prj" / "vivado_hls.app").unlink()
    return reports


def test_find_reports_in_an_hls4ml_project(tmp_path: Path) -> None:
    reports = _hls4ml_project(tmp_path)
    assert find_reports(tmp_path) == {
        "csynth_xml": reports / "ae_8b_csynth.xml",
        "csynth_rpt": reports / "ae_8b_csynth.rpt",
        "csynth_top_xml": reports / "csynth.xml",
        "cosim_rpt": tmp_path / "ae_8b_prj" / "solution1" / "sim" / "report" / "ae_8b_cosim.rpt",
        "utilization": tmp_path / "vivado_synth.rpt",
    }


def test_find_reports_uses_the_accelerator_top(tmp_path: Path) -> None:
    reports = _hls4ml_project(tmp_path, backend="vivadoaccelerator")
    shutil.copy(reports / "csynth.xml", reports / "ae_8b_axi_csynth.xml")
    found = find_reports(tmp_path)
    assert found["csynth_xml"] == reports / "ae_8b_axi_csynth.xml"
    assert "csynth_rpt" not in found  # only ae_8b_csynth.rpt is there, not the wrapper's


def test_find_reports_without_project_tcl_or_app_file(tmp_path: Path) -> None:
    reports = _hls4ml_project(tmp_path, tcl=False, app=False)
    (reports / "csynth.xml").unlink()  # no summary naming the top: fall back to <name>_prj
    found = find_reports(tmp_path)
    assert found["csynth_xml"] == reports / "ae_8b_csynth.xml"
    assert found["csynth_rpt"] == reports / "ae_8b_csynth.rpt"
    assert "csynth_top_xml" not in found


def test_find_reports_before_any_vendor_run(tmp_path: Path) -> None:
    shutil.copy(VIVADO_HLS4ML / "project.tcl", tmp_path / "project.tcl")
    assert find_reports(tmp_path) == {}


def test_find_reports_missing_directory(tmp_path: Path) -> None:
    with pytest.raises(BeadError, match="project directory not found"):
        find_reports(tmp_path / "absent")
