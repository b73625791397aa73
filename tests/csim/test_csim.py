"""The hls4ml C++ of every reference model against its quantized Brevitas model, bit for bit."""

from __future__ import annotations

import math
from pathlib import Path

import numpy as np
import pytest

from bead_fpga.compare import compare_integers
from bead_fpga.csim import csim
from bead_fpga.errors import BeadError
from bead_fpga.model_dir import ModelDir
from tests.conftest import HLS_MODELS

CSIM_EVENTS = 10_000


@pytest.fixture(scope="module")
def results(compiled_models, generated_data, tmp_path_factory) -> dict[str, dict]:
    firmware = tmp_path_factory.mktemp("firmware")
    return {
        name: csim(c.model_dir, generated_data, n_events=CSIM_EVENTS, project=c.project,
                   projects_root=c.projects_root, firmware_root=firmware)
        for name, c in compiled_models.items()
    } | {"_firmware": firmware}


@pytest.mark.parametrize("name", HLS_MODELS)
def test_csim_is_bit_exact(results, name) -> None:
    result = results[name]
    assert result["background_only"]["events"] == CSIM_EVENTS
    assert result["events"] >= CSIM_EVENTS
    assert result["bit_exact_events"] == result["events"]
    assert result["max_abs_diff_lsb"] == 0
    assert result["first_mismatches"] == []
    # identical scores give identical physics, to the last digit
    assert result["physics"]["csim"] == result["physics"]["quantized"]


@pytest.mark.parametrize("name", HLS_MODELS)
def test_scores_are_not_trivial(compiled_models, generated_data, name) -> None:
    """Exactness between two constant (or saturated) outputs would prove nothing."""
    from bead_fpga.defaults import unseen_events
    from bead_fpga.model_dir import ModelDir

    c = compiled_models[name]
    _, transform, cfg = ModelDir(c.model_dir).load()
    scores = c.project.predict(transform.apply(unseen_events(c.model_dir, generated_data, CSIM_EVENTS, None)))[:, 0]
    assert len(np.unique(scores)) > 100  # a 2-D 8-bit latent squared gives ~1k distinct sums
    assert scores.max() < cfg.score_max - cfg.score_max / 2**cfg.score_bits  # never saturates on background


@pytest.mark.parametrize("name", ["hvae_8b", "vae_8b"])
def test_vae_trigger_scores_find_every_signal(results, name) -> None:
    """The encoder-only score of the variational models is above chance for each signal on
    unseen events (the plain AE's latent norm is not, see README)."""
    for signal, figures in results[name]["physics"]["csim"].items():
        assert figures["auc"] > 0.53, signal


@pytest.mark.parametrize("name", HLS_MODELS)
def test_firmware_handoff(results, compiled_models, name) -> None:
    folder = results["_firmware"] / name
    inputs = np.loadtxt(folder / "tb_data" / "tb_input_features.dat")
    expected = np.loadtxt(folder / "tb_data" / "tb_output_predictions.dat").reshape(len(inputs), -1)
    assert inputs.shape[1] == 57
    project = compiled_models[name].project
    np.testing.assert_array_equal(project.predict(inputs), expected)
    assert (folder / "hls" / f"{project.top}.cpp").is_file()
    assert "bead_input" in (folder / "bead_input_transform.h").read_text()
    readme = (folder / "README.md").read_text()
    assert project.top in readme
    kind = ModelDir(compiled_models[name].model_dir).config().trigger
    assert f"**Trigger kind `{kind}`**" in readme and readme.count("**Trigger kind") == 1


@pytest.mark.parametrize("name", HLS_MODELS)
def test_accumulators_cannot_overflow(compiled_models, name) -> None:
    """Every dense accumulator holds the widest possible sum of its products."""
    for layer in compiled_models[name].project.hls_model.get_layers():
        if layer.class_name != "Dense":
            continue
        inp = layer.get_input_variable().type.precision
        weight = layer.weights["weight"].type.precision
        accum = layer.get_attr("accum_t").precision
        growth = math.ceil(math.log2(layer.get_attr("n_in")))
        assert accum.width >= inp.width + weight.width + growth - 1, layer.name
        assert accum.integer >= inp.integer + weight.integer + growth - 1, layer.name


def test_compiled_library_is_reused(compiled_models, generated_data) -> None:
    from bead_fpga.hls.convert import HLSSettings, convert

    c = compiled_models["hvae_8b"]
    again = convert(c.model_dir, HLSSettings(), c.projects_root)
    assert again.fingerprint == c.project.fingerprint
    assert again.compile() is False
    from bead_fpga.defaults import unseen_events
    from bead_fpga.transform import InputTransform

    x = InputTransform.load(c.model_dir / "transform.json").apply(unseen_events(c.model_dir, generated_data, 500, None))
    np.testing.assert_array_equal(again.predict(x), c.project.predict(x))


def test_wrong_rounding_is_caught(compiled_models, generated_data, tmp_path) -> None:
    """Truncating instead of rounding one layer must show up as mismatching events."""
    from hls4ml.model.types import RoundingMode

    from qonnx.core.modelwrapper import ModelWrapper

    from bead_fpga.defaults import unseen_events
    from bead_fpga.models import brevitas_scores
    from bead_fpga.graph.fixed import output_lsb
    from bead_fpga.hls.convert import HLSSettings, convert
    from bead_fpga.model_dir import ModelDir

    c = compiled_models["hvae_8b"]
    lsb = output_lsb(ModelWrapper(c.project.config["OnnxModel"]))
    broken = convert(c.model_dir, HLSSettings(), tmp_path)
    # a ReLU of the network: its input is a wide accumulator and its output has fractional bits,
    # so the rounding of its output really matters (not the slot mask's ReLU, whose input counts
    # are integers and whose output is the integer 0 or 1)
    relu = next(l for l in broken.hls_model.get_layers() if str(l.get_attr("activation", "")).lower() == "relu"
                and l.get_output_variable().type.precision.fractional > 0)
    assert relu.get_output_variable().type.precision.rounding_mode == RoundingMode.RND_CONV
    relu.get_output_variable().type.precision.rounding_mode = RoundingMode.TRN
    assert broken.compile() is True
    model, transform, _ = ModelDir(c.model_dir).load()
    x = transform.apply(unseen_events(c.model_dir, generated_data, 2_000, None))
    comparison = compare_integers(brevitas_scores(model, x), broken.predict(x), lsb)
    assert comparison["bit_exact_fraction"] < 0.99
    assert comparison["first_mismatches"]


def test_missing_export_is_named(tmp_path) -> None:
    from bead_fpga.hls.convert import HLSSettings, convert
    from tests.conftest import copy_reference

    model_dir = copy_reference("hvae_8b", tmp_path)
    with pytest.raises(BeadError, match=r"qonnx\.onnx: exported trigger graph not found; run `bead-fpga export"):
        convert(model_dir, HLSSettings(), tmp_path / "prj")


def test_missing_weights_are_named(tmp_path, generated_data) -> None:
    from bead_fpga.export import export
    from tests.conftest import copy_reference

    model_dir = copy_reference("ae_8b", tmp_path)
    (model_dir / "weights.pt").unlink()
    with pytest.raises(BeadError, match=r"weights\.pt: file not found"):
        export(model_dir, generated_data, n_events=100)


def test_unsupported_op_names_op_and_node(compiled_models, tmp_path) -> None:
    import shutil

    from onnx import helper
    from qonnx.core.modelwrapper import ModelWrapper

    from bead_fpga.hls.convert import HLSSettings, convert

    source = compiled_models["ae_8b"].model_dir
    model_dir = tmp_path / "ae_8b"
    shutil.copytree(source, model_dir)
    onnx_file = next(model_dir.glob("*.qonnx.onnx"))
    graph = ModelWrapper(str(onnx_file))
    relu = next(n for n in graph.graph.node if n.op_type == "Relu")
    relu.CopyFrom(helper.make_node("Erf", list(relu.input), list(relu.output), name=relu.name))
    graph.save(str(onnx_file))
    with pytest.raises(BeadError, match=rf"ONNX op Erf \(node {relu.name}\) is not supported by hls4ml"):
        convert(model_dir, HLSSettings(), tmp_path / "prj")


def test_no_compiler_is_reported(compiled_models, tmp_path, monkeypatch) -> None:
    from bead_fpga.hls import convert as convert_module

    c = compiled_models["ae_8b"]
    project = convert_module.convert(c.model_dir, convert_module.HLSSettings(part="ku15p"), tmp_path)
    monkeypatch.setattr(convert_module.shutil, "which", lambda _name: None)
    with pytest.raises(BeadError, match="no C\\+\\+ compiler on PATH"):
        project.compile()


def test_export_check_names_the_disagreeing_node(compiled_models, generated_data) -> None:
    """Halving one activation quantizer's scale in the graph is found at that node."""
    from qonnx.core.modelwrapper import ModelWrapper

    from bead_fpga.defaults import unseen_events
    from bead_fpga.export import locate_mismatch
    from bead_fpga.model_dir import ModelDir

    c = compiled_models["vae_8b"]
    graph = ModelWrapper(c.project.config["OnnxModel"])
    act_quants = [n for n in graph.graph.node if n.op_type == "Quant" and graph.get_initializer(n.input[0]) is None]
    target = act_quants[2]
    graph.set_initializer(target.input[1], graph.get_initializer(target.input[1]) / 2)
    model, transform, _ = ModelDir(c.model_dir).load()
    x = transform.apply(unseen_events(c.model_dir, generated_data, 50, None))
    assert locate_mismatch(model, graph, x[0]) == target.name


@pytest.fixture(scope="module")
def data_100k(tmp_path_factory) -> Path:
    """500k background events: a 100k-event test split."""
    from bead_fpga.data.generate import generate

    data = tmp_path_factory.mktemp("adc2021_100k")
    generate(data, n_events=500_000, seed=12, n_signal=1_000)
    return data


@pytest.mark.slow
@pytest.mark.parametrize("name", HLS_MODELS)
def test_csim_is_bit_exact_on_100k_events(compiled_models, data_100k, tmp_path_factory, name) -> None:
    """The issue's bar: 100.000 % on at least 100k background events (run with `pytest -m slow`)."""
    c = compiled_models[name]
    result = csim(c.model_dir, data_100k, n_events=100_000, project=c.project, projects_root=c.projects_root,
                  firmware_root=tmp_path_factory.mktemp("fw"))
    assert result["background_only"]["events"] == 100_000
    assert result["bit_exact_events"] == result["events"]


def test_report_reads_the_csim_figures(results, compiled_models) -> None:
    """What `bead-fpga report` shows as measured:csim is what csim.json holds."""
    from bead_fpga.report import physics_figures

    figures = physics_figures(compiled_models["vae_8b"].model_dir)["measured:csim"]
    csim_physics = results["vae_8b"]["physics"]["csim"]
    for signal, fig in csim_physics.items():
        shown = figures["signals"][signal]
        assert shown["auc"] == fig["auc"]
        assert shown["tpr_1e-5"] == fig["tpr_at_fpr"]["1e-05"]["tpr"]
        assert shown["fpr_resolved"] is False  # 10k background events cannot resolve 1e-5
