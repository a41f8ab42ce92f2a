"""The fraud side of Hirepath: DPRK-style IT-worker teams, personas, laptop farms, mules, fake-recruiter fronts."""
import copy

from . import data as D
from . import media as M
from .honest import (Employer, _domain_row, add_subject, apply, hire, line_type_cell, new_person, resolve)
from .infra import DAY, T0, T1, Net, fold

PERSONA_ORIGINS = [("anglo", 55), ("japanese", 8), ("chinese", 8), ("korean", 5), ("slavic", 10), ("hispanic", 6),
                   ("vietnamese", 4), ("filipino", 4)]
FRONT_NAMES = ["Chainwise Labs", "Nexora Soft", "BlockHarbor Technologies", "Lumina Web3 Studio", "Softbridge Dynamics",
               "Angelwave Agency", "Cryptonest Labs", "Veloxa Systems", "Quantix Capital Tech", "Hyperloom Digital"]


class Team:
    pass


def _persona_email(w, f, la):
    f2, l2 = fold(f).lower(), fold(la).lower().replace(" ", "")
    prov = w.wpick([("gmail.com", 65), ("outlook.com", 20), ("proton.me", 6), ("yahoo.com", 5), ("hotmail.com", 4)])
    style = w.r.randrange(6)
    loc = [f"{f2}.{l2}{w.r.randrange(1, 999)}", f"{f2}{l2}.dev", f"{f2}.{l2}.tech", f"{l2}{f2}{w.r.randrange(10, 99)}",
           f"{f2}{w.r.choice(['dev', 'code', 'eng', 'sw'])}{w.r.randrange(1, 999)}", f"{f2[0]}{l2}{w.r.randrange(1980, 2001)}"][style]
    return f"{loc}@{prov}"


def _mailbox(w):
    words = ["sunrise", "blue.sky", "goldstar", "happyday", "bestdev", "skyline", "topcoder", "smartwork", "luckyman", "freedom"]
    return f"{w.r.choice(words)}{w.r.randrange(100, 99999)}@{w.wpick([('gmail.com', 60), ('proton.me', 20), ('outlook.com', 20)])}"


def build_team(w, idx):
    r = w.r
    t = Team()
    t.id = idx
    t.base = w.wpick([("Shenyang", 35), ("Dandong", 20), ("Yanji", 12), ("Vladivostok", 20), ("Vientiane", 13)])
    cc, lat, lon, tz, (asn, owner, pfx) = D.BASES[t.base]
    t.base_tz = tz
    t.base_net = Net("residential", asn, owner, cc, t.base, lat, lon, [w._fresh_ip(pfx) for _ in range(4)])
    t.vpn = "astrill" if w.chance(0.75) else r.choice(["nordvpn", "expressvpn", "surfshark"])
    t.op_devs = [w.portal_dev(r.choice(["win_chrome", "win_chrome", "win_edge", "mac_chrome"])) for _ in range(r.randrange(4, 9))]
    t.mailboxes = [_mailbox(w) for _ in range(r.randrange(2, 5))]
    t.voip = [w.us_phone() for _ in range(r.randrange(4, 9))]
    t.tz_spoof = w.chance(0.6)
    t.us_hours = w.chance(0.75)
    roles = r.sample(["swe", "web3", "mobile", "data", "devops", "swe"], r.randrange(2, 4))
    t.masters = [M.CareerSpec(r, ro, r.randrange(6, 12), "US") for ro in roles]
    t.faces = [M.FaceSpec(r) for _ in range(r.randrange(2, 5))]
    t.mules = ["acct:" + w.hx(14) for _ in range(r.randrange(3, 7))]
    t.wallets = [f"payoneer:{_mailbox(w)}" for _ in range(r.randrange(1, 3))]
    t.crypto = ["usdt-trc20:T" + w.hx(33) for _ in range(r.randrange(1, 3))]
    t.vps = [r.choice(w.hosting) for _ in range(r.randrange(1, 3))]
    t.nk = idx == 1
    t.facilitators = []
    t.front = None
    t.persona_n = 0
    return t


def build_facilitator(w, t, kvm=None):
    r = w.r
    city = w.city_by_name(r.choice(["Litchfield Park", "Phoenix", "Nashville", "Dallas", "Houston", "Atlanta", "Edison",
                                    "Charlotte", "Minneapolis", "Hillsboro", "Tampa", "Columbus"]))
    f = new_person(w, "facilitator", city=city, origin="anglo" if w.chance(0.7) else None, role=r.choice(["ops", "sales", "it"]))
    f.fraud = 1
    f.kvm = w.chance(0.65) if kvm is None else kvm
    f.kvm_dev = r.choice(D.USB_KVM[:5])
    f.team = t
    f.laptops = 0
    w.farm_ctr = getattr(w, "farm_ctr", 0) + 1
    f.farm_id = w.farm_ctr
    f.addr["unit"] = None if w.chance(0.7) else f.addr["unit"]
    t.facilitators.append(f)
    return f


def persona_nets(w, t, dev, careful=False):
    nets = [("vpn:" + t.vpn, dev, 6), ("resproxy", dev, 3)]
    if not careful:
        nets.append((t.base_net, dev, 0.25))  # VPN drop-outs to the base ISP
        if t.nk:
            nk = Net("residential", D.NK_NET[0], D.NK_NET[1], "KP", "Pyongyang", 39.03, 125.75,
                     [D.NK_NET[2] + str(x) + "." + str(w.r.randrange(1, 254)) for x in (6, 7)])
            nets.append((nk, dev, 0.08))
    return nets


def make_persona(w, t, primary, tokens, victim=None, careful=False, share=None, rented=None):
    """A persona: a made-up (or stolen/rented) identity the team applies with."""
    r = w.r
    master = r.choice(t.masters)
    origin = w.wpick(PERSONA_ORIGINS)
    p = new_person(w, primary, origin=origin, role=master.role, years=master.years)
    p.fraud = 1
    p.team = t
    p.tokens = [primary] + list(tokens)
    if victim is not None:
        p.first, p.mid, p.last = victim.first, victim.mid, victim.last
        p.birth, p.ssn = victim.birth, victim.ssn
        if w.chance(0.5):
            p.city, p.addr = victim.city, victim.addr
        p.tokens.append("stolen_identity")
        p.victim = victim
    if rented is not None:
        p.first, p.mid, p.last, p.birth, p.ssn = rented.first, rented.mid, rented.last, rented.birth, rented.ssn
        p.profiles = rented.profiles
    p.email = _persona_email(w, p.first, p.last)
    p.email2 = None
    share = share or {}
    # each persona in its own anti-detect browser profile unless the operators got sloppy
    p.laptop = w.portal_dev(r.choice(["win_chrome", "win_chrome", "mac_chrome", "win_edge"]))
    if careful:
        p.phone_lt = "mobile" if w.chance(0.7) else ""
    else:
        if w.chance(0.75):
            if w.chance(0.3):
                p.phone = r.choice(t.voip)
                p.tokens.append("shared_phone")
            else:
                p.phone = w.us_phone()
            p.phone_lt = r.choice(D.VOIP_LINE_TYPES)
            p.tokens.append("voip_contact")
    if "device" in share:
        p.laptop = share["device"]
        p.tokens.append("shared_device")
    if "recovery_email" in share:
        p.recovery_email = share["recovery_email"]
        p.tokens.append("shared_recovery_email")
    if "recovery_phone" in share:
        p.recovery_phone = share["recovery_phone"]
        p.recovery_lt = r.choice(D.VOIP_LINE_TYPES) if not careful else "mobile"
        p.tokens.append("shared_recovery_phone")
    # resume: the team's master with the name swapped (cloned), or the persona's own
    if "resume" in share or (not careful and w.chance(0.85)):
        base = share["resume"] if "resume" in share else master
        c = copy.deepcopy(base)
        if w.chance(0.5):
            c.jobs = [(tt, co if w.chance(0.7) else r.choice(D.PAST_COMPANIES), s, e, bl) for (tt, co, s, e, bl) in c.jobs]
        if w.chance(0.4):
            c = M.vary_career(r, c)
        if t.front and w.chance(0.35):
            c.jobs = [(r.choice(D.ROLES[c.role]), t.front.name, 2023, "Present", [M.bullet(r, c.role) for _ in range(3)])] + c.jobs[:-1]
            p.tokens.append("front_reference")
        p.career = c
        p.versions = [c]
        p.tokens.append("cloned_resume")
    # photo: AI-edited variants of one of the team's base faces, or a reused stock photo
    p.face = None
    p.default_avatar = False
    p.photo_override = None
    if "photo" in share or (not careful and w.chance(0.75)):
        spec = share["photo"] if "photo" in share else r.choice(t.faces)
        if w.chance(0.7):
            img = M.ai_edit(spec, r)
            p.tokens.append("edited_photo")
        else:
            img = M.draw_face(spec)
            p.tokens.append("reused_photo")
        p.photo_override = (M.encode(img, "JPEG", r.choice([75, 85, 92])), "jpg")
    elif careful and w.chance(0.6):
        sp = M.FaceSpec(r)
        p.photo_override = (M.encode(M.draw_face(sp), "JPEG", 88), "jpg")
    p.badge_override = p.photo_override
    # networks and working hours
    if careful:
        prov = r.choice(["nordvpn", "expressvpn", "surfshark", "protonvpn", "astrill", "private_relay"])
        p.nets = [("vpn:" + prov, p.laptop, 5), ("resproxy", p.laptop, 4)]
        p.tokens.append("vpn_" + prov)
    else:
        p.nets = persona_nets(w, t, p.laptop)
        p.tokens.append("vpn_" + t.vpn)
        p.tokens.append("residential_proxy")
    if "vps" in share:
        p.vps = share["vps"]
        p.tokens.append("shared_vps_ip")
    if t.us_hours or careful:
        p.act_tz = p.tz
        p.hours = (8.0, 18.5)
        p.weekdays = True
        p.tokens.append("us_hours_from_asia")
    else:
        p.act_tz = t.base_tz
        p.hours = (9.0, 21.0)
        p.weekdays = False
        p.tokens.append("asia_hours")
    p.hours_work = p.hours
    prof = [f"https://www.linkedin.com/in/{fold(p.first).lower()}-{fold(p.last).lower().replace(' ', '')}-{w.hx(5)}"]
    if w.chance(0.6):
        prof.append(f"https://github.com/{fold(p.first).lower()}{w.r.choice(['dev', 'code', '-dev', 'x'])}{w.r.randrange(1, 999)}")
    if w.chance(0.3):
        prof.append(f"https://{fold(p.first).lower()}{fold(p.last).lower().replace(' ', '')}.vercel.app")
    if rented is None:
        p.profiles = prof
    p.work_auth = "US Citizen" if w.chance(0.7) else "Green Card"
    p.keyboard = "en-US"
    t.persona_n += 1
    return p


def persona_applications(w, p, emps, k, hire_idx=None, interview=None, t_start=None):
    r = w.r
    remote = [e for e in emps if e.remote == "remote" and not e.fake] or emps
    t0 = t_start or r.randrange(T0, T1 - 120 * DAY)
    sids = []
    chosen = []
    while len(chosen) < k:
        e = r.choice(remote) if w.chance(0.8) else r.choice(emps)
        if e not in chosen:
            chosen.append(e)
    for i, e in enumerate(chosen):
        t = w.at_local_hour(t0 + r.randrange(0, 45) * DAY, p.act_tz, p.hours[0], p.hours[1], p.weekdays)
        if i == hire_idx:
            stage = "hired"
        else:
            stage = w.wpick([("applied", 28), ("rejected", 30), ("screen", 16), ("interview", 17), ("offer", 4), ("withdrawn", 5)])
        signup = None
        if getattr(p, "vps", None) is not None:
            signup = (p.vps, p.laptop)
        toks = list(p.tokens)
        iv = None
        if interview and stage in ("interview", "offer", "hired"):
            iv = interview
            toks.append("interview_proxy")
        photo = p.photo_override if (p.photo_override and w.chance(0.8)) else None
        sid = apply(w, p, e, t, toks, source=r.choice(["career_site", "linkedin", "linkedin", "indeed", "wellfound"]),
                    stage=stage, signup=signup, interview=iv, photo=photo,
                    national_id=p.ssn if stage in ("offer", "hired") and w.chance(0.5) else "",
                    birth=p.birth if stage in ("offer", "hired") and w.chance(0.5) else "",
                    address=None if w.chance(0.85) else "")
        sids.append((sid, e, t, stage))
    return sids


def farm_host(w, p, f, t):
    """What a farm laptop looks like to the employer's agent."""
    r = w.r
    h = {"gw": [f.router], "ssid": [f.ssid]}
    h["tz"] = p.tz if (t.tz_spoof or r.random() < 0.7) else t.base_tz
    if not t.tz_spoof and r.random() < 0.3:
        h["tz_alt"] = t.base_tz
    h["keyboard"] = "en-US" if r.random() < 0.85 else r.choice(["ko-KR", "zh-CN", "ja-JP"])
    procs = r.sample(D.REMOTE_TOOLS_FRAUD, r.randrange(1, 3))
    if r.random() < 0.3:
        procs += D.VPN_CLIENT_PROCS.get(t.vpn, ["astrill.exe"])[:1]
    if r.random() < 0.1:
        procs.append(r.choice(D.CHAT_APPS_ASIA))
    h["procs"] = procs
    usb = []
    disp = []
    if f.kvm:
        usb.append(f.kvm_dev)
        disp.append(r.choice(D.DISPLAYS_KVM))
        if r.random() < 0.3:
            usb.append(D.USB_KVM[5])
    h["usb"] = usb
    h["display"] = disp
    h["ports"] = r.sample(["3389/tcp", "5900/tcp", "7070/tcp", "21118/tcp", "5938/tcp"], r.randrange(1, 3))
    sess = []
    for _ in range(r.randrange(1, 4)):
        src = resolve(w, "vpn:" + t.vpn) if r.random() < 0.7 else (t.base_net if r.random() < 0.4 else w.resproxy())
        sess.append((r.choice(src.pool), r.uniform(20, 300)))
    h["sessions"] = sess
    return h


def place_hire(w, p, e, start, f, tokens, pay_kind, t, ship_self=False, until=None, ship_addr=None, dest_override=None):
    r = w.r
    toks = list(tokens)
    addr = None
    ship = None
    if f is not None:
        f.laptops += 1
        if f is p:
            ship = (w.render_addr(f.addr), "home")
            toks.append("hosts_own_laptop")
        else:
            if w.chance(0.55):
                addr = w.render_addr(f.addr, r.choice(["full", "abbr", "upper", "nozip"]))
                toks.append("claims_facilitator_address")
            ship = (w.render_addr(f.addr, r.choice(["full", "abbr", "lower"])) + ("" if w.chance(0.7) else f" c/o {f.first} {f.last}"), "home")
            toks += ["laptop_farm", f"farm_{f.farm_id}"]
        host = farm_host(w, p, f, t) if e.shares else None
        if f.kvm and e.shares:
            toks.append("ip_kvm")
        if e.shares:
            toks.append("remote_tool")
        sso = {"nets": [(f.home, 8), ("vpn:" + t.vpn, 2)], "gw": [f.router], "ssid": [f.ssid]}
    else:
        host = None
        sso = {"nets": [("vpn:" + t.vpn, 4), ("resproxy", 4)], "gw": [w.mac_addr()], "ssid": ["Home-" + w.hx(4).upper()]}
        if ship_self:
            ship = (w.render_addr(p.addr), "home")
        if ship_addr:
            ship = (ship_addr, "home")
            toks.append("shared_shipping_address")
    if host is not None:
        host["dev"] = w.managed_dev(False)
    dest, method = None, "bank"
    if dest_override:
        dest = dest_override
        toks.append("shared_payroll_account")
    elif pay_kind == "mule":
        dest = r.choice(t.mules)
        toks.append("mule_account")
    elif pay_kind == "facilitator" and f is not None:
        dest = f.bank
        toks.append("paid_to_facilitator")
    elif pay_kind == "wallet":
        dest, method = r.choice(t.wallets), "wallet"
        toks.append("shared_wallet")
    elif pay_kind == "crypto":
        dest, method = r.choice(t.crypto), "crypto"
        toks.append("crypto_payroll")
    elif pay_kind == "switch":
        p.bank2 = r.choice(t.mules)
        p.bank_change_t = start + r.randrange(30, 70) * DAY
        toks.append("payroll_changed")
    op_dev = p.laptop

    def extra(sid, a, b):
        for _ in range(r.randrange(3, 10)):
            tt = w.at_local_hour(a + r.randrange(0, max(1, b - a)), p.act_tz, p.hours[0], p.hours[1], p.weekdays)
            if tt <= T1:
                w.login_burst(sid, tt, resolve(w, "vpn:" + t.vpn) if r.random() < 0.8 else t.base_net, op_dev,
                              e.idp, fail_p=0.08, mfa_p=0.4)
    p.hours_work = p.hours
    return hire(w, p, e, start, toks, worker="employee" if w.chance(0.6) else "contractor", address=addr, ship_to=ship,
                pay_dest=dest, pay_method=method, host=host, sso_nets=sso, extra_logins=extra if e.shares else None,
                phone_lt=p.phone_lt, until=until)


# ============================================================================ schemes
def persona_rings(w, t, emps, n_rings, proxies, ring_ctr):
    r = w.r
    for _ in range(n_rings):
        size = r.randrange(3, 9)
        ring_ctr[0] += 1
        rid = ring_ctr[0]
        kinds = r.sample(["recovery_email", "recovery_phone", "device", "vps"], r.randrange(1, 4))
        pool = {"recovery_email": r.choice(t.mailboxes), "recovery_phone": r.choice(t.voip), "device": r.choice(t.op_devs),
                "vps": r.choice(t.vps)}
        base = ["team_%d" % t.id, "ring_%d" % rid, "ring_size_%d" % size]
        for _ in range(size):
            sh = {k: pool[k] for k in kinds if w.chance(0.8)}
            victim = w.victim() if w.chance(0.18) else None
            p = make_persona(w, t, "persona_ring", base, victim=victim, share=sh)
            k = r.randrange(3, 13)
            hired = w.chance(0.4)
            apps = persona_applications(w, p, emps, k, hire_idx=(r.randrange(k) if hired else None),
                                        interview=r.choice(proxies) if w.chance(0.35) else None)
            for (sid, e, ta, st) in apps:
                if st == "hired":
                    f = r.choice(t.facilitators) if (t.facilitators and w.chance(0.8)) else None
                    pk = w.wpick([("mule", 45), ("facilitator", 20), ("wallet", 12), ("switch", 13), ("crypto", 5), ("own", 5)])
                    place_hire(w, p, e, ta + r.randrange(20, 50) * DAY, f, ["hired_persona"] + p.tokens[1:], pk, t)
                    # over-employment: a second job for the same persona
                    if w.chance(0.3):
                        e2 = r.choice([x for x in emps if x.remote == "remote" and not x.fake] or emps)
                        place_hire(w, p, e2, ta + r.randrange(40, 90) * DAY, f, ["hired_persona", "second_job"] + p.tokens[1:], pk, t)


CAREFUL_KINDS = ["recovery_email", "recovery_phone", "device", "resume", "photo", "payroll", "shipping", "vps"]


def careful_rings(w, t, emps, kind, ring_ctr):
    r = w.r
    for _ in range(1):
        size = r.randrange(2, 5)
        ring_ctr[0] += 1
        base = ["team_%d" % t.id, "ring_%d" % ring_ctr[0], "shares_only_" + kind]
        share = {}
        if kind == "recovery_email":
            share["recovery_email"] = _mailbox(w)
        elif kind == "recovery_phone":
            share["recovery_phone"] = w.us_phone()
        elif kind == "device":
            share["device"] = w.portal_dev("win_chrome")
        elif kind == "resume":
            share["resume"] = M.CareerSpec(r, r.choice(["swe", "data", "devops"]), r.randrange(5, 12))
        elif kind == "photo":
            share["photo"] = M.FaceSpec(r)
        elif kind == "vps":
            share["vps"] = r.choice(w.hosting)
        mule = "acct:" + w.hx(14)
        drop = None
        if kind == "shipping":
            da = w.us_address(w.us_city())
            drop = da
        for _ in range(size):
            p = make_persona(w, t, "careful_ring", base, careful=True, share=share,
                             victim=w.victim() if w.chance(0.15) else None)
            k = r.randrange(2, 7)
            hired = kind in ("payroll", "shipping") or w.chance(0.2)
            apps = persona_applications(w, p, emps, k, hire_idx=(0 if hired else None))
            for (sid, e, ta, st) in apps:
                if st == "hired":
                    if kind == "payroll":
                        place_hire(w, p, e, ta + r.randrange(20, 50) * DAY, None, ["hired_persona"] + p.tokens[1:], "own", t,
                                   ship_self=True, dest_override=mule)
                    elif kind == "shipping":
                        place_hire(w, p, e, ta + r.randrange(20, 50) * DAY, None, ["hired_persona"] + p.tokens[1:], "own", t,
                                   ship_addr=w.render_addr(drop, r.choice(["full", "abbr", "upper", "nozip"])))
                    else:
                        place_hire(w, p, e, ta + r.randrange(20, 50) * DAY, None, ["hired_persona"] + p.tokens[1:], "own", t, ship_self=True)


def lone_personas(w, t, emps, n):
    r = w.r
    for _ in range(n):
        p = make_persona(w, t, "lone_persona", ["team_%d" % t.id, "few_traits"], careful=True,
                         victim=w.victim() if w.chance(0.25) else None)
        if w.chance(0.5):
            p.phone_lt = r.choice(D.VOIP_LINE_TYPES)
            p.tokens.append("voip_contact")
        k = r.randrange(1, 5)
        hired = w.chance(0.2)
        apps = persona_applications(w, p, emps, k, hire_idx=(0 if hired else None))
        for (sid, e, ta, st) in apps:
            if st == "hired":
                mail_drop = w.us_address(w.us_city())
                mail_drop["unit"] = ((("PMB", "PMB", "#")), str(r.randrange(100, 999)))
                p.addr = mail_drop
                place_hire(w, p, e, ta + r.randrange(20, 50) * DAY, None, ["hired_persona", "reshipper"] + p.tokens[1:],
                           "own", t, ship_self=True)


def bait_and_switch(w, t, emps, n):
    """A real US person rents out their identity: they apply and interview themselves; operators do the job."""
    r = w.r
    for _ in range(n):
        p = new_person(w, "rented_identity", role=r.choice(["swe", "data", "devops"]))
        p.fraud = 1
        p.team = t
        toks = ["rented_identity", "team_%d" % t.id, "interview_by_owner"]
        remote = [e for e in emps if e.remote == "remote" and not e.fake] or emps
        k = r.randrange(1, 4)
        t0 = r.randrange(T0, T1 - 150 * DAY)
        for i in range(k):
            e = r.choice(remote)
            stage = "hired" if i == 0 else w.wpick([("rejected", 50), ("applied", 40), ("interview", 10)])
            ta = w.at_local_hour(t0 + r.randrange(0, 30) * DAY, p.tz, 9, 21, False)
            apply(w, p, e, ta, toks, stage=stage)
            if stage == "hired":
                f = p  # the owner hosts the laptop at home
                f.kvm = w.chance(0.3)
                f.kvm_dev = r.choice(D.USB_KVM[:5])
                f.laptops = 0
                p.act_tz = p.tz if t.us_hours else t.base_tz
                p.hours = (8.0, 18.5) if t.us_hours else (9.0, 21.0)
                p.weekdays = True
                p.laptop = r.choice(t.op_devs)
                place_hire(w, p, e, ta + r.randrange(20, 45) * DAY, f, ["rented_identity", "team_%d" % t.id, "remote_controlled"],
                           "switch", t)


def build_front(w, t, idx):
    r = w.r
    e = Employer()
    e.name = FRONT_NAMES[idx % len(FRONT_NAMES)] + ("" if idx < len(FRONT_NAMES) else f" {idx}")
    e.slug = fold(e.name).lower().replace(" ", "-")
    e.domain = fold(e.name).lower().replace(" ", "") + r.choice([".io", ".com", ".xyz", ".tech"])
    e.fake = True
    e.remote = "remote"
    e.shares = False
    e.ts_offset = None
    e.resume_export = "inline" if w.chance(0.5) else "file"
    e.city = w.us_city()
    e.employees = []
    e.staff = []
    e.web3 = True
    t0 = r.randrange(T0 + 30 * DAY, T1 - 200 * DAY)
    e.t0 = t0
    _domain_row(w, e.domain, e.name, t0 - r.randrange(10, 75) * DAY, r.choice(t.mailboxes) if w.chance(0.7) else _mailbox(w),
                "namecheap" if w.chance(0.7) else "cloudflare", r.choice(t.vps).pool[0])["hirepath_role"] = "employer"
    t.front = e
    # the front's "recruiters"
    for j in range(r.randrange(2, 5)):
        p = new_person(w, "fake_recruiter", origin=w.wpick(PERSONA_ORIGINS), role="ops")
        p.fraud = 1
        p.tokens = ["fake_recruiter", "team_%d" % t.id, "front_%d" % idx, "vpn_" + t.vpn]
        if w.chance(0.8):
            p.phone = r.choice(t.voip) if w.chance(0.5) else w.us_phone()
            p.phone_lt = r.choice(D.VOIP_LINE_TYPES)
            p.tokens.append("voip_contact")
        p.laptop = r.choice(t.op_devs)
        p.act_tz = "America/New_York" if t.us_hours else t.base_tz
        p.hours = (8.0, 18.5) if t.us_hours else (9.0, 21.0)
        p.weekdays = True
        p.profiles = [f"https://www.linkedin.com/in/{fold(p.first).lower()}-{fold(p.last).lower()}-{w.hx(5)}"]
        sid = w.new_id("user_")
        email = f"{fold(p.first).lower()}.{fold(p.last).lower().replace(' ', '')}@{e.domain}" if w.chance(0.7) else p.email
        tc = t0 + r.randrange(0, 12) * DAY
        net = resolve(w, "vpn:" + t.vpn) if w.chance(0.7) else r.choice(t.vps)
        row = {"id": sid, "kind": "account", "full_name": w.render_name(p.first, p.mid, p.last, "plain"), "email": email,
               "phone": w.render_phone(p.phone), "address": "", "country": "US" if w.chance(0.6) else "",
               "employer": e.name, "created_at": w.iso(tc), "recovery_email": r.choice(t.mailboxes),
               "recovery_phone": w.render_phone(r.choice(t.voip)) if w.chance(0.5) else "",
               "signup_ip": r.choice(net.pool), "phone_line_type": line_type_cell(w, p.phone_lt),
               "profiles": ";".join(p.profiles[:1]),
               "hirepath_tenant": e.slug, "hirepath_role": "recruiter"}
        if row["recovery_phone"]:
            row["recovery_phone_line_type"] = r.choice(D.VOIP_LINE_TYPES)
        add_subject(w, row, p, p.tokens + ["young_domain", "shared_recovery_email"])
        w.login(sid, tc, net, p.laptop, "recruiter_console", event="user.account.create")
        for _ in range(r.randrange(15, 45)):
            tt = w.at_local_hour(tc + r.randrange(0, 150) * DAY, p.act_tz, p.hours[0], p.hours[1], p.weekdays)
            if tt <= T1:
                w.login_burst(sid, tt, resolve(w, r.choice(["vpn:" + t.vpn, "vpn:" + t.vpn, "hosting"])), p.laptop,
                              "recruiter_console", fail_p=0.05)
    return e
