"""The package keeps the shape the style guide asks for: no function over 100 lines."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "bead_fpga"
MAX_LINES = 100


def long_functions(root: Path, limit: int) -> list[str]:
    """``file:line name (n lines)`` of every function or method in ``root`` longer than
    ``limit`` lines, decorators and docstring included."""
    found = []
    for path in sorted(root.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(), str(path))):
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
                first = min([node.lineno, *(d.lineno for d in node.decorator_list)])
                length = node.end_lineno - first + 1
                if length > limit:
                    found.append(f"{path.relative_to(root.parent)}:{node.lineno} {node.name} ({length} lines)")
    return found


def test_the_walk_finds_a_long_function(tmp_path: Path) -> None:
    body = "\n".join(f"    x{i} = {i}" for i in range(MAX_LINES))
    (tmp_path / "long.py").write_text(f"def short():\n    return 1\n\n\ndef long():\n{body}\n")
    assert long_functions(tmp_path, MAX_LINES) == [f"{tmp_path.name}/long.py:5 long ({MAX_LINES + 1} lines)"]


def test_no_function_in_the_package_is_over_100_lines() -> None:
    assert long_functions(PACKAGE, MAX_LINES) == []
