"""The emulator's part of the firmware hand-off: ``firmware/<model>/emulator/``.

The same sources ``bead-fpga emulator`` builds (no library: the experiment builds it with its
own compiler), with test vectors on the hand-off's own test-bench events, so the
offline-software developer checks the library on the very events the firmware engineer's
co-simulation checks.
"""

from __future__ import annotations

from pathlib import Path

import hls4ml
import numpy as np

from bead_fpga.emulator.sources import (
    EXPECTED_SCORES,
    HW_INPUTS,
    VECTOR_DIR,
    EmulatorSources,
    write_sources,
    write_vectors,
)
from bead_fpga.transform import HARDWARE_BITS, InputTransform

HANDOFF_DIR = "emulator"


def hardware_of(transform: InputTransform, inputs: np.ndarray) -> np.ndarray:
    """The hardware units of events given as model inputs (:meth:`InputTransform.hardware_of`
    of their input integers). For an event that did not saturate these are units the trigger
    delivers for it; either way the test vectors pair these units with the model's score on
    them, not on ``inputs``."""
    return transform.hardware_of(np.rint(np.asarray(inputs, np.float64) / transform.lsb))


def write_emulator_handoff(model_dir: Path, version: str, inputs: np.ndarray, dest: Path) -> EmulatorSources:
    """``dest`` (``firmware/<model>/emulator/``): the sources of ``version`` of the model in
    ``model_dir`` (which holds its hls4ml project configuration), test vectors on ``inputs``
    (the hand-off's test-bench events, as model inputs)."""
    from bead_fpga.model_dir import ModelDir

    mdir = ModelDir.of(model_dir)
    sources = write_sources(mdir, Path(dest), version)
    write_vectors(sources, mdir, hardware_of(mdir.transform(), inputs))
    (sources.dir / "README.md").write_text(emulator_readme(sources))
    return sources


def emulator_readme(sources: EmulatorSources) -> str:
    """``emulator/README.md``: how an experiment's software builds, loads and checks it."""
    v = sources.version
    return f"""# {v}: the trigger in the experiment's software

A shared library `{v}.so` compiled from the same hls4ml C++ as the firmware (`firmware/`,
in C++ namespace `{v}`), behind the abstract model of `bead_emulator.h`:
`prepare_input(std::any)`, `predict()`, `read_result(std::any)`, and the `extern "C"`
factories `create_model()` / `destroy_model()` (the interface of the CMS L1 emulators).

- **Input**: {sources.n_features} signed {HARDWARE_BITS}-bit hardware units (`const int32_t*` or
  `std::vector<int32_t>` in the `std::any`): pT in 0.25 GeV, eta and phi in 2^-8, in the
  feature order of `{v}_input_transform.h`, which the library applies exactly as the firmware.
- **Output**: `read_result(&score)` with a `bead_emulator::Score*` gives the score as the
  firmware's fixed-point value (`raw`, value = raw * 2^-{sources.frac_bits}) and as a `double`;
  a pointer to the version's own `ap_fixed` score type gets the value itself.
- **Batch**: `bead_emulator_predict(hw, n_events, n_threads, raw, value)` (plain C, for ctypes
  and for frameworks without the C++ interface) splits a batch over threads.

Build (needs only a C++17 compiler and hls4ml {hls4ml.__version__}'s headers, `templates/` of
the hls4ml package; no Python at run time):

    make HLS4ML_TEMPLATES=/path/to/hls4ml/templates          # -> ./{v}.so
    make HLS4ML_TEMPLATES=/path/to/hls4ml/templates check    # loader_test on {VECTOR_DIR}/

`make check` builds `loader_test` (a `dlopen` of `{v}.so` by version name) and compares every
score on `{VECTOR_DIR}/{HW_INPUTS}` (one event per line, hardware units) with
`{VECTOR_DIR}/{EXPECTED_SCORES}` (the quantized model's raw scores), through the interface and
through the batch entry point on 1 and 4 threads. Several versions load side by side in one
process: `loader_test LIBDIR VERSION VECTORS [VERSION VECTORS ...]`.
"""

