"""Hardware regressions as data: the reference models' estimated latency, interval and
resources against ``hardware_baseline.json`` with its stated tolerances."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bead_fpga.synth.estimation.estimate import estimate
from tests.conftest import HLS_MODELS

BASELINE = json.loads((Path(__file__).with_name("hardware_baseline.json")).read_text())


@pytest.mark.parametrize("name", HLS_MODELS)
def test_estimate_matches_the_baseline(compiled_models, name) -> None:
    figures = estimate(compiled_models[name].project.hls_model, "xcvu9p", 5.0).to_dict()
    assert figures["complete"], "a layer of the trigger path is no longer modelled"
    for key, expected in BASELINE["models"][name].items():
        tolerance = BASELINE["tolerance"][key]
        if tolerance == 0:
            assert figures[key] == expected, f"{name} {key}: {figures[key]} != baseline {expected}"
        else:
            assert abs(figures[key] - expected) <= tolerance * expected, (
                f"{name} {key}: {figures[key]} vs baseline {expected} (tolerance {tolerance:.0%})")
