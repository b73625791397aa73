"""Building blocks shared by every bead-fpga model, and the contract each model fulfils.

Only the encoder goes into firmware, so every model exposes its latent means
(:meth:`AnomalyModel.latent_means`, all levels, for evaluation) and the ones its trigger is
made of (:meth:`AnomalyModel.trigger_means`), and derives the *trigger score* from them in
one place, :meth:`AnomalyModel.trigger`: the sum of squared means, quantized to an unsigned
``score_bits`` fixed-point number. The exported QONNX graph is
exactly that method (:class:`TriggerPath`), so the number the FPGA emits is the number the
software evaluated.
"""

from __future__ import annotations

import functools
import operator

import brevitas.nn as qnn
import torch
from torch import nn

from bead_fpga.data.adc2021 import N_FEATURES
from bead_fpga.models.config import ModelConfig
from bead_fpga.models.quant import act_quant, bias_quant, input_quant, score_quant, weight_quant



def qlinear(n_in: int, n_out: int, bits: int) -> qnn.QuantLinear:
    """A fully connected layer with power-of-two weight and bias quantizers (float at 0 bits)."""
    return qnn.QuantLinear(
        n_in, n_out, bias=True, weight_quant=weight_quant(bits), bias_quant=bias_quant(bits),
        return_quant_tensor=False,
    )


def qrelu(bits: int) -> qnn.QuantReLU:
    """ReLU whose output is an unsigned fixed-point number, as hls4ml implements it."""
    return qnn.QuantReLU(act_quant=act_quant(bits, signed=False), return_quant_tensor=False)


def qact(bits: int, signed: bool = True) -> qnn.QuantIdentity:
    """Quantize an intermediate tensor (a latent mean, an output) onto a fixed-point grid."""
    return qnn.QuantIdentity(act_quant=act_quant(bits, signed=signed), return_quant_tensor=False)


def mlp(sizes: list[int] | tuple[int, ...], bits: int) -> nn.Sequential:
    """Linear + ReLU for each consecutive pair of ``sizes``."""
    layers: list[nn.Module] = []
    for n_in, n_out in zip(sizes[:-1], sizes[1:]):
        layers += [qlinear(n_in, n_out, bits), qrelu(bits)]
    return nn.Sequential(*layers)


def squared_sum(t: torch.Tensor) -> torch.Tensor:
    """Sum of squares over the last axis, keeping it: ``(N, k) -> (N, 1)``."""
    return (t * t).sum(dim=-1, keepdim=True)


class AnomalyModel(nn.Module):
    """Base class: input quantizer, trigger-score quantizer, and the scoring contract.

    Subclasses implement :meth:`latent_means` (encoder only, on the quantized input),
    :meth:`forward` (the full model for training, returning at least ``recon`` and ``score``)
    and :meth:`loss`.
    """

    is_variational: bool = False

    def __init__(self, cfg: ModelConfig) -> None:
        super().__init__()
        self.cfg = cfg
        self.input_q = qnn.QuantIdentity(
            act_quant=input_quant(cfg.input_bits, cfg.input_int_bits, cfg.quantized),
            return_quant_tensor=False,
        )
        self.score_q = qnn.QuantIdentity(
            act_quant=score_quant(cfg.score_bits if cfg.quantized else 0, cfg.score_max),
            return_quant_tensor=False,
        )

    def latent_means(self, xq: torch.Tensor) -> list[torch.Tensor]:
        """Latent means per level, computed by the encoder alone from the quantized input."""
        raise NotImplementedError

    def trigger_means(self, xq: torch.Tensor) -> list[torch.Tensor]:
        """The latent means the trigger score is made of (all levels unless a model says
        otherwise); only what this computes goes into firmware."""
        return self.latent_means(xq)

    def score_from_means(self, means: list[torch.Tensor]) -> torch.Tensor:
        """The quantized trigger score ``(N, 1)`` from the latent means of every level."""
        return self.score_q(functools.reduce(operator.add, (squared_sum(m) for m in means)))

    def raw_score(self, x: torch.Tensor) -> torch.Tensor:
        """The trigger score before its output quantizer ``(N, 1)``: used to calibrate its range."""
        return functools.reduce(operator.add, (squared_sum(m) for m in self.trigger_means(self.input_q(x))))

    def trigger(self, x: torch.Tensor) -> torch.Tensor:
        """Encoder-only trigger score ``(N, 1)``: what the firmware computes."""
        return self.score_from_means(self.trigger_means(self.input_q(x)))

    def trigger_score(self, x: torch.Tensor) -> torch.Tensor:
        """Trigger score as a flat ``(N,)`` tensor."""
        return self.trigger(x)[:, 0]

    def level_scores(self, x: torch.Tensor) -> dict[str, torch.Tensor]:
        """Per-level encoder scores (sum of squared means), unquantized, for evaluation."""
        means = self.latent_means(self.input_q(x))
        return {f"mu2_level{i + 1}": squared_sum(m)[:, 0] for i, m in enumerate(means)}

    def software_score(self, x: torch.Tensor) -> torch.Tensor:
        """Reconstruction error per event: needs the decoder, so software only."""
        out = self.forward(x)
        return ((out["recon"] - out["input"]) ** 2).mean(dim=1)

    def recon_error(self, out: dict[str, torch.Tensor]) -> torch.Tensor:
        """Squared reconstruction error summed over features (a unit-variance Gaussian
        likelihood), so it weighs against the KL terms the way the ELBO says it should."""
        return ((out["recon"] - out["input"]) ** 2).sum(dim=1)


class TriggerPath(nn.Module):
    """The model's trigger path as its own module: quantized input in, quantized score out.

    This is what :mod:`bead_fpga.export` hands to Brevitas' QONNX exporter; tracing it
    touches only the encoder, so the decoder never reaches the graph.
    """

    def __init__(self, model: AnomalyModel) -> None:
        super().__init__()
        self.model = model

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return self.model.trigger(x)
