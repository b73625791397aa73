"""The scan's one results table: a row per finished point, as CSV and as JSON records.

CSV because every tool a physicist reaches for reads it with no extra package (pandas, ROOT's
``RDataFrame.FromCSV``, a spreadsheet, ``column -t``), and JSON records
(``pandas.read_json(path)``) because they keep the types a CSV flattens (lists such as the
hidden widths, ``null`` for a figure a failed point never reached). Parquet would need
pyarrow, a large dependency for a table of hundreds of rows.

Both are rebuilt from the per-point ``result.json`` files after every point, written
atomically, so the table is never half-written and never the only copy of a result.

The figures in a row are read with the report's own readers
(:func:`bead_fpga.report.physics_figures`, :func:`bead_fpga.report.hardware_figures`), so a
scan row and ``bead-fpga report`` never disagree, and each keeps its source label
(``hardware_source`` says whether latency and LUTs are ``vendor:...`` or ``estimate:analytic``).
"""

from __future__ import annotations

import csv
import io
import math
from pathlib import Path
from typing import Any

from bead_fpga.io import atomic_path, read_json, write_json
from bead_fpga.model_dir import ModelDir
from bead_fpga.scan.points import all_results, format_value

TABLE_CSV = "results.csv"
TABLE_JSON = "results.json"
#: Hardware quantities carried into the table, in column order.
HARDWARE = ("latency_ns", "latency_cycles", "ii_cycles", "lut", "ff", "dsp", "bram18")


def point_figures(model_dir: Path) -> dict[str, Any]:
    """Physics and hardware figures of a point's model directory, as far as its stages got."""
    from bead_fpga.report import hardware_figures, physics_figures

    mdir = ModelDir(model_dir)

    physics: dict[str, Any] = {}
    if model_dir.is_dir():
        found = physics_figures(model_dir)
        evaluated = found["measured:evaluate"]
        if evaluated.get("available"):
            signals = evaluated["signals"]
            physics = {
                "source": evaluated["source"],
                "auc": {s: f["auc"] for s, f in signals.items()},
                "tpr_1e-5": {s: f["tpr_1e-5"] for s, f in signals.items()},
                "fpr_resolved": all(bool(f["fpr_resolved"]) for f in signals.values()),
            }
        simulated = found["measured:csim"]
        if "bit_exact_fraction" in simulated:
            physics |= {"csim_bit_exact": simulated["bit_exact_fraction"], "csim_events": simulated["events"]}
        rate_file = mdir.rate_file
        if rate_file.is_file():
            physics["operating_point"] = operating_point_figures(read_json(rate_file))
    hardware: dict[str, Any] = {}
    synth_file = mdir.synth_file
    if synth_file.is_file():
        figures = hardware_figures(read_json(synth_file))
        hardware = {q: figures[q]["value"] for q in HARDWARE if q in figures}
        hardware["source"] = sorted({figures[q]["source"] for q in HARDWARE if q in figures})
    return {"physics": physics, "hardware": hardware}


def operating_point_figures(record: dict[str, Any]) -> dict[str, Any]:
    """The model of a ``rate.json`` at its (first) operating point: TPR per signal, the best
    classic seed's beside it, the menu gain at equal total rate, the background count."""
    point = record["operating_points"][0]
    model = next(name for name, t in record["triggers"].items() if t["kind"] == "model")
    seeds = [name for name, t in record["triggers"].items() if t["kind"] == "seed"]
    mine = point["triggers"][model]
    signals = list(mine["tpr"])
    return {
        "fpr": point["fpr"], "n_background": record["background"]["n_events"],
        "n_background_above": mine["n_background_above"],
        "tpr": {s: mine["tpr"][s]["value"] for s in signals},
        "best_seed": {s: max(point["triggers"][n]["tpr"][s]["value"] for n in seeds) for s in signals},
        "gain": {s: point["menu"][model]["signals"][s]["gain"] for s in signals},
    }


def _mean(values: list[Any]) -> float | None:
    numbers = [float(v) for v in values if isinstance(v, (int, float)) and math.isfinite(v)]
    return sum(numbers) / len(numbers) if numbers and len(numbers) == len(values) else None


def flat_row(result: dict[str, Any], setting_names: list[str]) -> dict[str, Any]:
    """One table row of a point's result: settings, physics, hardware, timing, error."""
    physics, hardware = result.get("physics") or {}, result.get("hardware") or {}
    auc, tpr = physics.get("auc", {}), physics.get("tpr_1e-5", {})
    row: dict[str, Any] = {"key": result["key"], "status": result["status"]}
    row |= {name: result["settings"].get(name) for name in setting_names}
    row["auc_mean"] = _mean(list(auc.values()))
    row |= {f"auc_{s}": v for s, v in auc.items()}
    row["tpr1e-5_mean"] = _mean(list(tpr.values()))
    row |= {f"tpr1e-5_{s}": v for s, v in tpr.items()}
    row["fpr_resolved"] = physics.get("fpr_resolved")
    row |= _operating_point_columns(physics.get("operating_point"))
    row["csim_bit_exact"] = physics.get("csim_bit_exact")
    row |= {q: hardware.get(q) for q in HARDWARE}
    row["hardware_source"] = " + ".join(hardware.get("source", [])) or None
    row["seconds"] = (result.get("seconds") or {}).get("total")
    row["failed_stage"] = result.get("failed_stage")
    row["error"] = result.get("error")
    row["spec"] = result.get("spec")
    return row


def _operating_point_columns(op: dict[str, Any] | None) -> dict[str, Any]:
    """``op_tpr_mean``, ``op_tpr_<signal>``, the background count behind them, and on how many
    signals the model is at or above the best classic seed (``op_seed_wins``) and adds to the
    menu at equal rate (``op_menu_gains``); empty without the rate stage."""
    if not op:
        return {}
    tpr = op["tpr"]
    return {"op_fpr": op["fpr"], "op_n_background": op["n_background"], "op_bkg_above": op["n_background_above"],
            "op_tpr_mean": _mean(list(tpr.values())), **{f"op_tpr_{s}": v for s, v in tpr.items()},
            "op_seed_wins": sum(tpr[s] >= op["best_seed"][s] for s in tpr),
            "op_menu_gains": sum(op["gain"][s] > 0 for s in tpr)}


def table_rows(out: Path) -> list[dict[str, Any]]:
    """The flat rows of every finished point under ``out``; settings columns are the union
    of the points' settings, in name order."""
    results = all_results(out)
    names = sorted({name for r in results for name in r["settings"]})
    rows = [flat_row(r, names) for r in results]
    columns = list(dict.fromkeys(c for row in rows for c in row))
    return [{c: row.get(c) for c in columns} for row in rows]


def write_table(out: Path) -> Path:
    """Rewrite ``results.csv`` and ``results.json`` under ``out``; returns the CSV path."""
    rows = table_rows(out)
    write_json(Path(out) / TABLE_JSON, rows)
    buffer = io.StringIO()
    if rows:
        writer = csv.DictWriter(buffer, fieldnames=list(rows[0]), lineterminator="\n")
        writer.writeheader()
        writer.writerows({k: "" if v is None else format_value(v) for k, v in row.items()} for row in rows)
    with atomic_path(Path(out) / TABLE_CSV) as tmp:
        tmp.write_text(buffer.getvalue())
    return Path(out) / TABLE_CSV
