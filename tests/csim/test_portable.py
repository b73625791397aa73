"""Committed artefacts hold no machine's paths: a model directory copied elsewhere
reproduces its hls4ml project from the saved YAML with hls4ml alone, and the C++ built from
it computes what the quantized Brevitas model computes, event by event."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import hls4ml
import numpy as np
import yaml

from bead_fpga.compare import compare_integers
from bead_fpga.defaults import unseen_events
from bead_fpga.models import brevitas_scores
from bead_fpga.graph.fixed import output_lsb
from bead_fpga.model_dir import ModelDir

EVENTS = 2000


def test_saved_paths_are_relative(compiled_models, tmp_path) -> None:
    from bead_fpga.hls.convert import HLSSettings, convert

    mdir = ModelDir(compiled_models["hvae_8b"].model_dir)
    project = convert(mdir.path, HLSSettings(), tmp_path / "projects")  # writes hls4ml_config.yml
    saved = yaml.safe_load(mdir.hls_config_file.read_text())
    assert saved["OnnxModel"] == mdir.qonnx_file().name
    assert not Path(saved["OutputDir"]).is_absolute()
    assert mdir.resolve(saved["OutputDir"]).resolve() == project.dir.resolve()


def test_copied_model_dir_reproduces_its_project_with_hls4ml_alone(compiled_models, generated_data, tmp_path,
                                                                   monkeypatch) -> None:
    from qonnx.core.modelwrapper import ModelWrapper

    source = ModelDir(compiled_models["hvae_8b"].model_dir)
    elsewhere = ModelDir(shutil.copytree(source.path, tmp_path / "another" / "machine" / "hvae_8b"))
    monkeypatch.chdir(elsewhere.path)  # the YAML's paths are relative to the model directory
    config = yaml.safe_load(Path("hls4ml_config.yml").read_text())
    config["OutputDir"] = str(tmp_path / "reproduced")  # somewhere new, so nothing is reused
    hls_model = hls4ml.converters.convert_from_config(config)
    hls_model.compile()

    model, transform, _ = elsewhere.load()
    x = transform.apply(unseen_events(elsewhere, generated_data, EVENTS, None))
    reproduced = np.asarray(hls_model.predict(np.ascontiguousarray(x, dtype=np.float64))).reshape(len(x), -1)
    lsb = output_lsb(ModelWrapper(str(elsewhere.qonnx_file())))
    comparison = compare_integers(brevitas_scores(model, x), reproduced, lsb)
    assert comparison["bit_exact_events"] == EVENTS, comparison["first_mismatches"]
    assert len(np.unique(reproduced)) > 50


def test_csim_json_records_the_project_relative_to_the_model(compiled_models, generated_data, tmp_path) -> None:
    from bead_fpga.csim import csim

    c = compiled_models["ae_8b"]
    csim(c.model_dir, generated_data, n_events=500, project=c.project, projects_root=c.projects_root,
         firmware_root=tmp_path / "firmware")
    recorded = json.loads(ModelDir(c.model_dir).csim_file.read_text())["project"]
    assert not Path(recorded).is_absolute()
    assert ModelDir(c.model_dir).resolve(recorded).resolve() == c.project.dir.resolve()
