"""Training: loss goes down, exact save/load, exact resume, weights-only checkpoints, float
warm-up -> QAT transfer, KL warm-up and early stopping."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest
import torch

import bead_fpga.train as train_mod
from bead_fpga.errors import BeadError
from bead_fpga.model_dir import (CHECKPOINT_FILE, CONFIG_FILE, METRICS_TRAIN_FILE, TRANSFORM_FILE,
                                 WEIGHTS_FILE, ModelDir)
from bead_fpga.train import train

# small and quick: 3000 background events -> 1800 train / 600 val / 600 test
N_EVENTS = 3000
FAST = dict(batch_size=128, max_events=N_EVENTS, progress=False, kl_warmup_epochs=0)



@pytest.fixture(scope="module")
def data_dir(tmp_path_factory) -> Path:
    from bead_fpga.data.generate import generate

    d = tmp_path_factory.mktemp("adc")
    generate(d, n_events=N_EVENTS, seed=3, n_signal=300)
    return d


def history(model_dir: Path) -> list[dict]:
    return json.loads((model_dir / METRICS_TRAIN_FILE).read_text())["epochs"]


def _walk_plain(obj, path="ckpt"):
    """Every leaf is a tensor or a plain Python scalar/str/None."""
    if isinstance(obj, dict):
        for k, v in obj.items():
            assert isinstance(k, (str, int)), f"{path}: key {k!r}"
            _walk_plain(v, f"{path}.{k}")
    elif isinstance(obj, (list, tuple)):
        for i, v in enumerate(obj):
            _walk_plain(v, f"{path}[{i}]")
    else:
        assert obj is None or isinstance(obj, (torch.Tensor, bool, int, float, str)), f"{path}: {type(obj)}"


# ------------------------------------------------------------------------------------------


def test_training_lowers_the_loss_and_writes_the_model_directory(data_dir, tmp_path):
    out = train("vae", data_dir, tmp_path / "m", bits=8, epochs=3, lr=3e-3, **FAST)
    for name in (CONFIG_FILE, TRANSFORM_FILE, WEIGHTS_FILE, CHECKPOINT_FILE, METRICS_TRAIN_FILE):
        assert (out / name).is_file(), name
    h = history(out)
    assert [e["epoch"] for e in h] == [1, 2, 3]
    assert h[-1]["train"]["loss"] < h[0]["train"]["loss"]
    assert h[-1]["val"]["loss"] < h[0]["val"]["loss"]
    # the untrained model (same seed, same init) has a higher validation loss than the best epoch
    model0 = _untrained(out)
    x_val = _val_inputs(out, data_dir)
    loss0 = train_mod._eval_loss(model0, x_val)["loss"]
    best = json.loads((out / METRICS_TRAIN_FILE).read_text())["best_val_loss"]
    assert best < loss0
    assert {"recon", "kl1"} <= set(h[0]["val"]) and all(e["time_s"] > 0 for e in h)


def _untrained(model_dir: Path):
    from bead_fpga.models import build_model
    from bead_fpga.models.config import ModelConfig

    torch.manual_seed(0)
    return build_model(ModelConfig.load(model_dir / CONFIG_FILE))


def _val_inputs(model_dir: Path, data_dir: Path) -> torch.Tensor:
    from bead_fpga.data.adc2021 import load_background
    from bead_fpga.transform import InputTransform

    t = InputTransform.load(model_dir / TRANSFORM_FILE)
    return torch.from_numpy(t.apply(load_background(data_dir, N_EVENTS, 0)["val"]))


def _outputs(model, x):
    model.eval()
    with torch.no_grad():
        out = model(x)
        return [out["recon"], model.trigger_score(x), model.software_score(x),
                *model.level_scores(x).values()]


@pytest.mark.parametrize("fresh", [True, False], ids=["stats-collecting", "scales-learned"])
def test_save_then_load_reproduces_outputs_exactly(data_dir, tmp_path, fresh):
    """Both Brevitas activation-scale states: still collecting statistics (a fresh model after a
    few steps: eval uses the running buffer) and past it (a loaded model: learned parameter)."""
    out = train("hvae", data_dir, tmp_path / "m", bits=6, epochs=1, **FAST)
    x = _val_inputs(out, data_dir)
    if fresh:
        model = _untrained(out)
    else:
        model, _, _ = ModelDir(out).load()
    opt = torch.optim.Adam(model.parameters(), lr=1e-3)
    model.train()
    for i in range(5):  # move weights and activation statistics away from what is on disk
        xb = x[i * 64:(i + 1) * 64]
        loss, _ = model.loss(xb, model(xb), 1.0)
        opt.zero_grad()
        loss.backward()
        opt.step()
    expected = _outputs(model, x)
    torch.save(model.state_dict(), out / WEIGHTS_FILE)
    loaded, transform, cfg = ModelDir(out).load()
    assert not loaded.training and cfg.bits == 6 and cfg.model == "hvae"
    got = _outputs(loaded, x)
    assert len(got) == len(expected) >= 4
    for a, b in zip(expected, got):
        assert torch.equal(a, b)
    # and it really is the trained model, not a fresh one
    assert not torch.equal(_outputs(_untrained(out), x)[1], got[1])


def test_resume_continues_the_epoch_count_and_matches_an_uninterrupted_run(data_dir, tmp_path):
    kw = dict(bits=8, **{**FAST, "kl_warmup_epochs": 3})
    a = train("vae", data_dir, tmp_path / "a", epochs=4, **kw)
    b = train("vae", data_dir, tmp_path / "b", epochs=2, **kw)
    assert [e["epoch"] for e in history(b)] == [1, 2]
    train("vae", data_dir, b, epochs=4, resume=True, **kw)
    hb = history(b)
    assert [e["epoch"] for e in hb] == [1, 2, 3, 4]
    ca = torch.load(a / CHECKPOINT_FILE, weights_only=True)
    cb = torch.load(b / CHECKPOINT_FILE, weights_only=True)
    assert ca["epoch"] == cb["epoch"] == 4
    # same RNG, data order, optimizer and Brevitas statistics state -> bit-identical result
    assert ca["model"].keys() == cb["model"].keys()
    assert all(torch.equal(ca["model"][k], cb["model"][k]) for k in ca["model"])
    assert [e["val"]["loss"] for e in history(a)] == [e["val"]["loss"] for e in hb]
    assert [e["beta"] for e in hb] == pytest.approx([1 / 3, 2 / 3, 1.0, 1.0])
    wa = torch.load(a / WEIGHTS_FILE, weights_only=True)
    wb = torch.load(b / WEIGHTS_FILE, weights_only=True)
    assert all(torch.equal(wa[k], wb[k]) for k in wa)


def test_checkpoint_loads_weights_only_and_holds_only_plain_data(data_dir, tmp_path):
    out = train("ae", data_dir, tmp_path / "m", bits=4, epochs=1, **FAST)
    ckpt = torch.load(out / CHECKPOINT_FILE, weights_only=True)
    _walk_plain(ckpt)
    assert ckpt["epoch"] == 1 and ckpt["phase"] == "main"
    assert {"model", "optimizer", "rng", "beta", "best", "bad_epochs", "quant_stats"} <= set(ckpt)
    assert isinstance(ckpt["rng"]["torch"], torch.Tensor) and isinstance(ckpt["rng"]["shuffle"], torch.Tensor)
    assert ckpt["quant_stats"], "activation-scale statistics must be checkpointed"
    weights = torch.load(out / WEIGHTS_FILE, weights_only=True)
    assert all(isinstance(v, torch.Tensor) for v in weights.values())
    # no temporary files left behind by the atomic writes
    assert not [p.name for p in out.iterdir() if p.name.endswith(".part")]


def test_float_warmup_loads_the_twin_into_the_quantized_model(data_dir, tmp_path):
    out = train("hvae", data_dir, tmp_path / "m", bits=8, epochs=1, float_warmup_epochs=1, **FAST)
    meta = json.loads((out / METRICS_TRAIN_FILE).read_text())
    assert [e["phase"] for e in meta["epochs"]] == ["float_warmup", "qat"]
    rep = meta["float_to_qat"]
    # every float tensor found its quantized counterpart; only quantizer scales were missing
    assert rep["loaded_keys"] > 10
    assert rep["missing_keys"] and all(k.endswith("scaling_impl.value") for k in rep["missing_keys"])
    assert rep["uncalibrated_scales"] == []
    assert rep["trigger_score_rank_correlation"] > 0.5

    # transfer_float_to_quant on its own: weights copied exactly, scales calibrated
    from bead_fpga.models import build_model
    from bead_fpga.models.config import ModelConfig

    cfg = ModelConfig.load(out / CONFIG_FILE)
    torch.manual_seed(1)
    twin, quant = build_model(cfg.float_twin()), build_model(cfg)
    x = _val_inputs(out, data_dir)
    r = train_mod.transfer_float_to_quant(twin, quant, x)
    fs, qs = twin.state_dict(), quant.state_dict()
    assert all(torch.equal(fs[k], qs[k]) for k in fs)
    assert r["uncalibrated_scales"] == [] and r["calibration_events"] == len(x)
    assert all(m.counter > m.collect_stats_steps for _, m in train_mod._stats_modules(quant))


def test_early_stopping_keeps_the_best_epoch(data_dir, tmp_path, monkeypatch):
    losses = iter([5.0, 4.0, 4.5, 4.2, 4.1, 3.0, 2.0])
    real = train_mod._eval_loss

    def fake(model, x, beta=1.0):
        parts = real(model, x, beta)
        return {**parts, "loss": next(losses)}

    monkeypatch.setattr(train_mod, "_eval_loss", fake)
    out = train("ae", data_dir, tmp_path / "m", bits=8, epochs=7, patience=3, **FAST)
    meta = json.loads((out / METRICS_TRAIN_FILE).read_text())
    assert len(meta["epochs"]) == 5 and meta["stopped_early"]
    assert meta["best_epoch"] == 2 and meta["best_val_loss"] == 4.0
    assert [e["best"] for e in meta["epochs"]] == [True, True, False, False, False]


def test_user_errors_are_one_line(data_dir, tmp_path):
    out = train("ae", data_dir, tmp_path / "m", bits=8, epochs=1, **FAST)
    with pytest.raises(BeadError, match="already holds a training run"):
        train("ae", data_dir, out, bits=8, epochs=2, **FAST)
    with pytest.raises(BeadError, match="changed settings.*lr"):
        train("ae", data_dir, out, bits=8, epochs=2, resume=True, **{**FAST}, lr=1e-4)
    with pytest.raises(BeadError, match="different model configuration"):
        train("ae", data_dir, out, bits=6, epochs=2, resume=True, **FAST)
    with pytest.raises(BeadError, match="--quantize"):
        train("ae", data_dir, tmp_path / "n", bits=1, **FAST)
    with pytest.raises(BeadError, match="--model"):
        train("cnn", data_dir, tmp_path / "n", **FAST)
    (out / WEIGHTS_FILE).unlink()
    with pytest.raises(BeadError) as err:
        ModelDir(out).load()
    assert str(err.value).startswith(str(out / WEIGHTS_FILE)) and "not found" in str(err.value)
    assert "\n" not in str(err.value)


def test_cli_quantize_option():
    from bead_fpga.cli import _parse_quantize

    assert _parse_quantize("8") == 8 and _parse_quantize("float") == 0 and _parse_quantize("0") == 0
    assert _parse_quantize("2") == 2 and _parse_quantize("16") == 16
    for bad in ("1", "17", "-3", "eight"):
        with pytest.raises(BeadError, match="--quantize"):
            _parse_quantize(bad)


@pytest.mark.parametrize("model_type", ["ae", "hvae"])  # the hvae also draws its latent samples
def test_seeded_runs_are_reproducible(data_dir, tmp_path, model_type):
    """Same settings and seed, same process (so same torch, threads and CPU kernels): every
    weight tensor bit-identical; another seed: different weights."""
    kw = dict(bits=8, epochs=1, **{**FAST, "kl_warmup_epochs": 1})
    a = train(model_type, data_dir, tmp_path / "a", seed=5, **kw)
    b = train(model_type, data_dir, tmp_path / "b", seed=5, **kw)
    c = train(model_type, data_dir, tmp_path / "c", seed=6, **kw)
    wa, wb, wc = (torch.load(d / WEIGHTS_FILE, weights_only=True) for d in (a, b, c))
    assert wa.keys() == wb.keys() and all(torch.equal(wa[k], wb[k]) for k in wa)
    assert not all(torch.equal(wa[k], wc[k]) for k in wa)
    assert [e["val"] for e in history(a)] == [e["val"] for e in history(b)]
    assert np.isfinite([e["val"]["loss"] for e in history(a)]).all()
    run = json.loads((a / METRICS_TRAIN_FILE).read_text())["run"]
    assert run["cpu_capability"] == torch.backends.cpu.get_cpu_capability() and run["threads"] == 1


def test_cli_refuses_to_resume_with_a_changed_setting_in_one_line(data_dir, tmp_path, capsys):
    from tests.unit.test_cli import assert_one_line_error, run_cli

    args = ["train", "--model", "ae", "--data", str(data_dir), "--out", str(tmp_path / "m"), "--epochs", "1",
            "--batch-size", "256", "--max-events", str(N_EVENTS), "--no-progress"]
    code, out, err = run_cli(args, capsys)
    assert code == 0, err
    code, out, err = run_cli([*args, "--resume", "--epochs", "2", "--lr", "0.001", "--kl-warmup", "2"], capsys)
    assert_one_line_error(code, out, err)
    assert "cannot resume with changed settings (--lr 0.003 -> 0.001, --kl-warmup 5 -> 2)" in err
    code, out, err = run_cli([*args, "--resume", "--epochs", "2", "--patience", "1"], capsys)
    assert code == 0, err  # the epochs and the patience may change
    assert [e["epoch"] for e in history(tmp_path / "m")] == [1, 2]


def test_cli_train_float_twin(data_dir, tmp_path):
    from typer.testing import CliRunner

    from bead_fpga.cli import app
    from bead_fpga.models.config import ModelConfig

    out = tmp_path / "twin"
    res = CliRunner().invoke(app, ["train", "--model", "ae", "--quantize", "float", "--data", str(data_dir),
                                   "--out", str(out), "--epochs", "1", "--batch-size", "256",
                                   "--max-events", str(N_EVENTS), "--no-progress"])
    assert res.exit_code == 0, res.output
    assert ModelConfig.load(out / CONFIG_FILE).bits == 0 and "best validation loss" in res.output
    res = CliRunner().invoke(app, ["train", "--model", "ae", "--quantize", "1", "--data", str(data_dir),
                                   "--out", str(tmp_path / "x")])
    assert isinstance(res.exception, BeadError) and "--quantize" in str(res.exception)
