"""Fraud populations: DPRK IT-worker teams, persona rings (full, careful, split), lone personas, laptop-farm facilitators,
money mules, and front companies posing as offshore outsourcing suppliers whose developers are personas."""
import datetime as dt

from . import data as D
from . import honest as H
from . import lives as L
from . import media as M
from .common import T0, T1, DPRK_SPACE

BASES = [("CN", "Shenyang"), ("CN", "Shenyang"), ("CN", "Dalian"), ("RU", "Vladivostok"), ("LA", "Vientiane")]
SHARE_KINDS = ["recovery_email", "recovery_phone", "payout", "shipping", "photo", "resume", "signup_ip", "device", "phone", "github"]


def fperson(w, kind, country="US", **kw):
    p = L.new_person(w, country, kind=kind, **kw)
    p["fraud"] = True
    w.people.append(p)
    return p


def make_team(w, i):
    c, city = w.ch(BASES)
    base = L.place(w, c, city=next((x for x in D.FOREIGN[c] if x[0] == city), None))
    prov = "astrill" if w.p(0.75) else w.ch(["nordvpn", "expressvpn", "surfshark"])
    t = {"i": i, "base": base, "base_net": w.net("office", c, city=base["city"]), "prov": prov,
         "exits": w.vpn(prov, "US"), "vps": [w.net("hosting", "US") for _ in range(w.r.randrange(1, 3))],
         "laptops": [w.device_id("vms") for _ in range(w.r.randrange(4, 9))],
         "mailboxes": [w.email(w.ch(D.FIRST["us"]), w.ch(D.LAST["us"]), w.ch(D.THROWAWAY_MAIL)) for _ in range(w.r.randrange(2, 5))],
         "voip": [w.phone("US") for _ in range(w.r.randrange(4, 9))],
         "masters": [M.new_resume(w, w.ch(["Senior Full Stack Engineer", "Blockchain Developer", "Senior React Developer", "Mobile Developer (iOS/Android)", "Senior Java Developer"])) for _ in range(w.r.randrange(2, 4))],
         "faces": [M.face_params(w) for _ in range(w.r.randrange(2, 5))],
         "wallets": ["payoneer:" + w.email(w.ch(D.FIRST["us"]), w.ch(D.LAST["us"]), "gmail.com") for _ in range(3)],
         "usdt": ["T" + w.hx(33) for _ in range(2)],
         "org": w.ch(["devlab", "codeforge", "bytewave", "nextstack", "pixelcraft"]) + "-" + w.hx(4),
         "us_hours": w.p(0.7), "dprk": w.p(0.3)}
    t["facilitators"] = [facilitator(w, t) for _ in range(w.r.randrange(2, 4))]
    t["mules"] = [mule(w, t) for _ in range(2)]
    return t


def facilitator(w, t):
    """A US person hosting a laptop farm: house, home line, router, an IP-KVM for some; their own contractor/candidate rows."""
    p = fperson(w, "facilitator", "US")
    p["tokens"] += [f"team_{t['i']}", "laptop_farm_host"]
    p["kvm"] = w.p(0.65)
    if p["kvm"]:
        p["tokens"].append("ip_kvm")
    k = w.r.random()
    if k < 0.5:
        sup = w.ch(w.sup["staffing"])
        L.engagement(w, p, w.ch(w.clients), sup, dest_fn=H.pay_to(sup, p), work_nets=[(p["home"], 8), (p["mob"], 2)])
    else:
        H.candidate_rows(w, p, w.sup["staffing"], n=w.r.randrange(1, 3))
    return p


def mule(w, t):
    p = fperson(w, "money_mule", "US")
    p["tokens"].append(f"team_{t['i']}")
    sup = w.ch(w.sup["staffing"] + w.sup["compliance"])
    L.engagement(w, p, w.ch(w.clients), sup, dest_fn=lambda tt: (p["bank"], "bank"), work_nets=[(p["home"], 8), (p["mob"], 2)],
                 laptop_to="none" if w.p(0.5) else None)
    return p


def persona(w, t, kind, ring_tag, shared, careful=False, claimed="US", fac=None):
    """One persona: identity (made up or stolen), contact, face, resume, sign-in habits."""
    fac = fac or w.ch(t["facilitators"])
    metro = fac["metro"] if w.p(0.5) else None
    p = fperson(w, kind, claimed, metro=metro) if claimed == "US" else fperson(w, kind, claimed, origin=w.us_origin() if w.p(0.3) else None)
    p["tokens"] += [f"team_{t['i']}", ring_tag]
    p["team"] = t
    p["fac"] = fac
    if claimed == "US" and w.p(0.08 if careful else 0.25):
        v = H.victim(w)
        p["first"], p["last"], p["birth"], p["nid"] = v["first"], v["last"], v["birth"], v["nid"]
        p["li"] = v["li"] if w.p(0.5) else p["li"]
        if w.p(0.3):
            p["addr"] = v["addr"]
        p["tokens"].append("stolen_identity")
    p["email"] = w.email(p["first"], p["last"], w.ch(D.THROWAWAY_MAIL), style=w.ch([2, 5, 6]))
    if not careful and w.p(0.7):
        p["phone"] = w.ch(t["voip"]) if w.p(0.35) else w.phone("US")
        p["ptype"] = w.ch(["voip", "nonFixedVoip", "VOIP", "voip"])
        p["tokens"].append("voip_contact")
    elif claimed == "US":
        p["ptype"] = "mobile"
    if claimed == "US" and w.p(0.0 if careful else 0.45):
        p["addr"] = fac["addr"] if w.p(0.7) else dict(fac["addr"], street="c/o " + fac["last"] + ", " + fac["addr"]["street"])
        p["tokens"].append("claims_facilitator_address")
    if not careful and w.p(0.55):
        p["face"] = M.edited(w, w.ch(t["faces"]))
        p["tokens"].append("edited_photo")
    if not careful and w.p(0.6):
        p["res"] = dict(w.ch(t["masters"]))
        p["tokens"].append("cloned_resume")
    if not careful and w.p(0.3):
        p["pdev"] = w.ch(t["laptops"])
        p["tokens"].append("operator_laptop")
    if not careful and w.p(0.4):
        p["recovery_email"] = w.ch(t["mailboxes"])
    p["gh"] = f"https://github.com/{t['org']}" if (not careful and w.p(0.3)) else p["gh"]
    # shared things of the ring
    for k, v in shared.items():
        if k == "recovery_email":
            p["recovery_email"] = v
        elif k == "recovery_phone":
            p["recovery_phone"] = v
        elif k == "photo":
            p["face"] = M.edited(w, v) if w.p(0.6) else dict(v)
        elif k == "resume":
            p["res"] = dict(v)
        elif k == "device":
            p["pdev"] = v
        elif k == "phone":
            p["phone"] = v
            p["ptype"] = "voip"
        elif k == "github":
            p["gh"] = v
        elif k == "shipping":
            p["ship_to"] = v
        p["tokens"].append("shared_" + k)
    # sign-in habits
    if careful:
        prov = w.ch(["nordvpn", "expressvpn", "surfshark"])
        p["vms_nets"] = [(w.vpn(prov, "US"), 5), (w.resi_proxy(), 4)]
        p["tokens"].append("own_vpn")
    else:
        p["vms_nets"] = [(t["exits"], 5), (w.resi_proxy(), 3), (w.ch(t["vps"]), 1)]
        if "signup_ip" in shared:
            p["vms_nets"].append((shared["signup_ip"], 3))
        if w.p(0.1):
            p["vms_nets"].append((t["base_net"], 0.2))
            p["tokens"].append("vpn_dropout")
        if t["dprk"] and w.p(0.3):
            p["vms_nets"].append(({"ips": [f"{DPRK_SPACE}{w.r.randrange(6, 8)}.{w.r.randrange(1, 255)}"], "type": "isp", "owner": "Star JV", "asn": 131279, "country": "KP", "city": "", "mac": "", "wifi": "", "proxy": False}, 0.15))
            p["tokens"].append("kp_address_space")
    p["tokens"].append("us_hours_from_asia" if t["us_hours"] else "asia_hours")
    p["work_tz"] = p["tz"]
    p["hours"] = (8, 18) if t["us_hours"] else ((8 + w.tzoff("America/New_York") - w.tzoff(t["base"]["tz"])) % 24, (18 + w.tzoff("America/New_York") - w.tzoff(t["base"]["tz"])) % 24 + 0.01)
    if not t["us_hours"]:
        p["work_tz"] = t["base"]["tz"]
        p["hours"] = (9, 19)
    return p


def persona_rows(w, p, sup_pool, shared, engage_p=0.4, client_pool=None, fixed_sup=None, pay_shared=None, n_sub=None):
    t = p["team"]
    fac = p["fac"]
    n = n_sub or w.wch([(1, 15), (2, 25), (3, 25), (5, 20), (8, 15)])
    if n >= 4:
        p["tokens"].append("many_submissions")
    sig = shared.get("signup_ip")
    for i in range(n):
        sup = fixed_sup or w.ch(sup_pool)
        over = {"signup_ip": w.ch(sig["ips"]) if sig else (w.ch(sup["office"]["ips"]) if sup["type"] != "direct" and w.p(0.8) else w.ch(w.wch(p["vms_nets"])["ips"]))}
        if p.get("recovery_email") and w.p(0.6):
            over["recovery_email"] = p["recovery_email"]
        if p.get("recovery_phone") and w.p(0.6):
            over["recovery_phone"] = p["recovery_phone"]
            over["recovery_phone_line_type"] = "voip" if w.p(0.7) else ""
        if p.get("face") and w.p(0.6):
            over["photo"] = L.add_photo(w, p["face"], "JPEG" if w.p(0.3) else "PNG")
        sid = L.submit(w, p, w.ch(client_pool or w.clients), sup, t=w.day(T0 - dt.timedelta(days=120), T1), **over)
        L.vms_logins(w, sid, p, p["vms_nets"], w.r.randrange(1, 4), device=p["pdev"], tz=p["work_tz"], h=p["hours"])
    if w.p(engage_p):
        sup = fixed_sup or w.ch(sup_pool)
        client = w.ch(client_pool or w.clients)
        farm = fac["home"] if not p.get("no_farm") else t["base_net"]
        dest = p.get("ship_to") or (fac["addr"] if w.p(0.75) else dict(fac["addr"], street="c/o " + fac["first"] + " " + fac["last"] + ", " + fac["addr"]["street"]))
        p["tokens"] += ["laptop_farm", "laptop_to_facilitator"]
        procs, usb, ports, sess = [], [], [], []
        if w.p(0.75):
            tool, port = w.ch(D.REMOTE_TOOLS)
            procs.append(tool)
            if port:
                ports.append(port)
            p["tokens"].append("remote_tool")
        if fac.get("kvm"):
            usb.append(w.ch(D.IPKVM_USB))
            p["tokens"].append("ip_kvm")
        if w.p(0.5):
            sess.append((w.ch(t["exits"]["ips"]), T0 - dt.timedelta(days=w.r.randrange(1, 60))))
            ports.append("3389/tcp")
            p["tokens"].append("remote_sessions")
        tel_tz = fac["tz"] if w.p(0.8) else t["base"]["tz"]
        kb = w.wch([("en-US", 85), ("zh-CN", 8), ("ko-KR", 4), ("ru-RU", 3)])
        wallet = pay_shared or w.ch(t["wallets"])
        first_dest = w.ch([fac["bank"], w.ch(t["mules"])["bank"], p["bank"]])
        switch = None
        if w.p(0.55):
            switch = T0 + dt.timedelta(days=w.r.randrange(30, 150))
            p["tokens"].append("payout_changed")
        if pay_shared:
            first_dest = pay_shared
            switch = None
        if first_dest == fac["bank"]:
            p["tokens"].append("paid_to_facilitator")
        elif first_dest != p["bank"] and first_dest != pay_shared:
            p["tokens"].append("mule_account")
        if sup["type"] in ("staffing", "compliance", "front"):
            # the VMS pays the supplier; the supplier's payroll pays the persona: export holds the supplier remittance
            fd = sup["bank"]
            dest_fn = lambda tt: (fd, "bank")
            if sup["type"] == "compliance":
                dest_fn = lambda tt: ((wallet, "wallet") if switch and tt > switch else (first_dest, "bank"))
        else:
            dest_fn = lambda tt: ((wallet, "wallet") if switch and tt > switch else (first_dest, "bank"))
        nets = [(farm, 7), (t["exits"], 2), (w.resi_proxy(), 1)] if not p.get("no_farm") else [(t["exits"], 6), (w.resi_proxy(), 2), (w.ch(t["vps"]), 1)]
        if p.get("no_farm"):
            p["tokens"].remove("laptop_farm")
        L.engagement(w, p, client, sup, laptop_addr=dest, work_nets=nets, work_tz=p["work_tz"], h=p["hours"], kb=kb, tel_tz=tel_tz, gw_net=farm,
                     procs=procs, usb=usb, ports=ports, sessions=sess, dest_fn=dest_fn, vms_nets=p["vms_nets"], vms_device=p["pdev"],
                     submission=False, row_over=_row_over(w, p))


def _row_over(w, p):
    o = {"signup_ip": w.ch(w.wch(p["vms_nets"])["ips"])}
    if p.get("recovery_email"):
        o["recovery_email"] = p["recovery_email"]
    if p.get("recovery_phone"):
        o["recovery_phone"] = p["recovery_phone"]
        o["recovery_phone_line_type"] = "voip"
    if p.get("face"):
        o["photo"] = L.add_photo(w, p["face"], "JPEG" if w.p(0.3) else "PNG")
    return o


def ring_shared(w, t, kinds, fac):
    v = {}
    for k in kinds:
        if k == "recovery_email":
            v[k] = w.ch(t["mailboxes"])
        elif k == "recovery_phone":
            v[k] = w.ch(t["voip"])
        elif k == "payout":
            v[k] = w.ch(t["wallets"] + [w.ch(t["mules"])["bank"], fac["bank"]])
        elif k == "shipping":
            v[k] = fac["addr"]
        elif k == "photo":
            v[k] = w.ch(t["faces"])
        elif k == "resume":
            v[k] = w.ch(t["masters"])
        elif k == "signup_ip":
            v[k] = w.ch(t["vps"])
        elif k == "device":
            v[k] = w.ch(t["laptops"])
        elif k == "phone":
            v[k] = w.ch(t["voip"])
        elif k == "github":
            v[k] = f"https://github.com/{t['org']}"
    return v


def weak_suppliers(w):
    # staffing agencies that resubmit whoever applies, IC-compliance firms, direct sourcing
    return w.r.sample(w.sup["staffing"], min(12, len(w.sup["staffing"]))) + w.sup["compliance"] + [w.direct]


def full_ring(w, t, idx, size):
    fac = w.ch(t["facilitators"])
    kinds = w.r.sample(SHARE_KINDS, w.r.randrange(1, 4))
    shared = ring_shared(w, t, kinds, fac)
    pool = weak_suppliers(w)
    out = []
    for _ in range(size):
        p = persona(w, t, "persona_ring", f"team{t['i']}_ring{idx}", shared, fac=fac)
        p["tokens"].append(f"ring_size_{size}")
        persona_rows(w, p, pool, shared, pay_shared=shared.get("payout"))
        out.append(p)
    return out


def careful_ring(w, t, idx, size):
    fac = w.ch(t["facilitators"])
    k = w.ch(SHARE_KINDS)
    shared = ring_shared(w, t, [k], fac)
    pool = weak_suppliers(w)
    for _ in range(size):
        p = persona(w, t, "careful_ring", f"team{t['i']}_careful{idx}", shared, careful=True, fac=fac if k == "shipping" else None)
        p["tokens"].append(f"shares_only_{k}")
        persona_rows(w, p, pool, shared, engage_p=0.35, pay_shared=shared.get("payout"), n_sub=w.ch([1, 2, 3]))


def split_ring(w, t, idx, size):
    """Members each at a different client through a different supplier, tied by one thing only."""
    fac = w.ch(t["facilitators"])
    k = w.ch(["phone", "payout", "recovery_email", "photo", "shipping"])
    shared = ring_shared(w, t, [k], fac)
    sups = w.r.sample(weak_suppliers(w), size)
    clients = w.r.sample(w.clients, size)
    for j in range(size):
        p = persona(w, t, "split_ring", f"team{t['i']}_split{idx}", shared, careful=w.p(0.5), fac=fac)
        p["tokens"] += [f"split_{k}", "split_across_clients"]
        persona_rows(w, p, [sups[j]], shared, engage_p=0.6, client_pool=[clients[j]], fixed_sup=sups[j], pay_shared=shared.get("payout"), n_sub=w.ch([1, 1, 2]))


def lone(w, t):
    p = persona(w, t, "lone_persona", "lone", {}, careful=True)
    p["tokens"].append("few_traits")
    persona_rows(w, p, weak_suppliers(w), {}, engage_p=0.5, n_sub=w.ch([1, 2, 2, 3]))


def front(w, t, idx):
    """A DPRK front company posing as an offshore outsourcing supplier; its 'developers' are personas."""
    name, c, city = w.ch(D.FRONT_NAMES)
    sup = L.supplier(w, "front", c, city=next((x for x in D.FOREIGN[c] if x[0] == city), None), name=name, front=True)
    sup["front_disguise"] = "offshore"
    sup["office"] = t["exits"] if w.p(0.5) else sup["office"]
    sup["vpn"] = t["exits"]
    sup["template"] = {"header": f"{name} - Resource Profile", "summary": w.ch(D.SUMMARY)}
    sup["backdrop"] = ((w.r.randrange(150, 256), w.r.randrange(150, 256), w.r.randrange(150, 256)), ((w.r.randrange(256), w.r.randrange(256), w.r.randrange(256)), 6))
    sup["contact_share"] = 0.5
    sup["hub"] = w.us_address(w.ch(D.US_METROS), unit=f"Suite {w.r.randrange(100, 900)}")
    if w.p(0.5):
        sup["domain_row"]["registrant_email"] = w.ch(t["mailboxes"])
    if w.p(0.4):
        sup["domain_row"]["ip"] = w.ch(w.ch(t["vps"])["ips"])
    clients = w.r.sample(w.clients, min(len(w.clients), w.r.randrange(2, 6)))
    staff = []
    for _ in range(w.r.randrange(2, 4)):
        s = fperson(w, "front_company_staff", c, city=next((x for x in D.FOREIGN[c] if x[0] == city), None), origin=w.ch(["cn", "kr", "us", "east_eu"]))
        s["email"] = f"{s['first'].lower()}.{s['last'].lower()}@{sup['domain']}".replace(" ", "").replace("-", "")
        s["pdev"] = w.ch(t["laptops"])
        s["phone"] = w.ch(t["voip"]) if w.p(0.5) else s["phone"]
        s["ptype"] = "voip" if s["phone"] in t["voip"] else "mobile"
        s["recovery_email"] = w.ch(t["mailboxes"])
        s["tokens"] += [f"team_{t['i']}", f"front_{idx}", "front_company"]
        sup["recruiters"].append(s)
        staff.append(s)
    for s in staff:
        L.supplier_user(w, sup, s, extra_nets=[(w.ch(t["vps"]), 1)])
    ndev = w.r.randrange(5, 15)
    shared = ring_shared(w, t, w.r.sample(["recovery_phone", "recovery_email", "photo", "resume", "device"], w.r.randrange(0, 3)), w.ch(t["facilitators"]))
    for _ in range(ndev):
        claimed = w.ch(D.FRONT_CLAIMED)
        p = persona(w, t, "front_developer", f"front_{idx}", shared, claimed=claimed)
        p["tokens"] += ["front_company", "paid_to_front"]
        if claimed != "US":
            # a foreign claimed developer: no facilitator farm; laptop to the front's US hub or VDI
            p["ship_to"] = sup["hub"] if w.p(0.6) else None
            p["fac"] = dict(p["fac"])
            p["no_farm"] = True
            if p["ship_to"] is None:
                p["fac"]["addr"] = sup["hub"]
            p["tokens"].append("laptop_to_front_hub")
        persona_rows(w, p, [sup], shared, engage_p=0.65, client_pool=clients, fixed_sup=sup, n_sub=w.ch([1, 2, 3]))
    return sup


def generate_fraud(w, n):
    f = n / 20000.0
    teams = [make_team(w, i + 1) for i in range(max(2, round(4 * f)))]
    for i in range(max(2, round(15 * f))):
        full_ring(w, teams[i % len(teams)], i + 1, w.r.randrange(3, 9))
    for i in range(max(2, round(10 * f))):
        careful_ring(w, teams[i % len(teams)], i + 1, w.r.randrange(2, 5))
    for i in range(max(1, round(6 * f))):
        split_ring(w, teams[i % len(teams)], i + 1, w.r.randrange(3, 5))
    for i in range(max(2, round(30 * f))):
        lone(w, teams[i % len(teams)])
    fronts = [front(w, teams[i % len(teams)], i + 1) for i in range(max(1, round(3 * f)))]
    return teams, fronts
