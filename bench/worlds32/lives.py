"""People, places, mailboxes, employers, platforms, and the rows each source exports about them."""
from . import data as D
from .infra import DAY, T0, T1, US_STATE_CITY

# ============================================================================================ places


class Place:
    __slots__ = ("country", "city", "tz", "lat", "lon", "metro", "ct", "state")

    def __init__(self, country, city, tz, lat, lon, metro=None, ct=None, state=None):
        self.country, self.city, self.tz, self.lat, self.lon = country, city, tz, lat, lon
        self.metro, self.ct, self.state = metro, ct, state


def us_place(w, metro=None):
    m = metro or w.wpick([(x, x[7]) for x in D.US_CITIES])
    return Place("US", m[0], m[2], m[3], m[4], metro=m, state=m[1])


def foreign_place(w, country, city=None):
    cs = D.COUNTRIES[country]["cities"]
    c = city or w.pick(cs)
    if isinstance(c, str):
        c = [x for x in cs if x[0] == c][0]
    return Place(country, c[0], c[1], c[2], c[3], ct=c)


def home_net(w, pl):
    if pl.country == "US":
        return w.us_residential(pl.metro)
    return w.foreign_home(pl.country, pl.ct)


def mobile_net(w, pl):
    if pl.country == "US":
        return w.us_mobile(pl.metro)
    return w.foreign_mobile(pl.country, pl.ct)


class Stay:
    __slots__ = ("t0", "t1", "place", "nets")

    def __init__(self, t0, t1, place, nets):
        self.t0, self.t1, self.place, self.nets = t0, t1, place, nets


# ============================================================================================ people


class Person:
    def __init__(self):
        self.tokens = []
        self.primary = ""
        self.fraud = False
        self.rows = []
        self.stays = []
        self.clock = None          # (tz, profile) the person keeps; None: the stay's zone, 'day'
        self.victim_of = None
        self.phone2 = None
        self.alt_emails = []
        self.devices = []
        self.router_mac = None
        self.ssid = None
        self.card = None
        self.bank = None
        self.payout = None
        self.photo_face = None
        self.photo_bg = None
        self.resume = None
        self.mailbox = None
        self.household = None
        self.github = None
        self.linkedin = None
        self.recovery_email = None
        self.recovery_phone = None
        self.prev_name = None
        self.home_addr_str = None
        self.home_addr = None
        self.id_doc = None
        self.ssn = None

    def add(self, *toks):
        for t in toks:
            if t and t not in self.tokens:
                self.tokens.append(t)

    def stay_at(self, t):
        for s in self.stays:
            if s.t0 <= t < s.t1:
                return s
        return self.stays[-1] if t >= self.stays[-1].t0 else self.stays[0]

    @property
    def name(self):
        return f"{self.first} {self.last}"


def new_person(w, country="US", origin=None, place=None, age=(23, 62), sex=None, phone_line=None):
    r = w.r
    p = Person()
    p.pid = w.hexs(8)
    p.country = country
    if origin is None:
        origin = w.origin_for_us() if country == "US" else D.COUNTRIES[country]["origin"]
        if country not in ("US",) and r.random() < 0.04:
            origin = w.origin_for_us()
    p.origin = origin
    p.sex, p.first, p.middle, p.last = w.make_name(origin, sex)
    a = r.randint(*age)
    p.dob = w.epoch(2025 - a, r.randint(1, 12), r.randint(1, 28))
    p.by = 2025 - a
    pl = place or (us_place(w) if country == "US" else foreign_place(w, country))
    p.home = pl
    if country == "US":
        metro = pl.metro if pl.country == "US" else w.wpick([(x, x[7]) for x in D.US_CITIES])
        p.ssn = "%03d%02d%04d" % (r.randint(1, 899), r.randint(1, 99), r.randint(1, 9999))
        p.home_addr = w.us_street(metro)
        p.id_doc = ("drivers_license", metro[1] + w.alnum(1, "ABCDEFGHJKLMNPRSTWXYZ") + "%08d" % r.randint(0, 10 ** 8 - 1))
        area = w.pick(metro[5]) if r.random() < 0.8 else None
        line = phone_line or ("voip" if r.random() < 0.05 else "mobile")
        p.phone = w.phone_us(area, line)
    else:
        p.home_addr_str = w.foreign_addr(country, pl.city)
        p.id_doc = ("foreign_passport", country + w.alnum(8, "0123456789ABCDEFGHJKLMNPRSTUVWXYZ"))
        p.phone = w.phone_foreign(country) if country in D.COUNTRIES else w.phone_us()
    p.email = w.email(p.first, p.last, by=p.by) if country == "US" or r.random() < 0.6 else \
        w.email(p.first, p.last, domain=w.pick(D.COUNTRIES[country]["mail"]), by=p.by)
    p.laptop = w.device("laptop")
    p.mobile = w.device("phone")
    p.devices = [(p.laptop, 6), (p.mobile, 4)]
    p.homenet = home_net(w, pl)
    p.mobnet = mobile_net(w, pl)
    p.router_mac = w.mac()
    p.ssid = w.ssid(p.last)
    p.stays = [Stay(T0 - 12 * 365 * DAY, T1 + DAY, pl, [(p.homenet, 6), (p.mobnet, 3)])]
    p.photo_face = r.getrandbits(30)
    p.card = "card_fp:" + w.hexs(16)
    p.bank = "bank:" + w.h("acct", p.pid, w.salt, k=16)
    return p


def fmt_home(w, p, style=None):
    if p.home_addr is not None:
        return w.fmt_us(p.home_addr, style)
    return p.home_addr_str or ""


def nat_id(w, value):
    return "sha256:" + w.h(w.salt, value, k=24)


# ============================================================================================ Boxpoint mailboxes

ABBR = [("West ", "W "), ("East ", "E "), ("North ", "N "), ("South ", "S "), ("Avenue", "Ave"), ("Street", "St"),
        ("Boulevard", "Blvd"), ("Parkway", "Pkwy"), ("Road", "Rd"), ("Drive", "Dr"), ("Highway", "Hwy"), ("Lane", "Ln"),
        ("Plaza", "Plz"), ("3rd Floor", "Fl 3"), ("14th Floor", "Fl 14")]


class Mailbox:
    def __init__(self, loc, box, plan, holder, opened, shared_suite=None):
        self.loc, self.box, self.plan, self.holder, self.opened = loc, box, plan, holder, opened
        self.shared_suite = shared_suite
        self.recipients = []
        self.company = None
        self.store_kiosk = None


class Boxpoint:
    """Locations, box numbers and how addresses at them are written."""

    def __init__(self, w):
        self.w = w
        self.locs = D.BOXPOINT_LOCATIONS
        self.next_box = {l[0]: w.r.randint(100, 400) for l in self.locs}
        self.kiosk = {}
        self.cowork_suite = {}

    def loc(self, code):
        return [l for l in self.locs if l[0] == code][0]

    def pick_loc(self, types, state=None):
        c = [(l, l[6]) for l in self.locs if l[5] in types]
        if state is not None:
            near = [x for x in c if x[0][3] == state]
            if near and self.w.r.random() < 0.85:
                c = near
        return self.w.wpick(c)

    def new_box(self, loc):
        w = self.w
        if loc[5] == "reship_warehouse":
            return str(w.r.randint(10000, 99999))
        n = self.next_box[loc[0]]
        self.next_box[loc[0]] += w.r.choice([1, 1, 1, 2, 3, 7])
        return str(n)

    def open(self, loc, plan, holder, opened, shared_suite=None):
        return Mailbox(loc, self.new_box(loc) if not shared_suite else None, plan, holder, opened, shared_suite)

    def metro(self, loc):
        return US_STATE_CITY.get(loc[3]) or D.US_CITIES[0]

    def address(self, mb, style=None, box_style=None):
        w, r = self.w, self.w.r
        loc = mb.loc
        street = loc[1]
        if r.random() < 0.62:
            for a, b in ABBR:
                street = street.replace(a, b)
        parts = [street]
        bsuite = loc[7]
        if mb.shared_suite:
            parts.append(mb.shared_suite if r.random() < 0.9 else mb.shared_suite.replace("Ste", "Suite"))
        else:
            if bsuite and r.random() < 0.75:
                parts.append(bsuite if r.random() < 0.6 else bsuite.replace("Ste ", "Suite ").replace("Suite ", w.pick(["Ste ", "Suite ", "#"])))
            if loc[5] == "reship_warehouse":
                fmt = box_style or w.wpick([("Ste BX{n}", 25), ("BX-{n}", 20), ("#BX{n}", 15), ("Unit {n}", 10), ("Suite {n}", 10),
                                            ("BX{n}", 10), ("", 6), ("Box {n}", 4)])
            else:
                fmt = box_style or w.wpick(D.SUITE_STYLES)
            if fmt:
                parts.append(fmt.format(n=mb.box))
        line1 = " ".join(parts)
        zipc = loc[4]
        style = style or w.wpick([("comma", 55), ("newline", 12), ("upper", 8), ("nozip", 5), ("usa", 10), ("lower", 3), ("twoline", 7)])
        if style == "newline":
            s = f"{line1}\n{loc[2]}, {loc[3]} {zipc}"
        elif style == "nozip":
            s = f"{line1}, {loc[2]}, {loc[3]}"
        elif style == "usa":
            s = f"{line1}, {loc[2]}, {loc[3]} {zipc}, United States"
        elif style == "twoline" and len(parts) > 1:
            s = f"{' '.join(parts[:-1])}, {parts[-1]}, {loc[2]}, {loc[3]} {zipc}"
        else:
            s = f"{line1}, {loc[2]}, {loc[3]} {zipc}"
        if style == "upper":
            s = s.upper()
        elif style == "lower":
            s = s.lower()
        return s

    def kiosk_for(self, loc):
        k = self.kiosk.get(loc[0])
        if k is None:
            w = self.w
            m = self.metro(loc)
            net = w.venue(("store", loc[0]), "boxpoint_store", None, "US", loc[2], m[3], m[4], n=1)
            dev = w.device("laptop", "win")
            k = self.kiosk[loc[0]] = (net, dev)
        return k


# ============================================================================================ organisations


class Employer:
    pass


def make_employers(w, n):
    r = w.r
    out = []
    used = set()
    for i in range(n):
        while True:
            nm = f"{w.pick(D.EMPLOYER_WORDS_A)} {w.pick(D.EMPLOYER_WORDS_B)}"
            if nm not in used:
                used.add(nm)
                break
        e = Employer()
        e.name = nm + (w.pick([" Inc.", ", Inc.", " LLC", "", " Corp", " Co."]) if r.random() < 0.5 else "")
        e.short = nm
        e.domain = nm.lower().replace(" ", "") + w.pick([".com", ".com", ".io", ".co", ".ai", ".health", ".com"])
        e.code = "".join(x[0] for x in nm.split()).upper() + str(r.randint(1, 9))
        e.size = r.choices(["startup", "mid", "large"], [40, 40, 20])[0]
        e.weight = {"startup": 1, "mid": 3, "large": 7}[e.size] * r.uniform(0.5, 1.5)
        e.idp = r.choices(["okta", "entra"], [55, 45])[0]
        e.os = r.choices(["mac", "win", "mixed"], [35, 35, 30])[0]
        e.payroll = w.pick(D.PAYROLL)
        e.mask_bank = r.random() < 0.08
        e.routing = "%09d" % r.randint(10 ** 8, 10 ** 9 - 1)
        e.office = us_place(w)
        e.office_addr = w.us_street(e.office.metro)
        e.office_net = w.venue(("office", nm), "office", None, "US", e.office.city, e.office.lat, e.office.lon, n=r.randint(2, 6))
        e.depot = w.pick(D.IT_DEPOTS) if r.random() < 0.35 else None
        e.ats = w.pick(["greenhouse", "lever", "workday", "ashby", "icims", "smartrecruiters"])
        e.exports_photo = r.random() < 0.25
        e.resume_inline = r.random() < 0.3
        e.ts_style = w.pick(["Z", "ms", "tz:America/New_York", "tz:America/Los_Angeles", "space", "plus0", "utcname", "zname:America/Chicago"])
        e.egress = w.pick([D.ZSCALER, D.NETSKOPE, D.PRISMA]) if (e.size == "large" and r.random() < 0.6) else None
        e.worker_contractor = r.random() < 0.3
        e.kvm_friendly = False
        e.young = e.size == "startup" and r.random() < 0.25
        out.append(e)
    return out


# ============================================================================================ sign-ins


def sign_ins(w, p, sid, source, scheme, n, t_from, t_to, app="", devices=None, nets=None, clock=None, events=None,
             fail=0.04, challenge=0.0, session_len=1):
    """n sign-ins of person p on one row between t_from and t_to, from where p is at the time."""
    r = w.r
    if n <= 0 or t_to <= t_from:
        return
    devs = devices or p.devices
    for _ in range(n):
        t = w.t_between(t_from, t_to)
        stay = p.stay_at(t)
        nl = nets or stay.nets
        net = w.wpick(nl)
        info = net.pick(r)
        dev = w.wpick(devs)
        tz, prof = clock or p.clock or (stay.place.tz, "day")
        if prof == "day" and r.random() < 0.08:
            prof = "evening"
        t2 = w.work_time(t, tz, prof)
        if t2 < t_from:
            t2 = t_from + r.random() * 3600
        if t2 > T1:
            t2 = T1 - r.random() * DAY
        x = r.random()
        outcome = "failure" if x < fail else ("challenge" if x < fail + challenge else "success")
        ev = w.pick(events) if events else ""
        w.add_login(sid, t2, info, w.dev_id(dev, scheme), w.ua_string(dev, app), source, event_type=ev, outcome=outcome,
                    session=w.hexs(12) if source not in ("taskhive",) else "", app=app)


# ============================================================================================ telemetry and onboarding


def telemetry(w, sid, dev_id, os_, start, end, nets_fn, tz_fn, kb, extra_fn=None, model=None):
    """osquery-style snapshots of a managed laptop over its first ~100 days."""
    r = w.r
    end = min(end, start + r.randint(60, 110) * DAY, T1)
    if end <= start:
        return
    k = r.randint(3, 6)
    model = model or (w.pick(D.LAPTOPS_MAC) if os_ == "mac" else w.pick(D.LAPTOPS_WIN))
    procs = D.PROCESSES_COMMON_MAC if os_ == "mac" else D.PROCESSES_COMMON_WIN
    usb = r.sample(D.USB_COMMON, r.randint(1, 4))
    disp = ["Built-in Retina Display" if os_ == "mac" else "Color LCD"] + ([w.pick(D.DISPLAYS[2:])] if r.random() < 0.6 else [])
    for i in range(k):
        t = start + (end - start) * (i + r.random() * 0.5) / k + r.randint(1, 20) * 3600
        if t > T1:
            break
        if i == 0:
            w.add_endpoint(sid, t, dev_id, "system", model)
        if i == 0 or r.random() < 0.3:
            w.add_endpoint(sid, t, dev_id, "keyboard", kb(t) if callable(kb) else kb)
        w.add_endpoint(sid, t, dev_id, "timezone", tz_fn(t))
        mac, ssid = nets_fn(t)
        if mac:
            w.add_endpoint(sid, t, dev_id, "gateway_mac", mac)
        if ssid:
            w.add_endpoint(sid, t, dev_id, "network", ssid)
        for pr in r.sample(procs, r.randint(2, 4)):
            w.add_endpoint(sid, t, dev_id, "process", pr)
        if r.random() < 0.4:
            w.add_endpoint(sid, t, dev_id, "process", w.pick(D.DEV_PROCESSES))
        if i == 0 or r.random() < 0.5:
            for u in usb[: r.randint(1, len(usb))]:
                w.add_endpoint(sid, t, dev_id, "usb", u[0], u[1], u[2])
        if i == 0 or r.random() < 0.35:
            for d in disp:
                w.add_endpoint(sid, t, dev_id, "display", d)
        if r.random() < 0.15:
            w.add_endpoint(sid, t, dev_id, "listening_port", w.pick(["5000/tcp", "7000/tcp", "3000/tcp", "8080/tcp", "5432/tcp", "631/tcp", "49152/tcp"]))
        if extra_fn:
            extra_fn(t, i)


def asset_tag(w, emp, os_):
    r = w.r
    x = r.random()
    if x < 0.4:
        return f"{emp.code}-{r.randint(10000, 99999)}"
    if os_ == "mac":
        return "C02" + w.alnum(7, "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") if r.random() < 0.5 else w.alnum(10, "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789")
    return w.alnum(7, "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") if r.random() < 0.5 else "PF" + w.alnum(6, "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789")


def tracking(w, carrier):
    r = w.r
    if carrier == "UPS":
        return "1Z" + w.alnum(6, "0123456789ABCDEFGHJKLMNPQRSTUVWXYZ") + "%010d" % r.randint(0, 10 ** 10 - 1)
    if carrier == "FedEx":
        return "%012d" % r.randint(10 ** 11, 10 ** 12 - 1)
    if carrier == "USPS":
        return "9400" + "%018d" % r.randint(0, 10 ** 18 - 1)
    if carrier == "DHL Express":
        return "%010d" % r.randint(10 ** 9, 10 ** 10 - 1)
    return "BX" + w.hexs(10).upper()


def payroll(w, sid, emp, start, end, annual, dest_fn, method="bank", currency="USD", provider=None, switch=None):
    """Bi-weekly (or monthly for contractors) pay runs; dest_fn(t) gives the destination of each."""
    r = w.r
    step = 14 * DAY if method == "bank" else w.pick([14 * DAY, 30 * DAY])
    t = start + r.randint(10, 20) * DAY
    per = annual / (26 if step < 20 * DAY else 12)
    while t < min(end, T1):
        amt = round(per * r.uniform(0.97, 1.03) * (0.72 if method == "bank" else 1.0), 2)
        dest = dest_fn(t)
        m = method
        if isinstance(dest, tuple):
            m, dest = dest
        if emp is not None and emp.mask_bank and m == "bank":
            dest = f"{emp.routing}-xxxx{w.h(dest, k=8)[-4:]}"
            dest = "".join(c if c in "0123456789-x" else str(ord(c) % 10) for c in dest)
        w.add_payment(sid, t, amt, currency, m, dest, "payout", provider or (emp.payroll if emp else ""),
                      {"boxpoint_memo": "payroll" if emp else ""})
        t += step


def ship_laptop(w, sid, emp, t, address, dest_kind, addressee, os_, carrier=None):
    carrier = carrier or w.pick(["FedEx", "UPS", "UPS", "FedEx", "DHL Express"])
    asset = asset_tag(w, emp, os_)
    w.add_shipment(sid, t, asset, address, {"boxpoint_source": "employer_hris", "boxpoint_ship_type": "new_hire_laptop",
                                            "boxpoint_carrier": carrier, "boxpoint_sender": emp.name + " IT",
                                            "boxpoint_addressee": addressee, "boxpoint_declared_contents": "laptop computer",
                                            "boxpoint_status": "delivered"})
    if w.r.random() < 0.25:
        w.add_shipment(sid, t + w.r.randint(1, 5) * DAY, "YK-" + w.alnum(8, "0123456789"), address,
                       {"boxpoint_source": "employer_hris", "boxpoint_ship_type": "security_key", "boxpoint_carrier": "USPS",
                        "boxpoint_sender": emp.name + " IT", "boxpoint_addressee": addressee, "boxpoint_declared_contents": "YubiKey",
                        "boxpoint_status": "delivered"})
    if w.r.random() < 0.15:
        w.add_shipment(sid, t + w.r.randint(1, 9) * DAY, "MON-" + w.alnum(8, "0123456789ABCDEF"), address,
                       {"boxpoint_source": "employer_hris", "boxpoint_ship_type": "monitor", "boxpoint_carrier": carrier,
                        "boxpoint_sender": emp.name + " IT", "boxpoint_addressee": addressee, "boxpoint_declared_contents": "monitor",
                        "boxpoint_status": "delivered"})
    return asset
