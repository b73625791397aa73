"""A graph hls4ml cannot take gives one line naming the node (as the file names it) and its
op, whether our op check or hls4ml itself refuses it; never a traceback."""

from __future__ import annotations

from pathlib import Path

import pytest
from onnx import TensorProto, helper

from bead_fpga.errors import BeadError
from bead_fpga.qonnx_check import csim_qonnx
from tests.qonnx.graphs import quant, save


def one_op(path: Path, node, extra_inits=(), out_width: int = 4) -> Path:
    """Quant -> ``node`` (reading ``x.q``, writing ``y``) -> Quant."""
    q_in, i_in = quant("in.q", "input_1", "x.q", 2.0**-4, 8)
    q_out, i_out = quant("out.q", "y", "output_1", 2.0**-4, 12)
    return save([q_in, node, q_out], [*i_in, *extra_inits, *i_out], path.stem, (1, 4), (1, out_width), path)


@pytest.mark.parametrize("build, message", [
    (lambda p: one_op(p, helper.make_node("Erf", ["x.q"], ["y"], name="gelu_erf")),
     r"node gelu_erf: op Erf is not supported by hls4ml; it needs an hls4ml extension"),
    (lambda p: one_op(p, helper.make_node("Pad", ["x.q", "pads"], ["y"], name="reflect_pad", mode="reflect"),
                      [helper.make_tensor("pads", TensorProto.INT64, [4], [0, 1, 0, 1])], out_width=6),
     r"hls4ml cannot convert node reflect_pad \(op Pad\): RuntimeError: Unsupported padding mode: reflect"),
    (lambda p: one_op(p, helper.make_node("Max", ["x.q"], ["y"], name="max_of_one")),
     r"hls4ml cannot convert node max_of_one \(op Max\): AssertionError"),
], ids=["op-check", "hls4ml-raises", "hls4ml-asserts"])
def test_unsupported_node_is_one_line(tmp_path, build, message) -> None:
    path = build(tmp_path / "graph.onnx")
    with pytest.raises(BeadError, match=message) as err:
        csim_qonnx(path, n_events=10, projects_root=tmp_path / "prj")
    assert "\n" not in str(err.value) and str(err.value).startswith(str(path))


def test_not_a_graph_is_one_line(tmp_path) -> None:
    path = tmp_path / "junk.onnx"
    path.write_bytes(b"not an onnx file")
    with pytest.raises(BeadError, match=r"junk\.onnx: not a readable ONNX/QONNX graph"):
        csim_qonnx(path, projects_root=tmp_path / "prj")
