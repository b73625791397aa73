"""What a trained model sets on its own background before it is final: the fields its type
tunes there (:meth:`~bead_fpga.models.base.AnomalyModel.background_config`, e.g. BEAD's
``met_weight``) and, when quantized, the trigger score's range
(:func:`bead_fpga.models.calibrate_score_range`). Training and distillation both end with it;
it is training logic, so it lives here and not in :class:`~bead_fpga.model_dir.ModelDir`, which
only names and loads the files."""

from __future__ import annotations

import logging
from typing import Any

from bead_fpga.model_dir import ModelDir, torch_load
from bead_fpga.models import build_model, calibrate_score_range

log = logging.getLogger("bead_fpga.train")


def calibrate_on_background(mdir: ModelDir, x_background: Any) -> float:
    """Fix the background-tuned fields and the score range of the model in ``mdir`` on
    ``x_background`` (model inputs), rewrite its ``config.json`` and return the score range."""
    model, _, cfg = mdir.load()
    tuned = model.background_config(x_background)
    if tuned != cfg:
        log.info("set on background: %s", {k: v for k, v in tuned.to_dict().items() if v != cfg.to_dict()[k]})
        model = build_model(tuned)
        model.load_state_dict(torch_load(mdir.weights_file))
        model.eval()
    if tuned.quantized:
        tuned = calibrate_score_range(model, x_background)
        log.info("trigger score range: [0, %g) in %d bits", tuned.score_max, tuned.score_bits)
    tuned.save(mdir.config_file)
    return tuned.score_max
