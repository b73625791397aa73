"""The reconstruction error's fixed-point format (``error_bits``/``error_int_bits``) of a trained
model, without retraining: the error enters only the firmware score (the training loss is the
float error), so each format is the same weights with another score path.

    python benchmarks/bench_error_bits.py [--model hvae_8b] [--data data/op1m] [--events 1000000] \\
        [--format 10,6 --format 8,5 ...]

Per format: how many background events saturate the error (any occupied feature beyond the
range), the score threshold at the operating point against the square of the range (the range
itself for an ``l1`` model; above it, a saturated error alone puts its event over the cut, so
saturation cannot move an event across it), the AUC and the TPR at FPR 1e-5 (400 Hz at 40 MHz) per signal, on the first ``--events``
background events of ``--data`` (never trained on) and ``--events / 10`` per signal. The
background columns are what a format is chosen by; the signal columns are the check.
Writes ``results/error_bits.json`` and ``error_bits.md``.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import time
from pathlib import Path

import numpy as np
import torch

from common import RESULTS_DIR, command, machine, recorded

from bead_fpga.markdown import markdown_table

REPO = Path(__file__).resolve().parents[1]
FPR = 1e-5


def error_extremes(model, x: torch.Tensor) -> np.ndarray:
    """Per event, the largest |recon - input| over occupied features, before any rounding."""
    with torch.no_grad():
        xq = model.input_q(x)
        return ((model.reconstruct(xq) - xq).abs() * model.slot_mask(xq)).amax(dim=1).numpy()


def main() -> None:
    from bead_fpga.data.adc2021 import load_signals, read_features
    from bead_fpga.metrics import roc_auc, tpr_at_fpr
    from bead_fpga.model_dir import ModelDir
    from bead_fpga.models import brevitas_scores, build_model

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", default="hvae_8b")
    parser.add_argument("--data", type=Path, default=REPO / "data" / "op1m")
    parser.add_argument("--events", type=int, default=1_000_000)
    parser.add_argument("--format", action="append", default=[], help="W,I of ap_fixed<W, I>")
    args = parser.parse_args()
    formats = [tuple(map(int, f.split(","))) for f in args.format] or [(10, 6), (9, 5), (8, 5), (8, 4), (7, 5), (6, 5)]

    mdir = ModelDir(REPO / "models" / args.model)
    trained, transform, cfg = mdir.load()
    if cfg.trigger != "reconstruction":
        raise SystemExit(f"models/{args.model}: its trigger is {cfg.trigger!r}, which rounds no reconstruction error; "
                         "choose a model with the reconstruction trigger")
    term = (lambda top: top**2) if cfg.error_norm == "l2" else (lambda top: top)  # one saturated error's share
    background = read_features(args.data / "background_for_training.h5", max_events=args.events)[0]
    signals = {k: (v[0] if isinstance(v, tuple) else v) for k, v in load_signals(args.data, args.events // 10).items()}
    xb = transform.apply(background)
    extremes = np.concatenate([error_extremes(trained, torch.from_numpy(np.ascontiguousarray(c, np.float32)))
                               for c in np.array_split(xb, max(1, len(xb) // 100_000))])
    rows = []
    for bits, int_bits in formats:
        start = time.perf_counter()
        variant = dataclasses.replace(cfg, error_bits=bits, error_int_bits=int_bits)
        net = build_model(variant)
        net.load_state_dict(trained.state_dict())
        net.eval()
        lsb, top = 2.0 ** -(bits - int_bits), 2.0 ** (int_bits - 1)
        sb = brevitas_scores(net, xb)
        row = {"format": f"ap_fixed<{bits},{int_bits}>", "lsb": lsb, "range": top,
               "background_saturated": int((extremes > top - lsb / 2).sum()), "signals": {}}
        for name, x in signals.items():
            ss = brevitas_scores(net, transform.apply(x))
            wp = tpr_at_fpr(sb, ss, FPR)
            row["signals"][name] = {"auc": roc_auc(sb, ss), "tpr": wp.tpr, "background_above": wp.n_background_above}
        row["threshold"] = wp.threshold  # the background's: the same for every signal
        row["seconds"] = round(time.perf_counter() - start, 1)
        rows.append(row)
        print(row["format"], row["background_saturated"], {k: (round(v["auc"], 3), round(100 * v["tpr"], 3))
                                                           for k, v in row["signals"].items()}, flush=True)
    result = {"command": command(), "machine": machine("torch", "brevitas"), "model": args.model,
              "data": recorded(str(args.data)), "background_events": len(xb), "fpr": FPR,
              "background_max_error": float(extremes.max()), "rows": rows}
    RESULTS_DIR.mkdir(exist_ok=True)
    (RESULTS_DIR / "error_bits.json").write_text(json.dumps(result, indent=1))
    names = list(rows[0]["signals"])
    table = markdown_table(["error format", "LSB", "range", "background events saturating",
                            f"{'range^2' if cfg.error_norm == 'l2' else 'range'} / 400 Hz cut",
                            *[f"{n} AUC / TPR %" for n in names]],
                           [[r["format"], f"{r['lsb']:g}", f"+-{r['range']:g}", f"{r['background_saturated']:,}",
                             f"{term(r['range']):g} / {r['threshold']:.2f}",
                             *[f"{r['signals'][n]['auc']:.3f} / {100 * r['signals'][n]['tpr']:.3f}" for n in names]]
                            for r in rows])
    (RESULTS_DIR / "error_bits.md").write_text(
        f"# {args.model}: the reconstruction error's format\n\n`{result['command']}` on {result['machine']['cpu']}; "
        f"{len(xb):,} background events of `{result['data']}` (never trained on), {args.events // 10:,} per signal; "
        f"TPR at FPR {FPR:g} (400 Hz at 40 MHz). Same weights for every row (the error is not in the training loss). "
        f"Largest background error over occupied features: {result['background_max_error']:.2f}.\n\n{table}\n")
    print(table)


if __name__ == "__main__":
    main()
