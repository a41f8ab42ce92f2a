"""The fraud side: DPRK IT-worker teams, their personas and rings, front studios, rented accounts, facilitators' laptop farms, mules,
and the honest people whose identities they stole."""
from __future__ import annotations

import datetime as dt

from . import data as D
from .honest import honest_person, label
from .infra import Net, T0, T1
from .lives import Person, bank_account, dev_account, hire, market_profile, wallet

BASES = [("CN", ("Shenyang", 41.8, 123.43, 8, "Asia/Shanghai"), "China Unicom Liaoning", 4837),
         ("CN", ("Dandong", 40.12, 124.38, 8, "Asia/Shanghai"), "China Unicom Liaoning", 4837),
         ("CN", ("Yanji", 42.9, 129.5, 8, "Asia/Shanghai"), "China Telecom Jilin", 4134),
         ("RU", ("Vladivostok", 43.12, 131.89, 10, "Asia/Vladivostok"), "Rostelecom", 12389),
         ("LA", ("Vientiane", 17.97, 102.63, 7, "Asia/Vientiane"), "Lao Telecom", 9873)]
THIRD = ["PL", "UA", "RS", "RO", "JP", "SG", "VN", "AE", "PT", "ES", "DE", "NL", "AR", "CO", "MX", "GB", "CA"]
SHARE_KINDS = ["recovery_email", "recovery_phone", "device", "signup_ip", "payout", "shipping", "photo", "resume", "github", "phone"]


class Team:
    def __init__(self, w, ti, clients):
        r = w.r
        self.i = ti
        bc, city, owner, asn = r.choice(BASES)
        self.city = city
        self.base = Net([w.fresh_ip((bc, owner)) for _ in range(4)], bc, city[0], city[1], city[2], asn, owner, False, "base", off=city[3], tz=city[4])
        self.kp = Net([f"175.45.{176 + r.randrange(4)}.{r.randrange(1, 255)}" for _ in range(3)], "KP", "Pyongyang", 39.03, 125.75, 131279,
                      "Ryugyong-dong (Star JV)", False, "kp", off=9) if r.random() < 0.3 else None
        self.vpn = "Astrill" if r.random() < 0.75 else r.choice(["NordVPN", "ExpressVPN", "Surfshark"])
        self.exits = [w.vpn_exit(self.vpn, c) for c in ("US", "US", "JP", "SG", "GB")]
        self.vps = [w.vps() for _ in range(r.randint(1, 3))]
        self.vps_signins = r.random() < 0.4
        self.dropout = r.random() < 0.35
        self.pattern = "us" if r.random() < 0.7 else "base"
        self.laptops = []
        for _ in range(r.randint(4, 8)):
            mid = f"win-{w.hx(12)}" if r.random() < 0.7 else f"MAC-{w.hx(8)}-{w.hx(4)}-{w.hx(12)}".upper()
            self.laptops.append({"fp": f"fp_{w.hx(16)}", "id": mid, "system": r.choice(D.WIN_MODELS) if mid.startswith("win") else r.choice(D.MAC_MODELS),
                                 "tz": city[4] if r.random() < 0.4 else "America/New_York", "kb": "ko-KR" if r.random() < 0.15 else "en-US"})
        self.mailboxes = [w.mailbox(*w.name("us"), "US", domain=r.choice(["outlook.com", "hotmail.com", "proton.me", "gmail.com"])) for _ in range(r.randint(2, 4))]
        self.voips = [w.phone("US") for _ in range(r.randint(4, 8))]
        self.masters = [w.media.resume_template("master") for _ in range(r.randint(2, 3))]
        self.faces = [r.getrandbits(40) for _ in range(r.randint(2, 4))]
        self.wallets = [("wallet", wallet(w, "payoneer"), "USD") for _ in range(3)] + [("crypto", wallet(w, "usdt"), "USDT") for _ in range(2)]
        self.gh = f"https://github.com/{r.choice(D.STUDIO_WORDS).lower()}-{r.choice(['dev', 'apps', 'mobile', 'labs'])}-{w.hx(3)}"
        self.fronts = []
        for _ in range(r.randint(1, 2)):
            name = f"{r.choice(D.STUDIO_WORDS)} {r.choice(D.STUDIO_TAILS)} {r.choice(['LLC', 'Ltd', 'Inc'])}"
            dom = f"{name.split()[0].lower()}{name.split()[1].lower()}{w.hx(2)}.com"
            w.domain(dom, name, w.day(dt.datetime(2024, 1, 1), dt.datetime(2025, 8, 1)), r.choice(["redacted for privacy", r.choice(self.mailboxes)]),
                     r.choice(self.vps).ips[0] if r.random() < 0.5 else w.fresh_ip(("hosting", "namecheap")), "dns1.registrar-servers.com;dns2.registrar-servers.com")
            self.fronts.append({"name": name, "domain": dom})
        self.facs = [Facilitator(w, self) for _ in range(r.randint(2, 3))]
        self.mules = [Mule(w, self) for _ in range(r.randint(1, 2))]
        self.clients = clients
        self.traits = [f"team_{ti}", "vpn_" + self.vpn.lower()]
        if self.kp:
            self.traits.append("kp_address_space")
        if self.dropout:
            self.traits.append("vpn_dropout")
        if self.vps_signins:
            self.traits.append("vps_sign_ins")
        self.traits.append("us_hours_from_asia" if self.pattern == "us" else "asia_hours")


class Facilitator:
    def __init__(self, w, team):
        r = w.r
        c = r.choices(["US", "CA", "GB", "PL", "NL"], weights=[80, 6, 6, 4, 4])[0]
        p = honest_person(w, c, kind="facilitator")
        p.traits = []
        p.fraud = True
        p.set_bank()
        p.home = p.home or w.home_net(c, p.city)
        self.p = p
        self.kvm = r.random() < 0.65
        self.tools = r.sample(D.REMOTE_TOOLS, r.randint(1, 2))
        self.farm = []
        self.rows_done = False

    def env(self, w, team, persona):
        r = w.r
        p = self.p
        usb = [r.choice(D.KVM_USB)] if self.kvm else []
        disp = [r.choice(D.KVM_DISPLAY)] if self.kvm and r.random() < 0.7 else []
        opened = w.day(dt.datetime(2025, 1, 1), dt.datetime(2025, 6, 1))
        sessions = [(r.choice(r.choice(team.vps).ips + team.exits[0].ips), opened)] if r.random() < 0.6 else []
        procs = [t[0] for t in self.tools]
        ports = [t[1] for t in self.tools if t[1]] + (["3389/tcp"] if r.random() < 0.4 else [])
        if r.random() < 0.3:
            procs.append(D.VPN_PROCS[team.vpn])
        return {"nets": [(p.home, 10)] + [(e, 2) for e in team.exits[:2]] + ([(team.base, 1)] if team.dropout else []),
                "wifi": p.wifi, "gw": p.gw, "tz": p.city[4] if r.random() < 0.85 else team.city[4], "kb": "en-US" if r.random() < 0.88 else "ko-KR",
                "procs": procs, "usb": usb, "displays": disp, "ports": ports, "sessions": sessions,
                "ship_to": p.address if r.random() < 0.75 else f"c/o {p.full}, {p.address}", "pattern": team.pattern}

    def rows(self, w, team):
        if self.rows_done:
            return 0
        self.rows_done = True
        r = w.r
        p = self.p
        p.kind = "facilitator"
        p.add_trait(*team.traits[:1], "laptop_farm_host", "farm_size_%d" % min(9, len(self.farm)))
        if self.kvm:
            p.add_trait("ip_kvm")
        sids = []
        if r.random() < 0.75:
            sids.append(market_profile(w, p))
        if r.random() < 0.4 or not sids:
            sids.append(dev_account(w, p))
        label(w, sids, p)
        return len(sids)


class Mule:
    def __init__(self, w, team):
        p = honest_person(w, "US", kind="money_mule")
        p.traits = []
        p.fraud = True
        p.set_bank()
        self.p = p
        self.rows_done = False

    def rows(self, w, team):
        if self.rows_done:
            return 0
        self.rows_done = True
        r = w.r
        p = self.p
        p.add_trait(team.traits[0], "mule_account")
        sids = [dev_account(w, p, k=r.randint(1, 4))] if r.random() < 0.6 else [market_profile(w, p)]
        if r.random() < 0.4:
            sids.append(hire(w, p, r.choice(team.clients)))
        label(w, sids, p)
        return len(sids)


def _victim(w, country):
    """An honest developer whose identity a persona will use; their own rows come first."""
    r = w.r
    v = honest_person(w, country, kind="identity_theft_victim")
    v.add_trait("identity_reused")
    sids = [dev_account(w, v, idv=0.9)]
    if r.random() < 0.4:
        sids.append(market_profile(w, v, idv=0.8))
    label(w, sids, v)
    return v, len(sids)


def persona(w, team, shares, ring_tag, mode="ring", steal_ok=True):
    """A made-up (or stolen) developer driven by the team. Returns (Person, rows of victims)."""
    r = w.r
    extra = 0
    x = r.random()
    claim = "US" if x < 0.5 else ("CA" if x < 0.58 else ("GB" if x < 0.64 else r.choice(THIRD)))
    victim = None
    if steal_ok and claim in ("US", "CA", "GB") and r.random() < 0.22:
        victim, extra = _victim(w, claim)
    origin = D.COUNTRIES[claim]["names"]
    p = Person(w, claim, origin=origin, name=(victim.first, victim.last) if victim else None, mobile_only=False)
    p.fraud = True
    p.kind = {"ring": "persona_ring", "lone": "lone_persona", "careful": "careful_ring", "split": "split_ring"}[mode]
    p.traits = list(team.traits) + [ring_tag]
    if victim:
        p.birth, p.nid_raw = victim.birth, victim.nid_raw
        if r.random() < 0.4:
            p.address = victim.address
        p.add_trait("stolen_identity")
    p.base_off = team.city[3]
    p.pattern = team.pattern
    p.email = w.mailbox(p.first, p.last, claim, domain=r.choice(["outlook.com", "hotmail.com", "gmail.com", "gmail.com"]))
    if claim in ("US", "CA") and r.random() < (0.6 if mode == "ring" else 0.25):
        p.phone = r.choice(team.voips) if "phone" in shares else w.phone("US")
        p.line = r.choice(["voip", "nonFixedVoip", "nonFixedVoip"])
        p.add_trait("voip_contact")
    elif "phone" in shares:
        p.phone, p.line = team.voips[0], "nonFixedVoip"
        p.add_trait("voip_contact")
    proxy = w.resi_proxy(claim)
    p.home = None
    if mode in ("lone", "careful"):
        prov = r.choice([v[0] for v in D.VPNS])
        p.nets = [(proxy, 6), (w.vpn_exit(prov, r.choice(D.VPN_EXIT_COUNTRIES)), 3)]
        p.add_trait("residential_proxy", "vpn_user", "few_traits" if mode == "lone" else "one_link_only")
    else:
        p.nets = [(proxy, 6)] + [(e, 2) for e in team.exits]
        if team.dropout:
            p.nets.append((team.base, 0.7))
        if team.vps_signins:
            p.nets.append((r.choice(team.vps), 1))
        if team.kp:
            p.nets.append((team.kp, 0.3))
        p.add_trait("residential_proxy", "vpn_user")
    p.browsers = [f"fp_{w.hx(16)}"]
    p.phone_dev = f"fp_{w.hx(16)}"
    if "device" in shares:
        lap = shares["device"]
        p.browsers.append(lap["fp"])
        p.machine = {"id": lap["id"], "system": lap["system"], "tz": lap["tz"], "kb": lap["kb"]}
        p.add_trait("operator_laptop")
    elif mode == "ring" and r.random() < 0.3:
        lap = r.choice(team.laptops)
        p.machine = {"id": lap["id"], "system": lap["system"], "tz": lap["tz"], "kb": lap["kb"]}
        p.add_trait("operator_laptop")
    else:
        p.machine["tz"] = p.city[4] if r.random() < 0.7 else team.city[4]
    if "recovery_email" in shares:
        p.recovery_email = shares["recovery_email"]
    else:
        p.recovery_email = w.mailbox(*w.name("us"), "US", domain=r.choice(["outlook.com", "proton.me", "gmail.com"])) if r.random() < 0.5 else None
    if "recovery_phone" in shares:
        p.recovery_phone, p.recovery_line = shares["recovery_phone"], "nonFixedVoip"
        p.add_trait("voip_contact")
    if "photo" in shares:
        p.face = None
        p.photo_file = w.media.edited(shares["photo"], r.getrandbits(32))
        p.add_trait("edited_photo")
    elif mode == "ring" and r.random() < 0.5:
        p.face = None
        p.photo_file = w.media.edited(r.getrandbits(40), r.getrandbits(32))
        p.add_trait("edited_photo")
    if "resume" in shares:
        p.resume_tpl, p.resume_change = shares["resume"], 0.2
        p.add_trait("cloned_resume")
    elif mode == "ring" and r.random() < 0.5:
        p.resume_tpl, p.resume_change = r.choice(team.masters), 0.35
        p.add_trait("cloned_resume")
    if "github" in shares:
        p.github = f"{team.gh}/{r.choice(D.APP_WORDS).lower()}-{r.choice(D.APP_TAILS).lower()}"
        p.add_trait("team_github_org")
    if mode == "ring" and r.random() < 0.5:
        fr = r.choice(team.fronts)
        p.site = f"https://{fr['domain']}/team/{p.first.lower()}"
        p.add_trait("front_company_on_profile")
    if "payout" in shares:
        p.payout = shares["payout"]
    else:
        p.payout = ("wallet", wallet(w, r.choice(["payoneer", "wise"])), "USD")
    if "signup_ip" in shares:
        p.signup_net = shares["signup_ip"]
    for k in shares:
        p.add_trait("shared_" + k if mode == "ring" else ("shares_only_" + k if mode == "careful" else "split_" + k))
    p.apps = r.choice([0, 1, 2, 3])
    p.paid_apps = r.random() < 0.5
    return p, extra


def _farm_env(w, team, p, shares, fac=None):
    r = w.r
    fac = shares.get("shipping") or fac or r.choice(team.facs)
    fac.farm.append(p)
    env = fac.env(w, team, p)
    if r.random() < 0.45:
        p.address = fac.p.address
        p.add_trait("claims_facilitator_address")
    p.add_trait("laptop_farm", "laptop_to_facilitator", "remote_tool")
    if env["usb"]:
        p.add_trait("ip_kvm")
    return env


def _reship_env(w, team, p):
    r = w.r
    office_gw = w.pools.setdefault(("team_gw", team.i), ":".join(w.hx(2) for _ in range(6)))
    p.add_trait("laptop_reshipped")
    return {"nets": [(e, 4) for e in team.exits] + [(team.base, 1)], "wifi": f"TP-Link_{office_gw[-5:].replace(':', '').upper()}", "gw": office_gw,
            "tz": p.city[4] if r.random() < 0.6 else team.city[4], "kb": "en-US", "procs": [D.VPN_PROCS[team.vpn], "AnyDesk"], "usb": [],
            "displays": [], "ports": ["7070/tcp"], "sessions": [], "ship_to": f"c/o {r.choice(['Parcel Forwarding', 'MyUS Reship', 'Shipito'])} #{r.randrange(10**5, 10**6)}, {w.address(p.country, p.city)}",
            "pattern": team.pattern}


def persona_rows(w, team, p, shares, one_row=None, budget=99):
    r = w.r
    sids = []
    signup = getattr(p, "signup_net", None)
    if one_row == "hire":
        env = _farm_env(w, team, p, shares) if p.country in ("US", "CA", "GB") or "shipping" in shares else _reship_env(w, team, p)
        sids.append(hire(w, p, r.choice(team.clients), env=env))
        return sids
    if one_row == "dev":
        return [dev_account(w, p, signup_net=signup, photo_p=0.6)]
    if one_row == "profile":
        return [market_profile(w, p, signup_net=signup)]
    if r.random() < 0.7:
        sids.append(dev_account(w, p, signup_net=signup, photo_p=0.6))
    n_prof = 1 if r.random() < 0.6 else r.randint(2, 3)
    if not sids or r.random() < 0.8:
        for j in range(min(n_prof, budget - len(sids))):
            if j:
                p.email = w.mailbox(p.first, p.last, p.country, domain=r.choice(["outlook.com", "hotmail.com", "gmail.com"]))
                p.add_trait("many_profiles")
            sids.append(market_profile(w, p, signup_net=signup))
    if sids and sids[-1].startswith("frl") and r.random() < 0.55 and len(sids) < budget:
        env = _farm_env(w, team, p, shares) if p.country in ("US", "CA", "GB") or "shipping" in shares or r.random() < 0.3 else _reship_env(w, team, p)
        n = 1 if r.random() < 0.7 else 2
        if n == 2:
            p.add_trait("concurrent_hires")
        for _ in range(min(n, budget - len(sids))):
            sids.append(hire(w, p, r.choice(team.clients), env=env))
    return sids


def _share_values(w, team, kinds):
    r = w.r
    v = {}
    for k in kinds:
        if k == "recovery_email":
            v[k] = r.choice(team.mailboxes)
        elif k == "recovery_phone":
            v[k] = r.choice(team.voips)
        elif k == "device":
            v[k] = r.choice(team.laptops)
        elif k == "signup_ip":
            v[k] = r.choice(team.vps)
        elif k == "payout":
            v[k] = r.choice(team.wallets + [("bank", m.p.payout[1], "USD") for m in team.mules] + [f.p.payout for f in team.facs[:1]])
        elif k == "shipping":
            v[k] = r.choice(team.facs)
        elif k == "photo":
            v[k] = r.choice(team.faces)
        elif k == "resume":
            v[k] = r.choice(team.masters)
        else:
            v[k] = True
    return v


def team_rows(w, team, budget):
    """Every fraud row of one team, as long as the budget lasts."""
    r = w.r
    used = 0
    plan = [("ring", r.randint(3, 7)) for _ in range(r.randint(2, 3))] + [("lone", 1) for _ in range(r.randint(1, 3))]
    plan += [("careful", r.randint(2, 4))] + ([("split", r.randint(3, 4))] if r.random() < 0.7 else [])
    for ri, (mode, size) in enumerate(plan):
        if used >= budget - 4:
            break
        if mode == "ring":
            kinds = r.sample(SHARE_KINDS, r.choice([1, 2, 2, 3]))
        elif mode == "careful":
            kinds = [r.choice(SHARE_KINDS)]
        elif mode == "split":
            kinds = [r.choice(["payout", "recovery_phone", "recovery_email", "photo", "shipping"])]
        else:
            kinds = []
        shares = _share_values(w, team, kinds)
        tag = f"team{team.i}_{mode}{ri}"
        for m in range(size):
            p, extra = persona(w, team, shares, tag, mode)
            used += extra
            p.add_trait(f"{mode}_size_{size}")
            if mode == "lone" and r.random() < 0.45:
                one = None
                sids = persona_rows(w, team, p, {"shipping": Facilitator(w, team)}, budget=budget - used)
            elif mode == "split":
                one = "hire" if m % 2 == 0 else r.choice(["dev", "profile"])
                sids = persona_rows(w, team, p, shares, one_row=one)
            else:
                sids = persona_rows(w, team, p, shares, budget=budget - used)
            label(w, sids, p)
            used += len(sids)
    # front studio
    if r.random() < 0.6 and used < budget - 6:
        used += front_studio(w, team)
    # rented accounts
    for _ in range(r.randint(1, 4)):
        if used >= budget - 3:
            break
        used += rented(w, team)
    for f in team.facs:
        used += f.rows(w, team)
    for m in team.mules:
        used += m.rows(w, team)
    return used


def front_studio(w, team):
    r = w.r
    fr = r.choice(team.fronts)
    org = {"id": f"org_{w.hx(8)}", "name": fr["name"]}
    net = r.choice(team.vps)
    host = dict(r.choice(team.laptops))
    host["net"] = r.choice(team.exits)
    dest = r.choice([("bank", m.p.payout[1], "USD") for m in team.mules] + team.wallets[:1])
    used = 0
    n = r.randint(3, 6)
    tag = f"team{team.i}_front"
    for i in range(n + 1):
        p, extra = persona(w, team, {}, tag, "ring", steal_ok=i > 0)
        used += extra
        p.uploader_host = host
        p.nets.append((net, 3))
        p.add_trait("front_studio_member", "shared_build_mac")
        email = w.work_mailbox(p.first, p.last, fr["domain"]) if r.random() < 0.6 else None
        if i == 0:
            p.kind = "front_studio"
            p.apps, p.paid_apps = r.randint(6, 30), True
            sid = dev_account(w, p, org=org, role="admin", email=email, signup_net=net, payout_override=dest, idv=0.3)
            p.add_trait("clone_apps", "org_payout_to_mule" if dest[0] == "bank" else "org_payout_to_wallet")
            sids = [sid]
        else:
            sids = [dev_account(w, p, org=org, role="developer", email=email, pay=False)]
            if r.random() < 0.5:
                sids += persona_rows(w, team, p, {}, one_row="profile")
        label(w, sids, p)
        used += len(sids)
    return used


def rented(w, team):
    """A real developer's marketplace profile rented to the team: years of the holder's own history, then the operator."""
    r = w.r
    c = r.choice(["KE", "NG", "PK", "PH", "UA", "IN", "US", "US", "VN", "EG", "BD", "GH"])
    p = honest_person(w, c, kind="rented_account")
    p.fraud = True
    p.traits = [team.traits[0], "rented_account"]
    rent = w.day(dt.datetime(2025, 2, 1), dt.datetime(2025, 8, 1))
    op = Person(w, c, city=p.city, mobile_only=False)
    op.nets = [(w.resi_proxy(c), 5)] + [(e, 3) for e in team.exits[:3]] + ([(team.base, 0.5)] if team.dropout else [])
    op.browsers = [r.choice(team.laptops)["fp"], f"fp_{w.hx(16)}"]
    op.base_off = team.city[3]
    op.pattern = team.pattern
    before = [(p.payout, r.randint(2, 6), T0)]
    if r.random() < 0.5:
        after = (r.choice(team.wallets), r.randint(2, 6), rent)
        p.add_trait("payout_switched")
    else:
        after = (p.payout, r.randint(2, 6), rent)
        p.add_trait("holder_forwards_pay")
    phases = [{"p": op, "k": r.randint(5, 14), "a": rent, "nets": op.nets, "browsers": op.browsers, "pattern": team.pattern}]
    sid = market_profile(w, p, created=w.day(dt.datetime(2019, 1, 1), dt.datetime(2023, 6, 1)), k=r.randint(3, 8),
                         extra_phases=phases, payout_phases=before + [after])
    sids = [sid]
    if r.random() < 0.5:
        if r.random() < 0.5:
            env = _farm_env(w, team, p, {})
        else:
            env = {"nets": [(p.home or p.mobile, 6)] + [(e, 3) for e in team.exits[:2]], "wifi": p.wifi, "gw": p.gw, "tz": p.city[4], "kb": p.machine["kb"],
                   "procs": ["AnyDesk" if r.random() < 0.6 else "RustDesk"], "usb": [], "displays": [], "ports": ["7070/tcp"],
                   "sessions": [(r.choice(team.exits[0].ips), rent)] if r.random() < 0.5 else [], "ship_to": p.address, "pattern": team.pattern}
            p.add_trait("holder_hosts_laptop", "remote_tool")
        sids.append(hire(w, p, r.choice(team.clients), start=rent + dt.timedelta(days=r.randint(10, 60)), env=env,
                         payout=after[0]))
    label(w, sids, p)
    return len(sids)
