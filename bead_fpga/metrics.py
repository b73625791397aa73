"""Figures of merit for an anomaly trigger, in plain numpy (no scikit-learn dependency).

Conventions (an event is *selected* when its score is strictly above the threshold):

* :func:`roc_auc` is the Mann-Whitney rank statistic ``P(s > b) + 0.5 P(s == b)`` for a
  signal score ``s`` and a background score ``b`` drawn at random: tied scores (common with a
  quantized score, which takes few distinct values) count one half, exactly as the trapezoid
  under the ROC curve does. Perfect separation gives 1, reversed 0, identical scores 0.5.
* :func:`tpr_at_fpr` picks the threshold from the background alone: with ``n`` background
  events, at most ``k = floor(fpr * n)`` may lie strictly above it, so the threshold is the
  ``(k+1)``-th highest background score and the achieved background rate is ``<= fpr`` (ties
  at the threshold are all rejected, for background and signal alike).
* When ``fpr * n < 1`` (e.g. FPR 1e-5 with 40k background events) the requested rate is below
  what the sample can resolve: ``k = 0`` and the threshold is the *highest* background score,
  i.e. the strictest cut the sample can still place. The true threshold at that rate is most
  likely higher, so the reported TPR is then an optimistic (upper) estimate. The result says
  so with ``fpr_resolved = False`` next to ``n_background`` and ``min_resolvable_fpr = 1/n``,
  instead of pretending to a precision the sample does not have.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass

import numpy as np

from bead_fpga.errors import BeadError


def _as_scores(x: np.ndarray, name: str) -> np.ndarray:
    a = np.asarray(x, dtype=np.float64).reshape(-1)
    if a.size == 0:
        raise BeadError("metrics", f"{name} scores are empty")
    if not np.isfinite(a).all():
        raise BeadError("metrics", f"{name} scores contain NaN or inf ({int((~np.isfinite(a)).sum())} of {a.size})",
                        "the model produced non-finite scores; check the training run")
    return a


def roc_auc(background: np.ndarray, signal: np.ndarray) -> float:
    """Area under the ROC curve by the rank statistic, ties counted one half.

    ``AUC = (R_s - n_s (n_s + 1) / 2) / (n_s n_b)`` where ``R_s`` is the sum of the (average,
    1-based) ranks of the signal scores in the pooled sample. O((n_s + n_b) log(n_s + n_b)).
    """
    b = _as_scores(background, "background")
    s = _as_scores(signal, "signal")
    pooled = np.concatenate([s, b])
    uniq, inverse, counts = np.unique(pooled, return_inverse=True, return_counts=True)
    # average rank of each distinct value: ranks start+1 .. start+count -> start + (count+1)/2
    starts = np.cumsum(counts) - counts
    avg_rank = starts + (counts + 1) / 2.0
    rank_sum_signal = avg_rank[inverse[: s.size]].sum()
    n_s, n_b = float(s.size), float(b.size)
    return float((rank_sum_signal - n_s * (n_s + 1) / 2.0) / (n_s * n_b))


@dataclass(frozen=True)
class WorkingPoint:
    """The outcome of :func:`tpr_at_fpr` (see the module docstring for the conventions)."""

    fpr: float  #: the requested background false-positive rate
    tpr: float  #: fraction of signal strictly above ``threshold``
    threshold: float  #: the score cut
    fpr_achieved: float  #: fraction of background strictly above ``threshold`` (<= fpr)
    n_background: int
    n_background_above: int
    n_signal: int
    min_resolvable_fpr: float  #: 1 / n_background
    fpr_resolved: bool  #: fpr * n_background >= 1; if False the TPR is an optimistic estimate

    def to_dict(self) -> dict:
        return asdict(self)


def allowed_above(fpr: float, n: int) -> int:
    """``k = floor(fpr * n)``: background events a cut at ``fpr`` may let through (the
    module's threshold rule; :mod:`bead_fpga.rate` counts with the same three functions)."""
    return int(np.floor(fpr * n + 1e-9))


def threshold_at(sorted_background: np.ndarray, k: int) -> float:
    """The cut letting at most ``k`` of the (ascending) background scores through: the
    ``(k+1)``-th highest score (the highest when ``k`` is 0)."""
    n = len(sorted_background)
    return float(sorted_background[n - 1 - min(k, n - 1)])


def count_above(sorted_scores: np.ndarray, threshold: float) -> int:
    """Scores strictly above ``threshold`` in an ascending array."""
    return int(len(sorted_scores) - np.searchsorted(sorted_scores, threshold, side="right"))


def tpr_at_fpr(background: np.ndarray, signal: np.ndarray, fpr: float) -> WorkingPoint:
    """Signal efficiency at a background false-positive rate ``fpr`` (0 < fpr < 1)."""
    if not 0.0 < fpr < 1.0:
        raise BeadError("metrics", f"fpr must lie in (0, 1), got {fpr}")
    b = _as_scores(background, "background")
    s = _as_scores(signal, "signal")
    n_b = b.size
    k = allowed_above(fpr, n_b)
    b_sorted = np.sort(b)
    threshold = threshold_at(b_sorted, k)
    above_b = count_above(b_sorted, threshold)
    return WorkingPoint(
        fpr=float(fpr),
        tpr=float((s > threshold).mean()),
        threshold=threshold,
        fpr_achieved=above_b / n_b,
        n_background=int(n_b),
        n_background_above=above_b,
        n_signal=int(s.size),
        min_resolvable_fpr=1.0 / n_b,
        fpr_resolved=bool(k >= 1),
    )


def roc_curve(background: np.ndarray, signal: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """``(fpr, tpr, thresholds)`` for every distinct score, thresholds decreasing.

    Point ``i`` selects events with score ``>= thresholds[i]``; the first point is (0, 0) at
    threshold +inf. Consistent with :func:`roc_auc` (the trapezoid area equals it).
    """
    b = _as_scores(background, "background")
    s = _as_scores(signal, "signal")
    pooled = np.concatenate([s, b])
    is_sig = np.concatenate([np.ones(s.size), np.zeros(b.size)])
    order = np.argsort(-pooled, kind="mergesort")
    pooled, is_sig = pooled[order], is_sig[order]
    last_of_group = np.r_[np.diff(pooled) != 0, True]
    tp = np.cumsum(is_sig)[last_of_group]
    fp = np.cumsum(1.0 - is_sig)[last_of_group]
    thresholds = pooled[last_of_group]
    return (np.r_[0.0, fp / b.size], np.r_[0.0, tp / s.size], np.r_[np.inf, thresholds])
