"""The one place where bead-fpga chooses its quantizers.

Every weight, bias and activation of every model uses a Brevitas *power-of-two* (fixed-point)
quantizer built here, because only those map one-to-one onto hls4ml's ``ap_fixed`` types:
a float scale leaves QONNX ``Quant`` nodes that hls4ml cannot fold. Rounding is
round-half-to-even (Brevitas' ``torch.round``), which QONNX exports as ``ROUND`` and hls4ml
turns into ``AP_RND_CONV``; saturation is Brevitas' clamp, hls4ml's ``AP_SAT``. Those two
conventions, carried through unchanged, are what makes the C-simulation bit-exact.

``bits == 0`` means *float*: every factory returns ``None`` and Brevitas' ``Quant*`` layers then
behave as their float ``torch.nn`` counterparts, so the float twin is the same class with
quantization switched off rather than a second copy of the model.
"""

from __future__ import annotations

from functools import cache

from brevitas.inject.enum import ScalingImplType
from brevitas.quant import (
    Int8ActPerTensorFixedPoint,
    Int8BiasPerTensorFixedPointInternalScaling,
    Int8WeightPerTensorFixedPoint,
    Uint8ActPerTensorFixedPoint,
)

from bead_fpga.errors import BeadError

MIN_BITS = 2
MAX_BITS = 16


def check_bits(bits: int, option: str = "--quantize") -> int:
    """Validate a bit width given as ``option``: 0 (float, or "the model's" for a student) or
    2..16 (a one-line error otherwise)."""
    if bits != 0 and not MIN_BITS <= bits <= MAX_BITS:
        raise BeadError(option, f"bit width must be 0 or {MIN_BITS}..{MAX_BITS}, got {bits}")
    return bits


@cache
def weight_quant(bits: int) -> type | None:
    """Signed per-tensor power-of-two weight quantizer (scale learned from the weights)."""
    if not check_bits(bits):
        return None
    return type(f"WeightQuant{bits}", (Int8WeightPerTensorFixedPoint,), {"bit_width": bits})


@cache
def bias_quant(bits: int) -> type | None:
    """Signed power-of-two bias quantizer with its own scale, so layers need no QuantTensor
    input and a bias never needs the accumulator's scale (which hls4ml would have to match)."""
    if not check_bits(bits):
        return None
    return type(
        f"BiasQuant{bits}", (Int8BiasPerTensorFixedPointInternalScaling,), {"bit_width": bits}
    )


@cache
def act_quant(bits: int, signed: bool = True) -> type | None:
    """Per-tensor power-of-two activation quantizer; unsigned for ReLU outputs and scores,
    which saves the sign bit the hardware would otherwise carry for nothing."""
    if not check_bits(bits):
        return None
    base = Int8ActPerTensorFixedPoint if signed else Uint8ActPerTensorFixedPoint
    name = f"{'Int' if signed else 'Uint'}ActQuant{bits}"
    return type(name, (base,), {"bit_width": bits})


@cache
def input_quant(bits: int, int_bits: int, enabled: bool = True) -> type | None:
    """Constant-scale input quantizer: the grid of ``ap_fixed<bits, int_bits>``.

    The input transform (:mod:`bead_fpga.transform`) already puts events on that grid; this
    quantizer only declares it to QONNX/hls4ml, so it must not be learned. ``enabled=False``
    (the float twin) returns ``None``.
    """
    if not enabled:
        return None
    check_bits(bits)
    return type(
        f"InputQuant{bits}_{int_bits}",
        (Int8ActPerTensorFixedPoint,),
        {
            "bit_width": bits,
            "scaling_impl_type": ScalingImplType.CONST,
            "scaling_init": float(2 ** (int_bits - 1)),
        },
    )


@cache
def score_quant(bits: int, score_max: float) -> type | None:
    """Unsigned constant-range quantizer for the trigger score: ``[0, score_max)`` on a
    power-of-two grid of ``bits`` bits.

    The score takes no part in the loss, so a learned scale would stay wherever the first
    training batches put it; the range is instead fixed in the config and calibrated on the
    background once training ends (:func:`bead_fpga.models.calibrate_score_range`).
    """
    if not check_bits(bits):
        return None
    return type(
        f"ScoreQuant{bits}_{score_max:g}",
        (Uint8ActPerTensorFixedPoint,),
        {"bit_width": bits, "scaling_impl_type": ScalingImplType.CONST, "scaling_init": float(score_max)},
    )


@cache
def selection_quant(frac_bits: int, enabled: bool = True) -> type | None:
    """Constant 2-bit weight quantizer whose one nonzero level is ``2**frac_bits``: the
    empty-slot mask's selection matrix (:class:`bead_fpga.models.base.EmptySlotMask`)."""
    if not enabled:
        return None
    return type(
        f"SelectionQuant{frac_bits}", (Int8WeightPerTensorFixedPoint,),
        {"bit_width": 2, "scaling_impl_type": ScalingImplType.CONST, "scaling_init": float(2 ** (frac_bits + 1))},
    )


@cache
def mask_quant(enabled: bool = True) -> type | None:
    """Saturating quantizer of step 1 onto {-2, -1, 0, 1} (2-bit signed): a non-negative count
    of LSBs becomes 0 when 0 and 1 when >= 1. Not 1-bit unsigned, which would say the same
    in one bit less: Brevitas exports every 1-bit quantizer as QONNX ``BipolarQuant`` (+-1)."""
    if not enabled:
        return None
    return type("MaskQuant2", (Int8ActPerTensorFixedPoint,),
                {"bit_width": 2, "scaling_impl_type": ScalingImplType.CONST, "scaling_init": 2.0})
