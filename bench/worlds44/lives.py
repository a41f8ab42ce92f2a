"""A person's rows: the subject record, sign-ins, laptop telemetry, payouts and the laptop shipment; the row sinks."""
import csv
import os

import pyarrow as pa
import pyarrow.parquet as pq

from . import data as D
from .infra import DAY, T0, T1, iso, iso_off

SUBJECT_COLS = ["id", "kind", "full_name", "email", "phone", "phone_line_type", "address", "country", "birth_date",
                "national_id", "photo", "resume", "profiles", "employer", "created_at", "hanbit_source", "department",
                "work_location", "preferred_language", "legal_name_local", "status"]
LOGIN_COLS = ["subject_id", "ts", "ip", "device_id", "user_agent", "country", "outcome", "source_proxy", "asn",
              "network_owner", "city", "latitude", "longitude", "risk_level", "event_type", "session_id", "event_id"]
ENDPOINT_COLS = ["subject_id", "ts", "device_id", "kind", "value", "vendor_id", "product_id", "started_at"]
PAY_COLS = ["subject_id", "ts", "amount", "currency", "method", "destination", "payroll_provider", "memo"]
SHIP_COLS = ["subject_id", "ts", "asset", "address", "carrier", "requested_by"]


class Sink:
    def __init__(self, w, bundle):
        self.w = w
        self.bundle = bundle
        self.subjects = []
        self.truth = []
        self.logins = {c: [] for c in LOGIN_COLS}
        self.n_logins = 0
        self.pw = None
        self.f_end = open(os.path.join(bundle, "endpoint.csv"), "w", newline="", encoding="utf-8")
        self.endpoint = csv.writer(self.f_end)
        self.endpoint.writerow(ENDPOINT_COLS)
        self.f_pay = open(os.path.join(bundle, "payments.csv"), "w", newline="", encoding="utf-8")
        self.pay = csv.writer(self.f_pay)
        self.pay.writerow(PAY_COLS)
        self.f_ship = open(os.path.join(bundle, "shipments.csv"), "w", newline="", encoding="utf-8")
        self.ship = csv.writer(self.f_ship)
        self.ship.writerow(SHIP_COLS)
        self.domains = []
        self.counts = {"endpoint": 0, "payments": 0, "shipments": 0}

    def add_subject(self, s, fraud, kind, traits):
        self.subjects.append(s)
        toks = [kind] + sorted(set(t for t in traits if t and t != kind))
        self.truth.append((s["id"], 1 if fraud else 0, ";".join(toks)))

    def flush_logins(self, final=False):
        if self.n_logins == 0 and not final:
            return
        if self.logins["subject_id"]:
            cols = dict(self.logins)
            for c in ("latitude", "longitude"):
                cols[c] = pa.array(cols[c], type=pa.float64())
            t = pa.table({c: (cols[c] if isinstance(cols[c], pa.Array) else pa.array(cols[c], type=pa.string()))
                          for c in LOGIN_COLS})
            if self.pw is None:
                self.pw = pq.ParquetWriter(os.path.join(self.bundle, "logins.parquet"), t.schema)
            self.pw.write_table(t)
            self.logins = {c: [] for c in LOGIN_COLS}
        if final and self.pw is not None:
            self.pw.close()

    def login(self, sid, ts, place, device, ua, outcome, risk, event_type):
        L = self.logins
        r = self.w.r
        L["subject_id"].append(sid)
        L["ts"].append(iso(ts))
        L["ip"].append(place["ip"])
        L["device_id"].append(device)
        L["user_agent"].append(ua)
        L["country"].append(place["country"])
        L["outcome"].append(outcome)
        L["source_proxy"].append(place["source_proxy"] if r.random() < 0.85 else None)
        L["asn"].append(place["asn"])
        L["network_owner"].append(place["network_owner"])
        L["city"].append(place["city"])
        L["latitude"].append(place["latitude"])
        L["longitude"].append(place["longitude"])
        L["risk_level"].append(risk)
        L["event_type"].append(event_type)
        L["session_id"].append("idx%016x" % r.getrandbits(64))
        L["event_id"].append("okta:%032x" % r.getrandbits(128))
        self.n_logins += 1
        if len(L["subject_id"]) >= 400_000:
            self.flush_logins()

    def close(self):
        self.flush_logins(final=True)
        self.f_end.close()
        self.f_pay.close()
        self.f_ship.close()


def ua_for(w, os_name):
    r = w.r
    v = r.randint(124, 140)
    if os_name == "mac":
        t = r.choice([D.UAS[1], D.UAS[1], D.UAS[2]])
    elif os_name == "phone":
        t = r.choice([D.UAS[5], D.UAS[6]])
    else:
        t = r.choice([D.UAS[0], D.UAS[0], D.UAS[3]])
    return t.format(v=v, w=r.randint(0, 30))


def local_hour(r, pattern):
    if pattern == "day":
        h = r.gauss(13.5, 2.6)
    elif pattern == "overlap":  # working with Seoul/Tokyo from the Americas or Europe: early mornings + evenings
        h = r.choice([r.uniform(6, 9), r.uniform(17, 23.5), r.gauss(13, 2)])
    elif pattern == "night":
        h = r.uniform(21, 31)
    elif pattern == "split":
        h = r.choice([r.gauss(11, 2), r.gauss(21.5, 1.5)])
    else:
        h = r.uniform(7, 24)
    return h % 24


class Life:
    """How one person shows up in the sign-in log: where, on what, when."""

    def __init__(self, start, tz_off, pattern="day"):
        self.start = max(start, T0)
        self.end = T1
        self.tz_off = tz_off
        self.pattern = pattern
        self.places = []  # (weight, place)
        self.devices = []  # (weight, device_id, ua)
        self.trips = []  # (t_from, t_to, tz_off, [places])
        self.n = 10
        self.hours_off = None  # if set, hours follow this offset instead (e.g. Pyongyang)


def emit_logins(w, sink, sid, life):
    r = w.r
    if not life.places or not life.devices or life.start >= life.end:
        return
    pw = [p[0] for p in life.places]
    dw = [d[0] for d in life.devices]
    span_days = max(1, (life.end - life.start) // DAY)
    for _ in range(life.n):
        d0 = life.start - life.start % DAY + r.randrange(span_days) * DAY
        if r.random() < 0.8 and (d0 // DAY + 3) % 7 >= 5:  # 1970-01-01 was a Thursday: shift weekends to weekdays
            d0 += 2 * DAY
        off = life.tz_off if life.hours_off is None else life.hours_off
        place = None
        for (a, b, toff, tp) in life.trips:
            if a <= d0 <= b:
                place = r.choice(tp)
                off = toff
                break
        h = local_hour(r, life.pattern)
        ts = int(d0 + (h - off) * 3600 + r.randint(0, 3599))
        ts = min(max(ts, T0), T1)
        if place is None:
            place = r.choices([p[1] for p in life.places], pw)[0]
        dev = r.choices(life.devices, dw)[0]
        x = r.random()
        outcome = "success" if x < 0.87 else ("challenge" if x < 0.94 else ("failure" if x < 0.99 else "deny"))
        risk = r.choices(["low", "none", "medium", "high", None], [60, 15, 12, 1, 12])[0]
        if place["source_proxy"] == "true" and risk in ("low", "none"):
            risk = r.choice(["low", "medium"])
        et = r.choices(["user.session.start", "user.authentication.sso", "user.authentication.auth_via_mfa"], [62, 30, 8])[0]
        sink.login(sid, ts, place, dev[1], dev[2], outcome, risk, et)


class Laptop:
    def __init__(self, w, os_name=None, tag="HB"):
        r = w.r
        self.os = os_name or r.choice(["mac", "win", "win"])
        self.device_id = f"{tag}-{w.hex(10).upper()}"
        self.asset = f"HBA{r.randint(100000, 999999)}-{w.hex(4).upper()}"
        self.system = r.choice(D.LAPTOPS_MAC if self.os == "mac" else D.LAPTOPS_WIN)
        self.tz = []
        self.keyboards = []
        self.procs = list(r.sample(D.BASE_PROCS_MAC if self.os == "mac" else D.BASE_PROCS_WIN, r.randint(4, 7)))
        self.usb = []
        self.displays = []
        self.networks = []
        self.gateways = []
        self.ports = []
        self.remote = []  # (host, days_open)
        self.ua = ua_for(w, self.os)


def emit_endpoint(w, sink, sid, lap, start):
    r = w.r
    start = max(start, T0)
    span = max(DAY, T1 - start)
    t = lambda: start + r.randrange(span)
    rows = [("system", lap.system, "", "")]
    rows += [("timezone", z, "", "") for z in lap.tz]
    rows += [("keyboard", k, "", "") for k in lap.keyboards]
    rows += [("process", p, "", "") for p in lap.procs]
    rows += [("usb", u[0], u[1], u[2]) for u in lap.usb]
    rows += [("display", d, "", "") for d in lap.displays]
    rows += [("network", n, "", "") for n in lap.networks]
    rows += [("gateway_mac", g, "", "") for g in lap.gateways]
    rows += [("listening_port", p, "", "") for p in lap.ports]
    for kind, val, vid, pid in rows:
        sink.endpoint.writerow([sid, iso(t()), lap.device_id, kind, val, vid, pid, ""])
    for host, days in lap.remote:
        ts = t()
        sink.endpoint.writerow([sid, iso(ts), lap.device_id, "remote_session", host, "", "",
                                iso(max(T0 - 30 * DAY, int(ts - days * DAY)))])
    sink.counts["endpoint"] += len(rows) + len(lap.remote)


def emit_payroll(w, sink, sid, start, country, dests, monthly_usd, provider, currency=None):
    """dests: [(t_from, method, destination)] - the latest one in force pays."""
    r = w.r
    cur = currency or D.CURRENCY.get(country, "USD")
    fx = D.FX[cur]
    t = max(start, T0 - 180 * DAY) + r.randint(5, 30) * DAY
    step = r.choice([14, 15, 30, 30, 30]) * DAY
    n = 0
    while t <= T1:
        method, dest = dests[0][1], dests[0][2]
        for (tf, m, d) in dests:
            if t >= tf:
                method, dest = m, d
        amt = monthly_usd * (step / (30 * DAY)) * fx * r.uniform(0.97, 1.03)
        amt = round(amt) if cur in ("KRW", "JPY", "VND") else round(amt, 2)
        sink.pay.writerow([sid, iso(t + r.randint(0, 20000)), amt, cur, method, dest, provider,
                           r.choice(["contractor invoice", "monthly fee", "milestone", "payroll"])])
        n += 1
        t += step
    sink.counts["payments"] += n


def emit_shipment(w, sink, sid, ts, asset, address, requested_by="it-helpdesk"):
    sink.ship.writerow([sid, iso(ts), asset, address,
                        w.r.choice(["FedEx", "UPS", "DHL", "CJ Logistics", "Yamato", "Sagawa"]), requested_by])
    sink.counts["shipments"] += 1


def bank_dest(w, country, bank=None):
    r = w.r
    bank = bank or r.choice(D.BANKS.get(country, D.BANKS["US"]))
    return "bank", f"{country}:{bank}:{w.hex(6)}{r.randint(100000, 999999)}"


def wallet_dest(w, first, last):
    p = w.r.choice(D.WALLETS)
    return "wallet", f"{p}:{w.handle(first[:1] + last)}"
