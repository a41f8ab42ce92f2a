"""The shared machinery of a life on Campusline: places people connect from, and the rows a person leaves
(platform profile, applications, hires with laptop, sign-ins, telemetry, payroll)."""
from __future__ import annotations

import datetime as dt
import hashlib

from . import data
from .infra import Ctx, iso, tz_offset, pick

SALT = "campusline-2025"


def nid_hash(ssn: str) -> str:
    return "sha256:" + hashlib.sha256((SALT + ssn).encode()).hexdigest()[:40]


class Book:
    """The tables being written."""

    def __init__(self):
        self.subjects: list[dict] = []
        self.truth: list[tuple] = []
        self.logins: list[dict] = []
        self.endpoint: list[dict] = []
        self.payments: list[dict] = []
        self.shipments: list[dict] = []
        self.domains: list[dict] = []

    def subject(self, row: dict, fraud: bool, kind: str):
        self.subjects.append(row)
        self.truth.append((row["id"], 1 if fraud else 0, kind))
        return row["id"]


# --------------------------------------------------------------------- places
def place(ips, owner, asn, city, cc, lat, lon, tz, proxy="", kind="home", risk="low"):
    return {"ips": ips if isinstance(ips, list) else [ips], "owner": owner, "asn": asn, "city": city, "cc": cc,
            "lat": lat, "lon": lon, "tz": tz, "proxy": proxy, "kind": kind, "risk": risk}


def home_line(ctx: Ctx, city: str):
    st, tz, ac, lat, lon, zp = data.CITIES[city]
    owner, asn = pick(ctx.rng, [((o, a), w) for o, a, w in data.US_ISPS])
    return place(ctx.ip_in(("isp", owner, city)), owner, asn, city, "US", lat + ctx.rng.uniform(-.08, .08), lon + ctx.rng.uniform(-.08, .08), tz)


def mobile_pool(ctx: Ctx, city: str, owner=None):
    st, tz, ac, lat, lon, zp = data.CITIES[city]
    if owner is None:
        owner = pick(ctx.rng, [(o, w) for o, a, w in data.US_MOBILE])
    asn = {o: a for o, a, w in data.US_MOBILE}[owner]
    return place(ctx.pool(("cgnat", owner, st), 24), owner, asn, city, "US", lat, lon, tz, kind="mobile")


def abroad_line(ctx: Ctx, cc: str, shared=False):
    org, city, tz, kb, lat, lon, isps, mails = data.INTL[cc]
    owner = ctx.rng.choice(isps)
    asn = str(4000 + abs(hash_str(owner)) % 60000)
    ips = ctx.pool(("intl", owner), 32) if shared else ctx.ip_in(("intl-isp", owner))
    return place(ips, owner, asn, city, cc, lat, lon, tz, kind="abroad")


def vpn_exit(ctx: Ctx, provider: str, city: str | None = None):
    owner, asn = data.VPNS[provider]
    city = city or ctx.rng.choice(data.VPN_CITIES)
    st, tz, ac, lat, lon, zp = data.CITIES[city]
    proxy = ctx.rng.choice(["true", "true", "true", ""])
    return place(ctx.pool(("vpn", provider, city), 12), owner, asn, city, "US", lat, lon, tz, proxy=proxy, kind="vpn", risk="medium")


def hash_str(s: str) -> int:
    return int(hashlib.md5(s.encode()).hexdigest()[:8], 16)


def login(ctx: Ctx, book: Book, sid: str, t: dt.datetime, pl: dict, device: str, ua: str, source: str,
          event_type="user.session.start", outcome="success", idp=False, session=None):
    r = ctx.rng
    row = {"subject_id": sid, "ts": iso(t, r, "ms" if idp else "z"), "ip": r.choice(pl["ips"]), "device_id": device,
           "user_agent": ua, "country": pl["cc"], "outcome": outcome, "asn": pl["asn"], "network_owner": pl["owner"],
           "event_type": event_type, "campusline_source": source}
    if idp:
        row.update({"source_proxy": pl["proxy"] if pl["proxy"] else ("false" if r.random() < 0.8 else ""), "city": pl["city"],
                    "latitude": f"{pl['lat']:.4f}", "longitude": f"{pl['lon']:.4f}",
                    "risk_level": pl["risk"] if r.random() < 0.9 else "none",
                    "session_id": session or ctx.hexid(64), "event_id": f"{source}:{ctx.uuid().lower()}"})
    else:
        if r.random() < 0.3:
            row["country"] = ""
        row["event_id"] = f"cl:{ctx.hexid(64)}"
    book.logins.append(row)


def sessions(ctx: Ctx, book: Book, sid: str, start: dt.datetime, days: int, count: int, places: list,
             device_for, ua_for, source: str, hours=(8, 23), idp=False, fail_rate=0.03):
    """`count` sign-ins spread over `days` after start; `places` is [(place, weight)]."""
    r = ctx.rng
    for _ in range(count):
        pl = pick(r, places)
        day = start + dt.timedelta(days=r.randrange(max(days, 1)))
        if day > END_DT:
            day = END_DT - dt.timedelta(days=r.randrange(1, 20))
        t = ctx.at_local_hour(day, hours[0], hours[1], tz_offset(pl["tz"], day))
        outcome = "success"
        x = r.random()
        if idp and x < 0.1:
            outcome = "challenge"
        elif x < 0.1 + fail_rate:
            outcome = "failure"
        login(ctx, book, sid, t, pl, device_for(pl), ua_for(pl), source, idp=idp, outcome=outcome,
              event_type=("user.session.start" if source == "okta" else "interactiveUser") if idp else "web.session")


END_DT = dt.datetime(2025, 11, 28, tzinfo=dt.timezone.utc)


# --------------------------------------------------------------------- telemetry
def snapshots(ctx: Ctx, book: Book, sid: str, host: str, start: dt.datetime, months: int, tel: dict):
    """osquery snapshots of a managed laptop: start, then every 25-45 days.
    tel: model, tz, keyboards, gateway (mac), ssid, procs, usb, displays, ports, remote (host, started_at)."""
    r = ctx.rng
    t = start + dt.timedelta(days=r.randrange(1, 6), hours=r.randrange(24))
    n = 0
    while t < END_DT and n < max(1, months):
        n += 1
        def ep(kind, value, **kw):
            row = {"subject_id": sid, "ts": iso(t), "device_id": host, "kind": kind, "value": value,
                   "event_id": ctx.hexid(64)}
            row.update(kw)
            book.endpoint.append(row)
        if n == 1 or r.random() < 0.3:
            ep("system", tel["model"])
        ep("timezone", tel["tz"](t) if callable(tel["tz"]) else tel["tz"])
        for kb in tel["keyboards"]:
            ep("keyboard", kb)
        gw = tel["gateway"](t) if callable(tel["gateway"]) else tel["gateway"]
        if gw:
            ep("gateway_mac", gw[0])
            if gw[1]:
                ep("network", gw[1])
        for p in r.sample(tel["procs"], min(len(tel["procs"]), r.randrange(4, 8))) + tel.get("always_procs", []):
            ep("process", p)
        for name, vid, pid in tel["usb"]:
            if r.random() < 0.85:
                ep("usb", name, vendor_id=vid, product_id=pid)
        for dname in tel["displays"]:
            ep("display", dname)
        for port in tel.get("ports", []):
            ep("listening_port", port)
        for host_r, since in tel.get("remote", []):
            ep("remote_session", host_r, started_at=iso(since if since < t else t - dt.timedelta(hours=r.randrange(1, 30))))
        t += dt.timedelta(days=r.randrange(25, 46))


def honest_procs(ctx: Ctx, extra=()):
    return ctx.rng.sample(data.WORK_PROCS, 9) + list(extra)


def honest_usb(ctx: Ctx):
    return ctx.rng.sample(data.USB_HONEST, ctx.rng.randrange(0, 4))


def honest_displays(ctx: Ctx):
    r = ctx.rng
    return ["Built-in Retina Display"] + r.sample(data.DISPLAYS, r.randrange(0, 2))


def payroll(ctx: Ctx, book: Book, sid: str, start: dt.datetime, count: int, amount: float, dest: str, method="bank",
            payer="", dests_later=None, every=14, currency="USD"):
    r = ctx.rng
    t = start + dt.timedelta(days=r.randrange(10, 20))
    for i in range(count):
        if t > END_DT:
            break
        d = dest if not dests_later or i < dests_later[0] else dests_later[1]
        book.payments.append({"subject_id": sid, "ts": iso(t, r, "date" if r.random() < 0.5 else "z"),
                              "amount": f"{amount * r.uniform(0.97, 1.03):.2f}", "currency": currency,
                              "method": method, "destination": d, "campusline_payer": payer})
        t += dt.timedelta(days=every)


def bank_account(ctx: Ctx) -> str:
    r = ctx.rng
    routing = r.choice(["021000021", "026009593", "121000248", "111000025", "322271627", "071000013", "043000096", "061000104", "091000019", "031201360"])
    return f"ACH:{routing}:{r.randrange(10 ** 9, 10 ** 12)}"
