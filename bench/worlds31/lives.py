"""What every subject row is made of, honest or not: organisations, people, member accounts, easy-apply
applications forwarded to partners, hires and their onboarding (shipments, telemetry, IdP sign-ins, payroll)."""
import time

from . import data as D
from . import media as M
from .infra import DAY, W0, W1, Person

ROUTER_OUI = ["a0:40:a0", "50:c7:bf", "00:1d:d5", "c0:56:27", "e4:f4:c6", "b0:be:76", "d8:47:32", "f4:92:bf",
              "44:d9:e7", "3c:37:86", "9c:3d:cf", "74:ac:b9"]
SSIDS = ["NETGEAR{n}", "xfinitywifi", "ATT{h}", "Spectrum-{h}", "TP-Link_{h}", "MyHome{n}", "FiOS-{h}", "Linksys{n}",
         "eero", "Google Wifi", "CenturyLink{n}", "Cox-{h}"]
IT_DEPOTS = ["Firstbase Depot, 4200 Commerce Ct, Louisville, KY 40218", "GroWrk Logistics, 1801 W Olympic Blvd, Los Angeles, CA 90006",
             "CDW Configuration Center, 200 N Milwaukee Ave, Vernon Hills, IL 60061"]


def mac(w, oui=None):
    o = oui or w.pick(ROUTER_OUI)
    return o + ":" + ":".join("%02x" % w.rng.randrange(256) for _ in range(3))


def ssid(w):
    return w.pick(SSIDS).format(n=w.rng.randrange(10, 99), h=w.hex(4).upper())


class Org:
    def __init__(self, **kw):
        self.__dict__.update(kw)


def company_name(w, used):
    for _ in range(100):
        a = w.pick(D.COMPANY_A)
        b = w.pick(D.COMPANY_B)
        s = w.pick(D.COMPANY_SUFFIX)
        base = f"{a} {b}"
        if base not in used:
            used.add(base)
            dom = (a + b).lower() + w.pick([".com", ".com", ".com", ".io", ".co", ".ai", ".health", ".tech"])
            return (base + (" " + s if s else "")).strip(), dom
    base = f"{w.pick(D.COMPANY_A)} {w.pick(D.COMPANY_B)} {w.hex(3)}"
    return base, base.replace(" ", "").lower() + ".com"


def make_employer(w, used, partner=True):
    name, dom = company_name(w, used)
    city = w.us_city()
    size = w.wpick([("startup", 35), ("mid", 40), ("enterprise", 25)])
    eg_mode = w.wpick([("office", 45), ("zscaler", 25 if size != "startup" else 5), ("netskope", 6), ("prisma", 4),
                       ("remote", 20 if size == "startup" else 5)])
    if eg_mode == "office":
        key = w.pick(["zayo", "cogent", "lumen_biz", "comcast", "att", "verizon"])
        offices = [w.egress(key, w.cityll(city), "business", proxy=0.02) for _ in range(w.rng.randrange(1, 4))]
        egress = lambda: offices[w.rng.randrange(len(offices))]
    elif eg_mode in ("zscaler",):
        pool = w.zscaler_pool(city)
        egress = lambda: pool[w.rng.randrange(len(pool))]
        offices = pool
    elif eg_mode in ("netskope", "prisma"):
        pool = w.pool(eg_mode, city[0], 8, w.cityll(city), "cloud_proxy")
        egress = lambda: pool[w.rng.randrange(len(pool))]
        offices = pool
    else:
        offices = []
        egress = None
    o = Org(name=name, domain=dom, city=city, size=size, partner=partner, shares=partner and w.chance(0.4),
            idp=w.pick(["okta", "okta", "entra"]), eg_mode=eg_mode, offices=offices, egress=egress,
            office_addr=w.fmt_addr(w.us_addr(city), 0.6).replace("Apt", "Suite"),
            depot=w.wpick([("home", 70), ("office", 18), ("depot", 12)]), depot_addr=w.pick(IT_DEPOTS),
            card="card:" + w.salted(name + "corp", "card")[:24], remote=w.rng.random() * 0.7 + 0.2,
            laptop=w.pick(D.LAPTOPS), abbr="".join(x[0] for x in name.split()[:2]).upper(),
            registered=w.t_between(W0 - 25 * 365 * DAY, W0 - (400 if size == "startup" else 3000) * DAY),
            gw=mac(w, "00:1b:17"), placeholder=partner and w.chance(0.2), wifi=name.split()[0] + "-Corp", staff=[], hires=[], kind="employer")
    return o


def domain_row(w, org, registrant=None, ip=None, ns=None):
    reg = registrant
    if reg is None:
        r = w.rng.random()
        if org.__dict__.get("size") == "enterprise" and r < 0.6:
            reg = "domains@markmonitor.com"
        elif r < 0.55:
            reg = w.pick(D.PRIVACY_REGISTRANTS)
        else:
            reg = w.pick(["hostmaster@", "it@", "admin@", "dns@"]) + org.domain
    if ip is None:
        r = w.rng.random()
        if r < 0.45:
            ip = w.pick(D.CF_IPS) % (w.rng.randrange(1, 60), w.rng.randrange(1, 254))
        else:
            ip = w.pick(D.HOSTING_IPS[w.pick(list(D.HOSTING_IPS))])
    if ns is None:
        prov = w.pick(["cloudflare", "cloudflare", "route53", "godaddy", "namecheap", "google"]) if reg != "domains@markmonitor.com" else "markmonitor"
        ns = ";".join(w.pick(D.NAMESERVERS[prov]))
    w.domains.append({"domain": org.domain, "company": org.name,
                      "registered_at": w.date(org.registered) if w.chance(0.7) else w.iso(org.registered),
                      "registrant_email": reg, "ip": ip, "nameservers": ns,
                      "linkwell_page_followers": str(w.rng.randrange(30, 250000)),
                      "linkwell_page_kind": org.kind})


# ---------------------------------------------------------------- people
def birth(w, lo=23, hi=62):
    age = w.rng.randrange(lo, hi)
    return W1 - age * 365 * DAY - w.rng.randrange(365) * DAY


def resume_for(w, p, template="plain", jobs_from=None, summary=None, extra=None, school=None):
    tech = p.tech
    title = p.title
    skills = w.rng.sample(D.SKILLS[:36] if tech else D.SKILLS[30:], 6)
    jobs = []
    y = 2025
    for j in range(w.rng.randrange(1, 4)):
        dur = w.rng.randrange(1, 5)
        co = w.pick(D.COMPANY_A) + " " + w.pick(D.COMPANY_B)
        jobs.append((title if j == 0 else w.pick(D.TECH_TITLES if tech else D.OTHER_TITLES), co,
                     f"{y - dur}-{'Present' if j == 0 else y}", [M.bullet(w.rng, skills) for _ in range(w.rng.randrange(2, 5))]))
        y -= dur
    summary = summary or (f"{title} with {w.rng.randrange(2, 15)} years of experience in " + ", ".join(skills[:3]) + ".")
    return dict(title=title, skills=skills, jobs=jobs, degree=w.pick(D.DEGREES),
                school=school or (w.pick(D.UNIVERSITIES)[0] if p.country == "US" else "State University"),
                summary=summary, template=template, extra=extra)


def us_person(w, origin=None, city=None, gender=None, age=(23, 62), photo=0.72, tech=None):
    origin = origin or w.wpick(D.US_ORIGINS)
    p = w.name_for(origin, gender)
    city = city or w.us_city()
    p.country = "US"
    p.city = city
    p.addr = w.us_addr(city)
    p.email = w.email_for(p)
    p.phone = w.us_phone(city)
    p.phone_type = "mobile"
    p.birth = birth(w, *age)
    p.ssn = "ssn:" + w.salted(p.first + p.last + w.hex(6))
    p.home = w.home_egress(city)
    p.mobile = w.mobile_getter(city)
    p.laptop = w.web_device()
    p.phone_dev = w.app_device()
    p.ua_web = w.ua_web()
    p.ua_app = w.ua_app()
    p.nets = [(lambda: p.home, 0.6), (p.mobile, 0.4)]
    p.devices = [((p.laptop, p.ua_web, "web"), 0.55), ((p.phone_dev, p.ua_app, "app"), 0.45)]
    p.hours = (city[5], w.pick(["evening", "day", "evening"]))
    p.face = M.face_params(w.rng) if w.chance(photo) else None
    p.tech = w.chance(0.6) if tech is None else tech
    p.title = w.pick(D.TECH_TITLES if p.tech else D.OTHER_TITLES)
    p.gw = mac(w)
    p.wifi = ssid(w)
    p.bank = "acct:" + w.salted(p.email, "bank")[:24]
    p.tzname = city[5]
    p.keyboard = "en-US"
    p.resume = resume_for(w, p)
    p.github = ""
    if p.tech and w.chance(0.45):
        p.github = "https://github.com/" + w.ascii(p.first[0] + p.last).lower().replace(" ", "").replace("'", "") + (
            str(w.rng.randrange(10, 99)) if w.chance(0.4) else "")
    return p


def intl_person(w, cc, origin=None, photo=0.6, tech=None):
    info = D.INTL[cc]
    origin = origin or info["origin"] or w.wpick(D.US_ORIGINS)
    p = w.name_for(origin)
    city = w.pick(info["cities"])
    p.country = cc
    p.city = city
    p.addr = w.intl_addr(cc, city)
    p.email = w.email_for(p)
    p.phone = w.intl_phone(cc)
    p.phone_type = "mobile"
    p.birth = birth(w, 22, 55)
    p.ssn = "id:" + w.salted(cc + p.first + p.last + w.hex(6))
    p.home = w.intl_home(cc, city)
    mob = w.pool(w.pick(info["isps"]), city[0] + ":m", 30, city, "mobile")
    p.mobile = lambda: mob[w.rng.randrange(len(mob))]
    p.laptop = w.web_device()
    p.phone_dev = w.app_device()
    p.ua_web = w.ua_web()
    p.ua_app = w.ua_app(False if cc in ("IN", "PK", "NG", "PH", "VN") and w.chance(0.7) else None)
    p.nets = [(lambda: p.home, 0.65), (p.mobile, 0.35)]
    p.devices = [((p.laptop, p.ua_web, "web"), 0.6), ((p.phone_dev, p.ua_app, "app"), 0.4)]
    p.hours = (city[3], w.pick(["evening", "day"]))
    p.face = M.face_params(w.rng) if w.chance(photo) else None
    p.tech = w.chance(0.75) if tech is None else tech
    p.title = w.pick(D.TECH_TITLES if p.tech else D.OTHER_TITLES)
    p.gw = mac(w)
    p.wifi = ssid(w)
    p.bank = "acct:" + w.salted(p.email, "bank")[:24]
    p.tzname = city[3]
    p.keyboard = info["keyboard"]
    p.resume = resume_for(w, p)
    p.github = ("https://github.com/" + w.ascii(p.first + p.last).lower().replace(" ", "")) if p.tech and w.chance(0.5) else ""
    return p


# ---------------------------------------------------------------- row helpers
BASE_COLS = ["id", "kind", "full_name", "email", "phone", "phone_line_type", "address", "country", "birth_date",
             "national_id", "photo", "resume", "profiles", "employer", "created_at", "recovery_email",
             "recovery_phone", "recovery_phone_line_type", "signup_ip"]


def photo_cell(w, p, sid, mode="own"):
    if mode == "none" or (mode == "own" and p.face is None and not p.__dict__.get("photo_bytes")):
        return ""
    if mode == "default":
        p.add("default_avatar")
        b = w.default_avatar
        path = f"photos/{sid}.png"
    else:
        b = p.__dict__.get("photo_bytes")
        if b is None:
            b = p.photo_bytes = M.encode(M.draw_face(p.face), "JPEG", 88)
        path = f"photos/{sid}.jpg" if b[:2] == b"\xff\xd8" else f"photos/{sid}.png"
    w.files[path] = b
    return path


def resume_cell(w, p, sid, name, email, phone, inline_p=0.3, file_p=0.55, version=0):
    r = w.rng.random()
    if r > inline_p + file_p:
        return ""
    R = p.resume
    loc = p.city[0] + (", " + p.city[1] if p.country == "US" else ", " + p.country)
    contact = " | ".join(x for x in (email.strip(), phone, loc) if x)
    header = [name.strip(), contact]
    if p.__dict__.get("resume_header"):
        header = p.resume_header(name, email, phone)
    body = p.__dict__.get("resume_lines") or M.resume_body(w.rng, R["title"], R["skills"], R["jobs"], R["degree"],
                                                              R["school"], R["summary"], R["template"], R["extra"])
    if p.__dict__.get("resume_lines") is None:
        p.resume_lines = body
    if version:
        body = body + ["- " + M.bullet(w.rng, R["skills"])]
    lines = header + body
    if r < inline_p:
        return M.resume_text(lines[:1], lines[1:])
    fmt = w.wpick([("pdf", 60), ("docx", 30), ("txt", 5), ("md", 5)])
    path = f"resumes/{sid}.{fmt}"
    if fmt == "pdf":
        w.files[path] = M.pdf_bytes(lines, title=name.strip() + " Resume")
    elif fmt == "docx":
        w.files[path] = M.docx_bytes(lines, author=p.__dict__.get("doc_author", name.strip()))
    elif fmt == "md":
        w.files[path] = ("# " + "\n\n".join(lines) + "\n").encode()
    else:
        w.files[path] = M.resume_text(lines[:1], lines[1:]).encode()
    return path


def profile_url(w, p):
    u = p.__dict__.get("lw_url")
    if not u:
        slug = w.ascii(p.first + "-" + p.last).lower().replace(" ", "-").replace("'", "").replace(".", "")
        u = p.lw_url = f"https://www.linkwell.com/in/{slug}-{w.hex(6)}"
    return u


def profiles_cell(w, p, with_lw=True):
    out = []
    if with_lw:
        out.append(profile_url(w, p))
    if p.github:
        out.append(p.github)
    out.extend(p.extra_profiles)
    return ";".join(out)


def phone_cell(w, p):
    if not p.phone:
        return ""
    if p.country != "US" and p.phone.startswith("+1"):
        return w.fmt_phone(p.phone, w.pick([0, 4, 7]))   # a US number of someone abroad keeps its +1
    return w.fmt_phone(p.phone)


def country_cell(w, p, ph, keep=0.93):
    """Claimed country; some forms leave it empty (only where the phone carries its own +country code)."""
    if (not ph or ph.lstrip().startswith("+")) and not p.recovery_phone and not w.chance(keep):
        return ""
    return p.country


def member_row(w, p, created, primary, prefix="mbr_", signup_eg=None, premium=None, name=None, email=None,
               headline=None, record="member", photo="own", resume_p=(0.0, 0.4), extra=None, employer=None):
    sid = w.uid(prefix)
    name = name or w.display_name(p)
    email = email or p.email
    ph = phone_cell(w, p) if w.chance(0.75) else ""
    row = {"id": sid, "kind": "account", "full_name": name, "email": w.fmt_email(email), "phone": ph,
           "phone_line_type": w.line_type(p.phone_type) if ph else "", "address": "",
           "country": country_cell(w, p, ph), "photo": photo_cell(w, p, sid, photo),
           "resume": resume_cell(w, p, sid, name, email, ph, resume_p[0], resume_p[1]),
           "profiles": profiles_cell(w, p), "employer": employer if employer is not None else p.employer_now,
           "created_at": w.created_fmt(created, p.tzname),
           "recovery_email": p.recovery_email, "recovery_phone": w.fmt_phone(p.recovery_phone) if p.recovery_phone else "",
           "recovery_phone_line_type": w.line_type(p.recovery_phone_type) if p.recovery_phone else "",
           "signup_ip": signup_eg.ip if signup_eg is not None else "",
           "linkwell_record": record, "linkwell_headline": headline if headline is not None else p.title,
           "linkwell_premium": premium or "none", "linkwell_connections": str(w.rng.randrange(0, 900)),
           "linkwell_open_to_work": "true" if p.__dict__.get("seeking") else "false"}
    if p.country == "US" and w.chance(0.25):
        row["address"] = f"{p.city[0]}, {p.city[1]}"
    if extra:
        row.update(extra)
    return row


def signup_time(w, lo_year=2008, recent=0.2):
    if w.chance(recent):
        return w.t_between(W0, W1 - 20 * DAY)
    y0 = int(time.mktime((lo_year, 1, 1, 0, 0, 0, 0, 0, 0)))
    return w.t_between(y0, W0)


def emit_member(w, p, primary, n_logins, created=None, fraud=False, **kw):
    created = created if created is not None else signup_time(w)
    eg = None
    if created >= W0 - 700 * DAY:
        eg = w.wpick(p.nets)()
    row = member_row(w, p, created, primary, signup_eg=eg, **kw)
    w.add_subject(row, fraud, (p, primary))
    t0 = max(created, W0)
    w.person_logins(row["id"], p, n_logins, t0, W1)
    return row["id"], created


def apply_row(w, p, org, t, primary, eg=None, dev=None, fraud=False, source="easy_apply", email=None, phone=None,
              signup_ip=None, photo=None, name=None, resume_version=0, stage=None, extra=None, portal=True,
              address=None, kind="applicant"):
    sid = w.uid("app_")
    name = name or w.display_name(p)
    email = email if email is not None else (p.alt_email if (p.alt_email and w.chance(0.3)) else p.email)
    ph = phone if phone is not None else phone_cell(w, p)
    if photo is None:
        # partners whose ATS exports a placeholder image for candidates without one
        photo = w.wpick([("own", 50), ("none", 50)])
        if org.__dict__.get("placeholder") and (photo == "none" or p.face is None):
            photo = "default"
    if eg is None:
        eg = w.wpick(p.nets)()
    if address is None:
        a = p.addr
        if p.addr2 is not None and p.moved_at is not None and t > p.moved_at:
            a = p.addr2
        address = w.fmt_addr(a) if w.chance(0.7) else (f"{p.city[0]}, {p.city[1]}" if p.country == "US" else p.city[0])
    remote = w.wpick([("remote", 55), ("hybrid", 30), ("onsite", 15)])
    row = {"id": sid, "kind": kind, "full_name": name, "email": w.fmt_email(email), "phone": ph,
           "phone_line_type": w.line_type(p.__dict__.get("app_phone_type", p.phone_type)) if ph else "",
           "address": address, "country": country_cell(w, p, ph, 0.95), "photo": photo_cell(w, p, sid, photo),
           "resume": resume_cell(w, p, sid, name, email, ph, 0.32, 0.58, resume_version),
           "profiles": profiles_cell(w, p, with_lw=source != "agency_submission"), "employer": org.name,
           "created_at": w.created_fmt(t, p.tzname), "signup_ip": signup_ip if signup_ip is not None else eg.ip,
           "linkwell_record": "application", "linkwell_source": source,
           "linkwell_job_id": "J" + str(w.rng.randrange(100000, 999999)),
           "linkwell_job_title": p.title if w.chance(0.7) else w.pick(D.TECH_TITLES if p.tech else D.OTHER_TITLES),
           "linkwell_workplace": remote, "linkwell_stage": stage or w.wpick([("applied", 50), ("viewed", 20), ("screen", 12),
                                                                            ("interview", 8), ("rejected", 10)]),
           "linkwell_partner_shares_onboarding": "true" if org.shares else "false",
           "linkwell_premium": "", "linkwell_open_to_work": ""}
    if extra:
        row.update(extra)
    w.add_subject(row, fraud, (p, primary))
    if dev is None:
        dev = w.wpick(p.devices)
    if portal:
        for _ in range(w.wpick([(0, 55), (1, 30), (2, 15)])):
            t2 = t + w.rng.randrange(DAY, 20 * DAY)
            if t2 < W1:
                e2 = w.wpick(p.nets)()
                w.login(sid, w.at_local(t2, *p.hours), e2, dev[0], dev[1], "partner_portal")
    return sid


def apply_times(w, k, t0=W0, t1=W1, burst=None):
    if burst:
        s = w.t_between(t0, max(t0 + 1, t1 - burst))
        return sorted(w.t_between(s, s + burst) for _ in range(k))
    return sorted(w.t_between(t0, t1) for _ in range(k))


# ---------------------------------------------------------------- hires and onboarding
def hire(w, p, org, t_start, primary, fraud=False, worker="W-2", ship_to=None, ship_addr=None, claimed_addr=None,
         email_mode=None, payroll=None, telemetry=None, idp_nets=None, n_idp=None, endpoint_extra=None,
         keyboard=None, tzname=None, photo_p=0.3, extra=None, name=None, ssn=None, dob=None, device=None,
         laptop_model=None, months=None):
    """A hire row of a partner that shares onboarding data, with its laptop shipment, telemetry, IdP sign-ins, payroll."""
    sid = w.uid("emp_")
    kind = "employee" if worker == "W-2" else "contractor"
    work_email = w.ascii(p.first.split()[0] + "." + p.last.split()[-1]).lower().replace("'", "").replace("-", "") + "@" + org.domain
    if email_mode is None:
        email_mode = "personal" if w.chance(0.6) else "work"
    email = p.email if email_mode == "personal" else work_email
    addr = claimed_addr if claimed_addr is not None else (p.addr2 if (p.addr2 is not None and p.moved_at and t_start > p.moved_at) else p.addr)
    row = {"id": sid, "kind": kind, "full_name": name or w.legal_name(p), "email": w.fmt_email(email),
           "phone": phone_cell(w, p), "phone_line_type": w.line_type(p.phone_type) if w.chance(0.5) else "",
           "address": w.fmt_addr(addr) if isinstance(addr, dict) else addr, "country": p.country,
           "birth_date": w.date(dob or p.birth), "national_id": ssn or p.ssn,
           "photo": photo_cell(w, p, sid, "own") if w.chance(photo_p) else "", "resume": "", "profiles": "",
           "employer": org.name, "created_at": w.created_fmt(t_start - w.rng.randrange(3, 20) * DAY, "America/New_York"),
           "recovery_email": "", "recovery_phone": "", "recovery_phone_line_type": "", "signup_ip": "",
           "linkwell_record": "hire", "linkwell_worker_type": worker, "linkwell_start_date": w.date(t_start),
           "linkwell_work_email": work_email, "linkwell_job_title": p.title,
           "linkwell_status": "active"}
    if extra:
        row.update(extra)
    w.add_subject(row, fraud, (p, primary))
    org.hires.append(sid)
    # laptop
    dev = device or w.uuid()
    asset = f"{org.abbr}-{w.rng.randrange(10000, 99999)}"
    if ship_to is None:
        ship_to = org.depot if w.chance(0.85) else "home"
    if ship_addr is None:
        if ship_to == "office":
            ship_addr = org.office_addr
        elif ship_to == "depot":
            ship_addr = org.depot_addr
        else:
            ship_addr = w.fmt_addr(addr) if isinstance(addr, dict) else addr
    w.ship(sid, t_start - w.rng.randrange(2, 9) * DAY, asset, ship_addr, w.pick(["FedEx", "UPS", "FedEx", "DHL"]), ship_to)
    # IdP sign-ins from the work laptop
    end = min(W1, t_start + (months or w.rng.randrange(3, 13)) * 30 * DAY)
    if idp_nets is None:
        nets = [(lambda: p.home, 0.7)]
        if org.egress is not None:
            nets.append((org.egress, 0.3 if w.chance(1 - org.remote) else 0.05))
        nets.append((p.mobile, 0.05))
        idp_nets = nets
    if n_idp is None:
        n_idp = w.rng.randrange(12, 40)
    tz = tzname or p.tzname
    ua = w.ua_web()
    for _ in range(n_idp):
        t = w.at_local(w.t_between(t_start, end), tz if not fraud else p.hours[0], "work" if not fraud else p.hours[1])
        if t > W1:
            continue
        w.login(sid, t, w.wpick(idp_nets)(), dev, ua, "idp_" + org.idp, idp=True)
    # telemetry
    if telemetry is None:
        telemetry = {}
    tel_end = min(end, t_start + 100 * DAY)
    snaps = sorted(w.t_between(t_start, max(t_start + DAY, tel_end)) for _ in range(w.rng.randrange(2, 5)))
    model = laptop_model or org.laptop
    procs = w.rng.sample(D.HONEST_PROCS, 6) + telemetry.get("procs", [])
    usbs = w.rng.sample(D.HONEST_USB, w.rng.randrange(0, 3)) + telemetry.get("usb", [])
    disp = ([w.pick(D.DISPLAYS)] if w.chance(0.6) else []) + telemetry.get("display", [])
    gw = telemetry.get("gateway", p.gw)
    net = telemetry.get("network", p.wifi)
    kb = keyboard or p.keyboard
    for i, s in enumerate(snaps):
        w.ep(sid, s, dev, "system", model)
        w.ep(sid, s, dev, "timezone", tz)
        w.ep(sid, s, dev, "keyboard", kb)
        if i == 0 and telemetry.get("kb2"):
            w.ep(sid, s, dev, "keyboard", telemetry["kb2"])
        w.ep(sid, s, dev, "gateway_mac", gw if w.chance(0.85) or org.egress is None else org.gw)
        w.ep(sid, s, dev, "network", net)
        for pr in procs:
            if w.chance(0.8):
                w.ep(sid, s, dev, "process", pr)
        for (name_, v, pid) in usbs:
            w.ep(sid, s, dev, "usb", name_, v, pid)
        for d in disp:
            w.ep(sid, s, dev, "display", d)
        for port in telemetry.get("ports", []):
            w.ep(sid, s, dev, "listening_port", port)
        for (host, started) in telemetry.get("sessions", []):
            if started <= s:
                w.ep(sid, s, dev, "remote_session", host, started=w.iso(started))
    if endpoint_extra:
        endpoint_extra(sid, dev, snaps)
    # payroll
    if payroll is None:
        payroll = [(t_start, p.bank, "bank", "adp" if worker == "W-2" else "billcom")]
    pay_t = t_start + 14 * DAY
    step = 14 * DAY if worker == "W-2" else w.pick([14, 30]) * DAY
    amount = w.rng.randrange(2600, 7800) if worker == "W-2" else w.rng.randrange(3500, 12000)
    while pay_t < end:
        dest = payroll[0]
        for ent in payroll:
            if ent[0] <= pay_t:
                dest = ent
        w.pay(sid, pay_t, amount * (1 + (w.rng.random() - 0.5) * 0.02), "USD", dest[2], dest[1], "payout", dest[3],
              "payroll" if worker == "W-2" else "contractor_invoice")
        pay_t += step
    return sid, dev
