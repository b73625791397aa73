"""What every bead-fpga hls4ml extension needs: its place in hls4ml's flows, the backends it
registers on, and exact fixed-point result types.

hls4ml runs an optimizer flow as a list in which the first matching pass wins and the list
restarts after every change, so *where* a pass sits decides what it sees: a pass that must
act on a ``MatMul`` before hls4ml's ``matmul_const_to_dense`` claims it, or that must set an
exact result type before ``infer_precision_types`` fills in the default, is inserted just
before that pass (:func:`insert_pass`). hls4ml's ``register_pass`` itself only appends.
"""

from __future__ import annotations

from pathlib import Path

from hls4ml.backends import get_backend
from hls4ml.backends.template import FunctionCallTemplate, LayerConfigTemplate
from hls4ml.model.flow import get_flow
from hls4ml.model.optimizer import register_pass
from hls4ml.model.types import FixedPrecisionType, IntegerPrecisionType, PrecisionType

from bead_fpga.graph.fixed import FixedFormat

#: Every backend an extension registers its templates and C++ sources on. Vitis runs
#: Vivado's templates too, but writes only the sources registered on itself.
BACKENDS = ("Vivado", "Vitis")
#: Where the extensions' C++ headers live (copied into each project's ``nnet_utils/``).
INCLUDE_DIR = Path(__file__).resolve().parent / "include"


def insert_pass(flow: str, name: str, opt_cls: type, before: str) -> None:
    """Register ``opt_cls`` as pass ``name`` and put it just before ``before`` in ``flow``."""
    register_pass(name, opt_cls)
    passes = get_flow(flow).optimizers  # the flow's own list: hls4ml has no insert-at API
    passes.insert(passes.index(before), name)


def register_templates(*template_classes: type) -> None:
    """Register layer-config and function-call templates on every backend."""
    for backend in BACKENDS:
        for template in template_classes:
            get_backend(backend).register_template(template)


def register_header(file_name: str) -> None:
    """Copy ``include/<file_name>`` into every project's ``nnet_utils/`` on every backend."""
    for backend in BACKENDS:
        get_backend(backend).register_source(INCLUDE_DIR / file_name)


def fixed_format(precision: PrecisionType) -> FixedFormat | None:
    """The core's :class:`~bead_fpga.graph.fixed.FixedFormat` of a fixed-point or integer
    type, ``None`` for others (float, unspecified)."""
    if isinstance(precision, (FixedPrecisionType, IntegerPrecisionType)):
        return FixedFormat.of_precision(precision)
    return None


def hls_type(fmt: FixedFormat) -> FixedPrecisionType:
    """hls4ml's type of a format (the exact sum and product formats come from
    :meth:`FixedFormat.summed` and :meth:`FixedFormat.times`)."""
    return FixedPrecisionType(fmt.bits, fmt.integer, fmt.signed)


def replace_layer(model, node, layer_cls: type, name: str, attributes: dict, inputs: list[str]) -> None:
    """Put a new ``layer_cls`` layer called ``name`` in ``node``'s place, with ``node``'s
    configuration (reuse factor, precisions) and outputs: hls4ml's own rewrites do the same."""
    config = model.config.get_layer_config(node)
    model.config.set_name_config(name, config)
    model.config.parse_name_config(name, config)
    model.replace_node(node, model.make_node(layer_cls, name, attributes, inputs, list(node.outputs)))


def layer_templates(layer_cls: type, config: str, function: str, header: str) -> tuple[type, type]:
    """The config-struct and function-call templates of a layer whose C++ takes only hls4ml's
    default parameters (``{index}``, the layer's attributes and types; ``{input_t}``,
    ``{output_t}``, ``{config}``, ``{input}``, ``{output}``), calling a function declared in
    ``nnet_utils/<header>``: the two classes hls4ml's extension example writes by hand."""

    class ConfigTemplate(LayerConfigTemplate):
        def __init__(self) -> None:
            super().__init__(layer_cls)
            self.template = config

        def format(self, node) -> str:
            return self.template.format(**self._default_config_params(node))

    class FunctionTemplate(FunctionCallTemplate):
        def __init__(self) -> None:
            super().__init__(layer_cls, include_header=[f"nnet_utils/{header}"])
            self.template = function

        def format(self, node) -> str:
            return self.template.format(**self._default_function_params(node))

    name = layer_cls.__name__
    ConfigTemplate.__name__, FunctionTemplate.__name__ = f"{name}ConfigTemplate", f"{name}FunctionTemplate"
    ConfigTemplate.__qualname__, FunctionTemplate.__qualname__ = ConfigTemplate.__name__, FunctionTemplate.__name__
    return ConfigTemplate, FunctionTemplate
