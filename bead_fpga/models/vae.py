"""Variational autoencoders: the ADC2021 DNN VAE (one latent level) and the hierarchical
VAE (two levels).

The HVAE is a two-level ladder: a bottom-up encoder gives the posterior of ``z1`` from the
event and of ``z2`` from a further compression of the same features; a top-down network
gives the prior of ``z1`` conditioned on ``z2``; the decoder reconstructs the event from
both. KL terms at both levels enter the loss. The ``latent`` trigger needs only the
bottom-up encoder (the trunk, 57-16-8 for the reference HVAE and 57-32-16 for the ADC2021
VAE, plus two small heads); the ``reconstruction`` trigger decodes the latent means (:meth:`reconstruct`), so the
log-variance heads and the top-down prior never reach the firmware.

With ``latent=(k,)`` the same class is the one-level ADC2021 VAE baseline, so the two share
every line of code.
"""

from __future__ import annotations

import torch
from torch import nn

from bead_fpga.models.base import N_FEATURES, AnomalyModel, mlp, qact, qlinear
from bead_fpga.models.config import ModelConfig
from bead_fpga.models.registry import register

LOGVAR_LIMIT = 8.0


class GaussianHead(nn.Module):
    """Mean and log-variance of a diagonal Gaussian, each quantized."""

    def __init__(self, n_in: int, n_latent: int, bits: int) -> None:
        super().__init__()
        self.mu = qlinear(n_in, n_latent, bits)
        self.mu_q = qact(bits)
        self.logvar = qlinear(n_in, n_latent, bits)
        self.logvar_q = qact(bits)

    def mean(self, h: torch.Tensor) -> torch.Tensor:
        return self.mu_q(self.mu(h))

    def forward(self, h: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor]:
        logvar = self.logvar_q(self.logvar(h)).clamp(-LOGVAR_LIMIT, LOGVAR_LIMIT)
        return self.mean(h), logvar


def gaussian_kl(
    mu: torch.Tensor, logvar: torch.Tensor,
    mu_p: torch.Tensor | None = None, logvar_p: torch.Tensor | None = None,
) -> torch.Tensor:
    """KL(N(mu, e^logvar) || N(mu_p, e^logvar_p)) per event; standard normal prior by default."""
    if mu_p is None or logvar_p is None:
        mu_p, logvar_p = torch.zeros_like(mu), torch.zeros_like(logvar)
    return 0.5 * (
        logvar_p - logvar + (logvar.exp() + (mu - mu_p) ** 2) / logvar_p.exp() - 1.0
    ).sum(dim=1)


def reparameterize(mu: torch.Tensor, logvar: torch.Tensor, training: bool) -> torch.Tensor:
    """Sample in training, the mean in evaluation (deterministic scores)."""
    if not training:
        return mu
    return mu + torch.randn_like(mu) * (0.5 * logvar).exp()


# The default trigger is the masked reconstruction error in firmware: the one kind whose
# firmware AUC equals the model's software AUC (benchmarks/results/triggers.md).
@register("vae", "ADC2021 DNN VAE: 57-32-16, latent 3", hidden=(32, 16), latent=(3,), trigger="reconstruction")
# The HVAE's reference widths are half the ADC2021 baselines': with the reconstruction trigger
# (32, 16) needs 9.2 % of the VU9P's LUTs, (16, 8) 5.3 % (analytic) / 4.7 % (da4ml) at an
# ADC2021 AUC 0.02 lower (benchmarks/results/triggers.md). Its input is ap_fixed<12, 6>, not
# the 16 bits of the others: on its log2 map (pT codes have 3 fraction bits, angles about
# [-1, 1]) 12 bits keep the AUC and the operating point and cut the first layer's logic by a
# quarter, 5.47 % -> 4.75 % of the VU9P's LUTs (benchmarks/results/pt_map_input_bits.md).
@register("hvae", "hierarchical VAE: two latent levels with a top-down prior", hidden=(16, 8), latent=(3, 2),
          trigger="reconstruction", input_bits=12)
class HierarchicalVAE(AnomalyModel):
    """One- or two-level VAE on the 57 input features (see the module docstring)."""

    is_variational = True
    trigger_kinds = ("latent", "reconstruction", "distilled")

    def __init__(self, cfg: ModelConfig) -> None:
        super().__init__(cfg)
        bits, hidden = cfg.bits, cfg.hidden
        self.encoder = mlp([N_FEATURES, *hidden], bits)
        self.head1 = GaussianHead(hidden[-1], cfg.latent[0], bits)
        if self.two_level:
            self.encoder2 = mlp([hidden[-1], cfg.top_hidden], bits)
            self.head2 = GaussianHead(cfg.top_hidden, cfg.latent[1], bits)
            self.prior1 = nn.Sequential(mlp([cfg.latent[1], cfg.top_hidden], bits))
            self.prior1_head = GaussianHead(cfg.top_hidden, cfg.latent[0], bits)
        self.z_q = qact(bits)
        self.decoder = mlp([sum(cfg.latent), *reversed(hidden)], bits)
        self.out = qlinear(hidden[0], N_FEATURES, bits)
        self.out_q = qact(bits)

    @property
    def two_level(self) -> bool:
        return len(self.cfg.latent) == 2

    def latent_means(self, xq: torch.Tensor) -> list[torch.Tensor]:
        h = self.encoder(xq)
        means = [self.head1.mean(h)]
        if self.two_level:
            means.append(self.head2.mean(self.encoder2(h)))
        return means

    def trigger_means(self, xq: torch.Tensor) -> list[torch.Tensor]:
        """The top level only: it is the one level whose prior is the standard normal, so the
        sum of its squared means is its KL up to the variance terms. Level 1's prior is
        p(z1|z2), centred on the top-down network's output, so its squared means measure the
        distance from a point the model never uses as reference (and computing its KL would
        need the top-down network in firmware)."""
        h = self.encoder(xq)
        if self.two_level:
            return [self.head2.mean(self.encoder2(h))]
        return [self.head1.mean(h)]

    def decode(self, latents: list[torch.Tensor]) -> torch.Tensor:
        """The reconstruction from one latent vector per level (concatenated only when there are
        two: a one-input ``Concat`` is an op hls4ml's merge layer rejects)."""
        z = torch.cat(latents, dim=1) if len(latents) > 1 else latents[0]
        return self.out_q(self.out(self.decoder(self.z_q(z))))

    def reconstruct(self, xq: torch.Tensor) -> torch.Tensor:
        """Decode the latent means: no log-variance heads and no top-down prior, which only the
        training loss needs."""
        return self.decode(self.latent_means(xq))

    def forward(self, x: torch.Tensor) -> dict[str, torch.Tensor]:
        xq = self.input_q(x)
        h = self.encoder(xq)
        mu1, lv1 = self.head1(h)
        z1 = reparameterize(mu1, lv1, self.training)
        out = {"input": xq, "mu1": mu1, "logvar1": lv1}
        latents = [z1]
        if self.two_level:
            mu2, lv2 = self.head2(self.encoder2(h))
            z2 = reparameterize(mu2, lv2, self.training)
            mu_p, lv_p = self.prior1_head(self.prior1(z2))
            out.update(mu2=mu2, logvar2=lv2, kl1=gaussian_kl(mu1, lv1, mu_p, lv_p),
                       kl2=gaussian_kl(mu2, lv2))
            latents.append(z2)
        else:
            out["kl1"] = gaussian_kl(mu1, lv1)
        out["recon"] = self.decode(latents)
        return out

    def kl_terms(self, out: dict[str, torch.Tensor]) -> list[torch.Tensor]:
        return [out[f"kl{i + 1}"] for i in range(len(self.cfg.latent))]

    def loss(self, x: torch.Tensor, out: dict[str, torch.Tensor], beta: float) -> tuple[torch.Tensor, dict[str, float]]:
        recon = self.recon_error(out).mean()
        kls = [kl.mean() for kl in self.kl_terms(out)]
        total = recon + beta * sum(kls)
        parts = {"recon": recon.item(), **{f"kl{i + 1}": k.item() for i, k in enumerate(kls)}}
        return total, parts

    def level_scores(self, x: torch.Tensor) -> dict[str, torch.Tensor]:
        """Sum of squared means per level, plus the KL per level (software only)."""
        scores = super().level_scores(x)
        out = self.forward(x)
        scores.update({f"kl_level{i + 1}": kl for i, kl in enumerate(self.kl_terms(out))})
        return scores
