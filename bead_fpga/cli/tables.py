"""Tables for people: every number whole in an 80-column terminal.

rich shrinks a table that is wider than the terminal by cutting cells (``0.62…``), which
turns a result table into something nobody can read. Tables here are built to fit 80
columns (short headers that wrap, one row per signal and variant rather than one column per
variant) and are printed with cell overflow set to *fold*, so that if a terminal is narrower
still a number wraps onto the next line instead of losing digits.
"""

from __future__ import annotations

from collections.abc import Sequence

from rich.console import Console
from rich.table import Table

#: Width the tables are designed for; wider terminals simply show them unchanged.
MIN_WIDTH = 80


def make_table(title: str, columns: Sequence[str], rows: Sequence[Sequence[str]], text_columns: int = 1) -> Table:
    """A compact table: the first ``text_columns`` left-aligned text, the others right-aligned numbers."""
    table = Table(title=title, title_justify="left", pad_edge=False, collapse_padding=True)
    for i, name in enumerate(columns):
        table.add_column(name, justify="left" if i < text_columns else "right", overflow="fold")
    for row in rows:
        table.add_row(*row)
    return table


def unresolved_note(n_background: int) -> str:
    """The footnote for a ``*`` TPR: what it means and how many events would resolve it."""
    return (f"* FPR 1e-5 is below the resolution of {n_background:,} background events (needs >= 100,000): "
            "TPR at the highest background score, an optimistic estimate.")


def print_table(title: str, columns: Sequence[str], rows: Sequence[Sequence[str]], text_columns: int = 1) -> None:
    """Print :func:`make_table` on stdout."""
    Console().print(make_table(title, columns, rows, text_columns))


def print_physics(metrics: dict, console: Console | None = None) -> None:
    """:func:`physics_table` and, when a TPR is not resolved, the footnote saying so."""
    console = console or Console()
    console.print(physics_table(metrics))
    resolved = all(wp["fpr_resolved"] for v in metrics["variants"].values() for score in v["scores"].values()
                   for sig in score.values() for key, wp in sig["tpr_at_fpr"].items() if key == "1e-05")
    if not resolved:
        console.print(unresolved_note(metrics["n_background"]), highlight=False)
    if "classic_seeds" in metrics:
        console.print(seeds_table(metrics))
        console.print("Rates with intervals, >= 1M events and the menu: `bead-fpga rate MODEL_DIR --data DIR`",
                      highlight=False)


def physics_table(metrics: dict) -> Table:
    """AUC and TPR at FPR 1e-5 per signal, trigger and software score, from ``metrics.json``'s
    layout (the model, and its float twin when it was evaluated)."""
    rows = []
    for sig in metrics["n_signal"]:
        for vname, v in metrics["variants"].items():
            cells = [sig, vname.replace("_", " ")]
            for score in ("trigger", "software"):
                m = v["scores"][score][sig]
                wp = m["tpr_at_fpr"]["1e-05"]
                cells += [f"{m['auc']:.4f}", f"{wp['tpr']:.4f}" + ("" if wp["fpr_resolved"] else "*")]
            rows.append(cells)
    title = f"{metrics['config']['name']}: {metrics['n_background']:,} background test events"
    return make_table(title, ["signal", "model", "AUC trigger", "TPR@1e-5 trigger", "AUC software",
                              "TPR@1e-5 software"], rows, text_columns=2)


def seeds_table(metrics: dict) -> Table:
    """At FPR 1e-5 per signal: the model's trigger TPR and its background count above the
    cut, next to the best single classic seed on the same events (``classic_seeds``)."""
    rows = []
    for sig in metrics["n_signal"]:
        wp = next(iter(metrics["variants"].values()))["scores"]["trigger"][sig]["tpr_at_fpr"]["1e-05"]
        best = max(metrics["classic_seeds"], key=lambda s: metrics["classic_seeds"][s][sig]["tpr_at_fpr"]["1e-05"]["tpr"])
        seed = metrics["classic_seeds"][best][sig]["tpr_at_fpr"]["1e-05"]
        rows.append([sig, f"{wp['tpr']:.4f}", f"{wp['n_background_above']:,}", best, f"{seed['tpr']:.4f}",
                     f"{seed['n_background_above']:,}"])
    return make_table("At FPR 1e-5 (400 Hz at 40 MHz): trigger score vs the best classic seed",
                      ["signal", "TPR trigger", "bkg fired", "best seed", "TPR seed", "bkg fired"], rows)
