"""Summaries and control plots of ADC2021-layout files.

The first thing to do with a file from someone else (or with a freshly generated one) is to
look at it: how many events, how many objects of each type, the ranges the fixed-point
transform will have to cover, whether every event passes the lepton filter, and whether the
signals differ from the background where they should. Everything is accumulated chunk by
chunk with fixed histogram bins, so inspecting a multi-GB file costs one chunk of memory.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy as np

from bead_fpga.data.adc2021 import (
    BACKGROUND_FILE,
    LEPTON_FILTER_PT,
    OBJECT_SLOTS,
    SIGNAL_FILE_VARIANTS,
    SIGNAL_FILES,
    iter_chunks,
    leading_lepton_pt,
    object_columns,
    validate,
)
from bead_fpga.errors import BeadError
from bead_fpga.io import atomic_path

#: Default cap on events read per file: enough for smooth plots and stable ranges.
MAX_EVENTS = 500_000

#: The plotted distributions: (key, x label, bin edges). Values beyond the last edge go
#: into the last bin, so the tails stay visible instead of disappearing.
HISTOGRAMS: tuple[tuple[str, str, np.ndarray], ...] = (
    ("leading_lepton_pt", "leading lepton pT [GeV] (e or mu)", np.linspace(0.0, 400.0, 81)),
    ("met_pt", "MET pT [GeV]", np.linspace(0.0, 400.0, 81)),
    ("n_jets", "jet multiplicity", np.arange(-0.5, 11.0, 1.0)),
    ("leading_jet_eta", "leading-jet eta (events with a jet)", np.linspace(-4.5, 4.5, 46)),
)


def _label(path: Path) -> str:
    """A short legend name: 'background', the signal's short name, or the file stem."""
    if path.name == BACKGROUND_FILE:
        return "background"
    for name, file_name in SIGNAL_FILES.items():
        if path.name in (file_name, *SIGNAL_FILE_VARIANTS.get(name, ())):
            return name
    return path.stem


def _summarise(path: Path, max_events: int | None) -> tuple[dict[str, Any], dict[str, np.ndarray]]:
    """One pass over (at most ``max_events`` of) a file: the summary and the histogram counts."""
    n_total = validate(path)
    stop = n_total if max_events is None else min(n_total, max_events)
    counts = {key: np.zeros(len(edges) - 1, dtype=np.int64) for key, _, edges in HISTOGRAMS}
    mult_sum = dict.fromkeys(OBJECT_SLOTS, 0)
    mult_max = dict.fromkeys(OBJECT_SLOTS, 0)
    ranges: dict[str, dict[str, list[float]]] = {
        kind: {q: [np.inf, -np.inf] for q in ("pt", "eta", "phi")} for kind in OBJECT_SLOTS
    }
    n_pass = 0
    for x, mask in iter_chunks(path, stop=stop):
        for kind, slots in OBJECT_SLOTS.items():
            occ = mask[:, slots]
            mult = occ.sum(axis=1)
            mult_sum[kind] += int(mult.sum())
            mult_max[kind] = max(mult_max[kind], int(mult.max()))
            for q in ("pt", "eta", "phi"):
                vals = x[:, object_columns(kind, q)][occ]  # occupied slots only: padding is no value
                if vals.size:
                    ranges[kind][q][0] = min(ranges[kind][q][0], float(vals.min()))
                    ranges[kind][q][1] = max(ranges[kind][q][1], float(vals.max()))
        lead_lepton = leading_lepton_pt(x)
        n_pass += int(np.count_nonzero(lead_lepton > LEPTON_FILTER_PT))
        has_jet = mask[:, OBJECT_SLOTS["jet"].start]
        values = {
            "leading_lepton_pt": lead_lepton,
            "met_pt": x[:, 0],
            "n_jets": mask[:, OBJECT_SLOTS["jet"]].sum(axis=1),
            "leading_jet_eta": x[has_jet, object_columns("jet", "eta").start],
        }
        for key, _, edges in HISTOGRAMS:
            clipped = np.clip(values[key], edges[0], np.nextafter(edges[-1], -np.inf))
            counts[key] += np.histogram(clipped, bins=edges)[0]
    summary = {
        "label": _label(path),
        "events": n_total,
        "events_read": stop,
        "multiplicity": {k: {"mean": mult_sum[k] / stop, "max": mult_max[k]} for k in OBJECT_SLOTS},
        "ranges": {
            kind: {q: (None if not np.isfinite(lo) else {"min": lo, "max": hi}) for q, (lo, hi) in qs.items()}
            for kind, qs in ranges.items()
        },
        "lepton_filter_fraction": n_pass / stop,
    }
    return summary, counts


def _plot(results: list[tuple[dict[str, Any], dict[str, np.ndarray]]], out_png: Path) -> None:
    """2x2 unit-area histograms, log y; background filled grey so signals stand out on it."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig, axes = plt.subplots(2, 2, figsize=(11, 8))
    results = sorted(results, key=lambda r: r[0]["label"] != "background")  # background first, underneath
    for ax, (key, xlabel, edges) in zip(axes.flat, HISTOGRAMS):
        for summary, counts in results:
            total = counts[key].sum()
            if total == 0:
                continue
            density = counts[key] / total
            if summary["label"] == "background":
                ax.stairs(density, edges, fill=True, color="0.8", label="background", zorder=0)
            else:
                ax.stairs(density, edges, label=summary["label"], linewidth=1.5)
        ax.set_yscale("log")
        ax.set_xlabel(xlabel)
        ax.set_ylabel("fraction of events")
    axes.flat[0].legend(fontsize="small")
    fig.suptitle("ADC2021-layout inputs (last bin includes overflow)")
    fig.tight_layout()
    with atomic_path(out_png) as tmp:
        fig.savefig(tmp, format="png", dpi=110)
    plt.close(fig)


def inspect(paths: list[Path], out_png: Path | None = None, max_events: int | None = MAX_EVENTS) -> dict[str, dict[str, Any]]:
    """Summarise each file (and plot them together if ``out_png`` is given).

    Returns ``{str(path): summary}``, where a summary holds ``label``, ``events`` (in the
    file), ``events_read``, ``multiplicity[type] = {mean, max}``, ``ranges[type][pt|eta|phi]
    = {min, max}`` over occupied slots (None if the type never occurs) and
    ``lepton_filter_fraction``. Types are MET, egamma, muon, jet.
    """
    if not paths:
        raise BeadError("inspect", "no input files given", "pass one or more .h5 files")
    if max_events is not None and max_events < 1:
        raise BeadError("--max-events", f"must be at least 1, got {max_events}")
    results = [_summarise(Path(p), max_events) for p in paths]
    if out_png is not None:
        _plot(results, Path(out_png))
    return {str(p): summary for p, (summary, _) in zip(paths, results)}
