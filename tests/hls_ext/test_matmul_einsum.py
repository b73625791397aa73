"""Activation x activation MatMul -> hls4ml Einsum (bead_fpga.hls.ext.matmul_einsum)."""

from __future__ import annotations

import numpy as np
import pytest

from bead_fpga.graph.ops import matmul_equation
from bead_fpga.synth.estimation.estimate import estimate
from tests.hls_ext.minimal import GraphBuilder, csim_matches_qonnx, events, layer_classes


def attention_scores_graph():
    """``q (2 heads x 3 tokens x 4)`` times its own transpose: ``Q.K^T`` with Q = K, then a
    coarser Quant so the result is rounded (and saturated) from the exact sum."""
    g = GraphBuilder(24)
    q = g.reshape(g.quant("global_in", frac_bits=4), (1, 2, 3, 4))
    k_t = g.node("Transpose", [q], perm=[0, 1, 3, 2])
    scores = g.node("MatMul", [q, k_t])
    out = g.quant(scores, frac_bits=2, bits=8)
    return g.model(g.reshape(out, (1, 18)))


def test_equation_is_numpy_matmul():
    a, b = np.arange(24.0).reshape(2, 3, 4), np.arange(40.0).reshape(2, 4, 5)
    np.testing.assert_array_equal(np.einsum(matmul_equation(3), a, b), a @ b)
    assert matmul_equation(2) == "mk,kn->mn"


@pytest.mark.parametrize("backend,reuse", [("Vitis", 1), ("Vivado", 3)])
def test_scores_exact_against_qonnx(tmp_path, backend, reuse):
    x = events(24)
    project, got, _ = csim_matches_qonnx(attention_scores_graph(), x, tmp_path, backend=backend, reuse=reuse)
    assert "Einsum" in layer_classes(project) and "MatMul" not in layer_classes(project)
    # non-trivial: many distinct values, some rounded, some saturated at the 8-bit limit
    assert len(np.unique(got)) > 100 and got.max() == 31.75 and got.min() == -32.0
    einsum = next(layer for layer in project.hls_model.get_layers() if layer.class_name == "Einsum")
    accum = einsum.get_attr("accum_t").precision
    # fixed<8,4> x fixed<8,4>, four terms: 16 + 2 bits, 8 + 2 integer bits, never wraps
    assert (accum.width, accum.integer) == (18, 10)
    # the analytic estimate counts it: 2 heads x 3 x 3 outputs x 4 terms, 8 x 8-bit LUT products
    row = next(r for r in estimate(project.hls_model).layers if r.kind == "Einsum")
    assert row.modelled and row.mults == row.mults_lut == 72 and row.adders == 18 * 3
    assert row.cycles >= reuse


def test_a_narrower_accumulator_is_caught(tmp_path, monkeypatch):
    """The exact-precision pass is what makes the Einsum exact: with an accumulator 4 integer
    bits short (it wraps, as a default-typed one can) the same comparison fails."""
    from hls4ml.model.types import FixedPrecisionType

    from bead_fpga.hls.ext.matmul_einsum import EinsumExactPrecision

    def too_narrow(self, model, node) -> bool:
        node.types["accum_t"].precision = FixedPrecisionType(14, 6, True)
        node.get_output_variable().type.precision = FixedPrecisionType(14, 6, True)
        return True

    monkeypatch.setattr(EinsumExactPrecision, "transform", too_narrow)
    with pytest.raises(AssertionError, match="Mismatched elements"):
        csim_matches_qonnx(attention_scores_graph(), events(24), tmp_path)
