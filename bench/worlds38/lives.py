"""A person's rows and traces: ATS applications, payroll and HRIS records, laptops, sign-ins, telemetry, pay."""
from __future__ import annotations

from . import data as D
from .infra import DAY, T_ATS0, T_END, T_SIGNIN0, Net, iso

TZ_OFF = {"America/New_York": -4, "America/Detroit": -4, "America/Indiana/Indianapolis": -4, "America/Chicago": -5,
          "America/Denver": -6, "America/Phoenix": -7, "America/Los_Angeles": -7, "Asia/Seoul": 9, "Asia/Shanghai": 8,
          "Asia/Kolkata": 5, "Asia/Ho_Chi_Minh": 7, "Asia/Bangkok": 7, "Asia/Manila": 8, "America/Mexico_City": -6,
          "Europe/Kyiv": 3, "Asia/Vladivostok": 10, "Europe/Moscow": 3, "Africa/Lagos": 1, "Europe/Warsaw": 2,
          "Europe/Lisbon": 1, "Europe/Madrid": 2, "Europe/London": 1, "Asia/Tokyo": 9, "America/Bogota": -5,
          "America/Toronto": -4, "America/Vancouver": -7, "Asia/Vientiane": 7, "Asia/Dubai": 4}


class Person:
    """Everything one human (or one persona) presents; rows are drawn from it."""

    def __init__(self, w, place, origin=None, rural=False):
        self.w = w
        self.place = place
        self.rural = rural
        self.origin = origin or w.origin()
        self.first, self.last = w.name(self.origin)
        self.addr = w.address(place, 0.15 if rural else 0.35)
        self.email = w.email(self.first, self.last)
        self.emails = [self.email]
        self.phone = w.us_phone(place[6])
        self.phone_type = "mobile" if w.chance(0.9) else "landline"
        self.rec_email = ""
        self.rec_phone = ""
        self.rec_phone_type = ""
        self.dob = w.dob()
        self.ssn = w.ssn_hash()
        self.os = "mac" if w.chance(0.4) else "win"
        self.tz = place[5]
        self.keyboards = ["en-US"]
        self.photo = None
        self.photo_p = 0.55
        self.face_seed = w.r.getrandbits(40)
        self.resume = None
        self.profiles = []
        self.night = False
        self.co = ""
        self.ship_addr = None  # where laptops go (default: home)
        self.site = None  # (Net, gateway mac, ssid, tz): where the work laptop sits
        self.extra_nets = []  # (weight, Net) for IdP sign-ins besides the site
        self.trips = []  # (t0, t1, Net, tz)
        self.browser = w.hexid("brw_", 48)
        self.phone_dev = w.hexid("ov_", 48)
        self.bank = [(0, "bank", self.new_bank())]
        self.laptop_extra_procs = []
        self.laptop_extra_usb = []
        self.laptop_ports = []
        self.remote_sess = []  # (host, started)
        self.traits = []
        self.name_changes = []  # (t, new last name)
        self.apply_net = None

    @property
    def name(self):
        return f"{self.first} {self.last}"

    def name_at(self, t):
        last = self.last
        for tc, ln in self.name_changes:
            if t >= tc:
                last = ln
        return f"{self.first} {last}"

    def new_bank(self):
        w = self.w
        return f"{w.pick(D.BANK_ROUTING)}:{w.r.randrange(10**8, 10**12)}"

    def home_site(self, net: Net | None = None):
        w = self.w
        net = net or w.home_net(self.place)
        ssid = w.pick(D.WIFI).format(n=w.r.randrange(10, 999), x=f"{w.r.getrandbits(16):04X}", last=self.last)
        self.site = (net, w.mac(), ssid, self.tz)
        return self.site

    def typed_name(self, t=None):
        n = self.name_at(t) if t else self.name
        w = self.w
        x = w.r.random()
        if x < 0.06:
            return n.upper()
        if x < 0.10:
            parts = n.split(" ", 1)
            return f"{parts[-1]}, {parts[0]}"
        if x < 0.14:
            return n.lower()
        return n

    def addr_str(self):
        return self.w.fmt_addr(self.addr, self.co)

    def photo_cell(self, media):
        if self.photo is None:
            if self.w.chance(0.12):
                self.photo = media.avatar()
                self.traits.append("default_avatar")
            else:
                self.photo = media.face(self.face_seed)
        return self.photo


def base_row(w, p: Person, sid: str, kind: str, t: int, media, source: str, record: str, employer: str,
             email=None, phone=None, photo_p=None, resume=True, addr=None) -> dict:
    ph = phone or p.phone
    row = {
        "id": sid, "kind": kind, "full_name": p.typed_name(t), "email": email or p.email,
        "phone": w.fmt_phone(ph), "address": addr if addr is not None else p.addr_str(), "country": "US",
        "birth_date": p.dob if w.chance(0.7) else "", "national_id": "", "photo": "", "resume": "",
        "profiles": ";".join(p.profiles), "employer": employer,
        "created_at": iso(t, w.pick([0, 0, 1, 2, 4, 5])), "recovery_email": p.rec_email, "recovery_phone":
            w.fmt_phone(p.rec_phone) if p.rec_phone else "", "signup_ip": "",
        "phone_line_type": p.phone_type if w.chance(0.8) else "",
        "recovery_phone_line_type": p.rec_phone_type if p.rec_phone else "",
        "stackyard_source": source, "stackyard_record": record,
    }
    if w.chance(photo_p if photo_p is not None else p.photo_p):
        row["photo"] = p.photo_cell(media)
    if resume and p.resume:
        row["resume"] = p.resume
    return row


def login(w, sid, t, net: Net, device, ua, source, event_type, outcome="success", risk=None, ip=None):
    idp = source in ("okta", "entra")
    known_proxy = "" if (not idp and w.chance(0.5)) or w.chance(0.15) else ("true" if net.proxy else "false")
    if risk is None:
        risk = "low" if not net.proxy and net.cc == "US" else w.pick(["low", "medium", "medium", "high"])
    ev = ("okta:" if source == "okta" else "entra:" if source == "entra" else "sy:") + w.uuid().lower()
    w.sinks.login({
        "subject_id": sid, "ts": iso(t, 1 if source == "okta" else 0), "ip": ip or w.pick(net.ips),
        "device_id": device or "", "user_agent": ua, "country": net.cc, "outcome": outcome,
        "source_proxy": known_proxy, "asn": str(net.asn), "network_owner": net.owner, "city": net.city,
        "latitude": f"{net.lat + w.r.uniform(-0.05, 0.05):.4f}", "longitude": f"{net.lon + w.r.uniform(-0.05, 0.05):.4f}",
        "risk_level": risk if idp else "", "event_type": event_type,
        "session_id": f"{'102' if source == 'okta' else ''}{w.r.getrandbits(64):016x}", "event_id": ev,
        "stackyard_source": source,
    })


def ua_for(w, os_):
    return D.UA[os_].format(v=w.r.randrange(126, 138))


# ---------------- ATS ----------------

def application(w, media, p: Person, t: int, client: dict, recruiter: str, tokens, fraud=0, *, email=None, phone=None,
                signup_net=None, device=None, interviewer=None, interview=True, stage=None, extra=None,
                addr=None) -> str:
    """One candidate submission in Stackyard's ATS, with the candidate portal's sign-ins."""
    sid = w.hexid("app_")
    row = base_row(w, p, sid, "applicant", t, media, "stackyard_ats", "application", client["name"],
                   email=email, phone=phone, addr=addr)
    net = signup_net or (p.apply_net or p.site[0])
    row["signup_ip"] = w.pick(net.ips)
    row["stackyard_client"] = client["name"]
    row["stackyard_job"] = p.role
    row["stackyard_recruiter"] = recruiter
    row["stackyard_stage"] = stage or w.pick(["submitted", "screen", "client_interview", "rejected", "withdrawn", "offer"])
    if extra:
        row.update(extra)
    w.subject(row, fraud, tokens)
    dev = device or p.browser
    ua = ua_for(w, p.os)
    login(w, sid, t, net, dev, ua, "stackyard_ats", "ats.candidate.signup", ip=row["signup_ip"])
    for _ in range(w.r.randrange(0, 3)):
        tt = min(T_END, t + w.r.randrange(DAY, 30 * DAY))
        login(w, sid, tt, net if w.chance(0.8) else w.mobile(p.place), dev if w.chance(0.8) else p.phone_dev,
              ua if w.chance(0.8) else D.UA["iphone"], "stackyard_ats", "ats.candidate.login")
    if interview and row["stackyard_stage"] in ("client_interview", "offer", "screen"):
        inet, idev, ios = interviewer or (net, dev, p.os)
        ti = min(T_END, t + w.r.randrange(3 * DAY, 25 * DAY))
        login(w, sid, ti, inet, idev, ua_for(w, ios), "stackyard_ats", "ats.interview.video")
    w.rows_left -= 1
    return sid


# ---------------- placement ----------------

def placement(w, media, p: Person, client: dict, start: int, end: int, kind_tokens, fraud: int, *,
              payroll=True, hris=True, rate=None, night=None, extra_hris=None, hris_email=None, ssn=True) -> tuple[str, str | None]:
    """A Stackyard contractor placed at a client: the payroll record, the client's HRIS record, the laptop,
    its telemetry, the client IdP's sign-ins and the pay."""
    rate = rate or w.r.randrange(45, 110)
    pay_sid = None
    if payroll:
        pay_sid = w.hexid("ctr_")
        row = base_row(w, p, pay_sid, "contractor", start - w.r.randrange(2, 10) * DAY, media, "stackyard_payroll",
                       "contractor", "Stackyard Staffing", resume=False, photo_p=0.0)
        row["national_id"] = p.ssn if ssn else ""
        row["birth_date"] = p.dob
        row["stackyard_client"] = client["name"]
        row["stackyard_pay_rate"] = str(rate)
        w.subject(row, fraud, kind_tokens)
        w.rows_left -= 1
        pay(w, p, pay_sid, start, end, rate)
    if not hris:
        return pay_sid, None
    hr_sid = w.hexid("hr_")
    row = base_row(w, p, hr_sid, "contractor", start, media, "client_hris", "placed_contractor", client["name"],
                   email=hris_email, resume=False, photo_p=0.3)
    row["national_id"] = p.ssn if (ssn and w.chance(0.6)) else ""
    row["stackyard_client"] = client["name"]
    row["client_work_email"] = f"{p.first[0].lower()}{p.last.lower().replace(' ', '')}.{hr_sid[-4:]}@{client['domain']}"
    row["client_worker_type"] = "contingent"
    row["client_start_date"] = iso(start, 3)
    if extra_hris:
        row.update(extra_hris)
    w.subject(row, fraud, kind_tokens)
    w.rows_left -= 1
    laptop(w, p, hr_sid, client, start, end, night=p.night if night is None else night)
    return pay_sid, hr_sid


def pay(w, p: Person, sid: str, start: int, end: int, rate: int):
    t = start + 14 * DAY
    while t <= min(end, T_END):
        dest = p.bank[0]
        for d in p.bank:
            if t >= d[0]:
                dest = d
        hours = 80 - w.r.randrange(0, 12) if w.chance(0.3) else 80
        w.sinks.payment({"subject_id": sid, "ts": iso(t - t % DAY + 15 * 3600, w.pick([0, 3])),
                         "amount": f"{rate * hours * 0.78:.2f}", "currency": "USD", "method": dest[1],
                         "destination": dest[2], "payroll_provider": "Stackyard Payroll (ADP)",
                         "payroll_pay_type": "paycard" if dest[2].startswith("paycard") else "direct_deposit"})
        t += 14 * DAY


def laptop(w, p: Person, sid: str, client: dict, start: int, end: int, night=False, ship=True):
    """The client's managed laptop: shipped, enrolled in MDM/EDR, used to sign in to the client's IdP."""
    host = w.uuid()
    os_ = client["os"] if client["os"] != "mixed" else p.os
    model = w.pick(D.LAPTOPS[os_])
    if ship:
        to = p.ship_addr if p.ship_addr is not None else p.addr_str()
        w.sinks.shipment({"subject_id": sid, "ts": iso(start - w.r.randrange(3, 9) * DAY, w.pick([0, 2, 3])),
                          "asset": f"{client['tag']}-{w.r.randrange(10000, 99999)}", "address": to,
                          "ship_carrier": w.pick(["FedEx", "UPS", "UPS", "FedEx", "USPS"]),
                          "ship_item": model})
    net, gw, ssid, tz = p.site
    source = client["idp"]
    ua = ua_for(w, os_)
    nets = [(net, 1.0)] + [(xn, xw) for xw, xn in p.extra_nets]
    t0 = max(start, T_SIGNIN0)
    t1 = min(end, T_END)
    if t1 <= t0:
        return
    off = TZ_OFF.get(tz, -5)
    n_sign = max(4, min(40, (t1 - t0) // (6 * DAY)))
    for _ in range(n_sign):
        t = w.local_time(t0, t1, off, night)
        trip = next((tr for tr in p.trips if tr[0] <= t <= tr[1]), None)
        if trip:
            use = trip[2]
        else:
            use = w.wpick(nets)
        outcome = w.wpick([("success", 90), ("challenge", 6), ("failure", 3), ("deny", 0.5)])
        if w.chance(0.15):
            login(w, sid, t, w.mobile(p.place) if not trip else use, p.phone_dev, D.UA["iphone"], source,
                  "user.authentication.auth_via_mfa" if source == "okta" else "nonInteractiveUser", outcome)
        else:
            login(w, sid, t, use, host, ua, source, "user.session.start" if source == "okta" else "interactiveUser",
                  outcome)
    # telemetry snapshots
    t = t0 + w.r.randrange(1, 5) * DAY
    first = True
    comp = f"{client['tag']}-{p.first[0]}{p.last[:6]}".upper().replace(" ", "")
    while t <= t1:
        trip = next((tr for tr in p.trips if tr[0] <= t <= tr[1]), None)
        e = lambda k, v, **x: w.sinks.endpoint({"subject_id": sid, "ts": iso(t + w.r.randrange(3600), 0), "device_id": host,
                                                 "kind": k, "value": v, **x})
        e("timezone", trip[3] if trip and w.chance(0.5) else tz)
        e("gateway_mac", gw if not trip else w.mac())
        e("network", ssid if not trip else w.pick(["Marriott_GUEST", "HiltonHonors", "Airbnb-Guest", "Starbucks WiFi"]))
        for k in p.keyboards:
            if first or w.chance(0.3):
                e("keyboard", k)
        if first:
            e("system", model)
            e("system", comp)
            for pr in w.r.sample(D.BASE_PROCS[os_], 6):
                e("process", pr)
            for u in w.r.sample(D.USB_COMMON, w.r.randrange(1, 4)):
                e("usb", u[0], vendor_id=u[1], product_id=u[2])
            for dsp in w.r.sample(D.DISPLAYS, w.r.randrange(0, 3)):
                e("display", dsp)
        for pr in p.laptop_extra_procs:
            e("process", pr)
        for u in p.laptop_extra_usb:
            if len(u) == 3:
                e("usb", u[0], vendor_id=u[1], product_id=u[2])
            else:
                e("display", u[0])
        for port in p.laptop_ports:
            e("listening_port", port)
        for host_, st in p.remote_sess:
            if st <= t:
                e("remote_session", host_, started_at=iso(st, 0))
        first = False
        t += w.r.randrange(25, 46) * DAY
