"""What a model's firmware trigger computes, in words, read from the model itself.

The firmware hand-off (:mod:`bead_fpga.firmware`) is often the only thing the engineer who
puts a trigger into a design ever reads, so its description of the output must follow the
trigger kind the model was trained with, not a sentence written before the kinds existed.
Every fact below comes from the loaded model: its config (kind, widths, bit widths, score
range), which latent levels its ``trigger_means`` really uses (found by comparing them with
``latent_means`` on an input, not by a per-model table that could drift), and, for a
distilled student, the target floor its training recorded.
"""

from __future__ import annotations

import math
from typing import Any

import torch

from bead_fpga.graph.fixed import FixedFormat
from bead_fpga.data.adc2021 import N_FEATURES, N_OBJECTS
from bead_fpga.models.base import AnomalyModel


def score_fixed(cfg: Any) -> FixedFormat:
    """The unsigned fixed-point format of the score: ``score_bits`` wide, ``[0, score_max)``."""
    return FixedFormat(False, cfg.score_bits, cfg.score_bits - int(math.log2(cfg.score_max)))


def score_format(cfg: Any) -> str:
    """The score's C++ type, ``ap_ufixed<W,I>``."""
    return score_fixed(cfg).ap_type()


def score_lsb(cfg: Any) -> float:
    return score_fixed(cfg).lsb


def trigger_levels(model: AnomalyModel) -> list[int]:
    """The 1-based latent levels whose means the ``latent`` trigger sums, found by running the
    encoder on an input and matching ``trigger_means`` against ``latent_means``."""
    x = torch.linspace(-2.0, 2.0, N_FEATURES).unsqueeze(0)
    with torch.no_grad():
        xq = model.input_q(x)
        levels = model.latent_means(xq)
        used = model.trigger_means(xq)
    return [i + 1 for i, mean in enumerate(levels)
            if any(t.shape == mean.shape and torch.equal(t, mean) for t in used)]


def _latent(model: AnomalyModel, _: dict[str, Any]) -> str:
    cfg = model.cfg
    levels = trigger_levels(model)
    sizes = " + ".join(str(cfg.latent[i - 1]) for i in levels)
    which = (f"latent level {levels[0]}" if len(levels) == 1 else
             "latent levels " + ", ".join(map(str, levels)))
    why = (" (the top level: the one whose prior is the standard normal, so the sum is its KL up to"
           " the variance terms)" if len(cfg.latent) > 1 and levels == [len(cfg.latent)] else "")
    return (f"**Trigger kind `latent`**: the encoder alone. The output is the sum of the squared latent "
            f"means of {which}{why}, {sizes} value(s), each mean a {cfg.bits}-bit fixed-point number; "
            "the squares are summed exactly and the sum is rounded (half to even) and saturated onto "
            "the output format. No decoder is in the firmware.")


#: How each ``error_norm`` names its error in prose.
NORM_WORDS = {"l2": "squared", "l1": "absolute"}


def _reconstruction(model: AnomalyModel, _: dict[str, Any]) -> str:
    cfg = model.cfg
    err_bits, err_int = cfg.error_format
    err_frac = err_bits - err_int
    kind = NORM_WORDS[cfg.error_norm]
    op = "taken in absolute value" if cfg.error_norm == "l1" else "squared"
    return (f"**Trigger kind `reconstruction`** (error norm `{cfg.error_norm}`): encoder and decoder. "
            f"The output is the masked {kind} reconstruction error summed over the {N_FEATURES} input "
            f"features: the decoder "
            f"reconstructs all {N_FEATURES} features from the latent means (each output a "
            f"{cfg.bits}-bit fixed-point number); per feature, `recon - input` is rounded half to "
            f"even and saturated onto `ap_fixed<{err_bits},{err_int}>` (LSB 2^-{err_frac}), "
            f"multiplied by the slot mask, {op}, and the {N_FEATURES} terms are summed exactly, "
            "then rounded and saturated onto the output format. The mask is 1 for the three features "
            f"(pT, eta, phi) of an occupied slot and 0 for an empty one among the {N_OBJECTS} slots: "
            "a slot is empty when its pT is 0 on the input grid (ADC2021 pads absent objects with "
            f"zeros), computed in the firmware from the input itself. The score is the {kind} error "
            f"*sum*, not the mean over the {N_FEATURES} features (in floating point) that "
            "`bead-fpga evaluate` calls the software score.")


def _distilled(model: AnomalyModel, metrics_train: dict[str, Any]) -> str:
    cfg = model.cfg
    widths = "-".join(str(n) for n in (N_FEATURES, *cfg.student_hidden, 1))
    bits = cfg.student_bits or cfg.bits
    report = metrics_train.get("distillation", {})
    floor = report.get("floor")
    floor_text = (f"floor = {floor:.6g} (the {report.get('floor_quantile', 'recorded')} quantile of "
                  "the teacher score on background)" if floor is not None else
                  "floor recorded in `metrics_train.json` (`distillation.floor`)")
    requant = (f"the input is first rounded to {bits} bits, " if cfg.student_requantize else "")
    return (f"**Trigger kind `distilled`**: a {widths} ReLU student network ({bits}-bit weights and "
            f"activations; {requant}no teacher in the firmware). The output regresses "
            "t = ln(max(s, floor) / floor), where s is the teacher model's software score (its masked "
            f"{NORM_WORDS[cfg.error_norm]} reconstruction error, mean over the "
            f"{N_FEATURES} features, in floating point) "
            f"and {floor_text}. It is clipped at 0 and saturated onto the output format; "
            "s is about floor * exp(output). The map is monotone, so a threshold on the output is a "
            "threshold on the teacher's score, up to the student's regression error.")


_DESCRIBE = {"latent": _latent, "reconstruction": _reconstruction, "distilled": _distilled}


def describe_trigger(model: AnomalyModel, metrics_train: dict[str, Any] | None = None) -> str:
    """Markdown paragraphs: what the output of ``model``'s trigger path is, its format and range,
    and how a threshold is set. ``metrics_train`` is the model's ``metrics_train.json``."""
    cfg = model.cfg
    body = model.trigger_description() or _DESCRIBE[cfg.trigger](model, metrics_train or {})
    return f"""{body}

The output is `{score_format(cfg)}`: unsigned, {cfg.score_bits} bits, range [0, {cfg.score_max:g})
(`score_max`, calibrated on background after training), LSB {score_lsb(cfg):g}. Every quantizer
rounds half to even (`AP_RND_CONV`) and saturates (`AP_SAT`); a score at the top of the range
means "at least this".

**Threshold.** The trigger fires when the output exceeds a threshold chosen on background
events for the wanted rate (rate = fraction of background above threshold x the 40 MHz
crossing rate): `bead-fpga rate MODEL_DIR --rate-khz 0.4` gives the threshold for a rate
budget as a value on this output grid, with the signal efficiency and the number of
background events above it."""
