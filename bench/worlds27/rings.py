"""The fraud side: DPRK IT-worker operator teams and their personas, laptop farms and facilitators, fake-recruiter
companies buying number blocks, money mules, rented identities; and the honest victims whose identities are reused."""
from . import data as D
from . import media as M
from .infra import DAY, T, W0, W1, iso
from .people import fields, individual, numbers_field, off, photo

BASES = [("CN", ("Shenyang", 41.8, 123.43), "Asia/Shanghai", 4837, "CHINA UNICOM China169 Backbone", [175, 221]),
         ("CN", ("Dandong", 40.12, 124.38), "Asia/Shanghai", 4837, "CHINA UNICOM China169 Backbone", [113, 175]),
         ("CN", ("Yanji", 42.9, 129.5), "Asia/Shanghai", 4134, "Chinanet", [116, 183]),
         ("RU", ("Vladivostok", 43.12, 131.89), "Asia/Vladivostok", 12389, "PJSC Rostelecom", [95, 176]),
         ("LA", ("Vientiane", 17.98, 102.63), "Asia/Vientiane", 9873, "Lao Telecom Communication, LTD", [115]),
         ("KP", ("Pyongyang", 39.04, 125.76), "Asia/Pyongyang", 131279, "Ryugyong-dong", [175])]
def slug(x):
    return "".join(ch for ch in x.lower() if ch.isalnum())


US_TZ = ["America/New_York", "America/Chicago", "America/Los_Angeles"]


class Team:
    def __init__(self, w, idx):
        r = w.rng
        self.idx = idx
        self.tag = f"team_{idx}"
        b = BASES[r.choice([0, 0, 1, 1, 2, 3, 3, 4, 5])]
        self.cc, self.city, self.tz, asn, owner, octs = b
        self.base_ips = [w._reg(w._rand_ip(octs), asn, owner, self.city[0], self.city[1], self.city[2], self.cc, False,
                                "RESIDENTIAL") for _ in range(3)]
        self.vpn = r.choice(["ASTRILL_VPN"] * 7 + ["EXPRESS_VPN", "NORD_VPN", "SURFSHARK"])
        self.exits = [w.ip_vpn(self.vpn, us_only=True) for _ in range(r.randint(3, 8))]
        self.vps = [w.ip_cloud(r.choice(D.CLOUD[3:])) for _ in range(r.randint(1, 2))]
        self.proxies = [w.ip_resproxy() for _ in range(r.randint(6, 14))]
        self.spoof = r.random() < 0.45
        self.kbd = r.choice(["en-US", "en-US", "ko-KR", "zh-CN"]) if not self.spoof else "en-US"
        self.machines = [w.device("win", softphone=r.random() < 0.7) for _ in range(r.randint(3, 8))]
        self.mails = [self._mail(w) for _ in range(r.randint(2, 4))]
        self.voip = [w.phone_us(fmt=0.0) for _ in range(r.randint(3, 6))]
        self.wallets = [w.crypto() for _ in range(r.randint(1, 2))] + \
                       [("wallet", f"paypal:{self._mail(w)}", "paypal")] + \
                       [("bank", f"card:visa:fp_{w.hexid(14)}", "prepaid_card") for _ in range(r.randint(1, 2))]
        self.faces = [r.getrandbits(40) for _ in range(r.randint(2, 3))]
        self.face_var = 0
        self.template = r.choice(D.PERSONA_TEMPLATES)
        self.hours = "us" if r.random() < 0.7 else "asia"
        self.portfolio = f"https://{r.choice(['dev', 'code', 'soft', 'tech'])}{r.choice(['nova', 'pulse', 'forge', 'grid'])}{r.randint(1, 99)}.vercel.app"
        self.bursts = [w.uniform_ts(T(2023, 3), T(2025, 8)) for _ in range(r.randint(2, 4))]

    def _mail(self, w):
        r = w.rng
        first, last, _ = w.name(w.us_origin())
        return f"{slug(first)}{r.choice(['.', '', '_'])}{slug(last)}{r.randint(1, 999)}@" + \
            r.choice(["gmail.com", "outlook.com", "proton.me", "hotmail.com"])

    def created(self, w):
        return self.bursts[w.rng.randrange(len(self.bursts))] + w.rng.randrange(10 * DAY)

    def face(self, w, ext="jpg"):
        self.face_var += 1
        return M.edited_face(w.rng.choice(self.faces), self.face_var, ext)

    def hour_kind(self, tz_claim):
        if self.hours == "asia":
            return "day"
        return "business"


def ss(w, s, n, t0, ips, devs, team, claim_tz, hours=None):
    """sign-ins on the team's clock: US business hours in the claimed zone, or the base's own day"""
    if team.hours == "asia" and hours is None:
        w.sessions(s, n, t0, W1, off(team.tz), "day", ips, devs, weekdays=True)
    else:
        w.sessions(s, n, t0, W1, off(claim_tz), hours or "business", ips, devs, weekdays=True)


def persona(w, team, primary, traits, share, created=None, identity=None, city=None, n_logins=None, nnum=None,
            extra_ips=None, devices=None, tz_spoof=None, pay=None, address=None, rec_mail_force=None, own_exit=False):
    """one fake persona; `share` says which team resources it reuses"""
    r = w.rng
    tr = list(traits)
    city = city or w.us_city()
    created = created or team.created(w)
    if identity:
        first, last = identity["first"], identity["last"]
        tr.append("stolen_identity")
        if identity["subject"] is not None:
            v = identity["subject"]
            v["_kind"] = v["_kind"].replace("plain;leaked_identity_unused", "identity_theft_victim;identity_reused", 1)
    else:
        first, last, _ = w.name(w.us_origin())
    email = (f"{slug(first)}.{slug(last)}{r.randint(1, 99)}@" +
             r.choice(["gmail.com", "gmail.com", "outlook.com", "proton.me"])) if r.random() < 0.5 else w.email(first, last)
    w._used_emails.add(email)
    if "phone" in share:
        phone, ptype = r.choice(team.voip), "voip"
        tr.append("shared_phone")
    else:
        phone = w.phone_us(area=r.choice(city[6]))
        ptype = r.choice(["voip", "voip", "nonFixedVoip", "mobile"])
        if ptype != "mobile":
            tr.append("voip_contact")
    rec_e = rec_p = rec_t = ""
    if "recovery" in share:
        rec_e = rec_mail_force or r.choice(team.mails)
        tr.append("shared_recovery_email")
    elif r.random() < 0.5:
        rec_e = w.email(first, last)
    if "recovery_phone" in share:
        rec_p, rec_t = r.choice(team.voip), "voip"
        tr.append("shared_recovery_phone")
    addr = address or ""
    kyc = {}
    if identity:
        addr = address or identity["address_variant"]
        kyc = {"birth_date": identity["birth"], "national_id": identity["nid"], "dialtone_kyc": "verified"}
        if identity.get("photo") and r.random() < 0.4:
            tr.append("copied_photo")
    elif r.random() < 0.4:
        addr = addr or w.us_address(city)[0]
        if r.random() < 0.5:
            kyc = {"birth_date": w.birth(1985, 1999), "national_id": w.ssn_hash(), "dialtone_kyc": "verified"}
    if "face" in share:
        ph = photo(w, team.face(w), "jpg")
        tr.append("shared_face")
    elif identity and "copied_photo" in tr:
        ph = photo(w, identity["photo_bytes"] if r.random() < 0.5 else M.recropped(identity["photo_seed"]), "jpg")
    elif r.random() < 0.6:
        ph = photo(w, M.face(r.getrandbits(40)), "jpg")
        tr.append("ai_generated_avatar")
    else:
        ph = ""
    resume = ""
    if "description" in share:
        resume = M.persona_description(team.template, f"{first} {last}", r)
        tr.append("shared_description")
    elif r.random() < 0.3:
        resume = M.persona_description(r.choice(D.PERSONA_TEMPLATES), f"{first} {last}", r)
    profiles = f"https://www.linkedin.com/in/{slug(first)}-{slug(last)}-{w.hexid(6)}"
    if "portfolio" in share:
        profiles += ";" + team.portfolio
        tr.append("shared_portfolio")
    nnum = nnum or r.randint(2, 8)
    nums = w.numbers(nnum, area=r.choice(city[6]))
    if nnum >= 4:
        tr.append("many_numbers")
    # network
    if own_exit:   # a careful persona: its own VPN exit, proxy and slip address, nothing of the team's network
        ips = [(w.ip_vpn(team.vpn, us_only=True), 3)]
    else:
        ips = [(x, 3) for x in r.sample(team.exits, min(len(team.exits), r.randint(1, 3)))]
    tr.append("vpn_" + team.vpn.split("_")[0].lower())
    if "vps" in share:
        ips += [(x, 2) for x in team.vps]
        tr.append("shared_vps_ip")
    if "proxy" in share or r.random() < 0.5:
        ips += [(w.ip_resproxy() if own_exit else r.choice(team.proxies), 2)]
        tr.append("residential_proxy")
    if extra_ips:
        ips = extra_ips + [(x, 0.5) for x, _ in ips]
    signup = ips[0][0][0]
    if devices:
        devs = devices
    elif "machine" in share:
        devs = [(r.choice(team.machines), 3)]
        tr.append("shared_device")
    else:
        devs = [(w.device("win", softphone=r.random() < 0.6), 3)]
    if r.random() < 0.3:
        devs = devs + [(w.device("android"), 1)]
    f = fields(full_name=f"{first} {last}", email=email, phone=phone, phone_line_type=ptype, address=addr,
               country="US", photo=ph, resume=resume, profiles=profiles, recovery_email=rec_e, recovery_phone=rec_p,
               recovery_phone_line_type=rec_t, signup_ip=signup, dialtone_plan=r.choice(["personal_plus", "business"]),
               dialtone_account_id="A" + w.hexid(10), dialtone_role="owner", dialtone_e911_address=addr,
               dialtone_port_in_carrier="" if not kyc else r.choice(["Google Voice", "TextNow", "T-Mobile USA"]))
    if resume:
        f["dialtone_10dlc_brand"] = "B" + w.hexid(6).upper()
        f["employer"] = f"{last} Solutions LLC" if "LLC" in resume else ""
    f.update(kyc)
    f["dialtone_numbers"], f["dialtone_number_count"] = numbers_field(nums)
    hours = "asia_hours" if team.hours == "asia" else "us_hours_from_asia"
    tr.append(hours)
    tr.append(team.tag)
    s = w.add(f, True, [primary] + tr, created)
    claim_tz = city[5]
    n = n_logins or r.randint(8, 28)
    ss(w, s, n, created, ips, devs, team, claim_tz)
    if r.random() < 0.3:   # an origin slip: the VPN dropped
        slip = team.base_ips[0]
        slip = w._reg(w._rand_ip([int(slip[0].split(".")[0])]), *slip[1:]) if own_exit else r.choice(team.base_ips)
        w.sessions(s, r.randint(1, 2), created, W1, off(team.tz), "day", [(slip, 1)], devs)
        s["_kind"] += ";origin_slip"
    spoof = team.spoof if tz_spoof is None else tz_spoof
    for dev, _ in devs:
        if dev["soft"]:
            w.telemetry(s, dev, claim_tz if spoof else team.tz, team.kbd,
                        extra_proc=[r.choice(D.REMOTE_TOOLS)] if r.random() < 0.3 else ())
    if spoof:
        s["_kind"] += ";tz_spoofed"
    # paying
    if pay:
        inst = pay
    elif "wallet" in share:
        inst = [r.choice(team.wallets)]
        s["_kind"] += ";shared_wallet"
    else:
        inst = [r.choice([w.crypto(), w.card(), ("wallet", f"paypal:{email}", "paypal")])]
    w.billing(s, f["dialtone_plan"], nnum, inst)
    s["_team"] = team
    return s


SHAREABLE = ["recovery", "machine", "face", "description", "wallet", "phone", "vps", "portfolio", "recovery_phone"]


# ====================================================================== victims
def make_victims(w, pools, k):
    """real people (most of them Dialtone customers themselves) whose identity documents leaked"""
    r = w.rng
    out = []
    for _ in range(k):
        city = w.us_city()
        has_acct = r.random() < 0.6
        seed = r.getrandbits(40)
        if has_acct:
            s = individual(w, pools, "identity_theft_victim", ["identity_reused"], city=city)
            first, last = s["full_name"].split(" ", 1)
            if not s["address"]:
                s["address"], _ = w.us_address(city)
            if not s.get("birth_date"):
                s["birth_date"], s["national_id"], s["dialtone_kyc"] = w.birth(1965, 1998), w.ssn_hash(), "verified"
            pb = M.face(seed)
            s["photo"] = photo(w, pb, "jpg")
            addr, birth, nid = s["address"], s["birth_date"], s["national_id"]
            s["_kind"] = s["_kind"].replace("identity_theft_victim;identity_reused", "plain;leaked_identity_unused", 1)
        else:
            first, last, _ = w.name(w.us_origin())
            addr, _ = w.us_address(city)
            birth, nid, pb = w.birth(1965, 1998), w.ssn_hash(), M.face(seed)
        # a reformatted spelling of the same address
        v = addr
        x = r.random()
        if x < 0.3:
            v = addr.replace(" St,", " Street,").replace(" Ave,", " Avenue,").replace(", Apt ", " #")
        elif x < 0.5:
            v = addr.upper()
        out.append({"subject": s if has_acct else None, "first": first, "last": last, "address": addr, "address_variant": v, "birth": birth, "nid": nid,
                    "photo": True, "photo_bytes": pb, "photo_seed": seed, "city": city})
    return out


# ====================================================================== schemes
def persona_rings(w, teams, n, victims):
    r = w.rng
    made = 0
    while made < n:
        team = r.choice(teams)
        k = min(n - made, r.randint(3, 9))
        kinds = r.sample(SHAREABLE, r.randint(2, 4))
        for _ in range(k):
            sh = set(x for x in kinds if r.random() < 0.8) or {kinds[0]}
            ident = victims.pop() if victims and r.random() < 0.2 else None
            persona(w, team, "persona_ring", [f"ring_size_{k}"], sh, identity=ident)
            made += 1


def careful_rings(w, teams, n, victims):
    r = w.rng
    made = 0
    while made < n:
        team = r.choice(teams)
        k = min(n - made, r.randint(2, 5))
        kind = r.choice(SHAREABLE)
        for _ in range(k):
            ident = victims.pop() if victims and r.random() < 0.15 else None
            persona(w, team, "careful_ring", ["shares_only_" + kind], {kind}, identity=ident, nnum=r.randint(1, 3),
                    extra_ips=[(w.ip_resproxy(), 4)], tz_spoof=True, own_exit=True)
            made += 1


def lone_personas(w, teams, n, victims):
    r = w.rng
    for _ in range(n):
        team = r.choice(teams)
        ident = victims.pop() if victims and r.random() < 0.25 else None
        quiet = r.random() < 0.7
        persona(w, team, "lone_persona", ["few_traits"] + (["quiet"] if quiet else []), set(), identity=ident,
                nnum=r.randint(1, 3), extra_ips=[(w.ip_resproxy(), 5)] if quiet else None, tz_spoof=True if quiet else None,
                n_logins=r.randint(4, 12), own_exit=quiet)


def split_rings(w, teams, n, victims):
    """one operator's several fake 'small businesses': inside each, an admin provisions 2-5 lines with one card and
    one E911 address (like any SMB); across businesses only one thing repeats (a machine, an exit, a recovery line)"""
    r = w.rng
    made = 0
    while made < n:
        team = r.choice(teams)
        link = r.choice(["machine", "recovery_phone", "vps", "wallet"])
        for b in range(r.randint(2, 4)):
            if made >= n:
                break
            word = r.choice(D.COMPANY_WORDS)
            biz = f"{word} {r.choice(['Digital', 'Tech Solutions', 'Software', 'IT Consulting'])} LLC"
            dom = f"{word.lower()}{r.choice(['digital', 'techsol', 'soft', 'itc'])}{r.randint(1, 99)}.com"
            city = w.us_city()
            addr, _ = w.us_address(city, unit=f", Suite {r.randint(100, 400)}")
            card = ("bank", f"card:visa:fp_{w.hexid(14)}", "prepaid_card")
            t0 = team.created(w)
            reg = w.uniform_ts(t0 - 120 * DAY, t0 - 10 * DAY)
            w.domains.append((dom, biz, iso(reg)[:10], r.choice(team.mails) if r.random() < 0.3 else "redacted for privacy",
                              r.choice(team.vps)[0], "dns1.registrar-servers.com;dns2.registrar-servers.com", "namecheap"))
            k = min(n - made, r.randint(2, 5))
            exit_ip = r.choice(team.exits)
            for i in range(k):
                sh = {link} if i == 0 or r.random() < 0.5 else set()
                s = persona(w, team, "split_ring", [f"fake_business_{b}", "shares_across_businesses_" + link], sh,
                            created=t0 + i * r.randint(120, 900), city=city, address=addr, pay=[card],
                            extra_ips=[(exit_ip, 5)], nnum=r.randint(1, 4))
                first, last = s["full_name"].split(" ", 1)
                s["email"] = w.email(first, last, domain=dom, style=0)
                s["employer"] = biz
                s["dialtone_plan"] = "business"
                s["dialtone_role"] = "admin" if i == 0 else "user"
                made += 1


def fake_recruiters(w, teams, n):
    """'Contagious Interview'-style fake recruiting companies: look-alike domains registered weeks before, each
    recruiter buying a block of numbers, paid in crypto or a payment app"""
    r = w.rng
    made = 0
    real = ["coinbase", "kraken", "robinhood", "stripe", "plaid", "chainlink", "uniswap", "circle", "ripple", "gemini"]
    while made < n:
        team = r.choice(teams)
        brand = r.choice(real)
        dom = f"{brand}{r.choice(['-careers', 'talent', '-hr', 'jobs', '-recruit'])}.{r.choice(['com', 'io', 'co', 'net'])}"
        cname = f"{brand.capitalize()} Talent Partners"
        t0 = team.created(w)
        reg = w.uniform_ts(t0 - 60 * DAY, t0 - 5 * DAY)
        w.domains.append((dom, cname, iso(reg)[:10], r.choice(team.mails) if r.random() < 0.4 else "redacted for privacy",
                          r.choice(team.vps)[0], "dns1.registrar-servers.com;dns2.registrar-servers.com", "namecheap"))
        k = min(n - made, r.randint(3, 12))
        for i in range(k):
            sh = set(r.sample(["face", "recovery", "wallet", "vps"], 2))
            s = persona(w, team, "fake_recruiter", ["lookalike_domain", "number_block"], sh, created=t0 + i * r.randint(300, 6 * 3600),
                        nnum=r.randint(8, 40))
            first, last = s["full_name"].split(" ", 1)
            s["email"] = w.email(first, last, domain=dom, style=0)
            s["employer"] = cname
            s["dialtone_plan"] = "business"
            s["resume"] = D.RECRUITER_TEMPLATE.format(c=cname)
            s["profiles"] = f"https://www.{dom};https://www.linkedin.com/in/{slug(first)}-{slug(last)}-talent"
            made += 1


def farms(w, pools, teams, n_personas, n_farms, victims):
    """US facilitators hosting company laptops (Chapman, Knoot): many personas on one home line, driven remotely"""
    r = w.rng
    made = 0
    for fi in range(n_farms):
        team = r.choice(teams)
        city = w.us_city()
        street = w.street()
        home = w.ip_home("US", city)
        home2 = w.ip_home("US", city)
        gw = w.gateway_mac()
        kvm = r.choice(D.IPKVM)
        # the facilitator's own account: quiet
        fac = individual(w, pools, "facilitator", ["farm_host"], city=city, n_logins=r.randint(4, 10))
        fac["_fraud"] = 1
        fac["address"], _ = w.us_address(city, street=street, unit="")
        fac["dialtone_e911_address"] = fac["address"]
        w.sessions(fac, r.randint(3, 8), fac["_created"], W1, off(city[5]), "evening", [(home, 1)], fac["_devs"])
        fac_card = fac["_inst"][0]
        k = max(2, n_personas // n_farms + (1 if fi < n_personas % n_farms else 0))
        for i in range(k):
            if made >= n_personas:
                break
            laptop = w.device("win" if r.random() < 0.8 else "mac", softphone=True)
            tr = ["farm_ip", "remote_controlled", f"farm_{fi}"]
            variant = r.choice(["", f", Apt {r.randint(1, 9)}", f" Unit {r.randint(1, 9)}", f" #{r.randint(1, 9)}"])
            addr = f"{street}{variant}, {city[0]}, {city[1]} {city[2]}{r.randint(10, 99)}"
            ident = victims.pop() if victims and r.random() < 0.5 else None
            pay = [fac_card] if r.random() < 0.35 else None
            if pay:
                tr.append("paid_by_facilitator")
            sh = set(r.sample(["recovery", "wallet", "face", "description"], r.randint(0, 2)))
            s = persona(w, team, "farm", tr, sh, identity=ident, city=city, devices=[(laptop, 4)],
                        extra_ips=[(home, 6), (home2, 2)], pay=pay, tz_spoof=True, address=addr if not ident else None)
            s["dialtone_e911_address"] = addr
            s["signup_ip"] = home[0] if r.random() < 0.6 else s["signup_ip"]
            started = w.uniform_ts(max(W0, s["_created"]), W1)
            w.telemetry(s, laptop, city[5], "en-US", gateway=gw, extra_proc=[r.choice(D.REMOTE_TOOLS)],
                        usb=[kvm] if r.random() < 0.6 else (), ports=["3389/tcp"] if r.random() < 0.4 else (),
                        remote=[(r.choice(team.exits)[0], started)] if r.random() < 0.5 else (), snapshots=2)
            model, pre = r.choice(D.DESK_PHONES)
            if r.random() < 0.6:
                w.ship(s, s["_created"] + r.randint(2, 10) * DAY, w.serial(pre), addr, "desk_phone:" + model)
                s["_kind"] += ";ship_to_farm"
            if r.random() < 0.4:
                w.ship(s, s["_created"] + r.randint(2, 10) * DAY, w.serial("SIM"), addr, "esim_kit")
            made += 1
    return made


def mules(w, pools, teams, n):
    """US accounts whose card pays the lines of several otherwise unconnected personas"""
    r = w.rng
    for _ in range(n):
        m = individual(w, pools, "mule", ["pays_for_others"], n_logins=r.randint(3, 8))
        m["_fraud"] = 1
        card = m["_inst"][0]
        for j in range(r.randint(2, 5)):
            team = r.choice(teams)
            persona(w, team, "mule_funded_persona", ["paid_by_mule"], set(r.sample(SHAREABLE, 1)) if r.random() < 0.5 else set(),
                    pay=[card], nnum=r.randint(1, 4), extra_ips=[(w.ip_resproxy(), 3)])


def rented(w, pools, teams, n):
    """a real US person lends their identity for a cut: the account is opened honestly from their home, then the
    operator drives it (VPN, team machine, team hours) and switches recovery and payment"""
    r = w.rng
    for _ in range(n):
        team = r.choice(teams)
        s = individual(w, pools, "rented_identity", ["identity_lent"], created=w.uniform_ts(T(2022, 6), T(2025, 4)),
                       n_logins=r.randint(2, 5))
        s["_fraud"] = 1
        if not s["address"]:
            s["address"], _ = w.us_address(s["_city"])
        s["birth_date"], s["national_id"], s["dialtone_kyc"] = w.birth(1970, 2000), w.ssn_hash(), "verified"
        handover = w.uniform_ts(s["_created"] + 5 * DAY, s["_created"] + 60 * DAY)
        dev = r.choice(team.machines) if r.random() < 0.6 else w.device("win", softphone=True)
        ips = [(x, 3) for x in r.sample(team.exits, min(2, len(team.exits)))] + [(r.choice(team.proxies), 2)]
        ss(w, s, r.randint(10, 30), handover, ips, [(dev, 1)], team, s["_city"][5])
        if dev["soft"]:
            w.telemetry(s, dev, s["_city"][5] if team.spoof else team.tz, team.kbd, ts=handover + DAY)
        tr = ["operator_driven", team.tag, "vpn_" + team.vpn.split("_")[0].lower()]
        if r.random() < 0.6:
            s["recovery_email"] = r.choice(team.mails)
            tr.append("recovery_changed")
        if r.random() < 0.5:
            inst = r.choice(team.wallets)
            t = max(handover, W1 - 120 * DAY)
            while t < W1:
                w.charge(s, t, 14.99, *inst, "renewal:personal_plus")
                t += 30 * DAY
            tr.append("payment_changed")
        extra = w.numbers(r.randint(2, 6))
        s["dialtone_numbers"] += ";" + ";".join(extra)
        s["dialtone_number_count"] = str(len(s["dialtone_numbers"].split(";")))
        s["_kind"] += ";" + ";".join(tr)
