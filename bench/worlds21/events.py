"""Profiles into sign-ins (Assessly's own log and customers' IdP logs), proctoring and MDM telemetry, payouts and shipments."""
import datetime as dt
import hashlib

from . import data
from .infra import T0, T1, hexid, iso, salted, zone, weighted

UTC = dt.timezone.utc
V2_FROM = dt.datetime(2025, 3, 1, tzinfo=UTC)
LAPTOP_UA = {"mac": "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/138.0.0.0 Safari/537.36",
             "win": "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/138.0.0.0 Safari/537.36 Edg/138.0.0.0"}


def _pick(rng, pairs):
    tot = sum(p for p, _ in pairs)
    x = rng.random() * tot
    for p, v in pairs:
        x -= p
        if x < 0:
            return v
    return pairs[-1][1]


def local_time(rng, seg, lo=None, hi=None):
    a = lo or seg.a
    b = hi or seg.b
    if b <= a:
        b = a + dt.timedelta(hours=6)
    span = (b - a).total_seconds()
    for _ in range(4):
        day = a + dt.timedelta(seconds=rng.random() * span)
        z = zone(seg.clock)
        loc = day.astimezone(z)
        h = rng.uniform(*seg.hours)
        base = dt.datetime(loc.year, loc.month, loc.day, tzinfo=z)
        ts = (base + dt.timedelta(hours=h)).astimezone(UTC)
        if a - dt.timedelta(hours=12) <= ts <= min(T1, b + dt.timedelta(hours=12)):
            return ts.replace(microsecond=rng.randrange(1000) * 1000)
    return day.replace(microsecond=0)


class Out:
    def __init__(self):
        self.logins = []
        self.endpoint = []
        self.payments = []
        self.shipments = []


def login_row(rng, sid, ts, net, dev, event, v2, okta=False, extras=None):
    ip = net.pick(rng)
    r = dict(subject_id=sid, ts=iso(ts, 2 if okta else 0), ip=ip, device_id=dev.id if dev else "", user_agent=dev.ua if dev else "",
             country=net.country if rng.random() > 0.03 else "")
    if v2:
        pr = ""
        if rng.random() > 0.15:
            pr = "true" if rng.random() < net.proxy_p else "false"
        o = rng.random()
        outcome = "success" if o < 0.93 else ("failure" if o < 0.97 else ("challenge" if o < 0.995 else "deny"))
        risk = "low" if pr != "true" else rng.choice(["medium", "low", "high"])
        if rng.random() < 0.1:
            risk = rng.choice(["none", "hidden", ""])
        r.update(outcome=outcome, source_proxy=pr, asn=str(net.asn), network_owner=net.owner, city=net.city,
                 latitude=round(net.lat + rng.uniform(-0.02, 0.02), 4), longitude=round(net.lon + rng.uniform(-0.02, 0.02), 4), risk_level=risk,
                 event_type=event, session_id=("102" if okta else "as_") + hexid(rng, 20), event_id=("okta:" if okta else "asy:") + hexid(rng, 32))
    else:
        r.update(outcome="", source_proxy="", asn="", network_owner="", city="", latitude=None, longitude=None, risk_level="", event_type=event if rng.random() < 0.5 else "",
                 session_id="", event_id="")
    r["assessly_browser_tz"] = dev.tz if dev and not okta else ""
    r["assessly_test_id"] = ""
    r["assessly_screen_share"] = ""
    r["assessly_webcam"] = ""
    r["assessly_source"] = "okta_share" if okta else "assessly"
    if extras:
        r.update(extras)
    return r


def ep(out, sid, ts, dev_id, kind, value, rng, vendor=None, product=None, started=None):
    out.endpoint.append(dict(subject_id=sid, ts=iso(ts, 2), device_id=dev_id, kind=kind, value=value, vendor_id=vendor, product_id=product,
                             started_at=iso(started, 0) if started else None,
                             event_id=hashlib.sha1(f"{sid}|{dev_id}|{ts.isoformat()}|{kind}|{value}".encode()).hexdigest()))


def gen(w):
    rng = w.rng
    out = Out()
    for row in w.rows:
        sid = row["id"]
        prof = w.prof[sid]
        segs = prof.segs
        if not segs:
            continue
        weights = [(max(1.0, (s.b - s.a).total_seconds()), s) for s in segs]
        h = prof.hire
        laptop_dev = None
        if h is not None and h.laptop is not None:
            from .infra import Dev
            lp = h.laptop
            laptop_dev = Dev(lp["serial"], LAPTOP_UA.get(lp["plat"], LAPTOP_UA["win"]), lp["plat"], h.mdm["tz"] if h.mdm else "America/Chicago", "en-US", None, lp["model"])
        okta = prof.role == "onb"
        # account creation / first sign-in
        first = segs[0]
        n = prof.n_logins
        for i in range(n):
            seg = _pick(rng, weights)
            ts = local_time(rng, seg, lo=max(seg.a, prof.created) if i else None, hi=None)
            if i == 0:
                ts = max(prof.created, T0 - dt.timedelta(days=400))
                seg = first
            if ts > T1 or ts < T0:
                if ts < T0:
                    continue
                ts = T1 - dt.timedelta(minutes=rng.randrange(1, 5000))
            net = _pick(rng, seg.nets)
            dev = _pick(rng, seg.devs)
            if dev is None:
                dev = laptop_dev if laptop_dev is not None else None
            ev = ("user.session.start" if okta else ("user.account.create" if i == 0 and prof.role == "cand" else "user.session.start"))
            if prof.role == "cand" and i > 0 and rng.random() < 0.25:
                ev = "interview.video.join"
            out.logins.append(login_row(rng, sid, ts, net, dev, ev, okta or ts >= V2_FROM, okta=okta))
        # proctored tests
        for t in range(prof.tests):
            seg = first
            nets = prof.test_nets or seg.nets
            devs = prof.test_devs or seg.devs
            clockseg = seg
            if prof.test_clock:
                from .build import Seg
                clockseg = Seg(seg.a, seg.b, nets, devs, prof.test_clock, (8, 22))
            ts = local_time(rng, clockseg, lo=prof.created, hi=min(T1, prof.created + dt.timedelta(days=25)))
            if ts > T1:
                ts = T1 - dt.timedelta(hours=rng.randint(1, 200))
            net = _pick(rng, nets)
            dev = _pick(rng, devs)
            test_id = "tst_" + hexid(rng, 12)
            share = rng.random() < prof.screen_share
            out.logins.append(login_row(rng, sid, ts, net, dev, "assessment.session.start", ts >= V2_FROM,
                                        extras=dict(assessly_test_id=test_id, assessly_screen_share="true" if share else "false",
                                                    assessly_webcam=("off" if rng.random() < prof.webcam_off else "on"))))
            if dev is not None and rng.random() < prof.proctor_app and dev.plat not in ("android",) and dev.system != "iPhone15,2":
                t2 = ts + dt.timedelta(seconds=rng.randint(20, 200))
                ep(out, sid, t2, dev.id, "system", dev.system, rng)
                ep(out, sid, t2, dev.id, "timezone", dev.tz, rng)
                ep(out, sid, t2, dev.id, "keyboard", dev.kb, rng)
                if dev.display:
                    ep(out, sid, t2, dev.id, "display", dev.display, rng)
                for pr in (prof.tools if dev is (prof.segs[0].devs[0][1] if prof.segs[0].devs else None) or prof.test_devs else dev.procs):
                    ep(out, sid, t2, dev.id, "process", pr, rng)
                if rng.random() < 0.3:
                    ep(out, sid, t2, dev.id, "process", rng.choice(["chrome.exe", "Code.exe", "Zoom.exe", "slack.exe"]) if dev.plat == "win" else rng.choice(["Google Chrome", "zoom.us", "Slack"]), rng)
        for ts, net, dev in prof.late:
            if ts < T1:
                out.logins.append(login_row(rng, sid, ts, net, dev, "user.session.start", True))
        if h is not None:
            hire_events(w, rng, out, sid, prof, h, laptop_dev)
    return out


def hire_events(w, rng, out, sid, prof, h, laptop_dev):
    lp = h.laptop
    if lp and lp.get("ship_to"):
        carrier = rng.choice(["UPS", "FedEx", "DHL", "USPS"])
        out.shipments.append(dict(subject_id=sid, ts=iso(lp["ship_ts"], rng.choice([0, 1])), asset=lp["serial"], address=lp["ship_to"],
                                  assessly_carrier=carrier, assessly_item=lp["model"]))
        if lp.get("yubikey"):
            out.shipments.append(dict(subject_id=sid, ts=iso(lp["ship_ts"] + dt.timedelta(days=1), 1), asset="YK-" + hexid(rng, 8).upper(), address=lp["ship_to"],
                                      assessly_carrier=carrier, assessly_item="YubiKey 5C NFC"))
    m = h.mdm
    if lp and m:
        t = max(h.start, T0) + dt.timedelta(days=rng.randint(2, 6))
        serial = lp["serial"]
        while t < T1:
            ep(out, sid, t, serial, "system", lp["model"], rng)
            ep(out, sid, t, serial, "timezone", m["tz"], rng)
            ep(out, sid, t, serial, "keyboard", m["kb"], rng)
            ep(out, sid, t, serial, "gateway_mac", m["gw"], rng)
            if rng.random() < 0.7:
                ep(out, sid, t, serial, "network", m["ssid"], rng)
            for d in m["displays"]:
                ep(out, sid, t, serial, "display", d, rng)
            for vid, pid, name in m["usb"]:
                ep(out, sid, t, serial, "usb", name, rng, vendor=vid, product=pid)
            if m.get("kvm"):
                k = m["kvm"]
                ep(out, sid, t, serial, "usb", k[4], rng, vendor=k[1], product=k[2])
            for k in m.get("desk_kvm") or []:
                ep(out, sid, t, serial, "usb", k[3], rng, vendor=k[1], product=k[2])
            for pr in m["procs"]:
                if rng.random() < 0.8:
                    ep(out, sid, t, serial, "process", pr if lp["plat"] == "win" or not pr.endswith(".exe") else pr[:-4], rng)
            for port in m["ports"]:
                ep(out, sid, t, serial, "listening_port", port, rng)
            for host, days in m["sessions"]:
                if rng.random() < 0.65:
                    ep(out, sid, t, serial, "remote_session", host, rng, started=t - dt.timedelta(days=days * rng.uniform(0.6, 1.4)))
            t += dt.timedelta(days=rng.randint(9, 16), hours=rng.randint(0, 23))
    p = h.pay
    if p:
        t = max(h.start, T0) + dt.timedelta(days=p["period"])
        provider = rng.choice(["Deel", "Gusto", "ADP", "Remote", "Oyster", "Rippling"])
        while t < T1:
            pay_ts = dt.datetime(t.year, t.month, t.day, 15, 0, tzinfo=UTC)
            dest = p["dest"]
            if p["method"] == "bank":
                dest = "sha256:" + salted("bank", dest)
            elif p["method"] == "wallet" and rng.random() < 0.1:
                dest = dest.upper() if rng.random() < 0.3 else dest
            amt = p["amount"] * rng.uniform(0.97, 1.03)
            cur = p.get("currency", "USD")
            if cur != "USD":
                amt *= {"INR": 83, "PLN": 4, "UAH": 41, "BRL": 5.4, "MXN": 18, "CAD": 1.36, "GBP": 0.79, "EUR": 0.92, "PHP": 56, "NGN": 1500, "PKR": 280,
                        "KRW": 1350, "CNY": 7.2, "VND": 25000, "TWD": 31, "JPY": 150, "SGD": 1.34, "RON": 4.6, "RSD": 108, "EGP": 49, "KES": 129, "TRY": 34,
                        "ARS": 950, "COP": 4000}.get(cur, 1)
            out.payments.append(dict(subject_id=sid, ts=iso(pay_ts, rng.choice([0, 1])), amount=f"{amt:.2f}", currency=cur, method=p["method"], destination=dest,
                                     assessly_provider=provider, assessly_status="paid" if rng.random() > 0.01 else "returned"))
            t += dt.timedelta(days=p["period"])
