"""The Pareto front of a scan: the points no other point beats on physics and cost at once.

A trigger group picks a model from this front: for each cost (latency, LUTs) the points whose
physics figure cannot be raised without paying more of that cost. By default the figure is the
operating point's, ``op_tpr_mean`` (TPR at FPR 1e-5 on the scan's own >= 1M background events,
mean over the signals) when the scan ran the ``rate`` stage, else the mean trigger AUC. Point ``a``
dominates ``b`` when it is at least as good in every objective and better in one; equal
points do not dominate each other, so both stay on the front.

``bead-fpga scan --report DIR`` writes, beside the results table:

* ``front.png`` -- one panel per cost: every finished point, coloured by its bit width (or the
  first setting that varies), the front as a staircase with its points numbered;
* ``front.md`` -- per cost, the front points in order of cost, the settings that vary in the
  scan, physics, hardware with its source, and the command that reproduces each point
  (``bead-fpga scan SPEC --out DIR --only KEY``), then the failed points with their errors;
* ``front.json`` -- the same front, for programs.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

from bead_fpga.errors import BeadError
from bead_fpga.io import atomic_path, write_json
from bead_fpga.markdown import markdown_table
from bead_fpga.scan.points import format_value
from bead_fpga.scan.settings import setting_targets
from bead_fpga.scan.table import table_rows, write_table

FRONT_MD = "front.md"
FRONT_PNG = "front.png"
FRONT_JSON = "front.json"
DEFAULT_PHYSICS = "auc_mean"
#: The physics axis when the scan measured the operating point (the ``rate`` stage).
OPERATING_POINT_PHYSICS = "op_tpr_mean"
DEFAULT_COSTS = ("latency_ns", "lut")
_COST_LABELS = {"latency_ns": "latency (ns)", "lut": "LUT", "ff": "FF", "dsp": "DSP", "bram18": "BRAM18",
                "latency_cycles": "latency (cycles)", "ii_cycles": "II (cycles)"}
_PHYSICS_LABELS = {"auc_mean": "trigger AUC, mean over signals", "tpr1e-5_mean": "trigger TPR at FPR 1e-5, mean",
                   OPERATING_POINT_PHYSICS: "TPR at the operating point (FPR 1e-5), mean over signals"}


def pareto_front(values: Sequence[Sequence[float]], maximize: Sequence[bool]) -> list[int]:
    """Indices of the non-dominated rows of ``values`` (one column per objective;
    ``maximize[j]`` says which way objective ``j`` is better), in input order."""
    a = np.asarray(values, dtype=float)
    if a.size == 0:
        return []
    if a.ndim != 2 or a.shape[1] != len(maximize):
        raise ValueError(f"expected rows of {len(maximize)} objectives, got shape {a.shape}")
    signed = np.where(np.asarray(maximize), a, -a)  # larger is better in every column
    front = []
    for i, row in enumerate(signed):
        at_least = np.all(signed >= row, axis=1)
        better = np.any(signed > row, axis=1)
        if not np.any(at_least & better):
            front.append(i)
    return front


def _number(value: Any) -> float | None:
    return float(value) if isinstance(value, (int, float)) and not isinstance(value, bool) and math.isfinite(value) else None


def front_rows(rows: list[dict[str, Any]], physics: str, cost: str) -> list[dict[str, Any]]:
    """The rows on the front of ``physics`` (higher is better) against ``cost`` (lower is
    better), in order of increasing cost; rows without both figures take no part."""
    usable = [r for r in rows if _number(r.get(physics)) is not None and _number(r.get(cost)) is not None]
    idx = pareto_front([(r[physics], r[cost]) for r in usable], (True, False))
    return sorted((usable[i] for i in idx), key=lambda r: (r[cost], -r[physics]))


def varying_settings(rows: list[dict[str, Any]]) -> list[str]:
    """Setting columns whose value differs between points (the scan's axes, in effect)."""
    names = [c for c in (rows[0] if rows else {}) if c in setting_targets()]
    return [n for n in names if len({format_value(r.get(n)) for r in rows}) > 1]


def reproduce_command(row: dict[str, Any], out: Path) -> str:
    return f"bead-fpga scan {row['spec']} --out {out} --only {row['key']}"


def _cell(value: Any, digits: int = 3) -> str:
    if value is None:
        return "-"
    if isinstance(value, float):
        return f"{value:,.{digits}f}" if abs(value) < 1000 and not value.is_integer() else f"{value:,.0f}"
    if isinstance(value, int) and not isinstance(value, bool):
        return f"{value:,}"
    return format_value(value)


def _tie_note(front: list[dict[str, Any]], physics: str, cost: str, axes: list[str]) -> str | None:
    """A line naming what separates front points that are equal in both figures (equal
    points all stay on a front), e.g. a reuse factor the cost does not see."""
    groups: dict[tuple[Any, Any], list[dict[str, Any]]] = {}
    for row in front:
        groups.setdefault((row[physics], row[cost]), []).append(row)
    ties = [g for g in groups.values() if len(g) > 1]
    if not ties:
        return None
    differ = [a for a in axes if any(len({format_value(r.get(a)) for r in g}) > 1 for g in ties)]
    return (f"{sum(len(g) for g in ties)} of these {len(front)} points tie with another in both {physics} and {cost} "
            f"(equal points all stay on the front); within a tie they differ only in {', '.join(differ) or 'nothing'}: "
            "the other columns tell them apart.")


def _physics_source(physics: str, ok: list[dict[str, Any]]) -> str:
    """Where the physics column comes from: the rate stage's events or evaluate's test split."""
    if not physics.startswith("op_"):
        return "`measured:evaluate` on the background test split"
    counts = sorted({r.get("op_n_background") for r in ok if r.get("op_n_background")})
    return (f"`measured:rate` at FPR {ok[0].get('op_fpr', 1e-5):g} on {', '.join(f'{n:,}' for n in counts)} background "
            "events never trained on; `op_seed_wins` / `op_menu_gains`: signals where the model is at or above the best "
            "classic seed / adds to the classic menu at equal total rate") if ok else "`measured:rate`"


def render_markdown(rows: list[dict[str, Any]], fronts: dict[str, list[dict[str, Any]]], physics: str,
                    out: Path, png: str) -> str:
    ok = [r for r in rows if r["status"] == "ok"]
    failed = [r for r in rows if r["status"] != "ok"]
    axes = varying_settings(rows)
    sources = sorted({r["hardware_source"] for r in ok if r.get("hardware_source")})
    resolved = {r.get("fpr_resolved") for r in ok}
    lines = [
        f"# Scan front: {out}",
        "",
        f"{len(rows)} points: {len(ok)} finished, {len(failed)} failed. Physics: `{physics}` (higher is better, "
        f"{_physics_source(physics, ok)}). Hardware figures: {', '.join(f'`{s}`' for s in sources) or '-'}.",
    ]
    if physics.startswith("tpr") and False in resolved:
        lines.append("TPR at FPR 1e-5 is **not resolved** by this test split (fewer than 100k background events): "
                     "it is an optimistic estimate; compare AUCs instead.")
    lines += ["", f"![front]({png})", ""]
    for cost, front in fronts.items():
        lines += [f"## {physics} vs {_COST_LABELS.get(cost, cost)}: {len(front)} of {len(ok)} points on the front", ""]
        extra = ("op_bkg_above", "op_seed_wins", "op_menu_gains") if physics.startswith("op_") else ()
        header = ["#", "key", *axes, physics, *extra,
                  *(c for c in ("latency_ns", "ii_cycles", "lut", "ff", "dsp") if c != physics), "reproduce"]
        body = [[str(i + 1), f"`{r['key']}`", *(_cell(r.get(a)) for a in axes), _cell(r.get(physics)),
                 *(_cell(r.get(c)) for c in header[3 + len(axes):-1]), f"`{reproduce_command(r, out)}`"]
                for i, r in enumerate(front)]
        lines += [markdown_table(header, body), ""]
        tie = _tie_note(front, physics, cost, axes)
        if tie:
            lines += [tie, ""]
    if failed:
        lines += ["## Failed points", "",
                  markdown_table(["key", *axes, "stage", "error"],
                            [[f"`{r['key']}`", *(_cell(r.get(a)) for a in axes), _cell(r.get("failed_stage")),
                              str(r.get("error") or "").replace("|", "\\|")] for r in failed]), ""]
    return "\n".join(lines)


def _groups(rows: list[dict[str, Any]], name: str | None) -> list[str]:
    return sorted({format_value(r.get(name)) for r in rows}, key=_sort_key) if name else [""]


def render_png(rows: list[dict[str, Any]], fronts: dict[str, list[dict[str, Any]]], physics: str, dest: Path) -> Path:
    """One panel per cost: every finished point, its colour the bit width (or the first
    setting that varies) and its marker the next varying setting; the front as a numbered
    staircase (the best physics reachable at each cost)."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure
    from matplotlib.lines import Line2D

    ok = [r for r in rows if r["status"] == "ok" and _number(r.get(physics)) is not None]
    varying = varying_settings(ok)
    colour_by = "bits" if "bits" in varying else (varying[0] if varying else None)
    marker_by = next((n for n in varying if n != colour_by), None)
    colours = {g: f"C{i % 10}" for i, g in enumerate(_groups(ok, colour_by))}
    markers = {g: "osD^vPX*"[i % 8] for i, g in enumerate(_groups(ok, marker_by))}
    width = 5.4 * len(fronts)
    fig = Figure(figsize=(width, 4.6))
    FigureCanvasAgg(fig)
    fig.subplots_adjust(left=0.9 / width, right=0.98, bottom=0.14, top=0.86, wspace=0.25)
    for k, (cost, front) in enumerate(fronts.items()):
        ax = fig.add_subplot(1, len(fronts), k + 1)
        usable = [r for r in ok if _number(r.get(cost)) is not None]
        for r in usable:
            ax.scatter(r[cost], r[physics], s=30, alpha=0.8, zorder=2,
                       color=colours[format_value(r.get(colour_by)) if colour_by else ""],
                       marker=markers[format_value(r.get(marker_by)) if marker_by else ""])
        if front:
            xs, ys = [r[cost] for r in front], [r[physics] for r in front]
            ax.step(xs, ys, where="post", color="black", lw=1.2, zorder=1)
            ax.scatter(xs, ys, s=130, facecolors="none", edgecolors="black", lw=1.4, zorder=3)
            labels: dict[tuple[float, float], list[str]] = {}
            for i, xy in enumerate(zip(xs, ys, strict=True)):
                labels.setdefault(xy, []).append(str(i + 1))  # equal points share one label
            for xy, numbers in labels.items():
                ax.annotate(",".join(numbers), xy, textcoords="offset points", xytext=(6, 6), fontsize=9, weight="bold")
        values = [r[cost] for r in usable]
        if values and min(values) > 0 and max(values) / min(values) > 20:
            ax.set_xscale("log")
        source = sorted({r["hardware_source"] for r in usable if r.get("hardware_source")})
        ax.set_xlabel(f"{_COST_LABELS.get(cost, cost)}" + (f"  [{', '.join(source)}]" if source else ""), fontsize=9)
        ax.set_ylabel(_PHYSICS_LABELS.get(physics, physics) + " (higher is better)", fontsize=9)
        ax.set_title(f"{len(front)} of {len(usable)} points on the front", fontsize=10)
        ax.grid(alpha=0.3)
        if k == 0:
            handles = [Line2D([], [], ls="", marker="o", color=c, label=f"{colour_by} {g}")
                       for g, c in colours.items() if colour_by]
            handles += [Line2D([], [], ls="", marker=m, color="grey", label=f"{marker_by} {g}")
                        for g, m in markers.items() if marker_by]
            handles.append(Line2D([], [], color="black", marker="o", mfc="none", label="Pareto front"))
            ax.legend(handles=handles, fontsize=7, loc="lower right", ncol=2 if len(handles) > 6 else 1)
    fig.suptitle(f"{_PHYSICS_LABELS.get(physics, physics)} vs cost (numbers = rows of front.md)", fontsize=11)
    with atomic_path(dest) as tmp:
        fig.savefig(tmp, format="png", dpi=110)
    return dest


def _sort_key(text: str) -> tuple[int, float | str]:
    try:
        return (0, float(text))
    except ValueError:
        return (1, text)


def write_front(out: Path, physics: str | None = None, costs: Sequence[str] = DEFAULT_COSTS) -> dict[str, Path]:
    """Rebuild the table and write ``front.md``, ``front.png`` and ``front.json`` under ``out``;
    ``physics`` None takes the operating point's figure where the scan has it (module docstring)."""
    out = Path(out)
    write_table(out)
    rows = table_rows(out)
    if not rows:
        raise BeadError(out, "no finished points here", "run `bead-fpga scan SPEC --out DIR` first")
    columns = set(rows[0])
    if physics is None:
        physics = OPERATING_POINT_PHYSICS if OPERATING_POINT_PHYSICS in columns else DEFAULT_PHYSICS
    for name in (physics, *costs):
        if name not in columns:
            numeric = sorted(c for c in columns if any(_number(r.get(c)) is not None for r in rows))
            raise BeadError(out, f"no column {name!r} in the results", f"choose from {', '.join(numeric)}")
    ok = [r for r in rows if r["status"] == "ok"]
    fronts = {cost: front_rows(ok, physics, cost) for cost in costs}
    paths = {"png": render_png(rows, fronts, physics, out / FRONT_PNG)}
    with atomic_path(out / FRONT_MD) as tmp:
        tmp.write_text(render_markdown(rows, fronts, physics, out, FRONT_PNG) + "\n")
    paths["md"] = out / FRONT_MD
    paths["json"] = write_json(out / FRONT_JSON, {
        "physics": physics, "points": len(rows), "finished": len(ok),
        "fronts": {cost: [{"key": r["key"], "settings": {a: r.get(a) for a in varying_settings(rows)},
                           physics: r[physics], cost: r[cost], "reproduce": reproduce_command(r, out)} for r in front]
                   for cost, front in fronts.items()},
    })
    return paths
