"""The fraud side of Forkyard: DPRK IT-worker operator teams and their personas, rented aged accounts, laptop farms,
mules, fake recruiters ("Contagious Interview"), and the honest people they touch (identity-theft and malware victims)."""
import datetime as dt

from . import data as D
from . import media as M
from . import people as P
from .infra import START, END

SHARE_KINDS = ["wallet", "recovery", "device", "face", "bio", "phone", "vps", "profile"]


class Team:
    pass


def make_team(w, i):
    r = w.rng
    t = Team()
    t.i = i
    o = w.pick(D.DPRK_ORIGINS[:4]) if r.random() < 0.85 else w.pick(D.DPRK_ORIGINS[4:])
    t.base = o
    t.slip = [w.net(w._ip(o[4]), o[2], o[3], o[0], o[1], o[5], o[6]) for _ in range(r.randrange(1, 4))]
    t.vpn = "astrill" if r.random() < 0.7 else r.choice(["express", "nord", "surfshark"])
    t.exits = w.vpn_exits(t.vpn, r.randrange(4, 10))
    t.vps = [w.cloud_net(r.choice(["digitalocean", "vultr", "hetzner", "ovh", "linode"])) for _ in range(r.randrange(1, 3))]
    t.proxies = []
    for _ in range(r.randrange(3, 8)):
        n = w.home_net("US", w.city("US"))
        t.proxies.append(n[:8] + ("RESIDENTIAL_PROXY" if r.random() < 0.4 else "",))
    t.spoof_us = r.random() < 0.45
    t.offset = -5 if t.spoof_us else (9 if o[0] == "KP" else 8)
    kb2 = "ko-KR" if r.random() < 0.5 else ("zh-CN" if r.random() < 0.5 else None)
    t.machines = []
    for _ in range(r.randrange(2, 6)):
        d = w.device(os="win" if r.random() < 0.75 else "mac", desktop_app=r.random() < 0.45)
        d["tz"] = "America/New_York" if t.spoof_us and r.random() < 0.8 else r.choice(["Asia/Shanghai", "Asia/Pyongyang", "Asia/Harbin", "Asia/Vladivostok"])
        d["kb"] = ["en-US"] + ([kb2] if kb2 and r.random() < 0.7 else [])
        t.machines.append(d)
    t.mailboxes = []
    for _ in range(r.randrange(2, 5)):
        f, l = w.name("anglo")
        t.mailboxes.append(w.email(f, l, "US", r.choice(["gmail.com", "proton.me", "outlook.com", "gmail.com"])))
    t.wallets = [("crypto", w.tron(), "usdt-trc20") if r.random() < 0.5 else ("crypto", w.eth(), "usdc") for _ in range(r.randrange(1, 3))]
    f, l = w.name("anglo")
    t.wallets.append(("wallet", w.email(f, l, "US"), "payoneer" if r.random() < 0.5 else "paypal"))
    t.faces = [r.randrange(1 << 30) for _ in range(r.randrange(2, 4))]
    t.bio = r.randrange(len(M.TEAM_BIOS))
    t.phones = [w.phone("US", w.pick(D.CITIES["US"])[0]) for _ in range(r.randrange(3, 7))]
    t.site = "https://%s-portfolio.%s" % (w.hexid(5), r.choice(["vercel.app", "netlify.app"]))
    t.repo_org = r.choice(["blockchain-assessments", "web3-hiring", "dev-task-hub", "techtest-lab", "coding-challenge-co"]) + "-" + w.hexid(3)
    t.campaigns = [w.when(dt.datetime(2023, 3, 1), END - dt.timedelta(days=60)) for _ in range(r.randrange(2, 5))]
    t.resume_seed = r.randrange(1 << 30)
    t.victims = []
    return t


def voip_lt(w):
    return w.pick(["nonFixedVoip", "voip", "VoIP", "nonFixedVoip"])


def persona(w, t, share, primary, claimed=None, created=None, victim=None, pattern=None, careful=False):
    """One DPRK IT-worker persona: the team's pools decide what it shares (`share`)."""
    r = w.rng
    claimed = claimed or w.wpick([("US", 78), ("CA", 6), ("GB", 4), ("JP", 4), ("SG", 3), ("PL", 3), ("UA", 2)])
    created = created or (w.pick(t.campaigns) + dt.timedelta(days=r.randrange(0, 12), hours=r.random() * 24))
    p = w.person(country=claimed, created=min(created, END - dt.timedelta(days=3)), primary=primary)
    p["fraud"] = 1
    if victim:
        p["first"], p["last"], p["full_name"] = victim["first"], victim["last"], victim["full_name"]
        p["city"] = victim["city"]
        p["country"] = victim["country"]
        w.token(p, "stolen_identity")
    # contact details
    w.emails.discard(p["email"])
    p["email"] = w.email(p["first"], p["last"], "US", r.choice(["gmail.com", "gmail.com", "outlook.com", "proton.me", "hotmail.com"]))
    if "phone" in share:
        p["phone"] = w.pick(t.phones)
        p["phone_lt"] = voip_lt(w)
        w.token(p, "shared_phone", "voip_phone")
    elif r.random() < 0.6:
        p["phone"] = w.phone("US", p["city"][0] if claimed == "US" else None) if claimed in ("US", "CA") or r.random() < 0.5 else w.phone(claimed)
        voip = r.random() < 0.7
        p["phone_lt"] = voip_lt(w) if voip else "mobile"
        if voip:
            w.token(p, "voip_phone")
    if "recovery" in share:
        p["recovery_email"] = w.pick(t.mailboxes)
        w.token(p, "shared_recovery_email")
    elif r.random() < 0.35:
        f, l = w.name("anglo")
        p["recovery_email"] = w.email(f, l, "US")
    # face, bio, resume, profiles
    if victim and victim.get("photo") and victim["photo"][0] == "face" and r.random() < 0.7:
        p["photo"] = ("crop" if r.random() < 0.5 else "face", victim["photo"][1], 0)
        w.token(p, "copied_avatar")
    elif "face" in share:
        p["photo"] = ("face", w.pick(t.faces), r.randrange(1, 1 << 20))
        w.token(p, "ai_edited_avatar", "shared_face")
    elif r.random() < 0.75:
        p["photo"] = ("face", r.randrange(1 << 30), r.randrange(1, 99))
        w.token(p, "ai_generated_avatar")
    else:
        p["photo"] = ("identicon", p["handle"]) if r.random() < 0.5 else None
    if victim and victim.get("resume") and r.random() < 0.6:
        p["resume"] = victim["resume"]
        w.token(p, "copied_bio")
    elif "bio" in share:
        p["resume"] = M.team_bio(w, t.bio)
        w.token(p, "copied_bio", "shared_bio")
    else:
        p["resume"] = M.team_bio(w, r.randrange(len(M.TEAM_BIOS))) if r.random() < 0.7 else ""
    if "bio" in share or (not careful and r.random() < 0.45):
        rr = __import__("random").Random(t.resume_seed)
        jobs = [("Senior Software Engineer", rr.choice(D.COMPANIES)[0], "2021-2024"), ("Full Stack Developer", rr.choice(D.COMPANIES)[0], "2018-2021"),
                ("Software Developer", rr.choice(D.COMPANIES)[0], "2015-2018")]
        p["resume_file"] = M.resume_text(w, p, M.TEAM_BIOS[t.bio].format(y=9, a="React", b="Node.js"), jobs,
                                         ["React", "Next.js", "Node.js", "TypeScript", "Solidity", "AWS", "PostgreSQL"], rr.choice(["University of Tokyo", "National University of Singapore", "University of Texas at Austin", "Kyiv Polytechnic"]))
        w.token(p, "cloned_resume")
    if r.random() < 0.75:
        p["profiles"].append(victim["profiles"][1] if victim and len(victim["profiles"]) > 1 and "linkedin" in victim["profiles"][1] else
                             "https://www.linkedin.com/in/%s-%s-%s" % (p["first"].lower().replace(" ", "-"), p["last"].lower(), w.hexid(6)))
    if "profile" in share:
        p["profiles"].append(t.site)
        w.token(p, "shared_portfolio")
    if r.random() < 0.4:
        p["employer"] = w.pick(D.COMPANIES)[0]
    p["extras"]["forkyard_job_applications_90d"] = str(r.randrange(15, 120))
    # sign-ins
    places = []
    if "vps" in share:
        places.append((30, t.vps))
        w.token(p, "shared_vps_ip")
    if not careful and (share & {"device", "vps", "wallet", "recovery", "face"} or r.random() < 0.5):
        places.append((60, t.exits))
        w.token(p, "vpn_" + t.vpn)
    else:
        own = w.home_net("US", w.city("US"))
        places.append((60, [own[:8] + ("RESIDENTIAL_PROXY" if r.random() < 0.3 else "",), w.home_net("US", w.city("US"))]))
        w.token(p, "residential_proxy")
    if r.random() < (0.05 if careful else 0.3):
        places.append((6, t.slip))
        w.token(p, "origin_slip")
    if "device" in share:
        devs = [(70, w.pick(t.machines))] + ([(30, w.pick(t.machines))] if r.random() < 0.5 else [])
        w.token(p, "shared_device")
    else:
        d = w.device(os="win", desktop_app=r.random() < 0.3)
        d["tz"] = "America/New_York" if t.spoof_us else "Asia/Shanghai"
        d["kb"] = ["en-US"]
        devs = [(100, d)]
    pat = pattern or "work"
    off = -5 if careful and r.random() < 0.7 else t.offset
    rows = w.sessions(p, r.randrange(6, 35), places, devs, t0=max(p["created"], START), offset=off, pattern=pat)
    w.token(p, "us_hours_spoofed" if off < 0 else "asia_hours")
    p["signup_ip"] = rows[0][2][0] if rows else w.pick(t.exits)[0]
    for _, d in devs:
        if d["app"]:
            w.telemetry(p, d, min(x[1] for x in rows), d["tz"], d["kb"])
            if any(k in ("ko-KR", "zh-CN") for k in d["kb"]):
                w.token(p, "asian_keyboard")
    # payouts (bounties, sponsorships)
    if r.random() < 0.6:
        if "wallet" in share:
            m, dest, prov = w.pick(t.wallets)
            w.token(p, "shared_wallet")
        else:
            m, dest, prov = ("crypto", w.tron(), "usdt-trc20") if r.random() < 0.5 else ("wallet", p["email"], "payoneer")
        if victim and r.random() < 0.5:
            p["birth_date"], p["national_id"], p["address"] = victim.get("birth_date", ""), victim.get("national_id", ""), victim.get("address", "")
        if not p["address"]:
            p["address"] = w.address(p["country"], p["city"])
        if not p["birth_date"]:
            p["birth_date"] = w.birth_date(1985, 2000).isoformat()
        P.payouts(w, p, r.choice(["bounty", "bounty", "sponsors"]), m, dest, r.randrange(1, 7), 350, prov)
    return p


def victim_for(w, t):
    """A real developer whose name, photo, bio and LinkedIn a persona copies (honest)."""
    r = w.rng
    v = w.person(country="US", created=w.when(dt.datetime(2011, 1, 1), dt.datetime(2021, 1, 1)), primary="identity_theft_victim")
    P.dress(w, v, photo=("face", r.randrange(1 << 30), 0), bio=M.honest_bio(w, v), phone=r.random() < 0.3)
    if not any("linkedin" in x for x in v["profiles"]):
        v["profiles"].insert(1, "https://www.linkedin.com/in/%s-%s-%s" % (v["first"].lower().replace(" ", "-"), v["last"].lower(), w.hexid(6)))
    else:
        li = [x for x in v["profiles"] if "linkedin" in x][0]
        v["profiles"].remove(li)
        v["profiles"].insert(1, li)
    if r.random() < 0.4:
        P.kyc(w, v)
        m, d, prov = P.own_payout(w, v)
        P.payouts(w, v, "sponsors", m, d, r.randrange(1, 6), 100, prov)
    P.life(w, v, n=r.randrange(5, 30))
    w.token(v, "identity_reused")
    return w.add(v)


def finish(w, p, kind, *toks):
    w.token(p, *toks)
    p["primary"] = kind
    return w.add(p)


def build(w, scale):
    r = w.rng
    nteams = max(2, round(9 * scale))
    teams = [make_team(w, i) for i in range(nteams)]
    frauds = []

    # overt rings: each persona shares 3-5 kinds of the team's pools
    for t in teams:
        for _ in range(max(3, round(r.uniform(14, 30) * scale))):
            share = set(r.sample(SHARE_KINDS, r.randrange(3, 6)))
            p = persona(w, t, share, "persona_ring")
            frauds.append(finish(w, p, "persona_ring", "team_%d" % t.i))
    # stolen identities inside overt rings (redo with a victim for some): a separate pass keeps the logic simple
    for t in teams:
        for _ in range(max(1, round(r.uniform(2, 5) * scale))):
            v = victim_for(w, t)
            share = set(r.sample(SHARE_KINDS, r.randrange(2, 5)))
            frauds.append(finish(w, persona(w, t, share, "persona_ring", victim=v), "persona_ring", "team_%d" % t.i))

    # careful rings: 2-5 personas sharing exactly one kind of thing
    n_careful = round(70 * scale)
    made = 0
    while made < n_careful:
        t = w.pick(teams)
        kind = w.pick(SHARE_KINDS)
        k = r.randrange(2, 6)
        for _ in range(k):
            p = persona(w, t, {kind}, "careful_ring", pattern="work", careful=True)
            frauds.append(finish(w, p, "careful_ring", "shares_only_" + kind))
            made += 1

    # lone personas: few traits
    for _ in range(round(50 * scale)):
        t = w.pick(teams)
        v = victim_for(w, t) if r.random() < 0.25 else None
        p = persona(w, t, set(), "lone_persona", victim=v, careful=r.random() < 0.7)
        frauds.append(finish(w, p, "lone_persona", "few_traits"))

    # rented / bought aged accounts of real developers
    for _ in range(round(45 * scale)):
        t = w.pick(teams)
        c = w.wpick([("US", 30), ("KE", 15), ("NG", 15), ("UA", 15), ("PK", 10), ("PH", 10), ("IN", 5)])
        p = w.person(country=c, created=w.when(dt.datetime(2012, 1, 1), dt.datetime(2021, 6, 1)), primary="rented_account")
        p["fraud"] = 1
        P.dress(w, p, phone=False, recovery=False)
        rent = w.when(dt.datetime(2024, 1, 1), END - dt.timedelta(days=45))
        old_home = w.home_nets(c, p["city"])
        seller_dev = w.device()
        P.life(w, p, places=[(100, old_home)], devices=[(100, seller_dev)], t1=rent, n=r.randrange(3, 15))
        places = [(70, t.exits), (20, t.vps)] + ([(5, t.slip)] if r.random() < 0.4 else [])
        mach = w.pick(t.machines)
        rows = w.sessions(p, r.randrange(8, 30), places, [(100, mach)], t0=rent, offset=t.offset, pattern="work")
        if mach["app"] and rows:
            w.telemetry(p, mach, rows[0][1], mach["tz"], mach["kb"])
        if r.random() < 0.7:
            p["recovery_email"] = w.pick(t.mailboxes)
            w.token(p, "recovery_changed", "shared_recovery_email")
        if r.random() < 0.4:
            p["phone"] = w.pick(t.phones)
            p["phone_lt"] = voip_lt(w)
            w.token(p, "shared_phone", "voip_phone")
        if r.random() < 0.6:
            m, d, prov = P.own_payout(w, p)
            P.payouts(w, p, "bounty", m, d, r.randrange(1, 3), 200, prov, t0=max(p["created"], START))
            m, d, prov = w.pick(t.wallets)
            for _ in range(r.randrange(1, 5)):
                w.pay(p, w.when(rent, END), r.uniform(200, 2500), m, d, "bounty", provider=prov)
            P.kyc(w, p)
            w.token(p, "payout_changed", "shared_wallet")
        p["extras"]["forkyard_job_applications_90d"] = str(r.randrange(10, 90))
        frauds.append(finish(w, p, "rented_account", "aged_account", "new_device_after_rent", "vpn_" + t.vpn, "team_%d" % t.i))

    # laptop farms: US facilitators hosting personas' laptops
    mules = []
    for fi in range(max(1, round(6 * scale))):
        t = w.pick(teams)
        city = w.city("US")
        fac = w.person(country="US", city=city, created=w.when(dt.datetime(2022, 6, 1), dt.datetime(2024, 6, 1)), primary="facilitator")
        fac["fraud"] = 1
        P.dress(w, fac, bio="", photo=("face", r.randrange(1 << 30), 0) if r.random() < 0.5 else None, phone=True)
        farm = w.home_nets("US", city, 1)
        fac_bank = w.bank("farm", fi)
        fac["address"] = w.address("US", city)
        farm_addr = fac["address"]
        P.kyc(w, fac)
        P.life(w, fac, places=[(90, farm), (10, w.mobile_nets("US", city))])
        P.payouts(w, fac, "bounty", "bank", fac_bank, r.randrange(1, 4), 150, "stripe")
        frauds.append(finish(w, fac, "facilitator", "farm_ip"))
        for _ in range(r.randrange(6, 13)):
            v = victim_for(w, t) if r.random() < 0.5 else None
            share = set(r.sample(["recovery", "bio", "face", "phone"], r.randrange(0, 3)))
            p = persona(w, t, share, "laptop_farm", claimed="US", victim=v)
            # the laptop sits at the farm: most sign-ins from the farm's line on its own laptop, in US hours
            lap = w.device(os=r.choice(["win", "mac"]), desktop_app=r.random() < 0.4)
            lap["tz"], lap["kb"] = "America/Chicago" if city[2] == -6 else "America/New_York", ["en-US"]
            rows = w.sessions(p, r.randrange(10, 35), [(85, farm), (15, t.exits)], [(100, lap)], t0=max(p["created"], START), offset=city[2], pattern="work")
            if lap["app"]:
                w.telemetry(p, lap, rows[0][1], lap["tz"], lap["kb"])
            w.token(p, "farm_ip")
            if r.random() < 0.6:
                P.kyc(w, p)
                dest = ("bank", fac_bank, "stripe") if r.random() < 0.6 else w.pick(t.wallets)
                P.payouts(w, p, "bounty", dest[0], dest[1], r.randrange(1, 5), 300, dest[2])
                w.token(p, "pay_to_facilitator" if dest[1] == fac_bank else "shared_wallet")
            if r.random() < 0.35:
                w.shipments.append((p["key"], w.when(max(p["created"], START), END), r.choice(["YK5-", "SWAG-"]) + "%08d" % r.randrange(10 ** 8), farm_addr))
                w.token(p, "ship_to_farm")
            frauds.append(finish(w, p, "laptop_farm", "team_%d" % t.i))

    # money mules: US accounts collecting payouts of personas from several teams
    for mi in range(max(1, round(18 * scale))):
        c = "US"
        m = w.person(country=c, created=w.when(dt.datetime(2023, 1, 1), END - dt.timedelta(days=90)), primary="money_mule")
        m["fraud"] = 1
        P.dress(w, m, bio="", phone=True)
        P.kyc(w, m)
        P.life(w, m, n=r.randrange(2, 10))
        method = "bank" if r.random() < 0.5 else "wallet"
        dest = w.bank("mule", mi) if method == "bank" else m["email"]
        P.payouts(w, m, "bounty", method, dest, r.randrange(1, 4), 100, "stripe" if method == "bank" else "paypal")
        if r.random() < 0.3:
            m["recovery_email"] = w.pick(w.pick(teams).mailboxes)
            w.token(m, "shared_recovery_email")
        frauds.append(finish(w, m, "money_mule", "mule_account"))
        pool = [f for f in frauds if f["primary"] in ("persona_ring", "lone_persona", "careful_ring") and "payout_to_mule" not in f["tokens"]]
        for f in r.sample(pool, min(len(pool), r.randrange(2, 5))):
            for _ in range(r.randrange(1, 4)):
                w.pay(f, w.when(max(f["created"], START), END), r.uniform(200, 1800), method, dest, "bounty", provider="stripe" if method == "bank" else "paypal")
            w.token(f, "payout_to_mule")

    # fake recruiters (Contagious Interview) on look-alike domains
    look = []
    for t in teams:
        nrec = round(r.uniform(3, 11) * scale)
        if nrec == 0:
            continue
        doms = []
        for _ in range(r.randrange(1, 4)):
            comp, real, _, _ = w.pick(D.COMPANIES[:24])
            stem = real.split(".")[0]
            dom = r.choice([stem + "-careers", stem + "hr", stem + "-talent", "join" + stem, stem + "-jobs", stem + "labs"]) + "." + r.choice(["com", "io", "co", "net", "org"])
            reg = w.pick(t.campaigns) - dt.timedelta(days=r.randrange(5, 60))
            reg_email = w.pick(t.mailboxes) if r.random() < 0.4 else (w.hexid(10) + "@withheldforprivacy.com" if r.random() < 0.6 else "")
            ns = "dns1.registrar-servers.com;dns2.registrar-servers.com" if r.random() < 0.6 else "%s.ns.cloudflare.com;%s.ns.cloudflare.com" % (r.choice(["ada", "bob", "kim", "lara"]), r.choice(["rick", "tom", "vera", "nash"]))
            w.domains.append((dom, comp, reg.date().isoformat(), reg_email, w.pick(t.vps)[0], ns))
            doms.append((dom, comp, reg))
            look.append(dom)
        for _ in range(nrec):
            dom, comp, reg = w.pick(doms)
            p = w.person(country="US", created=reg + dt.timedelta(days=r.randrange(3, 40)), primary="fake_recruiter")
            p["fraud"] = 1
            w.emails.discard(p["email"])
            p["email"] = w.mailbox(p["first"].lower().replace(" ", "").replace("-", "") + "." + p["last"].lower(), dom)
            p["employer"] = comp
            p["recovery_email"] = w.pick(t.mailboxes) if r.random() < 0.75 else w.email(*w.name("anglo"), "US")
            if p["recovery_email"] in t.mailboxes:
                w.token(p, "shared_recovery_email")
            if r.random() < 0.6:
                p["phone"] = w.pick(t.phones) if r.random() < 0.5 else w.phone("US", p["city"][0])
                p["phone_lt"] = voip_lt(w)
                w.token(p, "voip_phone")
            p["photo"] = ("face", w.pick(t.faces), r.randrange(1, 1 << 20)) if r.random() < 0.6 else ("face", r.randrange(1 << 30), r.randrange(1, 99))
            p["resume"] = "Talent acquisition at %s. We are hiring senior blockchain and full-stack engineers. DM me for a quick technical assessment!" % comp
            p["profiles"] += ["https://www.linkedin.com/in/%s-%s-%s" % (p["first"].lower().replace(" ", "-"), p["last"].lower(), w.hexid(6)),
                              "https://%s/careers" % dom, "https://forkyard.dev/%s/%s" % (t.repo_org, r.choice(["assessment", "take-home", "nft-marketplace-test", "defi-dashboard-task"]))]
            p["extras"].update(P.recruiter_fields(w, r.randrange(40, 600), repo_links=r.randrange(20, 400)))
            devs = [(70, w.pick(t.machines))] if r.random() < 0.6 else [(70, w.device(os="win"))]
            rows = w.sessions(p, r.randrange(6, 30), [(60, t.exits), (30, t.vps), (5, t.slip)], devs, t0=p["created"], offset=t.offset, pattern="work")
            p["signup_ip"] = rows[0][2][0]
            for _, d in devs:
                if d["app"] and "tz" in d:
                    w.telemetry(p, d, rows[0][1], d["tz"], d["kb"])
            frauds.append(finish(w, p, "fake_recruiter", "lookalike_domain", "malware_repo_links", "team_%d" % t.i))
        t.doms = doms

    # honest developers who ran a "take-home" repo: their token was used once from the team's VPS
    victims = []
    for _ in range(round(40 * scale)):
        t = w.pick(teams)
        p = w.person(primary="contagious_interview_victim")
        P.dress(w, p)
        P.life(w, p)
        ev = w.when(max(p["created"], dt.datetime(2023, 6, 1)), END)
        dev = {"id": "dv-" + w.hexid(20), "os": "bot", "ua": "python-requests/2.31.0", "app": False, "system": "", "cli": "", "desk": "", "reported": False}
        for _ in range(r.randrange(1, 4)):
            w.login(p, ev + dt.timedelta(minutes=r.randrange(0, 300)), w.pick(t.vps + t.exits), dev, "api.token.auth")
        w.token(p, "token_stolen", "session_from_attacker_ip")
        victims.append(w.add(p))
    return frauds, look
