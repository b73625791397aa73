"""Fixtures of the scan tests: one local Ray instance and one tiny data set per session.

Ray takes seconds to start, so every test that runs points shares one instance
(``ray.init(num_cpus=2)``: two points at once, as on the CI machine). The data are 3000
generated events, enough for points of one epoch that still export, compile and C-simulate.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.scan.specs import TINY_EVENTS


@pytest.fixture(scope="session")
def ray_instance() -> Iterator[str]:
    """A local Ray instance for the session; yields its address (for a second driver)."""
    import logging

    import ray

    ray.init(num_cpus=2, include_dashboard=False, logging_level=logging.WARNING, log_to_driver=False)
    yield ray.get_runtime_context().gcs_address
    ray.shutdown()


@pytest.fixture(scope="session")
def tiny_data(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from bead_fpga.data.generate import generate

    out = tmp_path_factory.mktemp("scan_data")
    generate(out, n_events=TINY_EVENTS, seed=5, n_signal=1000)
    return out
