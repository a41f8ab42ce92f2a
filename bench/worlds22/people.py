"""Honest Gigforge users: the base freelancer recipe (also used for personas) and every honest structure."""
import datetime as dt

from . import data, infra
from .build import (Payout, Period, Subject, TEMPLATES, basic_life, export_kyc, hire, identity, kyc, own_payout,
                    profiles_for, resume_fmt, resume_text, set_photo, ship_if_long)
from .infra import T0, T1

RATE = {"US": 80, "CA": 70, "GB": 70, "DE": 70, "FR": 60, "ES": 50, "PT": 50, "PL": 50, "RO": 45, "RS": 45, "UA": 45, "KR": 60, "JP": 60}
OFFSHORE = ["IN", "PK", "PH", "BD", "NG", "EG", "KE", "VN", "UA", "AR", "BR", "CO", "ID", "RS"]


def country_pick(rng):
    cs = list(data.COUNTRIES)
    return rng.choices(cs, [data.COUNTRIES[c][0] for c in cs])[0]


def created_time(rng):
    if rng.random() < 0.3:
        return dt.datetime(rng.randrange(2018, 2024), rng.randrange(1, 13), rng.randrange(1, 29), rng.randrange(24), rng.randrange(60), tzinfo=dt.timezone.utc)
    return infra.rand_time(rng, T0, T1 - dt.timedelta(days=25))


def freelancer(w, rng, country, tokens, *, culture=None, sex=None, first=None, last=None, address=None, hired_p=0.5, kyc_p=0.55,
               photo=None, face=None, template=None, boilerplate="", home=None, created=None, modifiers=True, role="freelancer",
               email_domain=None, skills=None, history=None):
    """One marketplace profile with an ordinary life; callers then bend it into their structure."""
    s = w.add(Subject("applicant"))
    s.tokens = list(tokens)
    identity(w, rng, s, country, culture, sex, first, last, address, email_domain)
    s.created = created or created_time(rng)
    skills = skills or rng.sample(data.SKILLS, 4)
    role_t = rng.choice(data.ROLES)
    s.rate_usd = int(RATE.get(country, 30) * rng.uniform(0.5, 1.6))
    kyc(w, rng, s, kyc_p)
    set_photo(w, rng, s, face, photo)
    if template is None and rng.random() < 0.2:
        template = rng.choice(list(TEMPLATES))
        s.tokens.append("resume_template")
    fmt = resume_fmt(rng)
    if fmt:
        s.resume = w.resume_file(resume_text(rng, s, skills, role_t, template, boilerplate, history), fmt)
    s.profiles = profiles_for(rng, s)
    r = rng.random()
    if r < 0.45:
        s.rec_email = infra.personal_email(rng, s.first, s.last, None, s.birth.year)
    if rng.random() < 0.35:
        s.rec_phone = s.phone if rng.random() < 0.5 else infra.phone_typed(rng, s.phone_e164, country)
        s.rec_phone_lt = s.phone_lt
    p = basic_life(w, rng, s, country, home)
    if modifiers:
        modify(w, rng, s, p, country)
    if rng.random() < hired_p:
        hire(w, rng, s)
    if not s.contracts:
        p.rate = rng.uniform(0.03, 0.2)
    if s.contracts or rng.random() < 0.4:
        own_payout(w, rng, s, country)
    ship_if_long(w, rng, s)
    s.signup_ip = p.nets[0][0].ip(rng) if rng.random() < 0.8 else p.nets[-1][0].ip(rng)
    s.extra.update({"gigforge_role": role, "gigforge_skills": ";".join(skills), "gigforge_rate_usd": str(s.rate_usd),
                    "gigforge_status": "active" if rng.random() < 0.94 else rng.choice(["closed", "inactive"]),
                    "gigforge_jss": str(rng.randrange(70, 101)) if s.contracts and rng.random() < 0.7 else ""})
    return s


def modify(w, rng, s, p, country):
    """Everyday traits at real-life rates: mobile-only, VPNs, Private Relay, VOIP numbers, US hours, remote tools ..."""
    c = data.COUNTRIES[country]
    lap = p.devices[0]
    if rng.random() < (0.08 if country in ("IN", "NG", "PK", "BD", "PH", "KE", "EG", "ID") else 0.02):
        mob = p.nets[1][0]
        p.nets = [(mob, 1.0)]
        s.home = mob
        s.tokens.append("mobile_only")
    elif rng.random() < 0.006:
        p.nets = [(w.nets.starlink(country), 0.8), p.nets[1]]
        s.tokens.append("starlink")
    if country == "CN" and rng.random() < 0.6:
        p.nets.append((w.nets.exits("astrill", rng.choice(data.ASTRILL), rng.choice(["US", "JP", "KR"])), 2.0))
        s.tokens.append("astrill_vpn")
    elif rng.random() < 0.06:
        p.nets.append((w.nets.exits("vpn", rng.choice(data.VPNS), rng.choice([country, "US", "DE", "GB"]) if rng.random() < 0.7 else country), rng.uniform(0.2, 1.5)))
        s.tokens.append("vpn_privacy")
    if lap.os == "mac" and rng.random() < 0.18:
        p.nets.append((w.nets.exits("relay", rng.choice(data.RELAY), country if country in data.COUNTRIES else "US", 80), rng.uniform(0.2, 0.8)))
        s.tokens.append("private_relay")
    if country == "US" and rng.random() < 0.05:
        s.phone_lt = infra.line_type(rng, "voip", country)
        s.tokens.append("voip_phone")
    elif country != "US" and rng.random() < 0.015:
        # Freelancers abroad often hold a US Google Voice number for clients.
        s.phone_e164 = infra.phone_e164(rng, "US")
        s.phone = s.phone_e164
        s.phone_lt = infra.line_type(rng, "voip", "US")
        s.tokens.append("us_voip_abroad")
    if country in OFFSHORE and rng.random() < 0.1:
        p.hour0 = (14 + c[2] + rng.uniform(-1, 2)) % 24
        s.tokens.append("us_hours")
    elif rng.random() < 0.04:
        p.hour0 = rng.uniform(20, 24)
        s.tokens.append("night_owl")
    if rng.random() < 0.03:
        tool, port = rng.choice(data.REMOTE_TOOLS[:5])
        lap.procs.append(tool)
        if port:
            lap.ports.append(port)
        s.tokens.append("remote_tools")
    if s.last in data.HANGUL_SURNAME and country != "KR" and rng.random() < 0.35:
        lap.keyboard = "ko-KR"
        s.tokens.append("ko_keyboard")
    if s.last in data.HANGUL_SURNAME:
        s.tokens.append("korean_name")
    if s.last in data.HANZI_SURNAME:
        s.tokens.append("chinese_name")


def ordinary(w, rng, n):
    for _ in range(n):
        freelancer(w, rng, country_pick(rng), ["honest_freelancer"])


def diaspora(w, rng, n):
    """Foreign-born developers in the US/CA/GB/DE: home-culture name and keyboard, home-country bank, visits home."""
    for _ in range(n):
        home_c = rng.choice(["IN", "KR", "CN", "NG", "UA", "PK", "VN", "PH", "BR", "EG", "RS", "PL"])
        live = rng.choice(["US", "US", "US", "CA", "GB", "DE"])
        s = freelancer(w, rng, live, ["honest_diaspora"], culture=data.COUNTRIES[home_c][7], hired_p=0.6)
        p = s.periods[0]
        if rng.random() < 0.5:
            p.devices[0].keyboard = data.COUNTRIES[home_c][8]
            s.tokens.append("foreign_keyboard")
        if rng.random() < 0.4:
            s.payouts = [Payout(s.created, T1, "bank", infra.national_id_hash(w.seed, f"bank|{home_c}|{infra.hexid(rng, 10)}"),
                                data.COUNTRIES[home_c][3], rng.choice(data.BANKS.get(home_c, ["home-country bank"])))]
            s.tokens.append("home_country_bank")
        if rng.random() < 0.5:
            trip(w, rng, s, home_c, rng.randrange(14, 50))
            s.tokens.append("visit_home")


def trip(w, rng, s, where, days, start=None):
    """A stretch away from home: hotel or family Wi-Fi abroad, the home carrier roaming, often a VPN home."""
    base = s.periods[0]
    t = start or infra.rand_time(rng, max(s.created, T0), T1 - dt.timedelta(days=days + 1))
    end = t + dt.timedelta(days=days)
    hotel = w.nets.home(where, kind="hotel")
    mob = next((n for n, _w in base.nets if n.kind == "mobile"), None) or w.nets.mobile(s.country)
    nets = [(hotel, 0.6), (mob, 0.2)]
    if rng.random() < 0.4:
        nets.append((w.nets.exits("vpn", rng.choice(data.VPNS), s.country), 0.5))
    devs = [d for d in base.devices]
    per = Period(t, end, nets, devs, data.COUNTRIES[where][2], base.hour0, base.hours, base.rate * 0.6, base.tracker)
    per.site = hotel
    # The base period pauses while away.
    s.periods.append(Period(end, base.end, base.nets, base.devices, base.offset, base.hour0, base.hours, base.rate, base.tracker))
    s.periods[-1].remote, s.periods[-1].site = base.remote, base.site
    base.end = t
    s.periods.append(per)


def travellers(w, rng, n):
    for _ in range(n):
        c = country_pick(rng)
        nomad = rng.random() < 0.4
        s = freelancer(w, rng, c, ["honest_traveller"], hired_p=0.6)
        if nomad:
            s.tokens.append("digital_nomad")
            for _k in range(rng.randrange(2, 4)):
                where = rng.choice(["PT", "MX", "CO", "ID", "GE", "ES", "TR", "JP", "AR", "BR", "RS"])
                trip(w, rng, s, where, rng.randrange(30, 120))
        else:
            s.tokens.append("travel_logins")
            for _k in range(rng.randrange(1, 4)):
                trip(w, rng, s, country_pick(rng), rng.randrange(4, 21))


def movers(w, rng, n):
    for _ in range(n):
        c = country_pick(rng)
        s = freelancer(w, rng, c, ["honest_moved"], hired_p=0.65)
        base = s.periods[0]
        t = infra.rand_time(rng, max(s.created, T0) + dt.timedelta(days=20), T1 - dt.timedelta(days=30))
        if rng.random() < 0.3:
            nc = {"UA": "PL", "IN": "CA", "BR": "PT", "NG": "GB", "RS": "DE", "EG": "DE", "AR": "ES", "VN": "KR", "PK": "GB"}.get(c, rng.choice(["US", "CA", "PT", "DE", "GE", "AM"]))
            s.tokens.append("moved_country")
        else:
            nc = c
            s.tokens.append("moved_house")
        home = w.nets.home(nc)
        cd = data.COUNTRIES[nc]
        lap = base.devices[0] if rng.random() < 0.7 else infra.computer(rng, cd[1], base.devices[0].keyboard)
        lap.tz = cd[1]
        per = Period(t, base.end, [(home, 0.8), (w.nets.mobile(nc), 0.2)], [lap, lap, base.devices[-1]], cd[2], base.hour0, base.hours, base.rate)
        base.end = t
        s.periods.append(per)
        old = s.addr
        s.addr = infra.us_address(rng) if nc == "US" else infra.foreign_address(rng, nc)
        s.address = infra.address_text(rng, s.addr)
        if rng.random() < 0.85:  # some never update the profile's country
            s.country = nc
            s.phone = infra.phone_typed(rng, s.phone_e164, nc)
            if s.rec_phone:
                s.rec_phone = infra.phone_typed(rng, s.phone_e164, nc)
        s.ships = [(a, b, infra.address_text(rng, s.addr if a >= t else old), d) for a, b, _c, d in s.ships]


def name_change(w, rng, n):
    for _ in range(n):
        c = country_pick(rng)
        s = freelancer(w, rng, c, ["honest_name_change"], sex="f")
        new_last = rng.choice(data.NAMES[data.COUNTRIES[c][7]][2])
        old = s.last
        s.last = new_last
        s.full_name = f"{s.first} {new_last}" if rng.random() < 0.7 else f"{s.first} {old}-{new_last}"
        s.tokens.append("name_email_mismatch")


def households(w, rng, n):
    """Couples, siblings, parent and grown child who all freelance: one home, often one computer or payout account."""
    made = 0
    while made < n:
        c = country_pick(rng)
        k = rng.choice([2, 2, 2, 2, 3])
        home = w.nets.home(c)
        addr = infra.us_address(rng) if c == "US" else infra.foreign_address(rng, c)
        culture = data.COUNTRIES[c][7]
        last = rng.choice(data.NAMES[culture][2])
        family_pc = rng.random() < 0.3
        joint = rng.random() < 0.35
        members = []
        for i in range(k):
            s = freelancer(w, rng, c, ["honest_household", "shared_home_ip", "shared_address"], last=None, address=dict(addr), home=home,
                           hired_p=0.55)
            if rng.random() < 0.6:
                s.last = last
                s.full_name = f"{s.first} {last}"
            members.append(s)
        for i, s in enumerate(members):
            other = members[(i + 1) % k]
            if rng.random() < 0.5:
                s.rec_email = other.email
                s.tokens.append("family_recovery")
            if rng.random() < 0.3:
                s.rec_phone = infra.phone_typed(rng, other.phone_e164, s.country)
                s.rec_phone_lt = other.phone_lt
                s.tokens.append("family_recovery_phone")
            if family_pc:
                s.periods[0].devices.append(members[0].periods[0].devices[0])
                s.tokens.append("family_device")
            if joint and members[0].payouts:
                s.payouts = [members[0].payouts[0]]
                s.tokens.append("family_payout")
        made += k


def coworking(w, rng, spaces, n):
    for _ in range(n):
        name, c, net, addr = rng.choice(spaces)
        s = freelancer(w, rng, c, ["honest_coworking", "cowork_ip"], hired_p=0.6)
        s.periods[0].nets.insert(0, (net, rng.uniform(0.6, 1.5)))
        if rng.random() < 0.35:
            s.addr = dict(addr)
            s.address = infra.address_text(rng, addr)
            s.tokens.append("cowork_address")
            s.ships = [(a, b, infra.address_text(rng, addr), d) for a, b, _c, d in s.ships]


def cohorts(w, rng, n):
    """Bootcamp and university cohorts: lab network and PCs, one template, careers mailbox, one sign-up week."""
    made = 0
    schools = [("Le Wagon", "lewagon.org"), ("Turing College", "turingcollege.com"), ("Ironhack", "ironhack.com"), ("Andela", "andela.com"),
               ("Masai School", "masaischool.com"), ("Kodilla", "kodilla.com"), ("Holberton", "holbertonschool.com"), ("ALX Africa", "alxafrica.com"),
               ("FAST-NUCES", "nu.edu.pk"), ("Univ. of the Philippines", "up.edu.ph"), ("KPI Kyiv", "kpi.ua"), ("BRAC University", "bracu.ac.bd")]
    while made < n:
        sch, dom = rng.choice(schools)
        c = rng.choice(["US", "IN", "PK", "PH", "UA", "BD", "NG", "KE", "PL", "BR", "MX", "EG"])
        k = rng.randrange(10, 41)
        city = rng.choice(data.COUNTRIES[c][4])
        lab = w.nets.office(c, city, "campus", rng.choice([1, 2, 3]))
        cd = data.COUNTRIES[c]
        pcs = [infra.computer(rng, cd[1], cd[8], "LAB") for _ in range(rng.randrange(4, 12))]
        day = infra.rand_time(rng, T0, T1 - dt.timedelta(days=120))
        tpl = rng.choice(list(TEMPLATES))
        repo = f"https://github.com/{infra.slug(sch)}-cohort-{rng.randrange(1, 60)}/capstone"
        boiler = f"{sch} graduate. Capstone: built a full-stack marketplace app with React, Node.js and PostgreSQL in a team of five."
        for _ in range(k):
            s = freelancer(w, rng, c, ["honest_cohort", "lab_ip", "resume_template"], template=tpl, boilerplate=boiler, hired_p=0.35,
                           created=day + dt.timedelta(hours=rng.uniform(0, 72)), email_domain=("student." + dom) if rng.random() < 0.4 else None)
            p = s.periods[0]
            p.nets.insert(0, (lab, 1.2))
            if rng.random() < 0.6:
                p.devices += rng.sample(pcs, 2)
                s.tokens.append("lab_pc")
            s.signup_ip = lab.ips[0]
            if rng.random() < 0.4:
                s.rec_email = f"careers@{dom}"
                s.tokens.append("careers_recovery")
            if rng.random() < 0.6:
                s.profiles.append(repo)
                s.tokens.append("group_repo")
        made += k


def hubs(w, rng, n):
    """Freelancing centres and cyber cafés (e.g. Pakistan's e-Rozgaar centres): shared line and PCs, many strangers."""
    made = 0
    while made < n:
        c = rng.choice(["PK", "PK", "BD", "NG", "KE", "EG"])
        city = rng.choice(data.COUNTRIES[c][4])
        net = w.nets.office(c, city, "hub", 1)
        cd = data.COUNTRIES[c]
        pcs = [infra.computer(rng, cd[1], cd[8], "HUB") for _ in range(rng.randrange(6, 20))]
        k = rng.randrange(15, 60)
        for _ in range(k):
            s = freelancer(w, rng, c, ["honest_hub", "hub_ip", "hub_pc"], hired_p=0.3)
            p = s.periods[0]
            p.nets.insert(0, (net, 1.5))
            p.devices = rng.sample(pcs, 3) + p.devices[-1:]
        made += k


def agencies(w, rng, n):
    """Small dev shops: owner's mailbox/phone as members' recovery, office line and PCs, agency payout, one template."""
    made = 0
    while made < n:
        c = rng.choice(["UA", "PL", "IN", "IN", "PK", "PH", "VN", "NG", "EG", "BR", "AR", "CO", "MX", "RS", "RO", "BD", "KE", "US", "GE", "AM"])
        size = min(60, max(3, int(rng.paretovariate(1.1) * 4)))
        cd = data.COUNTRIES[c]
        city = rng.choice(cd[4])
        aname = rng.choice(data.COMPANY_WORDS) + rng.choice(["soft", " Digital", " Dev", "Tech", " Studio", " Solutions", " Labs"])
        dom = infra.slug(aname) + rng.choice([".com", ".io", ".dev", ".co"])
        office = w.nets.office(c, city, "office", rng.choice([1, 2]))
        oaddr = infra.us_address(rng) if c == "US" else infra.foreign_address(rng, c, city[0])
        mailbox = rng.choice([f"hello@{dom}", f"team@{dom}", f"{infra.slug(aname)}.team@gmail.com", f"hr@{dom}"])
        ophone = infra.phone_e164(rng, c)
        pays = rng.random() < 0.7
        payout = Payout(T0 - dt.timedelta(days=900), T1, rng.choice(["wallet", "bank"]), "", "USD", "payoneer")
        payout.dest = f"payoneer:{mailbox}" if payout.method == "wallet" else infra.national_id_hash(w.seed, f"agency|{aname}|{infra.hexid(rng, 8)}")
        tpl = rng.choice(list(TEMPLATES))
        boiler = f"Member of {aname}, a {size}-person software agency in {city[0]}. We deliver web and mobile products for startups."
        pcs = [infra.computer(rng, cd[1], cd[8], "OFFICE") for _ in range(max(1, size // 6))]
        reg = dt.date(rng.randrange(2010, 2024), rng.randrange(1, 13), rng.randrange(1, 29))
        w.domain(dom, aname, reg.isoformat(), rng.choice(data.PRIVACY_EMAILS + [mailbox]), office.ips[0] if rng.random() < 0.3 else
                 f"185.{rng.randrange(256)}.{rng.randrange(256)}.{rng.randrange(1, 255)}", rng.choice(data.REGISTRARS_NS))
        for i in range(size):
            owner = i == 0
            s = freelancer(w, rng, c, ["honest_agency"] + (["agency_owner"] if owner else []), template=tpl, boilerplate=boiler,
                           hired_p=0.8, role="agency_owner" if owner else "agency_member", email_domain=dom if rng.random() < 0.5 else None)
            s.extra["gigforge_agency"] = aname
            p = s.periods[0]
            if rng.random() < 0.75:
                p.nets.insert(0, (office, 1.6))
                p.site = office
                s.tokens.append("agency_office_ip")
            if not owner and rng.random() < 0.65:
                s.rec_email = mailbox
                s.tokens.append("agency_recovery")
            if not owner and rng.random() < 0.35:
                s.rec_phone = infra.phone_typed(rng, ophone, c)
                s.rec_phone_lt = infra.line_type(rng, "landline", c)
                s.tokens.append("agency_phone")
            if rng.random() < 0.3:
                s.addr = dict(oaddr)
                s.address = infra.address_text(rng, oaddr)
                s.tokens.append("agency_address")
            if rng.random() < 0.3:
                p.devices += rng.sample(pcs, 1)
                s.tokens.append("agency_shared_pc")
            if pays and rng.random() < 0.8 and s.contracts:
                s.payouts = [payout]
                s.tokens.append("agency_payout")
            s.profiles.append(f"https://{dom}/team/{infra.slug(s.first)}")
            if s.ships and rng.random() < 0.5:
                s.ships = [(a, b, infra.address_text(rng, oaddr), d) for a, b, _c, d in s.ships]
                s.tokens.append("ship_to_agency")
        made += size


def client_staff(w, rng, n):
    """Client companies' hiring managers and engineers: corporate mail, office line, SSE egress, IT's recovery mailbox."""
    for _ in range(n):
        cl = rng.choices(w.clients, [c.size ** 0.5 for c in w.clients])[0]
        s = w.add(Subject("account"))
        s.tokens = ["honest_client_staff"]
        identity(w, rng, s, cl.country, culture=rng.choice([data.COUNTRIES[cl.country][7]] * 4 + ["in", "cn", "kr", "es", "ua"]))
        s.email = f"{infra.slug(s.first)}.{infra.slug(s.last)}@{cl.domain}"
        s.employer = cl.name
        s.created = created_time(rng)
        s.extra["gigforge_kyc"] = "none"
        s.extra["gigforge_role"] = "client_" + rng.choice(["hiring_manager", "admin", "engineer", "finance"])
        set_photo(w, rng, s, mode=rng.choice(["face", "none", "initials", "default"]))
        if rng.random() < 0.4:
            s.rec_email = f"it-admin@{cl.domain}"
            s.tokens.append("it_recovery")
        if rng.random() < 0.3:
            s.address = infra.address_text(rng, cl.address)
        p = basic_life(w, rng, s, cl.country)
        p.nets.insert(0, (cl.office, 1.2))
        if cl.sse:
            p.nets.insert(0, (cl.sse, 2.0))
            s.tokens.append("sse_egress")
        p.rate = rng.uniform(0.3, 1.5)
        s.signup_ip = (cl.sse or cl.office).ips[0]
        cl.staff.append(s)


def gigforge_staff(w, rng, n):
    sites = [("US", ("Austin", 30.27, -97.74)), ("PL", ("Kraków", 50.06, 19.94)), ("PH", ("Manila", 14.6, 120.98))]
    offices = [(c, w.nets.office(c, city, "office", 3)) for c, city in sites]
    for _ in range(n):
        c, office = rng.choice(offices)
        s = w.add(Subject("employee"))
        s.tokens = ["honest_staff"]
        identity(w, rng, s, c)
        s.email = f"{infra.slug(s.first)}.{infra.slug(s.last)}@gigforge.com"
        s.employer = "Gigforge"
        s.created = created_time(rng)
        s.extra["gigforge_kyc"] = "verified"
        s.extra["gigforge_role"] = "staff_" + rng.choice(["support", "trust_safety", "engineering", "it", "finance"])
        set_photo(w, rng, s)
        p = basic_life(w, rng, s, c)
        p.nets.insert(0, (office, 2.0))
        p.rate = rng.uniform(1, 3)
        if s.extra["gigforge_role"] == "staff_it":
            p.devices[0].procs += ["TeamViewer.exe", "ScreenConnect.ClientService.exe"]
            s.tokens.append("remote_tools")
        s.signup_ip = office.ips[0]


def eor(w, rng, n):
    """Long-term hires converted to employees of an employer-of-record: paid via the EOR's pooled collection account."""
    pools = {nm: Payout(T0 - dt.timedelta(days=1000), T1, "bank", infra.national_id_hash(w.seed, f"eor|{nm}"), "USD", nm) for nm, _d in data.EOR}
    for _ in range(n):
        c = rng.choice(OFFSHORE + ["PL", "PT", "ES", "MX"])
        s = freelancer(w, rng, c, ["honest_eor", "eor_pooled_payout"], hired_p=1.0, kyc_p=1.0)
        nm = rng.choice(list(pools))
        s.kind = "employee"
        s.employer = f"{s.employer} (via {nm})" if rng.random() < 0.5 else s.employer
        s.payouts = [pools[nm]]


def second_accounts(w, rng, n, banned=False):
    """One person, two profiles: forgot the login, new email, or re-registered after a ban; same face, phone, machine."""
    for _ in range(n // 2):
        c = country_pick(rng)
        kind = "honest_reregistered" if banned else "honest_second_account"
        face = f"p{infra.hexid(rng, 12)}"
        a = freelancer(w, rng, c, [kind, "same_person"], photo="face", face=face, hired_p=0.6)
        b = freelancer(w, rng, c, [kind, "same_person"], first=a.first, last=a.last, address=dict(a.addr), home=a.home,
                       photo="none", hired_p=0.5, created=infra.rand_time(rng, max(a.created, T0), T1 - dt.timedelta(days=20)))
        b.photo = w.photo("face", face, rng.randrange(1, 5))
        b.birth = a.birth
        b.nid = a.nid
        b.full_name = a.full_name if rng.random() < 0.6 else f"{a.first} {a.last}"
        if rng.random() < 0.6:
            b.phone, b.phone_e164, b.phone_lt = a.phone, a.phone_e164, a.phone_lt
        b.periods[0].devices = a.periods[0].devices[:1] + b.periods[0].devices
        if a.resume and b.resume and rng.random() < 0.5:
            b.resume = a.resume if not a.resume.startswith("resumes/") else b.resume
        if banned:
            a.extra["gigforge_status"] = "suspended"
            a.periods[0].end = min(a.periods[0].end, b.created)
            if a.payouts and rng.random() < 0.6:
                b.payouts = [a.payouts[0]]
                b.tokens.append("same_payout")
        else:
            a.extra["gigforge_status"] = rng.choice(["active", "closed", "inactive"])


def it_admins(w, rng, n):
    """SRE/DevOps/IT people: remote tools, listening RDP/SSH/VNC, long SSH into their jump host, desk KVMs, homelab PiKVMs."""
    for _ in range(n):
        c = country_pick(rng)
        s = freelancer(w, rng, c, ["honest_it_admin", "remote_tools"], hired_p=0.7, skills=["DevOps", "Kubernetes", "Terraform", "AWS"])
        p = s.periods[0]
        lap = p.devices[0]
        for tool, port in rng.sample(data.REMOTE_TOOLS, rng.randrange(1, 4)):
            lap.procs.append(tool)
            if port:
                lap.ports.append(port)
        if rng.random() < 0.5:
            lap.ports.append(rng.choice(["3389/tcp", "22/tcp", "5900/tcp"]))
        if rng.random() < 0.4:
            lap.usbs.append(rng.choice(data.DESK_KVM))
            s.tokens.append("desk_kvm")
        if rng.random() < 0.2:
            kvm = rng.choice(data.IP_KVM[:5])
            lap.usbs.append(kvm)
            lap.displays.append(rng.choice(data.IP_KVM_EDID))
            s.tokens.append("homelab_kvm")
        if rng.random() < 0.4:
            vps = w.nets.vps(rng.choice(["US", "DE", "GB"]))
            p.nets.append((vps, 0.3))
            p.remote.append((vps.ips[0], infra.rand_time(rng, max(s.created, T0), T1 - dt.timedelta(days=60))))
            s.tokens.append("jump_host")


def cloud_desktops(w, rng, n):
    """People who work inside a cloud desktop (AWS WorkSpaces, Azure Virtual Desktop, Shadow): hosting-ASN sign-ins."""
    for _ in range(n):
        c = country_pick(rng)
        s = freelancer(w, rng, c, ["honest_cloud_desktop"], hired_p=0.6)
        p = s.periods[0]
        owner, asn = rng.choice(data.HOSTING[5:])
        vm = infra.computer(rng, "UTC", data.COUNTRIES[c][8], "WORKSPACE", "Amazon WorkSpaces" if asn == 16509 else "Virtual Machine")
        p.nets.insert(0, (w.nets.exits("hosting", (owner, asn), rng.choice(["US", "DE", "GB"]), 200), 2.0))
        p.devices = [vm, vm] + p.devices
        p.tracker = vm


def night_shift(w, rng, n):
    for _ in range(n):
        c = rng.choice(OFFSHORE)
        s = freelancer(w, rng, c, ["honest_night_shift", "us_hours"], hired_p=0.8)
        p = s.periods[0]
        p.hour0 = (13.5 + data.COUNTRIES[c][2] + rng.uniform(-1, 3)) % 24


def recycled_phones(w, rng, honest, n):
    """Carriers reassign numbers: a later, unrelated account gets a number an older one still lists."""
    pool = [s for s in honest if s.country in ("US", "IN", "NG", "PH") and s.kind in ("applicant", "contractor")]
    for _ in range(n):
        a, b = rng.sample(pool, 2)
        if a.country == b.country and "recycled_phone" not in a.tokens + b.tokens:
            b.phone, b.phone_e164 = infra.phone_typed(rng, a.phone_e164, b.country), a.phone_e164
            a.tokens.append("recycled_phone")
            b.tokens.append("recycled_phone")


def finish(w, s):
    # Name tokens for everyone (honest and personas alike) so the measurement can show names are not evidence.
    if s.last in data.HANGUL_SURNAME and "korean_name" not in s.tokens:
        s.tokens.append("korean_name")
    if s.last in data.HANZI_SURNAME and "chinese_name" not in s.tokens:
        s.tokens.append("chinese_name")
    export_kyc(w, s)
