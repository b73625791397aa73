"""An op that neither hls4ml nor a bead-fpga extension converts: one line naming the node."""

from __future__ import annotations

import pytest

from bead_fpga.errors import BeadError
from tests.hls_ext.minimal import INPUT_FORMAT, GraphBuilder


def test_unsupported_op_names_the_node(tmp_path):
    from bead_fpga.hls.convert import HLSSettings, convert_graph

    g = GraphBuilder(8)
    out = g.quant(g.node("Erf", [g.quant("global_in", frac_bits=4)]), frac_bits=6)
    model = g.model(out)
    erf = next(n.name for n in model.graph.node if n.op_type == "Erf")
    with pytest.raises(BeadError) as err:
        convert_graph(model, tmp_path / "g.onnx", "unsupported", INPUT_FORMAT, HLSSettings(), tmp_path / "hls", tmp_path)
    message = str(err.value)
    assert "\n" not in message and "Erf" in message and f"node {erf}" in message
