"""Quantization-aware anomaly models (Brevitas): HVAE, transformer encoder, the BEAD
HVAE-Transformer, and the ADC2021 DNN AE/VAE baselines. :func:`build_model` turns a :class:`ModelConfig` into a module."""

from __future__ import annotations

import dataclasses
import math

import torch

# each module registers its model types; this order is the order users see them in
from bead_fpga.models import ae, bead, transformer, vae  # noqa: F401,I001
from bead_fpga.models.base import AnomalyModel, TriggerPath, brevitas_scores
from bead_fpga.models.config import ModelConfig
from bead_fpga.models.registry import get as model_type
from bead_fpga.models.registry import model_types


def default_config(model_type_name: str, **overrides) -> ModelConfig:
    """The reference architecture of a registered model type with any field overridden
    (``None`` keeps the reference value)."""
    fields = {**model_type(model_type_name).defaults, **{k: v for k, v in overrides.items() if v is not None}}
    return ModelConfig(model=model_type_name, **fields)


def build_model(cfg: ModelConfig) -> AnomalyModel:
    """Instantiate the registered class of ``cfg.model``."""
    return model_type(cfg.model).cls(cfg)


#: Headroom above the largest background score: signals up to twice as anomalous as the most
#: anomalous background event are still resolved; beyond that the score saturates (and fires).
SCORE_HEADROOM = 2.0


def calibrate_score_range(model: AnomalyModel, x_background: torch.Tensor, chunk: int = 50_000) -> ModelConfig:
    """The model's config with ``score_max`` set to the power of two that holds
    ``SCORE_HEADROOM`` times the largest background score; rebuild the model from it."""
    with torch.no_grad():
        peak = max(float(model.raw_score(x_background[i:i + chunk]).max()) for i in range(0, len(x_background), chunk))
    score_max = 2.0 ** math.ceil(math.log2(max(peak * SCORE_HEADROOM, 2.0 ** -8)))
    return dataclasses.replace(model.cfg, score_max=score_max)


def n_parameters(model: AnomalyModel) -> int:
    """Trainable parameters (Brevitas' learned quantizer scales included)."""
    return sum(p.numel() for p in model.parameters() if p.requires_grad)


__all__ = [
    "AnomalyModel", "ModelConfig", "TriggerPath", "brevitas_scores", "build_model", "calibrate_score_range",
    "default_config", "model_type", "model_types", "n_parameters",
]
