"""The transformer against the HVAE and the ADC2021 baselines on the trigger path: physics,
size, the hardware estimate, and a bit-exact C-simulation of the transformer.

    python benchmarks/bench_transformer.py [--events 100000] [--reuse 4]

For each reference model (``models/<name>``):

* ROC AUC and TPR at FPR 1e-4 of the trigger score per signal, quantized and float twin,
  from its ``metrics.json`` (``bead-fpga evaluate``, the models' own test split);
* parameters, MACs and BOPs of the exported trigger graph (qonnx ``inference_cost``);
* the analytic estimate (``estimate:analytic``) of latency, II and resources on the VU9P at
  reuse 1 and at ``--reuse``;
* C-simulation: the transformer is exported, converted through bead-fpga's hls4ml extensions,
  compiled from scratch and run on ``--events`` background test events plus ``--events`` of
  each signal (data generated with seed 11; the models were trained on seed 0), compared with
  the quantized Brevitas model in output LSBs. The MLP models' C-sim figures are read from
  ``benchmarks/results/csim.json`` (``bench_csim.py``) and labelled so.

Writes ``benchmarks/results/transformer.json`` and ``transformer.md``.
"""

from __future__ import annotations

import argparse
import json
import shutil
import tempfile
from pathlib import Path

from bench_csim import run_model
from common import RESULTS_DIR, command, machine

from bead_fpga.markdown import markdown_table

REPO = Path(__file__).resolve().parents[1]
MODELS = ("transformer_8b", "hvae_8b", "vae_8b", "ae_8b")
FPR = "0.0001"


def physics(name: str) -> dict:
    """Trigger AUC / TPR per signal from the committed evaluation of ``models/<name>``."""
    metrics = json.loads((REPO / "models" / name / "metrics.json").read_text())
    out = {}
    for variant in ("quantized", "float_twin"):
        trigger = metrics["variants"][variant]["scores"]["trigger"]
        out[variant] = {s: {"auc": round(f["auc"], 4), "tpr": f["tpr_at_fpr"][FPR]["tpr"]} for s, f in trigger.items()}
    return out


def hardware(name: str, data: Path, work: Path, reuses: tuple[int, ...]) -> dict:
    """Size and analytic estimate of the exported trigger graph at each reuse factor."""
    from bead_fpga.export import export
    from bead_fpga.hls.convert import HLSSettings, convert
    from bead_fpga.model_dir import CSIM_FILE, QONNX_SUFFIX
    from bead_fpga.synth.estimation.estimate import estimate
    from bead_fpga.synth.estimation.flops import graph_cost

    model_dir = work / "models" / name
    shutil.copytree(REPO / "models" / name, model_dir, ignore=shutil.ignore_patterns(f"*{QONNX_SUFFIX}", CSIM_FILE))
    onnx_path = export(model_dir, data, n_events=10_000)
    cost = graph_cost(onnx_path)
    row = {"params": cost.params, "macs": cost.macs, "bops": cost.bops, "estimate": {}}
    for reuse in reuses:
        est = estimate(convert(model_dir, HLSSettings(reuse=reuse), work / f"hls_r{reuse}").hls_model)
        pct = est.pct_of_part()
        row["estimate"][reuse] = {
            "source": est.source, "complete": est.complete, "latency_ns": est.latency_ns, "ii_cycles": est.ii_cycles,
            "lut": est.lut, "ff": est.ff, "dsp": est.dsp, "lut_pct": round(pct["lut"], 1),
            "ff_pct": round(pct["ff"], 1), "dsp_pct": round(pct["dsp"], 1),
        }
    return row


def csim_row(name: str, data: Path, work: Path, events: int) -> dict:
    if name == "transformer_8b":
        return {**run_model(name, data, work / "csim", events), "source": "measured:csim (this run)"}
    committed = json.loads((RESULTS_DIR / "csim.json").read_text())
    row = next((r for r in committed["results"] if r["model"] == name), None)
    return {**row, "source": "benchmarks/results/csim.json"} if row else {"source": "not measured"}


def markdown(rows: dict, meta: dict, reuse: int) -> str:
    signals = list(rows[MODELS[0]]["physics"]["quantized"])
    lines = [
        "# Transformer vs HVAE vs baselines (trigger path)\n",
        (f"`{meta['command']}` on {meta['machine']['cpu']} ({meta['machine']['cpu_count']} cores, "
         f"load {meta['machine']['load_average']}).\n"),
        "ROC AUC of the trigger score, quantized (float twin), per signal; TPR at FPR 1e-4 (quantized):\n",
        markdown_table(["model", *signals, *(f"TPR {s}" for s in signals)],
                       [[name, *(f"{q[s]['auc']:.3f} ({f[s]['auc']:.3f})" for s in signals),
                         *(f"{q[s]['tpr']:.5f}" for s in signals)]
                        for name, q, f in ((n, r["physics"]["quantized"], r["physics"]["float_twin"])
                                           for n, r in rows.items())]),
        "", f"Size (qonnx inference cost) and estimate:analytic on the VU9P at 200 MHz, reuse 1 / reuse {reuse}:\n",
        markdown_table(["model", "params", "MACs", "BOPs", "latency ns", "II", "LUT %", "FF %", "DSP %"],
                       [[name, h["params"], f"{h['macs']:.0f}", f"{h['bops']:.0f}",
                         *(f"{e1[k]:.0f} / {er[k]:.0f}" if k == "latency_ns" else f"{e1[k]} / {er[k]}"
                           for k in ("latency_ns", "ii_cycles", "lut_pct", "ff_pct", "dsp_pct"))]
                        for name, h, e1, er in ((n, r["hardware"], r["hardware"]["estimate"][1],
                                                 r["hardware"]["estimate"][reuse]) for n, r in rows.items())]),
        "", "C-simulation against the quantized Brevitas model:\n",
        markdown_table(["model", "events", "bit-exact", "worst diff (LSB)", "C-sim events/s", "source"],
                       [[name, c["events"], f"{100 * c['bit_exact_fraction']:.3f} %", c["max_abs_diff_lsb"],
                         f"{c['csim_events_per_s']:.0f}", c["source"]]
                        for name, c in ((n, r["csim"]) for n, r in rows.items()) if "events" in c]),
    ]
    return "\n".join(lines) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--reuse", type=int, default=4)
    args = parser.parse_args()

    from bead_fpga.data.generate import generate

    rows = {}
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        generate(work / "data", n_events=5 * args.events, seed=11, n_signal=args.events)
        for name in MODELS:
            rows[name] = {
                "physics": physics(name),
                "hardware": hardware(name, work / "data", work / "hw", (1, args.reuse)),
                "csim": csim_row(name, work / "data", work, args.events),
            }
    meta = {"command": command(), "machine": machine("hls4ml", "qonnx", "brevitas", "torch")}
    RESULTS_DIR.mkdir(exist_ok=True)
    (RESULTS_DIR / "transformer.json").write_text(json.dumps({**meta, "results": rows}, indent=2) + "\n")
    table = markdown(rows, meta, args.reuse)
    (RESULTS_DIR / "transformer.md").write_text(table)
    print(table)


if __name__ == "__main__":
    main()
