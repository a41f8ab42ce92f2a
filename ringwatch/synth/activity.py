"""Activity tables: logins, endpoint telemetry, payouts and shipments, built as whole columns.

Per-login work is numpy over arrays of row count length; text is produced by Arrow `take` from
per-subject or vocabulary arrays, never row by row.
"""

from __future__ import annotations

import numpy as np
import pyarrow as pa

from .catalog import catalog
from .plan import CONTRACTOR, EMPLOYEE
from .render import addresses
from .strings import digit_strings, hex_strings, ipv4_text, join, take, to_text
from .vocab import COUNTRIES, DISPLAYS, HOME_NETWORK_PREFIXES, ORDINARY_PROCESSES, ORDINARY_USB, USER_AGENTS
from .world import DAY, NOW, World

_COUNTRY_CODES = [c.code for c in COUNTRIES]


def _flat_pools(pools: list[np.ndarray]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    sizes = np.array([len(p) for p in pools], dtype=np.int64)
    starts = np.concatenate([[0], np.cumsum(sizes)[:-1]]).astype(np.int64)
    return np.concatenate(pools).astype(np.uint32), starts, sizes


def device_text(devices: np.ndarray) -> pa.Array:
    return join("dev-", to_text(hex_strings(devices, 16)))


def logins_table(w: World, rng: np.random.Generator, logins_per_subject: float, ids: pa.Array) -> pa.Table:
    n = w.n
    lam = logins_per_subject * w.login_rate / max(float(w.login_rate.mean()), 1e-9)
    counts = rng.poisson(lam)
    subj = np.repeat(np.arange(n, dtype=np.int64), counts)
    m = len(subj)

    start, end = w.created[subj], np.maximum(w.active_end[subj], w.created[subj] + DAY)
    day = (start + (rng.random(m) * (end - start)).astype(np.int64)) // DAY
    # Keep office-style workers off weekends (1970-01-01 was a Thursday: Monday is 0 below).
    weekday = (day + 3) % 7
    day = np.where(w.weekdays_only[subj] & (weekday >= 5), day - (weekday - 4), day)
    hour = rng.normal(w.hour_utc[subj], w.hour_sd[subj]) % 24
    ts = day * DAY + (hour * 3600).astype(np.int64) + rng.integers(0, 60, m)
    ts = np.clip(ts, start, NOW - 1)

    # Where each login comes from: VPN exit, alternative site (office, farm), mobile, or home.
    u = rng.random(m)
    p_vpn, p_alt, p_mobile = w.p_vpn[subj], w.p_alt[subj], w.p_mobile[subj]
    via_vpn = (u < p_vpn) & (w.vpn_pool[subj] >= 0)
    via_alt = ~via_vpn & (u < p_vpn + p_alt) & (w.alt_ip[subj] != 0)
    via_mobile = ~via_vpn & ~via_alt & (u < p_vpn + p_alt + p_mobile)
    home2 = (w.home_ip2[subj] != 0) & (rng.random(m) < 0.3)
    ip = np.where(home2, w.home_ip2[subj], w.home_ip[subj]).astype(np.uint32)
    country = w.plan.country[subj].copy()

    flat, starts, sizes = _flat_pools(w.vpn_pools)
    pool = w.vpn_pool[subj][via_vpn]
    ip[via_vpn] = flat[starts[pool] + (rng.random(len(pool)) * sizes[pool]).astype(np.int64)]
    country[via_vpn] = np.array(w.vpn_pool_country, dtype=np.int16)[pool]

    spread = w.alt_spread[subj][via_alt].astype(np.int64)
    ip[via_alt] = (w.alt_ip[subj][via_alt] + (rng.random(int(via_alt.sum())) * (spread + 1)).astype(np.int64)).astype(np.uint32)
    country[via_alt] = w.alt_country[subj][via_alt]

    mflat, mstarts, msizes = _flat_pools(w.mobile_pools)
    mc = country[via_mobile]
    ip[via_mobile] = mflat[mstarts[mc] + (rng.random(len(mc)) * msizes[mc]).astype(np.int64)]

    use2 = (w.device2[subj] != 0) & (rng.random(m) < 0.3) & ~via_mobile
    dev_index = np.where(use2, subj + n, subj)
    ua_index = np.where(use2, (w.ua[subj] + 3) % len(USER_AGENTS), w.ua[subj])

    if w.login_extra:
        extra_subj = np.concatenate([b[0] for b in w.login_extra]).astype(np.int64)
        subj = np.concatenate([subj, extra_subj])
        ts = np.concatenate([ts, np.concatenate([b[1] for b in w.login_extra]).astype(np.int64)])
        ip = np.concatenate([ip, np.concatenate([b[2] for b in w.login_extra]).astype(np.uint32)])
        country = np.concatenate([country, np.concatenate([b[3] for b in w.login_extra]).astype(np.int16)])
        dev_index = np.concatenate([dev_index, extra_subj])
        ua_index = np.concatenate([ua_index, w.ua[extra_subj]])

    devices = device_text(np.concatenate([w.device, np.where(w.device2 != 0, w.device2, w.device)]))
    return pa.table({
        "subject_id": ids.take(pa.array(subj)),
        "ts": pa.array(ts.astype("datetime64[s]")),
        "ip": ipv4_text(ip),
        "device_id": devices.take(pa.array(dev_index)),
        "user_agent": take(USER_AGENTS, ua_index),
        "country": take(_COUNTRY_CODES, country),
    })


def _rows(subjects: np.ndarray, counts: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Repeat each subject `counts` times; also the rank of each row within its subject."""
    subj = np.repeat(subjects, counts)
    rank = np.arange(len(subj)) - np.repeat(np.cumsum(counts) - counts, counts)
    return subj, rank


def endpoint_table(w: World, rng: np.random.Generator, ids: pa.Array) -> pa.Table:
    cat = catalog()
    workers = np.flatnonzero(np.isin(w.plan.kind, (EMPLOYEE, CONTRACTOR)))
    k = len(workers)
    blocks: list[tuple[np.ndarray, str, pa.Array]] = []

    blocks.append((workers, "timezone", take(cat.zones, w.os_tz[workers])))
    blocks.append((workers, "keyboard", take(cat.keyboards, w.keyboard[workers])))
    # The local network follows where the machine sits: home, or the office / farm site.
    site = np.where(w.p_alt[workers] > 0.6, w.alt_ip[workers], w.home_ip[workers]).astype(np.int64)
    blocks.append((workers, "network", join(take(HOME_NETWORK_PREFIXES, site % len(HOME_NETWORK_PREFIXES)),
                                            to_text(((site // 7) % 90 + 10).astype(str)))))
    for kind, vocab_list, lo, hi in (("display", DISPLAYS, 1, 3), ("usb", ORDINARY_USB, 1, 4),
                                     ("process", ORDINARY_PROCESSES, 3, 7)):
        counts = rng.integers(lo, hi, k)
        subj, rank = _rows(workers, counts)
        # Consecutive picks a stride apart, so one machine does not list the same item twice.
        first = np.repeat(rng.integers(0, len(vocab_list), k), counts)
        blocks.append((subj, kind, take(vocab_list, (first + rank * 5) % len(vocab_list))))

    if w.endpoint_extra:
        extra = np.array([e[0] for e in w.endpoint_extra], dtype=np.int64)
        kinds = [e[1] for e in w.endpoint_extra]
        values = pa.array([e[2] for e in w.endpoint_extra], type=pa.string())
        blocks.append((extra, "", values))

    subj = np.concatenate([b[0] for b in blocks]).astype(np.int64)
    kind_col = pa.concat_arrays([pa.array(np.full(len(b[0]), b[1], dtype=object), type=pa.string()) if b[1]
                                 else pa.array(kinds, type=pa.string()) for b in blocks])
    value = pa.concat_arrays([b[2] for b in blocks])
    span = np.maximum(w.active_end[subj] - w.created[subj], DAY)
    ts = w.created[subj] + (rng.random(len(subj)) * span).astype(np.int64)
    return pa.table({
        "subject_id": ids.take(pa.array(subj)),
        "ts": pa.array(ts.astype("datetime64[s]")),
        "device_id": device_text(w.device[subj]),
        "kind": kind_col,
        "value": value,
    })


_CURRENCY_SCALE = {"USD": 1, "CAD": 1.35, "GBP": 0.8, "EUR": 0.92, "PLN": 4, "MXN": 17, "BRL": 5, "INR": 83,
                   "PHP": 56, "NGN": 1400, "KRW": 1350, "CNY": 7.2, "VND": 25000, "JPY": 155, "AUD": 1.5, "UAH": 40}


def payments_table(w: World, rng: np.random.Generator, ids: pa.Array) -> pa.Table:
    workers = np.flatnonzero(np.isin(w.plan.kind, (EMPLOYEE, CONTRACTOR)) & (w.pay_dest != ""))
    months = np.maximum((w.active_end[workers] - w.created[workers]) // (30 * DAY), 1)
    subj, rank = _rows(workers, np.minimum(months, rng.integers(1, 9, len(workers))))
    currency = np.array([c.currency for c in COUNTRIES])[w.plan.country[subj]]
    method = w.pay_method[subj]
    currency = np.where(method == 2, "USDT", currency)
    scale = np.array([_CURRENCY_SCALE.get(c, 1.0) for c in currency])
    amount = np.round(rng.lognormal(np.log(5500), 0.35, len(subj)) * scale, 2)
    ts = w.created[subj] + (rank + 1) * 30 * DAY + rng.integers(0, 3 * DAY, len(subj))
    return pa.table({
        "subject_id": ids.take(pa.array(subj)),
        "ts": pa.array(np.minimum(ts, NOW - 1).astype("datetime64[s]")),
        "amount": pa.array(amount),
        "currency": pa.array(currency.astype(object), type=pa.string()),
        "method": take(["bank", "wallet", "crypto"], method),
        "destination": pa.array(w.pay_dest[subj], type=pa.string()),
    })


def shipments_table(w: World, rng: np.random.Generator, ids: pa.Array) -> pa.Table:
    employees = np.flatnonzero(w.plan.kind == EMPLOYEE)
    subj, _ = _rows(employees, np.where(rng.random(len(employees)) < 0.1, 2, 1))
    # HR systems re-type addresses: a third of honest shipments differ in formatting only.
    styles = np.where(rng.random(len(subj)) < 0.33, rng.integers(0, 6, len(subj)), w.addr_style[subj])
    address = np.array(addresses(w, subj, styles), dtype=object)
    for j, i in enumerate(subj.tolist()):
        if i in w.ship_to:
            address[j] = w.ship_to[i]
    ts = np.minimum(w.created[subj] + rng.integers(2, 12, len(subj)) * DAY, NOW - 1)
    asset = join(take(["LT-", "C02", "PF", "5CG"], rng.integers(0, 4, len(subj))),
                 to_text(digit_strings(rng, len(subj), 8)))
    return pa.table({
        "subject_id": ids.take(pa.array(subj)),
        "ts": pa.array(ts.astype("datetime64[s]")),
        "asset": asset,
        "address": pa.array(address, type=pa.string()),
    })
