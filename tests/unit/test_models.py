"""The MLP models (HVAE, ADC2021 VAE and AE): quantization grid, float twin, the trigger score
contract, and the calibrated score range."""

from __future__ import annotations

import pytest
import torch

from bead_fpga.models import build_model, calibrate_score_range, default_config
from bead_fpga.models.base import TriggerPath
from bead_fpga.models.config import ModelConfig
from tests.quant_grid import assert_model_on_grid

MLP_MODELS = ("hvae", "vae", "ae")



def events(n: int = 256, seed: int = 0) -> torch.Tensor:
    """Inputs on the ap_fixed<16,6> grid the input transform produces."""
    x = torch.randn(n, 57, generator=torch.Generator().manual_seed(seed)) * 3
    return torch.round(x * 2**10) / 2**10


def trained(model_type: str, bits: int, steps: int = 5) -> torch.nn.Module:
    model = build_model(default_config(model_type, bits=bits, trigger="latent"))  # the encoder-only contract
    opt = torch.optim.Adam(model.parameters(), lr=1e-2)
    x = events()
    model.train()
    for _ in range(steps):
        loss, _ = model.loss(x, model(x), beta=1.0)
        opt.zero_grad()
        loss.backward()
        opt.step()
    model.eval()
    return model


@pytest.mark.parametrize("model_type", MLP_MODELS)
@pytest.mark.parametrize("bits", [4, 8])
def test_every_weight_and_activation_is_on_its_grid(model_type, bits) -> None:
    assert_model_on_grid(trained(model_type, bits), events(seed=1), bits)


@pytest.mark.parametrize("model_type", MLP_MODELS)
def test_float_twin_is_the_same_class_and_parameters(model_type) -> None:
    quant = build_model(default_config(model_type, bits=8))
    twin = build_model(default_config(model_type, bits=8).float_twin())
    assert type(twin) is type(quant) and twin.cfg.bits == 0
    weights = {k for k in quant.state_dict() if k.endswith((".weight", ".bias"))}
    assert weights == set(twin.state_dict())


@pytest.mark.parametrize("model_type", MLP_MODELS)
def test_trigger_uses_the_encoder_only(model_type) -> None:
    """Changing every decoder weight leaves the trigger score unchanged."""
    model = trained(model_type, 8)
    x = events(seed=2)
    before = model.trigger(x).clone()
    with torch.no_grad():
        for name, p in model.named_parameters():
            if name.startswith(("decoder", "out", "prior1")):
                p.add_(1.0)
    assert torch.equal(model.trigger(x), before)
    assert torch.equal(TriggerPath(model)(x), before)
    assert before.shape == (len(x), 1) and before.max() > 0


def test_hvae_has_two_kl_terms_and_per_level_scores() -> None:
    model = trained("hvae", 8)
    x = events(seed=3)
    out = model(x)
    assert out["kl1"].shape == out["kl2"].shape == (len(x),)
    levels = model.level_scores(x)
    assert set(levels) == {"mu2_level1", "mu2_level2", "kl_level1", "kl_level2"}
    # the trigger is the top level only (its prior is the standard normal)
    torch.testing.assert_close(levels["mu2_level2"][:, None], model.raw_score(x), rtol=0, atol=0)
    assert not torch.equal(levels["mu2_level1"], torch.zeros(len(x)))


def test_score_range_calibration_holds_the_background() -> None:
    model = trained("hvae", 8)
    x = events(seed=4)
    cfg = calibrate_score_range(model, x)
    peak = float(model.raw_score(x).max())
    assert cfg.score_max >= 2 * peak > cfg.score_max / 2  # the smallest power of two with 2x headroom
    calibrated = build_model(cfg)
    calibrated.load_state_dict(model.state_dict())
    calibrated.eval()
    score = calibrated.trigger(x)
    lsb = cfg.score_max / 2**cfg.score_bits
    assert float(score.max()) < cfg.score_max - lsb  # nothing saturates inside the background
    torch.testing.assert_close(score, model.raw_score(x), rtol=0, atol=lsb / 2)


def test_config_round_trip_and_bad_fields(tmp_path) -> None:
    cfg = default_config("hvae", bits=6)
    path = cfg.save(tmp_path / "config.json")
    assert ModelConfig.load(path) == cfg
    path.write_text(path.read_text().replace('"bits": 6', '"bits": 1'))
    from bead_fpga.errors import BeadError

    with pytest.raises(BeadError, match="config.json: invalid model config"):
        ModelConfig.load(path)
