"""``bead-fpga trace``: where, layer by layer, the C++ of one of our models holds its values.

For a firmware engineer the question after "is it bit-exact" is "how close to the edge is
each layer": per hls4ml layer the fixed-point type, the range the events actually use, how
many values the model produces beyond that type (saturated or wrapped in the C++), and the
first layer where C++ and model part. The model side is the exported QONNX graph (proven
identical to Brevitas by ``bead-fpga export``), run by qonnx's executor.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy as np
from qonnx.core.modelwrapper import ModelWrapper
from rich.console import Console

from bead_fpga.hls.convert import HLSSettings, convert, input_precision
from bead_fpga.io import write_json
from bead_fpga.layer_trace import compare_layers, enable_trace, first_parting, hls_trace, plot_layers
from bead_fpga.graph.execute import data_input, execute_all
from bead_fpga.model_dir import ModelDir



def trace_model(
    model_dir: ModelDir | Path, data_dir: Path | None = None, n_events: int = 2_000, settings: HLSSettings = HLSSettings(),
    projects_root: Path = Path("hls_projects"), seed: int = 0,
) -> dict[str, Any]:
    """Trace ``n_events`` (test events from ``data_dir``, else drawn over the input format)
    through every hls4ml layer and the QONNX graph; write ``trace.json`` and ``plots/trace.png``."""
    from bead_fpga.defaults import unseen_events
    from bead_fpga.qonnx_check import grid_events

    directory = ModelDir.of(model_dir)
    cfg, transform = directory.config(), directory.transform()
    graph = ModelWrapper(str(directory.require(directory.qonnx_file(), f"run `bead-fpga export {directory.path}` first")))
    project = convert(directory, settings, projects_root)
    enable_trace(project)
    with Console(stderr=True).status(f"compiling the traced C++ of {cfg.name} (reused when unchanged)"):
        project.compile()
    if data_dir is not None:
        x, source = transform.apply(unseen_events(directory, data_dir, n_events, seed)), f"background test events of {data_dir}"
    else:
        shape = tuple(graph.get_tensor_shape(data_input(graph))[1:])
        x, source = grid_events(input_precision(transform), shape, n_events, seed), "events over the input format"
    layers = compare_layers(project, hls_trace(project, x), graph, execute_all(graph, np.asarray(x, np.float32)))
    parting = first_parting(layers)
    plot = plot_layers(layers, f"{cfg.name}: hls4ml layers on {len(x)} {source}", directory.trace_plot)
    result = {
        "model": cfg.name, "project": directory.rel(project.dir), "events": len(x), "events_source": source,
        "first_difference": parting.to_dict() if parting else None,
        "layers": [layer.to_dict() for layer in layers],
        "plot": directory.rel(plot), "json": directory.rel(directory.trace_file),
        "source": "measured:csim trace (hls4ml per-layer C++ outputs vs qonnx executor)",
    }
    write_json(directory.trace_file, result)
    return result
