"""One error type for everything a user can get wrong.

Trigger groups run bead-fpga on files and models we have never seen; when an input is bad
they need one line that names the file, says what is wrong and what to do, not a traceback.
Every stage raises :class:`BeadError` for bad input; the CLI prints ``str(err)`` and exits 2.
"""

from __future__ import annotations

from pathlib import Path


class BeadError(Exception):
    """A user-facing error: ``<where>: <what is wrong>[; <what to do>]``."""

    exit_code = 2

    def __init__(self, where: str | Path, what: str, fix: str | None = None) -> None:
        self.where = str(where)
        self.what = what
        self.fix = fix
        super().__init__(self.__str__())

    def __str__(self) -> str:
        line = f"{self.where}: {self.what}"
        return f"{line}; {self.fix}" if self.fix else line
