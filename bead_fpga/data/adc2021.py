"""Reader for the ADC2021 anomaly-detection challenge files (arXiv:2107.02157).

Each file holds one dataset ``Particles`` of shape ``(N, 19, 4)``: 19 fixed object slots
(MET, four e/gamma, four muons, ten jets) times ``[pT, eta, phi, class]``. Models see the
57-feature vector obtained by dropping the class column and flattening slot by slot, which is
also the order in which the firmware receives its inputs.

Why it is written this way:

* The real background file holds millions of events; everything reads slice by slice through
  h5py (:func:`iter_chunks`), so memory is bounded by ``chunk_size``, never by the file.
* Trigger groups point bead-fpga at files we have never seen. Every way a file can be wrong
  (missing, not HDF5, truncated, wrong dataset, wrong shape, empty, NaN/inf) becomes a
  one-line :class:`~bead_fpga.errors.BeadError` that names the file and says what to do,
  instead of an h5py traceback halfway through a training run.
* Only background is ever used for fitting (transform, model): :func:`load_background` makes
  the train/val/test split, :func:`load_signals` only reads signals for evaluation.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import h5py
import numpy as np

from bead_fpga.errors import BeadError

N_OBJECTS = 19
N_FEATURES = 57
#: Row ranges of each object type inside the 19 slots of an event.
OBJECT_SLOTS: dict[str, slice] = {
    "MET": slice(0, 1),
    "egamma": slice(1, 5),
    "muon": slice(5, 9),
    "jet": slice(9, 19),
}
#: Class id each slot carries when occupied (the 4th column of ``Particles``).
CLASS_IDS: dict[str, int] = {"MET": 1, "egamma": 2, "muon": 3, "jet": 4}
#: Class id of each of the 19 slots: [1, 2, 2, 2, 2, 3, 3, 3, 3, 4 x 10].
OBJECT_TYPE: np.ndarray = np.array([CLASS_IDS[k] for k, s in OBJECT_SLOTS.items() for _ in range(s.start, s.stop)], dtype=np.int64)
OBJECT_TYPE.setflags(write=False)

_SLOT_PREFIXES = ["MET"] + [f"e{i}" for i in range(1, 5)] + [f"mu{i}" for i in range(1, 5)] + [
    f"jet{i}" for i in range(1, 11)
]
FEATURE_NAMES: tuple[str, ...] = tuple(f"{p}_{q}" for p in _SLOT_PREFIXES for q in ("pt", "eta", "phi"))

BACKGROUND_FILE = "background_for_training.h5"
SIGNAL_FILES: dict[str, str] = {
    "Ato4l": "Ato4l_lepFilter_13TeV.h5",
    "leptoquark": "leptoquark_LOWMASS_lepFilter_13TeV.h5",
    "hToTauTau": "hToTauTau_13TeV_PU20.h5",
    "hChToTauNu": "hChToTauNu_13TeV_PU20.h5",
}
#: Other names under which the same signal sample circulates; looked up after the main name.
SIGNAL_FILE_VARIANTS: dict[str, tuple[str, ...]] = {"Ato4l": ("Ato4l_lepFilter_13TeV_filtered.h5",)}
#: The names the generator and the challenge both use for the HDF5 string datasets.
PARTICLE_NAMES: tuple[bytes, ...] = (b"Pt", b"Eta", b"Phi", b"Class")
PARTICLE_CLASSES: tuple[bytes, ...] = (b"MET_class_1", b"Four_Ele_class_2", b"Four_Mu_class_3", b"Ten_Jet_class_4")

#: The single-lepton filter applied to every ADC2021 sample: one e or mu above this pT (GeV).
LEPTON_FILTER_PT = 23.0

_FIX_DATA = "check the path, or write test files with `bead-fpga data generate --out DIR`"

def object_columns(kind: str, quantity: str) -> slice:
    """Column slice of the 57-feature vector holding ``quantity`` (pt/eta/phi) of ``kind`` slots.

    The features are slot-major (``[slot0 pt, eta, phi, slot1 pt, ...]``), so one quantity of
    one object type is a strided slice: ``features[:, object_columns("jet", "pt")]`` is the
    (n, 10) jet pT block, as a view.
    """
    slots = OBJECT_SLOTS[kind]
    q = ("pt", "eta", "phi").index(quantity)
    return slice(3 * slots.start + q, 3 * slots.stop, 3)


def leading_lepton_pt(features: np.ndarray) -> np.ndarray:
    """(n,) highest e/gamma or muon pT per event (0 when there is none)."""
    e_pt, mu_pt = features[:, object_columns("egamma", "pt")], features[:, object_columns("muon", "pt")]
    return np.maximum(e_pt.max(axis=1), mu_pt.max(axis=1))


def passes_lepton_filter(features: np.ndarray) -> np.ndarray:
    """Boolean (n,): at least one electron or muon with pT > :data:`LEPTON_FILTER_PT`."""
    return leading_lepton_pt(features) > LEPTON_FILTER_PT


def _open(path: Path) -> h5py.File:
    """Open ``path`` read-only, turning every way an HDF5 open can fail into a BeadError."""
    if not path.exists():
        raise BeadError(path, "file not found", _FIX_DATA)
    if not path.is_file():
        raise BeadError(path, "not a regular file", _FIX_DATA)
    if not h5py.is_hdf5(path):
        raise BeadError(path, "not an HDF5 file", "ADC2021 inputs are .h5 files with a 'Particles' dataset")
    try:
        return h5py.File(path, "r")
    except OSError as err:  # HDF5 detects truncation on open (eof < stored end of allocation)
        raise BeadError(path, f"corrupt or truncated HDF5 file ({_first_line(err)})", "re-copy or regenerate the file") from None


def _first_line(err: Exception) -> str:
    return str(err).splitlines()[0] if str(err) else type(err).__name__


def _particles(f: h5py.File, path: Path) -> h5py.Dataset:
    """The ``Particles`` dataset of an open file, with its layout checked."""
    ds = f.get("Particles")
    if not isinstance(ds, h5py.Dataset):
        found = ", ".join(sorted(f.keys())) or "nothing"
        raise BeadError(path, f"no 'Particles' dataset (found: {found})", "this does not look like an ADC2021 file")
    expected = f"(N, {N_OBJECTS}, 4)"
    if ds.ndim != 3 or ds.shape[1:] != (N_OBJECTS, 4):
        raise BeadError(
            path,
            f"'Particles' has shape {ds.shape}, expected {expected} [pT, eta, phi, class] per slot",
            "convert the file to the ADC2021 layout",
        )
    if ds.dtype.kind != "f":
        raise BeadError(path, f"'Particles' has dtype {ds.dtype}, expected a float type", "convert the file to float32")
    if ds.shape[0] == 0:
        raise BeadError(path, "'Particles' holds no events (shape (0, 19, 4))", _FIX_DATA)
    return ds


def validate(path: str | Path) -> int:
    """Check that ``path`` is a readable ADC2021 file and return its number of events.

    Only the metadata is checked here (cheap, so every command can call it first); NaN/inf
    values are found by :func:`iter_chunks` as it reads, which is the only pass over the data.
    """
    path = Path(path)
    with _open(path) as f:
        return int(_particles(f, path).shape[0])


#: Events hashed by :func:`fingerprint`: enough to tell two files apart, cheap to read.
FINGERPRINT_EVENTS = 1000


def fingerprint(path: str | Path) -> str:
    """A short identity of an event file that survives copying and renaming: the event count
    and a hash of its first events. Training records it, so evaluation can tell whether it
    runs on the very file the model was trained on (where the split matters) or on other
    events (where every event is unseen)."""
    import hashlib

    path = Path(path)
    with _open(path) as f:
        ds = _particles(f, path)
        head = np.ascontiguousarray(ds[:FINGERPRINT_EVENTS], dtype=np.float32)
        return f"{ds.shape[0]}:{hashlib.sha256(head.tobytes()).hexdigest()[:16]}"


def iter_chunks(
    path: str | Path, chunk_size: int = 100_000, start: int = 0, stop: int | None = None
) -> Iterator[tuple[np.ndarray, np.ndarray]]:
    """Yield ``(features (n, 57) float32, mask (n, 19) bool)`` for events ``[start, stop)``.

    Reads one hyperslab of ``chunk_size`` events at a time, so peak memory is a few times
    ``chunk_size * 19 * 4`` floats whatever the file size. ``mask`` is True where a slot is
    occupied (class != 0 or pT > 0): zero-padding is not a physical object, and the transform
    and plots need to tell the two apart.
    """
    path = Path(path)
    if chunk_size < 1:
        raise BeadError(path, f"chunk_size must be >= 1, got {chunk_size}")
    with _open(path) as f:
        ds = _particles(f, path)
        n = ds.shape[0]
        stop = n if stop is None else min(stop, n)
        if start < 0 or start > stop:
            raise BeadError(path, f"event range [{start}, {stop}) is outside the file's {n} events")
        buf = np.empty((min(chunk_size, max(stop - start, 1)), N_OBJECTS, 4), dtype=np.float32)
        for lo in range(start, stop, chunk_size):
            hi = min(lo + chunk_size, stop)
            block = buf[: hi - lo]
            try:
                ds.read_direct(block, source_sel=np.s_[lo:hi])
            except OSError as err:
                raise BeadError(path, f"read failed at events {lo}-{hi} ({_first_line(err)})", "the file is corrupt or truncated; re-copy or regenerate it") from None
            finite = np.isfinite(block).reshape(hi - lo, -1).all(axis=1)
            if not finite.all():
                bad = lo + int(np.argmin(finite))
                raise BeadError(path, f"NaN or inf in event {bad}", "fix or drop that event; bead-fpga does not impute values")
            features = np.empty((hi - lo, N_FEATURES), dtype=np.float32)  # fresh: buf is reused
            features.reshape(hi - lo, N_OBJECTS, 3)[:] = block[:, :, :3]
            mask = (block[:, :, 3] != 0) | (block[:, :, 0] > 0)
            yield features, mask


def read_features(
    path: str | Path, max_events: int | None = None, start: int = 0, chunk_size: int = 100_000
) -> tuple[np.ndarray, np.ndarray]:
    """Read events ``[start, start + max_events)`` as ``(features (n, 57), mask (n, 19))``.

    The output arrays are allocated once at their final size and filled chunk by chunk, so the
    peak is the result plus one chunk (not twice the result, as a list + concatenate would be).
    """
    path = Path(path)
    n = validate(path)
    stop = n if max_events is None else min(n, start + max_events)
    if start < 0 or start >= n:
        raise BeadError(path, f"start event {start} is outside the file's {n} events")
    total = stop - start
    features = np.empty((total, N_FEATURES), dtype=np.float32)
    mask = np.empty((total, N_OBJECTS), dtype=bool)
    at = 0
    for fx, mx in iter_chunks(path, chunk_size=chunk_size, start=start, stop=stop):
        features[at : at + len(fx)] = fx
        mask[at : at + len(mx)] = mx
        at += len(fx)
    return features, mask


def split_indices(
    n_events: int, seed: int, fractions: tuple[float, float, float] = (0.6, 0.2, 0.2)
) -> dict[str, np.ndarray]:
    """Deterministic random train/val/test split of ``range(n_events)``.

    A seeded numpy Generator permutation, so the same seed gives the same split on every
    machine and numpy version with the same bit generator (PCG64). Each index array is sorted
    so that slicing an HDF5 file or an array with it stays sequential.
    """
    if n_events < 1:
        raise BeadError("split", f"need at least one event, got {n_events}")
    if len(fractions) != 3 or any(f < 0 for f in fractions) or not np.isclose(sum(fractions), 1.0):
        raise BeadError("split", f"fractions must be three non-negative numbers summing to 1, got {fractions}")
    perm = np.random.default_rng(seed).permutation(n_events)
    n_train = int(round(fractions[0] * n_events))
    n_val = int(round(fractions[1] * n_events))
    n_val = min(n_val, n_events - n_train)
    return {
        "train": np.sort(perm[:n_train]),
        "val": np.sort(perm[n_train : n_train + n_val]),
        "test": np.sort(perm[n_train + n_val :]),
    }


def load_background(data_dir: str | Path, max_events: int | None, seed: int) -> dict[str, np.ndarray]:
    """Read the first ``max_events`` background events and split them into train/val/test.

    Only the background is ever used for fitting the transform and the model: an anomaly
    detector must not see signal before evaluation. The first events are read (a contiguous
    slice is the fastest HDF5 read); the files are an unordered cocktail, so the prefix is an
    unbiased sample, and the random split then decorrelates the three sets.
    """
    path = Path(data_dir) / BACKGROUND_FILE
    x, _ = read_features(path, max_events=max_events)
    return {name: x[idx] for name, idx in split_indices(len(x), seed).items()}


def unseen_background(data_dir: str | Path, n_events: int | None, trained_events: int | None, seed: int) -> np.ndarray:
    """Up to ``n_events`` (``None``: the whole test split) background events that a model trained
    on the first ``trained_events`` events of ``data_dir`` (``None``: all of them), split with
    ``seed``, never saw: the test split of that prefix, then the events after it.

    Why not the test split of a prefix sized to ``n_events``: a prefix of another length is split
    by another permutation, so many of its "test" events are the model's training events (64 %
    for 10,000 events of a model trained on 200,000), and a C-simulation's AUC on them flatters
    the model. Taken this way, the events do not depend on ``n_events`` either: a shorter list is
    the start of a longer one, so the test vectors of a hand-off and of a longer check agree on the
    events they share. :func:`bead_fpga.defaults.unseen_events` reads a model directory's split.
    """
    test = load_background(data_dir, trained_events, seed)["test"]
    if n_events is None or len(test) >= n_events or trained_events is None:
        return test[:n_events]
    path = Path(data_dir) / BACKGROUND_FILE
    if trained_events >= validate(path):
        return test
    after, _ = read_features(path, max_events=n_events - len(test), start=trained_events)
    return np.concatenate([test, after])


def find_signal_file(data_dir: str | Path, name: str) -> Path | None:
    """The path of signal ``name`` (a key of :data:`SIGNAL_FILES`) in ``data_dir``, or None."""
    if name not in SIGNAL_FILES:
        raise BeadError(name, "unknown signal name", f"use one of {', '.join(SIGNAL_FILES)}")
    for file_name in (SIGNAL_FILES[name], *SIGNAL_FILE_VARIANTS.get(name, ())):
        candidate = Path(data_dir) / file_name
        if candidate.is_file():
            return candidate
    return None


def load_signals(data_dir: str | Path, max_events: int | None) -> dict[str, np.ndarray]:
    """Read up to ``max_events`` features of every signal file present in ``data_dir``.

    Missing signals are skipped (people often download only some of them); finding none at
    all is an error, because evaluating an anomaly detector without any signal is meaningless.
    """
    data_dir = Path(data_dir)
    if not data_dir.is_dir():
        raise BeadError(data_dir, "data directory not found", _FIX_DATA)
    found = {name: find_signal_file(data_dir, name) for name in SIGNAL_FILES}
    signals = {name: read_features(p, max_events=max_events)[0] for name, p in found.items() if p is not None}
    if not signals:
        looked = ", ".join(n for name in SIGNAL_FILES for n in (SIGNAL_FILES[name], *SIGNAL_FILE_VARIANTS.get(name, ())))
        raise BeadError(data_dir, f"no signal files found (looked for {looked})", _FIX_DATA)
    return signals
