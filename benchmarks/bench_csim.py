"""C-simulation of every hls4ml reference model: compile time, events/s, bit-exact fraction on
100k events, and ROC AUC per signal for the float twin, the quantized model and the C++.

    python benchmarks/bench_csim.py [--events 100000] [--models hvae_8b vae_8b ae_8b]

Data: generated with seed 11 (the reference models were trained on seed 0), with enough
background that the test split holds ``--events`` events. Each model is copied to a temporary
directory, exported (checked on 10k events), converted and compiled from scratch, so the
compile time is a cold build. Writes ``benchmarks/results/csim.json`` and ``csim.md``.
"""

from __future__ import annotations

import argparse
import json
import shutil
import tempfile
import time
from pathlib import Path

from bead_fpga.markdown import markdown_table
from common import RESULTS_DIR, command, machine

REPO = Path(__file__).resolve().parents[1]


def run_model(name: str, data: Path, work: Path, events: int) -> dict:
    from bead_fpga.csim import csim
    from bead_fpga.export import export
    from bead_fpga.hls.convert import HLSSettings, convert
    from bead_fpga.model_dir import CSIM_FILE, QONNX_SUFFIX

    model_dir = work / "models" / name
    shutil.copytree(REPO / "models" / name, model_dir, ignore=shutil.ignore_patterns(f"*{QONNX_SUFFIX}", CSIM_FILE))
    start = time.perf_counter()
    export(model_dir, data, n_events=10_000)
    export_s = time.perf_counter() - start
    project = convert(model_dir, HLSSettings(), work / "hls_projects")
    result = csim(model_dir, data, n_events=events, project=project, projects_root=work / "hls_projects",
                  firmware_root=work / "firmware")
    physics = result["physics"]
    return {
        "model": name, "events": result["events"], "background_events": result["background_only"]["events"],
        "bit_exact_fraction": result["bit_exact_fraction"], "max_abs_diff_lsb": result["max_abs_diff_lsb"],
        "export_and_check_s": round(export_s, 1), "compile_s": result["compile_seconds"],
        "csim_events_per_s": result["csim_events_per_second"],
        "auc": {variant: {s: round(f["auc"], 4) for s, f in physics[variant].items()}
                for variant in ("float_twin", "quantized", "csim") if isinstance(physics[variant], dict)},
    }


def markdown(results: list[dict], meta: dict) -> str:
    signals = list(results[0]["auc"]["csim"])
    runs = [[r["model"], r["events"], f"{100 * r['bit_exact_fraction']:.3f} %", r["max_abs_diff_lsb"], r["compile_s"],
             f"{r['csim_events_per_s']:.0f}"] for r in results]
    aucs = [[r["model"], *(" / ".join(f"{r['auc'][v][s]:.3f}" for v in ("float_twin", "quantized", "csim") if v in r["auc"])
                           for s in signals)] for r in results]
    return "\n".join([
        f"# C-simulation benchmark\n\n`{meta['command']}` on {meta['machine']['cpu']} "
        f"({meta['machine']['cpu_count']} cores, load {meta['machine']['load_average']}).\n",
        markdown_table(["model", "events", "bit-exact", "worst diff (LSB)", "cold compile (s)", "C-sim events/s"], runs),
        "", "ROC AUC of the trigger score (each model's own trigger kind) per signal: float twin / quantized / C-sim.", "",
        markdown_table(["model", *signals], aucs)]) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--models", nargs="+", default=["hvae_8b", "vae_8b", "ae_8b"])
    args = parser.parse_args()

    from bead_fpga.data.generate import generate

    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        generate(work / "data", n_events=5 * args.events, seed=11, n_signal=args.events)
        results = [run_model(name, work / "data", work, args.events) for name in args.models]
    meta = {"command": command(), "machine": machine("hls4ml", "qonnx", "brevitas", "torch")}
    RESULTS_DIR.mkdir(exist_ok=True)
    (RESULTS_DIR / "csim.json").write_text(json.dumps({**meta, "results": results}, indent=2) + "\n")
    table = markdown(results, meta)
    (RESULTS_DIR / "csim.md").write_text(table)
    print(table)


if __name__ == "__main__":
    main()
