"""Who is in the Meridian export: honest workforce, applicants, vendors; operators, personas, facilitators."""
from datetime import datetime, timedelta

from . import images, resumes
from .activity import UA, IT_PROC, LAB_KVM, IP_KVM, ctx, emit_logins, emit_endpoint, emit_pay, endpoint_spec
from .data import COUNTRIES, DEPARTMENTS, JOB_TITLES, NAMES, OFFICES
from .world import COMPANY, CORP_DOMAIN, FRAUD_CLAIM_COUNTRIES, T0, T_END, UTC, cinfo, ts, wpick

HONEST_PRIMARY = ["honest_idtheft_victim", "honest_rehire", "honest_name_change", "honest_reapplicant", "honest_spouse",
                  "honest_family", "honest_roommate", "honest_it_admin", "honest_expat", "honest_hotdesk",
                  "honest_night_shift", "honest_service_account", "honest_vendor_contractor", "honest_direct_contractor",
                  "honest_applicant", "honest_remote", "honest_hybrid", "honest_office"]

SALARY = {"USD": 8500, "CAD": 8000, "MXN": 55000, "BRL": 14000, "ARS": 2500000, "COP": 11000000, "GBP": 5200, "EUR": 5000,
          "PLN": 16000, "RON": 14000, "SEK": 52000, "ILS": 28000, "AED": 26000, "ZAR": 60000, "INR": 180000, "PHP": 75000,
          "SGD": 8500, "JPY": 650000, "KRW": 6500000, "AUD": 10000, "UAH": 120000, "VND": 60000000, "RSD": 300000}
SECOND_KB = {"ko": "ko-KR", "zh": "zh-CN", "ja": "ja-JP", "vi": "vi-VN", "uk": "uk-UA", "ar": "ar-SA", "he": "he-IL",
             "pl": "pl-PL", "es": "es-ES", "pt": "pt-BR", "in": "hi-IN", "de": "de-DE", "fr": "fr-FR"}
HERITAGE_HOME = {"ko": "KR", "zh": "CN", "ja": "JP", "vi": "VN"}
HERITAGE_APP = {"ko": "KakaoTalk.exe", "zh": "WeChat.exe", "ja": "LINE.exe", "vi": "Zalo.exe"}


def rdate(rng, a, b):
    return a + timedelta(seconds=rng.randrange(int((b - a).total_seconds())))


class Pop:
    def __init__(self, w):
        self.w = w
        self.rng = w.rng
        self.ids = set()
        self.office_ips = {}
        self.office_gw = {}
        self.hotdesks = {}
        for c, offs in OFFICES.items():
            for code, city, addr in offs:
                n = w.nets[f"office:{code}"]
                self.office_ips[code] = [w.ip(n) for _ in range(2)]
                self.office_gw[code] = w.mac()
                self.hotdesks[code] = [("hd-" + w.hexid(16), "win") for _ in range(6)]
        self.cowork = {}
        self.employees = []   # honest employee rows (for referrals, victims)
        self.leavers = []     # (row, device, asset) of terminated people whose laptop is re-issued
        self.lab_devices = [("lab-" + w.hexid(16)) for _ in range(8)]
        self.avatars = []
        for k in range(3):
            p = f"photos/default_{k}.png"
            w.files[p] = images.default_avatar(k)
            self.avatars.append(p)
        self.make_vendors()

    # ---------------------------------------------------------------- ids
    def new_id(self, kind):
        rng = self.rng
        while True:
            if kind == "employee":
                i = "E%06d" % rng.randrange(100000, 999999)
            elif kind == "contractor":
                i = "C%06d" % rng.randrange(100000, 999999)
            elif kind == "applicant":
                i = "GH%09d" % rng.randrange(10 ** 8, 10 ** 9)
            else:
                i = "svc-%s" % self.w.hexid(6)
            if i not in self.ids:
                self.ids.add(i)
                return i

    # ---------------------------------------------------------------- vendors
    def make_vendors(self):
        w, rng = self.w, self.rng
        names = ["Northbridge Talent", "Apexon Staffing", "BlueRiver Consulting", "Crestline IT Services",
                 "Keystone Workforce", "TechNova Solutions", "Pinnacle Tech Partners", "Orbis Global Staffing",
                 "Veritas IT Group", "Summit Contract Resources", "Lumen Talent Partners", "Halcyon Digital",
                 "Nearshore Devs SA", "Cebu Outsourcing Hub", "Codebridge Sp. z o.o.", "Infinite Loop Consultancy",
                 "Ridgeview Staffing", "DataForge Services"]
        ctry = ["US", "US", "US", "US", "US", "IN", "US", "IN", "US", "US", "GB", "RO", "MX", "PH", "PL", "IN", "US", "US"]
        k = max(8, min(len(names), round(w.n / 1300)))
        self.vendors = []
        for i in range(k):
            c = ctry[i]
            city = rng.choice(cinfo(c)[1])
            dom = names[i].lower().replace(" ", "").replace(".", "").replace(",", "") + rng.choice([".com", ".com", ".io", ".co"])
            net = w.nets[f"res:{c}:{cinfo(c)[6][0][0]}"]
            v = {"name": names[i], "country": c, "city": city, "domain": dom, "addr": w.address(c, city),
                 "acct": self.bank_dest(c), "egress": [w.ip(net) for _ in range(2)], "net": net,
                 "coord_phone": w.phone(c, city[0], intl=True), "cur": cinfo(c)[5], "front": False}
            self.vendors.append(v)
            w.domains.append({"domain": dom, "company": names[i], "registered_at": ts(datetime(rng.randrange(2001, 2020), rng.randrange(1, 13), rng.randrange(1, 28), tzinfo=UTC)),
                              "registrant_email": rng.choice(["", "redacted@privacyprotect.org", f"hostmaster@{dom}", "domains@markmonitor.com"]),
                              "ip": w.ip(w.nets["host:AWS:US"]) if rng.random() < 0.6 else w.ip(w.nets["host:DigitalOcean:US"]),
                              "nameservers": rng.choice(["ns-101.awsdns-12.com;ns-1502.awsdns-59.org", "dana.ns.cloudflare.com;rick.ns.cloudflare.com",
                                                         "dns1.registrar-servers.com;dns2.registrar-servers.com", "ns1.godaddy.com;ns2.godaddy.com"])})
        w.domains.append({"domain": CORP_DOMAIN, "company": COMPANY, "registered_at": "1998-03-14T00:00:00Z",
                          "registrant_email": "domains@markmonitor.com", "ip": w.ip(w.nets["host:AWS:US"]),
                          "nameservers": "ns1.meridian-group.com;ns2.meridian-group.com"})
        # honest recruiting agencies that contact candidates
        for nm in ["Hays Talent Search", "Talentwise Recruiting", "CareerPath Partners"]:
            dom = nm.lower().replace(" ", "") + ".com"
            w.domains.append({"domain": dom, "company": nm, "registered_at": ts(datetime(rng.randrange(2005, 2022), 5, 3, tzinfo=UTC)),
                              "registrant_email": "redacted@privacyprotect.org", "ip": w.ip(w.nets["host:AWS:US"]),
                              "nameservers": "dana.ns.cloudflare.com;rick.ns.cloudflare.com"})

    def bank_dest(self, c):
        rng = self.rng
        if c in ("US",):
            return "%09d-%010d" % (rng.choice([21000021, 26009593, 121000248, 111000025, 322271627, 71000013, 91000019]), rng.randrange(10 ** 9, 10 ** 10))
        if c in ("GB",):
            return "GB%02dBARC20%04d%08d" % (rng.randrange(10, 99), rng.randrange(10000), rng.randrange(10 ** 8))
        if c in ("DE", "FR", "NL", "ES", "PT", "IE", "PL", "RO", "SE", "IL", "AE", "RS", "UA"):
            return "%s%02d%s" % (c, rng.randrange(10, 99), "".join(str(rng.randrange(10)) for _ in range(18)))
        return "%s-%012d" % (c, rng.randrange(10 ** 11, 10 ** 12))

    # ---------------------------------------------------------------- contexts
    def cowork_ctx(self, p):
        w = self.w
        key = (p["country"], p["city"][0])
        if key not in self.cowork:
            n = w.net(f"cowork:{key}", 395814, "WeWork Companies LLC", p["country"], "cowork", p["city"])
            self.cowork[key] = ([w.ip(n) for _ in range(2)], n, w.mac())
        ips, n, mac = self.cowork[key]
        return ctx(w, "cowork", n, ips, city=p["city"]), mac

    def base_ctxs(self, p, mode, office, home=True):
        """Weighted sign-in places of an ordinary worker."""
        w, rng = self.w, self.rng
        c = p["country"]
        out = []
        hh = p["home"]
        if home:
            out.append((5 if mode == "remote" else 2 if mode == "hybrid" else 0.3,
                        ctx(w, "home", hh["net"], hh["ip"], city=hh["city"])))
        if office and mode != "remote":
            out.append((6 if mode == "office" else 3, ctx(w, "office", w.nets[f"office:{office}"], self.office_ips[office])))
        gwc = [g for g in w.vpn_gw if g[0] == c] or [w.vpn_gw[0] if c in ("CA", "MX", "BR", "AR", "CO") else
                                                     w.vpn_gw[4] if c in ("PL", "RO", "SE", "NL", "FR", "ES", "PT", "IE", "IL", "ZA", "AE") else w.vpn_gw[3]]
        g = gwc[0]
        out.append((2, ctx(w, "corpvpn", g[2], g[1])))
        zsc = c if c in w.zs else ("US" if c in ("CA", "MX", "CO", "AR") else "DE" if c in ("PL", "RO", "SE", "NL", "FR", "ES", "PT", "IE", "GB", "IL", "ZA", "AE") else "SG")
        zs = w.zs[zsc]
        zsmap = dict(zs)
        out.append((2, ctx(w, "swg", w.nets[f"zscaler:{zsc}"], [ip for ip, _ in zs], proxy=lambda ip, m=zsmap: m.get(ip, False))))
        out.append((1.5, ctx(w, "mobile", w.nets[f"mob:{c}"], None, city=p["city"], device=p["phone_dev"])))
        return out

    # ---------------------------------------------------------------- honest workforce
    def honest(self, budget):
        w, rng = self.w, self.rng
        cats = {"employee": 52.0, "spouse": 1.0, "family": 0.35, "roommate": 0.2, "vendor": 12.6, "direct": 5.4,
                "applicant": 22.0, "applicant_twice": 0.9, "applied_hired": 0.9, "rehire": 0.6, "name_change": 0.3,
                "account": 0.6}
        cw = list(cats.values())
        ck = list(cats)
        rows0 = len(w.subjects)
        while len(w.subjects) - rows0 < budget:
            left = budget - (len(w.subjects) - rows0)
            cat = rng.choices(ck, weights=cw)[0]
            if left < 2 and cat in ("spouse", "family", "roommate", "applicant_twice", "applied_hired", "rehire", "name_change"):
                cat = "employee"
            if cat == "employee":
                self.employee(self.new_person())
            elif cat in ("spouse", "family", "roommate"):
                self.pair(cat)
            elif cat == "vendor":
                self.contractor(self.new_person(), vendor=rng.choice(self.vendors))
            elif cat == "direct":
                self.contractor(self.new_person(), vendor=None)
            elif cat == "applicant":
                self.applicant(self.new_person(), [])
            elif cat == "applicant_twice":
                p = self.new_person()
                self.applicant(p, ["honest_reapplicant"], when=(datetime(2025, 6, 1, tzinfo=UTC), datetime(2026, 3, 1, tzinfo=UTC)))
                self.applicant(p, ["honest_reapplicant"], reuse=True)
            elif cat == "applied_hired":
                p = self.new_person()
                self.applicant(p, ["honest_reapplicant"], when=(datetime(2023, 1, 1, tzinfo=UTC), datetime(2025, 6, 1, tzinfo=UTC)))
                self.employee(p, extra=["honest_reapplicant"])
            elif cat == "rehire":
                p = self.new_person()
                self.employee(p, extra=["honest_rehire"], old=True)
                self.employee(p, extra=["honest_rehire"], rehired=True)
            elif cat == "name_change":
                p = self.new_person()
                old = dict(p)
                p2 = dict(p)
                p2["last"] = rng.choice(NAMES[p["culture"]][1])
                p2["name"] = f"{p2['first']} {p2['last']}"
                if rng.random() < 0.5:
                    self.applicant(old, ["honest_name_change"], when=(datetime(2022, 1, 1, tzinfo=UTC), datetime(2025, 1, 1, tzinfo=UTC)))
                else:
                    self.employee(old, extra=["honest_name_change"], old=True)
                p2["work_email_done"] = False
                self.employee(p2, extra=["honest_name_change"])
            elif cat == "account":
                self.account()

    def new_person(self, c=None, age=None):
        w, rng = self.w, self.rng
        if c is None:
            c = rng.choices(list(COUNTRIES), weights=[v[0] for v in COUNTRIES.values()])[0]
        expat = rng.random() < 0.05
        culture = None
        origin = None
        if expat:
            origin = rng.choice([k for k in COUNTRIES if k != c])
            culture = wpick(rng, cinfo(origin)[0])
        p = w.person(c, culture=culture, age=age)
        p["expat_from"] = origin
        p["phone_dev"] = ("mob-" + w.hexid(16), UA["ios"] if rng.random() < 0.55 else UA["android"])
        return p

    def dept(self):
        return self.rng.choices([d for d, _ in DEPARTMENTS], weights=[x for _, x in DEPARTMENTS])[0]

    def line_type(self, tokens, kind="mobile"):
        rng = self.rng
        if rng.random() > 0.75:
            return ""
        return {"mobile": rng.choice(["mobile", "mobile", "Mobile", "MOBILE"]), "landline": "landline",
                "voip": rng.choice(["voip", "nonFixedVoip"]), "fixed": "fixedVoip"}[kind]

    def photo_for(self, p, tokens, prob, office=None):
        w, rng = self.w, self.rng
        if rng.random() > prob:
            return ""
        if rng.random() < 0.06:
            tokens.append("default_avatar")
            return rng.choice(self.avatars)
        if "photo" not in p:
            bg = None
            if office:
                r2 = __import__("random").Random(office)
                bg = tuple(r2.randrange(60, 220) for _ in range(3))
            p["face"] = images.face_params(rng, bg)
            p["photo"] = w.photo(p["face"])
        return p["photo"]

    def resume_for(self, p, tokens, prob, dept, title, vendor=None):
        w, rng = self.w, self.rng
        if rng.random() > prob:
            return ""
        if "resume" in p:
            return p["resume"]
        text = resumes.honest_resume(rng, p["name"], p["personal_email"], p["phone"], p["city"][0], p["country"], dept,
                                     title, rng.randrange(1, 20), vendor=vendor)
        if vendor:
            tokens.append("vendor_resume_template")
        r = rng.random()
        if r < 0.55:
            path = w.text_file(text, "txt")
        elif r < 0.75:
            path = w.text_file(text, "md")
        else:
            path = text.replace("\n", " | ")
        p["resume"] = path
        return path

    def profiles(self, p, dept):
        rng = self.rng
        out = []
        slug = self.w._ascii((p["first"] + "-" + p["last"]).lower().replace(" ", "-"))
        if rng.random() < 0.6:
            out.append(f"https://www.linkedin.com/in/{slug}-{self.w.hexid(rng.choice([4, 6, 8]))}")
        if dept in ("Engineering", "Data") and rng.random() < 0.4:
            out.append(f"https://github.com/{slug.replace('-', '')}{rng.randrange(100) if rng.random() < 0.4 else ''}")
        return ";".join(out)

    def honest_phone_type(self, p, tokens):
        r = self.rng.random()
        if r < 0.035:
            tokens.append("voip")
            return "voip"
        if r < 0.06 and p["country"] in ("US", "CA", "GB", "DE"):
            return "landline"
        return "mobile"

    def employee(self, p, extra=(), old=False, rehired=False, pair=None, kind="employee", vendor=None):
        """An honest employee (or, with kind='contractor', a contractor) and everything they generate."""
        w, rng = self.w, self.rng
        tokens = list(extra)
        c = p["country"]
        dept = p.get("dept") or self.dept()
        p["dept"] = dept
        title = rng.choice(JOB_TITLES[dept])
        offices = OFFICES.get(c, [])
        mode = rng.choices(["office", "hybrid", "remote"], weights=[20, 45, 35])[0] if offices else "remote"
        if vendor:
            mode = "remote" if rng.random() < 0.6 else mode
        if pair and pair.get("mode"):
            mode = pair["mode"] if rng.random() < 0.7 else mode
        office = rng.choice(offices)[0] if offices else None
        sid = self.new_id(kind)
        if old:
            created = rdate(rng, datetime(2014, 1, 1, tzinfo=UTC), datetime(2023, 1, 1, tzinfo=UTC))
            term = rdate(rng, created + timedelta(days=200), datetime(2026, 10, 15, tzinfo=UTC)) if rng.random() < 0.9 else None
        elif rehired:
            created = rdate(rng, datetime(2024, 1, 1, tzinfo=UTC), datetime(2026, 11, 1, tzinfo=UTC))
            term = None
        else:
            created = rdate(rng, datetime(2012, 1, 1, tzinfo=UTC) if kind == "employee" else datetime(2022, 1, 1, tzinfo=UTC),
                            datetime(2026, 11, 20, tzinfo=UTC))
            term = None
            if rng.random() < 0.05:
                term = rdate(rng, max(created, T0) + timedelta(days=1), T_END)
        if old and term is None:
            term = datetime(2023, 6, 1, tzinfo=UTC)
        status = "terminated" if term else "active"
        # the kind tokens
        if kind == "contractor":
            tokens.append("honest_vendor_contractor" if vendor else "honest_direct_contractor")
        if p.get("expat_from"):
            tokens.append("honest_expat")
        if dept == "IT":
            tokens.append("honest_it_admin")
        tokens.append({"remote": "honest_remote", "hybrid": "honest_hybrid", "office": "honest_office"}[mode])
        ptype = self.honest_phone_type(p, tokens)
        emp_email_dom = vendor["domain"] if vendor and rng.random() < 0.5 else CORP_DOMAIN
        if kind == "contractor" and emp_email_dom == CORP_DOMAIN:
            email = w.work_email(p, CORP_DOMAIN, ".ext")
        elif kind == "contractor" and not vendor and rng.random() < 0.5:
            email = p["personal_email"]
        else:
            email = w.work_email(p, emp_email_dom)
        address = p["home"]["addr"]
        if vendor and rng.random() < 0.6:
            address = vendor["addr"]
            tokens.append("vendor_address")
        rec_phone, rec_type = p["phone"], ptype
        if pair and pair.get("rec_phone") and rng.random() < 0.35:
            rec_phone, rec_type = pair["rec_phone"], "mobile"
            tokens.append("shared_recovery")
        if vendor and rng.random() < 0.12:
            rec_phone, rec_type = vendor["coord_phone"], "landline"
            tokens.append("shared_recovery")
        ref = ""
        if self.employees and rng.random() < 0.22 and not old:
            ref = rng.choice(self.employees[-400:])["id"]
            tokens.append("referral")
        row = {"id": sid, "kind": kind, "full_name": p["name"], "email": email, "phone": p["phone"],
               "phone_line_type": self.line_type(tokens, ptype), "address": address, "country": c,
               "birth_date": p["birth"] if rng.random() < (0.92 if kind == "employee" else 0.6) else "",
               "national_id": w.nid_hash(p["nid"]) if rng.random() < (0.95 if kind == "employee" else 0.45 if not vendor else 0.25) else "",
               "photo": self.photo_for(p, tokens, 0.75 if kind == "employee" else 0.45, office if mode != "remote" else None),
               "resume": self.resume_for(p, tokens, 0.35 if kind == "employee" else 0.7, dept, title, vendor["name"] if vendor else None),
               "profiles": self.profiles(p, dept), "employer": vendor["name"] if vendor else COMPANY,
               "created_at": ts(created), "recovery_email": p["personal_email"] if rng.random() < 0.85 else "",
               "recovery_phone": rec_phone if rng.random() < 0.7 else "", "signup_ip": "",
               "department": dept, "job_title": title, "office": office if mode != "remote" else "", "work_mode": mode,
               "status": status, "terminated_at": ts(term) if term else "", "vendor": vendor["name"] if vendor else "",
               "referred_by": ref, "source": "referral" if ref else rng.choice(["job_board", "linkedin", "agency", "careers_site", "university"])}
        row["recovery_phone_line_type"] = self.line_type(tokens, rec_type) if row["recovery_phone"] else ""
        if row["photo"] and rehired:
            tokens.append("same_photo_rehire")
        w.add_subject(row, 0, tokens)
        if kind == "employee" and not old:
            self.employees.append(row)
        p.setdefault("rows", []).append(row)
        self.activity(p, row, tokens, mode, office, dept, created, term, vendor, pair)
        return row

    def contractor(self, p, vendor):
        return self.employee(p, kind="contractor", vendor=vendor)

    def activity(self, p, row, tokens, mode, office, dept, created, term, vendor, pair):
        w, rng = self.w, self.rng
        start = max(created, T0)
        end = term or T_END
        if end <= T0:
            if mode == "remote" and rng.random() < 0.5:
                asset = "MER-LT-%06d" % rng.randrange(10 ** 6)
                w.shipments.append([row["id"], ts(created + timedelta(days=rng.randrange(-7, 0))), asset, p["home"]["addr"]])
                self.leavers.append(asset)
            return
        c = p["country"]
        off = cinfo(c)[2]
        hours = (8, 18.5)
        # follow-the-sun / night shift
        if dept == "Customer Support" and c in ("PH", "IN") and rng.random() < 0.45:
            hours = (19, 29)  # US business hours from Manila / Bengaluru
            tokens.append("honest_night_shift")
            tokens.append("follow_the_sun")
        elif dept in ("Security", "IT", "Operations") and rng.random() < 0.08:
            hours = (21, 31)
            tokens.append("honest_night_shift")
        os_ = rng.choices(["win", "mac", "linux"], weights=[60, 33, 7 if dept in ("Engineering", "Data") else 1])[0]
        dev = "dev-" + w.hexid(16)
        ua = UA[os_] if rng.random() < 0.8 else (UA["win_edge"] if os_ == "win" else UA["mac_safari"] if os_ == "mac" else UA["linux"])
        ctxs = self.base_ctxs(p, mode, office)
        devices = [(10, dev, ua)]
        managed = True
        if vendor and rng.random() < 0.5:   # vendor VDI: sign-ins come from the vendor's egress
            managed = False
            vdi = "vdi-" + w.hexid(16)
            devices = [(10, vdi, UA["citrix"])]
            ctxs = [(8, ctx(w, "vendor", vendor["net"], vendor["egress"], city=vendor["city"])),
                    (1, ctxs[-1][1])]
            tokens.append("vendor_vdi_egress")
        # coworking
        cw_mac = None
        if mode == "remote" and rng.random() < 0.15:
            cx, cw_mac = self.cowork_ctx(p)
            ctxs.append((2, cx))
            tokens.append("coworking")
        # personal VPN (streaming, home-country content, privacy)
        heritage = p["culture"] in HERITAGE_HOME and HERITAGE_HOME[p["culture"]] != c
        vpn_p = 0.03 + (0.25 if p.get("expat_from") else 0) + (0.12 if heritage else 0)
        if rng.random() < vpn_p:
            prov = rng.choice(["NordVPN", "ExpressVPN", "Surfshark", "Mullvad"])
            home_c = p.get("expat_from") or HERITAGE_HOME.get(p["culture"]) or rng.choice(["US", "GB", "NL", "DE"])
            exits = [e for e in w.vpn_exits[prov] if e[0] == home_c] or w.vpn_exits[prov][:3]
            e = rng.choice(exits)
            ctxs.append((1.2, ctx(w, "vpn", e[2], [x[1] for x in exits], proxy=True)))
            tokens.append("vpn_home")
        trip = None
        if heritage:
            tokens.append("heritage_" + p["culture"])
        trav_p = 0.1 + (0.15 if heritage or p.get("expat_from") else 0)
        if rng.random() < trav_p and end - start > timedelta(days=20):
            dest = (HERITAGE_HOME.get(p["culture"]) if heritage and rng.random() < 0.6 else
                    p.get("expat_from") if p.get("expat_from") and rng.random() < 0.6 else
                    rng.choice(list(COUNTRIES) + ["TH", "HK", "VN"]))
            ts0 = rdate(rng, start, end - timedelta(days=15))
            dc = rng.choice(cinfo(dest)[1])
            hotel = w.net(f"hotel:{dest}", cinfo(dest)[6][0][0], cinfo(dest)[6][0][1], dest, "residential", dc)
            tctx = [ctx(w, "travel", hotel, w.ip(hotel), city=dc), ctx(w, "travel", w.nets[f"mob:{dest}"], None, city=dc, device=p["phone_dev"]),
                    ctxs[-1][1] if ctxs[-1][1]["kind"] == "vpn" else ctx(w, "corpvpn", w.vpn_gw[0][2], w.vpn_gw[0][1])]
            trip = {"start": ts0, "end": ts0 + timedelta(days=rng.randrange(5, 15)), "ctx": tctx}
            tokens.append("traveler")
        # relocation in progress: address already new country, logins still from the old
        if p.get("expat_from") and rng.random() < 0.3:
            oc = p["expat_from"]
            oh = w.household(oc, rng.choice(cinfo(oc)[1]))
            ctxs.append((4, ctx(w, "home_old", oh["net"], oh["ip"], city=oh["city"])))
            tokens.append("relocated")
        # hotdesk
        hot = None
        if office and mode != "remote" and dept in ("Customer Support", "Operations", "Sales") and rng.random() < 0.4:
            hot = rng.choice(self.hotdesks[office])
            ctxs = [(cw_, dict(cx_, device=(hot[0], UA["win"])) if cx_["kind"] == "office" else cx_) for cw_, cx_ in ctxs]
            tokens.append("honest_hotdesk")
        n = max(3, int(rng.gauss(26, 8)))
        n = int(n * (end - start).total_seconds() / (T_END - T0).total_seconds()) + 2
        emit_logins(w, row["id"], {"start": start, "end": end, "n": n, "offset": off, "hours": hours, "ctx": ctxs,
                                    "devices": devices + [(1.5, p["phone_dev"][0], p["phone_dev"][1])], "trip": trip,
                                    "weekend": 0.08 if "honest_night_shift" not in tokens else 0.3})
        # the managed laptop
        if managed:
            extra_kb = SECOND_KB.get(p["culture"]) if (heritage or p.get("expat_from")) and rng.random() < 0.5 else None
            spec = endpoint_spec(w, os_, dept, p["zone"], p["kb"], p["home"], extra_kb,
                                 self.office_gw.get(office) if mode != "remote" else None, "MERIDIAN-CORP")
            if cw_mac:
                spec["gateway_mac"].append(cw_mac)
                spec["network"].append("WeWork")
            if heritage and rng.random() < 0.4:
                spec["process"].append(HERITAGE_APP[p["culture"]])
            if "vpn_home" in tokens and rng.random() < 0.6:
                spec["process"].append("NordVPN.exe" if os_ == "win" else "NordVPN")
            if dept == "IT":
                if rng.random() < 0.55:
                    spec["process_must"] += rng.sample(IT_PROC[os_], 2)
                    tokens.append("remote_tools")
                if rng.random() < 0.4:
                    spec["remote_session"] = [(rng.choice(["jump01.meridian.internal", "10.%d.%d.%d" % (rng.randrange(256), rng.randrange(256), rng.randrange(1, 255))]),
                                               lambda s: s - timedelta(hours=rng.randrange(1, 9)))]
                    spec["listening_port"] = spec["listening_port"] + ["22/tcp"]
                if office and rng.random() < 0.25:
                    spec["usb"].append(rng.choice(LAB_KVM))
                    tokens.append("lab_kvm")
            elif rng.random() < 0.025:
                spec["process"].append(rng.choice(["AnyDesk.exe", "TeamViewer.exe", "remoting_host.exe"]) if os_ == "win" else "TeamViewer")
                tokens.append("remote_tools")
            if dept == "Engineering" and rng.random() < 0.004:
                spec["usb"].append(IP_KVM[0])
                tokens.append("homelab_kvm")
            if dept == "Engineering" and rng.random() < 0.01:
                spec["usb"].append(IP_KVM[3])   # HDMI capture dongle for demos/streaming
                tokens.append("capture_dongle")
            if "honest_night_shift" in tokens and rng.random() < 0.3:
                spec["listening_port"].append("3389/tcp")
            emit_endpoint(w, row["id"], dev, spec, start, end)
            # laptop shipment (remote people; reassigned re-imaged laptops)
            if mode == "remote" or rng.random() < 0.1:
                asset = "MER-%s-%06d" % (rng.choice(["LT", "NB"]), rng.randrange(10 ** 6))
                if self.leavers and rng.random() < 0.15:
                    prev = self.leavers.pop(rng.randrange(len(self.leavers)))
                    asset = prev
                    tokens.append("reimaged_laptop")
                ship_to = p["home"]["addr"] if not (vendor and rng.random() < 0.5) else vendor["addr"]
                shipped = created - timedelta(days=rng.randrange(1, 7), hours=rng.randrange(24)) if created > datetime(2022, 9, 1, tzinfo=UTC) \
                    else rdate(rng, datetime(2022, 9, 1, tzinfo=UTC), datetime(2026, 8, 1, tzinfo=UTC))   # last refresh
                w.shipments.append([row["id"], ts(shipped), asset, ship_to])
                if rng.random() < 0.08:  # refresh
                    w.shipments.append([row["id"], ts(rdate(rng, T0 - timedelta(days=300), T_END)), "MER-LT-%06d" % rng.randrange(10 ** 6), ship_to])
                if row["status"] == "terminated":
                    self.leavers.append(asset)
        # hotdesk telemetry
        if hot:
            hspec = endpoint_spec(w, "win", dept, p["zone"], p["kb"], None, None, self.office_gw[office], "MERIDIAN-CORP")
            hspec["system"] = [f"OptiPlex 7010 MER-HD-{hot[0][-5:].upper()}"]
            emit_endpoint(w, row["id"], hot[0], hspec, start, end, nsnap=1)
        # pay
        if row["kind"] == "employee":
            cur = cinfo(c)[5]
            amt = SALARY.get(cur, 5000) * rng.uniform(0.5, 2.2)
            dest = p.get("joint_acct") or self.bank_dest(c)
            p["acct"] = dest
            emit_pay(w, row["id"], ("bank", dest, cur, amt / (2 if c == "US" else 1), "biweekly" if c == "US" else "monthly"), start, end)
        elif vendor:
            emit_pay(w, row["id"], ("bank", vendor["acct"], vendor["cur"], SALARY.get(vendor["cur"], 5000) * rng.uniform(0.8, 2.5), "monthly"), start, end)
            tokens.append("vendor_payroll")
        else:
            cur = "USD" if c not in ("GB", "DE", "FR", "NL", "ES", "PT", "IE") else "EUR"
            if rng.random() < 0.45:
                dest = rng.choice(["payoneer:", "wise:"]) + p["personal_email"]
                emit_pay(w, row["id"], ("wallet", dest, cur, 6000 * rng.uniform(0.4, 1.6), "monthly"), start, end)
            else:
                emit_pay(w, row["id"], ("bank", self.bank_dest(c), cinfo(c)[5], SALARY.get(cinfo(c)[5], 5000) * rng.uniform(0.8, 2), "monthly"), start, end)

    def pair(self, cat):
        """Two honest people sharing a home: spouses both employed, a parent and child, roommates."""
        w, rng = self.w, self.rng
        a = self.new_person(age=rng.randrange(24, 60) if cat != "roommate" else rng.randrange(22, 34))
        if cat == "spouse":
            cult = a["culture"] if rng.random() < 0.75 else None
            b = self.new_person(c=a["country"], age=rng.randrange(24, 60))
            if cult:
                b2 = w.person(a["country"], culture=cult, city=a["city"])
                b.update({k: b2[k] for k in ("first", "culture", "personal_email")})
                b["last"] = a["last"] if rng.random() < 0.6 else b2["last"]
                b["name"] = f"{b['first']} {b['last']}"
        elif cat == "family":
            b = self.new_person(c=a["country"], age=rng.randrange(19, 24))
            b["last"], b["culture"] = a["last"], a["culture"]
            b["name"] = f"{b['first']} {b['last']}"
        else:
            b = self.new_person(c=a["country"])
        b["home"] = a["home"]
        b["city"] = a["city"]
        tok = {"spouse": "honest_spouse", "family": "honest_family", "roommate": "honest_roommate"}[cat]
        if cat == "spouse" and rng.random() < 0.4:
            a["joint_acct"] = b["joint_acct"] = self.bank_dest(a["country"])
        extra_a, extra_b = [tok, "shared_home"], [tok, "shared_home"]
        if a.get("joint_acct"):
            extra_a.append("joint_account")
            extra_b.append("joint_account")
        pa = {"rec_phone": b["phone"] if cat != "roommate" else None, "mode": None}
        ra = self.employee(a, extra=extra_a, pair=pa)
        pb = {"rec_phone": a["phone"] if cat != "roommate" else None, "mode": ra["work_mode"]}
        if cat == "family" and rng.random() < 0.5:
            self.applicant(b, extra_b)   # the kid applied for an internship
        else:
            self.employee(b, extra=extra_b, pair=pb, kind="employee" if rng.random() < 0.8 else "contractor",
                          vendor=None)
        # both laptops shipped to the same address already; same home IP / gateway via shared household

    def applicant(self, p, extra, when=None, reuse=False):
        w, rng = self.w, self.rng
        tokens = ["honest_applicant"] + list(extra)
        dept = p.get("dept") or self.dept()
        p["dept"] = dept
        title = rng.choice(JOB_TITLES[dept])
        a, b = when or (datetime(2026, 3, 1, tzinfo=UTC), datetime(2026, 11, 28, tzinfo=UTC))
        created = rdate(rng, a, b)
        ptype = self.honest_phone_type(p, tokens)
        sip = ""
        if rng.random() < 0.8:
            r = rng.random()
            if r < 0.07 and int(p["birth"][:4]) > 1999:
                key = f"campus:{p['country']}:{p['city'][0]}"
                n = w.net(key, 64500 + len(w.nets) % 1000, f"{p['city'][0]} University Network", p["country"], "campus", p["city"])
                sip = "%d.%d.%d.%d" % (n.a, n.b, 10, rng.randrange(1, 6))
                tokens.append("campus_ip")
            elif r < 0.75:
                sip = p["home"]["ip"]
            else:
                sip = w.ip(w.nets[f"mob:{p['country']}"])
        row = {"id": self.new_id("applicant"), "kind": "applicant", "full_name": p["name"],
               "email": p["personal_email"], "phone": p["phone"], "phone_line_type": self.line_type(tokens, ptype),
               "address": p["home"]["addr"] if rng.random() < 0.6 else f"{p['city'][0]}, {p['country']}",
               "country": p["country"], "birth_date": p["birth"] if rng.random() < 0.15 else "",
               "national_id": w.nid_hash(p["nid"]) if rng.random() < 0.04 else "",
               "photo": self.photo_for(p, tokens, 0.3), "resume": self.resume_for(p, tokens, 0.9, dept, title),
               "profiles": self.profiles(p, dept), "employer": COMPANY, "created_at": ts(created),
               "recovery_email": "", "recovery_phone": "", "recovery_phone_line_type": "", "signup_ip": sip,
               "department": dept, "job_title": title, "office": "", "work_mode": "", "status": "applied",
               "terminated_at": "", "vendor": "", "referred_by": "", "source": rng.choice(["job_board", "linkedin", "careers_site", "agency", "university"])}
        if self.employees and rng.random() < 0.12:
            row["referred_by"] = rng.choice(self.employees[-500:])["id"]
            row["source"] = "referral"
            tokens.append("referral")
        if p.get("expat_from"):
            tokens.append("honest_expat")
        if p["culture"] in HERITAGE_HOME and HERITAGE_HOME[p["culture"]] != p["country"]:
            tokens.append("heritage_" + p["culture"])
        w.add_subject(row, 0, tokens)
        p.setdefault("rows", []).append(row)
        return row

    def account(self):
        """Service, shared-mailbox and kiosk accounts (kind account)."""
        w, rng = self.w, self.rng
        name = rng.choice(["svc-jenkins", "svc-backup", "kiosk-lobby", "shared-support", "svc-sftp", "scanner-floor2",
                           "svc-monitoring", "conference-room", "svc-etl", "shared-payroll"])
        sid = self.new_id("account")
        c = rng.choice(["US", "US", "GB", "IN", "DE"])
        row = {"id": sid, "kind": "account", "full_name": name, "email": f"{name}-{sid[-4:]}@{CORP_DOMAIN}", "phone": "",
               "address": "", "country": c, "employer": COMPANY, "created_at": ts(rdate(rng, datetime(2016, 1, 1, tzinfo=UTC), datetime(2026, 6, 1, tzinfo=UTC))),
               "recovery_email": f"it-helpdesk@{CORP_DOMAIN}", "recovery_phone": "+15124780142",
               "recovery_phone_line_type": "fixedVoip", "signup_ip": "", "department": "IT", "status": "active"}
        tokens = ["honest_service_account", "shared_recovery"]
        w.add_subject(row, 0, tokens)
        aws = w.nets["host:AWS:US"]
        ips = [w.ip(aws) for _ in range(3)]
        off = rng.choice([o for o in self.office_ips if o in ("NYC", "AUS", "LON", "BLR", "BER")] or list(self.office_ips))
        ctxs = [(5, ctx(w, "cloud", aws, ips, proxy=False)), (3, ctx(w, "office", w.nets[f"office:{off}"], self.office_ips[off]))]
        emit_logins(w, sid, {"start": T0, "end": T_END, "n": rng.randrange(20, 60), "offset": 0, "hours": (0, 24), "ctx": ctxs,
                             "devices": [(1, "", "python-requests/2.32.3"), (1, "", "Apache-HttpClient/4.5.14 (Java/17.0.9)")],
                             "weekend": 1.0})


def populate(w):
    from .fraud import Fraud
    pop = Pop(w)
    fr = Fraud(pop)
    nf = fr.plan()
    pop.honest(w.n - nf)
    fr.run()
    fr.fake_recruiters()
    # primary kind first
    for r in w.subjects:
        t = r["_tokens"]
        if r["_fraud"] == 0:
            prim = next((k for k in HONEST_PRIMARY if k in t), "honest_office")
            rest = []
            for x in t:
                if x != prim and x not in rest:
                    rest.append(x)
            r["_tokens"] = [prim] + rest
        else:
            rest = []
            for x in t[1:]:
                if x != t[0] and x not in rest:
                    rest.append(x)
            r["_tokens"] = [t[0]] + rest
    w.rng.shuffle(w.subjects)
    w.logins.sort(key=lambda x: x[1])
    w.endpoint.sort(key=lambda x: (x[1], x[2]))
    w.payments.sort(key=lambda x: x[1])
    w.shipments.sort(key=lambda x: x[1])
    w.rng.shuffle(w.domains)
