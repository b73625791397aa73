"""``bead-fpga data generate|inspect``: write ADC2021-layout files and look at them."""

from __future__ import annotations

from pathlib import Path

import typer

from bead_fpga.cli.app import data_app
from bead_fpga.data import DEFAULT_EVENTS


@data_app.command("generate")
def data_generate(
    out: Path = typer.Option(..., "--out", help="Directory to write into (created if missing); the files get their real ADC2021 names."),
    events: int = typer.Option(DEFAULT_EVENTS, "--events", help="Background events (background_for_training.h5); ~1M take under a minute."),
    seed: int = typer.Option(0, "--seed", help="Random seed (>= 0); the same seed writes byte-identical events."),
    signal_events: int | None = typer.Option(
        None, "--signal-events", help="Events per signal file (Ato4l, leptoquark, hToTauTau, hChToTauNu); default events/10, 0 = background only."
    ),
) -> None:
    """Write a simulated background cocktail and the four ADC2021 signals in the real file layout."""
    from bead_fpga.cli.tables import print_table
    from bead_fpga.data.adc2021 import validate
    from bead_fpga.data.generate import generate

    written = generate(out, n_events=events, seed=seed, n_signal=signal_events)
    rows = [[name, path.name, f"{validate(path):,}", f"{path.stat().st_size / 1e6:.1f}"] for name, path in written.items()]
    print_table(f"ADC2021-layout files in {out} (seed {seed})", ["sample", "file", "events", "MB"], rows, text_columns=2)


@data_app.command("inspect")
def data_inspect(
    files: list[Path] = typer.Argument(..., help="One or more ADC2021-layout .h5 files (background and/or signals)."),
    png: Path | None = typer.Option(None, "--png", help="Write control plots here (lepton pT, MET, jet multiplicity, leading-jet eta; signals over background)."),
    max_events: int = typer.Option(500_000, "--max-events", help="Read at most this many events per file (memory stays one chunk whatever the size)."),
) -> None:
    """Summarise ADC2021-layout files: object multiplicities, value ranges, lepton-filter fraction."""
    from bead_fpga.cli.tables import print_table
    from bead_fpga.data.inspect import inspect

    summaries = inspect(files, out_png=png, max_events=max_events)
    rows = []
    for s in summaries.values():
        mult = s["multiplicity"]
        pt_max = {k: (r["pt"]["max"] if r["pt"] else 0.0) for k, r in s["ranges"].items()}
        read = f"{s['events_read']:,}" + ("" if s["events_read"] == s["events"] else f" of {s['events']:,}")
        rows.append([s["label"], read, *(f"{mult[k]['mean']:.2f}/{mult[k]['max']}" for k in ("egamma", "muon", "jet")),
                     f"{pt_max['MET']:.0f}", f"{max(pt_max['egamma'], pt_max['muon']):.0f}",
                     f"{100 * s['lepton_filter_fraction']:.1f}%"])
    print_table("ADC2021-layout inputs: objects per event (mean/max), largest pT (GeV), lepton-filter pass rate",
                ["sample", "events", "e/gamma", "muons", "jets", "MET", "lepton", "filter"], rows)
    if png is not None:
        typer.echo(f"plots: {png}")
