"""The ADC2021 DNN autoencoder baseline (57 -> 32 -> 16 -> 3 -> 16 -> 32 -> 57).

An autoencoder has no latent prior, so its ``latent`` trigger score is the squared norm of the
latent vector: events far from where background lands in the latent space score high (on our
data, at chance). The paper's score is the reconstruction error with the decoder on the FPGA:
the ``reconstruction`` trigger (:mod:`bead_fpga.models.base`).
"""

from __future__ import annotations

import torch

from bead_fpga.models.base import N_FEATURES, AnomalyModel, mlp, qact, qlinear
from bead_fpga.models.config import ModelConfig
from bead_fpga.models.registry import register


@register("ae", "ADC2021 DNN AE: 57-32-16-3-16-32-57", hidden=(32, 16), latent=(3,), trigger="reconstruction")
class AutoEncoder(AnomalyModel):
    """Deterministic autoencoder with the same quantized blocks as the VAEs."""

    trigger_kinds = ("latent", "reconstruction", "distilled")

    def __init__(self, cfg: ModelConfig) -> None:
        super().__init__(cfg)
        bits, hidden, latent = cfg.bits, cfg.hidden, cfg.latent[0]
        self.encoder = mlp([N_FEATURES, *hidden], bits)
        self.to_latent = qlinear(hidden[-1], latent, bits)
        self.latent_q = qact(bits)
        self.decoder = mlp([latent, *reversed(hidden)], bits)
        self.out = qlinear(hidden[0], N_FEATURES, bits)
        self.out_q = qact(bits)

    def latent_means(self, xq: torch.Tensor) -> list[torch.Tensor]:
        return [self.latent_q(self.to_latent(self.encoder(xq)))]

    def decode(self, z: torch.Tensor) -> torch.Tensor:
        return self.out_q(self.out(self.decoder(z)))

    def reconstruct(self, xq: torch.Tensor) -> torch.Tensor:
        return self.decode(self.latent_means(xq)[0])

    def forward(self, x: torch.Tensor) -> dict[str, torch.Tensor]:
        xq = self.input_q(x)
        z = self.latent_means(xq)[0]
        return {
            "input": xq, "mu1": z,
            "recon": self.decode(z),
        }

    def loss(self, x: torch.Tensor, out: dict[str, torch.Tensor], beta: float) -> tuple[torch.Tensor, dict[str, float]]:
        recon = self.recon_error(out).mean()
        return recon, {"recon": recon.item()}
