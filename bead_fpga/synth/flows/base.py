"""A synthesis flow as an object: one class per way of getting hardware figures, same verbs.

``bead-fpga synth`` hands a model directory to a *flow*, which turns it into hardware
figures, each labelled with where it came from. A flow takes the model directory and builds
its engine's project from it -- the hls4ml project (:class:`~bead_fpga.hls.convert.HLSProject`)
for the vendor and imported flows, alkaid's RTL (:class:`~bead_fpga.rtl.project.RTLProject`)
for the open flow -- so no flow needs another engine's project. Like conifer's backends,
every flow has the same verbs, in the order a user runs them:

0. :meth:`Flow.project` -- the engine's project of the model directory, ready to plan.
1. :meth:`Flow.plan` -- write what the build needs into the project directory, find the
   tools, and say the one command that runs the build (here or on another machine) and
   which tools are missing. Runs no tool.
2. :meth:`Flow.run` -- run that build, only when the plan is runnable, with progress; returns
   the log. A failing tool raises :class:`~bead_fpga.errors.BeadError` naming the log.
3. :meth:`Flow.read_reports` -- read what the build wrote into :class:`Figure` s, each with
   its source (``vendor:Vitis HLS 2023.2``, ``measured:yosys 0.38``).

:meth:`Flow.synthesize` runs the three in order and returns a :class:`FlowResult`, which
``synth.json`` stores under ``"flow"``. A flow that cannot run here still returns its plan:
the command for a machine that has the tools, and no figure.

Flows are chosen by name (``--flow``), separately from hls4ml's ``--backend``: the backend
decides which C++ the project is written in, the flow how that project becomes hardware
figures. A new flow is one module in this package with a class decorated by
:func:`register`; :mod:`bead_fpga.synth.flows` imports every module once.

Figure keys (:data:`~bead_fpga.synth.reports.figure.FIGURE_KEYS`) are shared by every flow, so the
report never asks which flow made a figure, only what its source label says.
"""

from __future__ import annotations

import os
import shlex
from abc import ABC, abstractmethod
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar, Generic, TypeVar

from bead_fpga.errors import BeadError
from bead_fpga.synth.reports.figure import FIGURE_KEYS, Figure

__all__ = ["FIGURE_KEYS", "Figure", "Flow", "FlowOptions", "FlowPlan", "FlowResult", "flow_names", "get_flow",
           "make_flow", "register"]

if TYPE_CHECKING:  # hls4ml is heavy; only the driver needs the real classes
    from bead_fpga.hls.convert import HLSSettings
    from bead_fpga.model_dir import ModelDir

#: The engine's project a flow builds and reads (an hls4ml project, an RTL project).
P = TypeVar("P")


@dataclass(frozen=True)
class FlowOptions:
    """Choices some flows take; a flow ignores the ones it has no use for.

    A new flow that needs an option adds a field here, so the CLI passes one object.
    """

    vsynth: bool = False  #: HLS flows: also run Vivado logic synthesis after C synthesis
    reports: Path | None = None  #: imported flow: the folder of reports made elsewhere
    #: open flow: :class:`~bead_fpga.rtl.project.RTLSettings` choices beyond part and clock
    #: (``levels_per_stage``, ``depth_slack``, ``dsp``); empty: the clock chooses, alkaid's defaults
    rtl: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class FlowPlan:
    """How a flow builds one project: found tools, missing tools, the command to run."""

    flow: str
    command: str | None  #: the one line that runs the build (``None``: nothing to run)
    tools: dict[str, str | None] = field(default_factory=dict)  #: tool -> absolute path, or None if absent
    missing: tuple[str, ...] = ()  #: tools the build needs that are not here, as a user would install them
    options: dict[str, Any] = field(default_factory=dict)  #: the build switches, for the record

    @property
    def runnable(self) -> bool:
        return self.command is not None and not self.missing


@dataclass(frozen=True)
class FlowResult:
    """What a flow produced for one project: ``synth.json["flow"]``."""

    flow: str
    ran: bool  #: the build ran on this machine
    summary: str  #: one sentence for the report: what was run or read, or what is missing
    plan: FlowPlan
    figures: dict[str, Figure] = field(default_factory=dict)
    reports: dict[str, Any] = field(default_factory=dict)  #: parsed reports as plain data, for the record
    log: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "name": self.flow, "ran": self.ran, "summary": self.summary,
            "command": self.plan.command, "tools": self.plan.tools, "missing_tools": list(self.plan.missing),
            "options": self.plan.options, "log": self.log,
            "figures": {k: f.to_dict() for k, f in self.figures.items()},
            "reports": self.reports,
        }


class Flow(ABC, Generic[P]):
    """One way of turning a model directory into hardware figures (see the module docstring).

    Subclasses set :attr:`name` and :attr:`description` and implement :meth:`project` and
    the verbs, which take the project :meth:`project` returned.
    ``settings`` carries the part (already a :class:`~bead_fpga.target.Part`) and the
    clock; a flow never resolves the part again.
    """

    name: ClassVar[str]
    description: ClassVar[str]  #: one line for ``--help`` and the README's flow table
    #: Whether ``--reports`` (vendor reports brought back from elsewhere) means something to it.
    reads_reports: ClassVar[bool] = False
    #: Whether it builds the alkaid RTL, so the RTL choices (``FlowOptions.rtl``) apply.
    takes_rtl_options: ClassVar[bool] = False

    def __init__(self, settings: HLSSettings, options: FlowOptions = FlowOptions()) -> None:
        self.settings = settings
        self.options = options

    @abstractmethod
    def project(self, model_dir: ModelDir, projects_root: Path) -> P:
        """The engine's project of ``model_dir`` under ``projects_root``, ready for :meth:`plan`."""

    @abstractmethod
    def plan(self, project: P) -> FlowPlan:
        """Write what the build needs into ``project.dir``; find the tools; run nothing."""

    def run(self, project: P, plan: FlowPlan, console: Any = None) -> Path:
        """Run the planned build (only called when ``plan.runnable``); return the log's path.

        Flows that build override this; one that only reads reports never plans a command.
        """
        raise BeadError("--flow", f"flow {self.name!r} runs no build")

    @abstractmethod
    def read_reports(self, project: P) -> tuple[dict[str, Figure], dict[str, Any]]:
        """The figures the build's reports state, and the parsed reports as plain data."""

    def synthesize(self, project: P, console: Any = None) -> FlowResult:
        """plan -> run (where runnable) -> read_reports."""
        plan = self.plan(project)
        if not plan.runnable:
            return FlowResult(self.name, False, self.not_run_summary(plan), plan)
        log = self.run(project, plan, console)
        figures, reports = self.read_reports(project)
        return FlowResult(self.name, True, f"{self.description}: run here (`{plan.command}`).", plan,
                          figures, reports, str(log))

    def not_run_summary(self, plan: FlowPlan) -> str:
        """The report's sentence when the tools are not here."""
        return (f"{self.description}: not run here (missing: {', '.join(plan.missing)}); every hardware figure is an "
                f"estimate. On a machine with the tools run: {plan.command}")


_REGISTRY: dict[str, type[Flow]] = {}


def register(cls: type[Flow]) -> type[Flow]:
    """Class decorator: make a flow selectable by its :attr:`Flow.name`."""
    if cls.name in _REGISTRY and _REGISTRY[cls.name] is not cls:
        raise ValueError(f"two flows named {cls.name!r}: {_REGISTRY[cls.name].__module__} and {cls.__module__}")
    _REGISTRY[cls.name] = cls
    return cls


def flow_names() -> list[str]:
    """Every registered flow, in registration order."""
    return list(_REGISTRY)


def get_flow(name: str) -> type[Flow]:
    """The flow class called ``name`` (case-insensitive); one-line error listing the others."""
    cls = _REGISTRY.get(name.strip().lower())
    if cls is None:
        raise BeadError("--flow", f"unknown flow {name!r}", f"choose one of {', '.join(_REGISTRY)}")
    return cls


def make_flow(name: str, settings: HLSSettings, options: FlowOptions = FlowOptions()) -> Flow:
    """The flow called ``name``, set up for ``settings``."""
    return get_flow(name)(settings, options)


def shell_path(path: Path) -> str:
    """``path`` quoted for a shell command that is saved in reports: relative to the working
    directory when it lies below it (so a committed report names no machine's home), else
    absolute."""
    path = Path(path).resolve()
    cwd = Path.cwd().resolve()
    shown = Path(os.path.relpath(path, cwd)) if path.is_relative_to(cwd) else path
    return shlex.quote(str(shown))
