"""The vendor reports of one build, found in a folder, read, checked and turned into figures.

A trigger group that has Vivado runs the build on its own machine and brings the reports
back (``bead-fpga synth MODEL_DIR --reports DIR``, ``bead-fpga read-reports DIR``). They come
in one of two shapes, both read here:

* **an hls4ml project** (the directory hls4ml wrote and the vendor build filled):
  ``<prj>/<solution>/syn/report/<top>_csynth.{xml,rpt}`` found with hls4ml's own layout
  helpers (:func:`~bead_fpga.synth.reports.vendor_reports.find_reports`), plus Vivado reports in the
  project directory;
* **a flat folder** of copied files: ``*_csynth.xml`` / ``*_csynth.rpt`` / ``csynth.xml`` and
  any ``report_utilization`` / ``report_timing_summary`` outputs, whatever they are called
  (they are recognised by content, :func:`~bead_fpga.synth.reports.vendor_reports.report_kind`).

Of several candidates the most informative is used: the csynth XML over the text report
(it has the average latency), the top function's report over a sub-function's, a routed
Vivado report over a synthesized one. Every file read is listed in :attr:`ReportSet.files`.

:meth:`ReportSet.check` refuses reports of another part or another top function in one
line, because figures of another design would silently replace this model's.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bead_fpga.errors import BeadError
from bead_fpga.synth.reports.figure import Figure
from bead_fpga.target import Part, same_device
from bead_fpga.synth.reports.vendor_reports import (
    CsynthReport,
    TimingSummary,
    UtilizationReport,
    find_reports,
    parse_csynth,
    parse_timing_summary,
    parse_utilization,
    report_kind,
)

#: Vivado design states, least to most implemented: a later state's figures win.
_STATES = ("synthesized", "placed", "routed", "fully routed")
_TEXT_SUFFIXES = {".rpt", ".txt", ".log", ".xml"}


@dataclass(frozen=True)
class ReportSet:
    """What one folder of vendor reports says (any part may be missing but not all)."""

    folder: Path
    layout: str  #: ``hls4ml project`` or ``flat folder``
    csynth: CsynthReport | None
    utilization: UtilizationReport | None
    timing: TimingSummary | None
    files: dict[str, str]  #: role -> path of every report read (and the co-simulation report, if any)

    def check(self, part: Part, top: str) -> None:
        """Refuse reports made for another part or another top function (one-line error)."""
        for report in (self.csynth, self.utilization, self.timing):
            if report is not None and not same_device(report.part, part):
                raise BeadError(
                    report.path, f"report is for part {report.part}, not {part.name}",
                    f"bring the reports of a build for {part.name}, or synthesize for that part (--part {report.part})",
                )
        if self.csynth is not None and self.csynth.top != top:
            raise BeadError(
                self.csynth.path, f"report is for top function {self.csynth.top!r}, not this model's {top!r}",
                "bring the reports of this model's hls4ml project",
            )

    def figures(self) -> dict[str, Figure]:
        """Every figure the reports state, labelled with the tool and version that stated it.

        Post-synthesis counts (``report_utilization``) replace the HLS estimate of the same
        resource; latency and II come from HLS only. The achieved clock is the timing
        report's clock period minus its worst setup slack.
        """
        out: dict[str, Figure] = {}
        cs = self.csynth
        if cs is not None:
            src = cs.source
            if cs.latency_worst_cycles is not None:
                out["latency_cycles"] = Figure(cs.latency_worst_cycles, src)
                ns = cs.latency_worst_ns if cs.latency_worst_ns is not None else cs.latency_worst_cycles * cs.target_clock_ns
                out["latency_ns"] = Figure(ns, src)
            if cs.interval_max is not None:
                out["ii_cycles"] = Figure(cs.interval_max, src)
            for key, name in (("LUT", "lut"), ("FF", "ff"), ("DSP", "dsp"), ("BRAM_18K", "bram18"), ("URAM", "uram")):
                if key in cs.used:
                    out[name] = Figure(cs.used[key], src)
            out["clock_target_ns"] = Figure(cs.target_clock_ns, src)
            if cs.estimated_clock_ns is not None:
                out["clock_estimated_ns"] = Figure(cs.estimated_clock_ns, src, "before logic synthesis")
        util = self.utilization
        if util is not None:
            src = _with_state(util.source, util.design_state)
            for name, site in (("lut", util.lut), ("ff", util.ff), ("dsp", util.dsp), ("uram", util.uram),
                               ("carry", util.carry)):
                if site is not None:
                    out[name] = Figure(site.used, src)
            out["bram18"] = Figure(util.bram36.used * 2, src)
        timing = self.timing
        if timing is not None:
            src = _with_state(timing.source, timing.design_state)
            for name in ("wns_ns", "tns_ns", "whs_ns", "ths_ns"):
                value = getattr(timing, name)
                if value is not None:
                    out[name] = Figure(value, src)
            clock = timing.main_clock
            if clock is not None and clock.achieved_period_ns is not None:
                out["clock_target_ns"] = Figure(clock.period_ns, src, clock.name)
                out["clock_achieved_ns"] = Figure(clock.achieved_period_ns, src, f"{clock.name}: period - WNS")
                out["fmax_mhz"] = Figure(round(1000.0 / clock.achieved_period_ns, 3), src, clock.name)
        return out

    def to_dict(self) -> dict[str, Any]:
        """Plain data for ``synth.json`` and ``read-reports --json``."""
        def plain(report: Any) -> dict[str, Any] | None:
            if report is None:
                return None
            data = dataclasses.asdict(report)
            data.pop("sites", None)  # every row of report_utilization: too much for a summary
            data.pop("primitives", None)
            return data

        timing = plain(self.timing)
        if timing is not None and self.timing is not None and self.timing.main_clock is not None:
            timing["main_clock"] = self.timing.main_clock.name
        return {"folder": str(self.folder), "layout": self.layout, "files": self.files,
                "csynth": plain(self.csynth), "utilization": plain(self.utilization), "timing": timing}


def _with_state(source: str, state: str | None) -> str:
    """``vendor:Vivado 2023.2`` -> ``vendor:Vivado 2023.2 (routed)``: post-route and
    post-synthesis figures of one design differ, so the label says which."""
    return f"{source} ({state.lower()})" if state else source


def read_report_folder(folder: str | Path, top: str | None = None) -> ReportSet:
    """Find and parse the vendor reports in ``folder`` (hls4ml project or flat folder).

    ``top`` picks the top function's csynth report where the folder holds several; without
    it a folder with reports of several functions and no ``csynth.xml`` naming the top is
    refused. A folder with no vendor report at all is refused too.
    """
    folder = Path(folder)
    if not folder.is_dir():
        raise BeadError(folder, "reports folder not found", "pass the hls4ml project or the folder the reports were copied to")
    in_project = find_reports(folder)
    layout = "hls4ml project" if any(k.startswith("csynth") for k in in_project) else "flat folder"
    kinds = {p: report_kind(p) for p in sorted(folder.iterdir()) if p.is_file() and p.suffix in _TEXT_SUFFIXES}
    if layout == "hls4ml project":
        csynth_path = in_project.get("csynth_xml") or in_project.get("csynth_rpt")
        kinds.update({p: "csynth" for k, p in in_project.items() if k.startswith("csynth")})
    else:
        csynth_path = _pick_csynth(folder, [p for p, k in kinds.items() if k == "csynth"], top)
    files: dict[str, str] = {}
    csynth = parse_csynth(csynth_path) if csynth_path is not None else None
    if csynth_path is not None:
        files["csynth"] = str(csynth_path)
    utilization = _latest(folder, [parse_utilization(p) for p, k in kinds.items() if k == "utilization"], "report_utilization")
    timing = _latest(folder, [parse_timing_summary(p) for p, k in kinds.items() if k == "timing"], "report_timing_summary")
    for role, report in (("utilization", utilization), ("timing", timing)):
        if report is not None:
            files[role] = report.path
    if "cosim_rpt" in in_project:
        files["cosim"] = str(in_project["cosim_rpt"])
    if not files:
        raise BeadError(
            folder, "no vendor reports here (no *_csynth.xml/.rpt, report_utilization or report_timing_summary output)",
            "pass the hls4ml project directory after the vendor build, or a folder holding copies of its reports",
        )
    return ReportSet(folder, layout, csynth, utilization, timing, files)


def _pick_csynth(folder: Path, paths: list[Path], top: str | None) -> Path | None:
    """The top function's csynth report among a flat folder's, XML before text."""
    if not paths:
        return None
    by_top: dict[str, list[Path]] = {}
    for path in paths:
        by_top.setdefault(parse_csynth(path).top, []).append(path)
    summary = folder / "csynth.xml"
    if top is None and summary in paths:
        top = parse_csynth(summary).top  # the solution's summary names the top function
    if top is None and len(by_top) == 1:
        top = next(iter(by_top))
    if top is None:
        raise BeadError(folder, f"csynth reports of several functions ({', '.join(sorted(by_top))}) and no csynth.xml "
                        "naming the top one", "name the top function (--top), or keep only its reports")
    if top not in by_top:
        found = ", ".join(sorted(by_top))
        raise BeadError(folder, f"no csynth report for top function {top!r} (found: {found})",
                        "bring the reports of this model's hls4ml project")
    # <top>_csynth.* is the function's own report; csynth.xml the solution summary of the same
    candidates = sorted(by_top[top], key=lambda p: (p.name == "csynth.xml", p.suffix != ".xml", p.name))
    return candidates[0]


def _latest(folder: Path, reports: list[Any], command: str) -> Any:
    """The most implemented of several Vivado reports of one kind; two equally far is ambiguous."""
    if not reports:
        return None

    def rank(report: Any) -> int:
        state = (report.design_state or "").lower()
        return _STATES.index(state) if state in _STATES else -1

    best = max(rank(r) for r in reports)
    top = [r for r in reports if rank(r) == best]
    if len(top) > 1:
        names = ", ".join(Path(r.path).name for r in top)
        raise BeadError(folder, f"{len(top)} {command} outputs of the same design state ({names})",
                        "keep only the one of the final run")
    return top[0]
