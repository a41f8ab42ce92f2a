"""Hard negatives: honest people whose data looks like what fools naive ring rules.

Plus background noise: a few honest people with a single oddity each, left unlabelled.
"""

from __future__ import annotations

import numpy as np

from . import network, phones
from .catalog import catalog
from .indicators import IT_ADMIN_TOOLS
from .plan import ACCOUNT, APPLICANT, CONTRACTOR, EMPLOYEE, ROLE_BENIGN, Group
from .population import email_addresses, name_indexes
from .strings import digit_strings
from .tactics import voip_number
from .variants import account_number_variant, email_variant
from .vocab import COUNTRIES, COUNTRY_INDEX, CULTURES, MULTIPORT_USB
from .world import DAY, NOW, World

_ADDRESS_PARTS = ("city", "street", "suffix", "house", "unit", "postcode")


def _share_address(w: World, rng: np.random.Generator, m: np.ndarray, same_unit: bool = True) -> None:
    for part in _ADDRESS_PARTS:
        if part != "unit" or same_unit:
            getattr(w, part)[m] = getattr(w, part)[m[0]]
    w.addr_style[m] = rng.integers(0, 6, len(m))


def family(w: World, rng: np.random.Generator, g: Group) -> None:
    m = g.members
    _share_address(w, rng, m)
    w.culture[m] = w.culture[m[0]]
    w.last[m] = w.last[m[0]]
    w.first[m] = name_indexes(rng, w.culture[m])[0]
    w.home_ip[m], w.home_ip2[m] = w.home_ip[m[0]], w.home_ip2[m[0]]
    w.device2[m] = w.device[m[0]]  # the family computer
    w.os_tz[m] = w.os_tz[m[0]]
    if len(m) >= 2 and rng.random() < 0.5:
        account = digit_strings(rng, 1, 11, True)[0].decode()
        for i in m[:2]:
            w.pay_method[i], w.pay_dest[i] = 0, account_number_variant(account, rng)
    for child in m[1:]:
        if w.plan.kind[child] == ACCOUNT and rng.random() < 0.7:
            w.birth[child] = int(NOW // DAY - rng.uniform(13, 20) * 365.25)
            w.rphone_cc[child], w.rphone_nat[child] = w.phone_cc[m[0]], w.phone_nat[m[0]]
            w.rphone_style[child] = rng.integers(0, phones.N_STYLES)


def roommates(w: World, rng: np.random.Generator, g: Group) -> None:
    m = g.members
    _share_address(w, rng, m)
    w.home_ip[m] = w.home_ip[m[0]]


def office(w: World, rng: np.random.Generator, g: Group) -> None:
    m = g.members
    cat = catalog()
    w.employer[m] = w.employer[m[0]]
    egress = network.residential_ips(rng, w.plan.country[m[:1]])[0]
    w.alt_ip[m] = egress & 0xFFFFFFF8 | 1
    w.alt_spread[m] = 6  # a few neighbours in the office /24
    w.alt_country[m] = w.plan.country[m]
    w.p_alt[m] = rng.uniform(0.5, 0.9, len(m))
    w.weekdays_only[m] = True
    local = np.clip(rng.normal(12.5, 1.5, len(m)), 9, 17)
    w.hour_utc[m] = (local - cat.city_offset[w.city[m]]) % 24
    w.hour_sd[m] = 2.0


def vpn_user(w: World, rng: np.random.Generator, g: Group) -> None:
    for i in g.members:
        w.vpn_pool[i], w.p_vpn[i] = 0, rng.uniform(0.5, 0.95)
        if w.plan.kind[i] == ACCOUNT:
            w.signup_ip[i] = w.vpn_pools[0][int(rng.integers(len(w.vpn_pools[0])))]


def it_admin(w: World, rng: np.random.Generator, g: Group) -> None:
    for i in g.members:
        for tool in rng.choice(IT_ADMIN_TOOLS, size=int(rng.integers(1, 4)), replace=False):
            w.endpoint_extra.append((int(i), "process", str(tool)))
        if rng.random() < 0.4:
            w.endpoint_extra.append((int(i), "usb", MULTIPORT_USB[int(rng.integers(len(MULTIPORT_USB)))]))


def repeat_applicant(w: World, rng: np.random.Generator, g: Group) -> None:
    m = g.members
    src = m[0]
    for col in ("culture", "first", "last", "middle", "birth", "national_id", "city", "street", "suffix", "house",
                "unit", "postcode", "phone_cc", "phone_nat", "home_ip", "home_ip2", "device", "device2", "ua",
                "profiles", "hour_utc", "keyboard", "os_tz"):
        getattr(w, col)[m] = getattr(w, col)[src]
    w.addr_style[m] = np.where(rng.random(len(m)) < 0.6, w.addr_style[src], rng.integers(0, 6, len(m)))
    w.phone_style[m] = np.where(rng.random(len(m)) < 0.6, w.phone_style[src], rng.integers(0, phones.N_STYLES, len(m)))
    face = int(rng.integers(2**40, 2**50))
    doc = int(rng.integers(2**40, 2**50))
    others = rng.choice(len(catalog().employers), size=len(m), replace=False)
    when = w.created[src]
    for k, i in enumerate(m):
        w.email[i] = w.email[src] if rng.random() < 0.7 else email_variant(w.email[src], rng)
        w.employer[i] = others[k]
        w.created[i] = min(NOW - DAY, when + k * int(rng.integers(3, 40)) * DAY)
        w.active_end[i] = min(NOW, w.created[i] + 45 * DAY)
        # The same photo and resume file, re-uploaded (sometimes re-encoded).
        w.photo_face[i], w.photo_edit[i] = face, (0 if rng.random() < 0.5 else -1)
        w.resume_doc[i], w.resume_edit[i] = doc, -1


def resume_template(w: World, rng: np.random.Generator, g: Group) -> None:
    template = int(rng.integers(0, 3))
    for i in g.members:
        w.resume_template[i] = template
        w.resume_doc[i] = int(rng.integers(2**40, 2**50))


def traveller(w: World, rng: np.random.Generator, g: Group) -> None:
    cat = catalog()
    for i in g.members:
        start = max(int(w.created[i]), int(NOW) - 300 * DAY)
        t = start + int(rng.integers(5, 40)) * DAY
        for _ in range(int(rng.integers(2, 5))):
            dest = int(rng.integers(len(COUNTRIES)))
            if dest == w.plan.country[i]:
                continue
            days = int(rng.integers(3, 15))
            if t + days * DAY > NOW:
                break
            count = days * int(rng.integers(1, 3))
            offset = float(cat.city_offset[cat.city_range[dest][0]])
            day = rng.integers(0, days, count)
            hour = np.clip(rng.normal(13, 3, count), 7, 23) - offset
            ts = t + day * DAY + (hour * 3600).astype(np.int64) + rng.integers(0, 3600, count)
            hotel = network.residential_ips(rng, np.full(int(rng.integers(1, 3)), dest, dtype=np.int16))
            ips = hotel[rng.integers(0, len(hotel), count)]
            w.login_extra.append((np.full(count, i), ts, ips, np.full(count, dest, dtype=np.int16)))
            # Home again for a while before the next trip: travel takes days, not minutes.
            t += (days + int(rng.integers(10, 60))) * DAY


def korean_chinese_name(w: World, rng: np.random.Generator, g: Group) -> None:
    cat = catalog()
    m = g.members
    w.culture[m] = np.array([CULTURES.index("korean"), CULTURES.index("chinese")])[rng.integers(0, 2, len(m))]
    w.first[m], w.last[m] = name_indexes(rng, w.culture[m])
    fresh = email_addresses(rng, w.first[m], w.last[m], w.birth[m], w.plan.country[m])
    for i, email, digits in zip(m, fresh, rng.integers(100, 9999, len(m))):
        local, _, dom = email.partition("@")
        w.email[i] = f"{local}{digits}@{dom}"
    for i in m:
        if rng.random() < 0.3:
            w.keyboard[i] = cat.keyboards.index("ko-KR" if CULTURES[w.culture[i]] == "korean" else "zh-CN")


def voip_user(w: World, rng: np.random.Generator, g: Group) -> None:
    for i in g.members:
        w.phone_cc[i], w.phone_nat[i] = voip_number(rng, COUNTRIES[w.plan.country[i]].code)


def payroll_agency(w: World, rng: np.random.Generator, g: Group) -> None:
    account = digit_strings(rng, 1, 12, True)[0].decode()
    for i in g.members:
        w.pay_method[i], w.pay_dest[i] = 0, account_number_variant(account, rng)


NEGATIVE_FUNCTIONS = {
    "family": family, "roommates": roommates, "office": office, "vpn_user": vpn_user, "it_admin": it_admin,
    "repeat_applicant": repeat_applicant, "resume_template": resume_template, "traveller": traveller,
    "korean_chinese_name": korean_chinese_name, "voip_user": voip_user, "payroll_agency": payroll_agency,
}


def commercial_vpn(w: World, rng: np.random.Generator) -> None:
    """Pool 0: exits of a commercial VPN, shared by many honest users (and some operators)."""
    size = int(np.clip(w.n // 2000, 20, 400))
    w.add_vpn_pool(network.hosting_ips(rng, size, "vpn"), COUNTRY_INDEX["US"])


def plant_negatives(w: World, rng: np.random.Generator) -> None:
    for g in w.plan.groups:
        NEGATIVE_FUNCTIONS[g.kind](w, rng, g)
        for i in g.members:
            w.negative_of[int(i)] = g.kind


def background_noise(w: World, rng: np.random.Generator) -> None:
    """About 1% of benign people get one harmless oddity each; they stay labelled benign."""
    benign = np.flatnonzero(w.plan.role == ROLE_BENIGN)
    chosen = benign[rng.random(len(benign)) < 0.01]
    for i in chosen:
        oddity = int(rng.integers(0, 4))
        kind = w.plan.kind[i]
        if oddity == 0 and kind in (EMPLOYEE, CONTRACTOR):
            w.endpoint_extra.append((int(i), "process", IT_ADMIN_TOOLS[int(rng.integers(len(IT_ADMIN_TOOLS)))]))
        elif oddity == 1:
            w.vpn_pool[i], w.p_vpn[i] = 0, rng.uniform(0.05, 0.2)
        elif oddity == 2 and kind != APPLICANT:
            w.hour_utc[i] = (w.hour_utc[i] + rng.normal(8, 1)) % 24  # a night owl
        elif oddity == 3:
            w.phone_style[i] = 0
