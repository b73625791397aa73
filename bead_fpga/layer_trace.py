"""Layer by layer: the compiled C++ (hls4ml's trace) against qonnx's per-node outputs.

hls4ml fuses, renames and reorders what it converts (a ``MatMul`` and its bias ``Add`` become
one ``Dense``; a ``Quant`` after it becomes that layer's output type), so its layers cannot be
paired with the graph's nodes by name, and pairing them through our own cleanup would hide a
bug in the cleanup. They are paired by value instead: each traced layer is matched with the
tensor of the *original* graph, at or after the previous match in execution order, that it
equals (or, failing that, comes closest to). The first layer that equals none is where the
C++ and the model part. The same per-layer table gives a firmware engineer each layer's type,
the range it sees and how often it overflows, and :func:`plot_layers` draws it the way
hls4ml's ``profiling.numerical`` does (log2 of the magnitudes inside the type's range).
"""

from __future__ import annotations

import contextlib
import io
import math
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from unittest import mock

import numpy as np
from qonnx.core.modelwrapper import ModelWrapper

from bead_fpga.hls.convert import HLSProject
from bead_fpga.graph.fixed import FixedFormat

def flat_views(value: np.ndarray) -> list[np.ndarray]:
    """``(N, k)`` views of one tensor in the orders hls4ml may hold it: as stored, and for an
    image tensor (``N, C, ...``) also channels-last, hls4ml's layout."""
    views = [value.reshape(len(value), -1)]
    if value.ndim >= 3:
        views.append(np.moveaxis(value, 1, -1).reshape(len(value), -1))
    return views


# --- the C++ side: hls4ml's trace -----------------------------------------------------------

def enable_trace(project: HLSProject) -> None:
    """Build the C++ with hls4ml's per-layer trace hooks (inactive in synthesis and in plain
    ``predict``); the fingerprint changes so a library built without them is not reused."""
    project.hls_model.config.trace_output = True
    for layer in project.hls_model.get_layers():
        layer.set_attr("trace", True)
    project.fingerprint = f"{project.fingerprint}+trace"


def hls_trace(project: HLSProject, x: np.ndarray) -> dict[str, np.ndarray]:
    """Each traced layer's output for each event, ``(N, k)``, from the compiled library.

    ``ModelGraph.trace`` rebuilds the C++ on every call (tens of seconds); the library
    :meth:`HLSProject.compile` loaded was built with the hooks (:func:`enable_trace`), so
    that rebuild is skipped."""
    model = project.hls_model
    with mock.patch.object(model, "compile", lambda: None), contextlib.redirect_stdout(io.StringIO()):
        _, trace = model.trace(np.ascontiguousarray(x.reshape(len(x), -1), dtype=np.float64))
    return {name: np.asarray(v, np.float64).reshape(len(x), -1) for name, v in trace.items()}


# --- pairing and the per-layer table ------------------------------------------------------

@dataclass
class LayerReport:
    """One hls4ml layer on the traced events, and the graph tensor it was paired with."""

    layer: str
    layer_class: str
    precision: str
    lsb: float
    low: float
    high: float
    saturating: bool
    seen_min: float
    seen_max: float
    matched_node: str = ""
    matched_op: str = ""
    max_abs_diff: float = math.nan
    differing_values: int = 0
    beyond_type: int = 0
    at_limit: int = 0
    bipolar_as_binary: bool = False
    values: np.ndarray = field(default=None, repr=False)

    @property
    def exact(self) -> bool:
        return self.max_abs_diff == 0.0

    @property
    def max_abs_diff_lsb(self) -> float:
        return self.max_abs_diff / self.lsb

    def to_dict(self) -> dict[str, Any]:
        return {
            "layer": self.layer, "class": self.layer_class, "type": self.precision,
            "type_range": [self.low, self.high], "overflow_mode": "SAT" if self.saturating else "WRAP",
            "seen_range": [self.seen_min, self.seen_max],
            "qonnx_node": self.matched_node, "qonnx_op": self.matched_op,
            # None: no tensor of the graph has this layer's size (nothing to compare with)
            "max_abs_diff": None if math.isnan(self.max_abs_diff) else self.max_abs_diff,
            "max_abs_diff_lsb": None if math.isnan(self.max_abs_diff) else self.max_abs_diff_lsb,
            "differing_values": self.differing_values,
            # the reference leaves the type's range this often: saturated (SAT) or wrapped (WRAP)
            "saturated" if self.saturating else "overflowed": self.beyond_type,
            # C++ values on the type's highest (or, signed, lowest) value: clipped there, for SAT
            "at_limit": self.at_limit,
            **({"encoding": "binary 0/1 in C++ for the graph's bipolar -1/+1"} if self.bipolar_as_binary else {}),
        }


def type_range(precision: Any) -> tuple[float, float, float]:
    """``(lsb, lowest, highest)`` representable by an hls4ml precision type (fixed, integer, or
    the 1-bit XNOR type, whose 0/1 stand for -1/+1)."""
    fmt = FixedFormat.of_precision(precision)
    return (fmt.lsb, *fmt.value_range)


def node_of_tensor(graph: ModelWrapper) -> dict[str, tuple[int, str, str]]:
    """tensor -> (position in execution order, producing node, op)."""
    return {out: (i, node.name, node.op_type) for i, node in enumerate(graph.graph.node) for out in node.output}


def compare_layers(project: HLSProject, trace: dict[str, np.ndarray], graph: ModelWrapper,
                   tensors: dict[str, np.ndarray]) -> list[LayerReport]:
    """Pair each traced layer, in hls4ml's order, with the graph tensor it equals (or comes
    closest to) at or after the previous pairing; see the module docstring for why by value."""
    producers = node_of_tensor(graph)
    candidates = sorted(((producers[t][0], t, view) for t, v in tensors.items() if t in producers
                         for view in flat_views(v)), key=lambda c: c[0])
    position, reports = 0, []
    for layer in project.hls_model.get_layers():
        if layer.name not in trace:
            continue
        values = trace[layer.name]
        precision = layer.get_output_variable().type.precision
        lsb, low, high = type_range(precision)
        saturating = "SAT" in str(getattr(precision, "saturation_mode", ""))
        report = LayerReport(layer.name, layer.class_name, str(precision), lsb, low, high, saturating,
                             float(values.min()), float(values.max()),
                             at_limit=int(np.count_nonzero((values >= high) | ((values <= low) & (low < 0)))),
                             values=values)
        binary = precision.width == 1 and not getattr(precision, "signed", False)
        best = None
        for index, tensor, view in candidates:
            if index < position or view.shape != values.shape:
                continue
            for bipolar, mine in ((False, values), *(((True, 2 * values - 1),) if binary else ())):
                diff = float(np.abs(mine - view).max(initial=0.0))
                if best is None or diff < best[0]:
                    best = (diff, index, tensor, view, mine, bipolar)
        if best is not None:
            diff, index, tensor, view, mine, bipolar = best
            _, report.matched_node, report.matched_op = producers[tensor]
            report.max_abs_diff, report.differing_values = diff, int(np.count_nonzero(mine != view))
            report.beyond_type = 0 if bipolar else int(np.count_nonzero((view < low) | (view > high)))
            report.bipolar_as_binary = bipolar
            if diff == 0.0:
                position = index
        reports.append(report)
    return reports


def first_parting(reports: list[LayerReport]) -> LayerReport | None:
    """The first layer that equals no tensor of the graph: where C++ and model part."""
    return next((r for r in reports if r.matched_node and not r.exact), None)


def plot_layers(reports: list[LayerReport], title: str, dest: Path) -> Path:
    """One row per layer: the type's range as a grey band and the magnitudes seen on the events
    as a box, both in log2 (bits), like hls4ml's ``profiling.numerical`` (which needs pandas
    and seaborn, and rebuilds the C++ per call); overflow and at-limit counts in the labels;
    the layer where C++ and model part drawn in red."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    from bead_fpga.io import atomic_path

    parting = first_parting(reports)
    fig, ax = plt.subplots(figsize=(9, 0.55 * len(reports) + 1.6))
    labels = []
    for row, report in enumerate(reports):
        y = len(reports) - 1 - row
        low_bit = math.log2(report.lsb)
        high_bit = math.log2(max(abs(report.low), abs(report.high) + report.lsb))
        ax.barh(y, high_bit - low_bit, left=low_bit, height=0.8, color="grey", alpha=0.25)
        magnitudes = np.abs(report.values[report.values != 0])
        red = report is parting
        if magnitudes.size:
            ax.boxplot(np.log2(magnitudes), positions=[y], orientation="horizontal", widths=0.5, whis=(0, 100),
                       medianprops={"color": "red" if red else "black"},
                       boxprops={"color": "red" if red else "tab:blue"})
        beyond = f", {report.beyond_type} beyond type" if report.beyond_type else ""
        beyond += f", {report.at_limit} at limit" if report.at_limit else ""
        labels.append((y, f"{report.layer} {report.precision.split(',RND')[0].split(',TRN')[0]}{beyond}"
                          + (" <- parts" if red else "")))
    ax.set_yticks([y for y, _ in labels], [text for _, text in labels], fontsize=8)
    ax.set_xlabel("log2 |value|  (grey: the layer's fixed-point range, box: values seen on the events)")
    ax.set_title(title, fontsize=10)
    fig.tight_layout()
    with atomic_path(dest) as tmp:
        fig.savefig(tmp, format="png", dpi=110)
    plt.close(fig)
    return dest
