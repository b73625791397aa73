"""Build an emulator version with its Makefile, and load ``<version>.so`` from Python.

The Python binding goes through the library's plain ``extern "C"`` batch entry point
(``bead_emulator_predict``), so millions of events cost one call, not one per event; the
library itself splits a batch over threads. Each library is opened with ``RTLD_LOCAL``, as an
experiment's framework opens it, so two versions live side by side in one process.
"""

from __future__ import annotations

import ctypes
import shutil
import subprocess
from pathlib import Path

import numpy as np

from bead_fpga.emulator.sources import HLS4ML_TEMPLATES, EmulatorSources
from bead_fpga.errors import BeadError
from bead_fpga.transform import HARDWARE_BITS

HW_MIN, HW_MAX = -(2 ** (HARDWARE_BITS - 1)), 2 ** (HARDWARE_BITS - 1) - 1

#: The C functions a library must export to be an emulator (see cpp/emulator.cpp.in).
SYMBOLS = ("create_model", "destroy_model", "bead_emulator_predict", "bead_emulator_version",
           "bead_emulator_n_features", "bead_emulator_frac_bits")


def build(sources: EmulatorSources, lib_dir: Path) -> Path:
    """``make`` in the source folder: ``lib_dir/<version>.so`` from the sources alone."""
    if shutil.which("make") is None or (shutil.which("g++") is None and shutil.which("c++") is None):
        raise BeadError(sources.dir, "building the emulator needs make and a C++17 compiler",
                        "install them (Debian: apt-get install make g++)")
    lib_dir = Path(lib_dir).resolve()
    lib_dir.mkdir(parents=True, exist_ok=True)
    done = subprocess.run(["make", "-C", str(sources.dir), f"LIBDIR={lib_dir}", f"HLS4ML_TEMPLATES={HLS4ML_TEMPLATES}"],
                          check=False, capture_output=True, text=True)
    if done.returncode != 0:
        last = (done.stderr.strip().splitlines() or ["no output"])[-1]
        raise BeadError(sources.dir / "Makefile", f"the C++ build failed ({last})", "run make there to see the whole log")
    return lib_dir / f"{sources.version}.so"


class EmulatorLibrary:
    """One loaded ``<version>.so``: its version name, feature count, score format and batch
    prediction."""

    def __init__(self, path: str | Path) -> None:
        path = Path(path)
        if not path.is_file():
            raise BeadError(path, "emulator library not found", "build it with `bead-fpga emulator MODEL_DIR`")
        try:
            self._lib = ctypes.CDLL(str(path.resolve()), mode=ctypes.RTLD_LOCAL)
        except OSError as err:
            raise BeadError(path, f"not a loadable library ({' '.join(str(err).split())})",
                            "rebuild it with `bead-fpga emulator MODEL_DIR`") from None
        missing = [name for name in SYMBOLS if not hasattr(self._lib, name)]
        if missing:
            raise BeadError(path, f"not a bead-fpga emulator library (no symbol {missing[0]})",
                            "build it with `bead-fpga emulator MODEL_DIR`")
        self.path = path
        self._lib.bead_emulator_version.restype = ctypes.c_char_p
        self.version: str = self._lib.bead_emulator_version().decode()
        self.n_features: int = self._lib.bead_emulator_n_features()
        self.frac_bits: int = self._lib.bead_emulator_frac_bits()
        self._predict = self._lib.bead_emulator_predict
        self._predict.restype = None
        self._predict.argtypes = [
            np.ctypeslib.ndpointer(np.int32, flags="C_CONTIGUOUS"), ctypes.c_int64, ctypes.c_int,
            np.ctypeslib.ndpointer(np.int64, flags="C_CONTIGUOUS"), np.ctypeslib.ndpointer(np.float64, flags="C_CONTIGUOUS"),
        ]

    def predict(self, hw: np.ndarray, n_threads: int = 1) -> tuple[np.ndarray, np.ndarray]:
        """Hardware-unit integers ``(N, n_features)`` -> the score per event as its raw
        fixed-point integer (value = raw * 2**-frac_bits) and as float64."""
        hw = np.ascontiguousarray(hw, dtype=np.int32)
        if hw.ndim != 2 or hw.shape[1] != self.n_features:
            raise BeadError(self.path, f"expected hardware units of shape (N, {self.n_features}), got {hw.shape}")
        if hw.size and (hw.min() < HW_MIN or hw.max() > HW_MAX):
            raise BeadError(self.path, f"hardware units outside signed {HARDWARE_BITS} bits",
                            "saturate them as the trigger does (InputTransform.to_hardware)")
        raw, value = np.empty(len(hw), np.int64), np.empty(len(hw), np.float64)
        self._predict(hw, len(hw), int(n_threads), raw, value)
        return raw, value


def load(lib_dir: str | Path, version: str) -> EmulatorLibrary:
    """The library of ``version`` in ``lib_dir``, found by name as a framework finds it."""
    return EmulatorLibrary(Path(lib_dir) / f"{version}.so")
