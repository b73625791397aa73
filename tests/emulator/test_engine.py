"""``rate`` and ``evaluate`` scored by the emulator library (``--engine emulator``) give the
quantized model's scores on the trigger's hardware units; the library is built once per
model state and reused.

The reference is the Brevitas model fed the hardware units converted to physical values by hand
(:data:`~tests.emulator.test_emulator.HARDWARE_LSB`), and the rate figures are recounted from it
with numpy sorting: nothing of the emulator or of ``rate``'s counting computes it.
"""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from bead_fpga.data.adc2021 import BACKGROUND_FILE, load_background, load_signals, read_features
from bead_fpga.models import brevitas_scores
from bead_fpga.model_dir import ModelDir
from tests.conftest import copy_reference
from tests.emulator.test_emulator import HARDWARE_LSB

MODEL = "ae_8b"
EVENTS = 20_000


@pytest.fixture(scope="module")
def lib_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One library folder for the module: the first test builds the library, the others reuse it."""
    return tmp_path_factory.mktemp("emulators")


def reference_scores(model_dir: Path, physical: np.ndarray) -> np.ndarray:
    """The quantized model on the hardware units of ``physical``: floor(x / LSB), saturated."""
    model, transform, _ = ModelDir(model_dir).load()
    lsb = np.array([HARDWARE_LSB[name.rsplit("_", 1)[1]] for name in transform.feature_names])
    hw = np.clip(np.floor(physical / lsb), -2**15, 2**15 - 1)
    return brevitas_scores(model, transform.apply(hw * lsb))[:, 0].astype(np.float64)


def test_the_emulator_engine_scores_what_the_quantized_model_does_and_is_reused(converted, generated_data, lib_dir) -> None:
    from bead_fpga.rate import _load_models

    model_dir = converted[MODEL].model_dir
    physical = read_features(generated_data / BACKGROUND_FILE, max_events=EVENTS)[0]
    (scorer,) = _load_models([model_dir], "emulator", lib_dir, generated_data, threads=2)
    scores = scorer(physical)
    reference = reference_scores(model_dir, physical)
    assert np.array_equal(scores, reference)
    assert len(np.unique(reference)) > 50  # a constant score would pass anything
    built = sorted(lib_dir.glob("*.so"))
    assert [p.name for p in built] == [f"{scorer.library.version}.so"] and scorer.library.version.startswith(f"{MODEL}_")
    stamp = built[0].stat().st_mtime_ns
    (again,) = _load_models([model_dir], "emulator", lib_dir, generated_data)
    assert again.library.version == scorer.library.version and built[0].stat().st_mtime_ns == stamp  # reused, not rebuilt


def test_rate_with_the_emulator_engine_counts_the_reference_scores(converted, generated_data, lib_dir, tmp_path) -> None:
    """``bead-fpga rate --engine emulator``: threshold, background count and signal passes at
    FPR 1e-4 equal those recounted from the reference scores."""
    from bead_fpga.cli import main

    model_dir, out = converted[MODEL].model_dir, tmp_path / "rate"
    argv = ["rate", str(model_dir), "--data", str(generated_data), "--engine", "emulator", "--emulator-dir",
            str(lib_dir), "--fpr", "1e-4", "--rate-khz", "4", "--max-events", str(EVENTS),
            "--signal-events", "5000", "--out", str(out), "--no-plot", "--threads", "2"]
    with pytest.raises(SystemExit) as exited:
        main(argv)
    assert exited.value.code in (0, None)
    result = json.loads((out / "rate.json").read_text())
    name = ModelDir(model_dir).config().name
    assert result["triggers"][name]["score"].startswith("emulator library ")
    bkg = np.sort(reference_scores(model_dir, read_features(generated_data / BACKGROUND_FILE, max_events=EVENTS)[0]))
    point = result["operating_points"][0]["triggers"][name]
    k = int(np.floor(1e-4 * len(bkg)))
    threshold = bkg[len(bkg) - 1 - k]
    assert point["threshold"] == threshold and point["n_background_above"] == int((bkg > threshold).sum())
    for signal, physical in load_signals(generated_data, 5000).items():
        passed = int((reference_scores(model_dir, physical) > threshold).sum())
        assert point["tpr"][signal]["n_pass"] == passed, signal


def test_evaluate_with_the_emulator_engine_takes_the_trigger_score_from_the_library(converted, generated_data, lib_dir) -> None:
    from bead_fpga.evaluate import evaluate
    from bead_fpga.metrics import roc_auc

    model_dir = converted[MODEL].model_dir
    result = evaluate(model_dir, generated_data, max_events=EVENTS, seed=0, plots=False, engine="emulator",
                      lib_dir=lib_dir)
    quantized = result["variants"]["quantized"]
    assert quantized["trigger_score"].startswith("emulator library ")
    bkg = reference_scores(model_dir, load_background(generated_data, EVENTS, 0)["test"])
    for signal, physical in load_signals(generated_data, EVENTS).items():
        expected = roc_auc(bkg, reference_scores(model_dir, physical))
        assert quantized["scores"]["trigger"][signal]["auc"] == expected, signal


@pytest.mark.parametrize("command", ["rate", "evaluate"])
def test_the_emulator_engine_without_an_hls4ml_project_ends_in_one_line(tmp_path, generated_data, capsys, command) -> None:
    from bead_fpga.cli import main

    model_dir = copy_reference(MODEL, tmp_path)  # without hls4ml_config.yml
    argv = [command, str(model_dir), "--data", str(generated_data), "--engine", "emulator", "--emulator-dir",
            str(tmp_path / "lib"), "--max-events", "2000"] + (["--out", str(tmp_path / "rate"), "--no-plot"] if command == "rate" else [])
    with pytest.raises(SystemExit) as exited:
        main(argv)
    assert exited.value.code == 2
    lines = capsys.readouterr().err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"bead-fpga: error: {model_dir / 'hls4ml_config.yml'}: file not found; "
                                                   f"run `bead-fpga convert {model_dir}`"), lines


def test_an_unknown_engine_ends_in_one_line(tmp_path, capsys) -> None:
    from bead_fpga.cli import main

    with pytest.raises(SystemExit) as exited:
        main(["rate", str(copy_reference(MODEL, tmp_path)), "--engine", "verilator", "--out", str(tmp_path / "r")])
    assert exited.value.code == 2
    assert capsys.readouterr().err.strip().splitlines() == [
        "bead-fpga: error: --engine: unknown engine 'verilator'; choose brevitas or emulator"]


def test_an_emulator_folder_that_is_a_file_ends_in_one_line(tmp_path) -> None:
    """``--emulator-dir``/``--out`` naming a file is refused before anything is written."""
    from bead_fpga.emulator import build_emulator
    from bead_fpga.errors import BeadError

    not_a_folder = tmp_path / "libs"
    not_a_folder.write_text("")
    with pytest.raises(BeadError, match="is a file, not a folder") as err:
        build_emulator(Path(__file__).resolve().parents[2] / "models" / "ae_8b", not_a_folder)
    assert "\n" not in str(err.value) and not_a_folder.read_text() == ""
