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


def make_table(title: str, columns: Sequence[str], rows: Sequence[Sequence[str]]) -> Table:
    """A compact table: first column left-aligned text, the others right-aligned numbers."""
    table = Table(title=title, title_justify="left", pad_edge=False, collapse_padding=True)
    for i, name in enumerate(columns):
        table.add_column(name, justify="left" if i == 0 else "right", overflow="fold")
    for row in rows:
        table.add_row(*row)
    return table


def print_table(title: str, columns: Sequence[str], rows: Sequence[Sequence[str]],
                console: Console | None = None) -> None:
    """Print :func:`make_table` on ``console`` (stdout by default)."""
    (console or Console()).print(make_table(title, columns, rows))


def unresolved_note(n_background: int) -> str:
    """The footnote for a ``*`` TPR: what it means and how many events would resolve it."""
    return (f"* FPR 1e-5 is below the resolution of {n_background:,} background events (needs >= 100,000): "
            "TPR at the highest background score, an optimistic estimate.")
