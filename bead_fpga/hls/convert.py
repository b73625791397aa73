"""QONNX -> hls4ml project, with the conifer-style verbs a user runs in order:
:meth:`HLSProject.write`, :meth:`~HLSProject.compile`, :meth:`~HLSProject.predict`; the vendor
build is a synthesis flow's job (:mod:`bead_fpga.synth.flows`).

Precisions come from the QONNX quantizers (hls4ml's ``auto``), accumulators are inferred
by hls4ml from operand widths and fan-in (also ``auto``), and the input port is declared
as the input transform's ``ap_fixed<W, I>``. The typed :class:`HLSSettings` is translated
to hls4ml's nested dict in exactly one place, :func:`hls4ml_config`, and the resulting
configuration is saved as hls4ml's own YAML format so ``hls4ml.converters.convert_from_config``
reproduces the project without bead-fpga; its paths are relative to the model directory
(run it from there), so the file stays valid wherever the directory is copied.
"""

from __future__ import annotations

import contextlib
import ctypes
import hashlib
import io
import json
import shutil
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

import hls4ml
import numpy as np
import yaml
from qonnx.core.modelwrapper import ModelWrapper

from bead_fpga.errors import BeadError
from bead_fpga.graph.cleanup import GLOBAL_IN
from bead_fpga.graph.fixed import FixedFormat
from bead_fpga.io import atomic_path, write_json
from bead_fpga.model_dir import ModelDir
from bead_fpga.target import DEFAULT_CLOCK_NS, DEFAULT_PART, Part, as_part, check_clock, top_name
from bead_fpga.transform import InputTransform

BACKENDS = ("Vitis", "Vivado")
STRATEGIES = ("Latency", "Resource")
#: Only consulted for a layer whose precision hls4ml cannot infer; wide so it never clips.
DEFAULT_PRECISION = "fixed<32,16>"
BUILD_RECORD = "bead_build.json"


@dataclass(frozen=True)
class HLSSettings:
    """What a trigger group chooses per build: tool flow, part, clock and parallelism.

    ``part`` may be given as any name or alias :func:`~bead_fpga.target.resolve_part`
    knows; it is resolved once, here, into a :class:`~bead_fpga.target.Part`, so an
    unknown part fails before any model is loaded and every later stage sees the same part.
    """

    backend: str = "Vitis"
    part: Part | str = DEFAULT_PART
    clock_ns: float = DEFAULT_CLOCK_NS
    reuse: int = 1
    strategy: str = "Latency"
    io_type: str = "io_parallel"

    def __post_init__(self) -> None:
        if self.backend not in BACKENDS:
            raise BeadError("--backend", f"unknown backend {self.backend!r}", f"choose one of {BACKENDS}")
        if self.strategy not in STRATEGIES:
            raise BeadError("--strategy", f"unknown strategy {self.strategy!r}", f"choose one of {STRATEGIES}")
        if self.reuse < 1:
            raise BeadError("--reuse", f"reuse factor must be >= 1, got {self.reuse}")
        check_clock(self.clock_ns)
        object.__setattr__(self, "part", as_part(self.part))

    @property
    def full_part(self) -> str:
        """The orderable part name hls4ml and Vivado want (``xcvu9p`` -> ``xcvu9p-flga2104-2L-e``)."""
        return self.part.name

    def to_dict(self) -> dict[str, Any]:
        """Plain values for JSON/YAML, the part as its full name."""
        return {**asdict(self), "part": self.full_part}


def input_precision(transform: InputTransform) -> str:
    """The input port's ``fixed<W,I>``: the input transform's grid."""
    return str(FixedFormat(True, transform.input_bits, transform.frac_bits))


def hls4ml_config(
    graph: ModelWrapper, settings: HLSSettings, input_format: str, onnx_path: Path, output_dir: Path, name: str
) -> dict[str, Any]:
    """The complete hls4ml configuration (its YAML schema) for one model and one setting."""
    layer_cfg = hls4ml.utils.config_from_onnx_model(
        graph, granularity="name", backend=settings.backend,
        default_precision=DEFAULT_PRECISION, default_reuse_factor=settings.reuse,
    )
    layer_cfg["Model"]["Strategy"] = settings.strategy
    layer_cfg["LayerName"][GLOBAL_IN]["Precision"]["result"] = input_format
    return {
        "OnnxModel": str(onnx_path),
        "OutputDir": str(output_dir),
        "ProjectName": top_name(name),
        "Backend": settings.backend,
        "Part": settings.full_part,
        "ClockPeriod": settings.clock_ns,
        "IOType": settings.io_type,
        "HLSConfig": layer_cfg,
    }


class HLSProject:
    """One hls4ml project of one model, and the verbs to use it."""

    def __init__(self, name: str, model_dir: Path, hls_model: Any, config: dict[str, Any], fingerprint: str) -> None:
        self.name = name
        self.model_dir = model_dir
        self.hls_model = hls_model
        self.config = config
        self.fingerprint = fingerprint

    @property
    def dir(self) -> Path:
        return Path(self.config["OutputDir"])

    @property
    def top(self) -> str:
        return self.config["ProjectName"]

    def write(self) -> Path:
        """Write the C++ project (firmware/, test bench, build scripts) to :attr:`dir`. What an
        earlier conversion left in ``firmware/`` (weight files of layers this graph no longer
        has) is removed first, so it cannot travel into a hand-off; built libraries stay for
        :meth:`compile`'s reuse check."""
        firmware = self.dir / "firmware"
        for path in sorted(firmware.iterdir()) if firmware.is_dir() else ():
            if path.is_dir():
                shutil.rmtree(path)
            elif path.suffix != ".so":
                path.unlink()
        self.hls_model.write()
        return self.dir

    def compile(self) -> bool:
        """Build the C-simulation library; reuse it when the graph and configuration are
        unchanged since it was built. Returns True when it actually compiled."""
        record = self.dir / BUILD_RECORD
        if record.is_file():
            built = json.loads(record.read_text())
            library = Path(built.get("library", ""))
            if built.get("fingerprint") == self.fingerprint and library.is_file():
                # hls4ml keeps the loaded library in this attribute; loading it ourselves is
                # the whole of its _compile() minus the C++ build.
                self.hls_model._top_function_lib = ctypes.cdll.LoadLibrary(str(library))
                return False
        if shutil.which("g++") is None and shutil.which("c++") is None:
            raise BeadError(self.dir, "no C++ compiler on PATH", "install g++ (Debian: apt-get install g++)")
        try:
            with contextlib.redirect_stdout(io.StringIO()):
                self.hls_model.compile()
        except Exception as err:  # hls4ml raises a bare Exception with the build log printed
            raise BeadError(self.dir, f"C++ build failed ({err})", "see build_lib.sh output above") from None
        library = next(iter(sorted((self.dir / "firmware").glob(f"{self.top}-*.so"), key=lambda p: p.stat().st_mtime, reverse=True)))
        write_json(record, {"fingerprint": self.fingerprint, "library": str(library.resolve())})
        return True

    def predict(self, x: np.ndarray) -> np.ndarray:
        """Run events through the compiled C++ model (double interface: exact for every
        fixed-point format up to 53 bits)."""
        out = self.hls_model.predict(np.ascontiguousarray(x, dtype=np.float64))
        return np.asarray(out, dtype=np.float64).reshape(len(x), -1)


def fingerprint(onnx_path: Path, config: dict[str, Any]) -> str:
    """Hash of everything that determines the generated C++: graph, configuration, hls4ml."""
    digest = hashlib.sha256(Path(onnx_path).read_bytes())
    where = ("OutputDir", "OnnxModel")  # locations, not content: a moved directory reuses its build
    digest.update(json.dumps({k: v for k, v in config.items() if k not in where}, sort_keys=True, default=str).encode())
    digest.update(hls4ml.__version__.encode())
    ext = Path(__file__).resolve().parent / "ext"  # our extensions write C++ too: a change rebuilds
    for source in sorted([*ext.glob("*.py"), *ext.glob("include/*.h")]):
        digest.update(source.read_bytes())
    return digest.hexdigest()


def convert_graph(
    graph: ModelWrapper, onnx_path: Path, name: str, input_format: str, settings: HLSSettings,
    projects_root: Path, config_dir: Path,
) -> HLSProject:
    """Convert a cleaned QONNX graph (:func:`~bead_fpga.graph.cleanup.prepare_for_hls4ml`)
    into ``projects_root/<name>/``; ``input_format`` is the input port's ``fixed<W,I>``.
    Saves the configuration as ``config_dir/hls4ml_config.yml``."""
    supported = set(hls4ml.converters.get_supported_onnx_layers())
    node = next((n for n in graph.graph.node if n.op_type not in supported), None)
    if node is not None:
        raise BeadError(onnx_path, f"ONNX op {node.op_type} (node {node.name}) is not supported by hls4ml",
                        "bead-fpga removes Identity, lowers Gemm and converts the ops of bead_fpga/hls/ext; anything "
                        "else needs an hls4ml extension (one module there, see README 'Extending hls4ml')")
    output_dir = (Path(projects_root) / name).resolve()
    with contextlib.redirect_stdout(io.StringIO()):  # hls4ml prints the layer list; keep it out of the terminal
        config = hls4ml_config(graph, settings, input_format, Path(onnx_path).resolve(), output_dir, name)
        hls_model = hls4ml.converters.convert_from_onnx_model(
            graph, output_dir=str(output_dir), project_name=config["ProjectName"], backend=settings.backend,
            part=settings.full_part, clock_period=settings.clock_ns, io_type=settings.io_type,
            hls_config=config["HLSConfig"],
        )
    home = ModelDir.of(config_dir)
    saved = {**config, "OnnxModel": home.rel(config["OnnxModel"]), "OutputDir": home.rel(config["OutputDir"]),
             "bead_fpga": settings.to_dict()}
    with atomic_path(home.hls_config_file) as tmp:
        tmp.write_text(yaml.safe_dump(saved, sort_keys=False))
    return HLSProject(name, Path(config_dir), hls_model, config, fingerprint(onnx_path, config))


def convert(
    model_dir: ModelDir | Path, settings: HLSSettings = HLSSettings(), projects_root: Path = Path("hls_projects")
) -> HLSProject:
    """Convert ``MODEL_DIR/<name>.qonnx.onnx`` into an hls4ml project under
    ``projects_root/<name>/`` and save the configuration as ``MODEL_DIR/hls4ml_config.yml``."""
    mdir = ModelDir.of(model_dir)
    cfg, transform = mdir.config(), mdir.transform()
    onnx_path = mdir.qonnx_file(cfg.name)
    if not onnx_path.is_file():
        raise BeadError(onnx_path, "exported trigger graph not found", f"run `bead-fpga export {mdir.path}` first")
    return convert_graph(ModelWrapper(str(onnx_path)), onnx_path, cfg.name, input_precision(transform),
                         settings, projects_root, mdir.path)
