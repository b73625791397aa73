"""One model's RTL project: da4ml's pipelined Verilog, its Verilator build, and the verbs.

Like :class:`bead_fpga.hls.convert.HLSProject` (and conifer's backends), the project object
has the verbs in the order a user runs them: :meth:`RTLProject.write` the Verilog,
:meth:`~RTLProject.compile` the Verilator simulation library, :meth:`~RTLProject.predict`
events through it, and :meth:`~RTLProject.latency_cycles` to measure the pipeline latency in
the simulation itself. Both expensive steps are cached in the project directory: the trace
(keyed by the graph's bytes, the settings and the da4ml version) and the compiled library
(keyed by the generated sources), because a Verilator build of a trigger path takes
minutes on two cores.
"""

from __future__ import annotations

import ctypes
import hashlib
import json
import re
from dataclasses import asdict, dataclass
from importlib.metadata import version
from pathlib import Path
from typing import Any

import numpy as np

from bead_fpga.errors import BeadError
from bead_fpga.io import write_json
from bead_fpga.rtl.frontend import FixedFormat, TracedGraph, require_da4ml, trace_qonnx
from bead_fpga.rtl.verilator import build_env, verilator_version
from bead_fpga.synth.parts import Part, resolve_part

TRACE_FILE = "bead_trace.json"
BUILD_RECORD = "bead_build.json"


def da4ml_source() -> str:
    """``estimate:da4ml <version>``: da4ml's own count of its design."""
    return f"estimate:da4ml {version('da4ml')}"


#: Appended to da4ml's generated C++ binder: hold one event until the pipeline is full,
#: switch to another, and count clock edges until the output changes. The first edge
#: captures the input, so the latency (HLS's convention: cycles from the edge that reads an
#: event to the edge that writes its result) is that count minus one.
LATENCY_PROBE = """
extern "C" long bead_latency_edges(int32_t *inp_a, int32_t *inp_b, size_t max_edges) {{
    using C = {top}_wrapper_config;
    auto dut = std::make_unique<C::dut_t>();
    auto clock = [&dut]() {{ dut->clk = 0; dut->eval(); dut->clk = 1; dut->eval(); }};
    int32_t before[C::N_out], now[C::N_out];
    write_input<C::N_inp, C::max_inp_bw>(dut->model_inp, inp_a);
    for (size_t t = 0; t < max_edges; ++t) clock();
    read_output<C::N_out, C::max_out_bw>(dut->model_out, before);
    write_input<C::N_inp, C::max_inp_bw>(dut->model_inp, inp_b);
    for (size_t t = 1; t <= max_edges; ++t) {{
        clock();
        read_output<C::N_out, C::max_out_bw>(dut->model_out, now);
        for (size_t i = 0; i < C::N_out; ++i)
            if (now[i] != before[i]) {{ dut->final(); return (long)t; }}
    }}
    dut->final();
    return -1;
}}
"""


@dataclass(frozen=True)
class RTLSettings:
    """What a trigger group chooses for the RTL: part, clock, and how deep each stage is.

    ``levels_per_stage`` is da4ml's ``latency_cutoff``: the adder levels (its unit of delay)
    one pipeline stage may hold. Left out, the clock chooses it: as many levels as the timing
    estimate's delay model fits into one period (:func:`bead_fpga.rtl.timing.levels_for_clock`:
    7 at 5 ns, 3 at 2.5 ns), so a shorter clock gives more, shallower stages.
    """

    part: Part | str = "xcvu9p"
    clock_ns: float = 5.0
    levels_per_stage: float | None = None

    def __post_init__(self) -> None:
        if self.clock_ns <= 0:
            raise BeadError("--clock", f"clock period must be positive, got {self.clock_ns} ns")
        if self.levels_per_stage is None:
            from bead_fpga.rtl.timing import levels_for_clock

            object.__setattr__(self, "levels_per_stage", float(levels_for_clock(self.clock_ns)))
        if self.levels_per_stage <= 0:
            raise BeadError("--levels-per-stage", f"must be positive, got {self.levels_per_stage}")
        if not isinstance(self.part, Part):
            object.__setattr__(self, "part", resolve_part(self.part))

    def to_dict(self) -> dict[str, Any]:
        return {**asdict(self), "part": self.part.name}


def rtl_name(model_name: str) -> str:
    """A Verilog module name from a model name (letters, digits, underscores)."""
    name = re.sub(r"\W", "_", model_name)
    return name if name[:1].isalpha() else f"m_{name}"


class RTLProject:
    """One graph's pipelined Verilog (da4ml) and its Verilator simulation."""

    def __init__(self, name: str, directory: Path, traced: TracedGraph, settings: RTLSettings) -> None:
        from da4ml.codegen import VerilogModel

        self.name = name
        self.dir = Path(directory)
        self.traced = traced
        self.settings = settings
        self.model = VerilogModel(traced.pipeline(settings.levels_per_stage), name, self.dir,
                                  clock_period=settings.clock_ns, part_name=settings.part.name)

    @property
    def pipeline_stages(self) -> int:
        """The latency in clock cycles that da4ml's pipeline promises (one per stage)."""
        return len(self.model._pipe.solutions)

    def da4ml_estimate(self) -> dict[str, Any]:
        """da4ml's own count of the design: LUTs of its adders, FFs of its stage registers."""
        return {
            "lut": round(self.traced.cost),
            "ff": int(self.model._pipe.reg_bits),
            "latency_cycles": self.pipeline_stages,
            "adder_levels": self.traced.adder_levels,
            "source": da4ml_source(),
        }

    # --- verbs ---------------------------------------------------------------------------

    def write(self) -> Path:
        """Write the Verilog (``src/``), constraints and the simulation binder; returns ``src/``."""
        self.model.write()
        binder = self.dir / "sim" / f"{self.name}_wrapper_binder.cc"
        binder.write_text(binder.read_text() + LATENCY_PROBE.format(top=self.name))
        return self.dir / "src"

    def sources_fingerprint(self) -> str:
        """Hash of everything the simulation library is built from."""
        digest = hashlib.sha256(f"verilator {verilator_version()}".encode())
        for path in sorted((self.dir / "src").rglob("*")) + sorted((self.dir / "sim").glob("*.cc")):
            if path.is_file():
                digest.update(path.relative_to(self.dir).as_posix().encode() + path.read_bytes())
        return digest.hexdigest()

    def compile(self, n_jobs: int = 2) -> bool:
        """Write the sources and build the Verilator library, or load the one built from
        identical sources. Returns True when it actually compiled."""
        env = build_env()
        self.write()
        fingerprint = self.sources_fingerprint()
        record = self.dir / BUILD_RECORD
        if record.is_file():
            built = json.loads(record.read_text())
            if built.get("fingerprint") == fingerprint and (self.dir / "sim" / built.get("library", "")).is_file():
                self.model._load_lib(built["uuid"])  # da4ml's own loader, minus the build
                return False
        try:
            self.model._compile(nproc=n_jobs, _env=env)
        except RuntimeError as err:
            raise BeadError(self.dir / "sim", f"Verilator build failed ({err})",
                            "see the compiler output above") from None
        uuid = self.model._uuid
        write_json(record, {"fingerprint": fingerprint, "uuid": uuid,
                            "library": f"lib{self.name}_wrapper_{uuid}.so"})
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
        return np.asarray(self.model.predict(self.check_inputs(x), n_threads=n_threads), np.float64)

    def latency_cycles(self, event_a: np.ndarray, event_b: np.ndarray) -> int:
        """The pipeline latency measured in the simulation (see :data:`LATENCY_PROBE`); the
        two events must give different outputs."""
        lib = self.model._lib
        if lib is None:
            raise BeadError(self.dir, "the simulation library is not loaded", "call compile() first")
        rows = self.check_inputs(np.stack([event_a, event_b]))
        ints = np.floor(rows / self.traced.input_format.lsb).astype(np.int32)
        a, b = (np.ascontiguousarray(row) for row in ints)
        pointer = ctypes.POINTER(ctypes.c_int32)
        lib.bead_latency_edges.restype = ctypes.c_long
        edges = lib.bead_latency_edges(a.ctypes.data_as(pointer), b.ctypes.data_as(pointer),
                                       ctypes.c_size_t(4 * self.pipeline_stages + 8))
        if edges < 0:
            raise BeadError(self.name, "the output never changed between the two probe events",
                            "probe with two events whose outputs differ")
        return int(edges) - 1


def graph_fingerprint(onnx_file: Path, settings: RTLSettings) -> str:
    """Hash of what determines the trace: the graph's bytes, the settings, da4ml's version."""
    digest = hashlib.sha256(Path(onnx_file).read_bytes())
    digest.update(json.dumps({**settings.to_dict(), "da4ml": version("da4ml")}, sort_keys=True).encode())
    return digest.hexdigest()


def load_or_trace(onnx_file: Path, settings: RTLSettings, directory: Path) -> TracedGraph:
    """The graph's da4ml trace, reused from ``directory`` when graph, settings and da4ml
    are unchanged (tracing solves every layer's distributed arithmetic: tens of seconds)."""
    from da4ml.cmvm.types import CombLogic, JSONEncoder

    record = directory / TRACE_FILE
    fingerprint = graph_fingerprint(onnx_file, settings)
    if record.is_file():
        saved = json.loads(record.read_text())
        if saved.get("fingerprint") == fingerprint:
            return TracedGraph(tuple(CombLogic.deserialize(segment) for segment in saved["segments"]),
                               FixedFormat(**saved["input_format"]), saved["output_lsb"])
    traced = trace_qonnx(onnx_file)
    segments = json.loads(json.dumps(traced.segments, cls=JSONEncoder))
    write_json(record, {"fingerprint": fingerprint, "segments": segments,
                        "input_format": asdict(traced.input_format), "output_lsb": traced.output_lsb})
    return traced


def rtl_project(onnx_file: Path, settings: RTLSettings = RTLSettings(), projects_root: Path = Path("hls_projects"),
                name: str | None = None) -> RTLProject:
    """The RTL project of a QONNX graph in ``<projects_root>/<name>_rtl/`` (traced or reused)."""
    require_da4ml()
    onnx_file = Path(onnx_file)
    name = rtl_name(name or onnx_file.name.split(".")[0])
    directory = Path(projects_root) / f"{name}_rtl"
    directory.mkdir(parents=True, exist_ok=True)
    return RTLProject(name, directory, load_or_trace(onnx_file, settings, directory), settings)
