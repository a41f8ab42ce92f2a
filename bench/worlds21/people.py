"""Candidate and hire builders, and every honest structure and life pattern."""
import datetime as dt

from . import data
from .build import Hire, Person, Prof, Seg, make_career, pick_customer, resume_lines
from .media import edit_spec
from .infra import (T0, T1, Dev, Net, email_for, fmt_address, fmt_phone, fold, hexid, home_net, hosting_net, iso, mac, make_address, make_dev, phone_digits,
                    place, rand_ts, salted, ssid, weighted)

DAY = dt.timedelta(days=1)


def candidate(w, p, customer, created, primary, tokens, fraud=False, *, email=None, phone=None, recovery_email=None, recovery_phone=None, rline=None,
              address=None, photo=None, resume=None, resume_fmt=None, profiles=None, segs=None, tests=None, id_verified=None, source="direct", invited_by="",
              kind="applicant", country=None, name=None, agency="", active_days=None):
    rng = w.rng
    sid = w.new_id("A-" if kind == "applicant" else "H-")
    row = w.base_row(sid, kind, p, customer, created, email=email, phone=phone, country=country)
    if name:
        row["full_name"] = name
    if address is not None:
        row["address"] = address
    elif rng.random() < 0.62:
        row["address"] = fmt_address(rng, p.addr)
    if recovery_email is None and rng.random() < 0.45:
        recovery_email = email_for(rng, p.first, p.last, p.country)
    row["recovery_email"] = recovery_email or ""
    if recovery_phone is None and rng.random() < 0.2:
        recovery_phone = p.phone
    if recovery_phone:
        row["recovery_phone"] = fmt_phone(rng, recovery_phone, p.country)
        if rline and rng.random() < 0.8:
            row["recovery_phone_line_type"] = rline
        elif p.country in ("US", "CA") and rng.random() < 0.6:
            row["recovery_phone_line_type"] = p.line if recovery_phone == p.phone else "mobile"
    idv = id_verified if id_verified is not None else rng.random() < 0.3
    if idv:
        row["birth_date"] = p.birth.isoformat()
        row["national_id"] = salted("nid", p.natid)
    if photo is None:
        w.honest_photo(row, p)
    elif photo:
        mode, edit, face = photo
        w.set_photo(row, p, mode, edit, face)
    if resume is None:
        resume = resume_lines(row["full_name"], row["email"], row["phone"], p.place[0], p.career)
    if resume:
        w.set_resume(row, resume, resume_fmt)
    row["profiles"] = profiles if profiles is not None else w.profiles_for(p)
    prof = Prof(sid, "cand")
    prof.created = created
    ad = active_days or rng.choice([10, 20, 30, 45, 60, 90, 150])
    end = min(T1, created + dt.timedelta(days=ad))
    prof.segs = segs or w.default_segs(p, created, end)
    prof.tests = tests if tests is not None else rng.choice([1, 1, 2, 2, 3, 4])
    prof.n_logins = rng.randint(2, 9) + prof.tests
    first = prof.segs[0]
    net = first.nets[0][1] if first.nets else None
    if net is not None and rng.random() < 0.93:
        row["signup_ip"] = net.pick(rng)
    row["assessly_customer_id"] = f"cust_{customer['i']:04d}" if customer else ""
    row["assessly_role"] = rng.choice(data.ROLES)
    row["assessly_status"] = rng.choice(["invited", "in_progress", "completed", "completed", "completed", "rejected", "withdrawn"])
    row["assessly_source"] = source
    row["assessly_agency"] = agency
    row["assessly_invited_by"] = invited_by
    row["assessly_id_verified"] = "true" if idv else ("false" if rng.random() < 0.5 else "")
    row["assessly_score"] = str(rng.randint(20, 100)) if row["assessly_status"] in ("completed", "rejected") else ""
    w.add(kind, fraud, [primary] + tokens, row, prof)
    return sid


def hire(w, cand_sid, p, customer, primary, tokens, fraud=False, *, ship_to=None, ship_tokens=None, pay=None, sso_segs=None, mdm=None, kind=None,
         start=None, email=None, name=None, address=None):
    """The candidate was hired. Where the customer shares onboarding data, the HRIS/contractor row, laptop, payroll and MDM."""
    rng = w.rng
    crow = w.rows[-1] if w.rows and w.rows[-1]["id"] == cand_sid else None
    start = start or rand_ts(rng, T0 + 40 * DAY, T1 - 25 * DAY)
    for r in ([crow] if crow else []):
        r["assessly_status"] = "hired"
        r["assessly_score"] = r["assessly_score"] or str(rng.randint(70, 100))
    if not customer["shares"]:
        return None
    kind = kind or ("contractor" if rng.random() < 0.68 else "employee")
    sid = w.new_id("H-")
    row = w.base_row(sid, kind, p, customer, start, email=email)
    if name:
        row["full_name"] = name
    if rng.random() < 0.4 and email is None:
        row["email"] = f"{fold(p.first).lower().replace(' ', '')}.{fold(p.last).lower().replace(' ', '')}@{customer['domain']}"
    row["address"] = address if address is not None else fmt_address(rng, p.addr)
    row["birth_date"] = p.birth.isoformat()
    row["national_id"] = salted("nid", p.natid)
    if rng.random() < 0.3:
        w.set_photo(row, p, "face", None)
    row["profiles"] = ""
    row["assessly_customer_id"] = f"cust_{customer['i']:04d}"
    row["assessly_role"] = rng.choice(data.ROLES)
    row["assessly_status"] = "active" if rng.random() < 0.9 else "terminated"
    row["assessly_source"] = "onboarding_share"
    row["assessly_agency"] = ""
    row["assessly_invited_by"] = ""
    row["assessly_id_verified"] = "true"
    row["assessly_score"] = ""
    row["assessly_candidate_ref"] = cand_sid
    prof = Prof(sid, "onb")
    prof.created = start
    prof.tests = 0
    h = Hire(customer, start)
    prof.hire = h
    h.sso = sso_segs or [Seg(start, T1, [(0.85, p.home), (0.15, p.mobile)], [(1.0, None)], p.place[1], (7.5, 19))]
    prof.segs = h.sso
    prof.n_logins = max(8, int((T1 - start).days * rng.uniform(0.5, 1.2)))
    if customer["laptops"]:
        model, plat = rng.choice(data.LAPTOPS)
        h.laptop = dict(serial=(("C02" if plat == "mac" else "PF") + hexid(rng, 7).upper()), model=model, plat=plat,
                        ship_to=ship_to if ship_to is not None else fmt_address(rng, p.addr), ship_ts=start - rng.randint(2, 9) * DAY,
                        yubikey=rng.random() < 0.3)
        if customer["mdm"]:
            h.mdm = mdm or home_mdm(w, p, plat)
    h.pay = pay or dict(method=weighted(rng, [("bank", 80), ("wallet", 15), ("crypto", 5)]), dest=None, currency="USD", amount=rng.choice([3200, 4100, 4800, 5500, 6200, 7400, 8300]),
                        period=rng.choice([14, 14, 15, 30]))
    if h.pay["dest"] is None:
        h.pay["dest"] = payout_dest(rng, h.pay["method"], p)
    if p.country not in ("US",) and rng.random() < 0.5:
        h.pay["currency"] = data.COUNTRIES[p.country]["cur"]
    w.add(kind, fraud, [primary] + tokens + ["onboarding_row"], row, prof)
    return sid


def payout_dest(rng, method, p=None, label=None):
    if method == "bank":
        return rng.choice(["", "US", "GB"]) and ("%09d:%010d" % (rng.randrange(10 ** 9), rng.randrange(10 ** 10)))
    if method == "wallet":
        k = rng.choice(["payoneer", "wise", "paypal", "deel"])
        who = fold(p.first + "." + p.last).lower().replace(" ", "") if p else hexid(rng, 8)
        return f"{k}:{who}{rng.randint(1, 99)}@{rng.choice(['gmail.com', 'outlook.com', 'yahoo.com'])}"
    return rng.choice(["0x", "T"]) + hexid(rng, 40 if rng.random() < 0.5 else 33)


def home_mdm(w, p, plat, kvm=None, tools=None, sessions=None, ports=None):
    rng = w.rng
    usb = [rng.choice(data.USB_COMMON) for _ in range(rng.randint(0, 3))]
    displays = [rng.choice(data.MONITORS)] if rng.random() < 0.75 else []
    procs = rng.sample(data.COMMON_PROCS_MAC if plat == "mac" else data.COMMON_PROCS, 6)
    return dict(gw=p.__dict__.setdefault("gw", mac(rng)), ssid=p.__dict__.setdefault("ssid", ssid(rng, p.last)), usb=usb, displays=displays, procs=procs + (tools or []),
                ports=ports or [], sessions=sessions or [], tz=p.place[1], kb=p.dev.kb if p.dev.kb != "ko-KR" or rng.random() < 0.5 else "en-US",
                system=None, kvm=kvm)


# ---- honest structures ---------------------------------------------------------------------------------

def ordinary(w, p=None, primary="honest_candidate", tokens=None, customer=None, created=None, hire_p=0.07, **kw):
    rng = w.rng
    tokens = list(tokens or [])
    if p is None:
        country = weighted(rng, [(c, v["w"]) for c, v in data.COUNTRIES.items()])
        p = Person(w, country)
    customer = customer or pick_customer(w)
    created = created or rand_ts(rng)
    tokens += modifiers(w, p, tokens)
    segs = kw.pop("segs", None) or life_segs(w, p, created, tokens)
    sid = candidate(w, p, customer, created, primary, tokens, segs=segs, **kw)
    prof = w.prof[sid]
    apply_mods(w, p, prof, tokens)
    if rng.random() < hire_p and len(w.rows) < w.n - 1:
        hire(w, sid, p, customer, primary, tokens)
    return sid


def modifiers(w, p, tokens):
    """Honest traits that look like fraud signals, at everyday rates."""
    rng = w.rng
    t = []
    if rng.random() < 0.09:
        t.append("vpn_privacy")
    if p.country == "CN" and rng.random() < 0.6:
        t.append("astrill_vpn" if rng.random() < 0.5 else "vpn_privacy")
    elif rng.random() < 0.006:
        t.append("astrill_vpn")  # expats back from China keep it
    if p.dev.plat == "mac" and rng.random() < 0.25:
        t.append("private_relay")
    if rng.random() < 0.12:
        t.append("mobile_only")
    if p.country in ("IN", "PH", "PK", "VN", "NG", "EG", "KE") and rng.random() < 0.12:
        t.append("us_hours")
    elif p.country == "US" and rng.random() < 0.05:
        t.append("night_owl")
    if p.line in ("voip", "nonFixedVoip"):
        t.append("voip_phone")
    if p.pool in ("kr",):
        t.append("korean_name")
    if p.pool in ("cn", "tw"):
        t.append("chinese_name")
    if p.dev.kb == "ko-KR":
        t.append("ko_keyboard")
    if rng.random() < 0.025:
        t.append("remote_tools")
        p.dev.procs.append(rng.choice(data.REMOTE_TOOLS))
    if rng.random() < 0.05:
        t.append("screen_share_app")
        p.dev.procs.append(rng.choice(data.SCREEN_TOOLS))
    return t


def life_segs(w, p, created, tokens):
    rng = w.rng
    end = min(T1, created + rng.choice([10, 20, 30, 45, 60, 90, 150]) * DAY)
    nets = [(0.8, p.home), (0.2, p.mobile)]
    devs = [(0.85, p.dev), (0.15, p.phone_dev)]
    clock, hours = p.place[1], (8, 23.5)
    if "mobile_only" in tokens:
        nets = [(1.0, p.mobile)]
        devs = [(0.5, p.dev), (0.5, p.phone_dev)]
    if "vpn_privacy" in tokens:
        key = weighted(rng, [("nordvpn", 30), ("expressvpn", 25), ("surfshark", 15), ("protonvpn", 15), ("mullvad", 7), ("pia", 8)])
        for ex in w.pools.vpn_net(key, rng, rng.randint(1, 4)):
            nets.append((rng.uniform(0.1, 0.5), ex))
    if "astrill_vpn" in tokens:
        for ex in w.pools.vpn_net(rng.choice(["astrill", "astrill_b"]), rng, rng.randint(1, 3)):
            nets.append((rng.uniform(0.5, 1.5), ex))
    if "private_relay" in tokens:
        for ex in w.pools.vpn_net(rng.choice(["icloud_akamai", "icloud_cf"]), rng, rng.randint(2, 5)):
            nets.append((0.25, ex))
    if "us_hours" in tokens:
        clock, hours = rng.choice(["America/New_York", "America/Chicago", "America/Los_Angeles"]), (8, 18)
    if "night_owl" in tokens:
        hours = (20, 28)
    return [Seg(created, end, nets, devs, clock, hours)]


def apply_mods(w, p, prof, tokens):
    rng = w.rng
    prof.tools = list(p.dev.procs)
    if "screen_share_app" in tokens:
        prof.screen_share = 0.3


def bootcamps(w, target):
    """Cohorts: one lab, one template, one career-services mailbox, one assessment day."""
    rng = w.rng
    made = 0
    names = list(data.BOOTCAMPS)
    rng.shuffle(names)
    bi = 0
    while made < target:
        bc = names[bi % len(names)]
        bi += 1
        dom = fold(bc).lower().replace(" ", "") + rng.choice([".com", ".io", ".edu", ".org"])
        country = weighted(rng, [("US", 70), ("CA", 6), ("BR", 5), ("MX", 4), ("GB", 5), ("DE", 3), ("PL", 3), ("CO", 4)])
        pl = place(country, rng)
        lab = home_net(rng, country, pl, n_ips=rng.randint(1, 2), kind="lab")
        lab_pcs = [make_dev(rng, pl[1], country, kind=rng.choice(["win_chrome", "mac_chrome", "linux_chrome"])) for _ in range(rng.randint(8, 20))]
        for d in lab_pcs:
            d.system = f"LAB-{hexid(rng, 2).upper()}-{rng.randint(1, 40):02d}"
        careers = f"careers@{dom}"
        tmpl = dict(header="", summary=rng.choice(data.SUMMARIES[:6]).format(y=1, skill="React", skill2="Node.js"), education_first=True,
                    edu=f"{bc} - Software Engineering Immersive (2025)", footer=f"Career services: {careers}")
        projects = [f"{rng.choice(['TaskFlow', 'Recipe Box', 'BudgetBuddy', 'TripPlanner', 'StudySync', 'PetMatch'])}: full-stack app built with React, Node.js and PostgreSQL",
                    "Group capstone: real-time chat with WebSockets, deployed on AWS"]
        in_person = rng.random() < 0.6
        group_repo = f"https://github.com/{fold(bc).lower().replace(' ', '-')}-cohort-{rng.randint(10, 99)}/capstone"
        customer = pick_customer(w)
        day = rand_ts(rng, T0, T1 - 60 * DAY)
        size = rng.randint(10, 40)
        for _ in range(size):
            if made >= target:
                break
            p = Person(w, country, city=pl[0], age=(1980, 2003))
            p.career["jobs"] = p.career["jobs"][:1]
            tokens = ["bootcamp_cohort"]
            rec = None
            if rng.random() < 0.55:
                rec = careers
                tokens.append("careers_recovery")
            nets = [(0.6, p.home), (0.2, p.mobile)]
            devs = [(0.7, p.dev), (0.1, p.phone_dev)]
            if in_person:
                nets.append((1.2, lab))
                devs.append((0.9, rng.choice(lab_pcs)))
                tokens += ["lab_ip", "lab_pc"]
            created = day + dt.timedelta(minutes=rng.randint(0, 300))
            segs = [Seg(created, min(T1, created + rng.randint(20, 80) * DAY), nets, devs, p.place[1])]
            tmpl_used = rng.random() < 0.8
            if tmpl_used:
                tokens.append("resume_template")
            prof_urls = w.profiles_for(p, extra=[group_repo] if rng.random() < 0.3 else None)
            if group_repo in prof_urls:
                tokens.append("shared_group_repo")
            sid = candidate(w, p, customer, created, "honest_bootcamp", tokens, recovery_email=rec, segs=segs, source="bootcamp", profiles=prof_urls,
                            resume=resume_lines(p.name, p.email, fmt_phone(rng, p.phone, country), pl[0], p.career, tmpl if tmpl_used else None,
                                                projects if tmpl_used else None))
            made += 1
            if rng.random() < 0.06 and len(w.rows) < w.n - 1:
                hire(w, sid, p, customer, "honest_bootcamp", tokens)
                made += 1
    return made


def universities(w, target):
    rng = w.rng
    made = 0
    unis = list(data.UNIVERSITIES)
    rng.shuffle(unis)
    ui = 0
    while made < target:
        name, dom, country, city = unis[ui % len(unis)]
        ui += 1
        pl = place(country, rng, city)
        nat = home_net(rng, country, pl, n_ips=rng.randint(3, 8), kind="campus")
        nat.owner = name
        nat.asn = rng.randint(3000, 40000)
        labs = [make_dev(rng, pl[1], country, kind="win_chrome") for _ in range(rng.randint(10, 30))]
        for d in labs:
            d.system = f"{fold(dom.split('.')[0]).upper()[:6]}-LAB{rng.randint(100, 999)}"
        career_mail = f"career.services@{dom.split('.', 1)[-1] if dom.count('.') > 1 else dom}"
        tmpl = dict(education_first=True, edu=f"{name}, B.S. Computer Science (expected 2025)", summary=data.SUMMARIES[6])
        customer = pick_customer(w)
        fair = rand_ts(rng, T0, T1 - 60 * DAY)
        for _ in range(rng.randint(15, 60)):
            if made >= target:
                break
            p = Person(w, country, city=city, age=(1998, 2004))
            p.career["jobs"] = p.career["jobs"][:1]
            tokens = ["campus"]
            email = email_for(rng, p.first, p.last, country, domain=dom, style=rng.choice([0, 2, 3, 6]))
            rec = p.email if rng.random() < 0.6 else None
            if rng.random() < 0.25:
                rec = career_mail
                tokens.append("careers_recovery")
            nets = [(1.0, nat), (0.4, p.home), (0.3, p.mobile)]
            devs = [(0.8, p.dev), (0.2, p.phone_dev)]
            if rng.random() < 0.25:
                devs.append((0.6, rng.choice(labs)))
                tokens.append("lab_pc")
            created = fair + dt.timedelta(hours=rng.uniform(0, 72)) if rng.random() < 0.5 else rand_ts(rng)
            segs = [Seg(created, min(T1, created + rng.randint(15, 90) * DAY), nets, devs, p.place[1], (9, 26))]
            tu = rng.random() < 0.6
            if tu:
                tokens.append("resume_template")
            sid = candidate(w, p, customer, created, "honest_university", tokens, email=email, recovery_email=rec, segs=segs, source="university",
                            resume=resume_lines(p.name, email, fmt_phone(rng, p.phone, country), city, p.career, tmpl if tu else None))
            made += 1
            if rng.random() < 0.05 and len(w.rows) < w.n - 1:
                hire(w, sid, p, customer, "honest_university", tokens)
                made += 1
    return made


def agencies(w, target):
    """Staffing agencies submit many candidates: one contact mailbox and phone, the office address, the agency's template; paid through the agency."""
    rng = w.rng
    made = 0
    ags = list(data.AGENCIES)
    rng.shuffle(ags)
    ai = 0
    while made < target:
        name, dom, country, city = ags[ai % len(ags)]
        ai += 1
        pl = place(country, rng, city)
        office = home_net(rng, country, pl, n_ips=rng.randint(1, 2), kind="office")
        office_pcs = [make_dev(rng, pl[1], country, kind="win_chrome") for _ in range(rng.randint(3, 10))]
        addr = make_address(rng, country, pl)
        phone = phone_digits(rng, country, pl[0])
        pline = rng.choice(["landline", "voip", "fixedVoip"])
        mailbox = f"{rng.choice(['submissions', 'talent', 'recruiting', 'bench'])}@{dom}"
        acct = "%09d:%010d" % (rng.randrange(10 ** 9), rng.randrange(10 ** 10))
        w.domains.append(dict(domain=dom, company=name, registered_at=dt.date(rng.randint(2008, 2021), rng.randint(1, 12), rng.randint(1, 28)).isoformat(),
                              registrant_email=rng.choice(["REDACTED FOR PRIVACY", f"admin@{dom}"]), ip=f"{rng.randint(34, 209)}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}",
                              nameservers="dns1.registrar-servers.com;dns2.registrar-servers.com" if rng.random() < 0.5 else "ns1.bluehost.com;ns2.bluehost.com", assessly_kind="agency"))
        for _ in range(rng.randint(20, 90)):
            if made >= target:
                break
            p = Person(w, country, city=city)
            tokens = ["agency_submitted"]
            rec = mailbox if rng.random() < 0.7 else None
            if rec:
                tokens.append("agency_recovery")
            ph = None
            if rng.random() < 0.4:
                ph = phone
                tokens.append("agency_phone")
            adr = None
            if rng.random() < 0.45:
                adr = fmt_address(rng, addr)
                tokens.append("agency_address")
            nets = [(1.0, p.home), (0.2, p.mobile)]
            devs = [(1.0, p.dev)]
            if rng.random() < 0.3:
                nets = [(1.0, office), (0.1, p.home)]
                devs = [(1.0, rng.choice(office_pcs)), (0.2, p.dev)]
                tokens.append("agency_office_tests")
            customer = pick_customer(w)
            created = rand_ts(rng)
            segs = [Seg(created, min(T1, created + rng.randint(10, 60) * DAY), nets, devs, p.place[1] if "us_hours" not in tokens else "America/New_York")]
            if country in ("IN", "PH", "CO", "EG", "VN") and rng.random() < 0.4:
                segs[0].clock, segs[0].hours = "America/New_York", (8, 18)
                tokens.append("us_hours")
            tmpl = dict(header=f"Candidate profile submitted by {name} ({mailbox})", footer=f"{name} | {dom}")
            sid = candidate(w, p, customer, created, "honest_agency", tokens, phone=ph, rline=pline, recovery_email=rec, address=adr, segs=segs,
                            source="agency", agency=name, resume=resume_lines(p.name, mailbox, fmt_phone(rng, phone, country), city, p.career, tmpl),
                            photo=("default", None, None) if rng.random() < 0.3 else None, profiles=w.profiles_for(p, gh=rng.random() < 0.5))
            if ph:
                w.rows[-1]["phone_line_type"] = pline if rng.random() < 0.7 else ""
            made += 1
            if rng.random() < 0.12 and len(w.rows) < w.n - 1:
                t2 = tokens + ["agency_payout"]
                ship = None
                if rng.random() < 0.4:
                    ship = fmt_address(rng, addr)
                    t2.append("ship_to_agency")
                hire(w, sid, p, customer, "honest_agency", t2, ship_to=ship, kind="contractor",
                     pay=dict(method="bank", dest=acct, currency="USD", amount=rng.choice([4200, 5200, 6100]), period=30))
                made += 1
    return made


def households(w, target):
    rng = w.rng
    made = 0
    while made < target:
        country = weighted(rng, [("US", 45), ("IN", 12), ("CA", 5), ("BR", 5), ("PL", 4), ("UA", 4), ("PH", 4), ("NG", 3), ("MX", 4), ("KR", 3), ("CN", 3), ("VN", 3), ("PK", 3), ("GB", 3)])
        a = Person(w, country)
        size = rng.choice([2, 2, 2, 3, 3, 4])
        shared_dev = rng.random() < 0.4
        members = [a]
        for i in range(size - 1):
            same_last = rng.random() < 0.6
            b = Person(w, country, city=a.place[0], pool=a.pool)
            if same_last:
                b.last = a.last
                b.name = f"{b.first} {a.last}"
                b.email = email_for(rng, b.first, a.last, country)
            b.addr = a.addr
            b.home = a.home
            if shared_dev:
                b.dev = a.dev
            members.append(b)
        created0 = rand_ts(rng)
        sids = []
        for i, m in enumerate(members):
            if made >= target:
                break
            tokens = ["shared_home_ip", "same_address"]
            if shared_dev:
                tokens.append("family_device")
            rec = None
            rph = None
            if i > 0 and rng.random() < 0.4:
                rec = members[0].email
                tokens.append("family_recovery")
            if i > 0 and rng.random() < 0.2:
                rph = members[0].phone
                tokens.append("family_recovery_phone")
            created = created0 + dt.timedelta(days=rng.randint(0, 120)) if rng.random() < 0.7 else rand_ts(rng)
            if created > T1 - 2 * DAY:
                created = T1 - 5 * DAY
            sid = ordinary(w, m, "honest_household", tokens, created=created, recovery_email=rec, recovery_phone=rph, hire_p=0.0)
            sids.append((sid, m))
            made += 1
        # a couple both hired at customers that share: one joint account for pay
        if len(sids) >= 2 and rng.random() < 0.12 and made < target - 2:
            acct = "%09d:%010d" % (rng.randrange(10 ** 9), rng.randrange(10 ** 10))
            for sid, m in sids[:2]:
                cust = pick_customer(w)
                if cust["shares"]:
                    hire(w, sid, m, cust, "honest_household", ["shared_home_ip", "family_payout"], pay=dict(method="bank", dest=acct, currency="USD", amount=5200, period=14))
                    made += 1
    return made


def retakers(w, target):
    """One person, two accounts: to retake a test after a cooldown, or a forgotten login."""
    rng = w.rng
    made = 0
    while made < target - 1:
        country = weighted(rng, [(c, v["w"]) for c, v in data.COUNTRIES.items()])
        p = Person(w, country)
        c1 = rand_ts(rng, T0, T1 - 60 * DAY)
        cust = pick_customer(w)
        why = rng.choice(["retake_after_cooldown", "forgot_login", "new_email"])
        idv = rng.random() < 0.35
        sid1 = candidate(w, p, cust, c1, "honest_second_account", [why], id_verified=idv, segs=w.default_segs(p, c1, c1 + 30 * DAY))
        made += 1
        email2 = email_for(rng, p.first, p.last, country)
        c2 = c1 + rng.randint(20, 120) * DAY
        if c2 > T1 - DAY:
            c2 = T1 - 3 * DAY
        tokens = [why]
        ph = p.phone if rng.random() < 0.6 else phone_digits(rng, country, p.place[0])
        if rng.random() < 0.3:
            p.dev = make_dev(rng, p.place[1], country)
            tokens.append("new_device")
        photo = ("face", None, None) if False else None
        r = rng.random()
        if r < 0.5:
            photo = ("face", edit_spec(rng, 0.7), None)
            tokens.append("same_face")
        resume = resume_lines(p.name, email2, fmt_phone(rng, ph, country), p.place[0], p.career)
        if rng.random() < 0.4:
            resume = resume[:4] + ["SUMMARY", p.career["summary"] + " Open to relocation."] + resume[6:]
        name2 = p.name if rng.random() < 0.7 else f"{p.first} {p.last}"
        cust2 = cust if rng.random() < 0.5 else pick_customer(w)
        candidate(w, p, cust2, c2, "honest_second_account", tokens, email=email2, phone=ph, id_verified=idv or rng.random() < 0.3, photo=photo, resume=resume,
                  name=name2, segs=w.default_segs(p, c2, min(T1, c2 + 30 * DAY)))
        made += 1
    return made


def movers(w, target):
    rng = w.rng
    made = 0
    while made < target:
        country = weighted(rng, [(c, v["w"]) for c, v in data.COUNTRIES.items()])
        p = Person(w, country)
        created = rand_ts(rng, T0, T1 - 90 * DAY)
        move = created + rng.randint(15, 80) * DAY
        cross = rng.random() < 0.2
        old_home, old_addr = p.home, p.addr
        if cross:
            nc = rng.choice(["US", "CA", "GB", "DE", "PL", "PT", "ES", "NL" if False else "SG"])
            p.place = place(nc, rng)
            tok = "moved_country"
        else:
            nc = country
            p.place = place(country, rng)
            tok = "moved_house"
        p.home = home_net(rng, nc, p.place)
        p.addr = make_address(rng, nc, p.place)
        segs = [Seg(created, move, [(0.8, old_home), (0.2, p.mobile)], [(1.0, p.dev)], old_home.tz or p.place[1]),
                Seg(move, min(T1, move + rng.randint(30, 120) * DAY), [(0.9, p.home), (0.1, p.mobile)], [(1.0, p.dev)], p.place[1])]
        adr = fmt_address(rng, old_addr if rng.random() < 0.5 else p.addr)
        sid = ordinary(w, p, "honest_moved", [tok], created=created, segs=segs, address=adr, hire_p=0.0)
        made += 1
        if rng.random() < 0.2 and len(w.rows) < w.n - 1:
            cust = pick_customer(w)
            hire(w, sid, p, cust, "honest_moved", [tok, "ship_new_address"])
            made += 1
    return made


def name_changes(w, target):
    rng = w.rng
    made = 0
    while made < target:
        country = weighted(rng, [("US", 60), ("CA", 8), ("GB", 8), ("PL", 5), ("BR", 5), ("MX", 4), ("DE", 4), ("IN", 6)])
        p = Person(w, country)
        old_last = p.last
        new_last = Person(w, country).last
        c1 = rand_ts(rng, T0, T1 - 60 * DAY)
        if rng.random() < 0.5:
            # one row: new name, the old email
            p.name = f"{p.first} {new_last}"
            ordinary(w, p, "honest_name_change", ["name_email_mismatch"], created=c1, hire_p=0.05)
            made += 1
        else:
            idv = rng.random() < 0.5
            candidate(w, p, pick_customer(w), c1, "honest_name_change", ["old_name_account"], id_verified=idv)
            made += 1
            p.last = new_last
            p.name = f"{p.first} {new_last}" if rng.random() < 0.7 else f"{p.first} {old_last}-{new_last}"
            p.email = email_for(rng, p.first, new_last, country)
            c2 = min(T1 - 2 * DAY, c1 + rng.randint(30, 200) * DAY)
            candidate(w, p, pick_customer(w), c2, "honest_name_change", ["new_name_account"],
                      id_verified=idv or rng.random() < 0.4, segs=w.default_segs(p, c2, min(T1, c2 + 40 * DAY)))
            made += 1
    return made


def travellers(w, target):
    rng = w.rng
    made = 0
    abroad = [("PT", "Lisboa"), ("MX", "Ciudad de México"), ("CO", "Medellín"), ("ES", "Barcelona"), ("JP", "Tokyo"), ("GB", "London"), ("DE", "Berlin"), ("VN", "Hồ Chí Minh"),
              ("TW", "Taipei"), ("KR", "Seoul"), ("BR", "Rio de Janeiro"), ("AR", "Buenos Aires"), ("TR", "İstanbul")]
    while made < target:
        country = weighted(rng, [("US", 60), ("CA", 10), ("GB", 8), ("DE", 5), ("PL", 5), ("BR", 4), ("IN", 4), ("UA", 4)])
        p = Person(w, country)
        created = rand_ts(rng, T0, T1 - 40 * DAY)
        nomad = rng.random() < 0.35
        nets = [(0.3 if nomad else 0.7, p.home)]
        tzs = []
        for _ in range(rng.randint(1, 4)):
            c, city = rng.choice(abroad)
            pl = place(c, rng, city)
            hotel = home_net(rng, c, pl, n_ips=1, kind="hotel")
            nets.append((rng.uniform(0.2, 0.6), hotel))
            tzs.append(pl[1])
            if rng.random() < 0.4:
                nets.append((0.2, w.pools.mobile_net(c, pl, rng)))
        if rng.random() < 0.4:
            for ex in w.pools.vpn_net(rng.choice(["nordvpn", "expressvpn", "surfshark"]), rng, 2):
                nets.append((0.3, ex))
        if nomad and tzs:
            p.dev.tz = tzs[0]
        segs = [Seg(created, min(T1, created + rng.randint(20, 90) * DAY), nets, [(0.8, p.dev), (0.2, p.phone_dev)], tzs[0] if nomad and tzs else p.place[1])]
        ordinary(w, p, "honest_traveller", ["digital_nomad" if nomad else "travel_logins"], created=created, segs=segs, hire_p=0.1)
        made += 1
    return made


def coworkers(w, target):
    rng = w.rng
    made = 0
    spaces = []
    for brand, city in data.COWORKING:
        for c, v in data.COUNTRIES.items():
            if any(pp[0] == city for pp in v["places"]):
                pl = place(c, rng, city)
                net = home_net(rng, c, pl, n_ips=rng.randint(2, 4), kind="coworking")
                net.owner = rng.choice([net.owner, "Cogent Communications", "WeWork Companies LLC"])
                spaces.append((brand, c, pl, net, make_address(rng, c, pl)))
                break
    while made < target:
        brand, c, pl, net, addr = rng.choice(spaces)
        p = Person(w, c, city=pl[0])
        tokens = ["coworking_ip"]
        adr = None
        if rng.random() < 0.2:
            adr = fmt_address(rng, addr)
            tokens.append("coworking_mail_address")
        created = rand_ts(rng)
        segs = [Seg(created, min(T1, created + rng.randint(20, 90) * DAY), [(1.0, net), (0.6, p.home), (0.2, p.mobile)], [(1.0, p.dev)], p.place[1])]
        sid = ordinary(w, p, "honest_coworking", tokens, created=created, segs=segs, address=adr, hire_p=0.0)
        made += 1
        if rng.random() < 0.1 and len(w.rows) < w.n - 1:
            cust = pick_customer(w)
            ship = fmt_address(rng, addr) if adr else None
            hire(w, sid, p, cust, "honest_coworking", tokens + (["ship_to_coworking"] if ship else []), ship_to=ship)
            made += 1
    return made


def it_admins(w, target, kvm_share=0.12):
    rng = w.rng
    made = 0
    while made < target:
        country = weighted(rng, [(c, v["w"]) for c, v in data.COUNTRIES.items()])
        p = Person(w, country)
        tools = rng.sample(data.REMOTE_TOOLS, rng.randint(1, 3))
        p.dev.procs += tools
        tokens = ["remote_tools"]
        kvm = None
        if rng.random() < kvm_share:
            kvm = rng.choice(data.IPKVM)
            tokens.append("homelab_kvm")
        elif rng.random() < 0.3:
            tokens.append("desk_kvm")
        jump = hosting_net(rng)
        segs = [Seg(rand_ts(rng), T1, [(0.7, p.home), (0.1, p.mobile), (0.2, jump)], [(1.0, p.dev)], p.place[1])]
        segs[0].a = rand_ts(rng, T0, T1 - 40 * DAY)
        segs[0].b = min(T1, segs[0].a + 60 * DAY)
        sid = ordinary(w, p, "honest_it_admin", tokens + ["jump_host"], created=segs[0].a, segs=segs, hire_p=0.0)
        made += 1
        if rng.random() < 0.25 and len(w.rows) < w.n - 1:
            cust = pick_customer(w)
            plat = "win"
            sess = [(jump.ips[0], rng.uniform(0.02, 0.4))] if rng.random() < 0.5 else []
            usb_extra = []
            if "desk_kvm" in tokens:
                usb_extra = [rng.choice(data.DESK_KVM)]
            m = home_mdm(w, p, plat, kvm=kvm, tools=tools, sessions=sess, ports=rng.sample(["3389/tcp", "22/tcp", "5900/tcp", "7070/tcp", "5938/tcp"], 2))
            m["desk_kvm"] = usb_extra
            hire(w, sid, p, cust, "honest_it_admin", tokens, mdm=m)
            made += 1
    return made


def recruiters(w):
    """Customers' recruiters and hiring managers, plus RPO recruiters who serve several customers."""
    rng = w.rng
    made = 0
    for cust in w.customers:
        n = max(1, int(cust["size"] * rng.uniform(0.8, 1.6)))
        created_batch = rand_ts(rng, T0 - 200 * DAY, T0 + 100 * DAY)
        for _ in range(n):
            p = Person(w, cust["country"], city=cust["place"][0])
            sid = w.new_id("R-")
            email = f"{fold(p.first).lower().replace(' ', '')}.{fold(p.last).lower().replace(' ', '')}@{cust['domain']}"
            created = created_batch + dt.timedelta(minutes=rng.randint(0, 90)) if rng.random() < 0.6 else rand_ts(rng, T0 - 300 * DAY, T1 - 30 * DAY)
            row = w.base_row(sid, "account", p, cust, created, email=email, phone=p.phone if rng.random() < 0.6 else phone_digits(rng, cust["country"], cust["place"][0]))
            row["recovery_email"] = p.email if rng.random() < 0.3 else ""
            row["address"] = fmt_address(rng, cust["office_addr"]) if rng.random() < 0.4 else ""
            row["signup_ip"] = cust["office"].pick(rng)
            if rng.random() < 0.5:
                w.honest_photo(row, p)
            row["profiles"] = f"https://www.linkedin.com/in/{p.handle}" if rng.random() < 0.6 else ""
            row["assessly_customer_id"] = f"cust_{cust['i']:04d}"
            row["assessly_role"] = rng.choice(["Recruiter", "Technical Recruiter", "Talent Partner", "Hiring Manager", "Engineering Manager", "HR Coordinator"])
            row["assessly_status"] = "active"
            nets = [(1.0, cust["office"]), (0.4, p.home), (0.1, p.mobile)]
            tokens = ["office_ip"]
            if cust["sse"]:
                for ex in w.pools.vpn_net(cust["sse"], rng, 3):
                    nets.append((0.8, ex))
                tokens.append("corp_sse")
            if created.date() == created_batch.date():
                tokens.append("batch_signup")
            prof = Prof(sid, "rec")
            prof.created = created
            prof.segs = [Seg(max(created, T0), T1, nets, [(1.0, make_dev(rng, p.place[1], p.country, kind=rng.choice(["win_chrome", "mac_chrome", "win_edge"])))], p.place[1], (8, 19))]
            prof.n_logins = rng.randint(20, 90)
            w.add("account", False, ["honest_recruiter"] + tokens, row, prof)
            cust["recruiters"].append(sid)
            made += 1
    # RPO recruiters: one agency, many customers, gmail addresses, home networks
    for _ in range(w.k(20)):
        p = Person(w, "US")
        cust = rng.choice(w.customers)
        sid = w.new_id("R-")
        row = w.base_row(sid, "account", p, cust, rand_ts(rng, T0 - 100 * DAY, T1 - 60 * DAY), email=f"{p.handle}.recruits@gmail.com")
        row["phone_line_type"] = rng.choice(["voip", "mobile", ""])
        row["signup_ip"] = p.home.pick(rng)
        row["assessly_customer_id"] = f"cust_{cust['i']:04d}"
        row["assessly_role"] = "Contract Recruiter (RPO)"
        row["assessly_status"] = "active"
        row["profiles"] = f"https://www.linkedin.com/in/{p.handle}"
        prof = Prof(sid, "rec")
        prof.created = T0
        prof.segs = [Seg(T0, T1, [(0.8, p.home), (0.2, p.mobile)], [(1.0, p.dev)], p.place[1], (8, 19))]
        prof.n_logins = rng.randint(20, 60)
        w.add("account", False, ["honest_rpo_recruiter", "freemail_recruiter"], row, prof)
        cust["recruiters"].append(sid)
        made += 1
    return made


def staff(w, n):
    rng = w.rng
    offices = [("US", "Austin"), ("PL", "Kraków"), ("PH", "Makati")]
    nets = {}
    for c, city in offices:
        pl = place(c, rng, city)
        nets[city] = (pl, home_net(rng, c, pl, n_ips=2, kind="office"), make_address(rng, c, pl))
    w.domains.append(dict(domain="assessly.com", company="Assessly, Inc.", registered_at="2016-03-14", registrant_email="domains@assessly.com",
                          ip="104.18.22.91", nameservers="anna.ns.cloudflare.com;bob.ns.cloudflare.com", assessly_kind="self"))
    for i in range(n):
        c, city = offices[0] if i < n * 0.5 else (offices[1] if i < n * 0.8 else offices[2])
        pl, office, oaddr = nets[city]
        p = Person(w, c, city=city)
        sid = w.new_id("S-")
        created = rand_ts(rng, T0 - 900 * DAY, T1 - 30 * DAY)
        row = w.base_row(sid, "employee", p, dict(name="Assessly, Inc."), created,
                         email=f"{fold(p.first).lower().replace(' ', '')}.{fold(p.last).lower().replace(' ', '')}@assessly.com")
        row["address"] = fmt_address(rng, p.addr)
        row["birth_date"] = p.birth.isoformat()
        row["national_id"] = salted("nid", p.natid)
        row["recovery_email"] = p.email
        row["signup_ip"] = office.pick(rng)
        if rng.random() < 0.7:
            w.set_photo(row, p, "face")
        team = rng.choice(["support", "trust_and_safety", "engineering", "it", "sales", "proctoring_review", "content"])
        row["assessly_role"] = team
        row["assessly_status"] = "active"
        tokens = ["office_ip"]
        devs = [(1.0, p.dev)]
        if team == "it":
            tokens += ["it_admin", "remote_tools"]
            p.dev.procs += rng.sample(data.REMOTE_TOOLS, 2)
        prof = Prof(sid, "staff")
        prof.created = created
        sse = w.pools.vpn_net("zscaler", rng, 3)
        prof.segs = [Seg(T0, T1, [(1.0, office), (0.6, p.home), (0.1, p.mobile)] + [(0.3, x) for x in sse], devs, p.place[1], (7, 20))]
        prof.n_logins = rng.randint(60, 180)
        h = Hire(dict(name="Assessly, Inc.", domain="assessly.com", i=-1), created)
        model, plat = rng.choice(data.LAPTOPS)
        h.laptop = dict(serial=("C02" if plat == "mac" else "PF") + hexid(rng, 7).upper(), model=model, plat=plat, ship_to=None, ship_ts=None, yubikey=False)
        h.mdm = home_mdm(w, p, plat, tools=list(p.dev.procs[-2:]) if team == "it" else None,
                         sessions=[(office.ips[0], rng.uniform(0.01, 0.2))] if team == "it" and rng.random() < 0.5 else [],
                         ports=["22/tcp", "3389/tcp"] if team == "it" else [])
        h.sso = None
        h.pay = None
        prof.hire = h
        w.add("employee", False, ["honest_staff"] + tokens, row, prof)
