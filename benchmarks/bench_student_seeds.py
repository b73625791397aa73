"""How much a distilled student's operating point depends on its training seed: the committed
students (seed 0) beside students of the same teachers distilled with other seeds, at 400 Hz on
>= 1M background events.

    python benchmarks/bench_student_seeds.py [--teachers hvae_8b bead_8b] [--seeds 1 2] \\
        [--data data/op1m] [--train-data data/reference] [--work DIR]

Each extra student is ``bead-fpga distill models/<teacher> --out <work>/<teacher>_student_s<seed>
--seed <seed>`` run as typed (the command's defaults, as for the committed students), kept in
``--work`` and reused when it is there. Every student and the classic seeds are then measured by
:func:`bead_fpga.rate.rate` on the background file of ``--data`` (never trained on) and its
signal files: TPR at FPR 1e-5 with the 95 % Clopper-Pearson interval. Writes
``results/student_seeds.json`` and ``student_seeds.md``.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from common import RESULTS_DIR, command, machine, portable, recorded

from bead_fpga.markdown import markdown_table

REPO = Path(__file__).resolve().parents[1]
FPR = 1e-5


def student(teacher: str, seed: int, train_data: Path, work: Path) -> Path:
    """The committed student for seed 0, else one distilled here (reused when present)."""
    if seed == 0:
        return REPO / "models" / f"{teacher}_student"
    out = work / f"{teacher}_student_s{seed}"
    if not (out / "weights.pt").is_file():
        print(f"distilling {teacher} with seed {seed} -> {out} (about 1.5 min)", flush=True)
        subprocess.run([sys.executable, "-m", "bead_fpga", "distill", str(REPO / "models" / teacher), "--out", str(out),
                        "--data", str(train_data), "--seed", str(seed)], check=True, capture_output=True, text=True)
    return out


def main() -> None:
    from bead_fpga.rate import rate

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--teachers", nargs="+", default=["hvae_8b", "bead_8b"])
    parser.add_argument("--seeds", nargs="+", type=int, default=[1, 2], help="besides the committed seed 0")
    parser.add_argument("--data", type=Path, default=REPO / "data" / "op1m")
    parser.add_argument("--train-data", type=Path, default=REPO / "data" / "reference")
    parser.add_argument("--work", type=Path, default=None, help="where the extra students go (default: a temporary folder)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        work = args.work or Path(tmp)
        start = time.perf_counter()
        dirs = {(t, s): student(t, s, args.train_data, work) for t in args.teachers for s in [0, *args.seeds]}
        distill_s = round(time.perf_counter() - start, 1)
        result = rate(list(dirs.values()), args.data, [FPR], out_dir=work / "rate", plot=False)
    point = result["operating_points"][0]
    signals = list(result["signals"])
    names = {(t, s): d.name for (t, s), d in dirs.items()}

    def cells(trigger: str) -> list[str]:
        fig = point["triggers"][trigger]["tpr"]
        return [f"{100 * fig[s]['value']:.3f} ({100 * fig[s]['ci'][0]:.3f}-{100 * fig[s]['ci'][1]:.3f})" for s in signals]

    rows = [[t, s, *cells(names[(t, s)])] for (t, s) in dirs]
    seeds = {k: v for k, v in point["triggers"].items() if result["triggers"][k]["kind"] != "model"}
    best = [max(seeds, key=lambda k: seeds[k]["tpr"][s]["value"]) for s in signals]
    rows.append(["best classic seed", "", *[f"{b} {100 * seeds[b]['tpr'][s]['value']:.3f}" for b, s in zip(best, signals)]])
    out = {"command": command(), "machine": machine("torch", "brevitas"), "fpr": FPR, "distill_seconds": distill_s,
           "data": recorded(str(args.data)), "background_events": result["background"]["n_events"],
           "students": {f"{t} seed {s}": portable(str(d)) for (t, s), d in dirs.items()}, "rate": portable(result)}
    RESULTS_DIR.mkdir(exist_ok=True)
    (RESULTS_DIR / "student_seeds.json").write_text(json.dumps(out, indent=1))
    table = markdown_table(["teacher", "student seed", *[f"{s} TPR %" for s in signals]], rows)
    (RESULTS_DIR / "student_seeds.md").write_text(
        f"# Distilled students by training seed at 400 Hz\n\n`{out['command']}` on {out['machine']['cpu']}; "
        f"{out['background_events']:,} background events of `{out['data']}` (never trained on); TPR at FPR {FPR:g} "
        f"(400 Hz at 40 MHz) with its 95 % Clopper-Pearson interval; seed 0 is the committed student.\n\n{table}\n")
    print(table)


if __name__ == "__main__":
    main()
