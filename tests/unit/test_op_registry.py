"""The core's op registry (bead_fpga.graph.ops): each back end fills its own part of an op,
so one lookup shows the op's hls4ml extension, cost model and RTL handler together."""

from __future__ import annotations

from collections import Counter

import pytest
from qonnx.core.modelwrapper import ModelWrapper

import bead_fpga.hls  # noqa: F401  (registers the hls4ml extensions)
import bead_fpga.rtl.frontend  # noqa: F401  (registers the RTL handlers)
import bead_fpga.synth.estimation.estimate  # noqa: F401  (registers the cost models)
from bead_fpga.errors import BeadError
from bead_fpga.graph import ops
from bead_fpga.graph.cleanup import prepare_for_hls4ml
from bead_fpga.hls.ext import reduce_sum
from bead_fpga.rtl import handlers
from bead_fpga.synth.estimation import estimate
from tests.conftest import REFERENCE_MODELS


def test_one_lookup_shows_the_three_parts() -> None:
    spec = ops.lookup("ReduceSum")
    assert spec.hls == (reduce_sum.__name__,)
    assert spec.cost == {"ReduceSum": estimate._reduce_sum}
    assert spec.rtl is handlers._reduce_sum
    assert "bead_fpga.hls.ext.token_dense" in ops.lookup("MatMul").hls and ops.cost_model("Einsum") is estimate._einsum


@pytest.mark.parametrize("model", ["ae_8b", "vae_8b", "hvae_8b", "hvae_8b_l1", "transformer_8b", "bead_8b"])
def test_every_op_of_the_reference_graphs_has_both_back_ends(model: str) -> None:
    graph = prepare_for_hls4ml(ModelWrapper(str(next((REFERENCE_MODELS / model).glob("*.qonnx.onnx")))))
    for op in Counter(node.op_type for node in graph.graph.node):
        assert ops.lookup(op).hls and ops.lookup(op).rtl is not None, op


def test_a_second_rtl_handler_is_refused() -> None:
    with pytest.raises(BeadError, match="op ReduceSum: RTL handler registered twice"):
        ops.register("ReduceSum", rtl=lambda walker, node: None)
    with pytest.raises(BeadError, match="cost model of hls4ml layer Dense registered twice"):
        ops.register("Gemm", cost={"Dense": estimate._merge})
    assert ops.lookup("ReduceSum").rtl is handlers._reduce_sum and not ops.lookup("Gemm").cost
