"""The emulator libraries of the reference models: bit-exactness against the quantized Brevitas
model, all versions loaded side by side in one process, and events/s on 1 and more threads
beside hls4ml's own ``predict`` in the same run.

    python benchmarks/bench_emulator.py [--events 100000] [--data DIR] [--speed-events 100000]
        [--csim-events 20000] [--threads 1 2] [--models hvae_8b vae_8b ae_8b transformer_8b bead_8b]
        [--name emulator]

Data: ``--data`` (ADC2021 layout, e.g. ``bead-fpga data generate --events 1000000 --seed 11``),
else generated with seed 11 (the reference models were trained on seed 0); the first
``--events`` background events of the file are used, as hardware units
(``InputTransform.to_hardware``), so the library gets exactly what a trigger hands over. Each
model directory is copied (with its committed QONNX graph) to a temporary directory, converted,
and its emulator built from scratch (a cold build). The reference is the Brevitas model on the
same hardware units mapped by the input transform's numpy code; the comparison is in output
LSBs. Every event runs through the library on the most threads asked for (the exactness
figure); each thread count is timed on the first ``--speed-events`` (and must give the same
scores). hls4ml's ``predict`` (its ctypes bridge, one C call per event, single-threaded) runs
the first ``--csim-events``. Every library stays loaded; at the end each runs its first
``--speed-events`` again with all of them in the process, and must give the same scores.
Writes ``benchmarks/results/<name>.json`` (after every model) and ``<name>.md``.
"""

from __future__ import annotations

import argparse
import os
import shutil
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
from common import RESULTS_DIR, command, machine, recorded

from bead_fpga.markdown import markdown_table

REPO = Path(__file__).resolve().parents[1]
VECTOR_EVENTS = 1_000


def timed(fn, *args, **kwargs):
    start = time.perf_counter()
    out = fn(*args, **kwargs)
    return out, time.perf_counter() - start


@dataclass
class Loaded:
    """A library kept loaded for the side-by-side check, with its first events and raw scores."""

    library: Any
    hw: np.ndarray
    raw: np.ndarray


def emulator_runs(library: Any, hw: np.ndarray, reference: np.ndarray, lsb: float, threads: list[int],
                  speed_events: int) -> tuple[dict, np.ndarray]:
    """Every event on the most threads (exactness), each thread count timed on the first
    ``speed_events``; returns the row's fields and the raw scores."""
    from bead_fpga.compare import compare_integers

    (raw, value), full_s = timed(library.predict, hw, max(threads))
    exact = compare_integers(reference, value, lsb)
    row = {"bit_exact_fraction": exact["bit_exact_fraction"], "bit_exact_events": exact["bit_exact_events"],
           "max_abs_diff_lsb": exact["max_abs_diff_lsb"], "first_mismatches": exact["first_mismatches"],
           "float_equals_fixed": bool(np.array_equal(value, raw * 2.0**-library.frac_bits)),
           "all_events_threads": max(threads), "all_events_per_s": round(len(hw) / full_s)}
    part = hw[:speed_events]
    for n in threads:
        (raw_n, _), seconds = timed(library.predict, part, n)
        row[f"emulator_{n}t"] = {"events": len(part), "events_per_s": round(len(part) / seconds),
                                 "same_scores": bool(np.array_equal(raw_n, raw[:len(part)]))}
    return row, raw


def run_model(name: str, data: Path, work: Path, events: int, speed_events: int, csim_events: int,
              threads: list[int]) -> tuple[dict, Loaded]:
    from qonnx.core.modelwrapper import ModelWrapper

    from bead_fpga.compare import compare_integers
    from bead_fpga.data.adc2021 import BACKGROUND_FILE, read_features
    from bead_fpga.emulator import build_emulator, load
    from bead_fpga.models import brevitas_scores
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
    runs, raw = emulator_runs(library, hw, reference, lsb, threads, speed_events)
    row.update(runs)
    _, compile_s = timed(hls.compile)
    csim, csim_s = timed(hls.predict, x[:csim_events])
    row.update({"hls4ml_compile_s": round(compile_s, 1), "csim_events": len(csim),
                "csim_bit_exact_fraction": compare_integers(reference[:csim_events], csim, lsb)["bit_exact_fraction"],
                "hls4ml_predict_events_per_s": round(len(csim) / csim_s)})
    return row, Loaded(library, hw[:speed_events].copy(), raw[:speed_events].copy())


def side_by_side(loaded: dict[str, Loaded]) -> dict[str, Any]:
    """With every library in the process, each one's scores on its first events again."""
    same = {name: bool(np.array_equal(item.library.predict(item.hw, 1)[0], item.raw)) for name, item in loaded.items()}
    return {"libraries_loaded": [item.library.version for item in loaded.values()],
            "events_each": min(len(item.hw) for item in loaded.values()) if loaded else 0, "same_scores": same}


def markdown(results: list[dict], meta: dict, threads: list[int], together: dict[str, Any]) -> str:
    m = meta["machine"]
    header = ["model", "events", "emulator bit-exact", "worst diff (LSB)",
              *(f"emulator events/s ({n} thr.)" for n in threads), "hls4ml predict events/s (C-sim exact)",
              "emulator (1 thr.) / hls4ml predict", "emulator build (s)"]
    rows = [[r["model"], f"{r['events']:,}", f"{100 * r['bit_exact_fraction']:.3f} %", r["max_abs_diff_lsb"],
             *(f"{r[f'emulator_{n}t']['events_per_s']:,}" for n in threads),
             f"{r['hls4ml_predict_events_per_s']:,} ({100 * r['csim_bit_exact_fraction']:.3f} % of {r['csim_events']:,})",
             f"{r[f'emulator_{threads[0]}t']['events_per_s'] / r['hls4ml_predict_events_per_s']:.1f}x",
             r["emulator_build_s"]] for r in results]
    speed_events = results[0][f"emulator_{threads[0]}t"]["events"] if results else 0
    same = all(together.get("same_scores", {}).values())
    return (f"# Emulator library benchmark\n\n`{meta['command']}` on {m['cpu']} ({m['cpu_count']} cores, "
            f"load {m['load_average']}); hls4ml {m['hls4ml']}, torch {m['torch']}.\n\n"
            + markdown_table(header, rows)
            + f"\n\nEvents/s per thread count on the first {speed_events:,} events (same scores as the all-event run: "
            f"{all(r[f'emulator_{n}t']['same_scores'] for r in results for n in threads)}). Side by side: "
            f"{len(together.get('libraries_loaded', []))} libraries loaded in one process "
            f"({', '.join(together.get('libraries_loaded', []))}), each gives its own scores again: {same}.\n")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--data", type=Path, default=None, help="ADC2021-layout data; default: generated, seed 11")
    parser.add_argument("--speed-events", type=int, default=100_000)
    parser.add_argument("--csim-events", type=int, default=20_000)
    parser.add_argument("--threads", type=int, nargs="+", default=sorted({1, os.cpu_count() or 1}))
    parser.add_argument("--models", nargs="+", default=["hvae_8b", "vae_8b", "ae_8b", "transformer_8b", "bead_8b"])
    parser.add_argument("--name", default="emulator", help="results/<name>.json and .md")
    args = parser.parse_args()

    from bead_fpga.data.generate import generate
    from bead_fpga.io import atomic_path, write_json

    results, loaded, together = [], {}, {}
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        data = args.data or generate(work / "data", n_events=args.events, seed=11, n_signal=1_000)["background"].parent
        meta = {"command": command(), "data": recorded(data)}
        for name in args.models:
            row, loaded[name] = run_model(name, data, work, args.events, args.speed_events, args.csim_events, args.threads)
            results.append(row)
            print(row, flush=True)
            write_json(RESULTS_DIR / f"{args.name}.json", {**meta, "machine": machine("hls4ml", "torch", "brevitas"),
                                                             "results": results})
        together = side_by_side(loaded)
    meta["machine"] = machine("hls4ml", "torch", "brevitas")
    write_json(RESULTS_DIR / f"{args.name}.json", {**meta, "results": results, "side_by_side": together})
    md = markdown(results, meta, args.threads, together)
    with atomic_path(RESULTS_DIR / f"{args.name}.md") as tmp_md:
        tmp_md.write_text(md)
    print(md)


if __name__ == "__main__":
    main()
