"""One registry per op type: its hls4ml extension, its cost model and its RTL handler together.

An op of the cleaned graph (:mod:`.cleanup`) is served by three modules on the floors above
this one: the hls4ml extension that converts it (:mod:`bead_fpga.hls.ext`; ``"hls4ml"`` when
hls4ml converts it alone), the analytic cost model of the hls4ml layers it becomes
(:mod:`bead_fpga.synth.estimation.estimate`, keyed by hls4ml layer class) and the handler that
traces it into alkaid logic (:mod:`bead_fpga.rtl.frontend`). Each of those modules fills its own
field here when it is imported, so no import runs up a floor, and ``lookup("ReduceSum")`` shows
the three side by side (``bead-fpga`` imports every back end; a module that needs only one
back end sees only what that back end registered).
"""

from __future__ import annotations

import string
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from bead_fpga.errors import BeadError


@dataclass
class OpSpec:
    """What bead-fpga knows of one ONNX op type, filled by each back end."""

    op: str
    hls: tuple[str, ...] = ()  # "hls4ml" (its own converter) and/or the modules that extend it for the op
    cost: dict[str, Callable[..., Any]] = field(default_factory=dict)  # hls4ml layer class -> cost model
    rtl: Callable[..., Any] | None = None  # (walker, node) -> traced value

    def to_dict(self) -> dict[str, Any]:
        """Names only, for a table or a test."""
        name = lambda fn: f"{fn.__module__}.{fn.__qualname__}" if fn is not None else None  # noqa: E731
        return {"op": self.op, "hls": list(self.hls), "cost": {k: name(v) for k, v in self.cost.items()},
                "rtl": name(self.rtl)}


_SPECS: dict[str, OpSpec] = {}


def register(op: str, *, hls: str | None = None, cost: dict[str, Callable[..., Any]] | None = None,
             rtl: Callable[..., Any] | None = None) -> OpSpec:
    """Add one back end's part of ``op``. Several hls4ml extensions may serve one op (a
    ``MatMul`` per token, between activations, of constants); an RTL handler or a layer's
    cost model given twice must be the same (two modules claiming one is a mistake to see
    at import, not a silent override)."""
    held = _SPECS.get(op, OpSpec(op))
    if rtl is not None and held.rtl is not None and held.rtl is not rtl:
        raise BeadError(f"op {op}", f"RTL handler registered twice ({held.rtl.__qualname__} and {rtl.__qualname__})")
    for layer, fn in (cost or {}).items():
        owner = _cost_owner(layer)
        if owner is not None and (owner != op or held.cost[layer] is not fn):
            raise BeadError(f"op {op}", f"cost model of hls4ml layer {layer} registered twice")
    spec = _SPECS.setdefault(op, held)
    if hls is not None and hls not in spec.hls:
        spec.hls = (*spec.hls, hls)
    spec.rtl = rtl or spec.rtl
    spec.cost.update(cost or {})
    return spec


def _cost_owner(layer: str) -> str | None:
    return next((spec.op for spec in _SPECS.values() if layer in spec.cost), None)


def lookup(op: str) -> OpSpec:
    """Everything registered for ``op`` (empty fields where no back end has claimed it)."""
    return _SPECS.get(op, OpSpec(op))


def cost_model(layer_class: str) -> Callable[..., Any] | None:
    """The cost model of an hls4ml layer class, whichever op registered it."""
    owner = _cost_owner(layer_class)
    return None if owner is None else _SPECS[owner].cost[layer_class]


def with_part(part: str) -> list[str]:
    """The ops that have ``part`` (``"hls"``, ``"cost"`` or ``"rtl"``), sorted."""
    return sorted(op for op, spec in _SPECS.items() if getattr(spec, part))


def matmul_equation(rank: int) -> str:
    """ONNX/numpy ``MatMul`` of two operands of ``rank`` axes (batch excluded) as an einsum
    equation; both back ends lower a product of two activations to it."""
    batch = string.ascii_lowercase[: rank - 2]
    return f"{batch}mk,{batch}kn->{batch}mn"
