"""The classic L1 seeds, computed from the same 57 features the anomaly trigger reads.

An anomaly trigger is not judged alone: it enters a menu where single-object and energy-sum
seeds already take most of the bandwidth, and it earns its slot only by what it selects that
they do not. To show that comparison on any ADC2021-layout file, each seed here is a single
number per event that the Global Trigger thresholds (the event fires when the value is above
the cut, like the anomaly score), built from the slots of
``../shared/ADC2021_FORMAT.md`` (MET, four e/gamma, four muons, ten jets; empty slots hold
pT 0, so a missing object reads as 0 GeV and never fires):

* ``MET``: the missing transverse energy (slot 0 pT).
* ``e1_pt``: the leading e/gamma pT (single-electron/photon seed).
* ``mu1_pt``: the leading muon pT (single-muon seed).
* ``lep2_pt``: the second-highest pT among the eight e/gamma and muon slots together (the
  double-lepton seed: both leptons above the cut, any flavours).
* ``HT``: the scalar sum of the ten jet pT.
* ``jet1_pt``: the leading jet pT (single-jet seed).
* ``sum_pt``: the scalar sum of every slot's pT, MET included (e/gamma, muons, jets, MET).

Values are computed in float64 from the file's float32 pT, so a sum does not depend on the
order or width of float32 accumulation, and the same events give the same ties everywhere.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np

from bead_fpga.data.adc2021 import object_columns


def _pt(features: np.ndarray, kind: str) -> np.ndarray:
    return np.asarray(features[:, object_columns(kind, "pt")], dtype=np.float64)


def _second_lepton_pt(features: np.ndarray) -> np.ndarray:
    leptons = np.concatenate([_pt(features, "egamma"), _pt(features, "muon")], axis=1)
    return np.partition(leptons, -2, axis=1)[:, -2]


def _sum_pt(features: np.ndarray) -> np.ndarray:
    return np.asarray(features[:, 0::3], dtype=np.float64).sum(axis=1)


#: Seed name -> (what it is, the value per event from the (n, 57) features).
SEEDS: dict[str, tuple[str, Callable[[np.ndarray], np.ndarray]]] = {
    "MET": ("missing transverse energy", lambda f: np.asarray(f[:, 0], dtype=np.float64)),
    "e1_pt": ("leading e/gamma pT", lambda f: _pt(f, "egamma").max(axis=1)),
    "mu1_pt": ("leading muon pT", lambda f: _pt(f, "muon").max(axis=1)),
    "lep2_pt": ("second lepton pT (e or mu; double-lepton seed)", _second_lepton_pt),
    "HT": ("scalar sum of jet pT", lambda f: _pt(f, "jet").sum(axis=1)),
    "jet1_pt": ("leading jet pT", lambda f: _pt(f, "jet").max(axis=1)),
    "sum_pt": ("scalar sum of all pT (e/gamma, muons, jets, MET)", _sum_pt),
}


def seed_values(features: np.ndarray) -> dict[str, np.ndarray]:
    """``{seed: (n,) float64}`` for every seed of :data:`SEEDS`."""
    return {name: value(features) for name, (_, value) in SEEDS.items()}


__all__ = ["SEEDS", "seed_values"]
