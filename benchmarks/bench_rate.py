"""The committed reference triggers at their operating point, against the classic L1 seeds,
on >= 1M generated background events; and what ``bead-fpga rate`` costs on 2M.

    python benchmarks/bench_rate.py [--data DIR] [--events 1000000] [--timing-events 2000000]

Physics: ``bead_fpga.rate.rate`` on the first ``--events`` background events of ``--data``
(default: generated here, ``bead-fpga data generate --events N --seed 11``, so the table is
the one the seed-11 file of that size gives; the references were trained on seed 0) and the
first ``--events / 10`` events of each signal file (what ``data generate --events N`` writes),
at 0.4, 1 and 4 kHz of a 40 MHz crossing rate. Every TPR is the firmware score's
(quantized Brevitas ``trigger()``, bit-exact with the C++/RTL), with the count of background
events above the threshold and the 95 % Clopper-Pearson interval.

Cost: ``bead-fpga rate models/hvae_8b`` on ``--timing-events`` background events (and the
signal files), run as a child process: wall time, CPU time (user + system, which a busy shared
machine inflates less than the wall time) and peak RSS (``getrusage`` of the child), with the
load average around it.

Writes ``benchmarks/results/rate.json`` and ``rate.md`` (the tables) and the plot
``rate_tpr_vs_rate.png`` (skipped with ``--events 0``), and ``rate_cost.json`` (skipped with
``--timing-events 0``).
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from common import REFERENCE_MODELS, RESULTS_DIR, command, machine, portable

from bead_fpga.markdown import markdown_table

REPO = Path(__file__).resolve().parents[1]
RATES_KHZ = (0.4, 1.0, 4.0)
SEED = 11


def physics(data: Path, events: int, out: Path) -> dict[str, Any]:
    from bead_fpga.rate import operating_fprs, rate

    fprs = operating_fprs(list(RATES_KHZ), [], 40.0)
    t0 = time.perf_counter()
    result = rate([REPO / "models" / m for m in REFERENCE_MODELS], data, fprs, max_events=events,
                  signal_events=events // 10, out_dir=out)
    result["seconds"] = round(time.perf_counter() - t0, 1)
    return result


def timing(data: Path, events: int, out: Path) -> dict[str, Any]:
    """``bead-fpga rate`` on ``events`` background events in a child process: its wall time
    and peak RSS are its own (this process has no other child)."""
    argv = [sys.executable, "-m", "bead_fpga", "rate", str(REPO / "models" / "hvae_8b"), "--data", str(data),
            "--max-events", str(events), "--out", str(out)]
    load_before, t0 = os.getloadavg()[0], time.perf_counter()
    subprocess.run(argv, check=True, cwd=REPO, stdout=subprocess.DEVNULL)
    seconds = time.perf_counter() - t0
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return {"command": "bead-fpga rate models/hvae_8b --data DIR --max-events " + str(events),
            "background_events": events, "seconds": round(seconds, 1), "cpu_seconds": round(usage.ru_utime + usage.ru_stime, 1),
            "peak_rss_mb": round(usage.ru_maxrss / 1024, 1), "load_average_1min": [load_before, os.getloadavg()[0]],
            "machine": machine("numpy", "torch", "brevitas"), "bench_command": command()}


def _cell(eff: dict) -> str:
    lo, hi = eff["ci"]
    return f"{100 * eff['value']:.3f} ({100 * lo:.3f}-{100 * hi:.3f})"


def tables(result: dict[str, Any]) -> str:
    """One Markdown table of TPRs per operating point and one of the menu figures."""
    signals = list(result["signals"])
    lines = []
    for point in result["operating_points"]:
        lines += [(f"\n**{point['rate_hz']:,.0f} Hz (FPR {point['fpr']:.3g})**: TPR % (95 % CL); "
                   f"background events above the threshold (at most {point['n_background_allowed']:,} may be)\n"),
                  markdown_table(["trigger", "bkg above", *signals],
                                 [[name, p["n_background_above"], *(_cell(p["tpr"][s]) for s in signals)]
                                  for name, p in point["triggers"].items()], right=range(1, 2 + len(signals))),
                  "",
                  markdown_table(["model: menu + model", "classic menu rate", "with model", "pure rate",
                                  *(f"{s} unique / gain" for s in signals)],
                                 [[model, f"{m['rate_hz_classic']:,.0f} Hz", f"{m['rate_hz_with_anomaly']:,.0f} Hz",
                                   f"{m['pure_rate_hz']:,.0f} Hz ({m['n_background_pure']})",
                                   *(f"{100 * m['signals'][s]['unique']['value']:.3f} / {100 * m['signals'][s]['gain']:+.3f}"
                                     for s in signals)]
                                  for model, m in point["menu"].items()], right=range(1, 4 + len(signals)))]
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, help="ADC2021-layout directory (default: generated here, seed 11)")
    parser.add_argument("--events", type=int, default=1_000_000, help="background events for the physics table")
    parser.add_argument("--timing-events", type=int, default=2_000_000, help="background events for the cost run (0: skip)")
    args = parser.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="bench_rate_"))
    try:
        data = args.data
        if data is None:
            from bead_fpga.data.generate import generate

            data = tmp / "data"
            generate(data, n_events=max(args.events, args.timing_events), seed=SEED)
        if args.events:
            write_physics(physics(data, args.events, tmp / "physics"))
        if args.timing_events:
            cost = timing(data, args.timing_events, tmp / "timing")
            (RESULTS_DIR / "rate_cost.json").write_text(json.dumps(cost, indent=1) + "\n")
            print(f"cost: {cost['command']}: {cost['seconds']} s wall, {cost['cpu_seconds']} s CPU, "
                  f"peak RSS {cost['peak_rss_mb']} MB, load {cost['load_average_1min']}")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def write_physics(result: dict[str, Any]) -> None:
    shutil.copy(result["plot"], RESULTS_DIR / "rate_tpr_vs_rate.png")
    result["plot"] = "rate_tpr_vs_rate.png"
    record = {"command": command(), "machine": machine("numpy", "torch", "brevitas"), "physics": portable(result)}
    (RESULTS_DIR / "rate.json").write_text(json.dumps(record, indent=1) + "\n")
    bkg = result["background"]
    n_signal = ", ".join(f"{s} {v['n_events']:,}" for s, v in result["signals"].items())
    md = (f"`{record['command']}` on {record['machine']['cpu']} ({record['machine']['cpu_count']} cores); "
          f"{bkg['n_events']:,} background events (seed {SEED} unless --data), "
          f"{n_signal} signal events; rates at 40 MHz; physics run {result['seconds']} s.\n" + tables(result))
    (RESULTS_DIR / "rate.md").write_text(md + "\n")
    print(md)

if __name__ == "__main__":
    main()
