"""The reference models' physics, from their ``metrics.json`` (``bead-fpga evaluate``), as one
Markdown table: ROC AUC per signal of the trigger score (what goes into firmware, each model's
own trigger kind) and of the software score (reconstruction error), quantized and float twin.

    python benchmarks/reference_physics.py > benchmarks/results/reference_physics.md
"""

from __future__ import annotations

import json
from pathlib import Path

from bead_fpga.markdown import markdown_table

MODELS = Path(__file__).resolve().parents[1] / "models"


def main() -> None:
    rows, signals = [], None
    for metrics_file in sorted(MODELS.glob("*/metrics.json")):
        metrics = json.loads(metrics_file.read_text())
        for variant, label in (("quantized", "8-bit"), ("float_twin", "float twin")):
            scores = metrics["variants"].get(variant, {}).get("scores", {})
            for score in ("trigger", "software"):
                aucs = {signal: fig["auc"] for signal, fig in scores.get(score, {}).items()}
                if aucs:
                    signals = signals or list(aucs)
                    trigger = json.loads((metrics_file.parent / "config.json").read_text())["trigger"]
                    rows.append((metrics_file.parent.name, label, f"{score} ({trigger})" if score == "trigger" else score, aucs))
        n_background = metrics["n_background"]
    print(f"ROC AUC on {n_background:,} background test events and the signal files "
          "(`bead-fpga evaluate`, data from `models/train_reference.sh`).\n")
    print(markdown_table(["model", "variant", "score", *signals],
                         [[name, label, score, *(f"{aucs[s]:.3f}" for s in signals)] for name, label, score, aucs in rows]))


if __name__ == "__main__":
    main()
