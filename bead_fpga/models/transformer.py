"""A small quantized transformer encoder over the 19 L1 objects, paired with a VAE head.

This is the VAE-style pairing of the HVAE-Transformer proposal: a transformer *encoder*
reads the event as a set of objects and ends in a Gaussian posterior ``q(z|x)`` (mean and
log-variance, :class:`~bead_fpga.models.vae.GaussianHead`); a plain MLP *decoder*
(latent -> 32 -> 57) reconstructs the event for training; the loss is the VAE ELBO,
reconstruction + beta * KL to a standard normal, exactly as in :mod:`bead_fpga.models.vae`.
The default ``reconstruction`` trigger puts the encoder, the ``mu`` half of the head and the MLP
decoder into firmware and scores the masked squared reconstruction error of the latent means,
as the MLP models do (:meth:`TransformerEncoderModel.reconstruct`): it keeps the software
score's AUC, where the encoder-only ``latent`` trigger (``--trigger latent``, the sum of squared
latent means, :meth:`AnomalyModel.trigger`) lost up to 0.23 of it (README, The transformer in
firmware); ``distilled`` puts only a small student of its reconstruction error into firmware.

Data flow (``d`` = ``d_model``, ``H`` = ``n_heads``, ``d_h = d / H``, ``q(.)`` a quantizer)::

    x (N, 57) -> input_q -> view (N, 19, 3)          slots: MET, 4 e/gamma, 4 mu, 10 jets
      -> embed: q(q(Linear 3->d, shared by all slots) + type embedding (19, d))
      -> n_blocks x [ h = q(h + 1/2 * MHSA(h)) ; h = q(h + 1/2 * FF(h)) ]
      -> pool: q(sum over the 19 tokens * 2**-4)
      -> GaussianHead d -> latent[0]: mu (trigger), logvar (training only)

    MHSA(h) = q(Linear(concat_heads(q(relu(q(Q K^T * 2**-ceil(log2(d_h)/2)))) V) * 2**-4))

Design choices, each made for the FPGA:

* **Exact in fixed point, end to end.** Every intermediate tensor -- each Linear output, the
  attention scores, the attention weights, the attention-weighted values, each residual sum,
  the pooled vector -- goes through a power-of-two quantizer (:mod:`bead_fpga.models.quant`:
  round half to even, saturate), and every constant factor is a power of two (a shift). What
  lies between two quantizers is then a sum of products of fixed-point numbers, which the
  firmware computes exactly in accumulators wide enough never to wrap (bead-fpga's hls4ml
  extensions, :mod:`bead_fpga.hls.ext`, size them), so the C-simulation reproduces this
  module bit for bit.
* **ReLU attention, no softmax.** A softmax needs an exponential and a division; a lookup
  table and a reciprocal table in C++ and a float softmax in PyTorch can never agree bit for
  bit. The attention weights are instead ``relu`` of the quantized scores on an unsigned
  power-of-two grid, and the weighted sum over the 19 keys is normalised by the fixed shift
  ``2**-4`` (1/19 rounded to a power of two) instead of the row sum: ReLU attention with a
  sequence-length scale (Wortsman et al., arXiv:2309.08586). It is exact by construction,
  costs no tables, no division and no multiplications beyond the two attention matmuls; its
  AUC against the softmax version was measured at equal size and training budget (README).
* **Object-type embedding, no positions.** Each slot gets the learned vector of its object
  type (MET, e/gamma, mu, jet), held as the weight of a bias-free quantized Linear applied to
  a fixed one-hot (19, 4) buffer: the product selects weight rows exactly, so the (19, d)
  table is a constant of the graph (folded by :mod:`bead_fpga.hls.ext.const_matmul` and
  added per slot by hls4ml). It is added to the *quantized* token features, so the token
  Linear keeps its own bias and output type. There is no positional encoding beyond the
  type, so the encoder treats the objects of one type as a set: swapping two jets (or two
  muons) leaves the latent means and the trigger score unchanged, while moving an object
  into a slot of another type changes them (exactly so in fixed-point firmware, whose sums
  are associative; in float32 a permuted event's sums run in another order, which can very
  rarely move a value across a rounding boundary). pT ordering within a type is not lost
  information: the pT is in the features.
* **Fixed shapes, no masks.** 19 tokens always; an empty slot is a zero feature vector that
  embeds to (bias + its type vector) and attends and is attended to like any other token.
  Masks computed from the data would make shapes or control flow data-dependent; the model
  learns instead what an empty slot looks like (it is the same vector in every event).
* **No LayerNorm.** hls4ml's ONNX frontend cannot convert it, and in hardware it would need a
  mean, a variance and an inverse square root per token. Activations are kept bounded
  instead by (a) a power-of-two quantizer with a learned scale after every matmul and add,
  which saturates (clamps) outliers, and (b) a fixed residual scale of 1/2 on every branch
  (``h + 1/2 * f(h)``, a shift in hardware), which keeps the residual stream near identity
  at initialisation. The trade-off: without normalisation the network is not invariant to
  the input scale, deep stacks train poorly (hence 1-2 blocks only), and a very anomalous
  event saturates the residual quantizers rather than growing without bound, so its score
  is capped; the fitted fixed-point input transform keeps background O(1).
* **Attention scores** are ``q k^T`` times ``2**-ceil(log2(d_h)/2)`` (1/sqrt(d_h) rounded
  down to a power of two: exact for d_h = 4 or 16, a shift in hardware), then quantized.
* **Pooling** is the sum over the 19 tokens times 2**-4 (then quantized), not the exact mean:
  1/19 is not a power of two, so an exact mean would cost ``d`` constant multipliers and a
  rounding the firmware has to reproduce, while ``* 2**-4`` is a wire shift and the constant
  factor 19/16 is absorbed by the head's learned weights.

Size at the reference defaults (d_model=6, n_heads=2, n_blocks=1, ff_dim=12, latent 3),
chosen so the analytic estimate of the trigger path fits the L1 budget (latency <= 500 ns,
II <= 5 at 200 MHz, <= 30 % of a VU9P; see ``benchmarks/bench_transformer.py``): the
encoder (the ``latent`` trigger's path; the ``reconstruction`` trigger adds the 3-32-57 MLP
decoder) costs 10,167 multiplications per event (:func:`trigger_multiplications`): 5,832
by constant weights (the Linear layers are shared by the 19 tokens, so weights are few but
each is used 19 times), 4,332 activation-by-activation products in the attention (scores and
attention-weighted values) and 3 squares for the score, about four times the ADC2021 VAE
encoder (57-32-16-3: 2,384). The model has 2,429 weights and biases, 420 of them in the encoder
(the decoder holds the rest).
"""

from __future__ import annotations

import math

import brevitas.nn as qnn
import torch
from torch import nn

from bead_fpga.models.base import N_FEATURES, AnomalyModel, mlp, qact, qlinear, qrelu
from bead_fpga.models.config import ModelConfig
from bead_fpga.models.quant import weight_quant
from bead_fpga.models.registry import register
from bead_fpga.models.vae import GaussianHead, gaussian_kl, reparameterize

N_SLOTS = 19
FEATURES_PER_SLOT = 3
#: Object type of each slot: 0 MET, 1 e/gamma, 2 muon, 3 jet (fixed by the ADC2021 layout).
SLOT_TYPES = (0,) + (1,) * 4 + (2,) * 4 + (3,) * 10
#: Every residual branch is scaled by this power of two before the add (a shift).
RESIDUAL_SCALE = 0.5


def token_scale(n_tokens: int) -> float:
    """1/n_tokens rounded to a power of two: normalises every sum over the tokens (the ReLU
    attention's weighted sum and the pooling) with a shift instead of a division."""
    return 2.0 ** -round(math.log2(n_tokens))


#: 1/19 rounded to a power of two (2**-4), the scale of the 19 object tokens.
TOKEN_SCALE = token_scale(N_SLOTS)
DECODER_HIDDEN = 32

assert len(SLOT_TYPES) == N_SLOTS and N_SLOTS * FEATURES_PER_SLOT == N_FEATURES


def attention_scale(d_head: int) -> float:
    """1/sqrt(d_head) rounded down to a power of two (exact for d_head = 1, 4, 16, ...)."""
    return 2.0 ** -math.ceil(math.log2(d_head) / 2)


class TypeEmbedding(nn.Module):
    """Learned per-type vector for each token (by default the 19 slots, typed by
    :data:`SLOT_TYPES`), as a constant ``(n_tokens, d)`` tensor.

    The table is the weight of a bias-free quantized Linear (power-of-two weight quantizer)
    applied to a fixed one-hot buffer, so each entry is exactly a quantized weight and the
    whole output is a constant of the exported graph.
    """

    def __init__(self, d_model: int, bits: int, types: tuple[int, ...] = SLOT_TYPES) -> None:
        super().__init__()
        n_types = max(types) + 1
        self.table = qnn.QuantLinear(
            n_types, d_model, bias=False, weight_quant=weight_quant(bits),
            return_quant_tensor=False,
        )
        nn.init.normal_(self.table.weight, std=0.5)
        one_hot = nn.functional.one_hot(torch.tensor(types), n_types).float()
        self.register_buffer("one_hot", one_hot, persistent=False)

    def forward(self) -> torch.Tensor:
        return self.table(self.one_hot)


class SelfAttention(nn.Module):
    """Multi-head self-attention over a fixed number of tokens (the 19 slots by default),
    every matmul result quantized."""

    def __init__(self, d_model: int, n_heads: int, bits: int, n_tokens: int = N_SLOTS) -> None:
        super().__init__()
        self.n_tokens = n_tokens
        self.n_heads, self.d_head = n_heads, d_model // n_heads
        self.scale = attention_scale(self.d_head)
        self.q, self.k, self.v = (qlinear(d_model, d_model, bits) for _ in range(3))
        self.q_q, self.k_q, self.v_q = qact(bits), qact(bits), qact(bits)
        self.score_q = qact(bits)
        self.attn_q = qrelu(bits)
        self.ctx_q = qact(bits)
        self.o = qlinear(d_model, d_model, bits)
        self.o_q = qact(bits)

    def heads(self, t: torch.Tensor) -> torch.Tensor:
        """``(N, T, d) -> (N, H, T, d_h)``."""
        return t.reshape(-1, self.n_tokens, self.n_heads, self.d_head).transpose(1, 2)

    def attention(self, h: torch.Tensor) -> torch.Tensor:
        """Quantized, unnormalised ReLU attention weights ``(N, H, T, T)`` (non-negative)."""
        q, k = self.heads(self.q_q(self.q(h))), self.heads(self.k_q(self.k(h)))
        scores = self.score_q(torch.matmul(q, k.transpose(-2, -1)) * self.scale)
        return self.attn_q(scores)

    def forward(self, h: torch.Tensor) -> torch.Tensor:
        v = self.heads(self.v_q(self.v(h)))
        ctx = self.ctx_q(torch.matmul(self.attention(h), v) * token_scale(self.n_tokens))
        ctx = ctx.transpose(1, 2).reshape(-1, self.n_tokens, self.n_heads * self.d_head)
        return self.o_q(self.o(ctx))


class EncoderBlock(nn.Module):
    """Self-attention and a ReLU feed-forward, each a residual branch scaled by 1/2, no norm."""

    def __init__(self, d_model: int, n_heads: int, ff_dim: int, bits: int, n_tokens: int = N_SLOTS) -> None:
        super().__init__()
        self.attn = SelfAttention(d_model, n_heads, bits, n_tokens)
        self.attn_res_q = qact(bits)
        self.ff = nn.Sequential(
            qlinear(d_model, ff_dim, bits), qrelu(bits), qlinear(ff_dim, d_model, bits), qact(bits),
        )
        self.ff_res_q = qact(bits)

    def forward(self, h: torch.Tensor) -> torch.Tensor:
        h = self.attn_res_q(h + RESIDUAL_SCALE * self.attn(h))
        return self.ff_res_q(h + RESIDUAL_SCALE * self.ff(h))


def check_shape(cfg: ModelConfig) -> None:
    """The encoder stack's limits: whole heads, and one or two blocks (there is no LayerNorm)."""
    if cfg.d_model % cfg.n_heads:
        raise ValueError(f"d_model={cfg.d_model} is not divisible by n_heads={cfg.n_heads}")
    if not 1 <= cfg.n_blocks <= 2:
        raise ValueError(
            f"n_blocks must be 1 or 2 (no LayerNorm: deeper stacks are not supported), "
            f"got {cfg.n_blocks}"
        )


@register(
    "transformer", "the 19 objects as tokens through ReLU self-attention, Gaussian latent",
    latent=(3,), d_model=6, n_heads=2, ff_dim=12, trigger="reconstruction",
)
class TransformerEncoderModel(AnomalyModel):
    """Transformer encoder over the 19 objects with a VAE head (see the module docstring)."""

    is_variational = True
    trigger_kinds = ("latent", "reconstruction", "distilled")

    def __init__(self, cfg: ModelConfig) -> None:
        super().__init__(cfg)
        check_shape(cfg)
        bits, d, latent = cfg.bits, cfg.d_model, cfg.latent[0]
        self.embed = qlinear(FEATURES_PER_SLOT, d, bits)
        self.feature_q = qact(bits)
        self.type_embed = TypeEmbedding(d, bits)
        self.embed_q = qact(bits)
        self.blocks = nn.ModuleList(
            EncoderBlock(d, cfg.n_heads, cfg.ff_dim, bits) for _ in range(cfg.n_blocks)
        )
        self.pool_q = qact(bits)
        self.head1 = GaussianHead(d, latent, bits)
        self.z_q = qact(bits)
        self.decoder = mlp([latent, DECODER_HIDDEN], bits)
        self.out = qlinear(DECODER_HIDDEN, N_FEATURES, bits)
        self.out_q = qact(bits)

    def tokens(self, xq: torch.Tensor) -> torch.Tensor:
        """Embedded tokens ``(N, 19, d)`` from the quantized ``(N, 57)`` input."""
        slots = xq.reshape(-1, N_SLOTS, FEATURES_PER_SLOT)
        return self.embed_q(self.feature_q(self.embed(slots)) + self.type_embed())

    def encode(self, xq: torch.Tensor) -> torch.Tensor:
        """The pooled event representation ``(N, d)`` that feeds the Gaussian head."""
        h = self.tokens(xq)
        for block in self.blocks:
            h = block(h)
        return self.pool_q(h.sum(dim=1) * TOKEN_SCALE)

    def latent_means(self, xq: torch.Tensor) -> list[torch.Tensor]:
        return [self.head1.mean(self.encode(xq))]

    def decode(self, z: torch.Tensor) -> torch.Tensor:
        """The reconstruction ``(N, 57)`` from a latent vector."""
        return self.out_q(self.out(self.decoder(self.z_q(z))))

    def reconstruct(self, xq: torch.Tensor) -> torch.Tensor:
        """Decode the latent means (the ``reconstruction`` trigger: encoder, ``mu`` head and the
        MLP decoder in firmware; no log-variance head)."""
        return self.decode(self.latent_means(xq)[0])

    def forward(self, x: torch.Tensor) -> dict[str, torch.Tensor]:
        xq = self.input_q(x)
        mu1, lv1 = self.head1(self.encode(xq))
        return {
            "input": xq, "mu1": mu1, "logvar1": lv1, "kl1": gaussian_kl(mu1, lv1),
            "recon": self.decode(reparameterize(mu1, lv1, self.training)),
        }

    def kl_terms(self, out: dict[str, torch.Tensor]) -> list[torch.Tensor]:
        return [out["kl1"]]

    def loss(
        self, x: torch.Tensor, out: dict[str, torch.Tensor], beta: float
    ) -> tuple[torch.Tensor, dict[str, float]]:
        recon = self.recon_error(out).mean()
        kl = out["kl1"].mean()
        return recon + beta * kl, {"recon": float(recon.detach()), "kl1": float(kl.detach())}

    def level_scores(self, x: torch.Tensor) -> dict[str, torch.Tensor]:
        """Sum of squared means, plus the KL (software only), as for the HVAE."""
        scores = super().level_scores(x)
        scores["kl_level1"] = self.forward(x)["kl1"]
        return scores


def trigger_multiplications(cfg: ModelConfig) -> dict[str, int]:
    """Multiplications per event on the trigger path (encoder, ``mu`` head, score).

    Shifts (the attention, token, residual and pooling scales) and additions are not counted;
    ReLU attention has no normalisation product (its scale is a shift).
    """
    d, h, f, n, k = cfg.d_model, cfg.n_heads, cfg.ff_dim, N_SLOTS, cfg.latent[0]
    d_head = d // h
    per_block = {
        "qkv_projection": 3 * n * d * d,
        "attention_scores": h * n * n * d_head,
        "attention_values": h * n * n * d_head,
        "output_projection": n * d * d,
        "feed_forward": n * 2 * d * f,
    }
    counts = {"token_embedding": n * FEATURES_PER_SLOT * d}
    counts.update({key: cfg.n_blocks * value for key, value in per_block.items()})
    counts["latent_mean"] = d * k
    counts["score_squares"] = k
    activation_products = ("attention_scores", "attention_values")
    counts["by_constant"] = sum(
        v for key, v in counts.items() if key not in (*activation_products, "score_squares")
    )
    counts["activation_by_activation"] = sum(counts[key] for key in activation_products)
    counts["total"] = counts["by_constant"] + counts["activation_by_activation"] + k
    return counts
