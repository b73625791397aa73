"""Timing of the open flow's netlist: logic levels per pipeline stage and an estimated Fmax.

Yosys runs no timing analysis, and its ``ltp -noff`` length is no delay: it counts every cell
on the longest topological path, through the SRL delay lines (299 cells on the HVAE, a path
no register ever sees). This module walks the mapped netlist (``write_json``) instead, from
every register output (``FDRE``/``FDSE``/..., and the ``SRL16E``/``SRLC32E`` delay lines,
which *are* registers) to every register input, and keeps, per pipeline stage, the worst path
with its logic levels: LUTs and carry cells (Yosys' 7-series ``CARRY4``, 4 bits each) and
DSPs. A path is attributed to the stage whose register starts it (alkaid names them
``model_inp_reg``, ``stage<k>_inp``, ..., ``model_out``).

Each path gets a delay from a per-primitive model of UltraScale+ at speed grade -2
(:data:`ULTRASCALE_PLUS_2`), labelled ``estimate:timing``. The figures are published, and
cited by constant: UltraScale+ data sheets (DS923 Virtex, DS925 Zynq) no longer tabulate CLB
switching characteristics (they send users to Vivado's timing analysis), so the LUT, carry
and flip-flop delays are the ones FloPoCo's ``VirtexUltrascalePlus`` target copies from
Vivado's speed models of an xcvu3p-2 (``HWTargets/.../VirtexUltrascalePlus.hpp``), the carry
structure is UG574's (8 bits per CARRY8, one chain per slice), the combinational DSP48E2 delay
is the sum of the primitive delays in a public Vivado 2021.2 ``report_timing`` of an
unregistered multiply on an xczu3eg-1 (lakeroad-evaluation; speed grade -1, so pessimistic
for -2), and the clock ceiling is DS923's 775 MHz for global clock buffers at -2.

What it can tell: which stage is deepest, whether a clock is out of reach by a wide margin,
and how deeper or shallower stages move the figure. What it cannot: routing is one typical
net delay per hop (FloPoCo's 0.18 ns), with no placement, fan-out, congestion or SLR
crossing, so a real Vivado run can be slower (long nets on a 41k-LUT design) or faster
(LUT5 pairs, shorter local routes). Vivado's ``report_timing_summary``, where a user brings
one, is the figure to sign off on; the estimate sits beside it.
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from bead_fpga.errors import BeadError

SOURCE = "estimate:timing"
REGISTERS = ("FDRE", "FDSE", "FDCE", "FDPE")
DELAY_LINES = ("SRL16E", "SRLC32E")
LUTS = ("LUT1", "LUT2", "LUT3", "LUT4", "LUT5", "LUT6")
WIRES = ("INV", "BUFG", "IBUF", "OBUF")  # INV folds into the LUT it feeds in Vivado
DSPS = ("DSP48E1", "DSP48E2")
STAGE_NAME = re.compile(r"^(?:stage(\d+)_inp|model_inp_reg|model_out)$")


@dataclass(frozen=True)
class DelayModel:
    """Per-primitive delays (ns) for one family and speed grade; each field says its source."""

    name: str
    clock_to_q_and_setup: float  #: FloPoCo ``ffDelay_`` (Vivado speed model of a slice FF)
    lut: float  #: FloPoCo ``lut6Delay_``, used for every LUT size (LUT2-LUT6 measured 0.04-0.18 by Vivado)
    net: float  #: FloPoCo ``typicalLocalRoutingDelay_``: one routed net, no placement
    lut_to_carry: float  #: FloPoCo ``lut_to_carry_net``: LUT O6 to the CARRY S input in one slice
    carry_entry: float  #: FloPoCo ``initCarryDelay_``: CARRY S to CO
    carry_exit: float  #: FloPoCo ``finalCarryDelay_``: CARRY CI to O
    carry_per_4_bits: float  #: half of FloPoCo's ``carry8Delay_`` + ``interCarryNetDelay_`` (one CARRY8 = 2 CARRY4)
    dsp: float  #: DSP48E2 B -> P, unregistered: a public Vivado report_timing, xczu3eg -1
    clock_ceiling_mhz: float  #: DS923: BUFGCE Fmax at -2 (FloPoCo ``maxFrequencyMHz_``)


ULTRASCALE_PLUS_2 = DelayModel(
    name="UltraScale+ -2", clock_to_q_and_setup=0.150, lut=0.148, net=0.180, lut_to_carry=0.011,
    carry_entry=0.115, carry_exit=0.116, carry_per_4_bits=(0.015 + 0.026) / 2,
    dsp=0.195 + 0.092 + 0.737 + 0.059 + 0.699 + 0.141, clock_ceiling_mhz=775.0,
)


#: What one unit of alkaid's delay model (about one adder level: 1.09 + 0.025 per carry bit)
#: costs by this estimate, measured on the reference HVAE with `bead-fpga synth --flow open`:
#: at 7 units per stage its slowest stage without a DSP took 6.074 ns ((6.074 - 0.33) / 7 =
#: 0.82); at 5 units, 5.653 ns ((5.653 - 0.33) / 5 = 1.06): short stages cannot average long
#: and short adders out, so the worse figure is the one to size a stage with. Stages holding
#: a DSP48E2 can still miss (alkaid costs a multiply like an adder; the DSP alone is 1.92 ns):
#: the estimate names such a stage.
LEVEL_NS = 1.07
#: Long stages average long and short adders out: the HVAE at 23 units per stage (40 MHz,
#: `benchmarks/results/rtl_options.json`) took 14.567 ns in its slowest stage, 0.63 ns per
#: unit. Through that point and the 4-unit stage's 4.997 ns, the worst stage of ``L`` units
#: takes :data:`LONG_STAGE_NS` + :data:`LONG_LEVEL_NS` x ``L``; a stage is sized by whichever
#: of the two lines lets it hold more units (the short-stage line below ~4 units, this one above).
LONG_LEVEL_NS = (14.567 - 4.997) / (23 - 4)
LONG_STAGE_NS = 4.997 - 4 * LONG_LEVEL_NS


def levels_for_clock(clock_ns: float, model: DelayModel = ULTRASCALE_PLUS_2) -> int:
    """The most alkaid delay units one pipeline stage can hold at ``clock_ns``: register
    overhead and the net into the next register taken off first, :data:`LEVEL_NS` each, or by
    the long-stage line (:data:`LONG_STAGE_NS`, :data:`LONG_LEVEL_NS`), whichever holds more
    (4 at 5 ns, 2 at 2.5 ns, 43 at 25 ns)."""
    room = clock_ns - model.clock_to_q_and_setup - model.net
    levels = max(math.floor(room / LEVEL_NS), math.floor((clock_ns - LONG_STAGE_NS) / LONG_LEVEL_NS))
    if levels < 1:
        need = model.clock_to_q_and_setup + model.net + LEVEL_NS
        raise BeadError("--clock", f"{clock_ns} ns leaves no room for one adder level on {model.name} "
                        f"(needs {need:.2f} ns by the timing estimate)", "choose a longer clock period")
    return levels


@dataclass(frozen=True)
class Arrival:
    """The worst path found so far into a net: its delay and what it went through."""

    ns: float = 0.0
    luts: int = 0
    carry4: int = 0
    dsps: int = 0
    stage: int | None = None  #: the stage whose register starts it (None: a top-level input)

    def then(self, ns: float, luts: int = 0, carry4: int = 0, dsps: int = 0) -> Arrival:
        return Arrival(self.ns + ns, self.luts + luts, self.carry4 + carry4, self.dsps + dsps, self.stage)

    @property
    def levels(self) -> int:
        """Vivado's "logic levels" count: LUTs, carry cells (as CARRY8, two CARRY4), DSPs."""
        return self.luts + math.ceil(self.carry4 / 2) + self.dsps


def _later(a: Arrival | None, b: Arrival) -> Arrival:
    return b if a is None or b.ns > a.ns else a


class Netlist:
    """The top module of a Yosys ``write_json`` netlist, indexed for the path walk."""

    def __init__(self, netlist_json: Path) -> None:
        path = Path(netlist_json)
        if not path.is_file():
            raise BeadError(path, "no Yosys netlist here", "rerun `bead-fpga synth --flow open` (it writes one)")
        modules = json.loads(path.read_text())["modules"]
        top = next((m for m in modules.values() if int(m.get("attributes", {}).get("top", "0") or 0, 2)), None)
        if top is None:
            raise BeadError(path, "no top module in the netlist", "rerun Yosys with -top")
        self.cells: list[dict[str, Any]] = list(top["cells"].values())
        self.driver: dict[int, int] = {}
        for index, cell in enumerate(self.cells):
            for port, bits in cell["connections"].items():
                if cell["port_directions"].get(port) == "output":
                    self.driver.update((b, index) for b in bits if isinstance(b, int))
        self.stage_of: dict[int, int] = {}
        stages = [int(m.group(1)) for n in top["netnames"] if (m := STAGE_NAME.match(n)) and m.group(1)]
        last = max(stages, default=-1) + 1
        for name, net in top["netnames"].items():
            match = STAGE_NAME.match(name)
            if match:
                stage = int(match.group(1)) if match.group(1) else (0 if name == "model_inp_reg" else last)
                self.stage_of.update((b, stage) for b in net["bits"] if isinstance(b, int))

    def is_sequential(self, cell: dict[str, Any]) -> bool:
        kind = cell["type"]
        if kind in REGISTERS or kind in DELAY_LINES:
            return True
        return kind in DSPS and any(int(v or "0", 2) for k, v in cell["parameters"].items() if k.endswith("REG"))


@dataclass(frozen=True)
class StageTiming:
    """The worst register-to-register path that starts in one pipeline stage."""

    stage: int
    ns: float
    levels: int
    luts: int
    carry4: int
    dsps: int


class _Walk:
    """Longest paths through the combinational cells, each cell evaluated once (memoised,
    with an explicit stack: carry chains make recursion deeper than Python allows)."""

    def __init__(self, netlist: Netlist, model: DelayModel) -> None:
        self.net, self.model = netlist, model
        self.out: dict[tuple[int, str], Arrival] = {}

    def arrival(self, bit: Any) -> Arrival:
        """The worst path arriving at a net (a register output starts one; constants none)."""
        if not isinstance(bit, int) or bit not in self.net.driver:
            return Arrival()
        index = self.net.driver[bit]
        cell = self.net.cells[index]
        if self.net.is_sequential(cell):
            return Arrival(self.model.clock_to_q_and_setup, stage=self.net.stage_of.get(bit))
        port = next(p for p, bits in cell["connections"].items() if bit in bits and cell["port_directions"][p] == "output")
        self.evaluate(index)
        return self.out[(index, port)]

    def pending(self, index: int) -> list[int]:
        cell = self.net.cells[index]
        drivers = {self.net.driver[b] for p, bits in cell["connections"].items() if cell["port_directions"][p] == "input"
                   for b in bits if isinstance(b, int) and b in self.net.driver}
        return [d for d in drivers if not self.net.is_sequential(self.net.cells[d])
                and not any((d, p) in self.out for p in self.net.cells[d]["connections"])]

    def evaluate(self, index: int) -> None:
        stack = [index]
        while stack:
            top = stack[-1]
            if any((top, p) in self.out for p in self.net.cells[top]["connections"]):
                stack.pop()
                continue
            waiting = self.pending(top)
            if waiting:
                stack.extend(waiting)
                continue
            self.out.update(self.through(top))
            stack.pop()

    def through(self, index: int) -> dict[tuple[int, str], Arrival]:
        """A combinational cell's outputs from its (already known) input arrivals."""
        cell, m = self.net.cells[index], self.model
        ins = {p: bits for p, bits in cell["connections"].items() if cell["port_directions"][p] == "input"}
        outs = [p for p in cell["connections"] if cell["port_directions"][p] == "output"]
        kind = cell["type"]

        def worst(ports: tuple[str, ...] | None, hop: float) -> Arrival:
            best: Arrival | None = None
            for port, bits in ins.items():
                if ports is None or port in ports:
                    for bit in bits:
                        best = _later(best, self.arrival(bit).then(hop if isinstance(bit, int) else 0.0))
            return best or Arrival()

        if kind == "CARRY4":
            entry = self.carry_entry(ins)
            chained = worst(("CI", "CYINIT"), 0.0)
            co = _later(entry.then(m.carry_entry, carry4=1), chained.then(m.carry_per_4_bits, carry4=1))
            o = _later(entry.then(m.carry_entry, carry4=1), chained.then(m.carry_exit, carry4=1))
            return {(index, p): (co if p == "CO" else o) for p in outs}
        if kind in LUTS:
            result = worst(None, m.net).then(m.lut, luts=1)
        elif kind in DSPS:
            result = worst(None, m.net).then(m.dsp, dsps=1)
        elif kind in WIRES:
            result = worst(None, 0.0)
        else:  # MUXF7/F8/F9 and anything else: one LUT delay behind its slice-local inputs
            result = worst(None, 0.0).then(m.lut)
        return {(index, p): result for p in outs}

    def carry_entry(self, ins: dict[str, list[Any]]) -> Arrival:
        """Arrivals at a carry cell's S/DI inputs: from a LUT in the same slice (the adder's
        propagate LUT), or over a routed net from anything else."""
        best: Arrival | None = None
        for port in ("S", "DI"):
            for bit in ins.get(port, []):
                if not isinstance(bit, int):
                    continue
                driver = self.net.driver.get(bit)
                local = driver is not None and self.net.cells[driver]["type"] in LUTS
                best = _later(best, self.arrival(bit).then(self.model.lut_to_carry if local else self.model.net))
        return best or Arrival()


def stage_timing(netlist_json: Path, model: DelayModel = ULTRASCALE_PLUS_2) -> list[StageTiming]:
    """The worst register-to-register path per pipeline stage (by the stage that starts it)."""
    netlist = Netlist(netlist_json)
    walk = _Walk(netlist, model)
    worst: dict[int, Arrival] = {}
    for cell in netlist.cells:
        if not netlist.is_sequential(cell):
            continue
        data = ("D",) if cell["type"] in REGISTERS or cell["type"] in DELAY_LINES else ("A", "B", "C", "D")
        for port in data:
            for bit in cell["connections"].get(port, []):
                path = walk.arrival(bit).then(model.net if isinstance(bit, int) else 0.0)
                if path.stage is not None:
                    worst[path.stage] = _later(worst.get(path.stage), path)
    return [StageTiming(stage, round(p.ns, 3), p.levels, p.luts, p.carry4, p.dsps) for stage, p in sorted(worst.items())]


def timing_estimate(netlist_json: Path, clock_ns: float, stages: int, model: DelayModel = ULTRASCALE_PLUS_2) -> dict[str, Any]:
    """The design's estimated Fmax (its slowest stage), whether it meets ``clock_ns``, the
    latency in ns as ``stages`` (measured in simulation where possible) x the clock, and the
    per-stage table."""
    per_stage = stage_timing(netlist_json, model)
    if not per_stage:
        raise BeadError(netlist_json, "no register-to-register path found", "is this a pipelined design?")
    slowest = max(per_stage, key=lambda s: s.ns)
    fmax = min(1000.0 / slowest.ns, model.clock_ceiling_mhz)
    return {
        "fmax_mhz": round(fmax, 1),
        "critical_path_ns": slowest.ns,
        "critical_stage": slowest.stage,
        "critical_levels": slowest.levels,
        "meets_clock": bool(1000.0 / fmax <= clock_ns),
        "clock_ns": clock_ns,
        "latency_ns": round(stages * clock_ns, 3),
        "stages": [asdict(s) for s in per_stage],
        "model": model.name,
        "source": SOURCE,
    }

