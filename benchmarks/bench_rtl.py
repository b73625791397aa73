"""The open RTL flow on every hls4ml reference model: bit-exactness of the Verilated alkaid RTL
against Brevitas on >= 1M events, its speed beside hls4ml's C-sim in the same run, the
latency measured in simulation, and one table of hardware figures per model from three
sources (analytic estimate, alkaid's own count, Yosys).

    python benchmarks/bench_rtl.py [--events 1000000] [--csim-events 50000] [--models hvae_8b vae_8b ae_8b] [--no-yosys]
        [--clock 5] [--levels-per-stage L] [--depth-slack N] [--no-dsp] [--stage-ns A,B,...] [--name rtl]

Data: generated with seed 11 (the reference models were trained on seed 0), with enough
background that the test split holds ``--events`` events. Each model directory is copied
(with its committed QONNX graph) to a temporary directory; the RTL is traced and Verilated
from scratch, so trace and compile times are cold builds. The Verilator model runs on 2
threads (events split between them); hls4ml's C-sim (single-threaded ``ap_fixed``
emulation) runs ``--csim-events`` of the same events. ``--clock``, ``--levels-per-stage``,
``--depth-slack``, ``--no-dsp`` and ``--stage-ns`` choose the RTL as ``bead-fpga synth --flow open`` does. Writes
``benchmarks/results/<name>.json`` and ``<name>.md``.
"""

from __future__ import annotations

import argparse
import json
import shutil
import tempfile
import time
from pathlib import Path

import numpy as np
from common import RESULTS_DIR, command, machine

from bead_fpga.markdown import markdown_table

REPO = Path(__file__).resolve().parents[1]
CHUNK = 100_000


def timed(fn, *args, **kwargs):
    start = time.perf_counter()
    out = fn(*args, **kwargs)
    return out, time.perf_counter() - start


def in_chunks(fn, x: np.ndarray) -> np.ndarray:
    return np.concatenate([fn(x[i:i + CHUNK]) for i in range(0, len(x), CHUNK)])


def run_models(models: list[str], events: int, run) -> list[dict]:
    """``run(name, data_dir, work_dir)`` per model, on data generated once (seed 11, enough
    background for ``events`` test events) in a temporary directory; each row printed."""
    from bead_fpga.data.generate import generate

    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        generate(work / "data", n_events=5 * events, seed=11, n_signal=1_000)
        results = []
        for name in models:
            results.append(run(name, work / "data", work))
            print(json.dumps(results[-1]), flush=True)
    return results


def run_model(name: str, data: Path, work: Path, events: int, csim_events: int, yosys: bool, rtl: dict) -> dict:
    from bead_fpga.compare import compare_integers
    from bead_fpga.defaults import unseen_events
    from bead_fpga.models import brevitas_scores
    from bead_fpga.hls.convert import HLSSettings, convert
    from bead_fpga.model_dir import ModelDir
    from bead_fpga.rtl import yosys as open_synth
    from bead_fpga.rtl.project import RTLSettings, rtl_project
    from bead_fpga.synth.estimation.estimate import estimate

    model_dir = ModelDir(work / "models" / name)
    shutil.copytree(REPO / "models" / name, model_dir.path, ignore=shutil.ignore_patterns("csim*.json", "report*"))
    model, transform, cfg = model_dir.load()
    x = transform.apply(unseen_events(model_dir, data, events, 0))
    reference, brevitas_s = timed(brevitas_scores, model, x)

    project, trace_s = timed(rtl_project, model_dir.qonnx_file(), RTLSettings(**rtl), work / "projects", cfg.name)
    _, compile_s = timed(project.compile)
    simulated, sim_s = timed(in_chunks, project.predict, x)
    exact = compare_integers(reference, simulated, project.traced.output_lsb)
    other = int(np.flatnonzero(reference[:, 0] != reference[0, 0])[0])
    latency = project.latency_cycles(x[0], x[other])

    hls, convert_s = timed(convert, model_dir.path, HLSSettings(), work / "hls_projects")
    _, hls_compile_s = timed(hls.compile)
    csim_out, csim_s = timed(hls.predict, x[:csim_events])
    csim_exact = compare_integers(reference[:csim_events], csim_out, project.traced.output_lsb)
    analytic = estimate(hls.hls_model, "xcvu9p", 5.0)

    own = project.alkaid_estimate()
    row = {
        "model": name, "rtl_settings": project.settings.to_dict(), "events": exact["events"], "bit_exact_fraction": exact["bit_exact_fraction"],
        "max_abs_diff_lsb": exact["max_abs_diff_lsb"],
        "latency_cycles_measured": latency, "pipeline_stages": project.pipeline_stages,
        "trace_s": round(trace_s, 1), "verilator_compile_s": round(compile_s, 1),
        "rtl_events_per_s": round(len(x) / sim_s), "brevitas_events_per_s": round(len(x) / brevitas_s),
        "csim_events": csim_exact["events"], "csim_bit_exact_fraction": csim_exact["bit_exact_fraction"],
        "hls_convert_s": round(convert_s, 1), "hls_compile_s": round(hls_compile_s, 1),
        "csim_events_per_s": round(csim_events / csim_s),
        "figures": {
            "estimate:analytic": {"lut": analytic.lut, "ff": analytic.ff, "dsp": analytic.dsp,
                                  "carry": analytic.carry8, "latency_cycles": analytic.latency_cycles,
                                  "note": "hls4ml Latency-strategy design (CARRY8)"},
            own["source"]: {"lut": own["lut"], "ff": own["ff"], "dsp": 0, "carry": None,
                            "latency_cycles": own["latency_cycles"], "note": "alkaid RTL, its own count"},
        },
    }
    if yosys:
        counts, yosys_s = timed(open_synth.synthesize, project.dir / "src", project.name, project.dir / "yosys",
                                None, project.settings.dsp)
        row["yosys_s"] = round(yosys_s, 1)
        row["figures"][counts["source"]] = {
            "lut": counts["lut"] + counts["lut_as_srl"], "ff": counts["ff"], "dsp": counts["dsp"],
            "carry": counts["carry"], "latency_cycles": latency, "logic_depth": counts["logic_depth"],
            "note": "alkaid RTL synthesized (CARRY4); latency from Verilator"}
    return row


def markdown(results: list[dict], meta: dict) -> str:
    m = meta["machine"]
    lines = [(f"# Open RTL flow benchmark\n\n`{meta['command']}` on {m['cpu']} ({m['cpu_count']} cores, "
              f"load {m['load_average']}); alkaid {m['alkaid']}, verilator {meta['verilator']}, {meta['yosys']}.\n"),
             markdown_table(
                 ["model", "events", "RTL bit-exact", "worst diff (LSB)", "latency measured / stages (cycles)", "trace (s)",
                  "Verilator compile (s)", "RTL events/s (2 threads)", "hls4ml C-sim events/s", "RTL / C-sim"],
                 [[r["model"], f"{r['events']:,}", f"{100 * r['bit_exact_fraction']:.3f} %", r["max_abs_diff_lsb"],
                   f"{r['latency_cycles_measured']} / {r['pipeline_stages']}", r["trace_s"], r["verilator_compile_s"],
                   f"{r['rtl_events_per_s']:,}", f"{r['csim_events_per_s']:,}",
                   f"{r['rtl_events_per_s'] / r['csim_events_per_s']:.1f}x"] for r in results])]
    lines += ["", (f"Hardware figures per model, each with its source (VU9P; the RTL at a {meta['rtl']['clock_ns']:g} ns "
                   "clock, the analytic estimate at hls4ml's 5 ns). The analytic estimate counts "
                   "hls4ml's Latency-strategy design; alkaid and Yosys count alkaid's distributed-arithmetic RTL of the "
                   "same bit-exact function, so they differ in design as well as in method."), "",
              markdown_table(
                  ["model", "source", "LUT", "FF", "DSP", "carry cells", "latency (cycles)", "logic depth (cells)"],
                  [[r["model"], f"`{source}`", f"{f['lut']:,}", f"{f['ff']:,}", f["dsp"],
                    "-" if f.get("carry") is None else f"{f['carry']:,}", f["latency_cycles"], f.get("logic_depth", "-")]
                   for r in results for source, f in r["figures"].items()])]
    return "\n".join(lines) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=1_000_000)
    parser.add_argument("--csim-events", type=int, default=50_000)
    parser.add_argument("--models", nargs="+", default=["hvae_8b", "vae_8b", "ae_8b"])
    parser.add_argument("--no-yosys", action="store_true", help="skip Yosys (minutes per model)")
    parser.add_argument("--clock", type=float, default=5.0, help="clock period, ns (chooses the stage depth)")
    parser.add_argument("--levels-per-stage", type=float, default=None,
                        help="alkaid delay units per stage (default: the clock chooses)")
    parser.add_argument("--depth-slack", type=int, default=None, help="alkaid hard_dc (default: no limit)")
    parser.add_argument("--no-dsp", action="store_true", help="squares from adders, Yosys -nodsp")
    parser.add_argument("--stage-ns", default=None, help="re-cut by these measured stage delays, comma-separated")
    parser.add_argument("--name", default="rtl", help="results/<name>.json and .md")
    args = parser.parse_args()
    from bead_fpga.cli.common import _parse_stage_ns  # the command line's own parsing and error

    rtl = {"clock_ns": args.clock, "levels_per_stage": args.levels_per_stage, "depth_slack": args.depth_slack,
           "dsp": not args.no_dsp,
           "stage_ns": _parse_stage_ns(args.stage_ns)}

    from bead_fpga.rtl.verilator import verilator_version
    from bead_fpga.rtl.yosys import find_yosys

    found = find_yosys()
    yosys = found is not None and not args.no_yosys
    results = run_models(args.models, args.events,
                         lambda name, data, work: run_model(name, data, work, args.events, args.csim_events, yosys, rtl))
    meta = {"command": command(), "machine": machine("alkaid", "hls4ml", "qonnx", "brevitas", "torch"),
            "verilator": verilator_version(), "yosys": f"yosys {found.version}" if found else "no yosys", "rtl": rtl}
    from bead_fpga.io import atomic_path, write_json

    write_json(RESULTS_DIR / f"{args.name}.json", {**meta, "results": results})
    md = markdown(results, meta)
    with atomic_path(RESULTS_DIR / f"{args.name}.md") as tmp_md:
        tmp_md.write_text(md)
    print(md)


if __name__ == "__main__":
    main()
