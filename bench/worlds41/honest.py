"""Honest lives at Healthbridge: clinicians on shifts at shared workstations, travel nurses, residents, immigrant
clinicians, couples, remote revenue-cycle and IT staff, staffing-firm and MSP contractors, rehires, name changes,
applicants who are never hired."""
import random

from . import data as D
from . import media
from .infra import DAY, EPOCH0, EPOCH1, Place, TZ_OFF, iso, day

T_APP0 = EPOCH0 - 570 * DAY   # applications from mid-2023
HB_ASN, HB_OWNER = 396512, "Healthbridge Health System"


def city8(c, hub=-1):
    return c if len(c) == 8 else tuple(c) + (hub,)


HB8 = [city8(c, i) for i, c in enumerate(D.HB_CITIES)]
SUB8 = [tuple(c) for c in D.SUBURBS]
REM8 = [city8(c) for c in D.US_REMOTE]


class P:
    """A person: identity, home, network, devices, money."""


class World:
    """Shared honest infrastructure: campuses, units and their workstations, agencies, housing."""

    def __init__(self, ctx, out):
        self.ctx, self.out = ctx, out
        c = ctx
        self.campus = []
        units_per = 10 + ctx.size // 2500
        for ci, (name, hub, addr) in enumerate(D.CAMPUSES):
            city = HB8[hub]
            eg = [Place(c.ip_in([66, 208]), HB_ASN, HB_OWNER, city[0], "US", city[3], city[4], "false", -4)
                  for _ in range(3)]
            wifi = [Place(c.ip_in([204, 216]), 6461, "Zayo Bandwidth", city[0], "US", city[3], city[4], "false", -4)
                    for _ in range(2)]
            units = []
            for u in range(units_per):
                ws = [c.uuid() for _ in range(c.rng.randint(3, 6))]
                units.append({"gw": c.mac("00:1b:54"), "ws": ws, "model": c.pick(D.WORKSTATION_MODELS),
                              "name": f"{name.split()[1][:3].upper()}-U{u:02d}"})
            self.campus.append({"name": name, "hub": hub, "addr": addr, "city": city, "egress": eg, "wifi": wifi,
                                "units": units, "server_gw": c.mac("00:1b:54")})
        tzs = {0: "America/New_York", 1: "America/New_York", 2: "America/New_York", 3: "America/Kentucky/Louisville",
               4: "America/Indiana/Indianapolis", 5: "America/Chicago"}
        self.tzname = tzs
        # staffing firms, MSP, travel agencies: office networks, main lines
        self.firms = []
        for name, dom, addr in D.IT_STAFFING:
            self.firms.append({"name": name, "domain": dom, "addr": addr,
                               "egress": Place(c.ip_in([64, 198]), 7018, "AT&T Services, Inc.", addr.split(",")[-2].strip(),
                                               "US", 39.9, -84.0, "false", -4),
                               "feed": name in ("Keystone IT Staffing", "Corvid Consulting Group"),
                               "line": c.phone_us([{"OH": "614", "KY": "502", "IN": "317", "TN": "615"}[addr[-8:-6]]])})
        name, dom, addr = D.MSP
        self.msp = {"name": name, "domain": dom, "addr": addr,
                    "egress": Place(c.ip_in([64, 198]), 20115, "Charter Communications", "Dublin", "US", 40.1, -83.1,
                                    "false", -4),
                    "jump": [c.vps_place() for _ in range(2)], "line": c.phone_us(["614"])}
        self.agencies = []
        for name, dom, addr, ac in D.TRAVEL_AGENCIES:
            self.agencies.append({"name": name, "domain": dom, "addr": addr, "line": c.phone_us([ac]),
                                  "recruiters": [c.phone_us([ac]) for _ in range(3)]})
        self.housing = {}   # (agency, campus) -> list of housing units with free beds
        self.resume_services = D.RESUME_SERVICES
        self.lines = {}     # campus main lines
        for ci, cp in enumerate(self.campus):
            cp["line"] = c.phone_us(cp["city"][6])

    def housing_unit(self, ai, ci):
        key = (ai, ci)
        lst = self.housing.setdefault(key, [])
        if not lst or lst[-1]["beds"] <= 0:
            cp = self.campus[ci]
            addr = self.ctx.address(cp["city"], apt_p=1.0)
            lst.append({"addr": addr, "beds": self.ctx.rng.randint(2, 4),
                        "net": self.ctx.home_place(cp["city"]), "gw": self.ctx.mac(), "ssid": self.ctx.ssid()})
        h = lst[-1]
        h["beds"] -= 1
        return h


# ------------------------------------------------------------------ people
def new_person(ctx, origin=None, city=None, last=None, age=(23, 64), home_share=None):
    c = ctx
    p = P()
    p.origin = origin or c.wpick(D.ORIGIN_MIX)
    p.first, p.mi, p.last = c.name(p.origin, last)
    p.dob = c.dob(*age)
    p.ssn = c.ssn_hash()
    p.city = city or (c.pick(HB8) if c.chance(0.4) else c.pick(SUB8))
    p.tzname = p.city[5]
    p.tz = TZ_OFF.get(p.tzname, -4)
    if home_share:
        p.address, p.home, p.gw, p.ssid = home_share.address, home_share.home, home_share.gw, home_share.ssid
    else:
        p.address = c.address(p.city)
        p.home = c.home_place(p.city)
        p.gw, p.ssid = c.mac(), c.ssid()
    p.email = c.email(p.first, p.last)
    r = c.rng.random()
    p.phone = c.phone_us(p.city[6])
    p.lt = "mobile" if r < 0.9 else ("landline" if r < 0.94 else "voip")
    p.traits = []
    if p.lt == "voip":
        p.traits.append("google_voice")
    p.face = c.rng.getrandbits(40)
    p.bank = c.bank()
    p.phone_dev = "ovd" + c.hex(16)
    p.mobile = c.mobile_place(p.city)
    p.keyboards = ["en-US"]
    if p.origin in D.KEYBOARDS and c.chance(0.55):
        p.keyboards = ["en-US", c.pick(D.KEYBOARDS[p.origin][1:])]
        p.traits.append("heritage_keyboard")
    p.parent_phone = None
    if p.origin in D.HOME_COUNTRY and c.chance(0.7):
        p.parent_phone = c.phone_foreign(D.HOME_COUNTRY[p.origin])
    p.vpn = None
    p.sids = []
    p.resume = None
    return p


def typed_name(c, p, legal=False):
    if legal:
        return f"{p.first} {p.mi}. {p.last}" if p.mi and c.chance(0.35) else f"{p.first} {p.last}"
    r = c.rng.random()
    n = f"{p.first} {p.last}"
    if r < 0.05:
        return n.lower()
    if r < 0.08:
        return n.upper()
    if r < 0.12:
        return f"{p.last}, {p.first}"
    return n


def photo_for(c, out, p, edit, default_p=0.08):
    if c.chance(getattr(p, "default_p", default_p)):
        if "default_avatar" not in p.traits:
            p.traits.append("default_avatar")
        return out.avatar()
    return out.photo(p.face, edit)


def app_row(w, p, label, job, employer, t, family, fraud=0, photo_p=0.4, agency="", sid=None, email=None,
            phone=None, address=None, signup=None, country="US", resume_text=None, extra=None, device=None,
            profiles_extra=(), lt=None):
    """An ATS application (applicant row) and its candidate-portal sign-ins."""
    c, out = w.ctx, w.out
    sid = sid or c.uid("app_")
    photo = photo_for(c, out, p, c.rng.randint(0, 3)) if c.chance(photo_p) else ""
    res = ""
    if family in ("it", "rcm") or c.chance(0.3):
        if resume_text is None:
            if p.resume is None:
                svc = None
                if c.chance(0.18):
                    svc = c.pick(w.resume_services)
                    p.traits.append("resume_service")
                p.resume = media.resume(c.rng, f"{p.first} {p.last}", p.email, c.fmt_phone(p.phone),
                                        f"{p.city[0]}, {p.city[1]}", family, job, service=svc, md=c.chance(0.2))
            resume_text = p.resume
        if c.chance(0.25):
            res = resume_text
        else:
            res = out.resume_file(sid, resume_text, md=resume_text.startswith("# "))
    prof = []
    if c.chance(0.55 if family != "clinical" else 0.25):
        prof.append(f"https://www.linkedin.com/in/{p.first.lower()}-{p.last.lower().replace(' ', '')}-{c.hex(6)}")
    if family == "it" and c.chance(0.4):
        prof.append(f"https://github.com/{p.first.lower()[:1]}{p.last.lower().replace(' ', '').replace('-', '')}{c.hex(3)}")
    prof += list(profiles_extra)
    if "recovery_email" not in (extra or {}) and not fraud and c.chance(0.2):
        if not getattr(p, "alt_email", None):
            p.alt_email = c.email(p.first, p.last)
            p.traits.append("own_recovery_email")
        extra = dict(extra or {}, recovery_email=p.alt_email)
    sip = signup or (p.home if c.chance(0.75) else p.mobile)
    row = out.subject(fraud, label, id=sid, kind="applicant", full_name=typed_name(c, p), email=email or p.email,
                      phone=c.fmt_phone(phone or p.phone), phone_line_type=(lt or p.lt) if c.chance(0.8) else "",
                      address=c.fmt_address(address or p.address) if c.chance(0.7) else "", country=country,
                      birth_date=p.dob if c.chance(0.35) else "", photo=photo, resume=res, profiles=";".join(prof),
                      employer=employer, created_at=iso(t), signup_ip=sip.ip, hb_source="ats_workday_recruiting",
                      hb_record="application", hb_job=job, hb_agency=agency,
                      hb_req_id=f"R{c.rng.randint(100000, 999999)}",
                      hb_stage=c.pick(["applied", "screen", "interview", "rejected", "withdrawn", "offer", "hired"]),
                      **(extra or {}))
    browser = device or ("br" + c.hex(14))
    for k in range(c.rng.randint(1, 3)):
        pl = sip if k == 0 else (p.home if c.chance(0.7) else p.mobile)
        out.login(sid, t + k * c.rng.randint(3600, 20 * DAY), pl, browser, c.pick(D.USER_AGENTS_DESKTOP),
                  event="ats.candidate.login" if k else "ats.candidate.signup")
    p.sids.append(sid)
    return row


def hr_row(w, p, label, kind, employer, job, dept, facility, hire_t, worker_type, agency="", status="active",
           term_t=None, rehire_of="", email=None, address=None, fraud=0, idv=None, extra=None, sid=None):
    c, out = w.ctx, w.out
    sid = sid or c.uid("emp_" if kind == "employee" else "ctr_")
    photo = photo_for(c, out, p, c.rng.randint(0, 3), 0.03) if c.chance(0.5) else ""
    rec_email = (p.recovery_email if hasattr(p, "recovery_email") else p.email) if c.chance(0.7) else ""
    rec_phone = getattr(p, "recovery_phone", None) or (p.phone if c.chance(0.8) else "")
    rlt = getattr(p, "recovery_lt", None) or (p.lt if rec_phone == p.phone else "mobile")
    wmail = f"{p.first[0].lower()}{''.join(ch for ch in p.last.lower() if ch.isalpha())}{c.rng.randint(1, 999)}@healthbridge.org"
    row = out.subject(fraud, label, id=sid, kind=kind, full_name=typed_name(c, p, legal=True), email=email or p.email,
                      phone=c.fmt_phone(p.phone), phone_line_type=p.lt, address=address or p.address, country="US",
                      birth_date=p.dob, national_id=p.ssn if (kind == "employee" or c.chance(0.5)) else "",
                      photo=photo, employer=employer, created_at=day(hire_t), recovery_email=rec_email,
                      recovery_phone=c.fmt_phone(rec_phone) if rec_phone else "",
                      profiles=getattr(p, "hr_profiles", ""),
                      recovery_phone_line_type=rlt if rec_phone else "",
                      hb_source="hris_workday" if kind == "employee" else "hris_contingent", hb_record=worker_type,
                      hb_job=job, hb_department=dept, hb_facility=facility, hb_worker_type=worker_type,
                      hb_agency=agency, hb_status=status, hb_hire_date=day(hire_t),
                      hb_term_date=day(term_t) if term_t else "", hb_work_email=wmail,
                      hb_idv_vendor=c.pick(D.IDV_VENDORS),
                      hb_idv_result=idv or ("clear" if c.chance(0.94) else "consider"),
                      hb_i9_document=c.pick(D.I9_DOCS) if kind == "employee" else "",
                      hb_emergency_contact_phone=c.fmt_phone(getattr(p, "emergency", None) or p.parent_phone or c.phone_us(p.city[6])),
                      hb_rehire_of=rehire_of, **(extra or {}))
    p.sids.append(sid)
    return row


def laptop_profile(c, p, family, extra_usb=(), extra_procs=(), ports=(), sessions=(), displays=None):
    fam = {"it": D.DEV_PROCS, "rcm": D.RCM_PROCS, "clinical": D.CLINICAL_PROCS, "ops": D.IT_TOOLS}[family]
    usb = c.rng.sample(D.HOME_USB, c.rng.randint(1, 3)) + list(extra_usb)
    return {"system": c.pick(D.LAPTOP_MODELS), "tz": p.tzname, "keyboards": p.keyboards,
            "gateway": getattr(p, "gw", None), "ssid": getattr(p, "ssid", None), "procs": ["CSFalconService.exe"], "extra_procs": D.BASE_PROCS + fam + list(extra_procs),
            "usb": usb, "displays": displays if displays is not None else c.rng.sample(D.HOME_DISPLAYS, c.rng.randint(0, 2)),
            "ports": list(ports), "sessions": list(sessions)}


def remote_life(w, p, sid, start, end, family, pay=None, ship_to=None, vpn_p=0.08, extra_places=(),
                prof_kw=None, night=False, hours=None, source="hb_workday", schedule=None):
    """A remote worker: a shipped laptop at home, Okta from home, telemetry, pay."""
    c, out = w.ctx, w.out
    laptop = c.uuid()
    if ship_to is not False:
        out.shipment(sid, max(start - c.rng.randint(3, 12) * DAY, EPOCH0 - 400 * DAY), ship_to or p.address)
    places = [(p.home, 8), (p.mobile, 1)] + list(extra_places)
    if p.vpn is None and c.chance(vpn_p):
        p.vpn = c.pick(["nordvpn", "expressvpn", "protonvpn", "surfshark"])
        p.traits.append("vpn_user")
    if p.vpn:
        places.append((c.vpn_place(p.vpn), 2.5))
    if c.chance(0.15):
        places.append((c.home_place(c.pick(REM8)), 0.6))  # a weekend at family / coffee shop
        p.traits.append("travels_domestic")
    devs = [((laptop, c.pick(D.USER_AGENTS_DESKTOP)), 8), ((p.phone_dev, c.pick(D.USER_AGENTS_MOBILE)), 1.2)]
    out.activity(sid, start, end, c.rng.randint(14, 34), places, devs, night, (p.phone_dev, p.mobile), p.tz, hours)
    pr = laptop_profile(c, p, family, **(prof_kw or {}))
    out.telemetry(sid, laptop, start, end, c.rng.randint(2, 4), pr)
    if pay:
        out.payroll(sid, start, EPOCH1, schedule or pay_schedule(c, p, start), pay, source,
                    splits=split_of(c, p))
    return laptop


def split_of(c, p):
    if getattr(p, "split", None) is None:
        p.split = (c.bank(), c.rng.uniform(0.08, 0.3)) if c.chance(0.12) else False
        if p.split:
            p.traits.append("split_deposit")
    return p.split or None


def pay_schedule(c, p, start):
    if getattr(p, "sched", None):
        return p.sched
    if c.chance(0.05):
        p.traits.append("pay_card")
        first = c.paycard()
    else:
        first = p.bank
    sched = [(start, first)]
    if c.chance(0.07):  # moved to a credit union / new bank, sometimes soon after hire
        sched.append((c.ts_between(start + 20 * DAY, EPOCH1), c.bank()))
        p.traits.append("payroll_change_new_bank")
    p.sched = sched
    return sched


def onsite_life(w, p, sid, ci, start, end, night, pay, union=False, n=None, unit=None, home_w=1.5,
                laptop=False, family="clinical"):
    """A clinician / support worker: shared unit workstations on the hospital network, phone, home PC."""
    c, out = w.ctx, w.out
    cp = w.campus[ci]
    u = unit or c.pick(cp["units"])
    ws = c.rng.sample(u["ws"], min(len(u["ws"]), c.rng.randint(2, 4)))
    places = [(c.pick(cp["egress"]), 5), (c.pick(cp["egress"]), 2), (c.pick(cp["wifi"]), 1.5), (p.home, home_w),
              (p.mobile, 1.2)]
    devs = [((d, D.UA_CITRIX), 2) for d in ws] + [((p.phone_dev, c.pick(D.USER_AGENTS_MOBILE)), 1.5),
                                                 (("", c.pick(D.USER_AGENTS_DESKTOP)), 1)]
    out.activity(sid, start, end, n or c.rng.randint(6, 20), places, devs, night, (p.phone_dev, p.mobile),
                 p.tz)
    for d in ws[:c.rng.randint(1, 2)]:
        out.telemetry(sid, d, start, end, 1, {
            "system": u["model"], "tz": w.tzname[cp["hub"]], "keyboards": ["en-US"], "gateway": u["gw"],
            "procs": ["ImprivataAgent.exe"], "extra_procs": D.CLINICAL_PROCS + ["CSFalconService.exe"],
            "usb": c.rng.sample(D.CLINICAL_USB, 2), "displays": [c.pick(D.CLINICAL_DISPLAYS)]})
    if laptop:
        lp = c.uuid()
        out.activity(sid, start, end, c.rng.randint(4, 10), [(p.home, 4), (c.pick(cp["egress"]), 3)],
                     [((lp, c.pick(D.USER_AGENTS_DESKTOP)), 1)], night, None, p.tz)
        out.telemetry(sid, lp, start, end, 2, laptop_profile(c, p, family))
    if pay:
        out.payroll(sid, start, EPOCH1, pay_schedule(c, p, start), pay, union=union, splits=split_of(c, p))
    return u


def hire_time(c, recent_p=0.3):
    if c.chance(recent_p):
        return c.ts_between(EPOCH0 - 300 * DAY, EPOCH0 + 240 * DAY), True
    return c.ts_between(EPOCH0 - 20 * 365 * DAY, EPOCH0 - 300 * DAY), False


def visit_home(w, p, sid, start=None):
    """Weeks in the home country with notice: phone sign-ins from a family home line / mobile there."""
    c, out = w.ctx, w.out
    cc = D.HOME_COUNTRY.get(p.origin)
    if not cc:
        return
    t0 = c.ts_between(max(start or EPOCH0, EPOCH0), EPOCH1 - 25 * DAY)
    fam = c.foreign_place(cc)
    for _ in range(c.rng.randint(3, 9)):
        t = t0 + c.rng.randint(0, 21 * DAY)
        pl = fam if c.chance(0.7) else Place(fam.ip if c.chance(0.2) else c.ip_in([110, 49, 1]), fam.asn, fam.owner,
                                              fam.city, cc, fam.lat, fam.lon, "false", fam.tz)
        out.login(sid, t, pl, p.phone_dev, c.pick(D.USER_AGENTS_MOBILE), c.pick(["success"] * 5 + ["challenge"]),
                  "user.session.start")
    p.traits.append("visits_home")


# ------------------------------------------------------------------ kinds
def nurse(w, p, label="bedside_nurse", job=None, night_p=0.42, ci=None):
    c = w.ctx
    ci = ci if ci is not None else campus_for(c, p)
    cp = w.campus[ci]
    hire, recent = hire_time(c, 0.28)
    job = job or c.pick(D.CLINICAL_ROLES[:7])
    if recent:
        for k in range(c.rng.randint(1, 2)):
            app_row(w, p, label, job, D.EMPLOYERS["hb_health"], hire - c.rng.randint(20, 120) * DAY, "clinical",
                    photo_p=0.2)
        if k:
            p.traits.append("multi_applied")
    night = c.chance(night_p)
    if night:
        p.traits.append("night_shift")
    union = ci in (1, 4) and c.chance(0.8)
    sid = hr_row(w, p, label, "employee", D.EMPLOYERS["hb_health"], job, "Nursing", cp["name"], hire, "regular",
                 extra={"hb_union": "SEIU 1199" if union else ""})["id"]
    onsite_life(w, p, sid, ci, hire, EPOCH1, night, c.rng.uniform(2300, 3600), union=union)
    p.traits.append("shared_workstation")
    return sid


def campus_for(c, p):
    hub = p.city[7] if len(p.city) > 7 and p.city[7] >= 0 else c.rng.randrange(6)
    opts = [i for i, cp in enumerate(D.CAMPUSES) if cp[1] == hub]
    return c.pick(opts) if opts else 0


def gen_bedside_nurse(w):
    p = new_person(w.ctx)
    nurse(w, p)
    return [(p, "bedside_nurse")]


def gen_clinical_staff(w):
    c = w.ctx
    p = new_person(c)
    nurse(w, p, "clinical_staff", job=c.pick(D.CLINICAL_ROLES[7:]), night_p=0.25)
    return [(p, "clinical_staff")]


def gen_support_staff(w):
    c = w.ctx
    p = new_person(c, age=(19, 66))
    ci = campus_for(c, p)
    hire, recent = hire_time(c, 0.4)
    job = c.pick(D.SUPPORT_ROLES)
    if recent:
        app_row(w, p, "support_staff", job, D.EMPLOYERS["hb_health"], hire - c.rng.randint(10, 60) * DAY, "clinical",
                photo_p=0.15)
    night = c.chance(0.3)
    if night:
        p.traits.append("night_shift")
    sid = hr_row(w, p, "support_staff", "employee", D.EMPLOYERS["hb_health"], job, "Operations",
                 w.campus[ci]["name"], hire, c.pick(["regular", "regular", "part_time", "per_diem"]))["id"]
    if c.chance(0.12):
        p.sched = [(hire, c.paycard())]
        p.traits.append("pay_card")
    onsite_life(w, p, sid, ci, hire, EPOCH1, night, c.rng.uniform(1050, 1650), n=c.rng.randint(3, 9), home_w=0.6)
    p.traits.append("shared_workstation")
    return [(p, "support_staff")]


def gen_physician(w):
    c = w.ctx
    p = new_person(c, age=(31, 68))
    ci = campus_for(c, p)
    hire, recent = hire_time(c, 0.2)
    sid = hr_row(w, p, "physician", "employee", D.EMPLOYERS["hb_medgroup"], c.pick(D.PHYSICIAN_ROLES), "Medicine",
                 w.campus[ci]["name"], hire, "regular")["id"]
    if c.chance(0.12):
        p.vpn = c.pick(["nordvpn", "expressvpn"])
        p.traits.append("vpn_user")
    onsite_life(w, p, sid, ci, hire, EPOCH1, c.chance(0.2), c.rng.uniform(8000, 14000), home_w=4, laptop=True)
    if p.vpn:
        w.out.activity(sid, EPOCH0, EPOCH1, c.rng.randint(2, 6), [(c.vpn_place(p.vpn), 1)],
                       [(("", D.UA_CITRIX), 1)], True, None, p.tz)
    p.traits.append("shared_workstation")
    return [(p, "physician")]


def gen_medical_resident(w):
    c = w.ctx
    img = c.chance(0.3)
    origin = c.pick(["indian", "nigerian", "filipino", "korean"]) if img else None
    p = new_person(c, origin=origin, age=(25, 34))
    ci = campus_for(c, p)
    # ERAS application from med school: another city, or abroad for an international graduate
    school_city = c.pick(REM8)
    t_app = c.ts_between(EPOCH0 - 480 * DAY, EPOCH0 - 100 * DAY)
    if img:
        cc = D.HOME_COUNTRY[p.origin]
        app_row(w, p, "medical_resident", f"Resident Physician - {c.pick(D.RESIDENT_PROGRAMS)}", D.EMPLOYERS["hb_gme"],
                t_app, "clinical", photo_p=0.9, address=c.foreign_address(cc),
                country=cc, signup=c.foreign_place(cc), phone=c.phone_foreign(cc))
        p.traits.append("international_graduate")
    else:
        app_row(w, p, "medical_resident", f"Resident Physician - {c.pick(D.RESIDENT_PROGRAMS)}", D.EMPLOYERS["hb_gme"],
                t_app, "clinical", photo_p=0.9, address=c.address(school_city), signup=c.home_place(school_city))
    hire = c.pick([EPOCH0 - 185 * DAY, EPOCH0 - 550 * DAY, EPOCH0 - 915 * DAY])
    sid = hr_row(w, p, "medical_resident", "employee", D.EMPLOYERS["hb_gme"], "Resident Physician", "Graduate Medical Education",
                 w.campus[ci]["name"], hire, "resident")["id"]
    # moves every July: two apartments in the year
    old_home = p.home
    p.home = c.home_place(p.city)
    move = EPOCH0 + 180 * DAY
    w.out.activity(sid, EPOCH0, move, c.rng.randint(3, 8), [(old_home, 1)], [(("", c.pick(D.USER_AGENTS_DESKTOP)), 1)],
                   True, None, p.tz)
    onsite_life(w, p, sid, ci, max(hire, EPOCH0), EPOCH1, c.chance(0.5), c.rng.uniform(2300, 2700))
    p.traits += ["moved", "shared_workstation"]
    if p.origin in D.HOME_COUNTRY and c.chance(0.3):
        visit_home(w, p, sid)
    return [(p, "medical_resident")]


def gen_travel_nurse(w):
    c = w.ctx
    home_city = c.pick(REM8)
    p = new_person(c, city=home_city, age=(25, 55))
    ai = c.rng.randrange(len(w.agencies))
    ag = w.agencies[ai]
    p.recovery_phone = c.pick(ag["recruiters"]) if c.chance(0.35) else None
    if p.recovery_phone:
        p.recovery_lt = "landline"
        p.traits.append("agency_recruiter_phone")
    p.emergency = ag["line"] if c.chance(0.25) else None
    assignments = c.rng.randint(1, 2) if c.chance(0.35) else 1
    t = c.ts_between(EPOCH0 - 40 * DAY, EPOCH0 + 150 * DAY)
    tax_home = p.address
    for k in range(assignments):
        ci = c.rng.randrange(len(w.campus))
        h = w.housing_unit(ai, ci)
        addr_on_file = h["addr"] if c.chance(0.5) else (tax_home if c.chance(0.7) else f"c/o {ag['name']}, {ag['addr']}")
        if addr_on_file == h["addr"]:
            p.traits.append("agency_housing")
        elif addr_on_file != tax_home:
            p.traits.append("agency_office_address")
        job = c.pick(D.CLINICAL_ROLES[:7])
        sid = hr_row(w, p, "travel_nurse", "contractor", ag["name"], job + " (Travel, 13 wk)", "Nursing",
                     w.campus[ci]["name"], t, "travel_contract", agency=ag["name"], address=addr_on_file,
                     status="active" if k == assignments - 1 else "ended", term_t=t + 91 * DAY)["id"]
        p.home = h["net"]
        p.gw, p.ssid = h["gw"], h["ssid"]
        onsite_life(w, p, sid, ci, t, min(EPOCH1, t + 91 * DAY), c.chance(0.5), None, home_w=2)
        # home state between shifts / the next assignment elsewhere
        w.out.activity(sid, t, min(EPOCH1, t + 91 * DAY), c.rng.randint(2, 6),
                       [(c.mobile_place(home_city), 1), (c.home_place(home_city), 1),
                        (c.mobile_place(c.pick(REM8)), 0.7)], [((p.phone_dev, c.pick(D.USER_AGENTS_MOBILE)), 1)],
                       False, None, p.tz)
        t += 91 * DAY + c.rng.randint(7, 30) * DAY
    p.traits += ["multi_state_logins", "shared_workstation"]
    if assignments > 1:
        p.traits.append("multi_assignment")
    return [(p, "travel_nurse")]


def gen_immigrant_clinician(w):
    c = w.ctx
    origin = c.wpick([("filipino", 4), ("indian", 3), ("nigerian", 2), ("korean", 1)])
    out = []
    p = new_person(c, origin=origin)
    sib = None
    if c.chance(0.2):  # a sibling also at Healthbridge: the same parent's number at home
        sib = new_person(c, origin=origin, last=p.last, home_share=p if c.chance(0.5) else None)
        sib.parent_phone = p.parent_phone = p.parent_phone or c.phone_foreign(D.HOME_COUNTRY[origin])
    for q in [x for x in (p, sib) if x]:
        if q.parent_phone and c.chance(0.45):
            q.recovery_phone, q.recovery_lt = q.parent_phone, "mobile"
            q.traits.append("parent_abroad_recovery")
        physician = c.chance(0.2)
        if physician:
            row = hr_row(w, q, "immigrant_clinician", "employee", D.EMPLOYERS["hb_medgroup"], c.pick(D.PHYSICIAN_ROLES),
                         "Medicine", w.campus[campus_for(c, q)]["name"], hire_time(c, 0.3)[0], "regular")
            row["hb_i9_document"] = c.pick(["permanent resident card", "EAD", "foreign passport + I-94 (H-1B)"])
            sid = row["id"]
            onsite_life(w, q, sid, campus_for(c, q), EPOCH0, EPOCH1, c.chance(0.2), c.rng.uniform(8000, 13000),
                        home_w=3, laptop=True)
            q.traits.append("shared_workstation")
        else:
            sid = nurse(w, q, "immigrant_clinician")
        if c.chance(0.45):
            visit_home(w, q, sid)
        if sib:
            q.traits.append("sibling_same_parent_phone")
        out.append((q, "immigrant_clinician"))
    return out


def gen_married_couple(w):
    c = w.ctx
    origin = c.wpick(D.ORIGIN_MIX)
    a = new_person(c, origin=origin)
    b = new_person(c, origin=origin if c.chance(0.85) else None, last=a.last if c.chance(0.7) else None, home_share=a)
    joint = c.chance(0.6)
    if joint:
        b.bank = a.bank
    res = []
    for q, other in ((a, b), (b, a)):
        if c.chance(0.15):
            q.recovery_email = other.email
            q.traits.append("spouse_recovery_email")
        if c.chance(0.1):
            q.recovery_phone, q.recovery_lt = other.phone, other.lt
            q.traits.append("spouse_recovery_phone")
        q.traits.append("shared_home")
        if joint:
            q.traits.append("joint_account")
        role = c.wpick([("nurse", 4), ("rcm", 2), ("it", 1.2), ("support", 1), ("physician", 0.6)])
        if role == "nurse":
            nurse(w, q, "married_couple")
        elif role == "support":
            ci = campus_for(c, q)
            hire = hire_time(c, 0.3)[0]
            sid = hr_row(w, q, "married_couple", "employee", D.EMPLOYERS["hb_health"], c.pick(D.SUPPORT_ROLES),
                         "Operations", w.campus[ci]["name"], hire, "regular")["id"]
            onsite_life(w, q, sid, ci, hire, EPOCH1, c.chance(0.3), c.rng.uniform(1100, 1700))
            q.traits.append("shared_workstation")
        elif role == "physician":
            ci = campus_for(c, q)
            sid = hr_row(w, q, "married_couple", "employee", D.EMPLOYERS["hb_medgroup"], c.pick(D.PHYSICIAN_ROLES),
                         "Medicine", w.campus[ci]["name"], hire_time(c, 0.2)[0], "regular")["id"]
            onsite_life(w, q, sid, ci, EPOCH0, EPOCH1, False, c.rng.uniform(8000, 14000), home_w=3, laptop=True)
        else:
            remote_worker(w, q, "married_couple", "it" if role == "it" else "rcm")
        res.append((q, "married_couple"))
    if c.chance(0.2):  # one family computer both use at home
        fam = c.uuid()
        for q in (a, b):
            w.out.activity(q.sids[-1], EPOCH0, EPOCH1, c.rng.randint(1, 4), [(a.home, 1)],
                           [((fam, D.USER_AGENTS_DESKTOP[2]), 1)], False, None, q.tz)
            q.traits.append("family_computer")
    return res


def remote_worker(w, p, label, family, employer=None, agency="", kind="employee", ship_to=None, source="hb_workday",
                  pay=True, prof_kw=None, apps=None):
    c = w.ctx
    hire, recent = hire_time(c, 0.45)
    job = c.pick(D.REMOTE_IT_ROLES if family == "it" else D.REMOTE_RCM_ROLES)
    employer = employer or (D.EMPLOYERS["hb_rcm"] if family == "rcm" else D.EMPLOYERS["hb_health"])
    if recent or apps:
        n = apps or c.rng.randint(1, 3)
        for k in range(n):
            app_row(w, p, label, job if k == 0 else c.pick(D.REMOTE_IT_ROLES if family == "it" else D.REMOTE_RCM_ROLES),
                    D.EMPLOYERS["hb_rcm"] if family == "rcm" else D.EMPLOYERS["hb_health"],
                    hire - c.rng.randint(15, 200) * DAY, family, photo_p=0.45, agency=agency)
        if n > 1:
            p.traits.append("multi_applied")
    sid = hr_row(w, p, label, kind, employer, job, "Revenue Cycle" if family == "rcm" else "Information Technology",
                 "Remote", hire, "regular" if kind == "employee" else "contractor", agency=agency)["id"]
    amount = c.rng.uniform(1500, 2300) if family == "rcm" else c.rng.uniform(2800, 5200)
    remote_life(w, p, sid, hire, EPOCH1, family, amount if pay else None, ship_to=ship_to if recent else False,
                source=source, prof_kw=prof_kw)
    if p.origin in D.HOME_COUNTRY and c.chance(0.3):
        visit_home(w, p, sid)
    p.traits.append("remote_home")
    return sid


def gen_remote_revenue_cycle(w):
    c = w.ctx
    p = new_person(c, city=c.pick(REM8 + SUB8 + HB8))
    remote_worker(w, p, "remote_revenue_cycle", "rcm")
    return [(p, "remote_revenue_cycle")]


def gen_remote_it_data(w):
    c = w.ctx
    origin = c.wpick([("us", 62), ("indian", 20), ("chinese", 6), ("vietnamese", 4), ("korean", 4), ("nigerian", 2),
                      ("filipino", 2)])
    p = new_person(c, origin=origin, city=c.pick(REM8 + SUB8 + HB8), age=(23, 60))
    kw = None
    if c.chance(0.04):
        kw = {"extra_usb": [("PiKVM Multifunction Composite Gadget", "1d6b", "0104")]}
        p.traits.append("homelab_ipkvm")
    remote_worker(w, p, "remote_it_data", "it", prof_kw=kw)
    return [(p, "remote_it_data")]


def gen_it_staffing_contractor(w):
    c = w.ctx
    origin = c.wpick([("us", 55), ("indian", 32), ("chinese", 4), ("vietnamese", 3), ("nigerian", 3), ("filipino", 3)])
    p = new_person(c, origin=origin, city=c.pick(REM8 + SUB8 + HB8), age=(24, 60))
    f = c.pick(w.firms)
    to_office = c.chance(0.4)
    if to_office:
        p.traits.append("laptop_to_staffing_office")
    if c.chance(0.2):
        p.recovery_phone, p.recovery_lt = f["line"], "fixedVoip"
        p.traits.append("firm_main_line")
    family = "it" if c.chance(0.8) else "rcm"
    remote_worker(w, p, "it_staffing_contractor", family, employer=f["name"], agency=f["name"], kind="contractor",
                  ship_to=f["addr"] if to_office else None, source=f["name"].split()[0].lower() + "_payroll_feed",
                  pay=f["feed"], apps=c.rng.randint(1, 2))
    return [(p, "it_staffing_contractor")]


def gen_it_desktop_support(w):
    c = w.ctx
    p = new_person(c, age=(21, 60))
    ci = campus_for(c, p)
    cp = w.campus[ci]
    hire, recent = hire_time(c, 0.3)
    if recent:
        app_row(w, p, "it_desktop_support", c.pick(D.ONSITE_IT_ROLES), D.EMPLOYERS["hb_health"],
                hire - c.rng.randint(20, 90) * DAY, "it", photo_p=0.3)
    sid = hr_row(w, p, "it_desktop_support", "employee", D.EMPLOYERS["hb_health"], c.pick(D.ONSITE_IT_ROLES),
                 "Information Technology", cp["name"], hire, "regular")["id"]
    laptop = c.uuid()
    w.out.shipment(sid, max(hire, EPOCH0 - 200 * DAY) + 2 * DAY, D.HB_IT_DEPOT, reason="depot pickup", carrier="internal")
    p.traits.append("laptop_to_campus")
    # fixing shared workstations across many units
    units = c.rng.sample(cp["units"], min(len(cp["units"]), 5))
    wsd = [((c.pick(u["ws"]), D.UA_CITRIX), 1) for u in units]
    night = c.chance(0.2)
    if night:
        p.traits.append("night_shift")
    w.out.activity(sid, hire, EPOCH1, c.rng.randint(16, 34),
                   [(c.pick(cp["egress"]), 6), (p.home, 2), (p.mobile, 1)],
                   [((laptop, c.pick(D.USER_AGENTS_DESKTOP)), 6), ((p.phone_dev, D.USER_AGENTS_MOBILE[2]), 1)] + wsd,
                   night, (p.phone_dev, p.mobile), p.tz)
    kvm = c.rng.sample(D.SERVER_ROOM_KVM, c.rng.randint(1, 2)) if c.chance(0.55) else []
    if kvm:
        p.traits.append("server_room_kvm")
    if c.chance(0.08):
        kvm.append(("PiKVM Multifunction Composite Gadget", "1d6b", "0104"))
        p.traits.append("server_room_ipkvm")
    sessions = [(f"10.{c.rng.randint(16, 31)}.{c.rng.randint(0, 255)}.{c.rng.randint(2, 250)}", None)
                for _ in range(c.rng.randint(0, 3))]
    ports = ["3389/tcp"] if c.chance(0.2) else []
    if c.chance(0.1):
        ports.append("5900/tcp")
    prof = laptop_profile(c, p, "ops", extra_usb=kvm, ports=ports, sessions=sessions,
                          displays=["ATEN KVM"] if kvm and c.chance(0.3) else None)
    prof["gateway"] = [cp["server_gw"], p.gw]
    prof["procs"] = ["CSFalconService.exe", c.pick(D.IT_TOOLS[:2])]
    w.out.telemetry(sid, laptop, hire, EPOCH1, c.rng.randint(2, 4), prof)
    w.out.payroll(sid, hire, EPOCH1, pay_schedule(c, p, hire), c.rng.uniform(1700, 2600), splits=split_of(c, p))
    p.traits += ["remote_tools"]
    return [(p, "it_desktop_support")]


def gen_msp_technician(w):
    c = w.ctx
    p = new_person(c, city=c.pick(SUB8[:6] + HB8[:1]), age=(22, 58))
    m = w.msp
    hire = c.ts_between(EPOCH0 - 900 * DAY, EPOCH0 + 200 * DAY)
    sid = hr_row(w, p, "msp_technician", "contractor", m["name"], c.pick(["Field Engineer", "NOC Technician",
                 "Service Desk Tier 2", "Systems Engineer"]), "Information Technology", "Remote / MSP", hire,
                 "msp_contractor", agency=m["name"])["id"]
    laptop = c.uuid()
    w.out.shipment(sid, max(hire, EPOCH0 - 100 * DAY), m["addr"], reason="to vendor office")
    p.traits += ["laptop_to_msp_office", "remote_tools", "cloud_jump_host"]
    jump = c.pick(m["jump"])
    w.out.activity(sid, hire, EPOCH1, c.rng.randint(14, 30), [(m["egress"], 5), (jump, 2), (p.home, 2)],
                   [((laptop, c.pick(D.USER_AGENTS_DESKTOP)), 5), ((p.phone_dev, D.USER_AGENTS_MOBILE[2]), 1)],
                   c.chance(0.3), (p.phone_dev, p.mobile), p.tz)
    prof = laptop_profile(c, p, "ops", ports=["3389/tcp"] if c.chance(0.4) else [],
                          sessions=[(jump.ip, None)] if c.chance(0.6) else [],
                          extra_procs=["ScreenConnect.ClientService.exe", "NableAgent.exe"])
    prof["procs"].append("ScreenConnect.ClientService.exe")
    w.out.telemetry(sid, laptop, hire, EPOCH1, c.rng.randint(2, 4), prof)
    return [(p, "msp_technician")]


def gen_name_changed(w):
    c = w.ctx
    p = new_person(c, age=(23, 50))
    old_last, old_email = p.last, p.email
    # an old application under the maiden name, the HR row under the married name
    t_app = c.ts_between(EPOCH0 - 560 * DAY, EPOCH0 - 200 * DAY)
    app_row(w, p, "name_changed", c.pick(D.CLINICAL_ROLES + D.REMOTE_RCM_ROLES), D.EMPLOYERS["hb_health"], t_app,
            "clinical")
    _, _, new_last = c.name("us" if p.origin == "us" else p.origin)
    p.last = new_last
    c.claim_name(p.first, new_last)
    if c.chance(0.5):
        p.email = c.email(p.first, new_last)
    if c.chance(0.3):
        p.address = c.address(p.city)
        p.home = c.home_place(p.city)
        p.traits.append("moved")
    hr_extra = {"hb_idv_result": "consider"} if c.chance(0.3) else {}
    if c.chance(0.6):
        nurse(w, p, "name_changed")
    else:
        remote_worker(w, p, "name_changed", "rcm")
    if hr_extra:
        w.out.subjects[-1]["hb_idv_result"] = "consider"
    p.traits.append("new_surname")
    p.old = (old_last, old_email)
    return [(p, "name_changed")]


def gen_rehired(w):
    c = w.ctx
    p = new_person(c, age=(25, 62))
    ci = campus_for(c, p)
    t0 = c.ts_between(EPOCH0 - 9 * 365 * DAY, EPOCH0 - 900 * DAY)
    term = c.ts_between(t0 + 200 * DAY, EPOCH0 - 200 * DAY)
    job = c.pick(D.CLINICAL_ROLES + D.SUPPORT_ROLES)
    old = hr_row(w, p, "rehired", "employee", D.EMPLOYERS["hb_health"], job, "Nursing", w.campus[ci]["name"], t0,
                 "regular", status="terminated", term_t=term)["id"]
    if c.chance(0.5):
        p.address = c.address(p.city)
        p.home = c.home_place(p.city)
        p.traits.append("moved")
    if c.chance(0.3):
        p.email = c.email(p.first, p.last)
    rehire = c.ts_between(EPOCH0 - 250 * DAY, EPOCH0 + 200 * DAY)
    sid = hr_row(w, p, "rehired", "employee", D.EMPLOYERS["hb_health"], job, "Nursing", w.campus[ci]["name"], rehire,
                 "regular", rehire_of=old)["id"]
    onsite_life(w, p, sid, ci, rehire, EPOCH1, c.chance(0.35), c.rng.uniform(1500, 3400))
    p.traits += ["second_hr_row", "shared_workstation"]
    return [(p, "rehired")]


def gen_per_diem_float(w):
    """Works per diem at two campuses: two job records (HR rows), one person."""
    c = w.ctx
    p = new_person(c, city=c.pick(SUB8[:6] + HB8[:3]))
    cis = c.rng.sample([0, 1, 2, 3], 2)
    for ci in cis:
        hire = hire_time(c, 0.3)[0]
        sid = hr_row(w, p, "per_diem_float", "employee", D.EMPLOYERS["hb_health"], c.pick(D.CLINICAL_ROLES[:7]),
                     "Float Pool", w.campus[ci]["name"], hire, "per_diem")["id"]
        onsite_life(w, p, sid, ci, hire, EPOCH1, c.chance(0.4), c.rng.uniform(900, 1900), n=c.rng.randint(4, 10))
    p.traits += ["second_hr_row", "shared_workstation"]
    return [(p, "per_diem_float")]


def gen_applicant_clinical(w):
    c = w.ctx
    p = new_person(c, city=c.pick(HB8 + SUB8 + REM8), age=(19, 62))
    n = c.wpick([(1, 6), (2, 2.5), (3, 1)])
    t = c.ts_between(T_APP0, EPOCH1 - 10 * DAY)
    for k in range(n):
        if k and c.chance(0.15):
            p.email = c.email(p.first, p.last)
            p.traits.append("new_mailbox")
        app_row(w, p, "applicant_clinical", c.pick(D.CLINICAL_ROLES + D.SUPPORT_ROLES), D.EMPLOYERS["hb_health"],
                t + k * c.rng.randint(5, 120) * DAY, "clinical", photo_p=0.2)
    if n > 1:
        p.traits.append("multi_applied")
    return [(p, "applicant_clinical")]


def gen_applicant_remote(w):
    c = w.ctx
    origin = c.wpick([("us", 60), ("indian", 18), ("chinese", 5), ("nigerian", 5), ("filipino", 5), ("vietnamese", 3),
                      ("korean", 4)])
    abroad = origin != "us" and c.chance(0.12)
    p = new_person(c, origin=origin, city=c.pick(REM8 + HB8 + SUB8), age=(21, 60))
    if c.chance(0.3):
        p.email = c.email(p.first, p.last, [("outlook.com", 4), ("hotmail.com", 2), ("gmail.com", 4), ("proton.me", 1)])
    if p.lt == "mobile" and c.chance(0.08):
        p.lt = "voip"
        p.traits.append("google_voice")
    kw = {}
    if abroad:
        cc = D.HOME_COUNTRY[origin]
        kw = {"country": cc, "phone": c.phone_foreign(cc), "address": c.foreign_address(cc)}
        p.traits.append("applies_from_abroad")
    sip = None
    if abroad:
        sip = c.foreign_place(D.HOME_COUNTRY[origin])
    elif c.chance(0.08):
        p.vpn = c.pick(["nordvpn", "expressvpn", "protonvpn", "surfshark", "astrill"])
        sip = c.vpn_place(p.vpn)
        p.traits.append("vpn_user")
    fam = "it" if c.chance(0.6) else "rcm"
    n = c.wpick([(1, 5), (2, 3), (3, 1.5), (4, 0.6)])
    t = c.ts_between(T_APP0, EPOCH1 - 10 * DAY)
    for k in range(n):
        if k and c.chance(0.12):
            p.email = c.email(p.first, p.last)
            p.traits.append("new_mailbox")
        app_row(w, p, "applicant_remote", c.pick(D.REMOTE_IT_ROLES if fam == "it" else D.REMOTE_RCM_ROLES),
                D.EMPLOYERS["hb_rcm"] if fam == "rcm" else D.EMPLOYERS["hb_health"], t + k * c.rng.randint(3, 90) * DAY,
                fam, photo_p=0.5, signup=sip, agency=c.pick(w.firms)["name"] if c.chance(0.2) else "", **kw)
    if n > 1:
        p.traits.append("multi_applied")
    return [(p, "applicant_remote")]


KINDS = [  # generator, weight (persons per draw)
    (gen_bedside_nurse, 18), (gen_clinical_staff, 10), (gen_support_staff, 7), (gen_physician, 3.2),
    (gen_medical_resident, 3), (gen_travel_nurse, 4.5), (gen_immigrant_clinician, 4.5), (gen_married_couple, 2.2),
    (gen_remote_revenue_cycle, 5.5), (gen_remote_it_data, 4), (gen_it_staffing_contractor, 3),
    (gen_it_desktop_support, 1.8), (gen_msp_technician, 0.8), (gen_name_changed, 1.8), (gen_rehired, 1.8),
    (gen_per_diem_float, 1.2), (gen_applicant_clinical, 9), (gen_applicant_remote, 10),
]
FILL_KINDS = [(gen_applicant_clinical, 1), (gen_applicant_remote, 1)]
