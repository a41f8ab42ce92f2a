"""People, employers and the honest side of Hirepath: applications, hires, onboarding, staff accounts."""
import os

from . import data as D
from . import media as M
from .infra import DAY, HOUR, T0, T1, Net, fold

SUBJECT_COLS = ["id", "kind", "full_name", "email", "phone", "address", "country", "birth_date", "national_id", "photo",
                "resume", "profiles", "employer", "created_at", "recovery_email", "recovery_phone", "signup_ip",
                "phone_line_type", "recovery_phone_line_type", "hirepath_tenant", "hirepath_requisition",
                "hirepath_job_title", "hirepath_stage", "hirepath_source", "hirepath_interview_mode", "hirepath_agency",
                "hirepath_referrer", "hirepath_work_auth", "hirepath_location_pref", "hirepath_role", "hirepath_work_email",
                "hirepath_start_date", "hirepath_worker_type", "hirepath_previous_name", "hirepath_status"]


class P:
    """A real (or claimed) person behind one or more subject rows."""
    pass


class Employer:
    pass


# ============================================================================ employers, agencies, schools
def _domain_row(w, domain, company, reg_t, registrant, ns_kind, ip):
    if ns_kind == "aws":
        ns = D.NAMESERVERS["aws"].format(a=w.r.randrange(1, 2000), b=w.r.randrange(10, 60), c=w.r.randrange(1, 2000), d=w.r.randrange(10, 60))
    elif ns_kind == "cloudflare":
        ns = D.NAMESERVERS["cloudflare"].format(x=w.r.choice(D.CF_NAMES), y=w.r.choice(D.CF_NAMES))
    elif ns_kind == "godaddy":
        a = w.r.randrange(1, 80)
        ns = D.NAMESERVERS["godaddy"].format(a=a, b=a + 1)
    elif ns_kind == "google":
        ns = D.NAMESERVERS["google"].format(x=w.r.choice("abcde"))
    elif ns_kind == "azure":
        ns = D.NAMESERVERS["azure"].format(a=w.r.randrange(1, 9))
    else:
        ns = D.NAMESERVERS["namecheap"]
    w.domains.append({"domain": domain, "company": company, "registered_at": w.date(reg_t) if reg_t > 0 else "1998-06-12",
                      "registrant_email": registrant, "ip": ip, "nameservers": ns,
                      "hirepath_role": None})
    return w.domains[-1]


def shared_web_ip(w):
    if not hasattr(w, "_cf_ips"):
        w._cf_ips = ["104.18.%d.%d" % (w.r.randrange(0, 64), w.r.randrange(1, 255)) for _ in range(40)] + \
                    ["172.67.%d.%d" % (w.r.randrange(0, 255), w.r.randrange(1, 255)) for _ in range(40)]
    return w.r.choice(w._cf_ips)


def build_employers(w, k):
    emps = []
    used = set()
    depots = []
    for c in w.r.sample(D.US_CITIES, 12):
        a = w.us_address(c)
        a["unit"] = None
        depots.append(("FedEx Office Print & Ship Center (hold for pickup)", a))
    w.pickup_points = depots
    parents = ["hostmaster@%s-holdings.com" % w.r.choice(D.EMP_STEMS).lower() for _ in range(6)]
    for i in range(k):
        e = Employer()
        while True:
            stem = w.r.choice(D.EMP_STEMS)
            suf = w.r.choice(D.EMP_SUFFIX)
            name = f"{stem} {suf}" if w.chance(0.6) else f"{stem}{suf.lower()}"
            if name not in used:
                used.add(name)
                break
        e.name = name
        e.slug = fold(name).lower().replace(" ", "-")
        tld = w.wpick([(".com", 65), (".io", 15), (".ai", 8), (".co", 6), (".tech", 3), (".health", 3)])
        e.domain = fold(name).lower().replace(" ", "") + tld
        e.size = w.wpick([("startup", 35), ("mid", 35), ("enterprise", 18), ("agency_client", 12)])
        e.city = w.us_city()
        e.office = w.us_address(e.city)
        e.office["unit"] = ((("Suite", "Ste", "#")), str(w.r.randrange(100, 2000)))
        e.office_net = w.office_net(e.city)
        e.tz = e.city[5]
        e.remote = w.wpick([("remote", 45), ("hybrid", 40), ("onsite", 15)])
        e.shares = w.chance(0.45)  # shares onboarding SSO and endpoint telemetry with Hirepath's onboarding-risk module
        e.ship = w.wpick([("home", 72), ("office", 12), ("pickup", 8), ("depot", 8)])
        e.payroll = w.r.choice(D.PAYROLL_PROVIDERS)
        e.eor = w.r.choice(D.EORS)
        e.eor_pooled = w.chance(0.5)
        e.egress = w.wpick([("zscaler", 30), ("office", 45), ("none", 25)])
        e.idp = "okta" if w.chance(0.65) else "entra"
        e.export_email = "personal" if w.chance(0.7) else "work"
        e.resume_export = "inline" if w.chance(0.5) else "file"
        e.badge_photo = w.chance(0.35)
        e.ts_offset = None if w.chance(0.8) else -5
        e.intl = w.chance(0.4 if e.remote == "remote" else 0.15)
        e.web3 = suf in ("Pay", "Financial") and w.chance(0.35)
        e.asset_prefix = (fold(stem)[:3].upper() + "-") if w.chance(0.6) else ""
        e.office_gw = w.mac_addr()
        e.office_ssid = f"{fold(stem)}-Corp" if w.chance(0.7) else f"{fold(stem).upper()}-{w.r.choice(['STAFF', 'WIFI', 'SECURE'])}"
        e.staff = []
        e.hm = []
        e.employees = []
        e.fake = False
        young = e.size == "startup" and w.chance(0.35)
        reg = w.r.randrange(T0 - 500 * DAY, T0 - 40 * DAY) if young else w.r.randrange(T0 - 20 * 365 * DAY, T0 - 2 * 365 * DAY)
        if w.chance(0.08):
            registrant = w.r.choice(parents)
        elif w.chance(0.7):
            registrant = w.r.choice(D.PRIVACY_EMAILS).format(d=e.domain, h=w.hx(8))
        else:
            registrant = f"{w.r.choice(['domains', 'hostmaster', 'it', 'admin'])}@{e.domain}"
        ns_kind = w.wpick([("aws", 30), ("cloudflare", 35), ("godaddy", 12), ("google", 8), ("azure", 10), ("namecheap", 5)])
        ip = shared_web_ip(w) if ns_kind == "cloudflare" else w._fresh_ip(w.r.choice(["3.33", "52.1", "13.107", "76.76", "34.120"]))
        d = _domain_row(w, e.domain, e.name, reg, registrant, ns_kind, ip)
        d["hirepath_role"] = "employer"
        emps.append(e)
    return emps


def build_agencies(w, k_dom, k_off):
    ags = []
    for name in w.r.sample(D.AGENCY_NAMES, k_dom):
        a = Employer()
        a.name = name
        a.offshore = False
        a.domain = fold(name).lower().replace(" ", "").replace("&", "") + ".com"
        a.city = w.us_city()
        a.office = w.us_address(a.city)
        a.office_net = w.office_net(a.city, 2)
        a.phone = w.us_phone(a.city)
        a.desk_phones = [w.us_phone(a.city) for _ in range(3)]
        a.mask = w.chance(0.5)  # replaces candidates' contact details with its own on submissions
        a.mailbox = f"submissions@{a.domain}"
        a.devs = [w.managed_dev() for _ in range(w.r.randrange(2, 5))]
        a.tz = a.city[5]
        a.recruiters = []
        _domain_row(w, a.domain, a.name, w.r.randrange(T0 - 15 * 365 * DAY, T0 - 3 * 365 * DAY),
                    w.r.choice(D.PRIVACY_EMAILS).format(d=a.domain, h=w.hx(8)), w.r.choice(["godaddy", "cloudflare", "aws"]),
                    shared_web_ip(w))["hirepath_role"] = "staffing_agency"
        ags.append(a)
    for name, cc, cityname in D.OFFSHORE_AGENCIES[:k_off]:
        a = Employer()
        a.name = name
        a.offshore = True
        a.cc = cc
        a.domain = fold(name).lower().replace(" ", "").replace(".", "") + ".com"
        fc = [c for c in D.FOREIGN[cc] if c[0] == cityname][0]
        a.fcity = fc
        # a US registered office (often a virtual office in NJ/TX) and the real desk offshore
        a.city = w.city_by_name(w.r.choice(["Edison", "Dallas", "Sugar Land", "Jersey City", "Chicago"]))
        a.office = w.us_address(a.city)
        a.office["unit"] = ((("Suite", "Ste", "#")), str(w.r.randrange(100, 400)))
        a.office_net = w.foreign_home_net(cc, fc)
        a.office_net.kind = "business"
        a.voip = [w.us_phone(a.city) for _ in range(w.r.randrange(4, 9))]  # RingCentral desk numbers of the bench-sales team
        a.devs = [w.portal_dev("win_chrome") for _ in range(w.r.randrange(3, 7))]
        a.tz = D.COUNTRY_TZ[cc]
        a.acct = "acct:" + w.hx(14)  # the vendor's corporate account: C2C contractors are paid to it
        a.recruiters = []
        a.template_bullets = [M.bullet(w.r, "swe") for _ in range(14)] + [M.bullet(w.r, "data") for _ in range(6)]
        a.housing = []  # shared apartments the vendor's H-1B consultants live in
        for _ in range(w.r.randrange(2, 5)):
            ad = w.us_address(a.city)
            ad["unit"] = ((("Apt", "Apartment", "#")), str(w.r.randrange(100, 999)))
            a.housing.append((ad, w.home_net(a.city)))
        _domain_row(w, a.domain, a.name, w.r.randrange(T0 - 9 * 365 * DAY, T0 - 365 * DAY),
                    f"admin@{a.domain}", w.r.choice(["godaddy", "namecheap"]), w._fresh_ip("208.91"))["hirepath_role"] = "staffing_agency"
        ags.append(a)
    return ags


def build_schools(w):
    unis = []
    for name, cityname, dom, asn, pfx in D.UNIVERSITIES:
        u = Employer()
        u.name, u.domain = name, dom
        u.city = w.city_by_name(cityname)
        u.net = Net("campus", asn, name, "US", cityname, u.city[3], u.city[4], [w._fresh_ip(pfx) for _ in range(6)])
        u.kiosks = [w.portal_dev("win_chrome") for _ in range(3)]  # career-fair and career-centre kiosk PCs
        u.coop_mail = f"coop@{dom}" if w.chance(0.5) else f"careers@{dom}"
        u.career_phone = w.us_phone(u.city)
        unis.append(u)
    camps = []
    for name, dom, cityname in D.BOOTCAMPS:
        b = Employer()
        b.name, b.domain = name, dom
        b.city = w.city_by_name(cityname)
        b.net = w.office_net(b.city, 2)
        b.net.kind = "business"
        b.projects = [f"{w.r.choice(['TravelBuddy', 'Recipe Box', 'StudySync', 'FitTrack', 'PetMatch', 'BudgetWise', 'GigBoard', 'Tasklane'])}"
                      f" - {w.r.choice(['full-stack', 'mobile-first', 'real-time'])} app ({', '.join(w.r.sample(D.SKILLS['swe'], 3))})"
                      for _ in range(3)]
        b.summary = w.r.choice(["Full-stack software engineer and {name} graduate with a background in {prev}.",
                                "Software engineer who transitioned from {prev}; {name} alum building accessible web apps.",
                                "Career changer from {prev} to software engineering, trained at {name}."])
        b.coach = f"careers@{dom}"
        b.backdrop = w.r.choice(M.BG)
        b.loaners = [w.portal_dev("mac_chrome") for _ in range(4)]
        camps.append(b)
    return unis, camps


# ============================================================================ people
def new_person(w, primary, cc="US", city=None, origin=None, role=None, years=None, age=None):
    r = w.r
    p = P()
    p.primary = primary
    p.traits = []
    p.fraud = 0
    p.cc = cc
    if cc == "US":
        p.origin = origin or w.wpick(D.US_ORIGIN_MIX)
        p.city = city or w.us_city()
        p.addr = w.us_address(p.city)
        p.tz = p.city[5]
    else:
        p.origin = origin or D.COUNTRY_ORIGIN[cc]
        p.city = city or r.choice(D.FOREIGN[cc])
        p.addr = w.foreign_address(cc, p.city)
        p.tz = D.COUNTRY_TZ[cc]
    p.addr2 = None
    p.move_t = None
    p.first, p.mid, p.last = w.name(p.origin)
    if cc == "US" and p.origin not in ("anglo", "hispanic") and w.chance(0.45):
        p.first = r.choice(D.FIRST["anglo"])  # heritage surname, English given name
    p.last2 = None
    p.name_change_t = None
    p.name_style = "plain" if w.chance(0.8) else r.choice(["mid", "short", "plain"])
    p.email = w.email(p.first, p.last)
    p.email2 = None
    p.phone = w.us_phone(p.city) if cc == "US" else w.foreign_phone(cc)
    p.phone_lt = w.wpick([("mobile", 82), ("landline", 3), ("", 15)]) if True else ""
    p.recovery_email = None
    p.recovery_phone = None
    p.recovery_lt = ""
    p.age = age or max(20, min(66, int(r.gauss(33, 8))))
    by = 2025 - p.age
    p.birth = f"{by}-{r.randrange(1, 13):02d}-{r.randrange(1, 29):02d}"
    p.ssn = w.salted("ssn:" + w.hx(9)) if cc == "US" else (w.salted("id:" + w.hx(10)) if w.chance(0.5) else "")
    p.face = M.FaceSpec(r) if w.chance(0.42) else None
    p.photo_p = r.choice([0.3, 0.7, 1.0])
    p.default_avatar = p.face is None and w.chance(0.12)
    p.role = role or w.wpick(D.ROLE_W)
    p.years = years if years is not None else max(0, min(30, p.age - 22 - r.randrange(0, 3)))
    p.career = M.CareerSpec(r, p.role, p.years, cc, origin=p.origin)
    p.versions = [p.career]
    p.resume_style = w.wpick([("classic", 55), ("modern", 30), ("md", 15)])
    p.resume_ext = w.wpick([("pdf", 52), ("docx", 34), ("txt", 6), ("md", 8)])
    p.has_resume = w.chance(0.95)
    slug = fold(f"{p.first}-{p.last}").lower().replace(" ", "-")
    prof = []
    if w.chance(0.72):
        prof.append(f"https://www.linkedin.com/in/{slug}{'-' + w.hx(6) if w.chance(0.5) else ''}")
    if p.role in ("swe", "mobile", "data", "devops", "web3") and w.chance(0.5):
        prof.append(f"https://github.com/{fold(p.first[0] + p.last).lower().replace(' ', '')}{r.randrange(1, 99) if w.chance(0.4) else ''}")
    if p.role == "design" and w.chance(0.6):
        prof.append(f"https://{slug}.design")
    p.profiles = prof
    p.work_auth = "US Citizen" if cc == "US" and (p.origin in ("anglo", "hispanic") or w.chance(0.6)) else (
        w.r.choice(["Green Card", "H-1B", "EAD", "Requires sponsorship"]) if cc == "US" else "Contractor (outside US)")
    # devices and networks
    p.laptop = w.portal_dev(r.choice(["win_chrome", "mac_chrome", "mac_safari", "win_edge", "linux_firefox"]))
    p.phone_dev = w.portal_dev(r.choice(["iphone", "android"]))
    if cc == "US":
        p.home = w.home_net(p.city)
        p.mob = w.mobile_net(p.city)
    else:
        p.home = w.foreign_home_net(cc, p.city)
        p.mob = w.foreign_mobile_net(cc, p.city)
    p.nets = [(p.home, p.laptop, 7), (p.mob, p.phone_dev, 3)]
    p.act_tz = p.tz
    p.hours = (7.5, 23.0)
    p.weekdays = False
    p.rows = []
    p.app_rows = []
    p.household = None
    p.router = w.mac_addr()
    p.ssid = r.choice(["NETGEAR", "Xfinity-", "ATT", "Spectrum-", "TP-Link_", "eero-", "MySpectrumWiFi", "Verizon_", "Home-"]) + w.hx(4).upper()
    p.bank = "acct:" + w.hx(14)
    p.bank2 = None
    p.bank_change_t = None
    p.keyboard = "en-US" if cc == "US" else D.COUNTRY_KEYBOARD.get(cc, "en-US")
    if cc == "US" and p.origin in D.ORIGIN_KEYBOARD and w.chance(0.12):
        p.keyboard = D.ORIGIN_KEYBOARD[p.origin]
        p.traits.append("heritage_keyboard")
    p.trips = []  # (start, end, cc)
    p.hire_trait = []
    return p


def set_household(w, members, kind):
    """Members share an address, a home line, a router; some a family computer or a joint account."""
    h = members[0]
    fam_pc = w.portal_dev("win_chrome") if w.chance(0.35) else None
    joint = "acct:" + w.hx(14) if kind in ("couple", "family") and w.chance(0.55) else None
    for m in members[1:]:
        m.city, m.addr, m.tz, m.home, m.router, m.ssid = h.city, h.addr, h.tz, h.home, h.router, h.ssid
        m.mob = h.mob
        m.nets = [(m.home, m.laptop, 7), (m.mob, m.phone_dev, 3)]
        if kind == "couple" and w.chance(0.3):
            m.recovery_email = h.email
        if kind == "family" and h.last != m.last and w.chance(0.7):
            m.last = h.last
            m.email = w.email(m.first, m.last)
    for m in members:
        m.traits.append(kind)
        m.household = members
        if fam_pc:
            m.nets.append((m.home, fam_pc, 4))
            m.traits.append("family_computer")
        if joint:
            m.bank = joint
            m.traits.append("joint_account")


# ============================================================================ sign-ins
def resolve(w, spec):
    if isinstance(spec, Net):
        return spec
    if spec == "resproxy":
        return w.resproxy()
    if spec == "hosting":
        return w.r.choice(w.hosting)
    if spec.startswith("vpn:"):
        return w.vpn_exit(spec[4:])
    if spec == "hotel":
        return w.r.choice(w.hotel)
    raise ValueError(spec)


def pick_net(w, p, t=None):
    if p.trips and t is not None:
        for (a, b, net, dev) in p.trips:
            if a <= t <= b:
                return resolve(w, net), dev
    tot = sum(x[2] for x in p.nets)
    x = w.r.random() * tot
    for net, dev, wt in p.nets:
        x -= wt
        if x <= 0:
            return resolve(w, net), dev
    net, dev, _ = p.nets[-1]
    return resolve(w, net), dev


def act_time(w, p, day_t):
    return w.at_local_hour(day_t, p.act_tz, p.hours[0], p.hours[1], p.weekdays)


def portal_sessions(w, p, sid, t, stage, signup_net=None, signup_dev=None, interview=None, only_signup=False):
    """Candidate-portal sign-ins for one application: the sign-up, then status checks, scheduling, assessments."""
    net, dev = (signup_net, signup_dev) if signup_net else pick_net(w, p, t)
    w.login(sid, t, net, dev, "candidate_portal", event="candidate.account.create")
    n = {"applied": w.r.randrange(0, 3), "rejected": w.r.randrange(0, 3), "screen": w.r.randrange(1, 4),
         "interview": w.r.randrange(2, 6), "offer": w.r.randrange(3, 7), "hired": w.r.randrange(3, 8),
         "withdrawn": w.r.randrange(0, 2)}.get(stage, 1)
    if only_signup:
        n = 0
    for i in range(n):
        tt = act_time(w, p, t + w.r.randrange(1, 40) * DAY)
        if tt > T1:
            break
        if interview and i >= n // 2 and w.chance(0.7):
            inet, idev = interview
            w.login_burst(sid, tt, resolve(w, inet), idev, "candidate_portal", fail_p=0.05)
            continue
        net2, dev2 = pick_net(w, p, tt)
        w.login_burst(sid, tt, net2, dev2, "candidate_portal", fail_p=0.07)
    return net


# ============================================================================ rows
def name_at(w, p, t, style=None):
    last = p.last2 if (p.name_change_t and t >= p.name_change_t) else p.last
    st = style or (p.name_style if w.chance(0.85) else None)
    return w.render_name(p.first, p.mid, last, st)


def addr_at(w, p, t, style=None):
    a = p.addr2 if (p.move_t and t >= p.move_t) else p.addr
    return w.render_addr(a, style)


def line_type_cell(w, lt):
    if not lt:
        return ""
    if w.chance(0.1):
        return ""
    return lt


def photo_cell(w, p, sid, override=None):
    if override is not None:
        img_bytes, ext = override
    elif p.face is not None:
        if not w.chance(p.photo_p):
            return ""
        if not hasattr(p, "_photo_bytes"):
            backdrop = getattr(p, "backdrop", None)
            img = M.draw_face(p.face, backdrop=backdrop)
            p._photo_bytes = M.encode(img, "JPEG", w.r.choice([80, 88, 92]))
        img_bytes, ext = p._photo_bytes, "jpg"
    elif p.default_avatar:
        img_bytes, ext = w.default_avatar_bytes, "png"
    else:
        return ""
    rel = f"photos/{sid}.{ext}"
    write_file(w, rel, img_bytes)
    return rel


def write_file(w, rel, b):
    path = os.path.join(w.bundle, rel)
    with open(path, "wb") as f:
        f.write(b)


def resume_cell(w, p, sid, e, t, text=None, ext=None):
    if text is None:
        if not p.has_resume:
            return ""
        vi = min(len(p.versions) - 1, int((t - T0) / (T1 - T0 + 1) * len(p.versions)))
        career = p.versions[vi]
        contact = " | ".join(x for x in [f"{p.city[0]}, {p.city[1] if p.cc == 'US' else p.addr['country_name']}",
                                         w.render_phone(p.phone, "natl"), p.email] + p.profiles[:1] if x)
        text = M.resume_text(w.r, name_at(w, p, t, "plain"), contact, career, p.resume_style, version=vi)
    mode = getattr(e, "resume_export", "file")
    if mode == "inline" and ext is None:
        return text
    ext = ext or p.resume_ext
    rel = f"resumes/{sid}.{ext}"
    if ext == "pdf":
        b = M.pdf_bytes(text)
    elif ext == "docx":
        b = M.docx_bytes(text)
    else:
        b = text.encode("utf-8")
    write_file(w, rel, b)
    return rel


def add_subject(w, row, p, tokens):
    full = {c: "" for c in SUBJECT_COLS}
    full.update({k: ("" if v is None else v) for k, v in row.items()})
    w.subjects.append(full)
    toks = [t for t in tokens if t]
    seen = []
    for t in toks:
        if t not in seen:
            seen.append(t)
    w.truth.append((row["id"], p.fraud if p is not None else 0, ";".join(seen)))
    if p is not None:
        p.rows.append(row["id"])


def req_id(w, e):
    return f"REQ-{e.slug[:4].upper()}-{w.r.randrange(100, 9999)}"


def apply(w, p, e, t, tokens, source="career_site", stage=None, agency=None, referrer=None, email=None, phone=None,
          phone_lt=None, recovery_email=None, recovery_phone=None, recovery_lt=None, signup=None, resume_text=None,
          resume_ext=None, photo=None, interview=None, logins=True, work_email=None, name=None, address=None,
          national_id="", birth="", profiles=None, title=None, country=None, only_signup=False):
    sid = w.new_id("cand_")
    if stage is None:
        stage = w.wpick([("applied", 36), ("rejected", 36), ("screen", 11), ("interview", 10), ("withdrawn", 5), ("offer", 2)])
    if title is None:
        title = w.r.choice(D.ROLES[p.role])
    signup_net, signup_dev = signup if signup else (None, None)
    if logins:
        portal_sessions(w, p, sid, t, stage, signup_net, signup_dev, interview, only_signup)
        sip = _last_signup_ip(w, sid)
    else:
        sip = w.r.choice((signup_net or p.home).pool)
    row = {
        "id": sid, "kind": "applicant",
        "full_name": name or name_at(w, p, t),
        "email": email if email is not None else (p.email2 if (p.email2 and w.chance(0.35)) else p.email),
        "phone": phone if phone is not None else w.render_phone(p.phone),
        "address": address if address is not None else (addr_at(w, p, t) if w.chance(0.8) else (addr_at(w, p, t, "short") if p.cc != "US" else "")),
        "country": country if country is not None else (p.cc if w.chance(0.95) else ""),
        "birth_date": birth, "national_id": national_id,
        "photo": photo_cell(w, p, sid, photo),
        "resume": resume_cell(w, p, sid, e, t, resume_text, resume_ext),
        "profiles": ";".join(profiles if profiles is not None else [x for x in p.profiles if w.chance(0.9)]),
        "employer": e.name, "created_at": w.iso(t, e.ts_offset),
        "recovery_email": recovery_email if recovery_email is not None else (p.recovery_email or ""),
        "recovery_phone": recovery_phone if recovery_phone is not None else (w.render_phone(p.recovery_phone) if p.recovery_phone else ""),
        "signup_ip": sip,
        "phone_line_type": line_type_cell(w, phone_lt if phone_lt is not None else p.phone_lt),
        "recovery_phone_line_type": line_type_cell(w, recovery_lt if recovery_lt is not None else p.recovery_lt) if (recovery_phone or p.recovery_phone) else "",
        "hirepath_tenant": e.slug, "hirepath_requisition": req_id(w, e), "hirepath_job_title": title,
        "hirepath_stage": stage, "hirepath_source": source,
        "hirepath_interview_mode": (w.r.choice(["video", "video", "video", "phone", "onsite"]) if stage in ("interview", "offer", "hired") else ""),
        "hirepath_agency": agency or "", "hirepath_referrer": referrer or "",
        "hirepath_work_auth": p.work_auth if w.chance(0.8) else "",
        "hirepath_location_pref": w.r.choice(["remote", "remote", "hybrid", "onsite", ""]),
        "hirepath_work_email": work_email or "",
        "hirepath_previous_name": (f"{p.first} {p.last}" if (p.name_change_t and t >= p.name_change_t and w.chance(0.5)) else ""),
    }
    add_subject(w, row, p, tokens)
    p.app_rows.append((sid, e, t, stage))
    return sid


def _last_signup_ip(w, sid):
    for i in range(len(w.logins) - 1, max(-1, len(w.logins) - 60), -1):
        if w.logins[i][0] == sid and w.logins[i][14] == "candidate.account.create":
            return w.logins[i][2]
    return ""


# ============================================================================ hiring and onboarding
def work_profile(w, p, e, remote_abroad=False):
    """Where and how a new hire works: networks for SSO and the work machine's look."""
    prof = {}
    mode = e.remote if not remote_abroad else "remote"
    if mode == "onsite" or (mode == "hybrid" and p.cc == "US" and p.city[0] == e.city[0]):
        prof["nets"] = [(e.office_net, 6), (p.home, 3 if mode == "hybrid" else 1)]
        prof["gw"] = [e.office_gw, p.router] if mode == "hybrid" else [e.office_gw]
        prof["ssid"] = [e.office_ssid, p.ssid] if mode == "hybrid" else [e.office_ssid]
    else:
        prof["nets"] = [(p.home, 8)]
        prof["gw"] = [p.router]
        prof["ssid"] = [p.ssid]
        if getattr(p, "cowork", None):
            prof["nets"].append((p.cowork, 4))
            prof["gw"].append(p.cowork_gw)
            prof["ssid"].append("WeWork")
    if e.egress == "zscaler":
        z = w.r.choice(w.zscaler)
        prof["nets"] = [(z, 8)] + [(n, 1) for n, _ in prof["nets"]]
    prof["nets"].append((p.mob, 1))
    return prof


def hire(w, p, e, start, tokens, worker=None, app_sid=None, address=None, ship_to=None, pay_dest=None, pay_method="bank",
         pay_provider=None, currency="USD", ssn=None, birth=None, name=None, email=None, phone=None, phone_lt=None,
         host=None, sso_nets=None, extra_logins=None, remote_abroad=False, status="active", until=None, work_email=None):
    """An employee/contractor row with its onboarding: laptop shipment, payroll, and (where shared) SSO and telemetry."""
    sid = w.new_id("emp_")
    worker = worker or ("contractor" if (p.cc != "US" or w.chance(0.15)) else "employee")
    we = work_email or f"{fold(p.first).lower()}.{fold(p.last).lower().replace(' ', '')}@{e.domain}"
    pers_email = email or p.email
    row_email = pers_email if e.export_email == "personal" else we
    t_row = start - w.r.randrange(3, 20) * DAY
    row = {
        "id": sid, "kind": worker, "full_name": name or name_at(w, p, start, "plain" if w.chance(0.7) else None),
        "email": row_email, "phone": phone if phone is not None else w.render_phone(p.phone),
        "address": address if address is not None else addr_at(w, p, start),
        "country": p.cc, "birth_date": birth if birth is not None else p.birth,
        "national_id": ssn if ssn is not None else p.ssn,
        "photo": "", "resume": "", "profiles": "", "employer": e.name, "created_at": w.iso(t_row, e.ts_offset),
        "recovery_email": "", "recovery_phone": "", "signup_ip": "",
        "phone_line_type": line_type_cell(w, phone_lt if phone_lt is not None else p.phone_lt),
        "hirepath_tenant": e.slug, "hirepath_role": w.r.choice(D.ROLES[p.role]), "hirepath_work_email": we,
        "hirepath_start_date": w.date(start), "hirepath_worker_type": {"employee": "W-2", "contractor": w.r.choice(["1099", "EOR", "C2C"])}[worker],
        "hirepath_payroll": "", "hirepath_status": status,
    }
    if worker == "contractor" and p.cc != "US":
        row["hirepath_worker_type"] = "EOR" if w.chance(0.7) else "contractor (direct)"
    if e.badge_photo and p.face is not None:
        row["photo"] = photo_cell(w, p, sid)
    elif e.badge_photo and getattr(p, "badge_override", None):
        row["photo"] = photo_cell(w, p, sid, p.badge_override)
    del row["hirepath_payroll"]
    add_subject(w, row, p, tokens)
    e.employees.append(sid)
    end = min(T1, until or T1)
    # laptop shipment
    if ship_to is not False:
        st = ship_to
        if st is None:
            if e.ship == "office" or (e.remote == "onsite"):
                st = (w.render_addr(e.office), "office")
            elif e.ship == "pickup" and p.cc == "US":
                pk = w.r.choice(w.pickup_points)
                st = (pk[0] + ", " + w.render_addr(pk[1], "abbr"), "carrier_pickup")
            elif e.ship == "depot":
                st = (w.render_addr(e.office, "abbr") + " (IT depot)", "it_depot")
            else:
                st = (addr_at(w, p, start, w.r.choice(["full", "abbr", "upper"])), "home")
        asset = e.asset_prefix + (w.r.choice(["C02", "FVF", "5CG", "PF3", "H4T"]) + w.hx(7).upper())
        w.shipments.append((sid, w.iso(start - w.r.randrange(2, 9) * DAY), asset, st[0], w.r.choice(["FedEx", "UPS", "UPS", "DHL"]), st[1]))
    # payroll
    if pay_dest is not False:
        pay(w, sid, p, e, start, end, worker, pay_dest, pay_method, pay_provider, currency, remote_abroad)
    # SSO + telemetry for employers that share them (first ~100 days of onboarding monitoring)
    if e.shares:
        dev = (host or {}).get("dev") or w.managed_dev()
        mon_end = min(end, start + 100 * DAY)
        prof = sso_nets or work_profile(w, p, e, remote_abroad)
        k = w.r.randrange(14, 40)
        for _ in range(k):
            d = start + w.r.randrange(0, max(1, mon_end - start))
            t = w.at_local_hour(d, p.act_tz, p.hours_work[0], p.hours_work[1], True) if hasattr(p, "hours_work") else \
                w.at_local_hour(d, p.tz, 8, 18.5, True)
            if t > T1:
                continue
            net = None
            for (a, b, tn, _) in p.trips:
                if a <= t <= b:
                    net = tn
            if net is None:
                net = _wpick_net(w, prof["nets"])
            net = resolve(w, net)
            w.login_burst(sid, t, net, dev, e.idp, fail_p=0.03, mfa_p=0.2, event="user.session.start", off_h=None)
        if extra_logins:
            extra_logins(sid, start, mon_end)
        host_telemetry(w, sid, p, e, dev, start, mon_end, prof, host)
        p.work = (sid, e, dev, prof)
    else:
        p.work = (sid, e, None, None)
    return sid


def _wpick_net(w, pairs):
    tot = sum(x[1] for x in pairs)
    x = w.r.random() * tot
    for n, wt in pairs:
        x -= wt
        if x <= 0:
            return n
    return pairs[-1][0]


def pay(w, sid, p, e, start, end, worker, dest=None, method="bank", provider=None, currency="USD", abroad=False):
    if worker == "employee":
        step = 14 * DAY
        amt = w.r.randrange(2600, 7800)
        prov = provider or e.payroll
        ptype = "payroll"
    else:
        step = (30 if w.chance(0.7) else 14) * DAY
        amt = w.r.randrange(3500, 14000)
        prov = provider or (e.eor if p.cc != "US" else w.r.choice(["Bill.com", "Gusto contractor", e.payroll]))
        ptype = "contractor"
    if dest is None:
        dest = p.bank
        if p.cc != "US" and worker == "contractor" and e.eor_pooled and prov == e.eor:
            dest = f"acct:{prov.lower().replace(' ', '').replace('.', '')}-funding-{e.slug[:6]}"  # the EOR's funding account
    t = start + w.r.randrange(10, 16) * DAY
    n = 0
    while t <= end and n < 10:
        d = dest
        if p.bank_change_t and t >= p.bank_change_t and p.bank2:
            d = p.bank2
        a = amt * (1 + w.r.uniform(-0.02, 0.02)) if ptype == "payroll" else amt
        w.payments.append((sid, w.iso(t), f"{a:.2f}", currency, method, d, prov, ptype))
        t += step
        n += 1


def host_telemetry(w, sid, p, e, dev, start, end, prof, host=None):
    """osquery-style snapshots from a work machine during onboarding monitoring."""
    r = w.r
    h = host or {}
    mac = dev.plat == "mac" if hasattr(dev, "plat") else r.random() < 0.5
    system = h.get("system") or (r.choice(D.LAPTOPS_MAC) if mac else r.choice(D.LAPTOPS_WIN))
    tz = h.get("tz") or p.tz
    kb = h.get("keyboard") or p.keyboard
    procs = list(h.get("procs") or [])
    base = D.BASE_PROCS_MAC if mac else D.BASE_PROCS_WIN
    procs += r.sample(base, 6) + r.sample(D.EDR_PROCS, 2)
    if p.role in ("swe", "data", "devops", "mobile", "web3"):
        procs += r.sample(D.DEV_PROCS, 3)
    usbs = list(h.get("usb") or []) + r.sample(D.USB_COMMON, r.randrange(1, 4))
    disps = list(h.get("display") or []) + r.sample(D.DISPLAYS, r.randrange(0, 3))
    ports = list(h.get("ports") or [])
    if p.role in ("swe", "web3") and r.random() < 0.3:
        ports.append(r.choice(["3000/tcp", "8080/tcp", "5432/tcp", "5173/tcp"]))
    sessions = list(h.get("sessions") or [])
    gws = h.get("gw") or prof["gw"]
    ssids = h.get("ssid") or prof["ssid"]
    label = h.get("label") or f"{fold(p.first)[:1].upper()}{fold(p.last).replace(' ', '')[:6].upper()}-{'MBP' if mac else 'LT'}"
    days = sorted(r.sample(range(0, max(2, (end - start) // DAY)), min(max(1, (end - start) // DAY - 1), r.randrange(2, 5))))
    for i, dd in enumerate(days):
        t0 = w.at_local_hour(start + dd * DAY, tz, 9, 17, True)
        if t0 > T1:
            break
        t = t0
        if i == 0:
            w.ep(sid, t, dev.id, "system", f"{label} ({system})" if r.random() < 0.5 else system, label=label)
            for (nm, vid, pid) in usbs:
                w.ep(sid, t, dev.id, "usb", nm, vid, pid, label=label)
            for dsp in disps:
                w.ep(sid, t, dev.id, "display", dsp, label=label)
        if i == 0 or r.random() < 0.3:
            w.ep(sid, t, dev.id, "timezone", tz if not h.get("tz_alt") or r.random() < 0.7 else h["tz_alt"], label=label)
            w.ep(sid, t, dev.id, "keyboard", kb, label=label)
        j = i % len(gws) if r.random() < 0.6 else r.randrange(len(gws))
        w.ep(sid, t, dev.id, "gateway_mac", gws[j], label=label)
        w.ep(sid, t, dev.id, "network", ssids[min(j, len(ssids) - 1)], label=label)
        for pr in r.sample(procs, min(len(procs), r.randrange(5, 9))):
            w.ep(sid, t, dev.id, "process", pr, label=label)
        for pr in h.get("procs") or []:
            if r.random() < 0.7:
                w.ep(sid, t, dev.id, "process", pr, label=label)
        for pt in ports:
            w.ep(sid, t, dev.id, "listening_port", pt, label=label)
        for (hip, age_h) in sessions:
            w.ep(sid, t, dev.id, "remote_session", hip, started=w.iso(t - int(age_h * HOUR * r.uniform(0.5, 1.2))), label=label)


# ============================================================================ staff accounts (recruiters, hiring managers)
def staff_account(w, e, role, tokens, p=None, nets=None, dev=None, rpo=None):
    r = w.r
    if p is None:
        p = new_person(w, role, city=e.city if r.random() < 0.7 else None,
                       role="ops" if role in ("recruiter", "coordinator") else None)
    sid = w.new_id("user_")
    dev = dev or w.managed_dev()
    t = r.randrange(T0 - 400 * DAY, T1 - 120 * DAY) if r.random() < 0.7 else r.randrange(T0, T1 - 30 * DAY)
    email = f"{fold(p.first).lower()}.{fold(p.last).lower().replace(' ', '')}@{e.domain}"
    pst = None if (p.cc in ("US", "CA") or not p.phone.startswith("+1")) else "e164"
    if nets is None:
        nets = [(e.office_net, 5), (p.home, 3), (p.mob, 1)]
        if getattr(e, "egress", "") == "zscaler":
            nets = [(w.r.choice(w.zscaler), 6)] + nets
    row = {"id": sid, "kind": "account", "full_name": w.render_name(p.first, p.mid, p.last, "plain"), "email": email,
           "phone": w.render_phone(p.phone, pst) if r.random() < 0.6 else "", "address": "", "country": p.cc if r.random() < 0.5 else "",
           "employer": e.name, "created_at": w.iso(t), "recovery_email": p.email if r.random() < 0.3 else "",
           "recovery_phone": w.render_phone(p.phone, pst) if r.random() < 0.4 else "",
           "signup_ip": w.r.choice(nets[0][0].pool), "phone_line_type": line_type_cell(w, p.phone_lt),
           "hirepath_tenant": getattr(e, "slug", fold(e.name).lower().replace(" ", "-")), "hirepath_role": role}
    if row["recovery_phone"]:
        row["recovery_phone_line_type"] = line_type_cell(w, p.phone_lt)
    p.fraud = 0
    add_subject(w, row, p, tokens)
    k = r.randrange(25, 70)
    tz = p.tz if rpo is None else "America/New_York"
    for _ in range(k):
        d = r.randrange(max(t, T0), T1)
        tt = w.at_local_hour(d, tz, 8.5, 18, True)
        if tt > T1:
            continue
        net = resolve(w, _wpick_net(w, nets))
        w.login_burst(sid, tt, net, dev, "recruiter_console", fail_p=0.03, mfa_p=0.15, event="user.session.start")
    return sid, p, dev
