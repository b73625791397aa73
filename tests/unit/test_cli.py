"""The command line as users meet it: bad input of every kind ends in one line and exit code
2 from every command, never a traceback; tables keep every number whole in 80 columns."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from typer.main import get_command

from bead_fpga.cli import app, main


def run_cli(argv: list[str], capsys: pytest.CaptureFixture) -> tuple[int, str, str]:
    """Run the real entry point in-process: ``(exit code, stdout, stderr)``."""
    with pytest.raises(SystemExit) as exited:
        main(argv)
    out, err = capsys.readouterr()
    return int(exited.value.code or 0), out, err


def assert_one_line_error(code: int, out: str, err: str) -> None:
    assert code == 2, (code, out, err)
    assert "Traceback" not in out + err
    lines = err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("bead-fpga: error: "), err


def all_commands() -> list[list[str]]:
    """Every command path of the CLI (``["train"]``, ``["data", "generate"]``, ...), read
    from the app itself so a command added later is covered without editing this test."""
    root = get_command(app)
    paths = []
    for name, cmd in root.commands.items():
        sub = getattr(cmd, "commands", None)
        paths += [[name, s] for s in sub] if sub else [[name]]
    return paths


@pytest.mark.parametrize("command", all_commands(), ids=" ".join)
def test_every_command_rejects_a_missing_path_in_one_line(command, capsys, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)  # nothing any command might write lands in the repository
    assert_one_line_error(*run_cli([*command, str(tmp_path / "does-not-exist")], capsys))


BAD_ARGUMENTS = {
    "bits below range": ["train", "--quantize", "1"],
    "bits above range": ["train", "--quantize", "17"],
    "bits not a number": ["train", "--quantize", "eight"],
    "unknown model": ["train", "--model", "resnet"],
    "wrong type": ["train", "--epochs", "many"],
    "negative epochs": ["train", "--epochs", "0"],
    "unknown option": ["train", "--bogus"],
    "hidden not widths": ["train", "--hidden", "16,a"],
    "hidden width zero": ["train", "--hidden", "16,0"],
    "latent levels for the hvae": ["train", "--latent", "3"],
    "unknown pT map": ["train", "--pt-map", "log10"],
    "student not widths": ["distill", "{model}", "--out", "{tmp}/s", "--student", "x"],
    "missing data dir": ["train", "--data", "{tmp}/no-data", "--out", "{tmp}/m"],
    "unknown part": ["synth", "--part", "xcvu99p"],
    "unknown part, real model": ["synth", "{model}", "--part", "stratix10"],
    "unknown backend": ["convert", "{model}", "--backend", "Quartus"],
    "bad reuse": ["convert", "{model}", "--reuse", "0"],
    "demo bits": ["demo", "--quantize", "1", "--out", "{tmp}/demo"],
    "demo model": ["demo", "--model", "resnet", "--out", "{tmp}/demo"],
    "not a model dir": ["evaluate", "{tmp}"],
    "generate into a file": ["data", "generate", "--out", "{tmp}/file.txt"],
    "inspect a non-HDF5 file": ["data", "inspect", "{tmp}/file.txt"],
    "unknown flow": ["synth", "{model}", "--flow", "quartus"],
    "RTL choice outside the open flow": ["synth", "{model}", "--no-dsp"],
    "negative depth slack": ["synth", "{model}", "--flow", "open", "--depth-slack", "-1"],
    "zero levels per stage": ["csim", "{model}", "--engine", "rtl", "--levels-per-stage", "0"],
    "reports folder missing": ["read-reports", "{tmp}/no-reports"],
    "unknown command": ["fly"],
}


@pytest.mark.parametrize("argv", BAD_ARGUMENTS.values(), ids=BAD_ARGUMENTS.keys())
def test_bad_arguments_give_one_line_and_exit_2(argv, capsys, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "file.txt").write_text("not an event file")
    model = Path(__file__).resolve().parents[2] / "models" / "hvae_8b"
    argv = [a.format(tmp=tmp_path, model=model) for a in argv]
    assert_one_line_error(*run_cli(argv, capsys))


def test_evaluate_table_fits_80_columns_without_cutting_a_number(capsys, monkeypatch):
    """Every AUC and TPR of metrics.json appears whole in the table printed at 80 columns."""
    from bead_fpga.cli.tables import print_physics
    from bead_fpga.io import read_json

    monkeypatch.setenv("COLUMNS", "80")
    metrics = read_json(Path(__file__).resolve().parents[2] / "models" / "hvae_8b" / "metrics.json")
    print_physics(metrics)
    out = capsys.readouterr().out
    assert "…" not in out
    assert max(len(line) for line in out.splitlines()) <= 80
    for variant in metrics["variants"].values():
        for score in ("trigger", "software"):
            for sig in variant["scores"][score].values():
                assert re.search(rf"\b{sig['auc']:.4f}\b", out), sig["auc"]
                assert f"{sig['tpr_at_fpr']['1e-05']['tpr']:.4f}" in out


def test_hardware_tables_fit_80_columns_without_cutting_a_number() -> None:
    """`bead-fpga synth`'s summary and `bead-fpga report`'s comparison (6 models, so it splits)."""
    from rich.console import Console

    from bead_fpga.report import build_report, compare_table, load_synth, summary_table

    models = [Path(__file__).resolve().parents[2] / "models" / m for m in ("hvae_8b", "vae_8b", "ae_8b")]
    console = Console(width=80, record=True)
    console.print(summary_table(models[0]))
    console.print(compare_table(models * 2))
    text = console.export_text()
    assert "…" not in text and max(len(line) for line in text.splitlines()) <= 80
    for model in models:
        lut = build_report(model, load_synth(model))["hardware"]["lut"]["value"]
        assert f"{lut / 1000:.3g}k" in text  # the comparison's compact LUT count, whole
    assert f"{build_report(models[0], load_synth(models[0]))['hardware']['lut']['value']:,}" in text
