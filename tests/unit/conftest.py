"""Unit tests run tiny models on a shared 2-core machine: one torch intra-op thread avoids
OpenMP contention (it changes speed only, not results, at these sizes)."""

from __future__ import annotations

import pytest
import torch


@pytest.fixture(scope="module", autouse=True)
def one_thread():
    before = torch.get_num_threads()
    torch.set_num_threads(1)
    yield
    torch.set_num_threads(before)
