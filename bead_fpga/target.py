"""The target: FPGA parts that L1 trigger groups build for (with their resource totals), the
default part and clock, and the name a design's top level carries.

This is the bottom floor both back ends stand on: the hls4ml project (:mod:`bead_fpga.hls`)
and the RTL (:mod:`bead_fpga.rtl`) resolve their part and check their clock here, and the
synthesis stage reads the same totals, so no back end imports from a floor above it.

Utilisation figures mean little without the denominator, and an HLS estimate is only
checked against the part it was built for, so the synth and report stages look the
totals up here rather than trusting whatever a tool printed. The numbers are the
device-level totals from the vendor's product tables:

- DS890, *UltraScale Architecture and Product Data Sheet: Overview* -- Virtex UltraScale+
  (VU9P, VU13P) and Kintex UltraScale+ (KU15P): CLB LUTs, CLB flip-flops, DSP slices
  (DSP48E2), block RAM blocks (36 Kb) and UltraRAM blocks.
- DS891, *Zynq UltraScale+ MPSoC Data Sheet: Overview* -- ZU9EG.
- DS180, *7 Series FPGAs Data Sheet: Overview* -- Virtex-7 690T (LUTs = 4 x slices;
  DSP48E1; 36 Kb block RAMs).
- DS190, *Zynq-7000 SoC Data Sheet: Overview* -- Z-7020.

The Alveo U200/U250 cards carry VU9P/VU13P-class silicon; the VU9P entry is the one the
anomaly-trigger papers quote (arXiv:2108.03986). A 36 Kb block RAM splits into two 18 Kb
halves, which is the unit HLS reports count in (``BRAM_18K``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from bead_fpga.errors import BeadError

#: The part every command uses when none is named: the VU9P of the ADC2021 papers and of the
#: CMS L1 boards' class (``--part`` changes it).
DEFAULT_PART = "xcvu9p"
#: 200 MHz: the clock hls4ml trigger designs are usually built at (five per 40 MHz crossing).
DEFAULT_CLOCK_NS = 5.0


@dataclass(frozen=True)
class Part:
    """One FPGA device and its totals.

    ``name`` is a full orderable part name (device + package + speed grade) so it can be
    handed to Vivado/hls4ml as is; ``alias`` is the short name people say ("VU9P").
    ``family`` uses Vivado's family names (``virtexuplus``, ``zynq`` ...), which is what
    HLS reports print as "Product family".
    """

    name: str
    alias: str
    family: str
    lut: int
    ff: int
    dsp: int
    bram36: int
    uram: int

    @property
    def bram18(self) -> int:
        """18 Kb block RAMs: each 36 Kb block is two, the unit HLS reports use."""
        return 2 * self.bram36

    @property
    def device(self) -> str:
        """The device part of ``name`` (``xcvu9p``), which is what identifies the silicon."""
        return _DEVICES[self.alias]


PARTS: tuple[Part, ...] = (
    Part("xcvu9p-flga2104-2L-e", "VU9P", "virtexuplus", 1_182_240, 2_364_480, 6_840, 2_160, 960),
    Part("xcvu13p-flga2577-2-e", "VU13P", "virtexuplus", 1_728_000, 3_456_000, 12_288, 2_688, 1_280),
    Part("xcku15p-ffva1760-2-e", "KU15P", "kintexuplus", 522_720, 1_045_440, 1_968, 984, 128),
    Part("xc7vx690tffg1927-2", "VX690T", "virtex7", 433_200, 866_400, 3_600, 1_470, 0),
    Part("xczu9eg-ffvb1156-2-e", "ZU9EG", "zynquplus", 274_080, 548_160, 2_520, 912, 0),
    Part("xc7z020clg400-1", "Z7020", "zynq", 53_200, 106_400, 220, 140, 0),
)

# Device names as they begin every full part name; tools spell the same device with or
# without a dash before the package ("xczu9eg-ffvb1156-2-e" in HLS, "xczu9egffvb1156-2"
# in report_utilization), so a part name is matched on this prefix.
_DEVICES: dict[str, str] = {
    "VU9P": "xcvu9p",
    "VU13P": "xcvu13p",
    "KU15P": "xcku15p",
    "VX690T": "xc7vx690t",
    "ZU9EG": "xczu9eg",
    "Z7020": "xc7z020",
}


def resolve_part(name_or_alias: str) -> Part:
    """Find the part a user or a tool report names.

    Accepts, case-insensitively: the alias (``vu9p``, ``Z-7020``), the device with or without ``xc``
    (``xcvu9p``, ``7vx690t``), or any full part name of a known device whatever its package
    and speed grade (``xcvu9p-flgb2104-2-i``). A full name is kept as given, because the
    package and speed grade matter to timing even though the resource totals do not.
    Unknown parts raise :class:`BeadError` listing the known ones.
    """
    given = name_or_alias.strip()
    key = given.lower()
    for part in PARTS:
        if key.replace("-", "") == part.alias.lower() or key in (
            part.device,
            part.device.removeprefix("xc"),
            part.name.lower(),
        ):
            return part
    # Longest device first, so a device whose name extends another's cannot be shadowed.
    for part in sorted(PARTS, key=lambda p: len(p.device), reverse=True):
        if key.startswith(part.device) or ("xc" + key).startswith(part.device):
            full = given if key.startswith("xc") else "xc" + given
            return replace(part, name=full)
    known = ", ".join(f"{p.alias} ({p.name})" for p in PARTS)
    raise BeadError(
        "part",
        f"unknown FPGA part {given!r}",
        f"use one of {known}, or add the part's data-sheet totals to bead_fpga/target.py",
    )


def same_device(name: str, part: Part) -> bool:
    """Whether a part name as a tool report prints it is ``part``'s silicon.

    Reports spell one device several ways: ``xczu9eg-ffvb1156-2-e`` (HLS),
    ``xczu9egffvb1156-2`` (report_utilization), ``7vx690t-ffg1927`` (report_timing_summary,
    without ``xc``); package and speed grade do not change the device.
    """
    key = name.strip().lower().replace("-", "")
    return (key if key.startswith("xc") else "xc" + key).startswith(part.device)


def check_clock(clock_ns: float) -> float:
    """The clock period in ns, or the one-line error for ``--clock``."""
    if clock_ns <= 0:
        raise BeadError("--clock", f"clock period must be positive, got {clock_ns} ns")
    return clock_ns


def as_part(part: Part | str) -> Part:
    """``part`` resolved once (a :class:`Part` passes through): every settings object calls this
    in ``__post_init__``, so an unknown part fails before any model is loaded."""
    return part if isinstance(part, Part) else resolve_part(part)


def top_name(model_name: str) -> str:
    """The model name as a C/Verilog identifier: the top function of the hls4ml project, the
    RTL module, their file names."""
    name = re.sub(r"\W", "_", model_name)
    return name if name[:1].isalpha() else f"m_{name}"
