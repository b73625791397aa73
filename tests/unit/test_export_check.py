"""The export check itself: integer comparison and locating the first disagreeing node."""

from __future__ import annotations

import numpy as np

from bead_fpga.export import first_mismatch


def test_identical_scores_have_no_mismatch() -> None:
    scores = np.arange(10, dtype=np.float32)[:, None] / 8
    assert first_mismatch(scores, scores.copy(), 1 / 8) is None


def test_one_lsb_is_a_mismatch_with_event_and_values() -> None:
    expected = np.arange(10, dtype=np.float32)[:, None] / 8
    got = expected.copy()
    got[7, 0] += 1 / 8
    mismatch = first_mismatch(expected, got, 1 / 8)
    assert mismatch is not None
    assert (mismatch.event, mismatch.expected, mismatch.got) == (7, 7 / 8, 1.0)
    assert "+1 LSB" in str(mismatch)
