"""The honest populations: indie developers, studios, agencies, white-label vendors, families, cohorts, cafes, coworking, device labs,
MSPs, offshore contractors, nomads, relocated developers, publishers paid through an aggregator."""
from __future__ import annotations

import datetime as dt

from . import data as D
from .lives import Person, bank_account, dev_account, hire, home_env, market_profile, wallet
from .infra import T0, T1


def label(w, sids, p):
    for s in sids:
        w.label(s, p.fraud, [p.kind] + p.traits)


def honest_person(w, country=None, kind="indie_developer", **kw):
    r = w.r
    country = country or w.pick_w(D.HONEST_COUNTRY_W)
    p = Person(w, country, **kw)
    p.kind = kind
    x = r.random()
    if x < 0.5:
        p.set_bank()
    elif x < 0.75:
        p.payout = ("wallet", wallet(w, "payoneer"), "USD")
        p.add_trait("payoneer_payout")
    elif x < 0.88:
        p.payout = ("wallet", wallet(w, "wise"), "USD")
    elif x < 0.95:
        p.payout = ("wallet", wallet(w, "paypal", p.email), "USD")
    else:
        p.payout = ("crypto", wallet(w, "usdt"), "USDT")
        p.add_trait("crypto_payout")
    if p.home is None:
        p.add_trait("mobile_only")
    elif country in D.CGNAT_HEAVY and r.random() < 0.5:
        p.add_trait("carrier_nat")
    vpn_p = {"CN": 0.75, "RU": 0.5, "PK": 0.25, "EG": 0.2, "TR": 0.2, "AE": 0.35, "VN": 0.2, "BD": 0.15}.get(country, 0.08)
    if r.random() < vpn_p:
        prov = r.choice(["Astrill", "ExpressVPN", "ExpressVPN"]) if country == "CN" else r.choice([v[0] for v in D.VPNS])
        p.nets.append((w.vpn_exit(prov, r.choice(D.VPN_EXIT_COUNTRIES)), r.choice([2, 4, 8])))
        p.add_trait("vpn_user", "vpn_" + prov.lower())
        if r.random() < 0.3:
            p.machine["procs"] = [D.VPN_PROCS[prov]]
    if country == "US" and r.random() < 0.1:
        p.phone = w.phone("US")
        p.line = r.choice(["nonFixedVoip", "voip"])
        p.add_trait("google_voice")
    elif country != "US" and r.random() < 0.05:
        p.phone = w.phone("US")
        p.line = "nonFixedVoip"
        p.add_trait("us_voip_number")
    if r.random() < 0.1:
        p.face = None
        p.add_trait("default_avatar")
    if r.random() < 0.25:
        ci = r.choice(D.CI)
        hosts = None
        if ci[0] == "Codemagic":
            hosts = w.pools.setdefault("codemagic_hosts", [f"MAC-CM{w.hx(6).upper()}-{w.hx(12).upper()}" for _ in range(24)])
            p.add_trait("hosted_mac_runner")
        p.uploads_ci = (ci[0], hosts)
        p.add_trait("ci_uploads")
    if r.random() < 0.06:
        farm = r.choice(D.DEVICE_FARMS)
        devs = w.pools.setdefault(("farmdevs", farm[0]), [f"fp_{w.hx(16)}" for _ in range(40)])
        p.nets.append((w.ci_pool(farm[0]), 1))
        p.shared_devices = [(d, 1) for d in r.sample(devs, 3)]
        p.add_trait("cloud_device_farm")
    if country not in ("US", "CA", "GB") and r.random() < 0.25:
        p.pattern = "us"
        p.add_trait("us_hours_abroad")
    elif r.random() < 0.1:
        p.pattern = "owl"
    if r.random() < 0.25:
        p.recovery_phone = w.phone(country)
        p.recovery_line = "mobile"
    return p


def client_list(w, n):
    r = w.r
    out = []
    for i in range(n):
        base = D.CLIENT_COMPANIES[i % len(D.CLIENT_COMPANIES)]
        name = base if i < len(D.CLIENT_COMPANIES) else f"{base} {r.choice(['Group', 'Labs', 'Inc', 'Digital', 'US'])} {i // len(D.CLIENT_COMPANIES)}"
        dom = name.lower().replace(" ", "") + r.choice([".com", ".io", ".co", ".com"])
        c = {"name": name, "domain": dom, "tag": "".join(x[0] for x in name.split()).upper() + str(i), "idp": "okta" if r.random() < 0.6 else "entra",
             "work_email": r.random() < 0.6, "security": r.choice(D.SECURITY_PROCS)}
        if r.random() < 0.2:
            c["fleet_tools"] = [r.choice(["ScreenConnect.ClientService", "TeamViewer_Service", "BeyondTrustRemoteSupport", "Splashtop Streamer"])]
        out.append(c)
        w.domain(dom, name, dt.date(r.randint(2003, 2021), r.randint(1, 12), r.randint(1, 28)), f"hostmaster@{dom}", w.fresh_ip(("hosting", "clients")),
                 "ns-1.awsdns-01.com;ns-2.awsdns-02.net")
    return out


def _freelance(w, p, sids, clients, p_hire=0.3, env=None, pay_to=None, room=3):
    r = w.r
    sids.append(market_profile(w, p))
    if r.random() < p_hire:
        for _ in range(min(room - 1, r.choice([1, 1, 1, 2]))):
            sids.append(hire(w, p, r.choice(clients), env=env, payout=pay_to))


# ---------------- kinds ----------------

def indie(w, clients, budget):
    r = w.r
    p = honest_person(w)
    sids = []
    if budget >= 3 and r.random() < 0.015:
        p.add_trait("homelab_kvm")
        env = home_env(p)
        env["usb"] = [r.choice(D.KVM_USB[:4])]
        env["procs"] = ["sshd", r.choice(["vncserver", "AnyDesk", "RustDesk"])]
        env["ports"] = ["22/tcp", "5900/tcp"]
        sids.append(dev_account(w, p))
        sids.append(market_profile(w, p))
        sids.append(hire(w, p, r.choice(clients), env=env))
        label(w, sids, p)
        return len(sids)
    if r.random() < 0.85:
        sids.append(dev_account(w, p))
    if budget - len(sids) >= 3 and (not sids or r.random() < 0.35):
        _freelance(w, p, sids, clients, 0.3)
    label(w, sids, p)
    return len(sids)


def studio(w, clients, budget):
    r = w.r
    size = min(budget, r.choice([3, 4, 5, 6, 8, 10, 12, 15, 20, 25]))
    if size < 3:
        return 0
    country = w.pick_w(D.HONEST_COUNTRY_W)
    city = r.choice(D.COUNTRIES[country]["cities"])
    name = f"{r.choice(D.STUDIO_WORDS)} {r.choice(D.STUDIO_TAILS)}"
    dom = f"{name.lower().replace(' ', '')}{w.hx(2)}.{r.choice(['com', 'io', 'app', 'dev'])}"
    org = {"id": f"org_{w.hx(8)}", "name": name}
    young = r.random() < 0.3
    reg = w.day(dt.datetime(2024, 1, 1), dt.datetime(2025, 9, 1)) if young else w.day(dt.datetime(2008, 1, 1), dt.datetime(2023, 12, 1))
    office = w.place_net("office", country, city, name)
    w.domain(dom, name, reg, r.choice([f"admin@{dom}", "redacted for privacy"]), office.ips[0], "ns1.cloudflare.com;ns2.cloudflare.com")
    hosts = [{"id": f"MAC-{w.hx(8)}-{w.hx(4)}-{w.hx(12)}".upper(), "system": r.choice(["Macmini9,1", "Mac14,3", "Mac14,13 (Mac Studio)"]), "net": office,
              "tz": city[4], "kb": D.COUNTRIES[country]["kb"]} for _ in range(r.randint(1, 4))]
    runner = (f"runner-{w.hx(10)}",) if r.random() < 0.4 else None
    bank = ("bank", bank_account(w, country), D.COUNTRIES[country]["cur"])
    backdrop = r.getrandbits(40) if r.random() < 0.5 else None
    it_box = f"it@{dom}" if r.random() < 0.4 else None
    used = 0
    for i in range(size):
        p = honest_person(w, country, kind="studio_member", city=city)
        p.nets = [(office, 10)] + [(n, 3) for n, _ in p.nets]
        p.uploader_host = r.choice(hosts)
        p.add_trait("shared_build_mac", "office_network")
        if runner:
            p.uploads_ci = ("GitHub Actions", list(runner))
            p.add_trait("self_hosted_runner")
        if backdrop:
            p.backdrop = backdrop
            p.add_trait("office_backdrop_photo")
        if young:
            p.add_trait("young_studio_domain")
        email = w.work_mailbox(p.first, p.last, dom) if r.random() < 0.7 else None
        rec = it_box if it_box and r.random() < 0.8 else "own"
        if rec == it_box:
            p.add_trait("it_recovery_mailbox")
        role = "admin" if i == 0 else ("finance" if i == 1 and size > 6 else r.choice(["developer", "developer", "marketing", "app_manager"]))
        sids = []
        if role in ("admin", "finance"):
            p.paid_apps = True
            p.apps = r.randint(4, 40)
            sids.append(dev_account(w, p, org=org, role=role, email=email, recovery_email=rec, payout_override=bank))
            p.add_trait("org_payout")
        else:
            sids.append(dev_account(w, p, org=org, role=role, email=email, recovery_email=rec, pay=False))
        if used + len(sids) + 3 <= size and r.random() < 0.2:
            p.add_trait("moonlights")
            _freelance(w, p, sids, clients, 0.2)
        label(w, sids, p)
        used += len(sids)
        if used >= size:
            break
    return used


def agency(w, clients, budget):
    r = w.r
    size = min(budget, r.randint(3, 12))
    if size < 3:
        return 0
    country = r.choice(["IN", "IN", "PK", "PK", "UA", "BD", "VN", "EG", "NG", "PH", "AR", "BR", "PL"])
    city = r.choice(D.COUNTRIES[country]["cities"])
    name = f"{r.choice(D.STUDIO_WORDS)} {r.choice(['Technologies', 'Solutions', 'Infotech', 'Softworks', 'Digital'])}"
    dom = f"{name.lower().replace(' ', '')}{w.hx(2)}.com"
    office = w.place_net("office", country, city, name)
    w.domain(dom, name, w.day(dt.datetime(2012, 1, 1), dt.datetime(2025, 6, 1)), f"info@{dom}", office.ips[0], "ns1.hostinger.com;ns2.hostinger.com")
    tpl = w.media.resume_template("agency")
    owner = None
    pool_pay = ("wallet", wallet(w, "payoneer"), "USD") if r.random() < 0.6 else None
    office_pcs = [f"fp_{w.hx(16)}" for _ in range(r.randint(2, 6))] if r.random() < 0.5 else []
    wifi, gw = f"{name.split()[0]}_Office", ":".join(w.hx(2) for _ in range(6))
    used = 0
    us_hours = r.random() < 0.6
    while used < size:
        p = honest_person(w, country, kind="agency_developer", city=city)
        p.nets = [(office, 8)] + [(n, 3) for n, _ in p.nets]
        p.resume_tpl, p.resume_change = tpl, 0.3
        p.site = f"https://{dom}/team/{p.first.lower()}"
        p.add_trait("agency_template", "office_network")
        if us_hours:
            p.pattern = "us"
            p.add_trait("us_hours_abroad")
        if office_pcs:
            p.shared_devices = [(d, 1) for d in office_pcs]
            p.add_trait("shared_office_pc")
        if owner is None:
            owner = p
        else:
            if r.random() < 0.4:
                p.recovery_email = owner.email
                p.add_trait("owner_recovery_email")
            if pool_pay:
                p.payout = pool_pay
                p.add_trait("agency_payout")
        if owner is p and pool_pay:
            p.payout = pool_pay
        env = home_env(p)
        if r.random() < 0.4:
            env.update(nets=[(office, 10)], wifi=wifi, gw=gw, ship_to=f"c/o {name}, {w.address(country, city)}")
            p.add_trait("laptop_to_office")
        sids = []
        if r.random() < 0.3 and used + 2 <= size:
            sids.append(dev_account(w, p))
        if used + len(sids) + 2 <= size:
            _freelance(w, p, sids, clients, 0.45, env=env, room=size - used - len(sids))
        elif not sids:
            sids.append(market_profile(w, p))
        label(w, sids, p)
        used += len(sids)
    return used


def white_label(w, clients, budget):
    r = w.r
    size = min(budget, r.choice([8, 12, 20, 30, 45, 60, 90, 120]))
    if size < 6:
        return 0
    country = r.choice(["US", "US", "US", "GB", "CA", "IN", "DE", "ES", "BR", "PL"])
    city = r.choice(D.COUNTRIES[country]["cities"])
    biz = r.choice(D.BUSINESS)
    name = f"{r.choice(D.STUDIO_WORDS)} {biz} Apps"
    dom = f"{name.lower().replace(' ', '')}{w.hx(2)}.com"
    office = w.place_net("office", country, city, name)
    w.domain(dom, name, w.day(dt.datetime(2011, 1, 1), dt.datetime(2023, 1, 1)), f"dns@{dom}", office.ips[0], "ns1.dnsimple.com;ns2.dnsimple.com")
    support = f"{r.choice(['support', 'publishing', 'appstore', 'accounts'])}@{dom}"
    support_phone = w.phone(country, "fixed") if country not in ("US", "CA") else w.phone(country)
    host = {"id": f"MAC-{w.hx(8)}-{w.hx(4)}-{w.hx(12)}".upper(), "system": "Mac14,3", "net": office, "tz": city[4], "kb": D.COUNTRIES[country]["kb"]}
    console_pcs = [f"fp_{w.hx(16)}" for _ in range(r.randint(1, 4))]
    staff_n = r.randint(2, 4)
    used = 0
    for i in range(size):
        if i < staff_n:
            p = honest_person(w, country, kind="white_label_staff", city=city)
            p.nets = [(office, 10)] + [(n, 2) for n, _ in p.nets]
            p.uploader_host = host
            p.browsers = [r.choice(console_pcs)] + p.browsers
            p.add_trait("vendor_office")
            sids = [dev_account(w, p, email=w.work_mailbox(p.first, p.last, dom), pay=False)]
        else:
            # a client business: its owner's name and contacts, the vendor's machines and network
            bc = country if r.random() < 0.85 else r.choice(["US", "CA", "GB", "MX", "IN"])
            p = honest_person(w, bc, kind="white_label_client")
            p.nets = [(office, 10), (p.nets[0][0], 2)]
            p.browsers = [r.choice(console_pcs)]
            p.uploader_host = host
            p.uploads_ci = None
            p.apps, p.paid_apps = 1, r.random() < 0.3
            bname = f"{p.last} {biz}"
            p.add_trait("vendor_managed", "template_app")
            rec = support if r.random() < 0.6 else "own"
            if rec == support:
                p.add_trait("vendor_recovery_mailbox")
            if r.random() < 0.3:
                p.recovery_phone, p.recovery_line = support_phone, "landline" if country not in ("US", "CA") else "mobile"
                p.add_trait("vendor_recovery_phone")
            if r.random() < 0.1:
                p.payout = ("bank", bank_account(w, country), D.COUNTRIES[country]["cur"])
                p.add_trait("vendor_collects_proceeds")
                p.payout = w.pools.setdefault(("wl_bank", name), p.payout)
            sids = [dev_account(w, p, org={"id": f"org_{w.hx(8)}", "name": bname}, role="admin", signup_net=office, k=r.randint(1, 5),
                                recovery_email=rec, idv=0.7, photo_p=0.1)]
        label(w, sids, p)
        used += len(sids)
    return used


def family(w, clients, budget):
    r = w.r
    size = min(budget, r.choice([2, 2, 3, 3, 4]))
    if size < 2:
        return 0
    country = w.pick_w(D.HONEST_COUNTRY_W)
    head = honest_person(w, country, kind="family_member", age=r.randint(38, 58))
    addr, home, wifi, gw = head.address, head.home or w.home_net(country, head.city), head.wifi, head.gw
    fam_pc = f"fp_{w.hx(16)}" if r.random() < 0.6 else None
    fam_mac = head.machine if r.random() < 0.5 else None
    used = 0
    teen_mode = r.random() < 0.55
    members = [head]
    for i in range(1, size):
        if teen_mode:
            p = honest_person(w, country, kind="family_member", city=head.city, name=(w.name(head.origin)[0], head.last), age=r.randint(14, 22),
                              mobile_only=False)
            p.recovery_email, p.recovery_phone, p.recovery_line = head.email, head.phone, head.line
            p.payout = head.payout
            p.add_trait("parent_recovery", "parent_payout", "teen_developer")
        else:
            p = honest_person(w, country, kind="family_member", city=head.city, name=(w.name(head.origin)[0], head.last if r.random() < 0.6 else w.name(head.origin)[1]))
            p.recovery_email = head.email if r.random() < 0.6 else p.recovery_email
            p.add_trait("spouse_or_sibling")
        members.append(p)
    for p in members:
        p.address = addr
        p.home = home
        p.nets = [(home, 10)] + [(n, 2) for n, _ in p.nets[1:]]
        p.wifi, p.gw = wifi, gw
        p.add_trait("shared_home")
        if fam_pc:
            p.shared_devices = [(fam_pc, 1)]
            p.browsers = [fam_pc] + p.browsers
            p.add_trait("family_computer")
        if fam_mac:
            p.machine = fam_mac
            p.add_trait("family_mac")
        sids = [dev_account(w, p, k=r.randint(1, 8))] if p is not head or r.random() < 0.7 else []
        if p is not head and used + len(sids) + 2 <= size and r.random() < 0.3:
            sids.append(market_profile(w, p))
        if not sids:
            sids = [dev_account(w, p, k=1, apps=0)]
        label(w, sids, p)
        used += len(sids)
        if used >= size:
            break
    return used


def cohort(w, clients, budget):
    r = w.r
    size = min(budget, r.randint(8, 30))
    if size < 6:
        return 0
    country = w.pick_w(D.HONEST_COUNTRY_W)
    city = r.choice(D.COUNTRIES[country]["cities"])
    school = r.choice(D.BOOTCAMPS) if r.random() < 0.6 else f"{city[0]} {r.choice(D.UNIS)}"
    campus = w.place_net("campus", country, city, school)
    labs = [{"id": f"MAC-LAB{w.hx(6).upper()}-{w.hx(12).upper()}", "system": "Mac14,3", "net": campus, "tz": city[4], "kb": D.COUNTRIES[country]["kb"]}
            for _ in range(r.randint(3, 10))]
    tpl = w.media.resume_template("cohort")
    repo = f"https://github.com/{school.lower().replace(' ', '-')}-{w.hx(3)}/capstone-{r.choice(D.APP_WORDS).lower()}"
    coach = w.mailbox(*w.name(D.COUNTRIES[country]["names"]), country) if r.random() < 0.3 else None
    start = w.day(dt.datetime(2024, 6, 1), dt.datetime(2025, 6, 1))
    used = 0
    while used < size:
        p = honest_person(w, country, kind="student", city=city, age=r.randint(18, 30))
        p.nets = [(campus, 8)] + p.nets
        p.uploader_host = r.choice(labs)
        p.apps = r.choice([0, 1, 1, 2])
        p.add_trait("campus_network", "lab_macs")
        if r.random() < 0.75:
            p.resume_tpl, p.resume_change = tpl, 0.25
            p.add_trait("cohort_template")
        if r.random() < 0.6:
            p.extra_profiles = [repo]
            p.add_trait("cohort_repo")
        if coach and r.random() < 0.5:
            p.recovery_email = coach
            p.add_trait("coach_recovery")
        created = start + dt.timedelta(days=r.randint(0, 20))
        sids = [dev_account(w, p, created=created, signup_net=campus if r.random() < 0.7 else None, idv=0.3)]
        if used + 2 <= size and r.random() < 0.5:
            sids.append(market_profile(w, p, created=created + dt.timedelta(days=r.randint(30, 120))))
        label(w, sids, p)
        used += len(sids)
    return used


def cybercafe(w, clients, budget):
    r = w.r
    size = min(budget, r.randint(6, 40))
    if size < 4:
        return 0
    country = r.choice(["NG", "NG", "PK", "BD", "KE", "GH", "EG", "PH", "NP", "IN", "ID", "VN"])
    city = r.choice(D.COUNTRIES[country]["cities"])
    cafe = w.place_net("cybercafe", country, city, "cafe")
    pcs = [f"fp_{w.hx(16)}" for _ in range(r.randint(4, 14))]
    cafe_pc = {"id": f"win-{w.hx(12)}", "system": "HP ProDesk 400 G7", "net": cafe, "tz": city[4], "kb": "en-US"}
    used = 0
    while used < size:
        p = honest_person(w, country, kind="cybercafe_developer", city=city, mobile_only=r.random() < 0.7)
        p.nets = [(cafe, 8)] + p.nets
        p.shared_devices = [(d, 1) for d in pcs]
        p.browsers = [r.choice(pcs)] + p.browsers
        if r.random() < 0.4:
            p.uploader_host = cafe_pc
        p.add_trait("cybercafe", "shared_public_pc")
        sids = [dev_account(w, p) if r.random() < 0.6 else market_profile(w, p)]
        label(w, sids, p)
        used += 1
    return used


def coworking(w, clients, budget):
    r = w.r
    size = min(budget, r.randint(3, 10))
    if size < 3:
        return 0
    country = w.pick_w(D.HONEST_COUNTRY_W)
    city = r.choice(D.COUNTRIES[country]["cities"])
    name = f"{r.choice(['Impact Hub', 'WeWork', 'Regus', 'Spaces', 'The Hive', 'Selina', 'Outpost', 'Hubba', 'CcHUB', 'iHub'])} {city[0]}"
    net = w.place_net("coworking", country, city, name)
    wifi, gw = f"{name.split()[0]}-Members", ":".join(w.hx(2) for _ in range(6))
    addr = f"c/o {name}, {w.address(country, city)}"
    used = 0
    while used < size:
        p = honest_person(w, country, kind="coworking_member", city=city)
        p.nets = [(net, 8)] + p.nets
        p.add_trait("coworking_space")
        env = home_env(p)
        if r.random() < 0.5:
            env.update(nets=[(net, 8)] + p.nets, wifi=wifi, gw=gw)
            if r.random() < 0.5:
                env["ship_to"] = addr
                p.add_trait("laptop_to_coworking")
        sids = []
        if r.random() < 0.6:
            sids.append(dev_account(w, p))
        if used + len(sids) + 2 <= size or not sids:
            sids.append(market_profile(w, p))
            if used + len(sids) + 1 <= size and r.random() < 0.4:
                sids.append(hire(w, p, r.choice(clients), env=env))
        label(w, sids, p)
        used += len(sids)
    return used


def device_lab(w, clients, budget):
    r = w.r
    size = min(budget, r.randint(8, 40))
    if size < 5:
        return 0
    country = r.choice(["IN", "IN", "UA", "PL", "VN", "PH", "US", "BR", "EG", "RO"])
    city = r.choice(D.COUNTRIES[country]["cities"])
    name = f"{r.choice(D.STUDIO_WORDS)} QA {r.choice(['Labs', 'Testing', 'Quality'])}"
    lab = w.place_net("office", country, city, name)
    phones = [f"fp_{w.hx(16)}" for _ in range(r.randint(10, 50))]
    org = {"id": f"org_{w.hx(8)}", "name": name}
    dom = f"{name.lower().replace(' ', '')}{w.hx(2)}.com"
    w.domain(dom, name, w.day(dt.datetime(2010, 1, 1), dt.datetime(2024, 1, 1)), f"admin@{dom}", lab.ips[0], "ns1.cloudflare.com;ns2.cloudflare.com")
    used = 0
    while used < size:
        p = honest_person(w, country, kind="device_lab_tester", city=city)
        p.nets = [(lab, 10)] + p.nets
        p.shared_devices = [(d, 1) for d in r.sample(phones, min(len(phones), r.randint(5, 20)))]
        p.apps = 0
        p.add_trait("test_device_lab")
        sids = [dev_account(w, p, org=org, role="tester", email=w.work_mailbox(p.first, p.last, dom) if r.random() < 0.7 else None,
                            k=r.randint(6, 16), pay=False)]
        label(w, sids, p)
        used += 1
    return used


def msp(w, clients, budget):
    r = w.r
    size = min(budget, r.randint(6, 30))
    if size < 4:
        return 0
    country = r.choice(["US", "US", "GB", "CA", "DE", "NL", "AE", "SG"])
    city = r.choice(D.COUNTRIES[country]["cities"])
    name = f"{r.choice(D.STUDIO_WORDS)} {r.choice(['IT Services', 'Managed IT', 'Tech Support', 'Networks'])}"
    dom = f"{name.lower().replace(' ', '')}{w.hx(2)}.com"
    office = w.place_net("office", country, city, name)
    w.domain(dom, name, w.day(dt.datetime(2005, 1, 1), dt.datetime(2022, 1, 1)), f"noc@{dom}", office.ips[0], "ns1.msp-dns.net;ns2.msp-dns.net")
    helpdesk = f"helpdesk@{dom}"
    techs = []
    used = 0
    n_tech = r.randint(1, 3)
    for i in range(size):
        if i < n_tech:
            p = honest_person(w, country, kind="msp_technician", city=city)
            p.nets = [(office, 10)] + p.nets
            p.add_trait("msp_office")
            techs.append(p)
            sids = [dev_account(w, p, email=w.work_mailbox(p.first, p.last, dom), pay=False, apps=0)]
        else:
            p = honest_person(w, country, kind="msp_client_account")
            t = r.choice(techs)
            p.nets = [(office, 10), (p.nets[0][0], 2)]
            p.browsers = t.browsers[:1]
            p.uploader_host = {"id": t.machine["id"], "system": t.machine["system"], "net": office, "tz": city[4], "kb": t.machine["kb"]}
            cdom = f"{p.last.lower()}{r.choice(['-law', '-clinic', 'corp', '-logistics', 'group', '-realty'])}{w.hx(2)}.com"
            p.add_trait("managed_by_msp", "msp_recovery_mailbox", "enterprise_in_house_app")
            p.apps, p.paid_apps = r.randint(1, 3), False
            sids = [dev_account(w, p, org={"id": f"org_{w.hx(8)}", "name": cdom.split('.')[0]}, role="admin", email=f"mobile@{cdom}",
                                recovery_email=helpdesk, signup_net=office)]
        label(w, sids, p)
        used += 1
    return used


def offshore(w, clients, budget):
    r = w.r
    country = r.choice(["VN", "UA", "PK", "CN", "CN", "EG", "IN", "AR", "NG", "KE", "PH", "RU", "RS", "GE", "BD", "ID", "KR"])
    p = honest_person(w, country, kind="offshore_contractor")
    p.pattern = "us" if r.random() < 0.7 else "local"
    if p.pattern == "us":
        p.add_trait("us_hours_abroad")
    p.add_trait("states_location_openly")
    if country in ("CN", "RU") and not any(n.kind == "vpn" for n, _ in p.nets):
        prov = "Astrill" if r.random() < 0.6 else "ExpressVPN"
        p.nets.append((w.vpn_exit(prov, r.choice(["US", "JP", "SG"])), 6))
        p.add_trait("vpn_user", "vpn_" + prov.lower())
    sids = []
    if budget >= 4 and r.random() < 0.5:
        sids.append(dev_account(w, p))
    sids.append(market_profile(w, p))
    env = home_env(p)
    byod = r.random() < 0.3
    for _ in range(min(budget - len(sids), r.choice([1, 1, 2]))):
        sids.append(hire(w, p, r.choice(clients), env=env, laptop=not byod))
    if byod:
        p.add_trait("own_device")
    label(w, sids, p)
    return len(sids)


def nomad(w, clients, budget):
    r = w.r
    p = honest_person(w, r.choice(["US", "US", "GB", "DE", "CA", "NL", "PL", "UA", "BR", "AR"]), kind="digital_nomad")
    stays = r.sample(["PT", "MX", "ID", "CO", "GE", "VN", "ES", "AR", "TR", "BR", "TH" if False else "PH"], r.randint(2, 4))
    for c in stays:
        city = r.choice(D.COUNTRIES[c]["cities"])
        p.nets.append((w.home_net(c, city, 1), 4))
    if r.random() < 0.6:
        prov = r.choice(["NordVPN", "ExpressVPN", "Surfshark", "ProtonVPN"])
        p.nets.append((w.vpn_exit(prov, p.country if p.country in D.VPN_EXIT_COUNTRIES else "US"), 5))
        p.add_trait("vpn_user", "vpn_" + prov.lower())
    p.add_trait("works_abroad")
    env = home_env(p)
    if r.random() < 0.5:
        env["wifi"] = r.choice(D.TRAVEL_ROUTERS).format(n=w.hx(3))
        p.add_trait("travel_router")
    sids = [dev_account(w, p)]
    if budget >= 3 and r.random() < 0.5:
        sids.append(market_profile(w, p))
        if r.random() < 0.5:
            sids.append(hire(w, p, r.choice(clients), env=env))
    label(w, sids, p)
    return len(sids)


MOVES = {"UA": ["PL", "DE", "PT", "GE"], "NG": ["GB", "CA"], "IN": ["CA", "US", "DE"], "CO": ["ES"], "AR": ["ES"], "BR": ["PT"], "PK": ["AE", "GB"],
         "EG": ["AE"], "KE": ["GB"], "RS": ["NL"], "TR": ["NL", "DE"], "RU": ["GE", "RS", "TR"], "VN": ["JP", "KR"], "PH": ["CA", "AE"]}


def relocated(w, clients, budget):
    r = w.r
    old = r.choice(list(MOVES))
    new = r.choice(MOVES[old])
    p = honest_person(w, old, kind="relocated_developer")
    sids = [market_profile(w, p, created=w.day(dt.datetime(2020, 1, 1), dt.datetime(2023, 6, 1)))] if budget >= 2 else []
    old_phone = p.phone
    p.country = new
    p.city = r.choice(D.COUNTRIES[new]["cities"])
    p.address = w.address(new, p.city)
    p.home = w.home_net(new, p.city)
    p.nets = [(p.home, 8), (w.carrier_nat(new, p.city), 2)]
    p.currency = D.COUNTRIES[new]["cur"]
    if r.random() < 0.5:
        p.recovery_phone, p.recovery_line = old_phone, "mobile"
        p.phone = w.phone(new)
        p.add_trait("old_number_as_recovery")
    else:
        p.add_trait("kept_old_number")
    p.machine["tz"] = p.city[4]
    p.add_trait("moved_country")
    if r.random() < 0.3:
        p.display_name = f"{p.first} {w.name(D.COUNTRIES[new]['names'])[1]}"
        p.add_trait("name_changed")
    if r.random() < 0.5:
        p.set_bank()
        p.add_trait("new_bank")
    sids.append(dev_account(w, p))
    if budget - len(sids) >= 1 and r.random() < 0.4:
        env = home_env(p)
        env["kb2"] = D.COUNTRIES[old]["kb"]
        sids.append(hire(w, p, r.choice(clients), env=env))
    label(w, sids, p)
    return len(sids)


def aggregator(w, clients, budget):
    r = w.r
    size = min(budget, r.randint(10, 60))
    if size < 6:
        return 0
    country = r.choice(["CN", "VN", "ID", "TR", "EG", "PK", "NG", "BD", "IN", "PH"])
    agg = r.choice(["AppLink Payouts", "Paydeck Publisher Services", "StoreBridge", "DevRemit", "Publisher Collect"])
    acct = ("bank", f"{agg.split()[0].upper()}-COLLECT-{w.hx(8).upper()}", "USD")
    for i in range(size):
        p = honest_person(w, country, kind="aggregator_publisher")
        p.payout = acct
        p.paid_apps = True
        p.apps = max(1, p.apps)
        p.add_trait("payout_aggregator")
        sid = dev_account(w, p)
        label(w, [sid], p)
    return size


# kind -> (generator, weight of rows)
KINDS = {"indie": (indie, 30), "studio": (studio, 13), "agency": (agency, 7), "white_label": (white_label, 6), "family": (family, 5),
         "cohort": (cohort, 6), "cybercafe": (cybercafe, 5), "coworking": (coworking, 4), "device_lab": (device_lab, 3), "msp": (msp, 2.5),
         "offshore": (offshore, 7), "nomad": (nomad, 3), "relocated": (relocated, 3), "aggregator": (aggregator, 2.5)}
