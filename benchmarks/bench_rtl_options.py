"""The default trigger's RTL under the open flow's options: clock (and the stage depth it
chooses), alkaid's adder-depth limit (``--depth-slack``), DSP or LUT products (``--no-dsp``),
with Yosys counts and ``estimate:timing`` per option, and the AXOL1TL anchor beside them.

    python benchmarks/bench_rtl_options.py [--model hvae_8b] [--events 200000] [--name rtl_options] \\
        [--option default:clock=5] [--option nodsp:clock=5,dsp=0] [--option 40mhz:clock=25,slack=0] ...

An option is ``label:key=value,...`` with keys ``clock`` (ns), ``levels`` (adder levels per
stage; left out, the clock chooses), ``slack`` (alkaid ``hard_dc``; left out, no limit),
``dsp`` (0 or 1) and ``stage_ns`` (measured stage delays separated by ``/``: the pipeline
re-cut to equal time, ``--stage-ns``). Per option: the trace, alkaid's own count, the Verilog, Yosys
``synth_xilinx -family xcup`` (``-nodsp`` with ``dsp=0``) and the timing estimate on its
netlist; bit-exactness of the traced logic against Brevitas on ``--events`` background test
events of ``data/reference`` through alkaid's C++ interpreter of the logic the Verilog is
written from (Verilator on the Verilog itself: ``bead-fpga csim --engine rtl``, and
``bench_rtl.py`` on 1M events). Each option's row is appended to
``results/<name>.json`` as it finishes (Yosys takes minutes per option on two cores), and
``results/<name>.md`` is rewritten from all rows (runs of different options may go in
parallel: each rereads the file before it adds its row).
"""

from __future__ import annotations

import argparse
import json
import shutil
import tempfile
import time
from pathlib import Path

from common import RESULTS_DIR, command, machine

REPO = Path(__file__).resolve().parents[1]
#: CMS's deployed AXOL1TL v5 (hls4ml + distributed arithmetic), the anchor the issue names.
ANCHOR = {"label": "CMS AXOL1TL v5 (anchor)", "clock_ns": 25.0, "stages": "<= 2", "latency_ns": "<= 50",
          "lut": "~5 % of its board", "dsp": 0, "source": "issue #22 (deployed design, public talks)"}
KEYS = {"clock": ("clock_ns", float), "levels": ("levels_per_stage", float), "slack": ("depth_slack", int),
        "dsp": ("dsp", lambda v: bool(int(v))), "stage_ns": ("stage_ns", lambda v: tuple(float(ns) for ns in v.split("/")))}


def parse_option(text: str) -> tuple[str, dict]:
    """``label:clock=25,slack=0`` -> (``label``, RTLSettings keyword arguments)."""
    label, _, spec = text.partition(":")
    kwargs = {}
    for item in filter(None, spec.split(",")):
        key, _, value = item.partition("=")
        if key not in KEYS:
            raise SystemExit(f"--option {text}: unknown key {key!r} (use {', '.join(KEYS)})")
        name, cast = KEYS[key]
        kwargs[name] = cast(value)
    return label, kwargs


def run_option(model: str, label: str, kwargs: dict, events: int, work: Path) -> dict:
    """Trace, count, synthesize and time one option; check its logic on ``events`` events."""
    from bead_fpga.compare import compare_integers
    from bead_fpga.defaults import unseen_events
    from bead_fpga.models import brevitas_scores
    from bead_fpga.model_dir import ModelDir
    from bead_fpga.rtl import yosys
    from bead_fpga.rtl.project import RTLSettings, rtl_project
    from bead_fpga.rtl.timing import timing_estimate

    model_dir = ModelDir(REPO / "models" / model)
    settings = RTLSettings(part="xcvu9p", **kwargs)
    start = time.perf_counter()
    project = rtl_project(model_dir.qonnx_file(), settings, work / label, model)
    trace_s = time.perf_counter() - start
    net, transform, _ = model_dir.load()
    x = transform.apply(unseen_events(model_dir, REPO / "data" / "reference", events, 0))
    exact = compare_integers(brevitas_scores(net, x), project.traced.predict(x), project.traced.output_lsb)
    src = project.write()
    start = time.perf_counter()
    counts = yosys.synthesize(src, project.name, project.dir / "yosys", dsp=settings.dsp)
    yosys_s = time.perf_counter() - start
    stages = project.pipeline_stages
    timing = timing_estimate(project.dir / "yosys" / yosys.NETLIST_FILE, settings.clock_ns, stages)
    return {
        "label": label, "model": model, "settings": settings.to_dict(), "stages": stages,
        "latency_ns": timing["latency_ns"], "adder_levels": project.traced.adder_levels,
        "alkaid": project.alkaid_estimate(), "bit_exact": {k: exact[k] for k in ("events", "bit_exact_fraction")},
        "yosys": {k: counts[k] for k in ("lut", "lut_as_srl", "ff", "dsp", "carry", "source")},
        "yosys_s": round(yosys_s, 1), "trace_s": round(trace_s, 1),
        "timing": {k: v for k, v in timing.items() if k != "stages"}, "timing_stages": timing["stages"],
    }


def markdown(meta: dict, rows: list[dict]) -> str:
    m = meta["machine"]
    models = ", ".join(dict.fromkeys(r["model"] for r in rows)) or meta["model"]
    lines = [f"# {models} in RTL under the open flow's options\n",
             f"On {m['cpu']} ({m['cpu_count']} cores); alkaid "
             f"{m['alkaid']}, {rows[0]['yosys']['source'] if rows else ''}. VU9P. LUT = Yosys LUT + SRL; "
             "Fmax and meets: `estimate:timing`; bit-exact: alkaid's interpreter of the traced logic vs Brevitas.\n",
             ("| model | option | clock ns | levels/stage | depth slack | DSP | stages | latency ns | adder levels | "
              "LUT (Yosys) | FF | DSP (Yosys) | alkaid LUT | Fmax est. MHz | meets clock | bit-exact |"),
             "| --- " * 16 + "|"]
    for r in rows:
        s, y, t = r["settings"], r["yosys"], r["timing"]
        slack = "-" if s["depth_slack"] is None else s["depth_slack"]
        lines.append(
            f"| {r['model']} | {r['label']} | {s['clock_ns']:g} | {s['levels_per_stage']:g} | {slack} | {'yes' if s['dsp'] else 'no'} | "
            f"{r['stages']} | {r['latency_ns']:g} | {r['adder_levels']:.1f} | {y['lut'] + y['lut_as_srl']:,} | "
            f"{y['ff']:,} | {y['dsp']} | {r['alkaid']['lut']:,} | {t['fmax_mhz']} | {'yes' if t['meets_clock'] else 'no'} | "
            f"{100 * r['bit_exact']['bit_exact_fraction']:.3f} % of {r['bit_exact']['events']:,} |")
    a = ANCHOR
    lines.append(f"| {a['label']} | - | {a['clock_ns']:g} | - | - | no | {a['stages']} | {a['latency_ns']} | - | {a['lut']} | "
                 f"- | {a['dsp']} | - | - | - | - |")
    lines += ["", "Each option's command and the load when it finished:", ""]
    lines += [f"- {r['model']} {r['label']}: `{r['command']}` (load {r['load_average']}, Yosys {r['yosys_s']} s)" for r in rows]
    return "\n".join(lines) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", default="hvae_8b")
    parser.add_argument("--events", type=int, default=200_000)
    parser.add_argument("--name", default="rtl_options", help="results/<name>.json and .md")
    parser.add_argument("--option", action="append", default=[], help="label:clock=5,levels=4,slack=0,dsp=0")
    args = parser.parse_args()
    options = [parse_option(o) for o in args.option or ["default:clock=5"]]
    from bead_fpga.io import write_json

    out = RESULTS_DIR / f"{args.name}.json"
    meta = {"model": args.model, "command": command(), "machine": machine("alkaid", "qonnx", "brevitas", "torch"),
            "anchor": ANCHOR}
    with tempfile.TemporaryDirectory() as tmp:
        for label, kwargs in options:
            row = {**run_option(args.model, label, kwargs, args.events, Path(tmp)), "command": meta["command"],
                   "load_average": machine()["load_average"]}
            print(json.dumps({k: row[k] for k in ("label", "stages", "latency_ns", "yosys", "timing")}), flush=True)
            saved = json.loads(out.read_text()) if out.is_file() else {"rows": []}  # other runs may have added rows
            rows = [r for r in saved["rows"] if (r["model"], r["label"]) != (args.model, label)] + [row]
            saved = {**meta, "rows": rows}
            write_json(out, saved)
            (RESULTS_DIR / f"{args.name}.md").write_text(markdown(saved, rows))
            shutil.rmtree(Path(tmp) / label, ignore_errors=True)


if __name__ == "__main__":
    main()
