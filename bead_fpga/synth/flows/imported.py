"""The imported flow: reports of a Vivado / Vitis build made on another machine.

Most trigger groups synthesize on a shared machine that has the vendor tools, not where they
train. ``bead-fpga synth MODEL_DIR --reports DIR`` (this flow) attaches what that build
reported -- from the hls4ml project directory it ran in, or from a flat folder of copied
report files (:mod:`bead_fpga.synth.reports.report_set`) -- to the model's report, labelled with the
tool and version that wrote each figure. Reports of another part or another top function are
refused, so another design's numbers never stand in for this one's.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from bead_fpga.errors import BeadError
from bead_fpga.synth.flows.base import Figure, Flow, FlowOptions, FlowPlan, FlowResult, register
from bead_fpga.synth.flows.hls import write_hls_project
from bead_fpga.synth.reports.report_set import read_report_folder

if TYPE_CHECKING:
    from bead_fpga.hls.convert import HLSProject, HLSSettings
    from bead_fpga.model_dir import ModelDir


@register
class ImportedFlow(Flow["HLSProject"]):
    name = "imported"
    reads_reports = True
    description = "reports of a vendor build made elsewhere"

    def __init__(self, settings: HLSSettings, options: FlowOptions = FlowOptions()) -> None:
        if options.reports is None:
            raise BeadError("--flow imported", "needs the folder of reports", "pass --reports DIR")
        super().__init__(settings, options)
        self.reports: Path = options.reports

    def project(self, model_dir: ModelDir, projects_root: Path) -> HLSProject:
        """The hls4ml project the reports must match (its top function), written as the
        vendor flows write it, so the build elsewhere can be rerun from it."""
        return write_hls_project(model_dir, self.settings, projects_root)

    def plan(self, project: HLSProject) -> FlowPlan:
        return FlowPlan(self.name, None, options={"reports": str(self.reports)})

    def read_reports(self, project: HLSProject) -> tuple[dict[str, Figure], dict[str, Any]]:
        reports = read_report_folder(self.reports, top=project.top)
        reports.check(self.settings.part, project.top)
        return reports.figures(), reports.to_dict()

    def synthesize(self, project: HLSProject, console: Any = None) -> FlowResult:
        """Nothing to build: read and check the reports."""
        plan = self.plan(project)
        figures, reports = self.read_reports(project)
        read = ", ".join(f"{role} {path}" for role, path in reports["files"].items())
        summary = f"Reports of a vendor build made elsewhere, read from {reports['folder']} ({reports['layout']}): {read}."
        return FlowResult(self.name, False, summary, plan, figures, reports)
