"""``bead-fpga emulator``: one model version as a shared library for the experiment's software."""

from __future__ import annotations

from pathlib import Path

import typer

from bead_fpga.cli.app import app


@app.command()
def emulator(
    model_dir: Path = typer.Argument(..., help="Model directory with an hls4ml project (hls4ml_config.yml, from convert or csim)."),
    version: str | None = typer.Option(None, "--version", help="Version name: the library's file name and C++ namespace (a C identifier). Default: the model name."),
    out: Path = typer.Option(Path("emulators"), "--out", help="Where <version>.so and its sources <version>/ go."),
    data: Path | None = typer.Option(None, "--data", help="ADC2021-layout data for the test vectors; default: the training data, else the built-in events."),
    events: int = typer.Option(10_000, "--events", help="Background test events in the test vectors the library is checked on."),
    seed: int | None = typer.Option(None, "--seed", help="Split seed; default: the training seed, so the events are unseen."),
) -> None:
    """Build the emulator library <version>.so from the firmware's hls4ml C++ and check it bit
    for bit against the quantized model. Exits 1 unless every event is identical."""
    from bead_fpga.defaults import evaluation_split
    from bead_fpga.emulator import build_emulator
    from bead_fpga.model_dir import ModelDir

    mdir = ModelDir(model_dir)
    mdir.config()  # a wrong directory fails before anything is written
    _, seed = evaluation_split(mdir, None, seed)
    result = build_emulator(mdir, out, version, data, events, seed)
    typer.echo(f"emulator {result['version']} of {result['model']}: {result['library']} (sources {result['sources']})\n"
               f"test vectors: {result['bit_exact_events']}/{result['events']} events bit-exact with the quantized model "
               f"(score LSB 2^-{result['frac_bits']}); check again from C++ with `make -C {result['sources']} check "
               f"LIBDIR={Path(result['library']).parent}`")
    if result["bit_exact_fraction"] < 1.0 or not result["float_equals_fixed"]:
        typer.echo(f"bead-fpga: error: {model_dir}: the emulator is not bit-exact "
                   f"(first mismatch: {(result['first_mismatches'] or ['float score differs'])[0]})", err=True)
        raise typer.Exit(1)


@app.command()
def handoff(
    model_dir: Path = typer.Argument(..., help="Model directory with an hls4ml project (hls4ml_config.yml, from convert or csim)."),
    data: Path | None = typer.Option(None, "--data", help="ADC2021-layout data for the test vectors; default: the training data, else the built-in events."),
    seed: int | None = typer.Option(None, "--seed", help="Split seed; default: the training seed, so the events are unseen."),
    out: Path = typer.Option(Path("firmware"), "--out", help="Where <model>/ goes."),
    projects: Path = typer.Option(Path("hls_projects"), "--projects", help="Where the hls4ml and RTL projects are (re)generated."),
) -> None:
    """Write the firmware hand-off <out>/<model>/ (hls/, rtl/, emulator/, tb_data/, README) without
    compiling: what `csim` writes after its C-simulation, for a model already proven exact."""
    from bead_fpga.defaults import data_for, evaluation_split
    from bead_fpga.firmware import write_model_handoff
    from bead_fpga.model_dir import ModelDir

    mdir = ModelDir(model_dir)
    mdir.config()  # a wrong directory fails before anything is written
    _, seed = evaluation_split(mdir, None, seed)
    folder = write_model_handoff(mdir.path, data or data_for(mdir, say=typer.echo), seed, projects_root=projects,
                                 firmware_root=out)
    typer.echo(f"hand-off: {folder} ({', '.join(sorted(p.name for p in folder.iterdir()))})")
