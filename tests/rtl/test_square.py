"""The DSP-free square (``bead_fpga.rtl.square``): every code of small formats, on grids that
are and are not powers of two, against numpy; a trigger score traced with it against qonnx's
executor; and the options that choose it."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from bead_fpga.errors import BeadError
from bead_fpga.rtl.frontend import trace_qonnx
from bead_fpga.rtl.project import RTLSettings
from bead_fpga.rtl.square import square
from tests.rtl.graphs import score_graph
from tests.rtl.test_frontend import qonnx_reference


def traced_square(kif: tuple[int, int, int], scale: float, offset: float):
    """alkaid logic of ``(scale * x + offset) ** 2`` built by :func:`square`, ``x`` of format ``kif``."""
    from alkaid.trace import FVArrayInput, trace

    inputs = FVArrayInput((1,))
    x = inputs.quantize(*kif)[0]
    return trace(list(np.asarray(inputs).ravel()), [square(x * scale + offset)])


@pytest.mark.parametrize("kif", [(1, 3, 2), (0, 4, 1), (1, 5, 3), (1, 0, 3)])
@pytest.mark.parametrize("scale", [1.0, -1.0, 2.0, 3.0, -0.75, 1.25, -6.0, 11.0])
@pytest.mark.parametrize("offset", [0.0, 1.5, -2.25])
def test_square_is_exact_on_every_code(kif: tuple[int, int, int], scale: float, offset: float) -> None:
    k, i, f = kif
    codes = np.arange(-(2 ** (i + f)) if k else 0, 2 ** (i + f))
    x = codes * 2.0**-f
    got = np.asarray(traced_square(kif, scale, offset).predict(x.reshape(-1, 1))).ravel()
    np.testing.assert_array_equal(got, (scale * x + offset) ** 2)


def test_square_needs_no_multiplier() -> None:
    """The logic holds adders and bit selects only: no variable x variable product (alkaid
    opcode 7, written as a Verilog ``*``)."""
    logic = traced_square((1, 5, 3), 3.0, 0.0)
    assert all(op.opcode != 7 for op in logic.ops)


def test_dsp_free_trace_of_a_score_equals_qonnx(tmp_path: Path) -> None:
    onnx_file = score_graph(tmp_path / "g.onnx")
    rng = np.random.default_rng(3)
    x = (rng.integers(-128, 128, size=(4000, 6)) / 16.0).astype(np.float32)
    reference = qonnx_reference(onnx_file, x)
    traced = trace_qonnx(onnx_file, squares_in_adders=True)
    np.testing.assert_array_equal(traced.predict(x), reference)
    assert all(op.opcode != 7 for op in traced.logic.ops)
    assert any(op.opcode == 7 for op in trace_qonnx(onnx_file).logic.ops)  # the default keeps the multiplier


def test_rtl_settings_choose_the_trace() -> None:
    assert RTLSettings().solver_options == {}
    assert RTLSettings(depth_slack=0).solver_options == {"hard_dc": 0}
    with pytest.raises(BeadError, match="--depth-slack"):
        RTLSettings(depth_slack=-1)
