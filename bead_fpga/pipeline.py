"""The whole data path in one call: the README's main command, ``bead-fpga demo``.

Generate ADC2021-layout events -> train the quantized model and its float twin on background
-> evaluate -> export the trigger path to QONNX (checked event by event) -> hls4ml project ->
bit-exact C-simulation -> hardware report. Each stage writes into the model directory, so a
failure in a late stage leaves every earlier artefact in place, and a second run reuses what
is already there (data, trained weights, compiled C++).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from bead_fpga.data.adc2021 import BACKGROUND_FILE
from bead_fpga.hls.convert import HLSSettings
from bead_fpga.model_dir import ModelDir


def demo(
    out: Path = Path("runs/demo"), model_type: str = "hvae", bits: int = 8, events: int = 100_000,
    epochs: int = 8, csim_events: int = 10_000, settings: HLSSettings = HLSSettings(), seed: int = 0,
    say: Callable[[str], None] = print,
) -> dict[str, Any]:
    """Run every stage for one model under ``out``; returns the paths of what was written."""
    from bead_fpga.csim import csim
    from bead_fpga.data.generate import generate
    from bead_fpga.evaluate import evaluate
    from bead_fpga.export import export
    from bead_fpga.models import default_config
    from bead_fpga.report import write_report
    from bead_fpga.synth.run import synth
    from bead_fpga.train import train

    out = Path(out)
    data = out / "data"
    name = default_config(model_type, bits=bits).name
    model_dir = out / "models" / name
    projects, firmware = out / "hls_projects", out / "firmware"

    if (data / BACKGROUND_FILE).is_file():
        say(f"[1/7] data: reusing {data}")
    else:
        say(f"[1/7] data: generating {events} background events (+ signals) into {data}")
        generate(data, n_events=events, seed=seed)
    mdir = ModelDir(model_dir)
    for directory, precision in ((mdir, bits), (ModelDir(mdir.twin_path), 0)):
        if directory.weights_file.is_file():
            say(f"[2/7] train: reusing {directory.path}")
        else:
            say(f"[2/7] train: {model_type} at {'float' if not precision else f'{precision} bits'} -> {directory.path}")
            train(model_type, data, directory, bits=precision, epochs=epochs, max_events=events, seed=seed)
    say("[3/7] evaluate: ROC AUC and TPR at FPR 1e-5 per signal")
    evaluate(mdir, data, max_events=events, seed=seed)
    say("[4/7] export: trigger path -> QONNX, checked against Brevitas")
    onnx_path = export(mdir, data, n_events=csim_events, seed=seed)
    say("[5/7] csim: hls4ml project, compiled C++ vs the quantized model")
    result = csim(mdir, data, n_events=csim_events, settings=settings, projects_root=projects,
                  seed=seed, firmware_root=firmware)
    say(f"      {result['bit_exact_events']}/{result['events']} events bit-exact")
    say(f"[6/7] synth: {settings.full_part}, {settings.clock_ns} ns clock")
    synth(model_dir, settings, projects_root=projects)
    say("[7/7] report")
    report = write_report(mdir)
    return {"data": data, "model_dir": model_dir, "qonnx": onnx_path, "project": projects / name,
            "firmware": firmware / name, "report": report, "bit_exact": result["bit_exact_fraction"] == 1.0}


def ensure_exported(model_dir: ModelDir | Path, say: Callable[[str], None] = print) -> Path:
    """The model's QONNX trigger graph, exported (and checked against Brevitas) first when
    it is missing, on the data the model was trained on or the built-in events."""
    from bead_fpga.defaults import data_for
    from bead_fpga.export import export

    mdir = ModelDir.of(model_dir)
    graph = mdir.qonnx_file()
    if graph.is_file():
        return graph
    say(f"export: {mdir.path} has no {graph.name} yet: exporting the trigger path first")
    return export(mdir, data_for(mdir, say=say), seed=int(mdir.training_run().get("seed", 0)))
