"""The firmware input map at the operating point: 8-bit models trained with the toolkit, one per
input-map variant, measured at FPR 1e-5 against the classic seeds and beside the classic menu.

    python benchmarks/bench_pt_map.py --data DIR [--train-data data/reference] [--models hvae ae]
        [--variants linear log2 ...] [--epochs 8] [--max-events 200000] [--seeds 0] [--name pt_map]

Every variant is a real ``bead-fpga train --quantize 8`` run (``bead_fpga.train.train`` with its
``transform_options``), so its score is the firmware's: the quantized Brevitas ``trigger()``
that ``csim`` proves bit-exact with the C++, on inputs from the firmware input map
(``bead_input_transform.h``, tested bit for bit against a brute force). Models are trained on
``--train-data`` (default: the reference models' own 200k generated events, seed 0) and kept
under ``--work`` (git-ignored; an existing model directory is reused, so an interrupted run
resumes); the committed references ``models/<model>_8b`` are measured beside them. All are then
measured by :mod:`bead_fpga.rate` on the background and signal files of ``--data`` (events the
models never saw: ``bead-fpga data generate --events 1000000 --seed 11``): per signal the TPR at
FPR 1e-5 with the count of background events above threshold, the AUC on the same events, and
the menu at equal total rate (unique acceptance and gain, :func:`bead_fpga.rate.menu_point`).

The variants (:class:`bead_fpga.transform.TransformOptions`):

* ``linear``: today's map, pT / 2**k saturating at about twice the 99.9 % quantile;
* ``linear-wide``: the same with 4 bits of headroom, 8x the range before saturation;
* ``log2``: every pT (MET included) by the leading-one log2 code, 3 mantissa bits;
* ``log2-angles``: ``log2`` with eta and phi scaled down to about [-1, 1] (5 bits of headroom),
  so the angles weigh less in the squared error beside log2 pT (the float check's eta/3);
* ``log2-objects``: log2 on the objects' pT, MET kept linear (MET weighs more in the tail);
* ``log2-objects-angles``: both;
* ``log2-k5``: ``log2`` with 5 mantissa bits;
* ``...-in12``, ``-in14``, ``-in13i5``, ``-in12i5``: ``log2-objects-angles`` (the hvae's default map) with
  a narrower model input ``ap_fixed<W, I>`` (``input_bits`` W, ``input_int_bits`` I; default
  16, 6): the first layer's products and adders shrink with W, the angles keep W - I fraction bits.

Every model's hardware is the analytic HLS estimate of ``bead-fpga synth`` (xcvu9p, 5 ns, reuse 1,
``estimate:analytic``) on a copy of its directory.

Writes ``benchmarks/results/<name>.json`` and ``<name>.md`` (``--name``, default ``pt_map``).
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path
from typing import Any

from common import RESULTS_DIR, command, machine, portable

REPO = Path(__file__).resolve().parents[1]
FPR = 1e-5
COLLISION_RATE_HZ = 40e6
VARIANTS: dict[str, dict[str, Any]] = {
    "linear": {},
    "linear-wide": {"pt_headroom_bits": 4},
    "log2": {"pt_map": "log2"},
    "log2-angles": {"pt_map": "log2", "angle_headroom_bits": 5},
    "log2-objects": {"pt_map": "log2-objects"},
    "log2-objects-angles": {"pt_map": "log2-objects", "angle_headroom_bits": 5},
    "log2-k5": {"pt_map": "log2", "mantissa_bits": 5},
    "log2-objects-angles-in14": {"pt_map": "log2-objects", "angle_headroom_bits": 5, "input_bits": 14},
    "log2-objects-angles-in12": {"pt_map": "log2-objects", "angle_headroom_bits": 5, "input_bits": 12},
    "log2-objects-angles-in13i5": {"pt_map": "log2-objects", "angle_headroom_bits": 5, "input_bits": 13,
                                   "input_int_bits": 5},
    "log2-objects-angles-in12i5": {"pt_map": "log2-objects", "angle_headroom_bits": 5, "input_bits": 12,
                                   "input_int_bits": 5},
}
MODEL_FIELDS = ("input_bits", "input_int_bits")  # a variant's model-config fields; the rest is the map


def train_variant(model: str, variant: str, seed: int, args: argparse.Namespace) -> tuple[Path, float | None]:
    """Train (or reuse) one model directory; returns it and the training wall time."""
    from bead_fpga.train import train
    from bead_fpga.transform import TransformOptions

    out = args.work / f"{model}_{variant}_s{seed}"
    if (out / "weights.pt").is_file() and not (out / "checkpoint.pt").is_file():
        return out, None
    t0 = time.perf_counter()
    variant_fields = VARIANTS[variant]
    model_options = {k: v for k, v in variant_fields.items() if k in MODEL_FIELDS}
    map_options = {k: v for k, v in variant_fields.items() if k not in MODEL_FIELDS}
    train(model, args.train_data, out, bits=8, epochs=args.epochs, max_events=args.max_events, seed=seed,
          resume=True, progress=False, transform_options=TransformOptions(**map_options), **model_options)
    (out / "checkpoint.pt").unlink()
    return out, round(time.perf_counter() - t0, 1)


def hardware(model_dirs: dict[str, Path], work: Path) -> dict[str, dict[str, float]]:
    """The analytic estimate (xcvu9p, 5 ns, reuse 1) of every model, on a copy of its directory
    so a committed reference stays as it is."""
    import shutil

    from bead_fpga.hls.convert import HLSSettings
    from bead_fpga.pipeline import ensure_exported
    from bead_fpga.synth.run import synth

    out = {}
    for key, path in model_dirs.items():
        copy = work / "hardware" / key.replace(" ", "_").replace("(", "").replace(")", "")
        shutil.rmtree(copy, ignore_errors=True)
        shutil.copytree(path, copy, ignore=shutil.ignore_patterns("float_twin", "plots", "checkpoint.pt"))
        ensure_exported(copy, say=lambda *_: None)
        result = synth(copy, HLSSettings(), projects_root=work / "hardware" / "hls_projects")
        est = result["estimates"]["analytic"]
        out[key] = {"lut": est["lut"], "lut_pct": 100 * est["lut"] / result["part"]["lut"],
                    "latency_ns": est["latency_ns"], "ii_cycles": est["ii_cycles"], "dsp": est["dsp"]}
    return out


def measure(model_dirs: dict[str, Path], data: Path) -> dict[str, Any]:
    """Every model and seed at FPR 1e-5 on ``data``, with AUCs and the menu, in one pass."""
    from bead_fpga.data.adc2021 import BACKGROUND_FILE
    from bead_fpga.metrics import roc_auc
    from bead_fpga.model_dir import ModelDir
    from bead_fpga.rate import ModelScorer, Scores, _read_signals, menu_point, stream_scores, trigger_point
    from bead_fpga.seeds import SEEDS

    scorers = [ModelScorer(key, ModelDir(path)) for key, path in model_dirs.items()]
    background, _ = stream_scores(data / BACKGROUND_FILE, scorers)
    signals = {s: v["scores"] for s, v in _read_signals(data, scorers, None).items()}
    scores = Scores(background, signals)
    triggers = {}
    for key in list(model_dirs) + list(SEEDS):
        triggers[key] = trigger_point(scores, key, FPR, COLLISION_RATE_HZ)
        triggers[key]["auc"] = {s: roc_auc(background[key], signals[s][key]) for s in signals}
        if key in model_dirs:
            triggers[key]["menu"] = menu_point(scores, key, FPR, COLLISION_RATE_HZ)
    return {"n_background": scores.n_background, "n_signal": {s: len(next(iter(v.values()))) for s, v in signals.items()},
            "triggers": triggers}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, required=True, help="operating-point events (>= 1M background), never trained on")
    parser.add_argument("--train-data", type=Path, default=REPO / "data" / "reference")
    parser.add_argument("--work", type=Path, default=REPO / "runs" / "pt_map", help="where the variants' model directories go")
    parser.add_argument("--models", nargs="+", default=["hvae", "ae"])
    parser.add_argument("--variants", nargs="+", default=list(VARIANTS), choices=list(VARIANTS))
    parser.add_argument("--epochs", type=int, default=8)
    parser.add_argument("--max-events", type=int, default=200_000)
    parser.add_argument("--seeds", type=int, nargs="+", default=[0])
    parser.add_argument("--name", default="pt_map", help="results file name under benchmarks/results/")
    args = parser.parse_args()
    import torch

    torch.set_num_threads(1)
    model_dirs: dict[str, Path] = {f"{m}_8b (committed)": REPO / "models" / f"{m}_8b" for m in args.models}
    train_seconds = {}
    for model in args.models:
        for variant in args.variants:
            for seed in args.seeds:
                key = f"{model} {variant} s{seed}"
                model_dirs[key], train_seconds[key] = train_variant(model, variant, seed, args)
                print(f"{key}: trained ({train_seconds[key]} s)", flush=True)
    t0 = time.perf_counter()
    record = {"command": command(), "machine": machine("numpy", "torch", "brevitas"), "fpr": FPR,
              "epochs": args.epochs, "max_events": args.max_events, "variants": {v: VARIANTS[v] for v in args.variants},
              "models": {k: str(p) for k, p in model_dirs.items()}, "train_seconds": train_seconds}
    record["hardware"] = hardware(model_dirs, args.work)
    record |= measure(model_dirs, args.data)
    record["measure_seconds"] = round(time.perf_counter() - t0, 1)
    (RESULTS_DIR / f"{args.name}.json").write_text(json.dumps(portable(record), indent=1) + "\n")
    md = markdown(record)
    (RESULTS_DIR / f"{args.name}.md").write_text(md + "\n")
    print(md)


def markdown(record: dict[str, Any]) -> str:
    """Two tables: TPR (bkg count) / AUC per trigger, then the menu for each model."""
    from bead_fpga.seeds import SEEDS

    trig, signals = record["triggers"], list(record["n_signal"])
    best = {s: max(SEEDS, key=lambda n: trig[n]["tpr"][s]["value"]) for s in signals}
    models = [k for k in trig if k not in SEEDS]
    head = (f"`{record['command']}` on {record['machine']['cpu']} ({record['machine']['cpu_count']} cores): 8-bit models "
            f"(`bead-fpga train --quantize 8`, {record['epochs']} epochs, --max-events {record['max_events']:,}), FPR "
            f"{record['fpr']:g} (400 Hz of 40 MHz) on {record['n_background']:,} background events never trained on, "
            f"{min(record['n_signal'].values()):,} per signal.\n\n**TPR % at FPR 1e-5 / AUC** (bkg above: background "
            "events above the threshold; **bold**: at or above the best classic seed).\n")
    hw = record.get("hardware", {})
    lines = [head, "| trigger | bkg above | " + " | ".join(signals) + " | LUT (% VU9P), latency |",
             "| --- | ---: |" + " ---: |" * (len(signals) + 1)]
    for key in models + list(SEEDS):
        cost = f"{hw[key]['lut']:,} ({hw[key]['lut_pct']:.2f} %), {hw[key]['latency_ns']:.0f} ns" if key in hw else ""
        cells = []
        for s in signals:
            tpr = 100 * trig[key]["tpr"][s]["value"]
            text = f"{tpr:.3f} / {trig[key]['auc'][s]:.3f}"
            cells.append(f"**{text}**" if key in models and tpr >= 100 * trig[best[s]]["tpr"][s]["value"] else text)
        lines.append(f"| {key} | {trig[key]['n_background_above']} | " + " | ".join(cells) + f" | {cost} |")
    lines += ["", "**Beside the classic menu** (every seed at FPR 1e-5): unique acceptance % / gain % at equal "
              "total rate (`bead_fpga.rate.menu_point`); wins: TPR >= best seed / gain > 0, out of 4.\n",
              "| model | pure rate (events) | " + " | ".join(signals) + " | wins |", "| --- | ---: |" + " ---: |" * (len(signals) + 1)]
    for key in models:
        menu = trig[key]["menu"]
        wins_tpr = sum(trig[key]["tpr"][s]["value"] >= trig[best[s]]["tpr"][s]["value"] for s in signals)
        wins_gain = sum(menu["signals"][s]["gain"] > 0 for s in signals)
        cells = [f"{100 * menu['signals'][s]['unique']['value']:.3f} / {100 * menu['signals'][s]['gain']:+.3f}" for s in signals]
        lines.append(f"| {key} | {menu['pure_rate_hz']:.0f} Hz ({menu['n_background_pure']}) | " + " | ".join(cells)
                     + f" | {wins_tpr} / {wins_gain} |")
    return "\n".join(lines)


if __name__ == "__main__":
    main()
