"""The RTL front end before (da4ml 0.5.2) and after (alkaid 0.8.2), per reference model, at
the same settings (VU9P, 5 ns clock, 7 adder levels per stage unless --levels says otherwise).

    python benchmarks/bench_alkaid.py [--events 100000] [--models hvae_8b vae_8b ae_8b] [--levels 7] [--no-yosys]
    python benchmarks/bench_alkaid.py --table     # join the two runs into rtl_alkaid.md

One run measures the bead_fpga it imports: run it once with ``PYTHONPATH`` on a checkout of
the da4ml front end (the commit before "RTL front end on alkaid") and once on this one; each
writes ``results/rtl_alkaid_<backend>.json``. Per model: the trace and the Verilator build
(cold, from a fresh directory), RTL events/s on ``--events`` background events (2 threads) and
their bit-exactness against Brevitas, the latency measured in simulation, the front end's own
LUT/FF count and, unless ``--no-yosys``, Yosys' LUT/FF/DSP with the timing estimate.
"""

from __future__ import annotations

import argparse
import json
import shutil
from pathlib import Path

from bench_rtl import in_chunks, run_models, timed
from common import RESULTS_DIR, command, machine, recorded

from bead_fpga.markdown import markdown_table

REPO = Path(__file__).resolve().parents[1]


def run_model(name: str, data: Path, work: Path, events: int, levels: float, yosys: bool) -> dict:
    from bead_fpga.compare import compare_integers
    from bead_fpga.defaults import unseen_events
    from bead_fpga.models import brevitas_scores
    from bead_fpga.model_dir import ModelDir
    from bead_fpga.rtl import yosys as open_synth
    from bead_fpga.rtl.probe import probe_events
    from bead_fpga.rtl.project import RTLSettings, rtl_project
    from bead_fpga.rtl.timing import timing_estimate

    model_dir = ModelDir(work / "models" / name)
    shutil.copytree(REPO / "models" / name, model_dir.path, ignore=shutil.ignore_patterns("csim*.json", "report*"))
    model, transform, cfg = model_dir.load()
    x = transform.apply(unseen_events(model_dir, data, events, 0))
    reference = brevitas_scores(model, x)
    settings = RTLSettings(part="xcvu9p", clock_ns=5.0, levels_per_stage=levels)
    project, trace_s = timed(rtl_project, model_dir.qonnx_file(), settings, work / "projects", cfg.name)
    _, compile_s = timed(project.compile)
    simulated, sim_s = timed(in_chunks, project.predict, x)
    exact = compare_integers(reference, simulated, project.traced.output_lsb)
    own = project.alkaid_estimate() if hasattr(project, "alkaid_estimate") else project.da4ml_estimate()
    row = {
        "model": name, "events": exact["events"], "bit_exact_fraction": exact["bit_exact_fraction"],
        "latency_cycles_measured": project.latency_cycles(*probe_events(project.traced, x[:1000])),
        "pipeline_stages": project.pipeline_stages, "levels_per_stage": project.settings.levels_per_stage,
        "trace_s": round(trace_s, 1), "verilator_compile_s": round(compile_s, 1),
        "rtl_events_per_s": round(len(x) / sim_s), "own": own,
    }
    if yosys:
        counts, yosys_s = timed(open_synth.synthesize, project.dir / "src", project.name, project.dir / "yosys")
        timing = timing_estimate(project.dir / "yosys" / open_synth.NETLIST_FILE, project.settings.clock_ns,
                                 row["latency_cycles_measured"])
        row["yosys"] = {**{k: counts[k] for k in ("lut", "lut_as_srl", "ff", "dsp", "carry", "source")},
                        "yosys_s": round(yosys_s, 1)}
        row["timing"] = {k: v for k, v in timing.items() if k != "stages"}
    return row


def table() -> str:
    runs = {b: json.loads((RESULTS_DIR / f"rtl_alkaid_{b}.json").read_text()) for b in ("da4ml", "alkaid")
            if (RESULTS_DIR / f"rtl_alkaid_{b}.json").is_file()}
    lines = ["# RTL front end: da4ml 0.5.2 (before) and alkaid 0.8.2 (after)", ""]
    for backend, run in runs.items():
        m = run["machine"]
        lines.append(f"- {backend}: `{run['command']}` on {m['cpu']} ({m['cpu_count']} cores, load "
                     f"{m['load_average']}), {run['yosys']}, verilator {run['verilator']}")
    lines += ["", ("VU9P, 5 ns clock, 7 adder levels per stage (the depth a 5 ns clock chose before calibration). LUT/FF/DSP: `measured:yosys` "
                   "(LUT includes SRLs); own LUT: the front end's estimate; Fmax: `estimate:timing`."), "",
              markdown_table(["model", "front end", "events bit-exact", "stages (measured)", "latency ns", "trace s",
                              "Verilator s", "RTL events/s", "own LUT", "Yosys LUT", "FF", "DSP", "Fmax est. MHz"],
                             [_row(backend, r) for backend, run in runs.items() for r in run["results"]])]
    return "\n".join(lines) + "\n"


def _row(backend: str, r: dict) -> list:
    y, t = r.get("yosys", {}), r.get("timing", {})
    return [r["model"], backend, f"{100 * r['bit_exact_fraction']:.3f} % of {r['events']:,}", r["latency_cycles_measured"],
            5 * r["latency_cycles_measured"], r["trace_s"], r["verilator_compile_s"], f"{r['rtl_events_per_s']:,}",
            f"{r['own']['lut']:,}", f"{y['lut'] + y['lut_as_srl']:,}" if y else "-", y.get("ff", "-"),
            y.get("dsp", "-"), t.get("fmax_mhz", "-")]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--models", nargs="+", default=["hvae_8b", "vae_8b", "ae_8b"])
    parser.add_argument("--levels", type=float, default=7.0, help="adder levels per stage (the same for both runs)")
    parser.add_argument("--no-yosys", action="store_true", help="skip Yosys (minutes per model)")
    parser.add_argument("--table", action="store_true", help="only join the saved runs into rtl_alkaid.md")
    args = parser.parse_args()
    if not args.table:
        import bead_fpga.rtl.project as project_module
        from bead_fpga.io import write_json
        from bead_fpga.rtl.verilator import verilator_version
        from bead_fpga.rtl.yosys import find_yosys

        backend = "alkaid" if hasattr(project_module, "alkaid_source") else "da4ml"
        found = find_yosys()
        yosys = found is not None and not args.no_yosys
        results = run_models(args.models, args.events, lambda name, data, work: run_model(name, data, work, args.events, args.levels, yosys))
        write_json(RESULTS_DIR / f"rtl_alkaid_{backend}.json",
                   {"command": command(), "machine": machine(backend, "qonnx", "brevitas", "torch"),
                    "verilator": verilator_version(), "yosys": f"yosys {found.version}" if found else "no yosys",
                    "bead_fpga": recorded(Path(project_module.__file__).parents[2]), "results": results})
    md = table()
    (RESULTS_DIR / "rtl_alkaid.md").write_text(md)
    print(md)


if __name__ == "__main__":
    main()
