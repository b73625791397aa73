"""Triggers at their operating point: thresholds from rate budgets, signal efficiency with
confidence intervals, the classic seeds side by side, and what the anomaly trigger adds to
the menu.

A Level-1 trigger is given a rate, not an AUC: a few hundred Hz to a few kHz out of the
bunch-crossing rate. :func:`rate` turns each budget into a background false-positive rate,
``FPR = rate / crossing rate`` (:data:`COLLISION_RATE_MHZ` = 40 MHz by default, the nominal
LHC clock that the ADC2021 papers use: FPR 1e-5 is 400 Hz; the filled-bunch average is nearer
30 MHz, so pass that where it matters), and measures every trigger there on the same events.

**The score is the firmware's.** A model's score is its quantized Brevitas ``trigger()``, the
number :mod:`bead_fpga.export` proves equal to the QONNX graph and :mod:`bead_fpga.csim` (and
the RTL engine) prove equal, event by event in output LSBs, to the compiled C++/RTL. So a
threshold set here is a threshold on the integer the firmware compares.

**Threshold rule and ties** (the same as :func:`bead_fpga.metrics.tpr_at_fpr`). A trigger
fires when its score is strictly above the threshold. With ``n`` background events and
``k = floor(FPR * n)`` the threshold is the ``(k+1)``-th highest background score, so at most
``k`` background events fire. A quantized score takes few distinct values and seeds can tie
too (two events with the same MET): every event *at* the threshold is rejected, background and
signal alike, so the achieved rate can lie well below the budget. The count of background
events above the threshold is reported next to every figure: a TPR resting on three background
events is a statement about three events, and the rate's own Clopper-Pearson interval says so.

**Efficiencies** carry a central Clopper-Pearson interval (:data:`CONFIDENCE`, exact binomial,
from ``scipy.stats.binomtest``), for signal passes and for the background count alike.

**The menu question** (the CMS AXOL1TL "pure rate" / "unique acceptance"), for each model and
each budget ``r`` (FPR ``f``):

* *classic menu*: every classic seed of :data:`bead_fpga.seeds.SEEDS` at its own threshold for
  FPR ``f``; the menu fires on their OR.
* *pure rate*: the background rate of events the anomaly trigger (also at FPR ``f``) fires on
  and no classic seed does. *Unique acceptance*: the fraction of a signal's events the anomaly
  trigger takes and no classic seed does.
* *equal total rate*: menu + anomaly trigger fires on ``U`` background events. The same
  bandwidth given to the classic seeds instead raises every seed's allowance to the largest
  common ``k'`` whose OR still fires on at most ``U`` events. ``gain`` = efficiency of
  (classic menu + anomaly trigger) - efficiency of (classic menu at ``k'``): positive when the
  slot is worth more to the anomaly trigger than to the seeds already in the menu.

**Memory.** The event files are read in chunks (:func:`bead_fpga.data.adc2021.iter_chunks`);
what is kept is one float64 score per event per trigger (and a sorted copy), about 0.2 GB for
2M background events and eleven triggers, whatever the file size.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from bead_fpga.errors import BeadError
from bead_fpga.io import write_json
from bead_fpga.metrics import allowed_above, count_above, threshold_at
from bead_fpga.model_dir import RATE_FILE, RATE_PLOT, ModelDir
from bead_fpga.seeds import SEEDS, seed_values

log = logging.getLogger(__name__)

COLLISION_RATE_MHZ = 40.0
DEFAULT_RATES_KHZ: tuple[float, ...] = (0.4, 1.0, 4.0)
#: Central confidence level of every interval (Clopper-Pearson).
CONFIDENCE = 0.95
#: Events read per chunk from a file (the reader's memory is a few times this x 76 floats).
CHUNK = 65_536
#: Events per model call: bounds the activations (the transformer's per-token tensors take
#: ~1.2 GB at 65k events, ~0.5 GB at 32k) while Brevitas' per-call overhead stays small (an
#: MLP scores 2x slower in batches of 8k than of 32k).
MODEL_BATCH = 32_768
THRESHOLD_RULE = ("fires when score > threshold; threshold = the (floor(FPR*n)+1)-th highest background score, "
                  "so at most floor(FPR*n) background events fire and ties at the threshold never fire")


# --------------------------------------------------------------------------------------------
# Counting
# --------------------------------------------------------------------------------------------

def clopper_pearson(k: int, n: int, confidence: float = CONFIDENCE) -> tuple[float, float]:
    """The exact (Clopper-Pearson) central interval of a binomial fraction ``k / n`` (scipy's)."""
    from scipy.stats import binomtest

    ci = binomtest(int(k), int(n)).proportion_ci(confidence, method="exact")
    return float(ci.low), float(ci.high)


def efficiency(k: int, n: int) -> dict[str, Any]:
    """``{"value", "ci", "n_pass", "n"}`` of ``k`` passes out of ``n``."""
    return {"value": k / n, "ci": list(clopper_pearson(k, n)), "n_pass": int(k), "n": int(n)}


# --------------------------------------------------------------------------------------------
# Scores, streamed
# --------------------------------------------------------------------------------------------

@dataclass
class ModelScorer:
    """A model's firmware score on physical features: ``transform`` then the quantized ``trigger()``."""

    name: str
    model_dir: ModelDir
    source = "quantized Brevitas trigger() (bit-exact with the firmware)"

    def __post_init__(self) -> None:
        self.model, self.transform, self.config = self.model_dir.load()

    def __call__(self, features: np.ndarray) -> np.ndarray:
        from bead_fpga.models import brevitas_scores

        x = np.ascontiguousarray(self.transform.apply(features), dtype=np.float32)
        return brevitas_scores(self.model, x, MODEL_BATCH)[:, 0].astype(np.float64)


def stream_scores(path: Path, models: list[ModelScorer], max_events: int | None = None,
                  exclude: np.ndarray | None = None) -> tuple[dict[str, np.ndarray], int]:
    """Every model's and seed's score on the events of ``path`` (the first ``max_events``),
    leaving out the sorted event indices ``exclude``; returns the scores and the events read."""
    from bead_fpga.data.adc2021 import iter_chunks, validate

    n_file = validate(path)
    stop = n_file if max_events is None else min(max_events, n_file)
    keep_all = np.ones(stop, dtype=bool)
    if exclude is not None:
        keep_all[exclude[exclude < stop]] = False
    n_keep = int(keep_all.sum())
    if n_keep == 0:
        raise BeadError(path, "no event left once the models' training events are left out",
                        "point --data at other events (e.g. `bead-fpga data generate --seed 11`)")
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    names = [m.name for m in models] + list(SEEDS)
    out = {name: np.empty(n_keep, dtype=np.float64) for name in names}
    at = 0
    columns = (TextColumn(f"scoring {path.name}"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn())
    with Progress(*columns, console=Console(stderr=True), transient=True) as progress:
        task = progress.add_task(path.name, total=stop)
        for lo, (features, _) in zip(range(0, stop, CHUNK), iter_chunks(path, chunk_size=CHUNK, stop=stop)):
            progress.advance(task, len(features))
            features = features[keep_all[lo:lo + len(features)]]
            values = seed_values(features) | {m.name: m(features) for m in models}
            for name in names:
                out[name][at:at + len(features)] = values[name]
            at += len(features)
    return out, stop


def training_events(models: list[ModelScorer], background: Path) -> np.ndarray | None:
    """Sorted indices of the background events any model was trained or validated on, when
    ``background`` is its training file (recognised by fingerprint); ``None`` otherwise."""
    from bead_fpga.data.adc2021 import split_indices, validate
    from bead_fpga.evaluate import same_training_data

    n_file, seen = validate(background), []
    for m in models:
        run = m.model_dir.training_run()
        if run and same_training_data(run, background.parent):
            split = split_indices(min(run.get("max_events") or n_file, n_file), int(run.get("seed", 0)))
            seen += [split["train"], split["val"]]
    return np.unique(np.concatenate(seen)) if seen else None


# --------------------------------------------------------------------------------------------
# Operating points
# --------------------------------------------------------------------------------------------

class Scores:
    """Background and signal scores of every trigger, each kept sorted (ascending) beside the
    event-ordered array (the OR of a menu needs the event order, counting needs the sort)."""

    def __init__(self, background: dict[str, np.ndarray], signals: dict[str, dict[str, np.ndarray]]) -> None:
        self.background, self.signals = background, signals
        self.sorted_bkg = {k: np.sort(v) for k, v in background.items()}
        self.sorted_sig = {s: {k: np.sort(v) for k, v in d.items()} for s, d in signals.items()}

    @property
    def n_background(self) -> int:
        return len(next(iter(self.background.values())))

    def threshold(self, trigger: str, k: int) -> float:
        return threshold_at(self.sorted_bkg[trigger], k)


def trigger_point(scores: Scores, trigger: str, fpr: float, collision_rate_hz: float) -> dict[str, Any]:
    """One trigger at one FPR: threshold, background count and rate, TPR per signal."""
    n = scores.n_background
    cut = scores.threshold(trigger, allowed_above(fpr, n))
    n_above = count_above(scores.sorted_bkg[trigger], cut)
    lo, hi = clopper_pearson(n_above, n)
    return {
        "threshold": cut, "n_background_above": n_above,
        "rate_hz": n_above / n * collision_rate_hz, "rate_hz_ci": [lo * collision_rate_hz, hi * collision_rate_hz],
        "tpr": {s: efficiency(count_above(d[trigger], cut), len(d[trigger])) for s, d in scores.sorted_sig.items()},
    }


def _fires(values: dict[str, np.ndarray], cuts: dict[str, float]) -> np.ndarray:
    """Boolean per event: any trigger of ``cuts`` above its cut."""
    fired = np.zeros(len(next(iter(values.values()))), dtype=bool)
    for name, cut in cuts.items():
        fired |= values[name] > cut
    return fired


def _classic_cuts(scores: Scores, k: int) -> dict[str, float]:
    return {s: scores.threshold(s, k) for s in SEEDS}


def equal_rate_allowance(scores: Scores, k: int, budget: int) -> int:
    """The largest per-seed allowance ``k' >= k`` whose classic OR fires on at most ``budget``
    background events (bisection: the OR only grows with ``k'``)."""
    lo, hi = k, scores.n_background - 1
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if int(_fires(scores.background, _classic_cuts(scores, mid)).sum()) <= budget:
            lo = mid
        else:
            hi = mid - 1
    return lo


def menu_point(scores: Scores, model: str, fpr: float, collision_rate_hz: float) -> dict[str, Any]:
    """The classic menu with and without ``model`` at FPR ``fpr`` (definitions in the module
    docstring): rates, pure rate, and per signal the efficiencies, unique acceptance and gain."""
    n, k = scores.n_background, allowed_above(fpr, scores.n_background)
    classic_cuts, model_cut = _classic_cuts(scores, k), {model: scores.threshold(model, k)}
    bkg_classic = _fires(scores.background, classic_cuts)
    bkg_model = _fires(scores.background, model_cut)
    n_with = int((bkg_classic | bkg_model).sum())
    k_equal = equal_rate_allowance(scores, k, n_with)
    equal_cuts = _classic_cuts(scores, k_equal)
    signals = {}
    for s, values in scores.signals.items():
        classic, anomaly = _fires(values, classic_cuts), _fires(values, model_cut)
        m = len(anomaly)
        signals[s] = {
            "classic": efficiency(int(classic.sum()), m), "with_anomaly": efficiency(int((classic | anomaly).sum()), m),
            "unique": efficiency(int((anomaly & ~classic).sum()), m),
            "classic_equal_rate": efficiency(int(_fires(values, equal_cuts).sum()), m),
        }
        signals[s]["gain"] = signals[s]["with_anomaly"]["value"] - signals[s]["classic_equal_rate"]["value"]
    hz = collision_rate_hz / n
    return {
        "n_background_classic": int(bkg_classic.sum()), "n_background_with_anomaly": n_with,
        "n_background_pure": int((bkg_model & ~bkg_classic).sum()),
        "rate_hz_classic": float(bkg_classic.sum()) * hz, "rate_hz_with_anomaly": n_with * hz,
        "pure_rate_hz": float((bkg_model & ~bkg_classic).sum()) * hz,
        "classic_equal_rate_allowance": k_equal,
        "n_background_classic_equal_rate": int(_fires(scores.background, equal_cuts).sum()),
        "signals": signals,
    }


def tpr_curve(scores: Scores, trigger: str, signal: str, fprs: np.ndarray) -> np.ndarray:
    """TPR at each FPR of ``fprs`` under the threshold rule (for the TPR-vs-rate plot)."""
    n, sig = scores.n_background, scores.sorted_sig[signal][trigger]
    cuts = [scores.threshold(trigger, allowed_above(f, n)) for f in fprs]
    return np.array([count_above(sig, c) for c in cuts]) / len(sig)


# --------------------------------------------------------------------------------------------
# The run
# --------------------------------------------------------------------------------------------

def operating_fprs(rates_khz: list[float], fprs: list[float], collision_rate_mhz: float) -> list[float]:
    """The FPRs to measure at: each rate budget over the crossing rate, then each ``--fpr``;
    sorted, duplicates dropped. Bad values are one-line errors naming the option."""
    if not collision_rate_mhz > 0:
        raise BeadError("--collision-rate-mhz", f"must be > 0, got {collision_rate_mhz}")
    out = []
    for rate_khz in rates_khz:
        fpr = rate_khz * 1e3 / (collision_rate_mhz * 1e6)
        if not 0 < fpr < 1:
            raise BeadError("--rate-khz", f"{rate_khz:g} kHz is not between 0 and the {collision_rate_mhz:g} MHz crossing rate")
        out.append(fpr)
    for fpr in fprs:
        if not 0 < fpr < 1:
            raise BeadError("--fpr", f"must lie in (0, 1), got {fpr:g}")
        out.append(fpr)
    if not out:
        raise BeadError("--rate-khz", "no operating point given", "give --rate-khz and/or --fpr")
    return sorted(set(out))


def _read_signals(data_dir: Path, models: list[ModelScorer], max_events: int | None) -> dict[str, dict[str, Any]]:
    from bead_fpga.data.adc2021 import SIGNAL_FILES, find_signal_file

    found = {name: find_signal_file(data_dir, name) for name in SIGNAL_FILES}
    if not any(found.values()):
        raise BeadError(data_dir, f"no signal files found (looked for {', '.join(SIGNAL_FILES.values())})",
                        "point --data at an ADC2021-layout directory (`bead-fpga data generate --out DIR`)")
    return {name: {"file": path, "scores": stream_scores(path, models, max_events)[0]}
            for name, path in found.items() if path is not None}


def rate(model_dirs: list[Path], data_dir: Path, fprs: list[float], collision_rate_mhz: float = COLLISION_RATE_MHZ,
         max_events: int | None = None, signal_events: int | None = None, out_dir: Path | None = None,
         plot: bool = True, threads: int = 1, engine: str = "brevitas", lib_dir: Path | None = None) -> dict[str, Any]:
    """Measure every model in ``model_dirs`` and every classic seed at each FPR of ``fprs`` on
    the background file of ``data_dir`` (its first ``max_events``, less any model's training
    events) and every signal file there; write ``rate.json`` (and the plot) into ``out_dir``.
    ``threads`` torch threads score the models: one is the default, because these models are
    small and two threads on a busy 2-core machine took 5x the CPU time (measured: 400k events
    in 5.7 s with one thread, 27 s with two, at load 3). ``engine="emulator"`` scores with each
    model's emulator library instead (:mod:`bead_fpga.emulator.engine`, built or reused in
    ``lib_dir``), on ``threads`` threads of its own."""
    import torch

    from bead_fpga.data.adc2021 import BACKGROUND_FILE, fingerprint

    torch.set_num_threads(threads)
    data_dir = Path(data_dir)
    models = _load_models(model_dirs, engine, lib_dir, data_dir, threads)
    background = data_dir / BACKGROUND_FILE
    excluded = training_events(models, background)
    bkg, n_read = stream_scores(background, models, max_events, excluded)
    signals = _read_signals(data_dir, models, signal_events)
    scores = Scores(bkg, {s: v["scores"] for s, v in signals.items()})
    hz = collision_rate_mhz * 1e6
    if allowed_above(min(fprs), scores.n_background) < 1:
        log.warning("FPR %g is below the resolution of %d background events: its thresholds sit at the highest "
                    "background score", min(fprs), scores.n_background)
    result: dict[str, Any] = {
        "collision_rate_hz": hz, "confidence": CONFIDENCE, "threshold_rule": THRESHOLD_RULE,
        "background": {"file": str(background), "fingerprint": fingerprint(background), "events_read": n_read,
                       "n_training_excluded": n_read - scores.n_background, "n_events": scores.n_background},
        "signals": {s: {"file": str(v["file"]), "n_events": len(next(iter(v["scores"].values())))} for s, v in signals.items()},
        "triggers": {m.name: {"kind": "model", "model_dir": str(m.model_dir.path), "trigger": m.config.trigger,
                              "score": m.source} for m in models}
                    | {s: {"kind": "seed", "description": desc} for s, (desc, _) in SEEDS.items()},
        "operating_points": [{
            "fpr": f, "rate_hz": f * hz, "n_background_allowed": allowed_above(f, scores.n_background),
            "triggers": {t: trigger_point(scores, t, f, hz) for t in scores.background},
            "menu": {m.name: menu_point(scores, m.name, f, hz) for m in models},
        } for f in fprs],
    }
    if out_dir is not None:
        out_dir = Path(out_dir)
        if plot:
            from bead_fpga.rate_plot import plot_tpr_vs_rate

            result["plot"] = str(plot_tpr_vs_rate(scores, tpr_curve, [m.name for m in models], fprs, hz, out_dir / RATE_PLOT))
        write_json(out_dir / RATE_FILE, result)
    return result


def _load_models(model_dirs: list[Path], engine: str = "brevitas", lib_dir: Path | None = None,
                 data_dir: Path | None = None, threads: int = 1) -> list[Any]:
    """Load each model (or its emulator library) once; names must be unique (they key every table)."""
    from bead_fpga.defaults import EMULATOR_DIR, check_engine

    check_engine(engine)
    models, names, seen = [], set(), set()
    for d in model_dirs:
        mdir = ModelDir(d)
        if mdir.path.resolve() in seen:
            raise BeadError(mdir.path, "named twice", "give each model directory once")
        seen.add(mdir.path.resolve())
        name = mdir.config().name
        if name in names or name in SEEDS:
            name = f"{name}@{mdir.path}"
        names.add(name)
        if engine == "emulator":
            from bead_fpga.emulator.engine import EmulatorScorer

            models.append(EmulatorScorer(name, mdir, lib_dir or EMULATOR_DIR, data_dir, threads))
        else:
            models.append(ModelScorer(name, mdir))
    return models


__all__ = [
    "COLLISION_RATE_MHZ",
    "DEFAULT_RATES_KHZ",
    "ModelScorer",
    "Scores",
    "allowed_above",
    "clopper_pearson",
    "count_above",
    "menu_point",
    "operating_fprs",
    "rate",
    "threshold_at",
    "trigger_point",
]
