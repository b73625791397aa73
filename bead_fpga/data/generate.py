"""Write ADC2021-layout event files: a Standard-Model background cocktail and the four signals.

The real challenge files (Zenodo) cannot be downloaded on the machines that build and test
bead-fpga, so the project writes its own files, identical in layout to the real ones,
to test the reader, train small models and benchmark. They are a toy simulation, not Delphes:
good enough that an anomaly detector trained on them faces the same kind of problem (heavy
pT tails, zero-padded slots, MET from imbalance, signals that overlap the background), not a
substitute for physics results.

How an event is made (all vectorised over a block of events):

1. Truth. Each process builds its visible particles as four-vectors with exact transverse
   momentum balance: the hard system (W, Z, ttbar, A, ...) recoils against initial-state
   radiation jets, resonances decay isotropically (two-body decays with a proper Lorentz
   boost), taus decay collinearly (the visible lepton or narrow jet takes a fraction x of the
   tau, with the leptonic 3-body spectrum for leptons). Neutrinos are never listed: because
   the truth balances, whatever is not measured becomes missing transverse energy.
2. Detector. pT, eta, phi are smeared with L1-like resolutions; electrons count for |eta| < 3,
   muons for |eta| < 2.1 (beyond that they escape and add to MET), jets enter the slots for
   |eta| < 4 and pT > 15 GeV but the calorimeter measures them up to |eta| < 5. MET is minus
   the vector sum of everything measured plus a pile-up/soft-term resolution; pile-up jets
   (PU ~ 20) add jets without adding genuine MET.
3. Slots and filter. Objects are pT-ordered within their type into the 19 slots (empty slots
   all zeros, MET eta 0) and events are kept only if they pass the single-lepton filter
   (e or mu above 23 GeV), as in the real samples: processes are rejection-sampled until the
   requested number of events pass. Leptons are measured first and decide the filter, so a
   rejected candidate is never fully measured; in the tau signals, events whose taus all
   decay hadronically (no lepton at all, so they could never pass) are redrawn at the decay.

The background mixture (W->l nu 59.2 %, QCD multijet 33.8 %, Z->ll 6.7 %, ttbar 0.3 %) is the
post-filter composition quoted for the real file; QCD passes through a non-prompt lepton (a
jet that yields an electron fake or a semileptonic muon). Signals follow their real
signatures and are deliberately not trivially separable: Ato4l (four soft leptons from a
50 GeV scalar) is the most distinct; hToTauTau and hChToTauNu look much like W/Z -> tau.

Determinism: block ``b`` of file ``i`` draws from ``SeedSequence(seed, spawn_key=(i, b))``, so
a seed fixes every event, and blocks are independent streams.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import h5py
import numpy as np
from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    TextColumn,
    TimeRemainingColumn,
)

from bead_fpga.data import DEFAULT_EVENTS
from bead_fpga.data.adc2021 import (
    BACKGROUND_FILE,
    LEPTON_FILTER_PT,
    N_OBJECTS,
    OBJECT_SLOTS,
    OBJECT_TYPE,
    PARTICLE_CLASSES,
    PARTICLE_NAMES,
    SIGNAL_FILES,
)
from bead_fpga.errors import BeadError
from bead_fpga.io import atomic_path

#: Events generated per block: bounds memory (a block and its rejected candidates are a few
#: hundred MB at most) and fixes the random-stream layout.
BLOCK_EVENTS = 50_000
#: Most candidate events simulated at once inside the rejection loop (memory bound).
_MAX_CANDIDATES = 120_000

#: Post-filter composition of the real background file.
BACKGROUND_MIX: dict[str, float] = {"W": 0.592, "QCD": 0.338, "Z": 0.067, "ttbar": 0.003}

# Truth-object kinds. INVISIBLE marks padding columns and neutrinos (never measured); TAU is
# a charged lepton still to be decayed (see _leptons).
_INVISIBLE, _TAU, _ELECTRON, _MUON, _JET, _PILEUP = 0, 1, 2, 3, 4, 5

_M_W, _G_W, _M_Z, _G_Z, _M_TOP, _M_B, _M_TAU = 80.4, 2.1, 91.19, 2.5, 172.5, 4.8, 1.777
_JET_SLOT_PT, _LEPTON_SLOT_PT = 15.0, 3.0
_ETA_ELECTRON, _ETA_MUON, _ETA_JET_SLOT, _ETA_CALO = 3.0, 2.1, 4.0, 5.0

Kin = np.ndarray  # (..., 4) four-vectors [E, px, py, pz] in GeV, float64
Made = tuple[np.ndarray, np.ndarray]  # (p4 (n, K, 4), kind (n, K) int8)


# ----------------------------------------------------------------------------- kinematics


def _p4(pt: np.ndarray, eta: np.ndarray, phi: np.ndarray) -> Kin:
    """Massless four-vectors from (pT, eta, phi); a zero pT gives the zero vector (padding)."""
    px, py, pz = pt * np.cos(phi), pt * np.sin(phi), pt * np.sinh(eta)
    return np.stack([np.sqrt(px**2 + py**2 + pz**2), px, py, pz], axis=-1)


def _pt_eta_phi(p: Kin) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    pt = np.hypot(p[..., 1], p[..., 2])
    with np.errstate(divide="ignore", invalid="ignore"):
        eta = np.where(pt > 0, np.arcsinh(p[..., 3] / np.where(pt > 0, pt, 1.0)), 0.0)
    return pt, eta, np.arctan2(p[..., 2], p[..., 1])


def _boost(p: Kin, beta: np.ndarray) -> Kin:
    """Lorentz-boost ``p`` (n, 4) by velocity ``beta`` (n, 3); stable as beta -> 0."""
    b2 = np.clip(np.sum(beta**2, axis=-1), 0.0, 1.0 - 1e-12)
    gamma = 1.0 / np.sqrt(1.0 - b2)
    bp = np.sum(beta * p[:, 1:], axis=-1)
    coef = gamma**2 / (gamma + 1.0) * bp + gamma * p[:, 0]
    out = np.empty_like(p)
    out[:, 0] = gamma * (p[:, 0] + bp)
    out[:, 1:] = p[:, 1:] + coef[:, None] * beta
    return out


def _mass(p: Kin) -> np.ndarray:
    return np.sqrt(np.maximum(p[:, 0] ** 2 - np.sum(p[:, 1:] ** 2, axis=-1), 0.0))


def _two_body(rng: np.random.Generator, parent: Kin, m1: np.ndarray | float, m2: np.ndarray | float) -> tuple[Kin, Kin]:
    """Isotropic two-body decay of ``parent`` into masses m1, m2 (daughters in the lab frame)."""
    n = len(parent)
    big_m = np.maximum(_mass(parent), np.add(m1, m2) + 1e-6)
    pstar = np.sqrt(np.maximum((big_m**2 - np.square(np.add(m1, m2))) * (big_m**2 - np.square(np.subtract(m1, m2))), 0.0)) / (2 * big_m)
    cos_t = rng.uniform(-1.0, 1.0, n)
    sin_t = np.sqrt(1.0 - cos_t**2)
    phi = rng.uniform(-np.pi, np.pi, n)
    mom = pstar[:, None] * np.stack([sin_t * np.cos(phi), sin_t * np.sin(phi), cos_t], axis=-1)
    d1 = np.concatenate([np.sqrt(pstar**2 + np.square(m1))[:, None], mom], axis=-1)
    d2 = np.concatenate([np.sqrt(pstar**2 + np.square(m2))[:, None], -mom], axis=-1)
    beta = parent[:, 1:] / parent[:, :1]
    return _boost(d1, beta), _boost(d2, beta)


def _resonance(rng: np.random.Generator, mass: np.ndarray | float, recoil: Kin, y_sigma: float, width: float = 0.0) -> Kin:
    """A (Breit-Wigner) system of ``mass`` carrying the transverse momentum that balances
    ``recoil``, with a Gaussian rapidity."""
    n = len(recoil)
    m = mass + 0.5 * width * np.clip(rng.standard_cauchy(n), -10.0, 10.0)
    px, py = -recoil[:, 1], -recoil[:, 2]
    mt = np.sqrt(m**2 + px**2 + py**2)
    y = np.clip(rng.normal(0.0, y_sigma, n), -5.0, 5.0)
    return np.stack([mt * np.cosh(y), px, py, mt * np.sinh(y)], axis=-1)


def _pareto_pt(rng: np.random.Generator, shape: tuple[int, ...], scale: float, tail: float, low: float = 0.0) -> np.ndarray:
    """Falling power-law spectrum ``(1 + (pT-low)/scale)^-(tail+1)``, capped at the beam energy."""
    return np.minimum(low + scale * rng.pareto(tail, shape), 6500.0)


def _isr(rng: np.random.Generator, n: int, mean_jets: float, scale: float, kmax: int = 8) -> Made:
    """Initial-state-radiation jets: geometric multiplicity, wide eta, and a power-law pT
    falling like pT^-4.5 in the tail (mean ``5 + scale / 2.5`` GeV), close to the measured
    inclusive-jet slope."""
    count = np.minimum(rng.geometric(1.0 / (1.0 + mean_jets), n) - 1, kmax)
    present = np.arange(kmax)[None, :] < count[:, None]
    pt = np.where(present, _pareto_pt(rng, (n, kmax), scale, 3.5, low=5.0), 0.0)
    p = _p4(pt, rng.normal(0.0, 2.2, (n, kmax)), rng.uniform(-np.pi, np.pi, (n, kmax)))
    return p, np.where(present, _JET, _INVISIBLE).astype(np.int8)


def _pileup(rng: np.random.Generator, n: int, kmax: int = 3) -> Made:
    """Jets from the ~20 simultaneous collisions: soft, flat in eta, balanced among themselves."""
    present = np.arange(kmax)[None, :] < np.minimum(rng.poisson(0.5, n), kmax)[:, None]
    pt = np.where(present, 12.0 + rng.exponential(6.0, (n, kmax)), 0.0)
    p = _p4(pt, rng.uniform(-4.5, 4.5, (n, kmax)), rng.uniform(-np.pi, np.pi, (n, kmax)))
    return p, np.where(present, _PILEUP, _INVISIBLE).astype(np.int8)


# Leptonic tau decay in the collinear limit: the charged lepton's momentum fraction x has
# density (5 - 9x^2 + 4x^3)/3 (massless, unpolarised); sampled by inverting its CDF on a grid.
_X_GRID = np.linspace(0.0, 1.0, 2049)
_X_CDF = (5 * _X_GRID - 3 * _X_GRID**3 + _X_GRID**4) / 3


def _tau_modes(rng: np.random.Generator, n: int, n_taus: int = 1, need_lepton: bool = False) -> np.ndarray:
    """Decay modes (n, n_taus) as object kinds: e 17.8 %, mu 17.4 %, hadrons (a jet) 64.8 %.

    ``need_lepton`` conditions each event on at least one leptonic decay by redrawing the
    events that have none. Where the taus are the only possible source of a lepton (the
    signals), those events could never pass the single-lepton filter, so this is exact and
    spares the rejection loop most of its work.
    """
    def draw(m: int) -> np.ndarray:
        u = rng.random((m, n_taus))
        return np.where(u < 0.178, _ELECTRON, np.where(u < 0.352, _MUON, _JET)).astype(np.int8)

    modes = draw(n)
    redo = (modes == _JET).all(axis=1) if need_lepton else np.zeros(n, bool)
    while redo.any():
        modes[redo] = draw(int(redo.sum()))
        redo = (modes == _JET).all(axis=1)
    return modes


def _tau_decay(rng: np.random.Generator, tau: Kin, kind: np.ndarray | None = None) -> tuple[Kin, np.ndarray]:
    """Visible products of taus decaying to ``kind`` (default: drawn by :func:`_tau_modes`)."""
    n = len(tau)
    kind = _tau_modes(rng, n)[:, 0] if kind is None else kind
    x_lep = np.interp(rng.random(n), _X_CDF, _X_GRID)
    x_had = rng.beta(2.0, 1.5, n)
    x = np.where(kind == _JET, x_had, x_lep)
    return tau * x[:, None], kind


def _lepton_flavour(rng: np.random.Generator, n: int, p_tau: float = 0.0) -> np.ndarray:
    """A tau with probability ``p_tau``, otherwise e or mu with equal odds."""
    u = rng.random(n)
    return np.where(u < p_tau, _TAU, np.where(u < p_tau + (1 - p_tau) / 2, _ELECTRON, _MUON)).astype(np.int8)


def _leptons(rng: np.random.Generator, p: Kin, flavour: np.ndarray) -> tuple[Kin, np.ndarray]:
    """Turn charged leptons of ``flavour`` into visible objects, decaying the taus."""
    vis, tau_kind = _tau_decay(rng, p)
    is_tau = flavour == _TAU
    return np.where(is_tau[:, None], vis, p), np.where(is_tau, tau_kind, flavour)


def _join(*parts: tuple[Kin, np.ndarray | int]) -> Made:
    """Stack (n,4) or (n,k,4) four-vectors with their kinds (scalar, (n,) or (n,k)) into one
    (n, K, 4) candidate list."""
    ps, ks = [], []
    for p, k in parts:
        if p.ndim == 2:
            p, k = p[:, None, :], np.broadcast_to(np.asarray(k, np.int8), (len(p),))[:, None]
        ps.append(p)
        ks.append(np.asarray(k, np.int8))
    return np.concatenate(ps, axis=1), np.concatenate(ks, axis=1)


# ------------------------------------------------------------------------------ processes


def _w_lnu(rng: np.random.Generator, n: int) -> Made:
    isr = _isr(rng, n, mean_jets=1.2, scale=20.0)
    w = _resonance(rng, _M_W, isr[0].sum(axis=1), y_sigma=1.9, width=_G_W)
    lep, _nu = _two_body(rng, w, 0.0, 0.0)
    lep, kind = _leptons(rng, lep, _lepton_flavour(rng, n, p_tau=0.2))
    return _join(isr, (lep, kind), _pileup(rng, n))


def _z_ll(rng: np.random.Generator, n: int) -> Made:
    isr = _isr(rng, n, mean_jets=1.2, scale=20.0)
    z = _resonance(rng, _M_Z, isr[0].sum(axis=1), y_sigma=1.9, width=_G_Z)
    l1, l2 = _two_body(rng, z, 0.0, 0.0)
    flavour = _lepton_flavour(rng, n, p_tau=0.3)
    return _join(isr, _leptons(rng, l1, flavour), _leptons(rng, l2, flavour), _pileup(rng, n))


def _qcd(rng: np.random.Generator, n: int) -> Made:
    """Dijet + radiation; one jet yields a non-prompt lepton carrying a fraction z of it."""
    isr = _isr(rng, n, mean_jets=1.5, scale=25.0, kmax=6)
    pthat = _pareto_pt(rng, (n,), 14.0, 3.5, low=20.0)
    j1 = _p4(pthat, rng.normal(0.0, 1.7, n), rng.uniform(-np.pi, np.pi, n))
    recoil = j1[:, 1:3] + isr[0].sum(axis=1)[:, 1:3]
    pt2 = np.hypot(recoil[:, 0], recoil[:, 1])
    j2 = _p4(pt2, rng.normal(0.0, 1.7, n), np.arctan2(-recoil[:, 1], -recoil[:, 0]))
    first = rng.random(n) < 0.5
    src, other = np.where(first[:, None], j1, j2), np.where(first[:, None], j2, j1)
    flavour = np.where(rng.random(n) < 0.6, _ELECTRON, _MUON).astype(np.int8)
    z = rng.beta(4.0, 2.0, n)
    # a semileptonic b decay (the muon case) also loses a neutrino from the jet
    nu = np.where(flavour == _MUON, (1.0 - z) * rng.uniform(0.0, 0.4, n), 0.0)
    rest = src * (1.0 - z - nu)[:, None]
    return _join(isr, (src * z[:, None], flavour), (rest, _JET), (other, _JET), _pileup(rng, n))


def _w_decay(rng: np.random.Generator, w: Kin) -> tuple[tuple[Kin, np.ndarray], tuple[Kin, np.ndarray]]:
    """W -> e nu / mu nu / tau nu / q q' with the measured branching fractions."""
    f1, f2 = _two_body(rng, w, 0.0, 0.0)
    u = rng.random(len(w))
    hadronic = u >= 0.324
    flavour = np.where(u < 0.108, _ELECTRON, np.where(u < 0.214, _MUON, _TAU)).astype(np.int8)
    lep, lep_kind = _leptons(rng, f1, flavour)
    first = (np.where(hadronic[:, None], f1, lep), np.where(hadronic, _JET, lep_kind).astype(np.int8))
    return first, (f2, np.where(hadronic, _JET, _INVISIBLE).astype(np.int8))


def _ttbar(rng: np.random.Generator, n: int) -> Made:
    isr = _isr(rng, n, mean_jets=1.5, scale=33.0, kmax=6)
    mtt = _pareto_pt(rng, (n,), 150.0, 3.0, low=2 * _M_TOP + 1.0)
    system = _resonance(rng, mtt, isr[0].sum(axis=1), y_sigma=1.2)
    t1, t2 = _two_body(rng, system, _M_TOP, _M_TOP)
    b1, w1 = _two_body(rng, t1, _M_B, _M_W)
    b2, w2 = _two_body(rng, t2, _M_B, _M_W)
    return _join(isr, (b1, _JET), (b2, _JET), *_w_decay(rng, w1), *_w_decay(rng, w2), _pileup(rng, n))


def _ato4l(rng: np.random.Generator, n: int) -> Made:
    """A (50 GeV) -> Z* Z* -> 4 leptons: four soft leptons, little MET."""
    isr = _isr(rng, n, mean_jets=1.6, scale=33.0)
    a = _resonance(rng, 50.0, isr[0].sum(axis=1), y_sigma=1.6)
    # both Z bosons off shell: m1 + m2 < 50 GeV, the heavier one taking most of the mass
    m1 = rng.uniform(12.0, 40.0, n)
    m2 = 4.0 + (50.0 - m1 - 4.5) * rng.beta(2.0, 1.5, n)
    z1, z2 = _two_body(rng, a, m1, m2)
    parts = [isr]
    for z in (z1, z2):
        l1, l2 = _two_body(rng, z, 0.0, 0.0)
        flavour = _lepton_flavour(rng, n)
        parts += [(l1, flavour), (l2, flavour)]
    return _join(*parts, _pileup(rng, n))


def _leptoquark(rng: np.random.Generator, n: int) -> Made:
    """LQ (80 GeV) -> b tau: one b jet and one tau (lepton or narrow jet) plus MET."""
    isr = _isr(rng, n, mean_jets=1.8, scale=42.0)
    lq = _resonance(rng, 80.0, isr[0].sum(axis=1), y_sigma=1.6, width=0.5)
    b, tau = _two_body(rng, lq, _M_B, _M_TAU)
    return _join(isr, (b, _JET), _tau_decay(rng, tau, _tau_modes(rng, n, need_lepton=True)[:, 0]), _pileup(rng, n))


def _h_tautau(rng: np.random.Generator, n: int) -> Made:
    """h0 (60 GeV) -> tau tau via gluon fusion: W/Z-like, two taus, moderate MET."""
    isr = _isr(rng, n, mean_jets=1.4, scale=25.0)
    h = _resonance(rng, 60.0, isr[0].sum(axis=1), y_sigma=1.8)
    t1, t2 = _two_body(rng, h, _M_TAU, _M_TAU)
    modes = _tau_modes(rng, n, n_taus=2, need_lepton=True)
    return _join(isr, _tau_decay(rng, t1, modes[:, 0]), _tau_decay(rng, t2, modes[:, 1]), _pileup(rng, n))


def _hch_taunu(rng: np.random.Generator, n: int) -> Made:
    """h+ (60 GeV) -> tau nu: W -> tau nu-like but harder recoil, so large MET."""
    isr = _isr(rng, n, mean_jets=1.6, scale=67.0)
    h = _resonance(rng, 60.0, isr[0].sum(axis=1), y_sigma=1.4)
    tau, _nu = _two_body(rng, h, _M_TAU, 0.0)
    return _join(isr, _tau_decay(rng, tau, _tau_modes(rng, n, need_lepton=True)[:, 0]), _pileup(rng, n))


_BACKGROUND: dict[str, Callable[[np.random.Generator, int], Made]] = {
    "W": _w_lnu,
    "QCD": _qcd,
    "Z": _z_ll,
    "ttbar": _ttbar,
}
SIGNAL_PROCESSES: dict[str, Callable[[np.random.Generator, int], Made]] = {
    "Ato4l": _ato4l,
    "leptoquark": _leptoquark,
    "hToTauTau": _h_tautau,
    "hChToTauNu": _hch_taunu,
}


# -------------------------------------------------------------------------------- detector


def _top_k(key: np.ndarray, cols: tuple[np.ndarray, ...], k: int) -> list[np.ndarray]:
    """The k highest-``key`` entries per row (descending), zeroed where ``key`` <= 0."""
    if key.shape[1] < k:
        pad = k - key.shape[1]
        key = np.pad(key, ((0, 0), (0, pad)))
        cols = tuple(np.pad(c, ((0, 0), (0, pad))) for c in cols)
    order = np.argsort(-key, axis=1, kind="stable")[:, :k]
    keep = np.take_along_axis(key, order, axis=1) > 0
    return [np.where(keep, np.take_along_axis(c, order, axis=1), 0.0) for c in cols]


def _smear(rng: np.random.Generator, p: Kin, kind: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Measured (pT, eta, phi) of a flat list of objects (m, 4) with L1-like resolutions:
    e/gamma ~ 5 %, L1 muons 10-20 %, jets stochastic + constant term; leptons are measured
    far more precisely in angle than jets."""
    pt, eta, phi = _pt_eta_phi(p)
    lepton = (kind == _ELECTRON) | (kind == _MUON)
    safe_pt = np.maximum(pt, 1e-3)
    res = np.where(kind == _ELECTRON, np.hypot(0.04, 0.3 / np.sqrt(safe_pt)), np.where(kind == _MUON, 0.10 + 0.0004 * pt, np.hypot(0.10, 1.0 / np.sqrt(safe_pt))))
    ang = np.where(lepton, 0.002, 0.03)
    pt_m = pt * np.maximum(1.0 + res * rng.standard_normal(len(p)), 0.0)
    eta_m = eta + ang * rng.standard_normal(len(p))
    phi_m = np.mod(phi + ang * rng.standard_normal(len(p)) + np.pi, 2 * np.pi) - np.pi
    return pt_m, eta_m, phi_m


def _detect(rng: np.random.Generator, p: Kin, kind: np.ndarray) -> np.ndarray:
    """Measure a candidate list and keep the events that pass the single-lepton filter.

    The leptons are measured first and decide the filter; everything else (jets, MET, slot
    filling) is measured only for the events kept, so rejected candidates cost little.
    """
    shape = kind.shape
    lepton = (kind == _ELECTRON) | (kind == _MUON)
    pt_m, eta_m, phi_m = np.zeros(shape), np.zeros(shape), np.zeros(shape)
    pt_m[lepton], eta_m[lepton], phi_m[lepton] = _smear(rng, p[lepton], kind[lepton])
    electron = (kind == _ELECTRON) & (pt_m > _LEPTON_SLOT_PT) & (np.abs(eta_m) < _ETA_ELECTRON)
    muon = (kind == _MUON) & (pt_m > _LEPTON_SLOT_PT) & (np.abs(eta_m) < _ETA_MUON)  # beyond: escapes -> MET
    keep = np.max(np.where(electron | muon, pt_m, 0.0), axis=1) > LEPTON_FILTER_PT

    p, kind, pt_m, eta_m, phi_m, electron, muon = (a[keep] for a in (p, kind, pt_m, eta_m, phi_m, electron, muon))
    n = len(p)
    hadronic = (kind == _JET) | (kind == _PILEUP)
    pt_m[hadronic], eta_m[hadronic], phi_m[hadronic] = _smear(rng, p[hadronic], kind[hadronic])
    # the calorimeter sees jets, and electrons outside the e/gamma acceptance, up to |eta| 5
    calo = (kind != _INVISIBLE) & (kind != _MUON) & ~electron & (pt_m > 0) & (np.abs(eta_m) < _ETA_CALO)
    # MET: minus everything measured (muons below 3 GeV or beyond |eta| 2.1 escape the
    # calorimeter and count as missing); pile-up is balanced by its own soft activity, so it
    # only widens the resolution, like the soft term does.
    in_met = electron | muon | (calo & (kind != _PILEUP))
    met_x = -np.sum(np.where(in_met, pt_m * np.cos(phi_m), 0.0), axis=1)
    met_y = -np.sum(np.where(in_met, pt_m * np.sin(phi_m), 0.0), axis=1)
    soft = np.sqrt(6.0**2 + 0.25 * np.sum(np.where(electron | muon | calo, pt_m, 0.0), axis=1))
    met_x += soft * rng.standard_normal(n)
    met_y += soft * rng.standard_normal(n)
    abs_eta = np.abs(eta_m)

    out = np.zeros((n, N_OBJECTS, 4), dtype=np.float32)
    out[:, 0, 0] = np.hypot(met_x, met_y)
    out[:, 0, 2] = np.arctan2(met_y, met_x)
    selections = {"egamma": electron, "muon": muon, "jet": calo & (abs_eta < _ETA_JET_SLOT) & (pt_m > _JET_SLOT_PT)}
    for name, sel in selections.items():
        slots = OBJECT_SLOTS[name]
        cols = _top_k(np.where(sel, pt_m, 0.0), (pt_m, eta_m, phi_m), slots.stop - slots.start)
        for q, col in enumerate(cols):
            out[:, slots, q] = col
    out[:, :, 3] = np.where(out[:, :, 0] > 0, OBJECT_TYPE[None, :], 0)
    out[:, 0, 3] = OBJECT_TYPE[0]  # MET is always present, even at exactly zero
    return out


def _sample(rng: np.random.Generator, make: Callable[[np.random.Generator, int], Made], n: int) -> np.ndarray:
    """``n`` filtered events of one process, by rejection sampling with an adaptive batch size."""
    kept: list[np.ndarray] = [np.zeros((0, N_OBJECTS, 4), np.float32)]
    have, efficiency = 0, 0.5
    while have < n:
        batch = int(min(_MAX_CANDIDATES, (n - have) / efficiency * 1.15 + 32))
        events = _detect(rng, *make(rng, batch))
        efficiency = max(len(events) / batch, 0.005)
        kept.append(events[: n - have])
        have += len(kept[-1])
    return np.concatenate(kept)


def _background_block(rng: np.random.Generator, n: int) -> np.ndarray:
    counts = rng.multinomial(n, list(BACKGROUND_MIX.values()))
    block = np.concatenate([_sample(rng, _BACKGROUND[name], int(c)) for name, c in zip(BACKGROUND_MIX, counts)])
    return block[rng.permutation(n)]


# ---------------------------------------------------------------------------------- files


def _write(
    dest: Path,
    n: int,
    make_block: Callable[[np.random.Generator, int], np.ndarray],
    seed: int,
    file_index: int,
    progress: Progress,
    task: int,
) -> None:
    """Write one file block by block through a temporary name (atomic on success)."""
    with atomic_path(dest) as tmp, h5py.File(tmp, "w") as f:
        ds = f.create_dataset("Particles", shape=(n, N_OBJECTS, 4), dtype=np.float32)
        for b, lo in enumerate(range(0, n, BLOCK_EVENTS)):
            hi = min(lo + BLOCK_EVENTS, n)
            rng = np.random.default_rng(np.random.SeedSequence(seed, spawn_key=(file_index, b)))
            ds[lo:hi] = make_block(rng, hi - lo)
            progress.advance(task, hi - lo)
        f.create_dataset("Particles_Names", data=np.array(PARTICLE_NAMES))
        f.create_dataset("Particles_Classes", data=np.array(PARTICLE_CLASSES))


def generate(out_dir: str | Path, n_events: int = DEFAULT_EVENTS, seed: int = 0, n_signal: int | None = None) -> dict[str, Path]:
    """Write ``background_for_training.h5`` and the four signal files into ``out_dir``.

    ``n_signal`` events go into each signal file (default ``max(1, n_events // 10)``; 0 writes
    the background only). Returns ``{"background": path, "<signal>": path, ...}``.
    Each file is written under a temporary name and renamed when complete, so an interrupted
    or failing run leaves only complete files behind, never a partial one.
    """
    out_dir = Path(out_dir)
    if n_events < 1:
        raise BeadError("--events", f"must be at least 1, got {n_events}")
    if n_signal is None:
        n_signal = max(1, n_events // 10)
    if n_signal < 0:
        raise BeadError("--signal-events", f"must be 0 or more, got {n_signal}")
    if seed < 0:
        raise BeadError("--seed", f"must be 0 or more, got {seed}")
    if out_dir.exists() and not out_dir.is_dir():
        raise BeadError(out_dir, "exists and is not a directory", "choose another --out")
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
    except OSError as err:
        raise BeadError(out_dir, f"cannot create the output directory ({err.strerror})", "choose another --out") from None

    def signal_block(make: Callable[[np.random.Generator, int], Made]) -> Callable[[np.random.Generator, int], np.ndarray]:
        return lambda rng, n: _sample(rng, make, n)

    jobs: list[tuple[str, Path, int, Callable[[np.random.Generator, int], np.ndarray]]] = [
        ("background", out_dir / BACKGROUND_FILE, n_events, _background_block)
    ]
    if n_signal:
        jobs += [(name, out_dir / SIGNAL_FILES[name], n_signal, signal_block(make)) for name, make in SIGNAL_PROCESSES.items()]
    columns = (TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn())
    written: dict[str, Path] = {}
    with Progress(*columns, console=Console(stderr=True), transient=True) as progress:
        for index, (name, dest, n, make_block) in enumerate(jobs):
            task = progress.add_task(f"{dest.name}", total=n)
            try:
                _write(dest, n, make_block, seed, index, progress, task)
            except OSError as err:
                raise BeadError(dest, f"could not write ({err.strerror or err})", "check free space and permissions") from None
            written[name] = dest
    return written
