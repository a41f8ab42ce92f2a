"""Fraud on Gigforge: operator teams, their personas, and every scheme (farms, rings, fronts, mules, rentals, recruiters)."""
import datetime as dt

from . import data, infra
from .build import Payout, Period, Subject, identity, new_client_laptop
from .infra import T0, T1
from .people import freelancer

CLAIMED = ["US"] * 13 + ["CA", "GB", "PL", "UA", "JP", "DE", "PT", "RS", "MX", "VN"]
US_ZONES = ["America/New_York", "America/Chicago", "America/Los_Angeles", "America/Denver"]


class Team:
    """One operator cell: a base, a clock, a way out to the internet, a few machines, wallets, mailboxes, numbers."""

    def __init__(self, w, rng, tid):
        self.tid = tid
        self.base = rng.choice(data.BASES)
        self.off = self.base[2]
        self.us_clock = rng.random() < 0.5
        self.exit = rng.choices(["astrill", "resproxy", "vpn", "vps"], [40, 26, 20, 14])[0]
        self.exits = self._exits(w, rng)
        self.slip = w.nets.base(self.base) if rng.random() < 0.3 else None
        tz = rng.choice(US_ZONES) if rng.random() < 0.6 else ("Asia/Shanghai" if self.base[1] == "CN" else "Asia/Vladivostok" if self.base[1] == "RU" else "Asia/Bangkok")
        kb = "ko-KR" if rng.random() < 0.15 else "en-US"
        self.machines = [infra.computer(rng, tz, kb, rng.choice(["DESKTOP", "PC", "USER"])) for _ in range(rng.randrange(2, 5))]
        self.vps = w.nets.vps("US")
        self.faces = [f"stock{rng.randrange(12)}" if rng.random() < 0.3 else f"gen{tid}-{i}" for i in range(rng.randrange(1, 4))]
        self.wallets = [Payout(T0 - dt.timedelta(days=400), T1, "crypto" if rng.random() < 0.4 else "wallet", "", "USDT", "") for _ in range(rng.randrange(1, 4))]
        for wal in self.wallets:
            if wal.method == "crypto":
                wal.dest, wal.provider = "T" + "".join(rng.choice("123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz") for _ in range(33)), "tron"
            else:
                first, last = rng.choice(data.NAMES["us"][1]), rng.choice(data.NAMES["us"][2])
                wal.provider, wal.currency = rng.choice(["payoneer", "wise", "paypal"]), "USD"
                wal.dest = f"{wal.provider}:{infra.personal_email(rng, first, last)}"
        self.mailboxes = [infra.personal_email(rng, rng.choice(data.NAMES["us"][1]), rng.choice(data.NAMES["us"][2]), rng.choice(["gmail.com", "outlook.com", "proton.me"]))
                          for _ in range(rng.randrange(1, 3))]
        self.voips = [infra.phone_e164(rng, "US") for _ in range(rng.randrange(1, 4))]

    def _exits(self, w, rng):
        if self.exit == "astrill":
            return [w.nets.exits("astrill", rng.choice(data.ASTRILL), rng.choice(["US", "US", "JP", "KR"]))]
        if self.exit == "vpn":
            return [w.nets.exits("vpn", rng.choice(data.VPNS), "US")]
        if self.exit == "vps":
            return [w.nets.vps("US")]
        return [resproxy(w, rng)]


def resproxy(w, rng):
    """Residential proxy pools (911 S5-style): US home-ISP addresses, huge pools, sometimes flagged as proxies."""
    owner, asn = rng.choice(data.COUNTRIES["US"][5])
    key = rng.randrange(3)
    return w.nets.exits("resproxy", (owner, asn), "US", 900) if key == 0 else w.nets.exits("resproxy", (owner + " ", asn), "US", 900)


def persona(w, rng, team, tokens, victim=None, claimed=None, unique_device=None, kyc_p=None, hired_p=0.75, face=None, created=None):
    """A fake or stolen identity driven by the team: the ordinary profile recipe, then the operator's life behind it."""
    claimed = claimed or rng.choice(CLAIMED)
    tokens = list(tokens)
    kw = {}
    if victim is not None:
        claimed = victim.country
        kw = dict(first=victim.first, last=victim.last, address=dict(victim.addr))
        tokens += ["stolen_identity", "victim_present"]
    elif claimed == "US" and rng.random() < 0.35:
        tokens.append("stolen_identity")
    else:
        tokens.append("synthetic_identity")
    culture = None
    if victim is None and claimed == "US" and rng.random() < 0.15:
        culture = rng.choice(["kr", "cn", "jp", "vn"])
    verified = "stolen_identity" in tokens
    s = freelancer(w, rng, claimed, tokens, culture=culture, modifiers=False, hired_p=hired_p, created=created,
                   kyc_p=kyc_p if kyc_p is not None else (0.7 if verified else 0.3), photo="face" if face is None else "face", face=face)
    s.fraud = 1
    if victim is not None:
        s.birth, s.nid = victim.birth, victim.nid
        if rng.random() < 0.3 and victim.photo:
            s.photo = w.photo("face", w.photos[victim.photo][1], rng.randrange(5, 9))
            s.tokens.append("victim_photo_edited")
    if rng.random() < (0.7 if claimed == "US" else 0.4):
        # Google Voice-style US numbers, also for personas claiming other countries.
        s.phone_e164 = infra.phone_e164(rng, "US")
        s.phone = infra.phone_typed(rng, s.phone_e164, claimed)
        s.phone_lt = infra.line_type(rng, "voip", "US")
        s.tokens.append("voip_phone")
    if rng.random() < 0.5:
        s.rec_email = infra.personal_email(rng, s.first, s.last, rng.choice(["gmail.com", "proton.me", "outlook.com"]))
    operate(w, rng, s, team, unique_device if unique_device is not None else rng.random() < 0.5)
    return s


def operate(w, rng, s, team, unique_device, start=None, base=None):
    """Replace the persona's life with the team's: exits (and a slip now and then), machines, clock, time zone."""
    if unique_device:
        # An anti-detect browser profile or a VM per persona: a device nobody else uses.
        dev = infra.computer(rng, team.machines[0].tz, team.machines[0].keyboard, "USER")
        devs = [dev, dev]
    else:
        devs = rng.sample(team.machines, min(len(team.machines), rng.randrange(1, 3)))
        s.tokens.append("team_machine")
    nets = [(x, 1.0) for x in team.exits]
    if team.slip:
        nets.append((team.slip, 0.04))
        s.tokens.append("foreign_ip_slip")
    hour0 = (22 if team.us_clock else 9.5) + rng.uniform(-1, 1.5)
    p = Period(start or s.created, T1, nets, devs, team.off, hour0 % 24, rng.uniform(8, 11), rng.uniform(0.6, 1.6))
    p.weekend = 0.5
    if base is not None:
        base.end = p.start
    else:
        laptops = [d for q in s.periods for d in q.devices if d.system and "-LT" in d.system]
        p.devices += laptops
        p.tracker = laptops[0] if laptops else None
        s.periods = []
    s.periods.append(p)
    s.tokens.append("us_hours_worked" if team.us_clock else "asia_hours")
    s.tokens.append({"astrill": "vpn_astrill", "resproxy": "residential_proxy", "vpn": "vpn_commercial", "vps": "vps_ip"}[team.exit])
    s.signup_ip = nets[0][0].ip(rng)
    if not s.contracts:
        p.rate = rng.uniform(0.05, 0.3)
    return p


def stolen_victims(w, rng, n):
    """Real US developers on Gigforge whose identity (name, birth date, SSN hash, address) a persona uses."""
    return [freelancer(w, rng, "US", ["honest_id_theft_victim"], kyc_p=0.9) for _ in range(n)]


# ---- what rings share ---------------------------------------------------------------------------------------

SHARE_KINDS = ["payout", "recovery_email", "recovery_phone", "device", "photo", "resume", "address", "phone", "profile", "ip"]


def share(w, rng, team, members, kind):
    """Make members share one kind of thing (the token names it)."""
    if kind == "payout":
        po = rng.choice(team.wallets)
        for s in members:
            s.payouts = [po]
    elif kind == "recovery_email":
        mb = rng.choice(team.mailboxes)
        for s in members:
            s.rec_email = mb
    elif kind == "recovery_phone":
        v = rng.choice(team.voips)
        for s in members:
            s.rec_phone = infra.phone_typed(rng, v, s.country)
            s.rec_phone_lt = infra.line_type(rng, "voip", "US")
    elif kind == "device":
        d = rng.choice(team.machines)
        for s in members:
            s.periods[-1].devices.append(d)
    elif kind == "photo":
        face = rng.choice(team.faces)
        for s in members:
            s.photo = w.photo("face", face, rng.randrange(0, 4))
            s.tokens.append("ai_edited_photo")
    elif kind == "resume":
        src = members[0]
        text = resume_stock(rng, src)
        for s in members:
            s.resume = w.resume_file(text.replace(src.first + " " + src.last, s.first + " " + s.last).replace("years", rng.choice(["years", "yrs", "years"])),
                                     rng.choice(["pdf", "docx", "txt", "inline"]))
            s.tokens.append("cloned_resume")
    elif kind == "address":
        a = infra.us_address(rng)
        for s in members:
            s.addr = dict(a)
            s.address = infra.address_text(rng, a)
    elif kind == "phone":
        v = rng.choice(team.voips)
        for s in members:
            s.phone_e164 = v
            s.phone = infra.phone_typed(rng, v, s.country)
            s.phone_lt = infra.line_type(rng, "voip", "US")
    elif kind == "profile":
        url = f"https://github.com/{rng.choice(['dev', 'code', 'sr', 'the'])}{infra.hexid(rng, 5)}"
        for s in members:
            s.profiles = [url] + s.profiles
    elif kind == "ip":
        vps = team.vps
        for s in members:
            s.periods[-1].nets.append((vps, 0.8))
    for s in members:
        s.tokens.append("shared_" + kind)


def resume_stock(rng, s):
    return "\n".join([s.first + " " + s.last, "Senior Full-stack Engineer", "Summary",
                      "Senior software engineer with 9 years of experience building scalable web and mobile applications for US startups and enterprises.",
                      "Experience", "Meta Platforms - 2019-2023", "- Led migration of payment services to microservices, cutting latency by 40%",
                      "Upwork Enterprise clients - 2016-2019", "- Delivered 30+ React/Node.js projects with 100% job success",
                      "Skills", "React, Next.js, Node.js, TypeScript, Python, AWS, Solidity, Web3"])


# ---- schemes ------------------------------------------------------------------------------------------------

def teams(w, rng, n):
    return [Team(w, rng, i) for i in range(n)]


def take_victim(victims):
    return victims.pop() if victims else None


def laptop_farms(w, rng, tms, victims, n):
    """US facilitators host client laptops for personas of 1-3 teams: one address, one home network, IP-KVMs, remote tools."""
    made = 0
    shipping = [c for c in w.clients if c.ships] or w.clients
    while made < n:
        fac = freelancer(w, rng, "US", ["facilitator"], hired_p=0.2, kyc_p=0.9)
        fac.fraud = 1
        farm = fac.home
        farm_addr = fac.addr
        kvm = rng.random() < 0.7
        pay_fac = rng.random() < 0.4
        fac_bank = Payout(T0 - dt.timedelta(days=300), T1, "bank", infra.national_id_hash(w.seed, f"fac|{fac.last}|{infra.hexid(rng, 8)}"), "USD",
                          rng.choice(data.BANKS["US"]))
        if pay_fac:
            fac.payouts = [fac_bank]
        crew = rng.sample(tms, rng.randrange(1, 4))
        k = rng.randrange(4, 15)
        for _ in range(k):
            team = rng.choice(crew)
            victim = take_victim(victims) if rng.random() < 0.4 else None
            s = persona(w, rng, team, ["laptop_farm"], victim=victim, claimed="US", hired_p=0.0)
            # Long contracts at clients that ship laptops, sent to the farm.
            t = infra.rand_time(rng, max(s.created, T0) + dt.timedelta(days=10), T1 - dt.timedelta(days=120))
            for _c in range(rng.choice([1, 1, 2])):
                cl = rng.choice(shipping)
                end = min(T1, t + dt.timedelta(weeks=rng.randrange(14, 60)))
                s.contracts.append((cl, t, end, rng.random() < 0.85))
                t = end + dt.timedelta(days=rng.randrange(5, 40))
                if t > T1 - dt.timedelta(days=100):
                    break
            s.employer = s.contracts[-1][0].name
            s.kind = "contractor"
            at_farm = rng.random() < 0.4
            if at_farm:
                s.addr = dict(farm_addr)
                s.address = infra.address_text(rng, farm_addr)
            else:
                s.tokens.append("ship_mismatch")
            ops = s.periods[0]
            ops.tracks = False
            for cl, a, b, _h in s.contracts:
                ship_t = a - dt.timedelta(days=rng.randrange(3, 10))
                addr = infra.address_text(rng, farm_addr)
                if rng.random() < 0.2:
                    addr = addr.replace(",", f" c/o {fac.first} {fac.last},", 1)
                s.ships.append((ship_t, f"{infra.slug(cl.name)[:4].upper()}-C02{infra.hexid(rng, 8).upper()}", addr, "laptop"))
                if rng.random() < 0.5:
                    s.ships.append((ship_t, f"YK-{rng.randrange(10**7, 10**8)}", addr, "yubikey"))
            s.tokens.append("shared_ship_address")
            lap = new_client_laptop(w, rng, s, s.contracts[0][0], rng.choice(US_ZONES), "en-US")
            tool, port = rng.choice(data.REMOTE_TOOLS[:5])
            lap.procs.append(tool)
            if port and rng.random() < 0.7:
                lap.ports.append(port)
            s.tokens.append("remote_tools")
            if kvm:
                lap.usbs.append(rng.choice(data.IP_KVM))
                if rng.random() < 0.6:
                    lap.displays.append(rng.choice(data.IP_KVM_EDID))
                s.tokens.append("ip_kvm")
            farm_p = Period(s.contracts[0][1], T1, [(farm, 1.0)], [lap], team.off, ops.hour0, ops.hours, 0.3, lap)
            farm_p.site = farm
            farm_p.weekend = ops.weekend
            if rng.random() < 0.6:
                farm_p.remote.append((team.vps.ips[0], s.contracts[0][1] + dt.timedelta(days=rng.uniform(1, 10))))
                s.tokens.append("long_remote_session")
            s.periods.append(farm_p)
            s.tokens.append("farm_network")
            s.payouts = [fac_bank] if pay_fac else [rng.choice(team.wallets)]
            s.tokens.append("pay_to_facilitator" if pay_fac else "team_wallet")
        made += k + 1


def overt_rings(w, rng, tms, victims, n):
    made = 0
    while made < n:
        team = rng.choice(tms)
        k = rng.randrange(4, 11)
        members = [persona(w, rng, team, ["ring_overt"], victim=take_victim(victims) if rng.random() < 0.15 else None) for _ in range(k)]
        for kind in rng.sample(SHARE_KINDS, rng.randrange(3, 7)):
            sub = members if rng.random() < 0.4 else rng.sample(members, max(2, int(k * rng.uniform(0.4, 0.9))))
            share(w, rng, team, sub, kind)
        made += k


def careful_rings(w, rng, tms, n):
    """Rings of 2-5 that share exactly one kind of thing; every other trace is the persona's own."""
    made = 0
    while made < n:
        team = rng.choice(tms)
        k = rng.randrange(2, 6)
        members = [persona(w, rng, team, ["ring_careful"], unique_device=True) for _ in range(k)]
        for s in members:
            s.periods[-1].nets = [(resproxy(w, rng), 1.0)] if rng.random() < 0.6 else s.periods[-1].nets
            s.tokens = [t for t in s.tokens if t != "foreign_ip_slip"]
            s.periods[-1].nets = [(n_, wt) for n_, wt in s.periods[-1].nets if n_.kind != "base"]
        share(w, rng, team, members, rng.choice(SHARE_KINDS))
        made += k


def split_rings(w, rng, tms, n):
    """Rings spread over many clients and claimed countries, tied only by infrastructure shared in sub-groups."""
    made = 0
    while made < n:
        team = rng.choice(tms)
        k = rng.randrange(3, 9)
        members = [persona(w, rng, team, ["ring_split", "multi_client"], claimed=rng.choice(CLAIMED[8:] + ["US", "US"]), unique_device=True)
                   for _ in range(k)]
        for kind in rng.sample(["ip", "device"], rng.randrange(1, 3)):
            share(w, rng, team, rng.sample(members, max(2, k // 2)), kind)
        made += k


def front_agencies(w, rng, tms, n):
    """Front 'staffing agencies' whose members are personas: new domain, mailbox, VOIP office line, virtual office, one payout."""
    made = 0
    while made < n:
        crew = rng.sample(tms, rng.randrange(1, 3))
        aname = rng.choice(data.COMPANY_WORDS) + rng.choice([" Tech Solutions", " Global IT", " Consulting", "soft", " Digital"])
        dom = infra.slug(aname) + rng.choice([".com", ".us", ".io", ".net"])
        reg = infra.rand_time(rng, T0 - dt.timedelta(days=200), T0 + dt.timedelta(days=300))
        w.domain(dom, aname + " LLC", reg.date().isoformat(), rng.choice(data.PRIVACY_EMAILS), crew[0].vps.ips[0], rng.choice(data.REGISTRARS_NS[:2] + data.REGISTRARS_NS[4:6]))
        mailbox = rng.choice([f"hr@{dom}", f"admin@{dom}", f"{infra.slug(aname)}.llc@gmail.com"])
        ophone = infra.phone_e164(rng, "US")
        vo = infra.us_address(rng)
        vo["unit"] = rng.choice([" Suite 100", f" Ste {rng.randrange(100, 900)}", f" #{rng.randrange(1000, 9999)}"])
        po = Payout(T0 - dt.timedelta(days=100), T1, rng.choice(["bank", "wallet"]), "", "USD", "payoneer")
        po.dest = infra.national_id_hash(w.seed, f"front|{aname}") if po.method == "bank" else f"payoneer:{mailbox}"
        k = rng.randrange(5, 16)
        for i in range(k):
            s = persona(w, rng, rng.choice(crew), ["front_agency"] + (["agency_owner"] if i == 0 else []), claimed=rng.choice(["US", "US", "US", "CA", "PL"]))
            s.extra["gigforge_agency"] = aname
            s.extra["gigforge_role"] = "agency_owner" if i == 0 else "agency_member"
            if i and rng.random() < 0.7:
                s.rec_email = mailbox
                s.tokens.append("agency_recovery")
            if i and rng.random() < 0.4:
                s.rec_phone = infra.phone_typed(rng, ophone, s.country)
                s.rec_phone_lt = infra.line_type(rng, "voip", "US")
                s.tokens.append("agency_phone")
            if rng.random() < 0.35:
                s.addr = dict(vo)
                s.address = infra.address_text(rng, vo)
                s.tokens.append("agency_address")
            if s.contracts and rng.random() < 0.8:
                s.payouts = [po]
                s.tokens.append("agency_payout")
            s.profiles.append(f"https://{dom}/team/{infra.slug(s.first)}")
        made += k


def mules(w, rng, tms, n):
    """US money mules: their bank accounts collect payouts of a few otherwise unconnected personas, often after a switch."""
    made = 0
    while made < n:
        acct = Payout(T0, T1, "bank", infra.national_id_hash(w.seed, f"mule|{infra.hexid(rng, 10)}"), "USD", rng.choice(data.BANKS["US"]))
        k = rng.randrange(2, 5)
        for _ in range(k):
            team = rng.choice(tms)
            s = persona(w, rng, team, ["mule_payout", "shared_payout"], unique_device=True, hired_p=1.0)
            if s.payouts and s.contracts and rng.random() < 0.5:
                t = s.contracts[0][1] + dt.timedelta(days=rng.randrange(20, 80))
                s.payouts[0].end = t
                s.payouts.append(Payout(t, T1, acct.method, acct.dest, "USD", acct.provider))
                s.tokens.append("payout_changed")
            else:
                s.payouts = [acct]
        made += k


def rented_accounts(w, rng, tms, n):
    """Real freelancers' accounts rented out or sold: honest history, then a new machine, network, clock and payout."""
    for i in range(n):
        team = rng.choice(tms)
        bought = rng.random() < 0.4
        c = rng.choice(["US", "US", "US", "UA", "PH", "KE", "NG", "PK", "GB", "CA"])
        s = freelancer(w, rng, c, ["account_bought" if bought else "account_rented"], hired_p=1.0, created=infra.rand_time(rng, T0 - dt.timedelta(days=1500), T0 - dt.timedelta(days=60)))
        s.fraud = 1
        s.contracts, s.ships = [], []
        hire(w, rng, s, start=max(s.created, T0) + dt.timedelta(days=rng.randrange(5, 100)))
        take = infra.rand_time(rng, T0 + dt.timedelta(days=200), T1 - dt.timedelta(days=90))
        hire(w, rng, s, n=rng.choice([1, 2]), start=take + dt.timedelta(days=rng.randrange(3, 30)))
        base = s.periods[0]
        operate(w, rng, s, team, rng.random() < 0.6, start=take, base=base)
        s.tokens.append("new_device_takeover")
        if s.payouts:
            s.payouts[-1].end = take
        nw = rng.choice(team.wallets) if rng.random() < 0.3 else Payout(take, T1, "wallet", f"payoneer:{infra.personal_email(rng, s.first, s.last, 'gmail.com')}", "USD", "payoneer")
        s.payouts.append(Payout(take, T1, nw.method, nw.dest, nw.currency, nw.provider))
        s.tokens.append("payout_changed")
        if bought:
            s.email = infra.personal_email(rng, s.first, s.last, rng.choice(["gmail.com", "proton.me"]))
            s.phone_e164 = infra.phone_e164(rng, "US")
            s.phone = infra.phone_typed(rng, s.phone_e164, s.country)
            s.phone_lt = infra.line_type(rng, "voip", "US")
            s.tokens.append("contact_changed")


def hire(w, rng, s, n=None, start=None):
    from .build import hire as _hire
    before = len(s.contracts)
    _hire(w, rng, s, n=n, start=start)
    return s.contracts[before:]


def lone_personas(w, rng, tms, n):
    for _ in range(n):
        team = rng.choice(tms)
        quiet = rng.random() < 0.35
        s = persona(w, rng, team, ["lone_persona"] + (["few_traits"] if quiet else []), unique_device=True)
        if quiet:
            p = s.periods[-1]
            p.nets = [(resproxy(w, rng), 1.0)]
            p.hour0 = (14 + p.offset + rng.uniform(-1, 1)) % 24
            p.devices[0].tz = rng.choice(US_ZONES)
            s.tokens = [t for t in s.tokens if t not in ("foreign_ip_slip", "vpn_astrill", "vps_ip", "vpn_commercial")]


def fake_recruiters(w, rng, tms, n):
    """Contagious Interview crews: 'recruiters' of real clients on look-alike domains who lure developers into a test."""
    made = 0
    crews = []
    while made < n:
        team = rng.choice(tms)
        cl = rng.choice(w.clients)
        base = cl.domain.split(".")[0]
        look = rng.choice([f"{base}-careers.com", f"{base}-talent.io", f"hr-{base}.com", f"{base}hiring.net", f"{base[:-1]}{base[-1]}{base[-1]}.com", f"{base}-jobs.org"])
        reg = infra.rand_time(rng, T0 + dt.timedelta(days=60), T1 - dt.timedelta(days=60))
        w.domain(look, cl.name, infra.iso(reg), rng.choice(data.PRIVACY_EMAILS), team.vps.ips[0], rng.choice(data.REGISTRARS_NS[:2] + data.REGISTRARS_NS[4:6]))
        k = rng.randrange(2, 7)
        for i in range(k):
            s = w.add(Subject("account"))
            s.fraud = 1
            s.tokens = ["fake_recruiter", "lookalike_domain" if rng.random() < 0.7 else "freemail_recruiter"]
            identity(w, rng, s, "US")
            s.email = f"{infra.slug(s.first)}.{infra.slug(s.last)}@{look}" if s.tokens[1] == "lookalike_domain" else infra.personal_email(rng, s.first, s.last, "gmail.com")
            s.employer = cl.name
            s.created = reg + dt.timedelta(days=rng.uniform(1, 30))
            s.extra.update({"gigforge_kyc": "none", "gigforge_role": "client_recruiter"})
            s.photo = w.photo("face", rng.choice(team.faces), rng.randrange(0, 6))
            s.tokens.append("ai_edited_photo")
            s.phone_e164 = rng.choice(team.voips)
            s.phone = infra.phone_typed(rng, s.phone_e164, "US")
            s.phone_lt = infra.line_type(rng, "voip", "US")
            p = Period(s.created, min(T1, s.created + dt.timedelta(days=rng.randrange(30, 200))), [(team.vps, 1.0)] + [(x, 1.0) for x in team.exits],
                       rng.sample(team.machines, 1), team.off, 22 if team.us_clock else 9.5, 9, rng.uniform(2, 5))
            p.tracks = False
            s.periods = [p]
            s.signup_ip = team.vps.ips[0]
            crews.append((team, p))
        made += k
    return crews


def recruiter_contacts(w, rng, crews, honest):
    """Each fake recruiter contacts developers; some run the 'take-home test' and their session is replayed from the crew's server."""
    for team, p in crews:
        for dev in rng.sample(honest, rng.randrange(3, 9)):
            if "fake_recruiter_contact" in dev.tokens or not dev.periods:
                continue
            dev.tokens.append("fake_recruiter_contact")
            if rng.random() < 0.25:
                t = infra.rand_time(rng, max(p.start, T0), max(p.end, T0 + dt.timedelta(days=1)))
                d = dev.periods[0].devices[0]
                q = Period(t, t + dt.timedelta(days=rng.uniform(1, 4)), [(team.vps, 1.0)], [d], team.off, 0, 24, 5)
                q.tracks = False
                dev.periods.append(q)
                dev.tokens.append("session_stolen")


def resume_thieves(w, rng, frauds, honest, n):
    """Personas that lift an honest developer's resume or portfolio link."""
    donors = [s for s in honest if s.resume.startswith("resumes/") and w.resumes[s.resume][0] in ("txt", "md", "pdf", "docx")]
    for s in rng.sample(frauds, min(n, len(frauds))):
        d = rng.choice(donors)
        fmt, text = w.resumes[d.resume]
        s.resume = w.resume_file(text.replace(d.first + " " + d.last, s.first + " " + s.last).replace(d.email, s.email), rng.choice(["pdf", "docx", "txt"]))
        s.tokens.append("resume_from_honest")
        if "resume_copied_victim" not in d.tokens:
            d.tokens.append("resume_copied_victim")
        if d.profiles and rng.random() < 0.3:
            s.profiles = s.profiles + [d.profiles[0]]
            s.tokens.append("profile_from_honest")
            if "portfolio_copied_victim" not in d.tokens:
                d.tokens.append("portfolio_copied_victim")
