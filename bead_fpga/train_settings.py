"""The settings of one training run, defined once: every option of ``bead-fpga train`` with its
default, its command-line spelling and what a resumed run may change.

The command line takes its defaults from :class:`TrainSettings`, the scan reads its fields
to know which settings a training point has (:mod:`bead_fpga.scan.settings`), and the
resume check compares a checkpoint's record with it, so a new option is one field here and
every one of them sees it. The object is checked when it is built: a ``TrainSettings`` that
exists is valid, and a bad value ends in one line naming its command-line option before any
data is read.

Each field's ``metadata`` says what it is:

``option``
    the command-line spelling, used in error messages;
``resume``
    ``"fixed"``: it changes the data, the model or the optimisation, so a resumed run must
    keep it; ``"extend"``: a resumed run may change it (``epochs``, ``patience``); ``"run"``:
    it only says how this process runs (threads, progress bar, whether to resume) and is
    neither recorded as the run's identity nor a scan setting.

The model's own options (``hidden``, ``latent``, ``trigger``, ...: fields of
:class:`~bead_fpga.models.config.ModelConfig`, ``None`` for the model type's own) travel in
``model_options``; the model configuration judges them, and a resumed run's configuration
must equal its checkpoint's.

This module imports neither torch nor the models, so reading a scan's results stays light.
"""

from __future__ import annotations

import dataclasses
import math
from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any

from bead_fpga.data import DEFAULT_EVENTS
from bead_fpga.errors import BeadError
from bead_fpga.transform import TransformOptions

FIXED, EXTEND, RUN = "fixed", "extend", "run"


def _opt(default: Any, option: str, resume: str) -> Any:
    return field(default=default, metadata={"option": option, "resume": resume})


@dataclass(frozen=True)
class TrainSettings:
    """One training run's settings (see the module docstring); ``TrainSettings()`` holds the
    defaults of ``bead-fpga train``."""

    model_type: str = _opt("hvae", "--model", FIXED)
    bits: int = _opt(8, "--quantize", FIXED)
    epochs: int = _opt(20, "--epochs", EXTEND)
    batch_size: int = _opt(1024, "--batch-size", FIXED)
    lr: float = _opt(3e-3, "--lr", FIXED)
    #: Background events read (split 60/20/20); ``None``: every event.
    max_events: int | None = _opt(DEFAULT_EVENTS, "--max-events", FIXED)
    seed: int = _opt(0, "--seed", FIXED)
    float_warmup_epochs: int = _opt(0, "--float-warmup", FIXED)
    kl_warmup_epochs: int = _opt(5, "--kl-warmup", FIXED)
    patience: int = _opt(5, "--patience", EXTEND)
    threads: int = _opt(1, "--threads", RUN)
    progress: bool = _opt(True, "--progress", RUN)
    resume: bool = _opt(False, "--resume", RUN)
    #: The input map (``--pt-map`` and the fit's headroom); ``None``: the model type's own
    #: (:func:`bead_fpga.defaults.default_transform_options`). A scan sets it field by field.
    transform_options: TransformOptions | None = _opt(None, "--pt-map", FIXED)
    #: ModelConfig overrides (``hidden``, ``latent``, ``trigger``, ``name``, ...), read only.
    model_options: Mapping[str, Any] = field(default_factory=dict, metadata={"option": "model options",
                                                                              "resume": FIXED})

    def __post_init__(self) -> None:
        # frozen all the way down: the model options cannot change under a run either
        object.__setattr__(self, "model_options", MappingProxyType(dict(self.model_options)))
        checks = [
            ("epochs", self.epochs >= 1, f"must be >= 1, got {self.epochs}"),
            ("batch_size", self.batch_size >= 1, f"must be >= 1, got {self.batch_size}"),
            ("lr", self.lr > 0 and math.isfinite(self.lr), f"must be a positive number, got {self.lr}"),
            ("max_events", self.max_events is None or self.max_events >= 10,
             f"must be >= 10 (or all events), got {self.max_events}"),
            ("float_warmup_epochs", self.float_warmup_epochs >= 0, f"must be >= 0, got {self.float_warmup_epochs}"),
            ("kl_warmup_epochs", self.kl_warmup_epochs >= 0, f"must be >= 0, got {self.kl_warmup_epochs}"),
            ("patience", self.patience >= 0, f"must be >= 0 (0 disables early stopping), got {self.patience}"),
            ("threads", self.threads >= 1, f"must be >= 1, got {self.threads}"),
        ]
        for name, ok, what in checks:
            if not ok:
                raise BeadError(option(name), what)

    @classmethod
    def of(cls, model_type: str, **options: Any) -> TrainSettings:
        """Settings from keyword options, the way :func:`bead_fpga.train.train` takes them: a
        field's name sets the field, any other name is a model option."""
        names = {f.name for f in dataclasses.fields(cls)} - {"model_type", "model_options"}
        own = {k: v for k, v in options.items() if k in names}
        model = {k: v for k, v in options.items() if k not in names}
        return cls(model_type=model_type, model_options=model, **own)

    def record(self) -> dict[str, Any]:
        """What identifies the run (every field but the ``run`` ones) as plain JSON values: the
        ``run`` record of ``metrics_train.json`` and of the checkpoint."""
        out = {f.name: getattr(self, f.name) for f in dataclasses.fields(self) if f.metadata["resume"] != RUN}
        model = out.pop("model_options")
        out["model_overrides"] = {k: list(v) if isinstance(v, tuple) else v for k, v in model.items()}
        out["transform_options"] = self.transform_options.to_dict() if self.transform_options else None
        return out

    def refuse_resume_changes(self, recorded: dict[str, Any], where: Any) -> None:
        """A one-line error when a ``fixed`` setting differs from the ``recorded`` run's (the
        model options are checked through the model configuration)."""
        mine = self.record()
        changed = [f.name for f in dataclasses.fields(self)
                   if f.metadata["resume"] == FIXED and f.name in mine and recorded.get(f.name) != mine[f.name]]
        if changed:
            detail = ", ".join(f"{option(k)} {recorded.get(k)!r} -> {mine[k]!r}" for k in changed)
            raise BeadError(where, f"cannot resume with changed settings ({detail})",
                            "resume with the original settings (only --epochs and --patience may change)")


def option(name: str) -> str:
    """The command-line spelling of the setting ``name``."""
    return next(f.metadata["option"] for f in dataclasses.fields(TrainSettings) if f.name == name)


def scan_settings() -> dict[str, Any]:
    """The settings a scan point may set, with their defaults: every field but the model type
    (the scan's ``model``), the model options (the scan sets ModelConfig fields directly) and
    the ``run`` ones."""
    return {f.name: f.default for f in dataclasses.fields(TrainSettings)
            if f.metadata["resume"] != RUN and f.name not in ("model_type", "model_options", "transform_options")}


#: The defaults, as the command line shows them.
DEFAULTS = TrainSettings()
