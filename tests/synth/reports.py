"""Where the synth tests find vendor reports: our own fixtures, and the real third-party ones.

``tests/synth/fixtures/`` holds reports we wrote ourselves in the vendor formats (our
numbers, our text), which cover every parser path in any clone. The real reports in
``../shared/vendor_reports`` are third-party files that stay outside the repository; tests
that read them go through :func:`require_shared` (or the ``shared_reports`` fixture) and skip,
naming the reason, in a clone with nothing beside it.
"""

from __future__ import annotations

from pathlib import Path

import pytest

FIXTURES = Path(__file__).resolve().parent / "fixtures"
#: Our Vitis HLS 2023.2 + Vivado 2023.2 (routed) reports of top ``vae_6b`` on the VU9P, as
#: copied flat into one folder.
VITIS_FLAT = FIXTURES / "vitis2023.2_vu9p_flat"
#: Our Vivado HLS 2019.2 + Vivado 2019.2 reports of top ``ae_8b`` on the Virtex-7 690T, in
#: hls4ml's project layout, with a failing timing summary.
VIVADO_HLS4ML = FIXTURES / "vivado_hls2019.2_vx690t_hls4ml"
#: The real reports, beside the repository on our machines and in CI, absent in a bare clone.
SHARED_REPORTS = Path(__file__).resolve().parents[2].parent / "shared" / "vendor_reports"


def require_shared(path: Path) -> Path:
    """``path`` if the real vendor reports are there, else skip the test saying why."""
    if not path.is_dir():
        pytest.skip(f"real vendor reports not found at {path} (../shared is not beside this clone; "
                    "our own fixtures in tests/synth/fixtures cover the same parsers)")
    return path
