"""The emulator library is the quantized model, bit for bit, from Python and from C++, with
two versions in one process; bad libraries and models end in one line.

The reference is always the quantized Brevitas model, fed the hardware units converted to
physical values by hand (pT LSB 0.25 GeV, eta/phi LSB 2^-8) and through the input transform's
numpy map: nothing of the emulator's C++ or its Python helpers computes it.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

import numpy as np
import pytest
from qonnx.core.modelwrapper import ModelWrapper

from bead_fpga.compare import compare_integers
from bead_fpga.data.adc2021 import load_background
from bead_fpga.errors import BeadError
from bead_fpga.models import brevitas_scores
from bead_fpga.graph.fixed import output_lsb
from bead_fpga.model_dir import ModelDir
from tests.conftest import copy_reference
from tests.emulator.conftest import EVENTS, VERSIONS

#: Physical value of one hardware unit per feature quantity (the trigger's integer units).
HARDWARE_LSB = {"pt": 0.25, "eta": 2.0**-8, "phi": 2.0**-8}


def hardware_events(model_dir: Path, data_dir: Path) -> tuple[np.ndarray, np.ndarray]:
    """Background test events as int32 hardware units and the quantized model's scores on them."""
    model, transform, _ = ModelDir(model_dir).load()
    physical = load_background(data_dir, max_events=5 * EVENTS, seed=3)["test"][:EVENTS]
    lsb = np.array([HARDWARE_LSB[name.rsplit("_", 1)[1]] for name in transform.feature_names])
    hw = np.clip(np.floor(physical / lsb), -2**15, 2**15 - 1).astype(np.int32)
    return hw, brevitas_scores(model, transform.apply(hw * lsb))


@pytest.mark.parametrize("name", list(VERSIONS))
def test_library_equals_the_quantized_model_on_10k_events_from_python(emulators, generated_data, name) -> None:
    from bead_fpga.emulator import load

    built = emulators[name]
    hw, reference = hardware_events(built.model_dir, generated_data)
    assert len(hw) == EVENTS
    library = load(built.lib_dir, built.version)
    raw, value = library.predict(hw)
    lsb = output_lsb(ModelWrapper(str(ModelDir(built.model_dir).qonnx_file())))
    comparison = compare_integers(reference, value, lsb)
    assert comparison["bit_exact_events"] == EVENTS, comparison["first_mismatches"]
    assert np.array_equal(value, raw * 2.0**-library.frac_bits)  # the float is the fixed-point value
    assert len(np.unique(raw)) > 50  # a constant score would pass anything
    threaded_raw, _ = library.predict(hw, n_threads=4)
    assert np.array_equal(threaded_raw, raw)


def test_two_versions_side_by_side_in_one_python_process(emulators, generated_data) -> None:
    from bead_fpga.emulator import load

    libraries = {name: load(b.lib_dir, b.version) for name, b in emulators.items()}
    assert {lib.version for lib in libraries.values()} == set(VERSIONS.values())
    scores = {}
    for name, library in libraries.items():  # both stay loaded; each must still compute its own model
        hw, reference = hardware_events(emulators[name].model_dir, generated_data)
        scores[name] = library.predict(hw)[1]
        assert np.array_equal(scores[name], reference[:, 0].astype(np.float64)), name
    assert not np.array_equal(*scores.values())


def test_libraries_export_no_network_symbols(emulators) -> None:
    """Only the C entry points (and the C++ runtime's weak symbols) leave a library: the
    network's code and weights are hidden, so two versions cannot bind to each other's."""
    for built in emulators.values():
        symbols = subprocess.run(["nm", "-D", "--defined-only", "-C", str(built.lib_dir / f"{built.version}.so")],
                                 capture_output=True, text=True, check=True).stdout
        assert "create_model" in symbols and "bead_emulator_predict" in symbols
        assert "nnet::" not in symbols and f"{built.version}::" not in symbols


def make_loader(built) -> Path:
    subprocess.run(["make", "-C", str(built.sources), "loader_test"], capture_output=True, check=True)
    return built.sources / "loader_test"


def test_cpp_loader_opens_two_versions_by_name_and_checks_them_bit_exact(emulators) -> None:
    first, second = emulators.values()
    loader = make_loader(first)
    done = subprocess.run([str(loader), str(first.lib_dir), first.version, str(first.sources / "tb_data"),
                           second.version, str(second.sources / "tb_data")], check=False, capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr
    for built in (first, second):
        assert (f"{built.version}: {EVENTS} events; bit-exact: interface {EVENTS}, batch 1 thread {EVENTS}, "
                f"batch 4 threads {EVENTS}") in done.stdout
    assert "2 libraries loaded side by side: all bit-exact" in done.stdout


def test_cpp_loader_fails_on_a_wrong_expected_score(emulators, tmp_path) -> None:
    """The loader's check can fail: one expected score moved by one LSB is a mismatch (exit 1)."""
    built = emulators["ae_8b"]
    vectors = tmp_path / "tb_data"
    vectors.mkdir()
    (vectors / "hw_inputs.dat").write_text((built.sources / "tb_data" / "hw_inputs.dat").read_text())
    expected = np.loadtxt(built.sources / "tb_data" / "expected_scores.dat", dtype=np.int64)
    expected[7] += 1
    np.savetxt(vectors / "expected_scores.dat", expected, fmt="%d")
    done = subprocess.run([str(make_loader(built)), str(built.lib_dir), built.version, str(vectors)],
                          check=False, capture_output=True, text=True)
    assert done.returncode == 1
    assert f"{built.version}: event 7:" in done.stdout and f"interface {EVENTS - 1}," in done.stdout


@pytest.mark.parametrize("content", [None, b"not a shared library\n"], ids=["missing", "corrupt"])
def test_a_missing_or_corrupt_library_ends_in_one_line(emulators, tmp_path, content) -> None:
    from bead_fpga.emulator import load

    if content is not None:
        (tmp_path / "v9.so").write_bytes(content)
    with pytest.raises(BeadError) as err:
        load(tmp_path, "v9")
    assert str(err.value).startswith(str(tmp_path / "v9.so")) and "\n" not in str(err.value)
    done = subprocess.run([str(make_loader(emulators["ae_8b"])), str(tmp_path), "v9", str(tmp_path)],
                          check=False, capture_output=True, text=True)
    assert done.returncode == 2 and done.stdout == ""
    assert len(done.stderr.strip().splitlines()) == 1 and done.stderr.startswith("loader_test: error: "), done.stderr


def test_a_model_without_an_hls4ml_project_ends_in_one_line(tmp_path, capsys) -> None:
    from bead_fpga.cli import main

    model_dir = copy_reference("ae_8b", tmp_path)  # without hls4ml_config.yml
    with pytest.raises(SystemExit) as exited:
        main(["emulator", str(model_dir), "--out", str(tmp_path / "lib")])
    err = capsys.readouterr().err
    assert exited.value.code == 2
    assert err.strip().splitlines() == [(f"bead-fpga: error: {model_dir / 'hls4ml_config.yml'}: file not found; "
                                         f"run `bead-fpga convert {model_dir}` (or csim) first")]


def test_an_hls4ml_config_that_is_not_ours_ends_in_one_line(tmp_path, capsys) -> None:
    """A config file that is YAML but not the mapping convert writes: one line, for the
    emulator and for the hand-off alike (both read it through ModelDir.hls_config)."""
    from bead_fpga.cli import main

    model_dir = copy_reference("ae_8b", tmp_path)
    (model_dir / "hls4ml_config.yml").write_text("- a list\n")
    for argv in (["emulator", str(model_dir), "--out", str(tmp_path / "lib")], ["handoff", str(model_dir)]):
        with pytest.raises(SystemExit) as exited:
            main(argv)
        err = capsys.readouterr().err
        assert exited.value.code == 2
        assert err.strip().splitlines() == [f"bead-fpga: error: {model_dir / 'hls4ml_config.yml'}: not an hls4ml "
                                            f"configuration written by bead-fpga; run `bead-fpga convert {model_dir}` "
                                            "(or csim) first"]


@pytest.mark.parametrize(("version", "what"), [("v1.2", "is not a C identifier"), ("nnet", "is a namespace of the sources")])
def test_a_version_that_cannot_be_a_namespace_ends_in_one_line(tmp_path, capsys, version, what) -> None:
    from bead_fpga.cli import main

    with pytest.raises(SystemExit) as exited:
        main(["emulator", str(copy_reference("ae_8b", tmp_path)), "--version", version, "--out", str(tmp_path)])
    assert exited.value.code == 2
    err = capsys.readouterr().err
    assert err.startswith(f"bead-fpga: error: --version: '{version}' {what}") and len(err.strip().splitlines()) == 1

