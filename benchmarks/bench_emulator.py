"""The emulator libraries of the reference models: bit-exactness against the quantized Brevitas
model, and events/s on 1 and more threads beside hls4ml's own ``predict`` in the same run.

    python benchmarks/bench_emulator.py [--events 100000] [--csim-events 20000] [--threads 1 2]
                                        [--models hvae_8b vae_8b ae_8b transformer_8b] [--name emulator]

Data: generated with seed 11 (the reference models were trained on seed 0); every background
event of the file is used, as hardware units (``InputTransform.to_hardware``), so the library
gets exactly what a trigger hands over. Each model directory is copied (with its committed
QONNX graph) to a temporary directory, converted, and its emulator built from scratch (a cold
build). The reference is the Brevitas model on the same hardware units mapped by the input
transform's numpy code; the comparison is in output LSBs. hls4ml's ``predict`` (its ctypes
bridge, one C call per event, single-threaded) runs the first ``--csim-events`` of the same
events. Writes ``benchmarks/results/<name>.json`` and ``<name>.md`` (default ``emulator``).
"""

from __future__ import annotations

import argparse
import os
import shutil
import tempfile
import time
from pathlib import Path

import numpy as np
from common import RESULTS_DIR, command, machine

from bead_fpga.markdown import markdown_table

REPO = Path(__file__).resolve().parents[1]
VECTOR_EVENTS = 1_000


def timed(fn, *args, **kwargs):
    start = time.perf_counter()
    out = fn(*args, **kwargs)
    return out, time.perf_counter() - start


def run_model(name: str, data: Path, work: Path, events: int, csim_events: int, threads: list[int]) -> dict:
    from qonnx.core.modelwrapper import ModelWrapper

    from bead_fpga.compare import compare_integers
    from bead_fpga.data.adc2021 import BACKGROUND_FILE, read_features
    from bead_fpga.emulator import build_emulator, load
    from bead_fpga.export import brevitas_scores
    from bead_fpga.graph.fixed import output_lsb
    from bead_fpga.hls.convert import HLSSettings, convert
    from bead_fpga.model_dir import ModelDir

    model_dir = ModelDir(work / "models" / name)
    shutil.copytree(REPO / "models" / name, model_dir.path, ignore=shutil.ignore_patterns("csim*.json", "report*"))
    reuse = 4 if name.startswith("transformer") else 1  # the transformer's trigger setting (models/build_reference_hls.sh)
    hls = convert(model_dir.path, HLSSettings(reuse=reuse), work / "hls_projects")
    built, build_s = timed(build_emulator, model_dir.path, work / "lib", None, data, VECTOR_EVENTS, 0)
    library = load(work / "lib", built["version"])

    model, transform, _ = model_dir.load()
    hw = transform.to_hardware(read_features(data / BACKGROUND_FILE, max_events=events)[0])
    x = transform.apply_hardware(hw)
    reference, brevitas_s = timed(brevitas_scores, model, x)
    lsb = output_lsb(ModelWrapper(str(model_dir.qonnx_file())))
    row = {"model": name, "version": built["version"], "events": len(hw), "score_frac_bits": library.frac_bits,
           "emulator_build_s": round(build_s, 1), "brevitas_events_per_s": round(len(hw) / brevitas_s)}
    for n in threads:
        (raw, value), emulator_s = timed(library.predict, hw, n)
        exact = compare_integers(reference, value, lsb)
        row[f"emulator_{n}t"] = {"events_per_s": round(len(hw) / emulator_s), "bit_exact_fraction": exact["bit_exact_fraction"],
                                 "float_equals_fixed": bool(np.array_equal(value, raw * 2.0**-library.frac_bits)),
                                 "max_abs_diff_lsb": exact["max_abs_diff_lsb"], "first_mismatches": exact["first_mismatches"]}
    _, compile_s = timed(hls.compile)
    csim, csim_s = timed(hls.predict, x[:csim_events])
    row.update({"hls4ml_compile_s": round(compile_s, 1), "csim_events": len(csim),
                "csim_bit_exact_fraction": compare_integers(reference[:csim_events], csim, lsb)["bit_exact_fraction"],
                "hls4ml_predict_events_per_s": round(len(csim) / csim_s)})
    return row


def markdown(results: list[dict], meta: dict, threads: list[int]) -> str:
    m = meta["machine"]
    header = ["model", "events", "emulator bit-exact", "worst diff (LSB)",
              *(f"emulator events/s ({n} thr.)" for n in threads), "hls4ml predict events/s (C-sim exact)",
              "emulator (1 thr.) / hls4ml predict", "emulator build (s)"]
    rows = [[r["model"], f"{r['events']:,}",
             f"{100 * min(r[f'emulator_{n}t']['bit_exact_fraction'] for n in threads):.3f} %",
             max(r[f"emulator_{n}t"]["max_abs_diff_lsb"] for n in threads),
             *(f"{r[f'emulator_{n}t']['events_per_s']:,}" for n in threads),
             f"{r['hls4ml_predict_events_per_s']:,} ({100 * r['csim_bit_exact_fraction']:.3f} % of {r['csim_events']:,})",
             f"{r[f'emulator_{threads[0]}t']['events_per_s'] / r['hls4ml_predict_events_per_s']:.1f}x",
             r["emulator_build_s"]] for r in results]
    return (f"# Emulator library benchmark\n\n`{meta['command']}` on {m['cpu']} ({m['cpu_count']} cores, "
            f"load {m['load_average']}); hls4ml {m['hls4ml']}, torch {m['torch']}.\n\n"
            + markdown_table(header, rows) + "\n")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--csim-events", type=int, default=20_000)
    parser.add_argument("--threads", type=int, nargs="+", default=sorted({1, os.cpu_count() or 1}))
    parser.add_argument("--models", nargs="+", default=["hvae_8b", "vae_8b", "ae_8b", "transformer_8b"])
    parser.add_argument("--name", default="emulator", help="results/<name>.json and .md")
    args = parser.parse_args()

    from bead_fpga.data.generate import generate
    from bead_fpga.io import atomic_path, write_json

    results = []
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        generate(work / "data", n_events=args.events, seed=11, n_signal=1_000)
        for name in args.models:
            results.append(run_model(name, work / "data", work, args.events, args.csim_events, args.threads))
            print({k: v for k, v in results[-1].items()}, flush=True)
    meta = {"command": command(), "machine": machine("hls4ml", "torch", "brevitas")}
    write_json(RESULTS_DIR / f"{args.name}.json", {**meta, "results": results})
    md = markdown(results, meta, args.threads)
    with atomic_path(RESULTS_DIR / f"{args.name}.md") as tmp_md:
        tmp_md.write_text(md)
    print(md)


if __name__ == "__main__":
    main()
