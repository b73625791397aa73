"""The reference transformer's hls4ml C++ (through bead-fpga's extensions) against its
quantized Brevitas model, bit for bit, and what its hardware estimate says."""

from __future__ import annotations

import numpy as np
import pytest

from bead_fpga.csim import csim

CSIM_EVENTS = 10_000


@pytest.fixture(scope="module")
def result(compiled_transformer, generated_data, tmp_path_factory) -> dict:
    c = compiled_transformer
    return csim(c.model_dir, generated_data, n_events=CSIM_EVENTS, project=c.project,
                projects_root=c.projects_root, firmware_root=tmp_path_factory.mktemp("firmware"))


def test_transformer_csim_is_bit_exact(result) -> None:
    assert result["background_only"]["events"] == CSIM_EVENTS
    assert result["events"] >= CSIM_EVENTS
    assert result["bit_exact_events"] == result["events"]
    assert result["max_abs_diff_lsb"] == 0 and result["first_mismatches"] == []
    assert result["physics"]["csim"] == result["physics"]["quantized"]


def test_transformer_uses_the_extensions(compiled_transformer) -> None:
    classes = {layer.class_name for layer in compiled_transformer.project.hls_model.get_layers()}
    assert {"Einsum", "ReduceSum", "PointwiseConv1D"} <= classes
    assert "Softmax" not in classes and "MatMul" not in classes


def test_transformer_scores_are_not_trivial(compiled_transformer, generated_data) -> None:
    from bead_fpga.defaults import unseen_events
    from bead_fpga.model_dir import ModelDir

    c = compiled_transformer
    _, transform, cfg = ModelDir(c.model_dir).load()
    scores = c.project.predict(transform.apply(unseen_events(c.model_dir, generated_data, CSIM_EVENTS, None)))[:, 0]
    assert len(np.unique(scores)) > 100
    assert scores.max() < cfg.score_max - cfg.score_max / 2**cfg.score_bits


def test_transformer_fits_the_trigger_budget_at_reuse_4(compiled_transformer) -> None:
    """The analytic estimate (estimate:analytic) of the reference transformer at reuse 4:
    a new event every 4 cycles of 5 ns (inside 25 ns), at most 500 ns, at most 30 % of the
    VU9P's LUTs. Converting again at reuse 4 only changes the schedule, not the arithmetic."""
    from bead_fpga.hls.convert import HLSSettings, convert
    from bead_fpga.synth.estimation.estimate import estimate

    c = compiled_transformer
    project = convert(c.model_dir, HLSSettings(reuse=4), c.projects_root / "reuse4")
    est = estimate(project.hls_model)
    assert est.complete, est.notes
    assert est.ii_cycles == 4 and est.latency_ns <= 500
    pct = est.pct_of_part()
    assert pct["lut"] <= 30 and pct["ff"] <= 30 and pct["dsp"] <= 30
