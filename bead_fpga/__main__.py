"""``python -m bead_fpga``: the same as the ``bead-fpga`` command."""

from bead_fpga.cli import main

main()
