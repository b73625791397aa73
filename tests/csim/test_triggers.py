"""Every firmware trigger kind through the same path: train (tiny) -> export -> convert ->
compiled C++, bit-exact against the quantized Brevitas model on 10k background test events
and 10k events of each signal. Each kind is trained and compiled once per session."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from bead_fpga.models.config import TRIGGER_KINDS

EVENTS = 10_000


@pytest.fixture(scope="session")
def trigger_models(tmp_path_factory: pytest.TempPathFactory, generated_data: Path) -> dict[str, tuple[Path, object]]:
    """One tiny HVAE per trigger kind (one epoch on 30k events), exported and compiled."""
    from bead_fpga.export import export
    from bead_fpga.hls.convert import HLSSettings, convert
    from bead_fpga.train import train

    root = tmp_path_factory.mktemp("triggers")
    built = {}
    for kind in TRIGGER_KINDS:
        model_dir = train("hvae", generated_data, root / kind, epochs=1, max_events=50_000, kl_warmup_epochs=0,
                          progress=False, trigger=kind)
        export(model_dir, generated_data, n_events=EVENTS)
        project = convert(model_dir, HLSSettings(), root / "hls_projects")
        project.compile()
        built[kind] = (model_dir, project)
    return built


@pytest.mark.parametrize("kind", TRIGGER_KINDS)
def test_trigger_kind_is_bit_exact_in_csim(kind: str, trigger_models, generated_data: Path, tmp_path: Path) -> None:
    from bead_fpga.csim import csim

    model_dir, project = trigger_models[kind]
    result = csim(model_dir, generated_data, n_events=EVENTS, project=project, firmware_root=tmp_path)
    assert result["background_only"]["events"] >= EVENTS
    assert result["events"] >= 5 * EVENTS
    assert result["bit_exact_fraction"] == 1.0, result["first_mismatches"]
    assert result["max_abs_diff_lsb"] == 0


def test_reconstruction_graph_holds_no_training_only_heads(trigger_models) -> None:
    """The reconstruction trigger decodes the latent means: the log-variance heads and the
    top-down prior, which only the loss needs, must not reach the firmware graph."""
    from qonnx.core.modelwrapper import ModelWrapper

    from bead_fpga.model_dir import ModelDir

    model_dir, _ = trigger_models["reconstruction"]
    mdir = ModelDir(model_dir)
    graph = ModelWrapper(str(mdir.qonnx_file(mdir.config().name)))
    n_weights = sum(int(np.prod(t.dims)) for t in graph.graph.initializer if len(t.dims) == 2)
    model = mdir.load().model
    needed = sum(p.numel() for name, p in model.named_parameters()
                 if p.ndim == 2 and not any(s in name for s in ("logvar", "prior1")))
    assert n_weights == needed + 57  # + the column of ones that sums the 57 squared errors


def test_a_distilled_transformer_goes_the_same_path(generated_data: Path, tmp_path: Path) -> None:
    """The transformer's second trigger kind: its student, not the attention, is the firmware."""
    from bead_fpga.csim import csim
    from bead_fpga.export import export
    from bead_fpga.hls.convert import HLSSettings
    from bead_fpga.model_dir import ModelDir
    from bead_fpga.train import train

    model_dir = train("transformer", generated_data, tmp_path / "transformer", epochs=1, max_events=10_000,
                      kl_warmup_epochs=0, progress=False, trigger="distilled")
    assert ModelDir(model_dir).config().trigger == "distilled"
    export(model_dir, generated_data, n_events=2000)
    result = csim(model_dir, generated_data, n_events=2000, settings=HLSSettings(),
                  projects_root=tmp_path / "hls_projects", firmware_root=tmp_path / "firmware")
    assert result["bit_exact_fraction"] == 1.0 and result["events"] >= 2000, result["first_mismatches"]


def test_an_l1_reconstruction_trigger_is_bit_exact_in_csim_and_rtl(trigger_models, generated_data: Path,
                                                                  tmp_path: Path) -> None:
    """``error_norm="l1"`` on the reconstruction model's own weights (the norm is not in the
    training loss): its score range calibrated on background as training does, then the graph
    (an ``Abs`` per feature, bead-fpga's hls4ml extension and alkaid's ``abs``) through the
    compiled C++ and the Verilated RTL, each exact against the Brevitas model on every event."""
    import dataclasses
    import shutil

    import torch

    from bead_fpga.calibrate import calibrate_on_background
    from bead_fpga.csim import csim
    from bead_fpga.data.adc2021 import load_background
    from bead_fpga.export import export
    from bead_fpga.hls.convert import HLSSettings
    from bead_fpga.model_dir import ModelDir
    from bead_fpga.rtl.csim import rtl_csim
    from tests.rtl.conftest import require_verilator

    source, _ = trigger_models["reconstruction"]
    model_dir = tmp_path / "hvae_l1"
    shutil.copytree(source, model_dir, ignore=shutil.ignore_patterns("*.onnx", "csim*.json", "*.yml"))
    mdir = ModelDir(model_dir)
    l2 = mdir.config()
    dataclasses.replace(l2, error_norm="l1", name="hvae_l1").save(mdir.config_file)
    x = load_background(generated_data, 20_000, 0)["train"]
    calibrate_on_background(mdir, torch.from_numpy(mdir.transform().apply(x).astype(np.float32)))
    cfg = mdir.config()
    assert cfg.error_norm == "l1" and cfg.score_max < l2.score_max  # |e| sums far below e**2 sums
    export(model_dir, generated_data, n_events=2000)
    result = csim(model_dir, generated_data, n_events=2000, settings=HLSSettings(),
                  projects_root=tmp_path / "hls_projects", firmware_root=tmp_path / "firmware")
    assert result["bit_exact_fraction"] == 1.0 and result["events"] >= 2000, result["first_mismatches"]
    require_verilator()
    rtl = rtl_csim(model_dir, generated_data, n_events=2000, projects_root=tmp_path / "rtl_projects")
    assert rtl["bit_exact_fraction"] == 1.0 and rtl["events"] >= 2000 and rtl["max_abs_diff_lsb"] == 0
