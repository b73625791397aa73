"""Why the BEAD model loses to the HVAE, and which variant closes the gap: short trainings of
BEAD variants, each scored beside the committed references on the same independent events.

    python benchmarks/bench_bead.py --eval-data DATA_DIR [--train-data data/reference] \\
        [--variants reference given_z1 ...] [--max-events 60000] [--epochs 4] \\
        [--models LABEL=MODEL_DIR ...] [--seeds 1 2 ...] [--work DIR] [--name bead_variants]

Each variant of :data:`VARIANTS` is trained (``bead_fpga.train.train``: the three phases,
``--epochs`` each, on the first ``--max-events`` background events of ``--train-data``, seed 0)
into ``--work/<variant>`` unless it is there already (``--redo``). Every variant and every
``--models`` directory (default: the committed ``hvae_8b`` and ``bead_8b``) is then scored on
the first ``--bkg-events`` background events of ``--eval-data`` and ``--sig-events`` of each
signal: a data set the models never saw (``bead-fpga data generate --seed 11``; the models were
trained on seed 0). Per model: the AUC of the firmware score (the quantized ``trigger()``, what
C-simulation proves the C++ computes) and of the software score; for a BEAD model also of each
term alone (``recon_error``, ``met_deviation``), of ``recon_error + 2**k * met_deviation`` for
every allowed shift ``k`` (the weighting, without retraining), the ``met_weight`` that training
chose on background, and the fraction of events whose firmware score sits at the top of its
range (saturated). Also, for a BEAD model, the latent distance (:func:`latent_distance`, not a
firmware term): alone, in ``recon_error + 2**k * latent_distance`` for every ``k``, and at the
weight the MET term's background tail rule (:func:`bead_fpga.models.bead.tail_shift`) gives it.
And which way the MET deviates (``met - met_hat``, mean and spread per sample, and the AUC of its
positive and negative parts squared): a signal with neutrinos should have more MET than the head
predicts from its visible objects, and a one-sided term would keep only that side.
Variants that did not help stay in the table.

``--seeds`` adds a seed study: ``hvae`` and ``bead`` retrained at the reference budget
(``models/train_reference.sh``'s epochs and events; the committed pair is seed 0) with each seed,
``--jobs`` trainings at once. It asks whether "BEAD's AUC at least the HVAE's on 3 of 4 signals"
is decided by the model or by the seed: how many signals a retrained HVAE wins against the
committed one is the noise floor of that count.

Writes ``benchmarks/results/<name>.{json,md}``.
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

from common import RESULTS_DIR, command, machine, recorded

REPO = Path(__file__).resolve().parents[1]
#: Variant name -> (what it changes, ModelConfig overrides, extra train() settings). Every variant
#: is trained on BEAD's default input map unless its settings name one (``transform_options``).
VARIANTS: dict[str, tuple[str, dict, dict]] = {
    "reference": ("as committed: given z2 + counts, predict z1", {}, {}),
    "given_z1": ("given z1 + counts, predict z2", {"given_level": 1}, {}),
    "hidden32": ("encoder 54-32-16 (the VAE's widths), decoder mirrored", {"hidden": (32, 16)}, {}),
    "given_z1_hidden32": ("given z1 + counts, predict z2; encoder 54-32-16", {"given_level": 1, "hidden": (32, 16)}, {}),
    "log2_met": ("the MET's pT by log2 too (`--pt-map log2`): its deviation on the object errors' log scale",
                 {}, {"transform_options": {"pt_map": "log2", "angle_headroom_bits": 5}}),
}
REFERENCES = ("hvae_8b", "bead_8b")


#: The reference budget of ``models/train_reference.sh`` for the seed study: epochs (per phase
#: for BEAD) and background events, so that seed 0 of it is the committed model.
SEED_EPOCHS = {"hvae": 20, "bead": 10}
SEED_EVENTS = 200_000


def _train(model_type: str, out: Path, data: Path, redo: bool, **options) -> tuple[Path, float | None]:
    """Train ``model_type`` (8 bits, one thread) into ``out`` unless it is there already (or
    ``redo``); its directory and the seconds it took (``None`` when kept)."""
    import shutil

    from bead_fpga.train import train

    if (out / "weights.pt").is_file() and not redo:
        return out, None
    shutil.rmtree(out, ignore_errors=True)
    start = time.perf_counter()
    train(model_type, data, out, bits=8, progress=False, threads=1, **options)
    (out / "checkpoint.pt").unlink(missing_ok=True)
    return out, round(time.perf_counter() - start, 1)


def train_variant(name: str, data: Path, work: Path, max_events: int, epochs: int, redo: bool) -> tuple[Path, float | None]:
    """Train variant ``name`` into ``work/name`` (kept unless ``redo``); its directory and seconds."""
    from bead_fpga.transform import TransformOptions

    _, overrides, settings = VARIANTS[name]
    options = TransformOptions(**settings["transform_options"]) if "transform_options" in settings else None
    return _train("bead", work / name, data, redo, epochs=settings.get("epochs", epochs), max_events=max_events,
                  seed=0, transform_options=options, **overrides)


def train_seed(model_type: str, seed: int, data: Path, work: Path, redo: bool) -> tuple[Path, float | None]:
    """Train ``model_type`` at the reference budget with ``seed`` into ``work/<type>_seed<seed>``:
    the seed study asks whether BEAD's distance to the HVAE is larger than a retrain's."""
    return _train(model_type, work / f"{model_type}_seed{seed}", data, redo, epochs=SEED_EPOCHS[model_type],
                  max_events=SEED_EVENTS, seed=seed)


def score(model_dir: Path, samples: dict) -> dict:
    """Per-sample score arrays of one model: ``trigger``, ``software`` and, for BEAD, its terms."""
    import numpy as np
    import torch

    from bead_fpga.model_dir import ModelDir

    model, transform, cfg = ModelDir(model_dir).load()
    model.eval()
    out: dict[str, dict[str, np.ndarray]] = {}
    with torch.no_grad():
        for sample, x in samples.items():
            parts: dict[str, list] = {}
            for lo in range(0, len(x), 20_000):
                xt = torch.from_numpy(np.ascontiguousarray(transform.apply(x[lo:lo + 20_000]), dtype=np.float32))
                found = {"trigger": model.trigger_score(xt), "software": model.software_score(xt)}
                if cfg.model == "bead":
                    out_pass = model.complete(model.input_q(xt))  # one pass for the terms and the distance
                    found |= model.terms_of(out_pass) | {"latent_distance": latent_distance(model, out_pass),
                                                         "met_excess": (out_pass["met"] - out_pass["met_hat"])[:, 0]}
                for key, t in found.items():
                    parts.setdefault(key, []).append(t.double().numpy().reshape(-1))
            out[sample] = {k: np.concatenate(v) for k, v in parts.items()}
    return {"config": cfg, "scores": out}


def latent_distance(model, out: dict):
    """A BEAD model's squared distance, in a :meth:`~bead_fpga.models.bead.BeadModel.complete`
    pass ``out``, between the transformer's prediction of a latent level and the encoder's mean
    of it: what phase 2 minimises, not a term of the firmware score; scored here to see whether
    BEAD's own idea (an unpredictable latent is anomalous) carries the signal its MET term does not."""
    return ((out["z_hat"] - model.level_mean(out["h"], 3 - model.cfg.given_level)) ** 2).sum(dim=1)


def figures(model_dir: Path, samples: dict) -> dict:
    """AUCs of every score (and of every MET weighting for a BEAD model) and the saturation."""
    import numpy as np
    import torch

    from bead_fpga.metrics import roc_auc
    from bead_fpga.model_dir import ModelDir
    from bead_fpga.models.bead import MAX_MET_SHIFT, tail_shift

    scored = score(model_dir, samples)
    cfg, per = scored["config"], scored["scores"]
    bkg, sig = per.pop("background"), per

    def aucs(key_or_fn) -> dict:
        pick = key_or_fn if callable(key_or_fn) else (lambda s: s[key_or_fn])
        return {name: round(roc_auc(pick(bkg), pick(s)), 4) for name, s in sig.items()}

    fit = ModelDir(model_dir).transform().fit
    row = {"model": cfg.model, "trigger_kind": cfg.trigger, "score_max": cfg.score_max,
           "pt_map": fit.pt_map if fit else "linear",
           "auc": {key: aucs(key) for key in bkg}}
    top = cfg.score_max * (1 - 2.0 ** -cfg.score_bits)
    row["saturated_fraction"] = {name: float((s["trigger"] >= top).mean()) for name, s in {"background": bkg, **sig}.items()}
    if cfg.model == "bead":
        row["met_weight"] = cfg.met_weight
        for term, key in (("met_deviation", "met_weight_scan"), ("latent_distance", "distance_weight_scan")):
            row[key] = {str(k): aucs(lambda s, k=k, term=term: s["recon_error"] + 2.0**k * s[term])
                        for k in range(-MAX_MET_SHIFT, MAX_MET_SHIFT + 1)}
        # the latent distance weighed by the MET term's background rule (no signal looked at)
        k = tail_shift(torch.from_numpy(bkg["recon_error"]), torch.from_numpy(bkg["latent_distance"]))
        row["distance_weight"] = 2.0**k
        row["auc"]["recon_plus_distance"] = row["distance_weight_scan"][str(k)]
        # which way the MET deviates: one-sided squares show whether a signal's MET is more or less than predicted
        row["auc"]["met_excess_squared"] = aucs(lambda s: np.maximum(s["met_excess"], 0.0) ** 2)
        row["auc"]["met_deficit_squared"] = aucs(lambda s: np.minimum(s["met_excess"], 0.0) ** 2)
        row["met_excess_mean_std"] = {name: [float(s["met_excess"].mean()), float(s["met_excess"].std())]
                                      for name, s in {"background": bkg, **sig}.items()}
    return row


def markdown(rows: list[dict], meta: dict) -> str:
    signals = list(next(iter(rows))["auc"]["trigger"])
    hvae = next((r for r in rows if r["label"] == "hvae_8b"), None)
    lines = [
        "# BEAD variants against the HVAE\n",
        (f"`{meta['command']}` on {meta['machine']['cpu']} ({meta['machine']['cpu_count']} cores, load "
         f"{meta['machine']['load_average']}). Scored on {meta['n_background']:,} background and "
         f"{meta['n_signal']:,} events per signal of `{meta['eval_data']}` (never trained on). Trained on "
         f"`{meta['train_data']}`: variants on {meta['max_events']:,} events (60 % train), {meta['epochs']} epochs "
         "per phase, seed 0; the seed study at the reference budget. AUC of the firmware score (quantized "
         "`trigger()`); `wins` = signals where it is >= hvae_8b's "
         "firmware AUC on these events.\n"),
        "| model | what | input map | met_weight | " + " | ".join(signals)
        + " | wins | recon term | MET term | latent distance (not scored in firmware) | train s |",
        "| --- | --- | --- | --- |" + " --- |" * len(signals) + " --- | --- | --- | --- | --- |",
    ]
    for r in rows:
        trig = r["auc"]["trigger"]
        wins = sum(trig[s] >= hvae["auc"]["trigger"][s] for s in signals) if hvae else ""
        terms = [" / ".join(f"{r['auc'][t][s]:.3f}" for s in signals) if t in r["auc"] else ""
                 for t in ("recon_error", "met_deviation", "latent_distance")]
        lines.append(f"| {r['label']} | {r['what']} | {r.get('pt_map', '')} | {r.get('met_weight', '')} | "
                     + " | ".join(f"{trig[s]:.3f}" for s in signals)
                     + f" | {wins} | {terms[0]} | {terms[1]} | {terms[2]} | {r.get('train_seconds') or ''} |")
    for key, term in (("met_weight_scan", "MET"), ("distance_weight_scan", "latent distance")):
        scans = [r for r in rows if key in r]
        if not scans:
            continue
        lines += ["", f"## Software score recon + 2^k x {term} per k (AUC " + " / ".join(signals) + ")\n",
                  "| model | " + " | ".join(f"k={k}" for k in scans[0][key]) + " |",
                  "| --- |" + " --- |" * len(scans[0][key])]
        for r in scans:
            lines.append(f"| {r['label']} | " + " | ".join(" / ".join(f"{a[s]:.3f}" for s in signals)
                                                          for a in r[key].values()) + " |")
    ruled = [r for r in rows if "distance_weight" in r]
    if ruled and hvae:
        lines += ["", "## recon + latent distance at the background tail rule's weight (the MET term's rule)\n",
                  "| model | weight | " + " | ".join(signals) + " | wins |", "| --- | --- |" + " --- |" * len(signals) + " --- |"]
        for r in ruled:
            auc = r["auc"]["recon_plus_distance"]
            wins = sum(auc[s] >= hvae["auc"]["trigger"][s] for s in signals)
            lines.append(f"| {r['label']} | {r['distance_weight']:g} | " + " | ".join(f"{auc[s]:.3f}" for s in signals) + f" | {wins} |")
    directed = [r for r in rows if "met_excess_mean_std" in r]
    if directed:
        lines += ["", ("## Which way the MET deviates: `met - met_hat` on the input grid (mean ± std) and the AUC "
                  "of each one-sided square alone (excess: more MET than the head predicts; deficit: less)\n"),
                  "| model | background | " + " | ".join(signals) + " | excess² AUC | deficit² AUC |",
                  "| --- | --- |" + " --- |" * len(signals) + " --- | --- |"]
        for r in directed:
            spread = r["met_excess_mean_std"]
            lines.append(f"| {r['label']} | " + " | ".join(f"{spread[n][0]:+.2f} ± {spread[n][1]:.2f}"
                                                           for n in ["background", *signals])
                         + " | " + " | ".join(" / ".join(f"{r['auc'][t][s]:.3f}" for s in signals)
                                              for t in ("met_excess_squared", "met_deficit_squared")) + " |")
    lines += seed_table(rows, signals)
    lines += ["", "## Saturated firmware scores (fraction at the top of the range)\n",
              "| model | score_max | background | " + " | ".join(signals) + " |", "| --- | --- | --- |" + " --- |" * len(signals)]
    for r in rows:
        sat = r["saturated_fraction"]
        lines.append(f"| {r['label']} | {r['score_max']:g} | {sat['background']:.2e} | "
                     + " | ".join(f"{sat[s]:.2e}" for s in signals) + " |")
    return "\n".join(lines) + "\n"


def seed_table(rows: list[dict], signals: list[str]) -> list[str]:
    """The seed study's lines: per seed the firmware AUCs of hvae and bead (and BEAD's reconstruction
    term alone), how many signals BEAD wins against the HVAE of the same seed and against the
    committed one, and how many a retrained HVAE wins against the committed one (the noise floor of
    "wins"); then mean ± std over seeds. Seed 0 is the committed pair. Empty without a seed study."""
    import numpy as np

    seeded = {(r["model_type"], r["seed"]): r for r in rows if "seed" in r}
    if not seeded:
        return []
    committed = {r["label"]: r for r in rows}
    seeded |= {("hvae", 0): committed["hvae_8b"], ("bead", 0): committed["bead_8b"]}
    seeds = sorted({s for _, s in seeded})

    def auc(model: str, seed: int, key: str = "trigger") -> dict:
        return seeded[(model, seed)]["auc"][key]

    def wins(a: dict, b: dict) -> int:
        return sum(a[s] >= b[s] for s in signals)

    def cell(a: dict) -> str:
        return " / ".join(f"{a[s]:.3f}" for s in signals)

    lines = ["", "## Seed spread at the reference budget (`models/train_reference.sh`'s epochs and events; seed 0 is the "
             "committed pair). Firmware AUC " + " / ".join(signals) + "\n",
             ("| seed | hvae | bead | bead recon term | bead >= hvae, same seed | bead >= committed hvae "
             "| hvae >= committed hvae |"), "| --- | --- | --- | --- | --- | --- | --- |"]
    base = auc("hvae", 0)
    for seed in seeds:
        h, b = auc("hvae", seed), auc("bead", seed)
        lines.append(f"| {seed} | {cell(h)} | {cell(b)} | {cell(auc('bead', seed, 'recon_error'))} | {wins(b, h)} "
                     f"| {wins(b, base)} | {wins(h, base) if seed else ''} |")
    spreads = (("hvae", "hvae", "trigger"), ("bead", "bead", "trigger"), ("bead recon term", "bead", "recon_error"))
    for label, model, key in spreads:
        values = np.array([[auc(model, seed, key)[s] for s in signals] for seed in seeds])
        lines.append(f"| mean ± std, {label} | " + " / ".join(f"{m:.3f} ± {d:.3f}" for m, d in
                                                              zip(values.mean(0), values.std(0, ddof=1)))
                     + " | | | | | |")
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--eval-data", type=Path, required=True)
    parser.add_argument("--train-data", type=Path, default=Path("data/reference"), help="relative to the repository")
    parser.add_argument("--variants", nargs="*", default=list(VARIANTS), choices=list(VARIANTS))
    parser.add_argument("--models", nargs="*", default=[f"{n}={REPO / 'models' / n}" for n in REFERENCES],
                        help="LABEL=MODEL_DIR scored beside the variants")
    parser.add_argument("--max-events", type=int, default=60_000)
    parser.add_argument("--epochs", type=int, default=4, help="epochs per phase")
    parser.add_argument("--bkg-events", type=int, default=200_000)
    parser.add_argument("--sig-events", type=int, default=50_000)
    parser.add_argument("--work", type=Path, default=Path("/tmp/bench_bead"))
    parser.add_argument("--seeds", nargs="*", type=int, default=[],
                        help="also retrain hvae and bead at the reference budget with these seeds (the committed "
                             "hvae_8b and bead_8b are seed 0) and table the spread")
    parser.add_argument("--jobs", type=int, default=2, help="seed-study trainings at once, one thread each")
    parser.add_argument("--redo", action="store_true")
    parser.add_argument("--name", default="bead_variants")
    args = parser.parse_args()
    if args.seeds and not set(REFERENCES) <= {spec.split("=", 1)[0] for spec in args.models}:
        parser.error(f"--seeds compares against the committed pair as seed 0: keep {' and '.join(REFERENCES)} in --models")

    import torch

    from bead_fpga.data.adc2021 import load_signals, read_features
    from bead_fpga.io import write_json

    torch.set_num_threads(1)
    samples = {"background": read_features(args.eval_data / "background_for_training.h5", max_events=args.bkg_events)[0],
               **load_signals(args.eval_data, args.sig_events)}
    rows = []
    for spec in args.models:
        label, path = spec.split("=", 1)
        source = recorded(path)
        what = "committed" if source.startswith("models/") else "trained with models/train_reference.sh's budget"
        rows.append({"label": label, "what": what, "source": source, **figures(Path(path), samples)})
    for name in args.variants:
        model_dir, seconds = train_variant(name, args.train_data, args.work, args.max_events, args.epochs, args.redo)
        rows.append({"label": name, "what": VARIANTS[name][0], "overrides": VARIANTS[name][1],
                     "settings": VARIANTS[name][2], "train_seconds": seconds, **figures(model_dir, samples)})
        print(f"{name}: {rows[-1]['auc']['trigger']}", flush=True)
    if args.seeds:
        from concurrent.futures import ProcessPoolExecutor

        jobs = [(m, seed) for seed in args.seeds for m in ("bead", "hvae")]  # the long BEAD runs first
        n = len(jobs)
        with ProcessPoolExecutor(args.jobs) as pool:
            trained = pool.map(train_seed, *zip(*jobs), [args.train_data] * n, [args.work] * n, [args.redo] * n)
            for (m, seed), (model_dir, seconds) in zip(jobs, trained):
                rows.append({"label": f"{m}_seed{seed}", "what": f"reference budget, seed {seed}", "model_type": m,
                             "seed": seed, "train_seconds": seconds, **figures(model_dir, samples)})
                print(f"{m} seed {seed}: {rows[-1]['auc']['trigger']}", flush=True)
    cmd = command()
    for spec in args.models:  # LABEL=PATH: the path as a committed result may name it
        cmd = cmd.replace(spec.split("=", 1)[1], recorded(spec.split("=", 1)[1]))
    meta = {"command": cmd, "machine": machine("torch", "brevitas"), "eval_data": recorded(args.eval_data),
            "train_data": args.train_data.as_posix(), "max_events": args.max_events, "epochs": args.epochs,
            "n_background": len(samples["background"]), "n_signal": min(len(v) for k, v in samples.items() if k != "background")}
    write_json(RESULTS_DIR / f"{args.name}.json", {**meta, "results": json.loads(json.dumps(rows, default=str))})
    (RESULTS_DIR / f"{args.name}.md").write_text(markdown(rows, meta))
    print(markdown(rows, meta))


if __name__ == "__main__":
    main()
