"""Figures of merit (hand-computed cases) and the evaluation stage end to end on generated data."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest
import torch

from bead_fpga.errors import BeadError
from bead_fpga.metrics import roc_auc, roc_curve, tpr_at_fpr

# ------------------------------------------------------------------------------ metrics


def brute_auc(b, s) -> float:
    b, s = np.asarray(b, float), np.asarray(s, float)
    return float((s[:, None] > b[None]).mean() + 0.5 * (s[:, None] == b[None]).mean())


def test_auc_hand_computed_cases():
    assert roc_auc([0.1, 0.2, 0.3], [0.5, 0.9]) == 1.0  # perfectly separated
    assert roc_auc([0.5, 0.9], [0.1, 0.2, 0.3]) == 0.0  # reversed
    assert roc_auc([1.0, 1.0, 1.0], [1.0, 1.0]) == 0.5  # all tied
    # b = 1,2,3; s = 2,4: s=2 beats 1, ties 2, loses to 3 -> 1.5; s=4 beats all -> 3; 4.5 / 6
    assert roc_auc([1, 2, 3], [2, 4]) == pytest.approx(0.75, abs=1e-15)
    # s = 1 vs b = 1, 2: tie (0.5) + loss (0) -> 0.25
    assert roc_auc([1, 2], [1]) == pytest.approx(0.25, abs=1e-15)


def test_auc_matches_pairwise_count_with_many_ties():
    rng = np.random.default_rng(0)
    b = rng.integers(0, 12, 700)
    s = rng.integers(2, 15, 400)
    assert roc_auc(b, s) == pytest.approx(brute_auc(b, s), abs=1e-12)
    fpr, tpr, thr = roc_curve(b, s)
    assert fpr[0] == tpr[0] == 0.0 and fpr[-1] == tpr[-1] == 1.0
    assert np.all(np.diff(thr[1:]) < 0)
    assert np.trapezoid(tpr, fpr) == pytest.approx(roc_auc(b, s), abs=1e-12)


def test_tpr_at_fpr_exact_constructed_case():
    b = np.arange(100.0)  # 0..99
    s = np.arange(50.0, 150.0)  # 50..149
    wp = tpr_at_fpr(b, s, 0.1)  # 10 background events may pass: cut at 89 -> 90..99 pass
    assert (wp.threshold, wp.n_background_above, wp.fpr_achieved) == (89.0, 10, 0.1)
    assert wp.tpr == 0.6 and wp.fpr_resolved  # signal 90..149
    wp = tpr_at_fpr(b, s, 0.05)
    assert (wp.threshold, wp.tpr, wp.n_background_above) == (94.0, 0.55, 5)
    wp = tpr_at_fpr(b, s, 0.015)  # floor(1.5) = 1 event may pass: cut at 98
    assert (wp.threshold, wp.tpr, wp.n_background_above) == (98.0, 0.51, 1)


def test_tpr_at_fpr_below_resolution_is_flagged():
    b = np.arange(100.0)
    s = np.arange(50.0, 150.0)
    wp = tpr_at_fpr(b, s, 1e-5)  # needs 100k background events
    assert not wp.fpr_resolved
    assert wp.threshold == 99.0 and wp.n_background_above == 0 and wp.fpr_achieved == 0.0
    assert wp.tpr == 0.5 and wp.n_background == 100 and wp.min_resolvable_fpr == 0.01
    assert tpr_at_fpr(np.arange(100_000.0), s, 1e-5).fpr_resolved


def test_tpr_at_fpr_ties_at_the_cut_are_rejected():
    b = np.array([0.0, 0.0, 1.0, 1.0, 1.0])
    s = np.array([1.0, 1.0, 2.0])
    wp = tpr_at_fpr(b, s, 0.2)  # one event may pass, but the top three tie: none passes
    assert wp.threshold == 1.0 and wp.n_background_above == 0 and wp.fpr_achieved == 0.0
    assert wp.tpr == pytest.approx(1 / 3)


def test_metrics_reject_bad_input():
    with pytest.raises(BeadError):
        roc_auc([], [1.0])
    with pytest.raises(BeadError, match="NaN"):
        roc_auc([1.0, np.nan], [1.0])
    with pytest.raises(BeadError):
        tpr_at_fpr([1.0], [1.0], 0.0)


# ------------------------------------------------------------------------------ evaluate

N_EVENTS = 3000
N_SIGNAL = 400


@pytest.fixture(scope="module")
def trained(tmp_path_factory):
    """A 1-epoch 8-bit VAE with a 1-epoch float twin in MODEL_DIR/float_twin, on generated data."""
    from bead_fpga.data.generate import generate
    from bead_fpga.train import train

    before = torch.get_num_threads()
    torch.set_num_threads(1)  # tiny models, shared 2-core machine
    root = tmp_path_factory.mktemp("eval")
    data = root / "data"
    generate(data, n_events=N_EVENTS, seed=11, n_signal=N_SIGNAL)
    kw = dict(epochs=1, batch_size=128, max_events=N_EVENTS, progress=False, kl_warmup_epochs=0)
    model_dir = train("vae", data, root / "vae8", bits=8, **kw)
    train("vae", data, model_dir / "float_twin", bits=0, **kw)
    yield model_dir, data
    torch.set_num_threads(before)


@pytest.fixture(scope="module")
def evaluated(trained):
    from bead_fpga.evaluate import evaluate

    model_dir, data = trained
    return evaluate(model_dir, data, max_events=N_EVENTS, seed=0), model_dir, data


def test_evaluate_writes_metrics_for_every_signal_and_both_variants(evaluated):
    from bead_fpga.data.adc2021 import SIGNAL_FILES, load_background

    result, model_dir, data = evaluated
    on_disk = json.loads((model_dir / "metrics.json").read_text())
    assert on_disk == json.loads(json.dumps(result))
    n_test = len(load_background(data, N_EVENTS, 0)["test"])
    assert result["n_background"] == n_test == 600
    assert result["n_signal"] == {k: N_SIGNAL for k in SIGNAL_FILES}
    assert result["split_matches_training"] is True
    assert set(result["variants"]) == {"quantized", "float_twin"}
    for variant in result["variants"].values():
        scores = variant["scores"]
        assert {"trigger", "software", "mu2_level1", "kl_level1"} <= set(scores)
        for per_signal in scores.values():
            assert set(per_signal) == set(SIGNAL_FILES)
            for m in per_signal.values():
                assert 0.0 <= m["auc"] <= 1.0
                wp5, wp4 = m["tpr_at_fpr"]["1e-05"], m["tpr_at_fpr"]["0.0001"]
                # 600 background events resolve neither 1e-5 nor 1e-4: flagged, not pretended
                assert wp5["fpr_resolved"] is False and wp4["fpr_resolved"] is False
                assert wp5["n_background"] == n_test and wp5["n_background_above"] == 0
    assert result["variants"]["quantized"]["bits"] == 8 and result["variants"]["float_twin"]["bits"] == 0


def test_evaluate_figures_match_an_independent_computation(evaluated):
    """Recompute the trigger and software scores straight from the loaded model and count
    signal/background pairs by brute force: AUC and TPR must agree with metrics.json."""
    from bead_fpga.data.adc2021 import load_background, load_signals
    from bead_fpga.model_dir import ModelDir

    result, model_dir, data = evaluated
    model, transform, _ = ModelDir(model_dir).load()
    bkg = torch.from_numpy(transform.apply(load_background(data, N_EVENTS, 0)["test"]))
    sig = load_signals(data, N_EVENTS)
    with torch.no_grad():
        for score, fn in (("trigger", model.trigger_score), ("software", model.software_score)):
            b = fn(bkg).double().numpy()
            for name, x in sig.items():
                s = fn(torch.from_numpy(transform.apply(x))).double().numpy()
                m = result["variants"]["quantized"]["scores"][score][name]
                assert m["auc"] == pytest.approx(brute_auc(b, s), abs=1e-12)
                assert m["tpr_at_fpr"]["1e-05"]["tpr"] == pytest.approx(float((s > b.max()).mean()), abs=1e-15)
    # the software (reconstruction) score must separate the most distinct signal even after one epoch
    assert result["variants"]["quantized"]["scores"]["software"]["Ato4l"]["auc"] > 0.6


def test_evaluate_measures_the_classic_seeds_on_the_same_events(evaluated):
    """MET and HT straight from the test split's columns (slot 0 pT; jet pT summed), counted
    by brute force: the seeds are read on the very events the model is."""
    from bead_fpga.data.adc2021 import load_background, load_signals

    result, _, data = evaluated
    x_bkg, x_sig = load_background(data, N_EVENTS, 0)["test"].astype(float), load_signals(data, N_EVENTS)
    columns = {"MET": lambda x: x[:, 0], "HT": lambda x: x[:, 27:57:3].sum(axis=1)}
    for seed, value in columns.items():
        b = value(x_bkg)
        for name, x in x_sig.items():
            s = value(x.astype(float))
            m = result["classic_seeds"][seed][name]
            assert m["auc"] == pytest.approx(brute_auc(b, s), abs=1e-12)
            assert m["tpr_at_fpr"]["1e-05"]["tpr"] == pytest.approx(float((s > b.max()).mean()), abs=1e-15)


def test_evaluate_writes_the_plots(evaluated):
    result, model_dir, _ = evaluated
    expected = {f"{kind}_{v}" for kind in ("roc", "scores", "latent") for v in ("quantized", "float_twin")}
    assert expected | {"roc_trigger_vs_float"} == set(result["plots"])
    for rel in result["plots"].values():
        png = model_dir / rel
        assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and png.stat().st_size > 10_000


def test_evaluate_errors(trained, tmp_path):
    from bead_fpga.evaluate import evaluate

    model_dir, data = trained
    with pytest.raises(BeadError, match="config.json"):
        evaluate(model_dir, data, max_events=N_EVENTS, twin_dir=tmp_path)
    with pytest.raises(BeadError, match="model directory not found"):
        evaluate(tmp_path / "nope", data)


def test_cli_evaluate_prints_the_table(evaluated, monkeypatch):
    """The command takes its split from the training run and prints one row per signal (the
    evaluation itself is the fixture's, to keep the test short)."""
    from typer.testing import CliRunner

    import bead_fpga.evaluate as evaluate_mod
    from bead_fpga.cli import app

    result, model_dir, data = evaluated
    calls = []

    def fake(model_dir, data_dir, max_events=200_000, seed=0, twin_dir=None, engine="brevitas", lib_dir=None):
        calls.append((Path(model_dir), Path(data_dir), max_events, seed, twin_dir, engine))
        return result

    monkeypatch.setattr(evaluate_mod, "evaluate", fake)
    res = CliRunner().invoke(app, ["evaluate", str(model_dir), "--data", str(data)], env={"COLUMNS": "220"})
    assert res.exit_code == 0, res.output
    assert calls == [(model_dir, data, N_EVENTS, 0, None, "brevitas")]  # defaults: as in training, not 200k
    for name in ("Ato4l", "leptoquark", "hToTauTau", "hChToTauNu", "AUC trigger", "below the resolution", "best seed"):
        assert name in res.output
    auc = result["variants"]["quantized"]["scores"]["trigger"]["Ato4l"]["auc"]
    assert f"{auc:.4f}" in res.output
    res = CliRunner().invoke(app, ["evaluate", str(model_dir), "--data", str(data), "--max-events", "0", "--seed", "4"],
                             env={"COLUMNS": "220"})
    assert res.exit_code == 0 and calls[-1][2:4] == (None, 4)
    res = CliRunner().invoke(app, ["evaluate", str(model_dir), "--data", str(data), "--engine", "emulator"],
                             env={"COLUMNS": "220"})
    assert res.exit_code == 0 and calls[-1][5] == "emulator"


def test_no_split_warning_on_other_data_but_one_on_a_different_split_of_the_same(trained, tmp_path, caplog):
    """Other events are all unseen (no warning, status None); the training file split another
    way may hold training events (warned, status False); a copied training file is the same."""
    import shutil

    from bead_fpga.data.adc2021 import BACKGROUND_FILE
    from bead_fpga.data.generate import generate
    from bead_fpga.evaluate import evaluate, split_status
    from bead_fpga.model_dir import ModelDir

    model_dir, data = trained
    run = ModelDir(model_dir).training_run()
    other = generate(tmp_path / "other", n_events=N_EVENTS, seed=12, n_signal=N_SIGNAL)["background"].parent
    copied = tmp_path / "copied"
    copied.mkdir()
    shutil.copy(data / BACKGROUND_FILE, copied / BACKGROUND_FILE)
    assert split_status(run, other, N_EVENTS, 0) is None
    assert split_status(run, copied, N_EVENTS, 0) is True
    assert split_status(run, copied, N_EVENTS, 5) is False

    with caplog.at_level("WARNING"):
        result = evaluate(model_dir, other, max_events=N_EVENTS, seed=3, plots=False)
    assert result["split_matches_training"] is None
    assert not [r for r in caplog.records if "may contain training events" in r.getMessage()]
    with caplog.at_level("WARNING"):
        evaluate(model_dir, data, max_events=N_EVENTS, seed=3, plots=False)
    assert [r for r in caplog.records if "may contain training events" in r.getMessage()]
