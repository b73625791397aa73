"""``bead-fpga synth``: the vendor build where the tools are, labelled estimates everywhere.

:func:`synth` converts a model directory into its hls4ml project, writes the complete,
ready-to-run project (C++ firmware, test bench, ``build_prj.tcl`` and the build options), and
then

* **with the vendor tools on PATH** (``vitis-run`` -- what hls4ml 1.3's Vitis backend calls --
  or ``vitis_hls`` for the Vitis backend, ``vivado_hls`` for the Vivado backend, and ``vivado``
  for ``--vsynth``) runs the build hls4ml would run, C synthesis, C/RTL co-simulation when the
  project has test vectors (``tb_data/tb_input_features.dat``, written by ``bead-fpga csim``)
  and optionally Vivado logic synthesis, streaming the log under a live progress display; then
  parses the reports it wrote (:mod:`bead_fpga.synth.vendor_reports`), labelled
  ``vendor:<tool> <version>``;
* **without them** records the one command that runs the same build on a machine that has
  them, and nothing labelled ``vendor:``.

Either way it adds what can be computed here: the analytic estimate
(:mod:`bead_fpga.synth.estimate`), rule4ml's prediction when it is installed
(:mod:`bead_fpga.synth.rule4ml_estimate`), and FLOPs/BOPs/parameters from the QONNX graph
(:mod:`bead_fpga.synth.flops`). The result is saved as ``MODEL_DIR/synth.json`` for
:func:`bead_fpga.report.write_report`.

The build command is the one hls4ml's ``ModelGraph.build`` runs (``build_opt.tcl`` written
the same way for Vitis, the same ``key=value`` arguments for Vivado HLS), run here through a
pipe rather than through ``build()`` itself, because ``build()`` either prints raw tool
output or hides it in a file, and for Vivado HLS ignores the tool's exit status.
"""

from __future__ import annotations

import dataclasses
import datetime as _dt
import shlex
import shutil
import subprocess
import time
from collections import deque
from pathlib import Path
from typing import Any

import hls4ml

from bead_fpga.errors import BeadError
from bead_fpga.hls.convert import HLSSettings, convert
from bead_fpga.io import write_json
from bead_fpga.synth.estimate import estimate as analytic_estimate
from bead_fpga.synth.flops import graph_cost
from bead_fpga.synth.rule4ml_estimate import predict as rule4ml_predict
from bead_fpga.synth.vendor_reports import find_reports, parse_csynth, parse_utilization

SYNTH_FILE = "synth.json"
BUILD_LOG = "bead_build.log"
TB_INPUT = Path("tb_data") / "tb_input_features.dat"
#: Lines hls4ml's build_prj.tcl prints as each step starts, and what the display calls them.
STAGES = {
    "***** C SIMULATION *****": "C simulation",
    "***** C/RTL SYNTHESIS *****": "C synthesis",
    "***** C/RTL SIMULATION *****": "C/RTL co-simulation",
    "***** C/RTL VALIDATION *****": "validation",
    "***** EXPORT IP *****": "IP export",
    "***** VIVADO SYNTHESIS *****": "Vivado logic synthesis",
}


@dataclasses.dataclass(frozen=True)
class BuildPlan:
    """What the vendor build does and how to start it, found or not."""

    backend: str
    options: dict[str, int]
    hls_tool: str | None  #: absolute path of the HLS executable found on PATH
    vivado: str | None  #: absolute path of ``vivado`` (needed for vsynth)
    argv: tuple[str, ...]
    command: str  #: the one line to run in the project directory's parent

    @property
    def runnable(self) -> bool:
        return self.hls_tool is not None and (not self.options["vsynth"] or self.vivado is not None)

    def missing(self) -> list[str]:
        need = []
        if self.hls_tool is None:
            need.append("vitis-run (or vitis_hls)" if self.backend == "Vitis" else "vivado_hls")
        if self.options["vsynth"] and self.vivado is None:
            need.append("vivado")
        return need


def build_options(cosim: bool, vsynth: bool) -> dict[str, int]:
    """hls4ml's build switches: C synthesis always, C-simulation never (``bead-fpga csim``
    already ran it, bit-exactly), co-simulation when there are test vectors."""
    return {"reset": 0, "csim": 0, "synth": 1, "cosim": int(cosim), "validation": 0,
            "export": 0, "vsynth": int(vsynth), "fifo_opt": 0}


def plan_build(project_dir: Path, backend: str, vsynth: bool) -> BuildPlan:
    """Find the tools on PATH and the exact command hls4ml's backend would run."""
    options = build_options(cosim=(Path(project_dir) / TB_INPUT).is_file(), vsynth=vsynth)
    vivado = shutil.which("vivado")
    if backend == "Vitis":
        run, hls = shutil.which("vitis-run"), shutil.which("vitis_hls")
        # hls4ml 1.3 calls vitis-run (Vitis 2024.1+); older Vitis HLS runs the same Tcl with -f.
        argv = ("vitis-run", "--tcl", "build_prj.tcl", "--mode", "hls") if run or not hls else ("vitis_hls", "-f", "build_prj.tcl")
        tool = run or hls
    else:
        opts = " ".join(f"{k}={v}" for k, v in options.items())
        argv = ("vivado_hls", "-f", "build_prj.tcl", opts)
        tool = shutil.which("vivado_hls")
    command = f"cd {shlex.quote(str(project_dir))} && {shlex.join(argv)}"
    return BuildPlan(backend, options, tool, vivado, argv, command)


def write_build_options(project_dir: Path, options: dict[str, int]) -> Path:
    """``build_opt.tcl`` as hls4ml's Vitis backend writes it before a build, so the command
    does the same build on another machine as it would here."""
    body = "array set opt {\n" + "".join(f"    {k:<10} {v}\n" for k, v in options.items()) + "}\n"
    path = Path(project_dir) / "build_opt.tcl"
    path.write_text(body)
    return path


def run_build(plan: BuildPlan, project_dir: Path, console: Any = None) -> Path:
    """Run the vendor build in ``project_dir``, log to ``bead_build.log``, show progress.

    Raises :class:`BeadError` naming the log when the tool exits non-zero.
    """
    from rich.console import Console
    from rich.live import Live
    from rich.text import Text

    console = console or Console(stderr=True)
    log_path = Path(project_dir) / BUILD_LOG
    argv = [plan.hls_tool, *plan.argv[1:]]
    tail: deque[str] = deque(maxlen=3)
    stage, started = "starting", time.monotonic()

    def view() -> Text:
        text = Text(f"{plan.argv[0]}: {stage}  [{time.monotonic() - started:,.0f} s]\n", style="bold")
        for line in tail:
            text.append(f"  {line[:150]}\n", style="dim")
        return text

    with open(log_path, "w") as log, Live(view(), console=console, refresh_per_second=4, transient=True) as live:
        proc = subprocess.Popen(argv, cwd=project_dir, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                                text=True, bufsize=1)
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
        raise BeadError(project_dir, f"{plan.argv[0]} exited with status {code}", f"see {log_path}")
    console.print(f"{plan.argv[0]}: finished in {time.monotonic() - started:,.0f} s (log: {log_path})")
    return log_path


def read_vendor_reports(project_dir: Path) -> dict[str, Any]:
    """The parsed csynth (XML preferred: it has the average latency) and utilization reports
    of a built project, as plain dicts; ``{}`` for a project never built."""
    found = find_reports(project_dir)
    out: dict[str, Any] = {"files": {k: str(v) for k, v in found.items()}}
    csynth = found.get("csynth_xml") or found.get("csynth_rpt")
    if csynth is not None:
        out["csynth"] = dataclasses.asdict(parse_csynth(csynth))
    if "utilization" in found:
        util = parse_utilization(found["utilization"])
        out["utilization"] = {
            k: (dataclasses.asdict(v) if dataclasses.is_dataclass(v) else v)
            for k, v in dataclasses.asdict(util).items() if k not in ("sites", "primitives")
        }
    out["cosim"] = "cosim_rpt" in found
    return out if csynth is not None or "utilization" in found else {}


def synth(
    model_dir: Path, settings: HLSSettings = HLSSettings(), vsynth: bool = False,
    projects_root: Path = Path("hls_projects"), console: Any = None,
) -> dict[str, Any]:
    """Convert, write the project, build it where the tools are, estimate everywhere; save
    and return the result (see the module docstring)."""
    model_dir = Path(model_dir)
    project = convert(model_dir, settings, projects_root)
    project.write()
    plan = plan_build(project.dir, settings.backend, vsynth)
    if settings.backend == "Vitis":
        write_build_options(project.dir, plan.options)

    vendor: dict[str, Any] = {
        "ran": False, "command": plan.command, "options": plan.options,
        "tools": {"hls": plan.hls_tool, "vivado": plan.vivado},
        "missing_tools": plan.missing(),
    }
    if plan.runnable:
        vendor["log"] = str(run_build(plan, project.dir, console))
        vendor["ran"] = True
        vendor.update(read_vendor_reports(project.dir))
        if "csynth" not in vendor:
            raise BeadError(project.dir, f"{plan.argv[0]} finished but wrote no csynth report",
                            f"see {vendor['log']}")

    part = settings.part
    est = analytic_estimate(project.hls_model, part, settings.clock_ns)
    from bead_fpga.model_dir import ModelDir

    result = {
        "model": project.name,
        "model_dir": str(model_dir.resolve()),
        "project_dir": str(project.dir),
        "created": _dt.datetime.now(_dt.timezone.utc).isoformat(timespec="seconds"),
        "hls4ml": hls4ml.__version__,
        "settings": settings.to_dict() | {"full_part": part.name, "vsynth": vsynth},
        "part": {"name": part.name, "alias": part.alias, "lut": part.lut, "ff": part.ff, "dsp": part.dsp,
                 "bram18": part.bram18, "uram": part.uram},
        "project_files": project_files(project.dir, project.top, settings.backend),
        "vendor": vendor,
        "estimates": {
            "analytic": est.to_dict(),
            "rule4ml": rule4ml_predict(project.hls_model, settings),
        },
        "cost": graph_cost(ModelDir(model_dir).qonnx_file(project.name)).to_dict(),
    }
    write_json(model_dir / SYNTH_FILE, result)
    return result


def project_files(project_dir: Path, top: str, backend: str) -> dict[str, bool]:
    """Which of the files a vendor build needs are in the project (all should be; the test
    vectors only once ``bead-fpga csim`` has run)."""
    names = ["build_prj.tcl", "project.tcl", "vivado_synth.tcl", f"firmware/{top}.cpp", f"firmware/{top}.h",
             "firmware/parameters.h", f"{top}_test.cpp", str(TB_INPUT)]
    if backend == "Vitis":
        names.insert(1, "build_opt.tcl")
    return {name: (Path(project_dir) / name).is_file() for name in names}
