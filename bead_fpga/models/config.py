"""The model configuration: everything needed to rebuild a model exactly, saved as JSON.

A trigger group hands a model directory to a firmware engineer months later; ``config.json``
plus ``weights.pt`` must rebuild the very same network, so every architectural choice and
bit width lives here and nowhere else.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from bead_fpga.errors import BeadError
from bead_fpga.io import read_json, write_json
from bead_fpga.models import registry
from bead_fpga.models.quant import check_bits

#: What goes into firmware, chosen at training time (see :mod:`bead_fpga.models.base`):
#: ``latent`` the encoder's latent means, ``reconstruction`` encoder + decoder + masked error,
#: ``distilled`` a small student regressing the teacher's reconstruction error.
TRIGGER_KINDS: tuple[str, ...] = ("latent", "reconstruction", "distilled")
#: How the ``reconstruction`` trigger sums its per-feature errors: ``l2`` the squares (the
#: Gaussian likelihood the model is trained with), ``l1`` the absolute values (a sign select per
#: feature instead of a squarer: a shallower, smaller circuit; ``benchmarks/results/rtl_options_hvae_8b_l1.md``).
ERROR_NORMS: tuple[str, ...] = ("l2", "l1")


#: The widest per-feature reconstruction error: 57 squares of 10-bit numbers sum to 2 * 10 + 6
#: = 26 bits, whose top 24 a float32 mantissa (the Brevitas reference) holds exactly; a 17-bit
#: error squared and summed differed by an LSB in one event of a few thousand.
MAX_ERROR_BITS = 10


@dataclass(frozen=True)
class ModelConfig:
    """Architecture and precision of one anomaly model.

    ``bits`` is the width of every weight, bias and activation (0 = the float twin).
    ``input_bits``/``input_int_bits`` are the ``ap_fixed<W, I>`` of the model input and must
    match the input transform. ``score_bits`` is the unsigned width of the trigger score
    that leaves the FPGA and ``score_max`` its range (a power of two, calibrated on the
background after training). ``hidden`` are the encoder widths (the decoder mirrors them) and
    ``latent`` the latent size per level (two levels for the HVAE, one for the VAE/AE).
    The ``d_model``/``n_heads``/``n_blocks``/``ff_dim`` fields only matter for the
    transformer.
    ``trigger`` is the firmware trigger kind (:data:`TRIGGER_KINDS`; a model type's registered
    defaults choose its own, and the field's default ``latent`` is what every config written
    before trigger kinds existed meant); ``student_hidden`` are the hidden widths of the
    distilled student (``trigger="distilled"`` only), ``student_requantize`` whether it rounds
    its input to ``bits`` first (cheaper) or reads the ``input_bits`` input as is, and
    ``student_bits`` its own width (0, as before the field existed: ``bits``). Bits are the model's ``bits`` everywhere
    except the reconstruction error and the 0/1 slot mask.
    ``error_bits``/``error_int_bits`` are the ``ap_fixed<W, I>`` each feature's reconstruction
    error is rounded onto before it is squared (``reconstruction`` trigger; BEAD's MET deviation
    too): at most :data:`MAX_ERROR_BITS`, and ``error_int_bits`` 0 means the input's
    ``input_int_bits`` (what every config written before the fields existed meant). Training
    never sees it (the loss is the float error), so it is a choice of the firmware score alone.
    ``error_norm`` (:data:`ERROR_NORMS`) is how those errors are summed, in the ``reconstruction``
    trigger and in the software score (a ``distilled`` student's target): squares (``l2``, what
    every config written before the field existed meant) or absolute values (``l1``); the
    training loss is the squared error either way, and the ``latent`` trigger has no use for it.
    ``met_weight`` (the BEAD model only) weighs the squared MET deviation against the
    reconstruction error in its score: a power of two, chosen on background after training;
    ``given_level`` (BEAD only) the latent level its transformer is given with the event
    context (2: the top level ``z2``, predicting ``z1``; 1: ``z1``, predicting ``z2``).
    """

    model: str
    bits: int = 8
    input_bits: int = 16
    input_int_bits: int = 6
    score_bits: int = 16
    score_max: float = 256.0
    hidden: tuple[int, ...] = (32, 16)
    latent: tuple[int, ...] = (3, 2)
    top_hidden: int = 8
    d_model: int = 8
    n_heads: int = 2
    n_blocks: int = 1
    ff_dim: int = 16
    trigger: str = "latent"
    student_hidden: tuple[int, ...] = (12,)
    student_requantize: bool = True
    student_bits: int = 0
    met_weight: float = 1.0
    given_level: int = 2
    error_bits: int = MAX_ERROR_BITS
    error_int_bits: int = 0
    error_norm: str = "l2"
    name: str = field(default="")

    def __post_init__(self) -> None:
        registry.get(self.model)  # one-line error for an unknown type
        check_bits(self.bits)
        if not self.name:
            object.__setattr__(self, "name", f"{self.model}_{self.precision_tag}")
        for key in ("hidden", "latent", "student_hidden"):
            object.__setattr__(self, key, tuple(int(v) for v in getattr(self, key)))
        if self.trigger not in TRIGGER_KINDS:
            raise BeadError("--trigger", f"unknown trigger kind {self.trigger!r}",
                            f"choose one of {', '.join(TRIGGER_KINDS)}")
        reference = registry.get(self.model).defaults.get("latent")
        if reference is not None and len(self.latent) != len(reference):
            raise BeadError("--latent", f"model type {self.model!r} has {len(reference)} latent level(s), got {self.latent}",
                            f"give {len(reference)} comma-separated size(s), e.g. {','.join(map(str, reference))}")
        supported = registry.get(self.model).cls.trigger_kinds
        if self.trigger not in supported:
            raise BeadError("--trigger", f"model type {self.model!r} has no {self.trigger!r} trigger",
                            f"choose one of {', '.join(supported)}")
        check_bits(self.student_bits, "--student-bits")
        if not 2 <= self.error_bits <= MAX_ERROR_BITS or not 0 <= self.error_int_bits <= self.error_bits:
            raise BeadError("error_bits", f"need 2 <= error_bits <= {MAX_ERROR_BITS} and 0 <= error_int_bits <= error_bits, "
                            f"got ap_fixed<{self.error_bits},{self.error_int_bits}>",
                            "a wider error breaks the float32 reference's exactness (57 squares summed); 0 integer bits = the input's")
        if self.error_norm not in ERROR_NORMS:
            raise BeadError("--error-norm", f"unknown error norm {self.error_norm!r}", f"choose one of {', '.join(ERROR_NORMS)}")
        if self.error_norm != "l2" and self.trigger == "latent":
            raise BeadError("--error-norm", f"{self.error_norm} sums a reconstruction error, but the trigger is 'latent'",
                            "use it with --trigger reconstruction or distilled, or leave it at l2")
        registry.get(self.model).cls.check_config(self)
        if self.trigger == "distilled" and (not self.student_hidden or min(self.student_hidden) < 1):
            raise BeadError("student_hidden", f"the student needs at least one hidden layer of width >= 1, "
                            f"got {self.student_hidden}")

    @property
    def precision_tag(self) -> str:
        """``8b`` for an 8-bit model, ``float`` for the float twin."""
        return f"{self.bits}b" if self.bits else "float"

    @property
    def error_format(self) -> tuple[int, int]:
        """``(W, I)`` of the per-feature reconstruction error, ``ap_fixed<W, I>``."""
        return self.error_bits, self.error_int_bits or self.input_int_bits

    @property
    def quantized(self) -> bool:
        return self.bits > 0

    def float_twin(self) -> ModelConfig:
        """The same architecture with quantization switched off (the score range, a property
        of the quantized output only, back at its default)."""
        return dataclasses.replace(self, bits=0, name=f"{self.model}_float", score_max=ModelConfig.score_max)

    def to_dict(self) -> dict[str, Any]:
        return dataclasses.asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any], where: str | Path = "config") -> ModelConfig:
        known = {f.name for f in dataclasses.fields(cls)}
        unknown = sorted(set(data) - known)
        if unknown:
            raise BeadError(where, f"unknown field(s) {unknown}", "was it written by a newer bead-fpga?")
        try:
            return cls(**data)
        except BeadError as err:
            raise BeadError(where, f"invalid model config ({err.what})") from None
        except (TypeError, ValueError) as err:
            raise BeadError(where, f"invalid model config ({err})") from None

    def save(self, path: str | Path) -> Path:
        return write_json(path, self.to_dict())

    @classmethod
    def load(cls, path: str | Path) -> ModelConfig:
        return cls.from_dict(read_json(path), where=path)
