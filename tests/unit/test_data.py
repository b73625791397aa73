"""ADC2021 reader, generator, inspector and their CLI: layout, bad inputs, determinism."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import h5py
import numpy as np
import pytest
from typer.testing import CliRunner

import bead_fpga.data.generate as gen
from bead_fpga.cli import app, main
from bead_fpga.data.adc2021 import (
    BACKGROUND_FILE,
    FEATURE_NAMES,
    N_FEATURES,
    OBJECT_SLOTS,
    OBJECT_TYPE,
    PARTICLE_CLASSES,
    PARTICLE_NAMES,
    SIGNAL_FILES,
    find_signal_file,
    iter_chunks,
    load_background,
    load_signals,
    object_columns,
    passes_lepton_filter,
    read_features,
    split_indices,
    unseen_background,
    validate,
)
from bead_fpga.data.inspect import inspect
from bead_fpga.errors import BeadError

N_BG, N_SIG, SEED = 3000, 300, 7


def write_layout(path: Path, particles: np.ndarray) -> Path:
    """Write ``particles`` in the ADC2021 layout, the way the real files are written."""
    with h5py.File(path, "w") as f:
        f.create_dataset("Particles", data=particles)
        f.create_dataset("Particles_Names", data=np.array(PARTICLE_NAMES))
        f.create_dataset("Particles_Classes", data=np.array(PARTICLE_CLASSES))
    return path


def random_events(n: int, seed: int = 0) -> np.ndarray:
    """Events with random values and random empty slots (all zeros, class 0)."""
    rng = np.random.default_rng(seed)
    p = np.zeros((n, 19, 4), dtype=np.float32)
    p[:, :, 0] = rng.uniform(1.0, 500.0, (n, 19))
    p[:, :, 1] = rng.uniform(-4.0, 4.0, (n, 19))
    p[:, :, 2] = rng.uniform(-np.pi, np.pi, (n, 19))
    p[:, :, 3] = OBJECT_TYPE
    p[:, 0, 1] = 0.0
    empty = rng.random((n, 19)) < 0.4
    empty[:, 0] = False
    p[empty] = 0.0
    return p


def particles(path: Path) -> np.ndarray:
    with h5py.File(path, "r") as f:
        return f["Particles"][:]


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return gen.generate(tmp_path_factory.mktemp("adc"), n_events=N_BG, seed=SEED, n_signal=N_SIG)


# ----------------------------------------------------------------------------- layout / reader


def test_feature_names_follow_the_slot_layout() -> None:
    assert len(FEATURE_NAMES) == N_FEATURES == 57
    assert FEATURE_NAMES[:6] == ("MET_pt", "MET_eta", "MET_phi", "e1_pt", "e1_eta", "e1_phi")
    assert FEATURE_NAMES[3 * 5] == "mu1_pt" and FEATURE_NAMES[3 * 9] == "jet1_pt" and FEATURE_NAMES[-1] == "jet10_phi"
    assert OBJECT_TYPE.tolist() == [1, 2, 2, 2, 2, 3, 3, 3, 3] + [4] * 10
    assert [FEATURE_NAMES[i] for i in range(57)[object_columns("muon", "eta")]] == [f"mu{i}_eta" for i in range(1, 5)]


def test_reader_round_trip_is_exact(tmp_path: Path) -> None:
    p = random_events(257)
    p[3, 0, :3] = 0.0  # MET of exactly zero: still an occupied slot (class 1)
    path = write_layout(tmp_path / "x.h5", p)
    x, mask = read_features(path)
    assert x.dtype == np.float32 and x.shape == (257, 57)
    assert np.array_equal(x, p[:, :, :3].reshape(257, 57))
    assert np.array_equal(mask, p[:, :, 3] != 0) and mask[3, 0]
    # named columns land on the right slot and quantity
    assert np.array_equal(x[:, FEATURE_NAMES.index("mu2_eta")], p[:, 6, 1])
    assert np.array_equal(x[:, FEATURE_NAMES.index("jet10_phi")], p[:, 18, 2])
    assert np.array_equal(x[:, FEATURE_NAMES.index("e1_pt")], p[:, 1, 0])
    assert validate(path) == 257


def test_float64_files_are_read_as_float32(tmp_path: Path) -> None:
    p = random_events(20).astype(np.float64)
    x, _ = read_features(write_layout(tmp_path / "x.h5", p))
    assert np.array_equal(x, p[:, :, :3].reshape(20, 57).astype(np.float32))


def test_chunked_reading_equals_whole(generated: dict[str, Path]) -> None:
    path = generated["background"]
    whole, whole_mask = read_features(path)
    chunks = list(iter_chunks(path, chunk_size=7))
    assert max(len(c) for c, _ in chunks) == 7  # bounded by chunk_size
    assert np.array_equal(np.concatenate([c for c, _ in chunks]), whole)
    assert np.array_equal(np.concatenate([m for _, m in chunks]), whole_mask)
    part = np.concatenate([c for c, _ in iter_chunks(path, chunk_size=100, start=123, stop=1234)])
    assert np.array_equal(part, whole[123:1234])
    x, _ = read_features(path, max_events=500, start=1000, chunk_size=64)
    assert np.array_equal(x, whole[1000:1500])


def test_chunks_are_independent_arrays(generated: dict[str, Path]) -> None:
    first, second = list(iter_chunks(generated["background"], chunk_size=1000))[:2]
    assert not np.shares_memory(first[0], second[0])  # the read buffer is reused; outputs must not be
    assert not np.array_equal(first[0], second[0])


# ----------------------------------------------------------------------------------- bad input


def _truncated(path: Path) -> None:
    write_layout(path, random_events(2000))
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])


def _with(shape: tuple[int, ...]):
    def build(path: Path) -> None:
        with h5py.File(path, "w") as f:
            f.create_dataset("Particles", data=np.ones(shape, dtype=np.float32))

    return build


def _bad_value(event: int, value: float):
    def build(path: Path) -> None:
        p = random_events(100)
        p[event, 12, 1] = value
        write_layout(path, p)

    return build


def _no_particles(path: Path) -> None:
    with h5py.File(path, "w") as f:
        f.create_dataset("Jets", data=np.ones((5, 4)))


BAD_FILES = {
    "missing": (lambda path: None, "file not found"),
    "not_hdf5": (lambda path: path.write_text("pT,eta,phi\n1,2,3\n"), "not an HDF5 file"),
    "truncated": (_truncated, "corrupt or truncated"),
    "no_particles": (_no_particles, "no 'Particles' dataset (found: Jets)"),
    "three_columns": (_with((50, 19, 3)), "shape (50, 19, 3), expected (N, 19, 4)"),
    "flat": (_with((50, 57)), "shape (50, 57), expected (N, 19, 4)"),
    "empty": (_with((0, 19, 4)), "holds no events"),
    "nan": (_bad_value(17, np.nan), "NaN or inf in event 17"),
    "inf": (_bad_value(42, np.inf), "NaN or inf in event 42"),
}


@pytest.mark.parametrize("case", BAD_FILES)
def test_bad_input_is_one_bead_error(tmp_path: Path, case: str) -> None:
    build, message = BAD_FILES[case]
    path = tmp_path / f"{case}.h5"
    build(path)
    with pytest.raises(BeadError) as err:
        read_features(path)
    assert err.value.where == str(path)
    assert message in str(err.value)
    assert "\n" not in str(err.value)


def test_bad_value_index_counts_from_the_file_start(tmp_path: Path) -> None:
    path = tmp_path / "nan.h5"
    _bad_value(57, np.nan)(path)
    with pytest.raises(BeadError, match="NaN or inf in event 57;"):
        read_features(path, chunk_size=10)  # sixth chunk
    assert sum(len(x) for x, _ in iter_chunks(path, chunk_size=10, stop=50)) == 50  # before it: fine


@pytest.mark.parametrize("case", BAD_FILES)
def test_bad_input_via_cli_exits_2_with_one_line(tmp_path: Path, case: str, monkeypatch, capsys) -> None:
    build, message = BAD_FILES[case]
    path = tmp_path / f"{case}.h5"
    build(path)
    monkeypatch.setattr(sys, "argv", ["bead-fpga", "data", "inspect", str(path)])
    with pytest.raises(SystemExit) as exit_:
        main()
    assert exit_.value.code == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith(f"bead-fpga: error: {path}: ")
    assert message in err and "Traceback" not in err


def test_console_script_prints_no_traceback(tmp_path: Path) -> None:
    path = tmp_path / "cut.h5"
    _truncated(path)
    script = Path(sys.executable).with_name("bead-fpga")
    run = subprocess.run([str(script), "data", "inspect", str(path)], capture_output=True, text=True, timeout=60)
    assert run.returncode == 2
    assert run.stderr.strip().splitlines() == [run.stderr.strip()]
    assert "corrupt or truncated" in run.stderr and "Traceback" not in run.stderr


# ------------------------------------------------------------------------------- splits/loaders


def test_splits_are_deterministic_disjoint_and_complete() -> None:
    a, b = split_indices(1000, seed=3), split_indices(1000, seed=3)
    assert all(np.array_equal(a[k], b[k]) for k in ("train", "val", "test"))
    assert [len(a[k]) for k in ("train", "val", "test")] == [600, 200, 200]
    joined = np.concatenate([a["train"], a["val"], a["test"]])
    assert np.array_equal(np.sort(joined), np.arange(1000))  # disjoint and complete
    assert all(np.all(np.diff(a[k]) > 0) for k in a)  # sorted
    assert not np.array_equal(split_indices(1000, seed=4)["train"], a["train"])
    with pytest.raises(BeadError, match="fractions"):
        split_indices(10, 0, fractions=(0.5, 0.2, 0.2))


def test_load_background_splits_the_first_events(generated: dict[str, Path]) -> None:
    data_dir = generated["background"].parent
    sets = load_background(data_dir, max_events=1000, seed=1)
    idx = split_indices(1000, 1)
    x, _ = read_features(generated["background"], max_events=1000)
    assert {k: len(v) for k, v in sets.items()} == {"train": 600, "val": 200, "test": 200}
    assert all(np.array_equal(sets[k], x[idx[k]]) for k in sets)


def _rows(x: np.ndarray) -> set[bytes]:
    return {row.tobytes() for row in x}


def test_unseen_background_is_the_trained_prefixs_test_split_then_what_follows(generated: dict[str, Path]) -> None:
    """A model trained on the first 1000 events (seed 1) never saw what this returns, whatever the
    number asked for; a shorter list is the start of a longer one. The split of a prefix sized to
    the request (the rule before) put many of its "test" events in the training set."""
    data_dir, trained = generated["background"].parent, 1000
    x, _ = read_features(generated["background"])
    idx = split_indices(trained, 1)
    seen = _rows(x[np.concatenate([idx["train"], idx["val"]])])
    longest = unseen_background(data_dir, 700, trained, 1)
    assert np.array_equal(longest, np.concatenate([x[idx["test"]], x[trained:trained + 500]]))
    assert not _rows(longest) & seen
    for n in (1, 50, 200, 201, 699):
        assert np.array_equal(unseen_background(data_dir, n, trained, 1), longest[:n])
    assert np.array_equal(unseen_background(data_dir, None, trained, 1), x[idx["test"]])
    assert len(unseen_background(data_dir, 10 * N_BG, trained, 1)) == 200 + N_BG - trained  # the file ends
    assert np.array_equal(unseen_background(data_dir, 100, None, 1), x[split_indices(N_BG, 1)["test"]][:100])
    before = load_background(data_dir, 5 * 100, 1)["test"][:100]
    assert len(_rows(before) & seen) > 25  # 41 of these 100
    # the README's figure: csim's default 10,000 events, model trained on 200,000 (seed 0)
    old_rule, trained_on = split_indices(50_000, 0)["test"], split_indices(200_000, 0)
    in_training = np.isin(old_rule, np.concatenate([trained_on["train"], trained_on["val"]])).mean()
    assert round(100 * in_training) == 64


def test_load_signals_finds_present_files(generated: dict[str, Path], tmp_path: Path) -> None:
    signals = load_signals(generated["background"].parent, max_events=100)
    assert sorted(signals) == sorted(SIGNAL_FILES) and all(v.shape == (100, 57) for v in signals.values())
    # only the _filtered variant of Ato4l present: found under the short name
    write_layout(tmp_path / "Ato4l_lepFilter_13TeV_filtered.h5", random_events(30))
    assert find_signal_file(tmp_path, "Ato4l") == tmp_path / "Ato4l_lepFilter_13TeV_filtered.h5"
    assert list(load_signals(tmp_path, None)) == ["Ato4l"]


def test_load_signals_without_any_names_what_it_looked_for(tmp_path: Path) -> None:
    with pytest.raises(BeadError) as err:
        load_signals(tmp_path, None)
    assert str(tmp_path) in str(err.value)
    assert all(name in str(err.value) for name in SIGNAL_FILES.values())
    with pytest.raises(BeadError, match="unknown signal name"):
        find_signal_file(tmp_path, "Zprime")


# ----------------------------------------------------------------------------------- generator


def test_generated_files_have_the_real_layout(generated: dict[str, Path]) -> None:
    assert generated["background"].name == BACKGROUND_FILE
    assert {k: p.name for k, p in generated.items() if k != "background"} == SIGNAL_FILES
    for name, path in generated.items():
        with h5py.File(path, "r") as f:
            assert f["Particles"].dtype == np.float32
            assert f["Particles"].shape == ((N_BG if name == "background" else N_SIG), 19, 4)
            assert f["Particles_Names"][:].tolist() == [b"Pt", b"Eta", b"Phi", b"Class"]
            assert f["Particles_Classes"][:].tolist() == [b"MET_class_1", b"Four_Ele_class_2", b"Four_Mu_class_3", b"Ten_Jet_class_4"]
        p = particles(path)
        occupied = p[:, :, 0] > 0
        assert np.array_equal(p[:, :, 3][occupied], np.broadcast_to(OBJECT_TYPE, p.shape[:2])[occupied])
        assert not p[~occupied].any()  # empty slots are all zeros, class 0
        assert np.all(p[:, 0, 3] == 1) and np.all(p[:, 0, 1] == 0)  # MET always present, eta 0
        for kind, slots in OBJECT_SLOTS.items():
            assert np.all(np.diff(p[:, slots, 0], axis=1) <= 0), f"{name}: {kind} not pT-ordered"
        assert np.all(np.abs(p[:, 1:5, 1]) < 3.0) and np.all(np.abs(p[:, 5:9, 1]) < 2.1)
        assert np.all(np.abs(p[:, 9:, 1]) < 4.0)
        assert np.all(np.abs(p[:, :, 2]) <= np.pi)
        assert np.all(p[:, 9:, 0][occupied[:, 9:]] > 15.0)
        x, _ = read_features(path)
        assert passes_lepton_filter(x).all(), f"{name}: an event fails the single-lepton filter"


def test_background_is_physically_plausible(generated: dict[str, Path]) -> None:
    p = particles(generated["background"])
    n_jets = (p[:, 9:, 0] > 0).sum(axis=1)
    n_lep = (p[:, 1:9, 0] > 0).sum(axis=1)
    assert 0.5 < n_jets.mean() < 3.0 and n_jets.max() >= 5 and (n_jets == 0).mean() > 0.2
    assert 1.0 <= n_lep.mean() < 1.5  # W and QCD: one lepton; Z: two
    assert 20 < np.median(p[:, 0, 0]) < 60  # MET from W neutrinos, not zero, not huge
    assert np.percentile(p[:, 9, 0][n_jets > 0], 99) > 3 * np.median(p[:, 9, 0][n_jets > 0])  # falling tail


def test_signals_carry_their_signatures(generated: dict[str, Path]) -> None:
    get = {k: particles(v) for k, v in generated.items()}
    n_lep = {k: (p[:, 1:9, 0] > 0).sum(axis=1).mean() for k, p in get.items()}
    n_jet = {k: (p[:, 9:, 0] > 0).sum(axis=1).mean() for k, p in get.items()}
    met = {k: np.median(p[:, 0, 0]) for k, p in get.items()}
    assert n_lep["Ato4l"] > n_lep["background"] + 1.5  # four leptons
    assert n_jet["leptoquark"] > n_jet["background"] + 0.5  # the b jet
    assert met["hChToTauNu"] > met["hToTauTau"] and np.percentile(get["hChToTauNu"][:, 0, 0], 90) > 1.5 * np.percentile(get["background"][:, 0, 0], 90)


def test_generator_is_deterministic_per_seed(tmp_path: Path, generated: dict[str, Path]) -> None:
    again = gen.generate(tmp_path / "again", n_events=N_BG, seed=SEED, n_signal=N_SIG)
    for name in generated:
        assert np.array_equal(particles(again[name]), particles(generated[name])), name
    other = gen.generate(tmp_path / "other", n_events=N_BG, seed=SEED + 1, n_signal=0)
    assert list(other) == ["background"]
    assert not np.array_equal(particles(other["background"]), particles(generated["background"]))


def test_generate_rejects_a_file_as_out_dir(tmp_path: Path, monkeypatch, capsys) -> None:
    target = tmp_path / "taken"
    target.write_text("not a directory")
    with pytest.raises(BeadError, match="exists and is not a directory"):
        gen.generate(target, n_events=10)
    monkeypatch.setattr(sys, "argv", ["bead-fpga", "data", "generate", "--out", str(target), "--events", "10"])
    with pytest.raises(SystemExit) as exit_:
        main()
    err = capsys.readouterr().err
    assert exit_.value.code == 2 and err.count("\n") == 1 and "Traceback" not in err
    assert target.read_text() == "not a directory"


@pytest.mark.parametrize("fail_in", ["background", "signal"])
def test_interrupted_generation_leaves_no_partial_file(tmp_path: Path, monkeypatch, fail_in: str) -> None:
    """Interrupted inside a file (after its first block, or its first signal batch): only
    complete files remain, and no temporary."""
    monkeypatch.setattr(gen, "BLOCK_EVENTS", 400)
    calls = {"n": 0}

    def fail_on_second_call(fn):
        def wrapped(rng, n):
            calls["n"] += 1
            if calls["n"] == 2:
                raise KeyboardInterrupt
            return fn(rng, n)

        return wrapped

    if fail_in == "background":
        monkeypatch.setattr(gen, "_background_block", fail_on_second_call(gen._background_block))
    else:
        monkeypatch.setitem(gen.SIGNAL_PROCESSES, "Ato4l", fail_on_second_call(gen._ato4l))
    with pytest.raises(KeyboardInterrupt):
        gen.generate(tmp_path, n_events=800, n_signal=800)
    left = sorted(p.name for p in tmp_path.iterdir())
    assert left == ([] if fail_in == "background" else [BACKGROUND_FILE])
    if left:
        assert validate(tmp_path / BACKGROUND_FILE) == 800


def test_generate_cli_writes_all_files(tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["data", "generate", "--out", str(tmp_path), "--events", "400", "--signal-events", "40", "--seed", "2"])
    assert result.exit_code == 0, result.output
    assert validate(tmp_path / BACKGROUND_FILE) == 400
    assert all(validate(tmp_path / f) == 40 for f in SIGNAL_FILES.values())
    assert "hChToTauNu_13TeV_PU20.h5" in result.output


# ------------------------------------------------------------------------------------- inspect


def test_inspect_summary_on_known_events(tmp_path: Path) -> None:
    p = np.zeros((4, 19, 4), dtype=np.float32)
    p[:, 0] = [[10, 0, 0.5, 1], [20, 0, -1, 1], [30, 0, 2, 1], [40, 0, 3, 1]]
    p[0, 1] = [50, 1.5, 0.1, 2]  # an electron above the filter
    p[1, 5] = [25, -2.0, 0.2, 3]  # a muon above the filter
    p[1, 6] = [5, 0.5, -0.2, 3]
    p[2, 1] = [10, 0.0, 0.0, 2]  # below 23 GeV: fails the filter
    p[3, 9:12] = [[100, 3.5, 1, 4], [60, -1, 2, 4], [20, 0.2, -3, 4]]
    p[3, 5] = [30, 1.0, 1.0, 3]
    path = write_layout(tmp_path / BACKGROUND_FILE, p)
    png = tmp_path / "plots" / "inputs.png"
    s = inspect([path], png)[str(path)]
    assert s["label"] == "background" and s["events"] == s["events_read"] == 4
    assert s["multiplicity"]["muon"] == {"mean": 0.75, "max": 2}
    assert s["multiplicity"]["jet"] == {"mean": 0.75, "max": 3}
    assert s["multiplicity"]["egamma"] == {"mean": 0.5, "max": 1}
    assert s["ranges"]["jet"]["eta"] == {"min": -1.0, "max": 3.5}
    assert s["ranges"]["muon"]["pt"] == {"min": 5.0, "max": 30.0}  # zeros of empty slots excluded
    assert s["ranges"]["MET"]["pt"] == {"min": 10.0, "max": 40.0}
    assert s["lepton_filter_fraction"] == 0.75
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert sorted(p.name for p in png.parent.iterdir()) == ["inputs.png"]  # no temporaries
    assert inspect([path], None, max_events=2)[str(path)]["events_read"] == 2


def test_inspect_cli_overlays_signals(generated: dict[str, Path], tmp_path: Path) -> None:
    png = tmp_path / "overlay.png"
    result = CliRunner().invoke(app, ["data", "inspect", str(generated["background"]), str(generated["Ato4l"]), "--png", str(png)])
    assert result.exit_code == 0, result.output
    assert "background" in result.output and "Ato4l" in result.output and str(png) in result.output
    assert png.stat().st_size > 10_000
