"""Does the input map decide the trigger's physics at its operating point? Quick float
autoencoders, one per input map, measured at FPR 1e-5 against the classic seeds.

    python benchmarks/bench_input_map.py --data DIR [--train-events 300000] [--epochs 10] [--seeds 0 1]

Each variant is the same plain float autoencoder (57-32-16-3-16-32-57, ReLU; torch, no
quantization: a quick check of the physics, not a firmware candidate), trained with the masked
squared error (empty slots ignored) on background events ``[1.5M, 1.5M + train-events)`` of
``--data`` and scored by that error; thresholds come from its first ``--eval-events`` background
events (never trained on), TPRs from the first ``eval-events / 10`` events of each signal file,
exactly as ``bead-fpga rate`` counts them (:mod:`bead_fpga.rate`). The maps:

* ``affine-sat``: the committed references' fixed-point map (``models/hvae_8b/transform.json``:
  pT / 2**k, saturating at about twice the background's 99.9 % quantile);
* ``affine-wide``: the same shifts plus three (8x the range), nothing saturates;
* ``log``: log(1 + pT / GeV), eta / 3, phi / 3.2;
* ``log2-lod``: what firmware does with a leading-one detector: pT in 0.25 GeV hardware units
  u, ``log2(1 + u) ~ e + m`` with e the leading one's position and m the next three bits / 8
  (Mitchell's approximation on a 1/8 grid), times ln 2 so its range matches ``log``; eta, phi
  as in ``log``.

Writes ``benchmarks/results/input_map.json`` and ``input_map.md``.
"""

from __future__ import annotations

import argparse
import itertools
import json
import time
from collections.abc import Callable
from pathlib import Path

import numpy as np
import torch
from common import RESULTS_DIR, command, machine
from torch import nn

from bead_fpga.markdown import markdown_table

REPO = Path(__file__).resolve().parents[1]
FPR = 1e-5
TRAIN_START = 1_500_000
PT, ETA, PHI = slice(0, 57, 3), slice(1, 57, 3), slice(2, 57, 3)


def _log_angles(x: np.ndarray, pt: np.ndarray) -> np.ndarray:
    out = np.empty_like(x, dtype=np.float32)
    out[:, PT], out[:, ETA], out[:, PHI] = pt, x[:, ETA] / 3.0, x[:, PHI] / 3.2
    return out


def _lod_log2(pt: np.ndarray) -> np.ndarray:
    """Mitchell's log2(1 + u) on a 1/8 grid, u = pT in 0.25 GeV units (integer)."""
    u = np.floor(pt / 0.25).astype(np.int64) + 1
    e = np.floor(np.log2(u)).astype(np.int64)  # the leading one's position (exact for integers < 2**52)
    m = np.floor((u - (1 << e)) * 8 / (1 << e)) / 8
    return np.where(pt > 0, (e + m) * np.log(2.0), 0.0)


def input_maps() -> dict[str, Callable[[np.ndarray], np.ndarray]]:
    from bead_fpga.transform import InputTransform

    current = InputTransform.load(REPO / "models" / "hvae_8b" / "transform.json")
    wide = 2.0 ** -(np.array(current.shifts, dtype=np.float64) + 3)  # x / 2**(k+3): 8x the range
    return {
        "affine-sat": lambda x: current.apply(x).astype(np.float32),
        "affine-wide": lambda x: (x * wide).astype(np.float32),
        "log": lambda x: _log_angles(x, np.log1p(x[:, PT])),
        "log2-lod": lambda x: _log_angles(x, _lod_log2(x[:, PT])),
    }


def autoencoder() -> nn.Module:
    sizes = (57, 32, 16, 3, 16, 32, 57)
    layers: list[nn.Module] = []
    for i, (a, b) in enumerate(itertools.pairwise(sizes)):
        layers += [nn.Linear(a, b)] + ([nn.ReLU()] if i < len(sizes) - 2 else [])
    return nn.Sequential(*layers)


def masked_error(model: nn.Module, x: torch.Tensor, mask: torch.Tensor) -> torch.Tensor:
    return ((model(x) - x) ** 2 * mask).sum(dim=1)


def feature_mask(x: np.ndarray) -> np.ndarray:
    """1 for the three features of an occupied slot (pT > 0; MET always), else 0."""
    return np.repeat((x[:, PT] > 0) | (np.arange(19) == 0), 3, axis=1).astype(np.float32)


def train(x: np.ndarray, mask: np.ndarray, epochs: int, seed: int) -> nn.Module:
    torch.manual_seed(seed)
    model = autoencoder()
    opt = torch.optim.Adam(model.parameters(), lr=3e-3)
    xt, mt = torch.from_numpy(x), torch.from_numpy(mask)
    gen = torch.Generator().manual_seed(seed)
    for _ in range(epochs):
        for idx in torch.randperm(len(xt), generator=gen).split(1024):
            opt.zero_grad()
            masked_error(model, xt[idx], mt[idx]).mean().backward()
            opt.step()
    return model.eval()


@torch.no_grad()
def score(model: nn.Module, x: np.ndarray, mask: np.ndarray) -> np.ndarray:
    return np.concatenate([masked_error(model, torch.from_numpy(x[i:i + 65536]), torch.from_numpy(mask[i:i + 65536]))
                           .double().numpy() for i in range(0, len(x), 65536)])


def main() -> None:
    from bead_fpga.data.adc2021 import BACKGROUND_FILE, SIGNAL_FILES, read_features
    from bead_fpga.metrics import roc_auc
    from bead_fpga.rate import Scores, menu_point, trigger_point
    from bead_fpga.seeds import seed_values

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, required=True, help="ADC2021-layout directory with >= 1.5M + train-events background events")
    parser.add_argument("--eval-events", type=int, default=1_000_000)
    parser.add_argument("--train-events", type=int, default=300_000)
    parser.add_argument("--epochs", type=int, default=10)
    parser.add_argument("--seeds", type=int, nargs="+", default=[0, 1])
    args = parser.parse_args()
    torch.set_num_threads(2)
    bkg = read_features(args.data / BACKGROUND_FILE, max_events=args.eval_events)[0]
    train_x = read_features(args.data / BACKGROUND_FILE, max_events=args.train_events, start=TRAIN_START)[0]
    sig = {s: read_features(args.data / f, max_events=args.eval_events // 10)[0] for s, f in SIGNAL_FILES.items()}
    background, signals = seed_values(bkg), {s: seed_values(x) for s, x in sig.items()}
    rows = []
    for name, transform in input_maps().items():
        tx = transform(train_x)
        for seed in args.seeds:
            t0 = time.perf_counter()
            model = train(tx, feature_mask(train_x), args.epochs, seed)
            key = f"{name} s{seed}"
            background[key] = score(model, transform(bkg), feature_mask(bkg))
            for s, x in sig.items():
                signals[s][key] = score(model, transform(x), feature_mask(x))
            rows.append({"variant": name, "seed": seed, "train_seconds": round(time.perf_counter() - t0, 1),
                         "auc": {s: roc_auc(background[key], signals[s][key]) for s in sig}})
            print(key, rows[-1]["train_seconds"], "s", flush=True)
    scores = Scores(background, signals)
    for row in rows:
        key = f"{row['variant']} s{row['seed']}"
        row["at_fpr"] = trigger_point(scores, key, FPR, 40e6)
        row["menu"] = menu_point(scores, key, FPR, 40e6)
    seeds = {name: trigger_point(scores, name, FPR, 40e6) for name in seed_values(bkg[:1])}
    record = {"command": command(), "machine": machine("numpy", "torch"), "fpr": FPR, "n_background": len(bkg),
              "n_signal": {s: len(x) for s, x in sig.items()}, "epochs": args.epochs, "train_events": args.train_events,
              "variants": rows, "seeds": seeds}
    (RESULTS_DIR / "input_map.json").write_text(json.dumps(record, indent=1) + "\n")
    md = markdown(record)
    (RESULTS_DIR / "input_map.md").write_text(md + "\n")
    print(md)


def markdown(record: dict) -> str:
    signals = list(record["n_signal"])
    best = {s: max(record["seeds"], key=lambda n: record["seeds"][n]["tpr"][s]["value"]) for s in signals}
    lines = [(f"`{record['command']}` on {record['machine']['cpu']} ({record['machine']['cpu_count']} cores): float "
             f"57-32-16-3 autoencoders, {record['epochs']} epochs on {record['train_events']:,} background events; "
             f"FPR {record['fpr']:g} (400 Hz) on {record['n_background']:,} other background events. "
             "Cells: TPR % at FPR 1e-5 / AUC / unique acceptance % beside the classic menu (each seed at 1e-5).\n"),
             markdown_table(
                 ["input map", "seed", "bkg above", *signals],
                 [*([row["variant"], row["seed"], row["at_fpr"]["n_background_above"],
                     *(f"{100 * row['at_fpr']['tpr'][s]['value']:.3f} / {row['auc'][s]:.3f} / "
                       f"{100 * row['menu']['signals'][s]['unique']['value']:.3f}" for s in signals)]
                    for row in record["variants"]),
                  ["best classic seed", "", "",
                   *(f"{best[s]}: {100 * record['seeds'][best[s]]['tpr'][s]['value']:.3f}" for s in signals)]],
                 right=range(2, 3 + len(signals)))]
    return "\n".join(lines)


if __name__ == "__main__":
    main()
