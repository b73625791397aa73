"""Quantization-aware anomaly models (Brevitas): HVAE, transformer encoder, and the ADC2021
DNN AE/VAE baselines. :func:`build_model` turns a :class:`ModelConfig` into a module."""

from __future__ import annotations

import dataclasses
import math

import torch

from bead_fpga.models.base import AnomalyModel, TriggerPath
from bead_fpga.models.config import MODEL_TYPES, ModelConfig

#: Defaults per model type, so ``ModelConfig.for_type("vae")`` is the ADC2021 VAE.
DEFAULTS: dict[str, dict] = {
    "hvae": {"hidden": (32, 16), "latent": (3, 2)},
    "vae": {"hidden": (32, 16), "latent": (3,)},
    "ae": {"hidden": (32, 16), "latent": (3,)},
    "transformer": {"latent": (3,)},
}


def default_config(model_type: str, **overrides) -> ModelConfig:
    """The reference architecture of ``model_type`` with any field overridden."""
    if model_type not in MODEL_TYPES:
        raise ValueError(f"unknown model type {model_type!r}; choose one of {MODEL_TYPES}")
    fields = {**DEFAULTS[model_type], **{k: v for k, v in overrides.items() if v is not None}}
    return ModelConfig(model=model_type, **fields)


def build_model(cfg: ModelConfig) -> AnomalyModel:
    """Instantiate the module for ``cfg`` (imports lazily: the transformer is heavier)."""
    if cfg.model in ("hvae", "vae"):
        from bead_fpga.models.vae import HierarchicalVAE

        return HierarchicalVAE(cfg)
    if cfg.model == "ae":
        from bead_fpga.models.ae import AutoEncoder

        return AutoEncoder(cfg)
    from bead_fpga.models.transformer import TransformerEncoderModel

    return TransformerEncoderModel(cfg)


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
    "MODEL_TYPES", "AnomalyModel", "ModelConfig", "TriggerPath", "build_model", "calibrate_score_range",
    "default_config", "n_parameters",
]
