"""Training with an input map: the map a run fits is the one asked for (or the model type's
default), recorded in transform.json, and a resumed run cannot silently change it."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from bead_fpga.data.adc2021 import FEATURE_NAMES
from bead_fpga.errors import BeadError
from bead_fpga.model_dir import ModelDir
from bead_fpga.train import train
from bead_fpga.transform import InputTransform, TransformOptions

FAST = {"epochs": 1, "max_events": 3000, "progress": False}
PT = np.array([n.endswith("_pt") for n in FEATURE_NAMES])


def test_train_fits_the_map_it_is_given(generated_data: Path, tmp_path: Path) -> None:
    options = TransformOptions(pt_map="log2", mantissa_bits=4)
    out = train("ae", generated_data, tmp_path / "ae", bits=8, transform_options=options, **FAST)
    t = InputTransform.load(ModelDir(out).transform_file)
    assert t.fit == options and t.mantissa_bits == 4
    assert np.array_equal(t.log2_mask, PT)
    with pytest.raises(BeadError, match=r"cannot resume with changed settings \(--pt-map"):
        train("ae", generated_data, out, bits=8, resume=True, transform_options=TransformOptions(), **FAST)


def test_hvae_default_map_is_log2_objects_with_small_angles(generated_data: Path, tmp_path: Path) -> None:
    """Without options the hvae takes its type's default: log2 pT on the objects, MET affine,
    eta and phi within about [-1, 1] (phi over 2**2; eta over 2**2, or 2**1 for a slot whose
    99.9 % quantile is below 2)."""
    out = train("hvae", generated_data, tmp_path / "hvae", bits=8, **FAST)
    t = InputTransform.load(ModelDir(out).transform_file)
    assert t.fit == TransformOptions(pt_map="log2-objects", angle_headroom_bits=5)
    assert np.array_equal(t.log2_mask, PT & (np.array(FEATURE_NAMES) != "MET_pt"))
    assert {k for k, n in zip(t.shifts, FEATURE_NAMES) if n.endswith("_phi")} == {2}
    assert {k for k, n in zip(t.shifts, FEATURE_NAMES) if n.endswith("_eta")} <= {1, 2}
    assert t.apply(np.full((1, 57), 3.0))[0, 5] == 0.75  # phi = 3 -> 3 / 4
