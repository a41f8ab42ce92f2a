"""People and the rows they leave: developer-console accounts, marketplace profiles, client hires, sign-ins, telemetry, payouts."""
from __future__ import annotations

import datetime as dt
import hashlib

from . import data as D
from .infra import EPOCH, T0, T1

B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"


def nid_hash(raw):
    return hashlib.sha256(("appharbor-kyc|" + raw).encode()).hexdigest()[:32]


class Person:
    """One human (or one persona): identity, home, ways online, machines, payout, traits."""

    def __init__(self, w, country, origin=None, city=None, name=None, age=None, mobile_only=None):
        r = w.r
        cc = D.COUNTRIES[country]
        self.w = w
        self.country = country
        self.city = city or r.choice(cc["cities"])
        self.origin = origin or cc["names"]
        self.first, self.last = name or w.name(self.origin)
        age = age or r.randint(20, 52)
        self.birth = dt.date(2025 - age, r.randint(1, 12), r.randint(1, 28))
        self.nid_raw = f"{country}-{w.hx(12)}"
        self.email = w.mailbox(self.first, self.last, country, self.birth.year)
        self.phone = w.phone(country)
        self.line = "mobile"
        self.address = w.address(country, self.city)
        if mobile_only is None:
            mobile_only = r.random() < cc["cgnat"] * 0.5
        self.home = w.home_net(country, self.city) if not mobile_only else None
        self.mobile = w.carrier_nat(country, self.city)
        self.nets = [(self.home, 8)] if self.home else []
        self.nets.append((self.mobile, 3 if self.home else 10))
        self.browsers = [f"fp_{w.hx(16)}"]
        self.phone_dev = f"fp_{w.hx(16)}"
        self.machine = {"id": f"mac-{w.hx(8)}-{w.hx(4)}-{w.hx(12)}".upper() if r.random() < 0.6 else f"win-{w.hx(12)}",
                        "tz": self.city[4], "kb": cc["kb"]}
        self.machine["system"] = r.choice(D.MAC_MODELS) if self.machine["id"].startswith("MAC") else r.choice(D.WIN_MODELS)
        self.pattern = "local"
        self.payout = None
        self.currency = cc["cur"]
        self.face = r.getrandbits(40)
        self.photo_file = None
        self.backdrop = None
        self.resume_tpl = None
        self.resume_change = 0.15
        self.traits = []
        self.kind = "indie_developer"
        self.fraud = False
        self.recovery_email = w.mailbox(self.first, self.last, country) if r.random() < 0.35 else None
        self.recovery_phone = None
        self.recovery_line = None
        self.github = f"https://github.com/{self.first.lower()}{self.last.lower()[:3]}{w.hx(3)}"
        self.site = None
        self.extra_profiles = []
        self.wifi = r.choice(D.WIFI_HOME).format(n=w.hx(4).upper())
        self.gw = ":".join(w.hx(2) for _ in range(6))
        self.uploads_ci = None
        self.uploader_host = None  # a shared build Mac: (id, system, net)
        self.shared_devices = []   # (device id, weight) in console sign-ins: family PCs, lab phones, cafe PCs
        self.apps = r.choice([0, 1, 1, 2, 3, 5])
        self.paid_apps = r.random() < 0.35
        self.display_name = None
        self.base_off = self.city[3]

    # ---- identity cells ----
    @property
    def full(self):
        return self.display_name or f"{self.first} {self.last}"

    def typed_name(self):
        r = self.w.r
        x = r.random()
        n = self.full
        if x < 0.05:
            return n.upper()
        if x < 0.09:
            return n.lower()
        if x < 0.13 and " " in n:
            f, l = n.split(" ", 1)
            return f"{l}, {f}"
        return n

    def set_bank(self):
        self.payout = ("bank", bank_account(self.w, self.country), self.currency)

    def add_trait(self, *t):
        for x in t:
            if x not in self.traits:
                self.traits.append(x)


def bank_account(w, country):
    r = w.r
    if country == "US":
        return f"ACH {r.choice(['021000021', '026009593', '121000248', '111000614', '322271627', '071000013'])}:{r.randrange(10**9, 10**11)}"
    if country == "IN":
        return f"IFSC {r.choice(['HDFC0001234', 'ICIC0000456', 'SBIN0004321', 'UTIB0000789'])} A/C {r.randrange(10**13, 10**14)}"
    if country == "NG":
        return f"NUBAN {r.randrange(10**9, 10**10)} ({r.choice(['GTBank', 'Access Bank', 'Zenith', 'Kuda', 'UBA'])})"
    if country in ("GB", "DE", "PL", "UA", "RO", "RS", "PT", "ES", "NL", "TR", "AE", "PK", "GE", "EG", "BR"):
        return f"{country}{r.randrange(10, 99)}{w.hx(4).upper()}{r.randrange(10**13, 10**14)}"
    return f"{country}-{w.hx(3).upper()}-{r.randrange(10**9, 10**11)}"


def wallet(w, kind="payoneer", email=None):
    r = w.r
    if kind == "payoneer":
        return f"payoneer:{r.randrange(10**7, 10**8)}"
    if kind == "wise":
        return f"wise:@{w.hx(8)}"
    if kind == "paypal":
        return f"paypal:{email or w.hx(8) + '@gmail.com'}"
    return "USDT-TRC20:T" + "".join(r.choice(B58) for _ in range(33))


def created_at(w, t, src):
    """created_at as each source writes it."""
    if src == "console":
        return w.iso(t, "z")
    if src == "market":
        return w.iso(t, "naive")
    return w.iso(t, "date") if w.r.random() < 0.5 else w.iso(t, "ms")


def _pick_net(w, nets):
    tot = sum(x[1] for x in nets)
    v = w.r.random() * tot
    for n, wt in nets:
        v -= wt
        if v <= 0:
            return n
    return nets[-1][0]


def _when(w, day, net, p, pattern):
    if pattern == "base":
        return w.when(day, p.base_off, "local")
    return w.when(day, net.off if pattern == "local" else p.city[3], pattern)


def sign_ins(w, sid, p, source, k, a=T0, b=T1, nets=None, browsers=None, pattern=None, event="console.signin", extra_devices=None):
    r = w.r
    nets = nets or p.nets
    browsers = browsers or p.browsers
    pattern = pattern or p.pattern
    for _ in range(k):
        net = _pick_net(w, nets)
        day = w.day(a, b)
        t = _when(w, day, net, p, pattern)
        if extra_devices and r.random() < 0.35:
            dev, ua = r.choice(extra_devices), r.choice(D.UA_DESKTOP)
        elif net.kind == "cgnat" or r.random() < 0.12:
            dev, ua = p.phone_dev, r.choice(D.UA_MOBILE)
        else:
            dev, ua = r.choice(browsers), D.UA_DESKTOP[int(browsers[0][-4:], 16) % len(D.UA_DESKTOP)]
        x = r.random()
        outcome = "success" if x < 0.9 else ("failure" if x < 0.96 else "challenge")
        w.login(sid, t, net, dev, ua, event, "appharbor_" + source, outcome=outcome,
                style="z" if source == "console" else "naive")


def payouts(w, sid, dest, months, payer, lo=40, hi=3000, start=T0, memo=""):
    method, acct, cur = dest
    r = w.r
    m0 = start.month if start.year == 2025 else 1
    for m in range(m0, min(12, m0 + months) + 1):
        t = dt.datetime(2025, m, r.choice([3, 4, 5, 15]), r.randrange(0, 23), r.randrange(60))
        amt = r.uniform(lo, hi)
        w.pay(sid, t, amt, "USD" if method != "bank" or r.random() < 0.5 else cur, method, acct, payer, memo)


def dev_account(w, p, org=None, role=None, created=None, idv=0.5, photo_p=0.4, k=None, apps=None, signup_net=None, email=None,
                recovery_email="own", uploads=True, pay=True, extra_phases=(), payout_override=None, address_p=0.6):
    """A developer-program account on the Appharbor console."""
    r = w.r
    sid = w.new_id("dev")
    created = (created or w.day(EPOCH, dt.datetime(2025, 10, 1))) + dt.timedelta(seconds=r.randrange(86400))
    ccell = p.country if r.random() < 0.97 else None
    signup_net = signup_net or _pick_net(w, p.nets)
    verified = r.random() < idv
    photo = None
    if r.random() < photo_p:
        if p.photo_file is None or r.random() < 0.3:
            p.photo_file = w.media.photo(p.face, p.backdrop) if p.face is not None else w.media.default_avatar
        photo = p.photo_file
    apps = p.apps if apps is None else apps
    profiles = [p.github] if r.random() < 0.6 else []
    if p.site:
        profiles.append(p.site)
    profiles += p.extra_profiles
    rec_e = p.recovery_email if recovery_email == "own" else recovery_email
    w.subjects.add(id=sid, kind="account", full_name=p.typed_name(), email=email or p.email, phone=w.typed_phone(p.phone, ccell),
                   address=w.retype_address(p.address) if r.random() < address_p else None, country=ccell,
                   birth_date=p.birth.isoformat() if verified else None, national_id=nid_hash(p.nid_raw) if verified and r.random() < 0.8 else None,
                   photo=photo, resume=None, profiles=";".join(profiles) or None, employer=org["name"] if org else None,
                   created_at=created_at(w, created, "console"), recovery_email=rec_e,
                   recovery_phone=w.typed_phone(p.recovery_phone, ccell) if p.recovery_phone else None, signup_ip=r.choice(signup_net.ips),
                   phone_line_type=p.line if r.random() < 0.85 else None, recovery_phone_line_type=p.recovery_line if p.recovery_phone else None,
                   appharbor_source="console", appharbor_record="developer_account", org_id=org["id"] if org else None, org_role=role,
                   apps_published=str(apps), verification="verified" if verified else r.choice(["pending", "none", "none"]))
    w.login(sid, created, signup_net, p.browsers[0], r.choice(D.UA_DESKTOP), "account.create",
            "appharbor_console")
    k = k if k is not None else r.randint(2, 12)
    sign_ins(w, sid, p, "console", k, extra_devices=[d for d, _ in p.shared_devices] or None)
    for ph in extra_phases:
        sign_ins(w, sid, ph["p"], "console", ph["k"], a=ph["a"], b=ph.get("b", T1), nets=ph["nets"], browsers=ph["browsers"],
                 pattern=ph.get("pattern"))
    if uploads and apps:
        _uploads(w, sid, p, r.randint(1, 6))
    dest = payout_override or p.payout
    if pay and dest and p.paid_apps and apps:
        payouts(w, sid, dest, r.randint(3, 11), "appharbor_payouts", 20, 4000, memo="app proceeds")
    return sid


def _uploads(w, sid, p, k):
    r = w.r
    host = p.uploader_host
    mach = p.machine
    told = set()
    for _ in range(k):
        day = w.day()
        if p.uploads_ci and r.random() < 0.6:
            net = w.ci_pool(p.uploads_ci[0])
            dev = r.choice(p.uploads_ci[1]) if p.uploads_ci[1] else None
            w.login(sid, w.when(day, 0, "local"), net, dev, "harbor-cli/2.8.0 (ci)", "build.upload", "appharbor_console")
            continue
        if host and r.random() < 0.7:
            dev, system, net, tz, kb = host["id"], host["system"], host["net"], host["tz"], host["kb"]
        else:
            dev, system, net, tz, kb = mach["id"], mach["system"], _pick_net(w, p.nets), mach["tz"], mach["kb"]
        t = _when(w, day, net, p, p.pattern)
        w.login(sid, t, net, dev, r.choice(D.UA_UPLOADER), "build.upload", "appharbor_console")
        if dev not in told:
            told.add(dev)
            w.ep(sid, t, dev, "system", system)
            w.ep(sid, t, dev, "timezone", tz)
            w.ep(sid, t, dev, "keyboard", kb)


def market_profile(w, p, created=None, k=None, rate=None, email=None, idv=0.35, photo_p=0.85, resume=True, signup_net=None, pay=True,
                   extra_phases=(), payout_phases=None):
    """A freelancer profile on the Appharbor Talent marketplace."""
    r = w.r
    sid = w.new_id("frl")
    created = (created or w.day(dt.datetime(2019, 1, 1), dt.datetime(2025, 9, 1))) + dt.timedelta(seconds=r.randrange(86400))
    signup_net = signup_net or _pick_net(w, p.nets)
    verified = r.random() < idv
    photo = None
    if r.random() < photo_p:
        if p.photo_file is None or r.random() < 0.3:
            p.photo_file = w.media.photo(p.face, p.backdrop) if p.face is not None else w.media.default_avatar
        photo = p.photo_file
    res = None
    if resume:
        text = w.media.resume_text(p.full, email or p.email, p.resume_tpl, p.resume_change)
        res = w.media.resume_cell(text, author=p.full if r.random() < 0.7 else "")
    profiles = [p.github]
    if r.random() < 0.6:
        profiles.append(f"https://www.linkedin.com/in/{p.first.lower()}-{p.last.lower()}-{w.hx(6)}")
    if p.site:
        profiles.append(p.site)
    profiles += p.extra_profiles
    w.subjects.add(id=sid, kind="applicant", full_name=p.typed_name(), email=email or p.email, phone=w.typed_phone(p.phone, p.country),
                   address=w.retype_address(p.address) if r.random() < 0.5 else None, country=p.country,
                   birth_date=p.birth.isoformat() if verified else None, national_id=nid_hash(p.nid_raw) if verified else None,
                   photo=photo, resume=res, profiles=";".join(profiles), employer=None, created_at=created_at(w, created, "market"),
                   recovery_email=p.recovery_email, recovery_phone=w.typed_phone(p.recovery_phone, p.country) if p.recovery_phone else None,
                   signup_ip=r.choice(signup_net.ips), phone_line_type=p.line, recovery_phone_line_type=p.recovery_line if p.recovery_phone else None,
                   appharbor_source="talent", appharbor_record="freelancer_profile", hourly_rate=str(rate or r.choice([15, 20, 25, 30, 35, 45, 60, 80, 110])),
                   headline=r.choice(["iOS Developer", "Android Developer", "Flutter Developer", "React Native Developer", "Mobile App Developer",
                                      "Full-stack Mobile Engineer", "Unity Game Developer"]))
    w.login(sid, created, signup_net, p.browsers[0], r.choice(D.UA_DESKTOP), "account.create", "appharbor_talent",
            style="naive")
    sign_ins(w, sid, p, "talent", k if k is not None else r.randint(2, 10), event="talent.signin",
             extra_devices=[d for d, _ in p.shared_devices] or None)
    for ph in extra_phases:
        sign_ins(w, sid, ph["p"], "talent", ph["k"], a=ph["a"], b=ph.get("b", T1), nets=ph["nets"], browsers=ph["browsers"],
                 pattern=ph.get("pattern"), event="talent.signin")
    if pay:
        for dest, months, start in (payout_phases or ([(p.payout, r.randint(2, 10), T0)] if p.payout else [])):
            payouts(w, sid, dest, months, "appharbor_talent", 100, 2500, start=start, memo="withdrawal")
    return sid


def home_env(p):
    """Where an honest person's work laptop sits: their home."""
    return {"nets": p.nets, "wifi": p.wifi, "gw": p.gw, "tz": p.city[4], "kb": p.machine["kb"], "procs": [], "usb": [], "displays": [],
            "ports": [], "sessions": [], "ship_to": p.address, "pattern": p.pattern}


def hire(w, p, client, start=None, env=None, months=None, email=None, idv=0.75, pay=True, payout=None, laptop=True):
    """A client's record of a developer hired through the marketplace: SSO sign-ins, a managed laptop, telemetry, contract pay."""
    r = w.r
    sid = w.new_id("hire")
    env = env or home_env(p)
    start = start or w.day(dt.datetime(2024, 6, 1), dt.datetime(2025, 10, 1))
    end = min(T1, start + dt.timedelta(days=(months or r.randint(3, 14)) * 30))
    a = max(start, T0)
    work_email = w.work_mailbox(p.first, p.last, client["domain"]) if client["work_email"] else None
    verified = r.random() < idv
    w.subjects.add(id=sid, kind="contractor", full_name=p.typed_name(), email=email or work_email or p.email,
                   phone=w.typed_phone(p.phone, p.country) if r.random() < 0.9 else None,
                   address=w.retype_address(p.address) if r.random() < 0.8 else None, country=p.country,
                   birth_date=p.birth.isoformat() if verified else None, national_id=nid_hash(p.nid_raw) if verified else None,
                   photo=None, resume=None, profiles=None, employer=client["name"], created_at=created_at(w, start, "client"),
                   recovery_email=(email or p.email) if work_email and r.random() < 0.6 else None, appharbor_source="client_sso",
                   appharbor_record="contract_hire", client=client["name"])
    if not laptop or a >= end:
        return sid
    dev = f"osq-{w.hx(8)}-{w.hx(4)}-{w.hx(4)}-{w.hx(12)}"
    model = r.choice(D.CLIENT_LAPTOPS)
    w.ship(sid, start - dt.timedelta(days=r.randint(3, 12), hours=-r.randint(8, 20)), f"{client['tag']}-{r.randrange(10000, 99999)}", env["ship_to"],
           r.choice(["UPS", "FedEx", "DHL Express"]), f"laptop {model}")
    k = max(2, int((end - a).days / 30 * r.uniform(2.5, 5)))
    idp = client["idp"]
    sess = w.hx(6)
    for i in range(k):
        net = _pick_net(w, env["nets"])
        day = w.day(a, end)
        t = _when(w, day, net, p, env["pattern"])
        x = r.random()
        outcome = "success" if x < 0.93 else ("challenge" if x < 0.98 else "failure")
        w.login(sid, t, net, dev, r.choice(D.UA_DESKTOP[:5]), "user.session.start" if idp == "okta" else "interactiveUser",
                "client_" + idp, outcome=outcome, style="ms" if idp == "okta" else "iso", risk=r.choice(["none", "low", "low", "none"]) if idp == "entra" else None,
                session=f"{sess}{i:03d}", event_id=f"{idp}:{w.hx(16)}", proxy_report=0.7)
    _telemetry(w, sid, dev, model, env, a, end, client)
    if pay:
        dest = payout or p.payout
        if dest:
            m = max(1, min(12, (end - a).days // 30))
            payouts(w, sid, dest, m, "appharbor_talent", 1500, 7500, start=a, memo=f"contract {client['tag']}")
    return sid


def _telemetry(w, sid, dev, model, env, a, end, client):
    r = w.r
    t = a + dt.timedelta(hours=r.randrange(6, 30))
    snaps = 1 + max(0, (end - a).days // r.randint(25, 45))
    for s in range(min(snaps, 6)):
        ts = t + dt.timedelta(days=30 * s)
        if ts > end:
            break
        if s == 0:
            w.ep(sid, ts, dev, "system", model)
        w.ep(sid, ts, dev, "timezone", env["tz"])
        w.ep(sid, ts, dev, "keyboard", env["kb"])
        if env.get("kb2") and r.random() < 0.8:
            w.ep(sid, ts, dev, "keyboard", env["kb2"])
        w.ep(sid, ts, dev, "network", env["wifi"])
        w.ep(sid, ts, dev, "gateway_mac", env["gw"])
        procs = r.sample(D.DEV_PROCS, 5) + [client["security"]] + list(env["procs"]) + list(client.get("fleet_tools", ()))
        for pr in procs:
            w.ep(sid, ts, dev, "process", pr)
        for port in env["ports"]:
            w.ep(sid, ts, dev, "listening_port", port)
        for name, vid, pid in env["usb"] + ([r.choice(D.USB_COMMON)] if r.random() < 0.7 else []):
            w.ep(sid, ts, dev, "usb", name, vendor_id=vid, product_id=pid)
        for disp in env["displays"] + ([r.choice(D.DISPLAYS)] if r.random() < 0.6 else []):
            w.ep(sid, ts, dev, "display", disp)
        for host, opened in env["sessions"]:
            w.ep(sid, ts, dev, "remote_session", host, started_at=w.iso(max(a, min(ts, opened)), "z"))
