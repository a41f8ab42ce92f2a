"""The fraud side: DPRK IT-worker teams, their personas, US facilitators' laptop farms, money mules, and victims."""
from __future__ import annotations

from datetime import datetime, timedelta

from . import data, media
from .honest import PAY, ROLE_MIX, Ctx, applicant_only, contractor
from .infra import T0, T1, UTC, iso
from .lives import Laptop, Logins, Person, Row, application, client_account, laptop_for, payroll

SHARES = ["recovery_email", "recovery_phone", "operator_device", "vps_signup", "payout", "facilitator", "face", "resume",
          "github", "phone"]
WORDS_A = ["smart", "star", "king", "pro", "top", "best", "happy", "sky", "gold", "fast", "cool", "bright", "silver", "lucky"]
WORDS_B = ["dev", "coder", "tech", "work", "bridge", "soft", "ledger", "books", "cloud", "data", "erp", "force"]


def throwaway(w, first=None, last=None):
    dom = w.wpick([("outlook.com", 45), ("hotmail.com", 25), ("gmail.com", 20), ("proton.me", 5), ("yandex.com", 5)])
    if first:
        return w.mailbox(first, last, domain=dom, style=w.pick(["fl#", "f.l#", "f#", "lf#"]))
    while True:
        e = f"{w.pick(WORDS_A)}{w.pick(WORDS_B)}{w.r.randrange(10, 9999)}@{dom}"
        if e not in w.used:
            w.used.add(e)
            return e


def voip_number(w):
    m = w.pick(data.METROS)
    return w.phone(m[6]), w.pick(["nonFixedVoip", "voip", "nonFixedVoip"])


class Farm:
    """A US facilitator's home hosting client laptops."""

    def __init__(self, ctx: Ctx, solo=False):
        w = ctx.w
        self.p = Person(w, origin=w.wpick(data.ORIGIN_MIX[:3]), age=w.r.randint(28, 60))
        self.ipkvm = w.chance(0.65 if not solo else 0.4)
        self.tools = w.r.sample(data.FRAUD_REMOTE, w.r.randint(1, 2))
        self.bank = ctx.bank()
        self.solo = solo
        self.address_variants = [self.p.address, "c/o " + self.p.name + ", " + self.p.address,
                                 self.p.address.replace(",", f" Unit {w.r.randint(2, 9)},", 1), "Attn: IT Dept, " + self.p.address]


class Team:
    def __init__(self, ctx: Ctx, n: int):
        w = ctx.w
        self.ctx = ctx
        self.base = w.pick(data.BASES)
        self.nk = w.chance(0.3)
        self.vpn = data.VPNS[4] if w.chance(0.7) else w.pick(data.VPNS[:4] + data.VPNS[5:])
        self.cities = w.r.sample(data.VPN_CITIES, 3)
        self.vps = [w.vps_ip() for _ in range(w.r.randint(1, 2))]
        self.base_ips = [w.base_ip(self.base) for _ in range(4)] + ([w.base_ip(data.NK_NET)] if self.nk else [])
        self.ops = [(w.uid("brw-", 16), w.user_agent("win")) for _ in range(w.r.randint(2, 3))]
        self.mailboxes = [throwaway(w) for _ in range(w.r.randint(2, 3))]
        self.voip = [voip_number(w) for _ in range(w.r.randint(2, 4))]
        self.faces = [media.face_spec(w.r) for _ in range(w.r.randint(2, 3))]
        self.face_files = []
        for s in self.faces:
            path = f"photos/{w.hex(16)}.png"
            ctx.media[path] = s
            self.face_files.append(path)
        self.front = []
        for _ in range(w.r.randint(1, 2)):
            nm = f"{w.pick(data.COMPANY_A)} {w.pick(['Digital', 'Ledger Solutions', 'Tech Consulting', 'Cloud Partners', 'Data Labs'])}"
            dom = nm.lower().replace(" ", "") + w.hex(3) + w.pick([".com", ".io", ".net"])
            self.front.append(nm)
            ctx.domains.append((dom, nm + " LLC", w.between(datetime(2024, 1, 5, tzinfo=UTC), datetime(2024, 11, 1, tzinfo=UTC)).date().isoformat(),
                                w.pick(self.mailboxes), self.vps[0][0], "ns1.namecheaphosting.com;ns2.namecheaphosting.com"))
        self.masters = []
        for _ in range(w.r.randint(2, 3)):
            role = w.wpick(ROLE_MIX[:4])
            hist = media.history(w.r, role, employers=self.front + w.r.sample(data.PAST_EMPLOYERS, 1))
            self.masters.append((role, hist, w.pick(data.SCHOOLS), w.pick(media.TEMPLATES),
                                 w.r.sample(data.ROLES[role], min(6, len(data.ROLES[role])))))
        self.github = "https://github.com/" + w.pick(WORDS_A) + w.pick(WORDS_B) + "-" + w.hex(4)
        self.farms = [Farm(ctx) for _ in range(w.r.randint(2, 3))]
        self.mules = [Person(w, age=w.r.randint(20, 45)) for _ in range(w.r.randint(1, 2))]
        for m in self.mules:
            m.bank = ctx.bank()
        self.night = w.chance(0.25)
        self.wallet = "payoneer:" + throwaway(w)

    def exit_ip(self):
        return self.ctx.w.vpn_ip(self.vpn, self.ctx.w.pick(self.cities))


def victim_identity(ctx: Ctx):
    """A real person whose identity a persona reuses; their own rows are relabelled as a victim's."""
    w = ctx.w
    pool = [x for x in ctx.persons if not getattr(x[0], "stolen", False)]
    if pool and w.chance(0.4):
        p, rows, _ = w.pick(pool)
    elif w.chance(0.5):
        rows = applicant_only(ctx)
        p = ctx.persons[-1][0]
    else:
        p = Person(w)
        rows = contractor(ctx, "contractor", p)
    p.stolen = True
    for r in rows:
        if r.kind != "identity_theft_victim":
            r.traits = [r.kind] + r.traits
            r.kind = "identity_theft_victim"
    return p


def persona(ctx: Ctx, team: Team, kind: str, shares: set, ring_farm: Farm | None, ring_mule, placed: bool,
            traits=(), careful=False, lone=False, only=None, role=None):
    """One fake worker: an identity, its applications and (when hired) its payroll, laptop and client accounts."""
    w = ctx.w
    traits = list(traits)
    stolen = (not lone) and w.chance(0.22)
    p = Person(w)
    if stolen:
        v = victim_identity(ctx)
        p.first, p.last, p.birth, p.ssn = v.first, v.last, v.birth, v.ssn
        traits.append("stolen_identity")
    else:
        traits.append("synthetic_identity")
    role = role or (team.masters[0][0] if "resume" in shares and team else w.wpick(ROLE_MIX[:4]))
    traits.append(role)
    p.email = throwaway(w, p.first, p.last)
    claimed_metro = w.pick(data.METROS)
    p.metro, p.tz, p.offset = claimed_metro, claimed_metro[2], claimed_metro[3]
    if "phone" in shares:
        p.phone, p.phone_type = team.voip[0]
    elif not careful and not lone and w.chance(0.65):
        p.phone, p.phone_type = voip_number(w)
        traits.append("voip_phone")
    else:
        p.phone, p.phone_type = w.phone(claimed_metro[6]), "mobile"
    farm = ring_farm if "facilitator" in shares or not (careful or lone) else None
    if farm is None and placed and (not lone or w.chance(0.45)):
        farm = Farm(ctx, solo=True)
    if placed and farm and w.chance(0.4):
        p.address = farm.p.address
        traits.append("claims_facilitator_address")
    else:
        p.address = w.address(claimed_metro)
    # faces
    if "face" in shares:
        k = w.r.randrange(len(team.faces))
        if w.chance(0.3):
            photo = team.face_files[k]
            traits.append("reused_face")
        else:
            photo = f"photos/{w.hex(16)}.png"
            ctx.media[photo] = media.edited(team.faces[k], w.r)
            traits.append("edited_face")
    else:
        photo = ctx.photo(p) if w.chance(0.8) else ""
    # resume
    if "resume" in shares:
        mrole, hist, school, tmpl, skills = team.masters[0]
        skills = list(skills)
        w.r.shuffle(skills)
        resume = ctx.resume(p, mrole, tmpl, None, media.resume(w.r, p.name, p.email, w.typed_phone(p.phone),
                                                               f"{claimed_metro[0]}, {claimed_metro[1]}", mrole, hist, school, tmpl, skills))
        traits.append("cloned_resume")
    else:
        emps = (team.front if team and not careful else []) + w.r.sample(data.PAST_EMPLOYERS, w.r.randint(1, 2))
        resume = ctx.resume(p, role, None, media.history(w.r, role, employers=emps))
    p.profiles = f"https://www.linkedin.com/in/{p.first.lower()}-{p.last.lower().replace(' ', '')}-{w.hex(6)}"
    if "github" in shares:
        p.profiles += ";" + team.github
    elif role == "erp_developer" and w.chance(0.6):
        p.profiles += f";https://github.com/{p.first.lower()}{w.hex(4)}"
    # networks
    if careful:
        p.home = w.home_ip(claimed_metro)   # a residential proxy or the hidden farm's line
        nets = [(lambda ip=p.home: ip, 95), (lambda: w.pick(team.base_ips), 1)]
    elif lone:
        prov = w.pick(data.VPNS)
        nets = [(lambda: w.vpn_ip(prov), 70), (lambda: w.home_ip(claimed_metro), 30)]
        traits.append("commercial_vpn")
    else:
        nets = [(team.exit_ip, 70), (lambda: w.home_ip(claimed_metro), 20), (lambda: w.pick(team.base_ips), 4)] + \
               ([(lambda: w.pick(team.vps), 6)] if team.vps else [])
    if "vps_signup" in shares:
        app_nets = [(lambda: team.vps[0], 1)]
    else:
        app_nets = [nets[0]]
    op = team.ops[0] if "operator_device" in shares else (w.uid("brw-", 16), w.user_agent("win"))
    p.browser, p.ua = op
    rows = []
    n_apps = 1 if only else w.wpick([(1, 55), (2, 30), (3, 15)])
    t_app = w.between(datetime(2024, 3, 1, tzinfo=UTC), datetime(2025, 7, 1, tzinfo=UTC))
    mailbox = p.email
    for i in range(n_apps):
        if i and w.chance(0.5):
            mailbox = throwaway(w, p.first, p.last)
            traits.append("new_mailbox_per_application")
        a = application(w, p, role, t_app + timedelta(days=25 * i + w.r.randint(0, 20)), nets=app_nets, email=mailbox,
                        photo=photo, resume=resume, idv="pass" if stolen else w.wpick([("pass", 60), ("manual_review", 30), ("fail", 10)]),
                        birth=w.chance(0.8))
        a.f["phone_line_type"] = p.phone_type
        if "recovery_email" in shares:
            a.f["recovery_email"] = team.mailboxes[0]
        elif not careful and w.chance(0.4):
            a.f["recovery_email"] = throwaway(w)
        if "recovery_phone" in shares:
            a.f["recovery_phone"], a.f["recovery_phone_line_type"] = team.voip[-1]
        a.x["stage"] = "hired" if placed and i == 0 else w.pick(["screen", "interview", "rejected", "withdrawn"])
        a.logins[0].devs = [(op[0], op[1], 1)]
        a.logins[0].nets = nets
        rows.append(a)
    if placed:
        hired = t_app + timedelta(days=w.r.randint(20, 50))
        end = T1 if w.chance(0.7) else w.between(max(hired, T0) + timedelta(days=40), T1)
        own = ctx.bank()
        if "payout" in shares:
            dest = ring_mule.bank if ring_mule is not None else team.farms[0].bank
            if w.chance(0.5):
                stages = [(hired, "bank", dest)]
            else:
                stages = [(hired, "bank", own), (hired + timedelta(days=w.r.randint(30, 60)), "bank", dest)]
                traits.append("payroll_changed")
            traits.append("mule_payout")
        elif not careful and not lone and w.chance(0.45):
            dest = w.pick([team.wallet, farm.bank if farm else team.farms[0].bank])
            stages = [(hired, "bank", own), (hired + timedelta(days=w.r.randint(30, 60)), "wallet" if dest.startswith("payoneer") else "bank", dest)]
            traits.append("payroll_changed")
        else:
            stages = [(hired, "bank", own)]
        pr = payroll(w, p, role, hired, end, stages, PAY[role] * w.r.uniform(0.8, 1.2), email=p.email)
        pr.logins[0].nets, pr.logins[0].devs = nets, [(op[0], op[1], 1)]
        lp = laptop_for(w, p, role, hired, end)
        ship_to = w.pick(farm.address_variants) if farm else p.address
        pr.ships.append((hired - timedelta(days=w.r.randint(2, 8)), "BW-LT-" + w.hex(8).upper(), ship_to))
        if farm:
            traits.append("laptop_to_facilitator" if ship_to != p.address else "laptop_to_claimed_home")
            lp.gateways = [(farm.p.router, farm.p.ssid, 10)]
            farm_nets = [(lambda ip=farm.p.home: ip, 60)]
            if farm.ipkvm:
                lp.usb.append(w.pick(data.USB_IPKVM))
                lp.displays.append(w.pick(data.DISPLAYS_IPKVM))
                traits.append("ip_kvm")
            lp.processes += farm.tools
            lp.ports += [{"AnyDesk.exe": "7070/tcp", "rustdesk.exe": "21118/tcp", "tvnserver.exe": "5900/tcp"}.get(t, "3389/tcp") for t in farm.tools[:1]]
            traits.append("remote_tools")
        else:
            farm_nets = [(lambda ip=p.home if careful else w.home_ip(claimed_metro): ip, 60)]
            if w.chance(0.5):
                lp.processes.append(w.pick(data.FRAUD_REMOTE))
                traits.append("remote_tools")
        if not careful and team and team.vps and w.chance(0.4):
            lp.sessions.append((team.vps[0][0], hired + timedelta(days=w.r.randint(1, 10)), 0.8))
            traits.append("vps_remote_session")
        if w.chance(0.12):
            lp.keyboards = ["en-US", "ko-KR"]
            traits.append("korean_keyboard")
        if w.chance(0.1):
            lp.tz_late = (w.between(max(hired, T0), T1), w.pick(["Asia/Shanghai", "Asia/Vladivostok", "Asia/Pyongyang"]))
            traits.append("timezone_drift")
        pr.laptop = lp
        if only != "application":
            rows.append(pr)
        acct_nets = farm_nets + ([] if careful else nets)
        devs = [(lp.device_id, w.user_agent("win"), 7), (op[0], op[1], 3)]
        n_acc = (w.r.randint(2, 6) if role == "bookkeeper" else w.r.randint(1, 3))
        if w.chance(0.2):
            n_acc += 1
            traits.append("concurrent_second_client")
        for c in w.r.sample(ctx.clients, min(n_acc, len(ctx.clients))):
            r = client_account(w, p, c, hired + timedelta(days=w.r.randint(0, 20)), end, devs, acct_nets,
                               night=team.night if team else False, desk_created=w.chance(0.8), per_week=0.7)
            rows.append(r)
    if only:
        rows = [x for x in rows if x.f["kind"] == only][:1] or rows[:1]
    return ctx.add(rows, kind, traits, fraud=1)


def facilitator_rows(ctx: Ctx, farm: Farm):
    w = ctx.w
    p = farm.p
    traits = ["farm_address"] + (["ip_kvm_farm"] if farm.ipkvm else [])
    if w.chance(0.3):
        rows = contractor(ctx, "facilitator", p, role=w.pick(["helpdesk_technician", "bookkeeper"]), traits=traits)
        for r in rows:
            r.fraud = 1
        ctx.persons = [x for x in ctx.persons if x[0] is not p]
        return rows
    a = application(w, p, w.pick(["helpdesk_technician", "bookkeeper", "data_analyst"]),
                    w.between(datetime(2024, 1, 1, tzinfo=UTC), T1 - timedelta(days=40)), resume=ctx.resume(p, "helpdesk_technician"))
    a.x["stage"] = w.pick(["screen", "rejected", "withdrawn"])
    return ctx.add([a], "facilitator", traits, fraud=1)


def mule_rows(ctx: Ctx, m: Person):
    w = ctx.w
    hired = w.between(datetime(2024, 6, 1, tzinfo=UTC), datetime(2025, 6, 1, tzinfo=UTC))
    role = w.pick(["bookkeeper", "tax_preparer"])
    rows = []
    if w.chance(0.5):
        a = application(w, m, role, hired - timedelta(days=20), resume=ctx.resume(m, role))
        a.x["stage"] = "hired"
        rows.append(a)
    pr = payroll(w, m, role, hired, T1, [(hired, "bank", m.bank)], PAY[role] * 0.5)
    rows.append(pr)
    c = w.pick(ctx.clients)
    rows.append(client_account(w, m, c, hired, T1, [(m.browser, m.ua, 1)], m.nets, per_week=0.5))
    return ctx.add(rows, "money_mule", ["shared_payout_account"], fraud=1)


def generate(ctx: Ctx):
    w = ctx.w
    n_teams = max(1, round(ctx.n / 2500))
    for ti in range(n_teams):
        team = Team(ctx, ti)
        # rings
        for ri in range(w.r.randint(2, 3)):
            shares = set(w.r.sample(SHARES, w.r.randint(1, 3)))
            farm = team.farms[ri % len(team.farms)]
            mule = team.mules[ri % len(team.mules)]
            toks = ["shares_" + s for s in sorted(shares)]
            for _ in range(w.r.randint(3, 6)):
                persona(ctx, team, "persona_ring", shares, farm, mule, w.chance(0.55), traits=toks)
        # careful rings: exactly one kind shared
        for _ in range(w.r.randint(1, 2)):
            s = w.pick(SHARES)
            farm = team.farms[-1]
            for _ in range(w.r.randint(2, 3)):
                persona(ctx, team, "careful_ring", {s}, farm, team.mules[0], w.chance(0.6), traits=["shares_only_" + s],
                        careful=True)
        # a ring split across clients: one row each
        if w.chance(0.6):
            s = w.pick(["recovery_email", "recovery_phone", "operator_device", "facilitator", "payout", "face"])
            for _ in range(w.r.randint(3, 4)):
                only = {"recovery_email": "application", "recovery_phone": "application", "face": "application",
                        "facilitator": "contractor", "payout": "contractor"}.get(s) or w.pick(["application", "account", "contractor"])
                persona(ctx, team, "split_ring", {s}, team.farms[0], team.mules[0], only != "application",
                        traits=["shares_only_" + s, "split_across_clients"], careful=True, only=only)
        for farm in team.farms:
            facilitator_rows(ctx, farm)
        for m in team.mules:
            mule_rows(ctx, m)
    # lone personas with few traits
    for _ in range(max(1, ctx.n // 1300)):
        persona(ctx, None, "lone_persona", set(), None, None, w.chance(0.5), traits=["few_traits"], lone=True)
