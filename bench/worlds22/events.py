"""Subjects' lives into rows: sign-ins, time-tracker snapshots, payouts, shipments. Same code for everyone."""
import datetime as dt
import hashlib

from . import infra
from .infra import T0, T1

IDP_FROM = dt.datetime(2024, 7, 1, tzinfo=dt.timezone.utc)  # Gigforge moved sign-ins to its new IdP (version-2 columns) then
FX = {"USD": 1, "EUR": 0.92, "GBP": 0.79, "INR": 83.5, "PKR": 278, "UAH": 41, "PHP": 57, "BDT": 118, "NGN": 1550, "EGP": 48, "BRL": 5.3,
      "PLN": 3.95, "RSD": 108, "RON": 4.6, "CAD": 1.37, "ARS": 950, "COP": 4000, "MXN": 18.5, "VND": 25000, "KES": 129, "IDR": 15800,
      "TRY": 33, "KRW": 1370, "CNY": 7.2, "GEL": 2.7, "AMD": 390, "JPY": 150, "USDT": 1}
LOGIN_COLS = ["subject_id", "ts", "ip", "device_id", "user_agent", "country", "outcome", "source_proxy", "asn", "network_owner", "city",
              "latitude", "longitude", "risk_level", "event_type", "session_id", "event_id", "gigforge_app"]


def _clip(a, b):
    return max(a, T0), min(b, T1)


def _when(rng, p, lo, hi):
    """A moment in [lo, hi) on the person's working clock (local hours, few weekends)."""
    span = (hi - lo).total_seconds()
    for _ in range(6):
        t = lo + dt.timedelta(seconds=rng.random() * span)
        local = t + dt.timedelta(hours=p.offset)
        if local.weekday() >= 5 and rng.random() > p.weekend:
            continue
        h = p.hour0 + rng.random() * p.hours if rng.random() < 0.9 else rng.random() * 24
        day = dt.datetime(local.year, local.month, local.day, tzinfo=dt.timezone.utc)
        u = day + dt.timedelta(hours=h - p.offset)
        if lo <= u < hi:
            return u
    return lo + dt.timedelta(seconds=rng.random() * span)


class Rows:
    def __init__(self):
        self.logins = {c: [] for c in LOGIN_COLS}
        self.endpoint = []
        self.payments = []
        self.shipments = []


def emit(w, rng, rows, s):
    for p in s.periods:
        _logins(w, rng, rows, s, p)
        _tracker(w, rng, rows, s, p)
    _payments(w, rng, rows, s)
    for t, asset, addr, item in s.ships:
        rows.shipments.append({"subject_id": s.sid, "ts": infra.iso(t)[:10] if rng.random() < 0.3 else infra.iso(t), "asset": asset,
                               "address": addr, "gigforge_item": item, "gigforge_carrier": rng.choice(["UPS", "FedEx", "DHL", "USPS"])})


def _contract_weeks(s, lo, hi):
    out = []
    for _cl, a, b, _h in s.contracts:
        a2, b2 = max(a, lo), min(b, hi)
        if b2 > a2:
            out.append((a2, b2))
    return out


def _login(w, rng, rows, s, p, t, dev, net):
    L = rows.logins
    v2 = t >= IDP_FROM
    L["subject_id"].append(s.sid)
    L["ts"].append(t.strftime("%Y-%m-%dT%H:%M:%S.") + f"{rng.randrange(1000):03d}Z" if v2 else infra.iso(t))
    L["ip"].append(net.ip(rng))
    L["device_id"].append(dev.id)
    L["user_agent"].append(dev.ua)
    L["country"].append(net.country if rng.random() < 0.97 else "")
    app = "ios" if dev.os == "ios" else "android" if dev.os == "android" else ("tracker" if rng.random() < 0.25 else "web")
    L["gigforge_app"].append(app)
    if not v2:
        for c in ("outcome", "source_proxy", "asn", "network_owner", "city", "latitude", "longitude", "risk_level", "event_type", "session_id", "event_id"):
            L[c].append("")
        return
    r = rng.random()
    L["outcome"].append("success" if r < 0.92 else "failure" if r < 0.96 else "challenge" if r < 0.995 else "deny")
    L["source_proxy"].append("" if rng.random() < 0.08 else ("true" if net.proxy and rng.random() < 0.85 else "false"))
    L["asn"].append(str(net.asn))
    L["network_owner"].append(net.owner)
    L["city"].append(net.city)
    L["latitude"].append(f"{net.lat:.4f}" if net.lat or net.lon else "")
    L["longitude"].append(f"{net.lon:.4f}" if net.lat or net.lon else "")
    risky = net.proxy or net.kind in ("vps", "base")
    L["risk_level"].append(rng.choice(["medium", "low", "high"]) if risky and rng.random() < 0.6 else rng.choice(["none", "none", "low", "hidden"]))
    L["event_type"].append("user.session.start" if rng.random() < 0.8 else "user.authentication.sso")
    L["session_id"].append("trs" + infra.hexid(rng, 20))
    L["event_id"].append("okta:" + infra.hexid(rng, 8) + "-" + infra.hexid(rng, 4) + "-" + infra.hexid(rng, 4) + "-" + infra.hexid(rng, 12))


def _logins(w, rng, rows, s, p):
    lo, hi = _clip(p.start, p.end)
    if hi <= lo:
        return
    weeks = (hi - lo).days / 7
    n = int(p.rate * weeks + rng.random())
    spans = [(a, b) for a, b in _contract_weeks(s, lo, hi)]
    times = [_when(rng, p, lo, hi) for _ in range(min(n, 150))]
    for a, b in spans:
        k = int(0.55 * (b - a).days / 7 + rng.random())
        times += [_when(rng, p, a, b) for _ in range(min(k, 160))]
    times.sort()
    devs = p.devices
    nets = [n for n, _ in p.nets]
    weights = [wt for _, wt in p.nets]
    mob = [n for n in nets if n.kind in ("mobile", "starlink")]
    for t in times:
        dev = rng.choice(devs)
        net = rng.choice(mob) if dev.mobile and mob and rng.random() < 0.7 else rng.choices(nets, weights)[0]
        _login(w, rng, rows, s, p, t, dev, net)


def _ep(rows, s, t, dev, kind, value, rng, **extra):
    r = {"subject_id": s.sid, "ts": infra.iso(t), "device_id": dev.id, "kind": kind, "value": value}
    r.update(extra)
    if rng.random() < 0.8:
        r["event_id"] = hashlib.sha256(f"{dev.id}|{t.isoformat()}|{kind}|{value}".encode()).hexdigest()[:32]
    rows.endpoint.append(r)


def _tracker(w, rng, rows, s, p):
    """Gigforge's desktop time tracker runs during hourly contracts and reports the machine it runs on."""
    lo, hi = _clip(p.start, p.end)
    for cl, a, b, hourly in s.contracts:
        a2, b2 = max(a, lo), min(b, hi)
        if not hourly or b2 <= a2 or not p.tracks:
            continue
        dev = p.tracker or next((d for d in p.devices if not d.mobile), None)
        if dev is None:
            continue
        site = p.site or p.nets[0][0]
        t = a2 + dt.timedelta(days=rng.uniform(0.5, 6))
        while t < b2:
            t = _when(rng, p, t, t + dt.timedelta(days=1))
            # Inventory (hardware, keyboard) is reported on every other snapshot; network, clock and apps on each.
            inventory = rng.random() < 0.5
            _ep(rows, s, t, dev, "timezone", dev.tz, rng)
            if site.gw_mac:
                _ep(rows, s, t, dev, "gateway_mac", site.gw_mac, rng)
                _ep(rows, s, t, dev, "network", site.ssid, rng)
            if inventory:
                _ep(rows, s, t, dev, "system", dev.system, rng)
                _ep(rows, s, t, dev, "keyboard", dev.keyboard, rng)
                for disp in dev.displays:
                    _ep(rows, s, t, dev, "display", disp, rng)
                for name, vid, pid in dev.usbs:
                    _ep(rows, s, t, dev, "usb", name, rng, vendor_id=vid, product_id=pid)
            for proc in rng.sample(dev.procs, min(len(dev.procs), 2)) + [x for x in dev.procs if x in REMOTE_PROCS]:
                _ep(rows, s, t, dev, "process", proc, rng)
            for port in dev.ports:
                _ep(rows, s, t, dev, "listening_port", port, rng)
            for host, since in p.remote:
                if since < t:
                    _ep(rows, s, t, dev, "remote_session", host, rng, started_at=infra.iso(since))
            t += dt.timedelta(days=rng.uniform(24, 45))


REMOTE_PROCS = {"AnyDesk.exe", "TeamViewer.exe", "rustdesk.exe", "ScreenConnect.ClientService.exe", "remoting_host.exe", "tvnserver.exe", "sshd"}


def _payments(w, rng, rows, s):
    """Withdrawals of contract earnings every one to four weeks, to the payout method active at the time."""
    if not s.payouts:
        return
    for cl, a, b, hourly in s.contracts:
        t = a + dt.timedelta(days=rng.randrange(7, 15))
        while t < min(b + dt.timedelta(days=10), T1):
            po = None
            for x in s.payouts:
                if x.start <= t < x.end:
                    po = x
            if po:
                usd = round(s.rate_usd * rng.uniform(20, 90) * (1 if hourly else 1.2), 2)
                amt = round(usd * FX.get(po.currency, 1), 2)
                pay = t.replace(hour=rng.choice([14, 15, 15, 16]), minute=rng.randrange(60), second=rng.randrange(60))
                rows.payments.append({"subject_id": s.sid, "ts": infra.iso(pay), "amount": f"{amt:.2f}", "currency": po.currency,
                                      "method": po.method, "destination": po.dest, "gigforge_provider": po.provider,
                                      "gigforge_status": "completed" if rng.random() < 0.97 else rng.choice(["failed", "returned"]),
                                      "gigforge_client": cl.name})
            t += dt.timedelta(days=rng.choice([14, 14, 21, 30, 30, 45]))
