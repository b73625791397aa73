"""``.ci/run`` runs the whole suite once, in a fresh clone with nothing beside it, and then only
``tests/synth`` in the checkout, where ``../shared`` is. That split is sound only while every
test that reads ``../shared`` lives in ``tests/synth`` and reaches it through
``tests/synth/reports.py``: this test fails when one does not."""

from __future__ import annotations

import ast
import re
from pathlib import Path

TESTS = Path(__file__).resolve().parents[1]


def _is_path_literal(node: ast.AST) -> bool:
    return isinstance(node, ast.Constant) and isinstance(node.value, str) and node.value.startswith(("../shared", "shared/"))


def _reaches_shared(node: ast.AST) -> bool:
    """``... / "shared"`` or a literal ``"../shared..."``: code building a path into the sibling
    ``shared`` folder (prose about it in a docstring, or ``"shared"`` as a key, is not)."""
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Div):
        return isinstance(node.right, ast.Constant) and node.right.value == "shared"
    return _is_path_literal(node)


def shared_readers(root: Path) -> list[str]:
    """Files under ``root`` whose code builds a path into ``../shared``."""
    return sorted(str(p.relative_to(root)) for p in root.rglob("*.py")
                  if any(_reaches_shared(node) for node in ast.walk(ast.parse(p.read_text(), str(p)))))


def test_the_walk_finds_a_shared_path(tmp_path: Path) -> None:
    (tmp_path / "a.py").write_text('X = Path(__file__).resolve().parents[2].parent / "shared" / "x"\n')
    (tmp_path / "b.py").write_text('Y = Path("../shared/vendor_reports")\n')
    (tmp_path / "c.py").write_text('"""Reads the reports in ../shared/vendor_reports."""\nZ = {"shared": 1, "x": "shared_dense"}\n')
    assert shared_readers(tmp_path) == ["a.py", "b.py"]


def test_only_the_synth_reports_module_reads_shared() -> None:
    this = str(Path(__file__).relative_to(TESTS))  # its own patterns name ../shared
    assert [f for f in shared_readers(TESTS) if f != this] == ["synth/reports.py"], (
        "a test reads ../shared outside tests/synth/reports.py: .ci/run would only run it in the clone, "
        "where ../shared is absent; route it through tests/synth/reports.py::require_shared")


def test_no_test_outside_tests_synth_asks_for_the_shared_reports() -> None:
    """The ones that go through reports.py (``require_shared``, the ``shared_reports`` fixture,
    ``SHARED_REPORTS``) must sit in tests/synth too, or the checkout's run would not include them."""
    names = re.compile(r"\b(require_shared|shared_reports|SHARED_REPORTS)\b")
    this = Path(__file__).resolve()
    outside = sorted(str(p.relative_to(TESTS)) for p in TESTS.rglob("*.py")
                     if p.resolve() != this and TESTS / "synth" not in p.parents and names.search(p.read_text()))
    assert outside == []
