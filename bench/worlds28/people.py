"""Shiftline's honest population: delivery-centre agents, home agents, vendors' batches, families, leads, IT, applicants..."""
import datetime as dt

from . import data as D
from . import media as M
from .infra import T0, T1, UTC, h

CURRENCY = {"US": "USD", "PH": "PHP", "IN": "INR", "CO": "COP", "KE": "KES", "PL": "PLN", "MX": "MXN", "ZA": "ZAR", "JM": "JMD"}
PAY = {"US": (1250, 14), "PH": (14500, 15), "IN": (24000, 30), "CO": (2100000, 30), "KE": (48000, 30), "PL": (3200, 15),
       "MX": (6500, 15), "ZA": (6800, 15), "JM": (52000, 14)}
PAYCARD_BIN = "531993"  # Shiftline's payroll card program (one BIN, one card per agent)


def nid(w, country, person_key):
    scheme = {"US": "ssn", "PH": "philsys", "IN": "pan", "CO": "cc", "KE": "kra", "PL": "pesel", "MX": "curp", "ZA": "za-id", "JM": "trn"}
    return f"{scheme.get(country, 'id')}:sha256:" + h("salt28", w.seed, person_key, n=32)


def bank_dest(w, country):
    return "acct_" + country.lower() + "_" + w.rid("bank", 18)


def paycard_dest(w):
    return f"paycard:{PAYCARD_BIN}:tok_" + w.rid("card", 14)


def wallet_dest(w, country, email, e164):
    r = w.rng
    if country == "PH" and r.random() < 0.5:
        return "gcash:" + e164
    if country == "KE" and r.random() < 0.6:
        return "mpesa:" + e164
    return r.choice(["payoneer:", "wise:", "payoneer:", "paypal:"]) + email


def crypto_dest(w):
    r = w.rng
    alpha = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
    if r.random() < 0.5:
        return "usdt-trc20:T" + "".join(r.choice(alpha) for _ in range(33))
    return "usdc-sol:" + "".join(r.choice(alpha) for _ in range(44))


def person(w, country="US", pl=None, name=None, dob=None, line="mobile"):
    """A real person's identity (not yet a subject)."""
    r = w.rng
    pl = pl or w.place(country)
    name = name or w.name(country)
    addr = w.address(country, pl)
    phone, e164 = w.phone(country, kind=line, city_ac=r.choice(pl[6]) if pl[6] else None)
    p = {"country": country, "pl": pl, "name": name, "addr": addr, "phone": phone, "e164": e164, "line": line,
         "email": w.email(name, country), "dob": dob or w.birth(1964, 2005), "pkey": w.rid("person", 12)}
    p["nid"] = nid(w, country, p["pkey"])
    return p


def make(w, fraud, tokens, p, kind="employee", employer="", created=None, addr_style=0, photo=None, resume=None, **extra):
    """A subject row for person p; extra shiftline_* columns and _context keys pass through."""
    r = w.rng
    created = created or w.created()
    s = w.subject(fraud, list(tokens), kind=kind, full_name=p["name"], email=p["email"], phone=p["phone"],
                  address=w.render(p["addr"], addr_style), country=p["country"], birth_date=p["dob"], national_id=p["nid"],
                  photo=photo or "", resume=resume or "", profiles="", employer=employer, created_at=created,
                  recovery_email="", recovery_phone="", signup_ip="", phone_line_type=p["line"], recovery_phone_line_type="")
    s["_p"] = p
    s["_paths"], s["_devs"], s["_pay"], s["_extra"] = [], [], [], []
    s["_nlog"] = 0
    s["_tz"] = p["pl"][2]
    s["_shift"] = (9, 1.5)
    for k, v in extra.items():
        s[k] = v
    return s


def maybe_photo(w, s, share=0.45, default_share=0.15):
    r = w.rng
    if r.random() >= share:
        return
    if r.random() < default_share:
        s["photo"] = "photos/default-avatar.png"
        w.tok(s, "default_avatar")
    else:
        s["photo"], s["_face"] = M.new_photo(w, r)


def maybe_resume(w, s, share=0.6, style=None):
    r = w.rng
    if r.random() >= share:
        return
    p = s["_p"]
    if style is None:
        style = "career_services" if r.random() < 0.22 else "plain"
    if style == "career_services":
        w.tok(s, "career_services_resume")
    s["resume"] = M.resume(r, p["name"], s["email"], p["phone"], p["pl"][0], p["country"], style)


def maybe_recovery(w, s, share=0.55):
    r = w.rng
    if r.random() < share:
        p = s["_p"]
        s["recovery_email"] = w.email(p["name"], p["country"]) if r.random() < 0.7 else w.handle_email(r.choice(["gmail.com", "yahoo.com"]))
    if r.random() < 0.25:
        p = s["_p"]
        ph, e = w.phone(p["country"], city_ac=r.choice(p["pl"][6]) if p["pl"][6] else None)
        s["recovery_phone"], s["recovery_phone_line_type"] = ph, "mobile"


def pay(w, s, country, method=None):
    """Payroll destination for a worker in `country`; returns the token describing it."""
    r = w.rng
    amt, every = PAY[country]
    p = s["_p"]
    cur = CURRENCY[country]
    if method is None:
        q = r.random()
        if country == "US":
            method = "paycard" if q < 0.22 else "bank"
        elif s["kind"] == "contractor":
            method = "wallet" if q < 0.55 else ("crypto" if q < 0.6 and country in ("CO", "KE", "PH") else "bank")
        else:
            method = "wallet" if (q < 0.3 and country in ("PH", "KE")) else "bank"
    if method == "paycard":
        dest, m, tok = paycard_dest(w), "bank", "pay_card"
    elif method == "wallet":
        dest, m, tok = wallet_dest(w, country, s["email"], p["e164"]), "wallet", "wallet_payout"
        if s["kind"] == "contractor":
            cur, amt = "USD", 900
    elif method == "crypto":
        dest, m, tok, cur, amt = crypto_dest(w), "crypto", "crypto_payout", "USD", 800
    else:
        dest, m, tok = bank_dest(w, country), "bank", None
    s["_pay"].append((m, dest, amt, cur, every))
    s["shiftline_pay_method"] = {"bank": "direct_deposit", "wallet": dest.split(":")[0], "crypto": "stablecoin"}[m] if tok != "pay_card" else "paycard"
    if tok:
        w.tok(s, tok)
    return dest


def home_access(w, s, devkind="corp", mobile_share=0.14, home=None):
    """A home-based worker's machine and line(s)."""
    r = w.rng
    p = s["_p"]
    tz, kb = p["pl"][2], D.COUNTRY_KEYBOARD[p["country"]]
    if home is None:
        if r.random() < mobile_share:
            home = w.mobile_net(p["country"], p["pl"])
            w.tok(s, "mobile_cgnat")
        else:
            home = w.home_net(p["country"], p["pl"])
    s["_home"] = home
    if devkind == "corp":
        dev = w.kit(w.device("corp", tz, kb))
    else:
        dev = w.kit(w.device("byod", tz, kb), role="vdi")
        w.tok(s, "byod_vdi")
    dev.gw, dev.net_name = home.gateway, r.choice(["", "", f"{p['name'].split()[-1].upper()}_WIFI", "HOME-5G", f"PLDTHOMEFIBR{r.randint(100, 999)}" if p["country"] == "PH" else "NETGEAR" + str(r.randint(10, 99))])
    s["_devs"].append(dev)
    s["_paths"].append((10, home, dev))
    if r.random() < 0.55:
        mob = w.device("mobile", tz, kb)
        s["_paths"].append((2, w.mobile_net(p["country"], p["pl"]), mob))
    return dev, home


def ship_laptop(w, s, dev, address, t, item="laptop"):
    w.ship(s["_k"], t + dt.timedelta(days=w.rng.randint(2, 12)), getattr(dev, "serial", dev.id), address, item, dev.id)


def shift_for(w, s, country, client_us=True, night_share=0.12):
    """Pick a shift; agents abroad serving US clients work the US day = their night."""
    r = w.rng
    if country != "US" and client_us and country in ("PH", "IN", "KE") and r.random() < 0.8:
        s["_shift"] = (r.choice([20, 21, 22, 23]), 1.5)
        s["shiftline_shift"] = "night (US day)"
        w.tok(s, "us_hours_abroad")
    elif r.random() < night_share:
        s["_shift"] = (r.choice([21, 22, 23]), 1.5)
        s["shiftline_shift"] = "night"
        w.tok(s, "night_shift")
    else:
        st = r.choice([6, 7, 8, 9, 10, 12, 14])
        s["_shift"] = (st, 1.5)
        s["shiftline_shift"] = "swing" if st >= 12 else "day"


def program(w, client=None):
    c = client or w.rng.choice(D.CLIENTS)
    return c[0], f"{c[0]} - {w.rng.choice(D.PROGRAM_LINES)}"


# ================================================================ structures
class Honest:
    def __init__(self, w, target):
        self.w, self.target = w, target
        self.sites = {}
        self.home_agents = []  # (subject, device) of agents with a managed machine, for leads to assist
        self.us_people = []  # honest US subjects, identity-theft candidates
        self.n = 0

    def left(self):
        return self.target - len(self.w.subjects)

    # ------------------------------------------------------------ sites
    def site(self, code):
        st = self.sites.get(code)
        if st is None:
            w = self.w
            c = next(x for x in D.SITES if x[0] == code)
            pl = w.place(c[1], c[2])
            net = w.office_net(("site", code), c[1], pl, n_ips=w.rng.randint(2, 5))
            addr = f"{c[3]}, {pl[0]}" + (f", {pl[1]} {pl[5]}" if c[1] == "US" else (f" {pl[5]}" if pl[5] else ""))
            st = self.sites[code] = {"code": code, "country": c[1], "pl": pl, "net": net, "addr": addr, "ws": [], "ws_users": {}}
        return st

    def site_agent(self, code, primary="site_agent", client=None):
        w, r = self.w, self.w.rng
        st = self.site(code)
        country, spl = st["country"], st["pl"]
        hpl = w.place(country, spl[0]) if r.random() < 0.8 else w.place(country)
        p = person(w, country, hpl)
        emp, prog = program(w, client)
        created = w.created("2019-06-01")
        s = make(w, 0, [primary], p, "employee", emp, created, shiftline_site=code, shiftline_program=prog,
                 shiftline_work_mode="onsite", shiftline_role="agent" if primary == "site_agent" else "moderator")
        shift_for(w, s, country, night_share=0.2)
        tz, kb = spl[2], D.COUNTRY_KEYBOARD[country]
        s["_tz"] = tz
        if primary == "content_moderator" or r.random() < 0.6:
            # hot desk: one workstation per 2-4 shifts
            if not st["ws"] or len(st["ws_users"][st["ws"][-1].id]) >= r.randint(2, 4):
                d = w.device("thin", tz, kb, system=f"{code}-WS-{len(st['ws']) + 1:04d}")
                w.kit(d, role="vdi")
                d.gw, d.net_name = st["net"].gateway, f"SHIFTLINE-{code}"
                st["ws"].append(d)
                st["ws_users"][d.id] = []
            d = st["ws"][-1] if r.random() < 0.7 else r.choice(st["ws"])
            st["ws_users"][d.id].append(s)
            w.tok(s, "hot_desk")
        else:
            d = w.kit(w.device("corp", tz, kb))
            d.gw, d.net_name = st["net"].gateway, f"SHIFTLINE-{code}"
            ship_laptop(w, s, d, st["addr"], created)
            w.tok(s, "ship_to_centre")
            self.home_agents.append((s, d))
        s["_devs"].append(d)
        s["_paths"].append((10, st["net"], d))
        if r.random() < 0.35:  # hybrid: some days from home over the VDI
            home = w.home_net(country, hpl) if r.random() < 0.7 else w.mobile_net(country, hpl)
            bd = w.kit(w.device("byod", tz, kb), role="vdi")
            bd.gw, bd.net_name = home.gateway, None
            s["_devs"].append(bd)
            s["_paths"].append((3, home, bd))
            w.tok(s, "wfh_days")
        s["_nlog"] = r.randint(8, 18)
        pay(w, s, country)
        maybe_photo(w, s)
        maybe_resume(w, s, 0.4)
        maybe_recovery(w, s)
        if country == "US":
            self.us_people.append(s)
        return s

    # ------------------------------------------------------------ home agents
    def home_agent(self, country="US", primary=None, kind="employee", p=None, created=None, home=None, client=None):
        w, r = self.w, self.w.rng
        p = p or person(w, country)
        primary = primary or ("home_agent_us" if country == "US" else "home_agent_intl")
        emp, prog = program(w, client)
        created = created or w.created("2019-03-01")
        s = make(w, 0, [primary], p, kind, emp, created, shiftline_program=prog, shiftline_work_mode="home",
                 shiftline_role="agent")
        shift_for(w, s, country)
        corp = r.random() < (0.72 if country == "US" else 0.35)
        dev, home = home_access(w, s, "corp" if corp else "byod", home=home)
        if corp:
            ship_laptop(w, s, dev, s["address"] if r.random() < 0.9 else w.render(p["addr"], r.randint(1, 3)), created)
            self.home_agents.append((s, dev))
        s["_nlog"] = r.randint(8, 20)
        pay(w, s, country)
        maybe_photo(w, s)
        maybe_resume(w, s, 0.5)
        maybe_recovery(w, s)
        if r.random() < 0.3:
            s["profiles"] = f"https://www.linkedin.com/in/{p['name'].lower().replace(' ', '-')}-{r.randint(10, 999)}"
        if country == "US":
            self.us_people.append(s)
        return s

    def backoffice(self):
        w, r = self.w, self.w.rng
        country = r.choice(["US"] * 5 + ["PH", "IN", "CO", "KE", "PL", "MX", "ZA", "JM"])
        s = self.home_agent(country, "backoffice_contractor", kind="contractor")
        s["shiftline_role"] = r.choice(["data_entry", "claims_processor", "bookkeeping_assistant", "transcription_qa"])
        return s

    # ------------------------------------------------------------ vendors
    def vendor_batch(self, vi, size):
        w, r = self.w, self.w.rng
        vname, vdom, vc, vcity, vline = D.VENDORS[vi]
        st = self.sites.get(("vendor", vi))
        if st is None:
            pl = w.place(vc, vcity)
            net = w.office_net(("vendor", vi), vc, pl, n_ips=2)
            hr_phone, _ = w.phone(vc, "landline" if vc in ("PH", "CO") else "mobile", city_ac=r.choice(pl[6]) if pl[6] else None)
            st = self.sites[("vendor", vi)] = {"pl": pl, "net": net, "hr_email": f"hr@{vdom}", "onboarding": f"onboarding@{vdom}",
                                               "hr_phone": hr_phone, "addr": f"{vline}, {pl[0]}"}
        day = w.created("2020-01-01")
        emp, prog = program(w)
        out = []
        for _ in range(size):
            hpl = w.place(vc, st["pl"][0]) if r.random() < 0.75 else w.place(vc)
            p = person(w, vc, hpl)
            t = (day + dt.timedelta(minutes=r.randint(0, 600))).replace(microsecond=0)
            s = make(w, 0, ["vendor_agent"], p, "contractor", emp, t, shiftline_vendor=vname, shiftline_program=prog,
                     shiftline_work_mode="home", shiftline_role="agent")
            s["signup_ip"] = st["net"].pick(r)
            q = r.random()
            if q < 0.7:
                s["recovery_email"] = st["hr_email"] if r.random() < 0.6 else st["onboarding"]
                w.tok(s, "vendor_hr_contact")
            if r.random() < 0.4:
                s["recovery_phone"], s["recovery_phone_line_type"] = st["hr_phone"], "landline" if vc in ("PH", "CO") else "mobile"
                w.tok(s, "vendor_hr_contact")
            shift_for(w, s, vc)
            if r.random() < 0.3:  # works from the vendor's floor
                d = w.kit(w.device("corp", hpl[2], D.COUNTRY_KEYBOARD[vc]))
                d.gw, d.net_name = st["net"].gateway, vname.upper().replace(" ", "_")
                s["_devs"].append(d)
                s["_paths"].append((10, st["net"], d))
                ship_laptop(w, s, d, st["addr"], t)
                w.tok(s, "vendor_floor", "ship_to_vendor")
                s["shiftline_work_mode"] = "vendor_site"
            else:
                home_access(w, s, "byod" if r.random() < 0.7 else "corp")
            s["_nlog"] = r.randint(6, 16)
            # the vendor pays its people: payouts go through the vendor's payroll
            pay(w, s, vc, method="bank" if r.random() < 0.7 else None)
            maybe_photo(w, s, 0.35)
            if r.random() < 0.85:
                s["resume"] = M.resume(r, p["name"], s["email"], p["phone"], hpl[0], vc, "vendor")
                w.tok(s, "vendor_template_resume")
            out.append(s)
        return out

    # ------------------------------------------------------------ households
    def household(self, size):
        w, r = self.w, self.w.rng
        country = r.choice(["US"] * 6 + ["PH", "PH", "IN", "CO", "KE", "MX"])
        pl = w.place(country)
        first = person(w, country, pl)
        last = first["name"].split()[-1]
        home = w.home_net(country, pl, n_ips=r.choice([1, 2]))
        famdev = None
        if r.random() < 0.3:
            famdev = w.kit(w.device("byod", pl[2], D.COUNTRY_KEYBOARD[country]), role="vdi")
            famdev.gw, famdev.net_name = home.gateway, f"{last.upper()}_FAMILY"
        joint = bank_dest(w, country) if r.random() < 0.25 else None
        members = []
        for i in range(size):
            if i == 0:
                p = first
            else:
                fn = w.name(country).split()[0]
                p = person(w, country, pl, name=f"{fn} {last}" if r.random() < 0.85 else None,
                           dob=w.birth(1966, 1990) if i == 1 else w.birth(1995, 2006))
                p["addr"] = first["addr"]
            mode = r.random()
            if mode < 0.25 and country != "US":
                s = self.site_agent(r.choice([c[0] for c in D.SITES if c[1] == country] or ["MNL1"]))
                w.truth[s["_k"]][1][0] = "family_member"
                # swap the identity to the household member
                s.update(full_name=p["name"], email=p["email"], phone=p["phone"], address=w.render(p["addr"], r.choice([0, 0, 1, 3])),
                         birth_date=p["dob"], national_id=p["nid"])
                s["_p"] = p
            else:
                s = self.home_agent(country, "family_member", p=p, home=home)
                s["address"] = w.render(p["addr"], r.choice([0, 0, 0, 1, 2, 3]))
            w.tok(s, "shared_address", f"household_{size}")
            if famdev and r.random() < 0.8:
                s["_devs"].append(famdev)
                s["_paths"].append((4, home, famdev))
                w.tok(s, "family_pc")
            if i > 0 and r.random() < 0.3:
                s["recovery_email"] = members[0]["email"]
                if r.random() < 0.5:
                    s["recovery_phone"], s["recovery_phone_line_type"] = members[0]["phone"], "mobile"
                w.tok(s, "family_recovery")
            if joint and i < 2:
                amt, every = PAY[country]
                s["_pay"] = [("bank", joint, amt, CURRENCY[country], every)]
                s["shiftline_pay_method"] = "direct_deposit"
                w.tok(s, "joint_account")
            members.append(s)
        return members

    # ------------------------------------------------------------ leads and IT
    def team_lead(self, agents):
        w, r = self.w, self.w.rng
        country = agents[0][0]["country"] if agents else "US"
        s = self.home_agent(country if country in PAY else "US", "team_lead")
        s["shiftline_role"] = "team_lead"
        s["_nlog"] = r.randint(15, 30)
        ld = s["_devs"][0]
        ld.procs += [r.choice(D.APPROVED_RMM), "ScreenConnect.WindowsClient.exe"]
        host = r.choice([ld.id, ld.system.replace(" ", "-")[:15] + "-" + ld.id[-4:], s["_home"].ips[0]])
        for a, dev in agents:
            if r.random() < 0.6:
                t0 = w.date_between(T0, T1 - dt.timedelta(days=2))
                dev.remote.append((host, t0, r.uniform(0.2, 1.5)))
                if r.choice(D.APPROVED_RMM) not in dev.procs:
                    dev.procs.append(r.choice(D.APPROVED_RMM))
                w.tok(a, "lead_assisted")
        return s

    def it_helpdesk(self):
        w, r = self.w, self.w.rng
        site = r.choice(["TPA1", "SAT1", "BOI1", "MNL1", "BLR1"])
        st = self.site(site)
        country = st["country"]
        p = person(w, country, w.place(country, st["pl"][0]))
        s = make(w, 0, ["it_helpdesk"], p, "employee", "Shiftline", w.created("2019-01-01"), shiftline_site=site,
                 shiftline_role="it_support", shiftline_program="Shiftline Internal IT", shiftline_work_mode="hybrid")
        shift_for(w, s, country, client_us=False, night_share=0.25)
        home = w.home_net(country, p["pl"])
        s["_home"] = home
        tz, kb = st["pl"][2], D.COUNTRY_KEYBOARD[country]
        for i in range(r.randint(3, 7)):
            d = w.kit(w.device("corp", tz, kb), extra_procs=["mstsc.exe", "putty.exe", r.choice(D.APPROVED_RMM), "PsExec64.exe"][: r.randint(2, 4)])
            d.gw = st["net"].gateway if i else home.gateway
            d.net_name = f"SHIFTLINE-{site}-IT"
            if r.random() < 0.4:
                d.ports.append("3389/tcp")
            if r.random() < 0.2:
                d.procs.append(r.choice(["AnyDesk.exe", "TeamViewer.exe", "rustdesk.exe"]))
                w.tok(s, "remote_tools")
            s["_devs"].append(d)
            s["_paths"].append((6 if i else 4, st["net"] if i else home, d))
        if r.random() < 0.15:  # lab KVM-over-IP for the server room / imaging bench
            kv = r.choice(D.IP_KVMS[:2])
            s["_devs"][-1].usb.append(kv)
            w.tok(s, "lab_kvm")
        if r.random() < 0.3:
            vpn = w.vpn_net(r.choice(["NORD_VPN", "PROTON_VPN", "MULLVAD_VPN", "ASTRILL_VPN"]))
            s["_paths"].append((2, vpn, s["_devs"][0]))
            w.tok(s, "vpn_user")
        for a, dev in r.sample(self.home_agents, min(len(self.home_agents), r.randint(3, 12))):
            dev.remote.append((s["_devs"][1].id, w.date_between(T0, T1 - dt.timedelta(days=1)), r.uniform(0.1, 2.0)))
            w.tok(a, "it_remote_support")
        s["_nlog"] = r.randint(20, 40)
        pay(w, s, country, "bank")
        maybe_photo(w, s)
        w.tok(s, "approved_rmm", "many_devices")
        return s

    # ------------------------------------------------------------ look-alikes
    def rehire(self):
        w, r = self.w, self.w.rng
        country = r.choice(["US"] * 5 + ["PH", "IN", "CO", "JM"])
        p = person(w, country)
        t1 = w.created("2019-01-01", "2022-06-30")
        a = self.home_agent(country, "rehire", p=p, created=t1)
        a["shiftline_status"] = "terminated"
        a["_nlog"] = 0
        old_pay = a["_pay"]
        a["_pay"] = []
        p2 = dict(p)
        p2["email"] = w.email(p["name"], country)
        if r.random() < 0.3:
            p2["phone"], p2["e164"] = w.phone(country, city_ac=r.choice(p["pl"][6]) if p["pl"][6] else None)
        t2 = w.created("2023-01-01")
        b = self.home_agent(country, "rehire", p=p2, created=t2)
        b["address"] = w.render(p["addr"], r.choice([1, 2, 3, 4]))
        if old_pay and r.random() < 0.6 and b["_pay"] and b["_pay"][0][0] == old_pay[0][0]:
            b["_pay"] = [old_pay[0]]
            w.tok(b, "same_payout_as_before")
        if a["photo"] and r.random() < 0.5:
            b["photo"] = a["photo"]
        w.tok(a, "rehire_first")
        w.tok(b, "rehire_second", "address_respelled")
        if country == "US":
            self.us_people.append(a)
        return [a, b]

    def name_changed(self):
        w, r = self.w, self.w.rng
        country = r.choice(["US"] * 4 + ["PH", "PL", "MX"])
        first, last = D.NAMES[country]
        old = w.name(country)
        p = person(w, country, name=old)
        new = old.split()[0] + " " + r.choice(last)
        p["name"] = new
        s = self.home_agent(country, "name_changed", p=p)
        s["shiftline_previous_name"] = old
        return s

    def moved(self):
        w, r = self.w, self.w.rng
        country = r.choice(["US"] * 5 + ["PH", "IN"])
        p = person(w, country)
        old = w.render(p["addr"])
        pl2 = w.place(country)
        p["pl"], p["addr"] = pl2, w.address(country, pl2)
        s = self.home_agent(country, "moved", p=p)
        s["shiftline_previous_address"] = old
        oldnet = w.home_net(country, p["pl"])
        s["_paths"].append((3, oldnet, s["_devs"][0]))
        return s

    def student(self):
        w, r = self.w, self.w.rng
        u = r.choice(D.UNIVERSITIES)
        country = u[3] if len(u[3]) == 2 and u[3] in ("PH", "CO", "KE") else "US"
        key = ("campus", u[0])
        pl = w.place(country, u[2]) if country != "US" or any(c[0] == u[2] for c in D.US_CITIES) else w.place("US")
        campus = w.office_nets.get(key) or w.office_net(key, country, pl, n_ips=r.randint(3, 6), service="CAMPUS",
                                                        isp=(u[0], u[4], u[0], "CAMPUS"))
        p = person(w, country, pl, dob=w.birth(1999, 2006))
        p["email"] = w.email(p["name"], country, domain=u[1]) if r.random() < 0.6 else p["email"]
        s = self.home_agent(country, "student", kind="contractor", p=p)
        s["_paths"].append((8, campus, s["_devs"][0]))
        s["shiftline_work_mode"] = "home_part_time"
        s["_shift"] = (r.choice([16, 17, 18, 19]), 3)
        w.tok(s, "campus_network")
        return s

    def coworking(self, space):
        w, r = self.w, self.w.rng
        s = self.home_agent("US" if space[1] == "US" else space[1], "coworking_member", kind="contractor")
        s["_paths"].append((8, space[0], s["_devs"][0]))
        s["_devs"][0].gw = space[0].gateway
        return s

    def privacy(self):
        w, r = self.w, self.w.rng
        country = r.choice(["US"] * 6 + ["PL", "PH", "CO", "ZA"])
        s = self.home_agent(country, "privacy_vpn", kind=r.choice(["employee", "contractor"]))
        svc = r.choice(["NORD_VPN", "PROTON_VPN", "MULLVAD_VPN", "EXPRESS_VPN", "SURFSHARK", "ICLOUD_PRIVATE_RELAY", "ASTRILL_VPN"] + ["NORD_VPN"] * 2)
        exit_c = country if country == "US" or r.random() < 0.5 else "US"
        net = w.vpn_net(svc, exit_c if exit_c in ("US",) else "US")
        s["_paths"].append((12, net, s["_devs"][0]))
        if svc in D.VPN_PROCS:
            s["_devs"][0].procs.append(D.VPN_PROCS[svc])
        w.tok(s, "vpn_user", "astrill_user" if svc == "ASTRILL_VPN" else "vpn_" + svc.lower())
        if r.random() < 0.4:
            s["email"] = w.handle_email("proton.me")
        return s

    def traveller(self):
        w, r = self.w, self.w.rng
        country = r.choice(["US"] * 6 + ["PL", "PH", "MX"])
        s = self.home_agent(country, "traveller")
        dest = r.choice([c for c in D.INTL_CITIES if c != country] + (["US"] if country != "US" else []))
        pl = w.place(dest)
        net = w.mobile_net(dest, pl) if r.random() < 0.5 else w.home_net(dest, pl, n_ips=1)
        t = w.date_between(T0, T1 - dt.timedelta(days=30))
        for i in range(r.randint(3, 8)):
            s["_extra"].append((t + dt.timedelta(days=r.uniform(0, 21), hours=r.uniform(0, 12)), net, s["_devs"][0]))
        w.tok(s, "travel_abroad")
        return s

    def namesakes(self):
        w, r = self.w, self.w.rng
        nm = r.choice(D.COMMON_US_NAMES)
        out = []
        for _ in range(r.randint(2, 4)):
            p = person(w, "US", name=nm)
            out.append(self.home_agent("US", "namesake", p=p))
        return out

    def applicant(self, portal_net=None):
        w, r = self.w, self.w.rng
        country = r.choice(["US"] * 8 + ["PH"] * 3 + ["IN"] * 2 + ["CO", "KE", "PL", "MX", "ZA", "JM"])
        p = person(w, country)
        emp, prog = program(w)
        s = make(w, 0, ["applicant"], p, "applicant", emp, w.created("2023-01-01"), shiftline_program=prog,
                 shiftline_status=r.choice(["applied", "screened", "rejected", "withdrawn", "offer_declined"]))
        tz, kb = p["pl"][2], D.COUNTRY_KEYBOARD[country]
        net = w.home_net(country, p["pl"], n_ips=1) if r.random() < 0.6 else w.mobile_net(country, p["pl"])
        dev = w.device("byod" if r.random() < 0.6 else "mobile", tz, kb)
        s["signup_ip"] = net.pick(r)
        s["_paths"].append((1, net, dev))
        s["_nlog"] = r.randint(1, 3)
        s["_shift"] = (r.choice([8, 12, 18, 20]), 4)
        maybe_photo(w, s, 0.3, 0.25)
        maybe_resume(w, s, 0.9, "career_services" if r.random() < 0.28 else "plain")
        maybe_recovery(w, s, 0.4)
        if r.random() < 0.35:
            s["profiles"] = f"https://www.linkedin.com/in/{p['name'].lower().replace(' ', '')}{r.randint(1, 99)}"
        if country == "US":
            self.us_people.append(s)
        return s

    def portal_account(self, role):
        """Vendors' recruiters and clients' workforce managers on the partner portal (kind account)."""
        w, r = self.w, self.w.rng
        if role == "vendor_recruiter":
            vi = r.randrange(len(D.VENDORS))
            vname, vdom, vc, vcity, _ = D.VENDORS[vi]
            st = self.sites.get(("vendor", vi))
            pl = w.place(vc, vcity)
            net = st["net"] if st else w.office_net(("vendor", vi), vc, pl, n_ips=2)
            org, dom, country = vname, vdom, vc
        else:
            c = r.choice(D.CLIENTS)
            org, dom, country = c[0], c[1], "US"
            pl = w.place("US")
            net = w.corp_egress(pl) if r.random() < 0.5 else w.office_net(("client", c[0]), "US", pl, n_ips=3)
        p = person(w, country, pl)
        p["email"] = w.email(p["name"], country, domain=dom)
        s = make(w, 0, [role], p, "account", org, w.created("2019-06-01"), shiftline_role=role)
        s["signup_ip"] = net.pick(r)
        dev = w.kit(w.device("byod", pl[2], D.COUNTRY_KEYBOARD[country]))
        dev.gw = net.gateway
        s["_devs"].append(dev)
        s["_paths"].append((10, net, dev))
        s["_nlog"] = r.randint(5, 15)
        maybe_photo(w, s, 0.6, 0.1)
        return s


def build(w, target):
    """Build `target` honest subjects; returns the Honest builder (for victims)."""
    r = w.rng
    H = Honest(w, target)
    T = target

    def quota(x):
        return max(1, round(T * x))

    codes = [c[0] for c in D.SITES]
    site_w = {"MNL1": 5, "MNL2": 4, "MNL3": 3, "CEB1": 4, "DVO1": 2, "ILO1": 2, "BLR1": 3, "HYD1": 3, "PNQ1": 2, "BOG1": 3, "MDE1": 2,
              "NBO1": 3, "KRK1": 2, "MTY1": 2, "CPT1": 1, "KIN1": 2, "TPA1": 2, "SAT1": 2, "BOI1": 1}
    pool = [c for c in codes for _ in range(site_w[c])]
    for _ in range(quota(0.22)):
        H.site_agent(r.choice(pool))
    for _ in range(quota(0.035)):
        H.site_agent(r.choice(["MNL1", "MNL3", "NBO1", "HYD1", "BOG1", "KRK1", "CEB1"]), "content_moderator",
                     client=r.choice([c for c in D.CLIENTS if c[0] in ("Quill Social", "Streamly", "Tandem Rideshare", "Cartwheel Retail")]))
    for _ in range(quota(0.16)):
        H.home_agent("US")
    intl = ["PH"] * 4 + ["IN"] * 2 + ["CO"] * 2 + ["KE"] * 2 + ["PL", "MX", "ZA", "JM", "JM"]
    for _ in range(quota(0.09)):
        H.home_agent(r.choice(intl))
    n = 0
    while n < quota(0.09):
        b = H.vendor_batch(r.randrange(len(D.VENDORS)), r.randint(5, 30))
        n += len(b)
    n = 0
    while n < quota(0.04):
        n += len(H.household(r.choice([2, 2, 2, 3, 3, 4])))
    for _ in range(quota(0.05)):
        H.backoffice()
    for _ in range(quota(0.09)):
        H.applicant()
    for _ in range(quota(0.03)):
        H.student()
    spaces = []
    for i in range(max(2, quota(0.0012))):
        c = r.choice(["US"] * 4 + ["CO", "PL", "PH", "KE"])
        pl = w.place(c)
        spaces.append((w.office_net(("cowork", i), c, pl, n_ips=2, service="COWORK",
                                    isp=(r.choice(["WeWork", "Regus", "Industrious", "Selina", "KMC"]), r.choice([3356, 7018, 9299, 10620]),
                                         r.choice(["WeWork Companies LLC", "Regus Management Group", "Level 3 Parent, LLC"]), "COWORK")), c))
    for _ in range(quota(0.012)):
        H.coworking(r.choice(spaces))
    for _ in range(quota(0.015)):
        H.privacy()
    for _ in range(quota(0.01)):
        H.traveller()
    n = 0
    while n < quota(0.01):
        n += len(H.namesakes())
    n = 0
    while n < quota(0.016):
        n += len(H.rehire())
    for _ in range(quota(0.008)):
        H.name_changed()
    for _ in range(quota(0.01)):
        H.moved()
    for _ in range(quota(0.0075)):
        H.it_helpdesk()
    for _ in range(quota(0.0035)):
        H.portal_account("vendor_recruiter")
    for _ in range(quota(0.003)):
        H.portal_account("client_workforce_manager")
    # leads: one per 8-15 agents with managed machines
    agents = list(H.home_agents)
    r.shuffle(agents)
    i = 0
    while i < len(agents) and H.left() > 0 and i < quota(0.02) * 12:
        k = r.randint(8, 15)
        H.team_lead(agents[i:i + k])
        i += k
    while H.left() > 0:
        x = r.random()
        if x < 0.5:
            H.home_agent("US")
        elif x < 0.8:
            H.site_agent(r.choice(pool))
        else:
            H.home_agent(r.choice(intl))
    return H
