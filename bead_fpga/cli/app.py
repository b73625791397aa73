"""The typer application object that every command module registers on."""

from __future__ import annotations

import typer

app = typer.Typer(
    help="Anomaly-detection models for L1 triggers: ADC2021 data -> Brevitas QAT -> QONNX -> "
    "hls4ml -> bit-exact C-simulation -> hardware report.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
)
data_app = typer.Typer(help="Generate ADC2021-layout event files and inspect them.", no_args_is_help=True)
app.add_typer(data_app, name="data")
