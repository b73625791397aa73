"""The C++ sources of one emulator version: the firmware's hls4ml C++ in a namespace of its
own, the input transform, a wrapper implementing :file:`cpp/bead_emulator.h`, a Makefile and
test vectors.

The network C++ is regenerated from the model's own hls4ml project configuration
(``MODEL_DIR/hls4ml_config.yml``, written by ``bead-fpga convert``), so the emulator computes
what the firmware computes; only hls4ml's writer options change: ``Namespace`` (two versions
in one process), ``WriteEmulationConstants`` (the ``<project>_emulator(inputs, outputs)``
entry point the wrapper calls) and ``WriteWeightsTxt`` off (weights compiled in, no files
read at run time). hls4ml's own headers are not copied (the Makefile names where they come
from); what hls4ml wrote into the project's ``nnet_utils/`` that its package does not hold
(bead-fpga's registered extension headers, generated code) is.
"""

from __future__ import annotations

import contextlib
import filecmp
import io
import re
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path

import hls4ml
import numpy as np
from hls4ml.model.graph import ModelGraph

from bead_fpga.errors import BeadError
from bead_fpga.models import brevitas_scores
from bead_fpga.graph.fixed import FixedFormat
from bead_fpga.io import fill_template
from bead_fpga.model_dir import ModelDir
from bead_fpga.models import AnomalyModel
from bead_fpga.transform import InputTransform

CPP_DIR = Path(__file__).resolve().parent / "cpp"
BASE_HEADER = "bead_emulator.h"
LOADER_TEST = "loader_test.cpp"
VECTOR_DIR = "tb_data"
HW_INPUTS = "hw_inputs.dat"
EXPECTED_SCORES = "expected_scores.dat"
#: hls4ml's C++ templates: ``vivado/`` (nnet_utils, ap_types) and each backend's overrides.
HLS4ML_TEMPLATES = Path(hls4ml.__file__).resolve().parent / "templates"
#: Namespaces of hls4ml, the C++ library and bead_emulator.h: a version cannot take them.
RESERVED_NAMESPACES = frozenset({"nnet", "std", "hls", "bead_emulator"})


@dataclass(frozen=True)
class EmulatorSources:
    """A written source folder: what the Makefile builds and what the vectors check."""

    version: str
    model: str
    dir: Path
    frac_bits: int
    n_features: int


def check_version(name: str) -> str:
    """A version name becomes a C++ namespace and a file name: it must be a C identifier and
    not a namespace the sources already use."""
    if not re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", name):
        raise BeadError("--version", f"{name!r} is not a C identifier", "use letters, digits and _, e.g. ae_8b_v1")
    if name in RESERVED_NAMESPACES:
        raise BeadError("--version", f"{name!r} is a namespace of the sources", "choose another name, e.g. ae_8b_v1")
    return name


def emulator_hls_model(model_dir: ModelDir | Path, version: str, output_dir: Path) -> ModelGraph:
    """The model's hls4ml project, regenerated from its saved configuration with the
    emulator's writer options, written to ``output_dir``."""
    import bead_fpga.hls  # noqa: F401  (registers bead-fpga's hls4ml extensions)

    mdir = ModelDir.of(model_dir)
    config = mdir.hls_config()
    config.pop("bead_fpga", None)
    config["OnnxModel"] = str(mdir.resolve(config["OnnxModel"]))
    config["OutputDir"] = str(output_dir)
    config["WriterConfig"] = {"Namespace": version, "WriteWeightsTxt": False, "WriteTar": False,
                              "TBOutputStream": "both", "WriteEmulationConstants": True}
    with contextlib.redirect_stdout(io.StringIO()):
        hls_model = hls4ml.converters.convert_from_config(config)
        hls_model.write()
    return hls_model


def packaged(header: Path, backend: str) -> Path:
    """Where hls4ml's package holds a ``nnet_utils`` header: the backend's override, else vivado's."""
    override = HLS4ML_TEMPLATES / backend.lower() / "nnet_utils" / header.name
    return override if override.is_file() else HLS4ML_TEMPLATES / "vivado" / "nnet_utils" / header.name


def copy_network(project_dir: Path, dest: Path, backend: str) -> None:
    """``firmware/`` of the project without hls4ml's own headers (``ap_types/`` and the
    ``nnet_utils/`` files identical to the package's)."""
    shutil.copytree(project_dir / "firmware", dest, ignore=shutil.ignore_patterns("ap_types", "nnet_utils", "*.so", "*.o"))
    ours = [p for p in sorted((project_dir / "firmware" / "nnet_utils").iterdir())
            if not packaged(p, backend).is_file() or not filecmp.cmp(p, packaged(p, backend), shallow=False)]
    for path in ours:
        (dest / "nnet_utils").mkdir(exist_ok=True)
        shutil.copy2(path, dest / "nnet_utils" / path.name)


def write_sources(model_dir: ModelDir | Path, dest: Path, version: str) -> EmulatorSources:
    """Write the complete source folder of one version to ``dest`` (replacing it)."""
    check_version(version)
    mdir = ModelDir.of(model_dir)
    name, transform = mdir.config().name, mdir.transform()
    if dest.exists():
        shutil.rmtree(dest)
    with tempfile.TemporaryDirectory() as tmp:
        hls_model = emulator_hls_model(mdir, version, Path(tmp) / "project")
        backend = hls_model.config.get_config_value("Backend")
        copy_network(Path(tmp) / "project", dest / "firmware", backend)
    values = {"VERSION": version, "MODEL": name, "PROJECT": hls_model.config.get_project_name(),
              "HLS4ML_VERSION": hls4ml.__version__, "BACKEND": backend.lower()}
    (dest / f"{version}_emulator.cpp").write_text(fill_template(CPP_DIR / "emulator.cpp.in", **values))
    (dest / "Makefile").write_text(fill_template(CPP_DIR / "Makefile.in", **values))
    (dest / f"{version}_input_transform.h").write_text(transform.to_cpp_header(f"{version}_input_transform"))
    for static in (BASE_HEADER, LOADER_TEST):
        shutil.copy2(CPP_DIR / static, dest / static)
    precision = hls_model.get_output_variables()[0].type.precision
    frac_bits = FixedFormat.of_precision(precision).frac
    return EmulatorSources(version, name, dest, frac_bits, len(transform.feature_names))


def expected_raw(model: AnomalyModel, transform: InputTransform, hw: np.ndarray, frac_bits: int) -> np.ndarray:
    """The quantized Brevitas model's score on hardware units, as the raw integer of the
    emulator's score format; a score off that grid is a bug, not something to round away."""
    scaled = brevitas_scores(model, transform.apply_hardware(hw))[:, 0].astype(np.float64) * 2.0**frac_bits
    if not np.array_equal(scaled, np.floor(scaled)):
        raise BeadError("emulator", f"the quantized model's score is off the emulator's grid 2^-{frac_bits}",
                        "the hls4ml output precision is coarser than the model's; report this")
    return scaled.astype(np.int64)


def write_vectors(sources: EmulatorSources, model_dir: ModelDir | Path, hw: np.ndarray) -> Path:
    """``tb_data/``: hardware-unit inputs and the quantized model's raw scores on them."""
    model, transform, _ = ModelDir.of(model_dir).load()
    directory = sources.dir / VECTOR_DIR
    directory.mkdir(parents=True, exist_ok=True)
    np.savetxt(directory / HW_INPUTS, hw, fmt="%d", delimiter=" ")
    np.savetxt(directory / EXPECTED_SCORES, expected_raw(model, transform, hw, sources.frac_bits), fmt="%d")
    return directory
