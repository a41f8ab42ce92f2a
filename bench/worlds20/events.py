"""Phases into rows: portal sign-ins, payouts, shipments, endpoint telemetry (columnar lists)."""
import hashlib
import math

from . import data as D
from .common import DAY, OKTA_FROM, T0, T1

EVENT_TYPES = ["user.session.start"] * 16 + ["user.authentication.auth_via_mfa"] * 3 + ["user.authentication.sso"]
HEX = "0123456789abcdef"
B62 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"


def _ua(dev, t):
    m = int((t - T0) / (28 * DAY))
    v = 131 + m + dev["off"]
    f = 134 + m + dev["off"]
    s = "18.1" if t < T0 + 250 * DAY else "18.6"
    return D.UAS[dev["ua"]].format(v=v, f=f, s=s, a=dev["a"], m=dev["model"], i=dev["i"])


def _uuid(r):
    h = "%032x" % r.getrandbits(128)
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-a{h[17:20]}-{h[20:32]}"


class Logins:
    COLS = ["subject_id", "ts", "ip", "device_id", "user_agent", "country", "outcome", "source_proxy", "asn",
            "network_owner", "city", "latitude", "longitude", "risk_level", "event_type", "session_id", "event_id"]

    def __init__(self):
        self.c = {k: [] for k in self.COLS}

    def emit(self, r, sid, ph):
        start, end = max(ph["start"], T0), min(ph["end"], T1)
        if end <= start + 3600:
            return
        weeks = (end - start) / (7 * DAY)
        lam = ph["rate"] * weeks * 0.28
        n = max(1 if lam > 0.3 else 0, int(r.gauss(lam, math.sqrt(lam) + 0.5)))
        if n <= 0:
            return
        nets, devs = ph["nets"], ph["devs"]
        nw = [w for w, _ in nets]
        dw = [w for w, _ in devs]
        seen = set()
        c = self.c
        for _ in range(n):
            day = start + r.random() * (end - start)
            d0 = day - (day % DAY)
            wd = int(d0 // DAY + 3) % 7  # 0 = Monday
            if wd >= 5 and r.random() > ph["weekend"]:
                d0 -= (wd - 4) * DAY
            t = d0 + (r.gauss(ph["hour"], ph["hsd"]) % 24) * 3600 + r.random() * 60
            if t < T0 or t > T1:
                continue
            net = r.choices(nets, weights=nw)[0][1]
            dev = r.choices(devs, weights=dw)[0][1]
            ipt = r.choice(net["ips"])
            asn, owner = (ipt[5], ipt[6]) if len(ipt) > 5 else (net["asn"], net["owner"])
            c["subject_id"].append(sid)
            c["ts"].append(t)
            c["ip"].append(ipt[0])
            c["device_id"].append(dev["id"])
            c["user_agent"].append(_ua(dev, t))
            c["country"].append(ipt[1])
            okta = t >= OKTA_FROM
            x = r.random()
            new_dev = dev["id"] not in seen
            seen.add(dev["id"])
            if okta:
                outc = "success" if x < 0.93 else "failure" if x < 0.975 else "challenge" if x < 0.995 else "deny"
                px = net["proxy"]
                kind = net["kind"]
                risk = "low"
                if kind == "slip":
                    risk = "high" if r.random() < 0.5 else "medium"
                elif px or new_dev:
                    risk = "medium" if r.random() < 0.4 else "low"
                elif r.random() < 0.2:
                    risk = "none"
                c["outcome"].append(outc)
                if px is None:
                    px = False if r.random() < 0.85 else None
                c["source_proxy"].append("" if px is None else ("true" if px else "false"))
                c["asn"].append(str(asn))
                c["network_owner"].append(owner)
                c["city"].append(ipt[2])
                c["latitude"].append(round(ipt[3] + r.uniform(-0.02, 0.02), 4))
                c["longitude"].append(round(ipt[4] + r.uniform(-0.02, 0.02), 4))
                c["risk_level"].append(risk)
                c["event_type"].append(r.choice(EVENT_TYPES))
                c["session_id"].append("102" + "".join(r.choice(B62) for _ in range(22)))
                c["event_id"].append("okta:" + _uuid(r))
            else:
                for k in ("outcome", "source_proxy", "asn", "network_owner", "city", "risk_level", "event_type",
                          "session_id", "event_id"):
                    c[k].append("")
                c["latitude"].append(None)
                c["longitude"].append(None)


class Payments:
    COLS = ["subject_id", "ts", "amount", "currency", "method", "destination", "taskgrid_rail", "taskgrid_status"]

    def __init__(self):
        self.c = {k: [] for k in self.COLS}

    def emit(self, r, sid, ph, general):
        pay = ph.get("pay")
        if not pay:
            return
        every = pay.get("every", 7) * DAY
        mu, sd = pay.get("amt", (50, 0.5))
        # Taskgrid's payout run: Tuesdays 15:00 UTC (weekly), every other Tuesday for bi-weekly
        t = max(ph["start"], T0)
        t = t - (t % DAY) + 15 * 3600
        while int(t // DAY + 3) % 7 != 1:
            t += DAY
        t += every
        c = self.c
        end = min(ph["end"], T1)
        while t <= end:
            if not (general and r.random() < 0.2):
                amt = round(mu * math.exp(r.gauss(0, sd) - sd * sd / 2), 2)
                fx = {"PHP": 57.0, "KES": 129.0, "GHS": 15.0, "UGX": 3700.0, "BRL": 5.4}.get(pay["cur"], 1.0)
                if pay["method"] == "bank" and pay["cur"] not in ("USD",):
                    fx = {"GBP": 0.78, "EUR": 0.92, "CAD": 1.37, "INR": 84.0, "NGN": 1550.0, "PKR": 280.0}.get(pay["cur"], 1.0)
                c["subject_id"].append(sid)
                c["ts"].append(t + r.randint(0, 1800))
                c["amount"].append(round(max(1.0, amt) * fx, 2))
                c["currency"].append(pay["cur"])
                c["method"].append(pay["method"])
                c["destination"].append(pay["dest"])
                c["taskgrid_rail"].append(pay["rail"])
                x = r.random()
                c["taskgrid_status"].append("paid" if x < 0.975 else "returned" if x < 0.99 else "failed")
            t += every


class Endpoint:
    COLS = ["subject_id", "ts", "device_id", "kind", "value", "vendor_id", "product_id", "started_at", "event_id"]

    def __init__(self):
        self.c = {k: [] for k in self.COLS}

    def _row(self, sid, t, dev, kind, value, vid="", pid="", started=None):
        c = self.c
        c["subject_id"].append(sid)
        c["ts"].append(t)
        c["device_id"].append(dev)
        c["kind"].append(kind)
        c["value"].append(value)
        c["vendor_id"].append(vid)
        c["product_id"].append(pid)
        c["started_at"].append(started)
        c["event_id"].append(hashlib.sha1(f"{dev}|{t:.0f}|{kind}|{value}|{sid}".encode()).hexdigest()[:24])

    def emit(self, r, sid, ph):
        env = ph.get("laptop")
        if not env:
            return
        start = max(ph["start"], env["start"], T0)
        end = min(ph["end"], T1)
        dev = env["dev"]["id"]
        t = start + r.uniform(0, 5) * DAY
        while t < end:
            ts = t - (t % DAY) + r.uniform(0, DAY)
            self._row(sid, ts, dev, "system", env["model"])
            if r.random() < 0.5:
                self._row(sid, ts, dev, "system", env["host"])
            self._row(sid, ts, dev, "timezone", env["tz"])
            for k in env["kb"]:
                self._row(sid, ts, dev, "keyboard", k)
            self._row(sid, ts, dev, "gateway_mac", env["gw"])
            self._row(sid, ts, dev, "network", env["ssid"])
            for m in env["displays"]:
                if r.random() < 0.85:
                    self._row(sid, ts, dev, "display", m)
            for u in env["usb"]:
                if r.random() < 0.85:
                    self._row(sid, ts, dev, "usb", u[0], u[1], u[2])
            base = env["procs"][:6]
            for p in r.sample(base, min(len(base), r.randint(3, 5))):
                self._row(sid, ts, dev, "process", p)
            for p in env["procs"][6:]:
                if r.random() < 0.7:
                    self._row(sid, ts, dev, "process", p)
            for p in env["ports"]:
                self._row(sid, ts, dev, "listening_port", p)
            for se in env["sessions"]:
                if r.random() < 0.6:
                    st = ts - se["hours"] * 3600 * r.uniform(0.5, 1.0)
                    self._row(sid, ts, dev, "remote_session", se["host"], started=st)
            t += r.uniform(9, 18) * DAY


def shipments(sid, s, rows):
    for sh in s["ships"]:
        if T0 - 400 * DAY <= sh["ts"] <= T1:
            t = sh["ts"] - (sh["ts"] % DAY) + 13 * 3600 + (hash_frac(sh["asset"]) * 9 * 3600)
            rows.append((sid, t, sh["asset"], sh["address"]))


def hash_frac(s):
    return int(hashlib.md5(s.encode()).hexdigest()[:8], 16) / 2 ** 32
