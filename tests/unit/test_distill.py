"""Distillation beyond the background (:mod:`bead_fpga.distill`): the synthetic events are made
of background objects only and look like what the augmentation promises, the tail weights,
a student narrower than its teacher, and ``distill`` end to end on a tiny run."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest
import torch

from bead_fpga.data.adc2021 import N_OBJECTS, OBJECT_SLOTS, load_background
from bead_fpga.distill import (
    Augmentation,
    distillation_target,
    synthesize,
    tail_weights,
    target_floor,
    teacher_scores,
)
from bead_fpga.model_dir import ModelDir
from bead_fpga.models import build_model
from bead_fpga.models.config import ModelConfig

N_EVENTS = 3000
LEPTONS = ("egamma", "muon")


@pytest.fixture(scope="module", autouse=True)
def _torch_rng_left_as_found():
    """Training here reseeds torch's global generator; give the next module the state it
    would have had without this one (tests elsewhere build models from it)."""
    state = torch.get_rng_state()
    yield
    torch.set_rng_state(state)


@pytest.fixture(scope="module")
def data_dir(generated_data) -> Path:
    """The session's generated events; only the first N_EVENTS background events are used."""
    return generated_data


@pytest.fixture(scope="module")
def background(data_dir) -> np.ndarray:
    return load_background(data_dir, N_EVENTS, 0)["train"]


def _objects(x: np.ndarray, kind: str) -> np.ndarray:
    return x.reshape(-1, N_OBJECTS, 3)[:, OBJECT_SLOTS[kind], :]


# ------------------------------------------------------------------------------------------
# synthetic events
# ------------------------------------------------------------------------------------------

def test_without_leptons_or_scaling_the_synthetic_events_are_background_events(background) -> None:
    x = synthesize(background, 500, np.random.default_rng(0), extra_leptons=0, pt_scale=(1.0, 1.0))
    known = {row.tobytes() for row in background}
    assert x.shape == (500, background.shape[1]) and all(row.tobytes() in known for row in x)


def test_synthetic_events_are_made_of_background_objects_in_the_files_layout(background) -> None:
    lo, hi = 0.15, 2.5
    x = synthesize(background, 2000, np.random.default_rng(1), extra_leptons=3, pt_scale=(lo, hi))
    # every object type: occupied slots first, in descending pT; empty slots all zero
    for kind in OBJECT_SLOTS:
        obj = _objects(x, kind)
        pt = obj[:, :, 0]
        assert (np.diff(pt, axis=1) <= 0).all(), kind
        assert (obj[pt == 0] == 0).all(), kind
    # jets are untouched: each event's jet block is some background event's
    jets = {b.tobytes() for b in _objects(background, "jet")}
    assert all(b.tobytes() in jets for b in _objects(x, "jet"))
    # every lepton is a background lepton of its type (same eta, phi) with its pT scaled within range
    for kind in LEPTONS:
        source = _objects(background, kind).reshape(-1, 3)
        source = source[source[:, 0] > 0]
        by_direction: dict[bytes, list[float]] = {}
        for pt, eta, phi in source:
            by_direction.setdefault(np.array([eta, phi], dtype=np.float32).tobytes(), []).append(float(pt))
        made = _objects(x, kind).reshape(-1, 3)
        for pt, eta, phi in made[made[:, 0] > 0]:
            pts = by_direction[np.array([eta, phi], dtype=np.float32).tobytes()]
            assert any(lo * (1 - 1e-6) <= pt / p <= hi * (1 + 1e-6) for p in pts)
    # what background cannot teach: more leptons than any background event, and softer ones
    n_leptons, n_leptons_bg = _lepton_count(x), _lepton_count(background)
    assert n_leptons.max() > n_leptons_bg.max() and (n_leptons >= 3).mean() > 0.2
    assert _softest_lepton(x) < 0.5 * _softest_lepton(background)


def _lepton_count(x: np.ndarray) -> np.ndarray:
    return sum((_objects(x, k)[:, :, 0] > 0).sum(axis=1) for k in LEPTONS)


def _softest_lepton(x: np.ndarray) -> float:
    return min(float(pt[pt > 0].min()) for pt in (_objects(x, k)[:, :, 0] for k in LEPTONS))


def test_augmentation_is_reproducible_and_sized_by_its_factor(background) -> None:
    aug = Augmentation(factor=0.5)
    a, b = aug.events(background, 3), aug.events(background, 3)
    assert len(a) == round(0.5 * len(background)) and np.array_equal(a, b)
    assert not np.array_equal(a, aug.events(background, 4))
    assert len(Augmentation().events(background, 0)) == 0
    with pytest.raises(ValueError):
        Augmentation(pt_scale=(2.0, 1.0))


def test_tail_weights_have_mean_one_and_grow_with_the_target() -> None:
    t = torch.tensor([0.0, 0.5, 1.0, 3.0, 8.0])
    assert torch.equal(tail_weights(t, 0.0), torch.ones(5))
    w = tail_weights(t, 2.0)
    assert float(w.mean()) == pytest.approx(1.0) and (w.diff() > 0).all()
    assert float(w[-1] / w[0]) == pytest.approx(81.0)


# ------------------------------------------------------------------------------------------
# the student's own width, and distill end to end
# ------------------------------------------------------------------------------------------

def _bit_widths(module: torch.nn.Module) -> set[int]:
    """Weight bit widths of the quantized layers (a float layer's quant_weight is a plain tensor)."""
    return {int(q.bit_width) for m in module.modules() if hasattr(m, "quant_weight")
            for q in [m.quant_weight()] if hasattr(q, "bit_width")}


def test_a_student_can_be_narrower_than_its_teacher_and_old_configs_keep_the_model_bits() -> None:
    cfg = ModelConfig(model="hvae", bits=8, hidden=(16, 8), trigger="distilled", student_bits=4)
    model = build_model(cfg)
    assert _bit_widths(model.student) == {4} and _bit_widths(model.encoder) == {8}
    old = ModelConfig.from_dict({k: v for k, v in cfg.to_dict().items() if k != "student_bits"})
    assert old.student_bits == 0 and _bit_widths(build_model(old).student) == {8}
    assert _bit_widths(build_model(cfg.float_twin()).student) == set()  # the float twin stays float


@pytest.fixture(scope="module")
def teacher(tmp_path_factory, data_dir) -> Path:
    from bead_fpga.train import train

    return train("hvae", data_dir, tmp_path_factory.mktemp("t") / "teacher", epochs=1, trigger="reconstruction",
                 batch_size=128, max_events=N_EVENTS, progress=False, kl_warmup_epochs=0, hidden=(16, 8))


def test_distill_with_synthetic_events_keeps_the_teacher_and_a_monotone_target(teacher, data_dir, tmp_path) -> None:
    from bead_fpga.distill import distill

    out = distill(teacher, data_dir, tmp_path / "student", student_hidden=(4,), epochs=1, student_bits=6,
                  augmentation=Augmentation(factor=0.5), tail_power=2.0, seed=3)
    t_model, transform, _ = ModelDir(teacher).load()
    model, _, cfg = ModelDir(out).load()
    assert cfg.trigger == "distilled" and cfg.student_bits == 6 and cfg.student_hidden == (4,)
    # its own name: under the teacher's its hls_projects/ and firmware/ folders would be the teacher's
    assert cfg.name == "student" != ModelDir(teacher).load().config.name
    assert _bit_widths(model.student) == {6}
    metrics = json.loads(ModelDir(out).metrics_train_file.read_text())
    report = metrics["distillation"]
    assert metrics["run"]["student_seed"] == 3 and metrics["run"]["seed"] == 0  # the split stays the teacher's
    bg = load_background(data_dir, N_EVENTS, 0)
    x_train, x_val = (torch.from_numpy(np.ascontiguousarray(transform.apply(bg[k]), dtype=np.float32))
                      for k in ("train", "val"))
    assert report["synthetic_train_events"] == round(0.5 * len(x_train)) and report["tail_power"] == 2.0
    assert report["augmentation"]["factor"] == 0.5
    # the floor is the background's, not moved by the synthetic events; the teacher is untouched
    assert report["floor"] == target_floor(teacher_scores(t_model, x_train))
    s = teacher_scores(model, x_val)
    assert np.array_equal(s, teacher_scores(t_model, x_val))
    t = distillation_target(s, report["floor"])
    order = np.argsort(s, kind="stable")
    assert (np.diff(t[order]) >= 0).all()
    with torch.no_grad():
        assert torch.isfinite(model.trigger(x_val)).all()


@pytest.mark.parametrize("option", [["--student-bits", "1"], ["--augment", "-1"], ["--tail-power", "-0.5"]])
def test_bad_distill_options_are_one_line_errors(option, tmp_path, capsys) -> None:
    from bead_fpga.cli import main

    with pytest.raises(SystemExit) as exited:
        main(["distill", str(tmp_path / "teacher"), "--out", str(tmp_path / "out"), *option])
    err = capsys.readouterr().err.strip().splitlines()
    assert exited.value.code == 2 and len(err) == 1 and err[0].startswith(f"bead-fpga: error: {option[0]}"), err
