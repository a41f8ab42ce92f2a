"""DPRK IT-worker operations: teams, personas and rings, facilitators and their farms, mules, rented and bought accounts, fronts."""
from . import data as D
from . import media as M
from .common import apply, customer, freelance, give_resume, hire, open_mailbox, pick_emp, start_date
from .honest import VPN_HONEST, company_domain
from .infra import DAY, T0, T1, IPInfo, Net
from .lives import Person, Stay, foreign_place, new_person, sign_ins
from .sources import bx_package, bx_row, platform_row

BASES = [("CN", "Shenyang", 30), ("CN", "Dandong", 25), ("CN", "Yanji", 15), ("RU", "Vladivostok", 15), ("LA", "Vientiane", 15)]
SHARE_KINDS = ["recovery_email", "recovery_phone", "device", "signup_ip", "payout", "card", "shipping", "photo", "resume", "github", "phone"]


class Team:
    pass


def make_team(ctx, i):
    w, r = ctx.w, ctx.w.r
    t = Team()
    t.i = i
    c, city, _ = w.wpick([((a, b, x), x) for a, b, x in BASES])
    t.base = foreign_place(w, c, city)
    prov = "astrill" if r.random() < 0.75 else w.pick(["nordvpn", "expressvpn", "surfshark"])
    t.vpn_name = prov
    t.vpn = w.vpn(prov, n_exits=4)
    t.base_net = w.foreign_home(c, t.base.ct)
    t.kp = r.random() < 0.3
    if t.kp:
        isp = D.FOREIGN_ISPS["KP"][0]
        from .infra import ip_from
        t.kp_net = Net([IPInfo(ip_from(r, w.pick(isp[2])), isp[1], isp[0], "KP", "Pyongyang", 39.03, 125.75, "residential") for _ in range(3)], "kp")
    t.vps = [w.hosting(k=1) for _ in range(r.randint(1, 2))]
    t.laptops = [w.device("laptop", w.pick(["win", "win", "mac"])) for _ in range(r.randint(4, 8))]
    t.mailboxes = [w.pick(["dev", "tech", "smart", "king", "star", "gold", "sky", "lucky", "top", "pro"]) + w.pick(["master", "hunter", "coder", "wolf", "tiger", "dragon", "hero"]) +
                   str(r.randint(10, 9999)) + "@" + w.pick(["proton.me", "outlook.com", "gmail.com", "tutanota.com", "mail.com", "yandex.com"])
                   for _ in range(r.randint(2, 4))]
    t.voip = [w.phone_us(line="voip", carrier=w.pick(D.US_VOIP_CARRIERS)) for _ in range(r.randint(4, 8))]
    tr = w.pick(["fullstack", "blockchain", "mobile", "frontend", "backend", "fullstack", "blockchain"])
    t.resumes = [M.make_resume(w, w.pick([tr, "fullstack", "blockchain", "mobile", "frontend", "backend"]), years=r.randint(6, 12)) for _ in range(r.randint(2, 3))]
    t.faces = [r.getrandbits(30) for _ in range(r.randint(2, 4))]
    t.cards = ["card_fp:" + w.hexs(16) for _ in range(2)]
    t.payoneer = [("wallet", "payoneer:" + str(r.randint(10 ** 7, 10 ** 8 - 1))) for _ in range(3)]
    t.crypto = [("crypto", "T" + w.alnum(33, "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz")) for _ in range(2)]
    t.org = "https://github.com/" + w.pick(["nova", "bright", "soft", "block", "cyber", "pixel", "quant", "meta"]) + w.pick(["dev", "labs", "team", "works", "studio"]) + str(r.randint(1, 99))
    t.clock = (w.pick(["America/New_York", "America/Chicago", "America/Los_Angeles", "America/New_York"]), "day") if r.random() < 0.7 else (t.base.tz, "day")
    t.clock_token = "us_hours_from_asia" if t.clock[0].startswith("America") else "asia_hours"
    t.facilitators = []
    t.mules = []
    t.ring_counter = 0
    return t


def team_nets(ctx, t, p, vpn=None, proxy=True, vps=0):
    w, r = ctx.w, ctx.w.r
    nets = [(vpn or t.vpn, 5)]
    if proxy:
        p.proxy = w.resproxy(k=r.randint(2, 5))
        nets.append((p.proxy, 5))
        p.add("residential_proxy")
    if vps:
        nets.append((w.pick(t.vps), vps))
    if r.random() < 0.35:
        nets.append((t.base_net, 0.25))
        p.add("vpn_dropout")
    if t.kp and r.random() < 0.12:
        nets.append((t.kp_net, 0.1))
        p.add("kp_address_space")
    if r.random() < 0.4:
        nets.append((w.pick(t.vps), 1))
        p.add("vps_sign_ins")
    return nets


# ============================================================================================ facilitators and mules


def make_facilitator(ctx, t):
    w, r = ctx.w, ctx.w.r
    f = new_person(w, "US", age=(28, 62))
    f.fraud = True
    f.primary = "facilitator"
    f.team = t
    f.kvm = r.random() < 0.65
    f.kvm_dev = w.pick(D.USB_IPKVM) if f.kvm else None
    f.farm_ssid = f.ssid
    f.mailbox = None
    f.add("laptop_farm")
    if f.kvm:
        f.add("ip_kvm")
    if r.random() < 0.6:
        f.add("reship_mailbox")
        types = ("mailbox", "reship_warehouse", "virtual_office")
        mb = open_mailbox(ctx, f, types, w.pick(["reshipping", "mailbox_premium", "mailbox_basic"]),
                          opened=w.t_between(w.epoch(2022, 1, 1), T0 + 60 * DAY), loc=ctx.bx.pick_loc(types, f.home.state))
        f.mailbox = mb
        f.bx_sid = customer(ctx, f, mb, n_logins=r.randint(8, 35))
        mb.listed = [f"{f.first} {f.last}"]
    else:
        f.add("home_farm")
    x = r.random()
    if x < 0.4 or (f.mailbox is None and x < 0.7):
        f.add("applies_to_jobs")
        apply(ctx, f, r.randint(1, 3))
    if r.random() < 0.3 or not f.rows:
        f.add("freelancer_account")
        freelance(ctx, f, "gigspan", w.t_between(w.epoch(2021, 1, 1), T1 - 60 * DAY), method="bank", dest=("bank", f.bank))
    t.facilitators.append(f)
    ctx.people.append(f)
    return f


def make_mule(ctx, t):
    w, r = ctx.w, ctx.w.r
    m = new_person(w, "US", age=(20, 55))
    m.fraud = True
    m.primary = "money_mule"
    m.team = t
    x = r.random()
    if x < 0.35:
        emp = pick_emp(ctx)
        hire(ctx, m, emp, start_date(w, 0.4), None, "home")
    elif x < 0.8:
        freelance(ctx, m, w.pick(["gigspan", "taskhive"]), w.t_between(w.epoch(2019, 1, 1), T1 - 60 * DAY), method="bank", dest=("bank", m.bank))
    else:
        mb = open_mailbox(ctx, m, ("mailbox",), "mailbox_basic")
        customer(ctx, m, mb, n_logins=r.randint(1, 8), card=("bank", m.bank))
    t.mules.append(m)
    ctx.people.append(m)
    return m


# ============================================================================================ personas


def persona(ctx, t, primary, careful=False):
    w, r = ctx.w, ctx.w.r
    victim = None
    if ctx.victims and r.random() < 0.22:
        victim = ctx.victims.pop()
    if victim is not None:
        p = Person()
        p.pid = w.hexs(8)
        p.country = "US"
        p.origin, p.sex, p.first, p.middle, p.last = victim.origin, victim.sex, victim.first, victim.middle, victim.last
        p.dob, p.by, p.ssn, p.id_doc = victim.dob, victim.by, victim.ssn, victim.id_doc
        p.home = victim.home
        p.home_addr = victim.home_addr if r.random() < 0.4 else w.us_street(victim.home.metro)
        p.home_addr_str = None
        p.laptop, p.mobile = w.device("laptop"), w.device("phone")
        p.card = "card_fp:" + w.hexs(16)
        p.bank = "bank:" + w.h("acct", p.pid, k=16)
        p.photo_face = r.getrandbits(30)
        p.add("stolen_identity")
        victim.victim_of = p
    else:
        p = new_person(w, "US", age=(24, 41))
    p.fraud = True
    p.primary = primary
    p.team = t
    p.email = w.email(p.first, p.last, domain=w.wpick([("gmail.com", 68), ("outlook.com", 14), ("proton.me", 5), ("yahoo.com", 5), ("hotmail.com", 5), ("icloud.com", 3)]),
                      style=w.pick(["f.l", "fl", "f.l.n", "fl_y", "f.l.y2", "f_l", "nick", "fli"]), by=p.by)
    if not careful and r.random() < 0.72:
        p.phone = w.pick(t.voip) if r.random() < 0.35 else w.phone_us(line="voip", carrier=w.pick(D.US_VOIP_CARRIERS))
        p.add("voip_contact")
    elif careful and r.random() < 0.3:
        p.phone = w.phone_us(line="voip", carrier=w.pick(D.US_VOIP_CARRIERS))
        p.add("voip_contact")
    else:
        p.phone = w.phone_us(line="mobile", carrier=w.pick(["Cricket Wireless", "Mint Mobile", "Metro by T-Mobile", "T-Mobile USA, Inc.", "Visible (Verizon)"]))
    vpn = t.vpn
    if careful:
        vpn = w.vpn(w.wpick(VPN_HONEST), n_exits=3)
    if vpn.kind == "vpn:astrill":
        p.add("vpn_astrill")
    else:
        p.add("vpn_user")
    p.stays = [Stay(T0 - 4000 * DAY, T1 + DAY, p.home, team_nets(ctx, t, p, vpn=vpn))]
    p.clock = t.clock
    p.add(t.clock_token)
    p.profile_dev = w.device("laptop", w.pick(["win", "mac"]))     # an anti-detect browser profile of its own
    p.devices = [(p.profile_dev, 8), (w.device("phone"), 1)]
    if not careful and r.random() < 0.3:
        p.devices.append((w.pick(t.laptops), 6))
        p.add("team_laptop")
    # photo and resume
    if not careful and r.random() < 0.55:
        p.photo_face = w.pick(t.faces)
        p.photo_edit = r.getrandbits(20)
        p.add("edited_photo")
    if not careful and r.random() < 0.6:
        p.resume = M.mutate_resume(w, w.pick(t.resumes), r.randint(1, 3))
        p.add("cloned_resume")
    else:
        give_resume(ctx, p, track=w.pick(["fullstack", "frontend", "backend", "mobile", "blockchain", "data", "devops"]))
    p.resume["years"] = max(p.resume["years"], r.randint(5, 11))
    p.linkedin = "https://www.linkedin.com/in/" + (p.first + "-" + p.last).lower().replace(" ", "-") + "-" + w.hexs(r.choice([4, 6, 8]))
    if not careful and r.random() < 0.4:
        p.github = t.org
        p.add("team_portfolio_org")
    elif r.random() < 0.7:
        p.github = "https://github.com/" + (p.first + p.last).lower().replace(" ", "") + w.pick(["", "-dev", str(r.randint(1, 99))])
    p.portfolio = ("https://" + (p.first + p.last).lower().replace(" ", "") + w.pick([".dev", ".vercel.app", ".netlify.app", ".github.io"])) if r.random() < 0.3 else None
    p.dest = w.pick(t.payoneer) if r.random() < 0.4 else (("bank", w.pick(t.mules).bank) if t.mules and r.random() < 0.5 else w.pick(t.crypto + t.payoneer))
    p.signup_net = None
    ctx.people.append(p)
    return p


def apply_share(ctx, t, ring, members, kinds):
    """What a ring's members have in common."""
    w, r = ctx.w, ctx.w.r
    em = w.pick(t.mailboxes)
    ph = w.pick(t.voip)
    dev = w.pick(t.laptops)
    vps = w.pick(t.vps)
    pay = w.pick(t.payoneer + t.crypto)
    card = w.pick(t.cards)
    fac = w.pick(t.facilitators) if t.facilitators else None
    face = w.pick(t.faces)
    res = w.pick(t.resumes)
    for p in members:
        p.ring = ring
        for k in kinds:
            if k == "recovery_email" and r.random() < 0.9:
                p.recovery_email = em
                p.add("shared_recovery_email")
            elif k == "recovery_phone" and r.random() < 0.9:
                p.recovery_phone = ph
                p.add("shared_recovery_phone")
            elif k == "device":
                p.devices = [(dev, 8)] + p.devices[:1]
                p.add("shared_device")
            elif k == "signup_ip":
                p.signup_net = vps
                p.add("shared_vps_ip")
            elif k == "payout":
                p.dest = pay
                p.add("shared_payout")
            elif k == "card":
                p.card = card
                p.add("shared_card")
            elif k == "shipping" and fac is not None:
                p.fac = fac
                p.add("shared_shipping")
            elif k == "photo":
                p.photo_face = face
                p.photo_edit = r.getrandbits(20)
                p.add("edited_photo", "shared_photo_base")
            elif k == "resume":
                p.resume = M.mutate_resume(w, res, r.randint(1, 2))
                p.add("cloned_resume", "shared_resume")
            elif k == "github":
                p.github = t.org
                p.add("team_portfolio_org")
            elif k == "phone":
                p.phone = ph
                p.add("voip_contact", "shared_phone")


def persona_rows(ctx, p, t, mix=None, force=None):
    """A persona's footprint: a Boxpoint box (its own or on the facilitator's), platform accounts, applications, a hire."""
    w, r = ctx.w, ctx.w.r
    mix = mix or {}
    srcs = force or []
    if not force:
        if r.random() < mix.get("bx", 0.45):
            srcs.append("bx")
        if r.random() < mix.get("platform", 0.65):
            srcs.append("platform")
        if r.random() < mix.get("ats", 0.55):
            srcs.append("ats")
        if r.random() < mix.get("hire", 0.3) and t.facilitators:
            srcs.append("hire")
        if not srcs:
            srcs.append(w.pick(["platform", "ats"]))
    fac = getattr(p, "fac", None) or (w.pick(t.facilitators) if t.facilitators else None)
    p.fac = fac
    claim = w.fmt_us(p.home_addr)
    if fac is not None and r.random() < 0.45:
        if fac.mailbox is not None and r.random() < 0.6:
            claim = ctx.bx.address(fac.mailbox)
        else:
            claim = ("c/o " + fac.first + " " + fac.last + ", " if r.random() < 0.3 else "") + w.fmt_us(fac.home_addr)
        p.add("claims_facilitator_address")
    signup = p.signup_net
    created = w.t_between(T0 - 200 * DAY, T1 - 60 * DAY)
    for s in srcs:
        if s == "bx":
            if fac is not None and fac.mailbox is not None and r.random() < 0.35:
                mb = fac.mailbox
                rec = "additional_recipient"
                p.add("recipient_on_facilitator_box")
                mb.listed.append(f"{p.first} {p.last}")
            else:
                mb = open_mailbox(ctx, p, ("mailbox", "reship_warehouse", "virtual_office"), w.pick(["reshipping", "mailbox_premium", "mailbox_basic"]),
                                  opened=w.t_between(T0 - 150 * DAY, T1 - 30 * DAY))
                rec = "mailbox_holder"
            p.bx_mailbox = mb
            sg = (signup or w.wpick(p.stays[0].nets)).pick(r)
            card = p.card if r.random() < 0.7 else w.pick(t.crypto)
            p.bx_sid = bx_row(w, ctx.bx, p, mb, rec, max(mb.opened, created - 30 * DAY) if rec == "additional_recipient" else mb.opened, p,
                              signup=sg, n_logins=r.randint(4, 25), card=card, charges=rec == "mailbox_holder",
                              home=w.fmt_us(p.home_addr), country="US" if r.random() < 0.9 else "")
        elif s == "platform":
            plat = w.wpick([("gigspan", 65), ("taskhive", 20), ("devlane", 15)])
            sg = (signup or w.wpick(p.stays[0].nets)).pick(r)
            meth = "crypto" if p.dest[0] == "crypto" else ("bank" if p.dest[0] == "bank" else p.dest[1].split(":")[0])
            freelance(ctx, p, plat, created, method=meth,
                      dest=p.dest, address=claim if r.random() < 0.4 else None, signup=sg, n_logins=r.randint(8, 40),
                      payouts=r.choices([0, 2, 5, 10], [25, 30, 30, 15])[0], id_verified="true" if r.random() < 0.5 else "false",
                      recovery_email=p.recovery_email)
        elif s == "ats":
            k = r.randint(1, 5)
            sg = signup
            apply(ctx, p, k, address_fn=lambda: claim if r.random() < 0.8 else "", signup_net=sg,
                  t_range=(created - 20 * DAY, min(T1 - 2 * DAY, created + 50 * DAY)), author=w.pick(["", "User", "Administrator", f"{p.first} {p.last}", "Microsoft Office User"]))
        elif s == "hire" and fac is not None:
            farm_hire(ctx, p, t, fac, claim)


def farm_hire(ctx, p, t, fac, claim):
    """Hired at a partner: the laptop goes to the facilitator's box or house, is run through remote tools and an IP-KVM."""
    w, r = ctx.w, ctx.w.r
    emp = pick_emp(ctx)
    start = w.t_between(T0 - 60 * DAY, T1 - 50 * DAY)
    p.add("laptop_farm", "remote_tool", "remote_sessions")
    if fac.kvm:
        p.add("ip_kvm")
    to_box = fac.mailbox is not None and r.random() < 0.55
    ship = ctx.bx.address(fac.mailbox) if to_box else (("c/o " + fac.first + " " + fac.last + ", ") if r.random() < 0.2 else "") + w.fmt_us(fac.home_addr)
    if to_box:
        p.add("laptop_to_facilitator_box")
        fwd, fc = None, ""
        x = r.random()
        if x < 0.45:
            fwd, fc = w.fmt_us(fac.home_addr), "US"
        elif x < 0.55:
            fwd, fc = w.pick([("Room 1203, Jinqiao Logistics Park, Dandong, Liaoning, CN", "CN"),
                              ("No. 88 Binjiang Road Warehouse 3, Dandong, CN", "CN"),
                              ("Ul. Portovaya 17, sklad 4, Vladivostok, RU", "RU"),
                              ("Unit 5, Heping District Freight Terminal, Shenyang, CN", "CN"),
                              ("Yanji Cross-border Logistics Center Bay 12, Yanji, Jilin, CN", "CN")])
            p.add("laptop_forwarded_abroad")
        bx_package(w, fac.bx_sid, max(T0, start - r.randint(3, 9) * DAY), emp.name + " IT", f"{p.first} {p.last}",
                   f"{p.first} {p.last}" in getattr(fac.mailbox, "listed", []), ctx.bx.address(fac.mailbox), "laptop computer",
                   forward_addr=fwd, forward_country=fc)
    else:
        p.add("laptop_to_facilitator_home")
    tool = w.pick(D.REMOTE_TOOLS)
    tool2 = w.pick(D.REMOTE_TOOLS) if r.random() < 0.3 else None
    exits = [x for n_, _ in p.stays[0].nets for x in n_.infos if n_.kind.startswith("vpn") or n_.kind == "hosting"] or t.vpn.infos
    set_up = start - r.randint(0, 4) * DAY
    kvm = fac.kvm_dev
    os_ = emp.os if emp.os != "mixed" else r.choice(["mac", "win"])
    tz_us = r.random() < 0.8
    hs = [None, None]

    def hook(s, d, a, b):
        hs[0], hs[1] = s, d

    def extra(ti, i):
        sid, dev_id = hs
        for tl in ([tool] + ([tool2] if tool2 else [])):
            w.add_endpoint(sid, ti, dev_id, "process", tl[1] if os_ == "win" else D.REMOTE_TOOLS_MAC.get(tl[0], tl[1]))
            if tl[2] and r.random() < 0.7:
                w.add_endpoint(sid, ti, dev_id, "listening_port", tl[2])
        if os_ == "win" and r.random() < 0.3:
            w.add_endpoint(sid, ti, dev_id, "listening_port", "3389/tcp")
        if r.random() < 0.75:
            w.add_endpoint(sid, ti, dev_id, "remote_session", w.pick(exits).ip, started_at=set_up + r.randint(0, 3) * 3600)
        if kvm is not None and r.random() < 0.85:
            w.add_endpoint(sid, ti, dev_id, "usb", kvm[0], kvm[1], kvm[2])
            if r.random() < 0.5:
                w.add_endpoint(sid, ti, dev_id, "display", w.pick(D.DISPLAYS_KVM))

    mule_dest = ("bank", w.pick(t.mules).bank) if t.mules else w.pick(t.payoneer)
    first = ("bank", fac.bank) if r.random() < 0.35 else ("bank", p.bank)
    if first[1] == fac.bank:
        p.add("paid_to_facilitator")
    switch = start + r.randint(30, 70) * DAY if r.random() < 0.55 else None
    later = mule_dest if r.random() < 0.6 else w.pick(t.payoneer + t.crypto)
    if switch:
        p.add("payroll_changed")
    if later[1].startswith("bank") or first[1] != p.bank:
        p.add("mule_account" if later[0] == "bank" else "payment_wallet")

    def dest(ti):
        if switch and ti > switch:
            return later
        return first

    p.addressee = f"{p.first} {p.last}"
    idp = [(fac.homenet, 6), (w.wpick(p.stays[0].nets), 3)]
    addr = claim if r.random() < 0.7 else w.fmt_us(p.home_addr)
    hire(ctx, p, emp, start, ship, "facilitator", address=addr, os_=os_, idp_nets=idp, clock=p.clock,
         tz_fn=(lambda ti: fac.home.tz) if tz_us else (lambda ti: t.base.tz),
         net_fn=lambda ti: (fac.router_mac, fac.farm_ssid), kb="en-US" if r.random() < 0.95 else "ko-KR",
         extra_fn=extra, laptop_hook=hook, pay_dest=dest, ssn=p.ssn, dob=p.dob,
         devices=None)


# ============================================================================================ structures


def persona_ring(ctx, t):
    w, r = ctx.w, ctx.w.r
    t.ring_counter += 1
    ring = f"team{t.i}_ring{t.ring_counter}"
    n = r.randint(3, 8)
    members = [persona(ctx, t, "persona_ring") for _ in range(n)]
    kinds = r.sample(SHARE_KINDS, r.randint(1, 3))
    apply_share(ctx, t, ring, members, kinds)
    for p in members:
        p.add(f"team_{t.i}", ring, f"ring_size_{n}")
        persona_rows(ctx, p, t, {"bx": 0.45, "platform": 0.7, "ats": 0.6, "hire": 0.3})


def careful_ring(ctx, t, kind):
    w, r = ctx.w, ctx.w.r
    t.ring_counter += 1
    ring = f"team{t.i}_careful{t.ring_counter}"
    n = r.randint(2, 4)
    members = [persona(ctx, t, "careful_ring", careful=True) for _ in range(n)]
    apply_share(ctx, t, ring, members, [kind])
    for p in members:
        p.add(f"team_{t.i}", ring, "shares_only_" + kind)
        mix = {"bx": 0.35, "platform": 0.6, "ats": 0.5, "hire": 0.25}
        force = None
        if kind in ("shipping",):
            force = ["hire"] + (["ats"] if r.random() < 0.5 else [])
        elif kind in ("card",):
            force = ["bx"] + (["platform"] if r.random() < 0.4 else [])
        elif kind in ("payout",):
            force = [w.pick(["platform", "hire"])] if t.facilitators else ["platform"]
        elif kind in ("device", "signup_ip", "recovery_email", "recovery_phone"):
            force = [w.pick(["bx", "platform", "platform"])] + (["ats"] if r.random() < 0.4 else [])
        persona_rows(ctx, p, t, mix, force)


def split_ring(ctx, t):
    """Members placed in different sources and employers, tied only across them (a number, a payout, a recovery address, a face)."""
    w, r = ctx.w, ctx.w.r
    t.ring_counter += 1
    ring = f"team{t.i}_split{t.ring_counter}"
    n = r.randint(3, 4)
    kind = w.pick(["phone", "payout", "recovery_email", "photo", "shipping"])
    members = [persona(ctx, t, "split_ring", careful=True) for _ in range(n)]
    apply_share(ctx, t, ring, members, [kind])
    srcs = ["bx", "platform", "ats", "hire"]
    if kind == "payout":
        srcs = ["platform", "hire", "platform", "hire"]
    if kind == "shipping":
        srcs = ["hire", "hire", "hire", "hire"]
    r.shuffle(srcs)
    for i, p in enumerate(members):
        p.add(f"team_{t.i}", ring, "split_" + kind, "split_across_sources")
        s = srcs[i % len(srcs)]
        if s == "hire" and not t.facilitators:
            s = "platform"
        persona_rows(ctx, p, t, force=[s])


def lone(ctx, t):
    w, r = ctx.w, ctx.w.r
    p = persona(ctx, t, "lone_persona", careful=True)
    p.add(f"team_{t.i}", "few_traits")
    p.dest = ("wallet", "payoneer:" + str(r.randint(10 ** 7, 10 ** 8 - 1))) if r.random() < 0.5 else ("bank", p.bank)
    persona_rows(ctx, p, t, {"bx": 0.3, "platform": 0.55, "ats": 0.55, "hire": 0.25})


def rented(ctx, t):
    """A real US freelancer rents the account out: the team's exits and laptops take over, payouts move."""
    w, r = ctx.w, ctx.w.r
    p = new_person(w, "US", age=(22, 50))
    p.fraud = True
    p.primary = "rented_account"
    p.team = t
    p.add(f"team_{t.i}", "takeover", "payout_changed")
    give_resume(ctx, p, track=w.pick(["fullstack", "frontend", "backend", "mobile"]))
    sw = w.t_between(T0 + 20 * DAY, T1 - 90 * DAY)
    op = w.pick(t.laptops)
    proxy = w.resproxy(p.home.metro, k=2)
    p.stays = [Stay(T0 - 4000 * DAY, sw, p.home, p.stays[0].nets), Stay(sw, T1 + DAY, p.home, [(t.vpn, 5), (proxy, 5)])]
    if t.vpn.kind == "vpn:astrill":
        p.add("vpn_astrill")
    p.add("residential_proxy", t.clock_token)
    own = ("bank", p.bank)
    later = w.pick(t.payoneer + t.crypto + ([("bank", w.pick(t.mules).bank)] if t.mules else []))
    sid = freelance(ctx, p, "gigspan", w.t_between(w.epoch(2016, 1, 1), w.epoch(2022, 1, 1)), method="bank",
                    dest=lambda ti: own if ti < sw else later, n_logins=0, payouts=r.randint(6, 16))
    sign_ins(w, p, sid, "gigspan", "gigspan", r.randint(4, 12), T0, sw, events=["session.start"])
    sign_ins(w, p, sid, "gigspan", "gigspan", r.randint(10, 30), sw, T1, devices=[(op, 8), (p.laptop, 1)], clock=t.clock,
             events=["session.start", "2fa.verify"])
    ctx.people.append(p)


def purchased(ctx, t):
    """An aged, well-rated account bought from its owner: new e-mail, sometimes a new name, the team's exits."""
    w, r = ctx.w, ctx.w.r
    p = persona(ctx, t, "purchased_account", careful=r.random() < 0.5)
    p.add(f"team_{t.i}", "aged_account", "takeover")
    orig = new_person(w, "US")
    bought = w.t_between(T0 + 10 * DAY, T1 - 80 * DAY)
    keep = r.random() < 0.35
    if keep:
        p.first, p.last, p.middle = orig.first, orig.last, orig.middle
    else:
        p.prev_name = f"{orig.first} {orig.last}"
    p.stays = [Stay(T0 - 4000 * DAY, bought, orig.home, orig.stays[0].nets), Stay(bought, T1 + DAY, p.home, p.stays[0].nets)]
    sid = freelance(ctx, p, "gigspan", w.t_between(w.epoch(2014, 1, 1), w.epoch(2019, 12, 31)), method="paypal",
                    dest=lambda ti: ("wallet", "paypal:" + orig.email.lower()) if ti < bought else p.dest, n_logins=0,
                    payouts=r.randint(4, 14), id_verified="true")
    sign_ins(w, orig, sid, "gigspan", "gigspan", r.randint(2, 8), T0, bought, events=["session.start"])
    sign_ins(w, p, sid, "gigspan", "gigspan", r.randint(10, 30), bought, T1, clock=t.clock, events=["session.start", "2fa.verify"])
    if r.random() < 0.5:
        apply(ctx, p, r.randint(1, 3), t_range=(bought, T1 - 2 * DAY))


def front(ctx, t, i):
    """A fake recruiting company: a virtual office, a young domain, client accounts that contact developers."""
    w, r = ctx.w, ctx.w.r
    nm = f"{w.pick(D.FRONT_WORDS)}{w.pick(D.FRONT_WORDS).lower()} {w.pick(D.FRONT_SUFFIX)}"
    vps = w.pick(t.vps)
    dom = company_domain(ctx, nm, w.pick(t.mailboxes), True, privacy=r.random() < 0.6, team_ip=vps.infos[0].ip if r.random() < 0.5 else None)
    ctx.w.domains[-1]["registered_at"] = w.t_between(T0 + 30 * DAY, T1 - 120 * DAY)
    staff = [persona(ctx, t, "fake_recruiter") for _ in range(r.randint(2, 3))]
    loc = ctx.bx.loc(w.pick(["WIL1", "SHR1", "LAS1", "CYS1", "MIA2", "NYC1", "WIL2"]))
    mb = open_mailbox(ctx, staff[0], ("virtual_office",), "virtual_office", loc=loc, opened=ctx.w.domains[-1]["registered_at"] + r.randint(2, 20) * DAY)
    mb.company = nm + " LLC"
    card = w.pick(t.cards)
    for j, s in enumerate(staff):
        s.add(f"team_{t.i}", f"front_{i}", "front_company", "young_domain")
        s.email = s.first.lower() + "@" + dom if r.random() < 0.7 else s.email
        s.recovery_email = w.pick(t.mailboxes)
        s.add("shared_recovery_email")
        s.devices = [(w.pick(t.laptops), 8)]
        s.add("team_laptop")
        bx_row(w, ctx.bx, s, mb, "mailbox_holder" if j == 0 else "additional_recipient", mb.opened + j * r.randint(0, 10) * DAY, s,
               signup=vps.pick(r) if r.random() < 0.6 else w.wpick(s.stays[0].nets).pick(r), card=card, charges=j == 0,
               n_logins=r.randint(3, 15), extra={"boxpoint_company": mb.company})
        sid = platform_row(w, s, "gigspan", mb.opened + r.randint(1, 20) * DAY, s, record="client", title="Talent Acquisition",
                           payout_method="", signup=vps.pick(r) if r.random() < 0.5 else None)
        sign_ins(w, s, sid, "gigspan", "gigspan", r.randint(8, 30), mb.opened, T1, clock=t.clock, events=["session.start"])
        for _ in range(r.randint(1, 4)):
            w.add_payment(sid, w.t_between(mb.opened, T1), round(r.uniform(100, 1500), 2), "USD", "bank", card, "charge", "Gigspan",
                          {"boxpoint_memo": "client funding"})
    ctx.fronts.append(nm)


def generate_fraud(ctx, n):
    w, r = ctx.w, ctx.w.r
    s = n / 20000.0
    teams = [make_team(ctx, i + 1) for i in range(max(2, round(4 * s)))]
    for t in teams:
        for _ in range(r.randint(2, 3)):
            make_facilitator(ctx, t)
        for _ in range(r.randint(2, 3)):
            make_mule(ctx, t)
    for i in range(max(2, round(17 * s))):
        persona_ring(ctx, teams[i % len(teams)])
    kinds = SHARE_KINDS[:]
    for i in range(max(2, round(11 * s))):
        careful_ring(ctx, teams[i % len(teams)], kinds[i % len(kinds)])
    for i in range(max(1, round(7 * s))):
        split_ring(ctx, teams[i % len(teams)])
    for i in range(max(2, round(34 * s))):
        lone(ctx, teams[i % len(teams)])
    for i in range(max(1, round(7 * s))):
        rented(ctx, teams[i % len(teams)])
    for i in range(max(1, round(7 * s))):
        purchased(ctx, teams[i % len(teams)])
    for i in range(max(1, round(3 * s))):
        front(ctx, teams[i % len(teams)], i + 1)
    return teams
