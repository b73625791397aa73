"""Triggers at their operating point: thresholds and efficiencies against brute-force counts
(ties included), classic seeds against values worked out by hand, intervals against closed
forms, the menu's pure rate and gain on a menu small enough to follow event by event, and bad
input ending in one line."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

import bead_fpga.rate as rate_mod
from bead_fpga.data.adc2021 import read_features
from bead_fpga.metrics import tpr_at_fpr
from bead_fpga.metrics import allowed_above, count_above, threshold_at
from bead_fpga.rate import Scores, clopper_pearson, menu_point, operating_fprs, trigger_point
from bead_fpga.seeds import SEEDS, seed_values
from tests.conftest import REFERENCE_MODELS
from tests.unit.test_cli import assert_one_line_error, run_cli
from tests.unit.test_data import random_events, write_layout


def brute_threshold(background: list[float], k: int) -> float:
    """The smallest background value with at most ``k`` background values strictly above it."""
    return min(v for v in background if sum(b > v for b in background) <= k)


def only(trigger_values: dict[str, np.ndarray], n: int) -> dict[str, np.ndarray]:
    """Every seed silent (all zeros never pass a cut at 0) except the arrays given."""
    return {name: np.zeros(n) for name in SEEDS} | trigger_values


# ------------------------------------------------------------------------ thresholds and TPRs


def test_threshold_with_ties_rejects_every_event_at_the_cut() -> None:
    background = np.array([1.0, 2.0, 2.0, 2.0, 3.0])
    sorted_bkg = np.sort(background)
    assert threshold_at(sorted_bkg, 0) == 3.0 and count_above(sorted_bkg, 3.0) == 0
    assert threshold_at(sorted_bkg, 1) == 2.0 and count_above(sorted_bkg, 2.0) == 1
    # three events tie at 2: allowing 2 or 3 above cannot let them through without letting all
    assert threshold_at(sorted_bkg, 2) == 2.0 and threshold_at(sorted_bkg, 3) == 2.0
    assert threshold_at(sorted_bkg, 4) == 1.0 and count_above(sorted_bkg, 1.0) == 4
    assert count_above(np.sort(np.array([2.0, 2.0, 3.0])), 2.0) == 1


@pytest.mark.parametrize("seed", range(5))
def test_thresholds_and_tprs_match_a_brute_force_count(seed: int) -> None:
    rng = np.random.default_rng(seed)
    n = 400
    background = rng.integers(0, 30, n).astype(float)  # integer scores: ties everywhere
    signals = {"a": rng.integers(0, 40, 150).astype(float), "b": rng.integers(10, 35, 90).astype(float)}
    scores = Scores(only({"model": background}, n), {s: only({"model": v}, len(v)) for s, v in signals.items()})
    for fpr in (1e-3, 0.0025, 0.01, 0.05, 0.2):
        k = allowed_above(fpr, n)
        point = trigger_point(scores, "model", fpr, 40e6)
        cut = brute_threshold(list(background), k)
        assert point["threshold"] == cut
        assert point["n_background_above"] == sum(b > cut for b in background) <= k
        assert point["rate_hz"] == pytest.approx(point["n_background_above"] / n * 40e6)
        for s, values in signals.items():
            assert point["tpr"][s]["n_pass"] == sum(v > cut for v in values)
            assert point["tpr"][s]["value"] == pytest.approx(point["tpr"][s]["n_pass"] / len(values))
            assert point["tpr"][s]["value"] == pytest.approx(tpr_at_fpr(background, values, fpr).tpr)


def test_allowed_above_is_the_floor_of_fpr_times_n() -> None:
    assert allowed_above(1e-5, 1_000_000) == 10
    assert allowed_above(1e-5, 99_999) == 0
    assert allowed_above(2.5e-5, 200_000) == 5


def test_operating_points_from_rates_and_fprs() -> None:
    assert operating_fprs([0.4, 1, 4], [], 40.0) == pytest.approx([1e-5, 2.5e-5, 1e-4])
    assert operating_fprs([0.3], [1e-5], 30.0) == pytest.approx([1e-5])  # the same point once
    assert operating_fprs([], [1e-3], 40.0) == [1e-3]


# ----------------------------------------------------------------------------- classic seeds


def hand_events() -> np.ndarray:
    """Two events written slot by slot (pT, eta, phi per slot; unset slots empty)."""
    f = np.zeros((2, 57), dtype=np.float32)

    def put(event: int, slot: int, pt: float) -> None:
        f[event, 3 * slot:3 * slot + 3] = (pt, 0.5, 1.0)

    # event 0: MET 40, electrons 30 and 10, muon 25, jets 100, 50, 20
    for slot, pt in ((0, 40), (1, 30), (2, 10), (5, 25), (9, 100), (10, 50), (11, 20)):
        put(0, slot, pt)
    # event 1: MET 5, no electron, muons 60 and 35, one jet of 18
    for slot, pt in ((0, 5), (5, 60), (6, 35), (9, 18)):
        put(1, slot, pt)
    return f


def test_classic_seeds_computed_by_hand() -> None:
    v = seed_values(hand_events())
    expected = {
        "MET": [40, 5], "e1_pt": [30, 0], "mu1_pt": [25, 60],
        "lep2_pt": [25, 35],  # event 0: e 30 > mu 25 > e 10; event 1: mu 60 > mu 35
        "HT": [170, 18], "jet1_pt": [100, 18],
        "sum_pt": [40 + 30 + 10 + 25 + 170, 5 + 60 + 35 + 18],
    }
    assert set(v) == set(expected)
    for name, values in expected.items():
        np.testing.assert_array_equal(v[name], np.array(values, dtype=np.float64), err_msg=name)


# ----------------------------------------------------------------------------------- intervals


def test_clopper_pearson_against_closed_forms() -> None:
    # k = 0 and k = n have closed forms: the bound is (alpha/2)^(1/n) from the other side
    lo, hi = clopper_pearson(0, 10, 0.95)
    assert lo == 0.0 and hi == pytest.approx(1 - 0.025 ** (1 / 10), rel=1e-10)
    lo, hi = clopper_pearson(10, 10, 0.95)
    assert hi == 1.0 and lo == pytest.approx(0.025 ** (1 / 10), rel=1e-10)
    # k = 1 of n = 2: P(X >= 1 | p_lo) = 1 - (1-p_lo)^2 = 0.025 and P(X <= 1 | p_hi) = 1 - p_hi^2 = 0.025
    lo, hi = clopper_pearson(1, 2, 0.95)
    assert lo == pytest.approx(1 - np.sqrt(0.975), rel=1e-10)
    assert hi == pytest.approx(np.sqrt(0.975), rel=1e-10)
    lo, hi = clopper_pearson(5, 10, 0.95)  # the textbook value
    assert (round(lo, 4), round(hi, 4)) == (0.1871, 0.8129)


# -------------------------------------------------------------------------------------- menu


def test_menu_pure_rate_unique_acceptance_and_gain_by_hand() -> None:
    # 10 background events, FPR 0.1: each trigger may fire on k = 1 of them.
    met = np.arange(10.0)  # fires on event 9 (cut 8)
    model = np.array([20.0, 10.0] + [0.0] * 8)  # fires on event 0 (cut 10): pure
    scores = Scores(only({"MET": met, "ad": model}, 10),
                    {"sig": only({"MET": np.array([9.5, 7.5, 0, 0]), "ad": np.array([0, 0, 15.0, 5])}, 4)})
    menu = menu_point(scores, "ad", 0.1, 40e6)
    assert (menu["n_background_classic"], menu["n_background_with_anomaly"], menu["n_background_pure"]) == (1, 2, 1)
    assert menu["pure_rate_hz"] == pytest.approx(4e6)
    # the same 2 events given to the seeds: MET at k' = 2 (cut 7) fires on events 8 and 9
    assert menu["classic_equal_rate_allowance"] == 2 and menu["n_background_classic_equal_rate"] == 2
    sig = menu["signals"]["sig"]
    assert sig["classic"]["n_pass"] == 1  # 9.5 > 8
    assert sig["with_anomaly"]["n_pass"] == 2  # + the event at 15 > 10
    assert sig["unique"]["n_pass"] == 1
    assert sig["classic_equal_rate"]["n_pass"] == 2  # 9.5 and 7.5 > 7
    assert sig["gain"] == 0.0


# --------------------------------------------------------------------------- streamed scoring


def test_streamed_scores_equal_the_whole_file_at_once(generated_data: Path, monkeypatch) -> None:
    import torch

    from bead_fpga.data.adc2021 import BACKGROUND_FILE

    monkeypatch.setattr(rate_mod, "CHUNK", 3_000)  # several chunks and a partial last one
    path = generated_data / BACKGROUND_FILE
    scorer = rate_mod.ModelScorer("hvae_8b", rate_mod.ModelDir(REFERENCE_MODELS / "hvae_8b"))
    exclude = np.array([0, 5, 2_999, 3_000, 7_500])
    streamed, n_read = rate_mod.stream_scores(path, [scorer], max_events=10_000, exclude=exclude)
    x = np.delete(read_features(path, max_events=10_000)[0], exclude, axis=0)
    assert n_read == 10_000 and len(streamed["MET"]) == 10_000 - len(exclude)
    with torch.no_grad():
        whole = scorer.model.trigger(torch.from_numpy(scorer.transform.apply(x).astype(np.float32)))[:, 0].numpy()
    np.testing.assert_array_equal(streamed["hvae_8b"], whole.astype(np.float64))
    for name, values in seed_values(x).items():
        np.testing.assert_array_equal(streamed[name], values)


def test_rate_end_to_end_on_generated_events(generated_data: Path, tmp_path: Path) -> None:
    result = rate_mod.rate([REFERENCE_MODELS / "hvae_8b"], generated_data, [1e-4, 1e-3], out_dir=tmp_path)
    saved = json.loads((tmp_path / rate_mod.RATE_FILE).read_text())
    assert saved["background"]["n_events"] == 50_000 and (tmp_path / rate_mod.RATE_PLOT).is_file()
    for point in result["operating_points"]:
        for trig in point["triggers"].values():
            assert trig["n_background_above"] <= point["n_background_allowed"] == allowed_above(point["fpr"], 50_000)
        assert set(point["triggers"]) == {"hvae_8b", *SEEDS}
        assert point["menu"]["hvae_8b"]["n_background_with_anomaly"] >= point["menu"]["hvae_8b"]["n_background_classic"]


# ------------------------------------------------------------------------------- bad input


def _truncated_background(data: Path) -> None:
    write_layout(data / "background_for_training.h5", random_events(2000))
    raw = (data / "background_for_training.h5").read_bytes()
    (data / "background_for_training.h5").write_bytes(raw[: len(raw) // 2])


def _nan_background(data: Path) -> None:
    events = random_events(3000)
    events[2500, 3, 0] = np.nan
    write_layout(data / "background_for_training.h5", events)
    write_layout(data / "Ato4l_lepFilter_13TeV.h5", random_events(100, seed=1))


@pytest.mark.parametrize(("build", "message"), [(_truncated_background, "corrupt or truncated"),
                                                (_nan_background, "NaN or inf in event 2500")])
def test_rate_on_a_bad_file_ends_in_one_line(build, message, tmp_path: Path, capsys, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    build(tmp_path)
    code, out, err = run_cli(["rate", str(REFERENCE_MODELS / "hvae_8b"), "--data", str(tmp_path)], capsys)
    assert_one_line_error(code, out, err)
    assert message in err


@pytest.mark.parametrize("options", [["--rate-khz", "50000"], ["--rate-khz", "0.4,x"], ["--fpr", "2"],
                                     ["--collision-rate-mhz", "0"], ["--max-events", "-1"],
                                     ["--threads", "0"]])
def test_rate_rejects_bad_options_in_one_line(options: list[str], tmp_path: Path, capsys, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    code, out, err = run_cli(["rate", str(REFERENCE_MODELS / "hvae_8b"), "--data", str(tmp_path), *options], capsys)
    assert_one_line_error(code, out, err)
    assert options[0] in err


def test_a_model_directory_named_twice_ends_in_one_line(tmp_path: Path) -> None:
    """Two names for one model would key two identical rows; the second is refused up front."""
    from bead_fpga.errors import BeadError
    from tests.conftest import REFERENCE_MODELS

    with pytest.raises(BeadError, match="named twice") as err:
        rate_mod.rate([REFERENCE_MODELS / "ae_8b", REFERENCE_MODELS / "ae_8b" / "."], tmp_path, [1e-3])
    assert "\n" not in str(err.value)
