"""The hardware + physics report of a model: ``report.json``, ``report.md`` and a PNG.

A trigger group decides from this page whether a model fits the Level-1 budget, so every
figure on it says where it comes from:

* ``vendor:<tool> <version>`` -- read off a Vitis HLS / Vivado HLS / Vivado report, from a
  build run here or brought back from elsewhere (``--reports``); Vivado figures say the
  design state they were taken at (``vendor:Vivado 2023.2 (routed)``);
* ``measured:<tool> <version>`` -- counted by an open tool on real logic (the ``open`` flow);
* ``estimate:rule4ml`` -- rule4ml's learned predictor (where it covers every layer);
* ``estimate:analytic`` -- our count from the hls4ml model (:mod:`bead_fpga.synth.estimation.estimate`);
* ``qonnx:inference_cost`` -- FLOPs/BOPs/parameters counted by qonnx on the QONNX graph;
* ``measured:evaluate`` / ``measured:csim`` -- AUC and TPR at FPR 1e-5 from ``metrics.json``
  (the quantized model on the test split) and ``csim.json`` (the compiled C++ model).

For each hardware quantity the report shows one figure, from the best source available --
the flow's (vendor report or open-tool measurement), else the analytic count -- with the
others beside it, never mixed into it. Timing (target, estimated and achieved clock,
WNS/TNS/WHS/THS) comes only from the flow's reports. rule4ml is shown beside, not as the headline: on the one real design we can check
(``benchmarks/results/calibration.md``) it is off by about 10x in LUTs and 30x in cycles,
where the analytic count is within a few per cent.
The budget lines are the LHC's: a new event every 25 ns (so the design must accept one
every 25 ns: ``II x clock <= 25 ns``) and a latency well below 1 us.

:func:`write_report` works from ``MODEL_DIR/synth.json`` (written by ``bead-fpga synth``);
:func:`compare` puts several models side by side in one Markdown table, and
:func:`compare_table` gives the same as a rich table for the terminal.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from bead_fpga.errors import BeadError
from bead_fpga.io import atomic_path, read_json, write_json
from bead_fpga.markdown import markdown_table
from bead_fpga.model_dir import SYNTH_FILE, ModelDir

BX_NS = 25.0  #: LHC bunch spacing: one collision every 25 ns (40 MHz)
LATENCY_BUDGET_NS = 1000.0  #: L1 trigger algorithms have well under 1 us
RESOURCES = ("lut", "ff", "dsp", "bram18", "uram")
_LABELS = {"lut": "LUT", "ff": "FF", "dsp": "DSP", "bram18": "BRAM18", "uram": "URAM"}


def _figure(value: Any, source: str, **extra: Any) -> dict[str, Any]:
    return {"value": value, "source": source, **extra}


#: Figures only a flow's reports give (no estimate stands beside them), in display order.
TIMING = ("clock_target_ns", "clock_estimated_ns", "clock_achieved_ns", "fmax_mhz", "wns_ns", "tns_ns", "whs_ns",
          "ths_ns")
_TIMING_LABELS = {"clock_target_ns": "target clock period (ns)", "clock_estimated_ns": "estimated clock period (ns)",
                  "clock_achieved_ns": "achieved clock period (ns)", "fmax_mhz": "achieved clock (MHz)",
                  "wns_ns": "WNS, setup (ns)", "tns_ns": "TNS, setup (ns)", "whs_ns": "WHS, hold (ns)",
                  "ths_ns": "THS, hold (ns)"}
FLOW_ONLY = (*TIMING, "carry", "logic_depth")


def flow_section(result: dict[str, Any]) -> dict[str, Any]:
    """``synth.json["flow"]``; a ``synth.json`` written before flows existed kept its
    unbuilt vendor plan under ``"vendor"``, read here as the flow of its backend."""
    if "flow" in result:
        return result["flow"]
    vendor = result.get("vendor", {})
    if vendor.get("ran"):
        raise BeadError(result.get("model_dir", SYNTH_FILE), f"{SYNTH_FILE} predates flows and holds a vendor build",
                        "run `bead-fpga synth` on this model again")
    name = str(result["settings"]["backend"]).lower()
    missing = vendor.get("missing_tools", [])
    return {"name": name, "ran": False, "command": vendor.get("command"), "missing_tools": missing, "figures": {},
            "summary": f"{name} flow: not run here (missing: {', '.join(missing)}); every hardware figure is an "
                       f"estimate. On a machine with the tools run: {vendor.get('command')}"}


def _rule4ml_figures(pred: dict[str, Any]) -> dict[str, dict[str, Any]]:
    if not pred.get("available"):
        return {}
    src = pred["source"] if pred.get("covers_all_layers") else f"{pred['source']} (partial)"
    out = {res: _figure(pred[res], src) for res in RESOURCES if pred.get(res) is not None}
    if pred.get("latency_cycles") is not None:
        out["latency_cycles"] = _figure(pred["latency_cycles"], src)
    return out


def _analytic_figures(est: dict[str, Any]) -> dict[str, dict[str, Any]]:
    src = est["source"] if est.get("complete", True) else f"{est['source']} (incomplete)"
    out = {res: _figure(est[res], src) for res in RESOURCES}
    out["latency_cycles"] = _figure(est["latency_cycles"], src)
    out["latency_ns"] = _figure(est["latency_ns"], src)
    out["ii_cycles"] = _figure(est["ii_cycles"], src)
    return out


def hardware_figures(result: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """One figure per quantity with its source, the best available, and the alternatives."""
    clock = float(result["settings"]["clock_ns"])
    part = result["part"]
    flow_figures = {k: dict(v) for k, v in flow_section(result).get("figures", {}).items()}
    layers = [
        flow_figures,
        _analytic_figures(result["estimates"]["analytic"]),
        _rule4ml_figures(result.get("estimates", {}).get("rule4ml", {})),
    ]
    figures: dict[str, dict[str, Any]] = {}
    for key in ("latency_cycles", "latency_ns", "ii_cycles", *RESOURCES):
        found = [layer[key] for layer in layers if key in layer]
        if key == "latency_ns" and found and "latency_cycles" in figures:
            chosen = figures["latency_cycles"]
            same = next((f for f in found if f["source"] == chosen["source"]), None)
            found = [same or _figure(chosen["value"] * clock, chosen["source"])] + [f for f in found if f is not same]
        if not found:
            continue
        best = dict(found[0])
        best["alternatives"] = [f for f in found[1:] if f["source"] != best["source"]]
        if key in RESOURCES:
            total = part[key]
            best["pct_of_part"] = 100.0 * best["value"] / total if total else None
            for alt in best["alternatives"]:
                alt["pct_of_part"] = 100.0 * alt["value"] / total if total else None
        figures[key] = best
    figures.update({key: flow_figures[key] for key in FLOW_ONLY if key in flow_figures})
    ii = figures["ii_cycles"]
    figures["ii_ns"] = _figure(ii["value"] * clock, ii["source"])
    figures["events_per_bx"] = _figure(BX_NS / (ii["value"] * clock), ii["source"],
                                       note="events the design can accept per 25 ns bunch crossing: 25 ns / (II x clock)")
    return figures


# ---------------------------------------------------------------------------------------
# Physics from the evaluation and C-simulation files


def _tpr_value(entry: Any) -> tuple[float | None, bool | None]:
    if isinstance(entry, dict):
        return entry.get("tpr"), entry.get("fpr_resolved")
    return (entry if isinstance(entry, (int, float)) else None), None


def _from_metrics(data: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """``{signal: {auc, tpr_1e-5, fpr_resolved}}`` of the trigger score of the quantized model."""
    variants = data.get("variants", {})
    variant = variants.get("quantized") or variants.get("float") or next(iter(variants.values()), {})
    scores = variant.get("scores", {}) if isinstance(variant, dict) else {}
    trigger = scores.get("trigger") or next(iter(scores.values()), {})
    out = {}
    for signal, fig in (trigger or {}).items():
        if not isinstance(fig, dict) or "auc" not in fig:
            continue
        tpr, resolved = _tpr_value(fig.get("tpr_at_fpr", {}).get("1e-05"))
        out[signal] = {"auc": fig["auc"], "tpr_1e-5": tpr, "fpr_resolved": resolved}
    return out


def _from_csim(data: dict[str, Any]) -> dict[str, dict[str, Any]]:
    physics = data.get("physics", {})
    csim = physics.get("csim", {}) if isinstance(physics, dict) else {}
    out = {}
    for signal, fig in (csim or {}).items():
        if isinstance(fig, dict) and "auc" in fig:
            tpr, resolved = _tpr_value(fig.get("tpr_at_fpr", {}).get("1e-05"))
            out[signal] = {"auc": fig["auc"], "tpr_1e-5": tpr, "fpr_resolved": resolved}
    return out


def physics_figures(model_dir: ModelDir | Path) -> dict[str, Any]:
    """AUC and TPR at FPR 1e-5 per signal from ``metrics.json`` and ``csim.json``, each with
    its source, or a line saying the file is not there (or has no such figures)."""
    mdir = ModelDir.of(model_dir)
    out: dict[str, Any] = {}
    for path, source, reader in ((mdir.metrics_file, "measured:evaluate", _from_metrics),
                                 (mdir.csim_file, "measured:csim", _from_csim)):
        name = path.name
        if not path.is_file():
            out[source] = {"available": False, "note": f"{name} not available"}
            continue
        try:
            data = json.loads(path.read_text())
            signals = reader(data) if isinstance(data, dict) else {}
        except (json.JSONDecodeError, AttributeError, TypeError):
            signals = {}
        entry: dict[str, Any] = {"available": bool(signals), "source": source, "file": name, "signals": signals}
        if not signals:
            entry["note"] = f"{name} has no AUC/TPR figures bead-fpga recognises"
        if source == "measured:csim" and isinstance(data, dict) and "bit_exact_fraction" in data:
            entry["bit_exact_fraction"] = data["bit_exact_fraction"]
            entry["events"] = data.get("events")
        out[source] = entry
    return out


# ---------------------------------------------------------------------------------------
# report.json / report.md / PNG


def load_synth(model_dir: ModelDir | Path) -> dict[str, Any]:
    mdir = ModelDir.of(model_dir)
    if not mdir.synth_file.is_file():
        raise BeadError(mdir.path, f"no {mdir.synth_file.name} here", f"run `bead-fpga synth {mdir.path}` first")
    return read_json(mdir.synth_file)


def build_report(model_dir: ModelDir | Path, synth_result: dict[str, Any]) -> dict[str, Any]:
    """The content of ``report.json``."""
    figures = hardware_figures(synth_result)
    cost = synth_result["cost"]
    flow = flow_section(synth_result)
    latency_ns = figures["latency_ns"]["value"]
    ii_ns = figures["ii_ns"]["value"]
    rule4ml = synth_result["estimates"].get("rule4ml", {})
    return {
        "model": synth_result["model"],
        "model_dir": ".",
        "project_dir": synth_result["project_dir"],
        "settings": synth_result["settings"],
        "part": synth_result["part"],
        "hardware": figures,
        "budget": {
            "bx_ns": BX_NS,
            "accepts_every_bx": bool(ii_ns <= BX_NS),
            "latency_budget_ns": LATENCY_BUDGET_NS,
            "latency_within_budget": bool(latency_ns < LATENCY_BUDGET_NS),
            "source": figures["latency_ns"]["source"],
            "timing_met": bool(figures["wns_ns"]["value"] >= 0) if "wns_ns" in figures else None,
        },
        "cost": {
            "macs": _figure(cost["macs"], cost["source"]),
            "flops": _figure(cost["flops"], cost["source"]),
            "bops": _figure(cost["bops"], cost["source"]),
            "params": _figure(cost["params"], cost["source"]),
            "elementwise_mults": cost.get("elementwise_mults", 0),
            "structural_weights": cost.get("structural_weights", 0),
            "notes": cost.get("notes", []),
        },
        "physics": physics_figures(model_dir),
        "flow": {
            "name": flow["name"],
            "ran": bool(flow.get("ran")),
            "summary": flow["summary"],
            "command": flow.get("command"),
            "missing_tools": flow.get("missing_tools", []),
        },
        "rule4ml": {"available": bool(rule4ml.get("available")), "message": rule4ml.get("message", "")},
        "analytic_layers": synth_result["estimates"]["analytic"]["layers"],
        "analytic_notes": synth_result["estimates"]["analytic"].get("notes", []),
        "cost_layers": cost.get("layers", []),
    }


def _fmt(value: Any, digits: int = 3) -> str:
    if value is None:
        return "n/a"
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, int) or (isinstance(value, float) and value.is_integer() and abs(value) < 1e15):
        return f"{int(value):,}"
    if isinstance(value, float):
        if abs(value) >= 1e4:
            return f"{value:,.0f}"
        return f"{value:.{digits}g}"
    return str(value)


def _pct(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.2f} %"


def render_markdown(report: dict[str, Any]) -> str:
    """``report.md``: the figures with their sources, then the per-layer counts."""
    sections = (_md_header, _md_latency, _md_timing, _md_resources, _md_compute, _md_physics, _md_layers)
    return "\n".join(line for section in sections for line in section(report))


def _md_header(report: dict[str, Any]) -> list[str]:
    settings, part, flow = report["settings"], report["part"], report["flow"]
    lines = [
        f"# {report['model']}: hardware report", "",
        f"{settings['backend']} HLS flow, part {part['name']} ({part['alias']}), clock {settings['clock_ns']} ns, "
        f"reuse {settings['reuse']}, {settings['strategy']} strategy, {settings['io_type']}.", "",
        f"Flow `{flow['name']}`: {flow['summary']}", "",
    ]
    if not flow["ran"] and flow["missing_tools"] and flow["command"]:
        lines += ["```", flow["command"], "```", ""]
    return lines


def _alternatives(fig: dict[str, Any], with_pct: bool = False) -> str:
    """The other estimates of one figure, each with its source."""
    return "; ".join(f"{_fmt(a['value'])}" + (f" = {_pct(a.get('pct_of_part'))}" if with_pct else "")
                     + f" ({a['source']})" for a in fig.get("alternatives", []))


def _md_latency(report: dict[str, Any]) -> list[str]:
    hw, budget = report["hardware"], report["budget"]
    rows = [[label, _fmt(hw[key]["value"]), f"`{hw[key]['source']}`", _alternatives(hw[key])]
            for key, label in (("latency_cycles", "latency (cycles)"), ("latency_ns", "latency (ns)"),
                               ("ii_cycles", "initiation interval (cycles)"), ("ii_ns", "initiation interval (ns)"),
                               ("events_per_bx", "events accepted per 25 ns crossing"))]
    return ["## Latency and throughput", "", markdown_table(["quantity", "value", "source", "other estimates"], rows),
            "", f"Accepts a new event every 25 ns: **{_fmt(budget['accepts_every_bx'])}**; latency below 1 us: "
            f"**{_fmt(budget['latency_within_budget'])}** (from `{budget['source']}`).", ""]


def _md_timing(report: dict[str, Any]) -> list[str]:
    hw, budget = report["hardware"], report["budget"]
    timing = [key for key in TIMING if key in hw]
    if not timing:
        return []
    rows = [[_TIMING_LABELS[k], _fmt(hw[k]["value"], 5), f"`{hw[k]['source']}`", hw[k].get("note", "")] for k in timing]
    lines = ["## Timing", "", markdown_table(["quantity", "value", "source", "note"], rows)]
    if budget["timing_met"] is not None:
        lines += ["", f"Timing met at the target clock: **{_fmt(budget['timing_met'])}**."]
    return lines + [""]


def _md_resources(report: dict[str, Any]) -> list[str]:
    hw = report["hardware"]
    rows = [[_LABELS[res], _fmt(hw[res]["value"]), _pct(hw[res].get("pct_of_part")), f"`{hw[res]['source']}`",
             _alternatives(hw[res], with_pct=True)] for res in RESOURCES if res in hw]
    lines = ["## Resources", "", markdown_table(["resource", "used", "% of part", "source", "other estimates"], rows)]
    return lines + (["", report["rule4ml"]["message"]] if report["rule4ml"]["message"] else [])


def _md_compute(report: dict[str, Any]) -> list[str]:
    cost = report["cost"]
    rows = [[label, _fmt(cost[k]["value"]), f"`{cost[k]['source']}`"]
            for k, label in (("macs", "MACs (zero weights discounted)"), ("flops", "FLOPs"), ("bops", "BOPs"),
                             ("params", "parameters"))]
    if cost["elementwise_mults"]:
        rows.append(["element-wise products (not in qonnx's MACs)", cost["elementwise_mults"], "graph"])
    if cost.get("structural_weights"):
        rows.append(["constant 0/1 matrix entries (selections, counts, sums: wiring, not parameters)",
                     _fmt(cost["structural_weights"]), f"`{cost['params']['source']}`"])
    return ["", "## Compute", "", markdown_table(["quantity", "value", "source"], rows)]


def _md_physics(report: dict[str, Any]) -> list[str]:
    lines = ["", "## Physics", ""]
    for source, entry in report["physics"].items():
        if not entry.get("available"):
            lines.append(f"- `{source}`: {entry.get('note', 'not available')}")
            continue
        extra = f", bit-exact fraction {_fmt(entry['bit_exact_fraction'])}" if "bit_exact_fraction" in entry else ""
        rows = [[signal, _fmt(fig["auc"], 4), _fmt(fig["tpr_1e-5"], 4)
                 + ("" if fig.get("fpr_resolved") in (None, True) else " (optimistic: background too small to resolve 1e-5)")]
                for signal, fig in entry["signals"].items()]
        lines += ["", f"`{source}` ({entry['file']}{extra}):", "", markdown_table(["signal", "AUC", "TPR @ FPR 1e-5"], rows)]
    return lines


def _md_layers(report: dict[str, Any]) -> list[str]:
    header = ["layer", "kind", "shape", "operands", "products zero/shift/LUT/DSP", "adders", "LUT", "FF", "DSP",
              "BRAM18", "cycles", "notes"]
    rows = [[row["name"], row["kind"], row["shape"], row["operand_bits"],
             f"{row['mults_zero']}/{row['mults_shift']}/{row['mults_lut']}/{row['mults_dsp']}" if row["mults"] else "",
             _fmt(row["adders"]), _fmt(row["lut"]), _fmt(row["ff"]), row["dsp"], row["bram18"], row["cycles"],
             "; ".join(row["notes"])] for row in report["analytic_layers"]]
    cost_rows = [[row["node"], row["op_type"], row["operand_types"], _fmt(row["macs_nonzero"]), _fmt(row["flops"]),
                  _fmt(row["bops"]), _fmt(row["params"])] for row in report["cost_layers"]]
    return ["", "## Analytic count per layer (`estimate:analytic`)", "", markdown_table(header, rows),
            "", *(f"- {n}" for n in report["analytic_notes"]), "",
            "## Compute per layer (`qonnx:inference_cost`)", "",
            markdown_table(["node", "op", "operand types", "MACs", "FLOPs", "BOPs", "params"], cost_rows),
            "", *(f"- {n}" for n in report["cost"]["notes"]), ""]


def render_png(report: dict[str, Any], dest: Path) -> Path:
    """Two panels: resources in % of the part (colour = source), and latency against the
    25 ns crossing and the 1 us budget (with the initiation interval)."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure
    from matplotlib.patches import Patch

    hw = report["hardware"]
    fig = Figure(figsize=(10, 4), layout="constrained")
    FigureCanvasAgg(fig)
    ax_res, ax_lat = fig.subplots(1, 2, width_ratios=(1.3, 1))
    colours = {"vendor": "tab:green", "measured": "tab:purple", "estimate:rule4ml": "tab:orange",
               "estimate:analytic": "tab:blue"}

    def colour(source: str) -> str:
        return next((c for k, c in colours.items() if source.startswith(k)), "tab:gray")

    names = [r for r in RESOURCES if r in hw]
    pcts = [hw[r].get("pct_of_part") or 0.0 for r in names]
    bars = ax_res.bar([_LABELS[r] for r in names], pcts, color=[colour(hw[r]["source"]) for r in names])
    for bar, r in zip(bars, names):
        ax_res.annotate(f"{_fmt(hw[r]['value'])}", (bar.get_x() + bar.get_width() / 2, bar.get_height()),
                        ha="center", va="bottom", fontsize=8)
    ax_res.set_ylabel(f"% of {report['part']['alias']}")
    ax_res.set_ylim(0, max(5.0, max(pcts) * 1.25))
    ax_res.set_title("resources")
    handles = [Patch(color=c, label=k) for k, c in colours.items() if any(hw[r]["source"].startswith(k) for r in names)]
    ax_res.legend(handles=handles, fontsize=8, loc="upper right")

    lat, ii = hw["latency_ns"], hw["ii_ns"]
    ax_lat.barh(["latency", "II"], [lat["value"], ii["value"]], color=[colour(lat["source"]), colour(ii["source"])])
    ax_lat.axvline(BX_NS, color="k", ls="--", lw=1)
    ax_lat.axvline(LATENCY_BUDGET_NS, color="tab:red", ls=":", lw=1)
    ax_lat.text(BX_NS, 1.45, " 25 ns crossing", fontsize=8)
    ax_lat.text(LATENCY_BUDGET_NS, 1.45, " 1 us", fontsize=8, color="tab:red", ha="right")
    ax_lat.set_xscale("log")
    ax_lat.set_xlim(1, 2 * LATENCY_BUDGET_NS)
    ax_lat.set_xlabel("ns")
    ax_lat.set_title(f"latency {_fmt(lat['value'])} ns, II {_fmt(ii['value'])} ns")
    fig.suptitle(f"{report['model']} on {report['part']['name']} @ {report['settings']['clock_ns']} ns", fontsize=10)
    with atomic_path(dest) as tmp:
        fig.savefig(tmp, format="png", dpi=120)
    return dest


def write_report(model_dir: ModelDir | Path, synth_result: dict[str, Any] | None = None) -> Path:
    """Write ``report.json``, ``report.md`` and ``report.png`` into ``model_dir``; returns the
    Markdown path. ``synth_result`` defaults to ``MODEL_DIR/synth.json``."""
    mdir = ModelDir.of(model_dir)
    synth_result = synth_result if synth_result is not None else load_synth(mdir)
    report = build_report(mdir, synth_result)
    json_file, md, png = mdir.report_files
    write_json(json_file, report)
    render_png(report, png)
    with atomic_path(md) as tmp:
        tmp.write_text(render_markdown(report) + f"\n![resources and latency]({png.name})\n")
    return md


# ---------------------------------------------------------------------------------------
# Several models side by side


def _short(source: str) -> str:
    """A compact source tag for table cells: V (vendor), M (measured), R (rule4ml), A (analytic)."""
    for prefix, tag in (("vendor:", "V"), ("measured:", "M"), ("estimate:rule4ml", "R"), ("estimate:analytic", "A")):
        if source.startswith(prefix):
            return tag
    return "?"


def _compact(value: Any) -> str:
    """12345 -> 12.3k, for table cells."""
    if value is None:
        return "n/a"
    value = float(value)
    for unit, scale in (("G", 1e9), ("M", 1e6), ("k", 1e3)):
        if abs(value) >= scale:
            return f"{value / scale:.3g}{unit}"
    return f"{value:.3g}"


def compare_rows(model_dirs: list[Path]) -> tuple[list[str], list[list[str]]]:
    """Header and rows of the comparison: one row per model."""
    reports = []
    for model_dir in model_dirs:
        reports.append(build_report(model_dir, load_synth(model_dir)))
    signals: list[str] = []
    for rep in reports:
        for entry in rep["physics"].values():
            for sig in entry.get("signals", {}):
                if sig not in signals:
                    signals.append(sig)
    header = ["model", "part@clock", "latency", "II", "ev/BX", "LUT", "FF", "DSP", "BRAM18", "hw src",
              "FLOPs", "BOPs", "params", *(f"AUC {s}" for s in signals), *(f"TPR@1e-5 {s}" for s in signals)]
    rows = []
    for rep in reports:
        hw = rep["hardware"]

        def res(key: str) -> str:
            fig = hw.get(key)
            pct = fig.get("pct_of_part") if fig else None
            return "n/a" if fig is None else f"{_compact(fig['value'])} ({pct:.2g}%)" if pct is not None else _compact(fig["value"])

        sources = sorted({_short(hw[k]["source"]) for k in ("latency_cycles", "ii_cycles", *RESOURCES) if k in hw})
        phys = rep["physics"].get("measured:csim", {})
        if not phys.get("available"):
            phys = rep["physics"].get("measured:evaluate", {})
        tag = "C" if phys.get("source") == "measured:csim" else "E"
        sig = phys.get("signals", {})
        rows.append([
            rep["model"], f"{rep['part']['alias']}@{rep['settings']['clock_ns']:g}ns",
            f"{_fmt(hw['latency_ns']['value'])} ns ({_fmt(hw['latency_cycles']['value'])})",
            _fmt(hw["ii_cycles"]["value"]), _fmt(hw["events_per_bx"]["value"]),
            res("lut"), res("ff"), res("dsp"), res("bram18"), "/".join(sources),
            _compact(rep["cost"]["flops"]["value"]), _compact(rep["cost"]["bops"]["value"]),
            _compact(rep["cost"]["params"]["value"]),
            *(f"{sig[s]['auc']:.4f} {tag}" if s in sig else "n/a" for s in signals),
            *(f"{_fmt(sig[s]['tpr_1e-5'], 3)}{'' if sig[s].get('fpr_resolved') else '*'} {tag}" if s in sig else "n/a"
              for s in signals),
        ])
    return header, rows


LEGEND = ("hw src: V = vendor report, M = measured (open flow), A = estimate:analytic, R = estimate:rule4ml; latency in ns (cycles); "
          "FLOPs/BOPs/params: qonnx:inference_cost; physics: C = measured:csim, E = measured:evaluate; "
          "* = FPR 1e-5 not resolved by the background sample (optimistic TPR)")


def compare(model_dirs: list[Path]) -> str:
    """One Markdown table comparing the models (from each ``synth.json``, ``metrics.json``
    and ``csim.json``)."""
    header, rows = compare_rows(model_dirs)
    return markdown_table(header, rows) + f"\n\n{LEGEND}\n"


def summary_table(model_dir: Path) -> Any:
    """One model's headline figures, one per line with its source, for the terminal."""
    from rich.table import Table

    rep = build_report(model_dir, load_synth(model_dir))
    hw, part = rep["hardware"], rep["part"]
    table = Table(title=f"{rep['model']} on {part['name']} @ {rep['settings']['clock_ns']:g} ns")
    for name in ("quantity", "value", f"% of {part['alias']}", "source", "also"):
        table.add_column(name)
    for key, label in (("latency_cycles", "latency (cycles)"), ("latency_ns", "latency (ns)"), ("ii_cycles", "II (cycles)"),
                       ("events_per_bx", "events per 25 ns"), *((r, _LABELS[r]) for r in RESOURCES)):
        if key not in hw:
            continue
        fig = hw[key]
        also = "; ".join(f"{_fmt(a['value'])} {_short(a['source'])}" for a in fig.get("alternatives", []))
        table.add_row(label, _fmt(fig["value"]), _pct(fig.get("pct_of_part")) if "pct_of_part" in fig else "",
                      fig["source"], also)
    for key in TIMING:
        if key in hw:
            table.add_row(_TIMING_LABELS[key], _fmt(hw[key]["value"], 5), "", hw[key]["source"], hw[key].get("note", ""))
    for key, label in (("flops", "FLOPs"), ("bops", "BOPs"), ("params", "parameters")):
        table.add_row(label, _fmt(rep["cost"][key]["value"]), "", rep["cost"][key]["source"], "")
    return table


#: Models side by side in one terminal table: with the quantity column, 4 fit in 80 columns.
MODELS_PER_TABLE = 4


def compare_table(model_dirs: list[Path]) -> Any:
    """The same comparison for the terminal, transposed (one column per model, one row per
    quantity) and split into tables of :data:`MODELS_PER_TABLE` models, so that every number
    stays whole in an 80-column terminal however many models are compared."""
    from rich.console import Group
    from rich.table import Table
    from rich.text import Text

    header, rows = compare_rows(model_dirs)
    tables = []
    for start in range(0, len(rows), MODELS_PER_TABLE):
        chunk = rows[start:start + MODELS_PER_TABLE]
        table = Table(title="bead-fpga hardware report" if start == 0 else None, title_justify="left")
        table.add_column("quantity", overflow="fold")
        for row in chunk:
            table.add_column(row[0], justify="right", overflow="fold")
        for i, name in enumerate(header[1:], start=1):
            table.add_row(name, *(row[i] for row in chunk))
        tables.append(table)
    return Group(*tables, Text(LEGEND))
