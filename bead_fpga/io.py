"""Atomic file writes, so an interrupted or failed stage never leaves half a file behind.

Everything bead-fpga writes (HDF5 files, checkpoints, JSON reports) goes to a temporary name
in the destination directory and is renamed into place only once complete.
"""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any


@contextmanager
def atomic_path(dest: str | Path) -> Iterator[Path]:
    """Yield a temporary path beside ``dest``; rename it onto ``dest`` if the block succeeds."""
    dest = Path(dest)
    dest.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{dest.name}.", suffix=".part", dir=dest.parent)
    os.close(fd)
    tmp_path = Path(tmp)
    try:
        yield tmp_path
        # mkstemp creates 0600; give the file the permissions a plain open() would have
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp_path, 0o666 & ~umask)
        os.replace(tmp_path, dest)
    finally:
        if tmp_path.exists():
            tmp_path.unlink()


#: How a recorded path inside the cache directory starts (:func:`portable_path`).
CACHE_PREFIX = "$BEAD_FPGA_CACHE"


def cache_dir() -> Path:
    """Where bead-fpga keeps what it makes once per machine: ``$BEAD_FPGA_CACHE`` when set, else
    ``$XDG_CACHE_HOME/bead-fpga``, else ``~/.cache/bead-fpga``."""
    if os.environ.get("BEAD_FPGA_CACHE"):
        return Path(os.environ["BEAD_FPGA_CACHE"])
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "bead-fpga"


def portable_path(path: str | Path, base: str | Path) -> str:
    """``path`` as recorded in an artefact that may be committed or copied to another machine:
    ``$BEAD_FPGA_CACHE/...`` inside the cache directory, else relative to ``base`` (with ``..``
    where needed); :func:`resolve_recorded` reads either back. No absolute machine path is
    written, so a committed artefact names no one's ``/tmp`` or home directory."""
    path = Path(path).resolve()
    cache = cache_dir().resolve()
    if path == cache or cache in path.parents:
        return Path(CACHE_PREFIX, path.relative_to(cache)).as_posix()
    return Path(os.path.relpath(path, Path(base).resolve())).as_posix()


def resolve_recorded(recorded: str | Path, base: str | Path) -> Path:
    """A path written by :func:`portable_path` (or an absolute one, as older artefacts hold)."""
    text = str(recorded)
    if text == CACHE_PREFIX or text.startswith(CACHE_PREFIX + "/"):
        return cache_dir() / text[len(CACHE_PREFIX):].lstrip("/")
    recorded = Path(recorded)
    return recorded if recorded.is_absolute() else Path(base) / recorded


def write_json(dest: str | Path, obj: Any) -> Path:
    """Write ``obj`` as indented JSON, atomically."""
    with atomic_path(dest) as tmp:
        tmp.write_text(json.dumps(obj, indent=2, sort_keys=False) + "\n")
    return Path(dest)


def read_json(path: str | Path) -> Any:
    """Read a JSON file, turning a missing or malformed file into a one-line BeadError."""
    from bead_fpga.errors import BeadError

    path = Path(path)
    if not path.is_file():
        raise BeadError(path, "file not found")
    try:
        return json.loads(path.read_text())
    except json.JSONDecodeError as err:
        raise BeadError(path, f"not valid JSON ({err.msg} at line {err.lineno})") from None


def fill_template(template: str | Path, **values: str) -> str:
    """A generated source's template with its ``@KEY@`` placeholders replaced (C++, HDL and
    Makefile braces need no escaping, as ``str.format`` would want)."""
    text = Path(template).read_text()
    for key, value in values.items():
        text = text.replace(f"@{key}@", value)
    return text
