"""DPRK IT-worker teams: personas, rings (wide, careful, split), lone personas, facilitators' laptop farms,
payout mules, proxy interviewers, stolen identities."""
from __future__ import annotations

from . import data as D
from .honest import apply_many, new_person, victim
from .infra import DAY, T_ATS0, T_END, T_SIGNIN0
from .lives import Person, application, placement

BASES = [("Shenyang", "CN"), ("Dandong", "CN"), ("Vladivostok", "RU"), ("Vientiane", "LA")]
SHARE_KINDS = ["recovery_email", "recovery_phone", "device", "signup_ip", "payout", "shipping", "photo", "resume",
               "github", "phone"]


def person_for(w, place, origin=None):
    p = Person(w, place, origin=origin)
    p.traits = []
    return p


def facilitator(w, ctx, team):
    place = w.pick(D.US_CITIES)
    f = person_for(w, place, origin=w.wpick([("us", 70), ("hispanic", 15), ("chinese", 5), ("korean", 5), ("filipino", 5)]))
    f.role = w.pick(D.IT_ROLES)
    f.stack = "IT"
    f.home_site()
    f.kvm = w.chance(0.65)
    f.tools = w.r.sample(D.REMOTE_TOOLS, w.r.randrange(1, 3))
    f.traits = ["facilitator", f"team_{team['i']}"]
    f.resume = ctx["media"].resume_text(f.name, f.role, "Windows, networking", place[0], 6)
    f.profiles = []
    f.rows = 0
    return f


def emit_facilitator_rows(w, ctx, f):
    apply_many(w, ctx, f, w.r.randrange(1, 3), stage_last="rejected", fraud=1)
    if w.chance(0.3):
        t = T_SIGNIN0 - w.r.randrange(0, 200) * DAY
        placement(w, ctx["media"], f, w.pick(ctx["clients"]), t, T_END, f.traits, 1)


def make_team(w, ctx, i):
    base = w.pick(BASES)
    team = {"i": i, "base": base}
    team["vpn"] = "Astrill" if w.chance(0.7) else w.pick(["NordVPN", "ExpressVPN", "Surfshark"])
    team["exits"] = [w.vpn_us(team["vpn"], w.pick(D.US_CITIES)) for _ in range(w.r.randrange(2, 4))]
    team["base_net"] = w.foreign(base[1])
    if w.chance(0.3):
        from .infra import Net
        team["base_net"] = Net(["175.45.178." + str(w.r.randrange(2, 250))], 131279, "Ryugyong-dong", "Pyongyang",
                               "KP", 39.03, 125.75, False, "kp")
        team["kp"] = True
    team["vps"] = [w.vps() for _ in range(w.r.randrange(1, 3))]
    team["op_laptops"] = [w.hexid("brw_", 48) for _ in range(w.r.randrange(3, 7))]
    team["mailboxes"] = [w.email(w.pick(["dev", "star", "smart", "tech", "cloud", "bright", "rich"]),
                                 w.pick(["hub", "team", "soft", "works", "lab"]), "throwaway",
                                 domain=w.pick(["outlook.com", "hotmail.com", "gmail.com"])) for _ in range(w.r.randrange(2, 4))]
    team["voip"] = [w.us_phone(w.pick(D.US_CITIES)[6]) for _ in range(w.r.randrange(4, 8))]
    team["faces"] = [w.r.getrandbits(40) for _ in range(w.r.randrange(2, 4))]
    front = [f"{w.pick(['Sino', 'Yanbian', 'Blue', 'Silver', 'Golden', 'Pacific'])} {w.pick(['Soft', 'Tech', 'Digital', 'Cloud'])} {w.pick(['Co., Ltd', 'LLC', 'Solutions'])}"
             for _ in range(w.r.randrange(1, 3))]
    team["front"] = front
    for fc in front:
        dom = fc.split()[0].lower() + fc.split()[1].lower() + w.pick([".com", ".net", ".io"])
        ctx["domains"].append({"domain": dom, "company": fc, "registered_at": f"2024-{w.r.randrange(1, 12):02d}-{w.r.randrange(1, 28):02d}",
                               "registrant_email": w.pick(team["mailboxes"]), "ip": w.pick(team["vps"]).ips[0] if w.chance(0.5) else "",
                               "nameservers": "ns1.namecheaphosting.com;ns2.namecheaphosting.com"})
    team["masters"] = [ctx["media"].template(w.pick(D.DEV_ROLES), w.pick(D.STACKS)) for _ in range(w.r.randrange(2, 4))]
    team["github"] = f"https://github.com/{w.pick(['nova', 'orbit', 'pixel', 'zen'])}{w.pick(['labs', 'dev', 'forge'])}{w.r.randrange(10, 99)}"
    team["facs"] = [facilitator(w, ctx, team) for _ in range(w.r.randrange(2, 4))]
    team["mules"] = []
    for _ in range(w.r.randrange(1, 3)):
        m = person_for(w, w.pick(D.US_CITIES))
        m.role, m.stack = w.pick(D.DEV_ROLES), "QA"
        m.home_site()
        m.resume = ctx["media"].resume_text(m.name, m.role, "QA", m.place[0], 3)
        m.traits = ["money_mule", f"team_{i}"]
        team["mules"].append(m)
    px = person_for(w, w.pick(D.US_CITIES))
    px.role, px.stack = w.pick(D.DEV_ROLES), w.pick(D.STACKS)
    px.home_site()
    px.resume = ctx["media"].resume_text(px.name, px.role, px.stack, px.place[0], 9)
    px.traits = ["proxy_interviewer", f"team_{i}"]
    team["proxy"] = px
    team["asia_hours"] = w.chance(0.25)
    team["dropout"] = w.chance(0.35)
    return team


def persona(w, ctx, team, primary, tokens, lone=False):
    place = w.pick(D.US_CITIES)
    p = person_for(w, place)
    p.traits = [primary] + tokens + [f"team_{team['i']}"]
    p.role, p.stack = w.pick(D.DEV_ROLES), w.pick(D.STACKS)
    p.email = w.email(p.first, p.last, "throwaway", domain=w.wpick([("outlook.com", 35), ("hotmail.com", 20), ("gmail.com", 45)]))
    p.emails = [p.email]
    if not lone and w.chance(0.65):
        p.phone = w.pick(team["voip"]) if False else w.us_phone(w.pick(D.US_CITIES)[6])
        p.phone_type = w.pick(["voip", "nonFixedVoip", "voip"])
        p.traits.append("voip_contact")
    else:
        p.phone_type = "mobile"
    p.dob = w.dob(24, 40)
    p.stolen = None
    if not lone and w.chance(0.22):
        v = victim(w, ctx)
        p.first, p.last, p.dob, p.ssn = v.first, v.last, v.dob, v.ssn
        p.traits.append("stolen_identity")
    # apply network: team exits or a residential proxy (one fresh address, looks like home broadband)
    if lone:
        prov = w.pick(["NordVPN", "ExpressVPN", "Surfshark", "ProtonVPN", "Astrill"])
        p.apply_net = w.vpn_us(prov, w.pick(D.US_CITIES))
        p.traits.append("vpn_user")
    elif w.chance(0.5):
        p.apply_net = w.pick(team["exits"])
        p.traits += ["vpn_user"] + (["vpn_astrill"] if team["vpn"] == "Astrill" else [])
    else:
        p.apply_net = w.home_net(place)
        p.traits.append("residential_proxy")
    p.browser = w.hexid("brw_", 48)
    # resume and face
    if not lone and w.chance(0.6):
        tm = w.pick(team["masters"])
        p.traits.append("cloned_resume")
        emp = team["front"] + [f"{w.pick(D.CLIENT_NAMES)} {w.pick(D.CLIENT_SUFFIX)}"] if w.chance(0.5) else None
        if emp:
            p.traits.append("front_company_on_resume")
        p.resume = ctx["media"].resume_cell(ctx["media"].resume_text(p.name, p.role, p.stack, place[0], 8, tm, emp))
    else:
        p.resume = ctx["media"].resume_cell(ctx["media"].resume_text(p.name, p.role, p.stack, place[0], w.r.randrange(4, 12)))
    if not lone and w.chance(0.55):
        p.photo = ctx["media"].face(w.pick(team["faces"]), jitter=w.r.getrandbits(30))
        p.traits.append("edited_photo")
    p.photo_p = 0.75
    h = (p.first + p.last).lower().replace(" ", "").replace("-", "")
    p.profiles = [f"https://www.linkedin.com/in/{h}-{w.r.getrandbits(24):06x}"] if w.chance(0.6) else []
    if w.chance(0.6):
        p.profiles.append(f"https://github.com/{h}{w.r.randrange(1, 999)}")
    # the farm
    fac = w.pick(team["facs"]) if not lone else (facilitator(w, ctx, team) if w.chance(0.45) else None)
    p.fac = fac
    p.bank = [(0, "bank", p.new_bank())]
    p.asia_hours = team["asia_hours"]
    p.interviewer = None
    if not lone and w.chance(0.45):
        px = team["proxy"]
        p.interviewer = (px.site[0], px.browser, px.os)
        p.traits.append("proxy_interview")
    return p


def setup_farm(w, team, p, lone=False):
    fac = p.fac
    if fac is None:  # no facilitator: the laptop goes to the persona's claimed address, reshipped abroad
        p.home_site(team["base_net"] if not lone else None)
        p.site = (w.pick(team["exits"]) if not lone else p.apply_net, p.site[1], p.site[2], p.tz)
        p.traits.append("laptop_reshipped")
    else:
        p.site = (fac.site[0], fac.site[1], fac.site[2], fac.tz if w.chance(0.85) else p.tz)
        if w.chance(0.4):
            p.addr = fac.addr
            p.traits.append("claims_facilitator_address")
        else:
            p.ship_addr = w.fmt_addr(fac.addr, p.name if w.chance(0.25) else "")
            if w.chance(0.25):
                p.ship_addr = w.fmt_addr(fac.addr, fac.name)
        p.traits += ["laptop_farm", "laptop_to_facilitator"]
        if fac.kvm and w.chance(0.7):
            p.laptop_extra_usb = [w.pick(D.USB_IPKVM)] + ([(w.pick(D.KVM_DISPLAYS),)] if w.chance(0.4) else [])
            p.traits.append("ip_kvm")
    tools = fac.tools if fac else w.r.sample(D.REMOTE_TOOLS, 1)
    p.laptop_extra_procs = [t[0] for t in tools]
    p.laptop_ports = [t[1] for t in tools if t[1]] + (["3389/tcp"] if w.chance(0.4) else [])
    p.traits.append("remote_tool")
    if not lone and w.chance(0.4):
        p.remote_sess = [(w.pick(team["vps"]).ips[0], T_SIGNIN0 + w.r.randrange(60) * DAY)]
        p.traits.append("remote_sessions")
    if not lone:
        p.extra_nets = [(0.25, w.pick(team["exits"]))]
        if w.chance(0.3):
            p.extra_nets.append((0.06, w.pick(team["vps"])))
            p.traits.append("vps_sign_ins")
        if team["dropout"]:
            p.extra_nets.append((0.03, team["base_net"]))
            p.traits.append("vpn_dropout")
            if team.get("kp"):
                p.traits.append("kp_address_space")
    else:
        p.extra_nets = [(0.3, p.apply_net)]
    p.keyboards = ["en-US"] if w.chance(0.88) else ["en-US", "ko-KR"]
    p.night = p.asia_hours


def run_persona(w, ctx, team, p, n_apps=None, placed=None, lone=False, split_row=None):
    """A persona's rows: applications (new mailboxes), then maybe placements at one or two clients."""
    mt = ctx["media"]
    if split_row is not None:
        n_apps = 1 if split_row == "app" else 0
        placed = split_row == "placement"
    n_apps = n_apps if n_apps is not None else w.wpick([(1, 3), (2, 3), (3, 2), (4, 1)])
    t = T_ATS0 + w.r.randrange(300, (T_END - T_ATS0) // DAY - 150) * DAY
    for k in range(n_apps):
        email = p.email
        if k > 0 and w.chance(0.5):
            email = w.email(p.first, p.last, "throwaway", domain=w.pick(["outlook.com", "hotmail.com", "gmail.com"]))
        application(w, mt, p, t, w.pick(ctx["clients"]), w.pick(ctx["recruiters"]), p.traits, 1, email=email,
                    signup_net=p.apply_net, device=p.browser, interviewer=p.interviewer,
                    stage=w.pick(["submitted", "screen", "client_interview", "offer", "rejected"]))
        t += w.r.randrange(3, 30) * DAY
    if n_apps > 2:
        p.traits.append("many_applications")
    placed = w.chance(0.55) if placed is None else placed
    if not placed:
        return
    setup_farm(w, team, p, lone)
    start = min(max(t + 10 * DAY, T_SIGNIN0 - w.r.randrange(0, 120) * DAY), T_END - 50 * DAY)
    if split_row is None and w.chance(0.45):
        p.bank = [(0, "bank", p.bank[0][2]), (start + w.r.randrange(30, 70) * DAY, "bank", team_payout(w, team, p))]
        p.traits.append("payroll_changed")
    elif split_row is None and w.chance(0.5):
        p.bank = [(0, "bank", team_payout(w, team, p))]
    client = w.pick(ctx["clients"])
    placement(w, mt, p, client, start, T_END, p.traits, 1, hris=split_row is None or w.chance(0.5))
    if split_row is None and w.chance(0.2):
        placement(w, mt, p, w.pick([c for c in ctx["clients"] if c is not client]), start + w.r.randrange(10, 60) * DAY,
                  T_END, p.traits, 1)
        p.traits.append("concurrent_placements")


def team_payout(w, team, p):
    if p.fac is not None and w.chance(0.3):
        p.traits.append("paid_to_facilitator")
        return p.fac.bank[0][2]
    m = w.pick(team["mules"])
    p.traits.append("mule_account")
    return m.bank[0][2]


def apply_share(w, team, members, kind):
    if kind == "recovery_email":
        mb = w.pick(team["mailboxes"])
        for p in members:
            p.rec_email = mb
    elif kind == "recovery_phone":
        num = w.pick(team["voip"])
        for p in members:
            p.rec_phone, p.rec_phone_type = num, "voip"
    elif kind == "device":
        dev = w.pick(team["op_laptops"])
        for p in members:
            p.browser = dev
            p.traits.append("operator_laptop")
    elif kind == "signup_ip":
        v = w.pick(team["vps"])
        for p in members:
            p.apply_net = v
    elif kind == "payout":
        m = w.pick(team["mules"])
        for p in members:
            p.shared_pay = m.bank[0][2]
    elif kind == "shipping":
        f = w.pick(team["facs"])
        for p in members:
            p.fac = f
            p.force_place = True
    elif kind == "photo":
        seed = w.pick(team["faces"])
        for p in members:
            p.photo = None
            p.face_seed = seed
            p.traits.append("edited_photo")
    elif kind == "resume":
        tm = w.pick(team["masters"])
        for p in members:
            p.resume = None
            p.shared_resume = tm
    elif kind == "github":
        for p in members:
            p.profiles = p.profiles + [f"{team['github']}/{w.pick(['payments-api', 'crm-web', 'chain-wallet'])}"]
    elif kind == "phone":
        num = w.pick(team["voip"])
        for p in members:
            p.phone, p.phone_type = num, "voip"
    for p in members:
        p.traits.append("shared_" + kind)


def ring(w, ctx, team, primary, size, kinds, tag, split=False):
    ms = [persona(w, ctx, team, primary, [tag, f"ring_size_{size}"]) for _ in range(size)]
    for p in ms:
        p.shared_pay = None
        p.shared_resume = None
        p.force_place = False
    for k in kinds:
        apply_share(w, team, ms, k)
        if primary == "careful_ring":
            for p in ms:
                p.traits.append("shares_only_" + k)
    for i, p in enumerate(ms):
        if p.shared_resume is not None:
            p.resume = ctx["media"].resume_cell(ctx["media"].resume_text(p.name, p.role, p.stack, p.place[0], 8, p.shared_resume))
        if p.photo is None and "shared_photo" in p.traits:
            p.photo = ctx["media"].face(p.face_seed, jitter=w.r.getrandbits(30))
        if primary == "careful_ring":  # nothing else in common: own VPN exit, own mailbox, own payout
            p.rec_email = "" if "shared_recovery_email" not in p.traits else p.rec_email
            if "shared_signup_ip" not in p.traits:
                p.apply_net = w.home_net(p.place)
                p.traits[:] = [t for t in p.traits if t not in ("vpn_user", "vpn_astrill")]
                if "residential_proxy" not in p.traits:
                    p.traits.append("residential_proxy")
        split_row = ("app" if i % 2 == 0 else "placement") if split else None
        if kinds and kinds[0] in ("payout", "shipping") and split:
            split_row = "placement"
        if p.shared_pay:
            if split_row is None and primary != "careful_ring":
                run_persona(w, ctx, team, p, placed=True)
            else:
                p.bank = [(0, "bank", p.shared_pay)]
                p.traits.append("mule_account")
                if split_row is None:
                    run_persona(w, ctx, team, p, placed=True, split_row=None)
                else:
                    run_persona(w, ctx, team, p, split_row=split_row)
            continue
        run_persona(w, ctx, team, p, placed=True if p.force_place else None, split_row=split_row)


def run_team(w, ctx, i):
    team = make_team(w, ctx, i)
    n_wide = w.r.randrange(2, 4)
    for j in range(n_wide):
        kinds = w.r.sample(SHARE_KINDS, w.r.randrange(1, 4))
        ring(w, ctx, team, "persona_ring", w.r.randrange(3, 7), kinds, f"team{i}_ring{j}")
    for j in range(w.r.randrange(1, 3)):
        ring(w, ctx, team, "careful_ring", w.r.randrange(2, 4), [w.pick(SHARE_KINDS)], f"team{i}_careful{j}")
    if w.chance(0.7):
        k = w.pick(["payout", "phone", "recovery_email", "photo", "shipping", "recovery_phone"])
        ring(w, ctx, team, "split_ring", w.r.randrange(3, 5), [k], f"team{i}_split0", split=True)
    for _ in range(w.r.randrange(2, 5)):
        p = persona(w, ctx, team, "lone_persona", ["few_traits"], lone=True)
        run_persona(w, ctx, team, p, n_apps=w.wpick([(1, 3), (2, 2)]), lone=True)
    # the people behind the personas: facilitators, mules, the proxy interviewer
    for f in team["facs"]:
        emit_facilitator_rows(w, ctx, f)
    for m in team["mules"]:
        apply_many(w, ctx, m, w.r.randrange(1, 3), stage_last="rejected", fraud=1)
        if w.chance(0.4):
            t = T_SIGNIN0 - w.r.randrange(0, 120) * DAY
            placement(w, ctx["media"], m, w.pick(ctx["clients"]), t, T_END, m.traits, 1)
    px = team["proxy"]
    apply_many(w, ctx, px, w.r.randrange(1, 4), stage_last="client_interview", fraud=1)
