"""ReduceSum over the token axis (bead_fpga.hls.ext.reduce_sum), on Vitis and Vivado."""

from __future__ import annotations

import numpy as np
import pytest

from bead_fpga.errors import BeadError
from bead_fpga.synth.estimation.estimate import estimate
from tests.hls_ext.minimal import GraphBuilder, csim_matches_qonnx, events, layer_classes


def token_sum_graph(keepdims: int):
    """Sum of 6 tokens of 4 features (opset 13: axes as an input), then a rounding Quant."""
    g = GraphBuilder(24)
    tokens = g.reshape(g.quant("global_in", frac_bits=5), (1, 6, 4))
    pooled = g.node("ReduceSum", [tokens, g.const(np.array([1], dtype=np.int64), "shape_axes")], keepdims=keepdims)
    out = g.quant(pooled, frac_bits=3, bits=8)
    return g.model(g.reshape(out, (1, 4)))


@pytest.mark.parametrize("backend,keepdims", [("Vitis", 0), ("Vivado", 1)])
def test_token_sum_exact_against_qonnx(tmp_path, backend, keepdims):
    x = events(24)
    project, got, _ = csim_matches_qonnx(token_sum_graph(keepdims), x, tmp_path, backend=backend)
    assert "ReduceSum" in layer_classes(project)
    assert (project.dir / "firmware" / "nnet_utils" / "nnet_bead_reduce_sum.h").is_file()
    assert len(np.unique(got)) > 100 and got.max() == 15.875  # saturates at the 8-bit limit
    row = next(r for r in estimate(project.hls_model).layers if r.kind == "ReduceSum")
    assert row.modelled and row.adders == 4 * 5  # one 6-input adder tree per output


def test_axes_other_than_one_non_batch_axis_are_refused(tmp_path):
    g = GraphBuilder(24)
    tokens = g.reshape(g.quant("global_in", frac_bits=5), (1, 6, 4))
    both = g.node("ReduceSum", [tokens, g.const(np.array([1, 2], dtype=np.int64), "shape_axes")], keepdims=0)
    with pytest.raises(BeadError, match="only a sum over one non-batch axis") as err:
        csim_matches_qonnx(g.model(g.quant(both, frac_bits=3)), events(24, n=10), tmp_path)
    assert "\n" not in str(err.value) and str(err.value).startswith("ReduceSum node ")
