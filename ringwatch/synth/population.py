"""The benign population: every subject's ordinary attributes, drawn as whole columns.

Tactics and hard negatives later edit some of these columns for the subjects the plan names.
"""

from __future__ import annotations

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from . import network, phones
from .catalog import catalog, draw_in_ranges
from .plan import ACCOUNT, APPLICANT, CONTRACTOR, EMPLOYEE, Plan
from .strings import digit_strings, join, to_text
from .vocab import COUNTRIES, CULTURES, USER_AGENTS
from .world import DAY, NOW, World

EMAIL_STYLES = 8
ADDRESS_STYLES = 6
_PLUS_TAGS = ["jobs", "work", "apply", "career", "hire", "resume"]


def _cultures(rng: np.random.Generator, country: np.ndarray) -> np.ndarray:
    out = np.zeros(len(country), dtype=np.int16)
    for ci, info in enumerate(COUNTRIES):
        mask = country == ci
        if mask.any():
            names = list(info.cultures)
            p = np.array(list(info.cultures.values()))
            out[mask] = np.array([CULTURES.index(c) for c in names], dtype=np.int16)[
                rng.choice(len(names), size=int(mask.sum()), p=p / p.sum())]
    return out


def name_indexes(rng: np.random.Generator, culture: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    cat = catalog()
    first = draw_in_ranges(rng, [cat.first_range[c] for c in CULTURES], culture)
    last = draw_in_ranges(rng, [cat.last_range[c] for c in CULTURES], culture)
    return first, last


def _unique_by_key(key_fn, redraw_fn, rounds: int = 20) -> None:
    """Redraw entries whose key repeats an earlier one, until keys are unique."""
    for _ in range(rounds):
        keys = key_fn()
        _, first_seen = np.unique(keys, return_index=True)
        dup = np.ones(len(keys), dtype=bool)
        dup[first_seen] = False
        if not dup.any():
            return
        redraw_fn(np.flatnonzero(dup))


def email_addresses(rng: np.random.Generator, first: np.ndarray, last: np.ndarray, birth: np.ndarray,
                    country: np.ndarray, domains: pa.Array | None = None) -> np.ndarray:
    """Realistic addresses at free providers of the country (or at `domains` where given)."""
    cat = catalog()
    n = len(first)
    if n == 0:
        return np.array([], dtype=object)
    f = cat.first_ascii.take(pa.array(first))
    la = cat.last_ascii.take(pa.array(last))
    fi = pc.utf8_slice_codeunits(f, 0, 1)
    yy = to_text(np.char.zfill(((1970 + birth // 365) % 100).astype(str), 2))
    d3 = to_text(digit_strings(rng, n, 3))
    d2 = to_text(digit_strings(rng, n, 2))
    styles = [join(f, ".", la), join(f, la), join(f, "_", la), join(f, ".", la, yy), join(fi, la),
              join(f, la, d2), join(la, ".", f), join(f, d3)]
    local = pc.choose(pa.array(rng.choice(EMAIL_STYLES, size=n, p=[.22, .16, .06, .12, .14, .12, .06, .12])), *styles)
    if domains is None:
        domains = pa.array(cat.providers).take(pa.array(draw_in_ranges(rng, cat.provider_range, country)))
    return np.asarray(join(local, "@", domains).to_numpy(zero_copy_only=False), dtype=object)


def _dedupe_emails(rng: np.random.Generator, emails: np.ndarray) -> None:
    def keys():
        return np.array([e.lower() for e in emails], dtype=object)

    def redraw(idx):
        for i, digits in zip(idx, rng.integers(10, 9999, len(idx))):
            local, _, dom = emails[i].partition("@")
            emails[i] = f"{local.rstrip('0123456789')}{digits}@{dom}"
    _unique_by_key(keys, redraw)


def postcodes(rng: np.random.Generator, city: np.ndarray) -> np.ndarray:
    cat = catalog()
    letters = "ABDEFGHJLNPQRSTUWXYZ"
    r = rng.integers(0, 10**6, len(city))
    out = []
    for c, x in zip(city.tolist(), r.tolist()):
        base = cat.cities[c][4]
        code = COUNTRIES[cat.city_country[c]].code
        if code == "US":
            out.append(str(int(base) + x % 60).zfill(5))
        elif code == "CA":
            out.append(f"{base} {x % 10}{letters[x // 10 % 20]}{x // 200 % 10}")
        elif code == "GB":
            out.append(f"{base} {x % 10}{letters[x // 10 % 20]}{letters[x // 200 % 20]}")
        elif code == "IE":
            out.append(f"{base} {letters[x % 20]}{x // 20 % 10}{letters[x // 200 % 20]}{x // 4000 % 10}")
        elif code == "NL":
            out.append(f"{int(base) + x % 9} {letters[x // 10 % 20]}{letters[x // 200 % 20]}")
        elif code == "PL":
            out.append(f"{base[:3]}{x % 1000:03d}")
        elif code == "JP":
            out.append(f"{base[:4]}{x % 10000:04d}")
        elif code == "BR":
            out.append(f"{base}-{x % 1000:03d}")
        else:
            out.append(str(int(base) + x % 90).zfill(len(base)))
    return np.array(out, dtype="U12")


def _national_ids(rng: np.random.Generator, country: np.ndarray, kind: np.ndarray) -> np.ndarray:
    """Shaped like the country's id; missing for most accounts and many applicants."""
    n = len(country)
    # Real ids are unique: scramble the subject index into the first nine digits (a bijection
    # mod 9e8, the multiplier being prime to it) instead of drawing them, which would repeat.
    unique9 = (np.arange(n, dtype=np.int64) * 2654435761 + int(rng.integers(0, 900_000_000))) % 900_000_000 + 100_000_000
    digits = np.char.add(unique9.astype("U9"), digit_strings(rng, n, 9).astype("U9"))
    present = rng.random(n) < np.where(kind == ACCOUNT, 0.05, np.where(kind == APPLICANT, 0.35, 0.85))
    style = rng.integers(0, 2, n)
    letters = "ABCDEFGHJKLMNPRSTVWXYZ"
    out = np.full(n, "", dtype="U24")
    for i in np.flatnonzero(present):
        d = digits[i]
        shape = COUNTRIES[country[i]].national_id
        if shape == "ssn":
            out[i] = f"{d[:3]}-{d[3:5]}-{d[5:9]}" if style[i] else d[:9]
        elif shape == "sin":
            out[i] = f"{d[:3]} {d[3:6]} {d[6:9]}" if style[i] else d[:9]
        elif shape == "nino":
            out[i] = f"{letters[int(d[0])]}{letters[int(d[1]) + 10]}{d[2:8]}{'ABCD'[int(d[8]) % 4]}"
        elif shape == "dni":
            out[i] = f"{d[:8]}{letters[int(d[8:10]) % 22]}"
        elif shape == "curp":
            out[i] = f"{letters[int(d[0])]}{letters[int(d[1])]}{letters[int(d[2])]}{letters[int(d[3])]}{d[4:10]}H{d[10:16]}"
        elif shape == "aadhaar":
            out[i] = f"{d[:4]} {d[4:8]} {d[8:12]}" if style[i] else d[:12]
        elif shape == "cpf":
            out[i] = f"{d[:3]}.{d[3:6]}.{d[6:9]}-{d[9:11]}" if style[i] else d[:11]
        elif shape == "rrn":
            out[i] = f"{d[:6]}-{d[6:13]}"
        elif shape == "pps":
            out[i] = f"{d[:7]}{letters[int(d[7]) + 5]}"
        else:
            width = int(shape.removeprefix("digits"))
            out[i] = d[:width] if width <= 18 else d
    return out


def _phones(rng: np.random.Generator, country: np.ndarray, n: int) -> tuple[np.ndarray, np.ndarray]:
    cc = np.zeros(n, dtype=np.int16)
    nat = np.zeros(n, dtype=np.int64)
    for ci, info in enumerate(COUNTRIES):
        idx = np.flatnonzero(country == ci)
        if len(idx):
            code, nums = phones.draw_numbers(rng, info.code, len(idx))
            cc[idx] = code
            nat[idx] = nums
    return cc, nat


def build_population(rng: np.random.Generator, plan: Plan) -> World:
    cat = catalog()
    n = plan.n
    country, kind = plan.country, plan.kind

    culture = _cultures(rng, country)
    first, last = name_indexes(rng, culture)
    middle = np.where(rng.random(n) < 0.12, rng.integers(0, 26, n), -1).astype(np.int8)

    city = draw_in_ranges(rng, cat.city_range, country)
    street = draw_in_ranges(rng, cat.street_range, country)
    suffix = rng.integers(0, 11, n).astype(np.int8)
    # Only English layouts write a separate suffix; elsewhere it must not make addresses "differ".
    english = np.array([c.layout == "number_first" for c in COUNTRIES])[country]
    suffix[~english] = 0
    house = np.minimum(rng.lognormal(5.0, 1.4, n).astype(np.int32) + 1, 19999)
    unit = np.where(rng.random(n) < 0.3, rng.integers(1, 60, n), 0).astype(np.int32)
    postcode = postcodes(rng, city)

    def address_key():
        return (((city.astype(np.int64) * 2000 + street) * 16 + suffix) * 20000 + house) * 64 + unit

    def redraw_house(idx):
        house[idx] = rng.integers(1, 19999, len(idx))
    _unique_by_key(address_key, redraw_house)

    age_days = (rng.uniform(21, 62, n) * 365.25).astype(np.int32)
    created = NOW - (rng.random(n) * 730 * DAY).astype(np.int64)
    birth = (created // DAY - age_days).astype(np.int32)

    employer_weights = 1.0 / np.arange(1, len(cat.employers) + 1) ** 0.8
    employer = rng.choice(len(cat.employers), size=n, p=employer_weights / employer_weights.sum()).astype(np.int32)
    employer[kind == ACCOUNT] = -1

    phone_cc, phone_nat = _phones(rng, country, n)
    _unique_by_key(lambda: phone_cc.astype(np.int64) * 10**12 + phone_nat,
                   lambda idx: phone_nat.__setitem__(idx, _phones(rng, country[idx], len(idx))[1]))
    phone_nat[rng.random(n) < 0.04] = 0
    phone_style = rng.choice(phones.N_STYLES, size=n, p=[.22, .14, .26, .16, .12, .10]).astype(np.int8)

    worker = (kind == EMPLOYEE) | (kind == CONTRACTOR)
    corporate = (kind == EMPLOYEE) & (rng.random(n) < 0.2)
    email = email_addresses(rng, first, last, birth, country)
    corp_idx = np.flatnonzero(corporate)
    if len(corp_idx):
        email[corp_idx] = email_addresses(rng, first[corp_idx], last[corp_idx], birth[corp_idx], country[corp_idx],
                                          pa.array(cat.employer_domains).take(pa.array(employer[corp_idx])))
    is_account = kind == ACCOUNT
    recovery_email = np.full(n, "", dtype=object)
    rec_idx = np.flatnonzero(is_account & (rng.random(n) < 0.7))
    recovery_email[rec_idx] = email_addresses(rng, first[rec_idx], last[rec_idx], birth[rec_idx], country[rec_idx])
    both = np.concatenate([email, recovery_email[rec_idx]])
    _dedupe_emails(rng, both)
    email[:] = both[:n]
    recovery_email[rec_idx] = both[n:]
    # Honest +tags: a few people file applications under address+jobs@.
    tagged = np.flatnonzero((rng.random(n) < 0.02) & ~corporate)
    for i, tag in zip(tagged, rng.choice(_PLUS_TAGS, len(tagged))):
        local, _, dom = email[i].partition("@")
        email[i] = f"{local}+{tag}@{dom}"

    # Recovery phone: mostly the account holder's own number, written another way.
    rphone_cc = np.where(is_account, phone_cc, 0).astype(np.int16)
    rphone_nat = np.where(is_account & (rng.random(n) < 0.5), phone_nat, 0)
    rphone_style = rng.integers(0, phones.N_STYLES, n).astype(np.int8)

    profiles = np.full(n, "", dtype=object)
    f = cat.first_ascii.take(pa.array(first))
    la = cat.last_ascii.take(pa.array(last))
    linkedin = join("https://www.linkedin.com/in/", f, "-", la, "-", to_text(digit_strings(rng, n, 6)))
    # Handles are unique on the platform: the subject's index keeps them so here.
    github = join("https://github.com/", f, la, to_text(np.arange(n).astype("U7")))
    both_profiles = join(linkedin, ";", github)
    pick = rng.choice(4, size=n, p=[0.45, 0.3, 0.1, 0.15])
    chosen = pc.choose(pa.array(pick), pa.nulls(n, pa.string()).fill_null(""), linkedin, github, both_profiles)
    profiles[:] = chosen.to_numpy(zero_copy_only=False)
    profiles[is_account] = ""

    home_ip = network.residential_ips(rng, country)
    home_ip2 = np.where(rng.random(n) < 0.15, network.residential_ips(rng, country), 0).astype(np.uint32)
    mobile_pools = network.mobile_pools(rng)
    signup_ip = np.zeros(n, dtype=np.uint32)
    mobile_signup = is_account & (rng.random(n) < 0.25)
    signup_ip[is_account] = home_ip[is_account]
    for ci in np.unique(country[mobile_signup]):
        idx = np.flatnonzero(mobile_signup & (country == ci))
        signup_ip[idx] = mobile_pools[ci][rng.integers(0, len(mobile_pools[ci]), len(idx))]

    device = rng.integers(1, 2**63, n, dtype=np.int64).astype(np.uint64)
    device2 = np.where(rng.random(n) < 0.35, rng.integers(1, 2**63, n, dtype=np.int64), 0).astype(np.uint64)

    offset = cat.city_offset[city]
    hour_local = np.clip(rng.normal(14.0, 2.0, n), 9.0, 21.0)
    hour_utc = ((hour_local - offset) % 24).astype(np.float32)

    pay_method = rng.choice(3, size=n, p=[0.88, 0.10, 0.02]).astype(np.int8)
    pay_dest = np.full(n, "", dtype=object)
    widx = np.flatnonzero(worker)
    acct = digit_strings(rng, len(widx), 12, first_nonzero=True).astype("U12")
    wallet = email[widx]
    crypto = ["0x" + rng.bytes(20).hex() for _ in range(int((pay_method[widx] == 2).sum()))]
    crypto_iter = iter(crypto)
    for j, i in enumerate(widx):
        m = pay_method[i]
        pay_dest[i] = acct[j][: 8 + (i % 5)] if m == 0 else (f"paypal:{wallet[j]}" if m == 1 else next(crypto_iter))

    photo_face = np.full(n, -1, dtype=np.int64)
    resume_doc = np.full(n, -1, dtype=np.int64)

    world = World(
        plan=plan, culture=culture, first=first, last=last, middle=middle,
        city=city, street=street, suffix=suffix, house=house, unit=unit, postcode=postcode,
        addr_style=rng.choice(6, size=n, p=[.40, .20, .10, .08, .12, .10]).astype(np.int8),
        birth=birth, national_id=_national_ids(rng, country, kind), employer=employer, created=created,
        phone_cc=phone_cc, phone_nat=phone_nat, phone_style=phone_style,
        rphone_cc=rphone_cc, rphone_nat=rphone_nat, rphone_style=rphone_style,
        email=email, recovery_email=recovery_email, profiles=profiles,
        signup_ip=signup_ip, home_ip=home_ip, home_ip2=home_ip2, device=device, device2=device2,
        ua=rng.integers(0, len(USER_AGENTS), n).astype(np.int16),
        hour_utc=hour_utc, hour_sd=rng.uniform(1.5, 3.0, n).astype(np.float32),
        weekdays_only=(kind == EMPLOYEE) & (rng.random(n) < 0.6),
        login_rate=np.where(kind == APPLICANT, 0.35, np.where(kind == ACCOUNT, 1.3, 1.4)).astype(np.float32)
        * rng.gamma(4.0, 0.25, n).astype(np.float32),
        active_end=np.where(kind == APPLICANT, np.minimum(created + 45 * DAY, NOW), NOW).astype(np.int64),
        p_mobile=rng.uniform(0.0, 0.2, n).astype(np.float32), p_alt=np.zeros(n, dtype=np.float32),
        alt_ip=np.zeros(n, dtype=np.uint32), alt_spread=np.zeros(n, dtype=np.uint8),
        alt_country=country.copy(), p_vpn=np.zeros(n, dtype=np.float32),
        vpn_pool=np.full(n, -1, dtype=np.int32),
        os_tz=cat.city_zone[city].astype(np.int16), keyboard=cat.country_keyboard[country].copy(),
        pay_method=pay_method, pay_dest=pay_dest,
        photo_face=photo_face, photo_edit=np.full(n, -1, dtype=np.int32),
        resume_doc=resume_doc, resume_edit=np.full(n, -1, dtype=np.int32),
        resume_template=np.full(n, -1, dtype=np.int16),
        mobile_pools=mobile_pools,
    )
    # Windows machines mostly report en-US even outside the US; a share keep the local layout.
    keep_local = rng.random(n) < 0.75
    world.keyboard[~keep_local] = cat.keyboards.index("en-US")
    return world
