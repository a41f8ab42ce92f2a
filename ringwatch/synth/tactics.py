"""Fraud: rings driven by one operator team, and lone fake personas.

Each ring applies its tactics member by member with high but not total probability, so some
members are tied to the ring by one channel only. Every trace an operator leaves here is one
the public guidance describes (FBI/State/Treasury 2022, FBI PSAs 2023/2025, Jasper Sleet,
Mandiant, Unit 42).
"""

from __future__ import annotations

import numpy as np

from . import network, phones
from .catalog import catalog, draw_in_ranges
from .indicators import FAVOURED_OPERATOR_TOOLS, ip_kvm_products, remote_tool_processes
from .plan import ACCOUNT, APPLICANT, CONTRACTOR, EMPLOYEE, LINKING_KINDS, Ring, allowed_traits
from .population import email_addresses, name_indexes, postcodes
from .render import format_address
from .strings import digit_strings
from .variants import account_number_variant, crypto_variant, email_variant, name_variant
from .vocab import COUNTRIES, COUNTRY_INDEX, CULTURES, DISPOSABLE_EMAIL_DOMAINS, OPERATOR_KEYBOARDS, OPERATOR_TIMEZONES
from .world import DAY, NOW, World

APPLY_P = 0.85
_OPERATOR_WORDS = ["dev", "coder", "tech", "soft", "code", "pro", "work", "star", "smart", "top"]
_BASE58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"


def _applying(w: World, rng: np.random.Generator, members: np.ndarray, p: float = APPLY_P) -> np.ndarray:
    """The members that use a tactic: most, never fewer than two (so the link exists), and
    always those for whom this is the one linking tactic they are sure to use."""
    sure = np.array([w.sure_tactic.get(int(i)) == w.current_tactic for i in members], dtype=bool)
    mask = (rng.random(len(members)) < p) | sure
    if mask.sum() < 2:
        mask[rng.choice(len(members), size=min(2, len(members)), replace=False)] = True
    return members[mask]


def operator_email(rng: np.random.Generator, domains=("gmail.com", "outlook.com", "proton.me", "hotmail.com")) -> str:
    word = _OPERATOR_WORDS[int(rng.integers(len(_OPERATOR_WORDS)))]
    first = catalog().first_ascii[int(rng.integers(len(catalog().first)))].as_py()
    return f"{first}.{word}{int(rng.integers(1, 999))}@{domains[int(rng.integers(len(domains)))]}"


def voip_number(rng: np.random.Generator, claimed: str) -> tuple[int, int]:
    """A number the metadata types VOIP: the claimed country's range if it has one."""
    regions = phones.voip_regions()
    region = claimed if claimed in regions else ("CA" if claimed in ("US", "MX") else "GB")
    code, nat = phones.draw_numbers(rng, region, 1, "voip")
    return code, int(nat[0])


def _address_parts(rng: np.random.Generator, country: int) -> tuple[int, int, int, int, int, str]:
    cat = catalog()
    city = int(draw_in_ranges(rng, cat.city_range, np.array([country]))[0])
    street = int(draw_in_ranges(rng, cat.street_range, np.array([country]))[0])
    return (city, street, int(rng.integers(0, 11)), int(rng.integers(1, 9999)),
            int(rng.integers(1, 30)) if rng.random() < 0.6 else 0, str(postcodes(rng, np.array([city]))[0]))


def other_address(rng: np.random.Generator, country: int) -> str:
    parts = _address_parts(rng, country)
    return format_address(country, *parts[:5], parts[5], int(rng.integers(0, 6)))


# -- ring tactics ---------------------------------------------------------------------------
def shared_recovery(w: World, rng: np.random.Generator, ring: Ring) -> None:
    use_phone, use_email = [(True, False), (False, True), (True, True)][int(rng.integers(0, 3))]
    if use_phone:
        if rng.random() < 0.5:
            code, nat = voip_number(rng, "US")
        else:
            code, nat = phones.draw_numbers(rng, "US", 1)
            nat = int(nat[0])
        for i in _applying(w, rng, ring.members):
            w.rphone_cc[i], w.rphone_nat[i], w.rphone_style[i] = code, nat, rng.integers(0, phones.N_STYLES)
    if use_email:
        emails = [operator_email(rng) for _ in range(int(rng.integers(1, 3)))]
        w.operator_emails.setdefault(ring.id, []).extend(emails)
        for i in _applying(w, rng, ring.members):
            w.recovery_email[i] = email_variant(emails[int(rng.integers(len(emails)))], rng)


def shared_payout(w: World, rng: np.random.Generator, ring: Ring) -> None:
    dests: list[tuple[int, str]] = []
    for _ in range(int(rng.integers(1, 4))):
        kind = int(rng.choice(3, p=[0.55, 0.25, 0.20]))
        if kind == 0:
            dests.append((0, digit_strings(rng, 1, int(rng.integers(10, 13)), True)[0].decode()))
        elif kind == 1:
            email = operator_email(rng)
            w.operator_emails.setdefault(ring.id, []).append(email)
            dests.append((1, f"{['paypal', 'payoneer', 'wise'][int(rng.integers(3))]}:{email}"))
        elif rng.random() < 0.5:
            dests.append((2, "0x" + rng.bytes(20).hex()))
        else:
            dests.append((2, "T" + "".join(rng.choice(list(_BASE58), 33))))
    workers = ring.members[np.isin(w.plan.kind[ring.members], (EMPLOYEE, CONTRACTOR))]
    if len(workers) < 2:
        return
    for i in _applying(w, rng, workers):
        method, dest = dests[int(rng.integers(len(dests)))]
        w.pay_method[i] = method
        w.pay_dest[i] = (account_number_variant(dest, rng) if method == 0
                         else crypto_variant(dest, rng) if method == 2 else dest)


def laptop_farm(w: World, rng: np.random.Generator, ring: Ring) -> None:
    country = COUNTRY_INDEX["US"] if rng.random() < 0.85 else COUNTRY_INDEX["CA"]
    parts = _address_parts(rng, country)
    farm_ips = network.residential_ips(rng, np.full(int(rng.integers(1, 3)), country, dtype=np.int16))
    start = NOW - int(rng.integers(90, 500)) * DAY
    end = min(NOW, start + int(rng.integers(120, 400)) * DAY)
    kvm = ip_kvm_products()[0]
    tools = remote_tool_processes()[0]
    for i in _applying(w, rng, ring.members):
        w.created[i] = start + int(rng.integers(0, 40 * DAY))
        w.active_end[i] = end
        w.birth[i] = min(w.birth[i], w.created[i] // DAY - 21 * 365)
        w.alt_ip[i] = farm_ips[int(rng.integers(len(farm_ips)))]
        w.alt_country[i] = country
        w.p_alt[i] = rng.uniform(0.7, 0.95)
        if w.plan.kind[i] == EMPLOYEE:
            w.ship_to[int(i)] = format_address(country, *parts[:5], parts[5], int(rng.integers(0, 6)))
        if w.plan.kind[i] in (EMPLOYEE, CONTRACTOR):
            if rng.random() < 0.7:
                w.endpoint_extra.append((int(i), "usb", kvm[int(rng.integers(len(kvm)))]))
            if rng.random() < 0.8:
                w.endpoint_extra.append((int(i), "process", _operator_tool(rng, tools)))


def _operator_tool(rng: np.random.Generator, tools: tuple[str, ...]) -> str:
    favoured = [t for t in FAVOURED_OPERATOR_TOOLS if t in tools] or list(tools)
    pool = favoured if rng.random() < 0.7 else list(tools)
    return pool[int(rng.integers(len(pool)))]


def stolen_identity(w: World, rng: np.random.Generator, ring: Ring) -> None:
    cat = catalog()
    culture = np.array([CULTURES.index("anglo" if rng.random() < 0.7 else "hispanic")])
    vf, vl = name_indexes(rng, culture)
    first, last = cat.first[int(vf[0])], cat.last[int(vl[0])]
    birth = int(NOW // DAY - rng.uniform(25, 60) * 365.25)
    ssn = digit_strings(rng, 1, 9, True)[0].decode()
    members = ring.members
    for i in members:
        use_id = rng.random() < 0.75
        use_name = rng.random() < 0.8 or not use_id
        if use_id:
            w.national_id[i] = ssn if rng.random() < 0.5 else f"{ssn[:3]}-{ssn[3:5]}-{ssn[5:]}"
        if use_name:
            w.first[i], w.last[i], w.middle[i] = vf[0], vl[0], -1
            w.overrides["full_name"][int(i)] = name_variant(first, last, rng)
            w.birth[i] = birth
    # Fresh mailboxes opened in the stolen name, one per persona.
    fresh = email_addresses(rng, np.repeat(vf, len(members)), np.repeat(vl, len(members)),
                            np.full(len(members), birth), w.plan.country[members])
    for i, email, digits in zip(members, fresh, rng.integers(1, 999, len(members))):
        local, _, dom = email.partition("@")
        w.email[i] = f"{local}{digits}@{dom}"


def photo_reuse(w: World, rng: np.random.Generator, ring: Ring) -> None:
    face = int(rng.integers(2**40, 2**50))
    for i in _applying(w, rng, ring.members):
        w.photo_face[i] = face
        w.photo_edit[i] = int(rng.integers(1, 2**31))


def resume_clone(w: World, rng: np.random.Generator, ring: Ring) -> None:
    doc = int(rng.integers(2**40, 2**50))
    for i in _applying(w, rng, ring.members):
        w.resume_doc[i] = doc
        w.resume_edit[i] = int(rng.integers(1, 2**31))


def burst_signup(w: World, rng: np.random.Generator, ring: Ring) -> None:
    net = int(network.hosting_ips(rng, 1, "vpn")[0]) & 0xFFFFFF00
    t0 = NOW - int(rng.integers(5, 700)) * DAY + int(rng.integers(0, DAY))
    word = _OPERATOR_WORDS[int(rng.integers(len(_OPERATOR_WORDS)))]
    base = f"{catalog().first_ascii[int(rng.integers(len(catalog().first)))].as_py()[:int(rng.integers(1, 5))]}{word}"
    pool = np.array([net + int(x) for x in rng.integers(2, 254, 4)], dtype=np.uint32)
    p_index = w.add_vpn_pool(pool, COUNTRY_INDEX["US"])
    members = _applying(w, rng, ring.members, 0.9)
    numbers = rng.choice(np.arange(1, 100), size=len(members), replace=False)
    minutes = np.sort(rng.integers(0, 90, len(members)))
    for i, num, minute in zip(members, numbers, minutes):
        w.created[i] = t0 + int(minute) * 60 + int(rng.integers(0, 60))
        w.signup_ip[i] = net + int(rng.integers(2, 254))
        domain = "outlook.com" if rng.random() < 0.55 else ("hotmail.com" if rng.random() < 0.7 else "gmail.com")
        w.email[i] = f"{base}{num}@{domain}"
        w.vpn_pool[i], w.p_vpn[i] = p_index, rng.uniform(0.3, 0.8)


def shared_device(w: World, rng: np.random.Generator, ring: Ring) -> None:
    devices = rng.integers(1, 2**63, int(rng.integers(1, 3)), dtype=np.int64).astype(np.uint64)
    for i in _applying(w, rng, ring.members):
        w.device[i] = devices[int(rng.integers(len(devices)))]
        if rng.random() < 0.5:
            w.device2[i] = 0


def shared_contact(w: World, rng: np.random.Generator, ring: Ring) -> None:
    use_phone, use_email = [(True, False), (False, True), (True, True)][int(rng.integers(0, 3))]
    if use_phone:
        code, nat = phones.draw_numbers(rng, "US", 1)
        for i in _applying(w, rng, ring.members):
            w.phone_cc[i], w.phone_nat[i], w.phone_style[i] = code, int(nat[0]), rng.integers(0, 2)
    if use_email:
        email = operator_email(rng)
        w.operator_emails.setdefault(ring.id, []).append(email)
        for i in _applying(w, rng, ring.members):
            w.email[i] = email_variant(email, rng)


def remote_operator(w: World, rng: np.random.Generator, ring: Ring) -> None:
    cat = catalog()
    if rng.random() < 0.4:
        pool = 0  # the commercial VPN that honest users also use
    else:
        pool = w.add_vpn_pool(network.hosting_ips(rng, int(rng.integers(2, 8)), "vpn"), COUNTRY_INDEX["US"])
    # Every operator works from abroad; which further traces each one leaves varies below.
    for i in ring.members:
        # Working hours in UTC+9, whatever the claimed time zone.
        w.hour_utc[i] = rng.normal(3.5, 1.0) % 24
        w.weekdays_only[i] = rng.random() < 0.5
        w.vpn_pool[i], w.p_vpn[i] = pool, rng.uniform(0.4, 0.9)
        if w.plan.kind[i] == ACCOUNT and "burst_signup" not in ring.tactics:  # a burst keeps its /24
            w.signup_ip[i] = w.vpn_pools[pool][int(rng.integers(len(w.vpn_pools[pool])))]
        if rng.random() < 0.3:
            w.os_tz[i] = cat.zones.index(OPERATOR_TIMEZONES[int(rng.integers(len(OPERATOR_TIMEZONES)))])
        if rng.random() < 0.3:
            w.keyboard[i] = cat.keyboards.index(OPERATOR_KEYBOARDS[int(rng.integers(len(OPERATOR_KEYBOARDS)))])
        if rng.random() < 0.4:
            w.phone_cc[i], w.phone_nat[i] = voip_number(rng, COUNTRIES[w.plan.country[i]].code)
        if rng.random() < 0.15:
            local = w.email[i].partition("@")[0]
            w.email[i] = f"{local}@{DISPOSABLE_EMAIL_DOMAINS[int(rng.integers(len(DISPOSABLE_EMAIL_DOMAINS)))]}"


def persona_traits(w: World, rng: np.random.Generator, ring: Ring) -> None:
    """Single-channel rings: each persona shows 1-3 traits of its own (VOIP, VPN or hosting
    logins, UTC+9 hours, remote tools, an IP-KVM, an operator zone or keyboard, throwaway mail)
    instead of a second shared value."""
    for i in ring.members:
        allowed = allowed_traits(int(w.plan.kind[i]))
        k = min(len(allowed), int(rng.integers(1, 4)))
        signup = w.signup_ip[i]
        for trait in rng.choice(allowed, size=k, replace=False):
            apply_trait(w, rng, int(i), str(trait))
        if "burst_signup" in ring.tactics:
            w.signup_ip[i] = signup  # the burst's sign-up address stays; later logins use the VPN


TACTIC_FUNCTIONS = {
    "shared_recovery": shared_recovery, "shared_payout": shared_payout, "laptop_farm": laptop_farm,
    "stolen_identity": stolen_identity, "photo_reuse": photo_reuse, "resume_clone": resume_clone,
    "burst_signup": burst_signup, "shared_device": shared_device, "shared_contact": shared_contact,
    "remote_operator": remote_operator, "persona_traits": persona_traits,
}


def _choose_sure_tactics(w: World, rng: np.random.Generator, ring: Ring) -> None:
    """Give each member one linking tactic it will certainly use ("linked through one channel
    only" is realistic; linked through none is not a ring member anyone could find)."""
    w.sure_tactic.clear()
    for i in ring.members:
        usable = [t for t in ring.tactics if w.plan.kind[i] in LINKING_KINDS.get(t, ())]
        if usable:
            w.sure_tactic[int(i)] = usable[int(rng.integers(len(usable)))]


def _split_employers(w: World, rng: np.random.Generator, ring: Ring) -> None:
    """Every persona at a different employer, hired months apart: no employer sees the ring."""
    n_employers = len(catalog().employers)
    members = ring.members[w.plan.kind[ring.members] != ACCOUNT]
    picks = rng.choice(n_employers, size=min(len(members), n_employers), replace=False)
    for i, e in zip(members, picks):
        w.employer[i] = int(e)
    if "laptop_farm" not in ring.tactics:
        w.created[members] = NOW - (rng.random(len(members)) * 700 * DAY).astype(np.int64)
        w.active_end[members] = np.where(w.plan.kind[members] == APPLICANT,
                                         np.minimum(w.created[members] + 45 * DAY, NOW), NOW)


def plant_rings(w: World, rng: np.random.Generator) -> None:
    for ring in w.plan.rings:
        _choose_sure_tactics(w, rng, ring)
        for tactic in ring.tactics:
            w.current_tactic = tactic
            TACTIC_FUNCTIONS[tactic](w, rng, ring)
        w.current_tactic = ""
        w.sure_tactic.clear()
        if "split_employers" in ring.variants:
            _split_employers(w, rng, ring)
        label = ";".join(ring.tactics + tuple(v for v in ring.variants if v not in ring.tactics))
        for i in ring.members:
            w.ring_of[int(i)] = ring.id
            w.tactics_of[int(i)] = label


# -- lone fake personas ----------------------------------------------------------------------
def apply_trait(w: World, rng: np.random.Generator, i: int, trait: str) -> None:
    """One individual trait of a fake persona."""
    cat = catalog()
    if trait == "remote_hours":
        w.hour_utc[i] = rng.normal(3.5, 1.0) % 24
    elif trait == "operator_timezone":
        w.os_tz[i] = cat.zones.index(OPERATOR_TIMEZONES[int(rng.integers(len(OPERATOR_TIMEZONES)))])
    elif trait == "operator_keyboard":
        w.keyboard[i] = cat.keyboards.index("ko-KR")
    elif trait == "ip_kvm":
        kvm = ip_kvm_products()[0]
        w.endpoint_extra.append((i, "usb", kvm[int(rng.integers(len(kvm)))]))
    elif trait == "remote_tool":
        w.endpoint_extra.append((i, "process", _operator_tool(rng, remote_tool_processes()[0])))
    elif trait == "hosting_ip":
        pool = w.add_vpn_pool(network.hosting_ips(rng, 2, "vpn"), COUNTRY_INDEX["US"])
        w.vpn_pool[i], w.p_vpn[i] = pool, rng.uniform(0.5, 0.9)
        w.signup_ip[i] = w.vpn_pools[pool][0] if w.plan.kind[i] == ACCOUNT else 0
    elif trait == "voip_phone":
        w.phone_cc[i], w.phone_nat[i] = voip_number(rng, COUNTRIES[w.plan.country[i]].code)
    elif trait == "disposable_email":
        local = w.email[i].partition("@")[0]
        w.email[i] = f"{local}@{DISPOSABLE_EMAIL_DOMAINS[int(rng.integers(len(DISPOSABLE_EMAIL_DOMAINS)))]}"
    elif trait == "reshipped_laptop":
        w.ship_to[i] = other_address(rng, int(w.plan.country[i]))


def plant_singletons(w: World, rng: np.random.Generator) -> None:
    for i, traits in w.plan.singletons.items():
        for trait in traits:
            apply_trait(w, rng, i, trait)
        w.tactics_of[i] = ";".join(traits + (("few_traits",) if len(traits) <= 3 else ()))
