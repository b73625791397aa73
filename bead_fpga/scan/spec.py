"""The scan specification: a YAML file naming the data, the fixed settings, the axes and the
stages, turned into a validated :class:`ScanSpec` and its list of points.

A setting is any field of a settings class or keyword of a stage function, found by name
rather than listed here (:mod:`bead_fpga.scan.settings`), so a new training option or
model-config field (a trigger kind, say) is scannable the day it lands, with no change to
the scan:

* a field of :class:`bead_fpga.train_settings.TrainSettings` (``epochs``, ``max_events``,
  ``lr``, ``seed``, ...; ``model`` is its ``model_type``, ``quantize`` its ``bits``; not the
  ones that only say how a process runs: threads, progress, resume);
* a field of :class:`bead_fpga.models.ModelConfig` (``hidden``, ``latent``, ``d_model``, ...);
* a field of :class:`bead_fpga.hls.convert.HLSSettings` (``reuse``, ``clock_ns`` alias
  ``clock``, ``part``, ``backend``, ``strategy``);
* a keyword of :func:`bead_fpga.synth.run.synth` (``flow``: the open RTL flow or a vendor
  build where its tools are installed; ``vsynth``);
* a field of :class:`bead_fpga.transform.TransformOptions`, the input map (``pt_map``:
  linear, log2 or log2-objects; ``mantissa_bits``, ``pt_headroom_bits``, ``angle_headroom_bits``);
* the scan's own event counts for the later stages (:data:`SCAN_SETTINGS`).

The trigger kind (``trigger``) is a model-config field and the input map a set of transform
fields, so both are axes like any other.

**The operating point** (stage ``rate``): a trigger is judged at its rate, so a scan with the
``rate`` stage measures each model with :func:`bead_fpga.rate.rate` at ``operating_point.fpr``
(FPR 1e-5 = 400 Hz of 40 MHz by default) on its own events, never trained on (default: 1M
generated background events, seed 11): TPR per signal beside the best classic seed and the
menu gain, the columns ``op_tpr_*`` of the results table; ``op_tpr_mean`` is then the front's
physics axis. The operating-point events are not part of a point's key (like ``threads``).

Everything a user can get wrong in the file (YAML syntax, an unknown setting, a value of the
wrong type, a model or HLS setting its class rejects) is found when the file is loaded,
before any data is generated or any point runs, and reported as one line naming the file,
the setting and what to do. Values only the training run judges (``epochs: 0``) fail their
point, which records the one-line error like any other failure.

The file::

    data:                       # generated into OUT/data/..., or `path: DIR` (ADC2021 files,
                                # relative to this file; on a cluster, on a shared filesystem)
      generate: {events: 20000, seed: 0}
    settings:                   # every point
      model: hvae
      epochs: 3
      csim_events: 500
    axes:                       # the grid: every combination of these values
      bits: [4, 6, 8]
      hidden: [[32, 16], [16, 8]]
      reuse: [1, 2]
      variant:                  # an axis of bundles: each value sets several settings
        - {model: hvae, latent: [3, 2]}
        - {model: vae, latent: [3]}
      pt_map: [linear, log2]    # the input map is an axis like any other
    stages: [train, evaluate, rate, export, csim, synth]
    operating_point:            # for the rate stage (defaults shown)
      data: {generate: {events: 1000000, seed: 11}}
      fpr: 1.0e-5
    threads: 1                  # CPU threads per point (not part of a point's identity)
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from bead_fpga.data import DEFAULT_EVENTS
from bead_fpga.errors import BeadError
from bead_fpga.scan.points import Point
from bead_fpga.scan.settings import canonical, setting_targets

#: The stages a point can run, in data-path order, and the stage each one needs before it.
STAGES: dict[str, str | None] = {
    "train": None, "evaluate": "train", "rate": "train", "export": "train", "csim": "export", "synth": "export",
}
#: Without ``stages:``, every stage but ``rate`` (which needs its own >= 1M events).
DEFAULT_STAGES = tuple(s for s in STAGES if s != "rate")
#: The ``rate`` stage's events and FPR when the file names none.
DEFAULT_OPERATING_POINT: dict[str, Any] = {"data": {"generate": {"events": 1_000_000, "seed": 11}}, "fpr": 1e-5}
#: Spellings of the command line accepted for the Python names.
ALIASES = {"quantize": "bits", "clock": "clock_ns", "model_type": "model"}
_TOP_KEYS = {"data", "settings", "axes", "stages", "threads", "operating_point"}


def _setting_name(name: Any, where: str) -> str:
    name = ALIASES.get(name, name)
    if name not in setting_targets():
        known = ", ".join(sorted(setting_targets()))
        raise BeadError(where, f"unknown setting {name!r}", f"use one of: {known}")
    return name


def _settings(block: Any, where: str) -> dict[str, Any]:
    if block is None:
        return {}
    if not isinstance(block, dict):
        raise BeadError(where, f"expected a mapping of setting: value, got {type(block).__name__}")
    out = {}
    for raw, value in block.items():
        name = _setting_name(raw, where)
        out[name] = canonical(name, value, f"{where}.{raw}")
    return out


@dataclass(frozen=True)
class ScanSpec:
    """A loaded, validated scan file."""

    path: Path
    data: dict[str, Any]
    settings: dict[str, Any]
    axes: dict[str, list[dict[str, Any]]]
    stages: tuple[str, ...] = DEFAULT_STAGES
    threads: int = 1
    operating_point: dict[str, Any] | None = None  # {"data": ..., "fpr": ...} when the rate stage runs

    def points(self) -> list[Point]:
        """Every combination of the axes (in file order, the last axis varying fastest),
        each merged over the fixed settings."""
        combos = itertools.product(*self.axes.values()) if self.axes else [()]
        return [Point.make({**self.settings, **{k: v for part in combo for k, v in part.items()}}, self.data)
                for combo in combos]


def _data(block: Any, spec_path: Path) -> dict[str, Any]:
    where = f"{spec_path}: data"
    if not isinstance(block, dict) or len(block) != 1 or next(iter(block)) not in ("generate", "path"):
        raise BeadError(where, "expected `generate: {events: N, seed: S}` or `path: DIR`")
    if "path" in block:
        path = Path(str(block["path"])).expanduser()
        return {"path": str(path if path.is_absolute() else (spec_path.parent / path).resolve())}
    gen = block["generate"] or {}
    allowed = {"events": DEFAULT_EVENTS, "seed": 0, "signal_events": None}
    if not isinstance(gen, dict) or set(gen) - set(allowed):
        raise BeadError(where, f"generate takes {', '.join(allowed)}, got {gen!r}")
    for key, value in gen.items():
        if isinstance(value, bool) or not isinstance(value, int) or value < 0:
            raise BeadError(where, f"generate.{key} must be a whole number >= 0, got {value!r}")
    return {"generate": {k: gen.get(k, d) for k, d in allowed.items()}}


def _operating_point(block: Any, spec_path: Path) -> dict[str, Any]:
    """The ``rate`` stage's events (as ``data:``) and FPR, over :data:`DEFAULT_OPERATING_POINT`."""
    where = f"{spec_path}: operating_point"
    block = {} if block is None else block
    if not isinstance(block, dict) or set(block) - set(DEFAULT_OPERATING_POINT):
        raise BeadError(where, f"expected a mapping of {', '.join(DEFAULT_OPERATING_POINT)}, got {block!r}")
    fpr = block.get("fpr", DEFAULT_OPERATING_POINT["fpr"])
    if isinstance(fpr, bool) or not isinstance(fpr, (int, float)) or not 0 < fpr < 1:
        raise BeadError(where, f"fpr must lie in (0, 1), got {fpr!r}", "e.g. 1.0e-5 (400 Hz of 40 MHz)")
    return {"data": _data(block.get("data", DEFAULT_OPERATING_POINT["data"]), spec_path), "fpr": float(fpr)}


def _axes(block: Any, spec_path: Path) -> dict[str, list[dict[str, Any]]]:
    """Each axis as its list of settings bundles (one setting each, unless the axis is a
    list of mappings)."""
    if block is None:
        return {}
    if not isinstance(block, dict):
        raise BeadError(f"{spec_path}: axes", "expected a mapping of axis: [values]")
    axes = {}
    for axis, values in block.items():
        where = f"{spec_path}: axes.{axis}"
        if not isinstance(values, list) or not values:
            raise BeadError(where, "expected a non-empty list of values")
        if all(isinstance(v, dict) for v in values):
            axes[axis] = [_settings(v, where) for v in values]
        else:
            name = _setting_name(axis, where)
            axes[name] = [{name: canonical(name, v, where)} for v in values]
    return axes


def _check_points(spec: ScanSpec) -> None:
    """Resolve each point once (which builds its model config and HLS settings), so a
    combination their classes reject (a trigger kind the model type lacks, an unknown part)
    fails now, not an hour in."""
    for point in spec.points():
        where = f"{spec.path}: point {point.describe()}"
        try:
            point.resolved()
        except BeadError as err:
            raise BeadError(where, f"{err.where}: {err.what}", err.fix) from None
        except (TypeError, ValueError) as err:
            raise BeadError(where, str(err)) from None


def load_spec(path: str | Path) -> ScanSpec:
    """Read and validate a scan file (see the module docstring)."""
    path = Path(path)
    if not path.is_file():
        raise BeadError(path, "scan file not found")
    try:
        raw = yaml.safe_load(path.read_text())
    except yaml.YAMLError as err:
        mark = getattr(err, "problem_mark", None)
        at = f" at line {mark.line + 1}" if mark is not None else ""
        raise BeadError(path, f"not valid YAML ({getattr(err, 'problem', None) or err}{at})") from None
    if not isinstance(raw, dict):
        raise BeadError(path, "expected a mapping with data, settings, axes, stages")
    unknown = sorted(set(raw) - _TOP_KEYS)
    if unknown:
        raise BeadError(path, f"unknown key(s) {unknown}", f"use {', '.join(sorted(_TOP_KEYS))}")
    if "data" not in raw:
        raise BeadError(path, "no `data:`", "add `data: {generate: {events: 20000}}` or `data: {path: DIR}`")
    stages = raw.get("stages", list(DEFAULT_STAGES))
    if not isinstance(stages, list) or any(s not in STAGES for s in stages):
        raise BeadError(f"{path}: stages", f"expected a list from {list(STAGES)}, got {stages!r}")
    for stage in stages:
        if STAGES[stage] and STAGES[stage] not in stages:
            raise BeadError(f"{path}: stages", f"{stage} needs {STAGES[stage]}", f"add {STAGES[stage]}")
    if "train" not in stages:
        raise BeadError(f"{path}: stages", "every point trains first", "add train")
    threads = raw.get("threads", 1)
    if isinstance(threads, bool) or not isinstance(threads, int) or threads < 1:
        raise BeadError(f"{path}: threads", f"must be a whole number >= 1, got {threads!r}")
    axes = _axes(raw.get("axes"), path)
    if "operating_point" in raw and "rate" not in stages:
        raise BeadError(f"{path}: operating_point", "is read by the rate stage only", "add rate to stages")
    spec = ScanSpec(path=path, data=_data(raw["data"], path), settings=_settings(raw.get("settings"), f"{path}: settings"),
                    axes=axes, stages=tuple(s for s in STAGES if s in stages), threads=threads,
                    operating_point=_operating_point(raw.get("operating_point"), path) if "rate" in stages else None)
    if "model" not in spec.settings and not any("model" in part for parts in axes.values() for part in parts):
        raise BeadError(f"{path}: settings", "no model type", "add `model: hvae` (or an axis over models)")
    _check_points(spec)
    return spec
