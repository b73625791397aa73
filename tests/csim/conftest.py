"""Each reference model exported, converted and compiled exactly once per session."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.conftest import HLS_MODELS, copy_reference


@dataclass
class Compiled:
    model_dir: Path
    project: object  # bead_fpga.hls.convert.HLSProject
    projects_root: Path


@pytest.fixture(scope="session")
def compiled_models(tmp_path_factory: pytest.TempPathFactory, generated_data: Path) -> dict[str, Compiled]:
    from bead_fpga.export import export
    from bead_fpga.hls.convert import HLSSettings, convert

    root = tmp_path_factory.mktemp("compiled")
    compiled = {}
    for name in HLS_MODELS:
        model_dir = copy_reference(name, root / "models")
        export(model_dir, generated_data, n_events=10_000)
        project = convert(model_dir, HLSSettings(), root / "hls_projects")
        assert project.compile() is True
        compiled[name] = Compiled(model_dir, project, root / "hls_projects")
    return compiled


#: The transformer reference model, compiled through bead-fpga's hls4ml extensions
#: (bead_fpga.hls.ext): its own fixture so the MLP models' tests never wait for it.
TRANSFORMER = "transformer_8b"


@pytest.fixture(scope="session")
def compiled_transformer(tmp_path_factory: pytest.TempPathFactory, generated_data: Path) -> Compiled:
    from bead_fpga.export import export
    from bead_fpga.hls.convert import HLSSettings, convert

    root = tmp_path_factory.mktemp("compiled_transformer")
    model_dir = copy_reference(TRANSFORMER, root / "models")
    export(model_dir, generated_data, n_events=10_000)
    project = convert(model_dir, HLSSettings(), root / "hls_projects")
    assert project.compile() is True
    return Compiled(model_dir, project, root / "hls_projects")
