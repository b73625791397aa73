"""The Vivado HLS flow: hls4ml's Vivado backend project, built by Vivado HLS (+ Vivado).

Vivado HLS (2020.1 and earlier) takes the build switches as one ``key=value ...`` argument
after the script, as hls4ml's Vivado backend passes them.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from bead_fpga.synth.flows.base import register
from bead_fpga.synth.flows.hls import HLSFlow


@register
class VivadoFlow(HLSFlow):
    name = "vivado"
    description = "Vivado HLS build"
    backend = "Vivado"

    def command(self, project_dir: Path, options: dict[str, int]) -> tuple[tuple[str, ...], str | None, str]:
        switches = " ".join(f"{k}={v}" for k, v in options.items())
        return ("vivado_hls", "-f", "build_prj.tcl", switches), shutil.which("vivado_hls"), "vivado_hls"
