"""Firmware trigger kinds side by side: physics, bit-exactness and hardware per model.

    python benchmarks/bench_triggers.py --data DATA_DIR [--events 100000] [--rate-data DIR] \\
        [--models LABEL=MODEL_DIR ...] [--work DIR] [--redo]

For every model directory (default: the committed references ``models/*_8b``, each with its own trigger kind;
add trained models of any trigger kind with ``LABEL=DIR``): copy it, export (checked against
Brevitas on 2k events), convert and compile with hls4ml, C-simulate ``--events`` background
*test* events and every signal event, and compare with the quantized model bit for bit (the
float twin's trigger score too, where the model has one); compute the software score (the
model's reconstruction error) on the same events as ``bead-fpga evaluate`` does; estimate latency, II and resources on the VU9P at 5 ns
(``estimate:analytic``; the transformer at its trigger setting, reuse 4) and count parameters
and BOPs (``qonnx:inference_cost``). With ``--rate-data`` (>= 1M background events,
``bead-fpga data generate --events 1000000 --seed 11``) each model is also measured at FPR 1e-5
by :func:`bead_fpga.rate.rate` (the quantized ``trigger()``, which the C-simulation proves equal
to the firmware; a model's own training events are left out): TPR per signal with its 95 %
Clopper-Pearson interval and the background count above the threshold.

``DATA_DIR`` must hold at least ``5 * --events`` background events (the split is 60/20/20,
and the test split is what is scored) and the four signal files; if it does not exist, it is
generated with seed 7 (the models were trained on seed 0), ``5 * --events`` background and
50k events per signal. Each model's result is kept in ``--work`` (``<label>.json``) and reused
unless ``--redo``, so models can be added one at a time. Writes
``benchmarks/results/triggers.{json,md,png}`` (or into ``--results DIR``).
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import time
from pathlib import Path

from common import REFERENCE_MODELS, RESULTS_DIR, command, machine, recorded

from bead_fpga.markdown import markdown_table
from bead_fpga.model_dir import CHECKPOINT_FILE, CSIM_FILE, HLS_CONFIG_FILE, PLOTS_DIR, QONNX_SUFFIX, SYNTH_FILE

REPO = Path(__file__).resolve().parents[1]
#: The reuse factor a model type is synthesised at (its trigger setting; 1 otherwise).
REUSE = {"transformer": 4}
FPR_KEY = "1e-05"
#: Events on which the export is checked against Brevitas (qonnx's executor is slow); the
#: C-simulation then compares the compiled C++ with Brevitas on every benchmark event.
EXPORT_CHECK_EVENTS = 2000
#: What a copied reference model leaves behind: everything the stages after training rebuild.
COPY_IGNORE = (f"*{QONNX_SUFFIX}", CSIM_FILE, SYNTH_FILE, HLS_CONFIG_FILE, "report.*", PLOTS_DIR, CHECKPOINT_FILE)


def _figures(metrics: dict) -> dict:
    return {s: {"auc": round(f["auc"], 4), "tpr": f["tpr_at_fpr"][FPR_KEY]["tpr"],
                "tpr_resolved": f["tpr_at_fpr"][FPR_KEY]["fpr_resolved"]} for s, f in metrics.items()}


def run_model(label: str, source: Path, data: Path, work: Path, events: int, rate_data: Path | None) -> dict:
    """Export, C-simulate, evaluate and estimate one model (see the module docstring)."""
    from bead_fpga.csim import csim
    from bead_fpga.export import export
    from bead_fpga.hls.convert import HLSSettings, convert
    from bead_fpga.model_dir import ModelDir
    from bead_fpga.synth.run import synth

    model_dir = work / "models" / label
    shutil.rmtree(model_dir, ignore_errors=True)
    shutil.copytree(source, model_dir, ignore=shutil.ignore_patterns(*COPY_IGNORE))
    cfg = ModelDir(model_dir).config()
    settings = HLSSettings(reuse=REUSE.get(cfg.model, 1))
    start = time.perf_counter()
    export(model_dir, data, n_events=EXPORT_CHECK_EVENTS)
    project = convert(model_dir, settings, work / "hls_projects")
    sim = csim(model_dir, data, n_events=events, project=project, projects_root=work / "hls_projects",
               firmware_root=work / "firmware")
    software = software_scores(model_dir, data, events)
    hw = synth(model_dir, settings, projects_root=work / "hls_projects")
    est, cost = hw["estimates"]["analytic"], hw["cost"]
    return {
        "label": label, "source": recorded(source), "model": cfg.model, "trigger": cfg.trigger,
        "bits": cfg.student_bits if cfg.trigger == "distilled" and cfg.student_bits else cfg.bits,  # what is on chip
        "architecture": {"hidden": list(cfg.hidden), "latent": list(cfg.latent),
                         **({"student_hidden": list(cfg.student_hidden)} if cfg.trigger == "distilled" else {})},
        "n_background": sim["background_only"]["events"], "events_checked": sim["events"],
        "bit_exact_fraction": sim["bit_exact_fraction"], "max_abs_diff_lsb": sim["max_abs_diff_lsb"],
        "trigger_csim": _figures(sim["physics"]["csim"]),
        "trigger_float_twin": (_figures(sim["physics"]["float_twin"])
                               if isinstance(sim["physics"]["float_twin"], dict) else None),
        **software,
        **({"operating_point": operating_point(source, rate_data)} if rate_data else {}),
        "hardware": {"reuse": settings.reuse} | {k: est[k] for k in ("source", "part", "clock_ns", "latency_cycles", "latency_ns", "ii_cycles",
                                          "lut", "ff", "dsp", "bram18", "complete")}
        | {"lut_pct": est["pct_of_part"]["lut"]},
        "cost": {k: cost[k] for k in ("source", "params", "macs", "bops")},
        "seconds": round(time.perf_counter() - start, 1),
    }


def operating_point(model_dir: Path, rate_data: Path) -> dict:
    """TPR at FPR 1e-5 per signal on every background event of ``rate_data`` (less the model's
    own training events), as ``bead-fpga rate`` measures it (:func:`bead_fpga.rate.rate`)."""
    from bead_fpga.rate import rate

    result = rate([model_dir], rate_data, [1e-5], plot=False)
    point = result["operating_points"][0]
    mine = next(name for name, t in result["triggers"].items() if t["kind"] == "model")
    fig = point["triggers"][mine]
    return {"n_background": result["background"]["n_events"], "n_background_above": fig["n_background_above"],
            "tpr": {s: {"value": e["value"], "ci": e["ci"], "n": e["n"]} for s, e in fig["tpr"].items()}}


def software_scores(model_dir: Path, data: Path, events: int) -> dict:
    """The quantized model's software score (and, for a ``latent`` model, its per-level scores:
    squared means and KL with the sigma terms) on the C-simulated events, as ``evaluate``
    computes them (:func:`bead_fpga.evaluate.score_events`), without the float twin."""
    import numpy as np
    import torch

    from bead_fpga.data.adc2021 import load_background, load_signals
    from bead_fpga.evaluate import score_metrics
    from bead_fpga.model_dir import ModelDir

    model, transform, cfg = ModelDir(model_dir).load()
    samples = {"background": load_background(data, 5 * events, 0)["test"][:events], **load_signals(data, events)}

    @torch.no_grad()
    def scores(x: np.ndarray) -> dict[str, np.ndarray]:
        parts: dict[str, list[np.ndarray]] = {}
        for lo in range(0, len(x), 20_000):
            xt = torch.from_numpy(np.ascontiguousarray(transform.apply(x[lo:lo + 20_000]), dtype=np.float32))
            found = {"software": model.software_score(xt)}
            if cfg.trigger == "latent":
                found |= model.level_scores(xt)
            for name, t in found.items():
                parts.setdefault(name, []).append(t.double().numpy().reshape(-1))
        return {k: np.concatenate(v) for k, v in parts.items()}

    per_sample = {k: scores(x) for k, x in samples.items()}
    bkg, sig = per_sample.pop("background"), per_sample
    figs = {name: _figures(score_metrics(bkg[name], {k: v[name] for k, v in sig.items()})) for name in bkg}
    return {"software": figs.pop("software"), "level_scores": figs}


def _mean(figs: dict, key: str) -> float:
    return sum(f[key] for f in figs.values()) / len(figs)


def firmware_shape(row: dict) -> str:
    """What is on chip, in layer widths: ``57-12-1`` for a student, ``57-16-8 (3,2) + decoder``
    for a reconstruction trigger, ``57-16-8 (3,2)`` for an encoder-only one; the transformer's
    encoder is its 19 object tokens, the BEAD model's reads the 54 object features."""
    arch, model = row["architecture"], row.get("model")
    if row["trigger"] == "distilled":
        return "-".join(str(w) for w in (57, *arch["student_hidden"], 1))
    latent = f" ({','.join(map(str, arch['latent']))})"
    encoder = ("19 object tokens, ReLU attention" if model == "transformer"
               else "-".join(str(w) for w in (54 if model == "bead" else 57, *arch["hidden"])))
    extra = {"bead": " + latent transformer + decoder + MET head"}.get(model, " + decoder")
    return encoder + latent + (extra if row["trigger"] == "reconstruction" else "")


def markdown(rows: list[dict], meta: dict) -> str:
    signals = list(rows[0]["trigger_csim"])
    n_bkg = min(r["n_background"] for r in rows)
    lines = [
        "# Firmware trigger kinds side by side\n",
        (f"`{meta['command']}` on {meta['machine']['cpu']} ({meta['machine']['cpu_count']} cores). "
         f"{n_bkg:,} background test events (never trained on) and up to {meta['events']:,} events of each signal file; "
         "AUC and TPR at FPR 1e-5 from the C-simulated firmware score (`measured:csim`), the software score "
         "(the model's reconstruction error, as `bead-fpga evaluate` computes it) in parentheses; hardware "
         "`estimate:analytic` on xcvu9p at 5 ns, parameters and BOPs `qonnx:inference_cost`.\n"),
        "## Hardware and bit-exactness\n",
        markdown_table(["model", "trigger", "on chip", "bits", "parameters", "BOPs", "reuse", "latency (ns)", "II", "LUT (% VU9P)",
                        "FF", "DSP", "C-sim bit-exact"],
                       [[r["label"], r["trigger"], firmware_shape(r), r["bits"], f"{c['params']:,}", f"{c['bops']:,.0f}",
                         h.get("reuse", 1), f"{h['latency_ns']:.0f}", h["ii_cycles"], f"{h['lut']:,} ({h['lut_pct']:.2f} %)", f"{h['ff']:,}",
                         h["dsp"], f"{100 * r['bit_exact_fraction']:.3f} % of {r['events_checked']:,}"]
                        for r, h, c in ((r, r["hardware"], r["cost"]) for r in rows)]),
        "", "## ROC AUC: firmware trigger (software score)\n",
        markdown_table(["model", "trigger", *signals, "worst gap to software"],
                       [[r["label"], r["trigger"],
                         *(f"{r['trigger_csim'][s]['auc']:.3f} ({r['software'][s]['auc']:.3f})" for s in signals),
                         f"{max(r['software'][s]['auc'] - r['trigger_csim'][s]['auc'] for s in signals):+.3f}"]
                        for r in rows]),
        "", "## TPR at FPR 1e-5 in %: firmware trigger (software score)\n",
        markdown_table(["model", "trigger", *signals],
                       [[r["label"], r["trigger"], *(f"{_tpr_cell(r['trigger_csim'][s])} ({_tpr_cell(r['software'][s])})"
                                                     for s in signals)] for r in rows]),
    ]
    if any(not r["trigger_csim"][s]["tpr_resolved"] for r in rows for s in signals):
        lines.append("\n`*`: FPR 1e-5 not resolved by the background count.")
    at_rate = [r for r in rows if "operating_point" in r]
    if at_rate:
        n_rate = min(r["operating_point"]["n_background"] for r in at_rate)
        lines += ["", f"## TPR at FPR 1e-5 (400 Hz at 40 MHz) on >= {n_rate:,} background events, in % (95 % CL)\n",
                  ("`bead-fpga rate`'s measurement (`bead_fpga.rate.rate`) of the quantized `trigger()` on "
                   f"`{meta.get('rate_data')}`; `bkg above`: background events above the threshold.\n"),
                  markdown_table(["model", "trigger", "bkg above", *signals],
                                 [[r["label"], r["trigger"], r["operating_point"]["n_background_above"],
                                   *(_ci_cell(r["operating_point"]["tpr"][s]) for s in signals)] for r in at_rate],
                                 right=range(2, 3 + len(signals)))]
    latent = [r for r in rows if r["trigger"] == "latent" and r.get("level_scores")]
    if latent:
        lines += ["", "## Latent variants (software, same events): sum of squared means vs KL with the sigma terms\n",
                  ("The firmware `latent` score is the top level's sum of squared means; the KL per level adds "
                   "the variance terms (it would need an exp lookup table on chip).\n"),
                  markdown_table(["model", "score", *signals],
                                 [[r["label"], name, *(f"{figs[s]['auc']:.3f}" for s in signals)]
                                  for r in latent for name, figs in r["level_scores"].items()])]
    lines.append("\n![Pareto plot](triggers.png)")
    return "\n".join(lines) + "\n"


def _ci_cell(figure: dict) -> str:
    """A TPR in % with its 95 % interval."""
    return f"{100 * figure['value']:.3f} ({100 * figure['ci'][0]:.3f}-{100 * figure['ci'][1]:.3f})"


def _tpr_cell(figure: dict) -> str:
    """TPR in %, starred when the background count does not resolve the FPR."""
    return f"{100 * figure['tpr']:.3f}{'' if figure['tpr_resolved'] else '*'}"


def plot(rows: list[dict], path: Path) -> None:
    """Mean over the signals of AUC and TPR@1e-5 against estimated LUT and latency; the
    Pareto front (no other row cheaper and better) joined per panel."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    colours = {"latent": "tab:grey", "reconstruction": "tab:blue", "distilled": "tab:orange"}
    fig, axes = plt.subplots(2, 2, figsize=(11, 8.5))
    for i, (ykey, ylabel) in enumerate((("auc", "mean ROC AUC over signals"), ("tpr", "mean TPR at FPR 1e-5"))):
        for j, (xkey, xlabel) in enumerate((("lut", "estimated LUT (xcvu9p)"), ("latency_ns", "estimated latency (ns)"))):
            ax = axes[i, j]
            pts = [(r["hardware"][xkey], _mean(r["trigger_csim"], ykey), r) for r in rows]
            for x, y, r in pts:
                ax.scatter(x, y, color=colours[r["trigger"]], s=40, zorder=3)
                ax.annotate(r["label"], (x, y), fontsize=7, xytext=(3, 3), textcoords="offset points")
            front = sorted((p for p in pts if not any(q[0] <= p[0] and q[1] > p[1] or q[0] < p[0] and q[1] >= p[1]
                                                      for q in pts)), key=lambda p: p[0])
            ax.plot([p[0] for p in front], [p[1] for p in front], color="black", lw=1, ls="--", zorder=2)
            ax.set_xlabel(xlabel)
            ax.set_ylabel(ylabel)
            if xkey == "lut":
                ax.set_xscale("log")
                ax.axvline(0.05 * 1_182_240, color="red", lw=0.8, ls=":")
            else:
                ax.axvline(100, color="red", lw=0.8, ls=":")
            ax.grid(alpha=0.3)
    handles = [plt.Line2D([], [], marker="o", ls="", color=c, label=k) for k, c in colours.items()]
    fig.suptitle("firmware trigger kinds: physics vs estimated cost (dashed: Pareto front; red: 5 % LUT / 100 ns)",
                 y=0.99, fontsize=10)
    fig.legend(handles=handles, loc="upper center", ncol=3, bbox_to_anchor=(0.5, 0.965), fontsize=9)
    fig.tight_layout(rect=(0, 0, 1, 0.93))
    fig.savefig(path, dpi=120)
    plt.close(fig)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, required=True)
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--models", nargs="*", default=[], help="LABEL=MODEL_DIR, after the committed references")
    parser.add_argument("--no-references", action="store_true", help="skip the committed reference models")
    parser.add_argument("--work", type=Path, default=Path("/tmp/bench_triggers"))
    parser.add_argument("--redo", action="store_true")
    parser.add_argument("--rate-data", type=Path, default=None,
                        help="ADC2021-layout directory with >= 1M background events for the TPR at FPR 1e-5")
    parser.add_argument("--results", type=Path, default=RESULTS_DIR,
                        help="where triggers.{json,md,png} go (default benchmarks/results; another directory "
                             "for a trial run that must not replace the committed table)")
    args = parser.parse_args()

    import torch

    from bead_fpga.data.generate import generate
    from bead_fpga.io import write_json

    torch.set_num_threads(1)  # tiny models: one thread is as fast, and robust to a busy machine
    if not (args.data / "background_for_training.h5").is_file():
        generate(args.data, n_events=5 * args.events, seed=7, n_signal=50_000)
    models = [] if args.no_references else [(f"{n} (reference)", REPO / "models" / n) for n in REFERENCE_MODELS]
    models += [(spec.split("=", 1)[0], Path(spec.split("=", 1)[1])) for spec in args.models]
    args.work.mkdir(parents=True, exist_ok=True)
    rows = []
    for label, source in models:
        cached = args.work / (re.sub(r"\W+", "_", label) + ".json")
        if cached.is_file() and not args.redo:
            rows.append(json.loads(cached.read_text()))
            continue
        print(f"{label}: {source}", flush=True)
        row = run_model(label, source, args.data, args.work, args.events, args.rate_data)
        write_json(cached, row)
        rows.append(row)
        print(f"  {row['seconds']} s, bit-exact {row['bit_exact_fraction']:.6f}, LUT {row['hardware']['lut']:,}", flush=True)
    meta = {"command": command(), "machine": machine("hls4ml", "qonnx", "brevitas", "torch"),
            "data": recorded(args.data), "events": args.events,
            "rate_data": recorded(args.rate_data) if args.rate_data else None}
    args.results.mkdir(parents=True, exist_ok=True)
    write_json(args.results / "triggers.json", {**meta, "results": rows})
    (args.results / "triggers.md").write_text(markdown(rows, meta))
    plot(rows, args.results / "triggers.png")
    print(markdown(rows, meta))


if __name__ == "__main__":
    main()
