"""``bead-fpga scan``: a design-space scan on Ray, and ``--report`` for its Pareto front."""

from __future__ import annotations

from pathlib import Path

import typer

from bead_fpga.cli.app import app
from bead_fpga.errors import BeadError


@app.command()
def scan(
    spec: Path | None = typer.Argument(None, help="Scan file (YAML: data, settings, axes, stages); see bead_fpga/scan/spec.py."),
    out: Path | None = typer.Option(None, "--out", help="Scan directory: points/<key>/, results.csv/json, front.*. Rerun the same command to resume."),
    address: str | None = typer.Option(None, "--address", help="Ray cluster to run on (e.g. head-node:6379 or 'auto'); default: a local Ray instance."),
    workers: int | None = typer.Option(None, "--workers", help="Points run at once (default: CPUs / threads per point)."),
    only: list[str] | None = typer.Option(None, "--only", help="Run only the point(s) whose key starts with this (repeatable)."),
    retry_failed: bool = typer.Option(False, "--retry-failed", help="Run failed points again (by default a failure is a result)."),
    report: Path | None = typer.Option(None, "--report", help="Write the Pareto front of this scan directory (front.png, front.md, front.json) and stop."),
    physics: str | None = typer.Option(None, "--physics", help="Physics column to maximise (e.g. op_tpr_mean, op_tpr_Ato4l, auc_mean); default: op_tpr_mean (TPR at FPR 1e-5) when the scan ran the rate stage, else auc_mean."),
    cost: list[str] | None = typer.Option(None, "--cost", help="Cost column(s) to minimise, one front each (default: latency_ns and lut)."),
) -> None:
    """Run every point of SPEC (train -> evaluate -> export -> csim -> synth) as Ray tasks,
    skipping finished points; or, with --report DIR, write the Pareto front of a scan."""
    from bead_fpga.scan.front import DEFAULT_COSTS, write_front

    if report is not None:
        paths = write_front(report, physics=physics, costs=tuple(cost or DEFAULT_COSTS))
        typer.echo((paths["md"]).read_text())
        typer.echo("\n".join(f"{kind}: {path}" for kind, path in paths.items()))
        return
    if spec is None or out is None:
        raise BeadError("scan", "needs a scan file and --out DIR (or --report DIR)",
                        "e.g. `bead-fpga scan benchmarks/scan_bits_size.yaml --out runs/scan`")
    _run(spec, out, address, workers, only or [], retry_failed)


def _run(spec_path: Path, out: Path, address: str | None, workers: int | None, only: list[str], retry_failed: bool) -> None:
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    from bead_fpga.scan.run import run_scan, select_points
    from bead_fpga.scan.spec import load_spec

    spec = load_spec(spec_path)
    if workers is not None and workers < 1:
        raise BeadError("--workers", f"must be >= 1, got {workers}")
    console = Console()
    with Progress(TextColumn("scan"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(), console=console) as bar:
        task = bar.add_task("scan", total=len(select_points(spec.points(), only, str(spec_path))))

        def on_result(result: dict, done: int, total: int) -> None:
            bar.update(task, completed=done, total=total)
            figures = result.get("physics", {}), result.get("hardware", {})
            auc = figures[0].get("auc") or {}
            what = (f"AUC {sum(auc.values()) / len(auc):.3f}  " if auc else "") + (
                f"{figures[1].get('latency_ns', '-')} ns  {figures[1].get('lut', '-')} LUT" if figures[1] else "")
            line = what if result["status"] == "ok" else f"[red]failed[/] at {result.get('failed_stage')}: {result.get('error')}"
            bar.console.print(f"{result['key']}  {line}", highlight=False)

        try:
            summary = run_scan(spec, out, address=address, workers=workers, retry_failed=retry_failed, only=only,
                               on_result=on_result)
        except KeyboardInterrupt:
            console.print(f"interrupted: finished points are kept in {out}/points; run the same command again to resume")
            raise typer.Exit(130) from None
    rate = f", {summary.points_per_hour:.0f} points/hour on {summary.workers} workers" if summary.points_per_hour else ""
    stale = f", {summary.stale} of them again because a default they use has moved" if summary.stale else ""
    typer.echo(f"{summary.points} points: {summary.already_done} already done, {summary.ran} run{stale} "
               f"({summary.ok} ok, {summary.failed} failed) in {summary.seconds:.0f} s{rate}")
    typer.echo(f"table: {summary.table}\nfront: bead-fpga scan --report {out}")
