"""The emulator as a scoring engine: ``rate`` and ``evaluate`` with ``--engine emulator``.

A rate study on millions of events should run through the same C++ as the firmware, as an
experiment's offline software does. :func:`model_library` finds the model's library in a
library folder (default ``emulators/``) or builds it there; the version name carries a
fingerprint of everything the library is built from (the hls4ml project configuration, the
QONNX graph, the weights, the input transform, hls4ml's version and bead-fpga's C++
templates), so a library is reused exactly while the model is unchanged, a retrained model
gets a new one, and two models never overwrite each other's library in one process. A new
library is checked against the quantized model before it scores anything.

The emulator takes what a trigger hands over: integer hardware units
(:meth:`~bead_fpga.transform.InputTransform.to_hardware` of the physical features). Where the
model's input grid is finer than a hardware unit, that is the trigger's own view of an event,
which the Brevitas engine (fed the physical floats) does not have; both are the quantized model.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from pathlib import Path

import hls4ml
import numpy as np

from bead_fpga.defaults import EMULATOR_DIR
from bead_fpga.emulator.library import EmulatorLibrary, load
from bead_fpga.emulator.sources import CPP_DIR
from bead_fpga.errors import BeadError
from bead_fpga.model_dir import ModelDir

#: Background events a newly built library is checked on before it scores.
CHECK_EVENTS = 2_000
HLS_EXTENSION_DIR = Path(__file__).resolve().parents[1] / "hls" / "ext"


def build_fingerprint(mdir: ModelDir) -> str:
    """Eight hex digits of a hash over what the library is compiled from and checked against."""
    cfg = mdir.config()
    hls_config = mdir.require(mdir.hls_config_file, f"run `bead-fpga convert {mdir.path}` (or csim) first")
    digest = hashlib.sha256(f"hls4ml {hls4ml.__version__}".encode())
    sources = [hls_config, mdir.qonnx_file(cfg.name), mdir.weights_file, mdir.transform_file]
    sources += sorted(CPP_DIR.iterdir()) + sorted(HLS_EXTENSION_DIR.rglob("*.h"))
    for path in sources:
        if path.is_file():
            digest.update(path.name.encode() + path.read_bytes())
    return digest.hexdigest()[:8]


def model_library(model_dir: Path, lib_dir: Path = EMULATOR_DIR, data_dir: Path | None = None) -> EmulatorLibrary:
    """The model's emulator library ``lib_dir/<name>_<fingerprint>.so``: loaded when it is
    there, else built, checked bit for bit on background events of ``data_dir`` (default: the
    model's training data) and loaded. A build that is not exact is refused in one line."""
    from bead_fpga.emulator import build_emulator

    mdir = ModelDir(model_dir)
    version = f"{mdir.config().name}_{build_fingerprint(mdir)}"
    if (Path(lib_dir) / f"{version}.so").is_file():
        return load(lib_dir, version)
    built = build_emulator(mdir.path, lib_dir, version, data_dir, CHECK_EVENTS)
    if built["bit_exact_fraction"] < 1.0 or not built["float_equals_fixed"]:
        raise BeadError(mdir.path, f"its emulator {version} is not bit-exact with the quantized model "
                        f"({built['bit_exact_events']}/{built['events']} events)",
                        f"re-export and convert the model (`bead-fpga export {mdir.path}`, `bead-fpga convert {mdir.path}`)")
    return load(lib_dir, version)


@dataclass
class EmulatorScorer:
    """A model's trigger score from its emulator library, on physical features: the trigger's
    hardware units, then the library's C++ (input transform and network)."""

    name: str
    model_dir: ModelDir
    lib_dir: Path = EMULATOR_DIR
    data_dir: Path | None = None
    n_threads: int = 1
    library: EmulatorLibrary = field(init=False)

    def __post_init__(self) -> None:
        self.config = self.model_dir.config()
        self.transform = self.model_dir.transform()
        self.library = model_library(self.model_dir.path, self.lib_dir, self.data_dir)

    @property
    def source(self) -> str:
        return f"emulator library {self.library.version} (the firmware's hls4ml C++, on hardware units)"

    def __call__(self, features: np.ndarray) -> np.ndarray:
        return self.library.predict(self.transform.to_hardware(features), self.n_threads)[1]
