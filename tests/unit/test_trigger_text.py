"""The firmware hand-off's description of the output follows the model's trigger kind.

The oracle is the kind the model was configured with, and facts of its architecture that
the description must carry (the latent level the HVAE's trigger uses, the student's widths,
the recorded distillation floor); each description must name its own kind and score and no
other kind's.
"""

from __future__ import annotations

import pytest

from bead_fpga.models import build_model, default_config
from bead_fpga.trigger_text import describe_trigger, score_format, trigger_levels

#: What only one kind's description may say.
MARKERS = {
    "latent": ("`latent`", "squared latent means"),
    "reconstruction": ("`reconstruction`", "`recon - input`", "slot mask", "decoder reconstructs"),
    "distilled": ("`distilled`", "student network", "ln(max(s, floor) / floor)"),
}


def _model(model_type: str, trigger: str, **overrides):
    return build_model(default_config(model_type, trigger=trigger, bits=8, **overrides)).eval()


@pytest.mark.parametrize("model_type", ["hvae", "vae", "ae"])
@pytest.mark.parametrize("kind", sorted(MARKERS))
def test_the_description_names_its_own_kind_and_score_and_no_other(model_type: str, kind: str) -> None:
    text = describe_trigger(_model(model_type, kind), {"distillation": {"floor": 0.125, "floor_quantile": 0.5}})
    for marker in MARKERS[kind]:
        assert marker in text
    for other, markers in MARKERS.items():
        if other != kind:
            for marker in markers:
                assert marker not in text, f"{kind} description mentions {other}'s {marker!r}"
    assert "bead-fpga rate" in text


def test_the_hvae_latent_trigger_is_described_as_its_top_level_only() -> None:
    model = _model("hvae", "latent", hidden=(16, 8), latent=(3, 2))
    assert trigger_levels(model) == [2]
    text = describe_trigger(model)
    assert "latent level 2" in text and "2 value(s)" in text


def test_a_one_level_model_uses_its_only_level() -> None:
    assert trigger_levels(_model("vae", "latent", latent=(3,))) == [1]


def test_the_output_format_and_range_come_from_the_config() -> None:
    model = _model("vae", "reconstruction", score_bits=12, score_max=1024.0)
    text = describe_trigger(model)
    assert score_format(model.cfg) == "ap_ufixed<12,10>"
    assert "`ap_ufixed<12,10>`" in text and "[0, 1024)" in text and "LSB 0.25" in text


def test_the_distilled_description_carries_the_student_and_the_recorded_floor() -> None:
    model = _model("hvae", "distilled", student_hidden=(12,), student_bits=6)
    text = describe_trigger(model, {"distillation": {"floor": 0.0123, "floor_quantile": 0.5}})
    assert "57-12-1" in text and "6-bit" in text and "floor = 0.0123" in text


def test_a_model_with_its_own_score_describes_it_bead() -> None:
    model = _model("bead", "reconstruction")
    text = describe_trigger(model)
    assert "BEAD" in text and "MET deviation" in text and f"{model.cfg.met_weight:g}" in text
    assert "`latent`" not in text and "`distilled`" not in text
