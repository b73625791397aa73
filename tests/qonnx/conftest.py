"""The test set of other people's QONNX graphs, each built, converted and compiled once per
session; every test reads the verdict of its graph from :func:`verdicts`."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from tests.qonnx.graphs import GRAPHS

#: Few events: every compiled graph is tiny, and the point is exactness, not statistics.
N_EVENTS = 2_000


@pytest.fixture(scope="session")
def graph_files(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    root = tmp_path_factory.mktemp("qonnx_graphs")
    return {name: build(root / f"{name}.onnx") for name, build in GRAPHS.items()}


@pytest.fixture(scope="session")
def qonnx_projects(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("qonnx_projects")


@pytest.fixture(scope="session")
def verdicts(graph_files: dict[str, Path], qonnx_projects: Path) -> Callable[[str], dict[str, Any]]:
    """``verdicts(name)``: csim-qonnx's result for one graph, computed on first use."""
    from bead_fpga.qonnx_check import csim_qonnx

    cache: dict[str, dict[str, Any]] = {}

    def verdict(name: str) -> dict[str, Any]:
        if name not in cache:
            cache[name] = csim_qonnx(graph_files[name], n_events=N_EVENTS, projects_root=qonnx_projects)
        return cache[name]

    return verdict
