"""Models x precisions on one generated data set: parameters, AUC and TPR@1e-5 per signal, and
training time per epoch.

    python benchmarks/bench_models.py [--events 20000] [--epochs 3] [--models hvae,transformer,ae,vae]
                                      [--bits 4,6,8,16,0] [--float-warmup 0] [--work DIR]

One data set is generated with a fixed seed (``--data-seed``); every model type is trained at
each bit width (``0`` = the float twin) for exactly ``--epochs`` epochs (early stopping off, so
every row has the same budget) with ``bead_fpga.train.train`` and scored with
``bead_fpga.evaluate.evaluate`` (plots off) on the background test split and the four signals.
The table reports the **trigger** score (encoder only, what the firmware computes); the JSON
also has the software (reconstruction) score and TPR at 1e-4.

Honest-reporting notes, also written into the outputs:

* TPR at FPR 1e-5 needs >= 100k background *test* events (500k generated, at the 60/20/20
  split) to be resolved. Below that the number is the efficiency at the highest background
  score (``fpr_resolved: false``), an optimistic estimate, marked ``*`` in the table.
* Times are wall-clock seconds per epoch with one torch thread (train's default), on whatever else
  the machine was running (the load average before/after is recorded).
* These are short trainings on toy-simulated events (``bead_fpga.data.generate``); they rank
  architectures and bit widths under equal budgets, they are not physics results.

Results: ``benchmarks/results/models.json`` and ``models.md`` (``--out`` to change).
"""

from __future__ import annotations

import argparse
import os
import shlex
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from bead_fpga.markdown import markdown_table
from common import machine, recorded

RESULTS = Path(__file__).resolve().parent / "results"


def run_one(model_type: str, bits: int, data: Path, work: Path, args) -> dict[str, Any]:
    import json

    import torch

    from bead_fpga.evaluate import evaluate, fpr_key
    from bead_fpga.models import build_model, n_parameters
    from bead_fpga.models.config import ModelConfig
    from bead_fpga.model_dir import ModelDir
    from bead_fpga.train import train

    tag = f"{bits}b" if bits else "float"
    out = work / f"{model_type}_{tag}"
    t0 = time.perf_counter()
    train(model_type, data, out, bits=bits, epochs=args.epochs, batch_size=args.batch_size, lr=args.lr,
          max_events=args.events, seed=args.seed, float_warmup_epochs=args.float_warmup if bits else 0,
          kl_warmup_epochs=args.kl_warmup, patience=0, progress=False)
    train_s = time.perf_counter() - t0
    mdir = ModelDir(out)
    meta = json.loads(mdir.metrics_train_file.read_text())
    cfg = ModelConfig.load(mdir.config_file)
    torch.manual_seed(0)
    model = build_model(cfg)
    twin = build_model(cfg.float_twin())
    t1 = time.perf_counter()
    ev = evaluate(out, data, max_events=args.events, seed=args.seed, plots=False)
    eval_s = time.perf_counter() - t1
    scores = next(iter(ev["variants"].values()))["scores"]
    k5, k4 = fpr_key(1e-5), fpr_key(1e-4)
    epochs = meta["epochs"]
    main = [e for e in epochs if e["phase"] != "float_warmup"]
    return {
        "model": model_type, "bits": bits, "precision": tag, "model_dir": recorded(out),
        "config": cfg.to_dict(),
        "parameters": n_parameters(twin),  # weights + biases of the architecture
        "parameters_incl_quant_scales": n_parameters(model),
        "epochs": len(epochs), "float_warmup_epochs": len(epochs) - len(main),
        "time_per_epoch_s": round(sum(e["time_s"] for e in main) / len(main), 3),
        "train_wall_s": round(train_s, 1), "eval_wall_s": round(eval_s, 1),
        "best_epoch": meta["best_epoch"], "best_val_loss": meta["best_val_loss"],
        "n_background_test": ev["n_background"],
        "trigger": {s: {"auc": m["auc"], "tpr_1e-5": m["tpr_at_fpr"][k5]["tpr"],
                        "tpr_1e-4": m["tpr_at_fpr"][k4]["tpr"],
                        "fpr_1e-5_resolved": m["tpr_at_fpr"][k5]["fpr_resolved"]}
                    for s, m in scores["trigger"].items()},
        "software": {s: {"auc": m["auc"], "tpr_1e-5": m["tpr_at_fpr"][k5]["tpr"]}
                     for s, m in scores["software"].items()},
        "float_to_qat": meta.get("float_to_qat"),
    }


def markdown(report: dict[str, Any]) -> str:
    rows = report["results"]
    signals = list(rows[0]["trigger"]) if rows else []
    n_bkg = rows[0]["n_background_test"] if rows else 0
    resolved = n_bkg * 1e-5 >= 1
    star = "" if resolved else "*"
    m = report["machine"]
    lines = [
        "# Models x precisions (trigger score)",
        "",
        f"Command: `{report['command']}`",
        "",
        f"Machine: {m['cpu']} ({m['cpu_count']} CPUs, torch {m['torch']} with 1 thread, "
        f"brevitas {m['brevitas']}), {m['platform']}; load average before/after "
        f"{m['load_average']} / {report['load_average_after']}.",
        "",
        f"Data: `bead_fpga.data.generate` seed {report['settings']['data_seed']}, "
        f"{report['settings']['events']:,} background events (60/20/20 split: {n_bkg:,} test), "
        f"{report['settings']['signal_events']:,} events per signal. Training: {report['settings']['epochs']} epochs, "
        f"batch {report['settings']['batch_size']}, lr {report['settings']['lr']}, KL warm-up "
        f"{report['settings']['kl_warmup']} epochs, float warm-up {report['settings']['float_warmup']} epochs, "
        f"seed {report['settings']['seed']}, no early stopping (best validation epoch kept).",
        "",
        markdown_table(
            ["model", "precision", "params", "s/epoch", *(f"AUC {s}" for s in signals),
             *(f"TPR@1e-5 {s}{star}" for s in signals)],
            [[r["model"], r["precision"], f"{r['parameters']:,}", f"{r['time_per_epoch_s']:.2f}",
              *(f"{r['trigger'][s]['auc']:.3f}" for s in signals), *(f"{r['trigger'][s]['tpr_1e-5']:.4f}" for s in signals)]
             for r in rows]),
        "",
    ]
    if not resolved:
        lines += [f"\\* {n_bkg:,} background test events cannot resolve FPR 1e-5 (needs >= 100,000): the "
                  "number is the signal efficiency above the highest background score, an optimistic "
                  "estimate (`fpr_resolved: false` in models.json).", ""]
    lines += ["`params` counts weights and biases (the float twin's parameters); learned power-of-two "
              "activation scales are listed separately in models.json. `s/epoch` is the mean wall time of "
              "the main-phase epochs on a shared machine (see the load average).", ""]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--events", type=int, default=20_000, help="background events generated and used (default 20000)")
    p.add_argument("--signal-events", type=int, default=None, help="events per signal file (default events/4)")
    p.add_argument("--epochs", type=int, default=3)
    p.add_argument("--models", default="hvae,transformer,ae,vae")
    p.add_argument("--bits", default="4,6,8,16,0", help="comma-separated bit widths, 0 = float twin")
    p.add_argument("--batch-size", type=int, default=512)
    p.add_argument("--lr", type=float, default=3e-3)
    p.add_argument("--kl-warmup", type=int, default=1)
    p.add_argument("--float-warmup", type=int, default=0, help="float warm-up epochs before QAT (quantized rows)")
    p.add_argument("--seed", type=int, default=0, help="split/initialisation seed")
    p.add_argument("--data-seed", type=int, default=0, help="generator seed")
    p.add_argument("--work", type=Path, default=None, help="where data and models go (default: a temporary directory)")
    p.add_argument("--out", type=Path, default=RESULTS, help="results directory (models.json, models.md)")
    args = p.parse_args(argv)
    args.signal_events = args.signal_events if args.signal_events is not None else max(args.events // 4, 100)

    from bead_fpga.data.generate import generate
    from bead_fpga.io import atomic_path, write_json

    command = "python " + " ".join(shlex.quote(a) for a in ["benchmarks/bench_models.py", *(sys.argv[1:] if argv is None else argv)])
    models = [m.strip() for m in args.models.split(",") if m.strip()]
    bits_list = [int(b) for b in args.bits.split(",") if b.strip()]
    tmp = None
    if args.work is None:
        tmp = tempfile.TemporaryDirectory(prefix="bead_bench_models_")
        work = Path(tmp.name)
    else:
        work = args.work
        work.mkdir(parents=True, exist_ok=True)
    report: dict[str, Any] = {
        "command": command, "machine": machine("torch", "brevitas", "numpy"),
        "settings": {"events": args.events, "signal_events": args.signal_events, "epochs": args.epochs,
                     "batch_size": args.batch_size, "lr": args.lr, "kl_warmup": args.kl_warmup,
                     "float_warmup": args.float_warmup, "seed": args.seed, "data_seed": args.data_seed,
                     "models": models, "bits": bits_list},
        "results": [],
    }
    try:
        data = work / "data"
        t0 = time.perf_counter()
        generate(data, n_events=args.events, seed=args.data_seed, n_signal=args.signal_events)
        print(f"data: {args.events} background + {args.signal_events}/signal in {time.perf_counter() - t0:.1f} s", flush=True)
        for model_type in models:
            for bits in bits_list:
                row = run_one(model_type, bits, data, work, args)
                report["results"].append(row)
                aucs = " ".join(f"{s} {v['auc']:.3f}" for s, v in row["trigger"].items())
                print(f"{model_type:12s} {row['precision']:>5s}  {row['parameters']:6d} params  "
                      f"{row['time_per_epoch_s']:6.2f} s/epoch  AUC {aucs}", flush=True)
        report["load_average_after"] = [round(v, 2) for v in os.getloadavg()]
        report["wall_s"] = round(time.perf_counter() - t0, 1)
        args.out.mkdir(parents=True, exist_ok=True)
        write_json(args.out / "models.json", report)
        with atomic_path(args.out / "models.md") as tmp_md:
            tmp_md.write_text(markdown(report))
        print(f"wrote {args.out / 'models.json'} and {args.out / 'models.md'} ({report['wall_s']} s)")
    finally:
        if tmp is not None:
            tmp.cleanup()
    return 0


if __name__ == "__main__":
    sys.exit(main())
