"""Building blocks shared by every bead-fpga model, and the contract each model fulfils.

What goes into firmware is chosen at training time (``ModelConfig.trigger``) and computed in
one place, :meth:`AnomalyModel.trigger`, quantized to an unsigned ``score_bits`` fixed-point
number. The exported QONNX graph is exactly that method (:class:`TriggerPath`), so the
number the FPGA emits is the number the software evaluated. The three kinds:

``latent``
    the encoder alone: the sum of squared latent means (:meth:`AnomalyModel.trigger_means`),
    cheapest, and on our data far weaker than the reconstruction error;
``reconstruction``
    encoder and decoder (from the latent means) in firmware and the squared reconstruction
    error summed over the *occupied* features (the ADC2021 autoencoder on the VU9P), or with
    ``error_norm="l1"`` its absolute values, a shallower circuit. The
    per-feature error ``recon - input`` is rounded onto ``ap_fixed<W, I>``
    (:attr:`ModelConfig.error_format`; by default 10 bits with the input's range, LSB 2**-4 for
    I = 6) before it is squared: the reference is a float32 model, exact only while every sum
    fits a 24-bit mantissa, and 57 squares of 10-bit numbers do
    (:data:`~bead_fpga.models.config.MAX_ERROR_BITS`). It also keeps the 57 squarers small;
``distilled``
    a small quantized student (:class:`Student`) that regresses a monotone transform of the
    model's own reconstruction error (CMS CICADA); only the student goes into firmware.

Zero-padded slots (an absent object) are masked out of the error and of the training loss
(:class:`EmptySlotMask`), as the ADC2021 analyses do: otherwise the model spends capacity
reproducing zeros and an event with few objects looks normal by construction.
"""

from __future__ import annotations

import functools
import operator
from dataclasses import dataclass

import brevitas.nn as qnn
import numpy as np
import torch
from torch import nn

from bead_fpga.data.adc2021 import FEATURE_NAMES, N_FEATURES
from bead_fpga.models.config import ModelConfig
from bead_fpga.models.quant import (
    act_quant,
    bias_quant,
    input_quant,
    mask_quant,
    score_quant,
    selection_quant,
    weight_quant,
)


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


def absolute_sum(t: torch.Tensor) -> torch.Tensor:
    """Sum of absolute values over the last axis, keeping it: ``(N, k) -> (N, 1)`` (an ONNX
    ``Abs``: a sign select per value in firmware, where a square needs a squarer)."""
    return t.abs().sum(dim=-1, keepdim=True)


#: The sum each ``error_norm`` (:data:`~bead_fpga.models.config.ERROR_NORMS`) makes of the errors.
ERROR_SUMS = {"l2": squared_sum, "l1": absolute_sum}


def constant_linear(weight: torch.Tensor, frac_bits: int, quantized: bool) -> qnn.QuantLinear:
    """A bias-free Linear whose fixed ``(n_out, n_in)`` weight holds only 0 and ``2**frac_bits``
    (:func:`~bead_fpga.models.quant.selection_quant`): a selection or a count, exact in fixed
    point and free in logic; never trained."""
    layer = qnn.QuantLinear(weight.shape[1], weight.shape[0], bias=False, return_quant_tensor=False,
                            weight_quant=selection_quant(frac_bits, quantized))
    with torch.no_grad():
        layer.weight.copy_(weight)
    layer.weight.requires_grad_(False)
    return layer


def slot_selection(input_frac_bits: int) -> torch.Tensor:
    """``(N_FEATURES, N_FEATURES)`` weight that copies each slot's pT, scaled by
    ``2**input_frac_bits`` (one input LSB -> 1), onto that slot's three features."""
    pt_column = [i - i % 3 for i in range(N_FEATURES)]
    if any(not FEATURE_NAMES[c].endswith("_pt") for c in pt_column):
        raise ValueError("the feature layout is not (pt, eta, phi) per slot")
    weight = torch.zeros(N_FEATURES, N_FEATURES)
    weight[torch.arange(N_FEATURES), torch.tensor(pt_column)] = float(2**input_frac_bits)
    return weight


class EmptySlotMask(nn.Module):
    """1 for the features of an occupied slot, 0 for a zero-padded one, computed from the
    quantized input in fixed point: a constant 0/``2**F`` selection matrix turns each slot's
    pT into an integer count of input LSBs (a Dense layer whose weights are one power of two,
    free in logic), a ReLU, and a saturating quantizer of step 1 whose largest value is 1
    (:func:`~bead_fpga.models.quant.mask_quant`) maps 0 -> 0 and any count >= 1 -> 1. Every tensor is on a power-of-two grid, so hls4ml's inferred precisions are exact.

    The ReLU changes no event (a pT code is never negative: :mod:`bead_fpga.transform`); it
    tells the graph so. The input quantizer is signed (eta and phi are), and without it the
    mask's range in the graph is the quantizer's {-2, -1, 0, 1}: every masked product is then
    a multiplier by a signed 2-bit variable. With it the RTL front end knows the mask is 0 or
    1, and each product is a select (:func:`bead_fpga.rtl.handlers._product`; the default
    trigger without DSPs at 6 ns: 46,162 -> 43,897 Yosys LUTs,
    ``benchmarks/results/rtl_options_hvae_8b.md``).

    An empty slot is all zeros before the input transform and the fitted transform has no
    offsets, so "empty" is "pT == 0 on the input grid" (a pT below one input LSB reads as
    empty: :mod:`bead_fpga.transform` sets that LSB far below any trigger threshold). The
    float twin computes the same 0/1 mask without quantizers. ``features`` chooses which
    features' mask bits are computed (all 57 by default).
    """

    def __init__(self, cfg: ModelConfig, features: range = range(N_FEATURES)) -> None:
        super().__init__()
        frac_bits = cfg.input_bits - cfg.input_int_bits
        self.quantized = cfg.quantized
        self.select = constant_linear(slot_selection(frac_bits)[list(features)], frac_bits, cfg.quantized)
        self.bit = qnn.QuantIdentity(act_quant=mask_quant(cfg.quantized), return_quant_tensor=False)

    def forward(self, xq: torch.Tensor) -> torch.Tensor:
        counts = self.select(xq)
        return self.bit(torch.relu(counts)) if self.quantized else (counts > 0).to(xq.dtype)


class Student(nn.Module):
    """The distilled trigger (CICADA): the input, requantized to ``bits`` unless
    ``cfg.student_requantize`` is off (a learned power-of-two range: the 16-bit input doubles
    the cost of every first-layer product), a small ReLU MLP (``cfg.student_hidden``) and one
    linear output regressing the distillation target (:mod:`bead_fpga.distill`); the score
    quantizer clips it at 0. ``cfg.student_bits`` (0: the model's ``bits``) lets a student be
    narrower than its teacher, whose weights must keep the precision they were trained at;
    the float twin's student is float like the rest of it."""

    def __init__(self, cfg: ModelConfig) -> None:
        super().__init__()
        bits = cfg.student_bits if cfg.quantized and cfg.student_bits else cfg.bits
        self.input_q = qact(bits) if cfg.student_requantize else nn.Identity()
        self.body = mlp([N_FEATURES, *cfg.student_hidden], bits)
        self.out = qlinear(cfg.student_hidden[-1], 1, bits)

    def forward(self, xq: torch.Tensor) -> torch.Tensor:
        return self.out(self.body(self.input_q(xq)))


@dataclass(frozen=True)
class TrainingPhase:
    """One phase of a model's own training schedule (:attr:`AnomalyModel.training_phases`):
    ``trains`` names the model's direct submodules whose parameters it trains (all others are
    frozen and kept in eval mode), ``loss`` says in words what it minimises (for the log)."""

    name: str
    trains: tuple[str, ...]
    loss: str


class AnomalyModel(nn.Module):
    """Base class: input quantizer, trigger-score quantizer, and the scoring contract.

    Subclasses implement :meth:`latent_means` (encoder only, on the quantized input),
    :meth:`reconstruct` (decoder output from the latent means, for the ``reconstruction``
    trigger), :meth:`forward` (the full model for training, returning at least ``input``
    and ``recon``) and :meth:`loss` (through :meth:`recon_error`, which applies the
    empty-slot mask when the trigger kind asks for it).
    """

    is_variational: bool = False
    #: Trigger kinds this model can put into firmware (``reconstruction`` needs :meth:`reconstruct`
    #: and a graph hls4ml converts; ``distilled`` only needs a software score).
    trigger_kinds: tuple[str, ...] = ("latent", "distilled")
    #: The model's own training phases, in order (:mod:`bead_fpga.train` runs ``--epochs`` of
    #: each); empty: one phase that trains every parameter.
    training_phases: tuple[TrainingPhase, ...] = ()

    @classmethod
    def check_config(cls, cfg: ModelConfig) -> None:
        """The model type's own rules on its configuration fields, raised as one-line
        :class:`~bead_fpga.errors.BeadError` errors; :class:`ModelConfig` calls it when it is built,
        so a bad value (on the command line, in a scan, in a config file) fails before any
        model exists. No rules here."""

    def __init__(self, cfg: ModelConfig) -> None:
        super().__init__()
        self.cfg = cfg
        #: Index of the current training phase; a built model is a trained one, in its last.
        self.phase = len(self.training_phases) - 1
        self.input_q = qnn.QuantIdentity(
            act_quant=input_quant(cfg.input_bits, cfg.input_int_bits, cfg.quantized),
            return_quant_tensor=False,
        )
        self.score_q = qnn.QuantIdentity(
            act_quant=score_quant(cfg.score_bits if cfg.quantized else 0, cfg.score_max),
            return_quant_tensor=False,
        )
        if self.masked:
            self.slot_mask = EmptySlotMask(cfg)
            self.error_q = qnn.QuantIdentity(
                act_quant=input_quant(*cfg.error_format, cfg.quantized), return_quant_tensor=False)
        if cfg.trigger == "distilled":
            self.student = Student(cfg)

    @property
    def masked(self) -> bool:
        """Whether the reconstruction error (loss and software score) ignores empty slots:
        for the triggers built on it. The ``latent`` kind keeps the unmasked error it was
        trained with, so models trained before trigger kinds existed load unchanged."""
        return self.cfg.trigger in ("reconstruction", "distilled")

    def enter_phase(self, index: int) -> None:
        """From now on train only ``training_phases[index].trains``: every other parameter stops
        requiring gradients, and :meth:`train` keeps its module in eval mode, so that Brevitas'
        statistics-collecting scales and the sampling of a frozen part stay as they are too."""
        self.phase = index
        trained = self.training_phases[index].trains
        for name, param in self.named_parameters():
            param.requires_grad_(name.split(".")[0] in trained)

    def train(self, mode: bool = True) -> AnomalyModel:
        """``nn.Module.train``, except that the parts the current phase freezes stay in eval mode."""
        super().train(mode)
        if mode and self.training_phases:
            trained = self.training_phases[self.phase].trains
            for name, child in self.named_children():
                if name not in trained:
                    child.eval()
        return self

    def background_config(self, x_background: torch.Tensor) -> ModelConfig:
        """The config with the settings a model fixes on background events once trained (none
        here; the BEAD model weighs its score terms), before the score range is calibrated."""
        return self.cfg

    def latent_means(self, xq: torch.Tensor) -> list[torch.Tensor]:
        """Latent means per level, computed by the encoder alone from the quantized input."""
        raise NotImplementedError

    def trigger_means(self, xq: torch.Tensor) -> list[torch.Tensor]:
        """The latent means the trigger score is made of (all levels unless a model says
        otherwise); only what this computes goes into firmware."""
        return self.latent_means(xq)

    def reconstruct(self, xq: torch.Tensor) -> torch.Tensor:
        """The decoder's output from the latent means (what ``forward`` gives in eval mode),
        computing only what the ``reconstruction`` trigger needs in firmware."""
        raise NotImplementedError

    def masked_error(self, xq: torch.Tensor) -> torch.Tensor:
        """``round(recon - input) * mask`` per feature: the terms of the ``reconstruction`` score.
        The mask is computed first so that Brevitas runs its quantizers in the exported graph's
        node order (:func:`bead_fpga.export.locate_mismatch` pairs them by position)."""
        mask = self.slot_mask(xq)
        return self.error_q(self.reconstruct(xq) - xq) * mask

    def trigger_description(self) -> str | None:
        """A model whose score is not one of the generic kinds' says here what its firmware
        output is (:mod:`bead_fpga.trigger_text`); ``None``: the kind's own description holds."""
        return None

    def raw_score_q(self, xq: torch.Tensor) -> torch.Tensor:
        """The trigger score of the quantized input before its output quantizer ``(N, 1)``."""
        if self.cfg.trigger == "distilled":
            return self.student(xq)
        if self.cfg.trigger == "reconstruction":
            return ERROR_SUMS[self.cfg.error_norm](self.masked_error(xq))
        return functools.reduce(operator.add, (squared_sum(t) for t in self.trigger_means(xq)))

    def raw_score(self, x: torch.Tensor) -> torch.Tensor:
        """The trigger score before its output quantizer ``(N, 1)``: used to calibrate its range."""
        return self.raw_score_q(self.input_q(x))

    def trigger(self, x: torch.Tensor) -> torch.Tensor:
        """The trigger score ``(N, 1)`` of ``cfg.trigger``: what the firmware computes."""
        return self.score_q(self.raw_score(x))

    def trigger_score(self, x: torch.Tensor) -> torch.Tensor:
        """Trigger score as a flat ``(N,)`` tensor."""
        return self.trigger(x)[:, 0]

    def level_scores(self, x: torch.Tensor) -> dict[str, torch.Tensor]:
        """Per-level encoder scores (sum of squared means), unquantized, for evaluation."""
        means = self.latent_means(self.input_q(x))
        return {f"mu2_level{i + 1}": squared_sum(m)[:, 0] for i, m in enumerate(means)}

    def evaluation_scores(self, x: torch.Tensor) -> dict[str, torch.Tensor]:
        """Every score ``bead-fpga evaluate`` reports for a batch: ``trigger``, ``software`` and
        the :meth:`level_scores`, each ``(N,)``, then ``latent``, the means ``(N, k)``. One
        method so that a model whose scores share a costly pass can run it once (BEAD's)."""
        means = self.latent_means(self.input_q(x))
        return {"trigger": self.trigger_score(x).reshape(-1), "software": self.software_score(x).reshape(-1),
                **{name: s.reshape(-1) for name, s in self.level_scores(x).items()},
                "latent": torch.cat([m.reshape(len(x), -1) for m in means], dim=1)}

    def software_score(self, x: torch.Tensor) -> torch.Tensor:
        """Reconstruction error per event (mean over features; masked as in training), in the
        config's ``error_norm``: the full model in floating point, the score the firmware
        triggers (and a student's target) are measured against."""
        return self.recon_error(self.forward(x), self.cfg.error_norm) / N_FEATURES

    def recon_error(self, out: dict[str, torch.Tensor], norm: str = "l2") -> torch.Tensor:
        """Reconstruction error summed over features, squared (``l2``: a unit-variance Gaussian
        likelihood, so the loss weighs it against the KL terms the way the ELBO says it
        should) or absolute (``l1``, the ``l1`` trigger's software score); empty slots
        contribute nothing when :attr:`masked`."""
        err = out["recon"] - out["input"]
        if self.masked:  # a 0/1 mask: masking before the norm is masking after it
            err = err * self.slot_mask(out["input"])
        return ERROR_SUMS[norm](err)[:, 0]


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


def brevitas_scores(model: AnomalyModel, x: np.ndarray, chunk: int = 20_000) -> np.ndarray:
    """The quantized reference: the Brevitas model's trigger output ``(N, 1)``, float32, in
    chunks of ``chunk`` events (bounded memory on 1M events). Every exactness check compares
    against it, and ``rate`` scores with it: one definition of "the firmware's score"."""
    model.eval()
    with torch.no_grad():
        return np.concatenate(
            [model.trigger(torch.from_numpy(x[i:i + chunk])).numpy() for i in range(0, len(x), chunk)]
        )
