"""The model types bead-fpga knows, each registered by the module that defines it.

A new model family is one new module under ``bead_fpga/models/`` whose class is decorated
with :func:`register` (and one import line in ``bead_fpga/models/__init__.py``); the CLI's
choices, config validation and :func:`bead_fpga.models.build_model` all read this registry, so
nothing else needs editing and an unknown type can never fall through to some other model.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from bead_fpga.errors import BeadError


@dataclass(frozen=True)
class ModelType:
    """One registered model type: its class, its reference architecture, one line about it."""

    name: str
    cls: type
    summary: str
    defaults: dict[str, Any] = field(default_factory=dict)


_REGISTRY: dict[str, ModelType] = {}


def register(name: str, summary: str, **defaults: Any) -> Callable[[type], type]:
    """Class decorator: make ``cls`` buildable as model type ``name`` with ``defaults``
    (fields of :class:`~bead_fpga.models.config.ModelConfig`) as its reference architecture.
    One class may be registered under several names (the VAE is the one-level HVAE)."""

    def add(cls: type) -> type:
        if name in _REGISTRY and _REGISTRY[name].cls is not cls:
            raise ValueError(f"model type {name!r} is already registered by {_REGISTRY[name].cls.__name__}")
        _REGISTRY[name] = ModelType(name, cls, summary, defaults)
        return cls

    return add


def model_types() -> tuple[str, ...]:
    """Names of the registered model types, in registration order."""
    return tuple(_REGISTRY)


def get(name: str) -> ModelType:
    """The registered type ``name``; a one-line error listing the known ones otherwise."""
    try:
        return _REGISTRY[name]
    except KeyError:
        raise BeadError("--model", f"unknown model type {name!r}", f"choose one of {', '.join(_REGISTRY)}") from None
