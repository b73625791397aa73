"""The one integer comparison every exactness check uses: values in units of the output LSB.

Firmware and model are compared as integers (value / LSB), event by event, never with a float
tolerance: a fixed-point design is either the same number or it is wrong. The QONNX export
check, the hls4ml C-simulation, the RTL simulation and the check of other people's graphs all
report through :func:`compare_integers`, so "bit-exact" means the same thing everywhere.
"""

from __future__ import annotations

from typing import Any

import numpy as np

MAX_LISTED_MISMATCHES = 10


def to_lsb(values: np.ndarray, lsb: float) -> np.ndarray:
    """``(N, k)`` int64 array of ``values / lsb`` (one row per event)."""
    values = np.asarray(values, np.float64)
    return np.rint(values.reshape(len(values), -1) / lsb).astype(np.int64)


def compare_integers(reference: np.ndarray, got: np.ndarray, lsb: float) -> dict[str, Any]:
    """Event-by-event comparison in output LSBs: exact fraction, worst difference, and the
    first mismatching events with both values."""
    ref_int, got_int = to_lsb(reference, lsb), to_lsb(got, lsb)
    if ref_int.shape != got_int.shape:
        raise ValueError(f"cannot compare outputs of shapes {ref_int.shape} and {got_int.shape}")
    diff = np.abs(got_int - ref_int).max(axis=1, initial=0)
    bad = np.flatnonzero(diff)
    n = len(ref_int)
    return {
        "events": int(n),
        "bit_exact_events": int(n - len(bad)),
        "bit_exact_fraction": float(1.0 - len(bad) / n) if n else 1.0,
        "max_abs_diff_lsb": int(diff.max(initial=0)),
        "output_lsb": lsb,
        "first_mismatches": [
            {"event": int(i), "reference_lsb": ref_int[i].tolist(), "csim_lsb": got_int[i].tolist()}
            for i in bad[:MAX_LISTED_MISMATCHES]
        ],
    }
