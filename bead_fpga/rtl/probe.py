"""Two input events whose outputs differ: what the latency probe needs to see a change.

The probe (:meth:`bead_fpga.rtl.project.RTLProject.latency_cycles`) holds one event, switches
to another and counts clocks until the output moves, so the two events must give different
outputs. Events drawn uniformly over the input port's whole range do not always do that: an
autoencoder's reconstruction score saturates on every such event (the HVAE's ``fixed<16,6>``
input spans +-32 where real events sit within a few units; 256 full-range draws all gave the
score's maximum). The search therefore tries, in order, the caller's own events (data the
model was made for), the all-zero event, then random events whose amplitude grows from one
LSB to the full range, smallest first, so that a trigger that saturates on large inputs is
met where it still answers; alkaid's interpreter of the traced logic says which outputs differ,
so no HDL simulation is spent on the search.
"""

from __future__ import annotations

import numpy as np

from bead_fpga.errors import BeadError
from bead_fpga.rtl.frontend import TracedGraph

#: Random events drawn per amplitude (a power of two in LSBs, one per input bit).
EVENTS_PER_AMPLITUDE = 32


def search_events(traced: TracedGraph, seed: int = 0) -> np.ndarray:
    """The zero event, then on-grid random events of amplitude 1, 2, 4, ... LSBs up to the
    port's range (each clipped to the format's integer range), as float rows."""
    fmt = traced.input_format
    lo, hi = fmt.int_range
    rng = np.random.default_rng(seed)
    blocks = [np.zeros((1, traced.n_inputs), np.int64)]
    for amplitude in (2**k for k in range(fmt.bits)):
        blocks.append(rng.integers(max(lo, -amplitude), min(hi, amplitude), endpoint=True,
                                   size=(EVENTS_PER_AMPLITUDE, traced.n_inputs)))
    return np.concatenate(blocks) * fmt.lsb


def probe_events(traced: TracedGraph, events: np.ndarray | None = None, seed: int = 0) -> tuple[np.ndarray, np.ndarray]:
    """Two on-grid events with different outputs: the first candidate and the first one whose
    output differs from it. ``events`` (already on the input grid) are tried before the search."""
    candidates = search_events(traced, seed)
    if events is not None and len(events):
        candidates = np.concatenate([np.asarray(events, np.float64).reshape(len(events), -1), candidates])
    out = traced.predict(candidates)
    other = np.flatnonzero(np.any(out != out[0], axis=1))
    if len(other) == 0:
        raise BeadError(f"{len(candidates)} probe events", "every one gives the same output, so there is no "
                        "latency to measure", "check that the model's output depends on its input")
    return candidates[0], candidates[other[0]]
