"""The firmware trigger kinds (``ModelConfig.trigger``): config, the empty-slot mask, the
masked loss, the reconstruction score against an independent numpy computation, and the
distillation target and student on a tiny run."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import numpy as np
import pytest
import torch

from bead_fpga.data.adc2021 import N_FEATURES, load_background
from bead_fpga.errors import BeadError
from bead_fpga.model_dir import ModelDir
from bead_fpga.models import build_model, default_config
from bead_fpga.models.config import ModelConfig

N_EVENTS = 3000
FAST = {"batch_size": 128, "max_events": N_EVENTS, "progress": False, "kl_warmup_epochs": 0}



@pytest.fixture(scope="module")
def data_dir(tmp_path_factory) -> Path:
    from bead_fpga.data.generate import generate

    d = tmp_path_factory.mktemp("adc")
    generate(d, n_events=N_EVENTS, seed=5, n_signal=300)
    return d


@pytest.fixture(scope="module")
def tiny(tmp_path_factory, data_dir) -> dict[str, Path]:
    """A two-epoch HVAE per non-latent trigger kind."""
    from bead_fpga.train import train

    root = tmp_path_factory.mktemp("tiny")
    return {kind: train("hvae", data_dir, root / kind, epochs=2, trigger=kind, **FAST)
            for kind in ("reconstruction", "distilled")}


def _val_inputs(model_dir: Path, data_dir: Path) -> torch.Tensor:
    mdir = ModelDir(model_dir)
    x = load_background(data_dir, N_EVENTS, 0)["val"]
    return torch.from_numpy(np.ascontiguousarray(mdir.transform().apply(x), dtype=np.float32))


# ------------------------------------------------------------------------------------------
# configuration
# ------------------------------------------------------------------------------------------

def test_the_default_trigger_is_the_reconstruction_error_where_a_model_has_one() -> None:
    assert {default_config(m).trigger for m in ("hvae", "vae", "ae")} == {"reconstruction"}


def test_unknown_trigger_kind_is_a_one_line_error() -> None:
    with pytest.raises(BeadError, match="--trigger: unknown trigger kind 'kl'"):
        default_config("hvae", trigger="kl")


def test_a_config_written_before_trigger_kinds_loads_as_latent() -> None:
    legacy = {k: v for k, v in default_config("hvae", bits=8).to_dict().items() if k not in ("trigger", "student_hidden")}
    legacy["name"] = ""
    cfg = ModelConfig.from_dict(legacy)
    assert cfg.trigger == "latent" and cfg.name == "hvae_8b"


# ------------------------------------------------------------------------------------------
# the empty-slot mask and the masked loss
# ------------------------------------------------------------------------------------------

@pytest.mark.parametrize("bits", [8, 0])
def test_slot_mask_is_one_exactly_on_occupied_slots(bits: int) -> None:
    """Occupied = pT != 0 on the input grid, down to one LSB and up to saturation; the eta
    and phi of a slot (which may be 0 or negative when occupied) follow its pT."""
    model = build_model(default_config("hvae", bits=bits, trigger="reconstruction")).eval()
    lsb = 2.0 ** -(model.cfg.input_bits - model.cfg.input_int_bits)
    rng = np.random.default_rng(0)
    x = np.round(rng.uniform(-31, 31, size=(64, N_FEATURES)) / lsb) * lsb
    pt = x[:, 0::3]
    pt[:] = np.abs(pt)
    pt[rng.random(pt.shape) < 0.5] = 0.0
    pt[0, :5] = [lsb, 2 * lsb, 32 - lsb, 0.0, lsb]
    x[0, 1:3] = [0.0, -3.0]  # an occupied slot's eta/phi may be zero or negative
    expected = np.repeat(pt != 0, 3, axis=1).astype(np.float32)
    with torch.no_grad():
        xq = model.input_q(torch.from_numpy(x.astype(np.float32)))
        got = model.slot_mask(xq).numpy()
    np.testing.assert_array_equal(got, expected)


def test_slot_mask_is_zero_or_one_even_for_negative_pt_codes() -> None:
    """A pT code is never negative (the input transform maps pT >= 0 onto codes >= 0), but the
    input quantizer is signed; the mask's ReLU keeps a negative code's mask at 0, not at the
    signed quantizer's -1 or -2, so the graph's mask is 0 or 1 and the RTL's masked products
    are selects (:class:`~bead_fpga.models.base.EmptySlotMask`)."""
    model = build_model(default_config("hvae", bits=8, trigger="reconstruction")).eval()
    lsb = 2.0 ** -(model.cfg.input_bits - model.cfg.input_int_bits)
    x = torch.zeros(4, N_FEATURES)
    x[:, 0] = torch.tensor([-lsb, -2 * lsb, -8.0, lsb])
    with torch.no_grad():
        got = model.slot_mask(model.input_q(x)).numpy()
    np.testing.assert_array_equal(got[:, :3], [[0, 0, 0], [0, 0, 0], [0, 0, 0], [1, 1, 1]])
    assert set(np.unique(got)) <= {0.0, 1.0}


def test_masked_loss_ignores_empty_slots() -> None:
    model = build_model(default_config("hvae", bits=8, trigger="reconstruction")).eval()
    x = torch.zeros(4, N_FEATURES)
    x[:, 0:3] = torch.tensor([2.0, 0.5, -1.0])  # slot 0 occupied, every other slot empty
    with torch.no_grad():
        out = model(x)
        base = model.recon_error(out)
        garbage = dict(out, recon=out["recon"].clone())
        garbage["recon"][:, 3:] += 100.0  # any reconstruction of an empty slot
        assert torch.equal(model.recon_error(garbage), base)
        # an occupied feature counts: reconstructed exactly, then one unit off (whatever the
        # random model reconstructs, the sum grows by exactly 1)
        exact = dict(out, recon=out["recon"].clone())
        exact["recon"][:, 1] = x[:, 1]
        off = dict(exact, recon=exact["recon"].clone())
        off["recon"][:, 1] += 1.0
        assert torch.allclose(model.recon_error(off) - model.recon_error(exact), torch.ones(4))
    unmasked = build_model(default_config("hvae", bits=8, trigger="latent")).eval()
    unmasked.load_state_dict(model.state_dict(), strict=False)
    with torch.no_grad():  # the latent kind keeps the error it was trained with: unmasked
        assert (unmasked.recon_error(garbage) > base).all()


# ------------------------------------------------------------------------------------------
# the reconstruction score
# ------------------------------------------------------------------------------------------

def _round_half_even(v: np.ndarray, lsb: float, lo: float, hi: float) -> np.ndarray:
    return np.clip(np.round(v / lsb) * lsb, lo, hi)


@pytest.mark.parametrize("error_format,norm", [(None, "l2"), ((8, 5), "l2"), ((6, 4), "l2"), ((4, 0), "l2"), (None, "l1"), ((6, 4), "l1")])
def test_reconstruction_trigger_matches_an_independent_fixed_point_score(tiny, data_dir, error_format, norm) -> None:
    """Firmware score from the full model's own reconstruction (``forward``, eval), computed
    in float64 numpy: error rounded half-to-even onto its ap_fixed<W, I> (the default <10, 6>,
    or another ``error_bits``/``error_int_bits``: the same weights, another score path; ``(4, 0)``
    is ``<4, 6>``, fewer bits than integer bits, LSB 4),
    squared (``error_norm`` l2) or taken in absolute value (l1), summed over the features of
    occupied slots, rounded onto the unsigned score grid. Equal in LSBs."""
    model, _, cfg = ModelDir(tiny["reconstruction"]).load()
    if error_format is None and norm == "l2":
        assert cfg.error_format == (10, cfg.input_int_bits)  # what configs without the fields meant
        assert cfg.error_norm == "l2"
    else:
        bits, int_bits = error_format or (cfg.error_bits, cfg.error_int_bits)
        cfg = dataclasses.replace(cfg, error_bits=bits, error_int_bits=int_bits, error_norm=norm)
        weights = model.state_dict()
        model = build_model(cfg).eval()
        model.load_state_dict(weights)
    x = _val_inputs(tiny["reconstruction"], data_dir)
    with torch.no_grad():
        out = model(x)
        got = model.trigger(x).numpy()[:, 0].astype(np.float64)
    xq = out["input"].numpy().astype(np.float64)
    err_bits, err_int = cfg.error_format
    err_lsb = 2.0 ** -(err_bits - err_int)
    half = 2.0 ** (err_int - 1)
    err = _round_half_even(out["recon"].numpy().astype(np.float64) - xq, err_lsb, -half, half - err_lsb)
    occupied = np.repeat(xq[:, 0::3] != 0, 3, axis=1)
    raw = ((err * err if norm == "l2" else np.abs(err)) * occupied).sum(axis=1)
    score_lsb = cfg.score_max / 2**cfg.score_bits
    expected = _round_half_even(raw, score_lsb, 0.0, cfg.score_max - score_lsb)
    assert occupied.mean() < 0.9  # the events do have empty slots
    np.testing.assert_array_equal(np.round(got / score_lsb), np.round(expected / score_lsb))


# ------------------------------------------------------------------------------------------
# distillation
# ------------------------------------------------------------------------------------------

def test_distillation_target_is_monotone_in_the_teacher_score(tiny, data_dir) -> None:
    from bead_fpga.distill import distillation_target, teacher_scores

    model_dir = tiny["distilled"]
    model = ModelDir(model_dir).load().model
    floor = json.loads((model_dir / "metrics_train.json").read_text())["distillation"]["floor"]
    s = teacher_scores(model, _val_inputs(model_dir, data_dir))
    t = distillation_target(s, floor)
    order = np.argsort(s, kind="stable")
    s_sorted, t_sorted = s[order], t[order]
    assert (np.diff(t_sorted) >= 0).all()
    above = s_sorted > floor
    strictly = np.diff(s_sorted[above]) > 0
    assert (np.diff(t_sorted[above])[strictly] > 0).all()
    assert (t[s <= floor] == 0).all() and above.any() and (~above).any()


def test_distilled_trigger_is_the_student_alone_and_follows_the_teacher(tiny, data_dir) -> None:
    """The student ranks events like its teacher's software score (after two epochs on 1.8k
    events, already clearly), and the firmware score does not depend on the teacher."""
    from bead_fpga.distill import teacher_scores
    from bead_fpga.train import _rank_correlation

    model_dir = tiny["distilled"]
    model = ModelDir(model_dir).load().model
    x = _val_inputs(model_dir, data_dir)
    with torch.no_grad():
        trigger = model.trigger(x).numpy()[:, 0]
        raw = model.raw_score(x).numpy()[:, 0]
    assert _rank_correlation(raw, teacher_scores(model, x)) > 0.5
    with torch.no_grad():
        for p in model.decoder.parameters():
            p.zero_()
        assert np.array_equal(model.trigger(x).numpy()[:, 0], trigger)


def test_a_model_type_refuses_a_trigger_kind_it_does_not_have() -> None:
    """The BEAD model's score needs its decoder and MET head: it has no encoder-only trigger."""
    with pytest.raises(BeadError, match="model type 'bead' has no 'latent' trigger"):
        default_config("bead", trigger="latent")
    assert default_config("transformer", trigger="reconstruction").trigger == "reconstruction"


@pytest.mark.parametrize("model_type,norm", [("vae", "l2"), ("ae", "l2"), ("ae", "l1"), ("transformer", "l1")])
def test_one_level_reconstruction_graphs_convert_with_hls4ml(model_type: str, norm: str, tmp_path: Path) -> None:
    """The one-level models decode without a ``Concat`` (hls4ml's merge layer rejects a
    one-input one): every node of their reconstruction graph converts, with either error norm
    (``l1``: an ``Abs`` per feature, bead-fpga's extension)."""
    import warnings

    import hls4ml
    from brevitas.export import export_qonnx
    from qonnx.core.modelwrapper import ModelWrapper

    from bead_fpga.hls.convert import HLSSettings, convert_graph
    from bead_fpga.graph.cleanup import prepare_for_hls4ml
    from bead_fpga.models import TriggerPath

    torch.manual_seed(0)
    model = build_model(default_config(model_type, bits=8, trigger="reconstruction", error_norm=norm))
    with torch.no_grad():  # let the learned quantizer ranges see data once
        model.train()(torch.randn(256, N_FEATURES))
    model.eval()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        export_qonnx(TriggerPath(model), torch.zeros(1, N_FEATURES), export_path=str(tmp_path / "g.onnx"), dynamo=False)
    graph = prepare_for_hls4ml(ModelWrapper(str(tmp_path / "g.onnx")))
    assert "Concat" not in {n.op_type for n in graph.graph.node}
    project = convert_graph(graph, tmp_path / "g.onnx", f"{model_type}_reco", "fixed<16,6>", HLSSettings(),
                            tmp_path / "hls", tmp_path)
    assert isinstance(project.hls_model, hls4ml.model.ModelGraph)
    assert ("Abs" in {layer.class_name for layer in project.hls_model.get_layers()}) == (norm == "l1")


@pytest.mark.parametrize("fields", [{"error_bits": 11}, {"error_bits": 1}, {"error_bits": 8, "error_int_bits": 9}])
def test_an_error_format_the_float32_reference_cannot_hold_exactly_is_refused(fields) -> None:
    with pytest.raises(BeadError) as err:
        ModelConfig(model="hvae", **fields)
    assert "error_bits" in str(err.value) and "\n" not in str(err.value)


@pytest.mark.parametrize("fields,says", [
    ({"error_norm": "l3"}, "unknown error norm 'l3'"),
    ({"error_norm": "l1", "trigger": "latent"}, "but the trigger is 'latent'"),
    ({"model": "bead", "error_norm": "l1", "trigger": "reconstruction"}, "the BEAD score sums squared errors"),
])
def test_an_error_norm_that_does_not_apply_is_refused(fields, says) -> None:
    with pytest.raises(BeadError, match=says) as err:
        ModelConfig(**{"model": "hvae", "trigger": "reconstruction", **fields})
    assert str(err.value).startswith("--error-norm: ") and "\n" not in str(err.value)


def test_the_l1_software_score_is_the_mean_absolute_error_of_occupied_features(tiny, data_dir) -> None:
    """With ``error_norm="l1"`` the software score (what the trigger is measured against and a
    student regresses) follows the norm; the loss stays squared. Checked by hand in float."""
    model, _, cfg = ModelDir(tiny["reconstruction"]).load()
    l1 = build_model(dataclasses.replace(cfg, error_norm="l1")).eval()
    l1.load_state_dict(model.state_dict())
    x = _val_inputs(tiny["reconstruction"], data_dir)
    with torch.no_grad():
        out = l1(x)
        occupied = (out["input"][:, 0::3] != 0).repeat_interleave(3, dim=1)
        expected = ((out["recon"] - out["input"]).abs() * occupied).sum(dim=1) / N_FEATURES
        torch.testing.assert_close(l1.software_score(x), expected)
        assert torch.equal(l1.loss(x, out, 1.0)[0], model.eval().loss(x, model(x), 1.0)[0])  # the loss stays squared
    assert ModelConfig(model="hvae", trigger="distilled", error_norm="l1").error_norm == "l1"  # a student of an l1 teacher
