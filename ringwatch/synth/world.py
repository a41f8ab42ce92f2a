"""The synthetic world as columns: one numpy array per subject attribute.

Sharing something (an address, a phone, a device) means copying the underlying integers from
one subject to another; writing it differently is a separate style index. Free-text values
that cannot be composed from parts are kept as sparse per-subject overrides. Extra rows for
the activity tables (tactics' remote tools, travel logins...) are collected as small blocks.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

import numpy as np

from .plan import Plan

NOW = np.datetime64("2025-06-30T00:00:00", "s").astype(np.int64)  # fixed, for determinism
DAY = 86_400


@dataclass
class World:
    plan: Plan
    # names
    culture: np.ndarray
    first: np.ndarray          # index into the flat first-name table
    last: np.ndarray           # index into the flat last-name table
    middle: np.ndarray         # middle initial letter index, -1 none
    # address parts
    city: np.ndarray           # index into the flat city table
    street: np.ndarray         # index into the flat street table
    suffix: np.ndarray         # street suffix index (-1 where the layout has none)
    house: np.ndarray
    unit: np.ndarray           # 0: none
    postcode: np.ndarray       # numpy unicode
    addr_style: np.ndarray
    # identity
    birth: np.ndarray          # days since 1970
    national_id: np.ndarray    # numpy unicode, "" missing
    employer: np.ndarray       # -1 none
    created: np.ndarray        # epoch seconds
    # contact
    phone_cc: np.ndarray
    phone_nat: np.ndarray      # 0: no phone
    phone_style: np.ndarray
    rphone_cc: np.ndarray
    rphone_nat: np.ndarray     # recovery phone, 0 none
    rphone_style: np.ndarray
    email: np.ndarray          # object array of str
    recovery_email: np.ndarray  # object array, "" none
    profiles: np.ndarray       # object array
    # network and devices
    signup_ip: np.ndarray      # uint32, 0 none
    home_ip: np.ndarray
    home_ip2: np.ndarray       # 0 none
    device: np.ndarray         # uint64
    device2: np.ndarray        # 0 none
    ua: np.ndarray
    # activity model for logins
    hour_utc: np.ndarray       # centre of the daily activity, UTC hours
    hour_sd: np.ndarray
    weekdays_only: np.ndarray  # bool
    login_rate: np.ndarray     # multiplier of the mean login count
    active_end: np.ndarray     # epoch seconds
    p_mobile: np.ndarray
    p_alt: np.ndarray
    alt_ip: np.ndarray         # office egress / laptop farm address, 0 none
    alt_spread: np.ndarray     # alt logins use alt_ip + [0, spread) in the same /24
    alt_country: np.ndarray
    p_vpn: np.ndarray
    vpn_pool: np.ndarray       # index into World.vpn_pools, -1 none
    # endpoint
    os_tz: np.ndarray          # index into the zone table
    keyboard: np.ndarray       # index into the layout table
    # payouts: method index (0 bank, 1 wallet, 2 crypto)
    pay_method: np.ndarray
    pay_dest: np.ndarray       # object array
    # media: an id of the drawn content (-1 none) and of its edit
    photo_face: np.ndarray
    photo_edit: np.ndarray
    resume_doc: np.ndarray
    resume_edit: np.ndarray
    resume_template: np.ndarray
    vpn_pools: list[np.ndarray] = field(default_factory=list)
    vpn_pool_country: list[int] = field(default_factory=list)
    mobile_pools: list[np.ndarray] = field(default_factory=list)
    # sparse free-text values: column -> {subject index: value}
    overrides: dict[str, dict[int, str]] = field(default_factory=lambda: defaultdict(dict))
    # While a ring's tactics are planted: the tactic being applied, and for each member the
    # linking tactic it is sure to use, so every persona leaves at least one shared trace.
    current_tactic: str = ""
    sure_tactic: dict[int, str] = field(default_factory=dict)
    # shipments to an address other than the claimed one: subject -> address
    ship_to: dict[int, str] = field(default_factory=dict)
    # extra endpoint rows: (subject index, kind, value)
    endpoint_extra: list[tuple[int, str, str]] = field(default_factory=list)
    # extra login rows: (subject index, ts, ip, country index)
    login_extra: list[tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]] = field(default_factory=list)
    # truth
    ring_of: dict[int, str] = field(default_factory=dict)
    tactics_of: dict[int, str] = field(default_factory=dict)
    negative_of: dict[int, str] = field(default_factory=dict)
    # operator-controlled email addresses per ring (some become domain registrants)
    operator_emails: dict[str, list[str]] = field(default_factory=dict)
    # organisations' own domains (org-provisioned accounts): domain -> (name, registered at)
    org_domains: dict[str, tuple[str, int]] = field(default_factory=dict)
    # subjects whose photo is written as PNG (a platform's default avatar, byte for byte)
    photo_png: set[int] = field(default_factory=set)

    @property
    def n(self) -> int:
        return self.plan.n

    def add_vpn_pool(self, ips: np.ndarray, country: int) -> int:
        self.vpn_pools.append(ips.astype(np.uint32))
        self.vpn_pool_country.append(country)
        return len(self.vpn_pools) - 1
