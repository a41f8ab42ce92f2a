"""DPRK IT-worker operators, their personas, US facilitators (laptop farms), front vendors."""
from datetime import datetime, timedelta

from . import images, resumes
from .activity import UA, IP_KVM, ctx, emit_logins, emit_endpoint, emit_pay, endpoint_spec
from .population import rdate
from .world import COMPANY, FRAUD_CLAIM_COUNTRIES, T0, T_END, UTC, cinfo, ts, wpick

EVIDENCE = ["recovery_email", "recovery_phone", "payout", "shipping", "photo", "resume", "device", "login_ip"]
EV_W = [1.5, 1.5, 2.0, 2.0, 1.0, 1.5, 1.0, 1.2]
TOKEN = {"recovery_email": "shared_recovery_email", "recovery_phone": "shared_recovery_phone", "payout": "shared_payout",
         "shipping": "shared_shipping", "photo": "shared_photo", "resume": "shared_resume", "device": "shared_device",
         "login_ip": "shared_ip"}
REMOTE_TOOLS = ["AnyDesk.exe", "rustdesk.exe", "remoting_host.exe", "TeamViewer_Service.exe",
                "ScreenConnect.ClientService.exe", "SRService.exe"]


def addr_variant(rng, a):
    """How the same street address gets typed differently across forms."""
    r = rng.random()
    if r < 0.3:
        return a
    b = a
    for x, y in (("Apt ", "#"), (" St,", " Street,"), (" Ave,", " Avenue,"), (" Dr,", " Drive,"), (" Rd,", " Road,"), (" Ln,", " Lane,")):
        if x in b and rng.random() < 0.6:
            b = b.replace(x, y)
    if rng.random() < 0.3:
        b = b.upper()
    if rng.random() < 0.3:
        b = b.replace(",", "")
    if rng.random() < 0.2 and "#" not in b and "Apt" not in b:
        b = b.replace(",", f" Unit {rng.randrange(1, 9)},", 1)
    return b


def phone_variant(rng, e164, country="US"):
    d = e164.lstrip("+")
    if country not in ("US", "CA"):
        return rng.choice([e164, f"+1 {d[1:4]} {d[4:7]} {d[7:]}", f"+1 ({d[1:4]}) {d[4:7]}-{d[7:]}"])
    if d.startswith("1") and len(d) == 11:
        n = d[1:]
        return rng.choice([e164, f"({n[:3]}) {n[3:6]}-{n[6:]}", f"{n[:3]}.{n[3:6]}.{n[6:]}", f"+1 {n[:3]}-{n[3:6]}-{n[6:]}", f"1{n}"])
    return e164


def email_variant(rng, e):
    local, dom = e.split("@")
    r = rng.random()
    if dom == "gmail.com" and r < 0.4:
        base = local.replace(".", "")
        k = rng.randrange(1, len(base))
        return base[:k] + "." + base[k:] + "@" + dom
    if r < 0.8:
        return f"{local}+{rng.choice(['jobs', 'work', 'dev', 'mg', 'apply', str(rng.randrange(10, 99))])}@{dom}"
    return local.upper() + "@" + dom if rng.random() < 0.5 else e


class Fraud:
    def __init__(self, pop):
        self.pop = pop
        self.w = pop.w
        self.rng = pop.w.rng
        w, rng = self.w, self.rng
        nf = max(2, round(w.n / 5000))
        self.farms = []
        for i in range(nf):
            city = rng.choice(cinfo("US")[1])
            hh = w.household("US", city)
            self.farms.append({"hh": hh, "ips": [hh["ip"], w.ip(hh["net"])], "kvm": rng.uniform(0.35, 0.8),
                               "tools": rng.sample(REMOTE_TOOLS, 2), "zone": {"AZ": "America/Phoenix", "TX": "America/Chicago", "TN": "America/Chicago",
                                                                             "IL": "America/Chicago", "MN": "America/Chicago", "CO": "America/Denver",
                                                                             "UT": "America/Denver", "WA": "America/Los_Angeles", "CA": "America/Los_Angeles",
                                                                             "OR": "America/Los_Angeles"}.get(city[1], "America/New_York"),
                               "offset": -6})
        self.fronts = []
        self.victims_used = set()

    def plan(self):
        rng = self.rng
        target = max(2, round(self.w.n * self.w.fraud_rate))
        ops, tot = [], 0
        while tot < target:
            style = wpick(rng, {"loud": 15, "moderate": 25, "careful": 25, "lone": 40})
            size = {"loud": rng.choice([4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 15]), "moderate": rng.randint(3, 8),
                    "careful": rng.randint(2, 6), "lone": 1}[style]
            size = min(size, target - tot)
            if size == 1:
                style = "lone"
            ops.append({"style": style, "size": size})
            tot += size
        self.ops = ops
        return tot

    def victim(self):
        """An honest US subject whose identity a persona uses (the victim is in this export)."""
        rng = self.rng
        if not hasattr(self, "cands"):
            self.cands = [r for r in self.w.subjects if r["_fraud"] == 0 and r.get("country") == "US" and r.get("national_id")
                          and r["kind"] in ("employee", "applicant", "contractor")]
        if not self.cands:
            return None
        r = self.cands.pop(rng.randrange(len(self.cands)))
        return r

    def run(self):
        for op in self.ops:
            self.operator(op)

    # --------------------------------------------------------------------------------------------
    def op_email(self, first, last):
        w, rng = self.w, self.rng
        f, l = w._ascii(first.lower()), w._ascii(last.lower())
        for _ in range(20):
            local = rng.choice([f"{f}{l}{rng.randrange(10, 99)}", f"{f}.{l}.dev", f"{f}{rng.randrange(100, 999)}",
                                f"{l}{f}{rng.randrange(1, 9)}", f"{f}.{l}{rng.randrange(80, 2003)}", f"{f}dev{rng.randrange(10, 99)}",
                                f"{f[0]}{l}.work", f"{f}{l}.tech"])
            e = local + "@" + rng.choice(["gmail.com", "gmail.com", "gmail.com", "outlook.com", "proton.me", "hotmail.com", "yahoo.com"])
            if e not in w.used_emails:
                w.used_emails.add(e)
                return e
        return f"{f}{l}.{w.hexid(5)}@gmail.com"

    def us_voip(self):
        w, rng = self.w, self.rng
        ph = w.phone("US")
        d = "".join(ch for ch in ph if ch.isdigit())
        return "+" + (d if len(d) == 11 else "1" + d)

    def operator(self, op):
        w, rng, pop = self.w, self.rng, self.pop
        style, size = op["style"], op["size"]
        k = {"loud": (4, 7), "moderate": (2, 4), "careful": (1, 2), "lone": (0, 0)}[style]
        ev = []
        if k[1]:
            nk = rng.randint(*k)
            pool, wts = list(EVIDENCE), list(EV_W)
            while len(ev) < nk:
                e = rng.choices(pool, weights=wts)[0]
                i = pool.index(e)
                pool.pop(i)
                wts.pop(i)
                ev.append(e)
        cover = {"loud": 0.9, "moderate": 0.75, "careful": 0.65, "lone": 0}[style]
        claim = rng.choices(["us", "mixed", "foreign"], weights=[55, 30, 15])[0]
        foreign_c = rng.choice(["JP", "PL", "UA", "VN", "SG", "GB", "DE", "PT", "RS", "CA"])
        hours = rng.choices(["kst", "claimed", "split"], weights=[40, 45, 15])[0]
        farm = rng.choice(self.farms)
        oname = w.person("US", culture=rng.choice(["en", "ko", "ja", "zh"]))
        o = {"email": self.op_email(oname["first"], oname["last"]), "phone": self.us_voip(),
             "bank": pop.bank_dest("US"), "wallet": rng.choice(["payoneer:", "wise:"]) + self.op_email(oname["first"], oname["last"]),
             "crypto": rng.choice(["0x", "T"]) + w.hexid(38 if rng.random() < 0.5 else 33),
             "face": images.face_params(rng), "master": resumes.operator_master(rng, "Engineering"),
             "device": ("byod-" + w.hexid(16), UA["win"]), "exits": [], "hours": hours}
        ast = w.vpn_exits["Astrill"]
        o["exits"] = [rng.choice(ast) for _ in range(rng.randrange(1, 3))]
        res_proxy = w.nets[f"res:US:{rng.choice(cinfo('US')[6])[0]}"]
        o["resproxy"] = [w.ip(res_proxy) for _ in range(2)]
        o["resproxy_net"] = res_proxy
        o["payout_kind"] = rng.choices(["bank", "wallet", "crypto"], weights=[50, 40, 10])[0]
        front = None
        if style in ("loud", "moderate") and rng.random() < 0.3:
            front = self.front(o, farm)
        # which personas share which evidence
        members = list(range(size))
        share = {}
        for e in ev:
            s = [i for i in members if rng.random() < cover]
            while len(s) < min(2, size):
                x = rng.choice(members)
                if x not in s:
                    s.append(x)
            share[e] = set(s)
        # claimed countries
        claims = []
        for i in range(size):
            if claim == "us":
                claims.append("US")
            elif claim == "foreign":
                claims.append(foreign_c)
            else:
                claims.append(rng.choice(FRAUD_CLAIM_COUNTRIES))
        multi = len(set(claims)) > 1
        hired_rows = []
        for i in range(size):
            self.persona(op, o, i, claims[i], share, farm, front, multi, hired_rows)

    def front(self, o, farm):
        w, rng = self.w, self.rng
        if self.fronts and rng.random() < 0.4:
            return rng.choice(self.fronts)
        names = ["Silverline Tech Partners", "Bluepeak Software Solutions", "Kairos Digital Staffing", "Vantage Code Labs",
                 "Nexora IT Services", "Brightpath Dev Group"]
        nm = names[len(self.fronts) % len(names)] + (" LLC" if rng.random() < 0.6 else " Inc")
        dom = nm.lower().replace(" ", "").replace("llc", "").replace("inc", "") + rng.choice([".com", ".io", ".net"])
        f = {"name": nm, "domain": dom, "addr": addr_variant(rng, farm["hh"]["addr"]) if rng.random() < 0.5 else
             f"{rng.randrange(100, 9999)} {rng.choice(['Corporate Dr', 'Commerce Pkwy', 'Executive Blvd'])} Suite {rng.randrange(100, 900)}, Wilmington, DE 19801",
             "acct": self.pop.bank_dest("US")}
        w.domains.append({"domain": dom, "company": nm, "registered_at": ts(rdate(rng, datetime(2025, 1, 1, tzinfo=UTC), datetime(2026, 7, 1, tzinfo=UTC))),
                          "registrant_email": o["email"] if rng.random() < 0.6 else "",
                          "ip": w.ip(w.nets["host:Contabo:US"] if "host:Contabo:US" in w.nets else w.nets["host:DigitalOcean:US"]),
                          "nameservers": "dns1.registrar-servers.com;dns2.registrar-servers.com"})
        self.fronts.append(f)
        return f

    def persona(self, op, o, i, c, share, farm, front, multi, hired_rows):
        w, rng, pop = self.w, self.rng, self.pop
        style = op["style"]
        ins = {e: (i in s) for e, s in share.items()}
        tokens = [{"loud": "ring_loud", "moderate": "ring_moderate", "careful": "ring_careful", "lone": "lone_persona"}[style]]
        role = rng.choices(["applicant", "contractor", "employee"], weights=[40, 38, 22])[0]
        tokens.append({"applicant": "applicant_only", "contractor": "hired_contractor", "employee": "hired_employee"}[role])
        if multi:
            tokens.append("multi_country")
        # identity
        ident = "fabricated"
        if c == "US":
            ident = rng.choices(["stolen", "lender", "fabricated"], weights=[55, 15, 30])[0]
        elif rng.random() < 0.15:
            ident = "stolen"
        victim_row = None
        if ident == "stolen":
            tokens.append("stolen_identity")
            if c == "US" and rng.random() < 0.35:
                victim_row = self.victim()
        cult = None
        if ident == "fabricated":
            cult = rng.choices([None, "en", "ja", "zh", "ko"], weights=[50, 30, 10, 5, 5])[0]
            if c in ("US", "GB", "CA") and cult is None:
                cult = "en"
        p = w.person(c, culture=cult if cult in ("en", "ja", "zh", "ko") and (cult != "en" or True) else None)
        if victim_row is not None:
            tokens.append("victim_present")
            parts = victim_row["full_name"].split(" ", 1)
            p["first"], p["last"] = parts[0], parts[1] if len(parts) > 1 else parts[0]
            p["name"] = victim_row["full_name"] if rng.random() < 0.8 else victim_row["full_name"].upper()
            p["birth"] = victim_row["birth_date"] or p["birth"]
            vt = victim_row["_tokens"]
            if "honest_idtheft_victim" not in vt:
                vt.insert(0, "honest_idtheft_victim")
            nid_h = victim_row["national_id"]
            if rng.random() < 0.2 and victim_row["address"]:
                p["home"] = dict(p["home"], addr=victim_row["address"])
        else:
            nid_h = w.nid_hash(p["nid"])
        if ident == "lender":
            tokens.append("identity_lender")
        # contacts
        email = self.op_email(p["first"], p["last"])
        phone = self.us_voip() if c == "US" else w.phone(c, p["city"][0])
        ptype = rng.choices(["voip", "mobile", ""], weights=[55, 35, 10])[0] if c == "US" else rng.choices(["voip", "mobile", ""], weights=[30, 55, 15])[0]
        if ptype == "voip":
            tokens.append("voip")
        rec_e = self.op_email(p["first"], p["last"])
        rec_p = self.us_voip()
        if ins.get("recovery_email"):
            rec_e = email_variant(rng, o["email"]) if rng.random() < 0.35 else o["email"]
            if role == "applicant" and rng.random() < 0.5:
                email = email_variant(rng, o["email"])
            tokens.append(TOKEN["recovery_email"])
        if ins.get("recovery_phone"):
            rec_p = phone_variant(rng, o["phone"], c)
            if role == "applicant":
                phone, ptype = phone_variant(rng, o["phone"], c), "voip"
            tokens.append(TOKEN["recovery_phone"])
        address = p["home"]["addr"]
        at_farm = ins.get("shipping") and c == "US"
        if ins.get("shipping") and (role == "applicant" or rng.random() < 0.3) and c == "US":
            address = addr_variant(rng, farm["hh"]["addr"])
        if at_farm:
            tokens.append(TOKEN["shipping"])
        # photo
        photo = ""
        if ins.get("photo"):
            photo = w.photo(o["face"], dx=rng.randrange(-2, 3), dy=rng.randrange(-2, 3), bright=rng.randrange(-18, 19),
                            tint=tuple(rng.randrange(-10, 11) for _ in range(3)), noise_rng=rng, noise=rng.randrange(10, 60),
                            flip=rng.random() < 0.15)
            tokens += [TOKEN["photo"], "ai_photo"]
        elif rng.random() < 0.6:
            f = images.face_params(rng)
            photo = w.photo(f, noise_rng=rng, noise=rng.randrange(5, 30))
        # resume
        res = ""
        city = p["city"][0]
        if ins.get("resume"):
            res = resumes.persona_resume(rng, o["master"], p["name"], email, phone, city, c)
            tokens += [TOKEN["resume"]]
        elif rng.random() < 0.85:
            res = resumes.persona_resume(rng, resumes.operator_master(rng, "Engineering"), p["name"], email, phone, city, c, edit=False)
        if res:
            r = rng.random()
            res = w.text_file(res, "txt") if r < 0.5 else w.text_file(res, "md") if r < 0.7 else res.replace("\n", " | ")
        slug = w._ascii((p["first"] + "-" + p["last"]).lower().replace(" ", "-"))
        prof = [f"https://www.linkedin.com/in/{slug}-{w.hexid(rng.choice([4, 6, 8]))}"] if rng.random() < 0.75 else []
        if rng.random() < 0.6:
            prof.append(f"https://github.com/{slug.replace('-', '')}{rng.choice(['', 'dev', str(rng.randrange(10, 99))])}")
        kind = "employee" if role == "employee" else "contractor" if role == "contractor" else "applicant"
        sid = pop.new_id(kind)
        dept = rng.choices(["Engineering", "Data", "IT"], weights=[80, 12, 8])[0]
        vendor = None
        employer = COMPANY
        email_out = email
        if role == "contractor":
            r = rng.random()
            if front and r < 0.6:
                vendor = {"name": front["name"], "acct": front["acct"], "addr": front["addr"], "cur": "USD", "front": True}
                employer = front["name"]
                email_out = w.work_email(p, front["domain"])
                tokens.append("front_vendor")
            elif r < 0.45:
                vendor = rng.choice(pop.vendors)
                employer = vendor["name"]
                tokens.append("legit_vendor")
                if rng.random() < 0.5:
                    email_out = w.work_email(p, vendor["domain"])
        elif role == "employee":
            email_out = w.work_email(p, "meridian-group.com")
        if role == "applicant":
            created = rdate(rng, datetime(2026, 1, 1, tzinfo=UTC), datetime(2026, 11, 28, tzinfo=UTC))
        else:
            created = rdate(rng, datetime(2024, 6, 1, tzinfo=UTC), datetime(2026, 11, 10, tzinfo=UTC))
        term = rdate(rng, max(created, T0) + timedelta(days=3), T_END) if role != "applicant" and rng.random() < 0.08 else None
        sip = ""
        if role == "applicant":
            if ins.get("login_ip"):
                sip = rng.choice([e[1] for e in o["exits"]] + o["resproxy"])
                tokens.append(TOKEN["login_ip"])
            else:
                r = rng.random()
                sip = rng.choice(w.vpn_exits["Astrill"])[1] if r < 0.5 else w.ip(w.nets[f"res:US:{rng.choice(cinfo('US')[6])[0]}"]) if r < 0.8 else w.ip(w.nets[f"mob:{c}"])
        ref = ""
        if role != "applicant" and hired_rows and style in ("loud", "moderate") and rng.random() < 0.35:
            ref = rng.choice(hired_rows)["id"]
            tokens.append("referral_chain")
        row = {"id": sid, "kind": kind, "full_name": p["name"], "email": email_out, "phone": phone,
               "phone_line_type": {"voip": rng.choice(["voip", "nonFixedVoip", "VOIP"]), "mobile": "mobile", "": ""}[ptype],
               "address": address if (role != "applicant" or rng.random() < 0.7) else f"{city}, {c}", "country": c,
               "birth_date": p["birth"] if rng.random() < (0.9 if role != "applicant" else 0.3) else "",
               "national_id": nid_h if rng.random() < (0.93 if role == "employee" else 0.5 if role == "contractor" else 0.08) else "",
               "photo": photo, "resume": res, "profiles": ";".join(prof), "employer": employer, "created_at": ts(created),
               "recovery_email": rec_e if role != "applicant" else "", "recovery_phone": rec_p if role != "applicant" else "",
               "recovery_phone_line_type": rng.choice(["voip", "nonFixedVoip", ""]) if role != "applicant" else "",
               "signup_ip": sip, "department": dept, "job_title": rng.choice(["Senior Software Engineer", "Full Stack Developer", "Backend Engineer", "Mobile Developer (iOS)", "Blockchain Developer", "Data Engineer", "DevOps Engineer"]),
               "office": "", "work_mode": "remote" if role != "applicant" else "", "status": "applied" if role == "applicant" else ("terminated" if term else "active"),
               "terminated_at": ts(term) if term else "", "vendor": vendor["name"] if vendor else "", "referred_by": ref,
               "source": "referral" if ref else rng.choice(["job_board", "linkedin", "careers_site", "agency"])}
        if role == "applicant":
            if ins.get("shipping") and c == "US" and TOKEN["shipping"] not in tokens:
                tokens.append(TOKEN["shipping"])
            w.add_subject(row, 1, tokens)
            return
        hired_rows.append(row)
        w.add_subject(row, 1, tokens)
        self.hired(row, tokens, p, o, ins, farm, c, role, vendor, created, term, ident)

    def hired(self, row, tokens, p, o, ins, farm, c, role, vendor, created, term, ident):
        w, rng, pop = self.w, self.rng, self.pop
        start, end = max(created, T0), term or T_END
        coff = cinfo(c)[2]
        hs = o["hours"]
        if hs == "kst" or (hs == "split" and rng.random() < 0.5):
            off, hours = 9, (9, 20)
            if coff < 5 and coff > -12:
                tokens.append("kst_hours")
        else:
            off, hours = coff, (8, 19)
        laptop = role == "employee" or (vendor is not None and rng.random() < 0.4) or rng.random() < 0.45
        at_farm = bool(ins.get("shipping")) and c == "US" and laptop
        lender_home = ident == "lender" and not at_farm
        solo = None
        if laptop and c == "US" and not at_farm and not lender_home and rng.random() < 0.5:
            # a facilitator who hosts just this laptop (a relative, a paid 'reshipper' who plugs it in)
            solo = w.household("US", rng.choice(cinfo("US")[1]))
            tokens.append("solo_facilitator")
        ctxs = []
        dev = "dev-" + w.hexid(16)
        devices = []
        if laptop:
            devices.append((10, dev, UA["win"] if rng.random() < 0.85 else UA["mac"]))
        if at_farm:
            hh = farm["hh"]
            ctxs.append((8, ctx(w, "farm", hh["net"], farm["ips"], city=hh["city"])))
            tokens.append("farm")
        elif lender_home or solo:
            hh = solo or p["home"]
            ctxs.append((8, ctx(w, "lender", hh["net"], hh["ip"], city=hh["city"])))
        else:
            ex = [e for e in w.vpn_exits["Astrill"] if e[0] == c] or w.vpn_exits["Astrill"]
            e = rng.choice(ex)
            ctxs.append((6, ctx(w, "astrill", e[2], [x[1] for x in ex], proxy=True)))
            tokens.append("astrill_vpn")
            if c == "US":
                rp = w.nets[f"res:US:{rng.choice(cinfo('US')[6])[0]}"]
                ctxs.append((3, ctx(w, "resproxy", rp, [w.ip(rp) for _ in range(3)], city=rng.choice(cinfo("US")[1]))))
            else:
                rp = w.nets[f"res:{c}:{cinfo(c)[6][0][0]}"]
                ctxs.append((2, ctx(w, "resproxy", rp, [w.ip(rp) for _ in range(3)], city=p["city"])))
        if laptop:   # a managed laptop's traffic also leaves through the corporate VPN / secure web gateway
            g = w.vpn_gw[0]
            ctxs.append((2, ctx(w, "corpvpn", g[2], g[1])))
            zs = w.zs["US"]
            zsmap = dict(zs)
            ctxs.append((2, ctx(w, "swg", w.nets["zscaler:US"], [ip for ip, _ in zs], proxy=lambda ip, m=zsmap: m.get(ip, False))))
        if ins.get("login_ip"):
            e0 = o["exits"][0]
            ctxs.append((5, ctx(w, "opip", e0[2], [x[1] for x in o["exits"]] + o["resproxy"][:1], proxy=True)))
            tokens.append(TOKEN["login_ip"])
        if ins.get("device"):
            devices.append((4, o["device"][0], o["device"][1]))
            tokens.append(TOKEN["device"])
        elif not laptop:
            devices.append((6, "byod-" + w.hexid(16), UA["win"] if rng.random() < 0.7 else UA["mac"]))
        if rng.random() < 0.3:
            devices.append((1, "mob-" + w.hexid(16), UA["android"]))
        if rng.random() < (0.1 if row["_tokens"][0] in ("ring_loud",) else 0.03):   # a slip: no VPN before signing in
            cn = w.nets[f"res:CN:4837"] if rng.random() < 0.7 else w.nets["res:RU:20485"]
            ctxs.append((0.4, ctx(w, "slip", cn, None)))
            tokens.append("geo_slip")
        n = max(6, int(rng.gauss(26, 9)))
        n = int(n * (end - start).total_seconds() / (T_END - T0).total_seconds()) + 2
        emit_logins(w, row["id"], {"start": start, "end": end, "n": n, "offset": off, "hours": hours, "ctx": ctxs,
                                    "devices": devices or [(1, "byod-" + w.hexid(16), UA["win"])], "weekend": 0.2, "fail": 0.08})
        if laptop:
            home = farm["hh"] if at_farm else solo or p["home"]
            zone = farm["zone"] if at_farm else p["zone"]
            if not at_farm and rng.random() < 0.2:
                zone = rng.choice(["Asia/Shanghai", "Asia/Vladivostok"])
            spec = endpoint_spec(w, "win", "Engineering", zone, "en-US" if c in ("US", "CA") else p["kb"], home,
                                 "ko-KR" if rng.random() < 0.08 else None)
            if at_farm or lender_home or solo:
                if rng.random() < (0.85 if at_farm else 0.6):
                    spec["process_must"] += rng.sample(farm["tools"], rng.randrange(1, 3))
                    tokens.append("remote_tools")
                if rng.random() < (farm["kvm"] if at_farm else 0.25):
                    spec["usb"].append(rng.choice(IP_KVM))
                    tokens.append("ip_kvm")
                    if rng.random() < 0.3:
                        spec["display"] = [rng.choice(["PiKVM", "TinyPilot", "BliKVM"])]
                if rng.random() < 0.35:
                    spec["listening_port"] = spec["listening_port"] + [rng.choice(["3389/tcp", "5900/tcp", "7070/tcp", "21118/tcp"])]
                if rng.random() < 0.4:
                    host = rng.choice(o["exits"])[1] if rng.random() < 0.7 else w.ip(w.nets["res:CN:4837"])
                    days = rng.randrange(3, 30)
                    spec["remote_session"] = [(host, lambda s, d=days: s - timedelta(days=d, hours=3))]
            else:
                if rng.random() < 0.5:
                    spec["process_must"].append("AstrillVPN.exe")
                if rng.random() < 0.3:
                    spec["process_must"].append(rng.choice(REMOTE_TOOLS))
                    tokens.append("remote_tools")
            emit_endpoint(w, row["id"], dev, spec, start, end)
            ship = addr_variant(rng, farm["hh"]["addr"]) if at_farm else solo["addr"] if solo else p["home"]["addr"]
            if not at_farm and not lender_home and not solo and rng.random() < 0.4:
                ship = w.address("US", rng.choice(cinfo("US")[1]))   # a re-shipper / mule, not the claimed home
            w.shipments.append([row["id"], ts(created - timedelta(days=rng.randrange(1, 8))),
                                "MER-%s-%06d" % (rng.choice(["LT", "NB"]), rng.randrange(10 ** 6)), ship])
        # pay
        if role == "employee":
            dest = o["bank"] if ins.get("payout") else pop.bank_dest("US")
            if ins.get("payout"):
                tokens.append(TOKEN["payout"])
            emit_pay(w, row["id"], ("bank", dest, "USD", 4200 * rng.uniform(0.8, 1.4), "biweekly"), start, end)
        elif vendor:
            emit_pay(w, row["id"], ("bank", vendor["acct"], vendor["cur"], 9000 * rng.uniform(0.8, 1.5), "monthly"), start, end)
        else:
            if ins.get("payout"):
                k = o["payout_kind"]
                dest = {"bank": o["bank"], "wallet": o["wallet"], "crypto": o["crypto"]}[k]
                tokens.append(TOKEN["payout"])
                method = k
            else:
                method = rng.choice(["wallet", "wallet", "bank"])
                dest = (rng.choice(["payoneer:", "wise:"]) + self.op_email(p["first"], p["last"])) if method == "wallet" else pop.bank_dest("US")
            emit_pay(w, row["id"], (method, dest, "USD", 7500 * rng.uniform(0.7, 1.5), "monthly"), start, end)

    def fake_recruiters(self):
        w, rng = self.w, self.rng
        ops_emails = [r["recovery_email"] for r in w.subjects if r["_fraud"] and r["recovery_email"]]
        for i, nm in enumerate(["Talent Hub Careers", "Nexus Hire Global", "SkillBridge Recruiting"]):
            dom = nm.lower().replace(" ", "-") + rng.choice([".com", ".io"])
            w.domains.append({"domain": dom, "company": nm, "registered_at": ts(rdate(rng, datetime(2025, 9, 1, tzinfo=UTC), datetime(2026, 10, 1, tzinfo=UTC))),
                              "registrant_email": (rng.choice(ops_emails) if ops_emails and i == 0 else f"hr.{w.hexid(5)}@proton.me"),
                              "ip": w.ip(w.nets["host:Psychz:US"]), "nameservers": "dns1.registrar-servers.com;dns2.registrar-servers.com"})
