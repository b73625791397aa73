"""The analytic HLS estimate at any reuse factor against published hls4ml designs.

``benchmarks/data/published_hls_designs.json`` holds the figures of published hls4ml projects'
vendor reports (HLS csynth per layer and per design, Vivado ``report_utilization`` where the
project has one) with the layer shapes, types, reuse factors and weight statistics needed to
rebuild them. This benchmark rebuilds every Dense layer with hls4ml (weights drawn with the
published layer's zero / CSD-digit counts and, where given, as many distinct input x constant
products as the published weights: the ``mul`` operations HLS keeps), estimates it with
:func:`bead_fpga.synth.estimation.estimate.estimate`, fits the schedule's two constants
(:data:`~bead_fpga.synth.estimation.schedule.MUL_MIN_DIGITS`, :data:`~bead_fpga.synth.estimation.schedule.ROUND_TAIL_NS`)
on the designs marked ``fit`` and reports the error on the ``held_out`` ones: per layer
latency, II and multipliers; per design II, latency, and LUT / FF / DSP against Vivado.

    python benchmarks/bench_hls_estimate.py            # all designs (~1 min on 2 cores)
    python benchmarks/bench_hls_estimate.py --quick    # one design per source, for CI
"""

from __future__ import annotations

import argparse
import json
import re
import statistics
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import RESULTS_DIR, command, machine

from bead_fpga.markdown import markdown_table as table
from bead_fpga.synth.estimation import estimate as est_module
from bead_fpga.synth.estimation import schedule
from bead_fpga.synth.estimation.estimate import csd_digits, estimate
from bead_fpga.target import Part, resolve_part

DATA = Path(__file__).resolve().parent / "data" / "published_hls_designs.json"
#: Parts of the published designs that bead-fpga's part table does not list (totals from
#: AMD DS190, Zynq-7000 overview; DS180, 7 series overview; DS891, Zynq UltraScale+ overview; and DS962,
#: Alveo U250 = VU13P silicon).
EXTRA_PARTS = {
    "xczu3eg-sbva484-1-e": Part("xczu3eg-sbva484-1-e", "ZU3EG", "zynquplus", 70_560, 141_120, 360, 216, 0),
    "xc7a50t-csg324-1": Part("xc7a50t-csg324-1", "A50T", "artix7", 32_600, 65_200, 120, 75, 0),
    "xc7z007s-clg225-2": Part("xc7z007s-clg225-2", "Z7007S", "zynq", 14_400, 28_800, 66, 50, 0),
    "xcu250-figd2104-2L-e": Part("xcu250-figd2104-2L-e", "U250", "virtexuplus", 1_728_000, 3_456_000, 12_288, 2_688, 1_280),
}
#: Candidate values of the schedule's fitted constants.
DIGIT_CHOICES = (2, 3, 4)
TAIL_CHOICES = tuple(float(ns) for ns in range(3, 31))
SCALE_CHOICES = (1.0, 1.25, 1.5, 1.75, 2.0, 2.5, 3.0)


def designs(quick: bool = False) -> list[dict[str, Any]]:
    """The published designs; ``quick`` keeps one reuse factor above 2 per source repository,
    one design per split, and the fit's reuse-1 layers of one of them (the level-delay fit
    needs some)."""
    rows = json.loads(DATA.read_text())["designs"]
    if not quick:
        return rows
    keep = {"jet_tagging_r1", "jet_tagging_r100", "mnist_r100", "dnnonsilicon_dummy_rf16_with_pruning75", "ftag_gru_dense"}
    return [d for d in rows if d["id"] in keep]


def _fixed(text: str) -> tuple[bool, int, int]:
    signed, width, integer = re.match(r"ap_(u?)fixed<(\d+),\s*(-?\d+)", text).groups()
    return signed != "u", int(width), int(integer)


def hls_precision(text: str) -> str:
    """``ap_fixed<8,0,AP_RND_CONV,AP_SAT>`` as hls4ml's config spells it (``fixed<8,0,RND_CONV,SAT>``)."""
    return text.replace("ap_", "").replace("AP_", "")


def weights_with_digits(digits: list[int], type_text: str, shape: tuple[int, int], seed: int,
                        products: list[int] | None = None) -> np.ndarray:
    """Float weights of ``shape`` (n_out, n_in) on the grid of ``type_text`` whose CSD digit
    counts are exactly ``digits`` (``digits[k]`` weights with ``k`` non-zero digits), in a
    random order: the zeros, shifts and multiplications of the published layer. With
    ``products`` (the published layer's distinct ``(input, value)`` pairs per digit count),
    values repeat on an input as often as there, so the products HLS merges are as many."""
    signed, width, integer = _fixed(type_text)
    lo, hi = (-(2 ** (width - 1)), 2 ** (width - 1) - 1) if signed else (0, 2**width - 1)
    grid = np.arange(lo, hi + 1, dtype=np.int64)
    by_digits = csd_digits(grid)
    rng = np.random.default_rng(seed)
    if products is None:
        ints = np.concatenate([rng.choice(grid[by_digits == k], size=n) for k, n in enumerate(digits) if n])
        rng.shuffle(ints)
        return (ints.reshape(shape[1], shape[0]).T / 2.0 ** (width - integer)).astype(np.float64)
    classes = rng.permutation(np.repeat(np.arange(len(digits)), digits)).reshape(shape[1], shape[0])
    ints = np.zeros(classes.shape, dtype=np.int64)
    for k in range(1, len(digits)):
        values = grid[by_digits == k]
        cells = [np.flatnonzero(row == k) for row in classes]
        for r, (c, d) in enumerate(zip(cells, _distinct_per_row([len(c) for c in cells], products[k], len(values), rng))):
            chosen = rng.choice(values, size=d, replace=False)
            ints[r, c] = rng.permutation(np.concatenate([chosen, rng.choice(chosen, size=len(c) - d)]))
    return (ints.T / 2.0 ** (width - integer)).astype(np.float64)


def _distinct_per_row(counts: list[int], target: int, available: int, rng: np.random.Generator) -> list[int]:
    """Distinct values per input row for ``counts`` cells of one digit class, ``target`` in all
    where the cells allow it (at least one per non-empty row, at most ``available``)."""
    most = np.minimum(np.asarray(counts), available)
    spare = np.repeat(np.arange(len(counts)), np.maximum(most - 1, 0))
    cut = rng.choice(spare, size=min(len(spare), max(0, int(most.sum()) - target)), replace=False)
    return (most - np.bincount(cut, minlength=len(counts))).tolist()


def dense_model(layer: dict[str, Any], design: dict[str, Any], out_dir: Path, seed: int = 0):
    """One published Dense layer as an hls4ml model (its types, reuse factor, strategy and
    clock), weights drawn by :func:`weights_with_digits`."""
    import hls4ml
    import torch
    from torch import nn

    lin = nn.Linear(layer["n_in"], layer["n_out"])
    w = weights_with_digits(layer["weight_digits"], layer["weight"], (layer["n_out"], layer["n_in"]), seed,
                            layer.get("weight_products"))
    bias = np.zeros(layer["n_out"])
    bias[: layer["bias_nonzero"]] = 2.0 ** -(_fixed(layer["bias"])[1] - _fixed(layer["bias"])[2])
    with torch.no_grad():
        lin.weight[:] = torch.from_numpy(w)
        lin.bias[:] = torch.from_numpy(bias)
    cfg = hls4ml.utils.config_from_pytorch_model(nn.Sequential(lin), (layer["n_in"],), granularity="name", backend="Vivado")
    cfg["Model"].update(ReuseFactor=layer["reuse"], Strategy=layer["strategy"].capitalize())
    cfg["LayerName"]["input_1"]["Precision"]["result"] = hls_precision(layer["input"])
    cfg["LayerName"]["_0"]["Precision"].update(
        weight=hls_precision(layer["weight"]), bias=hls_precision(layer["bias"]),
        accum=hls_precision(layer["accum"]), result=hls_precision(layer["result"]))
    cfg["LayerName"]["_0"]["ReuseFactor"] = layer["reuse"]
    return hls4ml.converters.convert_from_pytorch_model(
        nn.Sequential(lin), hls_config=cfg, output_dir=str(out_dir), backend="Vivado", io_type="io_parallel",
        part=design["part"], clock_period=design["clock_ns"], clock_uncertainty=design["clock_uncertainty"])


def part_of(design: dict[str, Any]) -> Part:
    return EXTRA_PARTS.get(design["part"]) or resolve_part(design["part"])


def layer_models(rows: list[dict[str, Any]], tmp: Path) -> list[tuple[dict[str, Any], dict[str, Any], Any]]:
    """``(design, layer, hls model)`` for every published Dense layer (converted once: the fit
    re-estimates them under each candidate constant)."""
    out = []
    for design in rows:
        for i, layer in enumerate(l for l in design["layers"] if l["kind"] == "dense"):
            out.append((design, layer, dense_model(layer, design, tmp / f"{design['id']}_{i}")))
    return out


def layer_rows(models: list[tuple[dict[str, Any], dict[str, Any], Any]]) -> list[dict[str, Any]]:
    """Every published Dense layer beside its estimate (latency, II, multipliers)."""
    out = []
    for design, layer, model in models:
        with binding(design):
            row = next(r for r in estimate(model, part_of(design)).layers if r.kind == "Dense")
        out.append({
            "design": design["id"], "layer": layer["name"], "split": design["split"], "tool": design["tool"],
            "shape": f"{layer['n_in']}x{layer['n_out']}", "reuse": layer["reuse"], "strategy": layer["strategy"],
            "mul_impl": design["mul_impl"], "bram18": layer["csynth"].get("bram18"), "est_bram18": row.bram18,
            "latency": layer["csynth"]["latency"], "ii": layer["csynth"]["ii"], "dsp": layer["csynth"]["dsp"],
            "est_latency": row.cycles, "est_ii": row.ii, "est_dsp": row.dsp, "est_multipliers": _multipliers(layer),
            "limit_binds": design["mul_impl"] == "dsp" and _multipliers(layer) < _mul_products(layer),
            "est_ff": row.ff, "ff": layer["csynth"]["ff"],
        })
    return out


def _mul_products(layer: dict[str, Any]) -> int:
    """The published layer's ``mul`` operations: its distinct ``(input, constant)`` products
    with at least ``MUL_MIN_DIGITS`` digits where the data gives them, else every such product."""
    return sum(layer.get("weight_products", layer["weight_digits"])[schedule.MUL_MIN_DIGITS:])


def _multipliers(layer: dict[str, Any]) -> int:
    """The multipliers the schedule gives the layer (they do not depend on its latency)."""
    return schedule.dense_schedule(layer["n_in"], layer["n_out"], layer["reuse"], layer["strategy"],
                                   layer["n_zeros"], 1, _mul_products(layer)).multipliers


def _median_error(rows: list[dict[str, Any]]) -> float:
    return statistics.median(abs(r["est_latency"] - r["latency"]) / max(1, r["latency"]) for r in rows)


def fit_constants(models: list[tuple[dict[str, Any], dict[str, Any], Any]]) -> dict[str, Any]:
    """The estimate's latency constants from the fit designs, each minimising the median
    relative latency error over a grid (ties to the first): the 7-series level delay on the
    layers at reuse 1, then ``MUL_MIN_DIGITS`` and ``ROUND_TAIL_NS`` on those at reuse > 1."""
    fit = [m for m in models if m[0]["split"] == "fit"]
    parallel = [m for m in fit if m[1]["reuse"] == 1]
    shared = [m for m in fit if m[1]["reuse"] > 1]
    best: dict[str, Any] = {}
    for scale in SCALE_CHOICES:
        with constants({"SEVEN_SERIES_SCALE": scale}):
            error = _median_error(layer_rows(parallel))
        if "SEVEN_SERIES_SCALE" not in best or error < best["parallel_median_rel_error"] - 1e-12:
            best.update(SEVEN_SERIES_SCALE=scale, parallel_median_rel_error=error, parallel_layers=len(parallel))
    for digits in DIGIT_CHOICES:
        for tail in TAIL_CHOICES:
            values = {"SEVEN_SERIES_SCALE": best["SEVEN_SERIES_SCALE"], "MUL_MIN_DIGITS": digits, "ROUND_TAIL_NS": tail}
            with constants(values):
                error = _median_error(layer_rows(shared))
            if "MUL_MIN_DIGITS" not in best or error < best["median_rel_error"] - 1e-12:
                best.update(MUL_MIN_DIGITS=digits, ROUND_TAIL_NS=tail, median_rel_error=error,
                            layers=len(shared))
    return best


@contextmanager
def constants(values: dict[str, Any]) -> Iterator[None]:
    """The estimate's fitted constants set to ``values`` for the duration: the schedule's two
    and the 7-series level delay (``SEVEN_SERIES_SCALE``, every 7-series family alike)."""
    saved = {k: getattr(schedule, k) for k in ("MUL_MIN_DIGITS", "ROUND_TAIL_NS")}
    saved_scale = dict(est_module.LEVEL_DELAY_SCALE)
    for key, value in saved.items():
        setattr(schedule, key, values.get(key, value))
    if "SEVEN_SERIES_SCALE" in values:
        est_module.LEVEL_DELAY_SCALE.update({f: values["SEVEN_SERIES_SCALE"] for f in saved_scale})
    try:
        yield
    finally:
        for key, value in saved.items():
            setattr(schedule, key, value)
        est_module.LEVEL_DELAY_SCALE.update(saved_scale)


@contextmanager
def binding(design: dict[str, Any]) -> Iterator[None]:
    """Estimate ``design`` as its build script bound it: ``config_op mul -impl dsp`` puts every
    multiplication in a DSP whatever the weight width (the estimate's default is the 9-bit rule)."""
    saved = est_module.DSP_MIN_WEIGHT_BITS
    if design["mul_impl"] == "dsp":
        est_module.DSP_MIN_WEIGHT_BITS = 1
    try:
        yield
    finally:
        est_module.DSP_MIN_WEIGHT_BITS = saved


def _latency_ok(est: int, ref: int) -> bool:
    """The goal's latency tolerance: within 20 %, or within one cycle."""
    return abs(est - ref) <= max(1, 0.2 * ref)


def summary(rows: list[dict[str, Any]], split: str) -> list[dict[str, Any]]:
    """Per reuse factor: layers, median / worst latency error, the share within the goal, II exact."""
    out = []
    for strategy, reuse in sorted({(r["strategy"], r["reuse"]) for r in rows if r["split"] == split}):
        sel = [r for r in rows if r["split"] == split and r["reuse"] == reuse and r["strategy"] == strategy]
        rel = [(r["est_latency"] - r["latency"]) / max(1, r["latency"]) for r in sel]
        forced = [r for r in sel if r["limit_binds"] or (r["strategy"] == "resource" and reuse > 1)]
        out.append({
            "split": split, "strategy": strategy, "reuse": reuse, "layers": len(sel),
            "latency_median_rel": statistics.median(abs(x) for x in rel), "latency_worst_rel": max(rel, key=abs),
            "latency_within_goal": sum(_latency_ok(r["est_latency"], r["latency"]) for r in sel),
            "ii_exact": sum(r["est_ii"] == r["ii"] for r in sel),
            "ii_median_rel": statistics.median(abs(r["est_ii"] - r["ii"]) / r["ii"] for r in sel),
            "ii_median_rel_if_r": statistics.median(abs(reuse - r["ii"]) / r["ii"] for r in sel),
            "multipliers_exact": f"{sum(r['est_multipliers'] == r['dsp'] for r in forced)}/{len(forced)}" if forced else "-",
            "ff_ratio_median": statistics.median([r["est_ff"] / r["ff"] for r in sel if r["ff"]] or [0]) or None,
        })
    return out


def design_rows(rows: list[dict[str, Any]], layers: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Per design: its II (the largest layer II, estimated per layer) against the csynth II."""
    out = []
    for design in (d for d in rows if not d.get("layers_only")):
        mine = [r for r in layers if r["design"] == design["id"]]
        out.append({"design": design["id"], "split": design["split"], "ii": design["csynth"]["ii"],
                    "est_ii": max(r["est_ii"] for r in mine)})
    return out


def full_model(design: dict[str, Any], out_dir: Path):
    """A Dense / ReLU / Softmax chain rebuilt whole (for the designs with a Vivado report)."""
    import hls4ml
    import torch
    from torch import nn

    mods, names = [], {}
    for layer in design["layers"]:
        if layer["kind"] == "dense":
            lin = nn.Linear(layer["n_in"], layer["n_out"])
            w = weights_with_digits(layer["weight_digits"], layer["weight"], (layer["n_out"], layer["n_in"]), len(mods),
                                    layer.get("weight_products"))
            with torch.no_grad():
                lin.weight[:] = torch.from_numpy(w)
                lin.bias[:] = 0
            mods.append(lin)
        else:
            mods.append(nn.ReLU() if layer["kind"] == "relu" else nn.Softmax(dim=-1))
        names[f"_{len(mods) - 1}"] = layer
    model = nn.Sequential(*mods)
    first = design["layers"][0]
    cfg = hls4ml.utils.config_from_pytorch_model(model, (first["n_in"],), granularity="name", backend="Vivado")
    cfg["LayerName"]["input_1"]["Precision"]["result"] = hls_precision(first["input"])
    for name, layer in names.items():
        prec = {"result": hls_precision(layer["result"])}
        if layer["kind"] == "dense":
            prec.update(weight=hls_precision(layer["weight"]), bias=hls_precision(layer["bias"]), accum=hls_precision(layer["accum"]))
            cfg["LayerName"][name]["ReuseFactor"] = layer["reuse"]
        cfg["LayerName"][name]["Precision"].update(prec)
    cfg["Model"]["ReuseFactor"] = max(l.get("reuse", 1) for l in design["layers"])
    return hls4ml.converters.convert_from_pytorch_model(
        model, hls_config=cfg, output_dir=str(out_dir), backend="Vivado", io_type="io_parallel",
        part=design["part"], clock_period=design["clock_ns"], clock_uncertainty=design["clock_uncertainty"])


def vivado_rows(rows: list[dict[str, Any]], tmp: Path) -> list[dict[str, Any]]:
    """Whole designs with a Vivado utilization report: latency and II (csynth), LUT, FF, DSP (Vivado)."""
    out = []
    for design in (d for d in rows if "vivado_synth" in d):
        est = estimate(full_model(design, tmp / design["id"]), part_of(design))
        ref = design["vivado_synth"]
        out.append({"design": design["id"], "split": design["split"], "reuse": max(l.get("reuse", 1) for l in design["layers"]),
                    "latency": design["csynth"]["latency"], "est_latency": est.latency_cycles,
                    "ii": design["csynth"]["ii"], "est_ii": est.ii_cycles,
                    "lut": ref["lut"], "est_lut": est.lut, "ff": ref["ff"], "est_ff": est.ff,
                    "dsp": ref["dsp"], "est_dsp": est.dsp})
    return out


def render(result: dict[str, Any]) -> str:
    fit = result["fit"]
    lines = [
        "# Analytic HLS estimate against published hls4ml designs", "",
        (f"Machine: {result['machine']['cpu']} ({result['machine']['cpu_count']} cores), "
         f"hls4ml {result['machine']['hls4ml']}. Command: `{result['command']}`."), "",
        (f"Fitted on the `fit` designs: 7-series level delay x{fit['SEVEN_SERIES_SCALE']} ({fit['parallel_layers']} "
         f"layers at reuse 1, median latency error {fit['parallel_median_rel_error']:.0%}); MUL_MIN_DIGITS = "
         f"{fit['MUL_MIN_DIGITS']}, ROUND_TAIL_NS = {fit['ROUND_TAIL_NS']:g} ({fit['layers']} layers at "
         f"reuse > 1, median latency error {fit['median_rel_error']:.0%}); committed constants "
         f"{'match' if result['constants_match'] else 'DIFFER'}."), "",
        "## Dense layers: latency and II against the HLS report, by reuse factor", "",
        table(["split", "strategy", "reuse", "layers", "latency median |err|", "latency worst err", "latency within 20 % or 1 cycle",
               "II exact", "II median |err|", "II median |err| if II = R", "multipliers = DSP (Resource; forced-DSP Latency layers where the limit binds)",
               "FF est. / FF (HLS), median"],
              [[s["split"], s["strategy"], s["reuse"], s["layers"], f"{s['latency_median_rel']:.0%}", f"{s['latency_worst_rel']:+.0%}",
                f"{s['latency_within_goal']}/{s['layers']}", f"{s['ii_exact']}/{s['layers']}", f"{s['ii_median_rel']:.0%}",
                f"{s['ii_median_rel_if_r']:.0%}", s["multipliers_exact"],
                f"{s['ff_ratio_median']:.2f}x" if s["ff_ratio_median"] else "-"]
               for s in result["summary"]]), "",
        "## Every Dense layer", "",
        table(["design", "layer", "split", "shape", "strategy", "reuse", "latency (HLS)", "latency (est.)", "II (HLS)",
               "II (est.)", "DSP (HLS)", "multipliers (est.)", "BRAM18 (HLS)", "BRAM18 (est.)"],
              [[r["design"], r["layer"], r["split"], r["shape"], r["strategy"], r["reuse"], r["latency"], r["est_latency"],
                r["ii"], r["est_ii"], r["dsp"], r["est_multipliers"], r["bram18"], r["est_bram18"]]
               for r in result["layers"]]), "",
        "## Design II (largest layer II) against the HLS report", "",
        table(["design", "split", "II (HLS)", "II (est.)"],
              [[d["design"], d["split"], d["ii"], d["est_ii"]] for d in result["designs"]]), "",
        "## Whole designs with a Vivado utilization report", "",
        table(["design", "split", "reuse", "latency (HLS)", "latency (est.)", "II (HLS)", "II (est.)", "LUT (Vivado)",
               "LUT (est.)", "FF (Vivado)", "FF (est.)", "DSP (Vivado)", "DSP (est.)"],
              [[v["design"], v["split"], v["reuse"], v["latency"], v["est_latency"], v["ii"], v["est_ii"], v["lut"],
                f"{v['est_lut']} ({v['est_lut'] / v['lut']:.2f}x)", v["ff"], f"{v['est_ff']} ({v['est_ff'] / v['ff']:.2f}x)",
                v["dsp"], v["est_dsp"]] for v in result["vivado"]]),
    ]
    return "\n".join(lines) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="three designs only")
    parser.add_argument("--out", type=Path, default=RESULTS_DIR / "hls_estimate.json")
    args = parser.parse_args()
    rows = designs(args.quick)
    with tempfile.TemporaryDirectory() as tmp:
        models = layer_models(rows, Path(tmp))
        fitted = fit_constants(models)
        match = all(fitted[k] == getattr(schedule, k) for k in ("MUL_MIN_DIGITS", "ROUND_TAIL_NS")) and all(
            v == fitted["SEVEN_SERIES_SCALE"] for v in est_module.LEVEL_DELAY_SCALE.values())
        with constants(fitted):
            layers = layer_rows(models)
            vivado = vivado_rows(rows, Path(tmp) / "vivado")
    result = {"machine": machine("hls4ml", "numpy"), "command": command(), "data": DATA.name, "fit": fitted,
              "constants_match": match, "summary": summary(layers, "fit") + summary(layers, "held_out"),
              "layers": layers, "designs": design_rows(rows, layers), "vivado": vivado}
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, indent=1))
    text = render(result)
    args.out.with_suffix(".md").write_text(text)
    print(text)


if __name__ == "__main__":
    main()
