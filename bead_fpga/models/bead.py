"""The BEAD HVAE-Transformer: a hierarchical VAE whose latent is completed by a small
transformer, with a missing-transverse-energy (MET) head; trained in three phases.

Design decisions (the proposal leaves them open):

* **What the model sees.** The encoder reads the 18 *object* slots (4 e/gamma, 4 muons,
  10 jets: input features 3..56); the MET slot is withheld from it, so that the MET head
  *predicts* the event's MET from the visible objects instead of copying it. Selecting the
  objects, the MET and the object counts are constant 0/1 Dense layers
  (:func:`~bead_fpga.models.base.constant_linear`), exact in fixed point.
* **Latent.** Two levels as in :mod:`bead_fpga.models.vae`: ``z1`` (``latent[0]``, from the
  trunk) and ``z2`` (``latent[1]``, the top level, from a further compression), with the
  top-down prior ``p(z1 | z2)`` in the phase-1 loss.
* **Given / predicted / context.** The transformer is *given* one latent level and the
  *event context*, the number of e/gamma, muons and jets (exact integer counts of the
  occupied slots, from the empty-slot mask), and *predicts* the other level: one token per
  given scalar, each embedded by a shared Linear 1 -> d plus a learned per-token vector, then
  the ReLU-attention blocks of :mod:`bead_fpga.models.transformer`, a sum-pool and a Linear
  d -> the predicted level's size. By default (``given_level = 2``) it is given the top level
  ``z2`` and predicts the lower level ``z1`` (``latent[1] + 3`` tokens). Given ``z1`` and
  predicting ``z2`` (``given_level = 1``) the decoder keeps the encoder's detailed level: the
  reconstruction term gained 0.014-0.024 AUC on three signals in equal short runs, but trained
  in full (with the 54-32-16 encoder) the combined score matched the HVAE on fewer signals
  (``benchmarks/results/bead_variants.md``), so it is an option, not the reference.
  The counts are what the latent does not spell out and what the object content depends on;
  the MET is not context (it is the target of the head).
* **Decoder and MET head.** The decoder reads ``[z1, z2]`` with the predicted level in its
  place (the transformer's completion, not the encoder's mean) and reconstructs the 54 object
  features; the MET head, a Linear on the decoder's last hidden layer, predicts the MET pT on
  the input grid (feature ``MET_pt``, the MET as the data defines it).
* **Score** (:meth:`BeadModel.raw_score_q`, the ``reconstruction`` trigger kind, all of it in
  firmware): the squared reconstruction error over the occupied object features (rounded to
  :attr:`~bead_fpga.models.config.ModelConfig.error_format` as in :mod:`bead_fpga.models.base`) plus ``met_weight`` times the squared MET
  deviation ``met_hat - met`` (rounded to the same grid). ``met_weight`` is a power of two (a
  shift in firmware; a config constant, not a weight, so that choosing it after training
  leaves ``weights.pt`` as it is), chosen after training on background only
  (:meth:`BeadModel.background_config`) so that both terms weigh the same in the background's
  tail (their 99.9 % quantiles).

Training phases (:attr:`BeadModel.training_phases`, run by :mod:`bead_fpga.train`):

1. ``hvae``: encoder, both Gaussian heads, the top-down prior and the decoder, with the VAE
   loss (masked object reconstruction from sampled ``z1, z2`` + beta * (KL1 + KL2));
2. ``transformer``: encoder frozen, the transformer trained to predict the encoder's mean of
   the other level from the given one and the counts (squared Euclidean distance);
3. ``decoder``: encoder and transformer frozen, the decoder and the MET head fine-tuned on
   the completed ``[z1, z2]`` for masked reconstruction + squared MET deviation.

The KL warm-up (``--kl-warmup``) only matters in phase 1, the one loss with KL terms. Size at
the reference defaults (encoder 54-16-8, latent (3, 2), given ``z2``, d_model 8, 2 heads,
1 block, ff 16): 3,034 weights and biases, of which the trigger path (encoder, ``z2`` mean
head, transformer, decoder, MET head) uses 2,884; the log-variance heads and the top-down
prior are training only.
"""

from __future__ import annotations

import dataclasses
import math

import brevitas.nn as qnn
import torch
from torch import nn

from bead_fpga.data.adc2021 import FEATURE_NAMES
from bead_fpga.errors import BeadError
from bead_fpga.models.base import (
    N_FEATURES,
    AnomalyModel,
    EmptySlotMask,
    TrainingPhase,
    constant_linear,
    mlp,
    qact,
    qlinear,
    squared_sum,
)
from bead_fpga.models.config import ModelConfig
from bead_fpga.models.quant import input_quant
from bead_fpga.models.registry import register
from bead_fpga.models.transformer import (
    FEATURES_PER_SLOT,
    SLOT_TYPES,
    EncoderBlock,
    TypeEmbedding,
    check_shape,
    token_scale,
)
from bead_fpga.models.vae import GaussianHead, gaussian_kl, reparameterize

#: The input features the encoder reads: every slot but the MET (slot 0).
OBJECT_FEATURES = range(FEATURES_PER_SLOT, N_FEATURES)
#: The MET head's target: the MET pT column of the model input.
MET_FEATURE = FEATURE_NAMES.index("MET_pt")
#: Object types (:data:`~bead_fpga.models.transformer.SLOT_TYPES`) counted as event context.
CONTEXT_TYPES = (1, 2, 3)
#: ``met_weight`` is ``2**k`` with ``|k|`` at most this: the weighted square stays exact in the
#: float32 reference (see :data:`~bead_fpga.models.config.MAX_ERROR_BITS`).
MAX_MET_SHIFT = 6
#: Events per forward pass when choosing the weight.
CHUNK = 8192
#: The background quantile at which the two score terms are balanced by ``met_weight``.
TAIL_QUANTILE = 0.999


def object_selection() -> torch.Tensor:
    """``(54, 57)``: copies the object features, drops the MET slot."""
    return torch.eye(N_FEATURES)[list(OBJECT_FEATURES)]


def met_selection() -> torch.Tensor:
    """``(1, 57)``: copies the MET pT."""
    return torch.eye(N_FEATURES)[[MET_FEATURE]]


def count_selection() -> torch.Tensor:
    """``(3, 54)``: sums the object mask's pT bits per type (e/gamma, muon, jet counts)."""
    weight = torch.zeros(len(CONTEXT_TYPES), len(OBJECT_FEATURES))
    for column, feature in enumerate(OBJECT_FEATURES):
        slot_type = SLOT_TYPES[feature // FEATURES_PER_SLOT]
        if feature % FEATURES_PER_SLOT == 0:
            weight[CONTEXT_TYPES.index(slot_type), column] = 1.0
    return weight


def met_shift(met_weight: float) -> int:
    """``k`` of ``met_weight = 2**k`` (a ValueError unless it is one, with ``|k| <= MAX_MET_SHIFT``)."""
    k = round(math.log2(met_weight)) if met_weight > 0 else None
    if k is None or 2.0**k != met_weight or abs(k) > MAX_MET_SHIFT:
        raise ValueError(f"met_weight must be 2**k with |k| <= {MAX_MET_SHIFT}, got {met_weight}")
    return k


class LatentTransformer(nn.Module):
    """The given scalars ``(N, T)`` as ``T`` tokens -> the predicted latent ``(N, n_out)``
    (see the module docstring; every tensor quantized as in the object transformer)."""

    def __init__(self, cfg: ModelConfig, n_tokens: int, n_out: int) -> None:
        super().__init__()
        check_shape(cfg)
        bits, d = cfg.bits, cfg.d_model
        self.n_tokens = n_tokens
        self.token_q = qact(bits)
        self.embed = qlinear(1, d, bits)
        self.feature_q = qact(bits)
        self.type_embed = TypeEmbedding(d, bits, tuple(range(n_tokens)))
        self.embed_q = qact(bits)
        self.blocks = nn.ModuleList(EncoderBlock(d, cfg.n_heads, cfg.ff_dim, bits, n_tokens) for _ in range(cfg.n_blocks))
        self.pool_q = qact(bits)
        self.head = qlinear(d, n_out, bits)
        self.head_q = qact(bits)

    def forward(self, given: torch.Tensor) -> torch.Tensor:
        tokens = self.token_q(given).reshape(-1, self.n_tokens, 1)
        h = self.embed_q(self.feature_q(self.embed(tokens)) + self.type_embed())
        for block in self.blocks:
            h = block(h)
        return self.head_q(self.head(self.pool_q(h.sum(dim=1) * token_scale(self.n_tokens))))


class Decoder(nn.Module):
    """``[z1, z2]`` -> the 54 object features, and the last hidden layer (the MET head's input)."""

    def __init__(self, n_latent: int, widths: tuple[int, ...], bits: int) -> None:
        super().__init__()
        self.z_q = qact(bits)
        self.trunk = mlp([n_latent, *widths], bits)
        self.out = qlinear(widths[-1], len(OBJECT_FEATURES), bits)
        self.out_q = qact(bits)

    def forward(self, z: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor]:
        h = self.trunk(self.z_q(z))
        return self.out_q(self.out(h)), h


ENCODER_PARTS = ("encoder", "head1", "encoder2", "head2", "prior1", "prior1_head")


@register("bead", "HVAE-Transformer: transformer-completed latent, MET head, 3-phase training",
          hidden=(16, 8), latent=(3, 2), top_hidden=8, d_model=8, n_heads=2, ff_dim=16, trigger="reconstruction")
class BeadModel(AnomalyModel):
    """The BEAD HVAE-Transformer (see the module docstring)."""

    is_variational = True
    trigger_kinds = ("reconstruction", "distilled")
    training_phases = (
        TrainingPhase("hvae", (*ENCODER_PARTS, "decoder"),
                      "VAE: masked object reconstruction + beta * (KL1 + KL2)"),
        TrainingPhase("transformer", ("transformer",),
                      "distance: squared distance of the predicted level to the frozen encoder's mean of it"),
        TrainingPhase("decoder", ("decoder", "met_head"),
                      "masked object reconstruction from the completed z1, z2 + squared MET deviation"),
    )

    @classmethod
    def check_config(cls, cfg: ModelConfig) -> None:
        try:
            met_shift(cfg.met_weight)
        except ValueError as err:
            raise BeadError("met_weight", str(err)) from None
        if cfg.given_level not in (1, 2):
            raise BeadError("given_level", f"must be 1 or 2 (the latent level the transformer is given), "
                            f"got {cfg.given_level}")
        if cfg.error_norm != "l2":
            raise BeadError("--error-norm", f"the BEAD score sums squared errors (its MET term is weighed against "
                            f"them), got {cfg.error_norm}", "leave it at l2 for --model bead")

    def __init__(self, cfg: ModelConfig) -> None:
        super().__init__(cfg)
        bits, hidden, (n_z1, n_z2) = cfg.bits, cfg.hidden, cfg.latent
        n_given, n_predicted = (n_z2, n_z1) if cfg.given_level == 2 else (n_z1, n_z2)
        self.slot_mask = EmptySlotMask(cfg, OBJECT_FEATURES)
        self.select_objects = constant_linear(object_selection(), 0, cfg.quantized)
        self.select_met = constant_linear(met_selection(), 0, cfg.quantized)
        self.count_objects = constant_linear(count_selection(), 0, cfg.quantized)
        self.encoder = mlp([len(OBJECT_FEATURES), *hidden], bits)
        self.head1 = GaussianHead(hidden[-1], n_z1, bits)
        self.encoder2 = mlp([hidden[-1], cfg.top_hidden], bits)
        self.head2 = GaussianHead(cfg.top_hidden, n_z2, bits)
        self.prior1 = mlp([n_z2, cfg.top_hidden], bits)
        self.prior1_head = GaussianHead(cfg.top_hidden, n_z1, bits)
        self.transformer = LatentTransformer(cfg, n_given + len(CONTEXT_TYPES), n_predicted)
        self.decoder = Decoder(n_z1 + n_z2, tuple(reversed(hidden)), bits)
        self.met_head = nn.Sequential(qlinear(hidden[0], 1, bits), qact(bits))
        self.met_error_q = qnn.QuantIdentity(act_quant=input_quant(*cfg.error_format, cfg.quantized),
                                             return_quant_tensor=False)

    # ---- the completed latent and the trigger path ----

    def level_mean(self, h: torch.Tensor, level: int) -> torch.Tensor:
        """The encoder's mean of latent ``level`` (1: ``z1`` from the trunk, 2: ``z2`` from its compression)."""
        return self.head1.mean(h) if level == 1 else self.head2.mean(self.encoder2(h))

    def complete(self, xq: torch.Tensor) -> dict[str, torch.Tensor]:
        """The deterministic path from the quantized input: mask, objects, the given level's mean,
        the transformer's prediction ``z_hat`` of the other level, the reconstruction from
        ``[z1, z2]`` (one of them ``z_hat``) and the MET prediction (the trigger path)."""
        mask = self.slot_mask(xq)
        objects = self.select_objects(xq)
        h = self.encoder(objects)
        given = self.level_mean(h, self.cfg.given_level)
        z_hat = self.transformer(torch.cat([given, self.count_objects(mask)], dim=1))
        z1, z2 = (z_hat, given) if self.cfg.given_level == 2 else (given, z_hat)
        recon, hidden = self.decoder(torch.cat([z1, z2], dim=1))
        return {"input": xq, "mask": mask, "objects": objects, "h": h, "z1": z1, "z2": z2, "z_hat": z_hat,
                "recon": recon, "met": self.select_met(xq), "met_hat": self.met_head(hidden)}

    def latent_means(self, xq: torch.Tensor) -> list[torch.Tensor]:
        """The completed latent ``[z1, z2]``: the given level's mean and the transformer's prediction."""
        out = self.complete(xq)
        return [out["z1"], out["z2"]]

    def combined_score_q(self, out: dict[str, torch.Tensor]) -> torch.Tensor:
        """Squared object error + ``met_weight`` * squared MET deviation of a :meth:`complete`
        pass ``(N, 1)``, each error rounded onto the error grid (object errors masked)."""
        errors = self.error_q(out["recon"] - out["objects"]) * out["mask"]
        met_dev = self.met_error_q(out["met_hat"] - out["met"])
        return squared_sum(errors) + squared_sum(met_dev) * self.cfg.met_weight

    def raw_score_q(self, xq: torch.Tensor) -> torch.Tensor:
        """:meth:`combined_score_q` before the score quantizer (the ``distilled`` kind: the
        student's regression of the combined software score)."""
        if self.cfg.trigger == "distilled":
            return super().raw_score_q(xq)
        return self.combined_score_q(self.complete(xq))

    def trigger_description(self) -> str | None:
        """What the firmware output is, for the hand-off README (:mod:`bead_fpga.trigger_text`);
        a student is described as every student is."""
        cfg = self.cfg
        if cfg.trigger == "distilled":
            return None
        return (f"**Trigger kind `reconstruction`** of the BEAD model: encoder, latent transformer, decoder and "
                f"MET head, all in the firmware. The output is the masked squared error of the "
                f"{len(OBJECT_FEATURES)} object features (4 e/gamma, 4 muons, 10 jets; the MET slot is not "
                f"reconstructed) plus {cfg.met_weight:g} (`met_weight`, a shift chosen on background) times "
                f"the squared MET deviation `met_hat - MET_pt`. Per feature, `recon - input` and the MET "
                f"deviation are rounded half to even and saturated onto `ap_fixed<{cfg.error_format[0]},{cfg.error_format[1]}>`, "
                "the object errors are multiplied by the slot mask (1 for the three features of an occupied "
                "slot, 0 for an empty one: pT 0 on the input grid), squared and summed exactly with the "
                "weighted MET term, then rounded and saturated onto the output format. The decoder reads the "
                f"encoder's mean of latent level {cfg.given_level} and the transformer's prediction of level "
                f"{3 - cfg.given_level} from it and the object counts.")

    # ---- training ----

    def forward(self, x: torch.Tensor) -> dict[str, torch.Tensor]:
        """The current phase's tensors: the VAE pass in phase ``hvae`` (sampled latents, KL
        terms), otherwise :meth:`complete` plus ``target``, the encoder's mean of the level the
        transformer predicts (phase 2's target)."""
        xq = self.input_q(x)
        if self.training_phases[self.phase].name != "hvae":
            out = self.complete(xq)
            out["target"] = self.level_mean(out["h"], 3 - self.cfg.given_level)
            return out
        objects = self.select_objects(xq)
        h = self.encoder(objects)
        mu1, lv1 = self.head1(h)
        mu2, lv2 = self.head2(self.encoder2(h))
        z2 = reparameterize(mu2, lv2, self.training)
        mu_p, lv_p = self.prior1_head(self.prior1(z2))
        recon, _ = self.decoder(torch.cat([reparameterize(mu1, lv1, self.training), z2], dim=1))
        return {"input": xq, "objects": objects, "recon": recon,
                "kl1": gaussian_kl(mu1, lv1, mu_p, lv_p), "kl2": gaussian_kl(mu2, lv2)}

    def recon_error(self, out: dict[str, torch.Tensor], norm: str = "l2") -> torch.Tensor:
        """Squared error summed over the occupied object features (the MET is the head's);
        squared only, whatever ``norm`` says: the config refuses an ``l1`` BEAD model."""
        return ((out["recon"] - out["objects"]) ** 2 * self.slot_mask(out["input"])).sum(dim=1)

    @staticmethod
    def met_deviation(out: dict[str, torch.Tensor]) -> torch.Tensor:
        """``(met_hat - met)**2`` per event, on the input grid."""
        return ((out["met_hat"] - out["met"]) ** 2)[:, 0]

    def loss(self, x: torch.Tensor, out: dict[str, torch.Tensor], beta: float) -> tuple[torch.Tensor, dict[str, float]]:
        phase = self.training_phases[self.phase].name
        if phase == "hvae":
            recon, kl1, kl2 = self.recon_error(out).mean(), out["kl1"].mean(), out["kl2"].mean()
            return recon + beta * (kl1 + kl2), {"recon": recon.item(), "kl1": kl1.item(), "kl2": kl2.item()}
        if phase == "transformer":
            distance = squared_sum(out["z_hat"] - out["target"].detach()).mean()
            return distance, {"distance": distance.item()}
        recon, met = self.recon_error(out).mean(), self.met_deviation(out).mean()
        return recon + met, {"recon": recon.item(), "met": met.item()}

    # ---- scores ----

    def terms_of(self, out: dict[str, torch.Tensor]) -> dict[str, torch.Tensor]:
        """The score's two terms per event of a :meth:`complete` pass, unrounded."""
        return {"recon_error": self.recon_error(out), "met_deviation": self.met_deviation(out)}

    def term_scores(self, x: torch.Tensor) -> dict[str, torch.Tensor]:
        """The score's two terms per event, unrounded: ``recon_error`` and ``met_deviation``."""
        return self.terms_of(self.complete(self.input_q(x)))

    def weighted_sum(self, terms: dict[str, torch.Tensor]) -> torch.Tensor:
        """``recon_error + met_weight * met_deviation``: the software score from its terms."""
        return terms["recon_error"] + self.cfg.met_weight * terms["met_deviation"]

    def software_score(self, x: torch.Tensor) -> torch.Tensor:
        """``recon_error + met_weight * met_deviation`` (unrounded, unquantized score)."""
        return self.weighted_sum(self.term_scores(x))

    def evaluation_scores(self, x: torch.Tensor) -> dict[str, torch.Tensor]:
        """The base class's scores from one :meth:`complete` pass (the whole trigger path: the
        firmware score, the software score, its terms and the completed latent all read it),
        not one pass per score; a ``distilled`` trigger is the student's, computed apart."""
        out = self.complete(self.input_q(x))
        terms = self.terms_of(out)
        trigger = (self.trigger(x) if self.cfg.trigger == "distilled"
                   else self.score_q(self.combined_score_q(out)))
        return {"trigger": trigger.reshape(-1), "software": self.weighted_sum(terms), **terms,
                "latent": torch.cat([out["z1"], out["z2"]], dim=1)}

    def level_scores(self, x: torch.Tensor) -> dict[str, torch.Tensor]:
        """The score's terms, reported by ``bead-fpga evaluate`` beside the combined score."""
        return self.term_scores(x)

    @torch.no_grad()
    def background_config(self, x_background: torch.Tensor) -> ModelConfig:
        """``met_weight = 2**k``, the power of two nearest (in log) to the ratio of the two terms'
        :data:`TAIL_QUANTILE` quantiles on ``x_background``: the terms then weigh the same in the
        background's tail, where a trigger's threshold lies (the bulk's ratio, mean over mean,
        weighs the MET 4-8x more and loses up to 0.05 AUC: ``benchmarks/results/bead_variants.md``).
        No signal is looked at."""
        self.eval()
        parts = [self.term_scores(x_background[lo:lo + CHUNK]) for lo in range(0, len(x_background), CHUNK)]
        recon, met = (torch.cat([p[key] for p in parts]) for key in ("recon_error", "met_deviation"))
        return dataclasses.replace(self.cfg, met_weight=2.0**tail_shift(recon, met))


def tail_shift(reference: torch.Tensor, term: torch.Tensor) -> int:
    """The shift ``k`` (``|k| <= MAX_MET_SHIFT``) whose ``2**k`` is the power of two nearest (in
    log) to the ratio of the :data:`TAIL_QUANTILE` quantiles of ``reference`` and ``term`` on
    background: ``reference + 2**k * term`` then weighs both the same where a threshold lies."""
    tails = [torch.quantile(t.double(), TAIL_QUANTILE) for t in (reference, term)]
    ratio = float(tails[0] / tails[1]) if tails[1] > 0 else 1.0
    return max(-MAX_MET_SHIFT, min(MAX_MET_SHIFT, round(math.log2(max(ratio, 1e-12)))))
