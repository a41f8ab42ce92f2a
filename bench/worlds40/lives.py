"""People, the rows they leave in the pooled export, and the events those rows carry."""
from __future__ import annotations

from datetime import datetime, timedelta

from . import data
from .infra import A0, T0, T1, UTC, World, iso

BOOKWELL_DOMAIN = "bookwellpartners.com"
HELPDESK = "helpdesk@bookwellit.com"


class Person:
    """A real (or claimed) human being: what every row of theirs may repeat."""

    def __init__(self, w: World, origin: str | None = None, metro=None, first=None, last=None, age=None):
        self.origin = origin or w.wpick(data.ORIGIN_MIX)
        f, l = w.name(self.origin)
        self.first, self.last = first or f, last or l
        self.metro = metro or w.pick(data.METROS)
        age = age or w.r.randint(22, 62)
        self.birth = datetime(2025 - age, w.r.randint(1, 12), w.r.randint(1, 28)).date()
        self.ssn = w.ssn_hash()
        self.email = w.mailbox(self.first, self.last)
        self.phone = w.phone(self.metro[6])
        self.phone_type = "mobile"
        self.address = w.address(self.metro)
        self.home = w.home_ip(self.metro)
        self.router = w.mac()
        self.ssid = w.ssid()
        self.face = None          # media key
        self.keyboards = ["en-US"]
        self.tz = self.metro[2]
        self.offset = self.metro[3]
        self.browser = w.uid("brw-", 16)
        self.mobile = w.uid("mob-", 16)
        self.ua = w.user_agent(w.pick(["win", "win", "win", "mac"]))
        self.mua = w.user_agent("mobile")
        self.nets = [(lambda ip=self.home: ip, 80), (lambda m=self.metro: w.mobile_ip(m), 12)]
        self.night = False
        self.profiles = ""
        self.recovery_phone = None
        self.recovery_phone_type = None

    @property
    def name(self) -> str:
        return f"{self.first} {self.last}"


class Logins:
    """A stream of sign-ins of one row: when, from where, on what."""
    __slots__ = ("start", "end", "n", "nets", "devs", "offset", "night", "platform", "tenant")

    def __init__(self, start, end, n, nets, devs, offset, night=False, platform="entra", tenant=""):
        self.start, self.end, self.n = start, end, n
        self.nets, self.devs, self.offset, self.night = nets, devs, offset, night
        self.platform, self.tenant = platform, tenant


class Laptop:
    """A machine the firm's RMM agent reports on."""

    def __init__(self, w: World, model: str, tz: str, start: datetime, end: datetime, device_id: str | None = None):
        self.device_id = device_id or w.guid()
        self.model = model
        self.hostname = "BW-" + w.hex(6).upper()
        self.tz = tz
        self.tz_late = None            # (from, zone): a zone changed later
        self.keyboards = ["en-US"]
        self.start, self.end = start, end
        self.gateways = []             # (mac, ssid, weight)
        self.processes = list(data.OFFICE_APPS[:6]) + ["NinjaRMMAgent.exe"]
        self.extra_processes = []      # appear in some snapshots
        self.usb = []
        self.displays = []
        self.ports = []
        self.sessions = []             # (host, started_at or None, share of snapshots)


class Pay:
    def __init__(self, start, end, amount, stages, period=14, currency="USD"):
        self.start, self.end, self.amount, self.stages, self.period, self.currency = start, end, amount, stages, period, currency


class Row:
    __slots__ = ("id", "f", "x", "fraud", "kind", "traits", "logins", "laptop", "pay", "ships", "owner", "media")

    def __init__(self, sid, kind, fields, extras, owner=None):
        self.id = sid
        self.f = dict(fields)
        self.f["id"] = sid
        self.f["kind"] = kind
        self.x = extras
        self.fraud = 0
        self.kind = ""
        self.traits: list[str] = []
        self.logins: list[Logins] = []
        self.laptop: Laptop | None = None
        self.pay: Pay | None = None
        self.ships: list = []
        self.owner = owner
        self.media = []  # (path, spec)

    def truth(self):
        seen, toks = set(), []
        for t in [self.kind] + self.traits:
            if t and t not in seen:
                seen.add(t)
                toks.append(t)
        return ";".join(toks)


# ---------------------------------------------------------------- rows of one person

def typed_name(w: World, p: Person) -> str:
    n = p.name
    return w.wpick([(n, 80), (n.lower(), 5), (n.upper(), 4), (f"{p.last}, {p.first}", 6), (f"{p.first}  {p.last}", 2),
                    (f"{p.first} {p.last[:1]}.", 3)])


def application(w: World, p: Person, role: str, when: datetime, nets=None, email=None, phone=None, address=None,
                photo=None, resume=None, idv="pass", birth=True, sid=None) -> Row:
    ph = phone or p.phone
    r = Row(sid or w.uid("app_"), "applicant", {
        "full_name": typed_name(w, p), "email": email or p.email, "phone": w.typed_phone(ph),
        "phone_line_type": p.phone_type if ph == p.phone else "mobile",
        "address": address or p.address, "country": "US",
        "birth_date": p.birth.isoformat() if birth else "", "national_id": p.ssn if idv != "none" and w.chance(0.5) else "",
        "photo": photo or "", "resume": resume or "", "profiles": p.profiles, "employer": "Bookwell Partners",
        "created_at": iso(when), "signup_ip": (nets[0][0]() if nets else p.home)[0],
    }, {"bookwell_source": "bookwell_ats", "bookwell_record": "application", "role": role,
        "idv_vendor": w.pick(["Persona", "Jumio", "Onfido", "ID.me"]), "idv_result": idv if idv != "none" else "",
        "i9_country_claim": "US", "work_authorization": w.wpick([("citizen", 78), ("permanent_resident", 14), ("ead", 6), ("h1b_transfer", 2)]),
        "stage": w.pick(["applied", "screen", "interview", "offer", "hired", "rejected", "withdrawn"])})
    r.logins.append(Logins(when - timedelta(minutes=3), when + timedelta(days=w.r.randint(5, 40)), w.r.randint(1, 4),
                           nets or p.nets[:1], [(p.browser, p.ua, 1)], p.offset, platform="ats", tenant="bookwell-ats"))
    return r


def payroll(w: World, p: Person, role: str, hired: datetime, end: datetime, stages, amount, email=None,
            phone=None, address=None, sid=None) -> Row:
    ph = phone or p.phone
    r = Row(sid or w.uid("ctr_"), "contractor", {
        "full_name": p.name, "email": email or p.email, "phone": ph, "phone_line_type": p.phone_type if ph == p.phone else "mobile",
        "address": address or p.address, "country": "US", "birth_date": p.birth.isoformat(), "national_id": p.ssn,
        "employer": "Bookwell Partners", "created_at": iso(hired),
    }, {"bookwell_source": "bookwell_payroll", "bookwell_record": "contractor", "role": role,
        "pay_method": stages[0][1], "contract_end": end.date().isoformat() if end < T1 else ""})
    r.pay = Pay(hired, end, amount, stages)
    r.logins.append(Logins(max(hired, T0), end, w.r.randint(2, 6), p.nets[:1], [(p.browser, p.ua, 3), (p.mobile, p.mua, 1)],
                           p.offset, platform="payroll", tenant="bookwell-payroll"))
    return r


def client_account(w: World, p: Person, client, start: datetime, end: datetime, devs, nets, night=False,
                   desk_created=True, email=None, per_week=0.8, admin=False, sid=None) -> Row:
    dom = client["domain"]
    if email is None:
        if admin:
            email = w.work_mailbox("bw-" + p.first[:1], p.last, dom)
        elif client["platform"] == "google" and w.chance(0.15):
            email = p.email  # a guest / personal address
        else:
            email = w.work_mailbox(p.first, p.last, dom)
    created = start - timedelta(days=w.r.randint(0, 6), minutes=w.r.randint(0, 600))
    if desk_created:
        rec, recp, recpt, sip = HELPDESK, client["msp_line"], "fixedVoip", client["msp_ip"][0]
    else:
        rec, recp, recpt, sip = p.email, p.phone, p.phone_type, p.home[0]
    r = Row(sid or w.uid("acct_"), "account", {
        "full_name": p.name, "email": email, "phone": p.phone if w.chance(0.55) else "",
        "phone_line_type": p.phone_type, "country": "US", "employer": client["name"], "created_at": iso(created),
        "recovery_email": rec, "recovery_phone": recp, "recovery_phone_line_type": recpt, "signup_ip": sip,
    }, {"bookwell_source": "client_tenant", "bookwell_record": "contractor_account" if not admin else "admin_account",
        "client": client["name"], "tenant_platform": client["platform"],
        "account_status": "disabled" if end < T1 - timedelta(days=20) else "active"})
    if not r.f["phone"]:
        r.f["phone_line_type"] = ""
    weeks = max(1, (min(end, T1) - max(start, T0)).days / 7)
    if end > T0:
        r.logins.append(Logins(max(start, T0), min(end, T1), max(1, int(weeks * per_week * w.r.uniform(0.5, 1.4))), nets, devs,
                               p.offset, night, client["platform"], client["domain"]))
    return r


def laptop_for(w: World, p: Person, role: str, start, end) -> Laptop:
    lp = Laptop(w, w.pick(data.LAPTOPS), p.tz, max(start, T0), min(end, T1))
    lp.keyboards = list(p.keyboards)
    lp.gateways = [(p.router, p.ssid, 10)]
    if role in ("bookkeeper", "tax_preparer"):
        lp.processes += w.r.sample(data.FINANCE_APPS, 2)
    elif role == "erp_developer":
        lp.processes += w.r.sample(data.DEV_APPS, 4)
    elif role == "data_analyst":
        lp.processes += w.r.sample(data.ANALYST_APPS, 3)
    elif role == "helpdesk_technician":
        lp.processes += w.r.sample(data.TECH_TOOLS, 6)
        lp.ports += ["3389/tcp"] if w.chance(0.4) else []
        lp.ports += ["7070/tcp"] if "AnyDesk.exe" in lp.processes else []
    lp.extra_processes = w.r.sample(["Spotify.exe", "slack.exe", "Dropbox.exe", "Grammarly.exe", "ZoomIt.exe", "Notepad++.exe",
                                     "1Password.exe", "LogiOptionsPlus.exe", "Snagit32.exe"], 3)
    lp.usb = w.r.sample(data.USB_COMMON, w.r.randint(1, 4))
    lp.displays = [lp.model.startswith("Mac") and "Built-in Retina Display" or "Built-in Display"] + \
        w.r.sample(data.DISPLAYS[:9], w.r.randint(0, 2))
    return lp


# ---------------------------------------------------------------- events

def _dst(t: datetime) -> int:
    return 1 if 3 <= t.month <= 10 or (t.month == 11 and t.day < 3) else 0


def emit_logins(w: World, row: Row, out: list):
    r = w.r
    for lg in row.logins:
        span = max(60, int((lg.end - lg.start).total_seconds()))
        for _ in range(lg.n):
            d = lg.start + timedelta(seconds=r.randrange(span))
            if lg.night:
                h = r.choice([20, 21, 22, 23, 0, 1, 2, 3, 4, 5])
            else:
                h = min(22, max(6, int(r.gauss(12.5, 2.8))))
                if d.weekday() >= 5 and r.random() < 0.7:
                    d += timedelta(days=2)
            local = d.replace(hour=h, minute=r.randrange(60), second=r.randrange(60))
            t = local - timedelta(hours=lg.offset + _dst(local))
            if t < lg.start or t > T1 + timedelta(days=1):
                t = lg.start + timedelta(minutes=r.randrange(30))
            ip = _wp(r, lg.nets)()
            dev, ua = _wp(r, [((d[0], d[1]), d[2]) for d in lg.devs])
            x = r.random()
            outcome = "success" if x < 0.92 else "challenge" if x < 0.96 else "failure"
            proxy = ("true" if r.random() < 0.75 else "") if ip[7] else ("false" if r.random() < 0.6 else "")
            risk = "none"
            if ip[4] != "US":
                risk = r.choice(["low", "medium", "medium", "high"])
            elif ip[7]:
                risk = r.choice(["none", "low", "low", "medium"])
            elif r.random() < 0.03:
                risk = "low"
            if lg.platform == "entra":
                et = "interactiveUser" if r.random() < 0.6 else "nonInteractiveUser"
                eid = "entra:" + w.hex(32)
            elif lg.platform == "google":
                et = "login_success" if outcome == "success" else "login_challenge" if outcome == "challenge" else "login_failure"
                eid = "gws:" + w.hex(20)
            else:
                et = "ats.candidate.login" if lg.platform == "ats" else "payroll.portal.login"
                eid = lg.platform + ":" + w.hex(20)
            out.append((row.id, iso(t), ip[0], dev, ua, ip[4], outcome, proxy, str(ip[1]), ip[2], ip[3],
                        "%.4f" % (ip[5] + r.uniform(-0.05, 0.05)), "%.4f" % (ip[6] + r.uniform(-0.05, 0.05)), risk, et,
                        w.hex(16), eid, lg.tenant))


def _wp(r, pairs):
    tot = 0
    for _, wt in pairs:
        tot += wt
    x = r.random() * tot
    for v, wt in pairs:
        x -= wt
        if x <= 0:
            return v
    return pairs[-1][0]


def emit_endpoint(w: World, row: Row, out):
    lp = row.laptop
    if lp is None or lp.end <= lp.start:
        return
    r = w.r
    t = lp.start + timedelta(days=r.randint(0, 10), seconds=r.randrange(86400))
    while t < lp.end:
        ts = iso(t)
        dev = lp.device_id

        def add(kind, value, vid="", pid="", started=""):
            rec = {"subject_id": row.id, "ts": ts, "device_id": dev, "kind": kind, "value": value}
            if vid:
                rec["vendor_id"], rec["product_id"] = vid, pid
            if started:
                rec["started_at"] = started
            rec["event_id"] = "rmm:" + w.hex(12)
            out.append(rec)
        add("system", f"{lp.model} / {lp.hostname}")
        add("timezone", lp.tz_late[1] if lp.tz_late and t >= lp.tz_late[0] else lp.tz)
        for k in lp.keyboards:
            add("keyboard", k)
        mac, ssid = _wp(r, [((m, s), wt) for m, s, wt in lp.gateways])
        add("gateway_mac", mac)
        add("network", ssid)
        for p in lp.processes:
            if r.random() < 0.6:
                add("process", p)
        for p in lp.extra_processes:
            if r.random() < 0.2:
                add("process", p)
        for name, vid, pid in lp.usb:
            if r.random() < 0.9:
                add("usb", name, vid, pid)
        for d in lp.displays:
            add("display", d)
        for p in lp.ports:
            add("listening_port", p)
        for host, started, share in lp.sessions:
            if r.random() < share:
                st = started if started else t - timedelta(minutes=r.randint(5, 300))
                add("remote_session", host, started=iso(st))
        t += timedelta(days=r.randint(35, 60), seconds=r.randrange(-20000, 20000))


def emit_pay(w: World, row: Row, out):
    p = row.pay
    if p is None:
        return
    r = w.r
    t = p.start + timedelta(days=r.randint(7, 14))
    while t <= min(p.end, T1):
        method, dest = p.stages[0][1], p.stages[0][2]
        for since, m, d in p.stages:
            if t >= since:
                method, dest = m, d
        amt = round(p.amount * r.uniform(0.75, 1.2), 2)
        out.append((row.id, iso(t.replace(hour=14, minute=0, second=0)), "%.2f" % amt, p.currency, method, dest))
        t += timedelta(days=p.period)
