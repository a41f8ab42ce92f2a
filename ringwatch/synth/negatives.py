"""Hard negatives: honest people whose data looks like what fools naive ring rules.

Plus background noise: a few honest people with a single oddity each, left unlabelled.
"""

from __future__ import annotations

import numpy as np
import pyarrow as pa

from . import network, phones
from .catalog import catalog, draw_in_ranges
from .indicators import IT_ADMIN_TOOLS, ip_kvm_products
from .plan import ACCOUNT, APPLICANT, CONTRACTOR, EMPLOYEE, ROLE_BENIGN, Group
from .population import email_addresses, name_indexes, postcodes
from .render import addresses, format_address
from .strings import digit_strings
from .tactics import _address_parts, other_address, voip_number
from .variants import account_number_variant, address_rewrite, email_variant
from .vocab import (COMPANY_WORDS_B, COUNTRIES, COUNTRY_INDEX, CULTURES, DESK_USB, HELPDESK_MAILBOXES, MSP_TOOLS,
                    MULTIPORT_USB, ORG_PATTERNS, ORG_WORDS)
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
    # The address typed again on each form: often the same words, sometimes written another
    # way ("North" / "N", "Avenue" / "Ave", "CA" / "California", commas or none).
    typed = addresses(w, m[:1])[0]
    fresh = email_addresses(rng, w.first[m], w.last[m], w.birth[m], w.plan.country[m])
    for k, i in enumerate(m):
        u = rng.random()
        w.email[i] = (w.email[src] if u < 0.6 else email_variant(w.email[src], rng) if u < 0.8
                      else f"{fresh[k].partition('@')[0]}{int(rng.integers(10, 99))}@{fresh[k].partition('@')[2]}")
        if k and rng.random() < 0.5:
            w.overrides["address"][int(i)] = address_rewrite(typed, rng)
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


# -- wide honest sharing (issue 6) ---------------------------------------------------------
def _rename(w: World, rng: np.random.Generator, idx: np.ndarray, culture: np.ndarray) -> None:
    """New names from `culture`, and mailboxes that go with them."""
    w.culture[idx] = culture
    w.first[idx], w.last[idx] = name_indexes(rng, culture)
    fresh = email_addresses(rng, w.first[idx], w.last[idx], w.birth[idx], w.plan.country[idx])
    for i, email, digits in zip(idx, fresh, rng.integers(10, 9999, len(idx))):
        local, _, dom = email.partition("@")
        w.email[i] = f"{local}{digits}@{dom}"


def _residential_ip(rng: np.random.Generator, country: int) -> int:
    """One residential address in `country` (a home, or an organisation's small business line)."""
    return int(network.residential_ips(rng, np.array([country], dtype=np.int16))[0])


def _same_city(w: World, rng: np.random.Generator, m: np.ndarray) -> None:
    """Move a local group (a school, an office, a campus) into the first member's city, each at
    an address of their own there, keeping their local working hours."""
    cat = catalog()
    city = w.city[m[0]]
    shift = cat.city_offset[w.city[m]] - cat.city_offset[city]
    w.hour_utc[m] = (w.hour_utc[m] + shift) % 24
    w.city[m] = city
    w.street[m] = draw_in_ranges(rng, cat.street_range, w.plan.country[m])
    w.postcode[m] = postcodes(rng, w.city[m])
    w.os_tz[m] = cat.city_zone[city]


def _local_hours(w: World, idx: np.ndarray, local: np.ndarray) -> np.ndarray:
    return ((local - catalog().city_offset[w.city[idx]]) % 24).astype(np.float32)


def _home_culture(country: int) -> int:
    return CULTURES.index(next(iter(COUNTRIES[country].cultures)))


def family_accounts(w: World, rng: np.random.Generator, g: Group) -> None:
    """A parent's mailbox or phone is the recovery contact of 1-4 children's accounts; the
    children's accounts carry no address; one home IP, often the family computer."""
    m = g.members
    country = int(w.plan.country[m[0]])
    parent_inside = len(m) >= 2 and rng.random() < 0.7
    kids = m[1:] if parent_inside else m
    head = m[0]
    if parent_inside:
        p_email = w.email[head]
        p_cc, p_nat = int(w.phone_cc[head]), int(w.phone_nat[head])
    else:  # the parent's mailbox is at another provider: not in this bundle
        pf, pl = name_indexes(rng, w.culture[m[:1]])
        pl[0] = w.last[head]
        p_email = email_addresses(rng, pf, pl, w.birth[m[:1]] - 30 * 365, w.plan.country[m[:1]])[0]
        p_cc, p_nat = phones.draw_numbers(rng, COUNTRIES[country].code, 1)
        p_nat = int(p_nat[0])
    if not p_nat:
        p_cc, p_nat = phones.draw_numbers(rng, COUNTRIES[country].code, 1)
        p_nat = int(p_nat[0])
    family_pc = w.device[head]
    _same_city(w, rng, m)
    w.culture[kids] = w.culture[head]
    w.last[kids] = w.last[head]
    w.first[kids] = name_indexes(rng, w.culture[kids])[0]
    w.birth[kids] = (NOW // DAY - rng.uniform(8, 18, len(kids)) * 365.25).astype(np.int32)
    fresh = email_addresses(rng, w.first[kids], w.last[kids], w.birth[kids], w.plan.country[kids])
    for i, email, digits in zip(kids, fresh, rng.integers(10, 999, len(kids))):
        local, _, dom = email.partition("@")
        w.email[i] = f"{local}{digits}@{dom}"
        w.overrides["address"][int(i)] = ""
        use_email = rng.random() < 0.75
        w.recovery_email[i] = (p_email if rng.random() < 0.7 else email_variant(p_email, rng)) if use_email else ""
        if not use_email or rng.random() < 0.5:
            w.rphone_cc[i], w.rphone_nat[i] = p_cc, p_nat
            w.rphone_style[i] = rng.integers(0, phones.N_STYLES)
        else:
            w.rphone_nat[i] = 0
        if rng.random() < 0.5:
            w.device[i] = family_pc
        else:
            w.device2[i] = family_pc
    w.home_ip[m], w.home_ip2[m] = w.home_ip[head], w.home_ip2[head]
    home_signup = m[rng.random(len(m)) < 0.8]
    w.signup_ip[home_signup] = w.home_ip[head]
    w.hour_utc[kids] = _local_hours(w, kids, np.clip(rng.normal(18, 2, len(kids)), 14, 22.5))


def _org_domain(w: World, rng: np.random.Generator, city: int) -> tuple[str, str, str]:
    cat = catalog()
    for attempt in range(20):
        name_p, domain_p, kind = ORG_PATTERNS[int(rng.integers(len(ORG_PATTERNS)))]
        a = ORG_WORDS[int(rng.integers(len(ORG_WORDS)))]
        b = COMPANY_WORDS_B[int(rng.integers(len(COMPANY_WORDS_B)))]
        if attempt:  # the same name elsewhere: the town goes into the name and the domain
            town = cat.cities[city][0]
            a = f"{town} {a}" if attempt < 10 else f"{town} {a} {attempt}"
        name = name_p.format(a=a, b=b)
        domain = domain_p.format(a=a.lower().replace(" ", "").replace(".", ""), b=b.lower())
        if domain not in w.org_domains:
            w.org_domains[domain] = (name, int(NOW - int(rng.integers(4 * 365, 25 * 365)) * DAY))
            return name, domain, kind
    raise RuntimeError("no free organisation domain")


def org_provisioned(w: World, rng: np.random.Generator, g: Group) -> None:
    """A school, small firm or IT department creates accounts in one sitting from its own IP,
    with patterned addresses and its helpdesk (at its own, old domain) as recovery contact."""
    cat = catalog()
    m = g.members
    _same_city(w, rng, m)
    country = int(w.plan.country[m[0]])
    name, domain, kind = _org_domain(w, rng, int(w.city[m[0]]))
    helpdesk = f"{HELPDESK_MAILBOXES[int(rng.integers(len(HELPDESK_MAILBOXES)))]}@{domain}"
    code, nats = phones.draw_numbers(rng, COUNTRIES[country].code, 1)
    org_ip = _residential_ip(rng, country)
    lo, hi = cat.provider_range[country]
    provider = cat.providers[lo + int(rng.integers(hi - lo))]
    tag = domain.split(".")[0][:10]
    local_hour = rng.uniform(8.5, 15)
    t0 = (NOW - int(rng.integers(10, 700)) * DAY) // DAY * DAY + int((local_hour - cat.city_offset[w.city[m[0]]]) % 24 * 3600)
    minutes = np.sort(rng.integers(0, max(20, 3 * len(m)), len(m)))
    pattern = int(rng.integers(3)) if kind != "school" else int(rng.choice([0, 1, 3]))
    style = int(rng.integers(0, phones.N_STYLES))
    first = cat.first_ascii.take(pa.array(w.first[m])).to_pylist()
    last = cat.last_ascii.take(pa.array(w.last[m])).to_pylist()
    year = int(rng.integers(19, 26))
    seq0 = int(rng.integers(1000, 90000))
    for k, i in enumerate(m):
        if pattern == 0:
            local = f"{first[k]}.{last[k]}.{tag}"
        elif pattern == 1:
            local = f"{tag}{first[k][0]}{last[k]}"
        elif pattern == 2:
            local = f"{first[k]}.{last[k]}{int(rng.integers(1, 99))}"
        else:  # student ids, issued in sequence
            local = f"s{year}{seq0 + k:05d}.{tag}"
        w.email[i] = f"{local}@{provider}"
        w.created[i] = t0 + int(minutes[k]) * 60 + int(rng.integers(0, 60))
        w.signup_ip[i] = org_ip
        w.recovery_email[i] = helpdesk if rng.random() < 0.85 else ""
        if rng.random() < 0.6:
            w.rphone_cc[i], w.rphone_nat[i], w.rphone_style[i] = code, int(nats[0]), style
        else:
            w.rphone_nat[i] = 0
    if kind == "school":
        w.birth[m] = (w.created[m] // DAY - rng.uniform(11, 18, len(m)) * 365.25).astype(np.int32)
    w.alt_ip[m], w.alt_spread[m], w.alt_country[m] = org_ip, 0, country
    w.p_alt[m] = rng.uniform(0.2, 0.7, len(m))
    w.weekdays_only[m] = True


def cgnat_mobile(w: World, rng: np.random.Generator, g: Group) -> None:
    """Carrier-grade NAT: hundreds of phones of one carrier leave through a few addresses."""
    m = g.members
    country = int(w.plan.country[m[0]])
    pool = w.mobile_pools[country]
    base = int(pool[int(rng.integers(len(pool)))]) & 0xFFFFFFF0
    spread = int(rng.integers(3, 14))
    w.alt_ip[m], w.alt_spread[m], w.alt_country[m] = base + 1, spread, country
    w.p_alt[m] = rng.uniform(0.6, 1.0, len(m))
    w.ua[m] = rng.choice([7, 8, 9], len(m))
    acc = m[w.plan.kind[m] == ACCOUNT]
    w.signup_ip[acc] = (base + 1 + rng.integers(0, spread + 1, len(acc))).astype(np.uint32)


def university_network(w: World, rng: np.random.Generator, g: Group) -> None:
    """A campus network: one /24 for many students; sign-ups bunch at the start of term."""
    m = g.members
    _same_city(w, rng, m)
    country = int(w.plan.country[m[0]])
    net = _residential_ip(rng, country) & 0xFFFFFF00
    w.alt_ip[m], w.alt_spread[m], w.alt_country[m] = net + 2, 250, country
    w.p_alt[m] = rng.uniform(0.4, 0.9, len(m))
    students = m[rng.random(len(m)) < 0.85]
    w.birth[students] = (w.created[students] // DAY - rng.uniform(17.5, 26, len(students)) * 365.25).astype(np.int32)
    year = int(rng.integers(2023, 2025))
    term = np.datetime64(f"{year}-09-02T12:00:00", "s").astype(np.int64)
    fresh = m[(w.plan.kind[m] == ACCOUNT) & (rng.random(len(m)) < 0.6)]
    w.created[fresh] = term + (rng.random(len(fresh)) * 6 * DAY).astype(np.int64)
    on_campus = m[(w.plan.kind[m] == ACCOUNT) & (rng.random(len(m)) < 0.7)]
    w.signup_ip[on_campus] = (net + rng.integers(2, 253, len(on_campus))).astype(np.uint32)


def coworking(w: World, rng: np.random.Generator, g: Group) -> None:
    """A coworking space: people of many employers behind one small block of addresses."""
    m = g.members
    _same_city(w, rng, m)
    country = int(w.plan.country[m[0]])
    ip = _residential_ip(rng, country) & 0xFFFFFFF8
    w.alt_ip[m], w.alt_spread[m], w.alt_country[m] = ip + 1, 3, country
    w.p_alt[m] = rng.uniform(0.3, 0.8, len(m))
    w.weekdays_only[m] = rng.random(len(m)) < 0.8


def office_shipping(w: World, rng: np.random.Generator, g: Group) -> None:
    """Company laptops go to the employer's office, not home: dozens ship to one address
    (typed by HR in many ways), and the same people share the office network."""
    m = g.members
    _same_city(w, rng, m)
    country = int(w.plan.country[m[0]])
    w.employer[m] = w.employer[m[0]]
    # the office is in the city its staff live in (they collect their laptops there)
    city = int(w.city[m[0]])
    parts = (city, *_address_parts(rng, country)[1:5], str(postcodes(rng, np.array([city]))[0]))
    office_text = format_address(country, *parts[:5], parts[5], 0)
    for i in m:
        style = int(rng.integers(0, 6))
        text = format_address(country, *parts[:5], parts[5], style)
        w.ship_to[int(i)] = text if rng.random() < 0.7 else address_rewrite(office_text, rng)
    egress = _residential_ip(rng, country) & 0xFFFFFFF8
    w.alt_ip[m], w.alt_spread[m], w.alt_country[m] = egress + 1, 4, country
    w.p_alt[m] = np.where(rng.random(len(m)) < 0.6, rng.uniform(0.2, 0.8, len(m)), 0.0)


def employer_of_record(w: World, rng: np.random.Generator, g: Group) -> None:
    """An employer of record pays the contractors of many client companies from its one
    payroll programme: one destination, many employers."""
    m = g.members
    if rng.random() < 0.7:
        account = digit_strings(rng, 1, 12, True)[0].decode()
        for i in m:
            w.pay_method[i], w.pay_dest[i] = 0, account_number_variant(account, rng)
    else:
        handle = f"payoneer:payroll@{['deel', 'remote', 'oysterhr', 'papayaglobal', 'velocityglobal'][int(rng.integers(5))]}.com"
        w.pay_method[m] = 1
        for i in m:
            w.pay_dest[i] = handle
    picks = rng.choice(len(catalog().employers), size=min(len(m), len(catalog().employers)), replace=False)
    w.employer[m[:len(picks)]] = picks


def msp_technician(w: World, rng: np.random.Generator, g: Group) -> None:
    """A managed-service technician: remote support tools for many clients, logins from
    client sites, some evening maintenance windows."""
    cat = catalog()
    for i in g.members:
        for tool in rng.choice(MSP_TOOLS, size=int(rng.integers(2, 6)), replace=False):
            w.endpoint_extra.append((int(i), "process", str(tool)))
        if rng.random() < 0.5:
            w.endpoint_extra.append((int(i), "usb", MULTIPORT_USB[int(rng.integers(len(MULTIPORT_USB)))]))
        country = int(w.plan.country[i])
        sites = network.residential_ips(rng, np.full(int(rng.integers(4, 16)), country, dtype=np.int16))
        count = int(rng.integers(6, 30))
        start = int(w.created[i])
        ts = start + (rng.random(count) * max(int(w.active_end[i]) - start, DAY)).astype(np.int64)
        hour = np.where(rng.random(count) < 0.3, rng.uniform(19, 23.5, count), rng.uniform(8, 18, count))
        ts = ts // DAY * DAY + ((hour - cat.city_offset[w.city[i]]) % 24 * 3600).astype(np.int64)
        w.login_extra.append((np.full(count, i), np.minimum(ts, NOW - 1), sites[rng.integers(0, len(sites), count)],
                              np.full(count, country, dtype=np.int16)))
        w.hour_sd[i] = 3.5


def kvm_switch(w: World, rng: np.random.Generator, g: Group) -> None:
    """A desk KVM switch (no network), a receiver, a mouse jiggler: none is an IP-KVM."""
    ip_kvm = set(ip_kvm_products()[0])
    desk = [d for d in DESK_USB if d not in ip_kvm]
    for i in g.members:
        for item in rng.choice(desk, size=int(rng.integers(1, 3)), replace=False):
            w.endpoint_extra.append((int(i), "usb", str(item)))


_AVATARS = np.random.default_rng(20250630).integers(2**40, 2**50, 4)


def default_avatar(w: World, rng: np.random.Generator, g: Group) -> None:
    """An applicant-tracking system's default picture: the same file for everyone who did not
    upload one."""
    face = int(_AVATARS[int(rng.integers(len(_AVATARS)))])
    for i in g.members:
        w.photo_face[i], w.photo_edit[i] = face, -1
        w.photo_png.add(int(i))


def career_service(w: World, rng: np.random.Generator, g: Group) -> None:
    """A bootcamp or career service rewrites a cohort's resumes from one model: the same
    career text, lightly edited, under each person's name."""
    doc = int(rng.integers(2**40, 2**50))
    template = int(rng.integers(-1, 3))
    for i in g.members:
        w.resume_doc[i] = doc
        w.resume_edit[i] = int(rng.integers(1, 2**31))
        w.resume_template[i] = template


def mover(w: World, rng: np.random.Generator, g: Group) -> None:
    """Moved house after applying: the laptop ships to the new address, logins come from a new
    home line."""
    for i in g.members:
        country = int(w.plan.country[i])
        w.ship_to[int(i)] = other_address(rng, country)
        w.home_ip2[i] = _residential_ip(rng, country)


def name_change(w: World, rng: np.random.Generator, g: Group) -> None:
    """Married: an earlier record under the birth name, a later one under the new surname;
    the same birth date, id, and usually phone and address."""
    m = g.members
    old, new = int(m[0]), int(m[1])
    for col in ("culture", "first", "middle", "birth", "national_id", "city", "street", "suffix", "house", "unit",
                "postcode", "phone_cc", "phone_nat", "home_ip", "device", "keyboard", "os_tz", "hour_utc"):
        getattr(w, col)[new] = getattr(w, col)[old]
    if rng.random() < 0.3:  # moved in with the spouse
        parts = _address_parts(rng, int(w.plan.country[new]))
        w.overrides["address"][new] = format_address(int(w.plan.country[new]), *parts[:5], parts[5], int(w.addr_style[new]))
        w.home_ip[new] = network.residential_ips(rng, w.plan.country[m[1:]])[0]
    if rng.random() < 0.2:
        w.phone_cc[new], w.phone_nat[new] = w.phone_cc[old], 0
    w.last[new] = name_indexes(rng, w.culture[m[1:]])[1][0]
    if rng.random() < 0.25:  # hyphenated
        cat = catalog()
        w.overrides["full_name"][new] = f"{cat.first[int(w.first[new])]} {cat.last[int(w.last[old])]}-{cat.last[int(w.last[new])]}"
    if rng.random() < 0.6:
        fresh = email_addresses(rng, w.first[m[1:]], w.last[m[1:]], w.birth[m[1:]], w.plan.country[m[1:]])[0]
        local, _, dom = fresh.partition("@")
        w.email[new] = f"{local}{int(rng.integers(10, 99))}@{dom}"
    else:
        w.email[new] = w.email[old]
    w.created[old] = max(int(w.created[new]) - int(rng.integers(200, 1500)) * DAY, int(NOW) - 6 * 365 * DAY)
    w.active_end[old] = min(int(w.created[old]) + 45 * DAY, int(NOW))


def night_shift(w: World, rng: np.random.Generator, g: Group) -> None:
    """Nurses, warehouse and support staff: awake and online at night, local time."""
    m = g.members
    w.hour_utc[m] = _local_hours(w, m, rng.uniform(0, 5, len(m)))
    w.hour_sd[m] = rng.uniform(1.5, 2.5, len(m))


def heritage_keyboard(w: World, rng: np.random.Generator, g: Group) -> None:
    """Residents who type their family's language: a Korean, Chinese, Japanese or Vietnamese
    layout next to the local one."""
    cat = catalog()
    layouts = [("ko-KR", "korean"), ("zh-CN", "chinese"), ("ja-JP", "japanese"), ("vi-VN", "vietnamese")]
    for i in g.members:
        layout, culture = layouts[int(rng.choice(4, p=[0.35, 0.35, 0.1, 0.2]))]
        w.keyboard[i] = cat.keyboards.index(layout)
        if rng.random() < 0.7:
            _rename(w, rng, np.array([i]), np.array([CULTURES.index(culture)], dtype=np.int16))


def asia_resident(w: World, rng: np.random.Generator, g: Group) -> None:
    """Honest residents of KR, JP, CN, PH or VN: everything they claim is consistent (the plan
    set the country; address, phone, IPs, zone and hours follow it). Their working day is the
    UTC+8/+9 day that off-hours rules look for."""


def dual_country(w: World, rng: np.random.Generator, g: Group) -> None:
    """Foreign-born residents: weeks-long visits to the family abroad, a second clock for
    home, often the home keyboard layout."""
    cat = catalog()
    homes = ["KR", "CN", "IN", "PH", "VN", "NG", "MX", "PL", "UA", "BR"]
    for i in g.members:
        home = COUNTRY_INDEX[homes[int(rng.integers(len(homes)))]]
        if rng.random() < 0.8:
            _rename(w, rng, np.array([i]), np.array([_home_culture(home)], dtype=np.int16))
        home_city = int(draw_in_ranges(rng, cat.city_range, np.array([home]))[0])
        if w.plan.kind[i] in (EMPLOYEE, CONTRACTOR):
            w.endpoint_extra.append((int(i), "timezone", cat.zones[int(cat.city_zone[home_city])]))
            if rng.random() < 0.5:
                w.keyboard[i] = cat.country_keyboard[home]
        t = max(int(w.created[i]), int(NOW) - 500 * DAY) + int(rng.integers(5, 90)) * DAY
        offset = float(cat.city_offset[home_city])
        for _ in range(int(rng.integers(1, 4))):
            days = int(rng.integers(14, 45))
            if t + days * DAY > NOW:
                break
            count = max(3, int(days * rng.uniform(0.3, 1.2)))
            day = rng.integers(0, days, count)
            hour = np.clip(rng.normal(14, 4, count), 6, 23.5) - offset
            ts = t + day * DAY + (hour * 3600).astype(np.int64) + rng.integers(0, 3600, count)
            ips = network.residential_ips(rng, np.full(int(rng.integers(1, 3)), home, dtype=np.int16))
            w.login_extra.append((np.full(count, i), np.minimum(ts, NOW - 1), ips[rng.integers(0, len(ips), count)],
                                  np.full(count, home, dtype=np.int16)))
            t += (days + int(rng.integers(120, 300))) * DAY


NEGATIVE_FUNCTIONS = {
    "family": family, "roommates": roommates, "office": office, "vpn_user": vpn_user, "it_admin": it_admin,
    "repeat_applicant": repeat_applicant, "resume_template": resume_template, "traveller": traveller,
    "korean_chinese_name": korean_chinese_name, "voip_user": voip_user, "payroll_agency": payroll_agency,
    "family_accounts": family_accounts, "org_provisioned": org_provisioned, "cgnat_mobile": cgnat_mobile,
    "university_network": university_network, "coworking": coworking, "office_shipping": office_shipping,
    "employer_of_record": employer_of_record, "msp_technician": msp_technician, "kvm_switch": kvm_switch,
    "default_avatar": default_avatar, "career_service": career_service, "mover": mover,
    "name_change": name_change, "night_shift": night_shift, "heritage_keyboard": heritage_keyboard,
    "asia_resident": asia_resident, "dual_country": dual_country,
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
