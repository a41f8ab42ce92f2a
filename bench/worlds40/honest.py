"""The honest population: clients' families and staff, Bookwell's contractors, applicants, its own staff."""
from __future__ import annotations

from datetime import datetime, timedelta

from . import data, media
from .infra import A0, T0, T1, UTC, World, iso
from .lives import (HELPDESK, Laptop, Person, Row, application, client_account, laptop_for, payroll)

ROLE_MIX = [("bookkeeper", 34), ("data_analyst", 18), ("erp_developer", 18), ("helpdesk_technician", 20), ("tax_preparer", 10)]
PAY = {"bookkeeper": 1900, "data_analyst": 2600, "erp_developer": 3600, "helpdesk_technician": 2100, "tax_preparer": 1700}
ROUTING = ["044000037", "021000021", "026009593", "121000248", "071000013", "042000314", "041000124", "111000614",
           "063100277", "031100649", "322271627", "091000019", "253177049", "061000104"]


class Ctx:
    """What the generators share: the world, clients, Bookwell's own infrastructure, media and groups."""

    def __init__(self, w: World, n: int):
        self.w, self.n = w, n
        self.rows: list[Row] = []
        self.media: dict[str, dict] = {}
        self.texts: dict[str, str] = {}
        self.domains: list[tuple] = []
        hq = data.METROS[0]
        self.hq = hq
        self.hq_ips = [w.business_ip(hq) for _ in range(2)]
        self.msp_line = w.phone([614])
        self.hq_address = "250 S High St Suite 1400, Columbus, OH 43215"
        self.jump_host = w.vps_ip()  # Bookwell's own cloud jump host for technicians
        self.agencies = [(name, f"{w.pick(ROUTING)}:{w.r.randrange(10**9, 10**10)}") for name in
                         ("Keystone Payroll Services", "Deel US Payroll", "Remote Workforce Partners LLC", "Tri-State Contractor Pay")]
        self.avatar = "photos/default_avatar.png"
        self.media[self.avatar] = {"avatar": True}
        self.clients = []
        self.persons: list[tuple[Person, list[Row], str]] = []   # honest people fraud may steal from
        self.domains.append(("bookwellpartners.com", "Bookwell Partners", "2009-04-17", "admin@bookwellpartners.com",
                             self.hq_ips[0][0], "ns1.dnsimple.com;ns2.dnsimple.com"))
        self.domains.append(("bookwellit.com", "Bookwell IT Services", "2014-09-02", "admin@bookwellpartners.com",
                             self.hq_ips[1][0], "ns1.dnsimple.com;ns2.dnsimple.com"))

    def add(self, rows, kind, traits=(), fraud=0):
        for r in rows:
            r.kind = kind
            r.fraud = fraud
            r.traits = list(traits) + r.traits
            self.rows.append(r)
        return rows

    def photo(self, p: Person, r_: float = 1.0) -> str:
        w = self.w
        if p.face is None:
            path = f"photos/{w.hex(16)}.png"
            self.media[path] = media.face_spec(w.r)
            p.face = path
        return p.face

    def resume(self, p: Person, role: str, template=None, history=None, text=None) -> str:
        w = self.w
        if text is None:
            school = media.data.FOREIGN_SCHOOLS.get(data.HERITAGE.get(p.origin, ("", ""))[1]) if p.origin != "us" and w.chance(0.3) else None
            text = media.resume(w.r, p.name, p.email, w.typed_phone(p.phone), f"{p.metro[0]}, {p.metro[1]}", role,
                                history or media.history(w.r, role), school or w.pick(data.SCHOOLS), template or w.pick(media.TEMPLATES))
        if w.chance(0.55):
            path = f"resumes/{w.hex(16)}.{w.pick(['txt', 'txt', 'md'])}"
            self.texts[path] = text
            return path
        return text

    def bank(self) -> str:
        w = self.w
        while True:
            d = f"{w.pick(ROUTING)}:{w.r.randrange(10**9, 10**11)}"
            if d not in w.used:
                w.used.add(d)
                return d


def make_clients(ctx: Ctx, count: int):
    w = ctx.w
    for i in range(count):
        metro = w.pick(data.METROS[:20]) if w.chance(0.6) else w.pick(data.METROS)
        a, b = w.pick(data.COMPANY_A), w.pick(data.COMPANY_B)
        name = f"{a} {b}"
        dom = "".join(c for c in f"{a}{b}".lower() if c.isalnum())[:28] + w.pick(["", "", "co", "llc", metro[1].lower()]) + w.hex(3) + ".com"
        while dom in w.used:
            dom = dom[:-4] + w.hex(1) + ".com"
        w.used.add(dom)
        home_based = w.chance(0.25)
        c = {"name": name, "domain": dom, "platform": "entra" if w.chance(0.6) else "google", "metro": metro,
             "office": w.address(metro, unit_p=0.5).replace(" Apt ", " Suite ") if not home_based else None,
             "office_ip": w.business_ip(metro), "office_line": w.phone(metro[6]), "msp_line": ctx.msp_line,
             "msp_ip": ctx.hq_ips[0] if w.chance(0.8) else ctx.hq_ips[1], "pcs": [], "home_based": home_based}
        reg = datetime(w.r.randint(2001, 2023), w.r.randint(1, 12), w.r.randint(1, 28)).date().isoformat()
        registrant = "domains@" + w.pick(["godaddy.com", "privacyguardian.org", "withheldforprivacy.com", "domainsbyproxy.com"])
        if w.chance(0.08):  # a new small business: registered last year by the owner's own mailbox, cheap hosting
            reg = datetime(w.r.randint(2024, 2025), w.r.randint(1, 6), w.r.randint(1, 28)).date().isoformat()
            registrant = w.mailbox(*w.name(w.wpick(data.ORIGIN_MIX)), domain="gmail.com")
        ctx.domains.append((dom, name, reg, registrant, c["office_ip"][0],
                            w.pick(["ns1.godaddy.com;ns2.godaddy.com", "ns-cloud-a1.googledomains.com;ns-cloud-a2.googledomains.com",
                                    "dns1.registrar-servers.com;dns2.registrar-servers.com", "ns1.bluehost.com;ns2.bluehost.com"])))
        ctx.clients.append(c)
        client_people(ctx, c)


def client_people(ctx: Ctx, c):
    """A small client's own people: a family that owns it, and staff the MSP onboarded in one sitting."""
    w = ctx.w
    metro = c["metro"]
    office_nets = [(lambda ip=c["office_ip"]: ip, 70)]
    family = w.chance(0.45)
    front_pc = (w.uid("pc-", 12), w.user_agent("win"))
    if family:
        owner = Person(w, metro=metro, age=w.r.randint(40, 66))
        if c["home_based"]:
            c["office"] = owner.address
            c["office_ip"] = owner.home
            office_nets = [(lambda ip=owner.home: ip, 70)]
        members = [owner]
        spouse = Person(w, origin=owner.origin if w.chance(0.8) else None, metro=metro, age=w.r.randint(38, 66))
        spouse.last = owner.last if w.chance(0.75) else spouse.last
        members.append(spouse)
        for _ in range(w.r.choice([0, 1, 1, 2])):
            kid = Person(w, origin=owner.origin, metro=metro, age=w.r.randint(18, 30))
            kid.last = owner.last
            members.append(kid)
        family_pc = (w.uid("pc-", 12), w.user_agent("win"))
        created = w.between(datetime(2023, 1, 1, tzinfo=UTC), datetime(2025, 3, 1, tzinfo=UTC))
        rows = []
        for i, m in enumerate(members):
            m.home, m.address, m.router = owner.home, owner.address, owner.router
            email = w.work_mailbox(m.first, m.last, c["domain"]) if w.chance(0.8) else m.email
            r = Row(w.uid("acct_"), "account", {
                "full_name": m.name, "email": email, "phone": c["office_line"] if w.chance(0.6) else m.phone,
                "phone_line_type": "", "address": c["office"], "country": "US", "employer": c["name"],
                "created_at": iso(created + timedelta(minutes=3 * i + w.r.randint(0, 2))),
                "recovery_email": owner.email, "recovery_phone": owner.phone, "recovery_phone_line_type": "mobile",
                "signup_ip": c["office_ip"][0], "photo": ctx.photo(m) if w.chance(0.2) else "",
            }, {"bookwell_source": "client_tenant", "bookwell_record": "owner_family" if i else "owner",
                "client": c["name"], "tenant_platform": c["platform"], "account_status": "active"})
            r.f["phone_line_type"] = "landline" if r.f["phone"] == c["office_line"] else "mobile"
            nets = office_nets + [(lambda ip=owner.home: ip, 20), (lambda mm=metro: w.mobile_ip(mm), 10)]
            devs = [(family_pc[0], family_pc[1], 5), (m.mobile, m.mua, 3), (front_pc[0], front_pc[1], 3)]
            r.logins.append(_lg(w, T0, T1, w.r.randint(8, 30), nets, devs, m, c))
            r.traits = ["family_business", "shared_family_computer", "shared_recovery_email", "shared_office_phone"]
            if i == 0:
                r.traits.append("business_owner")
            if i >= 2:
                r.traits.append("owners_child")
            rows.append(r)
            ctx.persons.append((m, [r], "client_family_business"))
        ctx.add(rows, "client_family_business")
    # staff accounts created by Bookwell's onboarding desk in one sitting
    n_staff = w.wpick([(0, 10), (2, 15), (4, 20), (7, 20), (12, 15), (25, 10), (45, 5)]) if not c["home_based"] else w.r.randint(0, 2)
    sitting = w.between(datetime(2023, 6, 1, tzinfo=UTC), datetime(2025, 6, 1, tzinfo=UTC))
    for i in range(n_staff):
        m = Person(w, metro=metro)
        start = sitting + timedelta(seconds=40 * i + w.r.randint(0, 30))
        r = Row(w.uid("acct_"), "account", {
            "full_name": m.name, "email": w.work_mailbox(m.first, m.last, c["domain"]),
            "phone": m.phone if w.chance(0.5) else "", "phone_line_type": "mobile", "country": "US", "employer": c["name"],
            "created_at": iso(start), "recovery_email": HELPDESK, "recovery_phone": ctx.msp_line,
            "recovery_phone_line_type": "fixedVoip", "signup_ip": c["msp_ip"][0],
            "photo": ctx.avatar if w.chance(0.15) else "",
        }, {"bookwell_source": "client_tenant", "bookwell_record": "client_staff", "client": c["name"],
            "tenant_platform": c["platform"], "account_status": "active"})
        if not r.f["phone"]:
            r.f["phone_line_type"] = ""
        traits = ["msp_batch_created", "helpdesk_recovery"]
        if r.f["photo"]:
            traits.append("default_avatar")
        shared_pc = w.chance(0.3)
        devs = [(m.mobile, m.mua, 2)] + ([(front_pc[0], front_pc[1], 6)] if shared_pc else [(w.uid("pc-", 12), w.user_agent("win"), 6)])
        if shared_pc:
            traits.append("front_desk_shared_pc")
        nets = office_nets + [(lambda ip=m.home: ip, 15), (lambda mm=metro: w.mobile_ip(mm), 10)]
        end = T1 if w.chance(0.85) else w.between(T0, T1)
        r.logins.append(_lg(w, max(T0, start), end, w.r.randint(6, 30), nets, devs, m, c))
        if w.chance(0.25):  # Bookwell's RMM agent on the office PC: technicians connect in
            lp = Laptop(w, w.pick(data.PERSONAL_PCS[4:] + data.LAPTOPS[:3]), m.tz, T0, T1)
            lp.gateways = [(c.setdefault("router", w.mac()), c.setdefault("ssid", w.ssid()), 10)]
            lp.processes = data.OFFICE_APPS[:5] + data.RMM_AGENT[:2] + w.r.sample(data.FINANCE_APPS, 1)
            lp.usb = w.r.sample(data.USB_COMMON, 2)
            lp.displays = [w.pick(data.DISPLAYS[:9])]
            lp.ports = ["3389/tcp"] if w.chance(0.3) else []
            lp.sessions = [(ctx.hq_ips[0][0], None, 0.2), (ctx.jump_host[0], None, 0.15)]
            if shared_pc:
                lp.device_id = front_pc[0]
            r.laptop = lp
            traits.append("rmm_managed_pc")
        r.traits = traits
        ctx.add([r], "client_staff")
        ctx.persons.append((m, [r], "client_staff"))


def _lg(w, start, end, n, nets, devs, p, c, night=False):
    from .lives import Logins
    return Logins(start, end, n, nets, devs, p.offset, night, c["platform"], c["domain"])


# ---------------------------------------------------------------- contractors

def contractor(ctx: Ctx, kind: str, p: Person | None = None, role: str | None = None, traits=None, temp=False,
               hired=None, pay_dest=None, place=True) -> list[Row]:
    w = ctx.w
    p = p or Person(w)
    role = role or w.wpick(ROLE_MIX)
    traits = list(traits or [])
    traits.append(role)
    if not p.profiles and w.chance(0.7):
        p.profiles = f"https://www.linkedin.com/in/{p.first.lower()}-{p.last.lower().replace(' ', '')}-{w.hex(6)}"
        if role in ("erp_developer", "data_analyst") and w.chance(0.5):
            p.profiles += f";https://github.com/{p.first.lower()}{p.last.lower()[:4]}{w.hex(3)}"
            traits.append("github_profile")
    if w.chance(0.12) and p.phone_type == "mobile":
        p.phone_type = "voip"
        traits.append("google_voice")
    if w.chance(0.08):
        p.nets = p.nets + [(lambda: w.vpn_ip(), 25)]
        traits.append("vpn_user")
    if w.chance(0.12):
        p.night = True
        traits.append("night_owl")
    if temp:
        hired = hired or datetime(2025, 1, w.r.randint(2, 20), tzinfo=UTC)
        end = datetime(2025, 4, w.r.randint(16, 30), tzinfo=UTC)
    else:
        hired = hired or w.between(datetime(2023, 9, 1, tzinfo=UTC), datetime(2025, 8, 15, tzinfo=UTC))
        end = T1 if w.chance(0.85) else w.between(max(hired + timedelta(days=60), T0), T1)
    rows = []
    # applications: the photo is the ID-verification selfie
    template = "career_centre" if w.chance(0.12) else None
    if template:
        traits.append("career_centre_resume")
    resume = ctx.resume(p, role, template) if w.chance(0.85) else ""
    photo = (ctx.photo(p) if w.chance(0.9) else ctx.avatar) if w.chance(0.6) else ""
    if photo == ctx.avatar:
        traits.append("default_avatar")
    app = application(w, p, role, hired - timedelta(days=w.r.randint(10, 60)), photo=photo, resume=resume,
                      idv=w.wpick([("pass", 93), ("manual_review", 5), ("fail", 2)]))
    app.x["stage"] = "hired" if place else w.pick(["screen", "interview", "rejected", "withdrawn"])
    rows.append(app)
    if temp and w.chance(0.3):  # a returning seasonal temp applied last season too
        a2 = application(w, p, role, datetime(2024, 1, w.r.randint(2, 12), tzinfo=UTC), photo=photo, resume=resume)
        a2.x["stage"] = "hired"
        rows.append(a2)
        traits.append("returning_temp")
    if not place:
        return ctx.add(rows, kind, traits)
    # pay
    x = w.r.random()
    if pay_dest:
        stages = [(hired, "bank", pay_dest)]
    elif x < 0.16:
        ag = w.pick(ctx.agencies)
        stages = [(hired, "bank", ag[1])]
        traits.append("payroll_agency")
    elif x < 0.24:
        stages = [(hired, "bank", f"paycard:{w.pick(['skylight', 'rapid', 'branch'])}:{w.hex(12)}")]
        traits.append("pay_card")
    elif x < 0.27:
        stages = [(hired, "wallet", f"wise:{p.email}")]
        traits.append("wallet_payout")
    else:
        stages = [(hired, "bank", ctx.bank())]
    if w.chance(0.07) and not pay_dest:
        stages.append((w.between(hired + timedelta(days=60), hired + timedelta(days=400)), "bank", ctx.bank()))
        traits.append("payroll_change_new_bank")
    pr = payroll(w, p, role, hired, end, stages, PAY[role] * w.r.uniform(0.7, 1.3))
    rows.append(pr)
    # laptop
    devs = [(p.mobile, p.mua, 2)]
    if w.chance(0.85):
        lp = laptop_for(w, p, role, hired, end)
        pr.laptop = lp
        addr = p.address
        pr.ships.append((hired - timedelta(days=w.r.randint(2, 9)), "BW-LT-" + w.hex(8).upper(), addr))
        if w.chance(0.05):
            pr.ships.append((w.between(hired, end), "BW-LT-" + w.hex(8).upper(), addr))
            traits.append("laptop_replaced")
        devs.append((lp.device_id, w.user_agent("mac" if lp.model.startswith("Mac") else "win"), 10))
        if w.chance(0.10):
            lp.usb.append(w.pick(data.USB_DESK_KVM))
            traits.append("desk_kvm_switch")
        if role == "helpdesk_technician":
            lp.sessions.append((ctx.jump_host[0], None, 0.3))
            if w.chance(0.12):
                lp.usb.append(w.pick(data.USB_IPKVM[:3]))
                lp.displays.append("PiKVM V3")
                traits.append("homelab_ipkvm")
        if p.night:
            pass
        if "heritage_keyboard" in traits:
            lp.keyboards = list(p.keyboards)
    else:
        devs.append((p.browser, p.ua, 10))
        traits.append("byod")
    # client accounts
    n_acc = {"bookkeeper": w.r.randint(5, 20), "data_analyst": w.r.randint(1, 3), "erp_developer": w.r.randint(1, 4),
             "helpdesk_technician": w.r.randint(1, 4), "tax_preparer": w.r.randint(2, 5)}[role]
    if temp:
        n_acc = w.r.randint(2, 5)
    clients = w.r.sample(ctx.clients, min(n_acc, len(ctx.clients)))
    if n_acc >= 5:
        traits.append("many_client_accounts")
    for c in clients:
        s = max(hired, w.between(hired, hired + timedelta(days=90))) if not temp else hired + timedelta(days=w.r.randint(0, 5))
        r = client_account(w, p, c, s, end, devs, p.nets, night=p.night, desk_created=w.chance(0.7),
                           admin=role == "helpdesk_technician", per_week=0.7 if role != "helpdesk_technician" else 0.4)
        rows.append(r)
    if role == "helpdesk_technician":
        traits.append("rmm_tools")
    return ctx.add(rows, kind, traits)


def applicant_only(ctx: Ctx, n_max=3) -> list[Row]:
    w = ctx.w
    p = Person(w)
    role = w.wpick(ROLE_MIX)
    traits = [role]
    rows = []
    n = min(n_max, w.wpick([(1, 70), (2, 22), (3, 8)]))
    t = w.between(A0, datetime(2025, 10, 1, tzinfo=UTC))
    resume = ctx.resume(p, role, "career_centre" if w.chance(0.12) else None)
    if "Career Services" in resume or (resume in ctx.texts and "Career Services" in ctx.texts[resume]):
        traits.append("career_centre_resume")
    photo = ctx.photo(p) if w.chance(0.5) else ""
    for i in range(n):
        email = p.email
        if i and w.chance(0.4):
            email = w.mailbox(p.first, p.last)
            traits.append("new_mailbox_reapply")
        r = application(w, p, role if not i or w.chance(0.5) else w.wpick(ROLE_MIX), t, email=email, photo=photo, resume=resume,
                        idv=w.wpick([("pass", 60), ("none", 30), ("manual_review", 7), ("fail", 3)]))
        r.x["stage"] = w.pick(["applied", "screen", "interview", "rejected", "withdrawn"])
        if w.chance(0.35):
            r.f["recovery_email"] = w.mailbox(p.first, p.last)
            traits.append("own_recovery_email")
        rows.append(r)
        t += timedelta(days=w.r.randint(20, 200))
    if n > 1:
        traits.append("multi_applied")
    ctx.persons.append((p, rows, "applicant_only"))
    return ctx.add(rows, "applicant_only", traits)


def immigrant(ctx: Ctx):
    w = ctx.w
    origin = w.pick([o for o in data.HERITAGE if o != "hispanic"] + ["hispanic"])
    p = Person(w, origin=origin)
    kb, cc = data.HERITAGE[origin]
    traits = []
    if w.chance(0.7):
        p.keyboards = ["en-US", kb]
        traits.append("heritage_keyboard")
    parent = w.phone(None, cc)
    if w.chance(0.5):  # a trip home: local network, or a VPN back home (Astrill from China)
        if cc == "CN":
            p.nets = p.nets + [(lambda: w.vpn_ip(data.VPNS[4]), 6)]
            traits.append("vpn_astrill")
        else:
            p.nets = p.nets + [(lambda c=cc: w.foreign_ip(c), 4)]
        traits.append("visits_home")
    rows = contractor(ctx, "immigrant_contractor", p, traits=traits + ["parent_abroad_recovery"])
    for r in rows:
        if r.f["kind"] == "account" and r.f["recovery_email"] != HELPDESK:
            r.f["recovery_phone"] = parent
            r.f["recovery_phone_line_type"] = "mobile"
        if r.f["kind"] == "applicant" and w.chance(0.6):
            r.f["recovery_phone"] = parent
        if r.laptop:
            r.laptop.keyboards = list(p.keyboards)
    ctx.persons.append((p, rows, "immigrant_contractor"))
    return rows


def rural(ctx: Ctx):
    w = ctx.w
    town = w.pick(data.RURAL)
    p = Person(w, metro=town)
    car = w.pick(data.RURAL_CARRIERS)
    p.home = w.cgnat_ip(town, car)
    p.nets = [(lambda: w.cgnat_ip(town, car), 85), (lambda: w.mobile_ip(town), 15)]
    rows = contractor(ctx, "rural_cgnat", p, traits=["cgnat_" + car[0].split()[0].lower().strip(",")])
    ctx.persons.append((p, rows, "rural_cgnat"))
    return rows


def mover(ctx: Ctx):
    w = ctx.w
    p = Person(w)
    traits = ["moved"]
    rows = contractor(ctx, "mover_name_change", p, traits=traits)
    old_name, old_addr = p.name, p.address
    newmetro = w.pick(data.METROS)
    if w.chance(0.5):
        p.last = w.name(w.wpick(data.ORIGIN_MIX))[1]
        rows[0].traits.append("name_change")
    p.metro = newmetro
    p.address = w.address(newmetro)
    p.home = w.home_ip(newmetro)
    if w.chance(0.4):
        p.phone = w.phone(newmetro[6])
        rows[0].traits.append("new_phone")
    a2 = application(w, p, rows[0].x["role"], w.between(datetime(2024, 9, 1, tzinfo=UTC), T1 - timedelta(days=30)),
                     resume=ctx.resume(p, rows[0].x["role"]))
    a2.x["stage"] = "screen"
    ctx.add([a2], "mover_name_change", rows[0].traits)
    for r in rows:
        if r.f["kind"] == "contractor":
            r.f["address"] = p.address
            r.f["full_name"] = p.name
            r.x["previous_name"] = old_name if old_name != p.name else ""
            r.x["previous_address"] = old_addr
    rows.append(a2)
    ctx.persons.append((p, rows, "mover_name_change"))
    return rows


def couple(ctx: Ctx):
    w = ctx.w
    a = Person(w)
    b = Person(w, origin=a.origin if w.chance(0.8) else None, metro=a.metro)
    b.address, b.home, b.router, b.ssid, b.nets = a.address, a.home, a.router, a.ssid, a.nets
    if w.chance(0.6):
        b.last = a.last
    joint = ctx.bank() if w.chance(0.5) else None
    fam_pc = w.uid("pc-", 12)
    ra = contractor(ctx, "contractor_couple", a, traits=["shared_home"] + (["joint_account"] if joint else []), pay_dest=joint)
    rb = contractor(ctx, "contractor_couple", b, traits=["shared_home"] + (["joint_account"] if joint else []), pay_dest=joint)
    if w.chance(0.4):
        for r in ra + rb:
            if r.f["kind"] == "applicant":
                r.logins[0].devs = [(fam_pc, a.ua, 1)]
                r.traits.append("shared_family_computer")
    return ra + rb


def spouse_account(ctx: Ctx):
    """A contractor paid into the spouse's account (the spouse is not in the data, or is a client's staff)."""
    w = ctx.w
    p = Person(w)
    dest = ctx.bank()
    rows = contractor(ctx, "spouse_paid_contractor", p, traits=["spouse_bank_account"], pay_dest=dest)
    ctx.persons.append((p, rows, "spouse_paid_contractor"))
    return rows


def staff(ctx: Ctx):
    w = ctx.w
    p = Person(w, metro=ctx.hq)
    role = w.pick(["recruiter", "onboarding_coordinator", "payroll_admin", "msp_service_desk_lead", "account_manager"])
    hot = w.uid("pc-", 12)
    r = Row(w.uid("emp_"), "employee", {
        "full_name": p.name, "email": w.work_mailbox(p.first, p.last, "bookwellpartners.com"),
        "phone": ctx.msp_line if w.chance(0.5) else p.phone, "phone_line_type": "", "address": p.address, "country": "US",
        "birth_date": p.birth.isoformat(), "national_id": p.ssn, "employer": "Bookwell Partners",
        "created_at": iso(w.between(datetime(2015, 1, 1, tzinfo=UTC), datetime(2024, 12, 1, tzinfo=UTC))),
        "photo": ctx.photo(p) if w.chance(0.5) else "",
    }, {"bookwell_source": "bookwell_hr", "bookwell_record": "staff", "role": role})
    r.f["phone_line_type"] = "fixedVoip" if r.f["phone"] == ctx.msp_line else "mobile"
    from .lives import Logins
    r.logins.append(Logins(T0, T1, w.r.randint(30, 80), [(lambda: w.pick(ctx.hq_ips), 80), (lambda ip=p.home: ip, 20)],
                           [(hot, w.user_agent("win"), 6), (p.mobile, p.mua, 2), (w.uid("pc-", 12), w.user_agent("win"), 4)],
                           p.offset, platform="entra", tenant="bookwellpartners.com"))
    return ctx.add([r], "bookwell_staff", [role, "hot_desk_pc"] + (["main_line_phone"] if r.f["phone"] == ctx.msp_line else []))


GROUPS = [("bookkeeper", 8), ("other_role", 24), ("temp", 9), ("applicant", 48), ("immigrant", 6), ("rural", 2.5),
          ("mover", 3), ("couple", 2), ("spouse", 2), ("traveller", 2.5)]


def one_group(ctx: Ctx):
    w = ctx.w
    g = w.wpick(GROUPS)
    if g == "bookkeeper":
        p = Person(w)
        rows = contractor(ctx, "bookkeeper_multi_client", p, role="bookkeeper")
        ctx.persons.append((p, rows, "bookkeeper_multi_client"))
    elif g == "other_role":
        p = Person(w)
        role = w.wpick(ROLE_MIX[1:4])
        kind = {"data_analyst": "data_analyst", "erp_developer": "erp_developer", "helpdesk_technician": "msp_technician"}[role]
        rows = contractor(ctx, kind, p, role=role)
        ctx.persons.append((p, rows, kind))
    elif g == "temp":
        p = Person(w)
        rows = contractor(ctx, "tax_season_temp", p, role=w.pick(["tax_preparer", "bookkeeper"]), temp=True)
        ctx.persons.append((p, rows, "tax_season_temp"))
    elif g == "applicant":
        rows = applicant_only(ctx)
    elif g == "immigrant":
        rows = immigrant(ctx)
    elif g == "rural":
        rows = rural(ctx)
    elif g == "mover":
        rows = mover(ctx)
    elif g == "couple":
        rows = couple(ctx)
    elif g == "spouse":
        rows = spouse_account(ctx)
    else:  # weeks abroad with notice
        p = Person(w)
        cc = w.pick(list(data.FOREIGN))
        p.nets = p.nets + [(lambda c=cc: w.foreign_ip(c), 5), (lambda: w.vpn_ip(), 3)]
        rows = contractor(ctx, "traveller_abroad", p, traits=["abroad_" + cc])
        ctx.persons.append((p, rows, "traveller_abroad"))
    return rows
