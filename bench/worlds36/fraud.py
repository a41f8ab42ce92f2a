"""DPRK IT-worker teams on Campusline: personas posing as recent US grads, bootcamp alumni and international students;
facilitators' laptop farms, payout mules, proxy interviewers, stolen alumni identities."""
from __future__ import annotations

import datetime as dt

from . import data
from .infra import Ctx, iso, pick, SPAN_DAYS
from .lives import (Book, place, home_line, vpn_exit, login, sessions, snapshots, honest_displays,
                    payroll, bank_account, nid_hash, END_DT)
from . import honest

BASES = [("Shenyang", "CN", "Asia/Shanghai", "China Unicom Liaoning", "4837", 41.80, 123.43),
         ("Dandong", "CN", "Asia/Shanghai", "China Unicom Liaoning", "4837", 40.12, 124.38),
         ("Yanji", "CN", "Asia/Shanghai", "China Telecom Jilin", "4134", 42.90, 129.51),
         ("Vladivostok", "RU", "Asia/Vladivostok", "Rostelecom", "12389", 43.12, 131.89),
         ("Vientiane", "LA", "Asia/Vientiane", "Lao Telecom", "9873", 17.97, 102.63)]
SHARE_KINDS = ["recovery_email", "recovery_phone", "device", "signup_ip", "payout", "shipping", "photo", "resume", "github", "phone"]
INTL_CLAIMS = ["JP", "KR", "VN", "TW", "PH", "MX", "CA", "UA"]


def make_team(ctx: Ctx, W, book: Book, k: int):
    r = ctx.rng
    city, cc, tz, isp, asn, lat, lon = r.choice(BASES)
    T = {"k": k, "base": place(ctx.pool(("base", isp, k), 4), isp, asn, city, cc, lat, lon, tz, kind="base", risk="high"), "tz": tz}
    prov = "Astrill" if r.random() < 0.7 else r.choice(["NordVPN", "ExpressVPN", "Surfshark"])
    T["exits"] = [vpn_exit(ctx, prov) for _ in range(3)]
    T["vpn"] = prov
    T["vps"] = []
    for _ in range(r.randrange(1, 3)):
        owner, vasn = r.choice(data.VPS)
        vc = r.choice(data.VPN_CITIES)
        st, vtz, ac, vlat, vlon, zp = data.CITIES[vc]
        T["vps"].append(place(ctx.ip_in(("vps", owner)), owner, vasn, vc, "US", vlat, vlon, vtz, kind="vps", risk="medium"))
    T["kp"] = r.random() < 0.3
    T["kp_place"] = place(["175.45.176.%d" % r.randrange(1, 255), "175.45.178.%d" % r.randrange(1, 255)], "Star JV", "131279", "Pyongyang", "KP", 39.03, 125.75, "Asia/Pyongyang", kind="base", risk="high")
    T["op_laptops"] = [f"cldev_{ctx.hexid(48)}" for _ in range(r.randrange(4, 9))]
    T["mailboxes"] = [ctx.throwaway(ctx.personal_domain(fraud=True)) for _ in range(r.randrange(2, 5))]
    T["voip"] = [ctx.phone("US") for _ in range(r.randrange(4, 9))]
    T["resumes"] = [W.media.template(r, f"team{k}-master-{i}") for i in range(r.randrange(2, 4))]
    T["faces"] = [W.media.face_spec(r) for _ in range(r.randrange(2, 5))]
    T["github"] = f"https://github.com/{r.choice(['nova', 'apex', 'blue', 'quantum', 'pixel', 'hyper'])}{r.choice(['soft', 'labs', 'dev', 'tech'])}-{r.randrange(10, 99)}"
    T["us_hours"] = r.random() < 0.7
    # front companies named on persona resumes
    T["fronts"] = []
    for i in range(r.randrange(1, 3)):
        nm = f"{r.choice(data.EMPLOYER_WORDS_A)}{r.choice(['soft', 'tech', 'digital', 'sys'])} {r.choice(['Solutions', 'Technologies', 'Group'])}"
        dom = nm.split()[0].lower() + r.choice(["solutions", "tech", "group"]) + ".com"
        reg = ctx.day(SPAN_DAYS - 700, SPAN_DAYS - 200)
        book.domains.append({"domain": dom, "company": nm, "registered_at": iso(reg, r, "date"),
                             "registrant_email": r.choice(["", "Redacted for privacy", r.choice(T["mailboxes"])]),
                             "ip": r.choice(T["vps"])["ips"][0] if r.random() < 0.4 else ctx.ip_in(("hosting", "namecheap")),
                             "nameservers": "dns1.registrar-servers.com;dns2.registrar-servers.com", "campusline_role": "employer_on_resume"})
        T["fronts"].append(nm)
    # facilitators (US laptop farms), mules, a proxy interviewer
    T["facs"] = []
    for i in range(r.randrange(2, 4)):
        fc = r.choice(list(data.CITIES))
        f = honest.new_person(ctx, W, "facilitator", univ=None)
        f["city"] = fc
        f["addr_home"] = ctx.street_address(fc, apt=r.random() < 0.3)
        f["home"] = home_line(ctx, fc)
        f["tz"] = data.CITIES[fc][1]
        f["gw"] = (ctx.mac(), f"{r.choice(['NETGEAR', 'Spectrum', 'ATT', 'MyHome', 'Verizon_'])}{r.randrange(10, 99)}")
        f["kvm"] = r.random() < 0.65
        f["tools"] = r.sample(data.REMOTE_TOOLS, r.randrange(1, 3))
        T["facs"].append(f)
    T["mules"] = []
    for i in range(r.randrange(1, 3)):
        m = honest.new_person(ctx, W, "money_mule", univ=None)
        T["mules"].append(m)
    T["proxy"] = honest.new_person(ctx, W, "proxy_interviewer", univ=None)
    return T


def _persona_base(ctx, W, T, claim="us_grad", victim=None):
    r = ctx.rng
    if victim is not None:
        p = {"first": victim["first"], "last": victim["last"], "dob": victim["dob"], "ssn": victim["ssn"], "origin": victim["origin"],
             "univ": victim.get("univ"), "traits": ["stolen_identity"], "rows": []}
        cc = "US"
    elif claim == "intl_student":
        cc = r.choice(INTL_CLAIMS)
        origin = data.INTL[cc][0]
        f, l = ctx.name(origin)
        p = {"first": f, "last": l, "origin": origin, "dob": dt.date(r.randrange(1997, 2003), r.randrange(1, 13), r.randrange(1, 29)),
             "ssn": f"9{r.randrange(10, 99)}-{r.randrange(70, 99)}-{r.randrange(1000, 9999)}", "univ": r.choice(W.univs), "traits": ["claims_intl_student"], "rows": []}
    else:
        f, l = ctx.name(pick(r, data.US_ORIGIN_MIX))
        p = {"first": f, "last": l, "origin": "us", "dob": dt.date(r.randrange(1995, 2003), r.randrange(1, 13), r.randrange(1, 29)),
             "ssn": f"{r.randrange(1, 899):03d}-{r.randrange(1, 99):02d}-{r.randrange(1, 9999):04d}",
             "univ": r.choice(W.univs) if claim == "us_grad" else None, "traits": [f"claims_{claim}"], "rows": []}
        cc = "US"
    p["cc"] = cc
    p["camp"] = r.choice(W.camps) if claim == "bootcamp" else None
    city = r.choice(list(data.CITIES))
    p["city"] = city
    p["addr"] = ctx.street_address(city)
    if victim is not None and r.random() < 0.3:
        p["addr"] = victim.get("addr_later") or victim["addr_home"]
        p["traits"].append("victim_address")
    p["email"] = ctx.mailbox(p["first"], p["last"], ctx.personal_domain(fraud=True))
    p["proxy_exit"] = home_line(ctx, city)  # residential proxy exit in the claimed city
    p["device"] = f"cldev_{ctx.hexid(48)}"  # own anti-detect browser profile
    p["tpl"] = W.media.template(r, "own")
    p["face"] = W.media.face_spec(r)
    p["photo"] = None
    p["bank"] = None
    p["extra_profiles"] = []
    p["phone"] = ctx.phone("US")
    p["phone_type"] = "mobile"
    p["rec_email"] = ""
    p["rec_phone"] = ""
    p["rec_phone_type"] = ""
    p["signup_place"] = None
    p["places"] = [(p["proxy_exit"], 6)] + [(x, 2) for x in T["exits"]]
    return p


def _apply_share(ctx, W, T, p, kind, val, traits_prefix="shared"):
    """Give persona p the ring's shared value of `kind`."""
    if kind == "recovery_email":
        p["rec_email"] = val
    elif kind == "recovery_phone":
        p["rec_phone"], p["rec_phone_type"] = val, "voip"
    elif kind == "device":
        p["device"] = val
        p["traits"].append("operator_laptop")
    elif kind == "signup_ip":
        p["signup_place"] = val
    elif kind == "payout":
        p["bank"] = val
    elif kind == "shipping":
        p["fac"] = val
    elif kind == "photo":
        p["photo"] = ("edit", val)
        p["traits"].append("edited_photo")
    elif kind == "resume":
        p["tpl"] = val
        p["traits"].append("cloned_resume")
    elif kind == "github":
        p["extra_profiles"].append(val)
    elif kind == "phone":
        p["phone"], p["phone_type"] = val, "voip"
    p["traits"].append(f"{traits_prefix}_{kind}")


def _share_value(ctx, T, kind):
    r = ctx.rng
    return {"recovery_email": lambda: r.choice(T["mailboxes"]), "recovery_phone": lambda: r.choice(T["voip"]),
            "device": lambda: r.choice(T["op_laptops"]), "signup_ip": lambda: r.choice(T["vps"]),
            "payout": lambda: r.choice(T["mules"])["bank"] if r.random() < 0.6 else r.choice(T["facs"])["bank"],
            "shipping": lambda: r.choice(T["facs"]), "photo": lambda: r.choice(T["faces"]), "resume": lambda: r.choice(T["resumes"]),
            "github": lambda: f"{T['github']}/{r.choice(['hr-portal', 'shop-admin', 'crypto-wallet-ui', 'booking-app'])}",
            "phone": lambda: r.choice(T["voip"])}[kind]()


def emit_persona(ctx: Ctx, W, book: Book, T, p, kind: str, rows=("profile", "apps", "hire"), employer=None,
                 referrer="", lone=False):
    """All rows of a persona; `rows` limits them (split rings: one row each)."""
    r = ctx.rng
    media = W.media
    traits = p["traits"]
    if T["us_hours"]:
        hours = (8, 18)
        traits.append("us_hours_from_asia")
        tzk = p["proxy_exit"]["tz"]
    else:
        hours = (9, 21)
        traits.append("asia_hours")
    places = list(p["places"])
    if not lone and r.random() < 0.25:
        places.append((T["base"], 1))
        traits.append("vpn_dropout")
    if not lone and T["kp"] and r.random() < 0.3:
        places.append((T["kp_place"], 1))
        traits.append("kp_address_space")
    if not lone and r.random() < 0.3:
        places.append((r.choice(T["vps"]), 1))
        traits.append("vps_sign_ins")
    traits.append("vpn_user")
    traits.append("residential_proxy")
    if T["vpn"] == "Astrill":
        traits.append("vpn_astrill")
    if p["phone_type"] != "mobile" or p["rec_phone"]:
        traits.append("voip_contact")
    # photo
    if p["photo"] and p["photo"][0] == "edit":
        photo = media.photo(p["photo"][1], edit=r.getrandbits(32))
    elif r.random() < 0.5 and not lone:
        photo = media.photo(r.choice(T["faces"]), edit=r.getrandbits(32))
        traits.append("edited_photo")
    elif r.random() < 0.8:
        photo = media.photo(p["face"])
    else:
        photo = media.default_avatar()
    school_line = ""
    u = p.get("univ")
    if u:
        school_line = f"{u['name']}, B.S. Computer Science, {r.randrange(2022, 2025)}"
    elif p.get("camp"):
        school_line = f"{p['camp']['name']}, Full-Stack Web Development, {r.randrange(2023, 2025)}"
    jobs = []
    if T["fronts"] and r.random() < 0.5 and not lone:
        jobs = [f"Software Engineer, {r.choice(T['fronts'])} ({r.randrange(2021, 2024)}-present)"]
        traits.append("front_company_on_resume")
    p["resume_email"], p["resume_phone"], p["resume_city"] = p["email"], ctx.fmt_phone(p["phone"], "US"), p["city"]
    if p["tpl"] in T["resumes"] and "cloned_resume" not in traits:
        traits.append("cloned_resume")
    resume = media.resume(media.resume_text(r, p, p["tpl"], school_line, jobs))
    fac = p.get("fac")
    claim_fac_addr = fac is not None and r.random() < 0.45
    addr = fac["addr_home"] if claim_fac_addr else p["addr"]
    if claim_fac_addr:
        traits.append("claims_facilitator_address")
    created = p.get("created") or ctx.day(60, SPAN_DAYS - 150)
    country = p["cc"] if r.random() < 0.6 or p["cc"] == "US" else "US"
    truth = lambda: ";".join([kind] + sorted(set(traits), key=traits.index))
    out = []
    school = u["name"] if u else (p["camp"]["name"] if p.get("camp") else "")
    signup_pl = p["signup_place"] or pick(r, places)
    if "profile" in rows:
        sid = ctx.rid("cl")
        row = {"id": sid, "kind": "account", "full_name": f"{p['first']} {p['last']}", "email": p["email"],
               "phone": ctx.fmt_phone(p["phone"], country), "phone_line_type": p["phone_type"] if r.random() < 0.8 else "",
               "address": ctx.fmt_addr(addr) if r.random() < 0.8 else "", "country": country,
               "birth_date": p["dob"].isoformat() if r.random() < 0.5 else "", "national_id": "",
               "photo": photo, "resume": resume, "profiles": ";".join([f"https://www.linkedin.com/in/{p['first'].lower()}-{p['last'].lower()}-{ctx.hexid(24)}"] + p["extra_profiles"]),
               "employer": "", "created_at": iso(created, r, r.choice(["z", "ms", "naive"])),
               "recovery_email": p["rec_email"], "recovery_phone": p["rec_phone"], "recovery_phone_line_type": p["rec_phone_type"],
               "signup_ip": r.choice(signup_pl["ips"]), "campusline_source": "campusline", "campusline_record": "profile",
               "campusline_school": school, "campusline_grad_year": r.randrange(2022, 2026) if school else "",
               "campusline_referrer": referrer, "campusline_edu_verified": "false"}
        out.append(row)
        login(ctx, book, sid, created, signup_pl, p["device"], r.choice(data.UA_DESKTOP), "campusline", event_type="account.create")
        ua = r.choice(data.UA_DESKTOP)
        sessions(ctx, book, sid, created, 300, r.randrange(4, 18), places, lambda pl: p["device"], lambda pl: ua, "campusline", hours=hours)
    if "apps" in rows:
        n_apps = p.get("n_apps", pick(r, [(1, 35), (2, 30), (3, 20), (4, 15)]))
        if n_apps >= 3:
            traits.append("many_applications")
        for i in range(n_apps):
            e = employer if (employer and i == 0) else r.choice(W.employers)
            t = created + dt.timedelta(days=r.randrange(2, 120))
            if t > END_DT:
                t = END_DT - dt.timedelta(days=r.randrange(1, 30))
            aid = ctx.rid("app")
            email = p["email"]
            if i > 0 and r.random() < 0.35:
                email = ctx.mailbox(p["first"], p["last"], ctx.personal_domain(fraud=True))
            out.append({"id": aid, "kind": "applicant", "full_name": f"{p['first']} {p['last']}", "email": email,
                        "phone": ctx.fmt_phone(p["phone"], country), "address": ctx.fmt_addr(addr) if r.random() < 0.7 else "",
                        "country": country, "resume": resume if r.random() < 0.7 else media.resume(media.resume_text(r, p, p["tpl"], school_line, jobs, version=1)),
                        "profiles": out[0]["profiles"] if out else "", "employer": e["name"],
                        "created_at": iso(t, r, r.choice(["z", "date", "naive"])), "campusline_source": "employer_ats",
                        "campusline_record": "application", "campusline_school": school,
                        "campusline_grad_year": r.randrange(2022, 2026) if school else "", "campusline_referrer": referrer if r.random() < 0.6 else ""})
            if p.get("proxy_iv"):
                px = T["proxy"]
                login(ctx, book, aid, t + dt.timedelta(days=r.randrange(3, 15)), px["home"], px["laptop"], px["ua"], "campusline", event_type="interview.video")
                if "proxy_interview" not in traits:
                    traits.append("proxy_interview")
            elif r.random() < 0.4:
                login(ctx, book, aid, t + dt.timedelta(days=r.randrange(3, 15)), pick(r, places), p["device"], r.choice(data.UA_DESKTOP), "campusline", event_type="interview.video")
    hire_rows = []
    if "hire" in rows and p.get("hire"):
        e = employer or r.choice(W.employers)
        if fac is None and p.get("own_farm"):
            fac = _own_farm(ctx, W)
        fac = fac or r.choice(T["facs"])
        start = created + dt.timedelta(days=r.randrange(30, 140))
        if start > END_DT - dt.timedelta(days=20):
            start = END_DT - dt.timedelta(days=r.randrange(20, 60))
        traits.extend(["laptop_farm", "remote_tool", "laptop_to_facilitator"])
        hid = ctx.rid("hr")
        ship = fac["addr_home"]
        ship_s = ctx.fmt_addr(ship)
        if r.random() < 0.25:
            ship_s = f"c/o {fac['first']} {fac['last']}, " + ship_s
        out.append({"id": hid, "kind": "contractor" if r.random() < 0.4 else "employee", "full_name": f"{p['first']} {p['last']}",
                    "email": p["email"], "phone": ctx.fmt_phone(p["phone"], "US"), "address": ctx.fmt_addr(addr), "country": "US",
                    "birth_date": p["dob"].isoformat() if r.random() < 0.9 else "", "national_id": nid_hash(p["ssn"]) if r.random() < 0.8 else "",
                    "photo": photo if r.random() < 0.3 else "", "employer": e["name"], "created_at": iso(start, r, r.choice(["date", "z", "offset"])),
                    "campusline_source": "employer_hris", "campusline_record": "hire", "campusline_role": r.choice(["new_grad", "contractor", "new_grad"]),
                    "campusline_work_email": f"{p['first'][0].lower()}{p['last'].lower()}@{e['domain']}"})
        hire_rows.append((hid, e, start, fac, ship_s))
    for row in out:
        book.subject(row, True, truth())
        p["rows"].append(row["id"])
    for hid, e, start, fac, ship_s in hire_rows:
        _farm_hire(ctx, book, T, p, hid, e, start, fac, ship_s, truth)
    # fix the truth of rows written before all traits were known
    k = truth()
    for i in range(len(book.truth) - len(out), len(book.truth)):
        book.truth[i] = (book.truth[i][0], 1, k)
    return p["rows"]


def _farm_hire(ctx, book, T, p, hid, e, start, fac, ship_s, truth):
    r = ctx.rng
    book.shipments.append({"subject_id": hid, "ts": iso(start - dt.timedelta(days=r.randrange(3, 12)), r, "date"),
                           "asset": f"{e['domain'].split('.')[0][:4].upper()}-{r.randrange(10000, 99999)}", "address": ship_s,
                           "campusline_carrier": r.choice(["FedEx", "UPS"])})
    host = ctx.uuid()
    months = r.randrange(2, 10)
    farm = place(fac["home"]["ips"], fac["home"]["owner"], fac["home"]["asn"], fac["home"]["city"], "US", fac["home"]["lat"], fac["home"]["lon"], fac["tz"])
    wp = [(farm, 7)] + [(x, 2) for x in T["exits"]]
    if e.get("sse"):
        wp = [(e["sse"], 5)] + wp
    ua = r.choice(data.UA_DESKTOP)
    sessions(ctx, book, hid, start, min(months * 30, (END_DT - start).days), r.randrange(8, 30), wp, lambda pl: host, lambda pl: ua, e["idp"],
             hours=(8, 18) if T["us_hours"] else (19, 30), idp=True)
    procs = [t for t, _ in fac["tools"]]
    ports = [pt for _, pt in fac["tools"] if pt]
    usb, displays = [], []
    if fac["kvm"]:
        usb = [r.choice(data.USB_KVM)]
        displays = [r.choice(["PiKVM", "TinyPilot", "HDMI Capture", "JetKVM", "ATEN KVM"])]
        p["traits"].append("ip_kvm")
    remote = []
    if r.random() < 0.6:
        remote = [(r.choice(T["vps"] + T["exits"])["ips"][0], start + dt.timedelta(days=r.randrange(1, 5)))]
        p["traits"].append("remote_sessions")
    if r.random() < 0.4:
        ports.append("3389/tcp")
    tz = fac["tz"] if r.random() < 0.85 else T["tz"]
    kb = ["en-US"] if r.random() < 0.88 else ["en-US", "ko-KR"]
    tel = {"model": r.choice(data.LAPTOPS), "tz": tz, "keyboards": kb, "gateway": fac["gw"],
           "procs": r.sample(data.WORK_PROCS, 7), "always_procs": procs, "usb": usb, "displays": honest_displays(ctx)[:1] + displays,
           "ports": ports, "remote": remote}
    snapshots(ctx, book, hid, host, start, min(months, 7), tel)
    dest = p["bank"] or (r.choice(T["mules"])["bank"] if r.random() < 0.6 else fac["bank"])
    later = None
    if r.random() < 0.5:
        later = (r.randrange(2, 4), r.choice(T["mules"])["bank"])
        p["traits"].append("payroll_changed")
    if dest in [m["bank"] for m in T["mules"]]:
        p["traits"].append("mule_account")
    else:
        p["traits"].append("paid_to_facilitator")
    payroll(ctx, book, hid, start, min(months * 2, 10), e["salary"], dest, payer=e["name"], dests_later=later)


def _own_farm(ctx, W):
    """A persona's own, otherwise unseen, facilitator."""
    r = ctx.rng
    lf = honest.new_person(ctx, W, "facilitator", univ=None)
    lf["gw"] = (ctx.mac(), f"NETGEAR{r.randrange(10, 99)}")
    lf["kvm"] = r.random() < 0.4
    lf["tools"] = r.sample(data.REMOTE_TOOLS, 1)
    return lf


def _victim(ctx, W, book):
    """A real alumnus whose identity a persona will use: an honest row set of its own."""
    p = honest._alumnus(ctx, W)
    p["traits"].insert(0, p["kind"])
    p["kind"] = "identity_theft_victim"
    p["traits"].append("identity_reused")
    hire = [honest.hire_plan(ctx, W, p, role="new_grad")] if ctx.rng.random() < 0.5 else []
    honest.emit(ctx, W, book, p, hire=hire, created=ctx.day(0, 500))
    return p


def _support_rows(ctx, W, book, T):
    """Facilitators', mules' and proxy interviewers' own rows."""
    r = ctx.rng
    for f in T["facs"]:
        f["traits"] += ["laptop_farm_host", f"team_{T['k']}"] + (["ip_kvm"] if f["kvm"] else [])
        f["places"] = [(f["home"], 6), (f["mobile"], 2)]
        f["addr_school"] = None
        hire = []
        if r.random() < 0.3:
            hire = [honest.hire_plan(ctx, W, f, role="contractor", work_places=[(f["home"], 6)], gw=f["gw"], pay=f["bank"])]
        honest.emit(ctx, W, book, f, n_apps=r.randrange(0, 2), hire=hire, fraud=True,
                    truth=";".join(["facilitator"] + f["traits"]))
    for m in T["mules"]:
        m["traits"] += ["mule_account", f"team_{T['k']}"]
        hire = []
        if r.random() < 0.4:
            hire = [honest.hire_plan(ctx, W, m, role="contractor", pay=m["bank"])]
        honest.emit(ctx, W, book, m, n_apps=r.randrange(0, 2), hire=hire, fraud=True, truth=";".join(["money_mule"] + m["traits"]))
    px = T["proxy"]
    px["traits"] += ["proxy_interviewer", f"team_{T['k']}"]
    honest.emit(ctx, W, book, px, n_apps=r.randrange(0, 2), fraud=True, truth=";".join(["proxy_interviewer"] + px["traits"]))


def build_fraud(ctx: Ctx, W, book: Book):
    r = ctx.rng
    n_teams = max(2, ctx.n // 2500)
    counts = {}
    for k in range(n_teams):
        T = make_team(ctx, W, book, k)
        # persona rings
        for ring in range(r.randrange(2, 4)):
            size = r.randrange(3, 8)
            kinds = r.sample(SHARE_KINDS, r.randrange(1, 4))
            vals = {kd: _share_value(ctx, T, kd) for kd in kinds}
            members = []
            for i in range(size):
                claim = pick(r, [("us_grad", 50), ("bootcamp", 25), ("intl_student", 25)])
                victim = _victim(ctx, W, book) if r.random() < 0.2 else None
                p = _persona_base(ctx, W, T, claim, victim)
                for kd in kinds:
                    _apply_share(ctx, W, T, p, kd, vals[kd])
                p["traits"] += [f"team_{k}", f"team{k}_ring{ring}", f"ring_size_{size}"]
                if r.random() < 0.4 and not p["rec_phone"]:
                    p["phone"], p["phone_type"] = r.choice(T["voip"]), "voip"
                p["hire"] = r.random() < 0.55
                p["proxy_iv"] = r.random() < 0.4
                if r.random() < 0.6 and "resume" not in kinds:
                    p["tpl"] = r.choice(T["resumes"])
                if r.random() < 0.3 and "device" not in kinds:
                    p["device"] = r.choice(T["op_laptops"])
                    p["traits"].append("operator_laptop")
                ref = members[-1]["rows"][0] if members and members[-1]["rows"] and r.random() < 0.35 else ""
                if ref:
                    p["traits"].append("fake_referral")
                emit_persona(ctx, W, book, T, p, "persona_ring", referrer=ref)
                members.append(p)
                counts["persona_ring"] = counts.get("persona_ring", 0) + 1
        # careful ring: exactly one kind of sharing
        for ring in range(r.randrange(1, 3)):
            kd = r.choice(SHARE_KINDS)
            val = _share_value(ctx, T, kd)
            size = r.randrange(2, 5)
            for i in range(size):
                p = _persona_base(ctx, W, T, pick(r, [("us_grad", 50), ("bootcamp", 30), ("intl_student", 20)]))
                _apply_share(ctx, W, T, p, kd, val, traits_prefix="shares_only")
                p["traits"] += [f"team_{k}", f"team{k}_careful{ring}", f"ring_size_{size}"]
                p["hire"] = kd == "shipping" or r.random() < 0.4
                if kd != "shipping":
                    p["fac"] = None
                    p["own_farm"] = True
                if kd != "payout":
                    p["bank"] = bank_account(ctx)
                emit_persona(ctx, W, book, T, p, "careful_ring", lone=True)
        # split ring across employers: one row per member
        if r.random() < 0.7:
            kd = r.choice(["payout", "shipping", "phone", "recovery_phone", "payout"])
            val = _share_value(ctx, T, kd)
            size = r.randrange(3, 5)
            emps = r.sample(W.employers, size)
            for i in range(size):
                p = _persona_base(ctx, W, T, pick(r, [("us_grad", 60), ("bootcamp", 20), ("intl_student", 20)]))
                p["traits"] += [f"team_{k}", f"team{k}_split", f"ring_size_{size}", f"split_{kd}"]
                p["hire"] = True
                p["n_apps"] = 1
                p["own_farm"] = kd != "shipping"
                if kd != "payout":
                    p["bank"] = bank_account(ctx)
                if kd in ("payout", "shipping"):
                    which = ("hire",)
                    if kd == "payout":
                        p["bank"] = val
                    else:
                        p["fac"] = val
                elif kd == "phone":
                    which = ("hire",) if i % 2 == 0 else ("apps",)
                    p["phone"], p["phone_type"] = val, "voip"
                else:
                    if i % 2 == 0:
                        which = ("hire",)
                        p["phone"], p["phone_type"] = val, "voip"
                    else:
                        which = ("profile",)
                        p["rec_phone"], p["rec_phone_type"] = val, "voip"
                emit_persona(ctx, W, book, T, p, "split_ring", rows=which, employer=emps[i], lone=True)
        # lone personas
        for i in range(r.randrange(2, 5)):
            victim = _victim(ctx, W, book) if r.random() < 0.15 else None
            p = _persona_base(ctx, W, T, pick(r, [("us_grad", 50), ("bootcamp", 25), ("intl_student", 25)]), victim)
            prov = pick(r, [("NordVPN", 30), ("ExpressVPN", 25), ("Surfshark", 15), ("ProtonVPN", 15), ("iCloud Private Relay", 15)])
            p["places"] = [(p["proxy_exit"], 6), (vpn_exit(ctx, prov), 2)]
            p["traits"] += ["few_traits", f"team_{k}"]
            p["hire"] = r.random() < 0.45
            if p["hire"]:
                p["fac"] = _own_farm(ctx, W)
                p["bank"] = bank_account(ctx)
            emit_persona(ctx, W, book, T, p, "lone_persona", lone=True)
        _support_rows(ctx, W, book, T)
    return counts
