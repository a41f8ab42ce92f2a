"""World 24 life model: a person (claimed identity + the things they connect with), one check = one subject row,
its IDV sessions, app telemetry and, for the post-hire add-on, the laptop shipment, work-machine check-ins and payouts.
Honest and fraud subjects are turned into rows by this same code."""
from . import data, infra, media
from .infra import DAY, T0, T1


class Person:
    def __init__(self, w, country, city=None, origin=None, gender=None, age=(22, 60)):
        self.country = country
        self.city = city or w.pick(data.CITIES[country])
        self.origin = origin or infra.origin_for(w, country)
        self.first, self.last, self.gender = infra.name_for(w, self.origin, gender)
        self.middle = w.pick("ABCDEJKLMRST") if w.chance(0.3) else None
        self.dob = infra.birth_date(w, *age)
        self.nid = infra.national_id(w, country) if w.chance(0.97) else None
        self.addr = infra.address(w, country, self.city)
        mob_only = w.chance(0.85)
        if country in ("US", "CA") and w.chance(0.035):
            self.phone, self.phone_kind = infra.voip_number(w), "voip"  # Google Voice users
        else:
            self.phone, self.phone_kind = (infra.mobile_number(w, country, self.city), "mobile") if mob_only else (
                infra.landline_number(w, country, self.city), "landline")
        self.email = infra.email_for(w, self.first, self.last, self.dob)
        self.rec_email = infra.email_for(w, self.first, self.last, self.dob) if w.chance(0.35) else None
        self.rec_phone, self.rec_phone_kind = (self.phone, self.phone_kind) if w.chance(0.3) else (None, None)
        self.face = media.new_face(w.rng)
        self.photo_mode = w.wpick([("photo", 82), ("avatar", 6), ("none", 12)])
        self.skills = w.rng.sample(data.SKILLS, w.rng.randrange(3, 7))
        self.title = w.pick(data.TITLES)
        self.school = w.pick(data.UNIS)[0] if w.chance(0.7) else w.pick(["State University", "Community College",
                                                                           "Self-taught", "Bootcamp graduate"])
        self.jobs = media.job_history(w.rng, self.skills)
        self.template = None
        self.resume_override = None
        self.resume_fmt = w.wpick([("pdf", 40), ("docx", 18), ("txt", 8), ("md", 6), ("inline", 10), (None, 18)])
        slug = (self.first + "-" + self.last).lower().replace(" ", "-").replace("'", "")
        self.profiles = []
        if w.chance(0.65):
            self.profiles.append(f"https://www.linkedin.com/in/{slug}-{w.rng.randrange(10 ** 3, 10 ** 6):x}")
        if w.chance(0.35):
            self.profiles.append(f"https://github.com/{slug.replace('-', '')}{w.rng.randrange(100) if w.chance(0.4) else ''}")
        home = infra.home_net(w, country, self.city)
        self.nets = [(home, 80), (infra.mobile_net(w, country, self.city), 20)]
        self.home_net = home
        tz = self.city[4]
        kb = data.LANG.get(country, "en-US")
        self.machine = infra.Machine(w, tz=tz, kb=kb) if w.chance(0.9) else None
        if self.machine:
            self.machine.set_home(w)
            if self.origin in data.HERITAGE_KB and country in ("US", "CA", "GB", "DE") and w.chance(0.12):
                self.machine.kb2 = data.HERITAGE_KB[self.origin]  # a second input layout for the family language
        self.app_share = 0.55
        self.cam = []
        self.bank = ("bank", "acct-" + infra.h(("bank", w.rng.random()), 20))
        self.ship_addr = None
        self.work_nets = None
        self.laptop_fn = None
        self.hours = (8, 22)  # local hours they are active
        self.tokens = []
        self.fraud = False
        self.name_override = None
        self.email_override = None

    def full_name(self, w):
        n = self.name_override or f"{self.first} {self.last}"
        if self.middle and w.chance(0.25):
            n = f"{self.first} {self.middle}. {self.last}"
        if w.chance(0.02):
            n = n.lower()
        elif w.chance(0.03):
            n = f"{self.last.upper()}, {self.first}"
        return n


class Client:
    def __init__(self, w, i):
        self.country = w.wpick([("US", 78), ("GB", 7), ("CA", 6), ("DE", 4), ("IN", 3), ("PH", 2)])
        self.name = w.pick(["Nimbus", "Brightline", "Cobalt", "Quanta", "Lumen", "Vertex", "Harbor", "Pinecone", "Atlas",
                            "Beacon", "Northwind", "Helix", "Orbit", "Sable", "Tandem", "Crescent", "Kestrel", "Juniper",
                            "Meridian", "Summit", "Ironclad", "Cascade", "Fathom", "Polaris"]) + " " + w.pick(
            ["Labs", "Software", "Health", "Financial", "Systems", "Analytics", "Cloud", "AI", "Logistics", "Games",
             "Security", "Commerce", "Data", "Robotics"]) + (f" {i}" if w.chance(0.15) else "")
        self.domain = self.name.lower().replace(" ", "") + w.pick([".com", ".io", ".ai", ".co"])
        self.size = int(3 + 400 * (w.rng.random() ** 3))
        self.addon = w.chance(0.3)
        self.v2 = w.chance(0.6)
        self.lookup = w.chance(0.7)
        self.ts_style = w.rng.randrange(5)
        self.hire_rate = 0.12 + 0.15 * w.rng.random()
        self.v2_from = T0 + w.rng.randrange(0, 300) * DAY


def pick_client(w, country=None, want_addon=None):
    cs = w.clients
    for _ in range(30):
        c = cs[w.rng.randrange(len(cs))] if w.chance(0.3) else w.wpick(w.client_weights)
        if country and c.country != country and w.chance(0.85):
            continue
        if want_addon is not None and c.addon != want_addon:
            continue
        return c
    return c


def local_time(w, day_t, p, tzh):
    """a time on day day_t when the person (local hours p.hours, local zone tzh) is at the keyboard"""
    lo, hi = p.hours
    hr = lo + w.rng.random() * ((hi - lo) % 24 or 24)
    return day_t - day_t % DAY + int((hr - tzh) * 3600) % DAY + w.rng.randrange(0, 60)


def _net(w, nets):
    return w.wpick(nets)


def login(w, sid, t, p, net, dev, ua, client, event_type, outcome="success"):
    ip, asn, owner, cc, city, proxy = infra.resolve(w, net, t)
    row = {"subject_id": sid, "ts": infra.iso(t), "ip": ip, "device_id": dev, "user_agent": ua,
           "country": cc if w.chance(0.97) else None}
    if client.v2 and t >= client.v2_from:
        row.update({"outcome": outcome, "source_proxy": ("true" if proxy and w.chance(0.85) else "false") if w.chance(0.9) else None,
                    "asn": str(asn) if asn else None, "network_owner": owner,
                    "city": city[0] if city else None,
                    "latitude": f"{city[2] + (w.rng.random() - 0.5) * 0.1:.4f}" if city else None,
                    "longitude": f"{city[3] + (w.rng.random() - 0.5) * 0.1:.4f}" if city else None,
                    "risk_level": w.wpick([("none", 70), ("low", 22), ("medium", 6), ("high", 2)]) if not proxy else
                    w.wpick([("low", 40), ("medium", 45), ("high", 15)]),
                    "event_type": event_type, "session_id": "s-" + infra.h(("sess", sid, t), 14),
                    "event_id": "verity:" + infra.h(("ev", sid, t, event_type), 24)})
    w.logins.append(row)
    return ip


def telemetry(w, sid, t, m, extra_procs=(), post=False, remote=None):
    ev = lambda k, v, **kw: w.endpoint.append(dict({"subject_id": sid, "ts": infra.iso(t), "device_id": m.id, "kind": k,
                                                   "value": v}, **kw))
    ev("timezone", m.tz)
    ev("keyboard", m.kb)
    if m.kb2:
        ev("keyboard", m.kb2)
    ev("system", m.system)
    if m.display:
        ev("display", m.display)
    for pr in sorted(set(m.procs) | set(extra_procs)):
        ev("process", pr)
    for name, vid, pid in m.usb:
        ev("usb", name, vendor_id=vid, product_id=pid)
    if m.gw:
        ev("gateway_mac", m.gw)
    if m.ssid and w.chance(0.7):
        ev("network", m.ssid)
    if post:
        for port in m.ports:
            ev("listening_port", port)
        for host, start in m.rsess:
            ev("remote_session", host, started_at=infra.iso(max(T0, t - start)))


def check(w, p, client, when, kind="applicant", hired=None, tokens=None, rows_hint=None):
    """one background check of p ordered by client: a subjects row and its events. Returns the subject id."""
    sid = w.sid()
    when = max(T0, min(T1 - 5 * DAY, when))
    tzh = infra.tz_hours(p.city[4])
    hired = w.chance(client.hire_rate) if hired is None else hired
    if hired and kind == "applicant":
        kind = "employee" if w.chance(0.8) else "contractor"
    photo = None
    if p.photo_mode == "photo":
        photo = p.photo_path(w) if hasattr(p, "photo_path") else w.media.photo(p.face, shot=w.rng.randrange(0, 3))
    elif p.photo_mode == "avatar":
        photo = w.media.avatar("silhouette")
    elif p.photo_mode == "booth":
        photo = w.media.photo(p.face, shot=0, edit={"booth": 1, "bg": (205, 215, 230)})
    res = None
    if p.resume_fmt:
        body = p.resume_override or media.resume_text(
            _stable(p), p.full_name_plain(), p.email, infra.fmt_phone(w, p.phone, p.country, 0),
            p.city[0], p.title, p.skills, p.jobs, p.school, template=p.template)
        res = w.media.resume(sid, body, p.resume_fmt)
    look = client.lookup
    row = {"id": sid, "kind": kind, "full_name": p.full_name(w), "email": p.email_override or p.email,
           "phone": infra.fmt_phone(w, p.phone, p.country), "address": infra.fmt_address(w, p.addr),
           "country": p.country, "birth_date": p.dob if w.chance(0.96) else None, "national_id": p.nid,
           "photo": photo, "resume": res, "profiles": ";".join(p.profiles) or None, "employer": client.name,
           "created_at": infra.iso(when, client.ts_style, tzh), "recovery_email": p.rec_email,
           "recovery_phone": infra.fmt_phone(w, p.rec_phone, p.country) if p.rec_phone else None, "signup_ip": None,
           "phone_line_type": infra.line_type(w, p.phone_kind) if look and w.chance(0.9) else None,
           "recovery_phone_line_type": infra.line_type(w, p.rec_phone_kind) if look and p.rec_phone else None,
           "verity_check_type": w.pick(["standard", "standard", "enhanced", "enhanced_idv"]),
           "verity_client_country": client.country}
    # IDV sessions
    net0 = _net(w, p.nets)
    day = when
    use_app = p.machine is not None and w.chance(p.app_share)
    dev = p.machine.id if use_app else ("fp-" + infra.h(("fp", sid), 10) if w.chance(0.6) else None)
    ua = p.machine.ua if p.machine else w.pick(data.BROWSERS[5:]).format(v=125, m=3)
    first_ip = None
    for i, et in enumerate(["idv.session.start", "idv.document.upload", "idv.selfie.capture"][:w.rng.randrange(1, 4)]):
        t = local_time(w, day + i * w.rng.randrange(0, 2) * DAY, p, tzh)
        out = "success" if not w.chance(0.06) else w.pick(["failure", "challenge"])
        ip = login(w, sid, t, p, net0 if w.chance(0.85) else _net(w, p.nets), dev, ua, client, et, out)
        first_ip = first_ip or ip
        if use_app and et != "idv.document.upload":
            telemetry(w, sid, t, p.machine, extra_procs=p.cam if et == "idv.selfie.capture" or w.chance(0.5) else ())
    if w.chance(0.25):
        row["signup_ip"] = first_ip
    w.subjects.append(row)
    w.truth[sid] = (1 if p.fraud else 0, list(tokens or p.tokens))
    if hired and client.addon:
        post_hire(w, sid, p, client, when + w.rng.randrange(14, 45) * DAY, kind)
    return sid


def _stable(p):
    import random
    return random.Random(p.face["seed"])


def _plain(self):
    return f"{self.first} {self.last}"


Person.full_name_plain = _plain


def post_hire(w, sid, p, client, start, kind):
    if start >= T1 - 10 * DAY:
        return
    addr = p.ship_addr or p.addr
    asset = w.pick(["C02", "FVF", "5CD", "PF3", "H4X"]) + infra.h(("asset", sid), 8).upper()
    w.shipments.append({"subject_id": sid, "ts": infra.iso(start - 5 * DAY), "asset": asset,
                        "address": infra.fmt_address(w, addr), "verity_carrier": w.pick(data.SHIP_NOTES),
                        "verity_item": "laptop"})
    m = p.laptop_fn(w, p) if p.laptop_fn else corp_laptop(w, p)
    nets = p.work_nets or p.nets
    end = T1 if w.chance(0.8) else min(T1, start + w.rng.randrange(60, 400) * DAY)
    tzh = infra.tz_hours(p.city[4])
    t = start
    n = 0
    method, dest = p.bank
    if kind == "contractor" and not p.fraud and w.chance(0.3) and "acct-" in dest:
        method, dest = "wallet", w.pick(["paypal:", "wise:", "payoneer:"]) + infra.h(("wal", sid), 10)
    while t < end and n < 10:
        tt = local_time(w, t, p, tzh)
        login(w, sid, tt, p, _net(w, nets), m.id, m.ua, client, "payroll.verify")
        telemetry(w, sid, tt, m, post=True)
        t += w.rng.randrange(30, 60) * DAY
        n += 1
    t = start + 14 * DAY
    amt = w.rng.randrange(3000, 9000)
    cur = {"GB": "GBP", "DE": "EUR", "CA": "CAD", "IN": "INR", "PH": "PHP"}.get(client.country, "USD")
    while t < end:
        if hasattr(p, "payout_switch") and p.payout_switch and t > p.payout_switch[0]:
            method, dest = p.payout_switch[1]
        w.payments.append({"subject_id": sid, "ts": infra.iso(t - t % DAY + 15 * 3600, 0)[:10], "amount": f"{amt + w.rng.randrange(-50, 50)}.00",
                           "currency": cur, "method": method, "destination": dest,
                           "verity_payroll_provider": w.pick(["ADP", "Gusto", "Rippling", "Deel", "Paychex"])})
        t += (14 if kind == "employee" else 30) * DAY


def corp_laptop(w, p):
    m = infra.Machine(w, os_=w.pick(["win", "mac", "mac"]), tz=p.machine.tz if p.machine else p.city[4],
                      kb=p.machine.kb if p.machine else data.LANG.get(p.country, "en-US"), prefix="lt")
    m.procs = sorted(set(m.procs) | {"CSFalconService.exe" if m.os == "win" else "falcond", "Okta Verify"})
    if p.machine and p.machine.gw:
        m.gw, m.ssid = p.machine.gw, p.machine.ssid
    m.usb = m.usb + ([w.pick(data.USB_HONEST)] if w.chance(0.5) else [])
    return m
