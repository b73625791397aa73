"""Export a model's trigger path to QONNX and prove the export computes what Brevitas does.

The trigger path is input transform (applied before, as integers on the ``ap_fixed`` grid)
-> what the model's trigger kind puts into firmware -> quantized score: one number per event
that the trigger thresholds. For ``latent`` that is the encoder and the squared latent means,
for ``reconstruction`` encoder, decoder and the masked squared error, for ``distilled`` the
student alone (:mod:`bead_fpga.models.base`). Brevitas' ``export_qonnx`` writes it, :mod:`bead_fpga.graph.cleanup`
cleans it for hls4ml, and qonnx's own executor runs it on real events; any event whose score
differs from the Brevitas model by even one LSB fails the export, naming the first graph
node whose output disagrees, the event and both values.
"""

from __future__ import annotations

import tempfile
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import torch
from brevitas.export import export_qonnx
from qonnx.core.modelwrapper import ModelWrapper
from qonnx.core.onnx_exec import execute_onnx

from bead_fpga.compare import compare_integers
from bead_fpga.data.adc2021 import N_FEATURES
from bead_fpga.defaults import unseen_events
from bead_fpga.errors import BeadError
from bead_fpga.graph.cleanup import GLOBAL_IN, GLOBAL_OUT, prepare_for_hls4ml
from bead_fpga.io import atomic_path
from bead_fpga.graph.execute import execute_all
from bead_fpga.graph.fixed import output_lsb
from bead_fpga.model_dir import ModelDir
from bead_fpga.models import AnomalyModel, TriggerPath, brevitas_scores


@dataclass(frozen=True)
class Mismatch:
    """Where a quantized graph first disagrees with its reference."""

    event: int
    expected: float
    got: float
    lsb: float
    node: str = ""

    def __str__(self) -> str:
        where = f"node {self.node}, " if self.node else ""
        diff = (self.got - self.expected) / self.lsb
        return (f"{where}event {self.event}: expected {self.expected!r}, got {self.got!r} "
                f"({diff:+.0f} LSB)")


def first_mismatch(expected: np.ndarray, got: np.ndarray, lsb: float) -> Mismatch | None:
    """The first event whose output differs, compared as integers (value / LSB)."""
    listed = compare_integers(expected, got, lsb)["first_mismatches"]
    if not listed:
        return None
    event = listed[0]["event"]
    return Mismatch(event, float(expected.reshape(len(expected), -1)[event, 0]),
                    float(got.reshape(len(got), -1)[event, 0]), lsb)


def locate_mismatch(model: AnomalyModel, graph: ModelWrapper, x_event: np.ndarray) -> str:
    """Name the first activation ``Quant`` node whose output differs from the Brevitas module
    at the same position in execution order (both quantize activations in the same order)."""
    recorded: list[np.ndarray] = []
    hooks = [
        module.register_forward_hook(lambda _m, _i, out: recorded.append(out.detach().numpy()))
        for module in TriggerPath(model).modules()
        if type(module).__name__ in ("QuantIdentity", "QuantReLU")
    ]
    try:
        with torch.no_grad():
            model.trigger(torch.from_numpy(x_event[None, :]))
    finally:
        for hook in hooks:
            hook.remove()
    context = execute_onnx(graph, {GLOBAL_IN: x_event[None, :]}, return_full_exec_context=True)
    act_quants = [n for n in graph.graph.node if n.op_type == "Quant" and graph.get_initializer(n.input[0]) is None]
    for node, reference in zip(act_quants, recorded):
        value = context[node.output[0]]
        if value.shape != reference.shape or not np.array_equal(value, reference):
            return node.name
    return act_quants[-1].name if act_quants else ""


def export(model_dir: ModelDir | Path, data_dir: Path, n_events: int = 10_000, seed: int = 0) -> Path:
    """Write ``MODEL_DIR/<name>.qonnx.onnx`` and check it event by event against Brevitas.

    Raises :class:`BeadError` (and leaves no graph behind) when a single event differs.
    """
    mdir = ModelDir.of(model_dir)
    model, transform, cfg = mdir.load()
    x = transform.apply(unseen_events(mdir, data_dir, n_events, seed))  # bad data fails before any work
    with tempfile.TemporaryDirectory() as tmp:
        raw = Path(tmp) / "raw.onnx"
        export_qonnx(TriggerPath(model), torch.zeros(1, N_FEATURES), export_path=str(raw), dynamo=False)
        graph = prepare_for_hls4ml(ModelWrapper(str(raw)))

    expected = brevitas_scores(model, x)
    got = execute_all(graph, x)[GLOBAL_OUT]
    mismatch = first_mismatch(expected, got, output_lsb(graph))
    if mismatch is not None:
        node = locate_mismatch(model, graph, x[mismatch.event])
        mismatch = Mismatch(mismatch.event, mismatch.expected, mismatch.got, mismatch.lsb, node)
        raise BeadError(mdir.path, f"QONNX export differs from the Brevitas model at {mismatch}",
                        "the graph was not written; report this with the model directory")
    dest = mdir.qonnx_file(cfg.name)
    with atomic_path(dest) as tmp_path:
        graph.save(str(tmp_path))
    return dest
