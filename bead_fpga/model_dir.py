"""The model directory, the unit of work: one object owns the names of the files in it, loading
and the float twin.

Every stage reads what the stage before it wrote into a model directory, so a user can stop
and resume anywhere and hand the directory to someone else months later. That only works if
every stage agrees on the names and on how a model is rebuilt; they all go through
:class:`ModelDir` (``mdir.weights_file``, ``mdir.csim_rtl_file``, ``mdir.report_files``,
``mdir.plot_file("roc_quantized")``, ...) instead of spelling ``"config.json"`` or
``"float_twin"`` themselves. The command line makes the ModelDir once per command and the
stages hand it on: a stage takes a ModelDir or a path and makes it one with
:meth:`ModelDir.of`, which passes a ModelDir through unchanged. (The files of an hls4ml or
RTL project and of a scan's own bookkeeping are named by their own modules: they live in the
project or scan directories. What a scan writes into a model directory, ``model_result.json``
and ``error.log``, is named here.)

Paths recorded inside artefacts (``metrics_train.json``'s data directory, ``metrics.json``,
``csim.json``, ``synth.json``, ``hls4ml_config.yml``) are written relative to the model
directory, or to the cache directory, with :meth:`ModelDir.rel` and read back with
:meth:`ModelDir.resolve`, so a directory copied to another machine keeps working and a
committed artefact names no machine's own paths.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from bead_fpga.errors import BeadError
from bead_fpga.io import portable_path, resolve_recorded

if TYPE_CHECKING:  # imports torch/brevitas: only where a model is actually loaded
    from bead_fpga.models import AnomalyModel, ModelConfig
    from bead_fpga.transform import InputTransform

CONFIG_FILE = "config.json"
TRANSFORM_FILE = "transform.json"
WEIGHTS_FILE = "weights.pt"
CHECKPOINT_FILE = "checkpoint.pt"
METRICS_TRAIN_FILE = "metrics_train.json"
METRICS_FILE = "metrics.json"
CSIM_FILE = "csim.json"
CSIM_RTL_FILE = "csim_rtl.json"
TRACE_FILE = "trace.json"
TRACE_PLOT = "trace.png"
PLOT_SUFFIX = ".png"
REPORT_JSON = "report.json"
REPORT_MD = "report.md"
REPORT_PNG = "report.png"
SYNTH_FILE = "synth.json"
HLS_CONFIG_FILE = "hls4ml_config.yml"
TWIN_DIR = "float_twin"
PLOTS_DIR = "plots"
QONNX_SUFFIX = ".qonnx.onnx"
RATE_FILE = "rate.json"
RATE_PLOT = "tpr_vs_rate.png"
#: What a scan records of a model it built (its outcome, reused by later scans) and why a stage failed.
SCAN_RESULT_FILE = "model_result.json"
ERROR_LOG = "error.log"

_TRAIN_FIRST = "train a model into this directory first (`bead-fpga train --out DIR`)"


@dataclass(frozen=True)
class LoadedModel:
    """A model rebuilt from its directory, in eval mode, with what it needs to run."""

    model: AnomalyModel
    transform: InputTransform
    config: ModelConfig

    def __iter__(self):
        """Unpacks as ``model, transform, config``."""
        return iter((self.model, self.transform, self.config))


class ModelDir:
    """One model directory: file locations, loading, and its float twin."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)

    @classmethod
    def of(cls, model_dir: ModelDir | str | Path) -> ModelDir:
        """``model_dir`` itself when it is a ModelDir (a stage hands the one it was given on),
        else a ModelDir of the path: the one place a stage's argument becomes a ModelDir."""
        return model_dir if isinstance(model_dir, ModelDir) else cls(model_dir)

    def __repr__(self) -> str:
        return f"ModelDir({str(self.path)!r})"

    def __fspath__(self) -> str:
        """A ModelDir goes wherever a path does (``Path(mdir)``, ``open``): stages take either."""
        return str(self.path)

    def __truediv__(self, name: str) -> Path:
        return self.path / name

    # --- files ---------------------------------------------------------------------------

    @property
    def config_file(self) -> Path:
        return self.path / CONFIG_FILE

    @property
    def transform_file(self) -> Path:
        return self.path / TRANSFORM_FILE

    @property
    def weights_file(self) -> Path:
        return self.path / WEIGHTS_FILE

    @property
    def checkpoint_file(self) -> Path:
        return self.path / CHECKPOINT_FILE

    @property
    def metrics_train_file(self) -> Path:
        return self.path / METRICS_TRAIN_FILE

    @property
    def metrics_file(self) -> Path:
        return self.path / METRICS_FILE

    @property
    def csim_file(self) -> Path:
        return self.path / CSIM_FILE

    @property
    def csim_rtl_file(self) -> Path:
        """``csim_rtl.json``: the RTL engine's result beside the hls4ml engine's ``csim.json``."""
        return self.path / CSIM_RTL_FILE

    @property
    def trace_file(self) -> Path:
        return self.path / TRACE_FILE

    @property
    def trace_plot(self) -> Path:
        return self.plots_dir / TRACE_PLOT

    def plot_file(self, name: str) -> Path:
        """``plots/<name>.png``, a figure ``bead-fpga evaluate`` draws (``roc_quantized``, ...)."""
        return self.plots_dir / f"{name}{PLOT_SUFFIX}"

    @property
    def report_files(self) -> tuple[Path, Path, Path]:
        """``report.json``, ``report.md``, ``report.png``: the hardware report's three forms."""
        return self.path / REPORT_JSON, self.path / REPORT_MD, self.path / REPORT_PNG

    @property
    def synth_file(self) -> Path:
        return self.path / SYNTH_FILE

    @property
    def rate_file(self) -> Path:
        """``rate.json``: ``bead-fpga rate``'s thresholds and TPRs (the scan writes it here)."""
        return self.path / RATE_FILE

    @property
    def scan_result_file(self) -> Path:
        """``model_result.json``: a scan's outcome of building this model, reused by later scans."""
        return self.path / SCAN_RESULT_FILE

    @property
    def error_log(self) -> Path:
        """``error.log``: the traceback of the stage that failed on this model (a scan writes it)."""
        return self.path / ERROR_LOG

    @property
    def hls_config_file(self) -> Path:
        return self.path / HLS_CONFIG_FILE

    def hls_config(self) -> dict[str, Any]:
        """``hls4ml_config.yml`` as a mapping (hls4ml's configuration plus our ``bead_fpga``
        settings), or the one-line error when it is missing or not such a mapping."""
        import yaml

        fix = f"run `bead-fpga convert {self.path}` (or csim) first"
        path = self.require(self.hls_config_file, fix)
        try:
            config = yaml.safe_load(path.read_text())
        except yaml.YAMLError as err:
            raise BeadError(path, f"not readable YAML ({type(err).__name__})", fix) from None
        if not isinstance(config, dict) or "OnnxModel" not in config or not isinstance(config.get("bead_fpga", {}), dict):
            raise BeadError(path, "not an hls4ml configuration written by bead-fpga", fix)
        return config

    @property
    def plots_dir(self) -> Path:
        return self.path / PLOTS_DIR

    @property
    def twin_path(self) -> Path:
        """Where the float twin lives (whether or not one was trained)."""
        return self.path / TWIN_DIR

    def qonnx_file(self, name: str | None = None) -> Path:
        """``<name>.qonnx.onnx``, the exported trigger path (name from ``config.json`` by default)."""
        return self.path / f"{name or self.config().name}{QONNX_SUFFIX}"

    def require(self, path: Path, fix: str = _TRAIN_FIRST) -> Path:
        """``path`` if it is a file, else the one-line error naming it and what to do."""
        if not self.path.is_dir():
            raise BeadError(self.path, "model directory not found", fix)
        if not path.is_file():
            raise BeadError(path, "file not found", fix)
        return path

    def is_trained(self) -> bool:
        return self.config_file.is_file() and self.weights_file.is_file()

    # --- paths inside artefacts ------------------------------------------------------------

    def rel(self, path: str | Path) -> str:
        """``path`` as an artefact of this directory records it (relative to it, or inside the
        cache directory: :func:`bead_fpga.io.portable_path`), so it stays valid when the
        directory is copied elsewhere and names no machine's own directories."""
        return portable_path(path, self.path)

    def resolve(self, recorded: str | Path) -> Path:
        """A path recorded with :meth:`rel` (or an absolute one), as a usable path."""
        return resolve_recorded(recorded, self.path)

    # --- loading ---------------------------------------------------------------------------

    def config(self) -> ModelConfig:
        from bead_fpga.models.config import ModelConfig

        return ModelConfig.load(self.require(self.config_file))

    def transform(self) -> InputTransform:
        from bead_fpga.transform import InputTransform

        return InputTransform.load(self.require(self.transform_file))

    def load(self) -> LoadedModel:
        """The model in eval mode with its transform and config (``weights_only=True``); a
        missing file, or weights that do not fit the configuration, is a one-line error."""
        from bead_fpga.models import build_model

        cfg = self.config()
        transform = self.transform()
        weights = self.require(self.weights_file)
        model = build_model(cfg)
        try:
            model.load_state_dict(torch_load(weights))
        except RuntimeError as err:
            detail = " ".join(str(err).split())[:300]
            raise BeadError(weights, f"weights do not match {CONFIG_FILE} ({detail})",
                            "the directory mixes files from different runs; retrain") from None
        model.eval()
        return LoadedModel(model, transform, cfg)

    def twin(self, explicit: str | Path | None = None) -> ModelDir | None:
        """The float twin: ``explicit`` if given (it must hold a trained float model), else
        ``float_twin/`` when a model was trained there, else ``None``."""
        if explicit is not None:
            twin = ModelDir(explicit)
            if not twin.config_file.is_file():
                raise BeadError(twin.path, "no float-twin model here (config.json missing)",
                                "train one with `bead-fpga train --quantize 0 --out DIR`, or drop --twin")
            if twin.config().bits != 0:
                raise BeadError(twin.path, f"the twin is a {twin.config().bits}-bit model, not a float one",
                                "point --twin at a model trained with --quantize 0")
            return twin
        default = ModelDir(self.twin_path)
        return default if default.is_trained() else None

    def metrics_train(self) -> dict[str, Any]:
        """``metrics_train.json`` (what training recorded), or ``{}`` for a model without it."""
        from bead_fpga.io import read_json

        return read_json(self.metrics_train_file) if self.metrics_train_file.is_file() else {}

    def training_run(self) -> dict[str, Any]:
        """The settings the model was trained with (``metrics_train.json``'s ``run``), or ``{}``."""
        return self.metrics_train().get("run", {})


def torch_load(path: Path) -> Any:
    """``torch.load(weights_only=True)``; a file that cannot be read so is a one-line error."""
    import torch

    try:
        return torch.load(path, map_location="cpu", weights_only=True)
    except Exception as err:  # noqa: BLE001 - any unpickling/zip failure is a bad file
        msg = " ".join(str(err).split())[:200]
        raise BeadError(path, f"cannot be read as a weights-only torch file ({type(err).__name__}: {msg})",
                        "re-copy the file or retrain") from None
