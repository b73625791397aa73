"""The ``bead-fpga`` command line: parse options, call one stage function, print where the
outputs went. Every command is a thin wrapper over one public function of the package
(``train`` -> :func:`bead_fpga.train.run_training`, ``csim`` -> :func:`bead_fpga.csim.csim`,
``csim-qonnx`` -> :func:`bead_fpga.qonnx_check.csim_qonnx`, ``trace`` ->
:func:`bead_fpga.model_trace.trace_model`, ``emulator`` -> :func:`bead_fpga.emulator.build_emulator`,
...), so everything here is also callable from Python. Option defaults are read from the
settings they set (:class:`~bead_fpga.train_settings.TrainSettings`, :mod:`bead_fpga.target`),
never written twice.

One module per area registers its commands on :data:`app` (``data``, ``train``, ``rate``, ``hls``,
``emulator``, ``qonnx``, ``synth``, ``demo``, ``scan``); adding a command means adding or
editing one of them.
"""

from __future__ import annotations

import os
import sys

import typer

# imported in data-path order, which is the order `bead-fpga --help` lists them in
from bead_fpga.cli import data, train, rate, hls, emulator, qonnx, synth, demo  # noqa: F401,I001  (register the commands)
from bead_fpga.cli import scan  # noqa: F401,I001  (after the single-model stages it repeats)
from bead_fpga.cli.app import app
from bead_fpga.cli.common import _parse_quantize
from bead_fpga.errors import BeadError

__all__ = ["app", "main", "_parse_quantize"]


#: Set to see the Python traceback of an unexpected error (for bug reports).
DEBUG_ENV = "BEAD_FPGA_DEBUG"


def _one_line(text: str) -> str:
    return " ".join(str(text).split())


def main(argv: list[str] | None = None) -> None:
    """Console entry point. Whatever goes wrong ends in one line on stderr, never a traceback:
    bad input or a usage mistake is ``bead-fpga: error: <where>: <what>; <fix>`` with exit
    code 2; an unexpected failure names its type and how to see the traceback, exit code 3.
    Exit code 1 is reserved for a check that ran and failed (e.g. not bit-exact)."""
    try:
        code = app(args=argv, prog_name="bead-fpga", standalone_mode=False)
    except BeadError as err:
        typer.echo(f"bead-fpga: error: {_one_line(err)}", err=True)
        sys.exit(err.exit_code)
    except typer.Abort:
        typer.echo("bead-fpga: interrupted", err=True)
        sys.exit(130)
    except typer.TyperException as err:  # a usage mistake: unknown command/option, missing argument
        ctx = getattr(err, "ctx", None)
        where = f"{ctx.command_path}: " if ctx is not None else ""
        what = _one_line(err.format_message()).rstrip(".")
        if what:  # empty when a command was called bare and its help was printed instead
            typer.echo(f"bead-fpga: error: {where}{what}; see --help", err=True)
        sys.exit(2)
    except Exception as err:  # noqa: BLE001 - the last line of defence against a traceback
        if os.environ.get(DEBUG_ENV):
            raise
        typer.echo(f"bead-fpga: internal error: {type(err).__name__}: {_one_line(err)[:300]} "
                   f"(set {DEBUG_ENV}=1 for the traceback and report it)", err=True)
        sys.exit(3)
    sys.exit(code if isinstance(code, int) else 0)
