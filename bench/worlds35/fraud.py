"""The fraud populations: DPRK IT-worker teams, their personas and rings, facilitators and laptop farms, mules, stolen identities, proxy interviews."""
from . import data as D
from .infra import DAY, WIN0, WIN1, Net, ascii_fold
from .lives import Person, apply, place, bank_account, HUBWISE
from . import honest as H

BASES = [("CN", "Shenyang"), ("CN", "Dandong"), ("CN", "Yanji"), ("RU", "Vladivostok"), ("LA", "Vientiane")]
THIRD = ["PL", "UA", "RS", "RO", "GB", "CA", "MX", "JP", "SG", "AE", "PT", "VN", "ES", "DE", "NL", "AR", "CO"]
FAC_COUNTRIES = [("US", 80), ("CA", 6), ("GB", 6), ("PL", 4), ("NL", 2)]
SHARE_KINDS = ["recovery_email", "recovery_phone", "device", "signup_ip", "payout", "shipping", "photo", "resume", "github", "phone"]


class Team:
    def __init__(self, w, ctx, i):
        self.i = i
        self.w = w
        bc, bn = BASES[i % len(BASES)] if i < len(BASES) else w.pick(BASES)
        self.base_city = w.city_named(bc, bn)
        self.base_country = bc
        self.base_net = w.home_net(bc, self.base_city)
        self.office_gw = w.mac()
        prov = "Astrill" if w.chance(0.75) else w.pick(["NordVPN", "ExpressVPN", "Surfshark"])
        self.vpn_provider = prov
        us_exits = [x for x in D.VPN_EXIT_CITIES if x[0] == "US"]
        self.exits = [w.vpn_net(prov, w.pick(us_exits)) for _ in range(3)] + [w.vpn_net(prov)]
        self.vps = [w.vps_net() for _ in range(w.r.randrange(1, 3))]
        self.laptops = [w.uid("fp_", 16) for _ in range(w.r.randrange(4, 9))]
        self.mailboxes = [f"{w.pick(['dev', 'work', 'job', 'career', 'smart', 'top'])}{w.pick(['star', 'team', 'pro', 'hub', 'wave'])}{w.r.randrange(10, 999)}@{w.pick(['gmail.com', 'outlook.com', 'proton.me', 'yahoo.com'])}" for _ in range(w.r.randrange(2, 5))]
        self.voip = [w.phone("US") for _ in range(w.r.randrange(4, 9))]
        self.masters = [w.media.template() for _ in range(w.r.randrange(2, 4))]
        self.faces = [w.media.face() for _ in range(w.r.randrange(2, 5))]
        self.payoneer = [f"payoneer:{m}" for m in self.mailboxes[:2]] + [f"payoneer:{w.hex(6)}@{w.pick(['gmail.com', 'outlook.com'])}"]
        self.usdt = ["T" + w.hex(33) for _ in range(2)]
        self.github = f"{w.pick(['nova', 'quantum', 'stellar', 'blockforge', 'cyber', 'apex'])}-{w.pick(['labs', 'devs', 'soft', 'team'])}"
        self.clock = "us_hours_from_asia" if w.chance(0.7) else "asia_hours"
        self.kp = w.chance(0.35)
        self.kp_net = Net("residential", "KP", "Pyongyang", 39.03, 125.75, 131279, "Ryugyong-dong / Star JV", False,
                          [f"175.45.{w.r.randrange(176, 180)}.{w.r.randrange(1, 255)}" for _ in range(4)])
        self.fronts = []
        for _ in range(w.r.randrange(1, 3)):
            nm = f"{w.pick(['Nexora', 'Blockwise', 'Veltrix', 'Synthara', 'Cloudmint', 'Arcadia', 'Zentra', 'Lumora'])} {w.pick(['Digital', 'Technologies', 'Solutions', 'Labs'])}"
            dom = ascii_fold(nm).lower().replace(" ", "") + w.pick([".com", ".io", ".tech", ".co"])
            self.fronts.append((nm, dom))
            ctx.front_domains.append((dom, nm, self))
        self.facilitators = [Facilitator(w, ctx, self) for _ in range(w.r.randrange(2, 4))]
        self.mules = [Mule(w, ctx, self) for _ in range(w.r.randrange(1, 3))]
        # proxy interviewer: a facilitator's home or a hired stand-in's line and laptop
        if w.chance(0.5):
            f = w.pick(self.facilitators)
            self.interviewer = (f.p.home, f.p.device)
        else:
            c = w.city("US")
            self.interviewer = (w.home_net("US", c), w.uid("fp_", 16))


class Facilitator:
    """A US (or Canadian, British, Polish, Dutch) facilitator: home line and router, a laptop farm, a bank account."""

    def __init__(self, w, ctx, team):
        c = w.wpick(FAC_COUNTRIES)
        self.country = c
        p = Person(w, c, "facilitator", fraud=True)
        self.p = p
        p.add_trait(f"team_{team.i}")
        self.bank = bank_account(w, c)
        p.pay = ("bank", self.bank, "ACH" if c == "US" else "SWIFT", "USD")
        self.address = w.fmt_address(p.addr, careless=0)
        self.addr = p.addr
        self.ipkvm = w.chance(0.65)
        self.tools = w.r.sample(D.REMOTE_TOOLS, w.r.randrange(1, 3))
        self.team = team
        self.farm_size = 0
        self.own_rows_done = False
        ctx.facilitators.append(self)

    def own_rows(self, w, ctx):
        """The facilitator's own application (and sometimes a placement paid to the same bank)."""
        p = self.p
        if w.chance(0.75):
            H.run_life(w, p, ctx, placed_p=0.3)


class Mule:
    def __init__(self, w, ctx, team):
        p = Person(w, "US", "money_mule", fraud=True)
        p.add_trait(f"team_{team.i}")
        self.p = p
        self.bank = bank_account(w, "US")
        p.pay = ("bank", self.bank, "ACH", "USD")
        self.done = False
        ctx.mules.append(self)


def make_persona(w, ctx, team, kind, claim=None, victim=None, careful=False):
    claim = claim or ("US" if w.chance(0.6) else w.pick(THIRD))
    if victim is not None:
        claim = "US"
        p = Person(w, "US", kind, fraud=True, name=(victim.first, victim.last, victim.origin), city=victim.city)
        p.birth, p.nid = victim.birth, victim.nid
        if w.chance(0.3):
            p.addr = victim.addr
            p.add_trait("victim_address")
        p.add_trait("stolen_identity")
    else:
        p = Person(w, claim, kind, fraud=True)
    p.team = team
    if team is not None:
        p.add_trait(f"team_{team.i}")
    p.email_addr = f"{ascii_fold(p.first).lower().replace(' ', '')}{ascii_fold(p.last).lower().replace(' ', '')[:4]}{w.r.randrange(1, 999)}@{w.pick(['gmail.com', 'gmail.com', 'outlook.com', 'proton.me', 'hotmail.com'])}" if w.chance(0.6) else p.email_addr
    # networks: a residential-proxy exit in the claimed country, the team's VPN, rarely the base
    p.proxy = w.resi_proxy(claim)
    p.nets_portal = [(p.proxy, 5)]
    p.add_trait("residential_proxy")
    if team is not None and not careful:
        p.nets_portal.append((w.pick(team.exits), 4))
        p.add_trait("vpn_user")
        if team.vpn_provider == "Astrill":
            p.add_trait("vpn_astrill")
        if w.chance(0.4):
            p.nets_portal.append((team.base_net, 0.15))
            p.add_trait("vpn_dropout")
        if team.kp and w.chance(0.4):
            p.nets_portal.append((team.kp_net, 0.1))
            p.add_trait("kp_address_space")
        if w.chance(0.3):
            p.nets_portal.append((w.pick(team.vps), 1))
            p.add_trait("vps_sign_ins")
    else:
        prov = w.wpick(D.VPN_PROVIDERS)
        p.nets_portal.append((w.vpn_net(prov), 3))
        p.add_trait("vpn_user")
    p.nets_work = list(p.nets_portal)
    p.signup_net = p.proxy
    p.devices = [w.uid("fp_", 16)]
    p.ua = w.pick(D.UAS[:3])
    # clock
    if team is None or team.clock == "us_hours_from_asia" or careful:
        p.clock = (p.city[3], 9, 18)
        if p.city[3] < -2:
            p.add_trait("us_hours_from_asia")
    else:
        p.clock = (team.base_city[3], 9, 19)
        p.add_trait("asia_hours")
    # phone
    if claim == "US":
        if team is not None and not careful and w.chance(0.35):
            p.phone = w.pick(team.voip)
            p.phone_type = "voip"
            p.add_trait("voip_contact")
        elif w.chance(0.55 if not careful else 0.3):
            p.phone = w.phone("US")
            p.phone_type = "voip"
            p.add_trait("voip_contact")
    elif w.chance(0.3):
        p.phone_type = "voip"
        p.add_trait("voip_contact")
    p.recovery_email = f"{w.hex(8)}@{w.pick(['proton.me', 'gmail.com', 'outlook.com'])}" if w.chance(0.6) else None
    p.recovery_phone = None
    if team is not None and not careful:
        if w.chance(0.55):
            p.face = w.media.edit(w.pick(team.faces))
            p.add_trait("edited_photo")
        if w.chance(0.6):
            m = w.pick(team.masters)
            p.resume_tpl = m
            p.add_trait("cloned_resume")
        if w.chance(0.5):
            front = w.pick(team.fronts)
            p.jobs = [(front[0], 2022, "Present", p.title)] + p.jobs[1:]
            p.add_trait("front_company_on_resume")
        if w.chance(0.3):
            p.devices.insert(0, w.pick(team.laptops))
            p.add_trait("operator_laptop")
        if w.chance(0.5):
            p.profiles.append(f"https://github.com/{team.github}")
        if w.chance(0.45):
            p.interview = team.interviewer
            p.add_trait("proxy_interview")
    p.photo_mode = "own"
    p.photo_key = ("persona", id(p))
    p.careful = careful
    return p


def share(w, ring, kind, team):
    """Make the members of a ring share one kind of thing."""
    if kind == "recovery_email":
        v = w.pick(team.mailboxes) if team else f"{w.hex(8)}@proton.me"
        for p in ring:
            p.recovery_email = v
    elif kind == "recovery_phone":
        v = w.pick(team.voip) if team else w.phone("US")
        for p in ring:
            p.recovery_phone = v
            p.recovery_phone_type = "voip"
    elif kind == "device":
        v = w.pick(team.laptops) if team else w.uid("fp_", 16)
        for p in ring:
            p.devices.insert(0, v)
    elif kind == "signup_ip":
        v = w.pick(team.vps) if team else w.vps_net()
        for p in ring:
            p.signup_net = v
            p.nets_portal.append((v, 2))
            p.add_trait("shared_vps_ip")
    elif kind == "payout":
        v = ("wallet", w.pick(team.payoneer), "Payoneer", "USD") if team and w.chance(0.6) else ("crypto", w.pick(team.usdt) if team else "T" + w.hex(33), "USDT (TRON)", "USD")
        for p in ring:
            p.pay = v
    elif kind == "shipping":
        for p in ring:
            p.force_farm = True
        f = w.pick(team.facilitators) if team else None
        for p in ring:
            p.fac = f
    elif kind == "photo":
        f = w.pick(team.faces) if team else w.media.face()
        for p in ring:
            p.face = w.media.edit(f) if w.chance(0.5) else f
            p.photo_key = ("face", id(f), w.r.randrange(2))
            p.photo_mode = "own"
    elif kind == "resume":
        m = w.pick(team.masters) if team else w.media.template()
        stack, jobs, school = list(w.pick(D.STACKS)), ring[0].jobs, ring[0].school
        for p in ring:
            p.resume_tpl, p.stack, p.jobs, p.school, p.years = m, stack, jobs, school, ring[0].years
    elif kind == "github":
        org = team.github if team else f"{w.hex(5)}-dev"
        repo = f"https://github.com/{org}/{w.pick(['defi-dashboard', 'nft-marketplace', 'ai-chatbot', 'saas-starter'])}"
        for p in ring:
            p.profiles.append(repo)
    elif kind == "phone":
        v = w.pick(team.voip) if team else w.phone("US")
        for p in ring:
            if p.country == "US":
                p.phone, p.phone_type = v, "voip"
            else:
                p.recovery_phone, p.recovery_phone_type = v, "voip"
    for p in ring:
        p.add_trait(f"shared_{kind}")


def farm_setup(w, ctx, p, fac):
    """The persona's laptop sits at the facilitator's farm (or is reshipped to the base)."""
    team = p.team
    p.fac = fac
    fac.farm_size += 1
    if not fac.own_rows_done:
        fac.own_rows_done = True
        fac.own_rows(w, ctx)
    p.ship_to = (fac.address if w.chance(0.75) else f"c/o {fac.p.display_name()}, {fac.address}", p.display_name())
    if w.chance(0.45) and fac.country == p.country:
        p.addr_text = p.ship_to[0] if w.chance(0.5) else w.fmt_address(fac.addr)
        p.add_trait("claims_facilitator_address")
    p.nets_work = [(fac.p.home, 12)] + ([(w.pick(team.exits), 2)] if team else []) + [(p.proxy, 1)]
    p.tele["tz"] = fac.p.city[2] if w.chance(0.85) else (team.base_city[2] if team else fac.p.city[2])
    p.tele["kb"] = "en-US" if w.chance(0.88) else "ko-KR"
    p.tele["gw"], p.tele["wifi"] = fac.p.home.gw, fac.p.home.wifi
    tools = fac.tools if w.chance(0.8) else w.r.sample(D.REMOTE_TOOLS, 1)
    for tool, port in tools:
        p.tele["proc"].append(tool)
        if port:
            p.tele["ports"].append(port)
    if w.chance(0.4):
        p.tele["ports"].append("3389/tcp")
    if fac.ipkvm:
        p.tele["usb"].append(w.pick(D.USB_KVM))
        p.tele["disp"].append(w.pick(D.KVM_DISPLAYS))
        p.add_trait("ip_kvm")
    host_net = w.pick(team.vps + team.exits) if team else p.proxy
    if w.chance(0.6):
        p.tele["sessions"].append((w.pick(host_net.ips), WIN0 - w.r.randrange(0, 90) * DAY))
        p.add_trait("remote_sessions")
    p.add_trait("laptop_farm", "remote_tool", "laptop_to_facilitator")


def reship_setup(w, p):
    """No facilitator in the claimed country: the laptop goes to a forwarder and on to the team's office."""
    team = p.team
    fwd = w.address(p.country)
    p.ship_to = (w.fmt_address(fwd), p.display_name())
    p.nets_work = [(e, 3) for e in team.exits] + [(team.base_net, 0.3)]
    p.tele["gw"], p.tele["wifi"] = team.office_gw, w.pick(["TP-Link_5G_" + w.hex(4).upper(), "HUAWEI-" + w.hex(4).upper()])
    p.tele["tz"] = p.city[2] if w.chance(0.7) else team.base_city[2]
    p.tele["proc"].append(w.pick(["AstrillVPN", "Astrill"]) if team.vpn_provider == "Astrill" else team.vpn_provider)
    p.add_trait("laptop_reshipped")


def own_laptop(w, p):
    """A careful persona: the laptop goes to its own claimed address (a reshipper), used through its own VPN."""
    p.ship_to = (w.fmt_address(p.addr), p.display_name())
    p.tele["gw"], p.tele["wifi"] = w.mac(), w.wifi()
    p.tele["tz"] = p.city[2]
    p.add_trait("laptop_reshipped")


def persona_pay(w, p):
    team = p.team
    if p.pay and p.pay[0] in ("wallet", "crypto") and any(t == "shared_payout" for t in p.traits):
        return
    x = w.r.random()
    if team is None or getattr(p, "careful", False):
        p.pay = ("wallet", f"payoneer:{p.email_addr.lower()}", "Payoneer", "USD") if x < 0.6 else ("bank", bank_account(w, "US"), "ACH", "USD")
        return
    if x < 0.3 and team.mules:
        m = w.pick(team.mules)
        p.pay = ("bank", m.bank, "ACH", "USD")
        p.add_trait("mule_account")
        p.mule = m
    elif x < 0.5 and getattr(p, "fac", None):
        p.pay = ("bank", p.fac.bank, "ACH", "USD")
        p.add_trait("paid_to_facilitator")
    elif x < 0.85:
        p.pay = ("wallet", w.pick(team.payoneer), "Payoneer", "USD")
        p.add_trait("team_wallet")
    else:
        p.pay = ("crypto", w.pick(team.usdt), "USDT (TRON)", "USD")
        p.add_trait("team_wallet")
    if w.chance(0.5):
        alt = ("bank", w.pick(team.mules).bank, "ACH") if team.mules and w.chance(0.5) else ("wallet", w.pick(team.payoneer), "Payoneer")
        p.pay_switch = (w.r.randrange(1, 3), alt[0], alt[1], alt[2])
        p.add_trait("payroll_changed")


def persona_life(w, ctx, p, placed_p=0.55, n_apps=None, only=None):
    """Applications (often several, new e-mails), the proxy interview, placements with laptops to the farm."""
    team = p.team
    t = w.ts_between(WIN0 - 300 * DAY, WIN1 - 120 * DAY)
    n_apps = n_apps or (1 if w.chance(0.45) else w.r.randrange(2, 5))
    if n_apps > 1:
        p.add_trait("many_applications")
    placed = w.chance(placed_p)
    inter = getattr(p, "interview", None)
    if only != "placement":
        for i in range(n_apps):
            if i:
                p.email_addr = f"{ascii_fold(p.first).lower().replace(' ', '')}.{w.pick(['dev', 'eng', 'tech', 'work'])}{w.r.randrange(1, 99)}@{w.pick(['gmail.com', 'outlook.com', 'proton.me'])}"
            apply(w, p, t + i * w.r.randrange(10, 60) * DAY, stage="placed" if (placed and i == n_apps - 1) else w.pick(["rejected_interview", "rejected_test", "pool", "withdrawn"]),
                  interview_net=inter[0] if inter else None, interview_device=inter[1] if inter else None)
    if only == "application":
        return
    if placed or only == "placement":
        fac = getattr(p, "fac", None)
        if fac is None and team is not None:
            same = [f for f in team.facilitators if f.country == p.country]
            if same:
                fac = w.pick(same)
            elif p.country not in ("US",) and w.chance(0.5):
                reship_setup(w, p)
            else:
                fac = w.pick(team.facilitators)
        if fac is not None and getattr(p, "careful", False) and "shared_shipping" not in p.traits and team is not None:
            fac = None
            own_laptop(w, p)
        if fac is not None:
            farm_setup(w, ctx, p, fac)
        if p.pay is None or not any(t == "shared_payout" for t in p.traits):
            persona_pay(w, p)
        start = min(WIN1 - 40 * DAY, t + n_apps * 40 * DAY + w.r.randrange(10, 50) * DAY)
        place(w, p, ctx.client(), start, worker="contractor", months=w.r.randrange(4, 12))
        if w.chance(0.25):
            p.add_trait("concurrent_placements")
            place(w, p, ctx.client(), min(WIN1 - 25 * DAY, start + w.r.randrange(5, 60) * DAY), worker="contractor")


def persona_ring(w, ctx, team, ri):
    k = w.r.randrange(3, 8)
    victims = []
    ring = []
    for _ in range(k):
        v = None
        if w.chance(0.22):
            v = ctx.victim()
        ring.append(make_persona(w, ctx, team, "persona_ring", victim=v))
    for kind in w.r.sample(SHARE_KINDS, w.r.randrange(1, 4)):
        share(w, ring, kind, team)
    for p in ring:
        p.add_trait(f"team{team.i}_ring{ri}", f"ring_size_{k}")
        persona_life(w, ctx, p)
    return ring


def careful_ring(w, ctx, team, ri):
    k = w.r.randrange(2, 5)
    ring = [make_persona(w, ctx, team, "careful_ring", careful=True) for _ in range(k)]
    kind = w.pick(SHARE_KINDS)
    share(w, ring, kind, team)
    for p in ring:
        p.add_trait(f"team{team.i}_careful{ri}", f"shares_only_{kind}")
        if kind != "shipping":
            p.fac = None
        persona_life(w, ctx, p, placed_p=0.45)
        if kind != "shipping" and getattr(p, "fac", None) is not None and "laptop_farm" in p.traits:
            pass
    return ring


def split_ring(w, ctx, team, ri):
    """Members each in a different source (an application here, a placement there), tied by one thing across them."""
    k = w.r.randrange(3, 5)
    ring = [make_persona(w, ctx, team, "split_ring", careful=True) for _ in range(k)]
    kind = w.pick(["payout", "phone", "recovery_email", "photo", "shipping"])
    share(w, ring, kind, team)
    for i, p in enumerate(ring):
        p.add_trait(f"team{team.i}_split{ri}", f"split_{kind}", "split_across_sources")
        persona_life(w, ctx, p, n_apps=1, only="application" if i % 2 == 0 else "placement")
    return ring


def lone_persona(w, ctx):
    p = make_persona(w, ctx, None, "lone_persona", careful=True)
    p.add_trait("few_traits")
    if w.chance(0.45):
        fac = Facilitator(w, ctx, _LoneTeam)
        fac.p.kind = "facilitator"
        p.fac = fac
        farm_setup(w, ctx, p, fac)
    persona_life(w, ctx, p, placed_p=0.45)
    return p


class _LoneTeam:
    i = "x"
    exits = []
    vps = []


def finish(w, ctx):
    """Facilitators and mules that have not had their own rows yet."""
    for f in ctx.facilitators:
        if not f.own_rows_done:
            f.own_rows_done = True
            f.own_rows(w, ctx)
        f.p.add_trait(f"farm_size_{min(f.farm_size, 9)}")
    for m in ctx.mules:
        if not m.done:
            m.done = True
            H.run_life(w, m.p, ctx, placed_p=0.4)
