"""Scan files of tiny points for the tests."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

#: Generated events of the session's data: enough for points of one epoch that still export,
#: compile and C-simulate.
TINY_EVENTS = 3000


def write_spec(path: Path, data: Path, axes: dict[str, Any], stages: list[str] | None = None,
               **settings: Any) -> Path:
    """A scan file of tiny points (vae 16-8, one epoch, a few hundred checked events)."""
    spec = {
        "data": {"path": str(data)},
        "settings": {"model": "vae", "hidden": [16, 8], "epochs": 1, "max_events": TINY_EVENTS,
                     "export_events": 300, "csim_events": 200, **settings},
        "axes": axes,
        "stages": stages or ["train", "evaluate", "export", "synth"],
    }
    path.write_text(yaml.safe_dump(spec, sort_keys=False))
    return path
