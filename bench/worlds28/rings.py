"""Fraud: DPRK IT-worker operator teams, their personas, laptop farms, mules, rented and stolen identities,
careful and split rings, a front staffing vendor and fake-recruiter fronts."""
import datetime as dt

from . import data as D
from . import media as M
from .infra import Net, T0, T1, UTC, h
from .people import PAY, bank_dest, crypto_dest, make, nid, person

VOIP_TYPES = ["voip", "nonFixedVoip", "nonFixedVoip", "VOIP"]


class Team:
    def __init__(self, w, i):
        r = w.rng
        self.w, self.i = w, i
        self.base = r.choices(D.BASES, weights=[5, 4, 3, 3, 1, 1])[0]
        city, cc, zname, lat, lon, isp = self.base
        self.base_net = Net(w, "RESIDENTIAL", isp[0], isp[1], isp[2], cc, city, lat, lon, [w.ip(("base", isp[0])) for _ in range(3)])
        self.exit_svc = "ASTRILL_VPN" if r.random() < 0.7 else r.choice(["EXPRESS_VPN", "NORD_VPN", "SURFSHARK"])
        self.exit = w.vpn_net(self.exit_svc, "US")
        self.vps = [w.vps_net("US") for _ in range(r.randint(1, 2))]
        isp = r.choice(D.ISPS["US"])
        pl = w.place("US")
        self.proxy = Net(w, "RESIDENTIAL", isp[0], isp[1], isp[2], "US", pl[0], pl[3], pl[4], [w.ip(isp[0]) for _ in range(8)],
                         proxy=True, recog=0.05, sticky=False)
        self.clock = "us" if r.random() < 0.7 else "asia"
        self.spoof_tz = r.random() < 0.5
        self.kb = r.choice(["en-US", "en-US", "en-US", "ko-KR", "zh-CN"])
        self.claim_cities = r.sample(D.US_CITIES, 4)
        self.machines = [self.machine() for _ in range(r.randint(3, 8))]
        self.mailboxes = [w.handle_email(r.choice(["gmail.com", "outlook.com", "proton.me"])) for _ in range(r.randint(2, 4))]
        self.voip = [w.phone("US") for _ in range(r.randint(3, 6))]
        self.wallets = [r.choice(["payoneer:", "wise:", "paypal:"]) + mb for mb in self.mailboxes[:2]] + [crypto_dest(w)]
        self.faces = [M.face_params(r) for _ in range(r.randint(2, 3))]
        self.resume = M.fraud_template(r)
        self.portfolio = f"https://{r.choice(['alex', 'devon', 'jordan', 'taylor', 'morgan'])}{r.choice(['tech', 'support', 'it', 'cx'])}{r.randint(1, 99)}.{r.choice(['netlify.app', 'github.io', 'vercel.app'])}"

    def machine(self, spoof=None):
        w, r = self.w, self.w.rng
        spoof = self.spoof_tz if spoof is None else spoof
        tz = r.choice(self.claim_cities)[2] if spoof else self.base[2]
        d = w.device("byod", tz, self.kb, system=r.choice(["Custom desktop (B550M)", "Lenovo Legion 5", "ASUS TUF Gaming F15", "Dell Inspiron 15 3520"]))
        w.kit(d, role="vdi", extra_procs=[D.VPN_PROCS.get(self.exit_svc, "astrill.exe")] + r.sample(D.ROGUE_REMOTE[:3], r.randint(0, 2))
              + (["KakaoTalk.exe"] if r.random() < 0.2 else []) + (["WeChat.exe"] if r.random() < 0.2 else []))
        d.gw, d.net_name = None, None
        return d


class Fraud:
    def __init__(self, w, honest):
        self.w, self.H = w, honest
        self.teams = []
        self.victims_used = set()
        self.farms = []

    def team(self):
        t = Team(self.w, len(self.teams) + 1)
        self.teams.append(t)
        return t

    def victim(self):
        w, r = self.w, self.w.rng
        for _ in range(200):
            v = r.choice(self.H.us_people)
            if v["_k"] not in self.victims_used and w.truth[v["_k"]][0] == 0 and v.get("shiftline_status") != "terminated":
                self.victims_used.add(v["_k"])
                toks = w.truth[v["_k"]][1]
                toks.insert(0, "identity_theft_victim")
                return v
        return None

    # ------------------------------------------------------------ the persona
    def persona(self, tm, primary, shares=(), share_p=0.8, stolen=False, kind=None, employer=None, claimed_addr=None,
                quiet=False, created=None, extra_tokens=()):
        w, r = self.w, self.w.rng
        toks = [primary] + list(extra_tokens)
        if tm:
            toks.append(f"team_{tm.i}")
        v = self.victim() if stolen else None
        if v:
            p = dict(v["_p"])
            p["email"] = w.email(p["name"], "US")
            toks.append("stolen_identity")
        else:
            city = r.choice(tm.claim_cities) if tm else r.choice(D.US_CITIES)
            p = person(w, "US", w.place("US", city[0]), dob=w.birth(1984, 1999))
            p["addr"]["unit"] = p["addr"]["unit"] or str(r.randint(1, 30))
        kind = kind or r.choices(["contractor", "employee", "applicant"], weights=[55, 25, 20])[0]
        emp, prog = (employer, f"{employer} - {r.choice(D.PROGRAM_LINES[3:])}") if employer else (r.choice(D.CLIENTS)[0], None)
        prog = prog or f"{emp} - {r.choice(['Tech Support Tier 2', 'IT Service Desk', 'Chat & Email', 'Back-office Data Entry', 'Billing Support'])}"
        created = created or w.created("2023-06-01")
        addr_style = r.choice([0, 0, 1, 3]) if not v else r.choice([1, 2, 3, 4])
        s = make(w, 1, toks, p, kind, emp, created, addr_style, shiftline_program=prog, shiftline_work_mode="home",
                 shiftline_role="agent", shiftline_status="applied" if kind == "applicant" else "")
        if claimed_addr:
            s["address"] = claimed_addr
        sh = lambda k: k in shares and r.random() < share_p
        # contact number: the team's VOIP line or a fresh VOIP number
        if sh("phone") and tm:
            s["phone"], s["phone_line_type"] = w.reformat(r.choice(tm.voip)[1], "US"), r.choice(VOIP_TYPES)
            w.tok(s, "shared_phone", "voip_contact")
        elif not quiet or r.random() < 0.5:
            ph, _ = w.phone("US")
            s["phone"], s["phone_line_type"] = ph, r.choice(VOIP_TYPES)
            w.tok(s, "voip_contact")
        if sh("recovery_email") and tm:
            s["recovery_email"] = r.choice(tm.mailboxes)
            w.tok(s, "shared_recovery_email")
        elif r.random() < 0.6:
            s["recovery_email"] = w.handle_email(r.choice(["gmail.com", "outlook.com", "proton.me"]))
        if sh("recovery_phone") and tm:
            s["recovery_phone"], s["recovery_phone_line_type"] = r.choice(tm.voip)[0], r.choice(VOIP_TYPES)
            w.tok(s, "shared_recovery_phone")
        # photo
        if sh("face") and tm:
            raw = M.encode(M.ai_edit(r.choice(tm.faces), r), "JPEG")
            s["photo"] = M.photo_path(w, raw, "jpg")
            w.tok(s, "shared_face", "ai_generated_avatar")
        elif r.random() < 0.6:
            if v and v["photo"] and not v["photo"].startswith("photos/default") and r.random() < 0.5:
                s["photo"] = v["photo"] if r.random() < 0.5 else M.photo_path(
                    w, M.encode(M.recrop(M.render_face(v["_face"]), r), "JPEG"), "jpg") if v.get("_face") else v["photo"]
                w.tok(s, "copied_photo")
            else:
                s["photo"], _ = M.new_photo(w, r, fmt="JPEG")
                w.tok(s, "ai_generated_avatar")
        # resume
        if sh("resume") and tm:
            s["resume"] = M.fraud_resume(r, tm.resume, p["name"], s["email"], s["phone"], p["pl"][0])
            w.tok(s, "shared_resume")
        elif r.random() < 0.8:
            s["resume"] = M.fraud_resume(r, M.fraud_template(r), p["name"], s["email"], s["phone"], p["pl"][0])
        if tm and (sh("portfolio") or (not quiet and r.random() < 0.3)):
            s["profiles"] = tm.portfolio + f";https://www.linkedin.com/in/{p['name'].lower().replace(' ', '-')}-{r.randint(100, 999)}"
            if "portfolio" in shares:
                w.tok(s, "shared_portfolio")
        elif r.random() < 0.5:
            s["profiles"] = f"https://www.linkedin.com/in/{p['name'].lower().replace(' ', '-')}-{h(p['name'], n=6)}"
        # where it signs in from
        if tm and sh("vps"):
            vps = r.choice(tm.vps)
            s["signup_ip"] = vps.ips[0]
            s["_paths"].append((2, vps, None))
            w.tok(s, "shared_vps_ip")
        if tm and sh("device"):
            dev = r.choice(tm.machines)
            w.tok(s, "shared_device")
        elif tm and not quiet:
            dev = tm.machine()
        else:
            dev = tm.machine(spoof=True) if tm else w.kit(w.device("byod", p["pl"][2], "en-US"), role="vdi")
        if tm and (tm.spoof_tz or quiet):
            w.tok(s, "tz_spoofed")
        s["_devs"].append(dev)
        if quiet:
            svc = r.choice(["EXPRESS_VPN", "NORD_VPN", "SURFSHARK", "PROTON_VPN"])
            own = w.vpn_net(svc, "US", r.choice(D.US_CITIES)[0])
            isp = r.choice(D.ISPS["US"])
            pl = p["pl"]
            prox = Net(w, "RESIDENTIAL", isp[0], isp[1], isp[2], "US", pl[0], pl[3], pl[4], [w.ip(isp[0])], proxy=True, recog=0.0)
            s["_paths"] += [(5, own, dev), (6, prox, dev)]
            w.tok(s, "residential_proxy")
        else:
            s["_paths"].append((8, tm.exit, dev))
            s["_paths"].append((3, tm.proxy, dev))
            w.tok(s, "vpn_" + tm.exit_svc.lower(), "residential_proxy")
            if r.random() < 0.3:
                s["_paths"].append((0.5, tm.base_net, dev))
                w.tok(s, "origin_slip")
        if not s["signup_ip"]:
            s["signup_ip"] = s["_paths"][0][1].pick(r) if s["_paths"][0][1] else ""
        # the clock
        if tm and tm.clock == "asia" and not quiet:
            s["_tz"], s["_shift"] = tm.base[2], (r.choice([8, 9, 10]), 3)
            w.tok(s, "asia_hours")
        else:
            s["_tz"], s["_shift"] = p["pl"][2], (r.choice([8, 9, 10, 12]), 2)
            w.tok(s, "us_hours_from_asia")
        s["_nlog"] = r.randint(2, 4) if kind == "applicant" else r.randint(8, 20)
        # payouts
        if kind != "applicant":
            if tm and sh("wallet"):
                dest = r.choice(tm.wallets)
                m = "crypto" if dest.startswith("usd") else "wallet"
                s["_pay"].append((m, dest, 1100, "USD", 14))
                w.tok(s, "shared_wallet")
            else:
                s["_pay"].append(("wallet", r.choice(["payoneer:", "wise:"]) + (s["recovery_email"] or s["email"]), 1100, "USD", 14))
            s["shiftline_pay_method"] = s["_pay"][0][1].split(":")[0]
        return s

    # ------------------------------------------------------------ schemes
    def persona_rings(self, n):
        w, r = self.w, self.w.rng
        made = 0
        while made < n:
            tm = r.choice(self.teams)
            size = min(r.randint(3, 9), n - made) if n - made >= 3 else n - made
            shares = r.sample(["recovery_email", "recovery_phone", "phone", "wallet", "device", "face", "resume", "vps", "portfolio"], r.randint(2, 4))
            burst = w.created("2023-09-01")
            for _ in range(size):
                s = self.persona(tm, "persona_ring", shares, stolen=r.random() < 0.2,
                                 created=(burst + dt.timedelta(days=r.uniform(0, 20))).replace(microsecond=0),
                                 extra_tokens=[f"ring_size_{size}"])
                made += 1

    def farm(self, n_personas):
        w, r = self.w, self.w.rng
        tm = r.choice(self.teams)
        city = r.choice(D.US_CITIES)
        fp = person(w, "US", w.place("US", city[0]), dob=w.birth(1965, 1990))
        fp["addr"]["unit"] = fp["addr"]["unit"] or str(r.randint(1, 20))
        home = w.home_net("US", fp["pl"], n_ips=2)
        fi = len(self.farms) + 1
        fac = make(w, 1, ["facilitator", f"farm_{fi}"], fp, "employee", r.choice(D.CLIENTS)[0], w.created("2022-01-01"),
                   shiftline_work_mode="home", shiftline_role="agent")
        fdev = w.kit(w.device("corp", fp["pl"][2], "en-US"))
        fdev.gw, fdev.net_name = home.gateway, r.choice(["NETGEAR47", "ATT-WIFI-8C2A", "Xfinity-Home"])
        fac["_devs"].append(fdev)
        fac["_paths"].append((10, home, fdev))
        fac["_nlog"] = r.randint(6, 12)
        fac["_shift"] = (r.choice([8, 9, 10]), 2)
        fbank = bank_dest(w, "US")
        fac["_pay"].append(("bank", fbank, 1250, "USD", 14))
        fac["shiftline_pay_method"] = "direct_deposit"
        w.ship(fac["_k"], fac["created_at"] + dt.timedelta(days=5), fdev.serial, fac["address"], "laptop", fdev.id)
        self.farms.append((fac, home))
        for j in range(n_personas):
            stolen = r.random() < 0.5
            farm_addr = w.render(fp["addr"], r.choice([0, 1, 2, 3, 4]))
            if r.random() < 0.2:
                farm_addr = "c/o " + fp["name"].split()[0] + " " + fp["name"].split()[-1] + ", " + farm_addr
            s = self.persona(tm, "farm", r.sample(["recovery_email", "wallet", "face", "resume", "phone"], r.randint(1, 2)),
                             stolen=stolen, kind=r.choice(["employee", "contractor", "contractor"]),
                             claimed_addr=None if stolen and r.random() < 0.5 else farm_addr, extra_tokens=[f"farm_{fi}"])
            s["_tz"], s["_shift"] = fp["pl"][2], (r.choice([8, 9, 10]), 2)
            toks = w.truth[s["_k"]][1]
            for t in ("asia_hours",):
                if t in toks:
                    toks.remove(t)
            if "us_hours_from_asia" not in toks:
                toks.append("us_hours_from_asia")
            # the laptop sits at the farm
            lap = w.kit(w.device("corp", fp["pl"][2], "en-US"), extra_procs=r.sample(D.ROGUE_REMOTE, r.randint(1, 2)))
            lap.gw, lap.net_name = home.gateway, fdev.net_name
            if r.random() < 0.55:
                lap.usb.append(r.choice(D.IP_KVMS))
                w.tok(s, "ip_kvm")
            if r.random() < 0.5:
                lap.ports.append(r.choice(["3389/tcp", "5900/tcp", "7070/tcp", "21118/tcp"]))
            started = w.date_between(T0, T1 - dt.timedelta(days=3))
            lap.remote.append((r.choice(tm.exit.ips + [v.ips[0] for v in tm.vps]), started, r.uniform(20, 400)))
            s["_devs"] = [lap] + s["_devs"]
            s["_paths"] = [(12, home, lap)] + [(x[0] * 0.3, x[1], x[2]) for x in s["_paths"]]
            w.ship(s["_k"], s["created_at"] + dt.timedelta(days=r.randint(3, 12)), lap.serial, farm_addr, "laptop", lap.id)
            if r.random() < 0.3:
                w.ship(s["_k"], s["created_at"] + dt.timedelta(days=r.randint(3, 12)), "HS-" + w.rid("hs", 8).upper(), farm_addr, "headset")
            w.tok(s, "ship_to_farm", "remote_controlled")
            if s["kind"] == "applicant":
                s["kind"] = "contractor"
            if r.random() < 0.3:
                s["_pay"] = [("bank", fbank, 1250, "USD", 14)]
                s["shiftline_pay_method"] = "direct_deposit"
                w.tok(s, "paid_to_facilitator")
            elif not s["_pay"]:
                s["_pay"] = [("wallet", r.choice(tm.wallets), 1100, "USD", 14)]

    def careful_ring(self, size):
        w, r = self.w, self.w.rng
        tm = r.choice(self.teams)
        kind = r.choice(["recovery_email", "recovery_phone", "wallet", "device", "face", "resume", "address", "vps"])
        shared_addr = None
        if kind == "address":
            a = w.address("US", w.place("US"))
            a["unit"] = a["unit"] or str(r.randint(1, 30))
        for i in range(size):
            s = self.persona(tm, "careful_ring", [kind] if kind != "address" else [], share_p=1.0, quiet=True,
                             stolen=r.random() < 0.15, extra_tokens=[f"shares_only_{kind}"])
            if kind == "address":
                s["address"] = w.render(a, r.choice([0, 1, 2, 3]))

    def lone(self):
        w, r = self.w, self.w.rng
        tm = r.choice(self.teams)
        quiet = r.random() < 0.7
        s = self.persona(tm, "lone_persona", [], quiet=quiet, stolen=r.random() < 0.25, extra_tokens=["few_traits"])
        return s

    def split_ring(self, size):
        w, r = self.w, self.w.rng
        tm = r.choice(self.teams)
        across = r.choice(["device", "recovery_phone", "wallet", "face"])
        clients = r.sample(D.CLIENTS, r.randint(2, 4))
        groups = [[] for _ in clients]
        for i in range(size):
            groups[i % len(clients)].append(i)
        xval = {"device": r.choice(tm.machines), "recovery_phone": r.choice(tm.voip)[0], "wallet": r.choice(tm.wallets),
                "face": r.choice(tm.faces)}[across]
        for gi, g in enumerate(groups):
            gw = r.choice(tm.wallets[:2]) if across != "wallet" else None
            gvps = w.vps_net("US")
            for j, _ in enumerate(g):
                s = self.persona(tm, "split_ring", [], kind=r.choice(["contractor", "employee"]), employer=clients[gi][0],
                                 extra_tokens=[f"split_group_{gi + 1}"])
                s["signup_ip"] = gvps.ips[0]
                s["_paths"].append((3, gvps, s["_devs"][0]))
                if gw:
                    s["_pay"] = [("wallet", gw, 1100, "USD", 14)]
                if j == 0 or r.random() < 0.5:
                    if across == "device":
                        s["_devs"] = [xval]
                        s["_paths"] = [(w_, n_, xval if d_ is not None else None) for (w_, n_, d_) in s["_paths"]]
                    elif across == "recovery_phone":
                        s["recovery_phone"], s["recovery_phone_line_type"] = xval, "nonFixedVoip"
                    elif across == "wallet":
                        s["_pay"] = [("crypto" if xval.startswith("usd") else "wallet", xval, 1100, "USD", 14)]
                    else:
                        s["photo"] = M.photo_path(w, M.encode(M.ai_edit(xval, r), "JPEG"), "jpg")
                    w.tok(s, f"shares_across_clients_{across}")

    def mules(self, n_mules, n_paid):
        w, r = self.w, self.w.rng
        mules = []
        for _ in range(n_mules):
            p = person(w, "US")
            s = make(w, 1, ["mule", "pays_for_others"], p, "employee", r.choice(D.CLIENTS)[0], w.created("2022-06-01"),
                     shiftline_work_mode="home", shiftline_role="agent")
            home = w.home_net("US", p["pl"]) if r.random() < 0.8 else w.mobile_net("US", p["pl"])
            dev = w.kit(w.device("byod", p["pl"][2], "en-US"), role="vdi")
            dev.gw = home.gateway
            s["_devs"].append(dev)
            s["_paths"].append((10, home, dev))
            s["_nlog"] = r.randint(4, 10)
            dest = bank_dest(w, "US")
            s["_pay"].append(("bank", dest, 900, "USD", 14))
            s["shiftline_pay_method"] = "direct_deposit"
            mules.append((s, dest))
        for i in range(n_paid):
            tm = r.choice(self.teams)
            m, dest = mules[i % len(mules)]
            s = self.persona(tm, "mule_paid_persona", r.sample(["recovery_email", "face", "resume"], 1), share_p=0.5,
                             kind=r.choice(["contractor", "employee"]), extra_tokens=["paid_by_mule"])
            s["_pay"] = [("bank", dest, 1100, "USD", 14)]
            s["shiftline_pay_method"] = "direct_deposit"

    def rented(self, n):
        w, r = self.w, self.w.rng
        for _ in range(n):
            tm = r.choice(self.teams)
            p = person(w, "US")
            created = w.created("2023-03-01", "2025-06-01")
            s = make(w, 1, ["rented_identity", "operator_driven", f"team_{tm.i}"], p, r.choice(["employee", "contractor"]),
                     r.choice(D.CLIENTS)[0], created, shiftline_work_mode="home", shiftline_role="agent")
            home = w.home_net("US", p["pl"])
            own = w.kit(w.device("byod", p["pl"][2], "en-US"), role="vdi")
            own.gw = home.gateway
            s["signup_ip"] = home.pick(r)
            s["_devs"] = [own]
            s["_paths"] = [(1, home, own)]
            dev = r.choice(tm.machines) if r.random() < 0.5 else tm.machine()
            s["_devs"].append(dev)
            s["_paths"] += [(8, tm.exit, dev), (3, tm.proxy, dev)]
            s["_nlog"] = r.randint(10, 20)
            if tm.clock == "asia":
                s["_tz"], s["_shift"] = tm.base[2], (9, 3)
                w.tok(s, "asia_hours")
            else:
                s["_shift"] = (r.choice([8, 9, 10]), 2)
                w.tok(s, "us_hours_from_asia")
            w.tok(s, "vpn_" + tm.exit_svc.lower())
            s["_pay"].append(("bank", bank_dest(w, "US"), 1250, "USD", 14))
            s["shiftline_pay_method"] = "direct_deposit"
            if r.random() < 0.5:
                s["recovery_email"] = r.choice(tm.mailboxes)
                s["shiftline_recovery_changed_at"] = (created + dt.timedelta(days=r.randint(10, 60))).strftime("%Y-%m-%dT%H:%M:%SZ")
                w.tok(s, "recovery_changed", "shared_recovery_email")
            if r.random() < 0.4:
                s["_pay"] = [("wallet", r.choice(tm.wallets[:2]), 1250, "USD", 14)]
                s["shiftline_pay_method"] = "payoneer"
                w.tok(s, "payment_changed", "shared_wallet")
            if r.random() < 0.5:
                s["photo"], s["_face"] = M.new_photo(w, r)

    def front_vendor(self, size, name, dom):
        """A DPRK front registered as a Shiftline staffing subcontractor; onboards a batch like honest vendors do."""
        w, r = self.w, self.w.rng
        tm = r.choice(self.teams)
        batch = w.created("2024-09-01", "2025-08-01")
        reg = batch - dt.timedelta(days=r.randint(20, 70))
        office = r.choice(tm.vps)
        hr_mail = f"hr@{dom}"
        hr_phone = r.choice(tm.voip)[0]
        self.w.domains.append({"domain": dom, "company": name, "registered_at": reg.strftime("%Y-%m-%d"),
                               "registrant_email": r.choice(tm.mailboxes), "ip": office.ips[0],
                               "nameservers": ";".join(D.REGISTRARS[2][1]), "shiftline_registrar": "Namecheap",
                               "shiftline_relationship": "vendor"})
        # the vendor's recruiter on the partner portal
        rp = person(w, "US", w.place("US", r.choice(tm.claim_cities)[0]))
        rp["email"] = w.email(rp["name"], "US", domain=dom)
        rec = make(w, 1, ["front_vendor_recruiter", f"team_{tm.i}"], rp, "account", name, batch - dt.timedelta(days=3),
                   shiftline_role="vendor_recruiter")
        rec["signup_ip"] = office.ips[0]
        rec["phone"], rec["phone_line_type"] = w.reformat(r.choice(tm.voip)[1], "US"), "nonFixedVoip"
        rec["recovery_email"] = r.choice(tm.mailboxes)
        d = r.choice(tm.machines)
        rec["_devs"].append(d)
        rec["_paths"] += [(6, tm.exit, d), (2, office, d)]
        rec["_nlog"] = r.randint(6, 12)
        rec["photo"] = M.photo_path(w, M.encode(M.ai_edit(r.choice(tm.faces), r), "JPEG"), "jpg")
        emp = r.choice(D.CLIENTS)[0]
        for _ in range(size):
            s = self.persona(tm, "front_vendor_agent", r.sample(["face", "device", "wallet", "resume"], 1), share_p=0.5,
                             kind="contractor", employer=emp, created=(batch + dt.timedelta(minutes=r.randint(0, 500))).replace(microsecond=0),
                             extra_tokens=["young_vendor"])
            s["shiftline_vendor"] = name
            s["signup_ip"] = office.ips[0]
            if r.random() < 0.7:
                s["recovery_email"] = hr_mail
            if r.random() < 0.4:
                s["recovery_phone"], s["recovery_phone_line_type"] = hr_phone, "nonFixedVoip"
            w.tok(s, "vendor_hr_contact")

    def fake_recruiters(self, n, fronts):
        w, r = self.w, self.w.rng
        made = 0
        fi = 0
        while made < n:
            tm = r.choice(self.teams)
            name, dom = fronts[fi % len(fronts)]
            fi += 1
            start = w.created("2025-02-01", "2025-09-15")
            reg = start - dt.timedelta(days=r.randint(5, 60))
            vps = r.choice(tm.vps)
            w.domains.append({"domain": dom, "company": name, "registered_at": reg.strftime("%Y-%m-%d"),
                              "registrant_email": r.choice(tm.mailboxes), "ip": vps.ips[0],
                              "nameservers": ";".join(r.choice(D.REGISTRARS[1:3])[1]), "shiftline_registrar": r.choice(["Namecheap", "Cloudflare"]),
                              "shiftline_relationship": "recruiter_contact"})
            k = min(r.randint(4, 12), n - made)
            for _ in range(k):
                p = person(w, "US", w.place("US", r.choice(tm.claim_cities)[0]), dob=w.birth(1980, 1996))
                p["email"] = w.email(p["name"], "US", domain=dom)
                s = make(w, 1, ["fake_recruiter", f"team_{tm.i}", "young_domain"], p, "account", name,
                         (start + dt.timedelta(days=r.uniform(0, 10))).replace(microsecond=0), shiftline_role="external_recruiter")
                s["phone"], s["phone_line_type"] = w.reformat(r.choice(tm.voip)[1], "US"), r.choice(VOIP_TYPES)
                s["recovery_email"] = r.choice(tm.mailboxes)
                s["signup_ip"] = vps.ips[0]
                s["photo"] = M.photo_path(w, M.encode(M.ai_edit(r.choice(tm.faces), r), "JPEG"), "jpg")
                s["profiles"] = f"https://www.linkedin.com/in/{p['name'].lower().replace(' ', '-')}-talent"
                d = r.choice(tm.machines)
                s["_devs"].append(d)
                s["_paths"] += [(6, tm.exit, d), (2, vps, d)]
                s["_nlog"] = r.randint(3, 10)
                s["_tz"], s["_shift"] = (p["pl"][2], (9, 3)) if tm.clock == "us" else (tm.base[2], (9, 3))
                w.tok(s, "shared_face", "shared_recovery_email", "voip_contact", "vpn_" + tm.exit_svc.lower())
                made += 1


def sizes(n):
    f = n / 20000.0
    q = lambda x, lo=1: max(lo, round(x * f))
    return {"teams": q(9, 2), "persona_ring": q(240, 6), "farms": q(6, 2), "farm_personas": q(90, 8), "careful": q(70, 4),
            "lone": q(50, 2), "split": q(60, 4), "mules": q(20, 2), "mule_paid": q(60, 4), "rented": q(30, 2),
            "front_vendor": q(50, 6), "fake_recruiter": q(40, 4)}


def fraud_total(n):
    z = sizes(n)
    return (z["persona_ring"] + z["farms"] + z["farm_personas"] + z["careful"] + z["lone"] + z["split"] + z["mules"]
            + z["mule_paid"] + z["rented"] + z["front_vendor"] + 2 + z["fake_recruiter"])


def build(w, honest):
    r = w.rng
    z = sizes(w.n)
    F = Fraud(w, honest)
    for _ in range(z["teams"]):
        F.team()
    F.persona_rings(z["persona_ring"])
    per = [z["farm_personas"] // z["farms"]] * z["farms"]
    for i in range(z["farm_personas"] - sum(per)):
        per[i] += 1
    for k in per:
        F.farm(k)
    left = z["careful"]
    while left > 0:
        k = min(left, r.randint(2, 5))
        if left - k == 1:
            k = left
        F.careful_ring(k)
        left -= k
    for _ in range(z["lone"]):
        F.lone()
    left = z["split"]
    while left > 0:
        k = min(left, r.randint(6, 12))
        if left - k < 4:
            k = left
        F.split_ring(k)
        left -= k
    F.mules(z["mules"], z["mule_paid"])
    F.rented(z["rented"])
    a = z["front_vendor"] // 2
    F.front_vendor(a, "Nexora Talent Partners LLC", "nexoratalent.com")
    F.front_vendor(z["front_vendor"] - a, "Bluecrest Workforce Solutions", "bluecrestworkforce.co")
    F.fake_recruiters(z["fake_recruiter"], [("Shiftline Talent Acquisition", "shiftline-careers.com"),
                                            ("ShiftIine Recruiting", "shiftlinehiring.net"),
                                            ("Shift Line Global Talent", "shift-line-talent.com")])
    return F
