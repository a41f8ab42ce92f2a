"""DPRK IT-worker operations on Ledgerline: operators, their personas, rings, laptop farms, sweeps.

An operator (one worker or a small team under one manager) drives 1 to 15 personas. What the
personas share is chosen per ring from: recovery contacts, payout accounts, a shipping address
(a facilitator's home), photos (one face, AI-edited per persona), resumes (cloned), devices, and
login IPs. Careful rings share one or two of these; careless rings many.
"""
import datetime as dt
import os

from . import catalog as C
from . import media as M
from .core import END, START, Addr, hexid, iso, rand_time, wrand
from .honest import add_vpn
from .people import add_payout, base_dev, emit, phone_type, profiles_for

KEYS = ["recovery", "payout", "address", "photo", "resume", "device", "ip"]
BASES = {  # where operators actually sit (UN Panel of Experts, Mandiant, DoJ filings)
    "shenyang": (("China Unicom Liaoning", 4837, "CN", ["175.170", "113.224", "60.22"]), "Shenyang", 41.8, 123.43, 8),
    "dandong": (("China Unicom Liaoning", 4837, "CN", ["175.170", "60.22"]), "Dandong", 40.12, 124.38, 8),
    "vladivostok": (("Rostelecom", 12389, "RU", ["95.24", "176.59", "178.66"]), "Vladivostok", 43.12, 131.89, 10),
    "vientiane": (("Lao Telecom", 9873, "LA", ["115.84", "202.137"]), "Vientiane", 17.97, 102.6, 7),
}
CLAIM_CC = {"US": 56, "CA": 7, "GB": 5, "JP": 5, "SG": 4, "PL": 4, "UA": 4, "DE": 3, "VN": 2, "RS": 2, "AE": 2,
            "HK": 2, "TW": 2, "AU": 2}
FACILITATOR_HOMES = [("Litchfield Park", "AZ"), ("Nashua", "NH"), ("Sioux Falls", "SD"), ("Nashville", "TN"),
                     ("Atlanta", "GA"), ("Dallas", "TX"), ("Columbus", "OH"), ("Tampa", "FL"), ("Phoenix", "AZ"),
                     ("Raleigh", "NC"), ("Minneapolis", "MN"), ("Denver", "CO")]


def addr_variant(rng, a):
    """The same street address as a different form would hold it."""
    v = a
    r = rng.random()
    if r < 0.2:
        v = v.replace(" Apt ", " #")
    elif r < 0.35:
        v = v.replace(" Apt ", " Unit ")
    elif r < 0.45:
        v = v.upper()
    elif r < 0.55:
        for short, long in C.US_SUFFIX:
            if f" {short}," in v or f" {short} " in v:
                v = v.replace(f" {short}", f" {long}", 1)
                break
    elif r < 0.62:
        v = v.rsplit(" ", 1)[0]  # zip left off
    elif r < 0.7:
        v = v.replace(",", "")
    return v


class Operator:
    def __init__(self, w, rng, *, careful=False, farm=None, base=None):
        self.w, self.careful, self.farm = w, careful, farm
        self.base = base or wrand(rng, {"shenyang": 50, "dandong": 12, "vladivostok": 20, "vientiane": 10})
        isp, city, lat, lon, tz = BASES[self.base]
        self.tz = tz if rng.random() < 0.6 else rng.choice([-5, -6, -8])  # some keep the client's hours
        self.night = 0.35 if self.tz > 0 else 0.1
        self.leaks = [w.raw_addr(rng, isp, city, lat, lon, kind="leak") for _ in range(rng.randint(1, 3))]
        self.vpn = wrand(rng, {"Astrill": 70, "ExpressVPN": 12, "NordVPN": 10, "ProtonVPN": 8})
        self.leak_w = rng.choice([0.5, 1, 2]) if careful else rng.choice([2, 4, 8])
        self.vals = {}
        self.t0 = rand_time(rng, START + dt.timedelta(days=20), END - dt.timedelta(days=120))

    def value(self, rng, key, k):
        """The operator's k-th shared value of kind key (made on first use)."""
        w = self.w
        lst = self.vals.setdefault(key, [])
        while len(lst) <= k:
            if key == "recovery":
                dom = rng.choice(["proton.me", "outlook.com", "gmail.com", "yahoo.com", "mail.com"])
                local = rng.choice(["work", "dev", "ops", "team", "office", "job", "acc"]) + rng.choice(["", "."]) + \
                    rng.choice(["center", "box", "hub", "mail", "support", "s"]) + str(rng.randint(1, 9999))
                e = f"{local}@{dom}"
                w.emails.add(e)
                ph = w.phone(rng, "US") if rng.random() < 0.5 else None
                lst.append((e, ph))
            elif key == "payout":
                m = wrand(rng, {"crypto": 60, "bank": 25, "wallet": 15})
                if m == "crypto":
                    lst.append(("crypto", w.evm(rng)))
                elif m == "bank":
                    lst.append(("bank", w.us_bank(rng, rng.choice(["Chime", "Mercury", "Wells Fargo", "Chase", "Bank of America"]))))
                else:
                    lst.append(("wallet", f"payoneer:{hexid(rng, 6)}.{rng.choice(['pay', 'work', 'inv'])}@outlook.com"))
            elif key == "address":
                city, st = rng.choice(FACILITATOR_HOMES)
                lst.append(w.us_address(rng, city, st, apt=rng.choice([None, rng.randint(1, 30)])))
            elif key == "photo":
                lst.append(M.selfie(rng))
            elif key == "resume":
                nm = w.name(rng, "western")
                lst.append(M.resume(rng, nm, "x@y.z", "", "Remote, US", years=rng.randint(6, 12)))
            elif key == "device":
                lst.append(w.device(rng, rng.choice(["win_chrome", "win_chrome", "mac_chrome", "win_edge", "linux_chrome"])))
            elif key == "ip":
                r = rng.random()
                if r < 0.45:  # a rented VPS they remote into (RDP / browser isolation)
                    lst.append(w.cloud_addr(rng, "US"))
                elif r < 0.75:  # a fixed VPN exit they always pick
                    lst.append(w.vpn_addr(rng, self.vpn, "US"))
                else:  # a residential proxy exit rented by the month
                    a = w.home_addr(rng, "US")
                    a.kind = "resproxy"
                    lst.append(a)
        return lst[k]

    def vpn_src(self, cc="US"):
        w = self.w
        return lambda r, vpn=self.vpn, cc=cc: w.vpn_addr(r, vpn, cc if cc in C.VPNS[vpn][1] else "US")


def _claim_city(w, rng, cc):
    return w.city_of(rng, cc)


def make_victim(w, rng, cc="US"):
    """A real person whose identity an operator uses; present on the platform in some cases."""
    c = w.city_of(rng, cc)
    culture = w.culture_for(rng, cc) if rng.random() < 0.5 else "western"
    return {"name": w.name(rng, culture), "birth_date": w.birth_date(rng, 1960, 1998),
            "national_id": w.national_id(rng, cc), "cc": cc, "city": c[0], "culture": culture}


def emit_victim(w, rng, v):
    """The victim as an honest developer or applicant of their own (different email, phone, devices)."""
    p = base_dev(w, rng, cc=v["cc"], city=v["city"], culture=v["culture"])
    p["legal_name"] = p["full_name"] = v["name"]
    p["kyc_level"] = "full"
    p["birth_date"], p["national_id"] = v["birth_date"], v["national_id"]
    p["address"] = p.get("address") or w.address(rng, v["cc"], v["city"])
    p["primary"] = ["honest_victim"]
    p["email"] = w.email(rng, v["name"], v["cc"])
    emit(w, rng, p)


def persona(w, rng, op, *, claim_cc=None, kind=None, created=None, stolen=0.25, victims=None, victim_present=0.35,
            voip=None, photo_style=None):
    """One fake identity of operator op, before ring sharing is applied."""
    cc = claim_cc or wrand(rng, CLAIM_CC)
    kind = kind or wrand(rng, {"account": 68, "contractor": 21, "applicant": 10, "employee": 1})
    c = _claim_city(w, rng, cc)
    culture = "western" if cc in ("US", "CA", "GB", "AU") and rng.random() < 0.75 else w.culture_for(rng, cc)
    p = {"id": w.new_id(kind, rng), "kind": kind, "cc": cc, "city": c[0], "region": c[1], "lat": c[2], "lon": c[3],
         "culture": culture, "pseud": False, "tokens": [], "fraud": 1, "payouts": [],
         "role": {"applicant": "applicant", "employee": "staff"}.get(kind, "developer")}
    p["created"] = created or rand_time(rng, op.t0, min(END - dt.timedelta(days=15), op.t0 + dt.timedelta(days=240)))
    p["until"] = min(END, p["created"] + dt.timedelta(days=rng.randint(40, 420)))
    v = None
    if cc == "US" and rng.random() < stolen:
        v = make_victim(w, rng, "US")
        p["tokens"].append("stolen_identity")
        if victims is not None and rng.random() < victim_present:
            victims.append(v)
            p["tokens"].append("victim_on_platform")
        name = v["name"]
        p["birth_date"], p["national_id"] = v["birth_date"], v["national_id"]
    else:
        name = w.name(rng, culture)
    p["legal_name"] = p["full_name"] = name
    p["handle"] = w.handle(rng, name)
    style = rng.choice(["{f}.{l}.dev", "{f}{l}{n}", "{i}{l}.eng", "{f}.{l}{n}", "{f}dev{n}", "{f}.{l}"])
    p["email"] = w.email(rng, name, cc, domain=wrand(rng, {"gmail.com": 50, "outlook.com": 25, "proton.me": 10,
                                                           "hotmail.com": 5, "yahoo.com": 5, "icloud.com": 5}),
                         style=style)
    vo = voip if voip is not None else (rng.random() < (0.35 if op.careful else 0.7))
    if vo:  # a US VOIP number whatever country is claimed (TextNow, Google Voice, Bandwidth)
        p["phone"] = w.phone(rng, "US" if cc not in ("CA",) else "CA")
        p["phone_line_type"] = phone_type(rng, True)
        p["tokens"].append("voip_phone")
    elif rng.random() < 0.85:
        p["phone"] = w.phone(rng, cc, c[1] or c[0])
        p["phone_line_type"] = phone_type(rng, False)
    if rng.random() < 0.6:
        p["recovery_email"] = w.email(rng, name, cc, domain=rng.choice(["outlook.com", "proton.me", "gmail.com"]))
    # identity verification: contracts and jobs need it
    if kind != "applicant" and (rng.random() < 0.6 or kind in ("contractor", "employee")):
        p["kyc_level"] = "full"
        p.setdefault("birth_date", w.birth_date(rng, 1985, 1999))
        p.setdefault("national_id", w.national_id(rng, cc))
        p["address"] = w.address(rng, cc, c[0])
    else:
        p["kyc_level"] = "basic" if kind != "applicant" else ""
        if kind == "applicant" or rng.random() < 0.3:
            p["address"] = f"{c[0]}{', ' + c[1] if c[1] else ''}, {C.COUNTRIES[cc][0]}"
    p["employer"] = "Ledgerline" if kind in ("applicant", "employee") else ""
    # networks: the claimed home is never really used
    p["tz"] = w.tz_of(cc, c[3])
    p["tz_real"] = op.tz
    p["night"] = op.night
    p["devices"] = [w.device(rng, rng.choice(["win_chrome", "mac_chrome", "win_edge", "linux_chrome", "brave"]))]
    if rng.random() < 0.3:
        p["devices"].append(w.device(rng, "android"))
    p["sources"] = [(60, op.vpn_src(cc)), (op.leak_w, (lambda r, L=op.leaks: r.choice(L)))]
    if op.vpn == "Astrill":
        p["tokens"].append("astrill_vpn")
    if op.careful:  # residential proxies that geolocate to the claimed city
        rp = w.home_addr(rng, cc if cc in ("US", "CA", "GB", "DE", "PL", "JP", "SG") else "US")
        rp.kind = "resproxy"
        p["sources"].append((rng.randint(40, 120), rp))
        p["tokens"].append("residential_proxy")
    p["n_logins"] = rng.randint(8, 70)
    p["fail"] = 0.06
    # profile: photo, resume, links
    style = photo_style or wrand(rng, {"selfie": 65, "none": 15, "default": 12, "nft": 3, "identicon": 5})
    p["photo_style"] = style
    if style == "default":
        p["tokens"].append("default_avatar")
    p["profiles"] = profiles_for(w, rng, p["handle"], name, github=0.95, linkedin=0.7, portfolio=0.45, x=0.15)
    p["bio"] = M.bio(rng, rng.choice(["Senior Blockchain Developer", "Full-Stack Web3 Engineer", "Smart Contract Engineer",
                                      "Senior Software Engineer", "Game Developer (Unity/Web3)"]))
    p["resume_kind"] = "file" if (kind in ("applicant", "employee", "contractor") or rng.random() < 0.5) else None
    p["years"] = rng.randint(6, 12)
    if kind in ("account", "contractor", "employee") and rng.random() < 0.92:
        add_payout(w, rng, p, method=wrand(rng, {"crypto": 58, "bank": 27, "wallet": 15}) if p["kyc_level"] == "full"
                   else wrand(rng, {"crypto": 80, "wallet": 20}), n=rng.randint(2, 24), next_hop="")
    return p


def apply_sharing(w, rng, op, personas, keys, p_share=0.8, two_values=0.35):
    """Give personas the operator's values for the ring's keys; persona 0 holds them all, every other
    persona holds at least one, so the ring is one connected group."""
    nv = {k: (2 if rng.random() < two_values else 1) for k in keys}
    held = []
    for i, p in enumerate(personas):
        h = {}
        for k in keys:
            if i == 0 or rng.random() < p_share:
                h[k] = 0 if (nv[k] == 1 or rng.random() < 0.7) else 1
        if i > 0 and not any(v == 0 for v in h.values()):
            h[rng.choice(keys)] = 0
        held.append(h)
    counts = {}
    for h in held:
        for k, v in h.items():
            counts[(k, v)] = counts.get((k, v), 0) + 1
    for p, h in zip(personas, held):
        for k, v in h.items():
            val = op.value(rng, k, v)
            shared = counts[(k, v)] > 1 or op.farm is not None and k in ("address", "ip")
            _apply(w, rng, op, p, k, val)
            if shared:
                p["tokens"].append(f"shared_{k}")


def _apply(w, rng, op, p, k, val):
    if k == "recovery":
        e, ph = val
        p["recovery_email"] = e
        if ph and rng.random() < 0.7:
            p["recovery_phone"], p["recovery_phone_line_type"] = ph, rng.choice(["nonFixedVoip", "voip"])
    elif k == "payout":
        m, dest = val
        p["payouts"] = []
        add_payout(w, rng, p, method=m, dests=[dest], n=rng.randint(3, 24),
                   chain="Ethereum" if m == "crypto" else None, next_hop="")
    elif k == "address":
        a = addr_variant(rng, val)
        if p["kind"] in ("contractor", "employee"):
            p["ship_to"] = a
        if rng.random() < 0.7 or p["kind"] not in ("contractor", "employee"):
            p["address"] = a if p.get("cc") == "US" or rng.random() < 0.5 else p.get("address", a)
    elif k == "photo":
        edited = rng.random() < 0.7
        img = M.edit(val, rng) if edited else val
        p["photo"] = w.save_photo(p["id"], img, "jpg" if rng.random() < 0.7 else "png", rng.randint(78, 92))
        p["tokens"].append("ai_edited_photo" if edited else "same_photo")
    elif k == "resume":
        loc = f"{p['city']}, {p['cc']}"
        p["resume_text"] = M.clone_resume(val, rng, p["legal_name"], p["email"], p.get("phone", ""), loc,
                                          edits=rng.randint(0, 3))
        p["resume_ext"] = "txt" if rng.random() < 0.7 else "md"
    elif k == "device":
        p["devices"] = [val] + p["devices"][1:]
    elif k == "ip":
        p["sources"].append((rng.randint(50, 150), val))
        p["signup_addr"] = val


def contractor_laptop(w, rng, op, p, ship_to=None):
    """A fraudulent contractor's managed laptop, when it is not in a farm: forwarded abroad or used
    remotely; its telemetry shows the operator's setup."""
    if p["kind"] not in ("contractor", "employee"):
        return
    p["ship_to"] = ship_to or p.get("ship_to") or p.get("address") or w.us_address(rng)
    facts = [("system", rng.choice(C.SYSTEMS_MAC + C.SYSTEMS_WIN), None, None, None, 1.0)]
    for proc in rng.sample(C.STAFF_PROCS, rng.randint(4, 9)):
        facts.append(("process", proc, None, None, None, rng.uniform(0.5, 1.0)))
    facts.append(("process", "osqueryd", None, None, None, 1.0))
    if op.vpn == "Astrill" and rng.random() < (0.3 if op.careful else 0.7):
        facts.append(("process", "Astrill", None, None, None, 0.8))
        p["tokens"].append("astrill_on_laptop")
    if rng.random() < (0.3 if op.careful else 0.6):
        facts.append(("process", rng.choice(C.FARM_PROCS), None, None, None, 0.8))
        p["tokens"].append("remote_tool")
    kb = ["en-US"]
    if rng.random() < (0.15 if op.careful else 0.45):
        kb.append("ko-KR")
        p["tokens"].append("korean_keyboard")
    for k in kb:
        facts.append(("keyboard", k, None, None, None, 1.0))
    if rng.random() < (0.15 if op.careful else 0.5):
        facts.append(("timezone", rng.choice(["Asia/Shanghai", "Asia/Vladivostok", "Asia/Vientiane", "Asia/Pyongyang"]), None, None, None, 1.0))
        p["tokens"].append("foreign_timezone")
    else:
        facts.append(("timezone", w.tz_name(p["cc"], p["lon"]), None, None, None, 1.0))
    facts.append(("network", f"{rng.choice(C.SSIDS_HOME).format(n=rng.randint(10, 999), h=hexid(rng, 4).upper(), f='Home')}", None, None, None, 0.9))
    facts.append(("gateway_mac", ":".join(hexid(rng, 2) for _ in range(6)), None, None, None, 0.9))
    facts.append(("display", "Color LCD", None, None, None, 0.8))
    p["endpoint"] = {"device": "host-" + hexid(rng, 12), "snaps": rng.randint(3, 6), "facts": facts}
    p["tokens"].append("managed_laptop")


def ring(w, rng, size, *, careful, keys=None, primary, victims, multi_country=False, sweep=False):
    op = Operator(w, rng, careful=careful)
    if keys is None:
        if careful:
            keys = rng.sample(KEYS, wrand(rng, {1: 60, 2: 40}))
        else:
            keys = rng.sample(KEYS, rng.randint(3, 7))
    personas = []
    claims = rng.sample(list(CLAIM_CC), min(size, len(CLAIM_CC))) if multi_country else None
    burst = rng.random() < 0.5
    for i in range(size):
        created = None
        if burst:
            created = op.t0 + dt.timedelta(hours=rng.uniform(0, 24 * rng.choice([2, 7, 20])))
        p = persona(w, rng, op, claim_cc=claims[i % len(claims)] if claims else None, created=created, victims=victims)
        p["primary"] = [primary]
        if multi_country:
            p["tokens"].append("multi_country")
        personas.append(p)
    if keys:
        apply_sharing(w, rng, op, personas, keys, p_share=0.85 if not careful else 0.95)
    if sweep:
        consolidation = [w.evm(rng) for _ in range(rng.choice([1, 1, 2]))]
        for p in personas:
            p["payouts"] = []
            chain = wrand(rng, {"Ethereum": 40, "Arbitrum": 25, "Base": 20, "Polygon": 15})
            fresh = [w.evm(rng) for _ in range(rng.randint(1, 4))]
            add_payout(w, rng, p, method="crypto", dests=fresh, chain=chain, n=rng.randint(3, 20),
                       next_hop=rng.choice(consolidation), currency="USDC")
            p["tokens"].append("sweep_consolidation")
            if len(fresh) > 1:
                p["tokens"].append("fresh_wallets")
    for p in personas:
        contractor_laptop(w, rng, op, p)
        emit(w, rng, p)
    return personas


# ----------------------------------------------------------------- laptop farms and facilitators
def farm_endpoint(w, rng, p, farm, op):
    facts = [("system", rng.choice(C.SYSTEMS_MAC + C.SYSTEMS_WIN + C.SYSTEMS_WIN), None, None, None, 1.0)]
    for proc in rng.sample(C.STAFF_PROCS, rng.randint(3, 7)):
        facts.append(("process", proc, None, None, None, rng.uniform(0.4, 0.9)))
    facts.append(("process", "osqueryd", None, None, None, 1.0))
    for tool in farm["tools"]:
        facts.append(("process", tool, None, None, None, 0.85))
    if farm["tools"]:
        p["tokens"].append("remote_tool")
        for port in rng.sample(["5900/tcp", "7070/tcp", "3389/tcp", "5938/tcp", "21118/tcp"], rng.randint(1, 2)):
            facts.append(("listening_port", port, None, None, None, 0.7))
    if farm["kvm"]:
        name, vid, pid = farm["kvm"]
        facts.append(("usb", name, vid, pid, None, 0.9))
        facts.append(("display", farm["kvm_display"], None, None, None, 0.9))
        p["tokens"].append("ip_kvm")
    else:
        facts.append(("display", "Color LCD", None, None, None, 0.8))
    facts.append(("network", farm["ssid"], None, None, None, 0.95))
    facts.append(("gateway_mac", farm["gateway"], None, None, None, 0.95))
    p["tokens"].append("shared_gateway")
    facts.append(("keyboard", "en-US", None, None, None, 1.0))
    if rng.random() < farm["leak"]:
        facts.append(("keyboard", "ko-KR", None, None, None, 0.6))
        p["tokens"].append("korean_keyboard")
    facts.append(("timezone", w.tz_name(p["cc"], p["lon"]) if p["cc"] in ("US", "CA") else "America/New_York", None, None, None, 1.0))
    if farm["tools"] and rng.random() < 0.8:
        remote = rng.choice(op.leaks) if rng.random() < farm["leak"] else w.vpn_addr(rng, op.vpn, "US")
        facts.append(("remote_session", remote.ip, None, None, rng.randint(20, 300), 0.6))
        p["tokens"].append("long_remote_session")
    return {"device": "host-" + hexid(rng, 12), "snaps": rng.randint(4, 7), "facts": facts}


def laptop_farm(w, rng, size, *, careful, victims, with_facilitator):
    """A US facilitator hosts the laptops companies ship to personas and keeps them online for remote
    operators (Chapman, Knoot, Didenko cases): one home address and router, IP-KVMs or remote tools."""
    op = Operator(w, rng, careful=careful)
    city, st = rng.choice(FACILITATOR_HOMES)
    c = w.city_of(rng, "US", city)
    fac_addr = w.us_address(rng, city, st, apt=rng.choice([None, None, rng.randint(1, 20)]))
    home_ip = w.home_addr(rng, "US", city)
    farm = {"addr": fac_addr, "ip": home_ip, "gateway": ":".join(hexid(rng, 2) for _ in range(6)),
            "ssid": rng.choice(C.SSIDS_HOME).format(n=rng.randint(10, 999), h=hexid(rng, 4).upper(), f="Home"),
            "tools": rng.sample(["AnyDesk", "RustDesk", "TeamViewer", "Chrome Remote Desktop Host", "Splashtop Streamer"],
                                rng.randint(0, 2) if careful else rng.randint(1, 2)),
            "kvm": None, "leak": 0.1 if careful else 0.35}
    if rng.random() < (0.5 if careful else 0.7):
        farm["kvm"] = rng.choice(C.KVM_USB)
        farm["kvm_display"] = rng.choice(C.KVM_DISPLAYS)
    if not farm["tools"] and not farm["kvm"]:
        farm["kvm"] = rng.choice(C.KVM_USB)
        farm["kvm_display"] = rng.choice(C.KVM_DISPLAYS)
    op.farm = farm
    op.vals["address"] = [fac_addr]
    op.vals["ip"] = [home_ip]
    fac_bank = w.us_bank(rng, rng.choice(["Wells Fargo", "Chase", "Bank of America", "Navy Federal", "Capital One"]))
    op.vals["payout"] = [("bank", fac_bank)]
    extra = rng.sample(["recovery", "payout", "photo", "resume", "device"], rng.randint(0, 1) if careful else rng.randint(1, 3))
    if with_facilitator and "payout" not in extra and rng.random() < 0.5:
        extra.append("payout")  # the facilitator takes the pay and forwards it (Chapman)
    personas = []
    t0 = op.t0
    for i in range(size):
        created = rand_time(rng, t0, t0 + dt.timedelta(days=rng.choice([30, 120, 300])))
        p = persona(w, rng, op, claim_cc="US" if rng.random() < 0.85 else rng.choice(["CA", "GB"]),
                    kind="contractor" if rng.random() < 0.95 else "employee", created=created, victims=victims,
                    stolen=0.45)
        p["primary"] = ["ring_farm"]
        # the laptop sits in the facilitator's home: its sessions leave from the facilitator's router
        p["sources"].append((rng.randint(80, 200), home_ip))
        personas.append(p)
    apply_sharing(w, rng, op, personas, ["address"] + extra, p_share=0.95)
    for p in personas:
        p["ship_to"] = addr_variant(rng, fac_addr)
        if "shared_address" not in p["tokens"]:
            p["tokens"].append("shared_address")
        p["tokens"].append("shared_ip")
        p["endpoint"] = farm_endpoint(w, rng, p, farm, op)
        p["tokens"].append("managed_laptop")
        emit(w, rng, p)
    if with_facilitator:
        f = base_dev(w, rng, cc="US", city=city, culture="western", created=t0 - dt.timedelta(days=rng.randint(5, 60)))
        f["fraud"] = 1
        f["primary"] = ["facilitator"]
        f["tokens"] = ["shared_address", "shared_ip"]
        f["role"] = "agency"
        f["employer"] = rng.choice([f"{f['legal_name'].split()[-1]} Staffing LLC", f"{rng.choice(C.CLIENT_WORDS)} Talent Solutions LLC",
                                    f"{rng.choice(C.CLIENT_WORDS)} IT Consulting"])
        f["address"] = fac_addr
        f["kyc_level"] = "full"
        f["birth_date"] = f.get("birth_date") or w.birth_date(rng, 1960, 1990)
        f["national_id"] = f.get("national_id") or w.national_id(rng, "US")
        f["home"] = home_ip
        f["sources"] = [(80, home_ip), (20, lambda r, c=city: w.mobile_addr(r, "US", c))]
        f["signup_addr"] = home_ip
        f["payouts"] = []
        add_payout(w, rng, f, method="bank", dests=[fac_bank], n=rng.randint(4, 30), payer=["Ledgerline Escrow"])
        if "payout" in extra:
            f["tokens"].append("shared_payout")
        f["photo_style"] = "selfie" if rng.random() < 0.6 else "none"
        f["bio"] = "Staffing agency: remote US developers for Web3 teams"
        emit(w, rng, f)
        personas.append(f)
    return personas


def lone(w, rng, victims):
    """A single persona: nothing shared with any other subject; only what the persona itself shows."""
    op = Operator(w, rng, careful=rng.random() < 0.5)
    p = persona(w, rng, op, victims=victims, stolen=0.3)
    p["primary"] = ["lone_persona"]
    contractor_laptop(w, rng, op, p)
    emit(w, rng, p)
    return p
