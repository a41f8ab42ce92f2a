"""The honest side: members and their households, students and career services, bootcamps, members abroad,
privacy users, nomads, career coaches, agencies, RPO sourcers, employer staff, hires and their onboarding."""
from . import data as D
from . import media as M
from .infra import DAY, W0, W1
from .lives import (Org, apply_row, apply_times, emit_member, hire, intl_person, mac, member_row, resume_for,
                    signup_time, ssid, us_person)

HERITAGE_KB = {"chinese": "zh-CN", "korean": "ko-KR", "vietnamese": "vi-VN", "japanese": "ja-JP", "indian": "hi-IN",
               "east_european": "uk-UA", "hispanic": "es-MX", "arabic": "ar-EG", "filipino": "fil-PH"}
HERITAGE_CC = {"chinese": "CN", "korean": "KR", "vietnamese": "VN", "japanese": "JP", "indian": "IN",
               "east_european": "UA", "hispanic": "MX", "filipino": "PH", "nigerian": "NG", "arabic": "AE"}


def pick_partner(w, tech=True, remote=False):
    ps = w.partners
    o = ps[w.rng.randrange(len(ps))]
    if w.chance(0.35):
        o = ps[w.rng.randrange(min(len(ps), 40))]   # the big, busy employers get most applications
    return o


def premium_charges(w, sid, p, card, months=None, price=None, ptype="premium_subscription"):
    if not card:
        return
    months = months or w.rng.randrange(1, 12)
    t = w.t_between(W0, W1 - months * 30 * DAY) if W1 - months * 30 * DAY > W0 else W0
    price = price or w.pick([39.99, 29.99, 59.99, 239.88])
    method, prov = ("wallet", "paypal") if card.startswith("paypal:") else ("bank", w.pick(["stripe", "stripe", "apple_iap"]))
    for i in range(months):
        w.pay(sid, t + i * 30 * DAY, price, "USD", method, card, "charge", prov, ptype)


def add_variants(w, p, ctx):
    """Everyday honest traits: VPN, Google Voice, moves, name changes, family visits abroad, travel."""
    if w.chance(0.07):
        prov = w.pick(["nord", "express", "surfshark", "proton", "pia", "mullvad"])
        p.nets.append((w.vpn_getter(prov), 0.25))
        p.add("vpn_user")
    if p.country != "US":
        return
    if w.chance(0.04):
        p.phone = w.us_phone(p.city)
        p.phone_type = "voip"
        p.add("google_voice")
    if w.chance(0.07):
        c2 = w.us_city() if w.chance(0.5) else p.city
        p.addr2 = w.us_addr(c2)
        p.moved_at = w.t_between(W0, W1)
        h2 = w.home_egress(c2)
        p.nets.append((lambda: h2, 0.3))
        p.add("moved")
    if w.chance(0.025) and p.gender == "f":
        p.prev_last = p.last
        p.last = w.pick(D.NAMES[w.wpick(D.US_ORIGINS)]["s"])
        if isinstance(p.last, tuple):
            p.last = p.last[0]
        p.add("name_changed")
    cc = HERITAGE_CC.get(p.origin)
    if cc and w.chance(0.12):
        city = w.pick(D.INTL[cc]["cities"])
        if cc == "CN":
            g = w.vpn_getter("astrill") if w.chance(0.7) else (lambda e=w.intl_home(cc, city): e)
            if w.chance(0.7):
                p.add("vpn_astrill")
        else:
            e = w.intl_home(cc, city)
            g = lambda e=e: e
        p.nets.append((g, 0.08))
        p.add("family_visit_abroad")
    if cc and w.chance(0.3):
        p.heritage_kb = HERITAGE_KB.get(p.origin)
    if w.chance(0.04):
        hotel = w.pool(w.pick(["comcast", "att", "cogent", "zayo"]), "hotel" + str(w.rng.randrange(40)), 6,
                       w.cityll(w.us_city()), "hotel")
        p.nets.append((lambda: hotel[w.rng.randrange(len(hotel))], 0.1))
        p.add("traveller")


def seeker_life(w, p, primary, n_apps, created=None, n_logins=None, premium=None, orgs=None, hire_p=0.12,
                burst=None, fraud=False, app_kw=None, member_kw=None):
    """A member account (or two), its sign-ins, its easy-apply applications, perhaps a hire."""
    if n_logins is None:
        n_logins = w.rng.randrange(8, 40) if n_apps else w.rng.randrange(1, 9)
    p.seeking = n_apps > 0
    sid, created = emit_member(w, p, primary, n_logins, created=created, premium=premium,
                               fraud=fraud, **(member_kw or {}))
    if premium and premium != "none":
        premium_charges(w, sid, p, p.card)
    sids = [sid]
    if "duplicate_account" in p.traits:
        # forgot the password, made a new account with the other address; same laptop and home
        old = p.email
        p.email, p.alt_email = (p.alt_email or w.email_for(p)), old
        c2 = w.t_between(max(created, W0 - 400 * DAY), W1 - 5 * DAY)
        photo = w.pick(["own", "none", "reup"])
        if photo == "reup" and p.face is not None:
            p2b = M.reencode(p.face, w.rng)
            keep = p.__dict__.get("photo_bytes")
            p.photo_bytes = p2b
            s2, _ = emit_member(w, p, primary, w.rng.randrange(1, 10), created=c2, name=w.display_name(p), fraud=fraud)
            p.photo_bytes = keep
        else:
            s2, _ = emit_member(w, p, primary, w.rng.randrange(1, 10), created=c2, name=w.display_name(p),
                                photo="none" if photo != "own" else "own", fraud=fraud)
        sids.append(s2)
        p.email, p.alt_email = p.alt_email, p.email
    apps = []
    hired = False
    for i, t in enumerate(apply_times(w, n_apps, max(W0, created), W1, burst)):
        org = (orgs[i % len(orgs)] if orgs else pick_partner(w, p.tech))
        ver = 1 if ("resume_versions" in p.traits and i > n_apps // 2) else 0
        stage = None
        will_hire = (not hired) and org.shares and w.chance(hire_p)
        if will_hire:
            stage = "hired"
        a = apply_row(w, p, org, t, primary, resume_version=ver, stage=stage, fraud=fraud, **(app_kw or {}))
        apps.append(a)
        if will_hire:
            hired = True
            start = t + w.rng.randrange(20, 60) * DAY
            if start < W1 - 10 * DAY:
                p.add("new_hire")
                honest_hire(w, p, org, start, primary)
    return sids, apps


def honest_hire(w, p, org, start, primary, worker=None, **kw):
    tel = {}
    if p.__dict__.get("heritage_kb") and w.chance(0.6):
        tel["kb2"] = p.heritage_kb
        p.add("heritage_keyboard")
    if p.__dict__.get("tel"):
        for k, v in p.tel.items():
            tel.setdefault(k, v)
    if worker is None:
        worker = "W-2" if w.chance(0.85) else "1099"
    ship_to = kw.pop("ship_to", None)
    if ship_to is not None:
        pass
    elif org.depot == "office" and w.chance(0.9):
        ship_to = "office"
        p.add("ships_to_office")
    elif org.depot == "depot":
        ship_to = "depot"
        p.add("it_depot_pickup")
    kw.setdefault("payroll", [(start, p.bank, "bank", "adp" if worker == "W-2" else "billcom")])
    return hire(w, p, org, start, primary, worker=worker, ship_to=ship_to, telemetry=tel, **kw)


# ---------------------------------------------------------------- households of ordinary members
def households(w, quota):
    made0 = len(w.subjects)
    while len(w.subjects) - made0 < quota:
        r = w.rng.random()
        city = w.us_city()
        origin = w.wpick(D.US_ORIGINS)
        if r < 0.18:
            members = [us_person(w, origin, city), us_person(w, origin if w.chance(0.8) else None, city)]
            rel = "couple"
        elif r < 0.25:
            members = [us_person(w, None, city, age=(22, 32)) for _ in range(w.rng.randrange(2, 4))]
            rel = "roommates"
        elif r < 0.30:
            members = [us_person(w, origin, city, age=(45, 65)), us_person(w, origin, city, age=(21, 28))]
            members[1].last = members[0].last
            rel = "family"
        else:
            members = [us_person(w, origin, city)]
            rel = None
        if rel:
            home = members[0].home
            addr = members[0].addr
            shared_pc = w.web_device() if w.chance(0.35) else None
            card = ("card:" + w.salted(members[0].email, "card")[:24]) if w.chance(0.5) else None
            for i, m in enumerate(members):
                m.home = home
                m.addr = addr
                m.gw = members[0].gw
                m.wifi = members[0].wifi
                m.add(rel)
                if shared_pc:
                    m.devices.append(((shared_pc, members[0].ua_web, "web"), 0.3))
                    m.add("family_computer")
                if rel in ("couple", "family") and card and w.chance(0.8):
                    m.card = card
                    m.add("shared_premium_card")
                if rel in ("couple", "family") and i > 0 and w.chance(0.4):
                    m.recovery_email = members[0].email
                    m.add("recovery_is_relative")
                    if w.chance(0.5):
                        members[0].recovery_email = m.email
                if rel == "couple" and w.chance(0.3):
                    m.bank = members[0].bank
                    m.add("joint_account")
                if rel == "family" and i > 0 and w.chance(0.5):
                    m.recovery_phone = members[0].phone
                    m.recovery_phone_type = "mobile"
            if w.chance(0.15):
                land = w.us_phone(city)
                for m in members:
                    m.home_phone = land
        for m in members:
            add_variants(w, m, None)
            if w.chance(0.06):
                m.add("duplicate_account")
                m.alt_email = w.email_for(m)
            seeking = w.chance(0.55)
            if seeking:
                n = w.wpick([(1, 32), (2, 20), (3, 15), (5, 15), (8, 10), (13, 8)])
                if n >= 5:
                    m.add("many_applications")
                if w.chance(0.3):
                    m.add("resume_versions")
                if m.card is None and w.chance(0.15):
                    m.card = "card:" + w.salted(m.email, "card")[:24] if w.chance(0.8) else "paypal:" + m.email
                    m.add("premium")
                elif m.card:
                    m.add("premium")
                m.employer_now = "" if w.chance(0.4) else w.pick(D.COMPANY_A) + " " + w.pick(D.COMPANY_B)
                seeker_life(w, m, "job_seeker", n, premium="premium_career" if m.card else None)
            else:
                m.employer_now = w.pick(D.COMPANY_A) + " " + w.pick(D.COMPANY_B) if w.chance(0.8) else ""
                sid, _ = emit_member(w, m, "passive_member", w.rng.randrange(1, 9),
                                     premium="premium_business" if (m.card and w.chance(0.3)) else None)
                if m.card and w.chance(0.3):
                    premium_charges(w, sid, m, m.card)
                w.passive_pool.append(m)


def passive_fill(w, quota):
    made0 = len(w.subjects)
    while len(w.subjects) - made0 < quota:
        p = us_person(w) if w.chance(0.85) else intl_person(w, w.wpick(D.INTL_MIX))
        p.employer_now = w.pick(D.COMPANY_A) + " " + w.pick(D.COMPANY_B) if w.chance(0.75) else ""
        if w.chance(0.03):
            p.add("vpn_user")
            p.nets.append((w.vpn_getter(w.pick(["nord", "express", "surfshark"])), 0.3))
        emit_member(w, p, "passive_member", w.rng.randrange(1, 8), photo="own" if w.chance(0.8) else "none")
        w.passive_pool.append(p)


# ---------------------------------------------------------------- universities
def universities(w, quota):
    made0 = len(w.subjects)
    unis = []
    for (name, dom, cname, asn, owner) in D.UNIVERSITIES:
        city = next(c for c in D.US_CITIES if c[0] == cname)
        a, b = D.UNI_PREFIX[asn]
        from .infra import Egress
        nat = [Egress(f"{a}.{b}.{w.rng.randrange(256)}.{w.rng.randrange(1, 255)}", str(asn), owner, "US", cname,
                      city[3], city[4], "campus", 0.02) for _ in range(12)]
        career = nat[0]
        kiosks = [w.web_device() for _ in range(4)]
        u = Org(name=name, domain=dom, city=city, nat=nat, career=career, kiosks=kiosks, kind="university",
                registered=W0 - 30 * 365 * DAY, size="enterprise", partner=False, shares=False,
                careers_mail=w.pick(["careers", "career.center", "ecrt", "careerservices", "hire"]) + "@" + dom,
                fair_day=w.t_between(W0 + 60 * DAY, W1 - 120 * DAY))
        unis.append(u)
        from .lives import domain_row
        domain_row(w, u)
        # career services staff accounts
        for _ in range(w.rng.randrange(1, 3)):
            s = us_person(w, None, city, age=(28, 60), tech=False)
            s.title = "Career Advisor"
            s.email = w.email_for(s, dom)
            s.nets = [(lambda u=u: u.nat[w.rng.randrange(len(u.nat))], 0.85), (lambda s=s: s.home, 0.15)]
            s.hours = (city[5], "work")
            s.employer_now = name
            emit_member(w, s, "career_services_staff", w.rng.randrange(20, 60), record="page_admin",
                        created=signup_time(w, 2012, 0.05))
    while len(w.subjects) - made0 < quota:
        u = w.pick(unis)
        p = us_person(w, None, u.city, age=(20, 25), photo=0.6)
        p.email = w.email_for(p, u.domain) if w.chance(0.7) else p.email
        p.alt_email = w.email_for(p)
        natg = lambda u=u: u.nat[w.rng.randrange(len(u.nat))]
        p.nets = [(natg, 0.55), (p.mobile, 0.3), (lambda p=p: p.home, 0.15)]
        p.hours = (u.city[5], "student")
        p.add("campus_network")
        p.resume = resume_for(w, p, template="career_services", school=u.name,
                              summary=f"Motivated {p.title.lower()} graduate seeking an entry-level role.")
        p.resume["jobs"] = p.resume["jobs"][:1]
        created = w.t_between(W0 - 3 * 365 * DAY, W1 - 30 * DAY)
        signup = None
        if w.chance(0.3):
            # created at a career-services workshop on the centre's PC and network
            p.add("career_services_signup")
            signup = u.career
            created = w.t_between(W0 - 400 * DAY, W0 + 200 * DAY)
        if w.chance(0.12):
            p.recovery_email = u.careers_mail
            p.add("career_office_recovery")
        n = w.wpick([(0, 15), (1, 20), (3, 25), (6, 20), (12, 15), (25, 5)])
        if n >= 6:
            p.add("many_applications")
        add_variants(w, p, None)
        if w.chance(0.04):
            p.add("duplicate_account")
        sid, created = emit_member(w, p, "new_grad", w.rng.randrange(4, 30), created=created)
        if signup is not None:
            w.subjects[-1]["signup_ip"] = signup.ip
        if "duplicate_account" in p.traits:
            emit_member(w, p, "new_grad", w.rng.randrange(1, 5), created=w.t_between(created, W1 - DAY),
                        email=p.alt_email, name=w.display_name(p))
        kiosk_app = w.chance(0.25)
        for i, t in enumerate(apply_times(w, n, max(created, W0), W1)):
            org = pick_partner(w)
            stage = "hired" if (org.shares and w.chance(0.06) and "new_hire" not in p.traits) else None
            kw = {}
            if kiosk_app and i == 0:
                t = u.fair_day + w.rng.randrange(9 * 3600, 15 * 3600)
                kw = dict(eg=u.nat[w.rng.randrange(len(u.nat))], dev=(w.pick(u.kiosks), w.ua_web(), "web"),
                          source="career_fair")
                p.add("career_fair_kiosk")
                w.login(sid, t - 120, kw["eg"], kw["dev"][0], kw["dev"][1], "web")
            apply_row(w, p, org, t, "new_grad", stage=stage, **kw)
            if stage == "hired":
                p.add("new_hire")
                honest_hire(w, p, org, min(W1 - 20 * DAY, t + 60 * DAY), "new_grad")


# ---------------------------------------------------------------- bootcamps
def bootcamps(w, quota):
    made0 = len(w.subjects)
    camps = []
    for name, dom in D.BOOTCAMPS:
        city = w.us_city()
        net = [w.egress("comcast", w.cityll(city), "business") for _ in range(2)]
        c = Org(name=name, domain=dom, city=city, net=net, kind="bootcamp", size="mid",
                registered=W0 - w.rng.randrange(5, 12) * 365 * DAY, loaners=[w.web_device() for _ in range(10)],
                coach_mail=w.pick(["careers", "outcomes", "coach", "placement"]) + "@" + dom,
                projects=[f"Capstone: {w.pick(['DevConnect', 'TripPlanner', 'RecipeBox', 'FitTrack', 'BudgetBuddy'])} - "
                          f"full-stack app with React, Node.js and PostgreSQL" for _ in range(3)],
                backdrop=((w.rng.randrange(60, 120),) * 3, (w.rng.randrange(160, 220),) * 3))
        camps.append(c)
        from .lives import domain_row
        domain_row(w, c)
    while len(w.subjects) - made0 < quota:
        c = w.pick(camps)
        size = w.rng.randrange(8, 21)
        coach_rec = w.chance(0.3)
        grad_day = w.t_between(W0 - 60 * DAY, W1 - 90 * DAY)
        for _ in range(size):
            p = us_person(w, None, w.us_city() if w.chance(0.5) else c.city, age=(22, 40), tech=True)
            p.title = w.pick(["Full Stack Developer", "Software Engineer", "Frontend Engineer", "React Developer"])
            summ = f"Full-stack software engineer and {c.name} graduate with a background in {w.pick(['teaching', 'sales', 'hospitality', 'finance', 'the military', 'healthcare'])}."
            p.resume = resume_for(w, p, template="bootcamp", summary=summ, extra=c.projects, school=c.name)
            if p.face is not None:
                p.face["grad"] = c.backdrop
                p.add("studio_backdrop_photo")
            p.add("cohort_resume_template")
            if coach_rec:
                p.recovery_email = c.coach_mail
                p.add("coach_recovery_email")
            if w.chance(0.25):
                lo = w.pick(c.loaners)
                p.devices.append(((lo, w.ua_web(), "web"), 0.4))
                p.nets.append((lambda c=c: c.net[w.rng.randrange(2)], 0.3))
                p.add("loaner_laptop")
            else:
                p.nets.append((lambda c=c: c.net[w.rng.randrange(2)], 0.15))
            p.extra_profiles = ["https://github.com/" + c.domain.split(".")[0] + "-cohort-" + str(grad_day % 97)]
            add_variants(w, p, None)
            n = w.wpick([(2, 20), (5, 30), (10, 30), (20, 20)])
            if n >= 5:
                p.add("many_applications")
            seeker_life(w, p, "bootcamp_grad", n, created=w.t_between(grad_day - 200 * DAY, grad_day), hire_p=0.06)


# ---------------------------------------------------------------- members abroad
def internationals(w, quota):
    made0 = len(w.subjects)
    while len(w.subjects) - made0 < quota:
        cc = w.wpick(D.INTL_MIX)
        p = intl_person(w, cc)
        p.add("home_country_phone")
        if cc == "CN" and w.chance(0.7):
            p.nets = [(w.vpn_getter("astrill"), 0.8), (lambda p=p: p.home, 0.2)]
            p.add("vpn_astrill", "vpn_user")
        elif w.chance(0.12):
            p.nets.append((w.vpn_getter(w.pick(["nord", "express", "proton"])), 0.3))
            p.add("vpn_user")
        asian = cc in ("IN", "CN", "KR", "JP", "VN", "PH", "PK", "SG")
        if asian and w.chance(0.4):
            p.hours = (p.city[3], "night")
            p.add("us_hours_abroad")
        if w.chance(0.15) and cc not in ("CA", "GB"):
            p.phone2 = w.us_phone()
            p.add("us_voip_number")
            p.phone, p.phone_type, p.app_phone_type = p.phone2, "voip", "voip"
        n = w.wpick([(0, 25), (1, 20), (3, 25), (8, 20), (15, 10)])
        if n >= 8:
            p.add("many_applications")
        sids, apps = seeker_life(w, p, "international_member", n, hire_p=0.0)
        if n and w.chance(0.18):
            org = w.pick(w.sharing)
            p.add("eor_contractor_hire")
            pay = [(W0, "payoneer:" + p.email, "wallet", "payoneer")] if w.chance(0.5) else [(W0, p.bank, "bank", "deel")]
            honest_hire(w, p, org, w.t_between(W0 + 30 * DAY, W1 - 60 * DAY), "international_member",
                        worker="EOR", payroll=pay, idp_nets=[(lambda p=p: p.home, 0.8), (p.mobile, 0.2)] if "vpn_astrill" not in p.traits else p.nets,
                        ship_to="home")


# ---------------------------------------------------------------- privacy users and nomads
def privacy_users(w, quota):
    made0 = len(w.subjects)
    while len(w.subjects) - made0 < quota:
        p = us_person(w, photo=0.0)
        prov = w.pick(["mullvad", "proton", "nord", "express", "astrill", "pia"])
        g = w.vpn_getter(prov, sticky=2)
        relay = w.pool("icloudrelay", "relay", 60, w.cityll(p.city), "vpn:icloud_relay")
        p.nets = [(g, 0.75), (lambda: relay[w.rng.randrange(len(relay))], 0.15), (p.mobile, 0.1)]
        p.add("vpn_user", "alias_email")
        if prov == "astrill":
            p.add("vpn_astrill")
        dom = w.pick(["privaterelay.appleid.com", "simplelogin.com", "duck.com", "mozmail.com", "proton.me", "anonaddy.me"])
        p.email = w.hex(8) + "@" + dom if dom == "privaterelay.appleid.com" else w.email_for(p, dom, 5)
        if w.chance(0.55):
            p.phone = w.us_phone(p.city)
            p.phone_type = "voip"
            p.add("google_voice")
        n = w.wpick([(0, 30), (2, 30), (5, 30), (10, 10)])
        # one alias per employer for half of them
        per = w.chance(0.5)
        sid, created = emit_member(w, p, "privacy_user", w.rng.randrange(4, 30), photo="none")
        for t in apply_times(w, n):
            org = pick_partner(w)
            em = (w.hex(10) + "@" + dom) if per else None
            apply_row(w, p, org, t, "privacy_user", email=em, photo="none")


def nomads(w, quota):
    made0 = len(w.subjects)
    while len(w.subjects) - made0 < quota:
        p = us_person(w, tech=True)
        mf = w.pick(D.MAIL_FORWARDERS)
        pmb = w.rng.randrange(1000, 99999)
        p.addr = {"raw": f"{mf[0]} #{pmb}, {mf[1]}, {mf[2]} {mf[3]}", "country": "US"}
        p.add("mail_forwarding_address")
        stops = [w.pick(["TH", "PT", "MX", "CO", "VN", "JP", "PH", "BR"]) for _ in range(3)]
        nets = []
        for cc in stops:
            city = w.pick(D.INTL[cc]["cities"])
            hotel = w.pool(w.pick(D.INTL[cc]["isps"]), "hotel:" + city[0], 8, city, "hotel")
            nets.append((lambda h=hotel: h[w.rng.randrange(len(h))], 0.2))
            e = w.intl_home(cc, city)
            nets.append((lambda e=e: e, 0.1))
        nets.append((w.vpn_getter(w.pick(["nord", "express", "surfshark"])), 0.25))
        p.nets = nets
        p.hours = (p.city[5], "night")
        p.add("vpn_user", "foreign_networks")
        n = w.wpick([(1, 30), (4, 40), (8, 30)])
        sids, apps = seeker_life(w, p, "digital_nomad", n, hire_p=0.0)
        if w.chance(0.2):
            org = w.pick(w.sharing)
            p.add("new_hire", "ships_to_mail_forwarder")
            honest_hire(w, p, org, w.t_between(W0 + 30 * DAY, W1 - 40 * DAY), "digital_nomad", ship_to="forwarder",
                        ship_addr=p.addr["raw"], idp_nets=p.nets, worker=w.pick(["W-2", "1099"]))


# ---------------------------------------------------------------- career coaches and their clients
def coaches(w, quota):
    made0 = len(w.subjects)
    while len(w.subjects) - made0 < quota:
        c = us_person(w, tech=False, age=(30, 60))
        firm = w.pick(D.COACH_FIRMS)
        c.title = "Career Coach"
        c.employer_now = firm
        c.hours = (c.city[5], "work")
        cdev = (c.laptop, c.ua_web, "web")
        office = c.home
        emit_member(w, c, "career_coach", w.rng.randrange(40, 120), premium="premium_business", created=signup_time(w, 2012, 0.05))
        phrases = [f"Results-driven professional with a proven track record in {x}" for x in ("operations", "delivery", "growth")]
        for _ in range(w.rng.randrange(6, 16)):
            p = us_person(w)
            R = resume_for(w, p, template="coach", summary=w.pick(phrases) + ".")
            p.resume = R
            p.doc_author = c.first + " " + c.last   # the coach's Word wrote the file
            p.add("coached")
            # the coach signs in to the client's account from the coach's laptop and network
            p.devices.append((cdev, 0.3))
            p.nets.append((lambda o=office: o, 0.3))
            if w.chance(0.3):
                p.recovery_email = c.email
                p.add("coach_recovery_email")
            add_variants(w, p, None)
            n = w.wpick([(3, 30), (8, 40), (15, 30)])
            p.add("many_applications")
            seeker_life(w, p, "coach_client", n, premium="premium_career" if w.chance(0.5) else None)


# ---------------------------------------------------------------- recruiting agencies
def agencies(w, quota):
    made0 = len(w.subjects)
    ags = []
    for name in D.AGENCY_NAMES:
        city = w.us_city()
        dom = name.lower().replace(" ", "") + ".com"
        office = [w.egress(w.pick(["comcast", "att", "cogent"]), w.cityll(city), "business") for _ in range(2)]
        desk = [w.us_phone(city) for _ in range(w.rng.randrange(2, 5))]
        a = Org(name=name, domain=dom, city=city, office=office, desk=desk, pcs=[w.web_device() for _ in range(4)],
                kind="agency", size="mid", registered=W0 - w.rng.randrange(3, 20) * 365 * DAY, mask=w.chance(0.5),
                card="card:" + w.salted(name, "card")[:24], recruiters=[])
        ags.append(a)
        from .lives import domain_row
        domain_row(w, a)
        for _ in range(w.rng.randrange(4, 14)):
            r = us_person(w, None, city, tech=False)
            r.title = w.pick(["Technical Recruiter", "Senior Recruiter", "Account Manager", "Sourcing Specialist"])
            r.email = w.email_for(r, dom, 0)
            r.phone = w.pick(desk) if w.chance(0.6) else r.phone
            r.phone_type = "landline" if r.phone in desk else "mobile"
            if r.phone in desk:
                r.add("shared_desk_phone")
            r.nets = [(lambda a=a: a.office[w.rng.randrange(2)], 0.8), (r.mobile, 0.2)]
            if w.chance(0.4):
                r.devices = [((w.pick(a.pcs), w.ua_web(), "web"), 0.7), ((r.phone_dev, r.ua_app, "app"), 0.3)]
                r.add("shared_workstation")
            r.hours = (city[5], "work")
            r.employer_now = name
            sid, _ = emit_member(w, r, "agency_recruiter", w.rng.randrange(30, 90), premium="recruiter",
                                 record="recruiter_seat", created=signup_time(w, 2012, 0.1),
                                 extra={"linkwell_inmail_sent": str(w.rng.randrange(50, 900))})
            premium_charges(w, sid, r, a.card, months=w.rng.randrange(6, 12), price=w.pick([835.0, 1080.0]),
                            ptype="recruiter_seat")
            a.recruiters.append(r)
    while len(w.subjects) - made0 < quota:
        a = w.pick(ags)
        p = us_person(w, tech=True) if w.chance(0.8) else intl_person(w, "IN")
        rec = w.pick(a.recruiters)
        p.add("agency_submitted")
        for t in apply_times(w, w.wpick([(1, 40), (2, 35), (4, 25)])):
            org = pick_partner(w)
            kw = dict(eg=w.pick(a.office), dev=(w.pick(a.pcs), w.ua_web(), "web"), source="agency_submission",
                      portal=False, photo="none")
            if a.mask:
                kw.update(email="submissions@" + a.domain,
                          phone=w.fmt_phone(w.pick(a.desk), 0 if p.country != "US" else None))
                p.add("agency_masked_contact")
            apply_row(w, p, org, t, "agency_candidate", extra={"linkwell_agency": a.name}, **kw)
        if w.chance(0.35):
            seeker_life(w, p, "agency_candidate", 0)


# ---------------------------------------------------------------- RPO sourcers offshore on US hours
def rpo(w, quota):
    made0 = len(w.subjects)
    firms = []
    for name, cname, cc in D.RPO_FIRMS:
        city = next(c for c in D.INTL[cc]["cities"] if c[0] == cname)
        office = [w.intl_home(cc, city) for _ in range(2)]
        for e in office:
            e.type = "business"
        firms.append((name, cc, city, office, [w.web_device() for _ in range(6)], [w.us_phone() for _ in range(3)]))
    while len(w.subjects) - made0 < quota:
        name, cc, city, office, ws, voips = w.pick(firms)
        p = intl_person(w, cc, tech=False)
        p.title = "Talent Sourcer"
        clients = [w.pick(w.partners) for _ in range(3)]
        p.employer_now = name
        p.email = w.email_for(p, name.split()[0].lower() + "rpo.com", 0)
        p.phone, p.phone_type = w.pick(voips), "voip"
        p.nets = [(lambda o=office: o[w.rng.randrange(len(o))], 0.85), (p.mobile, 0.15)]
        p.hours = (city[3], "night")
        p.add("us_hours_abroad", "vendor_voip")
        if w.chance(0.6):
            p.devices = [((w.pick(ws), w.ua_web(), "web"), 0.8), ((p.phone_dev, p.ua_app, "app"), 0.2)]
            p.add("shared_workstation")
        sid, _ = emit_member(w, p, "rpo_sourcer", w.rng.randrange(30, 90), premium="recruiter_lite", record="recruiter_seat",
                             employer=clients[0].name, created=signup_time(w, 2016, 0.2))
        premium_charges(w, sid, p, clients[0].card, months=w.rng.randrange(3, 12), price=170.0, ptype="recruiter_seat")


# ---------------------------------------------------------------- employer staff: recruiters, page admins, HR
def staff(w, quota):
    made0 = len(w.subjects)
    orgs = w.partners + w.nonpartners
    while len(w.subjects) - made0 < quota:
        o = w.pick(orgs)
        role = w.wpick([("recruiter", 55), ("page_admin", 30), ("hr_ops", 15)])
        p = us_person(w, None, o.city if w.chance(0.7) else None, tech=False, age=(24, 60))
        p.title = {"recruiter": w.pick(["Technical Recruiter", "Talent Acquisition Partner", "Recruiting Coordinator"]),
                   "page_admin": w.pick(["Marketing Manager", "Employer Brand Lead", "Social Media Manager"]),
                   "hr_ops": w.pick(["HR Business Partner", "People Operations Manager", "HRIS Analyst"])}[role]
        p.email = w.email_for(p, o.domain, w.pick([0, 0, 2]))
        p.employer_now = o.name
        p.hours = (p.city[5], "work")
        if o.egress is not None:
            p.nets = [(o.egress, 0.7), (lambda p=p: p.home, 0.2), (p.mobile, 0.1)]
            if o.eg_mode == "zscaler":
                p.add("corporate_zscaler")
        else:
            p.add("remote_company")
        prem = {"recruiter": "recruiter", "page_admin": None, "hr_ops": None}[role]
        sid, _ = emit_member(w, p, role if role != "hr_ops" else "page_admin", w.rng.randrange(25, 80), premium=prem,
                             record="recruiter_seat" if role == "recruiter" else "page_admin",
                             created=signup_time(w, 2010, 0.08),
                             extra={"linkwell_inmail_sent": str(w.rng.randrange(20, 700))} if role == "recruiter" else None)
        if role == "recruiter":
            premium_charges(w, sid, p, o.card, months=w.rng.randrange(4, 12), price=w.pick([835.0, 170.0]),
                            ptype="recruiter_seat")
        o.staff.append(p)


# ---------------------------------------------------------------- hires without a Linkwell application
def direct_hires(w, quota):
    made0 = len(w.subjects)
    while len(w.subjects) - made0 < quota:
        o = w.pick(w.sharing)
        p = us_person(w, None, o.city if w.chance(0.6) else None)
        start = w.t_between(W0 - 60 * DAY, W1 - 30 * DAY)
        primary = "direct_hire"
        r = w.rng.random()
        kw = {}
        if r < 0.12:
            primary = "it_admin"
            p.title = w.pick(["IT Administrator", "Systems Engineer", "Desktop Support Engineer", "Network Engineer"])
            p.tech = True
            p.add("it_admin_tools")
            sessions = [(f"10.{w.rng.randrange(10, 40)}.{w.rng.randrange(256)}.{w.rng.randrange(1, 255)}",
                         start + w.rng.randrange(1, 40) * DAY) for _ in range(w.rng.randrange(1, 4))]
            p.tel = {"procs": w.rng.sample(["TeamViewer", "AnyDesk", "mstsc.exe", "ScreenConnect.ClientService", "Royal TSX"], 2),
                     "ports": ["3389/tcp"] if w.chance(0.4) else [], "sessions": sessions}
            if w.chance(0.35):
                p.tel["usb"] = [w.pick(D.HONEST_KVM_USB)]
                p.add("kvm_switch")
        elif r < 0.2:
            p.add("overemployed")
            o2 = w.pick(w.sharing)
            if o2 is not o:
                honest_hire(w, p, o2, w.t_between(W0 - 100 * DAY, W1 - 60 * DAY), "direct_hire", email_mode="personal")
        elif r < 0.3:
            p.add("coworking")
            cw = w.pool("zayo", "cowork:" + p.city[0], 3, w.cityll(p.city), "coworking")
            p.nets.append((lambda cw=cw: cw[w.rng.randrange(len(cw))], 0.6))
        elif r < 0.34:
            p.add("ships_to_relative")
            rel = w.us_addr(w.us_city())
            kw["ship_to"] = "relative"
            kw["ship_addr"] = f"c/o {w.pick(D.NAMES['anglo']['m'])} {p.last}, " + w.fmt_addr(rel)
        elif r < 0.38:
            p.add("remote_tool_family_support")
            p.tel = {"procs": ["TeamViewer"]}
        elif r < 0.42:
            p.add("homelab")
            p.tel = {"usb": [("Multifunction Composite Gadget", "1d6b", "0104")], "ports": ["22/tcp", "8080/tcp"]}
        elif r < 0.47:
            p.add("rehire")
        add_variants(w, p, None)
        if w.chance(0.5):
            emit_member(w, p, primary, w.rng.randrange(1, 10), employer=o.name)
        p.add("new_hire")
        if "ship_to" in kw:
            hire(w, p, o, start, primary, **kw)
        else:
            honest_hire(w, p, o, start, primary)


# ---------------------------------------------------------------- victims of identity theft and lured candidates
def victims(w, stolen):
    """Honest people whose identity a persona reuses: their own rows, marked honest
    (identity_theft_victim, then their original kind)."""
    for v in stolen:
        if not v.__dict__.get("on_linkwell"):
            continue
        base = v.__dict__.get("orig_kind", "passive_member")
        v.traits = [base] + [t for t in v.traits if t not in (base, "identity_theft_victim")]
        if base == "job_seeker":
            v.employer_now = ""
            seeker_life(w, v, "identity_theft_victim", w.rng.randrange(1, 5), hire_p=0.0)
        else:
            v.employer_now = w.pick(D.COMPANY_A) + " " + w.pick(D.COMPANY_B)
            emit_member(w, v, "identity_theft_victim", w.rng.randrange(1, 8))
        if v.__dict__.get("victim_hire") and w.sharing:
            o = w.pick(w.sharing)
            v.add("new_hire")
            honest_hire(w, v, o, w.t_between(W0 - 200 * DAY, W1 - 90 * DAY), "identity_theft_victim")


def lured(w, fronts):
    """Honest developers who applied to a front company's fake job postings."""
    for f in fronts:
        k = w.rng.randrange(15, 35)
        for _ in range(k):
            p = us_person(w, tech=True) if w.chance(0.8) else intl_person(w, w.pick(["IN", "UA", "PL", "BR", "PH"]), tech=True)
            p.title = w.pick(["Blockchain Developer", "Full Stack Developer", "Senior Software Engineer", "React Developer"])
            p.add("lured_candidate")
            add_variants(w, p, None)
            seeker_life(w, p, "job_seeker" if p.country == "US" else "international_member", w.rng.randrange(1, 4))
            t = w.t_between(f.active_from, W1)
            apply_row(w, p, f, t, "job_seeker" if p.country == "US" else "international_member",
                      stage=w.pick(["interview", "screen", "applied"]))
