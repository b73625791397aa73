"""Committed artefacts name no machine's own directories.

Model directories, firmware hand-offs and benchmark results are read on other machines; a
``/tmp/...`` or home path recorded in them is either dead there or, worse, silently points
at something else. Paths inside artefacts are relative to their model directory, inside the
cache (``$BEAD_FPGA_CACHE/...``) or a benchmark's scratch directory (``$WORK/...``).
"""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest

from bead_fpga.io import cache_dir, portable_path, resolve_recorded

ROOT = Path(__file__).resolve().parents[2]
ARTEFACTS = ("models", "firmware", "benchmarks/results", "hls_projects")
TEXT_SUFFIXES = {".json", ".md", ".yml", ".yaml", ".csv", ".txt", ".h", ".cpp", ".tcl"}
MACHINE_PATH = re.compile(r"(?<![\w$.~])/(?:tmp|home|root|Users|work|var/folders)/")


def _artefact_files() -> list[Path]:
    """The committed text files among the artefacts (git's list: generated, ignored files such
    as a local ``hls_projects/<name>/`` build are not committed and not checked)."""
    listed = subprocess.run(["git", "ls-files", "README.md", *ARTEFACTS], cwd=ROOT, capture_output=True, text=True)
    assert listed.returncode == 0, f"git ls-files failed in {ROOT}: {listed.stderr.strip()}"
    return [ROOT / name for name in listed.stdout.splitlines()
            if Path(name).suffix in TEXT_SUFFIXES and (ROOT / name).is_file()]


def test_there_are_artefacts_to_check() -> None:
    assert len(_artefact_files()) > 50


def test_no_committed_artefact_holds_a_machine_path() -> None:
    offenders = []
    for path in _artefact_files():
        for number, line in enumerate(path.read_text(errors="replace").splitlines(), 1):
            if MACHINE_PATH.search(line):
                offenders.append(f"{path.relative_to(ROOT)}:{number}: {line.strip()[:120]}")
    assert not offenders, "\n".join(offenders[:20])


def test_the_pattern_catches_the_paths_that_leaked_before() -> None:
    for leaked in ('"data_dir": "/tmp/triggers/ref_data"', '"model_dir": "/tmp/bead_bench_models_x/hvae_8b"',
                   '"source": "/work/main/models/hvae_8b"', "--work /home/me/scratch"):
        assert MACHINE_PATH.search(leaked)
    for fine in ('"data_dir": "../../data/reference"', "$WORK/hvae_8b", "$BEAD_FPGA_CACHE/data/x",
                 "hls4ml/templates/vivado/nnet_utils/"):
        assert not MACHINE_PATH.search(fine)


@pytest.mark.parametrize("inside_cache", [True, False])
def test_a_recorded_path_reads_back_to_the_same_directory(tmp_path, monkeypatch, inside_cache: bool) -> None:
    monkeypatch.setenv("BEAD_FPGA_CACHE", str(tmp_path / "cache"))
    target = (cache_dir() if inside_cache else tmp_path / "elsewhere") / "data" / "generated_1_seed0"
    base = tmp_path / "runs" / "model"
    recorded = portable_path(target, base)
    assert not recorded.startswith("/")
    assert recorded.startswith("$BEAD_FPGA_CACHE/") == inside_cache
    assert resolve_recorded(recorded, base).resolve() == target.resolve()
