"""Every scannable setting and where it goes, read from the settings and config classes.

A setting is any field of :class:`~bead_fpga.train_settings.TrainSettings` (but those that only
say how a process runs), of :class:`~bead_fpga.models.ModelConfig` or of
:class:`~bead_fpga.hls.convert.HLSSettings`, or a keyword of :func:`bead_fpga.synth.run.synth`,
found by name rather than listed here, so a new training option or model-config field is
scannable the day it lands (:mod:`bead_fpga.scan.spec` lists them). Points
(:mod:`bead_fpga.scan.points`) and the spec both read this table; it is its own module so that
points need not import spec to reach it (spec imports points, never the reverse).
"""

from __future__ import annotations

import dataclasses
import functools
import inspect
from dataclasses import dataclass
from typing import Any

from bead_fpga.errors import BeadError

#: Settings of the scan itself: events checked by export and C-simulated, per point. They
#: are part of a point's identity (they change its figures); small values keep points cheap.
SCAN_SETTINGS: dict[str, int] = {"export_events": 2_000, "csim_events": 2_000}
#: ModelConfig fields a point cannot set: the type is ``model``, the name is the point's, the
#: score range is calibrated after training, and ``bits`` is a training setting.
_CONFIG_ONLY = {"model", "name", "score_max", "bits"}
#: Keywords of ``synth`` that belong to the point's directories or to another flow's input.
_SYNTH_ONLY = {"model_dir", "settings", "projects_root", "console", "reports"}


@dataclass(frozen=True)
class Target:
    """Where a setting goes: the consumer (``train``, ``model``, ``transform``, ``hls``,
    ``synth``, ``scan``) and its default, whose type the value must have."""

    consumer: str
    default: Any


@functools.cache
def setting_targets() -> dict[str, Target]:
    """Every scannable setting by name, read from the settings and config classes (imported
    here, not at the top: reading a scan's results must not load torch)."""
    from bead_fpga.hls.convert import HLSSettings
    from bead_fpga.models import ModelConfig
    from bead_fpga.synth.run import synth
    from bead_fpga.train_settings import scan_settings
    from bead_fpga.transform import TransformOptions

    targets = {"model": Target("train", None)}
    targets.update({name: Target("train", default) for name, default in scan_settings().items()})
    for f in dataclasses.fields(ModelConfig):
        if f.name not in _CONFIG_ONLY:
            targets.setdefault(f.name, Target("model", _field_default(f)))
    for f in dataclasses.fields(TransformOptions):  # the input map: default None = the model type's own
        targets.setdefault(f.name, Target("transform", None if f.name == "pt_map" else _field_default(f)))
    for f in dataclasses.fields(HLSSettings):  # `part` may be a Part object: typed by its name
        default = _field_default(f)
        targets.setdefault(f.name, Target("hls", default if isinstance(default, (int, float, str)) else None))
    _add_keywords(targets, synth, "synth", _SYNTH_ONLY)
    for name, default in SCAN_SETTINGS.items():
        targets.setdefault(name, Target("scan", default))
    return targets


def _field_default(f: dataclasses.Field) -> Any:
    if f.default is not dataclasses.MISSING:
        return f.default
    return f.default_factory() if f.default_factory is not dataclasses.MISSING else None


def _add_keywords(targets: dict[str, Target], function: Any, consumer: str, skip: set[str]) -> None:
    for name, param in inspect.signature(function).parameters.items():
        if param.kind in (param.POSITIONAL_OR_KEYWORD, param.KEYWORD_ONLY) and name not in skip:
            targets.setdefault(name, Target(consumer, None if param.default is param.empty else param.default))


def canonical(name: str, value: Any, where: str) -> Any:
    """``value`` checked against the type of the setting's default and put in the one JSON
    form that the point key hashes (``5`` and ``5.0`` for a clock are the same point)."""
    default = setting_targets()[name].default
    if isinstance(value, (list, tuple)):
        value = list(value)
        if default is not None and not isinstance(default, (list, tuple)):
            raise BeadError(where, f"{name}: expected a single {type(default).__name__}, got a list {value}")
        if any(isinstance(v, bool) or not isinstance(v, (int, float, str)) for v in value):
            raise BeadError(where, f"{name}: expected a list of numbers, got {value}")
        return value
    if isinstance(default, (list, tuple)):
        raise BeadError(where, f"{name}: expected a list such as {list(default)}, got {value!r}")
    if default is None or value is None:
        return value
    kind = type(default)
    if kind is float and isinstance(value, int) and not isinstance(value, bool):
        return float(value)
    if kind is int and isinstance(value, bool) or not isinstance(value, kind):
        raise BeadError(where, f"{name}: expected {kind.__name__} (like the default {default!r}), got {value!r}")
    return value
