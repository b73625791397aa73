"""The scan file: points and keys, generic settings, one-line errors (no Ray needed)."""

from __future__ import annotations

import dataclasses
import hashlib
import json
from pathlib import Path

import pytest

from bead_fpga.errors import BeadError
from bead_fpga.scan.settings import setting_targets
from bead_fpga.scan.spec import load_spec


def _spec(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "scan.yaml"
    path.write_text(text)
    return path


GRID = """
data: {generate: {events: 1000, seed: 3}}
settings: {model: hvae, epochs: 2}
axes:
  quantize: [4, 8]
  hidden: [[32, 16], [16, 8]]
  clock: [5, 4.0]
stages: [train, evaluate, export, synth]
"""


def test_grid_points_and_keys(tmp_path: Path) -> None:
    spec = load_spec(_spec(tmp_path, GRID))
    points = spec.points()
    assert len(points) == 8
    assert len({p.key for p in points}) == 8
    first = points[0]
    # aliases resolved, the integer clock made the float the setting is, lists kept as lists
    assert first.settings == {"bits": 4, "clock_ns": 5.0, "epochs": 2, "hidden": [32, 16], "model": "hvae"}
    canonical = json.dumps({"settings": first.settings, "data": {"generate": {"events": 1000, "seed": 3,
                                                                               "signal_events": None}}},
                           sort_keys=True, separators=(",", ":"))
    assert first.key == hashlib.sha256(canonical.encode()).hexdigest()[:12]
    assert spec.stages == ("train", "evaluate", "export", "synth")


def test_key_is_the_settings_not_the_spelling_or_order(tmp_path: Path) -> None:
    """The same point written another way (CLI spelling, other key order, 5 for 5.0, fixed
    instead of an axis) has the same key; another data seed gives another key."""
    a = load_spec(_spec(tmp_path, GRID)).points()[0]
    other = tmp_path / "other"
    other.mkdir()
    b = load_spec(_spec(other, """
data: {generate: {seed: 3, events: 1000}}
settings: {clock_ns: 5.0, hidden: [32, 16], bits: 4, epochs: 2, model: hvae}
stages: [train, evaluate, export, synth]
""")).points()
    assert [p.key for p in b] == [a.key]
    c = load_spec(_spec(other, GRID.replace("seed: 3", "seed: 4"))).points()[0]
    assert c.key != a.key


def test_settings_come_from_the_settings_classes() -> None:
    """Every training setting, model-config field and HLS setting is scannable by its name,
    read from the code (so a field added there is an axis the day it lands)."""
    from bead_fpga.hls.convert import HLSSettings
    from bead_fpga.models import ModelConfig
    from bead_fpga.train_settings import TrainSettings

    targets = setting_targets()
    training = {f.name for f in dataclasses.fields(TrainSettings)}
    for name in ("epochs", "lr", "max_events", "seed", "kl_warmup_epochs", "float_warmup_epochs"):
        assert name in training and targets[name].consumer == "train"
    for field in dataclasses.fields(ModelConfig):
        if field.name not in ("model", "name", "score_max", "bits"):
            assert targets[field.name].consumer == "model", field.name
    for field in dataclasses.fields(HLSSettings):
        assert targets[field.name].consumer == "hls", field.name
    assert targets["bits"].consumer == "train" and targets["model"].consumer == "train"
    assert targets["vsynth"].consumer == "synth"


def test_bundle_axis(tmp_path: Path) -> None:
    spec = load_spec(_spec(tmp_path, """
data: {path: .}
settings: {epochs: 1}
axes:
  variant: [{model: hvae, latent: [3, 2]}, {model: vae, latent: [3]}]
  reuse: [1, 2]
"""))
    settings = [p.settings for p in spec.points()]
    assert [(s["model"], s["latent"], s["reuse"]) for s in settings] == [
        ("hvae", [3, 2], 1), ("hvae", [3, 2], 2), ("vae", [3], 1), ("vae", [3], 2)]
    assert spec.data == {"path": str(tmp_path.resolve())}


def test_trigger_kind_and_input_map_are_axes(tmp_path: Path) -> None:
    """The trigger kind (a model-config field) and the input map (transform fields) span the
    grid like any setting; the map reaches training as TransformOptions over the type's
    default, and the rate stage takes the operating point (default: 1M events, seed 11)."""
    from bead_fpga.transform import TransformOptions

    spec = load_spec(_spec(tmp_path, """
data: {generate: {events: 1000}}
settings: {model: hvae, angle_headroom_bits: 5}
axes:
  trigger: [reconstruction, latent]
  pt_map: [linear, log2-objects]
stages: [train, rate, export]
"""))
    points = spec.points()
    assert [(p.settings["trigger"], p.settings["pt_map"]) for p in points] == [
        ("reconstruction", "linear"), ("reconstruction", "log2-objects"), ("latent", "linear"), ("latent", "log2-objects")]
    assert len({p.model_key for p in points}) == 4  # the input map shapes the model
    split = points[1].split()
    assert split.transform == {"angle_headroom_bits": 5, "pt_map": "log2-objects"} and split.model == {"trigger": "reconstruction"}
    assert split.transform_options() == TransformOptions(pt_map="log2-objects", angle_headroom_bits=5)
    assert points[1].resolved()["pt_map"] == "log2-objects" and points[1].resolved()["mantissa_bits"] == 3
    assert spec.stages == ("train", "rate", "export")
    assert spec.operating_point == {"data": {"generate": {"events": 1_000_000, "seed": 11, "signal_events": None}}, "fpr": 1e-5}
    assert load_spec(_spec(tmp_path, GRID)).operating_point is None  # no rate stage, no operating point


@pytest.mark.parametrize(("text", "message"), [
    ("data: {generate: {}}\nsettings: {model: hvae, bitz: 4}\n", "settings: unknown setting 'bitz'; use one of:"),
    ("data: {generate: {}}\nsettings: {model: hvae}\naxes: {bits: [4, eight]}\n",
     "axes.bits: bits: expected int (like the default 8), got 'eight'"),
    ("data: {generate: {}}\nsettings: {model: hvae, hidden: 32}\n", "hidden: expected a list such as [32, 16], got 32"),
    ("data: {generate: {}}\nsettings: {model: hvae}\naxes: {reuse: []}\n", "axes.reuse: expected a non-empty list"),
    ("data: {generate: {}}\nsettings: {model: hvae}\naxes: {reuse: [1, 0]}\n",
     "point model=hvae reuse=0: --reuse: reuse factor must be >= 1, got 0"),
    ("data: {generate: {}}\nsettings: {model: hvae, part: xcfoo}\n", "point model=hvae part=xcfoo: "),
    ("data: {generate: {}}\nsettings: {model: mlp}\n", "unknown model type 'mlp'"),
    ("data: {generate: {}}\nsettings: {model: hvae}\nstages: [train, csim]\n", "stages: csim needs export; add export"),
    ("data: {generate: {}}\nsettings: {epochs: 2}\n", "no model type; add `model: hvae`"),
    ("settings: {model: hvae}\n", "no `data:`"),
    ("data: {generate: {events: -5}}\nsettings: {model: hvae}\n", "generate.events must be a whole number >= 0"),
    ("data: {generate: {}}\nsettings: {model: hvae}\nthreads: 0\n", "threads: must be a whole number >= 1"),
    ("data: {generate: {}}\nsettings: [model, hvae\n", "not valid YAML"),
    ("data: {generate: {}}\nsetings: {model: hvae}\n", "unknown key(s) ['setings']"),
    ("data: {generate: {}}\nsettings: {model: hvae}\naxes: {pt_map: [linear, log3]}\n",
     "point model=hvae pt_map=log3: --pt-map: unknown pT map 'log3'; choose one of linear, log2, log2-objects"),
    ("data: {generate: {}}\nsettings: {model: hvae, mantissa_bits: 3.5}\n", "mantissa_bits: expected int"),
    ("data: {generate: {}}\nsettings: {model: hvae}\noperating_point: {fpr: 1.0e-5}\n",
     "operating_point: is read by the rate stage only; add rate to stages"),
    ("data: {generate: {}}\nsettings: {model: hvae}\nstages: [train, rate]\noperating_point: {fpr: 2}\n",
     "operating_point: fpr must lie in (0, 1), got 2"),
])
def test_bad_spec_is_one_line(tmp_path: Path, text: str, message: str) -> None:
    with pytest.raises(BeadError) as err:
        load_spec(_spec(tmp_path, text))
    line = str(err.value)
    assert "\n" not in line and str(tmp_path / "scan.yaml") in line
    assert message in line


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(BeadError, match="scan file not found"):
        load_spec(tmp_path / "nope.yaml")


def test_one_line_error_of_a_bare_assert() -> None:
    """A library's message-less assert still says where it fired."""
    from bead_fpga.scan.run import one_line

    def fails() -> None:
        raise AssertionError  # what a bare `assert` raises outside pytest's rewriting

    try:
        fails()
    except AssertionError as err:
        line = one_line(err)
    assert line.startswith("AssertionError at ") and line.endswith("(fails)") and "test_spec.py:" in line
    assert one_line(ValueError("bad value\nmore")) == "ValueError: bad value"
    assert one_line(BeadError("f.yaml", "broken", "fix it")) == "f.yaml: broken; fix it"
