"""Fraud kinds: DPRK operator teams, their personas, US facilitators and their laptop farms, rented accounts,
intermediary payouts and front vendors."""
from . import data as D
from .build import face_spec, home_lan, laptop, resume_lines, split_phase, worker
from .common import (DAY, T0, T1, addr_text, address, dob, name, nid_hash, payout_account, place, raw_nid, utc_hour,
                     wchoice)
from .media import edit_params, face_params

CLAIM = {"US": 70, "CA": 6, "GB": 4, "PL": 3, "DE": 2, "JP": 2, "VN": 2, "SG": 2, "UA": 3, "PT": 2, "RS": 2, "MX": 2}
SHARE_KINDS = ["payout", "recovery_email", "recovery_phone", "device", "login_ip", "photo", "resume", "ship_address",
               "address", "profile", "phone"]
VOIP_US = ["Google Voice", "TextNow", "Bandwidth", "Twilio"]


def team(W, clock=None, egress=None):
    r = W.rng
    clock = clock or wchoice(r, {"kst": 46, "cst": 16, "us": 38})
    hour = {"kst": r.gauss(4.5, 1.0), "cst": r.gauss(5.5, 1.0), "us": r.gauss(16.5, 1.5)}[clock] % 24
    egress = egress or wchoice(r, {"astrill": 40, "resproxy": 24, "vpn": 20, "vps": 16})
    t = dict(clock=clock, hour=hour, egress=egress, devs=[W.ids.device(r.choice(["win_chrome", "win_chrome", "win_edge", "mac_chrome"]))
                                                         for _ in range(r.randint(2, 4))],
             faces=[face_params(r) for _ in range(r.randint(1, 3))], mailbox=[], wallets=[], rphone=None,
             slip=r.random() < 0.25)
    t["net"] = _egress(W, egress)
    base = dict(row=dict(full_name="Alex Kim", email="", phone="", country="US"), tokens=[])
    t["resume"] = resume_lines(W, base, "expert", template=r.choice(D.RESUME_TEMPLATES[2:4]))
    return t


def _egress(W, kind):
    r = W.rng
    if kind == "astrill":
        return W.nets.astrill(k=r.randint(4, 10), prefer=r.choice(["US", "US", "JP", "SG"]))
    if kind == "resproxy":
        return W.nets.resproxy()
    if kind == "vpn":
        return W.nets.vpn(prefer="US")
    return W.nets.cloud(shared_key=("vps", r.random()))


def _mailbox(W, t):
    r = W.rng
    if not t["mailbox"] or r.random() < 0.2:
        g = r.choice(["dev", "star", "smart", "top", "gold", "best", "tiger", "sky", "code", "ocean"])
        t["mailbox"].append(W.ids.email(g, r.choice(["master", "work", "team", "hub", "lab", "soft"]), "US",
                                        domain=r.choice(["gmail.com", "outlook.com", "proton.me", "hotmail.com"]), style=1))
    return r.choice(t["mailbox"])


def _wallet(W, t):
    r = W.rng
    if not t["wallets"] or r.random() < 0.25:
        rail = wchoice(r, {"payoneer": 30, "wise": 20, "crypto": 25, "paypal": 10, "bank": 15})
        g, s, _ = name(r, "US")
        t["wallets"].append(payout_account(W.ids, r, rail, "US", given=g, sur=s))
    return dict(r.choice(t["wallets"]))


def stolen_identity(W, cc="US"):
    """A real person's identity (the persona's name, birth date, SSN, maybe address)."""
    r = W.rng
    g, s, pool = name(r, cc)
    loc = place(r, cc)
    return dict(given=g, sur=s, pool=pool, dob=dob(r, 24, 55, 34), nid=nid_hash(raw_nid(r, cc)), loc=loc,
                addr=address(r, loc), cc=cc)


def persona(W, t, tokens, cc=None, ident=None, share=(), ring=None, employer=None, laptop_p=0.6, created=None):
    """One persona of a team.  `share` lists what it takes from the ring's common stock (`ring` dict)."""
    r = W.rng
    ring = ring if ring is not None else {}
    cc = cc or wchoice(r, CLAIM)
    tokens = list(tokens)
    if ident is None and cc == "US" and r.random() < 0.55:
        ident = stolen_identity(W, cc)
    if ident:
        tokens.append("stolen_identity")
        names = (ident["given"], ident["sur"], ident["pool"])
        loc = ident["loc"]
    else:
        tokens.append("synthetic_identity")
        names = name(r, cc)
        loc = place(r, cc)
    nets = [(8, t["net"] if "login_ip" in share else _egress(W, t["egress"]))]
    if t["slip"] and r.random() < 0.5:
        nets.append((0.25, W.nets.slip()))
        tokens.append("foreign_ip_slip")
    dev = r.choice(t["devs"]) if "device" in share else W.ids.device(r.choice(["win_chrome", "win_edge", "mac_chrome"]))
    devs = [(6, dev)]
    cr = created if created is not None else W.created(lo=T0 - 200 * DAY, hi=T1 - 60 * DAY)
    s = worker(W, cc, tokens, fraud=1, tier="expert" if r.random() < 0.9 else "general", loc=loc, names=names,
               created=cr, employer=employer, local_hour=0, nets=nets, devs=devs, laptop_p=0, photo=False, resume=False)
    row = s["row"]
    ph = s["phases"][0]
    ph["hour"] = (t["hour"] + r.gauss(0, 0.7)) % 24
    ph["hsd"] = r.uniform(1.8, 3.0)
    ph["rate"] = r.uniform(4, 6.5)
    ph["weekend"] = r.uniform(0.3, 0.7)
    ph["end"] = T1 if r.random() < 0.8 else ph["start"] + (T1 - ph["start"]) * r.uniform(0.4, 0.9)
    if t["clock"] != "us":
        s["tokens"].append("asia_hours")
    s["tokens"].append({"astrill": "vpn_astrill", "resproxy": "residential_proxy", "vpn": "vpn_commercial", "vps": "vps_ip"}[t["egress"]])
    if ident:
        row["birth_date"], row["national_id"] = ident["dob"], ident["nid"]
        row["address"] = addr_text(ident["addr"], 1, r)
        s["addr"] = ident["addr"]
        s["ident"] = ident
    else:
        row["birth_date"] = dob(r, 24, 40, 29)
    row["email"] = W.ids.email(names[0], names[1], "US", domain=r.choice(["gmail.com", "gmail.com", "outlook.com", "proton.me"]),
                               style=r.choice([1, 2, 3, 6]))
    if r.random() < 0.7 and cc in ("US", "CA"):
        phn, e164, _ = W.ids.phone(cc, voip=True)
        row["phone"], s["e164"] = phn, e164
        row["phone_line_type"] = r.choice(["voip", "nonFixedVoip", "VOIP"]) if r.random() < 0.75 else ""
        s["tokens"].append("voip_phone")
    if "phone" in share:
        row["phone"], row["phone_line_type"] = ring.setdefault("phone", s["e164"]), ring.setdefault("plt", row["phone_line_type"])
    row["recovery_email"] = _mailbox(W, t) if "recovery_email" in share else (W.ids.email(names[0], "dev", "US") if r.random() < 0.5 else "")
    if "recovery_phone" in share:
        if not t["rphone"]:
            t["rphone"] = W.ids.phone("US", voip=True)
        shown, e164, _ = t["rphone"]
        row["recovery_phone"] = shown if cc in ("US", "CA") else e164
        row["recovery_phone_line_type"] = "voip" if r.random() < 0.6 else ""
    else:
        row["recovery_phone"] = row["phone"] if r.random() < 0.5 else ""
        row["recovery_phone_line_type"] = row["phone_line_type"] if row["recovery_phone"] else ""
    if "address" in share:
        a = ring.setdefault("addr", address(r, place(r, "US"), unit=f"Apt {r.randint(1, 30)}"))
        row["address"] = addr_text(a, r.randint(0, 2), r)
        s["addr"] = a
    gh = names[0].lower() + names[1].lower()
    prof = [f"https://github.com/{W.ids.token(gh[:10] + '-dev', 2)}"]
    if "profile" in share:
        prof = [ring.setdefault("profile", prof[0])]
    if r.random() < 0.6:
        prof.append(f"https://www.linkedin.com/in/{W.ids.token(gh[:12] + '-', 4, 'abcdef0123456789')}")
    row["profiles"] = ";".join(prof)
    row["signup_ip"] = r.choice(nets[0][1]["ips"])[0]
    ph["pay"] = _wallet(W, t) if "payout" in share else payout_account(W.ids, r, wchoice(r, {"payoneer": 30, "wise": 20, "crypto": 20, "bank": 30}),
                                                                       "US", given=names[0], sur=names[1])
    ph["pay"].update(amt=(r.uniform(500, 1600), 0.25), every=r.choice([7, 14]))
    if "photo" in share:
        base = ring.setdefault("face", r.choice(t["faces"]))
        s["photo"] = ("face", edit_params(base, r), r.choice(["JPEG", "PNG"]))
        s["tokens"].append("ai_edited_photo")
    else:
        s["photo"] = face_spec(r) if r.random() < 0.85 else ("default",)
    if "resume" in share:
        lines = list(ring.setdefault("resume", t["resume"]))
        lines[0] = row["full_name"]
        lines[1] = f"{loc[1]} | {row['email']} | {row['phone']}"
        for _ in range(r.randint(1, 3)):
            i = r.randrange(2, len(lines))
            if lines[i].startswith("- "):
                lines[i] = lines[i].replace("Built", "Developed").replace("Led", "Drove").replace("Wrote", "Authored") + r.choice(["", ".", " using Python"])
        s["resume"] = (r.choice(["pdf", "docx", "pdf", "inline"]), lines)
    else:
        row["city"] = loc[1]
        s["resume"] = (r.choice(["pdf", "docx", "txt"]), resume_lines(W, s, "expert"))
        row.pop("city", None)
    if laptop_p and r.random() < laptop_p and ph["end"] - ph["start"] > 40 * DAY:
        ship = ring.get("ship") if "ship_address" in share else None
        where = addr_text(ship, r.randint(0, 3), r) if ship else row["address"]
        env = laptop(W, s, loc, where, ph["start"] + r.uniform(5, 20) * DAY, tz=D.COUNTRY[cc]["tz"])
        _operator_env(W, t, env, s)
        ph["laptop"] = env
        ph["devs"] = ph["devs"] + [(8, env["dev"])]
    return s


def _operator_env(W, t, env, s):
    """What the operator's remote control leaves on a laptop."""
    r = W.rng
    tk = s["tokens"]
    if r.random() < 0.75:
        env["procs"] += r.sample(D.PROC_REMOTE_MAC if env["mac"] else D.PROC_REMOTE, r.randint(1, 2))
        tk.append("remote_tools")
    if r.random() < 0.35:
        env["ports"].append(r.choice(["3389/tcp", "5938/tcp", "7070/tcp", "5900/tcp"]))
    if r.random() < 0.5:
        env["sessions"].append(dict(host=r.choice(t["net"]["ips"])[0], hours=r.uniform(20, 240)))
        tk.append("long_remote_session")
    if r.random() < 0.12:
        env["kb"] = env["kb"] + ["ko-KR"]
        tk.append("ko_keyboard")
    if r.random() < 0.06:
        env["tz"] = r.choice(["Asia/Seoul", "Asia/Shanghai", "Asia/Pyongyang"])
        tk.append("asia_timezone")
    if t["egress"] == "astrill" and r.random() < 0.5:
        env["procs"].append("astrill.exe" if not env["mac"] else "Astrill")


def _make_ring(W, n, kind, shares_all, shares_sub=(), cc_fn=None, employer_fn=None, laptop_p=0.6, t=None):
    r = W.rng
    t = t or team(W)
    W.ringno += 1
    ring = {}
    if "ship_address" in shares_all or "ship_address" in shares_sub:
        ring["ship"] = address(r, place(r, "US"), unit=r.choice([None, f"Unit {r.randint(1, 9)}"]))
    out = []
    for i in range(n):
        sh = list(shares_all) + [k for k in shares_sub if r.random() < 0.6]
        tokens = [kind] + ["shared_" + k for k in sh]
        cc = cc_fn() if cc_fn else None
        emp = employer_fn() if employer_fn else None
        out.append(persona(W, t, tokens, cc=cc, share=sh, ring=ring, employer=emp, laptop_p=laptop_p))
    return out


def _client_name(W):
    return W.rng.choice(W.clients)["name"] if W.clients else "Taskgrid"


def overt(W, target):
    r = W.rng
    out = []
    while len(out) < target:
        n = min(target - len(out), r.randint(4, 12))
        if n < 2:
            break
        k = r.sample(SHARE_KINDS, r.randint(3, 6))
        a = k[: max(1, len(k) // 2)]
        out += _make_ring(W, n, "ring_overt", a, k[len(a):], employer_fn=lambda: _client_name(W))
    return out


def careful(W, target):
    r = W.rng
    out = []
    while len(out) < target:
        n = min(target - len(out), r.randint(2, 6))
        if n < 2:
            break
        k = r.choice(SHARE_KINDS)
        out += _make_ring(W, n, "ring_careful", [k], employer_fn=lambda: _client_name(W), laptop_p=0.5)
    return out


def split(W, target):
    """Rings spread over many clients and claimed countries, sharing only infrastructure."""
    r = W.rng
    out = []
    while len(out) < target:
        n = min(target - len(out), r.randint(3, 8))
        if n < 2:
            break
        k = r.sample(["login_ip", "device"], r.randint(1, 2))
        rr = _make_ring(W, n, "ring_split", [], k, cc_fn=lambda: wchoice(r, CLAIM),
                        employer_fn=lambda: _client_name(W), laptop_p=0.4)
        for p in rr:
            p["tokens"].append("multi_client")
            if p["phases"][0]["pay"]["method"] == "bank" and r.random() < 0.6:
                p["phases"][0]["pay"] = dict(payout_account(W.ids, r, "crypto", "US"), amt=p["phases"][0]["pay"]["amt"], every=14)
        out += rr
    return out


def lone(W, target):
    r = W.rng
    out = []
    for _ in range(target):
        quiet = r.random() < 0.25
        t = team(W, clock="us" if quiet else None, egress="resproxy" if quiet else None)
        s = persona(W, t, ["lone_persona"] + (["few_traits"] if quiet else []), laptop_p=0 if quiet else 0.5)
        if quiet:
            cc = s["row"]["country"]
            phn, e164, lt = W.ids.phone(cc if cc in ("US", "CA") else "US")
            s["row"]["phone"], s["row"]["phone_line_type"] = phn, "mobile" if r.random() < 0.5 else ""
            s["tokens"] = [x for x in s["tokens"] if x != "voip_phone"]
            s["photo"] = face_spec(r)
        out.append(s)
    return out


def _facilitator_row(W, fac, tokens):
    """The facilitator's own account: a real US person who also takes a little work."""
    r = W.rng
    s = worker(W, "US", tokens, loc=fac["loc"], names=fac["names"], tier="general", laptop_p=0)
    s["fraud"] = 1
    s["row"]["address"] = addr_text(fac["addr"], 0, r)
    s["phases"][0]["nets"] = [(6, fac["net"])] + s["phases"][0]["nets"][1:]
    s["phases"][0]["pay"] = dict(fac["acct"], amt=(60, 0.5), every=7)
    return s


def farms(W, target):
    """US laptop farms (Chapman, Knoot, the 2025 RevGen searches): many personas' laptops in one house."""
    r = W.rng
    out = []
    while len(out) < target:
        cc = "US"
        loc = place(r, cc)
        fac = dict(loc=loc, names=name(r, cc), addr=address(r, loc, unit=r.choice([None, None, "Apt 3B", "#12"])),
                   net=W.nets.home(loc, churn=r.choice([1, 2])), lan=home_lan(r, cc),
                   acct=payout_account(W.ids, r, "bank", "US"))
        kvm = r.random() < 0.7
        teams = [team(W) for _ in range(r.randint(1, 3))]
        n = min(target - len(out), r.randint(3, 14))
        pay_fac = r.random() < 0.4
        for i in range(n):
            t = teams[i % len(teams)]
            tk = ["laptop_farm", "shared_ship_address", "farm_network"]
            s = persona(W, t, tk, cc="US", employer=_client_name(W), laptop_p=0)
            ph = s["phases"][0]
            where = addr_text(fac["addr"], r.randint(0, 3), r)
            env = laptop(W, s, loc, where, ph["start"] + r.uniform(5, 20) * DAY, lan=fac["lan"], tz=r.choice(["America/New_York", "America/Chicago", D.COUNTRY["US"]["tz"]]))
            _operator_env(W, t, env, s)
            if kvm:
                env["usb"].append(r.choice(D.USB_IP_KVM))
                s["tokens"].append("ip_kvm")
            ph["laptop"] = env
            ph["devs"] = [(8, env["dev"])] + ph["devs"]
            ph["nets"] = [(10, fac["net"])] + ph["nets"]  # sign-ins from the farm's own connection
            if s["addr"] is not fac["addr"] and addr_text(s["addr"]) != addr_text(fac["addr"]):
                s["tokens"].append("ship_mismatch")
            if pay_fac and r.random() < 0.7:
                ph["pay"] = dict(fac["acct"], amt=ph["pay"]["amt"], every=ph["pay"]["every"])
                s["tokens"].append("shared_payout")
            out.append(s)
        if r.random() < 0.5 and len(out) < target:
            out.append(_facilitator_row(W, fac, ["facilitator", "farm_network"]))
    return out


def rented(W, target):
    """Account renters: an honest person's account, later driven by an operator (RevGen 'US persons', Kenyan
    and Filipino account-rental markets)."""
    r = W.rng
    out = []
    t = None
    for i in range(target):
        if t is None or r.random() < 0.35:
            t = team(W)
            mule = None
        cc = wchoice(r, {"US": 40, "KE": 15, "PH": 12, "NG": 10, "PK": 6, "IN": 6, "UA": 5, "VE": 6})
        s = worker(W, cc, ["account_rented"], fraud=1, created=W.created(hi=T1 - 200 * DAY), laptop_p=0)
        p0 = s["phases"][0]
        p0["end"] = T1
        t_r = r.uniform(max(p0["start"] + 30 * DAY, T0 + 40 * DAY), T1 - 45 * DAY)
        dev = r.choice(t["devs"]) if r.random() < 0.4 else W.ids.device("win_chrome")
        nets = [(8, t["net"] if r.random() < 0.4 else _egress(W, t["egress"]))]
        if r.random() < 0.5:
            nets.append((2, p0["nets"][0][1]))  # the owner still signs in now and then
        new = split_phase(s, t_r, nets=nets, devs=[(8, dev)], hour=(t["hour"] + r.gauss(0, 0.7)) % 24, rate=r.uniform(4, 6))
        if mule is None or r.random() < 0.4:
            mule = payout_account(W.ids, r, wchoice(r, {"payoneer": 40, "wise": 20, "crypto": 25, "paypal": 15}), "US")
        new["pay"] = dict(mule, amt=(r.uniform(500, 1500), 0.3), every=r.choice([7, 14]))
        s["tokens"] += ["payout_changed", "new_device_takeover"] + (["asia_hours"] if t["clock"] != "us" else [])
        s["row"]["taskgrid_tier"] = "expert"
        if cc == "US" and r.random() < 0.5:
            env = laptop(W, s, s["loc"], s["row"]["address"], t_r + r.uniform(5, 25) * DAY)
            _operator_env(W, t, env, s)
            new["laptop"] = env
            new["devs"] = new["devs"] + [(8, env["dev"])]
        out.append(s)
    return out


def intermediaries(W, target):
    """Personas paid through intermediaries (money mules): each mule account serves one to three personas."""
    r = W.rng
    out = []
    while len(out) < target:
        n = min(target - len(out), r.randint(3, 8))
        t = team(W)
        mules = [payout_account(W.ids, r, wchoice(r, {"bank": 40, "paypal": 25, "cashapp": 15, "wise": 20}), "US",
                                given=name(r, "US")[0], sur=name(r, "US")[1]) for _ in range(max(1, n // 2))]
        extra = r.choice(SHARE_KINDS[1:])
        rr = _make_ring(W, n, "ring_intermediary", [], [extra], t=t, employer_fn=lambda: _client_name(W), laptop_p=0.4)
        for p in rr:
            p["phases"][0]["pay"] = dict(r.choice(mules), amt=p["phases"][0]["pay"]["amt"], every=14)
            p["tokens"].append("mule_payout")
        out += rr
    return out


def front_vendors(W, target):
    """Front companies posing as annotation vendors (like the Wang front IT firms): personas enrolled as staff."""
    r = W.rng
    out = []
    while len(out) < target:
        t = team(W)
        cc = r.choice(["US", "US", "US", "CA", "GB"])
        loc = place(r, cc)
        vname = f"{r.choice(['Apex', 'Bright', 'Crest', 'Nexa', 'Pinnacle', 'Vertex', 'Zenith', 'Orion'])} {r.choice(['Data', 'Tech', 'Digital', 'AI'])} {r.choice(['LLC', 'Solutions', 'Inc.', 'Group'])}"
        dom = vname.lower().replace(" ", "").replace(".", "")[:16] + r.choice([".com", ".tech", ".io", ".us"])
        W.domains.append(dict(domain=dom, company=vname, kind="front", cc=cc, net=t["net"]))
        acct = payout_account(W.ids, r, "bank", cc)
        oaddr = address(r, loc, unit=f"Suite {r.randint(100, 999)}")
        hr = f"{r.choice(['hr', 'admin', 'team'])}@{dom}"
        n = min(target - len(out), r.randint(4, 10))
        for _ in range(n):
            s = persona(W, t, ["front_vendor"], cc=cc, employer=vname, laptop_p=0.3)
            row = s["row"]
            row["taskgrid_vendor"] = vname
            s["phases"][0]["pay"] = dict(acct, amt=(r.uniform(300, 900), 0.3), every=7)
            s["tokens"].append("vendor_payout")
            if r.random() < 0.5:
                row["email"] = W.ids.email(s["given"], s["sur"], cc, domain=dom, style=0)
            if r.random() < 0.5:
                row["recovery_email"] = hr
            if r.random() < 0.4:
                row["address"] = addr_text(oaddr, 1, r)
            out.append(s)
    return out


def victims(W, frauds, share):
    """Some stolen identities belong to people who are themselves honest Taskgrid workers."""
    r = W.rng
    out = []
    for s in frauds:
        idt = s.get("ident")
        if not idt or r.random() > share:
            continue
        v = worker(W, "US", ["honest_id_theft_victim"], loc=idt["loc"], names=(idt["given"], idt["sur"], idt["pool"]))
        v["row"]["birth_date"], v["row"]["national_id"] = idt["dob"], idt["nid"]
        v["row"]["address"] = addr_text(idt["addr"], 0, r)
        s["tokens"].append("victim_present")
        if r.random() < 0.2 and v["photo"] and v["photo"][0] == "face":
            s["photo"] = ("face", edit_params(v["photo"][1], r, 2), "JPEG")
            s["tokens"].append("victim_photo_edited")
        out.append(v)
    return out
