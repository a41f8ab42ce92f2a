"""World 33 fraud: DPRK IT-worker persona teams, their facilitators, mules and fake studios."""
from . import data as D
from .common import ua_set
from .honest import person, live, victim


def team_infra(ctx, tno):
    r = ctx.r
    city = ctx.city("US")
    fac = person(ctx, "US", ["facilitator", "laptop_farm", "team_%d" % tno], fraud=True, city=city)
    farm_net = ctx.res_ip("US", city)
    fac["nets"] = [farm_net]
    inf = {
        "tno": tno, "fac": fac, "farm_net": farm_net, "farm_addr": fac["address"],
        "vpn": [ctx.vpn_ip("astrill", "US") for _ in range(3)],
        "proxy": [ctx.resproxy_ip("US") for _ in range(4)],
        "voip": [ctx.phone("US") for _ in range(3)],
        "rec_email": [ctx.email(*ctx.name("US"), domains=D.PERSONA_EMAIL_DOMAINS) for _ in range(2)],
        "pay": [("wallet", "payoneer:%s" % ctx.email(*ctx.name("US")), "Payoneer"), ("crypto", "0x%040x" % r.getrandbits(160), "USDT"),
                ("wallet", "wise:%s" % ctx.email(*ctx.name("US")), "Wise")],
        "face": "team-face-%d-%s" % (tno, ctx.hexid("", 4)),
        "resume": {"skills": r.sample(D.SKILLS, 8), "summary": "Senior %s with 8+ years building %s. Delivered on-chain economies, multiplayer backends and polished gameplay for AAA and indie studios." % (
            r.choice(["Unity developer", "full-stack blockchain game developer", "Unreal engineer"]), r.choice(["play-to-earn games", "NFT marketplaces", "mobile RPGs"])),
            "jobs": [(r.choice(D.STUDIOS), 2016), (r.choice(D.STUDIOS), 2019), (r.choice(D.STUDIOS), 2022)], "uni": r.choice(D.UNIS)},
        "devices": ["dev-" + ctx.hexid("", 12) for _ in range(3)],
        "mules": [],
    }
    # mule: a real-looking US person whose own account receives team money
    for _ in range(r.randint(0, 2)):
        m = person(ctx, "US", ["mule", "team_%d" % tno], fraud=True)
        inf["mules"].append(m)
    return inf


SHARE_KINDS = ["recovery", "payout", "photo", "resume", "ip", "device", "shipping"]


def persona(ctx, inf, ptype, shares, studio=None, stolen=None):
    r = ctx.r
    tok = [ptype, "team_%d" % inf["tno"]]
    c = "US" if r.random() < 0.75 else r.choice(["CA", "PL", "UA", "GB"])
    if stolen:
        p = person(ctx, "US", tok, fraud=True, name=(stolen["first"], stolen["last"]))
        p["birth"], p["nid"] = stolen["birth"], stolen["nid"]
        if r.random() < 0.5:
            p["address"] = stolen["address"]
        tok.append("stolen_identity")
    else:
        p = person(ctx, c, tok, fraud=True)
    p["kind"] = tok
    p["email"] = ctx.email(p["first"], p["last"], D.PERSONA_EMAIL_DOMAINS)
    p["title"] = r.choice(["Blockchain Game Developer", "Unity Developer", "Unreal Engine Developer", "Full-stack Web3 Developer", "Backend Engineer (Game Services)", "Solidity Developer"])
    if r.random() < 0.6:
        p["phone"] = r.choice(inf["voip"]) if "recovery" in shares and r.random() < 0.3 else ctx.phone("US")
        p["ptype"] = "voip"
        tok.append("voip_contact")
    p["nets"] = [ctx.res_ip("US")] if r.random() < 0.3 else []
    if "ip" in shares:
        p["nets"] += r.sample(inf["vpn"], 2) if r.random() < 0.6 else r.sample(inf["proxy"], 2)
        tok.append("shared_login_ip")
    elif r.random() < 0.5:
        p["nets"].append(ctx.vpn_ip("astrill", "US"))
        tok.append("vpn_astrill")
    else:
        p["nets"].append(ctx.resproxy_ip("US"))
        tok.append("residential_proxy")
    if "device" in shares:
        p["devices"] = [r.choice(inf["devices"])] + p["devices"][:1]
        tok.append("shared_device")
    if "recovery" in shares:
        p["recovery_email"] = r.choice(inf["rec_email"])
        if r.random() < 0.5:
            p["recovery_phone"] = r.choice(inf["voip"])
            p["rptype"] = "voip"
        tok.append("shared_recovery")
    else:
        p.pop("recovery_email", None)
    if "payout" in shares:
        p["pay"] = r.choice(inf["pay"] + [("wallet", "paypal:" + m["email"], "PayPal") for m in inf["mules"]])
        tok.append("shared_payout")
    else:
        p["pay"] = ("wallet", "payoneer:" + p["email"], "Payoneer")
    if "photo" in shares:
        p["photo_key"] = inf["face"]
        p["photo_variant"] = p["pid"]
        tok.append("edited_photo")
    if "resume" in shares:
        p["resume"] = ctx.resume_text(p, title=p["title"], template=inf["resume"])
        tok.append("cloned_resume")
    if r.random() < 0.35:
        p["work_offset"], p["local_mid"] = 8, r.gauss(11, 2)
        tok.append("asia_daytime")
    else:
        p["work_offset"] = -5
    hire_extra = {}
    ship = None
    roles = r.choice([["freelancer"], ["freelancer", "application"], ["application", "hire"], ["freelancer", "hire"], ["hire"]])
    if "hire" in roles:
        if "shipping" in shares or r.random() < 0.6:
            ship = inf["farm_addr"]
            tok.append("laptop_farm")
        x = r.random()
        if x < 0.35:
            hire_extra["usb"] = [r.choice(D.USB_KVM)]
            if r.random() < 0.5:
                hire_extra["display"] = r.choice(D.DISPLAY_KVM)
            tok.append("ip_kvm")
        elif x < 0.75:
            hire_extra["procs"] = [r.choice(["AnyDesk.exe", "rustdesk.exe", "TeamViewer.exe", "chrome_remote_desktop_host.exe"])]
            hire_extra["ports"] = [r.choice(["3389/tcp", "7070/tcp", "21115/tcp", "5938/tcp"])]
            if r.random() < 0.5:
                hire_extra["remote_host"] = inf["farm_net"]["ip"]
            tok.append("remote_tool")
        if ship == inf["farm_addr"]:
            hire_extra["nets"] = [inf["farm_net"]] + p["nets"]
            hire_extra["gw"] = inf["fac"]["gw"]
        if r.random() < 0.2:
            hire_extra["kb"] = r.choice(["ko-KR", "zh-CN"])
            tok.append("foreign_keyboard")
        if r.random() < 0.15:
            hire_extra["tz"] = r.choice(["Asia/Shanghai", "Asia/Vladivostok"])
            tok.append("asia_timezone")
    photo_mode = "default" if r.random() < 0.15 else None
    return p, live(ctx, p, roles, studio=studio, hire_extra=hire_extra, ship_to=ship, photo_mode=photo_mode)


def ring(ctx, tno, ptype, size, split=False):
    r = ctx.r
    inf = team_infra(ctx, tno)
    out = []
    if ptype == "careful_ring":
        base_shares = [r.choice(["payout", "recovery", "device", "shipping", "resume", "photo"])]
    else:
        base_shares = None
    studios = r.sample(ctx.studios, 3) if split else [None]
    personas = []
    for i in range(size):
        shares = base_shares or r.sample(SHARE_KINDS, r.randint(2, 4))
        stolen = None
        if r.random() < 0.3:
            vp, vs = victim(ctx)
            stolen = vp
        p, sids = persona(ctx, inf, ptype, shares, studio=studios[i % len(studios)], stolen=stolen)
        p["kind"].append("ring_size_%d" % size)
        personas.append(p)
        out += sids
    # facilitator's own account: he also freelances / applies, logs in from the farm with many machines
    fac = inf["fac"]
    fac["devices"] = fac["devices"] + inf["devices"]
    if r.random() < 0.8:
        out += live(ctx, fac, r.choice([["freelancer"], ["application"], ["freelancer", "application"]]))
    for m in inf["mules"]:
        m["pay"] = r.choice(inf["pay"][:1]) if r.random() < 0.5 else m["pay"]
        out += live(ctx, m, ["freelancer"])
    # a fake studio / recruiter on the marketplace
    if r.random() < 0.6:
        out += fake_recruiter(ctx, inf)
    return out


def fake_recruiter(ctx, inf):
    r = ctx.r
    name = r.choice(["Nexus", "Quantum", "Aether", "Block", "Mythic", "Pixel"]) + r.choice(["Realm", "Verse", "Forge", "Chain"]) + " " + r.choice(["Studios", "Games", "Labs"])
    dom = name.split()[0].lower() + r.choice(["-games.io", "studio.xyz", "labs.com", ".gg"])
    vps = ctx.hosting_ip()
    ctx.domains.append({"domain": dom, "company": name, "registered_at": "2025-%02d-%02d" % (r.randint(1, 8), r.randint(1, 28)),
                        "registrant_email": r.choice(["REDACTED FOR PRIVACY", r.choice(inf["rec_email"])]), "ip": vps["ip"],
                        "nameservers": r.choice(["ns1.njalla.no;ns2.njalla.no", "dns1.registrar-servers.com;dns2.registrar-servers.com", "kate.ns.cloudflare.com;rob.ns.cloudflare.com"])})
    out = []
    for _ in range(r.randint(1, 2)):
        p = person(ctx, r.choice(["US", "GB", "JP"]), ["fake_recruiter", "team_%d" % inf["tno"], "fake_studio"], fraud=True)
        p["email"] = p["first"].lower() + "@" + dom
        p["org"] = name
        p["nets"] = [vps, r.choice(inf["vpn"])]
        p["ptype"] = "voip"
        if r.random() < 0.5:
            p["recovery_email"] = r.choice(inf["rec_email"])
            p["kind"].append("shared_recovery")
        p["pay"] = ("crypto", "0x%040x" % r.getrandbits(160), "USDT")
        p["profiles"] = "https://www.linkedin.com/company/%s" % dom.split(".")[0]
        out += live(ctx, p, ["client"], photo_mode="none" if r.random() < 0.5 else None)
    return out


def lone(ctx, tno):
    r = ctx.r
    p = person(ctx, "US", ["lone_persona"], fraud=True)
    p["email"] = ctx.email(p["first"], p["last"], D.PERSONA_EMAIL_DOMAINS)
    p["title"] = r.choice(["Unity Developer", "Blockchain Game Developer", "Gameplay Programmer"])
    p["work_offset"] = -5
    if r.random() < 0.5:
        p["ptype"] = "voip"
        p["kind"].append("voip_contact")
    if r.random() < 0.5:
        p["nets"] = [ctx.vpn_ip(r.choice(["astrill", "nordvpn", "expressvpn"]), "US")]
        p["kind"].append("vpn")
    he = {}
    if r.random() < 0.3:
        he["procs"] = ["AnyDesk.exe"]
        p["kind"].append("remote_tool")
    return live(ctx, p, r.choice([["freelancer"], ["application", "hire"], ["freelancer", "hire"]]), hire_extra=he)
