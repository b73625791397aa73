"""The latency probe's events: two inputs with different outputs even for a trigger that
saturates on every full-range random event (the HVAE's reconstruction score does)."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import numpy as np
import pytest

from bead_fpga.errors import BeadError
from bead_fpga.graph.fixed import FixedFormat
from bead_fpga.rtl.frontend import trace_qonnx
from bead_fpga.rtl.probe import probe_events
from tests.rtl.graphs import saturating_score_graph


def score(x: np.ndarray) -> np.ndarray:
    """The saturating graph by hand: round half to even, clip to u4 (independent of da4ml)."""
    return np.clip(np.round(np.sum(x**2, axis=1)), 0, 15)


def test_probe_finds_a_change_where_full_range_events_saturate(tmp_path: Path) -> None:
    traced = trace_qonnx(saturating_score_graph(tmp_path / "g.onnx"))
    fmt = traced.input_format
    lo, hi = fmt.int_range
    full_range = np.random.default_rng(0).integers(lo, hi, size=(256, traced.n_inputs), endpoint=True) * fmt.lsb
    assert np.all(score(full_range) == 15)  # what the old uniform probe drew: one output only
    a, b = probe_events(traced)
    assert score(a[None])[0] != score(b[None])[0]
    for event in (a, b):  # on the input grid and in range, as the RTL port takes them
        ints = event / fmt.lsb
        assert np.array_equal(ints, np.round(ints)) and ints.min() >= lo and ints.max() <= hi


def test_probe_tries_the_callers_events_first(tmp_path: Path) -> None:
    traced = trace_qonnx(saturating_score_graph(tmp_path / "g.onnx"))
    data = np.array([[0.5, 0, 0, 0, 0, 0], [1.0, 1.0, 0, 0, 0, 0]])
    a, b = probe_events(traced, data)
    np.testing.assert_array_equal(a, data[0])
    np.testing.assert_array_equal(b, data[1])


def test_constant_output_is_one_line() -> None:
    constant = SimpleNamespace(input_format=FixedFormat(True, 8, 4), n_inputs=3,
                               predict=lambda x: np.zeros((len(x), 1)))
    with pytest.raises(BeadError, match=r"every one gives the same output, so there is no latency to measure"):
        probe_events(constant)
