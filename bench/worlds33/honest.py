"""World 33 honest population: people, their rows, and the honest groups that share things."""
from . import data as D
from .common import ua_set, DAYS

COUNTRY_W = [("US", 40), ("PH", 10), ("VN", 7), ("PL", 8), ("UA", 6), ("IN", 8), ("BR", 6), ("GB", 6), ("CA", 5), ("JP", 2), ("KR", 2)]


def pick_country(r):
    x = r.uniform(0, sum(w for _, w in COUNTRY_W))
    for c, w in COUNTRY_W:
        x -= w
        if x <= 0:
            return c
    return "US"


def person(ctx, c, kind, fraud=False, home=None, city=None, name=None):
    r = ctx.r
    city = city or ctx.city(c)
    first, last = name or ctx.name(c)
    p = {"pid": ctx.hexid("P"), "first": first, "last": last, "name": first + " " + last, "country": c, "city": city,
         "fraud": fraud, "kind": list(kind), "title": r.choice(D.TITLES)}
    p["email"] = ctx.email(first, last)
    p["phone"] = ctx.phone(c)
    p["ptype"] = r.choice(["mobile"] * 9 + ["landline", "voip"])
    p["address"] = home or ctx.address(c, city)
    p["birth"] = ctx.birth()
    p["nid"] = ctx.nid(c)
    p["tz"] = city[1]
    p["kb"] = D.KEYBOARD[c]
    p["work_offset"] = D.TZ_OFFSET[city[1]]
    p["local_mid"] = r.gauss(14, 1.5)
    p["nets"] = [ctx.res_ip(c, city)]
    if r.random() < 0.45:
        p["nets"].append(ctx.res_ip(c, city, "mobile"))
    p["devices"] = ["dev-" + ctx.hexid("", 12) for _ in range(r.randint(1, 2))]
    p["uas"] = ua_set(r, r.randint(1, 2))
    p["gw"] = ctx.mac()
    p["wifi"] = r.choice(["NETGEAR", "TP-Link_", "Xfinity", "ASUS_", "Orange-", "PLDTHOMEFIBR", "Viettel_", "HUAWEI-", "BT-", "Vodafone-"]) + "%04X" % r.randrange(65536)
    if r.random() < 0.35:
        p["recovery_email"] = ctx.email(first, last)
    if r.random() < 0.25:
        p["recovery_phone"] = p["phone"] if r.random() < 0.5 else ctx.phone(c)
        p["rptype"] = "mobile"
    p["pay"] = payout(ctx, c, p)
    p["ship_addr"] = p["address"]
    p["profiles"] = profiles(ctx, p)
    p["photo_key"] = p["pid"]
    p["resume"] = None
    return p


def payout(ctx, c, p):
    r = ctx.r
    x = r.random()
    if c == "US" or c in ("GB", "CA") and x < 0.5:
        return ("bank", "acct:%010d" % r.randrange(10 ** 10), "ACH")
    if x < 0.4:
        return ("wallet", "payoneer:" + p["email"], "Payoneer")
    if x < 0.65:
        return ("wallet", "wise:" + p["email"], "Wise")
    if x < 0.85:
        return ("wallet", "paypal:" + p["email"], "PayPal")
    if x < 0.93:
        return ("bank", "iban:%s%020d" % (c, r.randrange(10 ** 20)), "SWIFT")
    return ("crypto", "0x%040x" % r.getrandbits(160), "USDC")


def profiles(ctx, p):
    r = ctx.r
    h = (p["first"] + p["last"]).lower().replace(" ", "")
    out = []
    if r.random() < 0.6:
        out.append("https://www.linkedin.com/in/%s-%d" % (h, r.randint(10, 9999)))
    if r.random() < 0.45:
        out.append("https://github.com/%s%s" % (h[:10], r.choice(["", "dev", str(r.randint(1, 99))])))
    if r.random() < 0.4:
        out.append(r.choice(["https://www.artstation.com/%s", "https://%s.itch.io", "https://%s.carrd.co", "https://%s.wixsite.com/portfolio"]) % h)
    return ";".join(out)


def live(ctx, p, roles, studio=None, photo_mode=None, hire_extra=None, ship_to=None, pay=None, logins=None, worktype=None):
    """Emit the rows of person p for each role; returns their subject ids."""
    r = ctx.r
    sids = []
    text = p["resume"] or ctx.resume_text(p)
    photo = ""
    if photo_mode == "default" or (photo_mode is None and r.random() < 0.12):
        photo = ctx.default_avatar()
    elif photo_mode != "none" and r.random() < 0.7:
        photo = ctx.photo(p["photo_key"], p.get("photo_variant"))
    for role in roles:
        if role == "freelancer":
            sid = ctx.subject(p, "account", "gridcraft", "freelancer", photo=photo, resume=text if r.random() < 0.7 else ctx.resume_cell(p, text),
                              profiles=p["profiles"], extra={"gridcraft_rate": str(r.randint(8, 120))})
            ctx.login_rows(sid, p, logins or r.randint(6, 30), "gridcraft")
            m, d, prov = pay or p["pay"]
            ctx.pay_rows(sid, r.randint(1, 12), m, d, r.uniform(150, 2500), provider=prov)
        elif role == "client":
            sid = ctx.subject(p, "account", "gridcraft", "client", employer=p.get("org", ""), photo=photo if r.random() < 0.5 else "")
            ctx.login_rows(sid, p, r.randint(3, 15), "gridcraft")
            m, d, prov = pay or p["pay"]
            ctx.pay_rows(sid, r.randint(1, 6), m, d, r.uniform(500, 9000), provider=prov, flow="charge")
        elif role == "application":
            st = studio or r.choice(ctx.studios)
            sid = ctx.subject(p, "applicant", "studio_ats", "application", employer=st["name"], resume=ctx.resume_cell(p, text),
                              profiles=p["profiles"] if r.random() < 0.8 else "", address=p["address"] if r.random() < 0.7 else "",
                              extra={"gridcraft_partner": st["name"], "gridcraft_stage": r.choice(["applied", "screen", "interview", "rejected", "offer"])})
            if r.random() < 0.6:
                ctx.login_rows(sid, p, r.randint(1, 4), "studio_portal")
        elif role == "hire":
            st = studio or r.choice(ctx.studios)
            wt = worktype or ("employee" if p["country"] == "US" and r.random() < 0.7 else "contractor")
            sid = ctx.subject(p, wt, "studio_hris", "hire", employer=st["name"], photo=photo if r.random() < 0.4 else "",
                              extra={"gridcraft_partner": st["name"], "gridcraft_worker_type": "W-2" if wt == "employee" else r.choice(["1099", "C2C", "EOR"])})
            dev = "MDM-" + ctx.hexid("", 8).upper()
            he = dict(hire_extra or {})
            devices = [dev] + he.pop("extra_devices", [])
            nets = he.pop("nets", None) or p["nets"]
            ctx.login_rows(sid, p, r.randint(15, 50), st["idp"], nets=nets, devices=devices, uas=[ua_set(r, 1)[0]])
            ctx.endpoint_rows(sid, dev, p, r.randint(2, 6), he)
            addr = ship_to or r.choice([p["ship_addr"]] * 6 + [st["office"], st["depot"]])
            ctx.ship(sid, st["tag"] + "-%06d" % r.randrange(10 ** 6), addr, r.choice(["laptop", "laptop", "laptop", "devkit", "monitor"]))
            if wt == "employee":
                ctx.pay_rows(sid, r.randint(4, 18), "bank", p["pay"][1] if p["pay"][0] == "bank" else "acct:%010d" % r.randrange(10 ** 10), 2800, provider="payroll")
            else:
                m, d, prov = pay or p["pay"]
                ctx.pay_rows(sid, r.randint(2, 10), m, d, 3000, provider=r.choice(["Deel", "Remote.com", prov]))
        sids.append(sid)
    return sids


def roles_for(r, base="freelancer"):
    x = r.random()
    if base == "freelancer":
        return ["freelancer"] if x < 0.6 else ["freelancer", "application"] if x < 0.8 else ["freelancer", "application", "hire"] if x < 0.92 else ["freelancer", "hire"]
    if base == "studio":
        return ["application"] if x < 0.55 else ["application", "hire"] if x < 0.85 else ["hire"]
    return ["client"]


def traits(ctx, p):
    """Random honest traits that look like fraud signals."""
    r = ctx.r
    c = p["country"]
    if c != "US" and r.random() < 0.25:
        p["work_offset"] = -5
        p["kind"].append("us_hours_from_abroad")
    if r.random() < 0.06:
        p["local_mid"] = r.choice([23, 1, 2])
        p["kind"].append("night_owl")
    if r.random() < 0.1:
        prov = r.choice(list(D.VPN))
        p["nets"].append(ctx.vpn_ip(prov, r.choice(["US", "US", "GB", "PL", "JP"])))
        p["kind"].append("vpn_" + prov)
    if c == "US" and r.random() < 0.05:
        p["kb"] = r.choice(["ko-KR", "zh-CN", "vi-VN", "ru-RU", "es-MX"])
        p["kind"].append("heritage_keyboard")
    if r.random() < 0.05:
        p["prev_name"] = p["name"]
        p["last"] = ctx.name(c)[1]
        p["name"] = p["first"] + " " + p["last"]
        p["kind"].append("name_change")
    if r.random() < 0.07:
        p["ship_addr"] = ctx.address(c, ctx.city(c))
        p["kind"].append("moved")
    if r.random() < 0.08:
        p["ptype"] = "voip"
        p["kind"].append("voip_phone")


def solo(ctx, kind, base="freelancer"):
    r = ctx.r
    p = person(ctx, pick_country(r), [kind])
    traits(ctx, p)
    return live(ctx, p, roles_for(r, base))


def qa_lab(ctx):
    r = ctx.r
    c = r.choice(["PH", "VN", "PL", "PH", "IN", "UA"])
    city = ctx.city(c)
    office = ctx.address(c, city)
    lab = r.choice(["Testronic", "QualityPlay", "BugHunt", "Levelcheck", "GlitchGuard", "PlayVerify", "Keywords QA"]) + " " + city[0]
    office_net = ctx.res_ip(c, city, "office")
    office_net2 = ctx.res_ip(c, city, "office")
    test_devs = ["dev-" + ctx.hexid("", 12) for _ in range(r.randint(3, 8))]
    pay = ("bank", "iban:%s%020d" % (c, r.randrange(10 ** 20)), "SWIFT") if r.random() < 0.6 else ("wallet", "payoneer:billing@%s.com" % lab.split()[0].lower(), "Payoneer")
    gw = ctx.mac()
    st = r.choice(ctx.studios)
    n = r.randint(6, 22)
    out = []
    for i in range(n):
        p = person(ctx, c, ["qa_lab_tester", "shared_office_network", "shared_test_devices", "shared_payout"], city=city)
        p["org"] = lab
        p["title"] = r.choice(["QA Tester", "Localization QA", "QA Lead", "Compliance QA (TRC/XR)"])
        p["nets"] = [office_net, office_net2] + p["nets"][:1]
        p["devices"] = r.sample(test_devs, min(3, len(test_devs))) + p["devices"][:1]
        p["gw"] = gw
        p["wifi"] = lab.replace(" ", "-")[:20]
        if r.random() < 0.4:
            p["work_offset"] = -7
            p["kind"].append("us_hours_from_abroad")
        if r.random() < 0.3:
            p["address"] = office
            p["kind"].append("office_address")
        roles = ["freelancer"] if r.random() < 0.7 else ["freelancer", "hire"]
        he = {"procs": r.sample(D.PROC_REMOTE_HONEST, 1) + ["PS5 Neighborhood.exe"], "usb": [("054c", "0ce6", "DualSense Wireless Controller")], "nets": [office_net]}
        if r.random() < 0.2:
            he["usb"].append(("0fd9", "006a", "Elgato Cam Link 4K"))
            p["kind"].append("capture_card")
        out += live(ctx, p, roles, studio=st, pay=pay, hire_extra=he, ship_to=office, worktype="contractor")
    return out


def art_studio(ctx):
    r = ctx.r
    c = r.choice(["VN", "PH", "UA", "PL", "IN", "BR", "US"])
    city = ctx.city(c)
    office = ctx.address(c, city)
    name = r.choice(["Inkwell", "Mosaic", "Lotus", "Kite", "Ember", "Atlas"]) + " " + r.choice(["Art Studio", "Creative", "Animation", "Outsourcing"])
    net = ctx.res_ip(c, city, "office")
    pay = ("wallet", "payoneer:finance@%s.art" % name.split()[0].lower(), "Payoneer")
    tmpl = "https://%s.artstation.com/artist-%%s" % name.split()[0].lower()
    out = []
    for i in range(r.randint(4, 14)):
        p = person(ctx, c, ["art_studio_artist", "shared_office_network", "shared_payout", "portfolio_template"], city=city)
        p["org"] = name
        p["title"] = r.choice(["3D Artist", "2D Illustrator", "Concept Artist", "Animator", "Rigging Artist", "VFX Artist"])
        p["nets"] = [net] + p["nets"]
        p["profiles"] = tmpl % (p["first"].lower()[:6] + str(i))
        if r.random() < 0.3:
            p["recovery_email"] = "admin@%s.art" % name.split()[0].lower()
            p["kind"].append("shared_recovery_email")
        out += live(ctx, p, ["freelancer"], pay=pay)
    return out


def student_team(ctx, jam=False):
    r = ctx.r
    c = r.choice(["US", "US", "PL", "GB", "CA", "BR", "PH"])
    city = ctx.city(c)
    uni = r.choice(D.UNIS)
    campus = ctx.res_ip(c, city, "campus")
    repo = "https://github.com/%s-%s" % (r.choice(["team", "jam", "studio"]), ctx.hexid("", 6))
    kind = "game_jam_team" if jam else "student_modder"
    tmpl = {"skills": r.sample(D.SKILLS, 6), "summary": "Student game developer at %s. Built mods and jam games in %s." % (uni, r.choice(["Unity", "Godot", "Unreal"])),
            "jobs": [("%s Game Dev Club" % uni.split()[0], 2023)], "uni": uni}
    out = []
    for i in range(r.randint(2, 6)):
        p = person(ctx, c, [kind, "campus_network", "resume_template"], city=city)
        p["birth"] = ctx.birth(2000, 2006)
        p["nets"] = [campus] + p["nets"]
        p["profiles"] = (p["profiles"] + ";" if p["profiles"] else "") + repo
        p["resume"] = ctx.resume_text(p, template=tmpl)
        p["ptype"] = r.choice(["mobile", "mobile", "voip"])
        out += live(ctx, p, r.choice([["freelancer"], ["freelancer", "application"], ["application"]]))
    return out


def family(ctx):
    r = ctx.r
    c = pick_country(r)
    city = ctx.city(c)
    head = person(ctx, c, ["family_shared_pc"], city=city)
    out = []
    last = head["last"]
    for i in range(r.randint(2, 4)):
        p = head if i == 0 else person(ctx, c, ["family_shared_pc"], home=head["address"], city=city, name=(ctx.name(c)[0], last))
        p["nets"] = head["nets"]
        p["devices"] = head["devices"][:1] + p["devices"][:1]
        p["gw"] = head["gw"]
        if i and r.random() < 0.5:
            p["recovery_email"] = head["email"]
            p["recovery_phone"] = head["phone"]
            p["rptype"] = "mobile"
            p["kind"].append("recovery_is_family")
        if i and r.random() < 0.3:
            p["pay"] = head["pay"]
            p["kind"].append("shared_payout")
        out += live(ctx, p, roles_for(r))
    return out


def cafe(ctx):
    r = ctx.r
    c = r.choice(["PH", "VN", "IN", "BR", "KR"])
    city = ctx.city(c)
    net = ctx.res_ip(c, city, "internet_cafe")
    pcs = ["dev-" + ctx.hexid("", 12) for _ in range(r.randint(6, 20))]
    out = []
    for i in range(r.randint(4, 12)):
        p = person(ctx, c, ["gaming_cafe_user", "shared_cafe_pcs"], city=city)
        p["nets"] = [net] + p["nets"]
        p["devices"] = r.sample(pcs, 2) + p["devices"][:1]
        p["local_mid"] = r.choice([16, 20, 22])
        out += live(ctx, p, ["freelancer"])
    return out


def streamer(ctx):
    r = ctx.r
    p = person(ctx, pick_country(r), ["streamer_vpn"])
    prov = r.choice(["nordvpn", "expressvpn", "surfshark", "protonvpn", "mullvad"])
    p["nets"] = [ctx.vpn_ip(prov, r.choice(["US", "GB", "JP", "US"])) for _ in range(2)] + p["nets"]
    p["local_mid"] = r.choice([20, 22, 0])
    p["kind"] += ["vpn_" + prov, "night_owl"]
    return live(ctx, p, roles_for(r), hire_extra={"procs": ["obs64.exe", "Discord.exe", "parsecd.exe"], "usb": [("0fd9", "006a", "Elgato Cam Link 4K"), ("0fd9", "0060", "Elgato Stream Deck")]})


def esports(ctx):
    r = ctx.r
    c = r.choice(["US", "KR", "BR", "PL", "PH", "VN"])
    city = ctx.city(c)
    house = ctx.address(c, city)
    net = ctx.res_ip(c, city, "business")
    org = r.choice(["Nightfall", "Apex Ravens", "Kraken", "Vanta"]) + " Esports"
    mgr = ctx.email("team", "manager" + str(r.randint(1, 99)))
    pay = ("bank", "acct:%010d" % r.randrange(10 ** 10), "ACH") if c == "US" else ("wallet", "paypal:" + mgr, "PayPal")
    out = []
    for i in range(r.randint(5, 9)):
        p = person(ctx, c, ["esports_player", "team_house", "shared_payout", "manager_recovery"], home=house, city=city)
        p["birth"] = ctx.birth(2001, 2007)
        p["org"] = org
        p["nets"] = [net] + p["nets"][:1]
        p["recovery_email"] = mgr
        p["local_mid"] = 21
        out += live(ctx, p, ["freelancer"], pay=pay)
    return out


def coop(ctx):
    r = ctx.r
    c = pick_country(r)
    dom = r.choice(["moonbyte", "hollowpine", "tinyfox", "kettle", "saltwater", "bramble"]) + "games.com"
    pay = ("wallet", "paypal:splits@" + dom, "PayPal") if r.random() < 0.5 else ("bank", "acct:%010d" % r.randrange(10 ** 10), "ACH")
    ctx.domains.append({"domain": dom, "company": dom.split(".")[0].title() + " (indie co-op)", "registered_at": "20%02d-%02d-11" % (r.randint(16, 24), r.randint(1, 12)),
                        "registrant_email": "REDACTED FOR PRIVACY", "ip": "198.185.159.145", "nameservers": "ns1.squarespacedns.com;ns2.squarespacedns.com"})
    out = []
    for i in range(r.randint(2, 5)):
        p = person(ctx, c if r.random() < 0.7 else pick_country(r), ["indie_coop", "shared_payout", "revenue_split"])
        p["profiles"] = (p["profiles"] + ";" if p["profiles"] else "") + "https://" + dom
        traits(ctx, p)
        out += live(ctx, p, ["freelancer"], pay=pay)
    return out


def studio_staff(ctx, st):
    """A partner studio's in-house hires: depot shipping, office networks."""
    r = ctx.r
    p = person(ctx, st["country"] if r.random() < 0.6 else pick_country(r), ["studio_employee"])
    traits(ctx, p)
    if r.random() < 0.3:
        p["nets"].append(st["net"])
        p["kind"].append("studio_office_network")
    if r.random() < 0.05:
        p["kind"].append("remote_support_tool")
        return live(ctx, p, ["hire"], studio=st, hire_extra={"procs": ["TeamViewer.exe"], "ports": ["5938/tcp"]})
    ship = st["depot"] if r.random() < 0.25 else None
    if ship:
        p["kind"].append("devkit_to_it_depot")
    return live(ctx, p, roles_for(r, "studio"), studio=st, ship_to=ship)


def victim(ctx):
    """An honest person whose identity is also used by a persona."""
    r = ctx.r
    p = person(ctx, "US", ["job_applicant"])
    roles = roles_for(r, "studio") if r.random() < 0.6 else roles_for(r)
    p["kind"] = ["identity_theft_victim", "remote_employee" if "hire" in roles else "job_applicant" if "application" in roles else "freelancer"]
    sids = live(ctx, p, roles)
    return p, sids
