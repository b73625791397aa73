"""The mission's commands work exactly as typed: `bead-fpga train --quantize 8` and
`bead-fpga synth --part xcvu9p`, with nothing else named."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bead_fpga import defaults
from bead_fpga.model_dir import ModelDir
from tests.unit.test_cli import run_cli


@pytest.fixture
def fresh_machine(tmp_path, monkeypatch) -> Path:
    """An empty cache and working directory; the built-in data made small so the test is quick
    (the command line and every code path are the real ones)."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("BEAD_FPGA_CACHE", str(tmp_path / "cache"))
    monkeypatch.setattr(defaults, "DEFAULT_EVENTS", 4000)
    return tmp_path


def test_train_then_synth_as_typed(fresh_machine, capsys) -> None:
    code, out, err = run_cli(["train", "--quantize", "8", "--no-progress"], capsys)
    assert code == 0, err
    assert out.splitlines()[0] == "train: hvae_8b (hvae at 8b) -> runs/hvae_8b"
    model = ModelDir(fresh_machine / "runs" / "hvae_8b")
    assert model.is_trained() and model.config().bits == 8 and model.config().model == "hvae"
    # the trigger a group should start from (README, Trigger kinds): reconstruction, widths (16, 8)
    assert (model.config().trigger, model.config().hidden) == ("reconstruction", (16, 8))
    data = defaults.cache_dir() / "data" / "generated_4000_seed0"
    assert model.training_run()["data_dir"] == "$BEAD_FPGA_CACHE/data/generated_4000_seed0"  # no machine path
    assert model.resolve(model.training_run()["data_dir"]) == data

    code, out, err = run_cli(["synth", "--part", "xcvu9p"], capsys)
    assert code == 0, err
    assert out.splitlines()[0] == f"synth: {model.path.resolve()} (the most recently trained model) on xcvu9p-flga2104-2L-e"
    synth = json.loads(model.synth_file.read_text())
    assert synth["model"] == "hvae_8b"
    assert model.qonnx_file().is_file()  # exported (and checked against Brevitas) on the way


def test_a_second_training_never_overwrites_the_first(fresh_machine) -> None:
    (fresh_machine / "runs" / "hvae_8b").mkdir(parents=True)
    (fresh_machine / "runs" / "hvae_8b" / "weights.pt").write_bytes(b"x")
    assert defaults.default_out_dir("hvae", 8) == Path("runs/hvae_8b_2")
    assert defaults.default_out_dir("ae", 0) == Path("runs/ae_float")


def test_synth_falls_back_to_the_reference_hvae(fresh_machine) -> None:
    path, why = defaults.default_model_dir()
    assert path == defaults.REFERENCE_MODEL and why == "the committed reference HVAE"
    assert ModelDir(path).config().name == "hvae_8b"


def test_a_recorded_model_that_was_deleted_is_not_used(fresh_machine) -> None:
    defaults.record_trained(fresh_machine / "gone")
    assert defaults.default_model_dir()[0] == defaults.REFERENCE_MODEL


def test_widths_from_the_command_line(fresh_machine, capsys) -> None:
    code, _, err = run_cli(["train", "--hidden", "8", "--latent", "2,1", "--epochs", "1", "--no-progress",
                            "--out", "m"], capsys)
    assert code == 0, err
    assert (ModelDir(fresh_machine / "m").config().hidden, ModelDir(fresh_machine / "m").config().latent) == ((8,), (2, 1))


def test_bead_takes_the_hvae_input_map_from_the_same_entry() -> None:
    """BEAD's encoder and decoder are the HVAE's, so it is trained on the HVAE's map: the same
    object (one source of truth), not an equal copy that could drift."""
    assert defaults.default_transform_options("bead") is defaults.default_transform_options("hvae")
    assert defaults.default_transform_options("bead").pt_map == "log2-objects"


def test_a_model_is_named_after_its_directory(tmp_path) -> None:
    """The name is the model's hls_projects/ and firmware/ directory: a second HVAE of the same
    width (runs/hvae_8b_2, a variant beside a reference) must not take the first one's."""
    from bead_fpga.models import default_config
    from bead_fpga.train import named_after

    cfg = default_config("hvae", bits=8)
    assert named_after(cfg, ModelDir(tmp_path / "runs" / "hvae_8b_2")).name == "hvae_8b_2"
    assert named_after(cfg.float_twin(), ModelDir(tmp_path / "hvae_8b_2" / "float_twin")).name == "hvae_float"
