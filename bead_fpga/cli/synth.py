"""``bead-fpga synth|report``: hardware figures, each with its source."""

from __future__ import annotations

from pathlib import Path

import typer

from bead_fpga.cli.app import app
from bead_fpga.cli.common import BackendOpt, ClockOpt, PartOpt, ProjectsOpt, ReuseOpt, _settings

@app.command()
def synth(
    model_dir: Path | None = typer.Argument(None, help="Trained model directory (exported to QONNX first if needed); default: the most recently trained model, else the committed reference HVAE."),
    part: str = PartOpt, clock: float = ClockOpt, reuse: int = ReuseOpt, backend: str = BackendOpt,
    vsynth: bool = typer.Option(False, "--vsynth", help="Also run Vivado logic synthesis (needs `vivado` on PATH)."),
    projects: Path = ProjectsOpt,
) -> None:
    """Write the ready-to-run HLS project; synthesize it where Vitis/Vivado HLS are on PATH,
    otherwise print the command for a machine that has them. Estimates and FLOPs/BOPs either
    way; writes MODEL_DIR/synth.json and the report (report.md/.json/.png)."""
    from rich.console import Console

    from bead_fpga.report import summary_table, write_report
    from bead_fpga.synth.run import synth as run_synth

    from bead_fpga.defaults import default_model_dir
    from bead_fpga.pipeline import ensure_exported

    console = Console()
    settings = _settings(backend, part, clock, reuse)  # an unknown part fails before any model is loaded
    if model_dir is None:
        model_dir, why = default_model_dir()
        typer.echo(f"synth: {model_dir} ({why}) on {settings.full_part}")
    ensure_exported(model_dir, say=typer.echo)
    result = run_synth(model_dir, settings, vsynth=vsynth, projects_root=projects, console=console)
    md = write_report(model_dir, result)
    console.print(summary_table(model_dir))
    vendor = result["vendor"]
    if not vendor["ran"]:
        console.print(f"[bold]No vendor tools here[/] (missing: {', '.join(vendor['missing_tools'])}): the figures "
                      "above are estimates. On a machine with the tools run:")
        console.print(vendor["command"], markup=False, highlight=False, soft_wrap=True)
    console.print(result["estimates"]["rule4ml"]["message"], markup=False)
    typer.echo(f"project: {result['project_dir']}\nreport: {md}")


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
