"""The world object and its people: places, schedules, machines, persons, client records (subjects).

A Person is a human (or a persona an operator team runs); a Subject is one record of a person at one client
company. Honest and fraud subjects are made by the same recipes (`new_person`, `hire`) and turned into rows by the
same code (events.py); what differs is the situation the structures in people.py and rings.py feed them.
"""
from . import data as D
from .infra import (DAY, W0, W1, EXPORT_DAY, Registry, Address, chance, wchoice, seeded, hhex, phone_e164, phone_format,
                    email_local, personal_domain, work_email, us_address, intl_address, serial, uuid_like, okta_device_id,
                    salted, jitter, local_to_utc, ts_variant, date_iso, mac)


class Place:
    __slots__ = ("kind", "net", "addr", "tz", "cc", "city", "lat", "lon", "label", "region")

    def __init__(self, kind, net, addr, tz, cc, city, lat, lon, label="", region=""):
        self.kind = kind
        self.net = net
        self.addr = addr
        self.tz = tz
        self.cc = cc
        self.city = city
        self.lat = lat
        self.lon = lon
        self.label = label
        self.region = region


class Schedule:
    """When the worker is at the keyboard. tz None: the local zone of wherever the person is that day."""
    __slots__ = ("tz", "start", "length", "weekend_p", "evening_p")

    def __init__(self, tz, start, length, weekend_p, evening_p):
        self.tz = tz
        self.start = start
        self.length = length
        self.weekend_p = weekend_p
        self.evening_p = evening_p

    def hour(self, rng):
        r = rng.random()
        if r < 0.42:
            h = self.start + rng.random() * 1.2 - 0.3
        elif r < 1.0 - self.evening_p:
            h = self.start + rng.random() * self.length
        else:
            h = self.start + self.length + 1 + rng.random() * 4
        return h


class Laptop:
    __slots__ = ("dev_id", "serial", "maker", "model", "hw", "os", "hostname", "style", "tz_fixed", "okta_id")

    def __init__(self, rng, client, person_first, os_pref=None):
        pool = D.LAPTOPS
        if os_pref:
            pool = [x for x in D.LAPTOPS if x[3] == os_pref] or D.LAPTOPS
        elif client is not None and client.mac_share is not None:
            pool = [x for x in D.LAPTOPS if (x[3] == "mac") == chance(rng, client.mac_share)] or D.LAPTOPS
        maker, model, hw, os_, w, style = wchoice(rng, [(x, x[4]) for x in pool])
        self.maker = maker
        self.model = model
        self.hw = hw
        self.os = os_
        self.style = style
        self.serial = serial(rng, style)
        self.dev_id = uuid_like(rng).upper() if os_ == "mac" else uuid_like(rng)
        self.okta_id = okta_device_id(rng)
        fn = "".join(ch for ch in person_first if ch.isalpha())[:12] or "User"
        if client is not None and client.hostnames == "asset":
            self.hostname = f"{client.code}-{'MBP' if os_ == 'mac' else 'LT'}-{rng.randint(1000, 9999)}"
        elif os_ == "mac":
            self.hostname = rng.choice([f"{fn}s-MacBook-Pro", f"{fn}-MacBook-Pro", f"{fn}s-MBP", f"MacBook-Pro-{rng.randint(2, 9)}",
                                        f"{fn.lower()}-mbp"])
        elif os_ == "win":
            self.hostname = "DESKTOP-" + "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(7))
        else:
            self.hostname = f"{fn.lower()}-{rng.choice(['thinkpad', 'xps', 'framework', 'laptop'])}"
        self.tz_fixed = None


class Person:
    """A human or a persona. Places over time, habits, machines, money, contacts."""

    def __init__(self, pid):
        self.pid = pid
        self.origin = "anglo"
        self.first = ""
        self.last = ""
        self.middle = ""
        self.birth = 0
        self.ssn = ""
        self.home_cc = "US"
        self.personal_email = ""
        self.phone = ""
        self.phone_line = "mobile"
        self.periods = []        # [(d0, d1, Place)]
        self.trips = []          # [(d0, d1, Place)]
        self.office = None
        self.office_p = 0.0
        self.cowork = None
        self.cowork_p = 0.0
        self.sched = None
        self.phone_dev = None    # (device id, ua kind)
        self.pc_dev = None       # (device id, ua kind)
        self.keyboards = ["en-US"]
        self.desk_usb = []
        self.desk_display = []
        self.procs = []          # [(name-by-os dict or str, p)]
        self.ports = []
        self.remote_tools = []
        self.remote_sessions = []    # [(host, p, min_days, max_days)]
        self.vpn = None          # (vpn name, p use on laptop, exit cc)
        self.relay = False
        self.hotspot_mac = ""
        self.banks = []          # [(from_day, dest, method, provider, payee)]
        self.photo = None        # (kind, key, edit)
        self.resume_text = None
        self.profiles = []
        self.recovery_email = ""
        self.recovery_phone = ""
        self.recovery_line = ""
        self.role = "eng"
        self.title = ""
        self.tokens = []
        self.linux_usb = False
        self.rate = 1.0
        self.keep_tz = False
        self.subjects = []

    def residence(self, day):
        p = self.periods[0][2]
        for d0, d1, pl in self.periods:
            if d0 <= day:
                p = pl
            else:
                break
        return p

    def place_at(self, day, rng):
        for d0, d1, pl in self.trips:
            if d0 <= day <= d1:
                return pl
        home = self.residence(day)
        wd = (day + 3) % 7
        if wd < 5:
            if self.office is not None and rng.random() < self.office_p:
                return self.office
            if self.cowork is not None and rng.random() < self.cowork_p:
                return self.cowork
        return home

    def add_token(self, t):
        if t not in self.tokens:
            self.tokens.append(t)


class Channel:
    """One way a subject's sign-ins arrive: a device and how it reaches the internet."""
    __slots__ = ("w", "kind", "dev", "ua", "egress")

    def __init__(self, w, kind, dev, ua, egress):
        self.w = w
        self.kind = kind         # laptop, phone, pc, op
        self.dev = dev
        self.ua = ua
        self.egress = egress     # callable(day, rng, place) -> Net


class Subject:
    def __init__(self, sid, person, client, kind):
        self.sid = sid
        self.person = person
        self.client = client
        self.kind = kind
        self.fraud = 0
        self.tokens = []
        self.created = 0
        self.start = 0
        self.end = None
        self.status = "active"
        self.laptop = None
        self.lap_fixed = []          # [(d0, d1, Place)] where the laptop physically is (overrides the person)
        self.channels = []
        self.work = None             # Schedule of whoever works this record
        self.pay = []                # [dict(d0, d1, cadence, amount, currency, method, dest, provider, payee, payer)]
        self.ships = []              # [(t, asset, address string, extras dict)]
        self.farm_usb = None
        self.farm_display = None
        self.extra_procs = []
        self.extra_ports = []
        self.extra_remote = []       # [(host, p, min_days, max_days)]
        self.extra_keyboards = []
        self.login_rate = 1.0
        self.endpoint = True
        self.rec = {}                # subjects.csv cells
        self.ext = {}                # fleetdesk_* extra cells
        self.photo = None            # (kind, key, edit) or None
        self.resume = None           # (format, text) or None
        self.op_slip = None          # (p, Net) operator's own network leaking through
        self.signup_net = None
        self.pre_logins = 0

    def add_token(self, t):
        if t not in self.tokens:
            self.tokens.append(t)

    def lap_where(self, day, rng):
        for d0, d1, pl in self.lap_fixed:
            if d0 <= day <= d1:
                return pl
        return self.person.place_at(day, rng)

    def active(self):
        a = max(self.start, W0)
        b = min(self.end if self.end is not None else W1, W1)
        return a, b


class Client:
    def __init__(self, cid):
        self.cid = cid
        self.code = ""
        self.name = ""
        self.domain = ""
        self.cc = "US"
        self.size = 10
        self.hq = None           # city row
        self.tz = "America/New_York"
        self.office = None       # Place
        self.idp = "okta"
        self.payroll = False
        self.pay_cadence = "semimonthly"
        self.ship_policy = "home"
        self.egress = None       # ("sse", vendor) / ("vpn", Net)
        self.egress_p = 0.0
        self.helpdesk_recovery = False
        self.helpdesk_email = ""
        self.helpdesk_phone = ""
        self.hybrid = 0.0
        self.mac_share = 0.6
        self.hostnames = "user"
        self.yubikey = False
        self.byod_contractor_p = 0.4
        self.bg_check = False
        self.contractor_share = 0.1
        self.industry = ""
        self.registered = ""
        self.it_person = None    # Person receiving new hires' laptops (ship_policy "it_person")
        self.edr = None
        self.records_work_email = 0.7
        self.work_email_style = 0
        self.founded = 2015
        self.has_ats = False


class World:
    def __init__(self, n, seed):
        self.n = n
        self.seed = seed
        self.rng = seeded("world23", seed)
        self.reg = Registry(seeded("nets", seed))
        self.clients = []
        self.persons = []
        self.subjects = []
        self.domains = []        # dict rows
        self.sid_seen = set()
        self.pid_n = 0
        self.face_n = 0
        self.hotels = {}
        self.depots = []
        self.fleetdesk = None
        self.stats = {}
        self.ssn_seen = set()

    def scale(self, x, lo=0):
        v = int(round(x * self.n / 20000.0))
        return max(lo, v)

    # ids -------------------------------------------------------------------------------------------------------
    def new_sid(self):
        while True:
            s = "usr_" + "".join(self.rng.choice("0123456789abcdefghijklmnopqrstuvwxyz") for _ in range(12))
            if s not in self.sid_seen:
                self.sid_seen.add(s)
                return s

    def new_face(self):
        self.face_n += 1
        return self.face_n

    def new_ssn(self, rng):
        while True:
            s = f"{rng.randint(1, 899):03d}-{rng.randint(1, 99):02d}-{rng.randint(1, 9999):04d}"
            if not s.startswith("666") and s not in self.ssn_seen:
                self.ssn_seen.add(s)
                return s

    # places ----------------------------------------------------------------------------------------------------
    def city_row(self, cc, rng, rural=False, suburb=False):
        if cc == "US":
            rows = D.US_RURAL if rural else (D.US_SUBURBS if suburb else D.US_CITIES)
            return wchoice(rng, [(r, r[7]) for r in rows])
        rows = D.INTL_CITIES.get(cc) or D.INTL_CITIES["GB"]
        return wchoice(rng, [(r, r[6]) for r in rows])

    def home_place(self, cc, rng, last="Home", row=None, line="fixed", addr=None, unit_p=None):
        row = row or self.city_row(cc, rng)
        if cc == "US":
            city, st, tz, lat, lon = row[0], row[1], row[2], row[3], row[4]
            addr = addr or us_address(rng, row, unit_p=0.35 if unit_p is None else unit_p)
        else:
            city, st, tz, lat, lon = row[0], row[1], row[2], row[3], row[4]
            addr = addr or intl_address(rng, cc, row, unit_p=0.5 if unit_p is None else unit_p)
        if line == "fixed":
            net = self.reg.fixed_line(cc, city, lat, lon, last=last)
        else:
            net = self.reg.cgnat_home(line, cc, city, lat, lon)
        return Place("home", net, addr, tz, cc, city, jitter(rng, lat), jitter(rng, lon), region=st)

    def hotel(self, cc, city_row, rng):
        key = (cc, city_row[0])
        lst = self.hotels.setdefault(key, [])
        if len(lst) < 4 and (not lst or rng.random() < 0.5):
            city, lat, lon, tz = city_row[0], city_row[3], city_row[4], city_row[2]
            isp = D.ISP.get(cc, D.ISP["US"])
            owner, asn, ranges, v6, w = isp[rng.randrange(len(isp))]
            name = rng.choice(D.HOTELS)
            from .infra import Net, ip4
            net = Net(f"hotel{len(self.hotels)}-{len(lst)}", "hotel", owner, asn, cc, city, lat, lon,
                      pool=[ip4(rng, ranges) for _ in range(rng.randint(1, 3))], gw=mac(rng),
                      ssid_=rng.choice([f"{name}_GUEST", f"{name} Guest", f"{name.replace(' ', '')}-WiFi", "Guest-WiFi", "Lobby"]))
            lst.append(Place("hotel", net, None, tz, cc, city, lat, lon, label=name))
        return lst[rng.randrange(len(lst))]


# ---------------------------------------------------------------------------------------------------------------
# recipes shared by honest people and personas

def pick_origin(rng, cc):
    return wchoice(rng, D.ORIGIN_MIX.get(cc, [("anglo", 1)]))


def pick_name(rng, origin, sex=None):
    fem, mal, sur = D.NAMES[origin]
    sex = sex or ("f" if rng.random() < 0.45 else "m")
    first = rng.choice(fem if sex == "f" else mal)
    last = rng.choice(sur)
    return first, last, sex


def new_person(w, rng, cc, origin=None, first=None, last=None, birth_year=None, role=None, sex=None):
    w.pid_n += 1
    p = Person(w.pid_n)
    p.home_cc = cc
    p.origin = origin or pick_origin(rng, cc)
    f, l_, sex = pick_name(rng, p.origin, sex)
    p.first = first or f
    p.last = last or l_
    if rng.random() < 0.25:
        fem, mal, _ = D.NAMES[p.origin]
        p.middle = rng.choice(fem if sex == "f" else mal)
    y = birth_year or int(min(2004, max(1958, rng.gauss(1990, 8))))
    from .infra import day_of
    p.birth = day_of(f"{y}-01-01") + rng.randint(0, 364)
    p.ssn = w.new_ssn(rng)
    p.personal_email = email_local(rng, p.first, p.last, y) + "@" + personal_domain(rng, cc)
    p.phone = phone_e164(rng, cc)
    p.phone_line = "mobile"
    p.role = role or wchoice(rng, [("eng", 52), ("ops", 33), ("it", 3), ("support", 12)])
    p.title = rng.choice(D.JOB_TITLES[p.role])
    p.hotspot_mac = mac(rng, rng.choice(["a2:4f:3c", "7e:12:9a", "c6:1b:54", "86:2d:f0", "de:ad:77"]))
    p.rate = rng.uniform(0.5, 1.6)
    p.keyboards = [D.KEYBOARD_HOME.get(cc, "en-US")]
    w.persons.append(p)
    return p


def settle(w, p, rng, cc=None, row=None, line=None, addr=None, d0=None, d1=None):
    """Give the person a home for [d0, d1] (defaults: long before the window to after it)."""
    cc = cc or p.home_cc
    if line is None:
        line = "fixed"
        if cc == "US":
            r = rng.random()
            line = "tmobile_home" if r < 0.035 else ("starlink" if r < 0.045 else "fixed")
    pl = w.home_place(cc, rng, last=p.last, row=row, line=line, addr=addr)
    if not p.periods and cc == "US" and rng.random() < 0.6:
        r = [x for x in D.US_CITIES + D.US_SUBURBS + D.US_RURAL if x[0] == pl.city and x[1] == pl.region]
        if r:
            p.phone = phone_e164(rng, "US", r[0][6])
    p.periods.append((d0 if d0 is not None else W0 - 3000, d1 if d1 is not None else W1 + 400, pl))
    p.periods.sort(key=lambda x: x[0])
    return pl


def habits(w, p, rng, dev=True):
    """Desk, software and sign-in habits of an ordinary remote worker."""
    tz = None
    start = min(11.0, max(6.0, rng.gauss(8.6, 1.0)))
    p.sched = Schedule(tz, start, rng.uniform(7.5, 10.0), rng.choice([0.03, 0.06, 0.1, 0.15]), rng.choice([0.04, 0.08, 0.12, 0.2]))
    # desk
    desk = []
    r = rng.random()
    if r < 0.38:
        dock = rng.choice(list(D.USB_DOCK))
        desk += D.USB_DOCK[dock]
    if rng.random() < 0.55:
        desk.append(D.USB_DESK[rng.choice(["logi_receiver", "logi_bolt", "logi_bolt", "apple_kb", "apple_tp", "keychron", "logi_mouse",
                                           "dell_kb", "dell_mouse", "razer", "logi_kb"])])
    if rng.random() < 0.3:
        desk.append(D.USB_DESK[rng.choice(["logi_c920", "logi_brio", "jabra", "poly", "yeti"])])
    if rng.random() < 0.06:
        desk.append(D.USB_DESK[rng.choice(["sandisk", "samsung_ssd", "wacom", "elgato_sd", "iphone", "pixel"])])
    if rng.random() < 0.01:
        desk.append(D.USB_DESK["elgato_camlink"])
    if p.role == "eng" and rng.random() < 0.003:
        desk.append(D.USB_PI_GADGET)
        p.add_token("usb_gadget_dev")
    if rng.random() < 0.008:
        desk.append(D.USB_DESK["ledger"])
    p.desk_usb = desk
    nd = wchoice(rng, [(0, 25), (1, 50), (2, 22), (3, 3)])
    p.desk_display = [rng.choice(D.DISPLAYS) for _ in range(nd)]
    p.procs = []
    if dev and p.role == "eng":
        p.procs.append(("dev", 0.8))
        p.ports = [rng.choice(D.DEV_PORTS) for _ in range(rng.randint(0, 3))]
        if rng.random() < 0.12:
            p.ports.append("22/tcp")
            if rng.random() < 0.3:      # SSH in from the desktop at home
                p.remote_sessions.append((f"192.168.{rng.choice([0, 1, 1, 86])}.{rng.randint(2, 250)}", 0.25, 0.01, 1.5))
                p.add_token("ssh_from_home")
    if rng.random() < 0.03:      # family tech support, home PC access
        tool = wchoice(rng, [("TeamViewer", 4), ("AnyDesk", 3), ("Chrome Remote Desktop", 4), ("Splashtop", 1), ("Parsec", 1)])
        p.remote_tools.append(tool)
        p.add_token("remote_tools_personal")
    if rng.random() < 0.05:
        p.vpn = (wchoice(rng, [("NordVPN", 4), ("ExpressVPN", 3), ("ProtonVPN", 2), ("Mullvad", 1), ("Surfshark", 1), ("PIA", 1)]),
                 rng.uniform(0.1, 0.5), "US" if p.home_cc == "US" else rng.choice([p.home_cc, "US"]))
        p.add_token("vpn_privacy")
    if rng.random() < 0.03 and p.role in ("eng", "it"):
        p.procs.append(("Tailscale", 0.9))
        p.add_token("tailscale")
    brand = wchoice(rng, D.PHONE_BRANDS)
    p.phone_dev = (okta_device_id(rng), "ios" if brand == "iphone" else "android")
    if brand == "iphone" and rng.random() < 0.2:
        p.relay = True
        p.add_token("private_relay")
    if rng.random() < 0.15:
        p.pc_dev = (okta_device_id(rng), rng.choice(["win_chrome", "mac_safari", "win_edge"]))
    if rng.random() < 0.07:
        p.linux_usb = True


def vis_name(rng, p, style=None):
    """full_name as the HR system holds it."""
    r = rng.random() if style is None else style
    f, l_, m = p.first, p.last, p.middle
    if r < 0.70:
        return f"{f} {l_}"
    if r < 0.80 and m:
        return f"{f} {m[0]}. {l_}"
    if r < 0.84:
        return f"{l_}, {f}"
    if r < 0.88:
        return f"{f} {l_}".lower() if rng.random() < 0.5 else f"{f} {l_}".upper()
    if r < 0.93 and m:
        return f"{f} {m} {l_}"
    return f"{f} {l_}"


def hire(w, p, client, kind, start, rng, end=None, laptop=True, ship_to=None, payroll=None, record_work_email=None):
    """A client's record of a person: the row, the laptop and its shipment, pay, sign-in channels."""
    s = Subject(w.new_sid(), p, client, kind)
    s.start = start
    s.end = end
    s.work = p.sched
    s.login_rate = p.rate
    p.subjects.append(s)
    w.subjects.append(s)
    hq_tz = client.tz
    created_day = start - rng.randint(6, 35) if kind != "account" else start
    if created_day > W1:
        created_day = W1 - rng.randint(0, 20)
    s.created = local_to_utc(created_day, rng.uniform(9, 18), hq_tz)
    if kind == "applicant":
        s.status = "pending_start"
    elif end is not None and end <= W1:
        s.status = "offboarded"
    # the row
    home = p.residence(min(start, W1))
    rec = s.rec
    rec["full_name"] = vis_name(rng, p)
    use_work = record_work_email if record_work_email is not None else (kind in ("employee", "account") and chance(rng, client.records_work_email))
    s.ext["fleetdesk_work_email"] = work_email(p.first, p.last, client.domain, client.work_email_style) if kind != "applicant" else ""
    rec["email"] = s.ext["fleetdesk_work_email"] if use_work and s.ext["fleetdesk_work_email"] else p.personal_email
    rec["phone"] = phone_format(rng, p.phone, home.cc) if rng.random() < 0.93 else ""
    rec["address"] = home.addr.fmt(rng) if home.addr is not None else ""
    rec["country"] = home.cc
    payroll = client.payroll if payroll is None else payroll
    if (payroll or client.bg_check) and kind in ("employee", "contractor", "applicant") and rng.random() < 0.92:
        rec["birth_date"] = date_iso(p.birth)
        rec["national_id"] = salted("nid", p.ssn)
    rec["employer"] = client.name
    rec["created_at"] = ts_variant(rng, s.created, hq_tz)
    if rng.random() < 0.62:
        if client.helpdesk_recovery and rng.random() < 0.8:
            rec["recovery_email"] = client.helpdesk_email
            s.add_token("helpdesk_recovery")
        else:
            rec["recovery_email"] = p.recovery_email or (p.personal_email if rec["email"] != p.personal_email else "")
    if rng.random() < 0.5:
        if client.helpdesk_recovery and rng.random() < 0.35:
            rec["recovery_phone"] = client.helpdesk_phone
            rec["recovery_phone_line_type"] = "landline" if rng.random() < 0.5 else ""
        else:
            rec["recovery_phone"] = phone_format(rng, p.recovery_phone or p.phone, home.cc)
    s.ext["fleetdesk_title"] = p.title
    s.ext["fleetdesk_client_id"] = client.cid
    s.ext["fleetdesk_start_date"] = date_iso(start)
    s.ext["fleetdesk_status"] = s.status
    if end is not None and end <= W1:
        s.ext["fleetdesk_end_date"] = date_iso(end)
    s.ext["fleetdesk_worker_type"] = {"employee": "w2" if client.cc == home.cc else "eor", "contractor": "1099" if home.cc == "US" else "intl_contractor",
                                      "applicant": "w2", "account": "admin"}[kind]
    if p.profiles:
        rec["profiles"] = ";".join(p.profiles)
    # carrier lookup
    if home.cc in ("US", "CA"):
        look = rng.random() < 0.66
    else:
        look = rng.random() < 0.3
    if look and rec.get("phone"):
        rec["phone_line_type"] = rng.choice(D.LINE_TYPE_SPELL[p.phone_line])
    if look and rec.get("recovery_phone") and not rec.get("recovery_phone_line_type") and p.recovery_line:
        rec["recovery_phone_line_type"] = rng.choice(D.LINE_TYPE_SPELL[p.recovery_line])
    # laptop
    if laptop and kind != "account":
        s.laptop = Laptop(rng, client, p.first)
        if p.role == "eng" and rng.random() < 0.08:
            s.laptop = Laptop(rng, client, p.first, os_pref="linux")
        ship_laptop(w, s, rng, ship_to)
    else:
        s.endpoint = False
    # pay
    if payroll and kind in ("employee", "contractor"):
        setup_pay(w, s, rng)
    # sign-in channels
    default_channels(w, s, rng)
    return s


def ship_laptop(w, s, rng, ship_to=None, day=None):
    """Outbound laptop (and accessories) before the start date; returns at offboarding."""
    p = s.person
    c = s.client
    lap = s.laptop
    d = day if day is not None else s.start - rng.randint(4, 16)
    home = p.residence(d)
    t = local_to_utc(d, rng.uniform(13, 20), "America/New_York")
    addr_str = None
    policy = c.ship_policy
    if ship_to is not None:
        addr_str = ship_to
    elif policy == "office_first" and c.office is not None and c.office.addr is not None:
        addr_str = c.office.addr.fmt(rng, rng.choice([0, 0, 1, 3]))
        s.ships.append((t, lap.serial, addr_str, {"item": "laptop", "model": lap.model, "direction": "outbound", "recipient": c.name + " IT"}))
        t2 = t + rng.randint(3, 12) * DAY
        s.ships.append((t2, lap.serial, home.addr.fmt(rng), {"item": "laptop", "model": lap.model, "direction": "reship",
                                                             "recipient": f"{p.first} {p.last}"}))
        s.add_token("ship_to_office")
        o = c.office
        s.lap_fixed.append((t // DAY, t2 // DAY, Place("setup", o.net, o.addr, o.tz, o.cc, o.city, o.lat, o.lon, label=o.label)))
        addr_str = "__done__"
    elif policy == "it_person" and c.it_person is not None and c.it_person is not p:
        it = c.it_person
        ih = it.residence(d)
        addr_str = ih.addr.fmt(rng)
        s.ships.append((t, lap.serial, addr_str, {"item": "laptop", "model": lap.model, "direction": "outbound",
                                                  "recipient": f"{it.first} {it.last}"}))
        if rng.random() < 0.8:
            t2 = t + rng.randint(2, 9) * DAY
            s.ships.append((t2, lap.serial, home.addr.fmt(rng), {"item": "laptop", "model": lap.model, "direction": "reship",
                                                                 "recipient": f"{p.first} {p.last}"}))
            s.lap_fixed.append((t // DAY, t2 // DAY, Place("setup", ih.net, ih.addr, ih.tz, ih.cc, ih.city, ih.lat, ih.lon)))
        s.add_token("ship_to_colleague")
        addr_str = "__done__"
    if addr_str is None:
        addr_str = home.addr.fmt(rng) if home.addr is not None else ""
    if addr_str != "__done__":
        s.ships.append((t, lap.serial, addr_str, {"item": "laptop", "model": lap.model, "direction": "outbound",
                                                  "recipient": f"{p.first} {p.last}"}))
    dest = s.ships[-1][2]
    # accessories to wherever the laptop ended up
    if rng.random() < 0.3:
        s.ships.append((t + rng.randint(0, 20) * DAY, "MON-" + hhex(s.sid, "mon", n=10).upper(), dest,
                        {"item": "monitor", "model": rng.choice(D.DISPLAYS), "direction": "outbound", "recipient": f"{p.first} {p.last}"}))
    if c.yubikey and rng.random() < 0.9:
        s.ships.append((t, f"YK{rng.randint(10000000, 39999999)}", dest, {"item": "yubikey", "model": "YubiKey 5C NFC",
                                                                          "direction": "outbound", "recipient": f"{p.first} {p.last}"}))
        p.desk_usb = p.desk_usb + [D.USB_DESK["yubikey"]]
    if rng.random() < 0.15:
        s.ships.append((t + rng.randint(0, 30) * DAY, "DOCK-" + hhex(s.sid, "dock", n=8).upper(), dest,
                        {"item": "dock", "model": rng.choice(["Dell WD19S", "CalDigit TS4", "Anker 777", "Lenovo USB-C Dock Gen 2"]),
                         "direction": "outbound", "recipient": f"{p.first} {p.last}"}))
    # return at the end
    if s.end is not None and s.end <= W1 + 20 and rng.random() < 0.85:
        dep = depot_for(w, home.cc)
        te = local_to_utc(min(s.end + rng.randint(2, 25), W1), rng.uniform(14, 21), "America/New_York")
        s.ships.append((te, lap.serial, dep, {"item": "laptop", "model": lap.model, "direction": "return", "recipient": "Fleetdesk Depot"}))
        s.add_token("depot_return")


def depot_for(w, cc):
    if cc == "GB" or cc in ("DE", "PL", "PT", "ES", "FR", "NL", "IE", "IT", "RO", "UA"):
        return w.depots[2]
    if cc == "CA":
        return w.depots[3]
    return w.depots[0] if (hash_small(cc) % 3) else w.depots[1]


def hash_small(s):
    h = 0
    for ch in s:
        h = (h * 131 + ord(ch)) % 1000003
    return h


def setup_pay(w, s, rng, dest=None, method=None, provider=None, payee=None, payer=None, currency=None, d0=None):
    p = s.person
    home = p.residence(min(s.start, W1))
    cur = currency or D.CURRENCY.get(home.cc, "USD")
    base = D.PAY_MONTH.get(cur, 9000)
    amt = base * rng.lognormvariate(0, 0.3)
    if s.kind == "contractor":
        amt *= rng.uniform(0.5, 1.3)
    if not p.banks:
        p.banks.append((W0 - 3000, "acct:" + salted("bank", p.pid, "x"), "bank", "ACH" if home.cc == "US" else "local transfer",
                        f"{p.first} {p.last}"))
    cadence = s.client.pay_cadence if s.kind == "employee" else "monthly"
    if dest is not None:
        s.pay.append(dict(d0=d0 if d0 is not None else s.start, d1=None, cadence=cadence, amount=amt, currency=cur, method=method or "bank",
                          dest=dest, provider=provider or "ACH", payee=payee or f"{p.first} {p.last}", payer=payer or s.client.name))
        return
    for i, (fd, dst, meth, prov, pay_to) in enumerate(p.banks):
        nxt = p.banks[i + 1][0] if i + 1 < len(p.banks) else None
        s.pay.append(dict(d0=max(fd, s.start), d1=nxt, cadence=cadence, amount=amt, currency=cur, method=meth, dest=dst,
                          provider=prov, payee=pay_to, payer=payer or s.client.name))


def ua_for(kind, rng):
    return kind


def default_channels(w, s, rng):
    p = s.person
    c = s.client
    chans = []
    if s.laptop is not None:
        ua = {"mac": "mac_chrome", "win": "win_edge" if rng.random() < 0.4 else "win_chrome", "linux": "linux_firefox" if rng.random() < 0.5 else "linux_chrome"}[s.laptop.os]
        chans.append(Channel(70, "laptop", s.laptop.okta_id, ua, honest_laptop_egress(w, s)))
    elif p.pc_dev is None:
        p.pc_dev = (okta_device_id(rng), rng.choice(["win_chrome", "mac_chrome", "mac_safari", "win_edge"]))
        chans.append(Channel(60, "pc", p.pc_dev[0], p.pc_dev[1], honest_home_egress(w, s)))
    chans.append(Channel(22 if c.idp != "google" else 15, "phone", p.phone_dev[0], p.phone_dev[1], honest_phone_egress(w, s)))
    if p.pc_dev is not None and s.laptop is not None:
        chans.append(Channel(8, "pc", p.pc_dev[0], p.pc_dev[1], honest_home_egress(w, s)))
    s.channels = chans


def client_egress_net(w, c, place, rng):
    kind, val = c.egress
    if kind == "vpn":
        return val
    region = "us-east" if place.lon > -100 else "us-west"
    if place.cc not in ("US", "CA", "MX"):
        region = "eu" if -30 < place.lon < 45 else ("apac" if place.lon >= 45 else "latam")
    prov, _ = D.SSE[val]
    city = {"us-east": ("Ashburn", 39.04, -77.49), "us-west": ("San Jose", 37.34, -121.89), "eu": ("Frankfurt", 50.11, 8.68),
            "apac": ("Singapore", 1.35, 103.82), "latam": ("Sao Paulo", -23.55, -46.63)}[region]
    cc = {"us-east": "US", "us-west": "US", "eu": "DE", "apac": "SG", "latam": "BR"}[region]
    return w.reg.hosting_pool(prov, f"sse:{val}:{region}", 24, cc, city[0], city[1], city[2], proxy_p=0.0, kind="sse")


def laptop_egress(w, s, inner):
    """The client's always-on agent (SSE or full-tunnel VPN) carries the laptop's traffic wherever the laptop is."""
    c = s.client
    if c.egress is None:
        return inner

    def eg(day, rng, place):
        if rng.random() < c.egress_p and place.kind != "office":
            return client_egress_net(w, c, place, rng)
        return inner(day, rng, place)
    return eg


def honest_laptop_egress(w, s):
    p = s.person
    ts = "tailscale" in p.tokens

    def eg(day, rng, place):
        if p.vpn is not None and rng.random() < p.vpn[1]:
            nets = w.reg.vpn_exits(p.vpn[0], p.vpn[2])
            return nets[rng.randrange(len(nets))]
        if place.label.startswith("vpn:") and rng.random() < 0.9:
            nets = w.reg.vpn_exits(place.label[4:], "US")
            return nets[rng.randrange(len(nets))]
        if ts and place.kind in ("hotel", "airbnb", "family_abroad") and rng.random() < 0.5:
            return p.residence(day).net          # a Tailscale exit node at home
        return place.net
    return laptop_egress(w, s, eg)


def honest_home_egress(w, s):
    p = s.person

    def eg(day, rng, place):
        if place.kind in ("office", "cowork"):
            return p.residence(day).net
        return place.net
    return eg


def honest_phone_egress(w, s):
    p = s.person

    def eg(day, rng, place):
        home = p.residence(day)
        if p.relay and rng.random() < 0.45:
            prov = "Cloudflare" if rng.random() < 0.6 else "Akamai"
            region = "east" if place.lon > -100 else "west"
            if place.cc != "US":
                region = place.cc
            return w.reg.hosting_pool(prov, f"relay:{region}", 40, place.cc, place.city, place.lat, place.lon, proxy_p=0.35, kind="relay")
        if place.kind in ("home", "dorm", "corp_housing") and rng.random() < 0.5:
            return place.net
        if place.cc != home.cc and place.kind == "hotel" and rng.random() < 0.65:
            return w.reg.mobile_pool(home.cc, home.city, home.lat, home.lon)   # home-routed roaming
        return w.reg.mobile_pool(place.cc, place.city, place.lat, place.lon)
    return eg
