"""The ``bead-fpga`` command line: parse options, call one stage function, print where the
outputs went. Every command is a thin wrapper over a function of the same name in the
package, so everything here is also callable from Python.

One module per area registers its commands on :data:`app` (``data``, ``train``, ``hls``,
``synth``, ``qonnx``, ``demo``); adding a command means adding or editing one of them.
"""

from __future__ import annotations

import sys

import typer

# imported in data-path order, which is the order `bead-fpga --help` lists them in
from bead_fpga.cli import data, train, hls, qonnx, synth, demo  # noqa: F401,I001  (register the commands)
from bead_fpga.cli.app import app
from bead_fpga.cli.common import _parse_quantize
from bead_fpga.errors import BeadError

__all__ = ["app", "main", "_parse_quantize"]


def main() -> None:
    """Console entry point: run the app, turning a BeadError into one line and exit code 2."""
    try:
        app()
    except BeadError as err:
        typer.echo(f"bead-fpga: error: {err}", err=True)
        sys.exit(err.exit_code)
