"""Honest people of Campusline: students, international students, grads, alumni, bootcamp cohorts, staff, recruiters;
and the groups that make them share things (families, roommates, cohorts, hiring classes, corporate housing)."""
from __future__ import annotations

import datetime as dt

from . import data
from .infra import Ctx, iso, pick, tz_offset, SPAN_DAYS, EPOCH
from .lives import (Book, place, home_line, mobile_pool, abroad_line, vpn_exit, sessions, login, snapshots,
                    honest_procs, honest_usb, honest_displays, payroll, bank_account, nid_hash, END_DT)


def _ssn(ctx):
    r = ctx.rng
    return f"{r.randrange(1, 899):03d}-{r.randrange(1, 99):02d}-{r.randrange(1, 9999):04d}"


def _dob(ctx, lo, hi):
    r = ctx.rng
    return dt.date(r.randrange(lo, hi + 1), r.randrange(1, 13), r.randrange(1, 29))


def new_person(ctx: Ctx, W, kind: str, origin=None, home_cc=None, univ=None, camp=None, last=None, traits=None, **kw):
    r = ctx.rng
    p = {"kind": kind, "traits": list(traits or []), "rows": []}
    intl = home_cc is not None and home_cc != "US"
    if origin is None:
        origin = data.INTL[home_cc][0] if intl else pick(r, data.US_ORIGIN_MIX)
    p["origin"], p["home_cc"], p["intl"] = origin, home_cc or "US", intl
    p["first"], l2 = ctx.name(origin)
    p["last"] = last or l2
    p["ssn"] = _ssn(ctx)
    young = kind in ("undergrad", "intl_student", "night_shift_student")
    p["dob"] = _dob(ctx, 2001, 2006) if young else (_dob(ctx, 1996, 2002) if kind in ("grad_student", "recent_alumnus") else _dob(ctx, 1978, 2001))
    p["univ"] = univ if univ is not None else (r.choice(W.univs) if kind in ("undergrad", "intl_student", "grad_student", "recent_alumnus", "night_shift_student", "career_staff") else None)
    p["camp"] = camp
    p["grad_year"] = {"undergrad": r.randrange(2025, 2029), "intl_student": r.randrange(2025, 2029), "grad_student": r.randrange(2025, 2027),
                      "recent_alumnus": r.randrange(2021, 2025), "night_shift_student": r.randrange(2025, 2029)}.get(kind, "")
    p["major"] = r.choice(["Computer Science", "Computer Engineering", "Information Systems", "Data Science", "Software Engineering", "Mathematics", "Statistics", "Business Analytics"])
    u = p["univ"]
    city = u["city"] if u else (camp["city"] if camp else r.choice(list(data.CITIES)))
    p["city"] = city
    dom = ctx.personal_domain(home_cc if intl else None)
    p["email"] = ctx.mailbox(p["first"], p["last"], dom)
    if u and kind != "career_staff":
        p["edu"] = ctx.mailbox(p["first"], p["last"], u["domain"], style=r.choice(["f.l", "finit", "fl##"]))
    reg = home_cc if intl and r.random() < 0.3 else "US"
    p["phone"] = ctx.phone(reg, r.choice(data.CITIES[city][2]) if reg == "US" and r.random() < 0.6 else None)
    p["phone_type"] = "mobile"
    if reg == "US" and r.random() < 0.06:
        p["phone_type"] = r.choice(["nonFixedVoip", "voip", "nonFixedVoip"])
        p["traits"].append("google_voice")
    p["addr_home"] = ctx.street_address(city)
    p["home"] = home_line(ctx, city)
    p["mobile"] = mobile_pool(ctx, city)
    p["laptop"] = f"cldev_{ctx.hexid(48)}"
    p["phone_dev"] = f"cldev_{ctx.hexid(48)}"
    p["ua"] = r.choice(data.UA_DESKTOP)
    p["ua_m"] = r.choice(data.UA_MOBILE)
    p["places"] = [(p["home"], 5), (p["mobile"], 3)]
    p["tz"] = data.CITIES[city][1]
    p["keyboards"] = ["en-US"]
    if intl and data.INTL[home_cc][3] not in ("en-IN", "en-NG", "en-PK", "en-PH", "en-CA") and r.random() < 0.7:
        p["keyboards"].append(data.INTL[home_cc][3])
        p["traits"].append("heritage_keyboard")
    elif not intl and origin in ("kr", "cn", "vn", "hisp", "ru") and r.random() < 0.12:
        p["keyboards"].append({"kr": "ko-KR", "cn": "zh-CN", "vn": "vi-VN", "hisp": "es-US", "ru": "ru-RU"}[origin])
        p["traits"].append("heritage_keyboard")
    p["face"] = W.media.face_spec(r)
    p["tpl"] = None
    p["profiles"] = [f"https://www.linkedin.com/in/{p['first'].lower()}-{p['last'].lower()}-{ctx.hexid(24)}"]
    if r.random() < 0.5:
        p["profiles"].append(f"https://github.com/{p['email'].split('@')[0].replace('.', '-')[:30]}")
    p["bank"] = bank_account(ctx)
    p["hours"] = (8, 24)
    p.update(kw)
    return p


def student_housing(ctx: Ctx, W, p, dorm_share=0.55):
    """Dorm (ResNet, shared by the hall) or an off-campus flat (own line, or a complex's building-wide ISP)."""
    r = ctx.rng
    u = p["univ"]
    if r.random() < dorm_share:
        d = r.choice(list(u["dorms"].values()))
        p["addr_school"] = d["addr"]
        p["school_place"] = d["place"]
        p["school_gw"] = (d["gw"], d["ssid"])
        p["traits"].append("dorm")
    elif r.random() < 0.4:
        c = r.choice(W.complexes[u["short"]])
        p["addr_school"] = {"raw": f"{c['street']} Unit {r.randrange(100, 999)}, {c['city']}, {c['state']} {c['zip']}"}
        p["school_place"] = c["place"]
        p["school_gw"] = (ctx.mac(), f"{c['name'].replace(' ', '')}-Resident")
        p["traits"].append("apartment_complex")
    else:
        p["addr_school"] = ctx.street_address(u["city"], apt=True)
        p["school_place"] = home_line(ctx, u["city"])
        p["school_gw"] = (ctx.mac(), f"NETGEAR{r.randrange(10, 99)}")
    p["places"] = [(p["school_place"], 5), (u["campus"], 4), (p["mobile"], 3)]


def parents(ctx: Ctx, p, cc="US"):
    """Parents' own mailbox and number (shared by siblings as recovery contacts)."""
    r = ctx.rng
    pf, _ = ctx.name(p["origin"])
    dom = ctx.personal_domain(cc if cc != "US" else None)
    return {"email": ctx.mailbox(pf, p["last"], dom), "phone": ctx.phone(cc if cc != "US" else "US"),
            "phone_type": "mobile" if r.random() < 0.8 else "landline"}


# --------------------------------------------------------------------------- emission
def emit(ctx: Ctx, W, book: Book, p, created=None, n_apps=None, hire=None, fraud=False, truth=None):
    """All rows of one honest person: the Campusline profile, applications, and hires."""
    r = ctx.rng
    media = W.media
    u = p.get("univ")
    kind = truth or ";".join([p["kind"]] + sorted(set(p["traits"]), key=p["traits"].index))
    created = created or ctx.day(0, SPAN_DAYS - 200)
    ids = []
    # photo: one face per person (same file or a re-encoding); the default avatar; none
    x = r.random()
    if p.get("photo_plan") == "none":
        photo = ""
    elif p.get("photo_plan") == "default" or x < 0.22:
        photo = media.default_avatar()
        if "default_avatar" not in p["traits"]:
            p["traits"].append("default_avatar")
            kind = truth or ";".join([p["kind"]] + sorted(set(p["traits"]), key=p["traits"].index))
    elif x < 0.75:
        photo = media.photo(p["face"])
    else:
        photo = ""
    school_line = f"{u['name']}, B.S. {p['major']}, {p['grad_year']}" if u else (f"{p['camp']['name']}, Full-Stack Web Development, {created.year}" if p.get("camp") else "")
    p["resume_email"], p["resume_phone"], p["resume_city"] = p["email"], ctx.fmt_phone(p["phone"], "US"), p["city"]
    tpl = p.get("tpl") or (r.choice(u["templates"]) if u and r.random() < 0.45 else None)
    if tpl and tpl.get("owner", "").endswith(("career-0", "career-1")) and "career_template" not in p["traits"]:
        p["traits"].append("career_template")
        kind = truth or ";".join([p["kind"]] + sorted(set(p["traits"]), key=p["traits"].index))
    resume = media.resume(media.resume_text(r, p, tpl, school_line))
    country = p.get("country_claim") or ("US" if not p["intl"] or r.random() < 0.6 else p["home_cc"])
    if not p.get("country_claim"):
        p["country_claim"] = country
    addr = p.get("addr_school") or p["addr_home"]
    # --- profile
    email = p["edu"] if p.get("edu") and r.random() < 0.55 else p["email"]
    rec_email = p.get("rec_email")
    if rec_email is None:
        rec_email = p["email"] if email != p["email"] else (p["edu"] if p.get("edu") and r.random() < 0.3 else "")
    signup_pl = p.get("signup_place") or pick(r, p["places"])
    sid = ctx.rid("cl")
    row = {"id": sid, "kind": "account", "full_name": p.get("display_name") or f"{p['first']} {p['last']}", "email": email,
           "phone": ctx.fmt_phone(p["phone"], country), "phone_line_type": p["phone_type"] if r.random() < 0.8 else "",
           "address": ctx.fmt_addr(addr) if r.random() < 0.7 else "", "country": country,
           "birth_date": p["dob"].isoformat() if r.random() < 0.4 else "", "national_id": "",
           "photo": photo, "resume": resume, "profiles": ";".join(p["profiles"] + p.get("extra_profiles", [])),
           "employer": "", "created_at": iso(created, r, r.choice(["z", "z", "ms", "naive", "offset"])),
           "recovery_email": rec_email, "recovery_phone": p.get("rec_phone", ""),
           "recovery_phone_line_type": p.get("rec_phone_type", "") if p.get("rec_phone") else "",
           "signup_ip": r.choice(signup_pl["ips"]),
           "campusline_source": "campusline", "campusline_record": "profile",
           "campusline_school": (u["name"] if u else (p["camp"]["name"] if p.get("camp") else "")),
           "campusline_grad_year": p.get("grad_year", ""), "campusline_referrer": p.get("referrer", ""),
           "campusline_edu_verified": "true" if p.get("edu") else "false"}
    if r.random() < 0.03:  # country left empty: the number as the platform stored it, in E.164
        row["country"], row["phone"] = "", p["phone"]
    ids.append(book.subject(row, fraud, kind))
    p["rows"].append(sid)
    signup_dev = p.get("signup_dev") or p["laptop"]
    login(ctx, book, sid, created, signup_pl, signup_dev, p["ua"], "campusline", event_type="account.create")
    dev = lambda pl: (r.choice(u["labs"]) if u and pl is u["campus"] and r.random() < 0.35 else (p["phone_dev"] if pl["kind"] == "mobile" else p["laptop"]))
    uaf = lambda pl: p["ua_m"] if pl["kind"] == "mobile" else p["ua"]
    places = list(p["places"]) + p.get("extra_places", [])
    sessions(ctx, book, sid, created, min(600, SPAN_DAYS - (created - EPOCH).days), r.randrange(3, 16), places, dev, uaf, "campusline", hours=p["hours"])
    # --- applications
    n_apps = n_apps if n_apps is not None else pick(r, [(0, 45), (1, 35), (2, 15), (3, 5)])
    for _ in range(n_apps):
        e = r.choice(W.employers)
        t = created + dt.timedelta(days=r.randrange(5, 300))
        if t > END_DT:
            t = END_DT - dt.timedelta(days=r.randrange(1, 60))
        aid = ctx.rid("app")
        a_addr = p.get("addr_later") or addr
        arow = {"id": aid, "kind": "applicant", "full_name": f"{p['first']} {p['last']}", "email": p["email"] if r.random() < 0.8 else (p.get("edu") or p["email"]),
                "phone": ctx.fmt_phone(p["phone"], country), "address": ctx.fmt_addr(a_addr) if r.random() < 0.6 else "",
                "country": country, "resume": media.resume(media.resume_text(r, p, tpl, school_line, version=1)) if r.random() < 0.6 else resume,
                "profiles": ";".join(p["profiles"]), "employer": e["name"], "created_at": iso(t, r, r.choice(["z", "date", "naive"])),
                "campusline_source": "employer_ats", "campusline_record": "application", "campusline_school": row["campusline_school"],
                "campusline_grad_year": row["campusline_grad_year"], "campusline_referrer": p.get("referrer", "") if r.random() < 0.5 else ""}
        ids.append(book.subject(arow, fraud, kind))
        p["rows"].append(aid)
        if r.random() < 0.3:
            login(ctx, book, aid, t + dt.timedelta(days=r.randrange(3, 20)), pick(r, places), p["laptop"], p["ua"], "campusline", event_type="interview.video")
    # --- hires
    for h in (hire or []):
        ids.append(emit_hire(ctx, W, book, p, h, kind, fraud))
    return ids


def emit_hire(ctx: Ctx, W, book: Book, p, h, kind, fraud=False):
    """h: employer, start, role (new_grad/intern/work_study/ta/contractor), ship (address), work_places, gw (t)->(mac, ssid),
    pay (dest), months, procs, usb, ports, remote, tz, keyboards, name (legal name override), addr."""
    r = ctx.rng
    e = h["employer"]
    start = h["start"]
    months = h.get("months") or r.randrange(2, 12)
    hid = ctx.rid("hr")
    legal = h.get("name") or f"{p['first']} {p['last']}"
    addr = h.get("addr") or p.get("addr_later") or p.get("addr_school") or p["addr_home"]
    country = p.get("hire_country") or "US"
    role = h.get("role", "new_grad")
    wk = "contractor" if role == "contractor" else "employee"
    photo = W.media.photo(p["face"], fmt="png") if p.get("face") and r.random() < 0.3 else ""
    hrow = {"id": hid, "kind": wk, "full_name": legal if r.random() < 0.85 else f"{legal.split()[-1]}, {' '.join(legal.split()[:-1])}",
            "email": h.get("email") or p["email"], "phone": ctx.fmt_phone(h.get("phone") or p["phone"], country),
            "address": ctx.fmt_addr(addr), "country": country, "birth_date": p["dob"].isoformat() if r.random() < 0.9 else "",
            "national_id": nid_hash(p["ssn"]) if r.random() < 0.8 else "", "photo": photo, "employer": e["name"],
            "created_at": iso(start, r, r.choice(["date", "z", "offset"])),
            "campusline_source": "employer_hris", "campusline_record": "hire", "campusline_role": role,
            "campusline_work_email": f"{p['first'][0].lower()}{p['last'].lower().replace(' ', '')}{r.randrange(1, 99) if r.random() < 0.3 else ''}@{e['domain']}" if e.get("domain") else ""}
    book.subject(hrow, fraud, kind)
    p["rows"].append(hid)
    if not h.get("laptop", True):
        payroll(ctx, book, hid, start, min(months * 2, 8), h.get("amount", 700), h["pay"], payer=e["name"])
        return hid
    host = h.get("host") or ctx.uuid()
    asset = f"{e['domain'].split('.')[0][:4].upper()}-{r.randrange(10000, 99999)}"
    ship = h.get("ship") or addr
    book.shipments.append({"subject_id": hid, "ts": iso(start - dt.timedelta(days=r.randrange(3, 12)), r, "date"), "asset": asset,
                           "address": ctx.fmt_addr(ship), "campusline_carrier": r.choice(["FedEx", "UPS", "UPS", "DHL"])})
    if r.random() < 0.15:
        book.shipments.append({"subject_id": hid, "ts": iso(start - dt.timedelta(days=r.randrange(1, 8)), r, "date"), "asset": f"YK-{r.randrange(10 ** 7, 10 ** 8)}",
                               "address": ctx.fmt_addr(ship), "campusline_carrier": "UPS"})
    src = e["idp"]
    wp = h.get("work_places") or [(p["home"], 6), (p["mobile"], 1)]
    if e.get("sse") and not h.get("no_sse"):
        wp = [(e["sse"], 6)] + [(pl, w // 3 + 1) for pl, w in wp]
    days = min(months * 30, (END_DT - start).days)
    sessions(ctx, book, hid, start, days, r.randrange(8, 30), wp, lambda pl: host, lambda pl: p["ua"], src,
             hours=h.get("hours", (8, 19)), idp=True)
    tel = {"model": h.get("model") or r.choice(data.LAPTOPS), "tz": h.get("tz") or p["tz"], "keyboards": h.get("keyboards") or p["keyboards"],
           "gateway": h.get("gw") or (p.get("home_gw") or (ctx.mac(), f"{r.choice(['NETGEAR', 'xfinitywifi-home', 'Spectrum', 'ATT', 'Verizon_'])}{r.randrange(10, 99)}")),
           "procs": honest_procs(ctx, h.get("procs", [])), "always_procs": h.get("always_procs", []), "usb": honest_usb(ctx) + h.get("usb", []),
           "displays": honest_displays(ctx) + h.get("displays", []), "ports": h.get("ports", []), "remote": h.get("remote", [])}
    if "home_gw" not in p and not h.get("gw"):
        p["home_gw"] = tel["gateway"]
    snapshots(ctx, book, hid, host, start, min(months, 7), tel)
    amt = e["intern_pay"] if role == "intern" else e["salary"]
    payroll(ctx, book, hid, start, min(months * 2, 10), amt, h.get("pay") or p["bank"], payer=e["name"], dests_later=h.get("pay_change"))
    return hid


def hire_plan(ctx, W, p, e=None, role="new_grad", start=None, **kw):
    r = ctx.rng
    e = e or r.choice(W.employers)
    start = start or ctx.day(120, SPAN_DAYS - 30)
    h = {"employer": e, "start": start, "role": role}
    h.update(kw)
    return h


# --------------------------------------------------------------------------- kinds
def _common_traits(ctx: Ctx, W, p):
    """Travel, VPN, night owls, career-office-created accounts, name changes."""
    r = ctx.rng
    u = p.get("univ")
    if r.random() < 0.12:
        prov = pick(r, [("NordVPN", 30), ("ExpressVPN", 20), ("Surfshark", 12), ("ProtonVPN", 15), ("Mullvad", 5), ("iCloud Private Relay", 18)])
        p.setdefault("extra_places", []).append((vpn_exit(ctx, prov), 3))
        p["traits"].append("vpn_user")
    if r.random() < 0.07:
        cc = r.choice(["MX", "JP", "CA", "BR", "KR", "PH", "IN"]) if p["home_cc"] == "US" else p["home_cc"]
        p.setdefault("extra_places", []).append((abroad_line(ctx, cc, shared=True), 2))
        p["traits"].append("traveller")
    if r.random() < 0.06:
        p["hours"] = (0, 7)
        p["traits"].append("night_owl")
    if u and r.random() < 0.06:
        p["rec_email"] = u["helpdesk"]
        p["signup_place"] = u["kiosk"]
        p["signup_dev"] = u["kiosk_dev"]
        p["traits"].append("created_by_career_office")


def domestic_student(ctx, W, univ=None, last=None, origin=None, kind="undergrad", parent=None, housing=True):
    r = ctx.rng
    p = new_person(ctx, W, kind, origin=origin, univ=univ, last=last)
    if housing:
        student_housing(ctx, W, p)
    par = parent or (parents(ctx, p) if r.random() < 0.6 else None)
    if par:
        if r.random() < 0.55:
            p["rec_email"] = par["email"]
            p["traits"].append("parent_recovery")
        if r.random() < 0.45:
            p["rec_phone"], p["rec_phone_type"] = ctx.fmt_phone(par["phone"], "US"), par["phone_type"]
            if "parent_recovery" not in p["traits"]:
                p["traits"].append("parent_recovery")
    _common_traits(ctx, W, p)
    return p


def intl_student(ctx, W, kind="intl_student", univ=None, cc=None):
    r = ctx.rng
    cc = cc or pick(r, data.INTL_MIX)
    p = new_person(ctx, W, kind, home_cc=cc, univ=univ)
    student_housing(ctx, W, p, dorm_share=0.45 if kind == "intl_student" else 0.15)
    par = parents(ctx, p, cc)
    if r.random() < 0.55:
        p["rec_phone"], p["rec_phone_type"] = par["phone"], par["phone_type"]
        p["traits"].append("parent_recovery_abroad")
    if r.random() < 0.3:
        p["rec_email"] = par["email"]
    visits = r.random() < 0.55
    if visits:
        home = abroad_line(ctx, cc)
        if cc == "CN":
            prov = pick(r, [("Astrill", 40), ("letsVPN", 35), ("ExpressVPN", 25)])
            p.setdefault("extra_places", []).append((vpn_exit(ctx, prov), 3))
            p["traits"].append("vpn_from_home_country")
        p.setdefault("extra_places", []).append((home, 3))
        p["traits"].append("home_visits")
        p["home_abroad"] = home
    if r.random() < 0.25:
        p["traits"].append("claims_home_country")
        p["country_claim"] = cc
    _common_traits(ctx, W, p)
    return p


def build_honest(ctx: Ctx, W, book: Book, target_rows: int):
    """Add honest groups and singles until the subjects table holds target_rows."""
    r = ctx.rng
    builders = [(b_undergrad, 22), (b_intl, 13), (b_grad, 7), (b_alumnus, 12), (b_siblings, 2.5), (b_roommates, 2.2),
                (b_cohort, 0.8), (b_newgrad_class, 0.6), (b_intern_housing, 0.7), (b_night_shift, 3), (b_ta, 2.5),
                (b_staff, 0.6), (b_recruiter, 1.5), (b_mover, 4), (b_career_changer, 4)]
    while len(book.subjects) < target_rows:
        left = target_rows - len(book.subjects)
        if left <= 4:
            p = domestic_student(ctx, W)
            emit(ctx, W, book, p, n_apps=0)
            continue
        b = pick(r, builders)
        b(ctx, W, book, left)
    extra = len(book.subjects) - target_rows
    if extra > 0:  # the last group overshot: drop its last rows (and their child rows)
        gone = {row["id"] for row in book.subjects[-extra:]}
        del book.subjects[-extra:]
        del book.truth[-extra:]
        for t in ("logins", "endpoint", "payments", "shipments"):
            setattr(book, t, [x for x in getattr(book, t) if x["subject_id"] not in gone])


def _emit_trim(ctx, W, book, p, left, **kw):
    return emit(ctx, W, book, p, **kw)


def b_undergrad(ctx, W, book, left):
    r = ctx.rng
    p = domestic_student(ctx, W)
    hire = []
    if r.random() < 0.18:
        e = r.choice(W.employers)
        hire.append(hire_plan(ctx, W, p, e, role="intern", months=3, start=ctx.day(150, SPAN_DAYS - 90)))
        p["traits"].append("summer_intern")
    if r.random() < 0.12:
        u = p["univ"]
        ws = {"name": u["name"], "domain": u["domain"], "idp": "entra", "salary": 900, "intern_pay": 600}
        pay = u["payroll"] if r.random() < 0.4 else p["bank"]
        hire.append(hire_plan(ctx, W, p, ws, role="work_study", laptop=False, pay=pay, amount=r.choice([420, 560, 610])))
        p["traits"].append("work_study")
        if pay == u["payroll"]:
            p["traits"].append("university_payroll_account")
    emit(ctx, W, book, p, hire=hire)


def b_intl(ctx, W, book, left):
    r = ctx.rng
    p = intl_student(ctx, W)
    hire = []
    if r.random() < 0.2:
        hire.append(hire_plan(ctx, W, p, role="intern", months=3, start=ctx.day(150, SPAN_DAYS - 90)))
        p["traits"].append("cpt_intern")
    emit(ctx, W, book, p, hire=hire)


def b_grad(ctx, W, book, left):
    r = ctx.rng
    p = intl_student(ctx, W, kind="grad_student") if r.random() < 0.55 else domestic_student(ctx, W, kind="grad_student")
    hire = []
    if r.random() < 0.3:
        hire.append(hire_plan(ctx, W, p, role="new_grad", start=ctx.day(300, SPAN_DAYS - 30)))
        p["traits"].append("hired")
        if p["intl"] and p.get("home_abroad") and r.random() < 0.5:
            hire[-1]["work_places"] = [(p["home"], 5), (p["mobile"], 1), (p["home_abroad"], 1)]
            p["traits"].append("works_from_home_country_visit")
    emit(ctx, W, book, p, hire=hire)


def _alumnus(ctx, W, kind="recent_alumnus"):
    r = ctx.rng
    intl = r.random() < 0.18
    p = intl_student(ctx, W, kind=kind) if intl else domestic_student(ctx, W, kind=kind)
    # moved after graduation: new city, new home line
    newcity = r.choice(list(data.CITIES))
    p["addr_later"] = ctx.street_address(newcity)
    p["home"] = home_line(ctx, newcity)
    p["mobile"] = mobile_pool(ctx, newcity) if r.random() < 0.3 else p["mobile"]
    p["tz"] = data.CITIES[newcity][1]
    p["places"] = p["places"] + [(p["home"], 6)]
    p["city"] = newcity
    p["traits"].append("moved_after_graduation")
    if "edu" in p and r.random() < 0.6:
        p["traits"].append("alumni_email_forwarding")
    return p


def b_alumnus(ctx, W, book, left):
    r = ctx.rng
    p = _alumnus(ctx, W)
    hire = []
    if r.random() < 0.55:
        h = hire_plan(ctx, W, p, role=r.choice(["new_grad", "new_grad", "contractor"]))
        if r.random() < 0.04:
            h["name"] = f"{p['first']} {ctx.name(pick(r, data.US_ORIGIN_MIX))[1]}"
            p["traits"].append("name_changed")
        elif r.random() < 0.02:
            h["name"] = f"{ctx.name(p['origin'])[0]} {p['last']}"
            p["traits"].append("name_changed")
        if h["employer"].get("ships_office"):
            h["ship"] = h["employer"]["office_addr"]
            p["traits"].append("laptop_to_office")
        hire.append(h)
        p["traits"].append("hired")
        if r.random() < 0.08:
            hire.append(hire_plan(ctx, W, p, role="contractor", start=hire[0]["start"] + dt.timedelta(days=r.randrange(60, 300))))
            p["traits"].append("second_job")
    emit(ctx, W, book, p, hire=hire, created=ctx.day(0, 500))


def b_mover(ctx, W, book, left):
    r = ctx.rng
    p = _alumnus(ctx, W)
    p["kind"] = "mover"
    # dorm -> apartment -> new city: an interim apartment in the college town
    p["addr_school"], p["addr_later"] = p.get("addr_school"), p["addr_later"]
    mid = ctx.street_address(p["univ"]["city"], apt=True)
    h = hire_plan(ctx, W, p, role="new_grad", addr=p["addr_later"])
    p["traits"].append("moved_twice")
    hire = [h]
    if r.random() < 0.3:
        p.setdefault("extra_places", []).append((home_line(ctx, p["univ"]["city"]), 2))
    emit(ctx, W, book, p, hire=hire, n_apps=r.randrange(1, 3))
    # the interim address appears on a re-application
    if len(book.subjects) < ctx.n:
        pass
    _ = mid


def b_siblings(ctx, W, book, left):
    r = ctx.rng
    n = 2 if r.random() < 0.8 else 3
    u = r.choice(W.univs)
    origin = pick(r, data.US_ORIGIN_MIX)
    first = domestic_student(ctx, W, univ=u if r.random() < 0.6 else None, origin=origin, parent={})
    par = parents(ctx, first)
    fam_addr = ctx.street_address(r.choice(list(data.CITIES)), apt=False)
    joint = bank_account(ctx)
    for i in range(n):
        p = first if i == 0 else domestic_student(ctx, W, univ=u if r.random() < 0.6 else None, origin=origin, last=first["last"], parent={})
        p["kind"] = "sibling"
        p["traits"].append("family_home")
        p["addr_home"] = fam_addr
        if r.random() < 0.5:
            p["addr_school"] = fam_addr
        if r.random() < 0.7:
            p["rec_email"] = par["email"]
            p["traits"].append("parent_recovery")
        if r.random() < 0.5:
            p["rec_phone"], p["rec_phone_type"] = ctx.fmt_phone(par["phone"], "US"), par["phone_type"]
        hire = []
        if r.random() < 0.35:
            h = hire_plan(ctx, W, p, role=r.choice(["intern", "new_grad"]))
            if r.random() < 0.45:
                h["pay"] = joint
                p["traits"].append("cosigned_family_account")
            hire.append(h)
        emit(ctx, W, book, p, hire=hire)


def b_roommates(ctx, W, book, left):
    r = ctx.rng
    u = r.choice(W.univs)
    n = r.randrange(2, 6)
    addr = ctx.street_address(u["city"], apt=True)
    line = home_line(ctx, u["city"])
    gw = (ctx.mac(), f"{r.choice(['NETGEAR', 'TP-Link_', 'Spectrum', 'xfinity'])}{r.randrange(10, 99)}")
    share_pc = r.random() < 0.15
    pc = f"cldev_{ctx.hexid(48)}"
    for i in range(n):
        p = intl_student(ctx, W, univ=u) if r.random() < 0.3 else domestic_student(ctx, W, univ=u, housing=False)
        p["kind"] = "roommate"
        p["addr_school"] = addr
        p["school_place"] = line
        p["home_gw"] = gw
        p["places"] = [(line, 6), (u["campus"], 4), (p["mobile"], 3)]
        p["traits"].append("shared_flat")
        if share_pc:
            p["laptop"] = pc
            p["traits"].append("shared_pc")
        hire = []
        if r.random() < 0.25:
            hire.append(hire_plan(ctx, W, p, role=r.choice(["intern", "new_grad"]), work_places=[(line, 6), (p["mobile"], 1)], gw=gw))
            p["traits"].append("works_from_shared_flat")
        emit(ctx, W, book, p, hire=hire)


def b_cohort(ctx, W, book, left):
    r = ctx.rng
    b = r.choice(W.camps)
    b["cohort"] += 1
    n = min(r.randrange(8, 22), max(2, left // 2))
    start = ctx.day(0, SPAN_DAYS - 200)
    repo = f"https://github.com/{b['short']}-cohort-{b['cohort']}/capstone"
    for i in range(n):
        p = new_person(ctx, W, "bootcamp_grad", camp=b)
        p["places"] = [(b["place"], 4), (p["home"], 5), (p["mobile"], 2)]
        p["tz"] = b["tz"]
        if r.random() < 0.7:
            p["tpl"] = b["template"]
            p["traits"].append("cohort_template")
        if r.random() < 0.6:
            p["extra_profiles"] = [repo]
            p["traits"].append("cohort_repo")
        if r.random() < 0.5:
            p["profiles"].append(f"https://{p['email'].split('@')[0].replace('.', '')[:20]}.github.io/portfolio-starter")
        if r.random() < 0.4:
            p["laptop"] = r.choice(b["loaners"])
            p["traits"].append("loaner_laptop")
        if r.random() < 0.3:
            p["rec_email"] = b["coach"]
            p["traits"].append("coach_recovery")
        if r.random() < 0.7:
            p["signup_place"] = b["place"]
        if r.random() < 0.3:
            p["photo_plan"] = "default"
        _common_traits(ctx, W, p)
        hire = []
        if r.random() < 0.35:
            hire.append(hire_plan(ctx, W, p, role=r.choice(["new_grad", "contractor"]), start=start + dt.timedelta(days=r.randrange(90, 300))))
            p["traits"].append("hired")
        emit(ctx, W, book, p, hire=hire, created=start + dt.timedelta(days=r.randrange(0, 20)))


def b_career_changer(ctx, W, book, left):
    r = ctx.rng
    b = r.choice(W.camps)
    p = new_person(ctx, W, "career_changer", camp=b)
    p["places"] = [(p["home"], 6), (p["mobile"], 2), (b["place"], 1)]
    if r.random() < 0.5:
        p["tpl"] = b["template"]
        p["traits"].append("cohort_template")
    if r.random() < 0.25:
        p["laptop"] = r.choice(b["loaners"])
        p["traits"].append("loaner_laptop")
    _common_traits(ctx, W, p)
    hire = []
    if r.random() < 0.4:
        hire.append(hire_plan(ctx, W, p, role="contractor" if r.random() < 0.5 else "new_grad"))
        p["traits"].append("hired")
    emit(ctx, W, book, p, hire=hire)


def b_newgrad_class(ctx, W, book, left):
    """An employer hires a class of new graduates who start the same week."""
    r = ctx.rng
    e = r.choice(W.employers)
    n = min(r.randrange(4, 15), max(2, left // 3))
    start = ctx.day(180, SPAN_DAYS - 60)
    to_office = r.random() < 0.5
    for i in range(n):
        p = _alumnus(ctx, W)
        p["kind"] = "new_grad_hire"
        p["traits"].append("hiring_class")
        h = hire_plan(ctx, W, p, e, role="new_grad", start=start + dt.timedelta(days=r.choice([0, 0, 0, 7, 14])))
        if to_office:
            h["ship"] = e["office_addr"]
            p["traits"].append("laptop_to_office")
            h["work_places"] = [(e["office"], 4), (p["home"], 5), (p["mobile"], 1)]
            h["gw"] = lambda t, e=e, g=(ctx.mac(), "home"), rr=r: (e["office_gw"], e["office_ssid"]) if rr.random() < 0.5 else g
        emit(ctx, W, book, p, hire=[h], n_apps=r.randrange(0, 3))


def b_intern_housing(ctx, W, book, left):
    """Summer interns of one employer in its corporate housing: one address, one building network."""
    r = ctx.rng
    es = [e for e in W.employers if e.get("housing")]
    e = r.choice(es)
    H = e["housing"]
    n = min(r.randrange(4, 13), max(2, left // 3))
    start = ctx.day(100, SPAN_DAYS - 100)
    for i in range(n):
        p = intl_student(ctx, W) if r.random() < 0.3 else domestic_student(ctx, W)
        p["kind"] = "intern"
        p["traits"].append("corporate_housing")
        h = hire_plan(ctx, W, p, e, role="intern", start=start + dt.timedelta(days=r.choice([0, 0, 7])), months=3,
                      ship=H["addr"], addr=H["addr"] if r.random() < 0.5 else None,
                      work_places=[(H["place"], 6), (e["office"], 3), (p["mobile"], 1)], gw=(H["gw"], H["ssid"]), no_sse=True)
        emit(ctx, W, book, p, hire=[h])


def b_night_shift(ctx, W, book, left):
    r = ctx.rng
    p = domestic_student(ctx, W, kind="night_shift_student")
    p["hours"] = (22, 30)
    p["traits"].append("night_shift")
    hire = []
    if r.random() < 0.3:
        hire.append(hire_plan(ctx, W, p, role="contractor", hours=(20, 29)))
    emit(ctx, W, book, p, hire=hire)


def b_ta(ctx, W, book, left):
    """TAs and tutors: a university-managed laptop with remote tools and SSH sessions into lab machines."""
    r = ctx.rng
    p = intl_student(ctx, W, kind="grad_student") if r.random() < 0.5 else domestic_student(ctx, W, kind="grad_student")
    p["kind"] = "ta_tutor"
    u = p["univ"]
    tool, port = r.choice([("TeamViewer", "5938/tcp"), ("AnyDesk", "7070/tcp"), ("vncserver", "5900/tcp"), ("remoting_host", None), ("sshd", "22/tcp")])
    emp = {"name": u["tutoring"], "domain": u["domain"], "idp": "entra", "salary": 1800, "intern_pay": 1400, "office": u["campus"]}
    since = ctx.day(200, SPAN_DAYS - 100)
    h = hire_plan(ctx, W, p, emp, role="ta", start=since, procs=[tool, "zoom.us"], ports=[port] if port else [],
                  remote=[(f"lab{r.randrange(1, 40)}.cs.{u['domain']}", since + dt.timedelta(days=2))] if r.random() < 0.6 else [],
                  work_places=[(u["campus"], 5), (p["school_place"], 4)])
    if r.random() < 0.15:
        h["usb"] = [r.choice(data.USB_KVM_SWITCH_HONEST)]
        p["traits"].append("kvm_switch")
    p["traits"].append("remote_tools")
    emit(ctx, W, book, p, hire=[h])


def b_staff(ctx, W, book, left):
    r = ctx.rng
    u = r.choice(W.univs)
    p = new_person(ctx, W, "career_staff", univ=u)
    p["email"] = ctx.mailbox(p["first"], p["last"], u["domain"], style="f.l")
    p["places"] = [(u["campus"], 8), (p["home"], 2)]
    p["rec_email"] = u["helpdesk"] if r.random() < 0.5 else ""
    p["signup_place"] = u["campus"]
    p["signup_dev"] = u["kiosk_dev"] if r.random() < 0.4 else p["laptop"]
    p["photo_plan"] = "default" if r.random() < 0.4 else None
    emit(ctx, W, book, p, n_apps=0)


def b_recruiter(ctx, W, book, left):
    r = ctx.rng
    e = r.choice(W.employers)
    p = new_person(ctx, W, "employer_recruiter", univ=None)
    p["email"] = ctx.mailbox(p["first"], p["last"], e["domain"], style="f.l")
    p["places"] = [(e["office"], 5), (p["home"], 4), (p["mobile"], 2)] + ([(e["sse"], 5)] if e.get("sse") else [])
    p["profiles"] = p["profiles"][:1] + [f"https://{e['domain']}/careers"]
    emit(ctx, W, book, p, n_apps=0)
