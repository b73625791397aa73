"""``bead-fpga synth``: a flow's hardware figures where it can run, labelled estimates everywhere.

:func:`synth` hands a model directory to a *flow* (:mod:`bead_fpga.synth.flows`, chosen by
name), which builds its engine's project from it:

* ``vitis`` / ``vivado`` -- writes the complete, ready-to-run hls4ml project (C++ firmware,
  test bench, build scripts); with the vendor tools on PATH, runs the build hls4ml would run
  and reads its reports, labelled ``vendor:<tool> <version>``; without them, records the one
  command that runs the same build on a machine that has them, and nothing labelled
  ``vendor:``;
* ``imported`` -- reads the reports of such a build made elsewhere (``--reports DIR``);
* any other registered flow the same way (``open``: alkaid's RTL from the QONNX graph, Yosys).

Whatever the flow, it writes the hls4ml project and adds what can be computed here: the
analytic estimate (:mod:`bead_fpga.synth.estimation.estimate`), rule4ml's prediction when it
is installed (:mod:`bead_fpga.synth.estimation.rule4ml_estimate`), and FLOPs/BOPs/parameters
from the QONNX graph (:mod:`bead_fpga.synth.estimation.flops`). The result is saved as
``MODEL_DIR/synth.json`` for :func:`bead_fpga.report.write_report`.
"""

from __future__ import annotations

import datetime as _dt
from pathlib import Path
from typing import Any

import hls4ml

from bead_fpga.errors import BeadError
from bead_fpga.hls.convert import HLSProject, HLSSettings
from bead_fpga.io import write_json
from bead_fpga.model_dir import SYNTH_FILE, ModelDir
from bead_fpga.synth.estimation.estimate import estimate as analytic_estimate
from bead_fpga.synth.estimation.flops import graph_cost
from bead_fpga.synth.flows import FlowOptions, get_flow
from bead_fpga.synth.flows.hls import TB_INPUT, write_hls_project
from bead_fpga.synth.estimation.rule4ml_estimate import predict as rule4ml_predict

__all__ = ["SYNTH_FILE", "default_flow", "project_files", "synth"]


#: How the command line spells each RTL choice, for the error that refuses it outside the open flow.
RTL_OPTIONS = {"levels_per_stage": "--levels-per-stage", "depth_slack": "--depth-slack", "dsp": "--no-dsp",
               "stage_ns": "--stage-ns"}


def default_flow(settings: HLSSettings, reports: Path | None = None) -> str:
    """The flow when none is named: ``imported`` with a reports folder, else the vendor
    flow of the hls4ml backend the project is written for."""
    return "imported" if reports is not None else settings.backend.lower()


def synth(
    model_dir: ModelDir | Path, settings: HLSSettings = HLSSettings(), vsynth: bool = False,
    projects_root: Path = Path("hls_projects"), console: Any = None,
    flow: str | None = None, reports: Path | None = None, rtl: dict[str, Any] | None = None,
) -> dict[str, Any]:
    """Convert, write the project, run the flow, estimate everywhere; save and return the
    result (see the module docstring). ``reports`` is the folder the ``imported`` flow reads."""
    name = flow or default_flow(settings, reports)
    flow_cls = get_flow(name)
    if reports is not None and not flow_cls.reads_reports:
        raise BeadError("--reports", f"reports are read by the imported and open flows, not by --flow {name}",
                        "drop --flow, or drop --reports to build here")
    if rtl and not flow_cls.takes_rtl_options:
        raise BeadError("/".join(RTL_OPTIONS[k] for k in rtl),
                        f"RTL choices apply to the open flow's RTL, not to --flow {name}", "add --flow open")
    if rtl:  # a bad RTL choice fails here, before the model is converted
        from bead_fpga.rtl.project import RTLSettings

        RTLSettings(part=settings.part, clock_ns=settings.clock_ns, **rtl)
    chosen = flow_cls(settings, FlowOptions(vsynth=vsynth, reports=reports, rtl=rtl or {}))  # bad choices fail before converting
    mdir = ModelDir.of(model_dir)
    engine = chosen.project(mdir, projects_root)
    # the analytic estimate, rule4ml and the project files read hls4ml's project whatever the flow
    project = engine if isinstance(engine, HLSProject) else write_hls_project(mdir, settings, projects_root)
    flow_result = chosen.synthesize(engine, console)

    part = settings.part
    est = analytic_estimate(project.hls_model, part, settings.clock_ns)

    result = {
        "model": project.name,
        "model_dir": ".",  # paths relative to the model directory, so a copied directory stays valid
        "project_dir": mdir.rel(project.dir),
        "created": _dt.datetime.now(_dt.timezone.utc).isoformat(timespec="seconds"),
        "hls4ml": hls4ml.__version__,
        "settings": settings.to_dict() | {"full_part": part.name, "vsynth": vsynth},
        "part": {"name": part.name, "alias": part.alias, "lut": part.lut, "ff": part.ff, "dsp": part.dsp,
                 "bram18": part.bram18, "uram": part.uram},
        "project_files": project_files(project.dir, project.top, settings.backend),
        "flow": flow_result.to_dict(),
        "estimates": {
            "analytic": est.to_dict(),
            "rule4ml": rule4ml_predict(project.hls_model, settings),
        },
        "cost": graph_cost(mdir.qonnx_file(project.name)).to_dict(),
    }
    write_json(mdir.synth_file, result)
    return result


def project_files(project_dir: Path, top: str, backend: str) -> dict[str, bool]:
    """Which of the files a vendor build needs are in the project (all should be; the test
    vectors only once ``bead-fpga csim`` has run)."""
    names = ["build_prj.tcl", "project.tcl", "vivado_synth.tcl", f"firmware/{top}.cpp", f"firmware/{top}.h",
             "firmware/parameters.h", f"{top}_test.cpp", str(TB_INPUT)]
    if backend == "Vitis":
        names.insert(1, "build_opt.tcl")
    return {name: (Path(project_dir) / name).is_file() for name in names}
