"""The one Markdown table writer: exact text on a small table, pipes escaped, short rows
padded and long rows refused."""

from __future__ import annotations

import pytest

from bead_fpga.markdown import markdown_table


def test_a_small_table_is_written_exactly() -> None:
    assert markdown_table(["model", "LUT"], [["hvae_8b", "54,446"], ["vae|8b", 3]]) == (
        "| model | LUT |\n| --- | --- |\n| hvae_8b | 54,446 |\n| vae\\|8b | 3 |")


def test_a_short_row_is_padded_and_a_long_one_refused() -> None:
    assert markdown_table(["a", "b"], [["x"]]).splitlines()[-1] == "| x |  |"
    with pytest.raises(ValueError, match="3 cells for 2 columns"):
        markdown_table(["a", "b"], [[1, 2, 3]])


def test_right_aligned_columns_get_the_colon_rule() -> None:
    assert markdown_table(["trigger", "bkg", "Ato4l"], [["hvae", 12, "0.5"]], right={1, 2}).splitlines()[1] == (
        "| --- | ---: | ---: |")
