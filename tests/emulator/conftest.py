"""Two reference models, each converted (no hls4ml compile) and built into an emulator
library under its own version name, once per session, through the command line."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.conftest import copy_reference

#: Two different models under version names unlike their model names: the framework knows
#: versions, not models, and two versions must live in one process.
VERSIONS = {"ae_8b": "ae_v1", "vae_8b": "vae_v2"}
EVENTS = 10_000


@dataclass
class Converted:
    model_dir: Path
    project: object  # bead_fpga.hls.convert.HLSProject, converted, not compiled


@dataclass
class Built:
    model_dir: Path
    version: str
    lib_dir: Path

    @property
    def sources(self) -> Path:
        return self.lib_dir / self.version


@pytest.fixture(scope="session")
def converted(tmp_path_factory: pytest.TempPathFactory, generated_data: Path) -> dict[str, Converted]:
    """Each model exported and converted: the hls4ml project an emulator comes from."""
    from bead_fpga.export import export
    from bead_fpga.hls.convert import HLSSettings, convert

    root = tmp_path_factory.mktemp("converted")
    out = {}
    for name in VERSIONS:
        model_dir = copy_reference(name, root / "models")
        export(model_dir, generated_data, n_events=1000)
        out[name] = Converted(model_dir, convert(model_dir, HLSSettings(), root / "hls_projects"))
    return out


@pytest.fixture(scope="session")
def emulators(tmp_path_factory: pytest.TempPathFactory, converted: dict[str, Converted],
              generated_data: Path) -> dict[str, Built]:
    from bead_fpga.cli import main

    lib_dir = tmp_path_factory.mktemp("emulators")
    built = {}
    for name, version in VERSIONS.items():
        model_dir = converted[name].model_dir
        argv = ["emulator", str(model_dir), "--version", version, "--out", str(lib_dir),
                "--data", str(generated_data), "--events", str(EVENTS)]
        with pytest.raises(SystemExit) as exited:
            main(argv)
        assert exited.value.code == 0, f"bead-fpga {' '.join(argv)} exited {exited.value.code}"
        built[name] = Built(model_dir, version, lib_dir)
    return built
