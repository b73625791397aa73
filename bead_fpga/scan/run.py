"""Running a scan on Ray, on a local Ray instance or an existing cluster: one task per model
(train -> evaluate -> export, :func:`build_model`) and one per point (csim -> synth on a copy of
its model, :func:`run_point`), the point's task taking the model task's result as its argument,
so Ray starts it when its model is built and points that differ only in hardware settings
share one training.

Why Ray and not a pool of our own: a task that dies with its worker (a kill, an out-of-memory
kill, a node that leaves) is retried by Ray on another worker; the same code runs on a laptop
(a local instance started here) and on a group's cluster (``--address``), where Ray places
each task by the CPUs it asks for. Nothing here schedules: the driver submits tasks, keeps at
most ``workers`` points in flight (Ray's documented ``ray.wait`` pattern for bounding
pending tasks) and records each result as it arrives.

What makes a scan safe to stop at any moment:

* a point is finished when ``points/<key>/result.json`` exists, a model when
  ``models/<model key>/model_result.json`` does; each is written last, atomically, so work
  killed half-way has none and is run again;
* a model built again resumes its training from the last epoch's checkpoint
  (``TrainSettings(resume=True)``), and a point reuses its compiled C++ when unchanged, so an
  interruption loses at most the epoch and stage in progress;
* a point or model is keyed by its explicit settings (stable across versions) but records
  every setting it ran with, defaults included; one finished under a default that has since
  moved (a new release changing a training default) is *stale* and runs again (a stale model
  directory is kept aside as ``models/<model key>.stale-<time>``), so one table never mixes
  results of two meanings of the same settings;
* a stage that raises (a bad setting, a model that does not export) finishes its point as
  ``failed`` with the one-line error in ``result.json`` (traceback in ``error.log``), and the
  scan goes on. Failed points are kept as results (they fail again for the same reason) unless
  ``retry_failed`` is set. A worker that Ray could not keep alive through its retries counts
  as a failure of that point too.

Threads: each task asks Ray for ``threads`` CPUs and sets torch to as many, and Ray sets
``OMP_NUM_THREADS`` to the task's CPUs, so two points on two cores do not fight over them.
"""

from __future__ import annotations

import datetime as _dt
import os
import shutil
import socket
import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bead_fpga.errors import BeadError
from bead_fpga.io import read_json, write_json
from bead_fpga.model_dir import CHECKPOINT_FILE, ERROR_LOG, SCAN_RESULT_FILE, ModelDir
from bead_fpga.scan.points import (MODEL_SUBDIR, Point, model_path, model_settings, moved,
                                   point_dir, read_result, write_result)
from bead_fpga.scan.spec import ScanSpec

DATA_DIR = "data"
DATA_MARKER = "generated.json"
#: The stages that build a model; the rest (csim, synth) build one point's hardware from it.
MODEL_STAGES = ("train", "evaluate", "rate", "export")
#: Ray retries a task whose worker died this many times before the point counts as failed.
MAX_WORKER_RETRIES = 2


def one_line(err: BaseException) -> str:
    """A BeadError as it prints; anything else as ``Type: first line``, or, for an error
    with no message (a bare ``assert`` deep in a library), ``Type at file:line (function)``."""
    if isinstance(err, BeadError):
        return str(err)
    text = str(err).strip().splitlines()
    if text:
        return f"{type(err).__name__}: {text[0]}"
    frames = traceback.extract_tb(err.__traceback__)
    if not frames:
        return type(err).__name__
    where = frames[-1]
    short = where.filename.split("site-packages/")[-1]
    return f"{type(err).__name__} at {short}:{where.lineno} ({where.name})"


def prepare_data(data: dict[str, Any], out: Path) -> Path:
    """The data directory of the scan: the given path, or events generated once into
    ``out/data/<events>_seed<seed>/`` (a marker file written last says they are complete)."""
    if "path" in data:
        path = Path(data["path"])
        if not path.is_dir():
            raise BeadError(path, "data directory not found", "fix `data: path:` in the scan file")
        return path
    gen = data["generate"]
    target = Path(out) / DATA_DIR / f"{gen['events']}_seed{gen['seed']}"
    if gen["signal_events"] is not None:
        target = target.with_name(f"{target.name}_sig{gen['signal_events']}")
    marker = target / DATA_MARKER
    if not marker.is_file() or read_json(marker) != gen:
        from bead_fpga.data.generate import generate

        generate(target, n_events=gen["events"], seed=gen["seed"], n_signal=gen["signal_events"])
        write_json(marker, gen)
    return target


# --------------------------------------------------------------------------------------------
# A model, and one point's hardware (each runs in a Ray worker)
# --------------------------------------------------------------------------------------------

def _model_calls(point: Point, data_dir: Path, model_dir: Path, threads: int,
                 operating_point: dict[str, Any] | None) -> dict[str, Callable[[], Any]]:
    """The model stages as calls of the package's public stage functions; ``rate`` measures
    on ``operating_point["data_dir"]`` at its ``fpr`` and writes ``rate.json`` beside the model."""
    from bead_fpga.evaluate import evaluate
    from bead_fpga.export import export
    from bead_fpga.rate import rate
    from bead_fpga.train import run_training
    from bead_fpga.train_settings import TrainSettings

    split, resolved = point.split(), point.resolved()  # evaluate and export use training's split of the data
    op = operating_point or {}

    def run_train() -> Path:  # the settings are built (and checked) in the worker: a bad one fails the point
        settings = TrainSettings(model_type=split.model_type, resume=True, progress=False, threads=threads,
                                 transform_options=split.transform_options(),
                                 model_options={"name": point.model_name(), **split.model}, **split.train)
        return run_training(settings, data_dir, model_dir)

    return {
        "train": run_train,
        "rate": lambda: rate([model_dir], Path(op["data_dir"]), [op["fpr"]], out_dir=model_dir, plot=False,
                             threads=threads),
        "evaluate": lambda: evaluate(model_dir, data_dir, max_events=resolved["max_events"], seed=resolved["seed"],
                                     plots=False),
        "export": lambda: export(model_dir, data_dir, n_events=resolved["export_events"], seed=resolved["seed"]),
    }


def _hardware_calls(point: Point, data_dir: Path, root: Path) -> dict[str, Callable[[], Any]]:
    """The hardware stages of a point, on its own copy of the model directory."""
    from bead_fpga.csim import csim
    from bead_fpga.report import write_report
    from bead_fpga.synth.run import synth

    split, resolved = point.split(), point.resolved()
    model_dir, projects = root / MODEL_SUBDIR, root / "hls_projects"
    settings = split.hls_settings()

    def run_synth() -> None:
        synth(model_dir, settings, projects_root=projects, **split.synth)
        write_report(model_dir)

    return {
        "csim": lambda: csim(model_dir, data_dir, n_events=resolved["csim_events"], settings=settings,
                             projects_root=projects, seed=resolved["seed"], firmware_root=root / "firmware"),
        "synth": run_synth,
    }


def _run_stages(calls: dict[str, Callable[[], Any]], stages: tuple[str, ...], log: Path) -> dict[str, Any]:
    """Run the stages in order; the first exception ends them as ``failed`` with its one-line
    error (the traceback goes to ``log``). Seconds per finished stage."""
    seconds: dict[str, float] = {}
    for stage in stages:
        start = time.perf_counter()
        try:
            calls[stage]()
        except Exception as err:  # noqa: BLE001  (a failing point is a result, not the scan's end)
            log.parent.mkdir(parents=True, exist_ok=True)
            log.write_text(traceback.format_exc())
            return {"status": "failed", "error": one_line(err), "failed_stage": stage, "seconds": seconds}
        seconds[stage] = round(time.perf_counter() - start, 2)
    return {"status": "ok", "error": None, "failed_stage": None, "seconds": seconds}


def build_model(point: Point, out: str, data_dir: str, stages: tuple[str, ...], threads: int,
                retry_failed: bool, operating_point: dict[str, Any] | None = None) -> dict[str, Any]:
    """Train, evaluate, measure at the operating point and export the model of ``point`` into
    ``out/models/<model key>/``, once for every point that shares it; returns (and saves, last
    and atomically, as ``model_result.json``) its outcome, which a later scan reuses instead of
    rebuilding."""
    import torch

    torch.set_num_threads(threads)
    mdir = ModelDir(model_path(Path(out), point.model_key))
    model_dir, done = mdir.path, mdir.scan_result_file
    resolved = model_settings(point.resolved())
    if done.is_file():
        outcome = read_json(done)
        if moved(outcome.get("resolved"), resolved):  # built under other defaults: keep it aside, build anew
            model_dir.rename(model_dir.with_name(f"{model_dir.name}.stale-{int(time.time())}"))
        elif outcome["status"] == "ok" or not retry_failed:
            return outcome
    outcome = {"model_key": point.model_key, "pid": os.getpid(), "resolved": resolved, "stages": list(stages),
               **_run_stages(_model_calls(point, Path(data_dir), model_dir, threads, operating_point), stages, mdir.error_log)}
    write_json(done, outcome)
    return outcome


def run_point(point: Point, out: str, data_dir: str, stages: tuple[str, ...], threads: int,
              spec_path: str, model: dict[str, Any]) -> dict[str, Any]:
    """Finish one point on its built ``model`` (the outcome of :func:`build_model`): copy the
    model into the point's directory, run its hardware ``stages``, write ``result.json``.

    A failed model or stage ends the point as ``failed`` (never the scan); an interruption
    (KeyboardInterrupt, the worker killed) writes nothing, so the point runs again.
    """
    import torch

    from bead_fpga.scan.table import point_figures

    torch.set_num_threads(threads)  # C-sim's reference scores run the model in torch

    out_path = Path(out)
    root = point_dir(out_path, point.key)
    root.mkdir(parents=True, exist_ok=True)
    result: dict[str, Any] = {
        "key": point.key, "model_key": point.model_key, "settings": point.settings, "resolved": point.resolved(),
        "data": point.data,
        "stages": [*model.get("stages", MODEL_STAGES), *stages], "spec": spec_path, "host": socket.gethostname(), "pid": os.getpid(),
        "threads": threads, "started": _dt.datetime.now(_dt.timezone.utc).isoformat(timespec="seconds"),
    }
    shared = ModelDir(model_path(out_path, point.model_key))
    if model["status"] == "ok":
        shutil.copytree(shared.path, root / MODEL_SUBDIR, dirs_exist_ok=True,
                        ignore=shutil.ignore_patterns(SCAN_RESULT_FILE, CHECKPOINT_FILE, ".*.part"))
        hardware = _run_stages(_hardware_calls(point, Path(data_dir), root), stages, root / ERROR_LOG)
    else:
        if shared.error_log.is_file():
            shutil.copyfile(shared.error_log, root / ERROR_LOG)
        hardware = {k: model[k] for k in ("status", "error", "failed_stage")} | {"seconds": {}}
    seconds = model["seconds"] | hardware.pop("seconds")
    result.update(hardware, seconds=seconds | {"total": round(sum(seconds.values()), 2)})
    result["finished"] = _dt.datetime.now(_dt.timezone.utc).isoformat(timespec="seconds")
    result.update(point_figures(root / MODEL_SUBDIR))
    write_result(out_path, point.key, result)
    return result


# --------------------------------------------------------------------------------------------
# The driver
# --------------------------------------------------------------------------------------------

@dataclass
class ScanSummary:
    """What one call of :func:`run_scan` did."""

    points: int
    already_done: int
    ran: int
    ok: int
    failed: int
    seconds: float
    workers: int
    table: Path
    stale: int = 0  #: finished points run again because a default they depend on has moved

    @property
    def points_per_hour(self) -> float | None:
        return 3600.0 * self.ran / self.seconds if self.ran and self.seconds > 0 else None


def _start_ray(address: str | None, workers: int | None, threads: int) -> tuple[bool, int]:
    """Connect to ``address`` or start a local instance (unless one is running in this
    process); returns (whether we started it, how many points run at once)."""
    import logging

    import ray

    started = False
    if not ray.is_initialized():
        if address:
            ray.init(address=address, logging_level=logging.WARNING, log_to_driver=False)
        else:
            cpus = (workers or max(1, (os.cpu_count() or 1) // threads)) * threads
            ray.init(num_cpus=cpus, include_dashboard=False, logging_level=logging.WARNING, log_to_driver=False)
        started = True
    available = int(ray.cluster_resources().get("CPU", 1)) // threads
    return started, max(1, min(workers or available, available))


def select_points(points: list[Point], only: list[str] | None, where: str) -> list[Point]:
    """The points whose key starts with one of ``only`` (all when ``only`` is empty)."""
    if not only:
        return points
    chosen = [p for p in points if any(p.key.startswith(prefix) for prefix in only)]
    missing = [prefix for prefix in only if not any(p.key.startswith(prefix) for p in points)]
    if missing:
        raise BeadError(where, f"no point with key {', '.join(missing)}", "see the key column of results.csv")
    return chosen


def run_scan(
    spec: ScanSpec, out: Path, address: str | None = None, workers: int | None = None, retry_failed: bool = False,
    only: list[str] | None = None, on_result: Callable[[dict[str, Any], int, int], None] | None = None,
) -> ScanSummary:
    """Run every unfinished point of ``spec`` under ``out`` on Ray; rewrite the results table
    after each point. ``on_result(result, done, total)`` is called as each point finishes.
    A KeyboardInterrupt cancels the points in flight (their finished stages stay) and is
    re-raised after the table is written."""
    import ray

    from bead_fpga.scan.table import TABLE_CSV, write_table

    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    points = select_points(spec.points(), only, str(spec.path))
    state = {p.key: _state(out, p, retry_failed) for p in points}
    done = {key for key, s in state.items() if s == "done"}
    todo = [p for p in points if p.key not in done]
    data_dir = prepare_data(spec.data, out) if todo else None
    operating_point = ({"data_dir": str(prepare_data(spec.operating_point["data"], out)), "fpr": spec.operating_point["fpr"]}
                       if todo and spec.operating_point else None)
    start = time.perf_counter()
    ran = ok = failed = 0
    started, slots = False, workers or 0
    pending: dict[Any, Point] = {}
    models: dict[str, Any] = {}  # model key -> the Ray task building it
    try:
        if todo:
            started, slots = _start_ray(address, workers, spec.threads)
            options = {"num_cpus": spec.threads, "max_retries": MAX_WORKER_RETRIES, "retry_exceptions": False}
            build, task = ray.remote(build_model).options(**options), ray.remote(run_point).options(**options)
            model_stages = tuple(s for s in spec.stages if s in MODEL_STAGES)
            hardware_stages = tuple(s for s in spec.stages if s not in MODEL_STAGES)
            queue = _interleaved(todo)
            while queue or pending:
                while queue and len(pending) < slots:
                    point = queue.pop(0)
                    if point.model_key not in models:
                        models[point.model_key] = build.remote(point, str(out), str(data_dir), model_stages,
                                                               spec.threads, retry_failed, operating_point)
                    ref = task.remote(point, str(out), str(data_dir), hardware_stages, spec.threads, str(spec.path),
                                      models[point.model_key])
                    pending[ref] = point
                ready, _ = ray.wait(list(pending), num_returns=1)
                point = pending.pop(ready[0])
                try:
                    result = ray.get(ready[0])
                except ray.exceptions.RayError as err:
                    result = _lost(out, point, spec, err)
                ran += 1
                ok += result["status"] == "ok"
                failed += result["status"] != "ok"
                write_table(out)
                if on_result is not None:
                    on_result(result, len(done) + ran, len(points))
    except KeyboardInterrupt:
        for ref in [*pending, *models.values()]:
            ray.cancel(ref, force=True)
        raise
    finally:
        write_table(out)
        if started:
            ray.shutdown()
    return ScanSummary(points=len(points), already_done=len(done), ran=ran, ok=ok, failed=failed,
                       seconds=time.perf_counter() - start, workers=slots, table=out / TABLE_CSV,
                       stale=sum(s == "stale" for s in state.values()))


def _interleaved(points: list[Point]) -> list[Point]:
    """The first point of every model, then the second of every model, ...: the points first
    in flight wait for different models, which are then built side by side."""
    rank: dict[str, int] = {}
    order = []
    for index, point in enumerate(points):
        rank[point.model_key] = rank.get(point.model_key, -1) + 1
        order.append((rank[point.model_key], index))
    return [points[index] for _, index in sorted(order)]


def _state(out: Path, point: Point, retry_failed: bool) -> str:
    """``done`` (finished, not to be run again), ``stale`` (finished while a default it
    depends on had another value: run again) or ``todo``."""
    result = read_result(out, point.key)
    if result is None:
        return "todo"
    if moved(result.get("resolved"), point.resolved()):
        return "stale"
    return "done" if result.get("status") == "ok" or not retry_failed else "todo"


def _lost(out: Path, point: Point, spec: ScanSpec, err: Exception) -> dict[str, Any]:
    """A point whose worker Ray could not keep alive through its retries: a failure."""
    result = {"key": point.key, "settings": point.settings, "data": point.data, "stages": list(spec.stages),
              "spec": str(spec.path), "status": "failed", "failed_stage": "worker",
              "error": f"worker lost after {MAX_WORKER_RETRIES} retries ({one_line(err)})", "seconds": {}}
    write_result(out, point.key, result)
    return result
