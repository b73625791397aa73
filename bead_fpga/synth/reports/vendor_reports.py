"""Read the reports Xilinx tools write, so vendor figures reach report.json with their source.

Every hardware figure bead-fpga reports is labelled with where it came from; a figure read
here is labelled ``vendor:<tool> <version>`` (``vendor:Vivado HLS 2019.2.1``), which tells a
reader it is the tool's own number and which tool version produced it.

Users bring reports from tool versions and parts we have not seen, so nothing here depends
on line numbers or on one version's layout:

- HLS ``csynth`` XML is read by tag (``<project>_csynth.xml`` and the top-level ``csynth.xml``
  share one schema). Vivado HLS calls the DSP column ``DSP48E``, Vitis HLS ``DSP``; both are
  reported under ``DSP``.
- HLS ``csynth`` text reports and ``report_utilization`` output are read as ASCII tables,
  found by section header and keyed by column and row *names*, so extra or reordered columns
  (``Prohibited`` appeared in later Vivado versions) and units other than ns do not matter.
- ``report_timing_summary`` output has no ``|`` tables: its summary tables are columns under
  a dashed rule, read by the rule's column spans and keyed by header names, so the optional
  pulse-width columns, extra clocks and long clock names do not matter.
- :func:`report_kind` tells the four report types apart by content, not file name, because
  reports copied off another machine are often renamed.

hls4ml has a report reader of its own (``hls4ml.report.parse_vivado_report``), but it takes
a whole project directory, prints instead of raising, keeps figures as strings and does not
read the text csynth report; here a lone file, XML or text, must do. :func:`find_reports`
does use hls4ml's own project-layout helpers, so it looks for the reports exactly where
hls4ml's Vivado/Vitis backends put them.

Bad input -- a missing file, an unknown format, a report without its latency section --
raises :class:`BeadError` naming the file and what is missing.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from pathlib import Path

from hls4ml.report.vivado_report import _find_solutions, _parse_project_script

from bead_fpga.errors import BeadError

#: Resource keys of :attr:`CsynthReport.used` / :attr:`CsynthReport.available`.
RESOURCE_KEYS: tuple[str, ...] = ("BRAM_18K", "DSP", "FF", "LUT", "URAM")

# Older HLS versions name the DSP column after the slice generation.
_RESOURCE_ALIASES = {"DSP48E": "DSP", "DSP48E1": "DSP", "DSP48E2": "DSP", "DSP48": "DSP"}

_NS_PER_UNIT = {
    "ps": Decimal("0.001"),
    "ns": Decimal(1),
    "us": Decimal(1_000),
    "\u00b5s": Decimal(1_000),
    "ms": Decimal(1_000_000),
    "s": Decimal(1_000_000_000),
    "sec": Decimal(1_000_000_000),
}
# What the tools print where a figure could not be determined (e.g. variable loop bounds).
_UNKNOWN = {"?", "undef", "-", "", "NA", "N/A"}

_UTILIZATION_MARK = re.compile(r"^\|\s*Command\s*:\s*report_utilization|^Utilization Design Information", re.M)
# report_utilization -hierarchical: per-instance counts in other tables, not the device summary.
_HIERARCHICAL = re.compile(r"^\|\s*Command\s*:\s*report_utilization\b.*\s-hierarchical\b", re.M)
_TIMING_MARK = re.compile(r"^\|\s*Command\s*:\s*report_timing_summary|^\|\s*Design Timing Summary\s*$", re.M)
_HLS_TITLE = re.compile(r"^[ \t]*== (?P<tool>\w[\w ]*? HLS) Report for '(?P<top>[^']+)'", re.M)


@dataclass(frozen=True)
class CsynthReport:
    """The summary figures of one HLS C-synthesis report.

    Latencies are in clock cycles and, where the report gives them, in ns (text reports
    print us/ms for long designs; they are converted). ``None`` means the report does not
    state the figure: text reports give no average-case latency, and HLS prints ``?`` /
    ``undef`` when it cannot bound a latency. ``used`` and ``available`` map
    :data:`RESOURCE_KEYS` to counts (BRAM in 18 Kb blocks).
    """

    path: str
    source: str
    tool: str
    version: str
    part: str
    top: str
    target_clock_ns: float
    estimated_clock_ns: float | None
    latency_best_cycles: int | None
    latency_avg_cycles: int | None
    latency_worst_cycles: int | None
    latency_best_ns: float | None
    latency_avg_ns: float | None
    latency_worst_ns: float | None
    interval_min: int | None
    interval_max: int | None
    pipeline_type: str | None
    used: dict[str, int]
    available: dict[str, int]


@dataclass(frozen=True)
class SiteUsage:
    """One row of a ``report_utilization`` table, under the name the report gave it.

    ``used`` can be fractional (a lone RAMB18 is half a ``Block RAM Tile``). ``util_pct`` is
    the printed percentage; Vivado prints ``<0.01`` for tiny shares, read as 0.01.
    ``available`` and ``util_pct`` are ``None`` where the row leaves them blank, and for
    counts taken from the Primitives table.
    """

    site: str
    used: float
    available: int | None
    util_pct: float | None


@dataclass(frozen=True)
class VivadoReport:
    """What the header of every Vivado report states: tool, version, part (as the report
    spells it), design and, in most versions, the design state (Synthesized / Routed ...)."""

    path: str
    source: str
    tool: str
    version: str
    part: str
    design: str | None
    design_state: str | None


@dataclass(frozen=True)
class UtilizationReport(VivadoReport):
    """Resource use from Vivado ``report_utilization`` (hls4ml's ``vivado_synth.rpt``).

    The named fields cover the same resources on every family: ``lut``/``ff`` are the
    ``CLB LUTs``/``CLB Registers`` rows on UltraScale(+) and ``Slice LUTs``/``Slice
    Registers`` on 7-series; ``carry`` is CARRY8 or CARRY4 (7-series reports list CARRY4
    only among the primitives); ``bram36`` is ``Block RAM Tile`` in 36 Kb units; ``uram`` is
    ``None`` on parts without UltraRAM. ``sites`` keeps every ``Site Type`` row and
    ``primitives`` every ``Ref Name`` count, for anything else a reader wants.
    """

    lut: SiteUsage
    ff: SiteUsage
    carry: SiteUsage | None
    dsp: SiteUsage
    bram36: SiteUsage
    uram: SiteUsage | None
    sites: dict[str, SiteUsage]
    primitives: dict[str, int]


@dataclass(frozen=True)
class ClockTiming:
    """One clock of a timing summary: its constraint and its slacks (ns).

    Slacks are ``None`` where the report leaves them blank or prints ``NA``/``inf`` (a clock
    with no timed paths of that kind).
    """

    name: str
    period_ns: float
    frequency_mhz: float
    wns_ns: float | None
    tns_ns: float | None
    whs_ns: float | None
    ths_ns: float | None

    @property
    def achieved_period_ns(self) -> float | None:
        """The shortest period the timed paths allow: the constraint minus the setup slack."""
        if self.wns_ns is None:
            return None
        return float(Decimal(str(self.period_ns)) - Decimal(str(self.wns_ns)))  # 4.0 - -0.347 is 4.347, not 4.34699...


@dataclass(frozen=True)
class TimingSummary(VivadoReport):
    """Vivado ``report_timing_summary``: the design's slacks and each clock's.

    ``wns_ns``/``tns_ns`` are setup (max-delay) slacks, ``whs_ns``/``ths_ns`` hold slacks, in
    ns, for the whole design; ``clocks`` has every clock of the ``Clock Summary`` with its
    ``Intra Clock Table`` slacks. ``met`` is the report's own verdict (``None`` where it
    states none). ``design_state`` (Synthesized / Routed ...) is given only by some versions.
    """

    wns_ns: float | None
    tns_ns: float | None
    whs_ns: float | None
    ths_ns: float | None
    setup_failing_endpoints: int | None
    hold_failing_endpoints: int | None
    met: bool | None
    clocks: dict[str, ClockTiming]

    @property
    def main_clock(self) -> ClockTiming | None:
        """The clock the design runs on: ``ap_clk`` (every HLS design's), else the only
        clock with setup paths, else ``None`` when that is ambiguous."""
        if "ap_clk" in self.clocks:
            return self.clocks["ap_clk"]
        timed = [c for c in self.clocks.values() if c.wns_ns is not None]
        return timed[0] if len(timed) == 1 else None


# ---------------------------------------------------------------------------------------
# Public API


def parse_csynth(path: str | Path) -> CsynthReport:
    """Parse a Vivado HLS / Vitis HLS csynth report, XML or text, recognised by content."""
    path = Path(path)
    text = _read(path)
    if text.lstrip().startswith("<"):
        return _parse_csynth_xml(path, text)
    title = _HLS_TITLE.search(text)
    if title:
        return _parse_csynth_rpt(path, text, title)
    if _UTILIZATION_MARK.search(text):
        raise BeadError(
            path,
            "this is a Vivado report_utilization output, not an HLS csynth report",
            "read it with parse_utilization",
        )
    raise BeadError(
        path,
        "not a Vivado/Vitis HLS csynth report (expected <profile> XML or a '== ... HLS Report for' text report)",
    )


def parse_utilization(path: str | Path) -> UtilizationReport:
    """Parse the text output of Vivado's ``report_utilization`` (any family, any version)."""
    path = Path(path)
    text = _read(path)
    if _HIERARCHICAL.search(text):
        raise BeadError(path, "this is report_utilization -hierarchical output (per-instance counts)",
                        "pass the output of plain report_utilization")
    lines = text.splitlines()
    header = _vivado_header(path, lines)
    tables = _tables(lines)
    if header is None or not any(t.columns and t.columns[0] == "Site Type" for t in tables):
        raise BeadError(
            path,
            "not a Vivado report_utilization output (no 'Tool Version' header or 'Site Type' tables)",
        )
    sites: dict[str, SiteUsage] = {}
    primitives: dict[str, int] = {}
    for table in tables:
        if table.columns[0] == "Site Type":
            for row in table.rows:
                usage = _site_usage(table, row)
                if usage is not None:
                    sites.setdefault(usage.site, usage)
        elif table.columns[0] == "Ref Name" and "Used" in table.columns:
            used_col = table.columns.index("Used")
            for row in table.rows:
                count = _number(row[used_col])
                if count is not None:
                    primitives[row[0]] = int(count)

    def pick(*names: str) -> SiteUsage | None:
        return next((sites[n] for n in names if n in sites), None)

    def need(*names: str) -> SiteUsage:
        usage = pick(*names)
        if usage is None:
            raise BeadError(
                path,
                f"no {' / '.join(repr(n) for n in names)} row in the report_utilization tables",
                "pass the complete, flat output of report_utilization",
            )
        return usage

    carry = pick("CARRY8", "CARRY4")
    if carry is None:
        carry = next(
            (SiteUsage(n, primitives[n], None, None) for n in ("CARRY8", "CARRY4") if n in primitives),
            None,
        )
    return UtilizationReport(
        path=str(path),
        **header,
        lut=need("CLB LUTs", "Slice LUTs"),
        ff=need("CLB Registers", "Slice Registers"),
        carry=carry,
        dsp=need("DSPs"),
        bram36=need("Block RAM Tile"),
        uram=pick("URAM"),
        sites=sites,
        primitives=primitives,
    )


def parse_timing_summary(path: str | Path) -> TimingSummary:
    """Parse the text output of Vivado's ``report_timing_summary`` (any family, any version)."""
    path = Path(path)
    lines = _read(path).splitlines()
    header = _vivado_header(path, lines)
    design_rows = _section_columns(lines, "Design Timing Summary")
    if header is None or not design_rows:
        raise BeadError(
            path,
            "not a Vivado report_timing_summary output (no 'Tool Version' header or 'Design Timing Summary' table)",
        )
    design = design_rows[0]
    periods = {}
    for line in _section_lines(lines, "Clock Summary"):
        clock = re.match(r"^\s*(\S+)\s+\{[^}]*\}\s+(\S+)\s+(\S+)", line)
        if clock and clock.group(1) != "Clock":
            periods[clock.group(1)] = (
                _required_ns(path, clock.group(2), f"clock {clock.group(1)} period"),
                _slack(path, clock.group(3), f"clock {clock.group(1)} frequency"),
            )
    intra = {row["Clock"]: row for row in _section_columns(lines, "Intra Clock Table", first_column="Clock")}
    clocks = {}
    for name, (period, frequency) in periods.items():
        row = intra.get(name, {})
        clocks[name] = ClockTiming(
            name, period, frequency if frequency is not None else 1000.0 / period,
            *(_slack(path, row.get(f"{k}(ns)"), f"{name} {k}") for k in ("WNS", "TNS", "WHS", "THS")),
        )
    text = "\n".join(lines)
    verdict = re.search(r"^\s*(All user specified timing constraints are met|Timing constraints are not met)", text, re.M)
    return TimingSummary(
        path=str(path),
        **header,
        wns_ns=_slack(path, design.get("WNS(ns)"), "design WNS"),
        tns_ns=_slack(path, design.get("TNS(ns)"), "design TNS"),
        whs_ns=_slack(path, design.get("WHS(ns)"), "design WHS"),
        ths_ns=_slack(path, design.get("THS(ns)"), "design THS"),
        setup_failing_endpoints=_integer(path, design.get("TNS Failing Endpoints"), "TNS Failing Endpoints"),
        hold_failing_endpoints=_integer(path, design.get("THS Failing Endpoints"), "THS Failing Endpoints"),
        met=None if verdict is None else verdict.group(1).startswith("All"),
        clocks=clocks,
    )


#: What :func:`report_kind` answers: the parser that reads each kind.
REPORT_KINDS = ("csynth", "utilization", "timing")


def report_kind(path: str | Path) -> str | None:
    """Which vendor report a file is, by content: ``csynth`` (XML or text), ``utilization``
    (plain ``report_utilization``), ``timing`` (``report_timing_summary``), or ``None`` for
    anything else (including ``report_utilization -hierarchical``, which has no device summary)."""
    try:
        with open(path, errors="replace") as f:
            head = f.read(8192)
    except OSError:
        return None
    if head.lstrip().startswith("<") and "<profile" in head and "<UserAssignments" in head:
        return "csynth"
    if _HLS_TITLE.search(head):
        return "csynth"
    if _UTILIZATION_MARK.search(head):
        return None if _HIERARCHICAL.search(head) else "utilization"
    if _TIMING_MARK.search(head):
        return "timing"
    return None


def find_reports(project_dir: str | Path) -> dict[str, Path]:
    """Locate the vendor reports inside an hls4ml Vivado/Vitis project directory.

    Returns only the reports that exist, under these keys:
    ``csynth_xml`` / ``csynth_rpt`` (``<prj>/<solution>/syn/report/<top>_csynth.*``),
    ``csynth_top_xml`` (the ``csynth.xml`` beside them), ``cosim_rpt``
    (``<prj>/<solution>/sim/report/<top>_cosim.rpt``) and ``utilization`` (``vivado_synth.rpt``
    in the project directory, written by hls4ml's ``vivado_synth.tcl``). An empty dict means
    the vendor tools have not been run there. The project name, top function (``<name>_axi``
    for accelerator backends) and solution come from ``project.tcl`` and ``vivado_hls.app`` /
    ``hls.app`` via hls4ml's own helpers; without them the layout is discovered.
    """
    root = Path(project_dir)
    if not root.is_dir():
        raise BeadError(root, "hls4ml project directory not found")
    found: dict[str, Path] = {}
    solution, top = _locate_solution(root)
    if solution is not None:
        reports = solution / "syn" / "report"
        candidates = {
            "csynth_xml": reports / f"{top}_csynth.xml",
            "csynth_rpt": reports / f"{top}_csynth.rpt",
            "csynth_top_xml": reports / "csynth.xml",
            "cosim_rpt": solution / "sim" / "report" / f"{top}_cosim.rpt",
        }
        found.update({key: p for key, p in candidates.items() if p.is_file()})
    utilization = root / "vivado_synth.rpt"
    if utilization.is_file():
        found["utilization"] = utilization
    return found


# ---------------------------------------------------------------------------------------
# csynth XML


def _parse_csynth_xml(path: Path, text: str) -> CsynthReport:
    try:
        root = ET.fromstring(text)
    except ET.ParseError as err:
        raise BeadError(path, f"not well-formed XML ({err}); the file may be truncated") from None
    if root.tag != "profile" or root.find("UserAssignments") is None:
        raise BeadError(path, f"XML is not an HLS csynth report (root <{root.tag}>, no <UserAssignments>)")

    def text_at(xpath: str) -> str:
        return _required(path, root.findtext(xpath), f"<{xpath}>")

    latency = root.find("PerformanceEstimates/SummaryOfOverallLatency")
    if latency is None:
        raise BeadError(path, "no latency section (<PerformanceEstimates/SummaryOfOverallLatency>)")
    clock_unit = root.findtext("UserAssignments/unit", "ns").strip()
    timing_unit = root.findtext("PerformanceEstimates/SummaryOfTimingAnalysis/unit", "ns").strip()
    estimated = root.findtext("PerformanceEstimates/SummaryOfTimingAnalysis/EstimatedClockPeriod")

    def cycles(tag: str) -> int | None:
        return _integer(path, latency.findtext(tag), f"<{tag}>")

    def real_time(tag: str) -> float | None:
        return _to_ns(path, latency.findtext(tag), f"<{tag}>")

    version = text_at("ReportVersion/Version")
    tool = _xml_tool(root, version)
    return CsynthReport(
        path=str(path),
        source=f"vendor:{tool} {version}",
        tool=tool,
        version=version,
        part=text_at("UserAssignments/Part"),
        top=text_at("UserAssignments/TopModelName"),
        target_clock_ns=_required_ns(
            path, text_at("UserAssignments/TargetClockPeriod"), "<TargetClockPeriod>", clock_unit
        ),
        estimated_clock_ns=_to_ns(path, estimated, "<EstimatedClockPeriod>", timing_unit),
        latency_best_cycles=cycles("Best-caseLatency"),
        latency_avg_cycles=cycles("Average-caseLatency"),
        latency_worst_cycles=cycles("Worst-caseLatency"),
        latency_best_ns=real_time("Best-caseRealTimeLatency"),
        latency_avg_ns=real_time("Average-caseRealTimeLatency"),
        latency_worst_ns=real_time("Worst-caseRealTimeLatency"),
        interval_min=cycles("Interval-min"),
        interval_max=cycles("Interval-max"),
        pipeline_type=_clean(root.findtext("PerformanceEstimates/PipelineType")),
        used=_xml_resources(path, root, "Resources"),
        available=_xml_resources(path, root, "AvailableResources"),
    )


def _xml_tool(root: ET.Element, version: str) -> str:
    """Name the HLS tool of an XML report, which (unlike the text report) never says it.

    Vitis HLS marks its reports with a ``<FlowTarget>`` and a plain ``<DSP>`` resource, and
    is the only HLS tool after 2020.1 (Vivado HLS ended there); anything else is Vivado HLS.
    """
    if root.find("UserAssignments/FlowTarget") is not None or root.find("AreaEstimates/Resources/DSP") is not None:
        return "Vitis HLS"
    release = re.match(r"(\d+)\.(\d+)", version)
    if release and (int(release.group(1)), int(release.group(2))) > (2020, 1):
        return "Vitis HLS"
    return "Vivado HLS"


def _xml_resources(path: Path, root: ET.Element, section: str) -> dict[str, int]:
    node = root.find(f"AreaEstimates/{section}")
    if node is None:
        raise BeadError(path, f"no resource section (<AreaEstimates/{section}>)")
    counts: dict[str, int] = {}
    for child in node:
        key = _RESOURCE_ALIASES.get(child.tag, child.tag)
        if key in RESOURCE_KEYS:
            counts[key] = _integer(path, child.text, f"<{section}/{child.tag}>") or 0
    return counts


# ---------------------------------------------------------------------------------------
# csynth text report


def _parse_csynth_rpt(path: Path, text: str, title: re.Match[str]) -> CsynthReport:
    sections = _rpt_sections(text.splitlines())
    info: dict[str, str] = {}
    for line in sections.get(title.group(0).strip().removeprefix("==").strip(), []):
        item = re.match(r"^\*\s*([^:]+?)\s*:\s*(.*?)\s*$", line.strip())
        if item:
            info[item.group(1)] = item.group(2)
    version_text = _required(path, info.get("Version"), "'* Version:' line in the report header")
    version = version_text.split()[0]
    tool = title.group("tool")

    performance = sections.get("Performance Estimates")
    if performance is None:
        raise BeadError(path, "no '== Performance Estimates' section; the report may be truncated")
    timing = _table_after(performance, r"\+\s*Timing")
    if timing is None or not timing.rows:
        raise BeadError(path, "no timing summary ('+ Timing' table under '== Performance Estimates')")
    clock = timing.rows[0]
    latency = _table_after(performance, r"\+\s*Latency")
    if latency is None or not latency.rows:
        raise BeadError(path, "no latency summary ('+ Latency' table under '== Performance Estimates')")
    summary = _latency_columns(latency)
    if ("cycles", "min") not in summary or ("cycles", "max") not in summary:
        raise BeadError(path, f"latency summary has no min/max cycle columns (columns: {latency.columns})")

    used, available = _rpt_resources(path, sections)
    return CsynthReport(
        path=str(path),
        source=f"vendor:{tool} {version}",
        tool=tool,
        version=version,
        part=_required(path, info.get("Target device"), "'* Target device:' line in the report header"),
        top=title.group("top"),
        target_clock_ns=_required_ns(path, _cell(timing, clock, "Target"), "timing 'Target'"),
        estimated_clock_ns=_to_ns(path, _cell(timing, clock, "Estimated"), "timing 'Estimated'"),
        latency_best_cycles=_integer(path, summary[("cycles", "min")], "latency min (cycles)"),
        latency_avg_cycles=None,
        latency_worst_cycles=_integer(path, summary[("cycles", "max")], "latency max (cycles)"),
        latency_best_ns=_to_ns(path, summary.get(("absolute", "min")), "latency min (absolute)"),
        latency_avg_ns=None,
        latency_worst_ns=_to_ns(path, summary.get(("absolute", "max")), "latency max (absolute)"),
        interval_min=_integer(path, summary.get(("interval", "min")), "interval min"),
        interval_max=_integer(path, summary.get(("interval", "max")), "interval max"),
        pipeline_type=_clean(summary.get(("pipeline", "type"))),
        used=used,
        available=available,
    )


def _latency_columns(table: _Table) -> dict[tuple[str, str], str]:
    """The latency summary's first row keyed by (group, bound), e.g. ("absolute", "max").

    Groups: ``cycles`` (``Latency (cycles)``, or plain ``Latency`` in reports that predate
    the absolute columns), ``absolute``, ``interval``, ``pipeline``.
    """
    cells: dict[tuple[str, str], str] = {}
    for name, cell in zip(table.columns, table.rows[0]):
        words = name.lower().split()
        if not words:
            continue
        if "(absolute)" in words:
            group = "absolute"
        elif words[0] == "latency":
            group = "cycles"
        else:
            group = words[0]
        cells.setdefault((group, words[-1]), cell)
    return cells


def _rpt_sections(lines: list[str]) -> dict[str, list[str]]:
    """Split a text report at its ``== Title`` lines (the ``=====`` rules are not titles)."""
    sections: dict[str, list[str]] = {}
    body: list[str] | None = None
    for line in lines:
        title = re.match(r"^==\s+([^=\s].*?)\s*$", line.strip())
        if title:
            body = sections.setdefault(title.group(1), [])
        elif body is not None:
            body.append(line)
    return sections


def _rpt_resources(path: Path, sections: dict[str, list[str]]) -> tuple[dict[str, int], dict[str, int]]:
    """``Total`` and ``Available`` rows of the utilization summary (not ``Available SLR``)."""
    body = sections.get("Utilization Estimates")
    table = _table_after(body, r"\*\s*Summary") if body is not None else None
    if table is None:
        raise BeadError(path, "no utilization summary ('* Summary' table under '== Utilization Estimates')")
    rows = {row[0]: row for row in table.rows}
    result = []
    for name in ("Total", "Available"):
        row = rows.get(name)
        if row is None:
            raise BeadError(path, f"utilization summary has no '{name}' row")
        counts: dict[str, int] = {}
        for column, cell in zip(table.columns[1:], row[1:]):
            key = _RESOURCE_ALIASES.get(column, column)
            if key in RESOURCE_KEYS:
                counts[key] = _integer(path, cell, f"utilization {name} {column}") or 0
        result.append(counts)
    return result[0], result[1]


# ---------------------------------------------------------------------------------------
# ASCII tables (shared by the HLS text report and report_utilization)


@dataclass(frozen=True)
class _Table:
    """An ASCII table: column names (multi-row headers joined) and the data rows' cells."""

    columns: list[str]
    rows: list[list[str]]


def _is_table_line(line: str) -> bool:
    stripped = line.strip()
    return stripped.startswith("+-") or stripped.startswith("|")


def _tables(lines: list[str]) -> list[_Table]:
    """Every table in ``lines``, in order."""
    tables = []
    i = 0
    while i < len(lines):
        if lines[i].strip().startswith("+-"):
            j = i
            while j < len(lines) and _is_table_line(lines[j]):
                j += 1
            tables.append(_parse_table([line.strip() for line in lines[i:j]]))
            i = j
        else:
            i += 1
    return tables


def _table_after(lines: list[str], marker: str) -> _Table | None:
    """The first table after the first line matching ``marker`` (e.g. ``+ Latency``)."""
    for start, line in enumerate(lines):
        if re.match(marker, line.strip()):
            following = _tables(lines[start + 1 :])
            return following[0] if following else None
    return None


def _bars(line: str) -> list[int]:
    return [i for i, ch in enumerate(line) if ch == "|"]


def _parse_table(block: list[str]) -> _Table:
    """Split a table at its ``+---+`` rules: the first part is the header, the rest data.

    A two-row header (``Latency (cycles)`` over ``min | max``) names each column by the
    header cell spanning it, then its own: ``Latency (cycles) min``. Spans are found by the
    positions of the ``|`` bars, which line up in every row of a table.
    """
    parts: list[list[str]] = [[]]
    for line in block:
        if line.startswith("+-"):
            if parts[-1]:
                parts.append([])
        else:
            parts[-1].append(line)
    header, data = parts[0], [row for part in parts[1:] for row in part]
    if not header:
        return _Table([], [])
    last = header[-1]
    bars = _bars(last)
    columns = []
    for left, right in zip(bars, bars[1:]):
        name = last[left + 1 : right].strip()
        for group_row in reversed(header[:-1]):
            group_bars = _bars(group_row)
            for g_left, g_right in zip(group_bars, group_bars[1:]):
                group = group_row[g_left + 1 : g_right].strip()
                if g_left <= left and right <= g_right and group:
                    name = f"{group} {name}".strip()
        columns.append(name)
    rows = [[cell.strip() for cell in row.split("|")[1:-1]] for row in data]
    return _Table(columns, rows)


def _cell(table: _Table, row: list[str], column: str) -> str | None:
    return row[table.columns.index(column)] if column in table.columns else None


# ---------------------------------------------------------------------------------------
# report_utilization


def _vivado_header(path: Path, lines: list[str]) -> dict[str, str | None] | None:
    """What every Vivado report's boxed header says (``| Key : value`` lines, up to the first
    table): the fields shared by :class:`UtilizationReport` and :class:`TimingSummary`, or
    ``None`` without a ``Tool Version`` line (not a Vivado report)."""
    header: dict[str, str] = {}
    for line in lines:
        if line.strip().startswith("+-"):
            break
        item = re.match(r"^\|\s*([A-Za-z][\w ]*?)\s*:\s*(.*?)\s*$", line)
        if item:
            header.setdefault(item.group(1), item.group(2))
    tool = re.match(r"(?P<tool>\w+)\s+v\.?(?P<version>\S+)", header.get("Tool Version", ""))
    if tool is None:
        return None
    return {
        "source": f"vendor:{tool.group('tool')} {tool.group('version')}",
        "tool": tool.group("tool"),
        "version": tool.group("version"),
        "part": _required(path, header.get("Device"), "'Device' in the report header"),
        "design": header.get("Design"),
        "design_state": header.get("Design State"),
    }


def _site_usage(table: _Table, row: list[str]) -> SiteUsage | None:
    used = _number(_cell(table, row, "Used"))
    if used is None:
        return None
    available = _number(_cell(table, row, "Available"))
    return SiteUsage(
        site=row[0].rstrip("*").strip(),
        used=used,
        available=int(available) if available is not None else None,
        util_pct=_number(_cell(table, row, "Util%")),
    )


# ---------------------------------------------------------------------------------------
# report_timing_summary


def _section_lines(lines: list[str], title: str) -> list[str]:
    """The body of a ``| Title`` section of a timing report, up to the next such section.

    Sections open with a ``| Title`` line, a ``| -----`` underline and a rule of dashes.
    """
    start = next((i for i, line in enumerate(lines) if line.strip() == f"| {title}"), None)
    if start is None:
        return []
    body = []
    for line in lines[start + 1 :]:
        stripped = line.strip()
        if stripped.startswith("| ") and not stripped.startswith("| -"):
            break
        body.append(line)
    while body and (body[-1].strip().startswith("-") or not body[-1].strip()):
        body.pop()  # the rule that opens the next section
    return body


def _section_columns(lines: list[str], title: str, first_column: str | None = None) -> list[dict[str, str]]:
    """The rows of a column table in a timing-report section, as dicts keyed by header name.

    The header names line sits above a rule of dash runs, one run per column; values are
    right-aligned to their run's end, so a value belongs to the run it ends in. Names may
    have spaces (``TNS Failing Endpoints``), so the header is cut at the same runs. A
    ``first_column`` (``Clock``) is left-aligned and may overrun its run: it is the row's
    first word.
    """
    body = _section_lines(lines, title)
    rule_at = next((i for i, line in enumerate(body) if re.fullmatch(r"\s*-+(\s+-+)+\s*", line)), None)
    if rule_at is None or rule_at == 0:
        return []
    runs = [(m.start(), m.end()) for m in re.finditer(r"-+", body[rule_at])]
    header = body[rule_at - 1]
    starts = [0] + [end for _, end in runs[:-1]]
    names = [header[lo:hi].strip() for lo, (_, hi) in zip(starts, runs)]
    names[-1] = header[starts[-1]:].strip()
    rows = []
    for line in body[rule_at + 1 :]:
        if not line.strip():
            break
        row: dict[str, str] = {}
        columns = list(zip(names, runs))
        tokens = list(re.finditer(r"\S+", line))
        if first_column is not None:
            row[first_column] = tokens.pop(0).group()
            columns = columns[1:]
        for token in tokens:
            name = next((n for n, (_, hi) in columns if token.end() <= hi), None)
            if name is not None:
                row[name] = token.group()
        rows.append(row)
    return rows


def _slack(path: Path, text: str | None, what: str) -> float | None:
    """A signed time in ns (``-0.123``); ``None`` for blank, ``NA`` and ``inf``."""
    if text is None or text.strip() in _UNKNOWN or text.strip().lower() in ("inf", "-inf"):
        return None
    try:
        return float(Decimal(text.strip()))
    except InvalidOperation:
        raise BeadError(path, f"{what} is {text.strip()!r}, not a number of ns") from None


# ---------------------------------------------------------------------------------------
# Values


def _read(path: Path) -> str:
    if path.is_dir():
        raise BeadError(path, "is a directory, not a report file", "use find_reports on a project directory")
    if not path.is_file():
        raise BeadError(path, "report file not found")
    text = path.read_text(errors="replace")
    if not text.strip():
        raise BeadError(path, "report file is empty")
    return text


def _required(path: Path, value: str | None, what: str) -> str:
    value = _clean(value)
    if value is None:
        raise BeadError(path, f"missing {what}")
    return value


def _clean(value: str | None) -> str | None:
    value = value.strip() if value is not None else None
    return value or None


def _number(text: str | None) -> float | None:
    """A table number (``31277``, ``0.5``, ``<0.01``); ``None`` for blanks and dashes."""
    if text is None:
        return None
    text = text.strip().lstrip("<~")
    try:
        value = Decimal(text)
    except InvalidOperation:
        return None
    return int(value) if value == value.to_integral_value() and "." not in text else float(value)


def _integer(path: Path, text: str | None, what: str) -> int | None:
    if text is None or text.strip() in _UNKNOWN:
        return None
    try:
        return int(text.strip())
    except ValueError:
        raise BeadError(path, f"{what} is {text.strip()!r}, not a whole number") from None


def _to_ns(path: Path, text: str | None, what: str, default_unit: str = "ns") -> float | None:
    """A time such as ``25.000 ns`` / ``0.480 ms`` / ``4.429`` (in ``default_unit``) in ns.

    Decimal arithmetic keeps ``0.480 ms`` at exactly 480000.0 ns.
    """
    if text is None or text.strip() in _UNKNOWN:
        return None
    value = re.fullmatch(r"([0-9]*\.?[0-9]+)\s*([a-z\u00b5]*)", text.strip())
    unit = (value.group(2) or default_unit) if value else None
    if value is None or unit not in _NS_PER_UNIT:
        raise BeadError(path, f"{what} is {text.strip()!r}, not a time in ps/ns/us/ms/s")
    return float(Decimal(value.group(1)) * _NS_PER_UNIT[unit])


def _required_ns(path: Path, text: str | None, what: str, default_unit: str = "ns") -> float:
    value = _to_ns(path, text, what, default_unit)
    if value is None:
        raise BeadError(path, f"missing {what}")
    return value


# ---------------------------------------------------------------------------------------
# hls4ml project layout


def _locate_solution(root: Path) -> tuple[Path | None, str | None]:
    """The synthesised HLS solution directory of an hls4ml project, and its top function."""
    prj_name: str | None = None
    top: str | None = None
    if (root / "project.tcl").is_file():
        try:
            prj_name, top = _parse_project_script(str(root))
        except (UnboundLocalError, IndexError):
            # hls4ml's helper assumes the quoted 'set project_name' / 'set backend' lines
            # its writers emit; a hand-edited project.tcl falls back to discovery.
            prj_name, top = None, None
    if prj_name and (root / prj_name).is_dir():
        projects = [root / prj_name]
    else:
        projects = sorted(p for p in root.glob("*_prj") if p.is_dir())
    for prj in projects:
        try:
            names = _find_solutions(str(prj))
        except ET.ParseError:  # a damaged vivado_hls.app / hls.app: discover instead
            names = []
        for name in names or sorted(p.name for p in prj.iterdir() if p.is_dir()):
            reports = prj / name / "syn" / "report"
            if reports.is_dir():
                return prj / name, top or _top_from_summary(reports / "csynth.xml") or prj.name.removesuffix("_prj")
    return None, None


def _top_from_summary(summary: Path) -> str | None:
    """The top function named in a solution's ``csynth.xml``, if it is there and readable."""
    if not summary.is_file():
        return None
    try:
        return _clean(ET.parse(summary).getroot().findtext("UserAssignments/TopModelName"))
    except ET.ParseError:
        return None
