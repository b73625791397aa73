"""The ``shared_reports`` fixture (see :mod:`tests.synth.reports`)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.synth import reports


@pytest.fixture()
def shared_reports() -> Path:
    """The folder of real third-party vendor reports; skips the test where it is absent."""
    return reports.require_shared(reports.SHARED_REPORTS)
