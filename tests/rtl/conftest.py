"""The reference HVAE's RTL, Verilated once per session (a build takes minutes on 2 cores).

Tests that need Verilator or Yosys skip, with the reason, only where the tool is truly
absent (``.ci/run`` installs both).
"""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import REFERENCE_MODELS

RTL_MODEL = "hvae_8b"
#: Background test events (the generated data's whole test split) plus up to as many per signal.
RTL_EVENTS = 10_000


def require_verilator() -> None:
    from bead_fpga.rtl.verilator import missing_tools

    missing = missing_tools()
    if missing:
        pytest.skip(f"cannot build the RTL simulation here: missing {', '.join(missing)}")


def require_yosys() -> Any:
    from bead_fpga.rtl.yosys import find_yosys

    found = find_yosys()
    if found is None:
        pytest.skip("yosys is not installed (apt-get install yosys)")
    return found


@dataclass
class RTLRun:
    model_dir: Path
    projects_root: Path
    result: dict[str, Any]  #: what rtl_csim returned (and wrote to csim_rtl.json)


@pytest.fixture(scope="session")
def rtl_run(tmp_path_factory: pytest.TempPathFactory, generated_data: Path) -> RTLRun:
    """``rtl_csim`` on a private copy of the committed HVAE (its QONNX graph included):
    trace, Verilate, simulate every background test event and the signals."""
    require_verilator()
    from bead_fpga.rtl.csim import rtl_csim

    root = tmp_path_factory.mktemp("rtl")
    model_dir = root / "models" / RTL_MODEL
    shutil.copytree(REFERENCE_MODELS / RTL_MODEL, model_dir,
                    ignore=shutil.ignore_patterns("csim*.json", "hls4ml_config.yml", "report*", "synth.json"))
    result = rtl_csim(model_dir, generated_data, n_events=RTL_EVENTS, projects_root=root / "projects")
    return RTLRun(model_dir, root / "projects", result)
