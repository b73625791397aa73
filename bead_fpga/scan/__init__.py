"""Design-space scans: many points of (model, bits, sizes, trigger kind, reuse, clock), each
run through train -> evaluate -> export -> csim -> synth on Ray, resumable, in one table,
with the Pareto front of physics against latency and LUTs.

``spec`` reads the YAML scan file into typed, validated points; ``points`` keys them (and
the models they share) and owns their directories; ``run`` runs them as Ray tasks; ``table``
gathers the results table; ``front`` computes the Pareto front and writes its plot and
Markdown table.
"""

from bead_fpga.scan.front import pareto_front, write_front
from bead_fpga.scan.run import ScanSummary, run_scan
from bead_fpga.scan.spec import ScanSpec, load_spec

__all__ = ["ScanSpec", "ScanSummary", "load_spec", "pareto_front", "run_scan", "write_front"]
