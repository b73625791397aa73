"""The part table: data-sheet totals, and every way users and tools name a part."""

from __future__ import annotations

import pytest

from bead_fpga.errors import BeadError
from bead_fpga.target import PARTS, Part, resolve_part


def test_vu9p_totals_match_the_design_notes() -> None:
    vu9p = resolve_part("xcvu9p-flga2104-2L-e")
    assert (vu9p.lut, vu9p.ff, vu9p.dsp, vu9p.bram36, vu9p.bram18, vu9p.uram) == (
        1_182_240,
        2_364_480,
        6_840,
        2_160,
        4_320,
        960,
    )
    assert vu9p.family == "virtexuplus"


@pytest.mark.parametrize(
    ("given", "alias", "totals"),
    [
        ("VU13P", "VU13P", (1_728_000, 3_456_000, 12_288, 2_688, 1_280)),
        ("ku15p", "KU15P", (522_720, 1_045_440, 1_968, 984, 128)),
        ("vx690t", "VX690T", (433_200, 866_400, 3_600, 1_470, 0)),
        ("zu9eg", "ZU9EG", (274_080, 548_160, 2_520, 912, 0)),
        ("z7020", "Z7020", (53_200, 106_400, 220, 140, 0)),
    ],
)
def test_data_sheet_totals(given: str, alias: str, totals: tuple[int, ...]) -> None:
    part = resolve_part(given)
    assert part.alias == alias
    assert (part.lut, part.ff, part.dsp, part.bram36, part.uram) == totals


@pytest.mark.parametrize("part", PARTS, ids=lambda p: p.alias)
def test_bram18_is_twice_bram36(part: Part) -> None:
    assert part.bram18 == 2 * part.bram36


@pytest.mark.parametrize("part", PARTS, ids=lambda p: p.alias)
def test_every_spelling_of_a_part_resolves_to_it(part: Part) -> None:
    for spelling in (part.alias, part.alias.lower(), part.device, part.device.upper(), part.name, part.name.upper()):
        assert resolve_part(spelling) == part, spelling


@pytest.mark.parametrize(
    ("given", "alias"),
    [
        ("xcvu9p-flgb2104-2-i", "VU9P"),  # other package and speed grade
        ("XCVU9P-FSGD2104-2-E", "VU9P"),
        ("xczu9egffvb1156-2", "ZU9EG"),  # report_utilization spells it without the dash
        ("xc7z020-clg400-1", "Z7020"),  # HLS spells it with one
        ("xc7vx690tffg1761-3", "VX690T"),
        ("vu13p-fhga2104-3-e", "VU13P"),  # without the "xc"
    ],
)
def test_full_names_match_by_device_and_keep_the_given_name(given: str, alias: str) -> None:
    part = resolve_part(given)
    canonical = next(p for p in PARTS if p.alias == alias)
    assert part.alias == alias
    assert part.name.lower() == (given if given.lower().startswith("xc") else "xc" + given).lower()
    assert (part.lut, part.ff, part.dsp, part.bram36, part.uram) == (
        canonical.lut,
        canonical.ff,
        canonical.dsp,
        canonical.bram36,
        canonical.uram,
    )


def test_z_7020_with_a_dash_is_an_alias() -> None:
    assert resolve_part("Z-7020").alias == "Z7020"


@pytest.mark.parametrize("given", ["xcvu37p-fsvh2892-2L-e", "artix", ""])
def test_unknown_part_lists_the_known_ones(given: str) -> None:
    with pytest.raises(BeadError) as err:
        resolve_part(given)
    message = str(err.value)
    assert "unknown FPGA part" in message
    for part in PARTS:
        assert part.alias in message and part.name in message
