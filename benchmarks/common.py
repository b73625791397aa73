"""What every benchmark records beside its numbers: the machine, the load, the versions,
and the command, so a committed result can be read (and re-run) months later."""

from __future__ import annotations

import importlib
import os
import platform
import shlex
import sys
from pathlib import Path
from typing import Any

RESULTS_DIR = Path(__file__).resolve().parent / "results"
#: The committed reference models (``models/``) the side-by-side benchmarks measure, in table order.
REFERENCE_MODELS = ("hvae_8b", "hvae_8b_l1", "vae_8b", "ae_8b", "transformer_8b", "bead_8b", "hvae_8b_student",
                    "bead_8b_student")
REPO_ROOT = RESULTS_DIR.parent.parent
#: Stands for a benchmark's own scratch directory (``--work``, a temporary directory) in
#: committed results, which must name no machine's paths.
WORK = "$WORK"


def recorded(path: str | Path) -> str:
    """``path`` as a committed result records it: relative to the repository when inside it,
    else ``$WORK/<name>`` (a scratch directory of the run that made it)."""
    path = Path(path).resolve()
    if REPO_ROOT == path or REPO_ROOT in path.parents:
        return path.relative_to(REPO_ROOT).as_posix()
    return f"{WORK}/{path.name}"


def machine(*packages: str) -> dict[str, Any]:
    """CPU model, core count, load average, Python and the versions of ``packages``."""
    cpu = platform.processor()
    try:
        cpu = next(line.split(":", 1)[1].strip() for line in Path("/proc/cpuinfo").read_text().splitlines()
                   if line.startswith("model name"))
    except (OSError, StopIteration):
        pass
    versions = {}
    for name in packages:
        module = importlib.import_module(name)
        versions[name] = str(getattr(module, "__version__", "?"))
    return {
        "platform": platform.platform(), "cpu": cpu, "cpu_count": os.cpu_count(),
        "load_average": [round(v, 2) for v in os.getloadavg()], "python": platform.python_version(),
        **versions,
    }


def command() -> str:
    """The command line that produced this result."""
    args = [recorded(a) if a.startswith("/") else a for a in sys.argv]
    return " ".join(["python", *map(shlex.quote, args)])


def portable(obj: Any) -> Any:
    """``obj`` (JSON-like) with every absolute path string replaced by :func:`recorded`: what a
    tool writes for its own user names that user's directories; a committed result must not."""
    if isinstance(obj, dict):
        return {k: portable(v) for k, v in obj.items()}
    if isinstance(obj, list):
        return [portable(v) for v in obj]
    if isinstance(obj, str) and obj.startswith("/") and "\n" not in obj and " " not in obj:
        return recorded(obj)
    return obj
