"""What a command uses when the user names nothing and the answer depends on the machine: the
built-in data, the output directory, the model to synthesize, the split to evaluate on.

``bead-fpga train --quantize 8`` and ``bead-fpga synth --part xcvu9p`` must work exactly as
typed on a fresh machine. A setting's default lives with its settings class (training:
:class:`~bead_fpga.train_settings.TrainSettings`; hardware: :mod:`bead_fpga.target` and
:class:`~bead_fpga.hls.convert.HLSSettings`), which the command line reads; what cannot be
a constant is decided here, never in the CLI, and printed by the command on its first line:

* **data**: the built-in generated events (:data:`DEFAULT_EVENTS` background events and the four
  signals, seed 0: the same events as ``models/train_reference.sh`` makes), written once into
  the cache directory and reused; for a trained model, the data it was trained on when that
  directory still exists;
* **output directory**: ``runs/<model>_<bits>b``, or the next free ``..._2``, ``..._3`` when a
  finished run is already there (never overwritten);
* **model directory** for ``synth``: the model trained most recently on this machine (recorded
  by ``train`` in the cache directory), else the committed reference HVAE;
* **evaluation split**: the training run's events and seed, so the test events are unseen.

The distillation constants (:data:`DISTILL_AUGMENT`, :data:`DISTILL_TAIL_POWER`) sit here
because ``bead-fpga distill`` and ``train --trigger distilled`` both use them.

The cache directory is ``$BEAD_FPGA_CACHE`` when set, else ``$XDG_CACHE_HOME/bead-fpga``, else
``~/.cache/bead-fpga``.
"""

from __future__ import annotations

import json
import shutil
import tempfile
from pathlib import Path

import numpy as np

from bead_fpga.data import DEFAULT_EVENTS
from bead_fpga.data.adc2021 import BACKGROUND_FILE, unseen_background
from bead_fpga.errors import BeadError
from bead_fpga.io import cache_dir
from bead_fpga.model_dir import ModelDir
from bead_fpga.train_settings import DEFAULTS
from bead_fpga.transform import TransformOptions

#: Distillation (``bead-fpga distill``, ``train --trigger distilled``): synthetic events per
#: background event and the power of the loss weights (1 + target)**p; measured in
#: benchmarks/results/triggers.md (see :mod:`bead_fpga.distill`).
DISTILL_AUGMENT = 2.0
DISTILL_TAIL_POWER = 1.0
DEFAULT_SEED = 0
#: The input map a model type is trained with unless told otherwise (``train --pt-map``); every
#: type not listed takes :class:`bead_fpga.transform.TransformOptions`'s affine map. The default
#: model's is the variant that earned its slot at 400 Hz (``benchmarks/results/pt_map.md``,
#: ``log2-objects-angles``): objects' pT by the leading-one log2, MET kept linear (the tau
#: signals live in its tail), eta and phi scaled to about [-1, 1] so that they do not outweigh
#: log2 pT in the squared error.
#: BEAD takes the same entry, not a copy: its encoder and decoder are the HVAE's, so the map the
#: HVAE's error was tuned on is the one its reconstruction term is measured in
#: (``benchmarks/results/bead_variants.md``).
_HVAE_TRANSFORM = TransformOptions(pt_map="log2-objects", angle_headroom_bits=5)
TRANSFORM_DEFAULTS: dict[str, TransformOptions] = {"hvae": _HVAE_TRANSFORM, "bead": _HVAE_TRANSFORM}
RUNS_DIR = Path("runs")
#: The committed reference HVAE, next to the package in a clone (an editable install).
REFERENCE_MODEL = Path(__file__).resolve().parent.parent / "models" / "hvae_8b"
_LAST_TRAINED = "last_trained.json"
#: How ``rate`` and ``evaluate`` score a model: the quantized model in torch, or its emulator
#: library (:mod:`bead_fpga.emulator.engine`), kept in :data:`EMULATOR_DIR`.
ENGINES = ("brevitas", "emulator")
EMULATOR_DIR = Path("emulators")


def check_engine(engine: str) -> str:
    if engine not in ENGINES:
        raise BeadError("--engine", f"unknown engine {engine!r}", f"choose {' or '.join(ENGINES)}")
    return engine


def default_transform_options(model_type: str) -> TransformOptions:
    """The input map ``train`` fits for ``model_type`` when none is named."""
    return TRANSFORM_DEFAULTS.get(model_type, TransformOptions())


def default_data_dir(say=print) -> Path:
    """The built-in generated events, written on first use (about 10 s) and reused after."""
    from bead_fpga.data.generate import generate

    dest = cache_dir() / "data" / f"generated_{DEFAULT_EVENTS}_seed{DEFAULT_SEED}"
    if (dest / BACKGROUND_FILE).is_file():
        return dest
    say(f"data: generating the built-in events ({DEFAULT_EVENTS:,} background + signals, seed "
        f"{DEFAULT_SEED}) into {dest} (once per machine)")
    dest.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=".generating-", dir=dest.parent))
    try:
        generate(staging, n_events=DEFAULT_EVENTS, seed=DEFAULT_SEED)
        try:
            staging.rename(dest)
        except OSError:  # another process finished first: its files are the same events
            if not (dest / BACKGROUND_FILE).is_file():
                raise
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return dest


def data_for(model_dir: ModelDir | str | Path, say=print) -> Path:
    """The data a trained model should be checked on: the directory it was trained on when it
    still holds the background file, else the built-in events."""
    mdir = ModelDir.of(model_dir)
    trained = mdir.training_run().get("data_dir")
    if trained and (mdir.resolve(trained) / BACKGROUND_FILE).is_file():
        return mdir.resolve(trained)
    return default_data_dir(say)


def default_out_dir(model_type: str, bits: int) -> Path:
    """``runs/<model>_<bits>b`` (``_float`` for 0 bits), or the next free numbered sibling
    when a training run is already there."""
    tag = f"{bits}b" if bits else "float"
    base = RUNS_DIR / f"{model_type}_{tag}"
    candidate, n = base, 1
    while candidate.exists() and any(candidate.iterdir()):
        n += 1
        candidate = base.with_name(f"{base.name}_{n}")
    return candidate


def record_trained(model_dir: str | Path) -> None:
    """Remember ``model_dir`` as the most recently trained model on this machine."""
    from bead_fpga.io import write_json

    write_json(cache_dir() / _LAST_TRAINED, {"model_dir": str(Path(model_dir).resolve())})


def default_model_dir() -> tuple[Path, str]:
    """The model directory to use when none is named, and why it was chosen."""
    record = cache_dir() / _LAST_TRAINED
    if record.is_file():
        try:
            last = Path(json.loads(record.read_text())["model_dir"])
        except (ValueError, KeyError, TypeError):
            last = None
        if last is not None and ModelDir(last).is_trained():
            return last, "the most recently trained model"
    if ModelDir(REFERENCE_MODEL).is_trained():
        return REFERENCE_MODEL, "the committed reference HVAE"
    raise BeadError("MODEL_DIR", "no model directory given, none trained on this machine and no reference model found",
                    "train one (`bead-fpga train --quantize 8`) or name a model directory")


def evaluation_split(model_dir: ModelDir | str | Path, max_events: int | None, seed: int | None) -> tuple[int | None, int]:
    """The background split to evaluate on: what the user gave, else the training run's
    (so the test events are the ones held out); ``max_events == 0`` means every event."""
    trained = ModelDir.of(model_dir).training_run()
    if max_events is None:
        max_events = trained.get("max_events", DEFAULTS.max_events)
    return (max_events or None), int(trained.get("seed", DEFAULTS.seed) if seed is None else seed)


def unseen_events(model_dir: ModelDir | str | Path, data_dir: Path, n_events: int | None, seed: int | None) -> np.ndarray:
    """Up to ``n_events`` background events of ``data_dir`` the model never saw in training
    (:func:`~bead_fpga.data.adc2021.unseen_background` with its training run's split,
    :func:`evaluation_split`): what every bit-exactness check, C-sim AUC and test vector uses."""
    trained, seed = evaluation_split(model_dir, None, seed)
    return unseen_background(data_dir, n_events, trained, seed)
