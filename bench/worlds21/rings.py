"""Operator teams, personas and every fraud kind."""
import datetime as dt

from . import data
from .build import Person, Prof, Seg, make_career, pick_customer, resume_lines
from .infra import (T0, T1, Dev, Net, email_for, fmt_address, fmt_phone, fold, hexid, home_net, hosting_net, iso, mac, make_address, make_dev,
                    phone_digits, place, rand_ts, resi_proxy_net, salted, ssid, weighted)
from .media import edit_spec, face_spec
from .people import candidate, hire, home_mdm, ordinary, payout_dest

DAY = dt.timedelta(days=1)
CLAIMED = [("US", 68), ("CA", 5), ("GB", 4), ("PL", 4), ("UA", 3), ("JP", 3), ("VN", 3), ("SG", 2), ("DE", 2), ("PT", 2), ("RS", 2), ("MX", 2)]
TEAM_BASES = [("Shenyang", "CN", "Asia/Shanghai"), ("Dandong", "CN", "Asia/Shanghai"), ("Yanji", "CN", "Asia/Shanghai"), ("Vladivostok", "RU", "Asia/Vladivostok"),
              ("Pyongyang", "KP", "Asia/Pyongyang"), ("Vientiane", "LA", "Asia/Vientiane")]


class Team:
    def __init__(self, w, way=None):
        rng = w.rng
        self.base = rng.choice(TEAM_BASES)
        r = rng.random()
        self.clock, self.hours = (self.base[2], (8, 23)) if r < 0.5 else (rng.choice(["America/New_York", "America/Chicago", "America/Los_Angeles"]), (8, 19))
        self.tokens = ["asia_hours"] if r < 0.5 else ["us_hours_worked"]
        self.way = way or weighted(rng, [("astrill", 40), ("resiproxy", 24), ("vpn", 20), ("vps", 16)])
        self.tokens.append({"astrill": "vpn_astrill", "resiproxy": "residential_proxy", "vpn": "vpn_commercial", "vps": "vps_ip"}[self.way])
        self.vps = hosting_net(rng, n=rng.randint(1, 3))
        self.spoof_tz = rng.random() < 0.6
        self.kb = "ko-KR" if rng.random() < 0.15 else "en-US"
        self.slip = None
        if rng.random() < 0.25:
            s = rng.choice(data.FOREIGN_SLIP)
            from .infra import ip_from
            self.slip = Net("slip", s[0], s[1], s[4], s[3], s[5], s[6], ips=[ip_from(rng.choice(s[2]), rng) for _ in range(2)])
            self.tokens.append("foreign_ip_slip")
        self.faces = [face_spec(rng) for _ in range(rng.randint(1, 3))]
        self.career = make_career(rng, rng.choice([5, 6, 7, 8, 9, 10]), rng.sample(data.SKILLS, 6))
        self.mailbox = f"{rng.choice(['dev', 'tech', 'star', 'sky', 'kim', 'jin', 'top'])}{rng.choice(['master', 'work', 'lead', 'pro', 'hub'])}{rng.randint(10, 9999)}@{rng.choice(['gmail.com', 'outlook.com', 'proton.me'])}"
        self.voip = phone_digits(rng, "US", rng.choice(list(data.US_AREA)))
        self.wallets = [payout_dest(rng, rng.choice(["wallet", "crypto", "bank"])) for _ in range(rng.randint(1, 3))]
        self.devs = [self.new_dev(w) for _ in range(rng.randint(2, 4))]

    def new_dev(self, w):
        rng = w.rng
        tz = rng.choice(["America/New_York", "America/Chicago", "America/Los_Angeles", "America/Denver"]) if self.spoof_tz else self.base[2]
        d = make_dev(rng, tz, "US", kind=rng.choice(["win_chrome", "win_chrome", "win_edge", "mac_chrome"]))
        d.kb = self.kb if rng.random() < 0.8 else "en-US"
        if rng.random() < 0.5:
            d.procs = [rng.choice(data.REMOTE_TOOLS)]
        return d

    def exits(self, w, n=None):
        rng = w.rng
        if self.way == "astrill":
            return [(1.0, x) for x in w.pools.vpn_net(rng.choice(["astrill", "astrill_b"]), rng, n or rng.randint(2, 4))]
        if self.way == "vpn":
            return [(1.0, x) for x in w.pools.vpn_net(rng.choice(["nordvpn", "expressvpn", "surfshark", "pia"]), rng, n or rng.randint(2, 4))]
        if self.way == "resiproxy":
            return [(1.0, resi_proxy_net(rng))]
        return [(1.0, hosting_net(rng))]


def persona(w, team, claimed=None, victim=None, synthetic=None):
    """A claimed identity: stolen (a real person's name, birth date, SSN, address) or invented."""
    rng = w.rng
    claimed = claimed or weighted(rng, CLAIMED)
    tokens = []
    if victim is not None:
        p = Person(w, victim.country, city=victim.place[0], first=victim.first, last=victim.last, pool=victim.pool)
        p.name, p.birth, p.natid, p.addr, p.place = victim.name if rng.random() < 0.6 else f"{victim.first} {victim.last}", victim.birth, victim.natid, victim.addr, victim.place
        tokens.append("stolen_identity")
    else:
        p = Person(w, claimed, age=(1985, 2000))
        tokens.append("synthetic_identity")
    if rng.random() < 0.72:
        p.phone = phone_digits(rng, "US", rng.choice(list(data.US_AREA))) if p.country in ("US", "CA") or rng.random() < 0.5 else p.phone
        p.line = rng.choice(["voip", "nonFixedVoip", "voip", "VOIP"])
        tokens.append("voip_phone")
    p.email = email_for(rng, p.first, p.last, "US", style=rng.choice([1, 4, 7, 8]))
    if rng.random() < 0.3:
        p.email = f"{fold(p.first).lower()}{rng.choice(['dev', 'tech', 'code', 'eng'])}{rng.randint(1, 999)}@{rng.choice(['gmail.com', 'outlook.com', 'proton.me'])}"
    p.face = rng.choice(team.faces) if team.faces else p.face
    p.years = rng.choice([5, 6, 7, 8, 10])
    return p, tokens


def persona_segs(w, team, p, created, devs, nets, days=None):
    rng = w.rng
    end = min(T1, created + (days or rng.randint(20, 120)) * DAY)
    if team.slip and rng.random() < 0.5:
        nets = nets + [(0.04, team.slip)]
    return [Seg(created, end, nets, devs, team.clock, team.hours)]


def clone_resume(w, base_career, p, email, phone, small=True):
    rng = w.rng
    car = dict(base_career)
    jobs = [list(j) for j in base_career["jobs"]]
    if small and jobs:
        j = rng.randrange(len(jobs))
        jobs[j] = jobs[j][:4] + [list(jobs[j][4])]
        if jobs[j][4]:
            jobs[j][4][rng.randrange(len(jobs[j][4]))] = rng.choice(data.BULLETS).format(n=rng.randint(5, 900), p=rng.randint(12, 80), m=rng.randint(2, 9), cloud="AWS", skill="React")
        if rng.random() < 0.4:
            jobs[0][0] = rng.choice(data.PAST_EMPLOYERS)
    car["jobs"] = jobs
    return resume_lines(p.name, email, fmt_phone(rng, phone, p.country), p.place[0], car)


def victim_for(w, fraud_tokens):
    """A real US person whose identity is stolen; half of them are Assessly candidates themselves."""
    rng = w.rng
    v = Person(w, "US")
    if rng.random() < 0.5 and len(w.rows) < w.n - 3:
        ordinary(w, v, "honest_id_theft_victim", [], id_verified=rng.random() < 0.6, hire_p=0.05)
        fraud_tokens.append("victim_present")
    return v


def make_persona_row(w, team, customer, created, primary, tokens, *, shared=None, claimed=None, hire_p=0.35, dev=None, nets=None, stolen_p=None,
                     farm=None, test_proxy=None, source="direct", agency="", invited_by=""):
    rng = w.rng
    shared = shared or {}
    tokens = list(tokens)
    claimed = claimed or weighted(rng, CLAIMED)
    victim = None
    sp = stolen_p if stolen_p is not None else 0.5
    if claimed == "US" and rng.random() < sp:
        victim = victim_for(w, tokens)
    p, t = persona(w, team, claimed, victim)
    tokens += t
    if "phone" in shared:
        p.phone, p.line = shared["phone"], "voip"
    # photo: an AI-edited stock face, the shared base face, or (proxy) the proxy's webcam face
    photo = None
    if "photo" in shared:
        photo = ("face", edit_spec(rng), shared["photo"])
        tokens.append("ai_edited_photo")
    elif test_proxy is not None and rng.random() < 0.6:
        photo = ("face", edit_spec(rng, 0.8), test_proxy["face"])
        tokens.append("proxy_webcam_face")
    elif victim is not None and rng.random() < 0.12:
        photo = ("face", edit_spec(rng), victim.face)
        tokens.append("victim_photo_edited")
    else:
        r = rng.random()
        photo = ("face", edit_spec(rng, 0.5) if rng.random() < 0.5 else None, face_spec(rng)) if r < 0.7 else (("default", None, None) if r < 0.85 else None)
    if "resume" in shared:
        resume = clone_resume(w, shared["resume"], p, p.email, p.phone)
        tokens.append("cloned_resume")
    elif rng.random() < 0.15:
        # lifted from an honest candidate's resume
        vict = Person(w, rng.choice(["US", "US", "CA", "GB", "PL", "IN"]))
        ordinary(w, vict, "honest_candidate", ["resume_cloned_victim"], hire_p=0.0, resume=resume_lines(vict.name, vict.email, fmt_phone(rng, vict.phone, vict.country), vict.place[0], vict.career), resume_fmt="pdf")
        resume = clone_resume(w, vict.career, p, p.email, p.phone)
        tokens.append("resume_from_honest")
    else:
        resume = clone_resume(w, team.career if rng.random() < 0.5 else make_career(rng, p.years, rng.sample(data.SKILLS, 6)), p, p.email, p.phone)
    addr = None
    if "address" in shared:
        addr = fmt_address(rng, shared["address"])
    elif farm is not None and rng.random() < 0.5:
        addr = fmt_address(rng, farm["addr"])
        tokens.append("farm_address")
    prof_urls = None
    if "profile" in shared:
        prof_urls = f"https://github.com/{p.handle}{rng.randint(1, 99)};{shared['profile']}"
    else:
        prof_urls = f"https://github.com/{p.handle}{rng.choice(['', 'dev', str(rng.randint(1, 999))])}" + (f";https://www.linkedin.com/in/{p.handle}-{hexid(rng, 5)}" if rng.random() < 0.6 else "")
    devs = [(1.0, dev or shared.get("device") or team.new_dev(w))]
    if "device" in shared and dev is None:
        devs = [(1.0, shared["device"]), (0.3, team.new_dev(w))]
    pnets = nets or (shared.get("ip") or team.exits(w))
    if "ip" in shared:
        pnets = shared["ip"] + team.exits(w, 1)
    segs = persona_segs(w, team, p, created, devs, pnets)
    rec = shared.get("recovery_email")
    if rec is None and rng.random() < 0.35:
        rec = email_for(rng, p.first, p.last, "US", style=rng.choice([1, 8]))
    rph = shared.get("recovery_phone")
    idv = victim is not None and rng.random() < 0.5 or rng.random() < 0.15
    sid = candidate(w, p, customer, created, primary, tokens + team.tokens, fraud=True, email=p.email, phone=p.phone, recovery_email=rec or "",
                    recovery_phone=rph, rline="voip" if rph else None, address=addr if addr is not None else (fmt_address(rng, p.addr) if rng.random() < 0.75 else ""),
                    photo=photo or False, resume=resume, profiles=prof_urls, segs=segs, id_verified=idv, source=source, agency=agency, invited_by=invited_by,
                    tests=rng.choice([1, 2, 2, 3]), country=claimed)
    prof = w.prof[sid]
    prof.tools = list(devs[0][1].procs)
    prof.screen_share = 0.12
    prof.webcam_off = 0.15
    if test_proxy is not None:
        prof.test_nets, prof.test_devs, prof.test_clock = test_proxy["nets"], test_proxy["devs"], test_proxy["clock"]
        prof.tools = list(test_proxy["devs"][0][1].procs)
    return sid, p, tokens + team.tokens


def fraud_hire(w, sid, p, customer, primary, tokens, team, *, farm=None, pay=None, shared_pay=None):
    rng = w.rng
    tokens = list(tokens)
    ship = None
    mdm = None
    if farm is not None:
        ship = fmt_address(rng, farm["addr"])
        tokens += ["shared_ship_address"]
        if ship.lower() != (w.rows[-1].get("address") or "").lower():
            tokens.append("ship_mismatch")
        kvm = farm["kvm"]
        tools = rng.sample(data.REMOTE_TOOLS, rng.randint(1, 2))
        op_ip = (team.slip if team.slip and rng.random() < 0.3 else team.exits(w, 1)[0][1]).pick(rng)
        sess = [(op_ip, rng.uniform(0.5, 9.0))] if rng.random() < 0.7 else []
        mdm = dict(gw=farm["gw"], ssid=farm["ssid"], usb=[rng.choice(data.USB_COMMON)] if rng.random() < 0.3 else [], displays=[kvm[3]] if kvm and rng.random() < 0.8 else [],
                   procs=rng.sample(data.COMMON_PROCS, 4) + tools, ports=rng.sample(["3389/tcp", "5900/tcp", "7070/tcp", "5938/tcp", "22/tcp"], rng.randint(1, 2)),
                   sessions=sess, tz=farm["tz"] if team.spoof_tz or rng.random() < 0.7 else team.base[2], kb=team.kb, system=None, kvm=kvm)
        tokens += ["farm_network", "remote_tools"] + (["ip_kvm"] if kvm else []) + (["long_remote_session"] if sess and sess[0][1] > 1.5 else [])
        sso = [Seg(rand_ts(rng, T0, T1), T1, [(1.0, farm["net"])] + [(0.25, n) for _, n in team.exits(w, 2)], [(1.0, None)], team.clock, team.hours)]
    else:
        sso = [Seg(rand_ts(rng, T0, T1), T1, team.exits(w), [(1.0, None)], team.clock, team.hours)]
        if rng.random() < 0.5:
            mdm = dict(gw=mac(rng), ssid=ssid(rng, "home"), usb=[], displays=[rng.choice(data.MONITORS)], procs=rng.sample(data.COMMON_PROCS, 4) + [rng.choice(data.REMOTE_TOOLS)],
                       ports=["7070/tcp"], sessions=[], tz=team.base[2] if not team.spoof_tz else "America/Chicago", kb=team.kb, system=None, kvm=None)
            tokens.append("remote_tools")
    if pay is None:
        if shared_pay:
            pay = dict(method=shared_pay[0], dest=shared_pay[1], currency="USD", amount=rng.choice([5800, 6500, 7200, 8000]), period=rng.choice([14, 30]))
            tokens.append("shared_payout")
        else:
            m = rng.choice(["bank", "wallet", "wallet", "crypto"])
            pay = dict(method=m, dest=payout_dest(rng, m, p), currency="USD", amount=rng.choice([5800, 6500, 7200, 8000]), period=rng.choice([14, 30]))
    h = hire(w, sid, p, customer, primary, tokens, fraud=True, ship_to=ship, pay=pay, sso_segs=sso, mdm=mdm, email=p.email if rng.random() < 0.5 else None)
    if h is not None:
        hp = w.prof[h]
        if hp.hire.laptop is None and farm is not None:
            from .infra import hexid as _hx
            model, plat = rng.choice(data.LAPTOPS)
            hp.hire.laptop = dict(serial=("C02" if plat == "mac" else "PF") + _hx(rng, 7).upper(), model=model, plat=plat, ship_to=ship, ship_ts=hp.hire.start - 5 * DAY, yubikey=False)
            hp.hire.mdm = mdm
        if hp.hire.laptop is not None and hp.hire.mdm is None and mdm is not None and customer["mdm"]:
            hp.hire.mdm = mdm
    return h


def sharing_customer(w, need_laptop=False):
    rng = w.rng
    cs = [c for c in w.customers if c["shares"] and (c["laptops"] or not need_laptop)]
    return rng.choice(cs) if cs else rng.choice(w.customers)


SHARE_KINDS = ["payout", "recovery_email", "recovery_phone", "device", "ip", "photo", "resume", "address", "profile", "phone"]


def shared_values(w, team, kind):
    rng = w.rng
    if kind == "recovery_email":
        return team.mailbox
    if kind == "recovery_phone":
        return team.voip
    if kind == "phone":
        return phone_digits(rng, "US", rng.choice(list(data.US_AREA)))
    if kind == "device":
        return rng.choice(team.devs)
    if kind == "ip":
        return [(1.0, team.vps)] if rng.random() < 0.5 else team.exits(w, 2)
    if kind == "photo":
        return rng.choice(team.faces)
    if kind == "resume":
        return team.career
    if kind == "address":
        return make_address(rng, "US", place("US", rng))
    if kind == "profile":
        return rng.choice([f"https://{hexid(rng, 6)}-portfolio.vercel.app", f"https://github.com/{rng.choice(['blocksmith', 'devstar', 'codecraft', 'nexus'])}-labs{rng.randint(1, 99)}"])
    if kind == "payout":
        m = rng.choice(["bank", "wallet", "crypto"])
        return (m, payout_dest(rng, m))


def ring(w, primary, size, kinds, team=None, all_share=False, hire_p=0.4, multi=False, farm=None, claimed_pool=None):
    """A ring of personas; `kinds` are the things they share, each by the whole ring or by a sub-group."""
    rng = w.rng
    team = team or Team(w)
    groups = {}
    members = list(range(size))
    for k in kinds:
        if all_share or size <= 3 or rng.random() < 0.5:
            sub = members
        else:
            sub = sorted(rng.sample(members, rng.randint(2, size - 1)))
        groups[k] = (sub, shared_values(w, team, k))
    burst = rand_ts(rng, T0, T1 - 80 * DAY)
    cust0 = pick_customer(w)
    sids = []
    for i in members:
        shared = {k: v for k, (sub, v) in groups.items() if i in sub and k != "payout"}
        toks = ["shared_" + k for k, (sub, v) in groups.items() if i in sub]
        if multi:
            toks.append("multi_customer")
        created = burst + dt.timedelta(hours=rng.uniform(0, 24 * (3 if rng.random() < 0.5 else 60)))
        cust = (cust0 if rng.random() < 0.3 and not multi else pick_customer(w))
        payk = groups.get("payout")
        hp = hire_p if not payk else max(hire_p, 0.5)
        want_hire = rng.random() < hp
        if want_hire:
            cust = sharing_customer(w)
        claimed = weighted(rng, claimed_pool) if claimed_pool else None
        sid, p, tokens = make_persona_row(w, team, cust, created, primary, toks, shared=shared, claimed=claimed, farm=farm)
        sids.append(sid)
        if want_hire:
            sp = payk[1] if payk and i in payk[0] else None
            fraud_hire(w, sid, p, cust, primary, tokens, team, farm=farm if farm and rng.random() < 0.6 else None, shared_pay=sp)
    return sids


def laptop_farm(w, n_personas):
    """A US facilitator hosts laptops for hired personas of 1-3 teams."""
    rng = w.rng
    fac = Person(w, "US")
    f_addr = fac.addr
    kvm = rng.choice(data.IPKVM) if rng.random() < 0.7 else None
    farm = dict(addr=f_addr, net=fac.home, gw=mac(rng), ssid=ssid(rng, fac.last), kvm=kvm, tz=fac.place[1])
    teams = [Team(w) for _ in range(rng.randint(1, 3))]
    pay_fac = rng.random() < 0.4
    fac_acct = "%09d:%010d" % (rng.randrange(10 ** 9), rng.randrange(10 ** 10))
    # the facilitator's own account: a real US person, honest-looking
    ordinary(w, fac, "facilitator", ["farm_address", "farm_network"], hire_p=0.0)
    w.truth[w.rows[-1]["id"]] = (1, ["facilitator", "farm_address", "farm_network"])
    made = 1
    for i in range(n_personas):
        team = rng.choice(teams)
        cust = sharing_customer(w, need_laptop=True)
        created = rand_ts(rng, T0, T1 - 70 * DAY)
        toks = []
        sid, p, tokens = make_persona_row(w, team, cust, created, "laptop_farm", toks, farm=farm)
        made += 1
        pay = None
        t2 = list(tokens)
        if pay_fac:
            pay = dict(method="bank", dest=fac_acct, currency="USD", amount=rng.choice([6000, 7000, 8500]), period=14)
            t2.append("pay_to_facilitator")
        elif rng.random() < 0.5:
            pay = dict(method=rng.choice(["wallet", "crypto"]), dest=rng.choice(team.wallets), currency="USD", amount=7000, period=30)
            t2.append("shared_payout")
        if fraud_hire(w, sid, p, cust, "laptop_farm", t2, team, farm=farm, pay=pay):
            made += 1
    return made


def proxy_interviewees(w, n_proxies, per):
    """One skilled person sits the proctored tests and interviews for many personas."""
    rng = w.rng
    made = 0
    for _ in range(n_proxies):
        team = Team(w)
        western = rng.random() < 0.3
        if western:
            pc = rng.choice(["US", "UA", "PL", "IN"])
            pp = Person(w, pc)
            nets = [(1.0, pp.home)]
            clock = pp.place[1]
            devs = [(1.0, pp.dev)]
            tok = "proxy_hired_western"
        else:
            nets = team.exits(w)
            devs = [(1.0, team.new_dev(w))]
            clock = team.clock
            tok = "proxy_team_member"
        px = dict(face=face_spec(rng), nets=nets, devs=devs, clock=clock)
        for _ in range(per):
            cust = pick_customer(w)
            created = rand_ts(rng, T0, T1 - 60 * DAY)
            sid, p, tokens = make_persona_row(w, team, cust, created, "proxy_interviewee", ["proxy_test_taker", tok, "shared_test_device"], test_proxy=px)
            made += 1
            if rng.random() < 0.45:
                c2 = sharing_customer(w)
                w.rows[-1]["employer"] = c2["name"]
                w.rows[-1]["assessly_customer_id"] = f"cust_{c2['i']:04d}"
                if fraud_hire(w, sid, p, c2, "proxy_interviewee", tokens, team):
                    made += 1
    return made


def fake_recruiters(w, n_crews, per):
    """Accounts posing as customers' recruiters (Contagious Interview): lookalike domains, VPS, invitations to 'take-home tests'."""
    rng = w.rng
    made = 0
    for _ in range(n_crews):
        team = Team(w, way=rng.choice(["astrill", "vps", "vpn"]))
        vps = team.vps
        registrant = rng.choice(["REDACTED FOR PRIVACY", f"{hexid(rng, 6)}@proton.me", team.mailbox])
        devs = team.devs[:2]
        crew_doms = {}
        for j in range(per):
            cust = rng.choice(w.customers)
            base = cust["domain"].split(".")[0]
            if cust["name"] not in crew_doms:
                dom = rng.choice([f"{base}-careers.com", f"{base}-talent.com", f"{base}hr.io", f"join-{base}.com", f"{base}.careers", f"{base}-jobs.net"])
                crew_doms[cust["name"]] = dom
                w.domains.append(dict(domain=dom, company=cust["name"], registered_at=rand_ts(rng, T0 - 60 * DAY, T1 - 40 * DAY).date().isoformat(), registrant_email=registrant,
                                      ip=vps.ips[0], nameservers="dns1.registrar-servers.com;dns2.registrar-servers.com" if rng.random() < 0.6 else "ns1.njalla.net;ns2.njalla.net",
                                      assessly_kind="customer_claimed"))
            dom = crew_doms[cust["name"]]
            p = Person(w, "US")
            sid = w.new_id("R-")
            created = rand_ts(rng, T0, T1 - 40 * DAY)
            email = f"{fold(p.first).lower()}.{fold(p.last).lower().replace(' ', '')}@{dom}" if rng.random() < 0.6 else f"{fold(p.first).lower()}.{base}.hr@gmail.com"
            row = w.base_row(sid, "account", p, cust, created, email=email, phone=team.voip if rng.random() < 0.5 else phone_digits(rng, "US", rng.choice(list(data.US_AREA))))
            row["phone_line_type"] = "voip" if rng.random() < 0.7 else ""
            row["recovery_email"] = team.mailbox if rng.random() < 0.5 else ""
            row["signup_ip"] = vps.ips[0] if rng.random() < 0.6 else team.exits(w, 1)[0][1].pick(rng)
            w.set_photo(row, p, "face", edit_spec(rng), rng.choice(team.faces))
            row["profiles"] = f"https://www.linkedin.com/in/{p.handle}-{hexid(rng, 4)}"
            row["assessly_customer_id"] = f"cust_{cust['i']:04d}"
            row["assessly_role"] = rng.choice(["Technical Recruiter", "Talent Acquisition Lead", "Hiring Manager"])
            row["assessly_status"] = rng.choice(["active", "active", "suspended"])
            prof = Prof(sid, "rec")
            prof.created = created
            prof.segs = [Seg(created, min(T1, created + 90 * DAY), [(1.0, vps)] + team.exits(w, 2), [(1.0, rng.choice(devs))], team.clock, team.hours)]
            prof.n_logins = rng.randint(10, 40)
            toks = ["fake_recruiter", "lookalike_domain" if dom in email else "freemail_recruiter", "vps_ip"] + team.tokens
            w.add("account", True, toks, row, prof)
            made += 1
            # the developers it contacted: honest candidates; some lose their session to the stealer
            for _ in range(rng.randint(2, 7)):
                if len(w.rows) >= w.n - 2:
                    break
                vs = ordinary(w, None, "honest_candidate", ["fake_recruiter_contact"], customer=cust, created=created + rng.randint(1, 40) * DAY, invited_by=sid, hire_p=0.0)
                if rng.random() < 0.25:
                    vp = w.prof[vs]
                    for _ in range(rng.randint(1, 3)):
                        vp.late.append((vp.segs[0].b + rng.randint(1, 20) * DAY, vps, rng.choice(devs)))
                    w.truth[vs][1].append("session_stolen")
    return made


def front_agency(w, n_personas):
    rng = w.rng
    team = Team(w)
    name = rng.choice(["Apex Global Staffing", "BlueRidge Dev Partners", "Kestrel IT Solutions", "Nordic Byte Consulting", "Sunrise Tech Talent", "Vertex Code Partners"]) + ""
    dom = fold(name).lower().replace(" ", "") + rng.choice([".com", ".io", ".net"])
    pl = place("US", rng)
    addr = make_address(rng, "US", pl)
    phone = team.voip
    mailbox = f"talent@{dom}"
    acct = "%09d:%010d" % (rng.randrange(10 ** 9), rng.randrange(10 ** 10))
    w.domains.append(dict(domain=dom, company=name, registered_at=rand_ts(rng, T0 - 120 * DAY, T0 + 60 * DAY).date().isoformat(), registrant_email="REDACTED FOR PRIVACY",
                          ip=team.vps.ips[0], nameservers="dns1.registrar-servers.com;dns2.registrar-servers.com", assessly_kind="agency"))
    made = 0
    for _ in range(n_personas):
        cust = pick_customer(w)
        created = rand_ts(rng, T0 + 60 * DAY, T1 - 40 * DAY)
        toks = ["agency_submitted", "front_company"]
        shared = {"recovery_email": mailbox} if rng.random() < 0.7 else {}
        if rng.random() < 0.5:
            shared["phone"] = phone
        if rng.random() < 0.4:
            shared["address"] = addr
        hired = rng.random() < 0.35
        if hired:
            cust = sharing_customer(w)
        sid, p, tokens = make_persona_row(w, team, cust, created, "front_agency", toks, shared=shared, source="agency", agency=name)
        made += 1
        if hired:
            if fraud_hire(w, sid, p, cust, "front_agency", tokens + ["agency_payout"], team,
                          pay=dict(method="bank", dest=acct, currency="USD", amount=7200, period=30)):
                made += 1
    return made


def rented_accounts(w, n):
    """A real person's account driven later by an operator (identity rental)."""
    rng = w.rng
    made = 0
    for _ in range(n):
        team = Team(w)
        country = rng.choice(["US", "US", "US", "UA", "PH", "KE", "NG", "PK", "IN"])
        p = Person(w, country)
        created = rand_ts(rng, T0, T1 - 120 * DAY)
        switch = created + rng.randint(20, 60) * DAY
        newdev = team.new_dev(w)
        segs = [Seg(created, switch, [(0.8, p.home), (0.2, p.mobile)], [(1.0, p.dev)], p.place[1]),
                Seg(switch, min(T1, switch + 90 * DAY), team.exits(w), [(1.0, newdev)], team.clock, team.hours)]
        cust = sharing_customer(w)
        sid = candidate(w, p, cust, created, "account_rented", ["new_device_takeover"] + team.tokens, fraud=True, segs=segs, tests=rng.randint(2, 4))
        w.prof[sid].tools = list(newdev.procs)
        made += 1
        if rng.random() < 0.6:
            m = rng.choice(["wallet", "crypto"])
            if fraud_hire(w, sid, p, cust, "account_rented", ["new_device_takeover", "payout_to_intermediary"] + team.tokens, team,
                          pay=dict(method=m, dest=rng.choice(team.wallets), currency="USD", amount=6400, period=14)):
                made += 1
    return made


def lone(w, n):
    rng = w.rng
    made = 0
    for _ in range(n):
        team = Team(w)
        quiet = rng.random() < 0.3
        toks = ["few_traits"] if quiet else []
        if quiet:
            team.way = "resiproxy"
            team.clock, team.hours = "America/Chicago", (8, 19)
            team.slip = None
            team.tokens = ["us_hours_worked", "residential_proxy"]
            team.kb = "en-US"
            team.spoof_tz = True
        cust = pick_customer(w)
        want = rng.random() < 0.35
        if want:
            cust = sharing_customer(w)
        sid, p, tokens = make_persona_row(w, team, cust, rand_ts(rng, T0, T1 - 40 * DAY), "lone_persona", toks)
        if quiet:
            w.rows[-1]["phone_line_type"] = "mobile" if rng.random() < 0.5 else w.rows[-1]["phone_line_type"]
        made += 1
        if want and fraud_hire(w, sid, p, cust, "lone_persona", tokens, team):
            made += 1
    return made
