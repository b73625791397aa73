"""One hardware figure and where it came from.

Every number bead-fpga reports about hardware carries its source -- ``vendor:Vivado 2023.2``,
``measured:yosys 0.38``, ``estimate:analytic`` -- so a reader knows whether a tool stated it or
we estimated it. Flows (:mod:`bead_fpga.synth.flows`) and report readers
(:mod:`bead_fpga.synth.reports.report_set`) return :class:`Figure` s keyed by :data:`FIGURE_KEYS`.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any

#: What a flow may report, and the unit of each. A flow fills the ones its tools state.
FIGURE_KEYS: dict[str, str] = {
    "latency_cycles": "worst-case latency, clock cycles",
    "latency_ns": "worst-case latency, ns",
    "ii_cycles": "initiation interval (worst case), clock cycles",
    "lut": "LUTs", "ff": "flip-flops", "dsp": "DSP slices", "bram18": "18 Kb block RAMs", "uram": "UltraRAMs",
    "carry": "carry-chain cells (CARRY8 / CARRY4)",
    "logic_depth": "logic levels on the longest path",
    "clock_target_ns": "clock period the design was built for, ns",
    "clock_estimated_ns": "clock period HLS estimates it reaches, ns",
    "clock_achieved_ns": "clock period it reaches after synthesis / implementation (period - WNS), ns",
    "fmax_mhz": "the achieved clock as a frequency, MHz",
    "wns_ns": "worst negative slack (setup), ns", "tns_ns": "total negative slack (setup), ns",
    "whs_ns": "worst hold slack, ns", "ths_ns": "total hold slack, ns",
}


@dataclass(frozen=True)
class Figure:
    """One number with its source label and, where it needs one, a short note."""

    value: float | int
    source: str
    note: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {k: v for k, v in asdict(self).items() if v is not None}
