"""The fraud side: operator teams and their infrastructure, persona rings, careful rings, lone personas, purchased
(aged) accounts, fake recruiters of front companies, endorsement rings, hired personas in laptop farms, rented
identities and facilitators."""
from . import data as D
from . import media as M
from .infra import DAY, W0, W1
from .lives import (Org, apply_row, apply_times, domain_row, emit_member, hire, mac, member_row, resume_for,
                    ssid, us_person)

MULE_BANKS = ["chase", "wellsfargo", "bofa", "chime", "varo", "cashapp"]


class Team:
    def __init__(self, **kw):
        self.__dict__.update(kw)


def make_team(w, i):
    base = D.BASES[i % len(D.BASES)]
    city = (base[0], base[2], base[3])
    base_eg = [w.egress(w.pick(base[5]), city, "residential") for _ in range(3)]
    if i == 2:
        base_eg.append(w.egress("starjv", ("Pyongyang", 39.0392, 125.7625), "residential"))
    prov = "astrill" if w.chance(0.75) else w.pick(["nord", "express", "surfshark"])
    vps = [w.vps() for _ in range(w.rng.randrange(1, 3))]
    t = Team(n=i + 1, base=base, base_eg=base_eg, prov=prov, vpn=w.vpn_getter(prov, sticky=8), vps=vps,
             laptops=[(w.web_device(), w.ua_web()) for _ in range(w.rng.randrange(4, 9))],
             mailboxes=[], voip=[w.us_phone() for _ in range(w.rng.randrange(4, 9))],
             faces=[M.face_params(w.rng) for _ in range(w.rng.randrange(2, 5))],
             cards=["card:" + w.salted("prepaid" + w.hex(6), "card")[:24] for _ in range(2)],
             mules=["acct:" + w.salted(w.pick(MULE_BANKS) + w.hex(8), "bank")[:24] for _ in range(w.rng.randrange(2, 4))],
             wallets=["payoneer:" + w.hex(6) + "@" + w.pick(["outlook.com", "gmail.com"]) for _ in range(2)],
             crypto=["usdt-trc20:T" + w.hex(33) for _ in range(2)],
             clock="us" if w.chance(0.7) else "asia", facilitators=[], org="github.com/" + w.pick(
                 ["devnest", "codeforge", "stackhive", "byteworks", "pixelcraft", "cloudpeak"]) + "-" + w.hex(3),
             proxy=w.resi_proxy(), proxy_dev=w.web_device())
    for _ in range(w.rng.randrange(2, 5)):
        fake = us_person(w, photo=0.0)
        t.mailboxes.append(w.email_for(fake, w.pick(["gmail.com", "outlook.com", "proton.me"]), w.pick([1, 5, 8])))
    t.masters = []
    for _ in range(w.rng.randrange(2, 4)):
        fake = us_person(w, tech=True)
        fake.title = w.pick(["Senior Full Stack Developer", "Senior Software Engineer", "Blockchain Developer",
                             "Full Stack Engineer", "Senior React Developer", "AI/ML Engineer"])
        R = resume_for(w, fake, summary=f"{fake.title} with {w.rng.randrange(7, 12)}+ years building scalable web and "
                                        f"blockchain applications. Proven track record at fast-growing startups.")
        t.masters.append((fake.title, M.resume_body(w.rng, R["title"], R["skills"], R["jobs"], R["degree"], R["school"],
                                                    R["summary"], "plain")))
    for _ in range(w.rng.randrange(2, 4)):
        f = us_person(w, age=(35, 65))
        f.farm_eg = f.home
        f.farm_gw = f.gw
        f.farm_wifi = f.wifi
        f.kvm = w.chance(0.65)
        f.farm_addr = w.fmt_addr(f.addr, 0.5)
        f.bank_fac = f.bank
        t.facilitators.append(f)
    return t


def persona_person(w, team, stolen=None):
    """A claimed identity: fabricated from the same name mix as honest members, or a stolen one."""
    if stolen is not None:
        p = us_person(w, stolen.origin, stolen.city, stolen.gender, tech=True, photo=0.0)
        p.first, p.last, p.middle, p.nick, p.native = stolen.first, stolen.last, stolen.middle, stolen.nick, stolen.native
        p.alt_first, p.alt_last = stolen.alt_first, stolen.alt_last
        p.birth, p.ssn = stolen.birth, stolen.ssn
        if w.chance(0.5):
            p.addr = stolen.addr
        p.email = w.email_for(p, w.pick(["gmail.com", "outlook.com"]))
        p.add("stolen_identity")
    else:
        p = us_person(w, tech=True, photo=0.0)
        p.email = w.email_for(p, w.pick(["gmail.com", "gmail.com", "outlook.com", "proton.me", "hotmail.com"]))
    p.fraud = True
    p.title = w.pick(["Senior Full Stack Developer", "Senior Software Engineer", "Blockchain Developer",
                      "Full Stack Engineer", "Senior React Developer", "AI/ML Engineer", "Senior Backend Engineer"])
    p.tech = True
    p.anti = (w.web_device(), w.ua_web())
    p.devices = [((p.anti[0], p.anti[1], "web"), 1.0)]
    p.hours = (p.city[5], "work") if team is None or team.clock == "us" else (team.base[4], "day")
    p.seeking = True
    return p


def persona_nets(w, p, team, own_vpn=None):
    p.proxies = [w.resi_proxy() for _ in range(w.rng.randrange(1, 3))]
    nets = [(lambda p=p: p.proxies[w.rng.randrange(len(p.proxies))], 0.4)]
    if own_vpn:
        nets.append((w.vpn_getter(own_vpn, sticky=3), 0.55))
        if own_vpn == "astrill":
            p.add("vpn_astrill")
    else:
        nets.append((team.vpn, 0.55))
        if team.prov == "astrill":
            p.add("vpn_astrill")
    p.add("residential_proxy")
    if team is not None and w.chance(0.3):
        nets.append((lambda t=team: t.base_eg[w.rng.randrange(len(t.base_eg))], 0.015))
        p.add("vpn_dropout")
    p.nets = nets
    if team is not None:
        p.add("us_hours_from_asia" if team.clock == "us" else "asia_hours")


def give_phone(w, p, team, voip_p=0.75, pool_p=0.3):
    if w.chance(voip_p):
        if team is not None and w.chance(pool_p):
            p.phone = w.pick(team.voip)
            p.add("shared_phone")
        else:
            p.phone = w.us_phone()
        p.phone_type = "voip"
        p.add("voip_contact")
    else:
        p.phone = w.us_phone()
        p.phone_type = "mobile"


def give_photo(w, p, team, edited_p=0.75):
    if team is not None and w.chance(edited_p):
        base = w.pick(team.faces)
        if w.chance(0.7):
            p.photo_bytes = M.ai_variant(base, w.rng)
            p.add("edited_photo")
        else:
            p.photo_bytes = M.reencode(base, w.rng)
            p.add("reused_photo")
    elif w.chance(0.6):
        p.face = M.face_params(w.rng)


def give_resume(w, p, team, cloned_p=0.85):
    if team is not None and w.chance(cloned_p):
        title, body = w.pick(team.masters)
        p.title = title
        p.resume_lines = list(body)
        p.add("cloned_resume")
    else:
        p.resume = resume_for(w, p, summary=f"{p.title} with {w.rng.randrange(6, 12)}+ years of experience.")


def interview_proxy(w, team, app_sid, t):
    for _ in range(w.rng.randrange(1, 3)):
        w.login(app_sid, t + w.rng.randrange(2, 15) * DAY, team.proxy, team.proxy_dev, w.ua_web(), "partner_portal",
                event_type="candidate.interview.join")


def farm_hire(w, p, team, org, start, primary, fac=None, kinds=None, pay_mode=None, worker=None):
    """A persona hired: laptop to a facilitator's farm, remote control, payroll to mules/wallets/facilitators."""
    fac = fac or w.pick(team.facilitators)
    p.add("laptop_farm", f"farm_{team.n}_{team.facilitators.index(fac) + 1}")
    claimed = None
    if w.chance(0.55):
        claimed = fac.farm_addr
        p.add("claims_facilitator_address")
    ship_addr = ("c/o " + p.first + " " + p.last + ", " + fac.farm_addr) if w.chance(0.3) else fac.farm_addr
    tel = {"gateway": fac.farm_gw, "network": fac.farm_wifi, "procs": [], "usb": [], "display": [], "ports": [],
           "sessions": []}
    tool = w.pick(["AnyDesk", "rustdesk", "remoting_host", "vncserver", "TeamViewer", "Splashtop Streamer"])
    tel["procs"].append(tool)
    p.add("remote_tool")
    if fac.kvm:
        tel["usb"].append(w.pick(D.KVM_USB[:2]) if w.chance(0.7) else w.pick(D.KVM_USB[2:]))
        if w.chance(0.6):
            tel["display"].append(w.pick(D.KVM_DISPLAYS))
        p.add("ip_kvm")
    port = {"AnyDesk": "7070/tcp", "rustdesk": "21118/tcp", "vncserver": "5900/tcp", "TeamViewer": "5938/tcp"}.get(tool)
    if port:
        tel["ports"].append(port)
    if w.chance(0.4):
        tel["ports"].append("3389/tcp")
    for _ in range(w.rng.randrange(1, 3)):
        ex = team.vpn()
        tel["sessions"].append((ex.ip, start - w.rng.randrange(0, 2 * DAY)))
    p.add("remote_sessions")
    tz = p.city[5] if w.chance(0.8) else team.base[4]
    kb = "en-US"
    if w.chance(0.1):
        tel["kb2"] = "ko-KR"
    idp_nets = [(lambda f=fac: f.farm_eg, 0.5), (team.vpn, 0.35), (lambda p=p: p.proxies[0], 0.15)]
    if pay_mode is None:
        pay_mode = w.wpick([("mule", 35), ("facilitator", 20), ("wallet", 20), ("crypto", 8), ("switch", 17)])
    if pay_mode == "mule":
        pay = [(start, w.pick(team.mules), "bank", "adp")]
        p.add("mule_account")
    elif pay_mode == "facilitator":
        pay = [(start, fac.bank_fac, "bank", "adp")]
        p.add("paid_to_facilitator")
    elif pay_mode == "wallet":
        pay = [(start, w.pick(team.wallets), "wallet", "payoneer")]
        p.add("payment_wallet")
    elif pay_mode == "crypto":
        pay = [(start, w.pick(team.crypto), "crypto", "bitwage")]
        p.add("crypto_payroll")
    else:
        pay = [(start, p.bank, "bank", "adp"), (start + w.rng.randrange(30, 70) * DAY, w.pick(team.mules), "bank", "adp")]
        p.add("payroll_changed", "mule_account")
    if worker is None:
        worker = w.pick(["W-2", "W-2", "1099", "C2C"])
    return hire(w, p, org, start, primary, fraud=True, worker=worker, ship_to="facilitator", ship_addr=ship_addr,
                claimed_addr=claimed, payroll=pay, telemetry=tel, idp_nets=idp_nets, n_idp=w.rng.randrange(20, 60),
                keyboard=kb, tzname=tz, photo_p=0.2)


def persona_life(w, p, team, primary, n_apps, hire_p=0.35, member_extra=None, created=None, proxy_p=0.35,
                 signup_eg=None, farm=True):
    created = created if created is not None else w.t_between(W0 - 300 * DAY, W1 - 90 * DAY)
    sid, created = emit_member(w, p, primary, w.rng.randrange(15, 60), created=created, fraud=True,
                               premium="premium_career" if p.card else None, **(member_extra or {}))
    if signup_eg is not None:
        w.subjects[-1]["signup_ip"] = signup_eg.ip
    elif not w.subjects[-1]["signup_ip"]:
        w.subjects[-1]["signup_ip"] = w.wpick(p.nets)().ip
    if p.card:
        for i in range(w.rng.randrange(1, 5)):
            t = max(created, W0) + i * 30 * DAY
            if t < W1:
                w.pay(sid, t, 39.99, "USD", "bank", p.card, "charge", "stripe", "premium_subscription")
    sids = [sid]
    if w.chance(0.1):
        # the first account was restricted; a second one under the same persona
        p.add("reregistered")
        w.subjects[-1]["linkwell_status"] = "restricted"
        old = p.email
        p.email = w.email_for(p, "outlook.com")
        s2, _ = emit_member(w, p, primary, w.rng.randrange(5, 20), created=w.t_between(max(created, W0), W1 - 30 * DAY),
                            fraud=True)
        sids.append(s2)
        p.alt_email = old
    orgs = []
    hired = False
    for t in apply_times(w, n_apps, max(created, W0), W1 - 20 * DAY, burst=45 * DAY):
        org = w.pick(w.partners[:60]) if w.chance(0.5) else w.pick(w.partners)
        will = farm and (not hired) and org.shares and w.chance(hire_p * 2.2)
        a = apply_row(w, p, org, t, primary, stage="hired" if will else w.pick(["applied", "screen", "interview", "interview"]),
                      fraud=True, photo="own" if w.chance(0.7) else "none")
        if "interview_proxy" in p.traits:
            interview_proxy(w, team, a, t)
        if will:
            hired = True
            start = t + w.rng.randrange(20, 45) * DAY
            if start < W1 - 15 * DAY:
                farm_hire(w, p, team, org, start, "hired_persona")
        orgs.append(org)
    return sids


# ---------------------------------------------------------------- rings
RING_SHARES = ["recovery_email", "recovery_phone", "device", "vps", "card", "github_org"]


def rings(w, teams, n_rings, stolen_pool):
    made = []
    for r in range(n_rings):
        team = teams[r % len(teams)]
        size = w.rng.randrange(3, 9)
        shares = w.rng.sample(RING_SHARES, w.rng.randrange(1, 4))
        mailbox = w.pick(team.mailboxes)
        rphone = w.pick(team.voip)
        laptop = w.pick(team.laptops)
        vps = w.pick(team.vps)
        card = w.pick(team.cards)
        for k in range(size):
            stolen = None
            if w.chance(0.2):
                stolen = us_person(w)
                stolen.orig_kind = w.pick(["passive_member", "job_seeker"])
                stolen.on_linkwell = w.chance(0.6)
                stolen.victim_hire = w.chance(0.3)
                stolen_pool.append(stolen)
            p = persona_person(w, team, stolen)
            p.add(f"team_{team.n}", f"ring_{r + 1}", f"ring_size_{size}")
            persona_nets(w, p, team)
            give_phone(w, p, team)
            give_photo(w, p, team)
            give_resume(w, p, team)
            signup = None
            for s in shares:
                if not w.chance(0.8):
                    continue
                if s == "recovery_email":
                    p.recovery_email = mailbox
                    p.add("shared_recovery_email")
                elif s == "recovery_phone":
                    p.recovery_phone = rphone
                    p.recovery_phone_type = "voip"
                    p.add("shared_recovery_phone")
                elif s == "device":
                    p.devices = [((laptop[0], laptop[1], "web"), 0.6), ((p.anti[0], p.anti[1], "web"), 0.4)]
                    p.add("shared_device")
                elif s == "vps":
                    signup = vps
                    p.nets.append((lambda v=vps: v, 0.1))
                    p.add("shared_vps_ip")
                elif s == "card":
                    p.card = card
                    p.add("shared_premium_card")
                elif s == "github_org":
                    p.extra_profiles = ["https://" + team.org]
                    p.add("shared_portfolio_org")
            if w.chance(0.35):
                p.add("interview_proxy")
            persona_life(w, p, team, "persona_ring", w.rng.randrange(2, 9), signup_eg=signup)
            made.append(p)
    return made


CAREFUL = ["recovery_email", "recovery_phone", "device", "resume", "photo", "payroll", "shipping", "vps", "card",
           "github_org"]


def careful_rings(w, teams, n):
    for i in range(n):
        team = teams[i % len(teams)]
        kind = CAREFUL[i % len(CAREFUL)]
        size = w.rng.randrange(2, 5)
        shared = {"recovery_email": w.email_for(us_person(w, photo=0.0), "gmail.com", 8),
                  "recovery_phone": w.us_phone(), "device": (w.web_device(), w.ua_web()),
                  "resume": w.pick(team.masters), "photo": w.pick(team.faces), "payroll": w.pick(team.mules),
                  "shipping": w.pick(team.facilitators), "vps": w.vps(), "card": w.pick(team.cards),
                  "github_org": "https://github.com/" + w.pick(["nexacode", "devharbor", "quantumstack"]) + "-" + w.hex(3)}[kind]
        for k in range(size):
            p = persona_person(w, team)
            p.add(f"team_{team.n}", f"careful_{i + 1}", f"ring_size_{size}", f"shares_only_{kind}")
            own = w.pick(["nord", "express", "surfshark", "pia", "proton", "astrill"])
            persona_nets(w, p, None, own_vpn=own)
            p.add("us_hours_from_asia" if team.clock == "us" else "asia_hours")
            give_phone(w, p, None, voip_p=0.3)
            p.face = M.face_params(w.rng)
            p.resume = resume_for(w, p)
            signup = None
            farm_kw = {}
            if kind == "recovery_email":
                p.recovery_email = shared
            elif kind == "recovery_phone":
                p.recovery_phone, p.recovery_phone_type = shared, "voip"
            elif kind == "device":
                p.devices = [((shared[0], shared[1], "web"), 0.7), ((p.anti[0], p.anti[1], "web"), 0.3)]
            elif kind == "resume":
                p.title, body = shared
                p.resume_lines = list(body)
                p.add("cloned_resume")
            elif kind == "photo":
                p.face = None
                p.photo_bytes = M.ai_variant(shared, w.rng)
                p.add("edited_photo")
            elif kind == "vps":
                signup = shared
            elif kind == "card":
                p.card = shared
            elif kind == "github_org":
                p.extra_profiles = [shared]
            if kind in ("payroll", "shipping"):
                # they are hired (at partners that share onboarding): the shared thing is the only link
                sid = persona_life(w, p, team, "careful_ring", w.rng.randrange(1, 4), farm=False)
                org = w.pick(w.sharing)
                start = w.t_between(W0 + 60 * DAY, W1 - 60 * DAY)
                fac_like = us_person(w)
                p.add("hired_persona")
                if kind == "payroll":
                    hire(w, p, org, start, "hired_persona", fraud=True, worker=w.pick(["W-2", "1099"]),
                         payroll=[(start, shared, "bank", "adp")], idp_nets=p.nets, ship_to="home",
                         telemetry={"procs": [w.pick(["AnyDesk", "rustdesk"])] if w.chance(0.3) else []})
                else:
                    hire(w, p, org, start, "hired_persona", fraud=True, worker=w.pick(["W-2", "1099"]),
                         ship_to="facilitator", ship_addr=shared.farm_addr, idp_nets=p.nets,
                         payroll=[(start, "acct:" + w.salted(p.email, "bank")[:24], "bank", "adp")])
                del fac_like
            else:
                persona_life(w, p, team, "careful_ring", w.rng.randrange(1, 5), signup_eg=signup, farm=False)


def lone_personas(w, teams, n, stolen_pool):
    for i in range(n):
        team = teams[i % len(teams)]
        stolen = None
        if w.chance(0.25):
            stolen = us_person(w)
            stolen.orig_kind = w.pick(["passive_member", "job_seeker"])
            stolen.on_linkwell = w.chance(0.6)
            stolen.victim_hire = w.chance(0.3)
            stolen_pool.append(stolen)
        p = persona_person(w, team, stolen)
        p.add("few_traits", f"team_{team.n}")
        persona_nets(w, p, None, own_vpn=w.pick(["astrill", "nord", "express", "surfshark"]))
        give_phone(w, p, None, voip_p=0.5)
        p.face = M.face_params(w.rng) if w.chance(0.7) else None
        p.resume = resume_for(w, p)
        persona_life(w, p, team, "lone_persona", w.rng.randrange(1, 5), farm=False)
        if w.chance(0.3):
            org = w.pick(w.sharing)
            mf = w.pick(D.MAIL_FORWARDERS)
            drop = f"{mf[0]} #{w.rng.randrange(1000, 99999)}, {mf[1]}, {mf[2]} {mf[3]}"
            p.add("reshipper", "hired_persona")
            start = w.t_between(W0 + 60 * DAY, W1 - 45 * DAY)
            hire(w, p, org, start, "hired_persona", fraud=True, worker=w.pick(["W-2", "1099"]), ship_to="reshipper",
                 ship_addr=drop, idp_nets=p.nets, telemetry={"procs": [w.pick(["AnyDesk", "rustdesk", "remoting_host"])]},
                 payroll=[(start, w.pick(team.wallets) if w.chance(0.5) else "acct:" + w.salted(p.email, "b")[:24],
                           "wallet" if w.chance(0.5) else "bank", "adp")])


# ---------------------------------------------------------------- purchased (aged) accounts
def purchased(w, teams, n):
    for i in range(n):
        team = teams[i % len(teams)]
        orig = us_person(w, tech=w.chance(0.6))
        orig.employer_now = w.pick(D.COMPANY_A) + " " + w.pick(D.COMPANY_B)
        created = w.t_between(W0 - 10 * 365 * DAY, W0 - 5 * 365 * DAY)
        takeover = w.t_between(W0 + 30 * DAY, W1 - 120 * DAY)
        p = persona_person(w, team)
        p.add(f"team_{team.n}", "aged_account", "takeover")
        persona_nets(w, p, team)
        give_phone(w, p, team, voip_p=0.8)
        give_photo(w, p, team)
        give_resume(w, p, team)
        if w.chance(0.6):
            p.recovery_email = w.pick(team.mailboxes)
            p.add("shared_recovery_email")
        if w.chance(0.4):
            p.devices.append(((w.pick(team.laptops)[0], w.ua_web(), "web"), 0.4))
            p.add("shared_device")
        keep_name = w.chance(0.35)
        if keep_name:
            p.first, p.last, p.middle, p.nick, p.native = orig.first, orig.last, orig.middle, orig.nick, orig.native
        p.lw_url = None
        row = member_row(w, p, created, "purchased_account", premium="premium_career")
        sid = row["id"]
        row["signup_ip"] = ""
        row["linkwell_connections"] = str(w.rng.randrange(300, 2500))
        row["linkwell_previous_email"] = orig.email
        if not keep_name:
            row["linkwell_previous_name"] = w.display_name(orig)
        row["linkwell_email_changed_at"] = w.iso(takeover + w.rng.randrange(DAY))
        w.add_subject(row, True, (p, "purchased_account"))
        # the old owner's history, then the team's exits and devices
        w.person_logins(sid, orig, w.rng.randrange(5, 20), W0, takeover)
        w.person_logins(sid, p, w.rng.randrange(15, 50), takeover, W1)
        for t in apply_times(w, w.rng.randrange(2, 8), takeover, W1 - 10 * DAY):
            org = w.pick(w.partners)
            apply_row(w, p, org, t, "purchased_account", fraud=True, photo="own")


# ---------------------------------------------------------------- fronts and fake recruiters
def fronts(w, teams, n):
    out = []
    for i in range(n):
        team = teams[i % len(teams)]
        name, dom = D.FRONT_NAMES[(i + w.rng.randrange(len(D.FRONT_NAMES))) % len(D.FRONT_NAMES)]
        while any(f.name == name for f in out):
            name, dom = w.pick(D.FRONT_NAMES)
        active = w.t_between(W0 + 30 * DAY, W1 - 150 * DAY)
        reg = active - w.rng.randrange(10, 76) * DAY
        f = Org(name=name, domain=dom, city=w.us_city(), kind="front", size="startup", partner=True, shares=False,
                registered=reg, active_from=active, card=w.pick(team.cards), egress=None, hires=[], staff=[])
        out.append(f)
        domain_row(w, f, registrant=w.pick(team.mailboxes) if w.chance(0.6) else w.pick(D.PRIVACY_REGISTRANTS),
                   ip=w.pick(team.vps).ip if w.chance(0.6) else None, ns=";".join(D.NAMESERVERS["namecheap"][0]))
        for k in range(w.rng.randrange(2, 5)):
            p = persona_person(w, team)
            p.add(f"team_{team.n}", f"front_{i + 1}", "young_domain")
            p.title = w.pick(["Technical Recruiter", "Talent Acquisition Lead", "Head of Talent", "HR Manager"])
            p.email = w.email_for(p, dom, 0)
            persona_nets(w, p, team)
            give_phone(w, p, team, voip_p=0.9)
            give_photo(w, p, team, edited_p=0.8)
            p.resume = resume_for(w, p)
            if w.chance(0.7):
                p.recovery_email = w.pick(team.mailboxes)
                p.add("shared_recovery_email")
            if w.chance(0.5):
                p.devices = [((w.pick(team.laptops)[0], w.ua_web(), "web"), 1.0)]
                p.add("shared_device")
            p.employer_now = name
            p.seeking = False
            primary = "fake_recruiter"
            sid, _ = emit_member(w, p, primary, w.rng.randrange(20, 70), created=w.t_between(reg, active),
                                 fraud=True, premium="recruiter_lite", record="recruiter_seat" if k else "page_admin",
                                 extra={"linkwell_inmail_sent": str(w.rng.randrange(200, 2000))})
            for m in range(w.rng.randrange(2, 6)):
                w.pay(sid, active + m * 30 * DAY, 170.0, "USD", "bank", f.card, "charge", "stripe", "recruiter_seat")
    return out


# ---------------------------------------------------------------- endorsement rings
def boosters(w, teams, n):
    for i in range(n):
        team = teams[(i + 1) % len(teams)]
        size = w.rng.randrange(5, 11)
        burst = w.t_between(W0, W1 - 60 * DAY)
        signup = w.pick(team.vps) if w.chance(0.5) else w.resi_proxy()
        for k in range(size):
            p = persona_person(w, team)
            p.add(f"team_{team.n}", f"boost_{i + 1}", "endorsement_ring", f"ring_size_{size}", "shared_portfolio_org")
            persona_nets(w, p, team)
            p.devices = [((w.pick(team.laptops)[0], w.ua_web(), "web"), 1.0)]
            p.add("shared_device", "burst_signup")
            give_phone(w, p, team, voip_p=0.6)
            give_photo(w, p, team, edited_p=0.6)
            p.resume = resume_for(w, p)
            p.extra_profiles = ["https://" + team.org]
            p.seeking = False
            p.employer_now = w.pick(D.COMPANY_A) + " " + w.pick(D.COMPANY_B)
            emit_member(w, p, "endorsement_ring", w.rng.randrange(3, 12), created=burst + w.rng.randrange(14 * DAY),
                        fraud=True, resume_p=(0.0, 0.0))
            w.subjects[-1]["signup_ip"] = signup.ip
            w.subjects[-1]["linkwell_endorsements_given"] = str(w.rng.randrange(20, 120))


# ---------------------------------------------------------------- rented identities and facilitators
def rented(w, teams, n):
    for i in range(n):
        team = teams[i % len(teams)]
        p = us_person(w, tech=True)
        p.fraud = True
        p.add(f"team_{team.n}", "hosts_own_laptop", "remote_controlled")
        p.employer_now = ""
        created = w.t_between(W0 - 9 * 365 * DAY, W0 - 365 * DAY)
        sid, _ = emit_member(w, p, "rented_identity", w.rng.randrange(10, 30), created=created, fraud=True)
        orgs = [w.pick(w.sharing)] + [w.pick(w.partners) for _ in range(w.rng.randrange(1, 4))]
        ts = apply_times(w, len(orgs), W0, W1 - 120 * DAY)
        for org, t in zip(orgs, ts):
            apply_row(w, p, org, t, "rented_identity", fraud=True, stage="hired" if org is orgs[0] else None)
        start = ts[0] + w.rng.randrange(25, 50) * DAY
        ex = [team.vpn() for _ in range(2)]
        tel = {"procs": [w.pick(["AnyDesk", "remoting_host", "rustdesk", "TeamViewer"])],
               "sessions": [(e.ip, start + w.rng.randrange(0, 3 * DAY)) for e in ex], "ports": ["3389/tcp"] if w.chance(0.5) else []}
        if w.chance(0.3):
            tel["usb"] = [w.pick(D.KVM_USB[:2])]
            p.add("ip_kvm")
        p.add("remote_tool", "remote_sessions", "payroll_changed", "mule_account")
        hire(w, p, orgs[0], start, "rented_identity", fraud=True, ship_to="home", telemetry=tel,
             idp_nets=[(lambda p=p: p.home, 0.35), (team.vpn, 0.65)], n_idp=w.rng.randrange(25, 60),
             payroll=[(start, p.bank, "bank", "adp"), (start + w.rng.randrange(30, 70) * DAY, w.pick(team.mules), "bank", "adp")])


def facilitators(w, teams):
    for team in teams:
        for j, f in enumerate(team.facilitators):
            if not w.chance(0.5):
                continue
            f.fraud = True
            f.add(f"team_{team.n}", f"farm_{team.n}_{j + 1}")
            f.nets = [(lambda f=f: f.farm_eg, 0.85), (f.mobile, 0.15)]
            f.employer_now = ""
            sid, _ = emit_member(w, f, "facilitator", w.rng.randrange(5, 25), fraud=True)
            for t in apply_times(w, w.rng.randrange(1, 3)):
                apply_row(w, f, w.pick(w.partners), t, "facilitator", fraud=True, address=f.farm_addr)
