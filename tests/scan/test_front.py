"""The Pareto front, checked by hand on a synthetic scan (no Ray, no training)."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from bead_fpga.errors import BeadError
from bead_fpga.scan.front import pareto_front, write_front
from bead_fpga.scan.points import write_result

#: key: (AUC, latency ns, LUT); None = a failed point. Expected by hand:
#: vs latency: H (lowest latency), B, A, then D and G (equal: neither dominates the other);
#:   C is beaten by B on both, E by B (same AUC, slower).
#: vs LUT: E (cheapest), then D and G; B is beaten by E (same AUC, more LUT), A by D.
POINTS = {
    "a": (0.70, 50.0, 40_000), "b": (0.65, 40.0, 20_000), "c": (0.60, 40.0, 30_000),
    "d": (0.72, 80.0, 30_000), "e": (0.65, 45.0, 10_000), "f": None, "g": (0.72, 80.0, 30_000),
    "h": (0.50, 30.0, 50_000),
}


def test_pareto_front_by_hand() -> None:
    rows = [(1, 5), (2, 4), (3, 3), (2, 5), (3, 6), (1, 1), (3, 3)]  # maximise the first, minimise the second
    assert pareto_front(rows, (True, False)) == [2, 5, 6]
    assert pareto_front(rows, (False, True)) == [0, 4]  # (1, 5): smallest first; (3, 6): largest second
    three = [(1, 1, 1), (2, 2, 0), (2, 2, 1), (0, 3, 3)]  # all maximised: only (1,1,1) is beaten, by (2,2,1)
    assert pareto_front(three, (True, True, True)) == [2, 3]
    assert pareto_front([], (True, False)) == []
    with pytest.raises(ValueError):
        pareto_front([(1, 2, 3)], (True, False))


def _synthetic_scan(out: Path) -> None:
    for key, figures in POINTS.items():
        result = {"key": key, "settings": {"model": "hvae", "bits": 4 if key < "e" else 8, "reuse": 1},
                  "data": {}, "spec": "specs/grid.yaml", "seconds": {"total": 1.0}}
        if figures is None:
            result |= {"status": "failed", "failed_stage": "export", "error": "x.onnx: differs; report it"}
        else:
            auc, latency, lut = figures
            result |= {"status": "ok", "physics": {"auc": {"sig": auc}, "tpr_1e-5": {"sig": 0.1}, "fpr_resolved": False},
                       "hardware": {"latency_ns": latency, "lut": lut, "source": ["estimate:analytic"]}}
        write_result(out, key, result)


def test_front_on_a_synthetic_scan(tmp_path: Path) -> None:
    _synthetic_scan(tmp_path)
    paths = write_front(tmp_path)
    front = json.loads(paths["json"].read_text())
    assert [p["key"] for p in front["fronts"]["latency_ns"]] == ["h", "b", "a", "d", "g"]
    assert [p["key"] for p in front["fronts"]["lut"]] == ["e", "d", "g"]
    assert front["fronts"]["lut"][0]["reproduce"] == f"bead-fpga scan specs/grid.yaml --out {tmp_path} --only e"
    assert (front["points"], front["finished"]) == (8, 7)

    md = paths["md"].read_text()
    assert "8 points: 7 finished, 1 failed" in md
    assert "| 1 | `e` | 8 | 0.650 |" in md  # the varying setting (bits) is a column; reuse is not
    assert "| reuse |" not in md
    assert "x.onnx: differs; report it" in md
    assert "2 of these 5 points tie with another in both auc_mean and latency_ns" in md
    assert "within a tie they differ only in bits:" in md
    assert paths["png"].read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"

    rows = list(csv.DictReader((tmp_path / "results.csv").open()))
    assert [r["key"] for r in rows] == list(POINTS)
    assert rows[5]["status"] == "failed" and rows[5]["auc_mean"] == ""


def test_front_on_another_physics_column(tmp_path: Path) -> None:
    _synthetic_scan(tmp_path)
    front = json.loads(write_front(tmp_path, physics="tpr1e-5_mean", costs=("lut",))["json"].read_text())
    assert [p["key"] for p in front["fronts"]["lut"]] == ["e"]  # every TPR equal: the cheapest wins
    with pytest.raises(BeadError, match="no column 'auc_typo'"):
        write_front(tmp_path, physics="auc_typo")


def test_front_of_an_empty_directory(tmp_path: Path) -> None:
    with pytest.raises(BeadError, match="no finished points here"):
        write_front(tmp_path)
