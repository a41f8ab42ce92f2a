"""Who is who: the roles, rings, honest sharing groups and claimed countries of all subjects.

The plan is drawn first and is the ground truth; the population and the tactics then dress
each subject according to it.

Three worlds: `accounts` (an email provider: only online accounts, with recovery contacts,
sign-up IPs and logins), `employer` (applicants, employees and contractors, with devices,
payroll and shipments) and `mixed` (both).
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from .vocab import COUNTRIES, COUNTRY_INDEX

TACTICS = ("shared_recovery", "shared_payout", "laptop_farm", "stolen_identity", "photo_reuse",
           "resume_clone", "burst_signup", "shared_device", "shared_contact", "remote_operator")
# Harder ring variants, written into truth `tactics` beside the tactics so that recall can be
# measured for each: `single_channel` rings share ONE kind of thing only and their personas
# carry a few individual traits each (`persona_traits`); `split_employers` rings put every
# worker persona at a different employer. `few_traits` marks lone personas with 2-3 traits.
RING_VARIANTS = ("single_channel", "persona_traits", "split_employers")
SINGLETON_VARIANTS = ("few_traits",)
# Rings of online accounts vs rings of workers: payouts and laptops only exist for workers,
# burst sign-ups and recovery settings only for accounts.
ACCOUNT_ONLY = frozenset({"burst_signup", "shared_recovery"})
WORKER_ONLY = frozenset({"laptop_farm", "shared_payout"})

# Individual traits of lone fake personas (truth `tactics` of role `singleton`), also worn by
# the personas of single-channel rings.
SINGLETON_TRAITS = ("remote_hours", "operator_timezone", "operator_keyboard", "ip_kvm", "remote_tool",
                    "hosting_ip", "voip_phone", "disposable_email", "reshipped_laptop")
ENDPOINT_TRAITS = frozenset({"operator_timezone", "operator_keyboard", "ip_kvm", "remote_tool"})
# Traits seen only in a worker's logins: an applicant has too few logins to show them.
LOGIN_TRAITS = frozenset({"remote_hours", "hosting_ip"})

ROLE_BENIGN, ROLE_RING, ROLE_SINGLETON, ROLE_NEGATIVE = 0, 1, 2, 3
ROLE_NAMES = ("benign", "ring", "singleton", "hard_negative")
KINDS = ("applicant", "employee", "contractor", "account")
APPLICANT, EMPLOYEE, CONTRACTOR, ACCOUNT = range(4)
ANY = (APPLICANT, EMPLOYEE, CONTRACTOR, ACCOUNT)
PEOPLE = (APPLICANT, EMPLOYEE, CONTRACTOR)
WORKERS = (EMPLOYEE, CONTRACTOR)

WORLDS = ("mixed", "accounts", "employer")
# Share of each subject kind (applicant, employee, contractor, account) per world.
WORLD_KINDS: dict[str, tuple[float, float, float, float]] = {
    "mixed": (0.35, 0.25, 0.10, 0.30), "accounts": (0.0, 0.0, 0.0, 1.0), "employer": (0.50, 0.35, 0.15, 0.0),
}

# Honest people who share things for honest reasons (truth `negative`, role `hard_negative`).
# kind -> (subject kinds it applies to, share of the subjects of those kinds, smallest group,
# largest group). Rates are for a mixed population, from how people really share:
NEGATIVE_SPECS: dict[str, tuple[tuple[int, ...], float, int, int]] = {
    # -- the first eleven kinds (kept) --
    "family": (ANY, 0.025, 2, 6),                  # one household: address, home IP, family PC, joint account
    "roommates": (ANY, 0.01, 2, 4),                # address and home IP
    "office": ((EMPLOYEE,), 0.08, 10, 300),        # coworkers behind one office egress IP
    "vpn_user": (ANY, 0.01, 1, 1),                 # a commercial VPN most of the time
    "it_admin": (WORKERS, 0.01, 1, 1),             # admin tools and docks on the endpoint
    "repeat_applicant": ((APPLICANT,), 0.07, 2, 4),  # 5-10% of applicants apply to 2-4 employers
    "resume_template": ((APPLICANT,), 0.03, 10, 80),  # the same template's boilerplate
    "traveller": ((EMPLOYEE, CONTRACTOR, ACCOUNT), 0.005, 1, 1),  # logins from abroad for days
    "korean_chinese_name": (PEOPLE, 0.01, 1, 1),   # names, sometimes keyboards, of residents
    "voip_user": (ANY, 0.015, 1, 1),               # Google Voice and similar numbers
    "payroll_agency": ((CONTRACTOR,), 0.10, 20, 500),  # a staffing/payroll agency's one account
    # -- consumer accounts --
    # Parents set their own mailbox or phone as the recovery contact of 1-4 children's accounts
    # (no home address on those), from the home IP and often the family computer: 10-20% of
    # consumer accounts belong to such a family.
    "family_accounts": ((ACCOUNT,), 0.15, 2, 5),
    # Schools, small firms and IT departments create 5-60 accounts in one sitting from one IP,
    # with patterned names and their helpdesk as the recovery contact: 5-10% of accounts.
    "org_provisioned": ((ACCOUNT,), 0.07, 5, 60),
    # -- networks shared by many --
    "cgnat_mobile": (ANY, 0.04, 100, 600),         # a carrier NAT: hundreds on a few IPs
    "university_network": ((ACCOUNT, APPLICANT), 0.03, 30, 400),  # a campus /24, term-start sign-ups
    "coworking": (WORKERS, 0.03, 10, 150),         # a coworking space: many employers, one IP
    # -- employers --
    # Company laptops shipped to the employer's office, not home: dozens share that address.
    "office_shipping": ((EMPLOYEE,), 0.06, 10, 120),
    "employer_of_record": ((CONTRACTOR,), 0.08, 20, 300),  # an EOR pays contractors of many clients
    "msp_technician": (WORKERS, 0.01, 1, 1),       # TeamViewer/AnyDesk/ConnectWise for many clients
    "kvm_switch": (WORKERS, 0.02, 1, 1),           # a desk KVM switch or a mouse jiggler: not IP-KVMs
    # -- applicants --
    "default_avatar": ((APPLICANT,), 0.04, 10, 300),  # the platform's default picture, byte for byte
    "career_service": ((APPLICANT,), 0.02, 10, 60),   # a bootcamp's rewrite: near-duplicate resumes
    # -- people's lives --
    "mover": ((EMPLOYEE,), 0.01, 1, 1),            # moved: laptop to the new address, new home IP
    "name_change": (PEOPLE, 0.005, 2, 2),          # married: two records, one id, two surnames
    "night_shift": (ANY, 0.015, 1, 1),             # works and logs in at night
    "heritage_keyboard": (WORKERS, 0.015, 1, 1),   # ko-KR / zh-CN / ja-JP / vi-VN layouts at home
    "asia_resident": (ANY, 0.02, 1, 1),            # honestly lives in KR, JP, CN, PH or VN
    "dual_country": (ANY, 0.015, 1, 1),            # foreign-born: visits family, keeps a second clock
}
NEGATIVE_KINDS = tuple(NEGATIVE_SPECS)
# Backwards compatible: kind -> (share, smallest, largest).
NEGATIVE_SHARES = {k: (v[1], v[2], v[3]) for k, v in NEGATIVE_SPECS.items()}

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

# What an account ring can use: accounts have no payouts, laptops, photos or resumes.
NOT_FOR_ACCOUNTS = frozenset(t for t, kinds in LINKING_KINDS.items() if ACCOUNT not in kinds)

RING_SHARE = 0.02
SINGLETON_SHARE = 0.003
SINGLE_CHANNEL_P = 0.35   # share of rings that share one kind of thing only
SPLIT_EMPLOYERS_P = 0.3   # share of worker rings spread over as many employers as personas
# Personas claim to live in North America mostly (advisories), some in Europe/elsewhere.
_RING_COUNTRIES = {"US": 0.72, "CA": 0.12, "GB": 0.06, "AU": 0.03, "DE": 0.02, "NL": 0.02, "IE": 0.03}
_ASIA = {"KR": 0.25, "JP": 0.2, "CN": 0.15, "PH": 0.25, "VN": 0.15}
_NORTH = {"US": 0.75, "CA": 0.15, "GB": 0.10}
_IMMIGRANT_HOMES = {"US": 0.7, "CA": 0.15, "GB": 0.1, "AU": 0.05}


@dataclass
class Ring:
    id: str
    members: np.ndarray
    tactics: tuple[str, ...]
    accounts: bool
    variants: tuple[str, ...] = ()


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
    world: str = "mixed"


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


def _ring_tactics(rng: np.random.Generator, n_rings: int, world: str = "mixed") -> list[tuple[bool, list[str]]]:
    """Tactic sets per ring, preferring tactics no ring has used yet so that all appear."""
    used: set[str] = set()
    out: list[tuple[bool, list[str]]] = []
    for i in range(n_rings):
        if world == "accounts":
            accounts = True
        elif world == "employer":
            accounts = False
        else:
            accounts = (i == 1) or (i > 1 and rng.random() < 0.3)
        allowed = [t for t in TACTICS if t not in (NOT_FOR_ACCOUNTS if accounts else ACCOUNT_ONLY)]
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
            if len(chosen) < 4 and t not in (NOT_FOR_ACCOUNTS if accounts else ACCOUNT_ONLY):
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


class _Pools:
    """Subjects not yet given a role, one shuffled queue per kind: a group or ring takes the
    kinds it needs, so the kind mix of the world stays as drawn."""

    def __init__(self, rng: np.random.Generator, kind: np.ndarray) -> None:
        order = rng.permutation(len(kind))
        self.queues = [order[kind[order] == k] for k in range(4)]
        self.cursor = [0, 0, 0, 0]
        self.rng = rng

    def left(self, k: int) -> int:
        return len(self.queues[k]) - self.cursor[k]

    def draw_kinds(self, allowed: tuple[int, ...], size: int) -> np.ndarray | None:
        """Kinds for `size` members among `allowed`, in proportion to what is left; None if
        not enough subjects of those kinds are left."""
        left = np.array([self.left(k) for k in allowed], dtype=np.float64)
        if left.sum() < size:
            return None
        return np.array(allowed, dtype=np.int8)[self.rng.choice(len(allowed), size=size, p=left / left.sum())]

    def take(self, kinds: np.ndarray) -> np.ndarray | None:
        """One subject of each wanted kind, in the order asked; None if any kind ran out."""
        need = np.bincount(kinds.astype(np.int64), minlength=4)
        if any(need[k] > self.left(k) for k in range(4)):
            return None
        out = np.empty(len(kinds), dtype=np.int64)
        for k in range(4):
            idx = np.flatnonzero(kinds == k)
            if len(idx):
                out[idx] = self.queues[k][self.cursor[k]:self.cursor[k] + len(idx)]
                self.cursor[k] += len(idx)
        return out


def _group_kinds(rng: np.random.Generator, pools: _Pools, neg: str, allowed: tuple[int, ...],
                 size: int) -> np.ndarray | None:
    if neg == "name_change":
        # The maiden-name record applied; the married-name record is employed (or applied again).
        second = EMPLOYEE if pools.left(EMPLOYEE) else APPLICANT
        return np.array([APPLICANT if pools.left(APPLICANT) else EMPLOYEE, second], dtype=np.int8)
    kinds = pools.draw_kinds(allowed, size)
    if kinds is not None and neg == "family" and size >= 2:
        # A joint account needs payouts: the first two are workers where the world has them.
        if pools.left(EMPLOYEE) + pools.left(CONTRACTOR) >= 2:
            kinds[:2] = EMPLOYEE
            if pools.left(EMPLOYEE) < 2 + int((kinds[2:] == EMPLOYEE).sum()):
                kinds[:2] = CONTRACTOR
    return kinds


def make_plan(rng: np.random.Generator, n: int, world: str = "mixed") -> Plan:
    if world not in WORLDS:
        raise ValueError(f"unknown world {world!r}; expected one of {WORLDS}")
    role = np.zeros(n, dtype=np.int8)
    kind = rng.choice(4, size=n, p=WORLD_KINDS[world]).astype(np.int8)
    country = _weighted_countries(rng, n)
    plan = Plan(n=n, role=role, kind=kind, country=country, world=world)
    pools = _Pools(rng, kind)
    present = np.bincount(kind.astype(np.int64), minlength=4)

    # Honest sharing groups first (a share of the subjects of the kinds each applies to), then
    # rings and singletons from what is left.
    for neg, (allowed_all, share, lo, hi) in NEGATIVE_SPECS.items():
        allowed = tuple(k for k in allowed_all if present[k])
        if not allowed or (neg == "name_change" and not (present[APPLICANT] or present[EMPLOYEE])):
            continue
        budget = max(lo, int(round(share * int(present[list(allowed)].sum()))))
        while budget >= lo:
            # Offices and agencies are long-tailed: mostly small, a few in the hundreds.
            sigma = 1.2 if hi >= 100 else 0.7
            size = int(min(hi, max(lo, round(rng.lognormal(np.log(lo + 1), sigma)))) if hi > lo else lo)
            size = min(size, budget) if budget - size >= lo else budget if budget <= hi else size
            kinds = _group_kinds(rng, pools, neg, allowed, size)
            members = pools.take(kinds) if kinds is not None else None
            if members is None:
                break
            plan.groups.append(Group(neg, members))
            role[members] = ROLE_NEGATIVE
            budget -= len(members)
    _dress_negatives(rng, plan)

    sizes = _ring_sizes(rng, max(12, int(round(RING_SHARE * n))))
    drawn = _ring_tactics(rng, len(sizes), world)
    uses = {t: sum(t in chosen for _, chosen in drawn) for t in TACTICS}
    for i, ((accounts, tactics), size) in enumerate(zip(drawn, sizes)):
        variants: list[str] = []
        # Never drop the last ring of a tactic: every tactic stays in the world.
        if (rng.random() < SINGLE_CHANNEL_P and tactics[0] != "remote_operator"
                and all(uses[t] > 1 for t in tactics[1:])):
            for t in tactics[1:]:
                uses[t] -= 1
            # One kind of sharing only; every persona carries a few traits of its own instead.
            tactics = [tactics[0], "persona_traits"]
            variants.append("single_channel")
        if accounts:
            kinds = np.full(size, ACCOUNT, dtype=np.int8)
        else:
            p = [0.1, 0.6, 0.3, 0.0] if "laptop_farm" in tactics else [0.2, 0.5, 0.3, 0.0]
            kinds = rng.choice(4, size=size, p=p).astype(np.int8)
            _give_every_member_a_channel(rng, kinds, np.arange(size), tactics)
            if rng.random() < SPLIT_EMPLOYERS_P:
                variants.append("split_employers")
        members = pools.take(kinds)
        if members is None or len(members) < 3:
            break
        role[members] = ROLE_RING
        country[members] = _weighted_countries(rng, len(members), _RING_COUNTRIES)
        plan.rings.append(Ring(f"R{i + 1:04d}", members, tuple(tactics), accounts, tuple(variants)))

    worker_left = pools.left(EMPLOYEE) + pools.left(CONTRACTOR)
    count = max(2, int(round(SINGLETON_SHARE * n)))
    if world == "accounts":
        kinds = np.full(count, ACCOUNT, dtype=np.int8)
    else:
        kinds = pools.draw_kinds(WORKERS, min(count, worker_left)) if worker_left else None
    singles = pools.take(kinds) if kinds is not None else None
    for idx in (singles if singles is not None else []):
        idx = int(idx)
        role[idx] = ROLE_SINGLETON
        country[idx] = _weighted_countries(rng, 1, _RING_COUNTRIES)[0]
        allowed = allowed_traits(int(kind[idx]))
        # Lone personas: a quarter show only two traits, a quarter three (hard), the rest 4-5.
        k = int(rng.choice([2, 3, 4, 5], p=[0.25, 0.25, 0.3, 0.2]))
        plan.singletons[idx] = tuple(str(t) for t in rng.choice(allowed, size=min(len(allowed), k), replace=False))
    return plan


def allowed_traits(kind: int) -> list[str]:
    """The individual traits a persona of this kind can show: an applicant has no machine and
    few logins, an account no machine, only an employee gets a laptop shipped."""
    if kind == ACCOUNT:
        return ["remote_hours", "hosting_ip", "voip_phone", "disposable_email"]
    return [t for t in SINGLETON_TRAITS
            if (kind != APPLICANT or t not in ENDPOINT_TRAITS | LOGIN_TRAITS)
            and (kind == EMPLOYEE or t != "reshipped_laptop")]


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
    """Countries that make each honest group plausible (kinds were chosen when taking them)."""
    country = plan.country
    for g in plan.groups:
        m = g.members
        if g.kind in ("family", "roommates", "office", "family_accounts", "org_provisioned", "cgnat_mobile",
                      "university_network", "coworking", "office_shipping"):
            country[m] = country[m[0]]
        if g.kind == "name_change":
            country[m] = country[m[0]]
        elif g.kind == "korean_chinese_name":
            country[m] = _weighted_countries(rng, len(m), _NORTH)
        elif g.kind == "asia_resident":
            country[m] = _weighted_countries(rng, len(m), _ASIA)
        elif g.kind in ("dual_country", "heritage_keyboard"):
            country[m] = _weighted_countries(rng, len(m), _IMMIGRANT_HOMES)
