"""``--stage-ns``: the pipeline re-cut by measured stage delays. alkaid cuts at equal shares of
its delay units; mapped through the measured delays, the cut moves toward the slower stage,
every op still follows its inputs, and the re-cut RTL computes what the graph does."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from typer.testing import CliRunner

from bead_fpga.errors import BeadError
from bead_fpga.rtl.frontend import trace_qonnx
from bead_fpga.rtl.project import RTLProject, RTLSettings, rescaled_by_stage_ns
from tests.rtl.conftest import require_verilator
from tests.rtl.graphs import score_graph
from tests.rtl.test_frontend import grid, qonnx_reference


@pytest.fixture(scope="module")
def graph(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return score_graph(tmp_path_factory.mktemp("g") / "g.onnx", n_in=8, hidden=6)


@pytest.fixture(scope="module")
def traced(graph: Path):
    return trace_qonnx(graph)


def first_stage_ops(fsm) -> int:
    """Ops computed in the first pipeline stage (reads of its inputs and constants left out)."""
    return sum(op.opcode not in (-1, 5) for op in fsm.logic["logic0"].ops)


def test_rescaled_delays_keep_every_op_after_its_inputs(traced, tmp_path: Path) -> None:
    comb = RTLProject("score", tmp_path, traced, RTLSettings(levels_per_stage=2)).fused
    timed = rescaled_by_stage_ns(comb, (1.0, 3.0))
    t = [op.latency for op in timed.ops]
    assert all(t[i] >= t[j] for i, op in enumerate(timed.ops) for j in op.input_ids)
    assert max(t) == pytest.approx(4.0)  # the deepest op ends at the measured total
    # alkaid's own halfway point goes to the first stage's measured end, linearly around it
    units = np.array([op.latency for op in comb.ops])
    half = units.max() / 2
    below = units <= half
    assert np.allclose(np.array(t)[below], units[below] / half * 1.0)
    assert np.allclose(np.array(t)[~below], 1.0 + (units[~below] - half) / half * 3.0)


def test_the_cut_moves_toward_the_slower_stage(traced, tmp_path: Path) -> None:
    from alkaid.trace.pipeline import to_pipeline

    comb = RTLProject("score", tmp_path, traced, RTLSettings(levels_per_stage=2)).fused
    alkaid = first_stage_ops(to_pipeline(comb, n_stages=2, verbose=False))
    assert first_stage_ops(to_pipeline(rescaled_by_stage_ns(comb, (2.0, 2.0)), n_stages=2, verbose=False)) == alkaid
    later = first_stage_ops(to_pipeline(rescaled_by_stage_ns(comb, (1.0, 3.0)), n_stages=2, verbose=False))
    earlier = first_stage_ops(to_pipeline(rescaled_by_stage_ns(comb, (3.0, 1.0)), n_stages=2, verbose=False))
    assert earlier < alkaid < later


def test_a_recut_pipeline_computes_what_the_graph_does(graph: Path, traced, tmp_path: Path) -> None:
    """Verilated with a three-stage re-cut: qonnx's executor of the graph (independent of
    alkaid) gives every output, and the latency measured is the three stages asked for."""
    require_verilator()
    project = RTLProject("score", tmp_path / "rtl", traced, RTLSettings(stage_ns=(1.0, 4.0, 2.0)))
    assert project.pipeline_stages == 3
    project.compile()
    x = grid(traced.input_format, traced.n_inputs, 2_000)
    reference = qonnx_reference(graph, x)
    assert np.array_equal(project.predict(x), reference)
    assert project.latency_cycles(np.zeros(traced.n_inputs), x[np.argmax(reference[:, 0])]) == 3


def test_stage_ns_must_be_positive_delays() -> None:
    with pytest.raises(BeadError, match=r"--stage-ns: needs one positive delay per pipeline stage"):
        RTLSettings(stage_ns=(22.6, 0.0))
    with pytest.raises(BeadError, match=r"--stage-ns: needs one positive delay per pipeline stage"):
        RTLSettings(stage_ns=())


def test_stage_ns_on_the_command_line_is_checked_first(tmp_path: Path) -> None:
    from bead_fpga.cli import app

    runner = CliRunner()
    bad = runner.invoke(app, ["csim", str(tmp_path), "--engine", "rtl", "--stage-ns", "22.6,fast"])
    assert isinstance(bad.exception, BeadError)
    assert str(bad.exception).startswith("--stage-ns: expected comma-separated ns per stage such as 22.654,25.236")
    hls = runner.invoke(app, ["csim", str(tmp_path), "--stage-ns", "22.6,25.2", "--no-dsp"])
    assert isinstance(hls.exception, BeadError)
    assert str(hls.exception) == "--no-dsp/--stage-ns: RTL choices apply to the RTL, not to hls4ml's C++; add --engine rtl"
