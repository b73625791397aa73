"""The training settings are defined once: the command line shows their defaults, the scan
reads its training settings from them, and the resume check refuses changed ones in one line."""

from __future__ import annotations

import dataclasses

import pytest
from typer.main import get_command

from bead_fpga.cli import _parse_quantize, app
from bead_fpga.errors import BeadError
from bead_fpga.train_settings import DEFAULTS, EXTEND, FIXED, RUN, TrainSettings, option
from bead_fpga.transform import TransformOptions


def _train_options() -> dict[str, object]:
    """``bead-fpga train``'s options and their defaults, read from the command itself."""
    command = get_command(app).commands["train"]
    return {opt: param.default for param in command.params for opt in param.opts}


def test_every_setting_is_a_train_option_with_the_settings_default() -> None:
    cli = _train_options()
    fields = [f for f in dataclasses.fields(TrainSettings) if f.name != "model_options"]
    assert fields
    for f in fields:
        shown = cli[f.metadata["option"]]
        if f.name == "bits":
            shown = _parse_quantize(shown)
        assert shown == getattr(DEFAULTS, f.name), f.name


def test_the_scan_reads_its_training_settings_from_the_settings_object() -> None:
    from bead_fpga.scan.settings import setting_targets

    scanned = {name: t.default for name, t in setting_targets().items() if t.consumer == "train" and name != "model"}
    expected = {f.name: f.default for f in dataclasses.fields(TrainSettings)
                if f.metadata["resume"] in (FIXED, EXTEND)
                and f.name not in ("model_type", "model_options", "transform_options")}
    assert scanned == expected
    # the input map is scanned field by field (pt_map, mantissa_bits, ...), not as one object
    assert {t.consumer for name, t in setting_targets().items() if name in ("pt_map", "mantissa_bits")} == {"transform"}
    assert not {"threads", "progress", "resume"} & set(setting_targets())


@pytest.mark.parametrize(("name", "value", "where"), [
    ("epochs", 0, "--epochs"), ("lr", float("nan"), "--lr"), ("max_events", 5, "--max-events"),
    ("patience", -1, "--patience"), ("float_warmup_epochs", -1, "--float-warmup"), ("threads", 0, "--threads"),
])
def test_a_bad_setting_fails_when_built_naming_its_option(name, value, where) -> None:
    with pytest.raises(BeadError) as err:
        TrainSettings(**{name: value})
    assert str(err.value).startswith(f"{where}: ") and "\n" not in str(err.value)


def test_keyword_options_split_into_settings_and_model_options() -> None:
    s = TrainSettings.of("vae", bits=6, epochs=3, hidden=(8, 4), trigger=None)
    assert (s.model_type, s.bits, s.epochs, s.lr) == ("vae", 6, 3, DEFAULTS.lr)
    assert s.model_options == {"hidden": (8, 4), "trigger": None}
    with pytest.raises(TypeError):  # frozen, model options included
        s.model_options["hidden"] = (4,)
    record = s.record()
    assert record["model_overrides"] == {"hidden": [8, 4], "trigger": None}
    assert not {"threads", "progress", "resume", "model_options"} & set(record)


def test_resume_refuses_each_fixed_setting_and_allows_the_extendable_ones() -> None:
    recorded = DEFAULTS.record()
    for f in dataclasses.fields(TrainSettings):
        if f.name == "model_options":
            continue
        changed = {"bits": 6, "model_type": "ae", "lr": 1e-4, "max_events": 1000,
                   "transform_options": TransformOptions(pt_map="log2")}.get(f.name)
        if changed is None:
            changed = (not f.default) if isinstance(f.default, bool) else f.default + 1
        settings = dataclasses.replace(DEFAULTS, **{f.name: changed})
        if f.metadata["resume"] == FIXED:
            with pytest.raises(BeadError) as err:
                settings.refuse_resume_changes(recorded, "runs/m")
            assert f"changed settings ({option(f.name)} " in str(err.value) and "\n" not in str(err.value)
        else:
            assert f.metadata["resume"] in (EXTEND, RUN)
            settings.refuse_resume_changes(recorded, "runs/m")
