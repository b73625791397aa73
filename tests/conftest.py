"""Shared fixtures: generated ADC2021-layout data and the committed reference models.

Everything expensive (generating events, exporting, compiling hls4ml C++) happens once per
test session and is shared through session-scoped fixtures.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
REFERENCE_MODELS = REPO / "models"
#: Reference MLP models whose trigger path goes through hls4ml (the transformer has its own
#: session fixture in tests/csim/conftest.py: it compiles through bead_fpga.hls.ext).
HLS_MODELS = ("hvae_8b", "vae_8b", "ae_8b")
#: Seed of the test data: different from the reference models' training seed (0), so every
#: event the tests score is one the models never saw.
TEST_DATA_SEED = 11


@pytest.fixture(scope="session", autouse=True)
def private_cache(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Point bead-fpga's cache (built-in data, last trained model) at a session directory,
    so tests neither read nor change the user's."""
    import os

    cache = tmp_path_factory.mktemp("bead_cache")
    old = os.environ.get("BEAD_FPGA_CACHE")
    os.environ["BEAD_FPGA_CACHE"] = str(cache)
    yield cache
    if old is None:
        del os.environ["BEAD_FPGA_CACHE"]
    else:
        os.environ["BEAD_FPGA_CACHE"] = old


@pytest.fixture(scope="session")
def generated_data(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """50k background events (10k in the test split) and 10k events per signal."""
    from bead_fpga.data.generate import generate

    out = tmp_path_factory.mktemp("adc2021")
    generate(out, n_events=50_000, seed=TEST_DATA_SEED, n_signal=10_000)
    return out


def copy_reference(name: str, dest_root: Path) -> Path:
    """A private copy of a committed reference model, so tests never write into models/."""
    source = REFERENCE_MODELS / name
    if not (source / "weights.pt").is_file():
        pytest.fail(f"reference model {source} is missing: see models/README.md to rebuild it")
    dest = dest_root / name
    shutil.copytree(source, dest, ignore=shutil.ignore_patterns("*.onnx", "csim.json", "hls4ml_config.yml"))
    return dest
