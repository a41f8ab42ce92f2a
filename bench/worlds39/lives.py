"""People, where they are over time, and the rows their lives leave in every export (world 39, Nomadnest)."""
from __future__ import annotations

import bisect
import datetime as dt
from zoneinfo import ZoneInfo

from . import data as D
from .infra import CITY, CITIES_BY_COUNTRY, T0, T1, Net, iso
from .media import face_params, render_resume, resume_body

UTC = dt.timezone.utc
DAY = dt.timedelta(days=1)
_ZI: dict = {}


def zone(tz: str) -> ZoneInfo:
    z = _ZI.get(tz)
    if z is None:
        z = _ZI[tz] = ZoneInfo(tz)
    return z


class Stay:
    __slots__ = ("start", "end", "country", "city", "tz", "nets", "weights", "mac", "ssid", "space", "label")

    def __init__(self, start, end, country, city, tz, nets, weights, mac, ssid, space=None, label=""):
        self.start, self.end, self.country, self.city, self.tz = start, end, country, city, tz
        self.nets, self.weights, self.mac, self.ssid, self.space, self.label = nets, weights, mac, ssid, space, label


class Person:
    def __init__(self, **kw):
        self.traits: list[str] = []
        self.stays: list[Stay] = []
        self.keyboards = ["en-US"]
        self.procs: list[str] = []
        self.usb: list[tuple] = []
        self.displays: list[str] = []
        self.ports: list[str] = []
        self.remote_hosts: list[tuple] = []  # (ip, typical session hours)
        self.keep_home_tz = False
        self.night = False
        self.pay: list[tuple] = []  # (from, method, destination, currency)
        self.recovery_email = ""
        self.recovery_phone = ""
        self.recovery_phone_type = ""
        self.phone_type = "mobile"
        self.photo = ""
        self.face = None
        self.resume = None
        self.profiles = ""
        self.ship_address = None
        self.browser = None
        self.agency = ""
        self.signup_nets: list = []
        self.fraud = 0
        self.kind = ""
        self.__dict__.update(kw)

    @property
    def full(self) -> str:
        return f"{self.first} {self.mid} {self.last}"

    def stay_at(self, t: dt.datetime) -> Stay:
        i = bisect.bisect_right([s.start for s in self.stays], t) - 1
        return self.stays[max(0, i)]


def display_name(W, p: Person) -> str:
    r = W.rng
    x = r.random()
    if x < 0.55:
        return f"{p.first} {p.mid[0]}. {p.last}"
    if x < 0.75:
        return f"{p.first} {p.mid} {p.last}"
    if x < 0.88:
        return f"{p.last}, {p.first} {p.mid[0]}."
    if x < 0.95:
        return f"{p.first} {p.mid[0]} {p.last}".upper()
    return f"{p.first.lower()} {p.mid[0].lower()}. {p.last.lower()}"


# ---------------------------------------------------------------- places and stays
def home_stay(W, p: Person, city: str, vpn: Net | None = None, start=T0, end=T1, net: Net | None = None) -> Stay:
    c = CITY[city]
    home = net or W.inf.home_net(city)
    nets, weights = [home, W.inf.mobile(city)], [80, 14]
    if vpn is not None:
        nets.append(vpn)
        weights.append(28)
    return Stay(start, end, c[0], city, c[4], nets, weights, home.mac, home.ssid, None, "home")


def travel_stays(W, p: Person, start=T0, end=T1, vpn: Net | None = None, hubs=None, base_city=None, share_space=True) -> list[Stay]:
    """A digital nomad's year: a new city every 3-9 weeks, Airbnb or hotel Wi-Fi, a coworking space, a local SIM."""
    r = W.rng
    out = []
    t = start
    hubs = hubs or [c for c in D.CITIES if c[0] in D.NOMAD_HUB_COUNTRIES]
    c = r.choice(hubs) if base_city is None else CITY[base_city]
    while t < end:
        t2 = min(end, t + dt.timedelta(days=r.randrange(21, 64)))
        city = c[1]
        acc = W.inf.home_net(city, 1) if r.random() < 0.6 else W.inf.hotel(city)
        space = W.inf.space(city) if r.random() < 0.62 else None
        nets, weights = [acc, W.inf.mobile(city)], [55, 20]
        if space:
            nets.append(space["net"])
            weights.append(45)
        if vpn is not None:
            nets.append(vpn)
            weights.append(35)
        mac, ssid = (space["net"].mac, space["net"].ssid) if space and r.random() < 0.5 else (acc.mac, acc.ssid)
        out.append(Stay(t, t2, c[0], city, c[4], nets, weights, mac, ssid, space, "travel"))
        t = t2
        same = [x for x in hubs if x[0] == c[0] and x[1] != city]
        c = r.choice(same) if same and r.random() < 0.25 else r.choice(hubs)
    return out


def add_trip(W, p: Person, city: str, days=(7, 21), vpn: Net | None = None):
    """A trip away from home inserted into a home timeline: hotel Wi-Fi and a local SIM."""
    r = W.rng
    home = p.stays[0]
    a = W.inf.when(T0 + 20 * DAY, T1 - 40 * DAY)
    b = a + dt.timedelta(days=r.randrange(*days))
    c = CITY[city]
    hotel = W.inf.hotel(city) if r.random() < 0.6 else W.inf.home_net(city, 1)
    nets, weights = [hotel, W.inf.mobile(city)], [60, 30]
    if vpn is not None:
        nets.append(vpn)
        weights.append(40)
    trip = Stay(a, b, c[0], city, c[4], nets, weights, hotel.mac, hotel.ssid, None, "trip")
    back = Stay(b, home.end, home.country, home.city, home.tz, home.nets, home.weights, home.mac, home.ssid, home.space, "home")
    home_cut = Stay(home.start, a, home.country, home.city, home.tz, home.nets, home.weights, home.mac, home.ssid, home.space, "home")
    p.stays = [home_cut, trip, back] + p.stays[1:]


# ---------------------------------------------------------------- identity basics
def new_person(W, country: str, city: str | None = None, origin: str | None = None, kind="", last=None) -> Person:
    r = W.rng
    inf = W.inf
    if origin is None:
        o = D.ORIGIN_BY_COUNTRY.get(country, {"anglo": 1})
        origin = r.choices(list(o), weights=list(o.values()))[0]
    city = city or r.choice(CITIES_BY_COUNTRY[country])[1]
    first, mid, la = inf.name(origin, last)
    dom = r.choices(["gmail.com", "outlook.com", "icloud.com", "proton.me", "yahoo.com", "hey.com", "fastmail.com", "gmx.de", "hotmail.com"],
                    weights=[50, 12, 12, 6, 5, 2, 3, 3, 7])[0]
    p = Person(first=first, mid=mid, last=la, origin=origin, country=country, city=city, kind=kind)
    p.email = inf.mailbox(first, la, dom)
    p.phone = inf.phone(country if country in CITIES_BY_COUNTRY or country in ("CN",) else "US", city if country in ("US", "CA") else None)
    p.dob = inf.birth()
    p.natid = inf.natid()
    p.keyboards = [D.KEYBOARD.get(country, "en-US")]
    p.address = inf.street_address(city)
    p.browser = "brw-" + inf.hex(12)
    p.os = r.choice(["mac", "mac", "win"])
    return p


def give_photo(W, p: Person, share=0.55, default_share=0.12):
    r = W.rng
    x = r.random()
    if x < default_share:
        p.photo = W.media.default
        p.traits.append("default_avatar")
    elif x < share:
        p.face = face_params(r)
        p.photo = W.media.photo(p.face)


def give_resume(W, p: Person, role: str, template: str | None = None, body=None):
    r = W.rng
    if body is None:
        template = template or (r.choice(D.RESUME_TEMPLATES) if r.random() < 0.55 else "plain")
        if template != "plain" and not template.startswith("agency:"):
            p.traits.append("resume_template")
        emps = [r.choice(D.CLIENT_WORDS) + " " + r.choice(D.CLIENT_SUFFIX) for _ in range(r.randrange(2, 5))]
        body = resume_body(r, role, template, r.randrange(2, 16), emps, p.city)
    p.resume = body
    p.role = role


def resume_cell(W, p: Person, email: str | None = None, phone: str | None = None, name: str | None = None) -> str:
    if p.resume is None:
        return ""
    txt = render_resume(p.resume, name or f"{p.first} {p.last}", email or p.email, phone or p.phone, f"{p.city}, {p.country}")
    return W.media.resume_cell(txt)


def profiles_for(W, p: Person, extra: str = "") -> str:
    r = W.rng
    slug = f"{p.first}-{p.last}".lower().replace(" ", "-") + "-" + W.inf.hex(4)
    out = []
    if r.random() < 0.8:
        out.append(f"https://www.linkedin.com/in/{slug}")
    if r.random() < 0.5:
        out.append(f"https://github.com/{slug.replace('-', '')}")
    if r.random() < 0.12:
        out.append(f"https://{slug}.dev")
    if extra:
        out.append(extra)
    return ";".join(out)


# ---------------------------------------------------------------- times
def local_time(W, p: Person, day: dt.datetime, night: bool | None = None) -> dt.datetime:
    """A sign-in at the person's working hours where they are that day."""
    r = W.rng
    st = p.stay_at(day)
    night = p.night if night is None else night
    if night:
        h = r.choice([21, 22, 23, 0, 1, 2, 3, 4, 5])
    else:
        h = min(23, max(0, int(r.gauss(12.5, 3.0))))
    loc = dt.datetime(day.year, day.month, day.day, h, r.randrange(60), r.randrange(60), tzinfo=zone(p.work_tz if getattr(p, "work_tz", None) else st.tz))
    return loc.astimezone(UTC)


def pick_net(W, st: Stay) -> Net:
    return W.rng.choices(st.nets, weights=st.weights)[0]


# ---------------------------------------------------------------- rows
def login(W, sid, t, net: Net, device, ua, idp="okta", outcome=None, event=None, risk=None):
    r = W.rng
    if outcome is None:
        x = r.random()
        outcome = "success" if x < 0.91 else ("challenge" if x < 0.965 else ("failure" if x < 0.995 else "deny"))
    proxy = ""
    if net.proxy:
        proxy = "true" if r.random() < 0.85 else ""
    elif idp in ("okta", "entra") and r.random() < 0.7:
        proxy = "false"
    if risk is None:
        risk = "medium" if net.proxy and r.random() < 0.4 else r.choice(["none", "low", "low"]) if idp == "okta" else "none"
    ev = event or ("user.session.start" if idp == "okta" else "interactiveUser")
    W.out.login(sid, iso(t), r.choice(net.ips), device, ua, net.country, outcome, proxy, str(net.asn), net.owner, net.city,
                f"{net.lat + r.uniform(-0.03, 0.03):.4f}", f"{net.lon + r.uniform(-0.03, 0.03):.4f}", risk, ev,
                "%032x" % r.getrandbits(128), f"{idp}:{r.getrandbits(96):024x}")


def ua_of(W, p: Person) -> str:
    if not hasattr(p, "ua"):
        p.ua = D.USER_AGENTS[0 if p.os == "mac" else 2] if W.rng.random() < 0.6 else W.rng.choice(D.USER_AGENTS)
    return p.ua


def subject_row(W, p: Person, sid: str, kind: str, source: str, record: str, employer: str, created: dt.datetime, **extra) -> dict:
    row = {"id": sid, "kind": kind, "full_name": display_name(W, p), "email": p.email, "phone": W.inf.typed(p.phone, p.country),
           "phone_line_type": p.phone_type, "address": p.address, "country": p.country, "employer": employer, "created_at": iso(created),
           "nomadnest_source": source, "nomadnest_record": record}
    row.update(extra)
    return row


def emit(W, p: Person, row: dict, tokens: list[str] | None = None):
    toks = [p.kind] + list(dict.fromkeys(p.traits + (tokens or [])))
    W.out.subject(row, p.fraud, ";".join(toks))


def application(W, p: Person, client, t: dt.datetime, net: Net | None = None, device=None, email=None, phone=None, name_row=None,
                tokens=None, photo=None, resume=None, recovery=True, agency=None) -> str:
    r = W.rng
    sid = "app_" + W.inf.hex(10)
    st = p.stay_at(t)
    net = net or (r.choice(p.signup_nets) if p.signup_nets else pick_net(W, st))
    row = subject_row(W, p, sid, "applicant", "nomadnest_jobs", "application", client.name, t,
                      nomadnest_job=r.choice(D.JOBS) if not hasattr(p, "role") else p.role, nomadnest_client=client.domain,
                      nomadnest_stage=r.choice(["applied", "screen", "interview", "rejected", "withdrawn", "offer"]))
    if email:
        row["email"] = email
    if phone:
        row["phone"] = W.inf.typed(phone, p.country)
    if r.random() < 0.7:
        row["birth_date"] = p.dob
    row["photo"] = p.photo if photo is None else photo
    row["resume"] = resume if resume is not None else resume_cell(W, p, email=row["email"])
    row["profiles"] = p.profiles
    row["signup_ip"] = r.choice(net.ips)
    if recovery:
        row["recovery_email"] = p.recovery_email
        row["recovery_phone"] = p.recovery_phone
        row["recovery_phone_line_type"] = p.recovery_phone_type if p.recovery_phone else ""
    if agency or p.agency:
        row["nomadnest_agency"] = agency or p.agency
    if name_row:
        row["full_name"] = name_row
    emit(W, p, row, tokens)
    dev = device or p.browser
    login(W, sid, t, net, dev, ua_of(W, p), idp="nomadnest", event="nomadnest.jobs.signup", outcome="success")
    for _ in range(r.randrange(0, 3)):
        t2 = min(T1, t + dt.timedelta(hours=r.randrange(2, 400)))
        st2 = p.stay_at(t2)
        n2 = net if p.signup_nets else pick_net(W, st2)
        login(W, sid, t2, n2, dev, ua_of(W, p), idp="nomadnest", event="nomadnest.jobs.login")
    return sid


def member(W, p: Person, space: dict, t: dt.datetime, tokens=None, hot_desk=True) -> str:
    """A coworking membership account with check-ins on the space's Wi-Fi (hot-desk PC or the member app)."""
    r = W.rng
    sid = "mem_" + W.inf.hex(10)
    row = subject_row(W, p, sid, "account", "nomadnest_cowork", "member", "Nomadnest Coworking", t,
                      nomadnest_space=space["name"], nomadnest_plan=r.choice(["hot-desk", "hot-desk", "flex-10", "dedicated-desk", "day-pass"]))
    if r.random() < 0.45:
        row["address"] = ""
    row["photo"] = p.photo if r.random() < 0.6 else ""
    row["recovery_email"] = p.recovery_email
    row["recovery_phone"] = p.recovery_phone
    row["recovery_phone_line_type"] = p.recovery_phone_type if p.recovery_phone else ""
    row["signup_ip"] = r.choice(space["net"].ips)
    emit(W, p, row, tokens)
    app_dev = "nnapp-" + W.inf.hex(10)
    n = r.randrange(3, 18)
    for _ in range(n):
        d = W.inf.when(max(T0, t), T1)
        tt = d.replace(hour=r.randrange(7, 20), tzinfo=UTC)
        if hot_desk and r.random() < 0.55:
            login(W, sid, tt, space["net"], r.choice(space["pcs"]), D.HOTDESK_UA, idp="nomadnest", event="nomadnest.cowork.checkin", outcome="success")
        else:
            login(W, sid, tt, space["net"], app_dev, r.choice(D.MOBILE_UAS[:3]), idp="nomadnest", event="nomadnest.cowork.checkin", outcome="success")
    return sid


def eor_contract(W, p: Person, client, hire: dt.datetime, tokens=None, salary=None, end=T1) -> str:
    """The employer-of-record payroll record and its payouts."""
    r = W.rng
    sid = "eor_" + W.inf.hex(10)
    row = subject_row(W, p, sid, "contractor", "nomadnest_eor", "contract", client.name, hire, nomadnest_client=client.domain,
                      nomadnest_job=getattr(p, "role", r.choice(D.JOBS)))
    row["birth_date"] = p.dob
    row["national_id"] = p.natid
    row["recovery_email"] = p.recovery_email
    emit(W, p, row, tokens)
    for _ in range(r.randrange(2, 6)):
        t = W.inf.when(hire, end)
        st = p.stay_at(t)
        net = r.choice(p.signup_nets) if p.signup_nets and r.random() < 0.5 else pick_net(W, st)
        login(W, sid, t, net, p.browser, ua_of(W, p), idp="nomadnest", event="nomadnest.payroll.login")
    salary = salary or r.choice([3200, 4100, 5200, 6400, 7800, 9500, 11800])
    t = hire.replace(day=1) + dt.timedelta(days=32)
    t = t.replace(day=1, hour=14, minute=0, second=0)
    while t < end:
        meth, dest, cur = p.pay[0][1:]
        for frm, m, d_, c_ in p.pay:
            if frm <= t:
                meth, dest, cur = m, d_, c_
        rate = {"USD": 1, "EUR": 0.92, "GBP": 0.79, "CAD": 1.36, "AUD": 1.52, "BRL": 5.4, "MXN": 18.2, "PLN": 3.9, "UAH": 41.5, "INR": 84, "PHP": 57,
                "COP": 4100, "ARS": 1000, "USDC": 1, "USDT": 1, "THB": 34, "GEL": 2.7, "NGN": 1600, "KES": 129, "ZAR": 18}.get(cur, 1)
        amt = round(salary * rate * r.uniform(0.97, 1.03), 2)
        W.out.payment(sid, iso(t + dt.timedelta(minutes=r.randrange(0, 300))), f"{amt:.2f}", cur, meth, dest)
        t = (t + dt.timedelta(days=32)).replace(day=1)
    return sid


def client_record(W, p: Person, client, hire: dt.datetime, kind="contractor", tokens=None, ship_to=None, end=T1, email_local=None) -> str:
    """The client company's HR/IdP record: work mailbox, laptop shipment, IdP sign-ins, MDM telemetry."""
    r = W.rng
    sid = "cli_" + W.inf.hex(10)
    work = W.inf.uniq(lambda: f"{(email_local or p.first).lower().replace(' ', '').replace('-', '')}.{p.last.lower().replace(' ', '')}"
                                f"{'' if r.random() < 0.7 else r.randrange(2, 99)}@{client.domain}")
    row = subject_row(W, p, sid, kind, "client_idp", "employee" if kind == "employee" else "contractor", client.name, hire,
                      nomadnest_client=client.domain, nomadnest_idp=client.idp)
    row["email"] = work
    if r.random() < 0.35:
        row["photo"] = p.photo
    emit(W, p, row, tokens)
    laptop = W.inf.uuid(upper=True) if client.idp == "okta" else W.inf.uuid()
    phone_dev = ("guo" + W.inf.hex(17)) if client.idp == "okta" else W.inf.uuid()
    asset = f"{client.tag}-{W.inf.hex(6).upper()}"
    addr = ship_to or p.ship_address or p.address
    ship_t = hire - dt.timedelta(days=r.randrange(3, 12))
    W.out.shipment(sid, iso(ship_t), asset, addr)
    # sign-ins
    t = max(hire, T0)
    idp = client.idp
    while t < end:
        t += dt.timedelta(hours=r.randrange(20, 150))
        if t >= end:
            break
        lt = local_time(W, p, t)
        st = p.stay_at(lt)
        net = pick_net(W, st)
        if r.random() < 0.18:
            mob = [n for n in st.nets if n.kind == "mobile"]
            login(W, sid, lt, mob[0] if mob else net, phone_dev, r.choice(D.MOBILE_UAS), idp=idp,
                  event="user.authentication.auth_via_mfa" if idp == "okta" else "nonInteractiveUser")
        else:
            login(W, sid, lt, net, laptop, ua_of(W, p), idp=idp,
                  event=r.choice(["user.session.start", "user.authentication.sso"]) if idp == "okta" else r.choice(["interactiveUser", "nonInteractiveUser"]))
    # telemetry snapshots
    model = r.choice(D.LAPTOPS[:5] if p.os == "mac" else D.LAPTOPS[5:])
    base = D.BASE_PROCS_MAC if model.startswith("Mac") else D.BASE_PROCS_WIN
    t = max(ship_t + 4 * DAY, T0)
    while t < end:
        st = p.stay_at(t)
        ts = iso(t)
        tz = p.stays[0].tz if p.keep_home_tz else st.tz
        if getattr(p, "os_tz", None):
            tz = p.os_tz
        W.out.endpoint(sid, ts, laptop, "system", model)
        W.out.endpoint(sid, ts, laptop, "timezone", tz)
        for k in p.keyboards:
            W.out.endpoint(sid, ts, laptop, "keyboard", k)
        W.out.endpoint(sid, ts, laptop, "gateway_mac", st.mac)
        W.out.endpoint(sid, ts, laptop, "network", st.ssid)
        for pr in r.sample(base, 4) + p.procs:
            W.out.endpoint(sid, ts, laptop, "process", pr)
        for name, v, pid in p.usb:
            if r.random() < 0.85:
                W.out.endpoint(sid, ts, laptop, "usb", name, vendor_id=v, product_id=pid)
        for disp in p.displays:
            W.out.endpoint(sid, ts, laptop, "display", disp)
        for port in p.ports:
            W.out.endpoint(sid, ts, laptop, "listening_port", port)
        for host, hours in p.remote_hosts:
            if r.random() < 0.6:
                started = t - dt.timedelta(hours=r.uniform(0.1, hours))
                W.out.endpoint(sid, ts, laptop, "remote_session", host, started_at=iso(started))
        t += dt.timedelta(days=r.randrange(32, 61))
    return sid


def pay_setup(W, p: Person, kinds=("wise", "payoneer", "bank", "crypto"), weights=(45, 18, 30, 7), currency=None, start=T0):
    r = W.rng
    k = r.choices(kinds, weights=weights)[0]
    cur = currency or {"US": "USD", "GB": "GBP", "CA": "CAD", "AU": "AUD", "BR": "BRL", "MX": "MXN", "PL": "PLN", "UA": "UAH", "IN": "INR", "PH": "PHP",
                       "CO": "COP", "AR": "USD", "DE": "EUR", "PT": "EUR", "ES": "EUR", "NG": "USD", "KE": "USD", "ZA": "ZAR"}.get(p.country, "USD")
    if k == "wise":
        d = p.pay_dest = f"wise:{W.inf.hex(8)}" if r.random() < 0.5 else f"IBAN:BE{r.randrange(10, 99)}9{W.inf.hex(11).upper()}"
        p.pay = [(start, "wallet" if d.startswith("wise") else "bank", d, cur if cur in ("USD", "EUR", "GBP", "CAD", "AUD", "PLN") else "USD")]
    elif k == "payoneer":
        p.pay = [(start, "wallet", f"payoneer:{r.randrange(10 ** 7, 10 ** 8)}{W.inf.hex(3)}", "USD")]
    elif k == "bank":
        p.pay = [(start, "bank", f"{r.choice(['021000021', '026009593', '121000248', '111000614', '322271627', '031176110', '071000013'])}:{W.inf.hex(5)}{r.randrange(10000, 99999)}"
                  if p.country == "US" else f"{p.country}IBAN:{W.inf.hex(14).upper()}", cur)]
    else:
        p.pay = [(start, "crypto", "0x" + W.inf.hex(40), "USDC")]
        p.traits.append("crypto_payout")
