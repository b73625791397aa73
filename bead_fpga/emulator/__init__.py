"""The trigger in the experiment's offline software: one shared library per model version,
compiled from the firmware's own hls4ml C++.

An experiment's rate studies and data-versus-emulator checks run the emulator, not Python.
:func:`build_emulator` writes ``OUT/<version>/`` (the sources, :mod:`~bead_fpga.emulator.sources`)
and builds ``OUT/<version>.so`` with its Makefile; the library implements the abstract model of
``cpp/bead_emulator.h`` (``prepare_input(std::any)``, ``predict()``, ``read_result(std::any)``,
``extern "C"`` ``create_model`` / ``destroy_model``, as CMS's L1 emulators do), takes the
trigger's integer hardware units and applies the firmware's input transform to them, and
returns the score as the firmware's fixed-point value and as a float. Before it is reported,
the built library is checked on the test vectors it ships with: the quantized Brevitas
model's scores on background events.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy as np

from bead_fpga.compare import compare_integers
from bead_fpga.emulator.library import EmulatorLibrary, build, load
from bead_fpga.emulator.sources import (
    EXPECTED_SCORES,
    HW_INPUTS,
    EmulatorSources,
    check_version,
    write_sources,
    write_vectors,
)
from bead_fpga.errors import BeadError
from bead_fpga.model_dir import ModelDir

__all__ = ["EmulatorLibrary", "build_emulator", "check_library", "load", "write_sources"]


def check_library(library: EmulatorLibrary, vectors: Path, n_threads: int = 1) -> dict[str, Any]:
    """Run the library on ``vectors/`` and compare it with the expected scores, in LSBs."""
    hw = np.loadtxt(Path(vectors) / HW_INPUTS, dtype=np.int32, ndmin=2)
    expected = np.loadtxt(Path(vectors) / EXPECTED_SCORES, dtype=np.int64, ndmin=1)
    raw, value = library.predict(hw, n_threads)
    lsb = 2.0**-library.frac_bits
    result = compare_integers(expected * lsb, raw * lsb, lsb)
    result["float_equals_fixed"] = bool(np.array_equal(value, raw * lsb))
    return result


def build_emulator(
    model_dir: ModelDir | Path, out: Path = Path("emulators"), version: str | None = None, data_dir: Path | None = None,
    n_events: int = 10_000, seed: int = 0,
) -> dict[str, Any]:
    """Write ``out/<version>/``, build ``out/<version>.so`` and check it on ``n_events``
    background test events of ``data_dir`` (default: the model's training data)."""
    from bead_fpga.defaults import data_for, unseen_events

    if Path(out).exists() and not Path(out).is_dir():
        raise BeadError(out, "is a file, not a folder for emulator libraries", "choose another --out / --emulator-dir")
    mdir = ModelDir.of(model_dir)
    version = check_version(version or mdir.config().name)
    sources: EmulatorSources = write_sources(mdir, Path(out) / version, version)
    # background events the model never saw, as the trigger hands them over: int32 hardware units
    hw = mdir.transform().to_hardware(unseen_events(mdir, data_dir or data_for(mdir), n_events, seed))
    vectors = write_vectors(sources, mdir, hw)
    library = EmulatorLibrary(build(sources, Path(out)))
    return {"version": version, "model": sources.model, "library": str(library.path), "sources": str(sources.dir),
            "frac_bits": library.frac_bits, **check_library(library, vectors)}
