"""`bead-fpga scan` as users meet it: bad input is one line and exit code 2; --report prints
the front."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.scan.test_front import _synthetic_scan
from tests.unit.test_cli import assert_one_line_error, run_cli


@pytest.mark.parametrize(("argv", "message"), [
    (["scan"], "needs a scan file and --out DIR"),
    (["scan", "{tmp}/missing.yaml", "--out", "{tmp}/out"], "missing.yaml: scan file not found"),
    (["scan", "{tmp}/bad.yaml", "--out", "{tmp}/out"], "bad.yaml: settings: unknown setting 'bitz'"),
    (["scan", "{tmp}/good.yaml", "--out", "{tmp}/out", "--workers", "0"], "--workers: must be >= 1"),
    (["scan", "--report", "{tmp}/empty"], "empty: no finished points here"),
])
def test_bad_input_is_one_line(tmp_path: Path, capsys: pytest.CaptureFixture, argv: list[str], message: str) -> None:
    (tmp_path / "bad.yaml").write_text("data: {generate: {}}\nsettings: {model: hvae, bitz: 4}\n")
    (tmp_path / "good.yaml").write_text("data: {generate: {}}\nsettings: {model: hvae}\n")
    code, out, err = run_cli([a.format(tmp=tmp_path) for a in argv], capsys)
    assert_one_line_error(code, out, err)
    assert message in err


def test_report_prints_the_front(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    _synthetic_scan(tmp_path)
    code, out, err = run_cli(["scan", "--report", str(tmp_path), "--cost", "lut"], capsys)
    assert code == 0, err
    assert "auc_mean vs LUT: 3 of 7 points on the front" in out
    assert f"bead-fpga scan specs/grid.yaml --out {tmp_path} --only e" in out
    assert (tmp_path / "front.png").is_file()
