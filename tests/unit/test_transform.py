"""The fixed-point input transform: fit rule, exact application, JSON round trip, C++ header."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import numpy as np
import pytest

from bead_fpga.data.adc2021 import FEATURE_NAMES
from bead_fpga.errors import BeadError
from bead_fpga.transform import HARDWARE_LSB_LOG2, InputTransform, fit_transform

NAMES = FEATURE_NAMES


def background_like(n: int = 4000, seed: int = 0) -> np.ndarray:
    """Heavy-tailed pT, bounded eta/phi, and a third of the slots empty (zeros)."""
    rng = np.random.default_rng(seed)
    x = np.empty((n, 57))
    x[:, 0::3] = 20.0 * rng.pareto(3.0, (n, 19)) + 3.0
    x[:, 1::3] = rng.uniform(-3.9, 3.9, (n, 19))
    x[:, 2::3] = rng.uniform(-np.pi, np.pi, (n, 19))
    x[:, 1] = 0.0  # MET eta
    empty = rng.random((n, 19)) < 0.3
    empty[:, 0] = False
    x.reshape(n, 19, 3)[empty] = 0.0
    x[:, 54:57] = 0.0  # jet10 never occupied
    return x.astype(np.float32)


def simple(shift: int = 3, offset: int = 0, w: int = 16, i: int = 6, n: int = 57) -> InputTransform:
    return InputTransform(w, i, (shift,) * n, (offset,) * n, NAMES[:n])


# --------------------------------------------------------------------------------------- fit


def test_fit_picks_the_smallest_shift_that_fits_half_the_range() -> None:
    x = background_like()
    t = fit_transform(x, input_bits=16, input_int_bits=6, coverage=0.999)
    half = 2.0 ** (6 - 2)
    for f, k in enumerate(t.shifts):
        occupied = np.abs(x[:, f][x[:, f] != 0].astype(np.float64))
        if occupied.size == 0:
            continue
        q = np.quantile(occupied, 0.999)
        assert q / 2.0**k <= half < q / 2.0 ** (k - 1), NAMES[f]  # fits, and one less would not
    assert t.offsets == (0,) * 57 and t.feature_names == NAMES
    assert t.frac_bits == 10 and t.lsb == 2.0**-10


def test_fit_on_known_values() -> None:
    x = np.zeros((1000, 57))
    x[:, 0] = 100.0  # ceil(log2 100) = 7 -> k = 7 - (6 - 2) = 3: 100/8 = 12.5 <= 16
    x[:, 3] = 64.0  # exactly a power of two: 64/4 = 16 fits, so k = 2 (not 3)
    x[:, 4] = 0.01  # small values need a negative shift: 2^-7 < 0.01 <= 2^-6 -> k = -10
    x[:, 5] = -3.0  # sign does not matter: |x|
    t = fit_transform(x, input_bits=16, input_int_bits=6)
    assert (t.shifts[0], t.shifts[3], t.shifts[4], t.shifts[5]) == (3, 2, -10, -2)
    # never occupied: the largest shift among the occupied features of the same quantity
    assert t.shifts[NAMES.index("jet10_pt")] == 3  # max(3, 2)
    assert t.shifts[NAMES.index("MET_eta")] == -10  # the only occupied eta is e1_eta
    assert t.shifts[NAMES.index("jet1_phi")] == -2  # the only occupied phi is e1_phi
    # a wider integer part means smaller shifts, one per extra bit
    assert fit_transform(x, input_bits=18, input_int_bits=8).shifts[0] == 1


def test_fit_is_invariant_to_padding_zeros() -> None:
    x = background_like()
    padded = np.concatenate([x, np.zeros((20_000, 57), np.float32)])
    assert fit_transform(padded).shifts == fit_transform(x).shifts


@pytest.mark.parametrize(
    "kwargs, message",
    [
        ({"x_background": np.zeros((10, 5))}, "shape"),
        ({"x_background": np.full((10, 57), np.nan)}, "NaN"),
        ({"x_background": np.zeros((10, 57)), "coverage": 0.0}, "coverage"),
        ({"x_background": np.zeros((10, 57)), "input_int_bits": 17}, "input_int_bits"),
    ],
)
def test_fit_rejects_bad_input(kwargs: dict, message: str) -> None:
    with pytest.raises(BeadError, match=message):
        fit_transform(**kwargs)


# ------------------------------------------------------------------------------------- apply


def test_apply_int_known_values_floor_offset() -> None:
    t = InputTransform(16, 6, (3,) * 57, (5,) + (0,) * 56, NAMES)
    x = np.zeros((3, 57))
    x[:, 0] = [5.3, 0.0, -1.0]
    x[:, 1] = [5.3, -5.3, 0.0]
    q = t.apply_int(x)
    assert q.dtype == np.int32
    assert q[:, 0].tolist() == [678 - 5, -5, -128 - 5]  # floor(5.3 * 2^7) = 678, minus offset
    assert q[:, 1].tolist() == [678, -679, 0]  # floor, not round-to-zero: -678.4 -> -679
    assert q[1, 2:].tolist() == [0] * 55  # empty slots stay exactly 0


def test_apply_saturates_instead_of_wrapping() -> None:
    t = simple(shift=0)
    sweep = np.linspace(-200.0, 200.0, 4001)
    x = np.zeros((len(sweep), 57))
    x[:, 0] = sweep
    q = t.apply_int(x)[:, 0]
    assert q.min() == -(2**15) and q.max() == 2**15 - 1
    assert np.all(np.diff(q) >= 0)  # monotonic: a wrap would jump down
    extreme = np.zeros((3, 57))
    extreme[:, 0] = [1e30, -np.inf, np.inf]
    assert t.apply_int(extreme)[:, 0].tolist() == [2**15 - 1, -(2**15), 2**15 - 1]


def test_apply_is_on_the_ap_fixed_grid() -> None:
    x = background_like(2000, seed=1)
    t = fit_transform(x, input_bits=12, input_int_bits=4)
    y = t.apply(x)
    assert y.dtype == np.float32
    steps = y.astype(np.float64) / t.lsb
    assert np.array_equal(steps, np.round(steps))
    assert np.array_equal(steps.astype(np.int64), t.apply_int(x))
    assert y.min() >= -(2.0 ** (4 - 1)) and y.max() <= 2.0 ** (4 - 1) - t.lsb
    # most values are represented, not saturated: only the tail beyond 2x the quantile clips
    assert np.mean(np.abs(t.apply_int(x)) == 2**11 - 1) < 0.002


def test_apply_rejects_nan_and_wrong_shape() -> None:
    t = simple()
    x = np.zeros((4, 57))
    x[2, 7] = np.nan
    with pytest.raises(BeadError, match="NaN in input row 2"):
        t.apply_int(x)
    with pytest.raises(BeadError, match=r"shape \(N, 57\)"):
        t.apply_int(np.zeros((4, 19, 3)))


# ---------------------------------------------------------------------------------- save/load


def test_save_load_round_trip_is_exact(tmp_path: Path) -> None:
    x = background_like(3000, seed=2)
    t = fit_transform(x)
    path = t.save(tmp_path / "model" / "transform.json")
    assert sorted(p.name for p in path.parent.iterdir()) == ["transform.json"]
    loaded = InputTransform.load(path)
    assert loaded == t
    fresh = background_like(3000, seed=3) * 3.7
    assert np.array_equal(loaded.apply_int(fresh), t.apply_int(fresh))
    assert np.array_equal(loaded.apply(fresh), t.apply(fresh))
    on_disk = json.loads(path.read_text())
    assert on_disk["shifts"] == list(t.shifts) and on_disk["input_bits"] == 16


def _corrupt(tmp_path: Path, **changes) -> Path:
    d = simple().to_dict()
    for key, value in changes.items():
        if value is None:
            del d[key]
        else:
            d[key] = value
    path = tmp_path / "transform.json"
    path.write_text(json.dumps(d))
    return path


@pytest.mark.parametrize(
    "changes, message",
    [
        ({"shifts": None}, "field 'shifts'"),
        ({"shifts": [1.5] * 57}, "field 'shifts'"),
        ({"offsets": [0] * 56}, "field 'offsets': 56 entries for 57"),
        ({"input_bits": "16"}, "field 'input_bits'"),
        ({"input_bits": 40}, "input_bits must be in 2..32"),
        ({"feature_names": [1, 2]}, "field 'feature_names'"),
        ({"version": 99}, "field 'version'"),
    ],
)
def test_load_names_the_bad_field(tmp_path: Path, changes: dict, message: str) -> None:
    path = _corrupt(tmp_path, **changes)
    with pytest.raises(BeadError) as err:
        InputTransform.load(path)
    assert str(err.value).startswith(f"{path}: ") and message in str(err.value)


def test_load_missing_or_not_json(tmp_path: Path) -> None:
    with pytest.raises(BeadError, match="file not found"):
        InputTransform.load(tmp_path / "none.json")
    (tmp_path / "bad.json").write_text("{shifts: ")
    with pytest.raises(BeadError, match="not valid JSON"):
        InputTransform.load(tmp_path / "bad.json")


# ------------------------------------------------------------------------------------ header


def test_header_lists_the_constants() -> None:
    t = fit_transform(background_like())
    h = t.to_cpp_header("my_map")
    assert "namespace my_map {" in h and "#ifndef MY_MAP_H_" in h
    assert f"constexpr int shift[N_FEATURES] = {{{', '.join(map(str, t.shifts))}}};" in h
    assert "typedef ap_fixed<INPUT_BITS, INPUT_INT_BITS> input_t;" in h and "constexpr int INPUT_BITS = 16;" in h
    hw = t.hardware_shifts()
    assert hw[0] == t.frac_bits - t.shifts[0] + HARDWARE_LSB_LOG2["pt"]
    assert hw[2] == t.frac_bits - t.shifts[2] + HARDWARE_LSB_LOG2["phi"]


def _ap_types() -> Path | None:
    try:
        import hls4ml
    except ImportError:
        return None
    path = Path(hls4ml.__file__).parent / "templates" / "vivado" / "ap_types"
    return path if (path / "ap_fixed.h").is_file() else None


NEEDS_GXX = pytest.mark.skipif(shutil.which("g++") is None or _ap_types() is None, reason="needs g++ and hls4ml's ap_types headers")


def run_header(t: InputTransform, hw: np.ndarray, tmp_path: Path) -> np.ndarray:
    """Compile ``t``'s header against the ap_types hls4ml ships and run it on the rows of
    hardware-unit integers ``hw``: the input integers the firmware computes."""
    (tmp_path / "t.h").write_text(t.to_cpp_header())
    (tmp_path / "main.cpp").write_text(
        '#include <cstdio>\n#include "t.h"\nusing namespace bead_input_transform;\n'
        "int main() { hw_t hw[N_FEATURES]; input_t x[N_FEATURES]; int v;\n"
        "  while (scanf(\"%d\", &v) == 1) { hw[0] = v; for (int f = 1; f < N_FEATURES; f++) { scanf(\"%d\", &v); hw[f] = v; }\n"
        "    apply(hw, x); for (int f = 0; f < N_FEATURES; f++) printf(\"%d \", (int)ap_int<INPUT_BITS>(x[f].range(INPUT_BITS - 1, 0)));\n"
        '    printf("\\n"); } }\n'
    )
    exe = tmp_path / "main"
    subprocess.run(["g++", "-O0", "-std=c++14", f"-I{_ap_types()}", f"-I{tmp_path}", str(tmp_path / "main.cpp"), "-o", str(exe)], check=True, capture_output=True)
    out = subprocess.run([str(exe)], input="\n".join(" ".join(map(str, row)) for row in hw), capture_output=True, text=True, check=True)
    return np.array([list(map(int, line.split())) for line in out.stdout.strip().splitlines()])


@NEEDS_GXX
def test_header_matches_apply_int_bit_for_bit(tmp_path: Path) -> None:
    """The firmware map must give the same integers as apply_int on hardware-unit integers,
    including negative values (floor) and saturation at both ends."""
    rng = np.random.default_rng(5)
    t = fit_transform(background_like(), input_bits=12, input_int_bits=5)
    t = InputTransform(t.input_bits, t.input_int_bits, t.shifts[:-3] + (-3, 4, 9), (0,) * 54 + (7, -3, 0), NAMES)
    lsb = np.array([2.0 ** HARDWARE_LSB_LOG2[name.rsplit("_", 1)[1]] for name in NAMES])
    hw = rng.integers(-2000, 2000, (64, 57))
    hw[0], hw[1] = 2**15 - 1, -(2**15)  # extremes saturate
    firmware = run_header(t, hw, tmp_path)
    expected = t.apply_int(hw * lsb)
    assert np.array_equal(firmware, expected)
    assert expected.max() == 2**11 - 1 and expected.min() == -(2**11)  # saturation was exercised


# ------------------------------------------------------------------------- hardware units


def test_to_hardware_floors_onto_the_trigger_units_and_saturates() -> None:
    t = simple(n=3)  # met_pt, met_eta, met_phi
    x = np.array([[1.3, -0.001, 0.5], [1e5, 0.0, -1e5], [-0.25, 3.0 / 256, 2.0]])
    expected = np.array([[5, -1, 128], [32767, 0, -32768], [-1, 3, 512]])  # pT / 0.25 GeV, angles / 2^-8
    assert np.array_equal(t.to_hardware(x), expected)
    assert t.to_hardware(x).dtype == np.int32


def test_apply_hardware_is_apply_on_the_physical_values() -> None:
    t = fit_transform(background_like())
    hw = np.random.default_rng(2).integers(-3000, 3000, (200, 57))
    lsb = np.array([0.25 if name.endswith("_pt") else 2.0**-8 for name in NAMES])
    assert np.array_equal(t.apply_hardware(hw), t.apply(hw * lsb))


def test_handoff_recovers_the_hardware_units_of_unsaturated_inputs() -> None:
    from bead_fpga.emulator.handoff import hardware_of

    t = fit_transform(background_like())
    hw = np.random.default_rng(3).integers(-100, 100, (200, 57)).astype(np.int32)  # << 8 stays inside 16 bits
    assert np.abs(t.apply_int(hw * t.hardware_lsbs())).max() < 2**15 - 1
    assert np.array_equal(hardware_of(t, t.apply_hardware(hw)), hw)


# ------------------------------------------------------------------------------ log2 pT map


def brute_code(u: int, k: int) -> int:
    """The log2 code from the binary string: e = digits after the leading one, m = the next k
    of them (zero-padded)."""
    digits = bin(min(max(u, 0), 2**15 - 1) + 1)[2:]
    return (len(digits) - 1) * 2**k + (int((digits[1:] + "0" * k)[:k], 2) if k else 0)


def brute_inputs(t: InputTransform, hw: np.ndarray) -> np.ndarray:
    """The input integers from hardware units with Python integers only (``>>`` floors)."""
    lo, hi = -(2 ** (t.input_bits - 1)), 2 ** (t.input_bits - 1) - 1
    out = np.empty(hw.shape, dtype=np.int64)
    for (r, f), h in np.ndenumerate(hw):
        name, k = t.feature_names[f], t.shifts[f]
        if t.log2_mask[f]:
            v, s = brute_code(int(h), t.mantissa_bits), t.frac_bits - k - t.mantissa_bits
        else:
            v, s = int(h), t.frac_bits - k + HARDWARE_LSB_LOG2[name.rsplit("_", 1)[1]]
        out[r, f] = min(max((v << s if s >= 0 else v >> -s) - t.offsets[f], lo), hi)
    return out


def edge_units(rows: int = 48, seed: int = 7) -> np.ndarray:
    """Hardware units at the edges of the log2 code: 0, 1, each power of two and its
    neighbours, the extremes, negatives; then random values of every size."""
    edges = [0, 1, 2, 3, -1, -(2**15), 2**15 - 1] + [v for j in range(2, 16) for v in (2**j - 1, 2**j, 2**j + 1) if v < 2**15]
    rng = np.random.default_rng(seed)
    hw = rng.integers(0, 2**15, (rows, 57)) >> rng.integers(0, 15, (rows, 57))
    flat = hw.reshape(-1)
    flat[:len(edges) * 57:57] = edges  # every edge value on the MET pT ...
    flat[3:3 + len(edges) * 57:57] = edges[::-1]  # ... and on e1 pT
    return hw


@pytest.mark.parametrize("k", range(7))
def test_log2_code_is_the_leading_one_and_the_next_bits(k: int) -> None:
    from bead_fpga.transform import log2_code, log2_units

    u = np.arange(2**15)
    code = log2_code(u, k)
    assert code.tolist() == [brute_code(int(v), k) for v in u]
    assert np.all(np.diff(code) >= 0) and code[0] == 0  # monotonic; an empty slot stays 0
    err = np.log2(u + 1.0) - code / 2**k  # Mitchell's 0.0861 plus the truncated mantissa
    assert err.min() >= 0 and err.max() < 0.0861 + 2.0**-k
    reachable = np.unique(code)
    smallest = log2_units(reachable, k)
    assert np.array_equal(log2_code(smallest, k), reachable)
    assert np.all(smallest == np.searchsorted(code, reachable))  # the first units of each code


def log2_transform(k: int) -> InputTransform:
    """A log2 map on every object pT (MET affine, as ``log2-objects``) with shifts that give
    left and right shifts of the code and a few offsets."""
    log2 = tuple(n.endswith("_pt") and n != "MET_pt" for n in NAMES)
    shifts = tuple((0, -2, 3)[f % 3] if lg or not n.endswith("_pt") else 2 for f, (n, lg) in enumerate(zip(NAMES, log2)))
    shifts = shifts[:3] + (12,) + shifts[4:]  # e1 pT: hw_shift F - 12 - k < 0, the code is floored
    offsets = (0,) * 6 + (5, -3) + (0,) * 49
    return InputTransform(16, 6, shifts, offsets, NAMES, log2, k)


@NEEDS_GXX
@pytest.mark.parametrize("k", [3, 5])
def test_log2_header_and_python_match_a_brute_force(k: int, tmp_path: Path) -> None:
    t = log2_transform(k)
    hw = edge_units()
    expected = brute_inputs(t, hw)
    assert np.array_equal(run_header(t, hw, tmp_path), expected)
    assert np.array_equal(t.apply_int(hw * t.hardware_lsbs()), expected)
    log2 = t.log2_mask  # a log2 pT floors onto its hardware units first (an affine one need not)
    assert np.array_equal(t.apply_int((hw + 0.5) * t.hardware_lsbs())[:, log2], expected[:, log2])


def test_log2_python_matches_the_brute_force_on_physical_values() -> None:
    """From GeV: the map floors pT onto 0.25 GeV units first, then takes the code."""
    t = log2_transform(3)
    x = background_like(40, seed=4).astype(np.float64)
    assert np.array_equal(t.apply_int(x)[:, t.log2_mask], brute_inputs(t, t.to_hardware(x))[:, t.log2_mask])


def test_fit_log2_fits_the_shift_on_the_log2_values() -> None:
    from bead_fpga.transform import TransformOptions

    x = np.zeros((1000, 57))
    x[:, 0] = 100.0  # MET: 400 units, v = 401 -> e = 8, m = 4: log2 ~ 8.5 -> ceil 4 -> k = 4 - 4 = 0
    x[:, 3], x[:, 4] = 3.0, 3.0  # e1 pT: 12 units, v = 13 -> e = 3, m = 5: 3.625 -> ceil 2 -> k = -2
    t = fit_transform(x, options=TransformOptions(pt_map="log2"))
    assert t.log2 == tuple(n.endswith("_pt") for n in NAMES) and t.fit == TransformOptions(pt_map="log2")
    assert t.shifts[0] == 0 and t.shifts[3] == -2
    assert t.apply_int(x)[0, 0] == 68 * 2**7 and t.apply_int(x)[0, 3] == 29 * 2**9  # c << (F - K - k)
    assert t.shifts[6] == max(t.shifts[f] for f in (0, 3))  # never-occupied pT: the widest log2 shift
    assert np.all(t.apply_int(np.zeros((1, 57))) == 0)  # an empty event is all zeros
    objects = fit_transform(x, options=TransformOptions(pt_map="log2-objects", angle_headroom_bits=5))
    assert not objects.log2[0] and objects.log2[3] and objects.shifts[0] == 3  # MET affine: 100 / 8 <= 16
    assert objects.shifts[4] == 2 - (6 - 1 - 5)  # eta 3 with 5 bits of headroom: 3 / 4 <= 1


def test_log2_round_trips_through_json_and_the_handoff(tmp_path: Path) -> None:
    from bead_fpga.transform import TransformOptions

    x = background_like(3000, seed=2)
    t = fit_transform(x, options=TransformOptions(pt_map="log2", mantissa_bits=4))
    loaded = InputTransform.load(t.save(tmp_path / "transform.json"))
    assert loaded == t and loaded.mantissa_bits == 4
    q = t.apply_int(t.to_hardware(x) * t.hardware_lsbs())  # events as the trigger delivers them
    assert np.array_equal(t.apply_int(t.hardware_of(q) * t.hardware_lsbs()), q)  # units that give the same inputs


@pytest.mark.parametrize("options, message", [
    ({"pt_map": "log10"}, "unknown pT map 'log10'"),
    ({"mantissa_bits": 9}, "mantissa_bits must be in 0..8"),
    ({"pt_headroom_bits": -1}, "pt_headroom_bits: must be in 0..8"),
])
def test_transform_options_refuse_bad_values(options: dict, message: str) -> None:
    from bead_fpga.transform import TransformOptions

    with pytest.raises(BeadError, match=message):
        TransformOptions(**options)


def test_log2_refused_on_an_angle() -> None:
    with pytest.raises(ValueError, match="pT features only, not 'MET_eta'"):
        InputTransform(16, 6, (0,) * 57, (0,) * 57, NAMES, (False, True) + (False,) * 55)
