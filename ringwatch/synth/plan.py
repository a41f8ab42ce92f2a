"""Who is who: the roles, rings, hard-negative groups and claimed countries of all subjects.

The plan is drawn first and is the ground truth; the population and the tactics then dress
each subject according to it.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from .vocab import COUNTRIES, COUNTRY_INDEX

TACTICS = ("shared_recovery", "shared_payout", "laptop_farm", "stolen_identity", "photo_reuse",
           "resume_clone", "burst_signup", "shared_device", "shared_contact", "remote_operator")
# Rings of online accounts vs rings of workers: payouts and laptops only exist for workers,
# burst sign-ups and recovery settings only for accounts.
ACCOUNT_ONLY = frozenset({"burst_signup", "shared_recovery"})
WORKER_ONLY = frozenset({"laptop_farm", "shared_payout"})

# Individual traits of lone fake personas (truth `tactics` of role `singleton`).
SINGLETON_TRAITS = ("remote_hours", "operator_timezone", "operator_keyboard", "ip_kvm", "remote_tool",
                    "hosting_ip", "voip_phone", "disposable_email", "reshipped_laptop")
ENDPOINT_TRAITS = frozenset({"operator_timezone", "operator_keyboard", "ip_kvm", "remote_tool"})
# Traits seen only in a worker's logins: an applicant has too few logins to show them.
LOGIN_TRAITS = frozenset({"remote_hours", "hosting_ip"})

NEGATIVE_KINDS = ("family", "roommates", "office", "vpn_user", "it_admin", "repeat_applicant",
                  "resume_template", "traveller", "korean_chinese_name", "voip_user", "payroll_agency")
# kind -> (share of the population, smallest group, largest group)
NEGATIVE_SHARES: dict[str, tuple[float, int, int]] = {
    "family": (0.025, 2, 6), "roommates": (0.01, 2, 4), "office": (0.03, 10, 300),
    "vpn_user": (0.01, 1, 1), "it_admin": (0.005, 1, 1), "repeat_applicant": (0.006, 2, 4),
    "resume_template": (0.012, 10, 80), "traveller": (0.005, 1, 1),
    "korean_chinese_name": (0.01, 1, 1), "voip_user": (0.015, 1, 1), "payroll_agency": (0.012, 50, 500),
}

ROLE_BENIGN, ROLE_RING, ROLE_SINGLETON, ROLE_NEGATIVE = 0, 1, 2, 3
ROLE_NAMES = ("benign", "ring", "singleton", "hard_negative")
KINDS = ("applicant", "employee", "contractor", "account")
APPLICANT, EMPLOYEE, CONTRACTOR, ACCOUNT = range(4)

# Tactics that leave a value shared with other personas, and the kinds of persona that can
# carry each: payouts need a worker, a shipped laptop an employee, a shared device a login
# history (applicants have few), resumes and photos a profile (accounts have none).
LINKING_KINDS: dict[str, tuple[int, ...]] = {
    "shared_recovery": (ACCOUNT,), "shared_payout": (EMPLOYEE, CONTRACTOR),
    "laptop_farm": (EMPLOYEE,), "photo_reuse": (APPLICANT, EMPLOYEE, CONTRACTOR),
    "resume_clone": (APPLICANT, EMPLOYEE, CONTRACTOR), "burst_signup": (ACCOUNT,),
    "shared_device": (EMPLOYEE, CONTRACTOR, ACCOUNT),
    "shared_contact": (APPLICANT, EMPLOYEE, CONTRACTOR, ACCOUNT),
}

RING_SHARE = 0.02
SINGLETON_SHARE = 0.003
# Personas claim to live in North America mostly (advisories), some in Europe/elsewhere.
_RING_COUNTRIES = {"US": 0.72, "CA": 0.12, "GB": 0.06, "AU": 0.03, "DE": 0.02, "NL": 0.02, "IE": 0.03}


@dataclass
class Ring:
    id: str
    members: np.ndarray
    tactics: tuple[str, ...]
    accounts: bool


@dataclass
class Group:
    kind: str
    members: np.ndarray


@dataclass
class Plan:
    n: int
    role: np.ndarray
    kind: np.ndarray
    country: np.ndarray
    rings: list[Ring] = field(default_factory=list)
    singletons: dict[int, tuple[str, ...]] = field(default_factory=dict)
    groups: list[Group] = field(default_factory=list)


def _ring_sizes(rng: np.random.Generator, budget: int) -> list[int]:
    sizes: list[int] = []
    while budget >= 3:
        size = int(np.clip(round(2 + rng.lognormal(1.5, 0.75)), 3, 40))
        size = min(size, budget)
        if budget - size < 3:
            size = budget if budget <= 40 else size
        sizes.append(size)
        budget -= size
    return sizes


def _ring_tactics(rng: np.random.Generator, n_rings: int) -> list[tuple[bool, list[str]]]:
    """Tactic sets per ring, preferring tactics no ring has used yet so that all appear."""
    used: set[str] = set()
    out: list[tuple[bool, list[str]]] = []
    for i in range(n_rings):
        accounts = (i == 1) or (i > 1 and rng.random() < 0.3)
        allowed = [t for t in TACTICS if t not in (WORKER_ONLY if accounts else ACCOUNT_ONLY)]
        k = int(rng.integers(1, 5))
        fresh = [t for t in allowed if t not in used]
        rng.shuffle(fresh)
        chosen = fresh[:k]
        rest = [t for t in allowed if t not in chosen]
        chosen += list(rng.choice(rest, size=k - len(chosen), replace=False)) if k > len(chosen) else []
        used.update(chosen)
        out.append((accounts, [str(t) for t in chosen]))
    # Top up: give any tactic still unused to a compatible ring with room left.
    for t in TACTICS:
        if t in used:
            continue
        for accounts, chosen in out:
            if len(chosen) < 4 and t not in (WORKER_ONLY if accounts else ACCOUNT_ONLY):
                chosen.append(t)
                used.add(t)
                break
    return out


def _weighted_countries(rng: np.random.Generator, n: int, weights: dict[str, float] | None = None) -> np.ndarray:
    if weights is None:
        codes = list(range(len(COUNTRIES)))
        p = np.array([c.weight for c in COUNTRIES])
    else:
        codes = [COUNTRY_INDEX[c] for c in weights]
        p = np.array(list(weights.values()))
    return np.array(codes, dtype=np.int16)[rng.choice(len(codes), size=n, p=p / p.sum())]


def make_plan(rng: np.random.Generator, n: int) -> Plan:
    order = rng.permutation(n)
    cursor = 0

    def take(k: int) -> np.ndarray:
        nonlocal cursor
        got = order[cursor:cursor + k]
        cursor += len(got)
        return np.sort(got)

    role = np.zeros(n, dtype=np.int8)
    kind = rng.choice(4, size=n, p=[0.35, 0.25, 0.10, 0.30]).astype(np.int8)
    country = _weighted_countries(rng, n)
    plan = Plan(n=n, role=role, kind=kind, country=country)

    # Hard negatives first (a fixed share), then rings and singletons from what is left.
    for neg in NEGATIVE_KINDS:
        share, lo, hi = NEGATIVE_SHARES[neg]
        budget = max(lo, int(round(share * n)))
        while budget >= lo and cursor + lo <= n:
            # Offices and agencies are long-tailed: mostly small, a few in the hundreds.
            sigma = 1.2 if hi >= 100 else 0.7
            size = int(min(hi, max(lo, round(rng.lognormal(np.log(lo + 1), sigma)))) if hi > lo else lo)
            size = min(size, budget) if budget - size >= lo else budget if budget <= hi else size
            members = take(size)
            plan.groups.append(Group(neg, members))
            role[members] = ROLE_NEGATIVE
            budget -= len(members)
    _dress_negatives(rng, plan)

    sizes = _ring_sizes(rng, max(12, int(round(RING_SHARE * n))))
    for i, ((accounts, tactics), size) in enumerate(zip(_ring_tactics(rng, len(sizes)), sizes)):
        members = take(size)
        if len(members) < 3:
            break
        role[members] = ROLE_RING
        country[members] = _weighted_countries(rng, len(members), _RING_COUNTRIES)
        if accounts:
            kind[members] = ACCOUNT
        else:
            p = [0.1, 0.6, 0.3, 0.0] if "laptop_farm" in tactics else [0.2, 0.5, 0.3, 0.0]
            kind[members] = rng.choice(4, size=len(members), p=p)
        _give_every_member_a_channel(rng, kind, members, tactics)
        plan.rings.append(Ring(f"R{i + 1:04d}", members, tuple(tactics), accounts))

    for idx in take(max(2, int(round(SINGLETON_SHARE * n)))):
        role[idx] = ROLE_SINGLETON
        country[idx] = _weighted_countries(rng, 1, _RING_COUNTRIES)[0]
        # Workers: an applicant shows too little (no machine, few logins) for three traits.
        kind[idx] = rng.choice(4, p=[0.0, 0.65, 0.35, 0.0])
        allowed = [t for t in SINGLETON_TRAITS
                   if (kind[idx] != APPLICANT or t not in ENDPOINT_TRAITS | LOGIN_TRAITS)
                   and (kind[idx] == EMPLOYEE or t != "reshipped_laptop")]
        plan.singletons[int(idx)] = tuple(str(t) for t in rng.choice(allowed, size=min(len(allowed), int(rng.integers(3, 6))), replace=False))
    return plan


def _give_every_member_a_channel(rng: np.random.Generator, kind: np.ndarray, members: np.ndarray,
                                 tactics) -> None:
    """Re-draw the kind of a member that could carry none of its ring's linking tactics (an
    applicant in a laptop farm ring has no laptop and no logins to share)."""
    linking = [t for t in tactics if t in LINKING_KINDS]
    if not linking:
        return
    for i in members:
        if not any(kind[i] in LINKING_KINDS[t] for t in linking):
            options = sorted({k for t in linking for k in LINKING_KINDS[t]} - {ACCOUNT})
            if options:
                kind[i] = options[int(rng.integers(len(options)))]


def _dress_negatives(rng: np.random.Generator, plan: Plan) -> None:
    """Kinds and countries that make each hard-negative group plausible."""
    kind, country = plan.kind, plan.country
    north = {"US": 0.75, "CA": 0.15, "GB": 0.10}
    for g in plan.groups:
        m = g.members
        if g.kind in ("family", "roommates", "office"):
            country[m] = country[m[0]]
        if g.kind == "office" or g.kind == "it_admin":
            kind[m] = EMPLOYEE
        elif g.kind in ("repeat_applicant", "resume_template"):
            kind[m] = APPLICANT
        elif g.kind == "payroll_agency":
            kind[m] = CONTRACTOR
        elif g.kind == "korean_chinese_name":
            country[m] = _weighted_countries(rng, len(m), north)
            kind[m] = rng.choice([APPLICANT, EMPLOYEE, CONTRACTOR], size=len(m))
        elif g.kind == "traveller":
            kind[m] = rng.choice([EMPLOYEE, CONTRACTOR, ACCOUNT], size=len(m))
        elif g.kind == "family" and len(m) >= 2:
            # A joint account needs payouts: the first two are workers.
            kind[m[:2]] = rng.choice([EMPLOYEE, CONTRACTOR], size=2)
