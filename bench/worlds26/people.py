"""The honest side of Forkyard: ordinary developers and every honest structure that looks like a ring."""
import datetime as dt

from . import data as D
from . import media as M
from .infra import START, END


# ---------------- shared recipe ----------------
def dress(w, p, photo=None, bio=True, phone=None, recovery=None, profiles=True, employer=None, resume=None):
    """Profile fields every account may have; callers override what their situation decides."""
    r = w.rng
    if employer is not None:
        p["employer"] = employer
    elif not p["employer"] and r.random() < 0.35:
        p["employer"] = w.pick(D.COMPANIES)[0]
    if photo is None:
        x = r.random()
        if x < 0.55:
            photo = ("face", r.randrange(1 << 30), 0)
        elif x < 0.80:
            photo = ("identicon", p["handle"])
            w.token(p, "identicon_avatar")
        elif x < 0.88:
            photo = ("default",)
            w.token(p, "default_avatar")
        else:
            photo = ""
    p["photo"] = photo or None
    if bio is True:
        p["resume"] = M.honest_bio(w, p) if r.random() < 0.6 else ""
    elif bio:
        p["resume"] = bio
    if resume or (resume is None and r.random() < 0.12):
        p["resume_file"] = resume if isinstance(resume, str) else M.honest_resume(w, p)
    if phone is None:
        phone = r.random() < 0.33
    if phone and not p["phone"]:
        p["phone"] = w.phone(p["country"], p["city"][0])
        if r.random() < 0.04 and p["country"] == "US":
            p["phone_lt"] = r.choice(["nonFixedVoip", "voip", "VOIP"])
            w.token(p, "voip_phone")
        else:
            p["phone_lt"] = r.choice(["mobile", "mobile", "mobile", "Mobile"]) if r.random() < 0.93 else "landline"
    if recovery is None and r.random() < 0.3:
        p["recovery_email"] = w.email(p["first"], p["last"], p["country"])
    elif recovery:
        p["recovery_email"] = recovery
    if r.random() < 0.06 and not p["recovery_phone"]:
        p["recovery_phone"] = w.phone(p["country"], p["city"][0])
        p["recovery_phone_lt"] = "mobile"
    if profiles:
        if r.random() < 0.45:
            p["profiles"].append("https://www.linkedin.com/in/%s-%s-%s" % (p["first"].lower().replace(" ", "-"), p["last"].lower(), w.hexid(6)))
        if r.random() < 0.2:
            p["profiles"].append("https://%s.%s" % (p["handle"], r.choice(["dev", "io", "me", "github.io", "netlify.app", "vercel.app"])))
        if r.random() < 0.12:
            p["profiles"].append("https://gitlab.com/" + p["handle"])
        if r.random() < 0.05:
            p["profiles"].append("https://stackoverflow.com/users/%d/%s" % (r.randrange(10000, 9999999), p["handle"]))
    return p


def life(w, p, places=None, devices=None, n=None, pattern=None, t0=None, t1=None, signup=None, app=None, keyboards=None, tzname=None):
    """Sign-ins over the export window, the sign-up address, desktop-app telemetry."""
    r = w.rng
    if places is None:
        home = w.home_nets(p["country"], p["city"])
        places = [(70, home), (22, w.mobile_nets(p["country"], p["city"]))]
        if r.random() < 0.15:
            places.append((8, [w.home_net(p["country"], w.city(p["country"]))]))
    p.setdefault("_home", places[0][1])
    if devices is None:
        devices = [(80, w.device(desktop_app=app))]
        if r.random() < 0.4:
            devices.append((20, w.phone_device()))
        if r.random() < 0.2:
            devices.append((15, w.device()))
    p.setdefault("_devices", [d for _, d in devices])
    if n is None:
        n = min(40, int(r.lognormvariate(1.6, 0.8)) + 1)
    pattern = pattern or ("owl" if r.random() < 0.2 else "day")
    a = max(t0 or p["created"], START)
    rows = w.sessions(p, n, places, devices, t0=a, t1=t1, pattern=pattern)
    if signup is not None:
        p["signup_ip"] = signup[0]
    elif p["created"] >= dt.datetime(2016, 1, 1):
        nets = places[0][1] if p["created"] >= START or r.random() < 0.5 else [w.home_net(p["country"], p["city"])]
        p["signup_ip"] = w.pick(nets)[0]
    first = min((x[1] for x in rows), default=a)
    for _, d in devices:
        if d.get("app"):
            w.telemetry(p, d, first, tzname or p["tzname"], keyboards or p["keyboards"])
    return rows


def payouts(w, p, program, method, dest, k, amount, provider="", t0=None):
    r = w.rng
    a = max(t0 or p["created"], START)
    for i in range(k):
        ts = w.when(a, END)
        w.pay(p, ts, amount * r.uniform(0.5, 1.6), method, dest, program, provider=provider)


def kyc(w, p, address=True):
    """Payout onboarding: tax address, date of birth, a salted tax-id hash for US payees."""
    if address and not p["address"]:
        p["address"] = w.address(p["country"], p["city"])
    if not p["birth_date"] and w.chance(0.8):
        p["birth_date"] = w.birth_date().isoformat()
    if p["country"] == "US" and not p["national_id"]:
        p["national_id"] = w.hashed("ssn", str(p["key"]))


def own_payout(w, p):
    r = w.rng
    x = r.random()
    if x < 0.55:
        return "bank", w.bank(p["key"]), "stripe"
    if x < 0.9:
        return "wallet", p["email"] if r.random() < 0.7 else w.email(p["first"], p["last"], p["country"]), "paypal"
    return "crypto", w.eth(), "usdc"


def plain(w, country=None, primary="plain", origin=None, created=None):
    p = w.person(country=country, origin=origin, created=created, primary=primary)
    if p["country"] in ("IN", "VN", "UA", "BR", "KR", "CN", "PH", "NG", "PK", "KE", "MX") and primary == "plain":
        p["primary"] = "abroad_developer"
    dress(w, p)
    r = w.rng
    if p["country"] == "CN" and r.random() < 0.35:
        vpn = "astrill" if r.random() < 0.5 else r.choice(["express", "nord"])
        w.token(p, "vpn_user", "astrill_user" if vpn == "astrill" else "")
        home = w.home_nets("CN", p["city"])
        life(w, p, places=[(45, home), (55, w.vpn_exits(vpn, 4))])
    elif r.random() < 0.06:
        vpn = w.wpick([("nord", 30), ("express", 20), ("proton", 20), ("mullvad", 12), ("surfshark", 14), ("astrill", 4)])
        w.token(p, "vpn_user", "astrill_user" if vpn == "astrill" else "")
        home = w.home_nets(p["country"], p["city"])
        life(w, p, places=[(50, home), (35, w.vpn_exits(vpn, 3)), (15, w.mobile_nets(p["country"], p["city"]))])
    elif r.random() < 0.04:
        gw = r.choice(["icloud_relay", "cloudflare_warp"])
        w.token(p, "privacy_relay")
        life(w, p, places=[(50, w.home_nets(p["country"], p["city"])), (50, w.gateway_nets(gw, 3))])
    else:
        life(w, p)
    if r.random() < 0.02:
        kyc(w, p)
        m, d, prov = own_payout(w, p)
        payouts(w, p, "sponsors", m, d, r.randrange(1, 8), 25, prov)
        w.token(p, "sponsored")
    return w.add(p)


# ---------------- honest structures ----------------
def org_members(w, target):
    """Companies whose IT provisions accounts in one sitting, helpdesk as recovery, office line and a secure gateway."""
    r = w.rng
    made = 0
    comps = r.sample(D.COMPANIES, len(D.COMPANIES))
    ci = 0
    while made < target:
        comp, domain, _, _ = comps[ci % len(comps)]
        ci += 1
        size = min(target - made, r.randrange(8, 120))
        hq = w.city("US")
        office = w.office_nets("US", hq, r.randrange(1, 4))
        gw = r.choice(["zscaler", "netskope", None, None])
        gwn = w.gateway_nets(gw, 6) if gw else None
        helpdesk = w.mailbox(r.choice(["helpdesk", "it-support", "itops", "servicedesk"]), domain) if r.random() < 0.7 else ""
        sitting = w.when(dt.datetime(2016, 1, 1), END - dt.timedelta(days=60))
        offshore = r.random() < 0.3
        off_c = r.choice(["IN", "PL", "UA", "VN", "BR"]) if offshore else None
        off_city = w.city(off_c) if offshore else None
        off_office = w.office_nets(off_c, off_city, 2) if offshore else None
        office_addr = w.address("US", hq)
        for i in range(size):
            abroad = offshore and r.random() < 0.35
            c = off_c if abroad else "US"
            city = off_city if abroad else (hq if r.random() < 0.6 else w.city("US"))
            p = w.person(country=c, city=city, created=sitting + dt.timedelta(minutes=r.randrange(0, 90)), primary="org_member")
            w.emails.discard(p["email"])
            p["email"] = w.mailbox(p["first"].lower().replace(" ", "").replace("-", "") + "." + p["last"].lower(), domain)
            dress(w, p, employer=comp, recovery=helpdesk or None, phone=r.random() < 0.2)
            if helpdesk:
                w.token(p, "helpdesk_recovery")
            w.token(p, "provisioned_batch")
            places = [(45, off_office if abroad else office), (30, w.home_nets(c, city))]
            if gwn:
                places.append((40, gwn))
                w.token(p, "secure_gateway")
            life(w, p, places=places, pattern="work", signup=w.pick(off_office if abroad else office),
                 devices=[(90, w.device(os=r.choice(["mac", "mac", "win", "linux"]), desktop_app=r.random() < 0.3))])
            if r.random() < 0.05:
                w.shipments.append((p["key"], w.when(max(p["created"], START), END), "YK5-%08d" % r.randrange(10 ** 8), office_addr))
                w.token(p, "ship_to_office")
            w.add(p)
            made += 1
    return made


def bootcamp(w, target):
    r = w.rng
    made = 0
    while made < target:
        camp, c = w.pick(D.BOOTCAMPS)
        city = w.city(c)
        size = min(target - made, r.randrange(12, 36))
        day = w.when(dt.datetime(2021, 1, 1), END - dt.timedelta(days=40))
        campus = w.office_nets(c, city, 1)
        lab = [w.device(os="mac", desktop_app=False) for _ in range(r.randrange(0, 4))]
        career = w.mailbox("careers", camp.lower().replace(" ", "") + ".io") if r.random() < 0.4 else ""
        for i in range(size):
            p = w.person(country=c, city=city, created=day + dt.timedelta(minutes=r.randrange(30, 240)), primary="bootcamp_cohort")
            dress(w, p, bio=M.cohort_bio(w, camp), recovery=career or None, resume=r.random() < 0.4 and None)
            if career:
                w.token(p, "campus_recovery")
            w.token(p, "cohort_bio_template", "same_day_signup")
            own = w.device()
            devs = [(70, own)] + ([(30, w.pick(lab))] if lab and r.random() < 0.6 else [])
            if len(devs) > 1:
                w.token(p, "lab_pc")
            life(w, p, places=[(50, campus), (50, w.home_nets(c, city))], devices=devs, signup=w.pick(campus))
            w.add(p)
            made += 1
    return made


def university(w, target):
    r = w.rng
    made = 0
    unis = []
    for name, c, dom in D.UNIVERSITIES:
        city = w.city(c)
        nat = w.office_nets(c, city, r.randrange(2, 6))
        labs = [w.device(os=r.choice(["linux", "win"]), desktop_app=r.random() < 0.3) for _ in range(r.randrange(4, 14))]
        unis.append((name, c, dom, city, nat, labs))
    while made < target:
        name, c, dom, city, nat, labs = w.pick(unis)
        year = r.randrange(2016, 2026)
        created = dt.datetime(year, 9, 1) + dt.timedelta(days=r.randrange(0, 40), hours=r.randrange(24))
        if created > END - dt.timedelta(days=5):
            created = END - dt.timedelta(days=r.randrange(5, 300))
        p = w.person(country=c, city=city, created=created, primary="university_student")
        if r.random() < 0.6:
            w.emails.discard(p["email"])
            p["email"] = w.mailbox(p["first"][0].lower() + p["last"].lower() + str(r.randrange(10, 99)), dom)
        dress(w, p, bio=M.student_bio(w, name) if r.random() < 0.6 else "", employer="" if r.random() < 0.8 else None)
        devs = [(60, w.device())]
        if r.random() < 0.5:
            devs.append((40, w.pick(labs)))
            w.token(p, "lab_pc")
        w.token(p, "campus_network")
        life(w, p, places=[(60, nat), (40, w.home_nets(c, city))], devices=devs)
        w.add(p)
        made += 1
    return made


def bots(w, target, owners):
    """CI/bot/service accounts: cloud addresses around the clock, ops mailboxes, some a developer's own bot."""
    r = w.rng
    made = 0
    while made < target:
        personal = owners and r.random() < 0.3
        if personal:
            o = w.pick(owners)
            c, city = o["country"], o["city"]
        else:
            comp, domain, _, _ = w.pick(D.COMPANIES)
            c, city = "US", w.city("US")
        p = w.person(country=c, city=city, primary="bot_account")
        base = (o["handle"] if personal else comp.lower().replace(" ", "-"))
        w.handles.discard(p["handle"])
        h = base + "-" + r.choice(["bot", "ci", "deploy-bot", "release-bot", "automation", "renovate", "docs-bot"])
        while h in w.handles:
            h += str(r.randrange(2, 99))
        w.handles.add(h)
        p["handle"] = h
        p["profiles"] = ["https://forkyard.dev/" + h]
        p["full_name"] = h.replace("-", " ").title() if r.random() < 0.7 else ""
        w.emails.discard(p["email"])
        if personal:
            loc, dom = o["email"].split("@")
            p["email"] = w.mailbox(loc + "+" + r.choice(["bot", "ci", "forkyard"]), dom)
            p["recovery_email"] = o["email"]
            w.token(p, "owner_recovery")
        else:
            p["email"] = w.mailbox(r.choice(["ci", "bots", "devops", "build", "platform-bot"]) + "-" + w.hexid(4), domain)
            p["recovery_email"] = "devops@" + domain
            p["employer"] = comp
        p["photo"] = ("identicon", h) if r.random() < 0.6 else None
        p["created"] = w.when(dt.datetime(2015, 1, 1), END - dt.timedelta(days=30))
        prov = r.choice(["aws", "aws", "gcp", "azure", "digitalocean", "hetzner"])
        cloud = [w.cloud_net(prov) for _ in range(r.randrange(1, 6))]
        dev = {"id": "dv-" + w.hexid(20), "os": "bot", "ua": w.pick(D.USER_AGENTS["bot"]), "app": False, "system": "", "cli": "", "desk": "", "reported": False}
        w.token(p, "cloud_ip")
        life(w, p, places=[(100, cloud)], devices=[(100, dev)], pattern="bot", n=r.randrange(5, 40), signup=w.pick(cloud) if not personal else None)
        if personal:
            p["signup_ip"] = w.pick(o["_home"])[0]
        w.add(p)
        made += 1
    return made


def maintainers(w, target):
    """Open-source maintainers: sponsorship payouts, most into a fiscal host's single account."""
    r = w.rng
    hosts = {h: w.bank("host", h) for h in D.FISCAL_HOSTS}
    made = 0
    while made < target:
        p = w.person(created=w.when(dt.datetime(2010, 1, 1), dt.datetime(2020, 1, 1)), primary="oss_maintainer")
        dress(w, p)
        p["profiles"].append("https://%s.dev" % p["handle"])
        life(w, p, n=r.randrange(8, 40))
        if r.random() < 0.65:
            host = w.pick(D.FISCAL_HOSTS)
            w.token(p, "fiscal_host_payout")
            payouts(w, p, "sponsors", "bank", hosts[host], r.randrange(3, 20), 300, "fiscal-host:" + host)
            p["extras"]["forkyard_fiscal_host"] = host
        else:
            kyc(w, p)
            m, d, prov = own_payout(w, p)
            payouts(w, p, "sponsors", m, d, r.randrange(3, 20), 120, prov)
        if r.random() < 0.25:
            if not p["address"]:
                p["address"] = w.address(p["country"], p["city"])
            w.shipments.append((p["key"], w.when(START, END), "YK5-%08d" % r.randrange(10 ** 8), p["address"]))
            w.token(p, "security_key_program")
        w.add(p)
        made += 1
    return made


def bounty_hunters(w, target):
    r = w.rng
    made = 0
    while made < target:
        c = w.wpick([("US", 30), ("IN", 20), ("NG", 8), ("PK", 8), ("VN", 8), ("UA", 8), ("BR", 6), ("PH", 5), ("KE", 4), ("CN", 3)])
        p = w.person(country=c, primary="bounty_hunter")
        dress(w, p)
        if r.random() < 0.12:
            vpn = r.choice(["nord", "proton", "express"])
            w.token(p, "vpn_user")
            life(w, p, places=[(60, w.home_nets(c, p["city"])), (40, w.vpn_exits(vpn, 3))], pattern="owl")
        else:
            life(w, p, pattern="owl" if r.random() < 0.4 else "day")
        kyc(w, p, address=r.random() < 0.6)
        x = r.random()
        if x < 0.4:
            m, d, prov = "crypto", (w.eth() if r.random() < 0.7 else w.tron()), "usdc"
            w.token(p, "crypto_payout")
        elif x < 0.8:
            m, d, prov = "wallet", p["email"], "paypal"
        else:
            m, d, prov = "bank", w.bank(p["key"]), "stripe"
        payouts(w, p, "bounty", m, d, r.randrange(1, 9), 400, prov)
        w.add(p)
        made += 1
    return made


def families(w, target):
    """Households: one home line, a shared family PC, each other as recovery, a joint account."""
    r = w.rng
    made = 0
    while made < target:
        c = w.wpick([("US", 60), ("IN", 10), ("GB", 6), ("BR", 5), ("VN", 5), ("KR", 5), ("UA", 4), ("CA", 5)])
        city = w.city(c)
        origin = w.origin_for(c)
        last = w.name(origin)[1]
        home = w.home_nets(c, city)
        pc = w.device(os=r.choice(["win", "mac"]), desktop_app=r.random() < 0.4)
        k = min(target - made, r.randrange(2, 4))
        joint = w.bank("joint", last, made)
        addr = w.address(c, city)
        members = []
        for i in range(k):
            p = w.person(country=c, city=city, origin=origin, primary="family_member")
            p["last"] = last
            p["full_name"] = p["first"] + " " + last
            dress(w, p, recovery=(members[0]["email"] if members and r.random() < 0.6 else None))
            if members and p["recovery_email"] == members[0]["email"]:
                w.token(p, "family_recovery")
            w.token(p, "shared_home_ip", "family_pc")
            life(w, p, places=[(80, home), (20, w.mobile_nets(c, city))], devices=[(55, pc), (45, w.device())])
            members.append(p)
            if r.random() < 0.25:
                p["address"] = addr
                kyc(w, p)
                payouts(w, p, r.choice(["sponsors", "bounty"]), "bank", joint, r.randrange(1, 5), 150, "stripe")
                w.token(p, "joint_account")
            w.add(p)
            made += 1
    return made


def coworking(w, target):
    r = w.rng
    spaces = []
    for _ in range(max(3, target // 25)):
        c = w.wpick([("US", 50), ("GB", 8), ("DE", 6), ("VN", 8), ("IN", 10), ("BR", 6), ("PL", 6), ("UA", 6)])
        city = w.city(c)
        spaces.append((c, city, w.office_nets(c, city, r.randrange(1, 3)), w.pick(D.COWORKING)))
    made = 0
    while made < target:
        c, city, nets, brand = w.pick(spaces)
        p = w.person(country=c, city=city, primary="coworking_member")
        dress(w, p)
        w.token(p, "coworking_ip")
        life(w, p, places=[(50, nets), (40, w.home_nets(c, city)), (10, w.mobile_nets(c, city))])
        w.add(p)
        made += 1
    return made


def internet_cafes(w, target):
    r = w.rng
    cafes = []
    for _ in range(max(3, target // 20)):
        c = w.wpick([("VN", 25), ("PH", 25), ("IN", 20), ("NG", 15), ("PK", 15)])
        city = w.city(c)
        cafes.append((c, city, w.office_nets(c, city, 1), [w.device(os="win", desktop_app=False) for _ in range(r.randrange(4, 12))]))
    made = 0
    while made < target:
        c, city, nets, pcs = w.pick(cafes)
        p = w.person(country=c, city=city, primary="internet_cafe_user")
        dress(w, p)
        w.token(p, "cafe_pc", "cafe_ip")
        devs = [(60, w.pick(pcs)), (25, w.pick(pcs)), (15, w.phone_device())]
        life(w, p, places=[(70, nets), (30, w.mobile_nets(c, city))], devices=devs)
        w.add(p)
        made += 1
    return made


def travellers(w, target):
    r = w.rng
    for _ in range(target):
        p = w.person(primary="traveller")
        dress(w, p)
        home = w.home_nets(p["country"], p["city"])
        dests = [w.pick([x for x in D.HOME_MIX if x[0] != p["country"]])[0] for _ in range(r.randrange(1, 4))]
        places = [(60, home), (15, w.mobile_nets(p["country"], p["city"]))]
        for c in dests:
            places.append((8, [w.home_net(c, w.city(c)) for _ in range(2)]))
        if r.random() < 0.3:
            places.append((10, w.vpn_exits(r.choice(["nord", "express", "astrill" if "CN" in dests else "proton"]), 2)))
            w.token(p, "vpn_user")
        w.token(p, "foreign_logins")
        life(w, p, places=places, n=r.randrange(8, 35))
        w.add(p)
    return target


def diaspora(w, target):
    r = w.rng
    for _ in range(target):
        c = w.wpick([("US", 75), ("CA", 15), ("GB", 10)])
        origin = w.wpick([("korean", 25), ("chinese", 30), ("vietnamese", 12), ("indian", 18), ("slavic", 10), ("hispanic", 5)])
        p = w.person(country=c, origin=origin, primary="diaspora_developer")
        dress(w, p)
        kb = D.HERITAGE_KEYBOARD.get(origin)
        if kb:
            p["keyboards"] = [D.KEYBOARD[c], kb]
            w.token(p, "heritage_keyboard")
        home_c = {"korean": "KR", "chinese": "CN", "vietnamese": "VN", "indian": "IN", "slavic": "UA", "hispanic": "MX"}[origin]
        places = [(80, w.home_nets(c, p["city"])), (15, w.mobile_nets(c, p["city"]))]
        if r.random() < 0.35:
            places.append((8, [w.home_net(home_c, w.city(home_c)) for _ in range(2)]))
            w.token(p, "visits_home")
        if r.random() < 0.2 and p["phone"] == "":
            p["recovery_phone"] = w.phone(home_c)
            p["recovery_phone_lt"] = "mobile"
            w.token(p, "home_country_recovery_phone")
        life(w, p, places=places, app=r.random() < 0.5, pattern="owl" if r.random() < 0.3 else "day")
        w.add(p)
    return target


def namesakes(w, target):
    r = w.rng
    common = [("James", "Smith"), ("Michael", "Johnson"), ("David", "Kim"), ("Wei", "Wang"), ("Priya", "Sharma"),
              ("Linh", "Nguyen"), ("Maria", "Garcia"), ("Chris", "Lee"), ("Daniel", "Park"), ("Rahul", "Kumar"), ("Alex", "Chen"),
              ("John Paul", "Santos"), ("Jing", "Li"), ("Sarah", "Brown")]
    made = 0
    while made < target:
        first, last = w.pick(common)
        k = min(target - made, r.randrange(2, 5))
        for i in range(k):
            c = w.wpick([("US", 60), ("IN", 10), ("GB", 8), ("CA", 8), ("KR", 5), ("CN", 5), ("VN", 4)])
            p = w.person(country=c, primary="namesake")
            w.handles.discard(p["handle"])
            p["first"], p["last"], p["full_name"] = first, last, first + " " + last
            p["handle"] = w.handle(first, last, style=i % 2)
            p["profiles"] = ["https://forkyard.dev/" + p["handle"]]
            w.emails.discard(p["email"])
            p["email"] = w.email(first, last, c)
            dress(w, p)
            life(w, p)
            w.add(p)
            made += 1
    return made


def name_changes(w, target):
    r = w.rng
    for _ in range(target):
        p = w.person(country=w.wpick([("US", 70), ("GB", 10), ("CA", 10), ("DE", 10)]), primary="name_changed")
        new_last = w.name(w.origin_for(p["country"]))[1]
        p["extras"]["forkyard_previous_name"] = p["full_name"]
        p["last"] = new_last
        p["full_name"] = p["first"] + " " + new_last
        dress(w, p)
        w.token(p, "name_email_mismatch")
        life(w, p)
        w.add(p)
    return target


def movers(w, target):
    r = w.rng
    moves = [("UA", "PL"), ("UA", "DE"), ("IN", "US"), ("IN", "CA"), ("BR", "US"), ("CN", "US"), ("KR", "US"), ("VN", "JP"),
             ("US", "GB"), ("NG", "GB"), ("PK", "GB"), ("US", "DE"), ("MX", "US")]
    for _ in range(target):
        a, b = w.pick(moves)
        old_city = w.city(a)
        p = w.person(country=b, origin=w.origin_for(a), primary="moved_country")
        dress(w, p)
        p["keyboards"] = [D.KEYBOARD[b]] if r.random() < 0.5 else [D.KEYBOARD[a], D.KEYBOARD[b]]
        p["created"] = w.when(dt.datetime(2015, 1, 1), dt.datetime(2023, 6, 1))
        move = w.when(dt.datetime(2023, 3, 1), dt.datetime(2025, 3, 1))
        old = w.home_nets(a, old_city)
        dev = w.device()
        life(w, p, places=[(100, old)], devices=[(100, dev)], t1=move, n=r.randrange(2, 10), tzname=old_city[1])
        p.pop("_home", None)
        life(w, p, devices=[(90, dev)], t0=move, n=r.randrange(3, 20))
        if p["created"] >= dt.datetime(2016, 1, 1):
            p["signup_ip"] = w.pick(old)[0]
        if r.random() < 0.3 and not p["phone"]:
            p["phone"] = w.phone(a)
            p["phone_lt"] = "mobile"
            w.token(p, "old_country_phone")
        w.add(p)
    return target


def second_accounts(w, target):
    """One developer, a personal and a work account: same machine, same home line, different email."""
    r = w.rng
    made = 0
    while made < target:
        p = w.person(primary="second_account")
        dress(w, p)
        home = w.home_nets(p["country"], p["city"])
        dev = w.device()
        life(w, p, places=[(80, home), (20, w.mobile_nets(p["country"], p["city"]))], devices=[(100, dev)])
        comp, domain, _, _ = w.pick(D.COMPANIES)
        q = w.person(country=p["country"], city=p["city"], primary="second_account")
        w.handles.discard(q["handle"])
        q["first"], q["last"], q["full_name"] = p["first"], p["last"], p["full_name"]
        q["handle"] = p["handle"] + "-" + comp.split()[0].lower()
        w.handles.add(q["handle"])
        q["profiles"] = ["https://forkyard.dev/" + q["handle"]]
        w.emails.discard(q["email"])
        q["email"] = w.mailbox(p["first"].lower().replace(" ", "").replace("-", "") + "." + p["last"].lower(), domain)
        dress(w, q, employer=comp, photo=p["photo"] or ("identicon", q["handle"]), phone=False, recovery=p["email"])
        office = w.office_nets("US", w.city("US"), 1)
        life(w, q, places=[(60, home), (40, office)], devices=[(100, dev)], pattern="work")
        w.token(p, "same_person_two_accounts")
        w.token(q, "same_person_two_accounts", "owner_recovery")
        w.add(p)
        w.add(q)
        made += 2
    return made


def recruiters(w, agency_target, inhouse_target):
    """Real recruiters: staffing agencies and in-house talent teams messaging many developers."""
    r = w.rng
    made = 0
    ags = []
    for name, dom, year in D.AGENCIES:
        c = "US" if name != "NearShore Devs" else "MX"
        city = w.city(c)
        ags.append((name, dom, c, city, w.office_nets(c, city, 2), w.mailbox("talent", dom)))
    while made < agency_target:
        name, dom, c, city, office, box = w.pick(ags)
        cc = c if r.random() < 0.8 else w.pick(["US", "BR", "PH", "IN"])
        p = w.person(country=cc, city=city if cc == c else None, primary="agency_recruiter")
        w.emails.discard(p["email"])
        p["email"] = w.mailbox(p["first"].lower().replace(" ", "").replace("-", "") + "." + p["last"].lower(), dom)
        dress(w, p, employer=name, recovery=box if r.random() < 0.4 else None, bio="Technical recruiter at %s. Hiring %s engineers, remote-friendly." % (name, w.pick(D.SKILLS)))
        p["profiles"].append("https://%s/careers" % dom)
        p["extras"].update(recruiter_fields(w, r.randrange(150, 3000)))
        w.token(p, "recruiter", "agency_office_ip")
        life(w, p, places=[(60, office), (40, w.home_nets(cc, p["city"]))], pattern="work")
        w.add(p)
        made += 1
    made2 = 0
    while made2 < inhouse_target:
        comp, dom, _, _ = w.pick(D.COMPANIES)
        p = w.person(country="US", primary="inhouse_recruiter")
        w.emails.discard(p["email"])
        p["email"] = w.mailbox(p["first"][0].lower() + p["last"].lower(), dom)
        dress(w, p, employer=comp, bio="Talent partner at %s. We're hiring!" % comp)
        p["profiles"].append("https://%s/careers" % dom)
        p["extras"].update(recruiter_fields(w, r.randrange(20, 600)))
        w.token(p, "recruiter")
        life(w, p, pattern="work")
        w.add(p)
        made2 += 1
    return made + made2


def recruiter_fields(w, sent, repo_links=0):
    r = w.rng
    return {"forkyard_account_type": "recruiter", "forkyard_messages_sent_90d": str(sent),
            "forkyard_distinct_recipients_90d": str(max(1, int(sent * r.uniform(0.6, 0.95)))),
            "forkyard_messages_with_repo_links_90d": str(repo_links), "forkyard_user_reports_90d": str(r.choice([0, 0, 0, 0, 1]) if not repo_links else r.randrange(0, 6))}
