"""The QONNX -> alkaid front end, checked with alkaid's own interpreter (no Verilator needed):
half-to-even rounding on every value of small formats against numpy, whole graphs against
qonnx's executor, and one-line errors for what it cannot trace."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from onnx import TensorProto, helper
from qonnx.core.modelwrapper import ModelWrapper

from bead_fpga.errors import BeadError
from bead_fpga.graph.execute import execute_all
from bead_fpga.graph.cleanup import GLOBAL_OUT, prepare_for_hls4ml
from bead_fpga.rtl import arith
from bead_fpga.graph.fixed import FixedFormat
from bead_fpga.rtl.arith import map_vars, round_half_even
from bead_fpga.rtl.frontend import trace_qonnx
from tests.qonnx.graphs import gemm_mlp, quant, softmax_head
from tests.rtl.graphs import concat_graph, masked_graph, score_graph, token_attention_graph, with_node


def grid(fmt: FixedFormat, n_in: int, n_events: int, seed: int = 0) -> np.ndarray:
    """Events uniform over every code of ``fmt``, the extremes and zero first."""
    lo, hi = fmt.int_range
    ints = np.random.default_rng(seed).integers(lo, hi, size=(n_events, n_in), endpoint=True)
    ints[:3] = np.array([[0], [lo], [hi]])
    return (ints * fmt.lsb).astype(np.float32)


def qonnx_reference(onnx_file: Path, x: np.ndarray) -> np.ndarray:
    """qonnx's executor on the same cleaned graph: the independent reference."""
    graph = prepare_for_hls4ml(ModelWrapper(str(onnx_file)))
    return execute_all(graph, x)[GLOBAL_OUT].reshape(len(x), -1)


@pytest.mark.parametrize("kif", [(1, 3, 4), (0, 4, 4), (1, 0, 5), (1, 6, 2)])
def test_round_half_even_matches_numpy_on_every_value(kif: tuple[int, int, int]) -> None:
    from alkaid.trace import FVArrayInput, trace

    k, i, f = kif
    values = np.arange(-(2 ** (i + f)) * k, 2 ** (i + f))[:, None] * 2.0**-f
    inputs = FVArrayInput((1,))
    x = inputs.quantize(k, i, f)
    for target in range(-2, f + 1):
        comb = trace(list(np.asarray(inputs).ravel()),
                     list(np.asarray(map_vars(lambda v, t=target: round_half_even(v, t), x)).ravel()))
        expected = np.round(values * 2.0**target) / 2.0**target  # numpy rounds half to even
        np.testing.assert_array_equal(comb.predict(values).ravel(), expected.ravel(), err_msg=f"kif={kif} f={target}")


SATURATE_FORMATS = [FixedFormat(signed, bits, frac) for signed in (True, False) for bits in (1, 2, 3, 4, 6)
                    for frac in (-1, 0, 1, 3) if bits > int(signed)]


@pytest.mark.parametrize("kif", [(1, 5, 3), (0, 6, 2), (1, 6, 0), (0, 4, 4)])
@pytest.mark.parametrize("scale, offset", [(1.0, 0.0), (0.75, 0.1875), (-1.25, 0.5)])
@pytest.mark.parametrize("relu", [False, True], ids=["signed", "relu"])
def test_saturate_matches_numpy_on_every_value(kif: tuple[int, int, int], scale: float, offset: float,
                                               relu: bool) -> None:
    """QONNX's round-then-clip, traced, against numpy on every input code: values carrying a
    constant (a bias), clipped on one side or both, onto formats whose range is wider, one bit
    wider or narrower than the value's LSB (the cases where the clip falls back to a comparison)."""
    from alkaid.trace import FVArrayInput, trace

    k, i, f = kif
    values = np.arange(-(2 ** (i + f)) * k, 2 ** (i + f)) * 2.0**-f
    inputs = FVArrayInput((len(SATURATE_FORMATS),))
    y = inputs.quantize(k, i, f) * scale + offset
    y = y.relu() if relu else y
    out = [arith.saturate(round_half_even(v, fmt.frac), fmt) for v, fmt in zip(np.asarray(y).ravel(), SATURATE_FORMATS)]
    got = trace(list(np.asarray(inputs).ravel()), out).predict(np.repeat(values[:, None], len(out), axis=1))
    exact = np.maximum(values * scale + offset, 0) if relu else values * scale + offset
    for column, fmt in enumerate(SATURATE_FORMATS):
        lo, hi = fmt.int_range
        expected = np.clip(np.round(exact / fmt.lsb), lo, hi) * fmt.lsb
        np.testing.assert_array_equal(np.asarray(got)[:, column], expected, err_msg=str(fmt))


def test_saturate_tests_bits_not_a_comparison() -> None:
    """A clip onto a format several bits narrower is an OR of the bits above it (or of their
    inverses) and a select (LUTs), not alkaid's comparison with the bound (a constant add: a carry chain per
    value on every layer's path, alkaid's opcode 4); exact on every code."""
    from alkaid.trace import FVArrayInput, trace

    inputs = FVArrayInput((2,))
    x = inputs.quantize(1, 6, 2)
    formats = [FixedFormat(True, 5, 2), FixedFormat(False, 4, 2)]
    logic = trace(list(np.asarray(inputs).ravel()), [arith.saturate(v, fmt) for v, fmt in zip(np.asarray(x), formats)])
    assert [op.opcode for op in logic.ops if op.opcode == 4] == []
    values = np.arange(-256, 256) / 4.0
    got = np.asarray(logic.predict(np.repeat(values[:, None], 2, axis=1)))
    for column, fmt in enumerate(formats):
        lo, hi = fmt.int_range
        np.testing.assert_array_equal(got[:, column], np.clip(values / fmt.lsb, lo, hi) * fmt.lsb)


def l1_score_graph(path: Path) -> Path:
    return score_graph(path, latent=8, norm="l1")


@pytest.mark.parametrize("build", [score_graph, l1_score_graph, gemm_mlp, concat_graph, token_attention_graph],
                         ids=["score", "l1_score", "gemm_mlp", "concat", "token_attention"])
def test_graph_traces_exactly(build, tmp_path: Path) -> None:
    onnx_file = build(tmp_path / "g.onnx")
    traced = trace_qonnx(onnx_file)
    x = grid(traced.input_format, traced.n_inputs, 20_000)
    expected = qonnx_reference(onnx_file, x)
    got = traced.predict(x)
    assert got.shape == expected.shape
    np.testing.assert_array_equal(got, expected)
    assert len(np.unique(expected)) > 100  # the check compares many distinct outputs, not zeros


def test_a_relu_quantizer_rounds_before_its_relu(tmp_path: Path) -> None:
    """Quant(Relu(x)) is traced as the ReLU of the rounded value, so the half LSB of the
    rounding joins the layer's bias: the only constant adds (alkaid's opcode 4) left reading a
    ReLU (opcode 2) are clip comparisons, read by a select (opcode 6) alone, not the rounding's
    add, which a floor reads. Exact against qonnx on a saturating, tie-meeting graph."""
    onnx_file = score_graph(tmp_path / "g.onnx")
    traced = trace_qonnx(onnx_file)
    ops = traced.logic.ops
    readers = {j: [op.opcode for op in ops if j in op.addr] for j in range(len(ops))}
    after_relu = [j for j, op in enumerate(ops) if op.opcode == 4 and any(ops[i].opcode == 2 for i in op.addr)]
    assert any(op.opcode == 2 for op in ops)
    assert all(set(readers[j]) == {6} for j in after_relu), [readers[j] for j in after_relu]
    x = grid(traced.input_format, traced.n_inputs, 20_000)
    np.testing.assert_array_equal(traced.predict(x), qonnx_reference(onnx_file, x))


@pytest.mark.parametrize("relu", [True, False], ids=["mask_0_1", "mask_signed"])
def test_product_by_a_0_1_mask_is_a_select(relu: bool, tmp_path: Path) -> None:
    """A product by a variable that can only be 0 or 1 (the slot mask after its ReLU) is traced
    as a select, with no variable multiplication left for Yosys to put on a DSP48E2 (alkaid's
    opcode 7); a signed mask stays a product. Both exact against qonnx on every input code."""
    onnx_file = masked_graph(tmp_path / "g.onnx", relu=relu)
    traced = trace_qonnx(onnx_file)
    lo, hi = traced.input_format.int_range
    x = (np.arange(lo, hi + 1)[:, None].repeat(traced.n_inputs, axis=1) * traced.input_format.lsb).astype(np.float32)
    expected = qonnx_reference(onnx_file, x)
    np.testing.assert_array_equal(traced.predict(x), expected)
    assert set(np.unique(expected)) >= {0.0, 1.0, 2.0, 127 / 16}  # masked to 0, kept, saturated mask
    products = [op for op in traced.logic.ops if op.opcode == 7]
    assert (len(products) == 0) if relu else (len(products) == traced.n_inputs)


def test_score_graph_meets_ties_and_saturation(tmp_path: Path) -> None:
    """The exactness above means something: the score saturates and rounding meets ties,
    so truncation or half-up rounding in place of half-to-even must fail the same check."""
    onnx_file = score_graph(tmp_path / "g.onnx")
    traced = trace_qonnx(onnx_file)
    x = grid(traced.input_format, traced.n_inputs, 20_000)
    expected = qonnx_reference(onnx_file, x)
    assert expected.max() == 255  # u8 score clipped
    def half_up(v, frac: int):
        return arith.floor_to(v + 2.0 ** (-frac - 1), frac) if v.kif[2] > frac else v

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(arith, "round_half_even", half_up)
        wrong = trace_qonnx(onnx_file).predict(x)
    assert np.sum(wrong != expected) > 0


def test_alkaid_rounding_of_an_offset_value_would_fail(tmp_path: Path) -> None:
    """The token graph adds a positional table one bit finer than the embedding, so every sum
    is a tie; alkaid 0.8.2's own RND_CONV (what the front end used before) rounds those up,
    and the check above must see it."""
    onnx_file = token_attention_graph(tmp_path / "g.onnx")
    traced = trace_qonnx(onnx_file)
    x = grid(traced.input_format, traced.n_inputs, 5_000)
    expected = qonnx_reference(onnx_file, x)

    def alkaid_rnd_conv(v, frac: int):
        k, i, f = v.kif
        return v if f <= frac else v.quantize(k, i + 1, frac, "WRAP", "RND_CONV")

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(arith, "round_half_even", alkaid_rnd_conv)
        wrong = trace_qonnx(onnx_file).predict(x)
    assert np.mean(np.any(wrong != expected, axis=1)) > 0.5


@pytest.mark.parametrize("offset", [1 / 16, -1 / 16, 3 / 32, -1.03125, 0.1875])
def test_round_half_even_of_an_offset_value_matches_numpy(offset: float) -> None:
    from alkaid.trace import FVArrayInput, trace

    inputs = FVArrayInput((1,))
    x = inputs.quantize(1, 4, 3)
    values = np.arange(-16, 16, 0.125)[:, None]
    for target in range(-1, 7):
        comb = trace(list(np.asarray(inputs).ravel()),
                     list(np.asarray(map_vars(lambda v, t=target: round_half_even(v + offset, t), x)).ravel()))
        expected = np.round((values + offset) * 2.0**target) / 2.0**target
        np.testing.assert_array_equal(comb.predict(values).ravel(), expected.ravel(), err_msg=f"f={target}")


def test_a_cached_trace_is_traced_again_when_the_front_end_changes(tmp_path: Path, monkeypatch) -> None:
    """The trace cache is keyed by the front end's code too: a fixed rounding circuit must not
    reuse the trace the code before it made (bead_8b's RTL kept an old trace once)."""
    from bead_fpga.rtl import project

    onnx_file = score_graph(tmp_path / "g.onnx")
    project.load_or_trace(onnx_file, project.RTLSettings(), tmp_path)
    calls, real = [], project.trace_qonnx
    monkeypatch.setattr(project, "trace_qonnx", lambda *a, **k: calls.append(1) or real(*a, **k))
    project.load_or_trace(onnx_file, project.RTLSettings(), tmp_path)
    assert calls == []  # same graph, settings and code: reused
    monkeypatch.setattr(project, "front_end_digest", lambda: "another front end")
    project.load_or_trace(onnx_file, project.RTLSettings(), tmp_path)
    assert calls == [1]


@pytest.mark.parametrize("model", ["transformer_8b", "bead_8b"])
def test_token_models_trace_exactly(model: str, generated_data: Path) -> None:
    """The committed transformer and BEAD trigger paths (token-wise MatMul, attention,
    ReduceSum) against the Brevitas model, in integers on 2,000 events."""
    from bead_fpga.compare import compare_integers
    from bead_fpga.defaults import unseen_events
    from bead_fpga.models import brevitas_scores
    from bead_fpga.model_dir import ModelDir
    from tests.conftest import REFERENCE_MODELS

    model_dir = ModelDir(REFERENCE_MODELS / model)
    brevitas_model, transform, _ = model_dir.load()
    x = transform.apply(unseen_events(model_dir, generated_data, 2_000, 0))
    traced = trace_qonnx(model_dir.qonnx_file())
    result = compare_integers(brevitas_scores(brevitas_model, x), traced.predict(x), traced.output_lsb)
    assert result["bit_exact_events"] == 2_000, result["first_mismatches"]


def test_hvae_trigger_graph_traces_exactly(generated_data: Path) -> None:
    """The committed HVAE's trigger path against the Brevitas model (integers, 2,000 events)."""
    from bead_fpga.compare import compare_integers
    from bead_fpga.defaults import unseen_events
    from bead_fpga.models import brevitas_scores
    from bead_fpga.model_dir import ModelDir
    from tests.conftest import REFERENCE_MODELS

    model_dir = ModelDir(REFERENCE_MODELS / "hvae_8b")
    model, transform, _ = model_dir.load()
    x = transform.apply(unseen_events(model_dir, generated_data, 2_000, 0))
    traced = trace_qonnx(model_dir.qonnx_file())
    result = compare_integers(brevitas_scores(model, x), traced.predict(x), traced.output_lsb)
    assert result["bit_exact_events"] == 2_000, result["first_mismatches"]
    # one trace through every activation quantizer (da4ml needed a cut at each): many of them
    graph = prepare_for_hls4ml(ModelWrapper(str(model_dir.qonnx_file())))
    quantizers = [n for n in graph.graph.node if n.op_type == "Quant" and graph.find_producer(n.input[0]) is not None
                  and n.output[0] != GLOBAL_OUT]
    assert len(quantizers) > 5 and traced.logic.shape == (traced.n_inputs, 1)


def test_refusals_of_the_token_ops_are_one_line(tmp_path: Path) -> None:
    perm = helper.make_node("Transpose", ["x.q"], ["y"], name="swap", perm=[1, 0])
    with pytest.raises(BeadError, match="Transpose with perm \\[1, 0\\] moves the batch axis"):
        trace_qonnx(with_node(tmp_path / "t.onnx", perm))
    axes = helper.make_tensor("axes", TensorProto.INT64, [1], [0])
    pool = helper.make_node("ReduceSum", ["x.q", "axes"], ["y"], name="pool", keepdims=1)
    with pytest.raises(BeadError, match="ReduceSum over the batch axis is not one event's arithmetic"):
        trace_qonnx(with_node(tmp_path / "r.onnx", pool, [axes]))


def test_unsupported_op_is_named(tmp_path: Path) -> None:
    node = helper.make_node("Sigmoid", ["x.q"], ["y"], name="gate")
    with pytest.raises(BeadError, match=r"g\.onnx: node Sigmoid_0: Sigmoid has no RTL handler; the RTL front end traces "):
        trace_qonnx(with_node(tmp_path / "g.onnx", node))


def test_unquantized_input_is_refused(tmp_path: Path) -> None:
    with pytest.raises(BeadError, match="reads the graph input directly, so the input's fixed-point format is unknown; quantize the model input"):
        trace_qonnx(softmax_head(tmp_path / "g.onnx"))


def test_unsupported_rounding_is_refused(tmp_path: Path) -> None:
    node, inits = quant("ceil.q", "x.q", "y", 2.0**-2, 6)
    for attr in node.attribute:
        if attr.name == "rounding_mode":
            attr.s = b"CEIL"
    with pytest.raises(BeadError, match=r"g\.onnx: node Quant_1: Quant rounding mode CEIL is not supported"):
        trace_qonnx(with_node(tmp_path / "g.onnx", node, inits))


def test_non_power_of_two_scale_is_refused(tmp_path: Path) -> None:
    node, inits = quant("odd.q", "x.q", "y", 0.1, 6)
    with pytest.raises(BeadError, match="not power-of-two fixed point"):
        trace_qonnx(with_node(tmp_path / "g.onnx", node, inits))


def test_missing_file_is_one_line(tmp_path: Path) -> None:
    with pytest.raises(BeadError, match="file not found; export the model first"):
        trace_qonnx(tmp_path / "absent.onnx")


def test_fixed_format_matches_qonnx_ranges() -> None:
    from qonnx.custom_op.general.quant import max_int, min_int

    for signed in (True, False):
        for narrow in (True, False):
            fmt = FixedFormat(signed, 8, 4, narrow)
            assert fmt.int_range == (min_int(signed, narrow, 8), max_int(signed, narrow, 8))
    assert str(FixedFormat(True, 16, 10)) == "fixed<16,6>" and FixedFormat(True, 16, 10).kif == (1, 5, 10)


def test_unused_tensor_type_is_harmless(tmp_path: Path) -> None:
    """A Reshape to the same flat shape (as exports put before dense layers) is traced through."""
    shape = helper.make_tensor("shape", TensorProto.INT64, [2], [1, 4])
    node = helper.make_node("Reshape", ["x.q", "shape"], ["y"], name="flat")
    onnx_file = with_node(tmp_path / "g.onnx", node, [shape])
    traced = trace_qonnx(onnx_file)
    x = grid(traced.input_format, 4, 500)
    np.testing.assert_array_equal(traced.predict(x), qonnx_reference(onnx_file, x))


def test_concat_along_the_batch_axis_is_refused(tmp_path: Path) -> None:
    node = helper.make_node("Concat", ["x.q", "x.q"], ["y"], name="stack", axis=0)
    with pytest.raises(BeadError, match="Concat along the batch axis"):
        trace_qonnx(with_node(tmp_path / "g.onnx", node))
