"""People and their steps through Hubwise: the person, applying and vetting, placement at a client, laptop, sign-ins, telemetry, payouts."""
import datetime as dt

from . import data as D
from .infra import DAY, WIN0, WIN1, iso, ascii_fold

HUBWISE = "Hubwise"


class Person:
    def __init__(self, w, country, kind, fraud=False, origin=None, city=None, name=None):
        self.w = w
        self.kind = kind
        self.traits = []
        self.fraud = fraud
        self.country = country
        self.city = city or w.city(country)
        if name:
            self.first, self.last, self.origin = name
        else:
            self.first, self.last, self.origin = w.name(country, origin)
        self.middle = None
        self.addr = w.address(country, self.city)
        self.addr_text = None          # override (a facilitator's address, c/o ...)
        self.email_addr = w.email(self.first, self.last, country)
        self.phone = w.phone(country)
        self.phone_type = "mobile"
        self.recovery_email = None
        self.recovery_phone = None
        self.recovery_phone_type = None
        by = w.r.randrange(1972, 2002)
        self.birth = dt.date(by, w.r.randrange(1, 13), w.r.randrange(1, 29))
        self.nid = self.make_nid()
        self.face = w.media.face()
        self.photo_mode = "own"
        self.photo_key = None
        self.title = w.pick(D.TITLES)
        self.stack = list(w.pick(D.STACKS))
        self.years = max(1, 2025 - by - 22 - w.r.randrange(0, 4))
        self.jobs = self.make_jobs()
        self.school = self.make_school()
        self.resume_tpl = w.media.template()
        self.resume_city = None
        self.resume_text = None
        self.handle = (ascii_fold(self.first)[:1] + ascii_fold(self.last)).lower().replace(" ", "").replace("-", "") + (str(w.r.randrange(10, 99)) if w.chance(0.5) else "")
        self.profiles = self.make_profiles()
        home = w.home_net(country, self.city)
        self.home = home
        self.mobile = w.mobile_net(country, self.city)
        self.nets_portal = [(home, 6), (self.mobile, 3)]
        self.nets_work = [(home, 10), (self.mobile, 1)]
        self.device = w.uid("fp_", 16)
        self.devices = [self.device]
        self.ua = w.pick(D.UAS[:4] + D.UAS[6:])
        self.clock = (self.city[3], 9, 18.5)
        self.pay = None
        self.ship_to = None
        self.tele = {"tz": self.city[2], "kb": D.KEYBOARD.get(country, "en-US"), "gw": home.gw, "wifi": home.wifi,
                     "proc": [], "usb": [], "disp": [], "ports": [], "sessions": [], "alt_nets": []}
        self.rows = []
        self.signup_net = None
        self.extras = {}

    def make_nid(self):
        w = self.w
        c = self.country
        if c == "US":
            return f"{w.r.randrange(100, 899):03d}-{w.r.randrange(1, 99):02d}-{w.r.randrange(1, 9999):04d}"
        if c == "IN":
            return f"{w.r.randrange(2000, 9999)} {w.r.randrange(1000, 9999)} {w.r.randrange(1000, 9999)}"
        if c == "NG":
            return f"{w.r.randrange(10**10, 10**11)}"
        if c == "BR":
            return f"{w.r.randrange(100, 999)}.{w.r.randrange(100, 999)}.{w.r.randrange(100, 999)}-{w.r.randrange(10, 99)}"
        return f"{w.pick('ABCDEFGHKLMNPRSTUVX')}{w.pick('ABCDEFGHKLMNPRSTUVX')}{w.r.randrange(1000000, 9999999)}"

    def make_jobs(self):
        w = self.w
        pool = D.PAST_EMPLOYERS.get(self.country, []) + D.PAST_EMPLOYERS["other"]
        jobs, y = [], 2025
        for _ in range(w.r.randrange(2, 4)):
            y0 = y - w.r.randrange(1, 4)
            jobs.append((w.pick(pool), y0, "Present" if y == 2025 else y, w.pick(D.TITLES)))
            y = y0
        return jobs

    def make_school(self):
        w = self.w
        u = D.UNIVERSITIES.get(self.country)
        if u and w.chance(0.7):
            return f"B.Sc. Computer Science, {w.pick(u)}"
        return w.pick(["Self-taught; online courses (freeCodeCamp, Coursera)", "B.Eng. Software Engineering", "Diploma in Information Technology",
                       "B.S. Computer Science", "M.Sc. Computer Engineering"])

    def make_profiles(self):
        w = self.w
        out = []
        if w.chance(0.85):
            out.append(f"https://www.linkedin.com/in/{self.handle}-{w.hex(6)}" if w.chance(0.5) else f"https://linkedin.com/in/{self.handle}")
        if w.chance(0.7):
            out.append(f"https://github.com/{self.handle}")
        if w.chance(0.15):
            out.append(f"https://{self.handle}.dev")
        return out

    def display_name(self):
        return f"{self.first} {self.last}"

    def add_trait(self, *t):
        for x in t:
            if x not in self.traits:
                self.traits.append(x)

    def truth_kind(self):
        return ";".join([self.kind] + self.traits)


# ---------------------------------------------------------------- subject rows

def name_as_typed(w, p):
    n = f"{p.first} {p.last}"
    x = w.r.random()
    if x < 0.08:
        n = n.upper()
    elif x < 0.14:
        n = ascii_fold(n)
    elif x < 0.18:
        n = f"{p.last}, {p.first}"
    elif x < 0.2:
        n = n.lower()
    if p.middle and w.chance(0.5):
        n = n.replace(p.first, f"{p.first} {p.middle}", 1)
    return n


def photo_cell(w, p, variant):
    if p.photo_mode == "none":
        return None
    if p.photo_mode == "avatar":
        return w.media.avatar()
    key = (p.photo_key or id(p), variant)
    return w.media.photo(p.face, fmt=w.pick(["jpg", "jpg", "png"]), quality=w.pick([80, 85, 88, 92]), key=key,
                         backdrop=getattr(p, "backdrop", None))


def resume_cell(w, p, fmt=None, updated=0):
    text = p.resume_text or w.media.resume_text(p, variant=updated)
    if updated and p.resume_text:
        text = text + f"\n\nUpdated {updated}"
    fmt = fmt or w.wpick([("inline", 25), ("pdf", 40), ("docx", 20), ("txt", 8), ("md", 7)])
    return w.media.resume_cell(text, fmt, author=w.pick([p.display_name(), "Microsoft Office User", p.first, "User"]))


def subject_row(w, p, sid, kind, employer, created, source, extras=None, addr=True, photo=True, resume=True, nid=False, birth=True):
    phone_typed = w.fmt_phone(p.phone, p.country)
    row = {"id": sid, "kind": kind, "full_name": name_as_typed(w, p), "email": p.email_addr if not w.chance(0.05) else p.email_addr.upper(),
           "phone": phone_typed if w.r.random() > 0.03 else None,
           "address": None, "country": p.country if w.r.random() > 0.03 else None, "birth_date": p.birth.isoformat() if birth else None,
           "national_id": w.salted(p.nid) if nid else None, "photo": None, "resume": None,
           "profiles": ";".join(p.profiles) if p.profiles else None, "employer": employer, "created_at": created,
           "recovery_email": p.recovery_email, "recovery_phone": w.fmt_phone(p.recovery_phone, p.country) if p.recovery_phone else None,
           "signup_ip": None, "phone_line_type": None, "recovery_phone_line_type": None}
    if row["country"] is None:
        if row["phone"] and not row["phone"].startswith("+"):
            row["phone"] = p.phone
        if row["recovery_phone"] and not row["recovery_phone"].startswith("+"):
            row["recovery_phone"] = p.recovery_phone
    if addr:
        row["address"] = p.addr_text if p.addr_text else (w.fmt_address(p.addr) if w.r.random() > 0.06 else None)
    if photo:
        row["photo"] = photo_cell(w, p, len(p.rows) if w.chance(0.35) else 0)
    if resume:
        row["resume"] = resume_cell(w, p, updated=(2023 + len(p.rows)) if p.rows and w.chance(0.6) else 0)
    row.update({"hubwise_source": source})
    if extras:
        row.update(extras)
    p.rows.append(sid)
    w.add_subject(row, p.truth_kind, p.fraud)
    return row


def line_type(w, t, vendor="twilio"):
    if t is None:
        return None
    if vendor == "twilio":
        return {"mobile": "mobile", "landline": "landline", "voip": w.pick(["nonFixedVoip", "voip", "nonFixedVoip"]), "fixed_voip": "fixedVoip"}[t]
    return {"mobile": "MOBILE", "landline": "FIXED_LINE", "voip": "VOIP", "fixed_voip": "VOIP"}[t]


def pick_net(w, nets):
    return w.wpick(nets)


# ---------------------------------------------------------------- applying to Hubwise

def apply(w, p, t, stage=None, referrer=None, cohort=None, n_logins=None, interview_net=None, interview_device=None):
    """A vetting application: the ATS row, the signup and portal sign-ins, the video interview."""
    sid = w.uid("app_")
    net = p.signup_net or pick_net(w, p.nets_portal)
    stage = stage or w.wpick([("rejected_test", 35), ("rejected_interview", 15), ("withdrawn", 8), ("pool", 20), ("placed", 0), ("in_review", 8)])
    extras = {"hubwise_record": "application", "hubwise_stage": stage, "hubwise_track": p.title, "hubwise_referrer": referrer,
              "hubwise_cohort": cohort, "hubwise_test_score": str(w.r.randrange(40, 100)) if w.chance(0.8) else None}
    style = w.pick(["naive", "naive", "z", ("off", p.clock[0])])
    row = subject_row(w, p, sid, "applicant", HUBWISE, iso(t, style), "hubwise_ats", extras,
                      photo=w.chance(0.75), resume=True, nid=w.chance(0.35), birth=w.chance(0.6))
    row["signup_ip"] = net.ips[0] if len(net.ips) == 1 else w.pick(net.ips)
    row["phone_line_type"] = line_type(w, p.phone_type) if w.chance(0.8) else None
    if p.recovery_phone:
        row["recovery_phone_line_type"] = line_type(w, p.recovery_phone_type or "mobile") if w.chance(0.8) else None
    w.add_login(sid, t, net, p.devices[0], p.ua, "portal", "portal.signup", proxy_known=w.chance(0.8))
    n = n_logins if n_logins is not None else w.r.randrange(2, 8)
    for _ in range(n):
        ts = w.work_ts(p.clock[0] if w.chance(0.5) else p.city[3], 7, 23, t, min(WIN1, t + 120 * DAY))
        nt = pick_net(w, p.nets_portal)
        w.add_login(sid, ts, nt, w.pick(p.devices), p.ua, "portal", "portal.login",
                    outcome="failure" if w.chance(0.04) else "success", proxy_known=w.chance(0.8))
    if stage not in ("rejected_test", "withdrawn"):
        ts = t + w.r.randrange(3, 20) * DAY
        inet = interview_net or pick_net(w, p.nets_portal)
        w.add_login(sid, ts, inet, interview_device or w.pick(p.devices), p.ua, "portal", "interview.video", proxy_known=w.chance(0.8))
    return row


# ---------------------------------------------------------------- placement at a client

def place(w, p, client, start, worker="contractor", payer=None, months=None):
    """A placement: the client's HRIS row, laptop shipment, IdP sign-ins, osquery telemetry, payouts."""
    sid = w.uid("plc_")
    end = min(WIN1, start + (months or w.r.randrange(3, 14)) * 30 * DAY)
    work_email = f"{ascii_fold(p.first).lower().replace(' ', '')}.{ascii_fold(p.last).lower().replace(' ', '')}@{client['domain']}"
    extras = {"hubwise_record": "placement", "hubwise_client": client["name"], "hubwise_worker_type": worker,
              "hubwise_work_email": work_email, "hubwise_start": iso(start, "date"), "hubwise_status": "active" if end >= WIN1 - DAY else "ended",
              "hubwise_payer": payer or HUBWISE}
    created = iso(start, client["date_style"])
    row = subject_row(w, p, sid, "employee" if worker == "employee" else "contractor", client["name"], created, "client_hris", extras,
                      photo=w.chance(0.3), resume=False, nid=w.chance(0.75), birth=w.chance(0.85))
    if client["personal_email"] is False:
        row["email"] = work_email
    laptop = w.uuid()
    p.laptops = getattr(p, "laptops", []) + [laptop]
    # laptop shipment
    addr, rcpt = p.ship_to if p.ship_to else (w.fmt_address(p.addr), p.display_name())
    w.add_shipment(sid, start - w.r.randrange(3, 12) * DAY, f"{client['asset']}-{w.r.randrange(10000, 99999)}", addr, "laptop", rcpt,
                   w.pick(["FedEx International", "DHL Express", "UPS", "Firstbase", "Workwize", "Hofy"]))
    if w.chance(0.2):
        w.add_shipment(sid, start - w.r.randrange(1, 6) * DAY, f"YK-{w.hex(8)}", addr, "security_key", rcpt, "DHL Express")
    # sign-ins
    idp = client["idp"]
    phone_dev = w.uid("okv_", 12) if w.chance(0.6) else None
    n = w.r.randrange(14, 36)
    for _ in range(n):
        ts = w.work_ts(p.clock[0], p.clock[1], p.clock[2], start, end)
        net = pick_net(w, p.nets_work)
        dev = laptop if w.r.random() < 0.8 else phone_dev
        outcome = "success" if w.r.random() > 0.06 else w.pick(["challenge", "failure", "challenge"])
        ev = "user.session.start" if idp == "okta" else w.pick(["interactiveUser", "interactiveUser", "nonInteractiveUser"])
        risk = "low" if not net.proxy else w.pick(["low", "medium", "medium", "high"])
        w.add_login(sid, ts, net, dev, p.ua, idp, ev, outcome=outcome, risk=risk)
    telemetry(w, p, sid, laptop, start, end)
    payouts(w, p, sid, start, end, payer)
    return row


def telemetry(w, p, sid, dev, start, end):
    t = p.tele
    snaps = [start + w.r.randrange(1, 5) * DAY]
    while snaps[-1] + 35 * DAY < end and len(snaps) < 4:
        snaps.append(snaps[-1] + w.r.randrange(25, 45) * DAY)
    system = w.pick(D.SYSTEMS_MAC) if w.chance(0.6) else w.pick(D.SYSTEMS_WIN)
    usb = w.r.sample(D.USB_HONEST, w.r.randrange(1, 4)) + t["usb"]
    disp = w.r.sample(D.DISPLAYS, w.r.randrange(0, 3)) + t["disp"]
    for i, s in enumerate(snaps):
        s += w.r.randrange(0, 86400)
        gw, wifi = t["gw"], t["wifi"]
        if t["alt_nets"] and w.chance(0.35):
            gw, wifi = w.pick(t["alt_nets"])
        w.add_endpoint(sid, s, dev, "system", system)
        w.add_endpoint(sid, s, dev, "timezone", t["tz"])
        w.add_endpoint(sid, s, dev, "keyboard", t["kb"] if not t.get("kb2") or w.chance(0.6) else t["kb2"])
        if gw:
            w.add_endpoint(sid, s, dev, "gateway_mac", gw)
        if wifi:
            w.add_endpoint(sid, s, dev, "network", wifi)
        for pr in w.r.sample(D.PROCESSES, 5) + t["proc"]:
            w.add_endpoint(sid, s, dev, "process", pr)
        for (u, v, pid) in usb:
            if w.chance(0.8):
                w.add_endpoint(sid, s, dev, "usb", u, v, pid)
        for d in disp:
            w.add_endpoint(sid, s, dev, "display", d)
        for port in t["ports"]:
            w.add_endpoint(sid, s, dev, "listening_port", port)
        for (host, began) in t["sessions"]:
            b = max(began, start)
            if b <= s:
                w.add_endpoint(sid, s, dev, "remote_session", host, started=b)


def payouts(w, p, sid, start, end, payer):
    if not p.pay:
        return
    method, dest, provider, cur = p.pay
    amount = w.r.randrange(2800, 9500)
    t = start + 30 * DAY
    k = 0
    while t < end and k < 14:
        d = dest
        if getattr(p, "pay_switch", None) and k >= p.pay_switch[0]:
            method, d, provider = p.pay_switch[1], p.pay_switch[2], p.pay_switch[3]
        w.add_payment(sid, t + w.r.randrange(0, 3 * DAY), amount * (1 + (w.r.random() - 0.5) * 0.04), "USD" if cur not in ("EUR", "GBP", "CAD") else cur,
                      method, d, payer or HUBWISE, provider, memo=w.pick(["monthly invoice", "payroll", "contractor payment", None]))
        t += 30 * DAY
        k += 1


# ---------------------------------------------------------------- payout destinations

def bank_account(w, country):
    if country in ("PL", "RO", "PT", "ES", "DE", "GB", "UA", "RS", "TR", "NL"):
        return f"{country}{w.r.randrange(10, 99)}{''.join(str(w.r.randrange(10)) for _ in range(20))}"
    if country in ("US",):
        return f"{w.pick(['021000021', '026009593', '121000248', '111000614', '322271627'])}:{w.r.randrange(10**9, 10**12)}"
    if country == "CA":
        return f"{w.r.randrange(10000, 99999)}-{w.pick(['001', '002', '003', '004', '006'])}:{w.r.randrange(10**6, 10**8)}"
    return f"{country}-{w.pick(['GTB', 'ZEN', 'KCB', 'HDFC', 'ICICI', 'BDO', 'BBVA', 'ITAU', 'NU', 'MEEZAN', 'BCP', 'VCB'])}-{w.r.randrange(10**9, 10**10)}"


def own_payout(w, p):
    x = w.r.random()
    c = p.country
    if c in ("US", "CA"):
        return ("bank", bank_account(w, c), "ACH" if c == "US" else "EFT", "USD" if c == "US" else "CAD")
    if x < 0.35:
        return ("wallet", f"payoneer:{p.email_addr.lower()}", "Payoneer", "USD")
    if x < 0.65:
        return ("wallet", f"wise:{p.email_addr.lower()}", "Wise", "USD")
    if x < 0.95:
        return ("bank", bank_account(w, c), "SWIFT", D.CURRENCY.get(c, "USD"))
    return ("crypto", "0x" + w.hex(40), "USDC (Polygon)", "USD")
