"""One model's RTL project: alkaid's pipelined Verilog (and VHDL), its Verilator build, the verbs.

Like :class:`bead_fpga.hls.convert.HLSProject` (and conifer's backends), the project object
has the verbs in the order a user runs them: :meth:`RTLProject.write` the Verilog (and
:meth:`~RTLProject.write_vhdl` the same design in VHDL for the hand-off), :meth:`~RTLProject.compile`
the Verilator simulation library, :meth:`~RTLProject.predict` events through it, and
:meth:`~RTLProject.latency_cycles` to measure the pipeline latency in the simulation itself
(alkaid's simulation library steps the clock from Python, so the probe needs no C++ of ours).
Both expensive steps are cached in the project directory: the trace (keyed by the graph's
bytes, the settings and the alkaid version) and the compiled library (keyed by the generated
sources), because a Verilator build of a trigger path takes minutes on two cores.
"""

from __future__ import annotations

import hashlib
import json
import shutil
from dataclasses import asdict, dataclass
from functools import cached_property
from importlib.metadata import version
from pathlib import Path
from typing import Any

import numpy as np

from bead_fpga.errors import BeadError
from bead_fpga.io import write_json
from bead_fpga.graph.fixed import FixedFormat
from bead_fpga.rtl.frontend import TracedGraph, require_alkaid, trace_qonnx
from bead_fpga.rtl.verilator import build_env, build_environ, verilator_version
from bead_fpga.target import DEFAULT_CLOCK_NS, DEFAULT_PART, Part, as_part, check_clock, top_name

TRACE_FILE = "bead_trace.json"
LOGIC_FILE = "bead_logic.json.gz"
#: The front end's modules that decide what a graph traces to: a change to any of them (a fixed
#: rounding circuit) must not reuse a trace cached by the code before it.
TRACING_MODULES = ("frontend.py", "handlers.py", "arith.py", "square.py")
BUILD_RECORD = "bead_build.json"
#: Where the VHDL hand-off is written, inside the project directory (its own src/).
VHDL_DIR = "vhdl"


def alkaid_source() -> str:
    """``estimate:alkaid <version>``: alkaid's own count of its design."""
    return f"estimate:alkaid {version('alkaid')}"


@dataclass(frozen=True)
class RTLSettings:
    """What a trigger group chooses for the RTL: part, clock, and how deep each stage is.

    ``levels_per_stage`` is alkaid's ``latency_cutoff``: the adder levels (its unit of delay)
    one pipeline stage may hold. Left out, the clock chooses it: as many levels as the timing
    estimate's delay model fits into one period (:func:`bead_fpga.rtl.timing.levels_for_clock`:
    4 at 5 ns, 2 at 2.5 ns), so a shorter clock gives more, shallower stages.

    ``depth_slack`` is alkaid's ``hard_dc`` for every layer's adder graph: how many adder
    levels above the shallowest possible tree the solver may add to share more terms (None:
    no limit, alkaid's default, fewest adders; 0: shallowest trees, more adders). ``dsp``
    False builds the squares of a reconstruction error from adders (:mod:`bead_fpga.rtl.square`)
    and synthesizes with Yosys ``-nodsp``, as a design with no DSP budget needs.

    ``stage_ns`` re-cuts the pipeline by measured delay: the worst path of each stage (ns) of
    a build of the same model with the same other options, cut by alkaid (the open flow's
    timing estimate per stage, or Vivado's). alkaid cuts at equal shares of its delay units,
    but a unit costs more time in some parts of a graph than in others (wide sums, clips and
    ReLUs it prices at zero); mapped through the measured delays
    (:func:`rescaled_by_stage_ns`), equal shares of the *time* balance the stages. The stage
    count stays ``len(stage_ns)``.
    """

    part: Part | str = DEFAULT_PART
    clock_ns: float = DEFAULT_CLOCK_NS
    levels_per_stage: float | None = None
    depth_slack: int | None = None
    dsp: bool = True
    stage_ns: tuple[float, ...] | None = None

    def __post_init__(self) -> None:
        check_clock(self.clock_ns)
        if self.stage_ns is not None:
            stage_ns = tuple(float(ns) for ns in self.stage_ns)
            if not stage_ns or min(stage_ns) <= 0:
                raise BeadError("--stage-ns", f"needs one positive delay per pipeline stage, got {self.stage_ns}",
                                "give the per-stage ns of synth --flow open's report, comma-separated")
            object.__setattr__(self, "stage_ns", stage_ns)
        if self.levels_per_stage is None:
            from bead_fpga.rtl.timing import levels_for_clock

            object.__setattr__(self, "levels_per_stage", float(levels_for_clock(self.clock_ns)))
        if self.levels_per_stage <= 0:
            raise BeadError("--levels-per-stage", f"must be positive, got {self.levels_per_stage}")
        if self.depth_slack is not None and self.depth_slack < 0:
            raise BeadError("--depth-slack", f"must be 0 or more, got {self.depth_slack}", "leave it out for no limit")
        object.__setattr__(self, "part", as_part(self.part))

    def to_dict(self) -> dict[str, Any]:
        return {**asdict(self), "part": self.part.name}

    @property
    def solver_options(self) -> dict[str, Any]:
        """alkaid's CMVM solver options these settings ask for (none: alkaid's defaults)."""
        return {} if self.depth_slack is None else {"hard_dc": self.depth_slack}


class RTLProject:
    """One graph's pipelined Verilog (alkaid) and its Verilator simulation."""

    def __init__(self, name: str, directory: Path, traced: TracedGraph, settings: RTLSettings) -> None:
        self.name = name
        self.dir = Path(directory)
        self.traced = traced
        self.settings = settings
        self.model = self.rtl_model("verilog", self.dir)

    def rtl_model(self, flavor: str, directory: Path) -> Any:
        """alkaid's pipelined model of the logic in one HDL, written to ``directory``: cut by
        alkaid at ``levels_per_stage``, or, given ``stage_ns``, the same fused logic cut by
        the measured stage delays."""
        from alkaid.codegen import RTLModel
        from alkaid.trace.pipeline import to_pipeline

        options = {"flavor": flavor, "print_latency": False, "part_name": self.settings.part.name,
                   "clock_period": self.settings.clock_ns}
        if self.settings.stage_ns is None:
            return RTLModel(self.traced.logic, directory, self.name, latency_cutoff=float(self.settings.levels_per_stage),
                            **options)
        stage_ns = self.settings.stage_ns
        fsm = to_pipeline(rescaled_by_stage_ns(self.fused, stage_ns), n_stages=len(stage_ns), verbose=False)
        return RTLModel(fsm, directory, self.name, ternary_fuse=False, **options)

    @cached_property
    def fused(self) -> Any:
        """The logic alkaid's RTLModel pipelines and writes: its three-input adds fused, dead
        code removed, its cost and delay model applied (alkaid's own steps, in its order)."""
        if self.settings.stage_ns is None:  # alkaid's own cut: its RTLModel fused the logic itself
            return self.model._comb
        from alkaid.trace.passes import dead_code_elimin
        from alkaid.trace.passes.surrogate import add_surrogate
        from alkaid.trace.passes.ternary import fuse_ternary_adders

        return add_surrogate(dead_code_elimin(fuse_ternary_adders(self.traced.logic)), _skip_op8_cost=True)

    @property
    def pipeline_stages(self) -> int:
        """The latency in clock cycles that alkaid's pipeline promises."""
        return int(self.model.latency)

    def alkaid_estimate(self) -> dict[str, Any]:
        """alkaid's own count of the design it writes: LUTs of its adders after its ternary-adder
        fusion (three-input adds, one LUT6 + carry per bit as Vivado maps them), FFs of its
        stage registers."""
        return {
            "lut": round(self.fused.cost),
            "ff": int(self.model.reg_bits),
            "latency_cycles": self.pipeline_stages,
            "adder_levels": self.traced.adder_levels,
            "source": alkaid_source(),
        }

    # --- verbs ---------------------------------------------------------------------------

    def write(self) -> Path:
        """Write the Verilog (``src/``), constraints and the simulation binder; returns ``src/``.
        ``src/`` is emptied first: a deeper earlier pipeline's extra stage files would otherwise
        stay beside the new ones and travel into the hand-off and the sources fingerprint."""
        shutil.rmtree(self.dir / "src", ignore_errors=True)
        self.model.write()
        return self.dir / "src"

    def write_vhdl(self) -> Path:
        """The same pipeline in VHDL (alkaid's VHDL emitter) for the hand-off; returns its ``src/``.
        It is not simulated here: the Verilog is, and both come from one alkaid model."""
        shutil.rmtree(self.dir / VHDL_DIR / "src", ignore_errors=True)  # as in write()
        self.rtl_model("vhdl", self.dir / VHDL_DIR).write()
        return self.dir / VHDL_DIR / "src"

    def sources_fingerprint(self) -> str:
        """Hash of everything the simulation library is built from."""
        digest = hashlib.sha256(f"verilator {verilator_version()}".encode())
        sim = [p for p in sorted((self.dir / "sim").glob("*")) if p.suffix in (".cc", ".hh", ".mk")]
        for path in sorted((self.dir / "src").rglob("*")) + sim:
            if path.is_file():
                digest.update(path.relative_to(self.dir).as_posix().encode() + path.read_bytes())
        return digest.hexdigest()

    def compile(self, n_jobs: int = 2) -> bool:
        """Write the sources and build the Verilator library, or load the one built from
        identical sources. Returns True when it actually compiled."""
        build_env()  # a missing tool fails here, in one line, before anything is written
        self.write()
        fingerprint = self.sources_fingerprint()
        record = self.dir / BUILD_RECORD
        if record.is_file():
            built = json.loads(record.read_text())
            if built.get("fingerprint") == fingerprint and (self.dir / "sim" / built.get("library", "")).is_file():
                self.model._load_lib(built["uuid"])  # alkaid's own loader, minus the build
                return False
        try:
            with build_environ() as env:
                self.model._compile(nproc=n_jobs, openmp=False, _env=env)
        except RuntimeError as err:
            raise BeadError(self.dir / "sim", f"Verilator build failed ({err})",
                            "see the compiler output above") from None
        uuid = self.model._uuid
        write_json(record, {"fingerprint": fingerprint, "uuid": uuid, "library": f"lib{self.name}_fsm_{uuid}.so"})
        return True

    def check_inputs(self, x: np.ndarray) -> np.ndarray:
        """``x`` as float64 rows, refused in one line if any value is off the input port's grid
        or range (the port takes the integers of its format; it would truncate, not round)."""
        fmt: FixedFormat = self.traced.input_format
        x = np.asarray(x, np.float64).reshape(len(x), -1)
        if x.shape[1] != self.traced.n_inputs:
            raise BeadError(self.name, f"events have {x.shape[1]} values, the RTL input has {self.traced.n_inputs}")
        ints = x / fmt.lsb
        lo, hi = fmt.int_range
        if not np.array_equal(ints, np.round(ints)) or ints.min(initial=lo) < lo or ints.max(initial=hi) > hi:
            raise BeadError(self.name, f"events are not all on the input grid {fmt}",
                            "apply the model's input transform (transform.json) first")
        return x

    def predict(self, x: np.ndarray, n_threads: int = 2) -> np.ndarray:
        """Outputs ``(N, n_out)`` of the Verilated RTL, events streamed one per clock."""
        x = self.check_inputs(x)
        return np.asarray(self.model.predict(x, n_threads=n_threads), np.float64).reshape(len(x), -1)

    def latency_cycles(self, event_a: np.ndarray, event_b: np.ndarray) -> int:
        """The pipeline latency measured in the simulation: hold one event until the pipeline
        is full, switch to the other, and count clock edges until the output changes. The first
        edge captures the input, so the latency (HLS's convention: cycles from the edge that
        reads an event to the edge that writes its result) is that count minus one. The two
        events must give different outputs."""
        if not self.model._is_loaded():
            raise BeadError(self.dir, "the simulation library is not loaded", "call compile() first")
        a, b = self.check_inputs(np.stack([event_a, event_b]))
        inp, out = self.model.fsm.inp_signals[0].name, self.model.fsm.out_signals[0].name
        max_edges = 4 * self.pipeline_stages + 8

        def clock() -> None:  # alkaid's tick() leaves clk low un-evaluated; eval() makes the next edge rise
            self.model.tick()
            self.model.eval()

        self.model.soft_reset()
        self.model.set_port(inp, a)
        for _ in range(max_edges):
            clock()
        before = self.model.get_port(out)
        self.model.set_port(inp, b)
        for edges in range(1, max_edges + 1):
            clock()
            if not np.array_equal(self.model.get_port(out), before):
                return edges - 1
        raise BeadError(self.name, "the output never changed between the two probe events",
                        "probe with two events whose outputs differ")


def rescaled_by_stage_ns(comb: Any, stage_ns: tuple[float, ...]) -> Any:
    """``comb`` with each op's time (alkaid's delay units, counted from the inputs) mapped onto
    measured nanoseconds: alkaid's own cut points for ``len(stage_ns)`` stages (equal shares of
    the deepest op's units) go to the cumulative measured stage delays, linearly between them.
    The map is increasing, so every op still comes after its inputs, and alkaid's equal-share
    cut of the result puts the same measured time into every stage."""
    latency = np.array([op.latency for op in comb.ops], dtype=np.float64)
    if not latency.any():  # wires only: nothing to cut
        return comb
    units = np.linspace(0.0, float(latency.max()), len(stage_ns) + 1)
    ns = np.concatenate([[0.0], np.cumsum(stage_ns)])
    timed = np.interp(latency, units, ns)
    return comb._replace(ops=[op._replace(latency=float(t)) for op, t in zip(comb.ops, timed)])


def front_end_digest() -> str:
    """Hash of the source of :data:`TRACING_MODULES`: the front end's own version."""
    here = Path(__file__).resolve().parent
    return hashlib.sha256(b"".join((here / name).read_bytes() for name in TRACING_MODULES)).hexdigest()


def graph_fingerprint(onnx_file: Path, settings: RTLSettings) -> str:
    """Hash of what determines the trace: the graph's bytes, the solver options and the squares'
    form (the settings :func:`trace_qonnx` is given; part, clock and stage depth only shape the
    pipeline built on the trace, so changing them reuses it), alkaid's version and the front
    end's code (:func:`front_end_digest`)."""
    digest = hashlib.sha256(Path(onnx_file).read_bytes())
    traced_by = {"solver_options": settings.solver_options, "dsp": settings.dsp, "alkaid": version("alkaid"),
                 "front_end": front_end_digest()}
    digest.update(json.dumps(traced_by, sort_keys=True).encode())
    return digest.hexdigest()


def load_or_trace(onnx_file: Path, settings: RTLSettings, directory: Path) -> TracedGraph:
    """The graph's alkaid trace, reused from ``directory`` when graph, settings and alkaid
    are unchanged (tracing solves every layer's distributed arithmetic: seconds to a minute)."""
    from alkaid.types import CombLogic

    record, logic_file = directory / TRACE_FILE, directory / LOGIC_FILE
    fingerprint = graph_fingerprint(onnx_file, settings)
    if record.is_file() and logic_file.is_file():
        saved = json.loads(record.read_text())
        if saved.get("fingerprint") == fingerprint:
            return TracedGraph(CombLogic.load(logic_file), FixedFormat(**saved["input_format"]), saved["output_lsb"])
    traced = trace_qonnx(onnx_file, settings.solver_options, squares_in_adders=not settings.dsp)
    traced.logic.save(logic_file)
    write_json(record, {"fingerprint": fingerprint, "input_format": asdict(traced.input_format),
                        "output_lsb": traced.output_lsb})
    return traced


def rtl_project(onnx_file: Path, settings: RTLSettings = RTLSettings(), projects_root: Path = Path("hls_projects"),
                name: str | None = None) -> RTLProject:
    """The RTL project of a QONNX graph in ``<projects_root>/<name>_rtl/`` (traced or reused)."""
    require_alkaid()
    onnx_file = Path(onnx_file)
    name = top_name(name or onnx_file.name.split(".")[0])
    directory = Path(projects_root) / f"{name}_rtl"
    directory.mkdir(parents=True, exist_ok=True)
    return RTLProject(name, directory, load_or_trace(onnx_file, settings, directory), settings)
