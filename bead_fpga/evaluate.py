"""Physics evaluation of a trained model: ROC AUC and trigger efficiency per signal.

:func:`evaluate` scores the background *test* split (the same ``seed``/``max_events`` split as
training, so no training or validation event is reused) and every signal file present, for

* the **trigger** score (encoder only, quantized: what the firmware computes),
* the **software** score (reconstruction error; needs the decoder),
* each **per-level** encoder score the model exposes (``mu2_level1``, ``kl_level2``, ...),

for the model itself and, when available, its float twin (``twin_dir``, or
``MODEL_DIR/float_twin/`` when that holds a model). Everything is computed in chunks of
:data:`CHUNK` events, so memory is bounded by the score arrays, not by activations.

``metrics.json`` (written atomically into the model directory)::

    {
      "model_dir", "data_dir", "max_events", "seed", "config",
      "n_background": <test events>, "n_signal": {signal: n},
      "split_matches_training": true | false | null,   # null: not the training file (all unseen)
      "fpr_points": [1e-05, 0.0001],
      "threshold_rule": "...",
      "variants": {
        "quantized" | "float": {                # the model in MODEL_DIR
          "model_dir", "bits", "name",
          "scores": {
            "trigger" | "software" | <level>: {
              <signal>: {"auc": float,
                         "tpr_at_fpr": {"1e-05": {tpr, threshold, fpr_achieved,
                                        n_background, n_background_above, n_signal,
                                        min_resolvable_fpr, fpr_resolved}, "0.0001": ...}}}}},
        "float_twin": {...}                     # when a twin was found
      },
      "plots": {name: relative path}
    }

The classic L1 seeds (:mod:`bead_fpga.seeds`: MET, leading lepton and jet pT, HT, ...) are
measured on the same events at the same working points, so the model's TPR is read next to
what a single classic variable keeps; ``bead-fpga rate`` does the same on >= 1M events with
intervals and the menu's pure rate.

The TPR threshold rule (see :mod:`bead_fpga.metrics`): at most ``floor(fpr * n)`` background
events lie strictly above the cut. With fewer than ``1/fpr`` background events (FPR 1e-5 needs
100k) the cut is the highest background score and ``fpr_resolved`` is false: that TPR is an
optimistic estimate, reported as such, never as a measurement at 1e-5.

PNGs go to ``MODEL_DIR/plots/``: ROC curves per variant (log FPR axis, one line per signal, the
1e-5 working point marked), score distributions background vs each signal (log y), a
latent-space projection (the first two latent means), and the trigger ROC of the quantized
model against its float twin when there is one. Plots use matplotlib's object API on the Agg
canvas (no pyplot, no global backend change).
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

import numpy as np
import torch

from bead_fpga.data import DEFAULT_EVENTS
from bead_fpga.io import write_json
from bead_fpga.metrics import roc_auc, roc_curve, tpr_at_fpr
from bead_fpga.model_dir import ModelDir

log = logging.getLogger(__name__)

FPR_POINTS: tuple[float, ...] = (1e-5, 1e-4)
CHUNK = 8192
#: Events per class drawn in the latent-space scatter plot.
LATENT_PLOT_EVENTS = 4000

THRESHOLD_RULE = (
    "cut = the (floor(fpr*n)+1)-th highest background score; an event passes if its score is "
    "strictly above the cut. If fpr*n < 1 the cut is the highest background score "
    "(fpr_resolved=false): the TPR is then an optimistic estimate at an unresolved rate."
)


def fpr_key(fpr: float) -> str:
    """The JSON key of a working point: ``1e-05``, ``0.0001``."""
    return f"{fpr:g}"


# --------------------------------------------------------------------------------------------
# Scoring
# --------------------------------------------------------------------------------------------

@torch.no_grad()
def score_events(model, transform, x: np.ndarray, chunk: int = CHUNK) -> dict[str, np.ndarray]:
    """All scores of ``model`` for physical features ``x`` (n, 57), plus ``latent`` (n, k):
    ``{"trigger": (n,), "software": (n,), <level>: (n,), ..., "latent": (n, k)}``."""
    model.eval()
    parts: dict[str, list[np.ndarray]] = {}

    def add(name: str, t: torch.Tensor) -> None:
        parts.setdefault(name, []).append(t.detach().to(torch.float64).numpy())

    for lo in range(0, len(x), chunk):
        xt = torch.from_numpy(np.ascontiguousarray(transform.apply(x[lo:lo + chunk]), dtype=np.float32))
        for name, s in model.evaluation_scores(xt).items():
            add(name, s)
    return {k: np.concatenate(v) for k, v in parts.items()}


def score_metrics(background: np.ndarray, signals: dict[str, np.ndarray],
                  fprs: tuple[float, ...] = FPR_POINTS) -> dict[str, Any]:
    """``{signal: {"auc", "tpr_at_fpr": {key: working point}}}`` for one score."""
    return {
        name: {
            "auc": roc_auc(background, sig),
            "tpr_at_fpr": {fpr_key(f): tpr_at_fpr(background, sig, f).to_dict() for f in fprs},
        }
        for name, sig in signals.items()
    }


def classic_seed_metrics(x_bkg: np.ndarray, x_sig: dict[str, np.ndarray]) -> dict[str, Any]:
    """:func:`score_metrics` of every classic seed on the same background and signals."""
    from bead_fpga.seeds import seed_values

    bkg, sig = seed_values(x_bkg), {k: seed_values(x) for k, x in x_sig.items()}
    return {name: score_metrics(values, {k: v[name] for k, v in sig.items()}) for name, values in bkg.items()}


# --------------------------------------------------------------------------------------------
# The evaluation run
# --------------------------------------------------------------------------------------------

def same_training_data(trained: dict[str, Any], data_dir: Path) -> bool:
    """Whether ``data_dir`` holds the background file the model was trained on: by the
    file's fingerprint when training recorded one, else by its path."""
    from bead_fpga.data.adc2021 import BACKGROUND_FILE, fingerprint

    if "data_fingerprint" in trained:
        return trained["data_fingerprint"] == fingerprint(Path(data_dir) / BACKGROUND_FILE)
    return "data_dir" in trained and Path(trained["data_dir"]).resolve() == Path(data_dir).resolve()


def split_status(trained: dict[str, Any], data_dir: Path, max_events: int | None, seed: int) -> bool | None:
    """``True`` when the test split is the one held out in training, ``False`` when the same
    file is split differently (test events may have been trained on: warned), ``None`` when
    the events are not the training file's (all unseen) or the training run is unknown."""
    if not trained or not same_training_data(trained, data_dir):
        return None
    return (trained.get("max_events"), trained.get("seed")) == (max_events, seed)


def evaluate(model_dir: ModelDir | Path, data_dir: Path, max_events: int | None = DEFAULT_EVENTS, seed: int = 0,
             twin_dir: Path | None = None, plots: bool = True, engine: str = "brevitas",
             lib_dir: Path | None = None) -> dict:
    """Evaluate ``model_dir`` on ``data_dir``; write ``metrics.json`` and (unless ``plots`` is
    False, e.g. in a benchmark sweep) the PNGs; return the metrics dictionary (layout in the
    module docstring). ``engine="emulator"``: the quantized model's ``trigger`` score comes from
    its emulator library (built or reused in ``lib_dir``); the other scores stay torch's."""
    from bead_fpga.data.adc2021 import load_background, load_signals

    mdir, data_dir = ModelDir.of(model_dir), Path(data_dir)
    model, transform, cfg = mdir.load()
    variants: dict[str, tuple[Any, Any, Any, ModelDir]] = {
        ("quantized" if cfg.bits else "float"): (model, transform, cfg, mdir)}
    twin = mdir.twin(twin_dir) if cfg.bits else None
    if twin is not None:
        t_model, t_transform, t_cfg = twin.load()
        if t_cfg.float_twin().to_dict() | {"name": ""} != cfg.float_twin().to_dict() | {"name": ""}:
            log.warning("%s: the float twin's architecture differs from %s's", twin.path, mdir.path)
        variants["float_twin"] = (t_model, t_transform, t_cfg, twin)

    statuses = []
    for *_, v_dir in variants.values():
        run = v_dir.training_run()
        statuses.append(split_status(run, data_dir, max_events, seed))
        if statuses[-1] is False:
            log.warning("%s was trained on this background file with max_events=%s seed=%s but is evaluated with "
                        "max_events=%s seed=%s: the test split differs and may contain training events",
                        v_dir.path, run.get("max_events"), run.get("seed"), max_events, seed)
    known = [st for st in statuses if st is not None]
    matches = all(known) if known else None

    x_bkg = load_background(data_dir, max_events, seed)["test"]
    x_sig = load_signals(data_dir, max_events)
    log.info("evaluating on %d background test events and %s", len(x_bkg),
             ", ".join(f"{len(v)} {k}" for k, v in x_sig.items()))

    result: dict[str, Any] = {
        "model_dir": ".", "data_dir": mdir.rel(data_dir), "max_events": max_events, "seed": seed,
        "config": cfg.to_dict(), "n_background": int(len(x_bkg)),
        "n_signal": {k: int(len(v)) for k, v in x_sig.items()},
        "split_matches_training": matches, "fpr_points": list(FPR_POINTS),
        "threshold_rule": THRESHOLD_RULE, "classic_seeds": classic_seed_metrics(x_bkg, x_sig),
        "variants": {}, "plots": {},
    }
    all_scores: dict[str, tuple[dict[str, np.ndarray], dict[str, dict[str, np.ndarray]]]] = {}
    for vname, (v_model, v_transform, v_cfg, v_dir) in variants.items():
        bkg = score_events(v_model, v_transform, x_bkg)
        sig = {k: score_events(v_model, v_transform, x) for k, x in x_sig.items()}
        trigger_source = _emulator_trigger(mdir, data_dir, lib_dir, x_bkg, x_sig, bkg, sig) \
            if engine == "emulator" and vname == "quantized" else "torch"
        all_scores[vname] = (bkg, sig)
        result["variants"][vname] = {
            "model_dir": mdir.rel(v_dir.path), "bits": v_cfg.bits, "name": v_cfg.name, "trigger_score": trigger_source,
            "scores": {s: score_metrics(bkg[s], {k: v[s] for k, v in sig.items()})
                       for s in bkg if s != "latent"},
        }

    if plots:
        mdir.plots_dir.mkdir(parents=True, exist_ok=True)
    for vname, (bkg, sig) in (all_scores.items() if plots else ()):
        score_names = [s for s in bkg if s != "latent"]
        result["plots"][f"roc_{vname}"] = _rel(mdir, plot_roc(bkg, sig, score_names, mdir.plot_file(f"roc_{vname}"),
                                                            f"{variants[vname][2].name}: ROC"))
        result["plots"][f"scores_{vname}"] = _rel(mdir, plot_score_distributions(
            bkg, sig, score_names, mdir.plot_file(f"scores_{vname}"), f"{variants[vname][2].name}: scores"))
        if "latent" in bkg:
            result["plots"][f"latent_{vname}"] = _rel(mdir, plot_latent(
                bkg["latent"], {k: v["latent"] for k, v in sig.items()}, mdir.plot_file(f"latent_{vname}"),
                f"{variants[vname][2].name}: latent means", seed))
    if plots and len(all_scores) == 2:
        (n1, (b1, s1)), (n2, (b2, s2)) = all_scores.items()
        result["plots"]["roc_trigger_vs_float"] = _rel(mdir, plot_roc_compare(
            {n1: (b1["trigger"], {k: v["trigger"] for k, v in s1.items()}),
             n2: (b2["trigger"], {k: v["trigger"] for k, v in s2.items()})},
            mdir.plot_file("roc_trigger_vs_float"), "trigger score: quantized vs float twin"))

    write_json(mdir.metrics_file, result)
    return result


def _rel(mdir: ModelDir, path: Path) -> str:
    """A plot's path as ``metrics.json`` records it: inside the model directory."""
    return str(path.relative_to(mdir.path))


def _emulator_trigger(mdir: ModelDir, data_dir: Path, lib_dir: Path | None, x_bkg: np.ndarray,
                      x_sig: dict[str, np.ndarray], bkg: dict[str, np.ndarray], sig: dict[str, dict[str, np.ndarray]]) -> str:
    """Replace the ``trigger`` scores by the emulator library's; returns what scored them."""
    from bead_fpga.defaults import EMULATOR_DIR
    from bead_fpga.emulator.engine import EmulatorScorer

    scorer = EmulatorScorer(mdir.config().name, mdir, lib_dir or EMULATOR_DIR, data_dir)
    bkg["trigger"] = scorer(x_bkg)
    for name, x in x_sig.items():
        sig[name]["trigger"] = scorer(x)
    return scorer.source


# --------------------------------------------------------------------------------------------
# Plots (matplotlib object API on the Agg canvas)
# --------------------------------------------------------------------------------------------

def _figure(n_panels: int, width: float = 4.6, height: float = 3.8):
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    ncols = 2 if n_panels == 4 else min(n_panels, 3)
    nrows = (n_panels + ncols - 1) // ncols
    fig = Figure(figsize=(width * ncols, height * nrows))
    FigureCanvasAgg(fig)
    # fixed margins: constrained/tight layout costs seconds per figure with log axes
    fig.subplots_adjust(left=0.9 / (width * ncols), right=1 - 0.25 / (width * ncols),
                        bottom=0.6 / (height * nrows), top=1 - 0.8 / (height * nrows),
                        wspace=0.28, hspace=0.38)
    axes = [fig.add_subplot(nrows, ncols, i + 1) for i in range(n_panels)]
    return fig, axes


def _save(fig, path: Path) -> Path:
    from bead_fpga.io import atomic_path

    with atomic_path(path) as tmp:
        fig.savefig(tmp, format="png", dpi=110)
    return path


def _roc_on_grid(bkg: np.ndarray, sig: np.ndarray, grid: np.ndarray) -> np.ndarray:
    """TPR at each FPR of ``grid`` (the ROC step function, highest TPR with FPR <= grid)."""
    fpr, tpr, _ = roc_curve(bkg, sig)
    idx = np.searchsorted(fpr, grid, side="right") - 1
    return tpr[np.clip(idx, 0, len(tpr) - 1)]


def _draw_roc(ax, bkg: np.ndarray, signals: dict[str, np.ndarray], style: str = "-",
              label_suffix: str = "", colors: dict[str, Any] | None = None) -> None:
    n_b = len(bkg)
    grid = np.logspace(np.log10(1.0 / n_b), 0.0, 400)
    wp_fpr = FPR_POINTS[0]
    for i, (name, sig) in enumerate(signals.items()):
        color = (colors or {}).get(name, f"C{i}")
        auc = roc_auc(bkg, sig)
        ax.plot(grid, _roc_on_grid(bkg, sig, grid), style, color=color, lw=1.4,
                label=f"{name}{label_suffix} (AUC {auc:.3f})")
        wp = tpr_at_fpr(bkg, sig, wp_fpr)
        x = wp_fpr if wp.fpr_resolved else 1.0 / n_b
        ax.plot([x], [wp.tpr], "o" if wp.fpr_resolved else "v", color=color, ms=5,
                mfc=color if wp.fpr_resolved else "none")
    ax.axvline(wp_fpr, color="0.4", ls=":", lw=1)
    resolved = n_b * wp_fpr >= 1
    ax.text(wp_fpr, 0.02, " FPR 1e-5" + ("" if resolved else f"\n (unresolved: {n_b} bkg,\n  open marker at 1/n)"),
            fontsize=7, color="0.3", va="bottom")
    ax.plot(grid, grid, color="0.8", lw=0.8, ls="--")
    ax.set_xscale("log")
    ax.set_xlim(min(wp_fpr, 1.0 / n_b) / 2, 1.0)
    ax.set_ylim(0.0, 1.02)
    ax.set_xlabel("background false-positive rate")
    ax.set_ylabel("signal efficiency (TPR)")
    ax.grid(alpha=0.3, lw=0.4)


def plot_roc(bkg: dict[str, np.ndarray], sig: dict[str, dict[str, np.ndarray]], score_names: list[str],
             path: Path, title: str) -> Path:
    """One panel per score, one line per signal, the FPR 1e-5 working point marked."""
    fig, axes = _figure(len(score_names))
    for ax, s in zip(axes, score_names):
        _draw_roc(ax, bkg[s], {k: v[s] for k, v in sig.items()})
        ax.set_title(s)
        ax.legend(fontsize=7, loc="upper left")
    fig.suptitle(title)
    return _save(fig, path)


def plot_roc_compare(curves: dict[str, tuple[np.ndarray, dict[str, np.ndarray]]], path: Path, title: str) -> Path:
    fig, (ax,) = _figure(1, width=6.0, height=4.6)
    names = list(next(iter(curves.values()))[1])
    colors = {n: f"C{i}" for i, n in enumerate(names)}
    for style, (variant, (bkg, sigs)) in zip(("-", "--"), curves.items()):
        _draw_roc(ax, bkg, sigs, style=style, label_suffix=f" [{variant}]", colors=colors)
    ax.legend(fontsize=7, loc="upper left")
    ax.set_title(title)
    return _save(fig, path)


def plot_score_distributions(bkg: dict[str, np.ndarray], sig: dict[str, dict[str, np.ndarray]],
                             score_names: list[str], path: Path, title: str) -> Path:
    """Normalised histograms, background filled, each signal as a line; log y. The x range
    ends at the 99.9th percentile of the pooled scores; larger values land in the last bin."""
    fig, axes = _figure(len(score_names))
    for ax, s in zip(axes, score_names):
        pooled = np.concatenate([bkg[s], *(v[s] for v in sig.values())])
        lo, hi = float(pooled.min()), float(np.percentile(pooled, 99.9))
        if hi <= lo:
            hi = lo + 1.0
        bins = np.linspace(lo, hi, 61)

        def density(a: np.ndarray) -> np.ndarray:
            return np.histogram(np.clip(a, lo, hi), bins=bins, density=True)[0]

        ax.stairs(density(bkg[s]), bins, fill=True, color="0.75", label="background")
        for i, (name, v) in enumerate(sig.items()):
            ax.stairs(density(v[s]), bins, lw=1.3, color=f"C{i}", label=name)
        ax.set_yscale("log")
        ax.set_xlabel(f"{s} score (last bin: overflow)")
        ax.set_ylabel("density")
        ax.set_title(s)
        ax.legend(fontsize=7)
    fig.suptitle(title)
    return _save(fig, path)


def plot_latent(bkg: np.ndarray, sig: dict[str, np.ndarray], path: Path, title: str, seed: int = 0) -> Path:
    """One panel per signal: the first two latent means (a histogram of the first if the
    model has only one), background in grey underneath, :data:`LATENT_PLOT_EVENTS` random
    events per class."""
    rng = np.random.default_rng(seed)

    def sub(a: np.ndarray) -> np.ndarray:
        return a[rng.choice(len(a), size=min(len(a), LATENT_PLOT_EVENTS), replace=False)]

    fig, axes = _figure(len(sig), width=4.4, height=4.0)
    b = sub(bkg)
    two_d = bkg.shape[1] >= 2
    if not two_d:
        lo = min(bkg[:, 0].min(), *(v[:, 0].min() for v in sig.values()))
        hi = max(bkg[:, 0].max(), *(v[:, 0].max() for v in sig.values()))
        bins = np.linspace(lo, hi + 1e-9, 61)
    for i, (ax, (name, v)) in enumerate(zip(axes, sig.items())):
        if two_d:
            ax.scatter(*b[:, :2].T, s=2, color="0.55", alpha=0.35, label="background", rasterized=True)
            ax.scatter(*sub(v)[:, :2].T, s=2, color=f"C{i}", alpha=0.35, label=name, rasterized=True)
            ax.set_ylabel("latent mean 1")
        else:
            ax.stairs(np.histogram(bkg[:, 0], bins=bins, density=True)[0], bins, fill=True, color="0.75",
                      label="background")
            ax.stairs(np.histogram(v[:, 0], bins=bins, density=True)[0], bins, color=f"C{i}", label=name)
            ax.set_yscale("log")
            ax.set_ylabel("density")
        ax.set_xlabel("latent mean 0")
        ax.set_title(name)
        ax.legend(fontsize=7, markerscale=4, loc="upper right")
    fig.suptitle(title)
    return _save(fig, path)


__all__ = ["evaluate", "score_events", "score_metrics", "fpr_key", "FPR_POINTS",
           "plot_roc", "plot_roc_compare", "plot_score_distributions", "plot_latent"]
