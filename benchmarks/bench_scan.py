"""The design-space scan on Ray: a committed scan with its Pareto front, and points per hour
with 1 and 2 workers.

    python benchmarks/bench_scan.py [--spec benchmarks/scan_bits_size.yaml] [--out runs/scan]
                                    [--throughput-points 4] [--work DIR] [--skip-scan]

1. **The scan**: every point of ``--spec`` into ``--out`` (resumable: rerun the same command
   after an interruption), then its front (``bead-fpga scan --report``); the results table
   and the front (``results.csv``, ``results.json``, ``front.md``, ``front.png``,
   ``front.json``) are copied to ``benchmarks/results/scan/``. A rerun that finds every point
   finished only redraws the front and keeps the timing of the run that computed them.
2. **Throughput**: the first ``--throughput-points`` points of the spec, from scratch, once
   with 1 worker and once with 2 (each in a fresh directory under ``--work``, after its data
   are generated, Ray's start-up included). With no serial bottleneck in the engine, 2 workers
   on 2 cores finish about twice the points per hour; the load average before and after each
   run is recorded, because on a shared machine the second core may be busy elsewhere.

Results: ``benchmarks/results/scan/bench_scan.json`` and ``bench_scan.md``.
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from bead_fpga.markdown import markdown_table
from common import RESULTS_DIR, command, machine

OUT_DIR = RESULTS_DIR / "scan"
COPIED = ("results.csv", "results.json", "front.md", "front.png", "front.json")


def summary_dict(summary: Any) -> dict[str, Any]:
    return {"points": summary.points, "already_done": summary.already_done, "ran": summary.ran, "ok": summary.ok,
            "failed": summary.failed, "seconds": round(summary.seconds, 1), "workers": summary.workers,
            "points_per_hour": round(summary.points_per_hour, 1) if summary.points_per_hour else None}


def busy_fraction(out: Path, keys: list[str], workers: int, wall: float) -> float:
    """How much of ``workers x wall`` went into stages (a shared model's stages counted once):
    near 1 means the engine kept every worker busy (no serial bottleneck), whatever the
    machine's load made each stage cost."""
    from bead_fpga.scan.points import read_result
    from bead_fpga.scan.run import MODEL_STAGES

    models: dict[str, float] = {}
    hardware = 0.0
    for key in keys:
        result = read_result(out, key) or {}
        seconds = result.get("seconds", {})
        model = sum(seconds.get(stage, 0.0) for stage in MODEL_STAGES)
        models[result.get("model_key", key)] = model
        hardware += seconds.get("total", 0.0) - model
    return round((hardware + sum(models.values())) / (workers * wall), 3)


def run_full_scan(spec: Any, out: Path) -> dict[str, Any]:
    from bead_fpga.scan import run_scan, write_front

    def say(result: dict[str, Any], done: int, total: int) -> None:
        status = result["status"] if result["status"] == "ok" else f"failed: {result.get('error')}"
        print(f"[{done}/{total}] {result['key']} {status}", flush=True)

    load_before = machine()["load_average"]
    summary = run_scan(spec, out, workers=2, on_result=say)
    row = summary_dict(summary) | {"command": command(), "load_before": load_before,
                                   "load_after": machine()["load_average"],
                                   "busy": busy_fraction(out, [p.key for p in spec.points()], 2, summary.seconds)}
    paths = write_front(out)
    OUT_DIR.mkdir(parents=True, exist_ok=True)
    for name in COPIED:
        shutil.copyfile(out / name, OUT_DIR / name)
    row["front"] = {kind: str(path) for kind, path in paths.items()}
    return row


def run_throughput(spec: Any, work: Path, n_points: int) -> list[dict[str, Any]]:
    from bead_fpga.scan import run_scan
    from bead_fpga.scan.run import prepare_data

    keys = [p.key for p in spec.points()[:n_points]]
    rows = []
    for workers in (1, 2):
        out = work / f"workers{workers}"
        shutil.rmtree(out, ignore_errors=True)
        prepare_data(spec.data, out)  # generated before the clock starts
        load_before = machine()["load_average"]
        start = time.perf_counter()
        summary = run_scan(spec, out, workers=workers, only=keys)
        wall = time.perf_counter() - start
        rows.append(summary_dict(summary) | {"wall_s": round(wall, 1), "load_before": load_before,
                                             "load_after": machine()["load_average"],
                                             "busy": busy_fraction(out, keys, workers, wall)})
        print(f"{workers} worker(s): {summary.ran} points in {wall:.0f} s", flush=True)
    return rows


def markdown(result: dict[str, Any]) -> str:
    lines = [
        "# Scan benchmark",
        "",
        f"Machine: {result['machine']['cpu']} ({result['machine']['cpu_count']} cores), **shared with other jobs** "
        "while this ran (load averages below). Command: `" + result["command"] + "`.",
        "",
    ]
    if result.get("scan"):
        s = result["scan"]
        lines += [f"## The scan ({result['spec']})", "",
                  f"{s['points']} points: {s['ran']} run now ({s['ok']} ok, {s['failed']} failed), {s['already_done']} "
                  f"finished before; {s['seconds']:.0f} s on {s['workers']} workers"
                  + (f" = {s['points_per_hour']:.0f} points/hour" if s["points_per_hour"] else "")
                  + f" (load {s['load_before']} -> {s['load_after']}); the points' own stage time filled "
                  f"{100 * s['busy']:.0f} % of workers x wall time. Front: [front.md](front.md)."
                  + (f" Command: `{s['command']}`." if s.get("command") else ""), ""]
    if result.get("throughput"):
        lines += ["## Points per hour, 1 vs 2 workers (same points, from scratch)", ""]
        if result.get("throughput_command"):
            lines += [f"Recorded by an earlier run: `{result['throughput_command']}`.", ""]
        lines += [
                  markdown_table(["workers", "points", "wall (s)", "points/hour", "workers busy", "load before", "load after"],
                                 [[row["workers"], row["ran"], f"{row['wall_s']:.0f}", f"{row['points_per_hour']:.0f}",
                                   f"{100 * row['busy']:.0f} %", row["load_before"], row["load_after"]]
                                  for row in result["throughput"]])]
        one, two = result["throughput"]
        if one["points_per_hour"] and two["points_per_hour"]:
            lines += ["", f"Speed-up with 2 workers: {two['points_per_hour'] / one['points_per_hour']:.2f}x. "
                      "*Workers busy* is the points' own stage time over workers x wall time: near 100 % means Ray "
                      "kept every worker busy, so the engine adds no serial bottleneck; points per hour then follow "
                      "the cores the machine actually gives (with a load average above the core count, a second "
                      "worker mostly shares the same cores with other jobs)."]
    return "\n".join(lines) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--spec", type=Path, default=Path("benchmarks/scan_bits_size.yaml"))
    parser.add_argument("--out", type=Path, default=Path("runs/scan"), help="Scan directory (resumable).")
    parser.add_argument("--throughput-points", type=int, default=4, help="Points per throughput run (0 = skip).")
    parser.add_argument("--work", type=Path, default=None, help="Where the throughput runs go (default: a temp dir).")
    parser.add_argument("--skip-scan", action="store_true", help="Only measure throughput.")
    args = parser.parse_args()

    from bead_fpga.io import write_json
    from bead_fpga.scan import load_spec

    spec = load_spec(args.spec)
    result: dict[str, Any] = {"command": command(), "machine": machine("ray", "torch", "hls4ml"),
                              "spec": str(args.spec), "points_in_spec": len(spec.points())}
    existing = OUT_DIR / "bench_scan.json"
    recorded = json.loads(existing.read_text()) if existing.is_file() else {}
    previous = recorded.get("scan")
    if not args.skip_scan:
        result["scan"] = run_full_scan(spec, args.out)
    if args.skip_scan or (previous and not result["scan"]["ran"]):
        result["scan"] = previous  # a rerun that found every point done keeps the run that computed them
        if previous and "busy" not in previous:
            previous["busy"] = busy_fraction(args.out, [p.key for p in spec.points()], previous["workers"],
                                             previous["seconds"])
    if args.throughput_points:
        work = args.work or Path(tempfile.mkdtemp(prefix="bench_scan_"))
        result["throughput"] = run_throughput(spec, work, args.throughput_points)
    elif recorded.get("throughput"):  # not measured now: keep the recorded run, with its command
        result["throughput"] = recorded["throughput"]
        result["throughput_command"] = recorded.get("throughput_command", recorded.get("command"))
    OUT_DIR.mkdir(parents=True, exist_ok=True)
    write_json(OUT_DIR / "bench_scan.json", result)
    text = markdown(result)
    (OUT_DIR / "bench_scan.md").write_text(text)
    sys.stdout.write(text)


if __name__ == "__main__":
    main()
