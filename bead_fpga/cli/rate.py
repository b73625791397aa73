"""``bead-fpga rate``: models and the classic L1 seeds at their operating point."""

from __future__ import annotations

from pathlib import Path

import typer

from bead_fpga.cli.app import app
from bead_fpga.defaults import EMULATOR_DIR
from bead_fpga.errors import BeadError
from bead_fpga.rate import COLLISION_RATE_MHZ, DEFAULT_RATES_KHZ


def _floats(values: list[str], option: str) -> list[float]:
    """Repeated and/or comma-separated numbers: ``--rate-khz 0.4,1,4`` or ``--rate-khz 0.4 --rate-khz 1``."""
    try:
        return [float(v) for value in values for v in value.split(",") if v.strip()]
    except ValueError:
        raise BeadError(option, f"expected numbers such as 0.4,1,4, got {' '.join(values)!r}") from None


def _short(x: float) -> str:
    """A percentage in at most six characters: ``0``, ``0.0065``, ``1e-05``, ``12``."""
    return "0" if x == 0 else f"{x:.0e}" if x < 1e-3 else f"{x:.2g}"


def _pct(eff: dict) -> str:
    """TPR in percent over its 95 % interval, on two lines."""
    lo, hi = eff["ci"]
    return f"{100 * eff['value']:.3g}\n{_short(100 * lo)}-{_short(100 * hi)}"


def _print_point(point: dict, signals: list[str]) -> None:
    from bead_fpga.cli.tables import print_table

    rows = [[f"{name}\ncut {p['threshold']:.6g}", f"{p['n_background_above']:,}", *(_pct(p["tpr"][s]) for s in signals)]
            for name, p in point["triggers"].items()]
    print_table(f"FPR {point['fpr']:.3g} = {point['rate_hz']:,.0f} Hz: TPR % (below: 95% CL); "
                f"at most {point['n_background_allowed']:,} background events may fire",
                ["trigger", "bkg fired", *signals], rows)
    for model, menu in point["menu"].items():
        rows = [[s, *(f"{100 * m[key]['value']:.3f}" for key in ("classic", "with_anomaly", "unique", "classic_equal_rate")),
                 f"{100 * m['gain']:+.3f}"] for s, m in menu["signals"].items()]
        print_table(f"menu + {model}: classic {menu['rate_hz_classic']:,.0f} Hz, with it {menu['rate_hz_with_anomaly']:,.0f} Hz, "
                    f"pure rate {menu['pure_rate_hz']:,.0f} Hz ({menu['n_background_pure']} events); efficiency %",
                    ["signal", "classic", "+ model", "unique", "classic at equal rate", "gain"], rows)


@app.command("rate")
def rate_cmd(
    model_dirs: list[Path] = typer.Argument(None, help="Trained model directories (default: the last trained, else the reference HVAE)."),
    data: Path | None = typer.Option(None, "--data", help="ADC2021-layout directory; FPR 1e-5 needs >= 100k background events, better 1M (`bead-fpga data generate --events 1000000 --seed 11 --out DIR`). Default: the first model's data."),
    rate_khz: list[str] = typer.Option([",".join(f"{r:g}" for r in DEFAULT_RATES_KHZ)], "--rate-khz", help="Rate budgets in kHz, comma-separated or repeated."),
    fpr: list[str] = typer.Option([], "--fpr", help="Extra operating points as background FPRs, comma-separated or repeated."),
    collision_rate_mhz: float = typer.Option(COLLISION_RATE_MHZ, "--collision-rate-mhz", help="Bunch-crossing rate that turns an FPR into a rate (40 = nominal LHC clock; ~30 = filled-bunch average)."),
    max_events: int = typer.Option(0, "--max-events", help="Read only the first N background events (0 = all)."),
    signal_events: int = typer.Option(0, "--signal-events", help="Read only the first N events of each signal file (0 = all)."),
    out: Path = typer.Option(Path("runs/rate"), "--out", help="Directory for rate.json and tpr_vs_rate.png."),
    plot: bool = typer.Option(True, "--plot/--no-plot", help="Draw TPR against rate, one panel per signal."),
    as_json: bool = typer.Option(False, "--json", help="Print rate.json instead of the tables."),
    threads: int = typer.Option(1, "--threads", help="torch CPU threads for scoring (these models are small: 1 is fastest on a busy machine); the emulator's threads with --engine emulator."),
    engine: str = typer.Option("brevitas", "--engine", help="brevitas: the quantized model in torch; emulator: each model's emulator library (the firmware's hls4ml C++ on the trigger's hardware units), built or reused in --emulator-dir."),
    emulator_dir: Path = typer.Option(EMULATOR_DIR, "--emulator-dir", help="Where --engine emulator finds or builds <model>_<fingerprint>.so."),
) -> None:
    """Thresholds from rate budgets; TPR per signal with its interval for each model and classic seed; what each model adds to the menu."""
    import json

    from bead_fpga.defaults import check_engine, data_for, default_model_dir
    from bead_fpga.model_dir import RATE_FILE, ModelDir
    from bead_fpga.rate import operating_fprs
    from bead_fpga.rate import rate as run_rate

    check_engine(engine)
    fprs = operating_fprs(_floats(rate_khz, "--rate-khz"), _floats(fpr, "--fpr"), collision_rate_mhz)
    for option, value, least in (("--max-events", max_events, 0), ("--signal-events", signal_events, 0), ("--threads", threads, 1)):
        if value < least:
            raise BeadError(option, f"must be >= {least}, got {value}")
    if not model_dirs:
        model_dirs = [default_model_dir()[0]]
    for d in model_dirs:
        ModelDir(d).config()  # a wrong directory fails before any event is read
    data = data or data_for(model_dirs[0], say=typer.echo)
    result = run_rate(model_dirs, data, fprs, collision_rate_mhz, max_events or None, signal_events or None, out, plot,
                      threads, engine, emulator_dir)
    if as_json:
        typer.echo(json.dumps(result, indent=2))
        return
    bkg = result["background"]
    typer.echo(f"background: {bkg['n_events']:,} events of {bkg['file']} ({bkg['n_training_excluded']:,} training events left out); "
               f"rates at {collision_rate_mhz:g} MHz; {result['threshold_rule']}")
    for point in result["operating_points"]:
        _print_point(point, list(result["signals"]))
    typer.echo(f"results: {out / RATE_FILE}" + (f"\nplot: {result['plot']}" if "plot" in result else ""))
