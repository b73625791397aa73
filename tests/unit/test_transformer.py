"""The quantized transformer encoder + VAE head (bead_fpga.models.transformer)."""

from __future__ import annotations

import math

import brevitas.nn as qnn
import pytest
import torch

from bead_fpga.errors import BeadError
from bead_fpga.models import build_model, default_config, n_parameters
from tests.quant_grid import assert_model_on_grid
from bead_fpga.models.transformer import (
    SLOT_TYPES,
    TransformerEncoderModel,
    attention_scale,
    trigger_multiplications,
)

N = 64



def make(bits: int = 8, **overrides) -> TransformerEncoderModel:
    torch.manual_seed(0)
    return build_model(default_config("transformer", bits=bits, **overrides))


def events(n: int = N, seed: int = 1) -> torch.Tensor:
    """Random events with some structure (a 3-dim latent factor plus noise), with empty
    slots zeroed the way the data has them; values sit on the 16-bit input grid."""
    g = torch.Generator().manual_seed(seed)
    z = torch.randn(n, 3, generator=g)
    x = z @ torch.randn(3, 57, generator=g) * 0.5 + 0.3 * torch.randn(n, 57, generator=g)
    empty = torch.rand(n, 19, 1, generator=g) < 0.4
    empty[:, 0] = False  # MET is always there
    x = x.reshape(n, 19, 3).masked_fill(empty, 0.0).reshape(n, 57)
    return torch.round(x * 2**10) / 2**10


def swap_slots(x: torch.Tensor, a: int, b: int) -> torch.Tensor:
    s = x.reshape(len(x), 19, 3).clone()
    s[:, [a, b]] = s[:, [b, a]]
    return s.reshape(len(x), 57)


def train(model: TransformerEncoderModel, x: torch.Tensor, steps: int, lr: float = 1e-2) -> None:
    opt = torch.optim.Adam(model.parameters(), lr=lr)
    model.train()
    for _ in range(steps):
        out = model(x)
        loss, _ = model.loss(x, out, beta=1.0)
        opt.zero_grad()
        loss.backward()
        opt.step()
    model.eval()


@pytest.mark.parametrize("bits", [8, 0])
def test_builds_with_defaults_and_shapes(bits):
    model = make(bits)
    assert isinstance(model, TransformerEncoderModel) and model.is_variational
    assert model.cfg.latent == (3,) and model.cfg.d_model == 6 and model.cfg.n_blocks == 1
    model.eval()
    x = events()
    out = model(x)
    assert out["input"].shape == (N, 57) and out["recon"].shape == (N, 57)
    assert out["mu1"].shape == out["logvar1"].shape == (N, 3)
    assert out["kl1"].shape == (N,)
    score = model.trigger_score(x)
    assert score.shape == (N,) and torch.all(score >= 0) and torch.isfinite(score).all()
    assert model.cfg.trigger == "reconstruction"  # the default: it keeps the software score's AUC
    # The encoder-only trigger is the sum of squared latent means (eval: z = mu), quantized.
    encoder_only = make(bits, trigger="latent")
    encoder_only.eval()
    mu1 = encoder_only(x)["mu1"]
    assert torch.equal(encoder_only.trigger(x), encoder_only.score_q((mu1 ** 2).sum(dim=1, keepdim=True)))
    assert set(model.level_scores(x)) == {"mu2_level1", "kl_level1"}
    loss, parts = model.loss(x, out, beta=0.5)
    assert loss.ndim == 0 and set(parts) == {"recon", "kl1"}


def test_float_twin_is_the_same_class_without_quantizers():
    q, f = make(8), make(0)
    assert type(q) is type(f)
    assert [n for n, _ in q.named_parameters() if "scaling" not in n] == [
        n for n, _ in f.named_parameters()
    ]
    acts = [m.act_quant for m in f.modules() if isinstance(m, (qnn.QuantIdentity, qnn.QuantReLU))]
    linears = [m for m in f.modules() if isinstance(m, qnn.QuantLinear)]
    assert acts and not any(a.is_quant_enabled for a in acts)
    assert linears and not any(m.weight_quant.is_quant_enabled for m in linears)
    q_acts = [m.act_quant for m in q.modules() if isinstance(m, qnn.QuantIdentity)]
    assert all(a.is_quant_enabled for a in q_acts)


def test_size_at_defaults():
    model = make(0, trigger="latent")  # the learned weights only (no constant slot mask)
    assert n_parameters(model) == 2429  # encoder 420 + decoder 2009
    encoder = sum(
        p.numel() for n, p in model.named_parameters() if not n.startswith(("decoder", "out."))
    )
    assert encoder == 420
    counts = trigger_multiplications(model.cfg)
    assert counts["total"] == 10167
    assert counts["activation_by_activation"] == 4332 and counts["by_constant"] == 5832
    # Q.K^T and A.V: 19 x 19 x d_h products per head each; ReLU attention needs no normalisation
    assert counts["attention_scores"] == counts["attention_values"] == 19 * 19 * 6
    assert "softmax_normalisation" not in counts


def test_config_validation():
    with pytest.raises(ValueError, match="divisible"):
        make(8, n_heads=4)
    with pytest.raises(ValueError, match="n_blocks"):
        make(8, n_blocks=3)
    with pytest.raises(BeadError, match="has 1 latent level"):  # ModelConfig, against the registered reference
        make(8, latent=(3, 2))
    assert attention_scale(4) == 0.5 and attention_scale(8) == 0.25 and attention_scale(1) == 1.0


@pytest.mark.parametrize("n_blocks", [1, 2])
def test_every_weight_and_activation_is_on_its_power_of_two_grid(n_blocks):
    model = make(8, n_blocks=n_blocks, trigger="latent")  # the encoder's grids (the slot mask is 0/1)
    x = events()
    train(model, x, steps=3)  # move the learned scales off their initial values

    seen = assert_model_on_grid(model, x, bits=8)
    # ReLU attention: the weights are non-negative, on an unsigned fixed-point grid.
    assert not seen["blocks.0.attn.attn_q"][3]

    # The type embedding is a constant (19, d) table whose rows are exactly quantized weights.
    table = model.type_embed.table
    emb = model.type_embed()
    assert emb.shape == (19, 6)
    assert torch.equal(emb, table.quant_weight().value.t()[list(SLOT_TYPES)])


@pytest.mark.parametrize("bits", [8, 0])
def test_slots_matter_only_through_their_type(bits):
    """No positions beyond the object type: the encoder sees the objects of one type as a set.

    In exact (and fixed-point firmware) arithmetic a same-type swap changes nothing; in
    float32 a permuted event's sums run in another order, which can move a value across a
    rounding boundary of a quantizer, so a mean may move by at most one LSB.
    """
    model = make(bits, trigger="latent")  # the encoder's score; the decoder reads slots by position
    train(model, events(), steps=2)
    x = events(seed=3)
    tol = float(model.head1.mu_q.act_quant.scale()) if bits else 1e-5
    with torch.no_grad():
        ref = model.latent_means(model.input_q(x))[0]

        def changed(x2: torch.Tensor) -> tuple[float, float]:
            """(largest change of a latent mean, fraction of events moved beyond tol)."""
            diff = (model.latent_means(model.input_q(x2))[0] - ref).abs().amax(dim=1)
            return float(diff.max()), float((diff > tol).float().mean())

        for x2 in (
            swap_slots(x, 10, 15),  # two jets
            swap_slots(x, 5, 8),  # two muons
            swap_slots(swap_slots(x, 1, 4), 9, 18),  # two e/gamma and two jets
        ):
            assert changed(x2)[0] <= tol
        if bits:  # the score is bit-identical in the vast majority of events
            same = model.trigger_score(swap_slots(x, 10, 15)) == model.trigger_score(x)
            assert same.float().mean() >= 0.95
        # Moving objects across types changes what the encoder sees: in float well beyond
        # the allowance in a good fraction of events; two QAT steps from initialisation leave
        # the 8-bit means (d_model 6) nearly type-blind, so there only beyond one LSB.
        for a, b in ((1, 5), (0, 9), (8, 18)):  # e <-> mu, MET <-> jet, mu <-> jet
            largest, fraction = changed(swap_slots(x, a, b))
            if bits:
                assert largest > tol and fraction > 0, (a, b, largest, fraction)
            else:
                assert largest > 2 * tol and fraction > 0.2, (a, b, largest, fraction)


@pytest.mark.parametrize("bits", [8, 0])
def test_a_few_optimizer_steps_lower_the_loss(bits):
    model = make(bits)
    x = events()

    def eval_loss() -> float:
        model.eval()
        with torch.no_grad():
            return float(model.loss(x, model(x), beta=1.0)[0])

    before = eval_loss()
    train(model, x, steps=15, lr=3e-2)
    after = eval_loss()
    assert math.isfinite(after) and after < 0.95 * before, (before, after)


def test_relu_attention_is_exact_fixed_point():
    """Attention weights are relu(quantized scores) on an unsigned power-of-two grid, with no
    row normalisation: nothing in them a firmware table or divider would have to match."""
    model = make(8)
    train(model, events(), steps=3)
    attn = model.blocks[0].attn
    with torch.no_grad():
        h = model.tokens(model.input_q(events()))
        weights = attn.attention(h)
        q = attn.heads(attn.q_q(attn.q(h)))
        k = attn.heads(attn.k_q(attn.k(h)))
        scores = attn.score_q(torch.matmul(q, k.transpose(-2, -1)) * attn.scale)
    lsb = float(attn.attn_q.act_quant.scale())
    expected = torch.clamp(torch.round(torch.relu(scores) / lsb), 0, 255) * lsb
    assert torch.equal(weights, expected)
    assert (weights == 0).any() and (weights > 0).any()
    assert not torch.allclose(weights.sum(dim=-1), torch.ones(1))  # no softmax row sum


def test_reconstruction_trigger_is_the_masked_error_of_the_decoded_means():
    """The ``reconstruction`` kind: eval-mode forward decodes the means, and the trigger is the
    masked squared error of exactly that reconstruction (checked here in float, by hand)."""
    model = make(0, trigger="reconstruction")
    train(model, events(), steps=3)
    x = events(16, seed=2)
    out = model(x)
    assert torch.equal(model.reconstruct(model.input_q(x)), out["recon"])
    occupied = (x.reshape(16, 19, 3)[:, :, :1] > 0).expand(16, 19, 3).reshape(16, 57)  # the mask: pT > 0
    expected = (((out["recon"] - x) * occupied) ** 2).sum(dim=1)
    assert torch.allclose(model.trigger_score(x), expected, rtol=1e-6)
