"""``bead-fpga synth|report|read-reports``: hardware figures, each with its source."""

from __future__ import annotations

import json
from pathlib import Path

import typer

from bead_fpga.cli.app import app
from bead_fpga.cli.common import BackendOpt, ClockOpt, PartOpt, ProjectsOpt, ReuseOpt, _settings
from bead_fpga.cli.common import DepthSlackOpt, LevelsOpt, NoDspOpt, StageNsOpt, _rtl_choices


@app.command()
def synth(
    model_dir: Path | None = typer.Argument(None, help="Trained model directory (exported to QONNX first if needed); default: the most recently trained model, else the committed reference HVAE."),
    part: str = PartOpt, clock: float = ClockOpt, reuse: int = ReuseOpt, backend: str = BackendOpt,
    flow: str = typer.Option(None, "--flow", help="How the project becomes hardware figures: vitis, vivado, open, "
                             "imported (default: the --backend's vendor flow; imported with --reports)."),
    reports: Path = typer.Option(None, "--reports", help="Attach the reports of a Vivado/Vitis build made elsewhere: "
                                 "its hls4ml project directory, or a folder of *_csynth.rpt/.xml, report_utilization "
                                 "and report_timing_summary outputs. With --flow open: the report_timing_summary "
                                 "of a Vivado run on the RTL, shown beside the timing estimate."),
    vsynth: bool = typer.Option(False, "--vsynth", help="Also run Vivado logic synthesis (needs `vivado` on PATH)."),
    projects: Path = ProjectsOpt,
    levels: float = LevelsOpt, depth_slack: int = DepthSlackOpt, no_dsp: bool = NoDspOpt, stage_ns: str = StageNsOpt,
) -> None:
    """Write the ready-to-run HLS project and get its hardware figures from a flow: the vendor
    build where Vitis/Vivado HLS are on PATH (otherwise the command for a machine that has
    them), or reports brought back from one (--reports). Estimates and FLOPs/BOPs either way;
    writes MODEL_DIR/synth.json and the report (report.md/.json/.png)."""
    from rich.console import Console

    from bead_fpga.defaults import default_model_dir
    from bead_fpga.model_dir import ModelDir
    from bead_fpga.pipeline import ensure_exported
    from bead_fpga.report import summary_table, write_report
    from bead_fpga.synth.flows.base import shell_path
    from bead_fpga.synth.run import synth as run_synth

    console = Console()
    settings = _settings(backend, part, clock, reuse)  # an unknown part fails before any model is loaded
    if model_dir is None:
        model_dir, why = default_model_dir()
        typer.echo(f"synth: {model_dir} ({why}) on {settings.full_part}")
    ensure_exported(model_dir, say=typer.echo)
    result = run_synth(model_dir, settings, vsynth=vsynth, projects_root=projects, console=console, flow=flow,
                       reports=reports, rtl=_rtl_choices(levels, depth_slack, no_dsp, stage_ns))
    md = write_report(model_dir, result)
    console.print(summary_table(model_dir))
    console.print(result["flow"]["summary"], markup=False, highlight=False, soft_wrap=True)
    console.print(result["estimates"]["rule4ml"]["message"], markup=False)
    typer.echo(f"project: {shell_path(ModelDir(model_dir).resolve(result['project_dir']))}\nreport: {md}")


@app.command("read-reports")
def read_reports(
    folder: Path = typer.Argument(..., help="An hls4ml project after a vendor build, or a folder of copied reports."),
    top: str = typer.Option(None, "--top", help="Top function, where the folder holds csynth reports of several."),
    as_json: bool = typer.Option(False, "--json", help="Print everything read as JSON instead of a table."),
) -> None:
    """Print what the vendor reports in FOLDER say (no model needed): latency, II, resources,
    timing, each figure with the tool and version that wrote it.

    Figures: latency_cycles, latency_ns, ii_cycles (worst case);
    lut, ff, dsp, bram18 (18 Kb), uram, carry;
    clock_target_ns, clock_estimated_ns (HLS), clock_achieved_ns (period - WNS), fmax_mhz;
    wns_ns, tns_ns (setup slack), whs_ns, ths_ns (hold slack)."""
    from rich import box
    from rich.console import Console
    from rich.table import Table

    from bead_fpga.synth.reports.report_set import read_report_folder

    found = read_report_folder(folder, top=top)
    figures = found.figures()
    if as_json:
        typer.echo(json.dumps(found.to_dict() | {"figures": {k: f.to_dict() for k, f in figures.items()}}, indent=2))
        return
    console = Console()
    table = Table(title=f"{folder} ({found.layout})", caption="figure names and units: `read-reports --help`",
                  box=box.SIMPLE_HEAD)
    for name in ("figure", "value", "source"):
        table.add_column(name, no_wrap=True)
    table.add_column("note", overflow="fold")
    for key, fig in figures.items():
        table.add_row(key, f"{int(fig.value):,}" if float(fig.value).is_integer() else f"{fig.value:g}", fig.source,
                      fig.note or "")
    console.print(table)
    for role, path in found.files.items():
        typer.echo(f"{role}: {path}")


@app.command()
def report(
    model_dirs: list[Path] = typer.Argument(..., help="Model directories that have been through `bead-fpga synth`."),
    out: Path = typer.Option(None, "--out", help="Also write the comparison as a Markdown table to this file."),
) -> None:
    """Rewrite each model's report and show one table comparing the models."""
    from rich.console import Console

    from bead_fpga.io import atomic_path
    from bead_fpga.report import compare, compare_table, write_report

    for model_dir in model_dirs:
        write_report(model_dir)
    Console().print(compare_table(model_dirs))
    if out is not None:
        with atomic_path(out) as tmp:
            tmp.write_text(compare(model_dirs))
        typer.echo(f"comparison: {out}")
