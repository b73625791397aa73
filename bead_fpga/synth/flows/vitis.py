"""The Vitis HLS flow: hls4ml's Vitis backend project, built by Vitis HLS (+ Vivado).

hls4ml 1.3 starts the build with ``vitis-run --tcl build_prj.tcl --mode hls`` (Vitis 2024.1
and later); older Vitis HLS runs the same Tcl with ``vitis_hls -f``. Either way the switches
are read from ``build_opt.tcl``, written here exactly as hls4ml's Vitis backend writes it
before a build, so the command does the same build on another machine.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from bead_fpga.synth.flows.base import register
from bead_fpga.synth.flows.hls import HLSFlow


def write_build_options(project_dir: Path, options: dict[str, int]) -> Path:
    """``build_opt.tcl``: the ``opt`` array hls4ml's ``build_prj.tcl`` reads."""
    body = "array set opt {\n" + "".join(f"    {k:<10} {v}\n" for k, v in options.items()) + "}\n"
    path = Path(project_dir) / "build_opt.tcl"
    path.write_text(body)
    return path


@register
class VitisFlow(HLSFlow):
    name = "vitis"
    description = "Vitis HLS build"
    backend = "Vitis"

    def command(self, project_dir: Path, options: dict[str, int]) -> tuple[tuple[str, ...], str | None, str]:
        write_build_options(project_dir, options)
        run, hls = shutil.which("vitis-run"), shutil.which("vitis_hls")
        if run or not hls:
            return ("vitis-run", "--tcl", "build_prj.tcl", "--mode", "hls"), run, "vitis-run (or vitis_hls)"
        return ("vitis_hls", "-f", "build_prj.tcl"), hls, "vitis-run (or vitis_hls)"
