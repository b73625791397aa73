"""The corpus of other people's QONNX graphs (:mod:`tests.qonnx.corpus`), each built,
converted and compiled once per session; every test reads the verdict of its graph from
:func:`verdicts`."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import torch

from bead_fpga.errors import BeadError
from tests.qonnx.corpus import CORPUS

#: Every graph is tiny; the point is exactness over the whole input grid, not statistics.
N_EVENTS = 2_000


@pytest.fixture(scope="session")
def graph_files(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    root = tmp_path_factory.mktemp("qonnx_graphs")
    files = {}
    for name, (build, _, _) in CORPUS.items():
        torch.manual_seed(0)  # the nets' initial weights: the same graph whichever builds first
        files[name] = build(root / f"{name}.onnx")
    return files


@pytest.fixture(scope="session")
def qonnx_projects(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("qonnx_projects")


@pytest.fixture(scope="session")
def verdicts(graph_files: dict[str, Path], qonnx_projects: Path) -> Callable[[str], dict[str, Any]]:
    """``verdicts(name)``: csim-qonnx's result for one graph, computed on first use; a refused
    graph gives ``{"verdict": "refused", "line": <the one-line error>}``."""
    from bead_fpga.qonnx_check import csim_qonnx

    cache: dict[str, dict[str, Any]] = {}

    def verdict(name: str) -> dict[str, Any]:
        if name not in cache:
            try:
                cache[name] = csim_qonnx(graph_files[name], n_events=N_EVENTS, projects_root=qonnx_projects)
            except BeadError as err:
                cache[name] = {"verdict": "refused", "line": str(err)}
        return cache[name]

    return verdict
