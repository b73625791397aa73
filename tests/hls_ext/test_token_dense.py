"""A Linear on every token: MatMul + bias Add on (N, T, d) (bead_fpga.hls.ext.token_dense)."""

from __future__ import annotations

import numpy as np

from bead_fpga.synth.estimation.estimate import estimate
from tests.hls_ext.minimal import GraphBuilder, csim_matches_qonnx, events, layer_classes


def token_linear_graph():
    """3 tokens of 4 features through a shared 4 -> 5 Linear with a bias, as Brevitas exports
    a ``QuantLinear`` on an ``(N, T, d)`` tensor; off-grid float weights, quantized in-graph."""
    rng = np.random.default_rng(1)
    g = GraphBuilder(12)
    tokens = g.reshape(g.quant("global_in", frac_bits=5), (1, 3, 4))
    weights = g.quant(g.const(rng.normal(0, 0.5, (4, 5))), frac_bits=6)
    bias = g.quant(g.const(rng.normal(0, 0.5, 5)), frac_bits=6)
    out = g.quant(g.node("Add", [g.node("MatMul", [tokens, weights]), bias]), frac_bits=4, bits=8)
    return g.model(g.reshape(out, (1, 15)))


def test_token_linear_exact_against_qonnx(tmp_path):
    project, got, _ = csim_matches_qonnx(token_linear_graph(), events(12), tmp_path)
    assert "PointwiseConv1D" in layer_classes(project) and "ApplyAlpha" not in layer_classes(project)
    conv = next(layer for layer in project.hls_model.get_layers() if layer.class_name == "PointwiseConv1D")
    assert conv.get_attr("n_partitions") == 1  # all tokens in parallel
    assert len(np.unique(got)) > 100
    row = next(r for r in estimate(project.hls_model).layers if r.kind == "PointwiseConv1D")
    assert row.modelled and row.mults == 3 * 4 * 5  # the 4 -> 5 Linear on each of 3 tokens
