"""rule4ml's learned prediction of resources and latency, when rule4ml is installed.

rule4ml (Universite de Sherbrooke, ``pip install bead-fpga[rule4ml]``; it needs TensorFlow and
PyTorch Geometric) predicts LUT/FF/DSP/BRAM and clock cycles of an hls4ml ``io_parallel``
design from its layer list, with graph neural networks trained on thousands of hls4ml
syntheses. Its ``alveo-u200`` board is the same silicon as the VU9P, so predictions for a
VU9P build use that board; other parts have no rule4ml board and get no prediction.

Its predictors know Dense, ReLU, Sigmoid, Tanh, Softmax, BatchNorm, Add, Concatenate and
Dropout layers at one uniform precision, trained at a 10 ns clock. So here:

* the hls4ml model is mirrored as a plain ``torch.nn.Sequential`` of the layers rule4ml
  covers (casts between fixed-point types are wires and are left out); any other layer (the
  trigger score's element-wise square, for instance) is listed as *not covered*, and the
  prediction is then partial and says so;
* the uniform precision is the widest Dense weight type of the model (the operand that
  decides between LUT and DSP multipliers), integer bits clamped at 0 (rule4ml's format);
* cycles are rule4ml's, for its 10 ns training clock; they are reported as cycles only.

Every figure is labelled ``estimate:rule4ml``.
"""

from __future__ import annotations

import importlib.util
from typing import Any

SOURCE = "estimate:rule4ml"
NOT_INSTALLED = "rule4ml: not installed (pip install bead-fpga[rule4ml])"
#: rule4ml board for each device it was trained on; the U200 carries a VU9P.
BOARDS = {"xcvu9p": "alveo-u200", "xczu9eg": "zcu102", "xc7z020": "pynq-z2", "xcvu13p": "alveo-u250"}
_ACTIVATIONS = {"relu": "ReLU", "sigmoid": "Sigmoid", "tanh": "Tanh", "softmax": "Softmax"}
_WIRES = {"linear", "quant", "identity"}


def available() -> bool:
    return importlib.util.find_spec("rule4ml") is not None


def layer_specs(hls_model: Any) -> tuple[list[dict[str, Any]], list[str], str]:
    """``(specs, not_covered, precision)``: the layers rule4ml can take, in order, as plain
    dicts (``{"kind": "Linear", "n_in": 57, "n_out": 32}``, ``{"kind": "ReLU"}``...), the names
    of layers it cannot, and the uniform ``ap_fixed<W, I>`` to predict at."""
    specs: list[dict[str, Any]] = []
    not_covered: list[str] = []
    width, integer = 0, 0
    for layer in hls_model.get_layers():
        kind = layer.class_name
        if kind in ("Input", "InputLayer"):
            continue
        if kind == "Dense":
            specs.append({"kind": "Linear", "n_in": int(layer.get_attr("n_in")), "n_out": int(layer.get_attr("n_out")),
                          "name": layer.name})
            prec = layer.weights["weight"].type.precision
            if int(prec.width) > width:
                width, integer = int(prec.width), int(prec.integer)
        elif kind in ("Activation", "ReLU", "Softmax") and str(layer.get_attr("activation")).lower() in _ACTIVATIONS:
            specs.append({"kind": _ACTIVATIONS[str(layer.get_attr("activation")).lower()], "name": layer.name})
        elif kind == "Activation" and str(layer.get_attr("activation")).lower() in _WIRES:
            continue
        elif kind == "BatchNormalization":
            specs.append({"kind": "BatchNorm1d", "n": int(layer.get_attr("n_in")), "name": layer.name})
        else:
            not_covered.append(layer.name)
    # rule4ml reads ``ap_fixed<a, b>`` with b >= 0; the integer bits only set its fraction feature
    precision = f"ap_fixed<{width or 16}, {max(integer, 0) if width else 6}>"
    return specs, not_covered, precision


def predict_specs(specs: list[dict[str, Any]], precision: str, reuse: int, board: str, strategy: str = "Latency") -> dict[str, float]:
    """Run rule4ml's default predictors on a layer list; returns its raw outputs
    (``LUT``, ``FF``, ``DSP``, ``BRAM``, ``CYCLES``, ``INTERVAL`` where predicted)."""
    import torch
    from rule4ml.models.wrappers import MultiModelWrapper

    layers: list[torch.nn.Module] = []
    for spec in specs:
        if spec["kind"] == "Linear":
            layers.append(torch.nn.Linear(spec["n_in"], spec["n_out"]))
        elif spec["kind"] == "BatchNorm1d":
            layers.append(torch.nn.BatchNorm1d(spec["n"]))
        else:
            layers.append(getattr(torch.nn, spec["kind"])())
    model = torch.nn.Sequential(*layers)
    estimator = MultiModelWrapper()
    estimator.load_default_models()
    config = {"board": board, "model": {"strategy": strategy, "precision": precision, "reuse_factor": reuse}}
    frame = estimator.predict(model, hls_configs=config)
    row = frame.iloc[0].to_dict()
    return {k: float(row[k]) for k in ("LUT", "FF", "DSP", "BRAM", "CYCLES", "INTERVAL") if k in row}


def predict(hls_model: Any, settings: Any) -> dict[str, Any]:
    """rule4ml's prediction for the model, or a dict saying why there is none."""
    if not available():
        return {"available": False, "source": SOURCE, "message": NOT_INSTALLED}
    device = settings.part.device
    board = BOARDS.get(device)
    if board is None:
        return {"available": False, "source": SOURCE,
                "message": f"rule4ml: no board for {device} (it knows {', '.join(sorted(set(BOARDS.values())))})"}
    specs, not_covered, precision = layer_specs(hls_model)
    try:
        raw = predict_specs(specs, precision, settings.reuse, board, settings.strategy)
    except Exception as err:  # a third-party predictor: report its failure, do not stop the build
        return {"available": False, "source": SOURCE, "message": f"rule4ml failed: {type(err).__name__}: {err}"}
    return {
        "available": True,
        "source": SOURCE,
        "board": board,
        "precision": precision,
        "covers_all_layers": not not_covered,
        "not_covered": not_covered,
        "lut": round(raw["LUT"]) if "LUT" in raw else None,
        "ff": round(raw["FF"]) if "FF" in raw else None,
        "dsp": round(raw["DSP"]) if "DSP" in raw else None,
        "bram18": round(raw["BRAM"]) if "BRAM" in raw else None,
        "latency_cycles": round(raw["CYCLES"]) if "CYCLES" in raw else None,
        "interval_cycles": round(raw["INTERVAL"]) if "INTERVAL" in raw else None,
        "message": ("rule4ml (alveo-u200 = VU9P silicon), uniform " + precision + ", cycles at its 10 ns training clock"
                    + ("" if not not_covered else f"; not covered: {', '.join(not_covered)} (prediction partial)")),
    }
