"""Data-path throughput and memory: generator events/s, chunked-reader events/s and peak memory.

    python benchmarks/bench_data.py [--events 2000000]

Writes a background file of ``--events`` events into a temporary directory, then reads it with
``iter_chunks`` at several chunk sizes, and, for contrast, whole with ``read_features``. Each
measurement runs in a fresh process so that its peak RSS (``getrusage``) is its own; the
tracemalloc peak counts numpy's allocations only, so it isolates the reader's buffers from the
interpreter and libraries. The point to check: the chunked reader's memory follows the chunk
size, not the file size. The file has just been written, so reads come from the page cache
(this measures the reader, not the disk). Results go to ``benchmarks/results/data.json``.
"""

from __future__ import annotations

import argparse
import multiprocessing
import os
import resource
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path
from typing import Any

from common import machine as common_machine

RESULTS = Path(__file__).resolve().parent / "results" / "data.json"
CHUNK_SIZES = (10_000, 100_000, 1_000_000)


def _rss_mb() -> float:
    """Peak resident set size of this process so far (Linux reports kB)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _generate(out_dir: str, n_events: int) -> dict[str, Any]:
    from bead_fpga.data.generate import generate

    base = _rss_mb()
    t0 = time.perf_counter()
    path = generate(out_dir, n_events=n_events, seed=0, n_signal=0)["background"]
    seconds = time.perf_counter() - t0
    return {
        "events": n_events,
        "seconds": round(seconds, 2),
        "events_per_s": round(n_events / seconds),
        "file_mb": round(path.stat().st_size / 1e6, 1),
        "rss_before_mb": round(base, 1),
        "peak_rss_mb": round(_rss_mb(), 1),
    }


def _read(path: str, chunk_size: int | None) -> dict[str, Any]:
    """Time one pass (chunked, or whole when chunk_size is None), then a tracemalloc pass."""
    from bead_fpga.data.adc2021 import iter_chunks, read_features

    def one_pass() -> int:
        if chunk_size is None:
            return len(read_features(path)[0])
        return sum(len(x) for x, _ in iter_chunks(path, chunk_size=chunk_size))

    base = _rss_mb()
    t0 = time.perf_counter()
    n = one_pass()
    seconds = time.perf_counter() - t0
    peak_rss = _rss_mb()
    tracemalloc.start()
    one_pass()
    traced_peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    return {
        "mode": "read_features (all)" if chunk_size is None else "iter_chunks",
        "chunk_size": chunk_size,
        "events": n,
        "seconds": round(seconds, 3),
        "events_per_s": round(n / seconds),
        "rss_before_mb": round(base, 1),
        "peak_rss_mb": round(peak_rss, 1),
        "rss_growth_mb": round(peak_rss - base, 1),
        "tracemalloc_peak_mb": round(traced_peak / 1e6, 1),
    }


def _in_fresh_process(fn, *args) -> dict[str, Any]:
    with multiprocessing.get_context("spawn").Pool(1) as pool:
        return pool.apply(fn, args)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=2_000_000, help="background events to write and read")
    args = parser.parse_args()

    from rich.console import Console
    from rich.table import Table

    from bead_fpga.io import write_json

    load_start = os.getloadavg()
    with tempfile.TemporaryDirectory(prefix="bench_data_") as tmp:
        gen = _in_fresh_process(_generate, tmp, args.events)
        path = str(Path(tmp) / "background_for_training.h5")
        reads = [_in_fresh_process(_read, path, c) for c in CHUNK_SIZES]
        reads.append(_in_fresh_process(_read, path, None))

    command = "python benchmarks/bench_data.py" + ("" if args.events == 2_000_000 else f" --events {args.events}")
    machine = common_machine("numpy", "h5py")
    # the machine may be shared: a 1-minute load above cpu_count means contended timings
    machine["load_average_1min"] = {"start": round(load_start[0], 2), "end": round(os.getloadavg()[0], 2)}
    write_json(RESULTS, {"command": command, "machine": machine, "generate": gen, "read": reads})

    table = Table(title=f"bead-fpga data path, {args.events:,} background events ({gen['file_mb']} MB file)")
    for col in ("step", "chunk", "events/s", "s", "peak RSS MB", "RSS growth MB", "numpy peak MB"):
        table.add_column(col, justify="left" if col == "step" else "right", no_wrap=col in ("step", "chunk"))
    table.add_row("generate+write", "-", f"{gen['events_per_s']:,}", f"{gen['seconds']}", f"{gen['peak_rss_mb']}",
                  f"{gen['peak_rss_mb'] - gen['rss_before_mb']:.1f}", "-")
    for r in reads:
        table.add_row(r["mode"], f"{r['chunk_size']:,}" if r["chunk_size"] else "-", f"{r['events_per_s']:,}", f"{r['seconds']}",
                      f"{r['peak_rss_mb']}", f"{r['rss_growth_mb']}", f"{r['tracemalloc_peak_mb']}")
    Console().print(table)
    print(f"results: {RESULTS}  (command: {command})", file=sys.stderr)


if __name__ == "__main__":
    main()
