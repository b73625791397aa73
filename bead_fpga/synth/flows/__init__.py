"""Synthesis flows, chosen by name (``bead-fpga synth --flow NAME``); see :mod:`.base`.

Importing this package registers every flow; a new flow is one module here, added to the
import line below.
"""

from bead_fpga.synth.flows import imported, open, vitis, vivado  # noqa: F401  (register the flows)
from bead_fpga.synth.flows.base import Figure, Flow, FlowOptions, FlowPlan, FlowResult, flow_names, get_flow, make_flow, register

__all__ = ["Figure", "Flow", "FlowOptions", "FlowPlan", "FlowResult", "flow_names", "get_flow", "make_flow", "register"]
