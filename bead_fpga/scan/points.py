"""A point of a scan: its settings, the key that names it, and where its files live.

The key is a hash of what the point *is* (its explicit settings and its data), not of where
it sits in a grid, so the same point in two scan files, or in a grid extended by one more
value, is the same directory and is computed once. Execution details (threads, workers, the
Ray address) are not part of it. Defaults are not either: a point says what the user chose,
and its ``config.json`` / ``metrics_train.json`` record what that resolved to.

Points that differ only in what the hardware stages read (HLS settings such as the reuse
factor or clock, ``synth`` options, C-sim events) share one trained, evaluated and exported
model, named by its own key (:attr:`Point.model_key`): on a grid of 4 reuse factors the model
is trained once, not four times.

Under the scan's output directory::

    models/<model key>/
      model_result.json  written last, atomically: the model is built (``ok`` or ``failed``)
      ...                the model directory (config.json, weights.pt, checkpoint.pt,
                         metrics.json, <name>.qonnx.onnx); error.log when it failed
    points/<key>/
      result.json      written last, atomically: the point is finished (``ok`` or ``failed``)
      error.log        the traceback of a failed point (its one-line error is in result.json)
      model/           a copy of its model directory, plus csim.json, synth.json, report.*
      hls_projects/    its hls4ml project
      firmware/        its firmware hand-off
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bead_fpga.io import read_json, write_json
from bead_fpga.scan.settings import setting_targets

POINTS_DIR = "points"
MODELS_DIR = "models"
RESULT_FILE = "result.json"
#: Setting consumers that shape the model (training settings, model-config fields) and the
#: scan's own settings read by the model stages; everything else only changes the hardware.
MODEL_CONSUMERS = ("train", "model", "transform")
MODEL_SCAN_SETTINGS = ("export_events",)
MODEL_SUBDIR = "model"
KEY_LENGTH = 12


def point_key(settings: dict[str, Any], data: dict[str, Any]) -> str:
    """A stable hex key: the SHA-256 of the canonical JSON of settings and data."""
    text = json.dumps({"settings": settings, "data": data}, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(text.encode()).hexdigest()[:KEY_LENGTH]


def format_value(value: Any) -> str:
    """A setting as a table cell: lists as ``32-16``."""
    if isinstance(value, list):
        return "-".join(format_value(v) for v in value)
    return str(value)


@dataclass(frozen=True)
class Split:
    """A point's settings sorted by the stage function they go to."""

    model_type: str
    train: dict[str, Any]
    model: dict[str, Any]
    transform: dict[str, Any]
    hls: dict[str, Any]
    synth: dict[str, Any]
    scan: dict[str, Any]

    def hls_settings(self):
        from bead_fpga.hls.convert import HLSSettings

        return HLSSettings(**self.hls)

    def transform_options(self):
        """The input map the point trains with: its transform settings over the model type's
        default (:func:`bead_fpga.defaults.default_transform_options`)."""
        import dataclasses

        from bead_fpga.defaults import default_transform_options

        return dataclasses.replace(default_transform_options(self.model_type), **self.transform)


@dataclass(frozen=True)
class Point:
    """One point: explicit settings (canonical JSON values), the data, and its key."""

    settings: dict[str, Any]
    data: dict[str, Any]
    key: str

    @classmethod
    def make(cls, settings: dict[str, Any], data: dict[str, Any]) -> Point:
        settings = dict(sorted(settings.items()))
        return cls(settings=settings, data=data, key=point_key(settings, data))

    def describe(self) -> str:
        return " ".join(f"{k}={format_value(v)}" for k, v in self.settings.items())

    def split(self) -> Split:
        parts: dict[str, dict[str, Any]] = {"train": {}, "model": {}, "transform": {}, "hls": {}, "synth": {}, "scan": {}}
        for name, value in self.settings.items():
            if name != "model":
                parts[setting_targets()[name].consumer][name] = value
        return Split(model_type=self.settings["model"], **parts)

    @property
    def model_key(self) -> str:
        """The key of the model this point is built on: its settings that the model stages
        read, and its data."""
        return point_key(model_settings(self.settings), self.data)

    def resolved(self) -> dict[str, Any]:
        """Every setting the point runs with, the code's defaults included (JSON values).

        Recorded with its results, so that a later scan sees when a default has moved under
        a finished point (the key, from the explicit settings only, stays the same across
        versions, which keeps reproduce commands valid)."""
        from bead_fpga.models import default_config
        out = {name: t.default for name, t in setting_targets().items() if t.consumer in ("train", "synth", "scan")}
        out.update(self.settings)
        split = self.split()
        config = default_config(split.model_type, bits=out["bits"], **split.model).to_dict()
        out.update({k: v for k, v in config.items() if k not in ("model", "name", "score_max", "bits")})
        out.update(split.hls_settings().to_dict())
        out.update(split.transform_options().to_dict())
        return json.loads(json.dumps(out, default=str))

    def model_name(self) -> str:
        """The model's name (hls4ml's project and top function): type, bits and model key,
        so firmware built on two different models can never be mistaken for one another."""
        bits = self.settings.get("bits", 8)
        return f"{self.settings['model']}_{f'{bits}b' if bits else 'float'}_{self.model_key[:8]}"


def model_settings(settings: dict[str, Any]) -> dict[str, Any]:
    """The part of ``settings`` the model stages read (training settings, model-config fields,
    the export check's events)."""
    targets = setting_targets()
    return {k: v for k, v in settings.items() if targets[k].consumer in MODEL_CONSUMERS or k in MODEL_SCAN_SETTINGS}


def moved(recorded: dict[str, Any] | None, current: dict[str, Any]) -> dict[str, tuple[Any, Any]]:
    """Settings whose value differs between a recorded resolution and the current one (a
    setting only one of them knows is not a difference: it was added or removed, not moved)."""
    if not recorded:
        return {}
    return {k: (recorded[k], current[k]) for k in sorted(recorded.keys() & current.keys()) if recorded[k] != current[k]}


def point_dir(out: Path, key: str) -> Path:
    return Path(out) / POINTS_DIR / key


def model_path(out: Path, model_key: str) -> Path:
    return Path(out) / MODELS_DIR / model_key


def read_result(out: Path, key: str) -> dict[str, Any] | None:
    """The point's result, or None when it has not finished (no file, or a file from an
    interrupted write that the atomic rename never published)."""
    path = point_dir(out, key) / RESULT_FILE
    return read_json(path) if path.is_file() else None


def write_result(out: Path, key: str, result: dict[str, Any]) -> Path:
    return write_json(point_dir(out, key) / RESULT_FILE, result)


def all_results(out: Path) -> list[dict[str, Any]]:
    """Every finished point under ``out``, in key order."""
    root = Path(out) / POINTS_DIR
    return [read_json(p) for p in sorted(root.glob(f"*/{RESULT_FILE}"))] if root.is_dir() else []
