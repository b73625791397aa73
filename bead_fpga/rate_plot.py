"""TPR against trigger rate, one panel per signal: each model's firmware score (solid) and
each classic seed (dashed) on the same background, so the anomaly trigger is read where a
menu would place it, not at an AUC."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np

from bead_fpga.evaluate import _figure, _save

#: Highest rate drawn: beyond a few tens of kHz no L1 seed is given bandwidth.
MAX_RATE_HZ = 1e5
GRID_POINTS = 80


def plot_tpr_vs_rate(scores: Any, tpr_curve: Callable[[Any, str, str, np.ndarray], np.ndarray], models: list[str],
                     fprs: list[float], collision_rate_hz: float, path: Path) -> Path:
    """Write the figure to ``path``. ``scores`` is a :class:`bead_fpga.rate.Scores` and
    ``tpr_curve`` the rule that turns it into TPR at given FPRs (:func:`bead_fpga.rate.tpr_curve`),
    passed in so that the plot sits above the measurement, not beside it in a circle. The rate
    axis starts at one background event (the resolution of the sample); the requested
    operating points are dotted verticals."""
    n = scores.n_background
    rates = np.logspace(np.log10(collision_rate_hz / n), np.log10(min(MAX_RATE_HZ, collision_rate_hz / 2)), GRID_POINTS)
    fig, axes = _figure(len(scores.signals))
    for ax, signal in zip(axes, scores.signals):
        for i, trigger in enumerate(scores.background):
            is_model = trigger in models
            tpr = tpr_curve(scores, trigger, signal, rates / collision_rate_hz)
            ax.step(rates, np.maximum(tpr, 1e-6), where="post", lw=1.8 if is_model else 1.0,
                    ls="-" if is_model else "--", color=f"C{i % 10}", label=trigger)
        for f in fprs:
            ax.axvline(f * collision_rate_hz, color="0.5", ls=":", lw=0.8)
        ax.set_xscale("log")
        ax.set_yscale("log")
        ax.set_ylim(0.5 / len(next(iter(scores.signals[signal].values()))), 1.0)
        ax.set_xlabel(f"trigger rate [Hz] at {collision_rate_hz / 1e6:g} MHz")
        ax.set_ylabel("signal efficiency (TPR)")
        ax.set_title(signal)
        ax.grid(alpha=0.3, lw=0.4)
    axes[0].legend(fontsize=6, loc="upper left", ncol=2)
    fig.suptitle(f"TPR vs rate: models (solid) and classic seeds (dashed), {n:,} background events")
    return _save(fig, path)


__all__ = ["plot_tpr_vs_rate"]
