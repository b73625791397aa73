"""MatMul of two constants folded into one (bead_fpga.hls.ext.const_matmul)."""

from __future__ import annotations

import numpy as np

from bead_fpga.hls.ext.const_matmul import exact_type
from tests.hls_ext.minimal import GraphBuilder, csim_matches_qonnx, events, layer_classes


def type_table_graph():
    """A per-token vector selected from a quantized table by a fixed one-hot matrix (the
    transformer's type embedding) added to 3 tokens of 4 features."""
    rng = np.random.default_rng(2)
    g = GraphBuilder(12)
    tokens = g.reshape(g.quant("global_in", frac_bits=5), (1, 3, 4))
    one_hot = g.const(np.eye(2)[[0, 1, 1]])
    table = g.quant(g.const(rng.normal(0, 1.0, (2, 4))), frac_bits=5)
    per_token = g.node("MatMul", [one_hot, table])
    out = g.quant(g.node("Add", [tokens, per_token]), frac_bits=4, bits=8)
    return g.model(g.reshape(out, (1, 12)))


def test_type_table_exact_against_qonnx(tmp_path):
    project, got, _ = csim_matches_qonnx(type_table_graph(), events(12), tmp_path)
    assert "MatMul" not in layer_classes(project) and "Dense" not in layer_classes(project)
    assert len(np.unique(got)) > 100


def test_exact_type_is_narrowest():
    t = exact_type(np.array([0.75, -1.5, 0.03125]))
    assert (t.width, t.integer, t.signed) == (7, 2, True)  # 5 fraction bits, sign + 1 integer bit
    assert (exact_type(np.array([3.0])).integer, exact_type(np.array([3.0])).width) == (3, 3)
