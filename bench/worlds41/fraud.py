"""DPRK IT-worker teams: personas (stolen or synthetic identities) applying to Healthbridge's remote IT, data and
revenue-cycle jobs directly and through the IT staffing firms, US laptop-farm facilitators, money mules; rings that share
much, careful rings that share one kind of thing, rings split across staffing firms, lone personas."""
from . import data as D
from . import media
from .honest import P, REM8, app_row, hr_row, laptop_profile
from .infra import DAY, EPOCH0, EPOCH1, Place, TZ_OFF, iso

SHARE_KINDS = ["recovery_email", "recovery_phone", "phone", "facilitator", "payout", "face", "resume", "device",
               "vps", "github_org"]
REMOTE_TOOLS = [("AnyDesk.exe", "7070/tcp"), ("rustdesk.exe", "21118/tcp"), ("TeamViewer.exe", "5938/tcp"),
                ("remoting_host.exe", None), ("tvnserver.exe", "5900/tcp")]
IPKVM = [[("PiKVM Multifunction Composite Gadget", "1d6b", "0104")], [("TinyPilot", "1d6b", "0104")],
         [("CH9329 USB HID Keyboard Mouse", "1a86", "e129"), ("USB Video", "534d", "2109")],
         [("JetKVM", "1d6b", "0104")]]
KVM_EDID = ["PiKVM V3", "TinyPilot", "MS2109", "HDMI Capture"]
THROWAWAY = [("outlook.com", 4), ("hotmail.com", 2), ("gmail.com", 3), ("proton.me", 1), ("yahoo.com", 0.6)]


class Team:
    def __init__(self, w, i):
        c = w.ctx
        self.w, self.c, self.i = w, c, i
        b = c.wpick([(x, 3 if x[0] != "pyongyang" else 1) for x in D.FRAUD_BASES])
        self.base = Place(c.ip_in(b[7]), b[2], b[3], b[4], b[1], b[5], b[6], "false", 8 if b[1] == "CN" else 9)
        self.vpn = "astrill" if c.chance(0.7) else c.pick(["nordvpn", "expressvpn", "surfshark"])
        self.vps = [c.vps_place() for _ in range(c.rng.randint(1, 2))]
        self.mail = [c.mailbox(c.pick(["jhonsmith", "devmaster", "techguru", "dream", "bluesky", "lucky", "goldfox",
                                       "silverline", "nextgen", "codestar"]) + str(c.rng.randint(10, 9999)),
                               c.pick(["proton.me", "gmail.com", "outlook.com", "tutanota.com"]))
                     for _ in range(c.rng.randint(3, 5))]
        self.voip = [c.phone_us(c.pick(REM8)[6]) for _ in range(c.rng.randint(4, 8))]
        self.faces = [c.rng.getrandbits(40) for _ in range(c.rng.randint(2, 3))]
        self.masters = [media.resume(c.rng, "X", "x", "x", "x", c.pick(["it", "it", "rcm"]), c.pick(D.REMOTE_IT_ROLES))
                        for _ in range(c.rng.randint(2, 3))]
        self.org = f"https://github.com/{c.pick(['nova', 'apex', 'byte', 'cloud', 'quantum', 'stellar'])}-{c.pick(['labs', 'devs', 'soft', 'tech'])}-{c.hex(4)}"
        self.op_dev = ["br" + c.hex(14) for _ in range(c.rng.randint(2, 3))]
        self.op_phone = ["ovd" + c.hex(16) for _ in range(c.rng.randint(1, 2))]
        self.night = c.chance(0.25)
        self.fronts = []
        for _ in range(c.rng.randint(1, 2)):
            dom = f"{c.pick(['bright', 'prime', 'vertex', 'zenith', 'optima', 'crest'])}{c.pick(['soft', 'data', 'health', 'it', 'sys'])}{c.hex(3)}.com"
            self.fronts.append(dom)
            w.out.domains.append([dom, dom.split(".")[0].title() + " Solutions LLC",
                                  f"2024-{c.rng.randint(1, 12):02d}-{c.rng.randint(1, 28):02d}", c.pick(self.mail),
                                  c.pick(self.vps).ip, "ns1.namecheaphosting.com;ns2.namecheaphosting.com"])
        self.facs = [self.facilitator() for _ in range(c.rng.randint(2, 3))]
        self.mules = [c.bank() for _ in range(c.rng.randint(1, 2))]
        self.mule_phones = []

    def facilitator(self, single=False):
        c = self.c
        f = P()
        f.city = c.pick(REM8)
        f.address = c.address(f.city, apt_p=0.1)
        f.home = c.home_place(f.city)
        f.gw, f.ssid = c.mac(), c.ssid()
        f.kvm = c.pick(IPKVM) if c.chance(0.25 if single else 0.65) else []
        f.tools = c.rng.sample(REMOTE_TOOLS, c.rng.randint(1, 2))
        f.bank = c.bank()
        f.single = single
        f.person = None
        return f

    def place(self, kind):
        c = self.c
        if kind == "vpn":
            return c.vpn_place(self.vpn)
        if kind == "vps":
            return c.pick(self.vps)
        if kind == "proxy":
            pl = c.home_place(c.pick(REM8))
            pl.proxy = ""
            return pl
        return self.base


def make_persona(w, team, shares, stolen_pool, careful=False, lone=False):
    c = w.ctx
    p = P()
    p.traits = []
    victim = None
    if not lone and stolen_pool and c.chance(0.22):
        victim = stolen_pool.pop()
        p.first, p.mi, p.last, p.dob, p.ssn, p.origin = victim.first, victim.mi, victim.last, victim.dob, victim.ssn, victim.origin
        victim.victim = True
        p.traits.append("stolen_identity")
    else:
        p.origin = c.wpick([("us", 55), ("chinese", 8), ("korean", 5), ("vietnamese", 6), ("indian", 10), ("filipino", 6),
                            ("nigerian", 4)])
        p.first, p.mi, p.last = c.name(p.origin)
        p.dob = c.dob(24, 45)
        p.ssn = c.ssn_hash()
        p.traits.append("synthetic_identity")
    p.city = c.pick(REM8)
    p.tzname = p.city[5]
    p.tz = TZ_OFF.get(p.tzname, -5)
    p.address = c.address(p.city)
    p.email = c.email(p.first, p.last, THROWAWAY, style=c.pick(["fl##", "f.l##", "fln", "fl"]))
    p.sids = []
    p.keyboards = ["en-US"] if c.chance(0.88) else ["en-US", "ko-KR"]
    p.parent_phone = None
    p.default_p = 0.0
    p.bank = c.bank()
    p.phone_dev = c.pick(team.op_phone) if not (careful or lone) else "ovd" + c.hex(16)
    if "phone" in shares:
        p.phone, p.lt = c.pick(team.voip), c.pick(["voip", "nonFixedVoip"])
    elif not (careful or lone) and c.chance(0.65):
        p.phone, p.lt = c.phone_us(p.city[6]), c.pick(["voip", "nonFixedVoip", "voip"])
        p.traits.append("voip_phone")
    else:
        p.phone, p.lt = c.phone_us(p.city[6]), "mobile"
    p.recovery_email = c.pick(team.mail) if "recovery_email" in shares else (
        c.email(p.first, p.last, THROWAWAY) if not lone and c.chance(0.4) else None)
    if "recovery_phone" in shares:
        p.recovery_phone, p.recovery_lt = c.pick(team.voip + team.mule_phones), "voip"
    else:
        p.recovery_phone, p.recovery_lt = None, None
    p.emergency = c.pick(team.voip) if not (careful or lone) and c.chance(0.4) else c.phone_us(c.pick(REM8)[6])
    p.face = c.pick(team.faces) if "face" in shares else c.rng.getrandbits(40)
    master = c.pick(team.masters) if "resume" in shares else media.resume(
        c.rng, "X", "x", "x", "x", "it", c.pick(D.REMOTE_IT_ROLES), employers=[c.pick(team.fronts).split(".")[0].title() + " Solutions"] + c.rng.sample(D.PRIOR_EMPLOYERS, 2) if not lone else None)
    p.resume = media.mutate_resume(c.rng, master, f"{p.first} {p.last}", p.email, c.fmt_phone(p.phone),
                                   f"{p.city[0]}, {p.city[1]}")
    if "vps" in shares:
        p.home = team.place("vps")
    elif lone:
        p.home = c.vpn_place(c.pick(["nordvpn", "expressvpn", "surfshark", "protonvpn"])) if c.chance(0.6) else team.place("proxy")
    elif careful:
        p.home = team.place("proxy")
    else:
        p.home = team.place("vpn") if c.chance(0.6) else team.place("proxy")
    p.mobile = team.place("vpn") if not (careful or lone) else p.home
    p.device = c.pick(team.op_dev) if "device" in shares else None
    p.github = [team.org] if "github_org" in shares else []
    p.hr_profiles = ";".join(p.github)
    return p, victim


def persona_life(w, team, p, label, shares, n_apps, hire, fac, careful=False, lone=False, firm=None):
    c, out = w.ctx, w.out
    fam = "rcm" if c.chance(0.3) else "it"
    roles = D.REMOTE_RCM_ROLES if fam == "rcm" else D.REMOTE_IT_ROLES
    t = c.ts_between(EPOCH0 - 330 * DAY, EPOCH0 + 200 * DAY)
    for k in range(n_apps):
        if k and c.chance(0.5):
            p.email = c.email(p.first, p.last, THROWAWAY)
            if "new_mailbox_per_application" not in p.traits:
                p.traits.append("new_mailbox_per_application")
        ag = c.pick(w.firms)["name"] if c.chance(0.45) else ""
        app_row(w, p, label, c.pick(roles), D.EMPLOYERS["hb_rcm"] if fam == "rcm" else D.EMPLOYERS["hb_health"],
                t + k * c.rng.randint(2, 40) * DAY, fam, fraud=1, photo_p=0.85, agency=ag, signup=p.home,
                device=p.device, profiles_extra=p.github,
                extra={"recovery_email": p.recovery_email or ""})
    if not hire:
        return
    placements = 2 if (not careful and not lone and c.chance(0.2)) else 1
    if placements == 2:
        p.traits.append("concurrent_placements")
    for k in range(placements):
        via_firm = firm if firm is not None else (c.pick(w.firms) if c.chance(0.45) else None)
        if k == 1:
            via_firm = None if via_firm else c.pick(w.firms)
        ht = t + c.rng.randint(30, 80) * DAY + k * c.rng.randint(10, 60) * DAY
        ht = min(ht, EPOCH1 - 40 * DAY)
        claims_fac = c.chance(0.4)
        if claims_fac:
            p.traits.append("claims_facilitator_address")
        addr = fac.address if claims_fac else p.address
        job = c.pick(roles)
        if via_firm:
            row = hr_row(w, p, label, "contractor", via_firm["name"], job, "Information Technology", "Remote", ht,
                         "contractor", agency=via_firm["name"], address=addr, fraud=1,
                         idv="clear" if "stolen_identity" in p.traits or c.chance(0.7) else "consider")
            p.traits.append("via_staffing_firm")
        else:
            row = hr_row(w, p, label, "employee", D.EMPLOYERS["hb_rcm"] if fam == "rcm" else D.EMPLOYERS["hb_health"],
                         job, "Revenue Cycle" if fam == "rcm" else "Information Technology", "Remote", ht, "regular",
                         address=addr, fraud=1,
                         idv="clear" if "stolen_identity" in p.traits or c.chance(0.7) else "consider")
        sid = row["id"]
        if not claims_fac:
            r = c.rng.random()
            ship = fac.address if r < 0.6 else (f"c/o {fac.person.first if fac.person else p.first} {fac.person.last if fac.person else p.last}, {fac.address}"
                                                if r < 0.85 else fac.address.upper())
            p.traits.append("laptop_to_facilitator")
        else:
            ship = fac.address
        out.shipment(sid, ht - c.rng.randint(3, 10) * DAY, ship)
        laptop = c.uuid()
        hours = (18.5, 28.5) if team.night else None
        places = [(fac.home, 8)]
        if not (careful or lone):
            places += [(team.place("vpn"), 2.5)]
            if c.chance(0.3):
                places.append((c.pick(team.vps), 1))
        devs = [((laptop, c.pick(D.USER_AGENTS_DESKTOP)), 8),
                ((p.device or ("br" + c.hex(14)), c.pick(D.USER_AGENTS_DESKTOP)), 1.5),
                ((p.phone_dev, D.USER_AGENTS_MOBILE[3]), 1.2)]
        mfa = (p.phone_dev, team.place("vpn") if not lone else fac.home)
        out.activity(sid, ht, EPOCH1, c.rng.randint(15, 35), places, devs, False, mfa, fac.home.tz, hours)
        if not (careful or lone) and c.chance(0.5):  # the VPN dropped: the base's own address
            for _ in range(c.rng.randint(1, 2)):
                tt = c.ts_between(ht, EPOCH1)
                out.login(sid, tt, team.base, p.device or laptop, c.pick(D.USER_AGENTS_DESKTOP),
                          c.pick(["success", "deny", "challenge"]))
            p.traits.append("vpn_dropout")
        tools = fac.tools
        prof = laptop_profile(c, p, "it" if fam == "it" else "rcm", extra_usb=fac.kvm,
                              extra_procs=[], ports=[pt for _, pt in tools if pt and c.chance(0.6)] +
                              (["3389/tcp"] if c.chance(0.3) else []),
                              sessions=[(c.pick(team.vps).ip, ht + c.rng.randint(1, 20) * DAY)] if not (careful or lone) and c.chance(0.4) else [],
                              displays=[c.pick(KVM_EDID)] if fac.kvm else [])
        prof["gateway"], prof["ssid"], prof["tz"] = fac.gw, fac.ssid, p.tzname
        prof["procs"] = ["CSFalconService.exe"] + [t_ for t_, _ in tools]
        out.telemetry(sid, laptop, ht, EPOCH1, c.rng.randint(2, 4), prof)
        if fac.kvm:
            p.traits.append("ipkvm")
        p.traits.append("remote_tools")
        # pay
        if via_firm and not via_firm["feed"]:
            continue
        src = via_firm["name"].split()[0].lower() + "_payroll_feed" if via_firm else "hb_workday"
        amount = c.rng.uniform(2600, 5000) if fam == "it" else c.rng.uniform(1600, 2300)
        shared_dest = c.pick(team.mules) if not fac.single or "payout" in shares else p.bank
        if "payout" in shares:
            shared_dest = team.careful_payout if careful else c.pick(team.mules)
        if "facilitator" in shares and c.chance(0.3) and not careful:
            shared_dest = fac.bank
        r = c.rng.random()
        if careful and "payout" not in shares:
            sched = [(ht, p.bank)]
        elif lone:
            sched = [(ht, p.bank)] if r < 0.6 else [(ht, p.bank), (ht + c.rng.randint(25, 70) * DAY, c.bank())]
            if r >= 0.6:
                p.traits.append("payroll_changed")
        elif r < 0.45:
            sched = [(ht, p.bank), (ht + c.rng.randint(25, 65) * DAY, shared_dest)]
            p.traits.append("payroll_changed")
        elif r < 0.75:
            sched = [(ht, shared_dest)]
            p.traits.append("paid_to_shared_account")
        elif r < 0.87:
            sched = [(ht, c.paycard())]
            p.traits.append("pay_card")
        else:
            sched = [(ht, p.bank)]
        out.payroll(sid, ht, EPOCH1, sched, amount, src)


def facilitator_rows(w, team, f):
    """The farm's owner applies with the farm address (and sometimes is hired): a real, local-looking person."""
    c, out = w.ctx, w.out
    q = P()
    q.origin = "us"
    q.first, q.mi, q.last = c.name("us")
    q.dob, q.ssn = c.dob(30, 62), c.ssn_hash()
    q.city, q.address, q.home, q.gw, q.ssid = f.city, f.address, f.home, f.gw, f.ssid
    q.tzname, q.tz = f.city[5], TZ_OFF.get(f.city[5], -5)
    q.email = c.email(q.first, q.last)
    q.phone, q.lt = c.phone_us(f.city[6]), "mobile"
    q.mobile = c.mobile_place(f.city)
    q.traits, q.sids, q.keyboards, q.parent_phone = [], [], ["en-US"], None
    q.face, q.bank, q.phone_dev, q.resume = c.rng.getrandbits(40), f.bank, "ovd" + c.hex(16), None
    f.person = q
    job = c.pick(["Patient Access Representative (Remote)", "Scheduler (Remote)"] + D.REMOTE_RCM_ROLES)
    app_row(w, q, "facilitator", job, D.EMPLOYERS["hb_rcm"], c.ts_between(EPOCH0 - 300 * DAY, EPOCH0 + 150 * DAY),
            "rcm", fraud=1, photo_p=0.3, signup=f.home)
    if c.chance(0.3):
        ht = c.ts_between(EPOCH0 - 100 * DAY, EPOCH0 + 200 * DAY)
        sid = hr_row(w, q, "facilitator", "employee", D.EMPLOYERS["hb_rcm"], job, "Revenue Cycle", "Remote", ht,
                     "regular", fraud=1)["id"]
        lp = c.uuid()
        out.shipment(sid, ht - 5 * DAY, f.address)
        out.activity(sid, ht, EPOCH1, c.rng.randint(10, 25), [(f.home, 8), (q.mobile, 1)],
                     [((lp, c.pick(D.USER_AGENTS_DESKTOP)), 1)], False, (q.phone_dev, q.mobile), q.tz)
        out.telemetry(sid, lp, ht, EPOCH1, 2, laptop_profile(c, q, "rcm"))
        out.payroll(sid, ht, EPOCH1, [(ht, f.bank)], c.rng.uniform(1400, 1900))
        q.traits.append("hired")
    return q


def mule_rows(w, team, acct):
    c, out = w.ctx, w.out
    q = P()
    q.origin = c.pick(["us", "us", "us", "vietnamese", "chinese"])
    q.first, q.mi, q.last = c.name(q.origin)
    q.dob, q.ssn = c.dob(20, 50), c.ssn_hash()
    q.city = c.pick(REM8)
    q.address, q.home, q.gw, q.ssid = c.address(q.city), c.home_place(q.city), c.mac(), c.ssid()
    q.tzname, q.tz = q.city[5], TZ_OFF.get(q.city[5], -5)
    q.email, q.phone, q.lt = c.email(q.first, q.last), c.phone_us(q.city[6]), "mobile"
    q.mobile = c.mobile_place(q.city)
    q.traits, q.sids, q.keyboards, q.parent_phone = [], [], ["en-US"], None
    q.face, q.bank, q.phone_dev, q.resume = c.rng.getrandbits(40), acct, "ovd" + c.hex(16), None
    job = c.pick(["Scheduler (Remote)", "Patient Access Representative (Remote)"] + D.REMOTE_RCM_ROLES[:4])
    t = c.ts_between(EPOCH0 - 200 * DAY, EPOCH0 + 150 * DAY)
    app_row(w, q, "money_mule", job, D.EMPLOYERS["hb_rcm"], t, "rcm", fraud=1, photo_p=0.3)
    if c.chance(0.6):
        ht = t + c.rng.randint(20, 50) * DAY
        sid = hr_row(w, q, "money_mule", "employee", D.EMPLOYERS["hb_rcm"], job, "Revenue Cycle", "Remote", ht, "regular",
                     fraud=1)["id"]
        lp = c.uuid()
        out.shipment(sid, ht - 4 * DAY, q.address)
        out.activity(sid, ht, EPOCH1, c.rng.randint(8, 20), [(q.home, 6), (q.mobile, 1)],
                     [((lp, c.pick(D.USER_AGENTS_DESKTOP)), 1)], False, (q.phone_dev, q.mobile), q.tz)
        out.payroll(sid, ht, EPOCH1, [(ht, acct)], c.rng.uniform(1400, 1900))
        q.traits.append("hired")
    else:
        team.mule_phones.append(q.phone)
        q.traits.append("phone_as_recovery")
    return q


def run_team(w, team, stolen_pool):
    """Returns [(P, label, [extra trait tokens])]."""
    c = w.ctx
    res = []
    for acct in team.mules:
        res.append((mule_rows(w, team, acct), "money_mule"))
    for f in team.facs:
        res.append((facilitator_rows(w, team, f), "facilitator"))
    # persona rings
    for _ in range(c.rng.randint(2, 3)):
        shares = set(c.rng.sample(SHARE_KINDS, c.rng.randint(1, 3))) | {"facilitator"}
        fac = c.pick(team.facs)
        for _ in range(c.rng.randint(3, 6)):
            p, v = make_persona(w, team, shares, stolen_pool)
            persona_life(w, team, p, "persona_ring", shares, c.rng.randint(1, 3), c.chance(0.55),
                         fac if c.chance(0.8) else c.pick(team.facs))
            p.traits += ["shares_" + s for s in sorted(shares)]
            res.append((p, "persona_ring"))
    # a careful ring: one kind of thing in common
    kind = c.pick(SHARE_KINDS)
    shares = {kind}
    team.careful_payout = c.pick(team.mules)
    fac = c.pick(team.facs)
    for _ in range(c.rng.randint(2, 3)):
        p, v = make_persona(w, team, shares, stolen_pool, careful=True)
        f = fac if kind == "facilitator" else team.facilitator(single=True)
        persona_life(w, team, p, "careful_ring", shares, 1 if c.chance(0.6) else 2,
                     True if kind in ("facilitator", "payout") else c.chance(0.5), f, careful=True)
        p.traits.append("shares_only_" + kind)
        res.append((p, "careful_ring"))
    # a ring split across staffing firms: one row each, tied by one thing
    if c.chance(0.6):
        kind = c.pick(["phone", "face", "resume", "recovery_email", "device", "facilitator"])
        firms = c.rng.sample(w.firms, 3)
        fac = c.pick(team.facs)
        for k in range(c.rng.randint(2, 3)):
            p, v = make_persona(w, team, {kind}, stolen_pool, careful=True)
            hired = c.chance(0.5)
            f = fac if kind == "facilitator" else team.facilitator(single=True)
            persona_life(w, team, p, "split_ring", {kind}, 0 if hired else 1, hired, f, careful=True,
                         firm=firms[k])
            if hired and len(p.sids) == 0:
                pass
            p.traits += ["shares_only_" + kind, "one_row"]
            res.append((p, "split_ring"))
    # lone personas
    for _ in range(c.rng.randint(1, 2)):
        p, v = make_persona(w, team, set(), stolen_pool, lone=True)
        own = c.chance(0.45)
        f = team.facilitator(single=True) if own else team.facilitator(single=True)
        persona_life(w, team, p, "lone_persona", set(), c.rng.randint(1, 2), own, f, lone=True)
        p.traits.append("few_traits")
        if own:
            p.traits.append("own_facilitator")
        res.append((p, "lone_persona"))
    return res
