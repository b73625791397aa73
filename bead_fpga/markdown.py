"""Markdown tables, written one way for every report, scan and benchmark.

Committed results are read on GitHub and in terminals; one writer keeps their tables alike
(a header, a ``---`` rule, one line per row) and escapes the one character that breaks a
cell, the pipe.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Sequence
from typing import Any


def _cell(value: Any) -> str:
    return str(value).replace("|", "\\|").replace("\n", " ")


def markdown_table(header: Sequence[Any], rows: Iterable[Sequence[Any]], right: Collection[int] = ()) -> str:
    """``header`` and ``rows`` (any values, shown with ``str``) as a Markdown table, no final
    newline; the columns whose index is in ``right`` are right-aligned (``---:``: numbers
    whose digits should line up). A row with fewer cells than the header is padded; one with
    more is an error, since a silently dropped column is a lost figure."""
    width = len(header)
    rule = "|" + "".join(" ---: |" if i in right else " --- |" for i in range(width))
    lines = ["| " + " | ".join(_cell(h) for h in header) + " |", rule]
    for row in rows:
        cells = [_cell(v) for v in row]
        if len(cells) > width:
            raise ValueError(f"row has {len(cells)} cells for {width} columns: {cells}")
        lines.append("| " + " | ".join(cells + [""] * (width - len(cells))) + " |")
    return "\n".join(lines)
