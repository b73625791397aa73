"""A small BEAD HVAE-Transformer, trained here through its three phases, exported, converted
through bead-fpga's hls4ml extensions and compiled: its C++ trigger against the quantized
Brevitas model, bit for bit, and against the combined score's independent reference (qonnx's
executor, inside ``export``)."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from bead_fpga.csim import csim
from bead_fpga.model_dir import ModelDir
from tests.csim.conftest import Compiled

CSIM_EVENTS = 5_000


@pytest.fixture(scope="module")
def compiled_bead(tmp_path_factory: pytest.TempPathFactory, generated_data: Path) -> Compiled:
    from bead_fpga.export import export
    from bead_fpga.hls.convert import HLSSettings, convert
    from bead_fpga.train import train

    root = tmp_path_factory.mktemp("compiled_bead")
    model_dir = train("bead", generated_data, root / "models" / "bead_8b", bits=8, epochs=1, batch_size=256,
                      max_events=10_000, kl_warmup_epochs=0, progress=False)
    mdir = ModelDir(model_dir)
    if mdir.config().met_weight == 1.0:  # a unit weight would leave no shift in the graph to check
        dataclasses.replace(mdir.config(), met_weight=8.0).save(mdir.config_file)
    export(model_dir, generated_data, n_events=CSIM_EVENTS)  # raises unless QONNX == Brevitas on every event
    project = convert(model_dir, HLSSettings(), root / "hls_projects")
    assert project.compile() is True
    return Compiled(model_dir, project, root / "hls_projects")


@pytest.fixture(scope="module")
def result(compiled_bead, generated_data, tmp_path_factory) -> dict:
    c = compiled_bead
    return csim(c.model_dir, generated_data, n_events=CSIM_EVENTS, project=c.project,
                projects_root=c.projects_root, firmware_root=tmp_path_factory.mktemp("firmware"))


def test_bead_csim_is_bit_exact(result) -> None:
    assert result["background_only"]["events"] == CSIM_EVENTS
    assert result["events"] >= CSIM_EVENTS
    assert result["bit_exact_events"] == result["events"]
    assert result["max_abs_diff_lsb"] == 0 and result["first_mismatches"] == []
    assert result["physics"]["csim"] == result["physics"]["quantized"]


def test_bead_trigger_runs_the_latent_transformer_in_firmware(compiled_bead) -> None:
    classes = {layer.class_name for layer in compiled_bead.project.hls_model.get_layers()}
    assert {"Einsum", "ReduceSum", "PointwiseConv1D", "Concatenate"} <= classes
