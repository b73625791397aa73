"""Other people's QONNX graphs (Brevitas, QKeras through qonnx's converter, hand-written ONNX)
through bead-fpga's cleanup and hls4ml, and a verdict on the compiled C++.

Shapes as exports have them: a symbolic batch axis is fixed at 1 and the ``Shape`` arithmetic
on it folded; a rank-1 input (one event, no batch axis) gets one
(:func:`~bead_fpga.graph.cleanup.fold_shape_arithmetic`). A crash inside one of hls4ml's
optimizer passes is reported with the pass, hls4ml's layer and the node as the file names it;
rewrites that avoid known crashes or misreadings are listed in the verdict.

Graphs are taken as they come: the input format is read from a quantizer on the input (behind
any Transpose/Reshape/Flatten chain), or declared, or a stated default; the output may come
from any op. The reference is qonnx's executor on the file *as given*, never on our cleaned
graph, so a bug in the cleanup shows up as a difference instead of sitting on both sides.
Outputs are compared as integers in units of the output LSB (the output quantizer's scale, or
the C++ output type's LSB when the output is a float op). The verdict is ``exact`` or
``not exact`` with the first hls4ml layer that differs (:mod:`bead_fpga.layer_trace`), by how
much, and the cause when it is a known one.
"""

from __future__ import annotations

import copy
import hashlib
import math
import re
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
from onnx import NodeProto
from qonnx.core.modelwrapper import ModelWrapper
from rich.console import Console

from bead_fpga.compare import compare_integers
from bead_fpga.sim import predict_with_progress
from bead_fpga.errors import BeadError
from bead_fpga.hls.convert import HLSProject, HLSSettings, convert_graph
from bead_fpga.graph.cleanup import GLOBAL_IN, GLOBAL_OUT, fold_shape_arithmetic, prepare_for_hls4ml, rewrites
from bead_fpga.io import write_json
from bead_fpga.layer_trace import (
    LayerReport, compare_layers, enable_trace, first_parting, hls_trace, plot_layers, type_range,
)
from bead_fpga.graph.execute import data_input, event_shape, execute_all
from bead_fpga.graph.fixed import FixedFormat, quant_params
from bead_fpga.model_dir import CSIM_FILE, TRACE_PLOT
from bead_fpga.target import top_name

#: Ops that move values without computing: the input format is looked for behind them, and
#: the output producer in front of them.
SHAPE_OPS = frozenset({"Identity", "Reshape", "Flatten", "Transpose", "Squeeze", "Unsqueeze"})
#: Ops whose float constants hls4ml rounds to a fixed-point type (qonnx keeps float32).
FLOAT_CONSTANT_OPS = frozenset({"BatchNormalization", "Mul", "Div", "Add", "Sub"})
#: Ops the cleanup rewrites away before hls4ml sees the graph.
LOWERED_OPS = frozenset({"Gemm", "Identity", "ReduceSum"})
#: hls4ml's own default precision: the input format when nothing in the graph declares one.
DEFAULT_INPUT_FORMAT = "fixed<16,6>"
#: A sign quantizer on the input only needs signed values around zero.
BIPOLAR_INPUT_FORMAT = "fixed<8,4>"


@dataclass(frozen=True)
class InputFormat:
    """The input port's ``fixed<W,I>`` and where it came from (said in every verdict)."""

    text: str
    source: str
    bipolar: bool = False  # the input is annotated BIPOLAR: events are -1/+1 only


@dataclass(frozen=True)
class OutputSide:
    """What produces the graph output, and so how outputs are compared."""

    node: str
    op: str
    lsb: float | None  # the output quantizer's LSB; None: a float op, use the C++ type's LSB
    bipolar: bool  # a BipolarQuant: -1/+1 in qonnx, 0/1 in hls4ml's C++
    after_last_quant: tuple[str, ...]  # names of the float ops between the last quantizer and the output


def grid_events(input_format: str, shape: tuple[int, ...], n_events: int, seed: int) -> np.ndarray:
    """Events drawn uniformly over every representable value of ``input_format`` (extremes and
    zero included), so each layer's rounding and saturation are exercised."""
    fmt = FixedFormat.parse(input_format)
    lo, hi = fmt.int_range
    ints = np.random.default_rng(seed).integers(lo, hi, size=(n_events, *shape), endpoint=True)
    ints[:3] = np.array([0, lo, hi])[: len(ints)].reshape(-1, *([1] * len(shape)))
    return (ints * fmt.lsb).astype(np.float32)


def covering_format(graph: ModelWrapper, node: Any) -> str | None:
    """``fixed<W,I>`` on which a ``Quant`` with one scale sees every step it can output: exactly
    its own grid for a power-of-two scale; for any other scale, the next finer power-of-two
    grid over the same range (so its rounding is exercised too)."""
    q = quant_params(graph, node)
    if q is None or q.scale <= 0:
        return None
    frac = math.ceil(-math.log2(q.scale) - 1e-9)
    top = q.scale * 2.0 ** (int(q.bits) - q.signed) + abs(q.zeropt * q.scale)
    integer = max(1, math.ceil(math.log2(top))) + q.signed
    return str(FixedFormat(q.signed, integer + frac, frac))


def find_input_format(graph: ModelWrapper, declared: str | None) -> InputFormat:
    """The declared format, else the quantizer the input reaches through shape-only ops, else
    :data:`DEFAULT_INPUT_FORMAT` (said so in the verdict)."""
    if declared:
        FixedFormat.parse(declared)
        return InputFormat(declared.replace(" ", ""), "declared with --input-format")
    tensor = data_input(graph)
    annotated = graph.get_tensor_datatype(tensor)
    if annotated.name == "BIPOLAR":
        return InputFormat("fixed<2,2>", f"the input {tensor} is annotated BIPOLAR: events of -1/+1", bipolar=True)
    if annotated.is_integer() and annotated.bitwidth() > 1:
        width = annotated.bitwidth()
        return InputFormat(str(FixedFormat(annotated.signed(), width, 0)),
                           f"the input {tensor} is annotated {annotated.name}")
    while len(consumers := graph.find_consumers(tensor) or []) == 1:
        node = consumers[0]
        if node.op_type in SHAPE_OPS:
            tensor = node.output[0]
            continue
        if node.op_type == "Quant" and (text := covering_format(graph, node)):
            return InputFormat(text, f"from Quant node {node.name} on the input")
        if node.op_type == "BipolarQuant":
            return InputFormat(BIPOLAR_INPUT_FORMAT, f"a signed grid around zero for BipolarQuant node {node.name}")
        break
    return InputFormat(DEFAULT_INPUT_FORMAT, "nothing in the graph declares it: hls4ml's default precision "
                                             "(give --input-format for the format your inputs really have)")


def output_side(graph: ModelWrapper) -> OutputSide:
    """The op producing the output (through shape-only ops) and the float ops after the last
    quantizer on the way to it."""
    producer = graph.find_producer(graph.graph.output[0].name)
    while producer is not None and producer.op_type in SHAPE_OPS:
        producer = graph.find_producer(producer.input[0])
    if producer is None:
        raise BeadError("QONNX graph", "the output is not computed from the input")
    if producer.op_type == "Quant":
        scale = graph.get_initializer(producer.input[1])
        lsb = float(np.min(scale)) if scale is not None else None
        return OutputSide(producer.name, "Quant", lsb, False, ())
    if producer.op_type == "BipolarQuant":
        return OutputSide(producer.name, "BipolarQuant", 1.0, True, ())
    after, node = [], producer
    while node is not None and node.op_type not in ("Quant", "BipolarQuant"):
        after.append(node.name or node.op_type)
        data = [t for t in node.input if t and graph.get_initializer(t) is None and graph.find_producer(t)]
        node = graph.find_producer(data[0]) if data else None
    return OutputSide(producer.name, producer.op_type, None, False, tuple(reversed(after)))


def load_graph(onnx_file: Path) -> ModelWrapper:
    """The graph as given, or one line saying why it cannot be checked."""
    onnx_file = Path(onnx_file)
    if not onnx_file.is_file():
        raise BeadError(onnx_file, "file not found")
    try:
        graph = ModelWrapper(str(onnx_file))
    except Exception as err:  # onnx raises many types for a file that is not a graph
        raise BeadError(onnx_file, f"not a readable ONNX/QONNX graph ({type(err).__name__}: {err})") from None
    inputs = [i.name for i in graph.graph.input if graph.get_initializer(i.name) is None]
    if len(inputs) != 1 or len(graph.graph.output) != 1:
        raise BeadError(onnx_file, f"{len(inputs)} data inputs and {len(graph.graph.output)} outputs",
                        "csim-qonnx checks graphs with one input and one output")
    return graph


def check_ops(graph: ModelWrapper, onnx_file: Path) -> None:
    """One line naming the first node, as the file names it, whose op neither hls4ml nor our
    cleanup handles (on the graph with its shape arithmetic folded: what is left computes on
    data, or on a shape that stays unknown)."""
    import hls4ml

    known = set(hls4ml.converters.get_supported_onnx_layers()) | LOWERED_OPS
    node = next((n for n in graph.graph.node if n.op_type not in known), None)
    if node is not None and node.op_type == "Shape":
        raise BeadError(onnx_file, f"node {node.name or '(unnamed)'}: op Shape of a tensor whose shape qonnx's "
                                   "shape inference cannot tell, so it cannot be folded into a constant",
                        "export the graph with a fixed input shape")
    if node is not None:
        raise BeadError(onnx_file, f"node {node.name or '(unnamed)'}: op {node.op_type} is not supported by hls4ml",
                        "it needs an hls4ml extension (bead-fpga lowers only "
                        f"{', '.join(sorted(LOWERED_OPS))})")


def to_hls(graph: ModelWrapper, onnx_file: Path, input_format: InputFormat, settings: HLSSettings,
           projects_root: Path) -> tuple[ModelWrapper, HLSProject]:
    """Shape arithmetic folded, cleanup and hls4ml conversion; any failure inside qonnx or
    hls4ml becomes one line that names the node and op it concerns, as the file names them,
    and for a crash inside one of hls4ml's optimizer passes, the pass and the layer too.
    The project's fingerprint covers the cleaned graph, so a change in the cleanup recompiles."""
    try:
        shaped = fold_shape_arithmetic(ModelWrapper(copy.deepcopy(graph.model)))
    except Exception as err:  # noqa: BLE001  qonnx transformations raise bare exceptions
        raise BeadError(onnx_file, f"cannot fold the graph's shapes at {_culprit(graph, err, graph)}: "
                                   f"{_first_line(err)}") from None
    check_ops(shaped, onnx_file)
    for node in shaped.graph.node:  # the name in the file, carried through the cleanup's renaming
        node.doc_string = node.name
    try:
        cleaned = prepare_for_hls4ml(shaped)
    except Exception as err:  # noqa: BLE001  qonnx transformations raise bare exceptions
        raise BeadError(onnx_file, f"qonnx cleanup failed at {_culprit(shaped, err, graph)}: {_first_line(err)}") from None
    name = top_name(Path(onnx_file).name.split(".")[0])
    try:
        project = convert_graph(cleaned, onnx_file, name, input_format.text, settings, projects_root,
                                Path(projects_root) / name)
    except BeadError:
        raise
    except Exception as err:  # noqa: BLE001  hls4ml raises bare Exception/KeyError/IndexError
        raise BeadError(onnx_file, f"hls4ml cannot convert {_culprit(cleaned, err, graph)}: {_first_line(err)}",
                        "an hls4ml extension or a graph rewrite is needed for it") from None
    digest = hashlib.sha256(project.fingerprint.encode() + cleaned.model.SerializeToString())
    project.fingerprint = digest.hexdigest()
    return cleaned, project


def _first_line(err: Exception) -> str:
    text = " ".join(str(err).split())
    return f"{type(err).__name__}: {text[:160]}" if text else type(err).__name__


def _culprit(cleaned: ModelWrapper, err: Exception, original: ModelWrapper) -> str:
    """``node <name> (op <op>)`` that ``err`` concerns, named as the *original* file names it,
    preceded by ``pass <p> on layer <l> from`` when hls4ml raised inside one of its optimizer
    passes (``optimize_model`` holds the pass in ``opt_name`` and the layer in ``node``).
    The node is the ONNX node hls4ml's handler was reading when it raised (a ``node`` local in
    the traceback, or the ``name`` of the layer it was building), the layer's own node for a
    pass, else the first node the message names."""
    by_name = {n.name: n for n in cleaned.graph.node}
    node, in_pass = None, ""
    tb = err.__traceback__
    while tb is not None:
        local = tb.tb_frame.f_locals
        if isinstance(local.get("node"), NodeProto):
            node = local["node"]
        elif isinstance(local.get("opt_name"), str) and hasattr(local.get("node"), "class_name"):
            layer = local["node"]
            in_pass = f"pass {local['opt_name']} on layer {layer.name} ({layer.class_name}) from "
            node = by_name.get(layer.name, node)
        elif isinstance(local.get("name"), str) and local["name"] in by_name:
            node = by_name[local["name"]]
        tb = tb.tb_next
    text = str(err)
    node = node or next((n for n in cleaned.graph.node if n.name and n.name in text), None)
    node = node or next((n for n in cleaned.graph.node if re.search(rf"\b{n.op_type}\b", text)), None)
    if node is None:
        return f"{in_pass}an unidentified node"
    return f"{in_pass}node {_name_in_file(node, cleaned, original)} (op {node.op_type})"


def _name_in_file(node: NodeProto, cleaned: ModelWrapper, original: ModelWrapper) -> str:
    """The name the file gives ``node``: carried in its ``doc_string`` through the cleanup,
    else (a node the cleanup created) its rank among the nodes of its op (a ``Gemm`` counting
    as the ``MatMul`` it became), else its own."""
    if node.doc_string:
        return node.doc_string
    family = {"Gemm": "MatMul"}.get  # qonnx's GemmToMatMul writes a Gemm as a (new) MatMul
    same_op = [n.name for n in cleaned.graph.node if family(n.op_type, n.op_type) == node.op_type]
    in_file = [n.name for n in original.graph.node if family(n.op_type, n.op_type) == node.op_type]
    name = in_file[same_op.index(node.name)] if len(same_op) == len(in_file) and node.name in same_op else node.name
    return name or "(unnamed)"


def layout_moved(original: list[int], cleaned: list[int]) -> bool:
    """Whether the cleanup moved this tensor channels-last (qonnx's conversion moves the input
    of a convolving graph; it puts a Transpose back in front of an image output)."""
    moved = [original[0], *original[2:], original[1]] if len(original) >= 3 else None
    return moved is not None and list(cleaned) != list(original) and list(cleaned) == moved


def hls_layout(x: np.ndarray, moved: bool) -> np.ndarray:
    """``(N, k)`` in hls4ml's order: channels moved last for an image when the graph was."""
    return (np.moveaxis(x, 1, -1) if moved and x.ndim >= 3 else x).reshape(len(x), -1)


def csim_qonnx(
    onnx_file: Path, n_events: int = 2_000, input_format: str | None = None, settings: HLSSettings = HLSSettings(),
    projects_root: Path = Path("hls_projects"), seed: int = 0,
) -> dict[str, Any]:
    """Any QONNX graph through bead-fpga's cleanup and hls4ml, its compiled C++ compared with
    qonnx's executor on the original file over ``n_events`` inputs spread over the input format.
    Returns the verdict and writes it as ``csim.json`` into the project directory."""
    onnx_file = Path(onnx_file)
    original = load_graph(onnx_file)
    fmt = find_input_format(original, input_format)
    out = output_side(original)
    cleaned, project = to_hls(original, onnx_file, fmt, settings, projects_root)
    enable_trace(project)
    with Console(stderr=True).status(f"compiling the C++ of {project.name} (reused when unchanged)"):
        compiled = project.compile()

    x = grid_events(fmt.text, event_shape(original), n_events, seed)
    if fmt.bipolar:
        x = np.where(x >= 0, 1.0, -1.0).astype(np.float32)
    out_name = original.graph.output[0].name
    moved_in = layout_moved(original.get_tensor_shape(data_input(original)), cleaned.get_tensor_shape(GLOBAL_IN))
    moved_out = layout_moved(original.get_tensor_shape(out_name), cleaned.get_tensor_shape(GLOBAL_OUT))
    try:
        reference = execute_all(original, x)
    except Exception as err:  # noqa: BLE001  qonnx's executor raises bare exceptions
        raise BeadError(onnx_file, f"qonnx's executor cannot run the file as given on inputs of {fmt.text} "
                                   f"({fmt.source}): {_first_line(err)}", "give --input-format") from None
    expected = hls_layout(reference[out_name], moved_out)
    start = time.perf_counter()
    simulated = predict_with_progress(project, {project.name: hls_layout(x, moved_in)})[project.name]
    sim_s = time.perf_counter() - start
    remapped = out.bipolar and set(np.unique(simulated)) <= {0.0, 1.0}
    if remapped:
        simulated = 2 * simulated - 1
    out_lsb = out.lsb or type_range(project.hls_model.get_output_variables()[0].type.precision)[0]
    if simulated.shape != expected.shape:
        raise BeadError(onnx_file, f"the C++ gives {simulated.shape[1]} output values per event, the graph "
                                   f"{expected.shape[1]}", "hls4ml converted the graph's output differently")
    comparison = compare_integers(expected, simulated, out_lsb)

    result: dict[str, Any] = {
        "graph": str(onnx_file), "project": str(project.dir),
        "verdict": "exact" if comparison["bit_exact_fraction"] == 1.0 else "not exact",
        "input_format": fmt.text, "input_format_source": fmt.source,
        "output": {"node": out.node, "op": out.op, "quantized": out.lsb is not None,
                   "lsb_source": "output quantizer" if out.lsb is not None else "hls4ml output type",
                   **({"encoding": "hls4ml's 0/1 read as -1/+1"} if remapped else {})},
        **comparison,
        "rewrites": rewrites(cleaned),
        "compiled": compiled, "csim_events_per_second": round(len(x) / sim_s, 1),
        "source": "measured:csim (hls4ml compiled C++ vs qonnx executor on the original graph, in output LSBs)",
    }
    if result["verdict"] != "exact":
        bad = [m["event"] for m in comparison["first_mismatches"]]
        trace = hls_trace(project, hls_layout(x[bad], moved_in))
        layers = compare_layers(project, trace, original, {k: v[bad] for k, v in reference.items()})
        parting = first_parting(layers)
        result["first_difference"] = parting.to_dict() if parting else None
        result["cause"] = explain(parting, out, original)
        if parting is not None and parting.layer_class == "Softmax":
            result["cause"] += softmax_table_step(project, parting.layer)
        result["layers"] = [layer.to_dict() for layer in layers]
        result["plot"] = str(plot_layers(layers, f"{onnx_file.name}: hls4ml layers on the {len(bad)} first differing events",
                                         Path(project.dir) / TRACE_PLOT))
    write_json(Path(project.dir) / CSIM_FILE, result)
    return result


def explain(parting: LayerReport | None, out: OutputSide, graph: ModelWrapper) -> str:
    """The known cause of a difference, named from the op where C++ and graph part."""
    quantized = any(n.op_type in ("Quant", "BipolarQuant") for n in graph.graph.node)
    if not quantized:
        where = f" (first at hls4ml layer {parting.layer}, {parting.precision})" if parting else ""
        return ("a float graph: no Quant anywhere, so every weight and op is float32 in qonnx and rounded to "
                f"hls4ml's default fixed-point precision{where}; quantize it (Brevitas, QKeras) for an exact design")
    if parting is None:
        if out.after_last_quant:
            return (f"every traced layer agrees; the float ops after the last quantizer "
                    f"({', '.join(out.after_last_quant)}) round differently in the C++ output type")
        return "every traced layer agrees with the graph; the difference is in the output encoding"
    where = f"hls4ml layer {parting.layer} ({parting.precision}) against qonnx node {parting.matched_node}"
    op = parting.matched_op
    if op == "Softmax":
        return (f"float softmax: qonnx computes exp and 1/sum in float32, hls4ml reads them from lookup "
                f"tables and writes {parting.precision} ({where})")
    if op in FLOAT_CONSTANT_OPS and parting.matched_node in out.after_last_quant:
        return f"a float scale after the last Quant: float32 in qonnx, rounded to fixed point in hls4ml ({where})"
    if op == "BatchNormalization":
        return (f"float BatchNorm: scale and shift are float32 in qonnx and fixed-point constants in hls4ml, "
                f"so values next to a rounding step of the following quantizer land on the other side ({where})")
    batchnorm = next((n for n in graph.find_consumers(graph.get_node_from_name(parting.matched_node).output[0]) or []
                      if n.op_type == "BatchNormalization"), None)
    if batchnorm is not None:
        return (f"float BatchNorm {batchnorm.name} fused by hls4ml into this layer's weights and bias: float32 "
                f"in qonnx, fixed-point constants in hls4ml ({where})")
    floats = float_constants(graph, parting.matched_node)
    if floats:
        return (f"float constants not behind a Quant ({floats}): float32 in qonnx, rounded to a fixed-point "
                f"type by hls4ml ({where})")
    odd = odd_scales(graph, parting.matched_node)
    if odd:
        return (f"a scale that is not a power of two ({odd}): qonnx multiplies by it in float32, "
                f"hls4ml by a fixed-point approximation ({where})")
    if op == "BipolarQuant" or parting.bipolar_as_binary:
        return f"bipolar encoding: qonnx's BipolarQuant maps 0 to +1, hls4ml's binary activation does not ({where})"
    if parting.beyond_type:
        return f"{parting.beyond_type} values outside the layer's type ({where})"
    return (f"not a known cause ({where}, op {op}): ruled out a float softmax, a float op after the last "
            f"quantizer, float BatchNorm (alone or fused), float constants, scales that are not powers of two, "
            f"bipolar encoding, "
            f"values outside the layer's type and a channels-first/last layout (both are compared); the C++ of this "
            f"layer computes something else: check how the cleanup rewrote it")


def softmax_table_step(project: HLSProject, layer_name: str) -> str:
    """How coarsely hls4ml's softmax reads its exp table: it slices the top log2(size) bits of
    the normalised input (``inp_norm_t``, stable) or of the input type (latency) as the address,
    so a wide input type makes one table step larger than the logits' spread."""
    layer = next(layer for layer in project.hls_model.get_layers() if layer.name == layer_name)
    cpp = layer.get_attr("config_cpp") or ""
    size = re.search(r"exp_table_size = (\d+)", cpp)
    norm = re.search(r"typedef ap_u?fixed<(\d+),\s*(-?\d+)> inp_norm_t", cpp)
    if size is None:
        return ""
    if norm is not None:
        addressed, integer = f"inp_norm_t ufixed<{norm.group(1)},{norm.group(2)}>", int(norm.group(2))
    else:
        precision = layer.get_input_variable().type.precision
        addressed, integer = f"its input type {precision}", precision.integer
    bits = int(math.log2(int(size.group(1))))
    return (f"; the exp table is addressed by the top {bits} bits of {addressed}, so one table step is "
            f"{2.0 ** (integer - bits):g}: give the Softmax layer a narrower input type (or inp_norm_t) "
            f"in the hls4ml configuration")


def float_constants(graph: ModelWrapper, node_name: str) -> str:
    """The constant inputs of ``node_name`` that no quantizer puts on a grid, as names; empty
    when there are none (a ``Quant`` node's own scale, zero point and width do not count)."""
    node = next(n for n in graph.graph.node if n.name == node_name)
    if node.op_type in ("Quant", "BipolarQuant"):
        return ""
    return ", ".join(t for t in node.input if t and graph.get_initializer(t) is not None)


def odd_scales(graph: ModelWrapper, node_name: str) -> str:
    """The quantizers feeding ``node_name`` (through shape-only ops), or quantizing its output,
    or the node itself, whose scale is not a power of two, as ``name=scale`` text; empty when there are none
    (hls4ml splits such a ``Quant`` into a divide, a rounding and a multiply in fixed point, so
    its first layer is paired with the tensor before it)."""
    node = next(n for n in graph.graph.node if n.name == node_name)
    quantizers = [n for n in [node, *(graph.find_consumers(node.output[0]) or [])] if n.op_type == "Quant"]
    for tensor in node.input:
        producer = graph.find_producer(tensor)
        while producer is not None and producer.op_type in SHAPE_OPS:
            producer = graph.find_producer(producer.input[0])
        if producer is not None and producer.op_type in ("Quant", "BipolarQuant"):
            quantizers.append(producer)
    found = []
    for quantizer in quantizers:
        scale = graph.get_initializer(quantizer.input[1])
        if scale is not None and not np.all(np.log2(np.abs(scale)) % 1 == 0):
            found.append(f"{quantizer.name}={np.ravel(scale)[0]:g}")
    return ", ".join(found)


def verdict_line(result: dict[str, Any]) -> str:
    """The verdict in one line for the terminal."""
    head = (f"{result['graph']}: {result['verdict']}: {result['bit_exact_events']}/{result['events']} events identical "
            f"(input {result['input_format']}, output {result['output']['op']} in "
            f"{result['output']['lsb_source']} LSBs of {result['output_lsb']:g}, worst {result['max_abs_diff_lsb']} LSB)")
    if result["rewrites"]:
        head += f"\n  rewritten for hls4ml: {'; '.join(result['rewrites'])}"
    if result["verdict"] == "exact":
        return head
    first = result["first_difference"]
    where = (f"first difference at hls4ml layer {first['layer']} ({first['type']}) vs qonnx node "
             f"{first['qonnx_node']} ({first['qonnx_op']}), up to {first['max_abs_diff']:g} = "
             f"{first['max_abs_diff_lsb']:g} LSB of that layer" if first else "no traced layer differs")
    return f"{head}\n  {where}\n  cause: {result['cause']}\n  layer plot: {result['plot']}"
