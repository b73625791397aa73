"""Abs (bead_fpga.hls.ext.absolute): the l1 reconstruction trigger's per-feature |error|."""

from __future__ import annotations

import numpy as np
import pytest

from bead_fpga.synth.estimation.estimate import estimate
from bead_fpga.synth.estimation.flops import graph_cost
from tests.hls_ext.minimal import GraphBuilder, csim_matches_qonnx, events, layer_classes


def absolute_graph(summed: bool):
    """|Quant(x)| of 8 features on ap_fixed<8,4> (its most negative code -8 included), then
    either their sum (a MatMul with ones, as the score lowers it) or each value, onto an
    unsigned grid wide enough that only a wrong |x| can change a value."""
    g = GraphBuilder(8)
    magnitude = g.node("Abs", [g.quant("global_in", frac_bits=4, bits=8)])
    if summed:
        magnitude = g.node("MatMul", [magnitude, g.quant(g.const(np.ones((8, 1))), frac_bits=0, bits=2)])
    return g.model(g.quant(magnitude, frac_bits=4, bits=12, signed=False))


@pytest.mark.parametrize("backend,summed", [("Vitis", True), ("Vivado", False)])
def test_absolute_value_exact_against_qonnx(tmp_path, backend, summed):
    x = events(8, scale=4.0)
    x[0] = -8.0  # the most negative code: |x| needs the integer bit a signed format lacks
    project, got, _ = csim_matches_qonnx(absolute_graph(summed), x, tmp_path, backend=backend)
    assert "Abs" in layer_classes(project)
    assert (project.dir / "firmware" / "nnet_utils" / "nnet_bead_abs.h").is_file()
    assert got.min() >= 0 and len(np.unique(got)) > 100
    np.testing.assert_array_equal(got[0], [64.0] if summed else [8.0] * 8)
    row = next(r for r in estimate(project.hls_model).layers if r.kind == "Abs")
    assert row.modelled and row.adders == 8  # one negation per value
    assert graph_cost(tmp_path / "graph.onnx").unsupported == ()  # no MAC, as qonnx counts Relu
