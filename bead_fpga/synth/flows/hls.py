"""What the two vendor HLS flows share: hls4ml's build, run through a pipe, and its reports.

The build command is the one hls4ml's ``ModelGraph.build`` runs (its ``build_prj.tcl`` with
the same switches), run here through a pipe rather than through ``build()`` itself, because
``build()`` either prints raw tool output or hides it in a file, and for Vivado HLS ignores
the tool's exit status. The switches: C synthesis always, C-simulation never (``bead-fpga
csim`` already ran it, bit-exactly), C/RTL co-simulation when the project has test vectors
(``tb_data/tb_input_features.dat``, written by ``bead-fpga csim``), Vivado logic synthesis
with ``--vsynth``.

:mod:`.vitis` and :mod:`.vivado` differ only in the executables and how the switches are
passed; everything else is here.
"""

from __future__ import annotations

import shlex
import shutil
import subprocess
import time
from abc import abstractmethod
from collections import deque
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar

from bead_fpga import firmware
from bead_fpga.errors import BeadError
from bead_fpga.synth.flows.base import Figure, Flow, FlowOptions, FlowPlan, shell_path
from bead_fpga.synth.reports.report_set import read_report_folder

if TYPE_CHECKING:
    from bead_fpga.hls.convert import HLSProject, HLSSettings
    from bead_fpga.model_dir import ModelDir

BUILD_LOG = "bead_build.log"
#: Where ``bead-fpga csim`` leaves the test vectors in a project; co-simulation needs them.
TB_INPUT = Path("tb_data") / firmware.TB_INPUT
#: Lines hls4ml's build_prj.tcl prints as each step starts, and what the display calls them.
STAGES = {
    "***** C SIMULATION *****": "C simulation",
    "***** C/RTL SYNTHESIS *****": "C synthesis",
    "***** C/RTL SIMULATION *****": "C/RTL co-simulation",
    "***** C/RTL VALIDATION *****": "validation",
    "***** EXPORT IP *****": "IP export",
    "***** VIVADO SYNTHESIS *****": "Vivado logic synthesis",
}


def build_options(cosim: bool, vsynth: bool) -> dict[str, int]:
    """hls4ml's build switches (``build_opt.tcl`` / ``key=value``), as this flow sets them."""
    return {"reset": 0, "csim": 0, "synth": 1, "cosim": int(cosim), "validation": 0,
            "export": 0, "vsynth": int(vsynth), "fifo_opt": 0}


def write_hls_project(model_dir: ModelDir, settings: HLSSettings, projects_root: Path) -> HLSProject:
    """The model's hls4ml project under ``projects_root``, converted and written complete (C++
    firmware, test bench, build scripts), as a vendor build needs it."""
    from bead_fpga.hls.convert import convert  # hls4ml is heavy: only flows that use it load it

    project = convert(model_dir, settings, projects_root)
    project.write()
    return project


class HLSFlow(Flow["HLSProject"]):
    """A vendor HLS build of the hls4ml project (Vitis HLS or Vivado HLS), then its reports."""

    backend: ClassVar[str]  #: the hls4ml backend whose project this flow builds

    def __init__(self, settings: HLSSettings, options: FlowOptions = FlowOptions()) -> None:
        if settings.backend != self.backend:
            raise BeadError("--flow", f"flow {self.name!r} builds hls4ml's {self.backend} backend project, "
                            f"not a {settings.backend} one", f"use --backend {self.backend}, or the flow of that backend")
        super().__init__(settings, options)

    @abstractmethod
    def command(self, project_dir: Path, options: dict[str, int]) -> tuple[tuple[str, ...], str | None, str]:
        """``(argv, path of its executable or None, how to name it when missing)``; may write
        the option file the command reads."""

    def project(self, model_dir: ModelDir, projects_root: Path) -> HLSProject:
        return write_hls_project(model_dir, self.settings, projects_root)

    def plan(self, project: HLSProject) -> FlowPlan:
        options = build_options(cosim=(project.dir / TB_INPUT).is_file(), vsynth=self.options.vsynth)
        argv, tool, wanted = self.command(project.dir, options)
        vivado = shutil.which("vivado")
        missing = [wanted] if tool is None else []
        if options["vsynth"] and vivado is None:
            missing.append("vivado")
        return FlowPlan(self.name, f"cd {shell_path(project.dir)} && {shlex.join(argv)}",
                        {"hls": tool, "vivado": vivado}, tuple(missing), options | {"argv": list(argv)})

    def run(self, project: HLSProject, plan: FlowPlan, console: Any = None) -> Path:
        """Run the vendor build in the project, log to ``bead_build.log``, show the stage.

        Raises :class:`BeadError` naming the log when the tool exits non-zero.
        """
        from rich.console import Console
        from rich.live import Live
        from rich.text import Text

        console = console or Console(stderr=True)
        argv = plan.options["argv"]
        log_path = project.dir / BUILD_LOG
        tail: deque[str] = deque(maxlen=3)
        stage, started = "starting", time.monotonic()

        def view() -> Text:
            text = Text(f"{argv[0]}: {stage}  [{time.monotonic() - started:,.0f} s]\n", style="bold")
            for line in tail:
                text.append(f"  {line[:150]}\n", style="dim")
            return text

        with open(log_path, "w") as log, Live(view(), console=console, refresh_per_second=4, transient=True) as live:
            proc = subprocess.Popen([plan.tools["hls"], *argv[1:]], cwd=project.dir, stdout=subprocess.PIPE,
                                    stderr=subprocess.STDOUT, text=True, bufsize=1)
            assert proc.stdout is not None
            for line in proc.stdout:
                log.write(line)
                line = line.rstrip()
                stage = next((name for mark, name in STAGES.items() if mark in line), stage)
                if line:
                    tail.append(line)
                live.update(view())
            code = proc.wait()
        if code != 0:
            raise BeadError(project.dir, f"{argv[0]} exited with status {code}", f"see {log_path}")
        console.print(f"{argv[0]}: finished in {time.monotonic() - started:,.0f} s (log: {log_path})")
        return log_path

    def read_reports(self, project: HLSProject) -> tuple[dict[str, Figure], dict[str, Any]]:
        """The reports the build wrote into the project; a build without a csynth report failed."""
        log = project.dir / BUILD_LOG
        try:
            reports = read_report_folder(project.dir, top=project.top)
        except BeadError as err:
            raise BeadError(project.dir, f"the build finished but its reports cannot be read ({err.what})",
                            f"see {log}") from None
        if reports.csynth is None:
            raise BeadError(project.dir, "the build finished but wrote no csynth report", f"see {log}")
        reports.check(self.settings.part, project.top)
        return reports.figures(), reports.to_dict()
