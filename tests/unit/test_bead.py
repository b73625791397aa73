"""The BEAD HVAE-Transformer (bead_fpga.models.bead): what each training phase moves, the MET
head's target, the combined score against its terms, and the three phases in one training run."""

from __future__ import annotations

import json
from pathlib import Path

import h5py
import numpy as np
import pytest
import torch

import bead_fpga.train as train_mod
from bead_fpga.data.adc2021 import BACKGROUND_FILE, load_background
from bead_fpga.errors import BeadError
from bead_fpga.model_dir import (
    CHECKPOINT_FILE,
    METRICS_TRAIN_FILE,
    WEIGHTS_FILE,
    ModelDir,
)
from bead_fpga.models import build_model, default_config
from bead_fpga.models.bead import BeadModel, met_shift, tail_shift
from bead_fpga.train import train

N = 256
N_EVENTS = 3000
FAST = dict(batch_size=128, max_events=N_EVENTS, progress=False, kl_warmup_epochs=0)


@pytest.fixture(scope="module")
def data_dir(tmp_path_factory) -> Path:
    from bead_fpga.data.generate import generate

    d = tmp_path_factory.mktemp("adc")
    generate(d, n_events=N_EVENTS, seed=5, n_signal=300)
    return d


def make(bits: int = 8, **overrides) -> BeadModel:
    torch.manual_seed(0)
    return build_model(default_config("bead", bits=bits, **overrides))


def events(n: int = N, seed: int = 1) -> torch.Tensor:
    """Events on the 16-bit input grid, pT >= 0, about 40 % of the object slots empty."""
    g = torch.Generator().manual_seed(seed)
    x = torch.randn(n, 19, 3, generator=g)
    x[:, :, 0] = x[:, :, 0].abs() + 0.1
    x[:, 0, 1] = 0.0
    empty = torch.rand(n, 19, 1, generator=g) < 0.4
    empty[:, 0] = False
    x = x.masked_fill(empty, 0.0).reshape(n, 57)
    return torch.round(x * 2**10) / 2**10


def step(model: BeadModel, x: torch.Tensor, steps: int = 5) -> None:
    """A few Adam steps on the current phase's loss, the way bead_fpga.train takes them."""
    opt = torch.optim.Adam(model.parameters(), lr=1e-2)
    model.train()
    for _ in range(steps):
        loss, _ = model.loss(x, model(x), beta=1.0)
        opt.zero_grad()
        loss.backward()
        opt.step()
    model.eval()


def state(model: BeadModel) -> dict[str, torch.Tensor]:
    return {k: v.detach().clone() for k, v in model.state_dict().items()}


@pytest.mark.parametrize("given_level", [2, 1])
def test_each_phase_moves_exactly_the_parts_it_trains(given_level):
    model, x = make(8, given_level=given_level), events()
    parts = {name for name, _ in model.named_children()}
    for index, phase in enumerate(model.training_phases):
        model.enter_phase(index)
        before = state(model)
        step(model, x)
        after = state(model)
        moved = {k.split(".")[0] for k in before if k in after and not torch.equal(before[k], after[k])}
        assert moved == set(phase.trains), phase.name
        frozen = parts - set(phase.trains)
        assert all(torch.equal(before[k], after[k]) for k in before if k.split(".")[0] in frozen)
        assert all(not p.requires_grad for name, p in model.named_parameters() if name.split(".")[0] in frozen)


def test_frozen_parts_stay_in_eval_mode_while_training():
    model = make(8)
    model.enter_phase(1)
    model.train()
    assert model.transformer.training
    assert not model.encoder.training and not model.head1.training and not model.decoder.training


def test_the_encoder_never_sees_the_met_and_the_head_targets_it():
    """Changing only the MET pT moves the target, not the latent nor the reconstruction."""
    model, x = make(8), events(16)
    model.eval()
    x2 = x.clone()
    x2[:, 0] += 1.5
    a, b = model.complete(model.input_q(x)), model.complete(model.input_q(x2))
    assert torch.equal(a["z2"], b["z2"]) and torch.equal(a["z_hat"], b["z_hat"]) and torch.equal(a["recon"], b["recon"])
    assert torch.equal(b["met"] - a["met"], torch.full((16, 1), 1.5))


def test_met_target_is_the_met_pt_of_the_file(data_dir):
    """The target is the MET object's pT (slot 0, class 1 in the ADC2021 file), read here with
    h5py and put on the input grid by the fitted transform, not through the model's loader."""
    from bead_fpga.transform import fit_transform

    with h5py.File(data_dir / BACKGROUND_FILE) as f:
        particles = f["Particles"][:500]
    assert np.all(particles[:, 0, 3] == 1)  # slot 0 is the MET in every event
    flat = particles[:, :, :3].reshape(len(particles), 57)
    transform = fit_transform(flat, input_bits=16, input_int_bits=6)
    x = torch.from_numpy(transform.apply(flat).astype(np.float32))
    model = make(8)
    model.eval()
    met = model.complete(model.input_q(x))["met"][:, 0].double().numpy()
    expected = transform.apply(flat)[:, 0]
    assert np.array_equal(met, expected) and np.all(expected[particles[:, 0, 0] > 1] > 0)


@pytest.mark.parametrize("given_level", [2, 1])
def test_the_transformer_completes_the_level_it_is_not_given(given_level):
    """The decoder reads the encoder's mean of the given level and the transformer's prediction
    of the other; phase 2's target is the encoder's mean of the predicted level."""
    model, x = make(8, given_level=given_level), events(32)
    model.enter_phase(1)
    model.eval()
    with torch.no_grad():
        out = model(x)
        h = model.encoder(model.select_objects(model.input_q(x)))
        means = {1: model.head1.mean(h), 2: model.head2.mean(model.encoder2(h))}
        given = torch.cat([means[given_level], model.count_objects(model.slot_mask(model.input_q(x)))], dim=1)
        predicted = model.transformer(given)
    levels = {given_level: means[given_level], 3 - given_level: predicted}
    assert torch.equal(out["z1"], levels[1]) and torch.equal(out["z2"], levels[2])
    assert torch.equal(out["z_hat"], predicted) and torch.equal(out["target"], means[3 - given_level])
    assert predicted.shape[1] == model.cfg.latent[2 - given_level]


def test_given_level_and_met_weight_are_checked_with_the_config():
    """Before any model is built, in one line (a scan's bad value fails its point cleanly)."""
    from bead_fpga.errors import BeadError

    with pytest.raises(BeadError, match="given_level: must be 1 or 2"):
        default_config("bead", given_level=3)
    with pytest.raises(BeadError, match="met_weight: met_weight must be 2"):
        default_config("bead", met_weight=3.0)


def test_context_counts_are_the_occupied_slots_per_type():
    model, x = make(8), events(32)
    model.eval()
    slots = x.reshape(32, 19, 3)[:, :, 0] != 0
    expected = torch.stack([slots[:, 1:5].sum(1), slots[:, 5:9].sum(1), slots[:, 9:].sum(1)], dim=1).float()
    counts = model.count_objects(model.slot_mask(model.input_q(x)))
    assert torch.equal(counts, expected)


def assert_score_is_its_terms_by_hand(model: BeadModel, x: torch.Tensor) -> None:
    """The quantized score against numpy sums over the 54 object features and the MET term,
    with the error rounding done here (round half to even, saturate), and the software score
    against the unrounded terms."""
    met_weight = model.cfg.met_weight
    model.eval()
    with torch.no_grad():
        out = model.complete(model.input_q(x))
        recon, objects, mask = (out[k].double().numpy() for k in ("recon", "objects", "mask"))
        met_hat, met = out["met_hat"].double().numpy()[:, 0], out["met"].double().numpy()[:, 0]
        raw = model.raw_score_q(model.input_q(x)).double().numpy()[:, 0]
        software = model.software_score(x).double().numpy()
        terms = {k: v.double().numpy() for k, v in model.term_scores(x).items()}
    lsb, top = 2.0**-4, 2.0**5  # ap_fixed<10, 6>: the default error grid (error_bits 10, the input's 6 integer bits)
    rounded = lambda v: np.clip(np.round(v / lsb) * lsb, -top, top - lsb)  # noqa: E731
    for i in range(len(x)):
        recon_term = sum(rounded(recon[i, j] - objects[i, j]) ** 2 * mask[i, j] for j in range(54))
        met_term = rounded(met_hat[i] - met[i]) ** 2
        assert raw[i] == recon_term + met_weight * met_term
        plain_recon = sum((recon[i, j] - objects[i, j]) ** 2 * mask[i, j] for j in range(54))
        assert terms["recon_error"][i] == pytest.approx(plain_recon, rel=1e-6)
        assert terms["met_deviation"][i] == pytest.approx((met_hat[i] - met[i]) ** 2, rel=1e-6)
        assert software[i] == pytest.approx(plain_recon + met_weight * (met_hat[i] - met[i]) ** 2, rel=1e-6)


@pytest.mark.parametrize("met_weight", [1.0, 16.0, 1 / 4])
def test_the_score_is_the_sum_of_its_terms_by_hand(met_weight):
    model, x = make(8, met_weight=met_weight), events(8)
    step(model, x, 1)  # the learned scales take their values from data
    assert_score_is_its_terms_by_hand(model, x)


def count_complete(model: BeadModel, monkeypatch) -> list[int]:
    """The batch sizes :meth:`BeadModel.complete` is called with from now on."""
    calls, complete = [], model.complete
    monkeypatch.setattr(model, "complete", lambda xq: calls.append(len(xq)) or complete(xq))
    return calls


@pytest.mark.parametrize("trigger", ["reconstruction", "distilled"])
def test_evaluation_scores_are_one_pass_and_the_terms_sum_to_the_total(trigger, monkeypatch):
    """``evaluate``'s scores of a batch come from one complete() pass, equal the ones each
    method gives alone, and the software score is its terms' weighted sum (numpy float32)."""
    model, x = make(8, met_weight=4.0, trigger=trigger), events(64)
    step(model, x, 1)
    model.eval()
    with torch.no_grad():
        alone = {"trigger": model.trigger_score(x), "software": model.software_score(x), **model.term_scores(x),
                 "latent": torch.cat(model.latent_means(model.input_q(x)), dim=1)}
        calls = count_complete(model, monkeypatch)
        scores = model.evaluation_scores(x)
    assert calls == [64]
    assert list(scores) == ["trigger", "software", "recon_error", "met_deviation", "latent"]
    assert all(torch.equal(scores[k], alone[k]) for k in alone)
    recon, met = scores["recon_error"].numpy(), scores["met_deviation"].numpy()
    assert np.array_equal(scores["software"].numpy(), recon + np.float32(4.0) * met)


def test_evaluate_runs_complete_once_per_chunk(monkeypatch):
    from bead_fpga.evaluate import score_events

    class Identity:
        apply = staticmethod(lambda a: a)

    model, x = make(8), events(100)
    calls = count_complete(model, monkeypatch)
    scores = score_events(model, Identity(), x.numpy(), chunk=64)
    assert calls == [64, 36]
    assert {k: v.shape for k, v in scores.items()} == {
        "trigger": (100,), "software": (100,), "recon_error": (100,), "met_deviation": (100,), "latent": (100, 5)}


def test_met_weight_balances_the_terms_in_the_background_tail():
    """The nearest power of two to the ratio of the terms' 99.9 % quantiles (numpy's)."""
    model, x = make(0), events(4096)
    model.eval()
    with torch.no_grad():
        terms = {k: v.double().numpy() for k, v in model.term_scores(x).items()}
    ratio = float(np.quantile(terms["recon_error"], 0.999) / np.quantile(terms["met_deviation"], 0.999))
    chosen = model.background_config(x).met_weight
    assert chosen in {2.0**k for k in range(-6, 7)}
    assert all(abs(np.log(ratio / chosen)) <= abs(np.log(ratio / 2.0**k)) for k in range(-6, 7))


def test_tail_shift_is_clamped_and_survives_a_zero_term():
    base = torch.linspace(0, 1, 10_001)
    assert tail_shift(8 * base, base) == 3 and tail_shift(base, 8 * base) == -3
    assert tail_shift(base * 2.0**20, base) == 6 and tail_shift(base, torch.zeros(10)) == 0


def test_met_weight_must_be_a_power_of_two():
    assert met_shift(16.0) == 4 and met_shift(0.25) == -2 and met_shift(2.0) == 1
    for bad in (3.0, 0.0, -4.0, 2.0**7):
        with pytest.raises(ValueError, match="met_weight"):
            met_shift(bad)


@pytest.mark.parametrize("bits", [8, 0])
def test_float_twin_is_the_same_class_without_quantizers(bits):
    model = make(bits)
    model.eval()
    x = events(16)
    assert model.trigger_score(x).shape == (16,) and torch.isfinite(model.software_score(x)).all()
    assert set(model.level_scores(x)) == {"recon_error", "met_deviation"}
    assert [m.shape[1] for m in model.latent_means(model.input_q(x))] == [3, 2]


def _metrics(model_dir: Path) -> dict:
    return json.loads((model_dir / METRICS_TRAIN_FILE).read_text())


@pytest.fixture(scope="module")
def trained_dir(data_dir, tmp_path_factory) -> Path:
    return train("bead", data_dir, tmp_path_factory.mktemp("bead") / "m", bits=8, epochs=2, **FAST)


def test_training_runs_the_three_phases_in_order(trained_dir):
    out = trained_dir
    metrics = _metrics(out)
    assert [e["phase"] for e in metrics["epochs"]] == ["hvae"] * 2 + ["transformer"] * 2 + ["decoder"] * 2
    phases = metrics["training_phases"]
    assert [(p["phase"], p["first_epoch"], p["last_epoch"]) for p in phases] == [
        ("hvae", 1, 2), ("transformer", 3, 4), ("decoder", 5, 6)]
    assert phases[1]["trains"] == ["transformer"] and "encoder" in phases[1]["frozen"]
    assert set(phases[2]["trains"]) == {"decoder", "met_head"} and "transformer" in phases[2]["frozen"]
    assert set(metrics["epochs"][2]["val"]) == {"loss", "distance"}
    assert set(metrics["epochs"][4]["val"]) == {"loss", "recon", "met"}
    # phase 3 froze the encoder and the transformer at the end of their phases
    ckpt = torch.load(out / CHECKPOINT_FILE, weights_only=True)
    model, _, cfg = ModelDir(out).load()
    assert cfg.met_weight in {2.0**k for k in range(-6, 7)} and cfg.score_max > 0
    final = torch.load(out / WEIGHTS_FILE, weights_only=True)
    assert all(torch.equal(final[k], ckpt["model"][k]) for k in final if k.startswith("transformer."))
    # the weight chosen after training is the one the loaded model's score uses
    assert_score_is_its_terms_by_hand(model, events(8))


def test_evaluate_reports_each_term_beside_the_combined_score(trained_dir, data_dir):
    from bead_fpga.evaluate import evaluate

    scores = evaluate(trained_dir, data_dir, max_events=N_EVENTS, plots=False)["variants"]["quantized"]["scores"]
    assert set(scores) == {"trigger", "software", "recon_error", "met_deviation"}
    assert all(0.0 <= s["Ato4l"]["auc"] <= 1.0 for s in scores.values())


def test_an_interrupted_run_resumes_to_the_same_model(data_dir, trained_dir, tmp_path, monkeypatch):
    kw = dict(bits=8, epochs=2, **FAST)
    a = trained_dir
    calls = {"n": 0}
    real = train_mod._train_epoch

    def dies_in_epoch_4(*args, **kwargs):
        calls["n"] += 1
        if calls["n"] == 4:
            raise KeyboardInterrupt
        return real(*args, **kwargs)

    monkeypatch.setattr(train_mod, "_train_epoch", dies_in_epoch_4)
    with pytest.raises(KeyboardInterrupt):
        train("bead", data_dir, tmp_path / "b", **kw)
    monkeypatch.setattr(train_mod, "_train_epoch", real)
    b = train("bead", data_dir, tmp_path / "b", resume=True, **kw)
    wa, wb = (torch.load(d / WEIGHTS_FILE, weights_only=True) for d in (a, b))
    assert wa.keys() == wb.keys() and all(torch.equal(wa[k], wb[k]) for k in wa)
    assert [e["val"] for e in _metrics(a)["epochs"]] == [e["val"] for e in _metrics(b)["epochs"]]


def test_float_warmup_is_refused_in_one_line(data_dir, tmp_path):
    with pytest.raises(BeadError, match="--float-warmup"):
        train("bead", data_dir, tmp_path / "m", bits=8, epochs=1, float_warmup_epochs=1, **FAST)


def test_a_distilled_bead_fires_on_its_student_and_learns_the_combined_score():
    """The cheap option: only the student is the trigger, and its teacher score is the BEAD
    model's combined score (object error + met_weight x MET deviation), not the error alone."""
    from bead_fpga.distill import teacher_scores

    model, x = make(8, trigger="distilled", met_weight=4.0), events(64)
    model.eval()
    with torch.no_grad():
        student = model.student(model.input_q(x))
        assert torch.equal(model.trigger(x), model.score_q(student))
        terms = model.term_scores(x)
    combined = (terms["recon_error"] + 4.0 * terms["met_deviation"]).double().numpy()
    assert np.allclose(teacher_scores(model, x), combined, rtol=1e-6)
    assert model.trigger_description() is None


def test_distill_gives_a_trained_bead_model_a_student_and_keeps_it_as_teacher(trained_dir, data_dir, tmp_path):
    """``bead-fpga distill`` on a BEAD model: the student is trained on the combined score of
    the unchanged teacher (same weights, same met_weight) and is the only trigger."""
    from bead_fpga.distill import distill, teacher_scores
    from bead_fpga.distill import model_input as to_input

    out = distill(trained_dir, data_dir, tmp_path / "student", student_hidden=(4,), epochs=1)
    teacher, transform, t_cfg = ModelDir(trained_dir).load()
    student, _, cfg = ModelDir(out).load()
    assert cfg.trigger == "distilled" and cfg.met_weight == t_cfg.met_weight and cfg.student_hidden == (4,)
    x = to_input(transform, load_background(data_dir, N_EVENTS, 0)["val"][:256])
    assert np.array_equal(teacher_scores(student, x), teacher_scores(teacher, x))
    with torch.no_grad():
        assert torch.equal(student.trigger(x), student.score_q(student.student(student.input_q(x))))
