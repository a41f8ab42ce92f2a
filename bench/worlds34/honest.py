"""Honest populations of Vendorly: agency contractors, offshore and nearshore developers, IC-compliance contractors, direct freelancers,
candidates, recruiters, client managers, nomads, IT admins, households, movers, and the look-alike habits they bring."""
import datetime as dt

from . import data as D
from . import lives as L
from .common import T0, T1

OFFSHORE_COUNTRIES = [("IN", 40), ("PH", 12), ("VN", 8), ("UA", 8), ("PL", 8), ("PK", 6), ("EG", 4), ("RO", 4), ("CN", 3), ("GE", 2), ("AM", 2), ("KZ", 2), ("NG", 2), ("KE", 2)]
NEARSHORE_COUNTRIES = [("MX", 35), ("CO", 25), ("AR", 15), ("BR", 15), ("CR", 6), ("UY", 4)]


def person(w, kind, country="US", **kw):
    p = L.new_person(w, country, kind=kind, **kw)
    w.people.append(p)
    return p


def habits(w, p):
    """Look-alike habits: traits that change how a US remote worker's sign-ins and devices look."""
    nets = [(p["home"], 8), (p["mob"], 1.5)]
    tz, kb = p["tz"], p["kb"]
    if w.p(0.05):  # home internet over a carrier's fixed wireless (CGNAT pool shared by a metro)
        p["home"] = w.mobile("US", p["city"])
        p["home"]["type"] = "mobile"
        nets = [(p["home"], 8), (p["mob"], 1.5)]
        p["tokens"].append("fixed_wireless_cgnat")
    if w.p(0.07):
        cw = w.cowork(p["metro"])
        nets.append((cw, 5))
        p["cowork"] = cw
        p["tokens"].append("coworking")
    if w.p(0.08):
        nets.append((w.vpn(w.ch(["nordvpn", "expressvpn", "surfshark", "proton", "mullvad", "pia"]), "US"), 3))
        p["tokens"].append("vpn_user")
    if w.p(0.06):
        nets.append((w.egress(), 4))
        p["tokens"].append("corporate_egress")
    if w.p(0.06):  # a trip abroad: hotel wi-fi
        c = w.ch(["MX", "GB", "PT", "JP", "TH", "CO", "IN", "PH", "KR", "CN", "VN", "ES", "DE"])
        city = w.ch(D.FOREIGN[c])
        nets.append((w.pool(f"hotel|{c}|{city[0]}|{w.r.randrange(4)}", 6, "hotel", c, w.ch(D.FOREIGN_ISPS[c])[0], w.ch(D.FOREIGN_ISPS[c])[1], city[0]), 1.5))
        p["tokens"].append("traveller")
    if p["origin"] in ("kr", "cn", "vn", "east_eu", "in") and w.p(0.12):
        kb = {"kr": "ko-KR", "cn": "zh-CN", "vn": "vi-VN", "east_eu": w.ch(["uk-UA", "ru-RU", "pl-PL"]), "in": "hi-IN"}[p["origin"]]
        p["tokens"].append("heritage_keyboard")
        if w.p(0.3):
            tz = w.ch(["Asia/Seoul", "Asia/Shanghai", "Asia/Ho_Chi_Minh", "Europe/Kyiv", "Asia/Kolkata"])
            p["tokens"].append("clock_left_abroad")
    return nets, tz, kb


def spouse(w, p, kind):
    """A partner in the same home: same address and home line, often a joint account, a family PC."""
    q = person(w, kind, "US", metro=p["metro"], origin=p["origin"] if w.p(0.7) else None)
    q["last"] = p["last"] if w.p(0.7) else q["last"]
    q["addr"] = p["addr"]
    q["home"] = p["home"]
    if w.p(0.5):
        q["bank"] = p["bank"]
        q["tokens"].append("joint_account")
        p["tokens"].append("joint_account")
    if w.p(0.3):
        q["pdev"] = p["pdev"]
        q["tokens"].append("family_device")
        p["tokens"].append("family_device")
    if w.p(0.15):
        q["recovery_phone"] = p["phone"]
        q["tokens"].append("recovery_is_family")
    q["tokens"].append("household")
    p["tokens"].append("household")
    return q


def laptop_dest(w, p, client, sup):
    k = w.r.random()
    if k < 0.08:
        p["tokens"].append("laptop_to_client_office")
        return client["office"]
    if k < 0.14 and sup and sup["type"] == "staffing":
        p["tokens"].append("laptop_to_agency_office")
        return sup["addr"]
    if k < 0.17:
        p["tokens"].append("laptop_to_relative")
        a = dict(w.us_address(w.ch(D.US_METROS)))
        a["street"] = "c/o " + w.ch(D.LAST["us"]) + ", " + a["street"]
        return a
    if k < 0.22 and client.get("depot"):
        p["tokens"].append("laptop_to_it_depot")
        if "depot_addr" not in client:
            client["depot_addr"] = w.ch(w.depots)
        return client["depot_addr"]
    return p.get("laptop_home") or p["addr"]


def pay_to(sup, p):
    if sup is None or sup["type"] == "direct":
        return lambda t: (p["bank"], "bank")
    return lambda t: (sup["bank"], "bank")


def us_worker(w, kind, sup_pool, n_eng=None):
    p = person(w, kind, "US")
    nets, tz, kb = habits(w, p)
    procs, usb, ports, sess = [], [], [], []
    if w.p(0.04):
        p["tokens"].append("remote_tool")
        procs.append(w.ch(["AnyDesk.exe", "TeamViewer.exe", "remoting_host.exe"]))
        if "AnyDesk.exe" in procs:
            ports.append("7070/tcp")
    fams = [p]
    if w.p(0.09):
        fams.append(spouse(w, p, w.ch([kind, "agency_contractor", "candidate"])))
    for q in fams:
        engs = n_eng or (2 if w.p(0.07) else 1)
        if q is not p:
            nets_q = [(q["home"], 8), (q["mob"], 1.5)]
        else:
            nets_q = nets
        if q["kind"] == "candidate":
            candidate_rows(w, q, sup_pool)
            continue
        if engs > 1:
            q["tokens"].append("two_suppliers")
        if w.p(0.06):
            q["tokens"].append("moved")
            q["old_addr"] = q["addr"]
            m = w.ch(D.US_METROS)
            q["addr"] = w.us_address(m)
            q["home_old"] = q["home"]
        sups = w.r.sample(sup_pool, min(engs, len(sup_pool)))
        for i, sup in enumerate(sups):
            client = w.ch(w.clients)
            dest = laptop_dest(w, q, client, sup)
            addr_over = {}
            if q.get("old_addr") and i == 0:
                addr_over["addr"] = q["old_addr"]
            if w.p(0.04):
                addr_over["photo"] = w.default_avatar
                q["tokens"].append("default_avatar")
            wn = nets_q + ([(q["home_old"], 4)] if q.get("home_old") else [])
            L.engagement(w, q, client, sup, laptop_addr=dest, work_nets=wn, work_tz=tz if q is p else None, kb=kb if q is p else None,
                         procs=procs if q is p else (), ports=ports if q is p else (), dest_fn=pay_to(sup, q), row_over=addr_over or None,
                         gw_net=q["home"] if "coworking" not in q["tokens"] or w.p(0.5) else q.get("cowork"))
        if w.p(0.35):
            candidate_rows(w, q, sup_pool, n=w.r.randrange(1, 3))
    return fams


def agency_contractor(w):
    return us_worker(w, "agency_contractor", w.sup["staffing"])


def ic_contractor(w):
    fams = us_worker(w, "ic_compliance_contractor", w.sup["compliance"])
    return fams


def direct_freelancer(w):
    p = person(w, "direct_freelancer", "US") if w.p(0.7) else person(w, "direct_freelancer", w.wch(OFFSHORE_COUNTRIES + NEARSHORE_COUNTRIES))
    nets, tz, kb = habits(w, p) if p["country"] == "US" else ([(p["home"], 8), (p["mob"], 2)], p["tz"], p["kb"])
    dest_fn = lambda t: (p["bank"], "bank")
    if p["country"] != "US":
        handle = w.ch(["payoneer:", "wise:"]) + p["email"].strip().lower()
        dest_fn = lambda t: (handle, "wallet")
        p["tokens"].append("paid_abroad_wallet")
        if w.p(0.5):
            tz = "America/New_York"
            p["tokens"].append("us_hours_abroad")
        if w.p(0.2):
            nets.append((w.vpn(w.ch(["nordvpn", "expressvpn", "proton"]), "US"), 3))
            p["tokens"].append("vpn_user")
    if w.p(0.15):
        p["ptype"] = "voip"
        p["phone"] = w.phone("US")
        p["tokens"].append("google_voice")
    client = w.ch(w.clients)
    h = (8, 18.5) if tz == p["tz"] else (8, 17)
    L.engagement(w, p, client, w.direct, work_nets=nets, work_tz=tz, kb=kb, dest_fn=dest_fn, laptop_to="none" if p["country"] != "US" and w.p(0.6) else None,
                 tel_tz=p["tz"], h=h)
    if w.p(0.3):
        L.engagement(w, p, w.ch(w.clients), w.direct, work_nets=nets, work_tz=tz, kb=kb, dest_fn=dest_fn, laptop_to="none", tel_tz=p["tz"], h=h)
        p["tokens"].append("two_clients")
    return [p]


def offshore_dev(w, near=False):
    sup = w.ch(w.sup["nearshore" if near else "offshore"])
    p = person(w, "nearshore_developer" if near else "offshore_developer", sup["country"], city=next(c for c in D.FOREIGN[sup["country"]] if c[0] == sup["city"]))
    p["face"] = None
    client = w.ch(sup["clients"])
    nets = [(sup["office"], 10)] + ([(sup["vpn"], 6)] if sup.get("vpn") else []) + [(p["home"], 3), (p["mob"], 1)]
    if sup["country"] == "CN" and w.p(0.6):
        nets.append((w.vpn("astrill", "US"), 4))
        p["tokens"].append("vpn_astrill")
    tz = p["tz"]
    h = (9, 18.5)
    if not near and w.p(0.5):
        tz = "America/New_York"
        h = (8, 15)
        p["tokens"].append("us_hours_abroad")
    p["tokens"] += ["firm_office_network", "paid_to_firm", "firm_resume_template"]
    dest = sup["addr"]
    procs, ports, sess = [], [], []
    gw = sup["office"]
    lt = None
    if sup.get("laptops_in_office_rdp") and w.p(0.7):
        dest = sup["addr"]
        procs = [w.ch(["TeamViewer.exe", "AnyDesk.exe", "mstsc.exe"])]
        ports = ["3389/tcp"]
        sess = [(w.ch(p["home"]["ips"]), w.day(T0 - dt.timedelta(days=30), T0 + dt.timedelta(days=60)))]
        p["tokens"].append("office_laptop_rdp")
    elif w.p(0.35):
        dest = sup["hub"]
        p["tokens"].append("laptop_to_supplier_hub")
    elif w.p(0.3):
        lt = "none"
        p["tokens"].append("vdi_no_laptop")
    else:
        p["tokens"].append("laptop_to_firm_office")
    row_over = {}
    if w.p(0.5):
        row_over["photo"] = L.photo_of(w, p, backdrop=sup["backdrop"])
        p["tokens"].append("office_backdrop_photo")
    if w.p(0.3):  # the firm registers its developers with the delivery manager's contact
        dm = w.ch(sup["recruiters"])
        row_over["email"] = dm["email"] if w.p(0.5) else p["email"]
        row_over["recovery_email"] = dm["email"]
        row_over["recovery_phone"] = sup["phone"]
        p["tokens"].append("manager_as_recovery")
    L.engagement(w, p, client, sup, laptop_addr=dest, laptop_to=lt, work_nets=nets, work_tz=tz, h=h, kb=p["kb"], tel_tz=p["tz"] if w.p(0.7) else tz,
                 gw_net=gw, procs=procs, ports=ports, sessions=sess, dest_fn=lambda t: (sup["bank"], "bank"), row_over=row_over or None,
                 vms_nets=[(sup["office"], 5), (p["mob"], 1)])
    if w.p(0.25):  # rotated to a second client account
        L.engagement(w, p, w.ch(sup["clients"]), sup, laptop_addr=dest, laptop_to=lt, work_nets=nets, work_tz=tz, h=h, kb=p["kb"],
                     gw_net=gw, dest_fn=lambda t: (sup["bank"], "bank"), vms_nets=[(sup["office"], 5)])
        p["tokens"].append("rotated_clients")
    return [p]


def candidate_rows(w, p, sup_pool, n=None):
    n = n or w.wch([(1, 40), (2, 25), (3, 15), (4, 10), (6, 6), (9, 4)])
    if n >= 4:
        p["tokens"].append("many_submissions")
    sups = [w.ch(sup_pool) for _ in range(min(3, n))]
    for i in range(n):
        sup = sups[i % len(sups)]
        res = p["res"]
        if i and w.p(0.3):
            res = dict(res)
            res["title"] = w.ch(D.TITLES)
            if "resume_versions" not in p["tokens"]:
                p["tokens"].append("resume_versions")
        L.submit(w, p, w.ch(w.clients), sup, res=res)
    if len(set(id(s) for s in sups)) > 1:
        p["tokens"].append("submitted_by_two_agencies")


def candidate(w):
    k = w.r.random()
    if k < 0.7:
        p = person(w, "candidate", "US")
        pool = w.sup["staffing"]
    else:
        sup = w.ch(w.sup["offshore"] + w.sup["nearshore"])
        p = person(w, "candidate", sup["country"], city=next(c for c in D.FOREIGN[sup["country"]] if c[0] == sup["city"]))
        pool = [sup]
    if w.p(0.05):
        p["tokens"].append("coached_resume")
        p["res"]["summary"] = w.coach_summary
    candidate_rows(w, p, pool)
    return [p]


def nomad(w):
    p = person(w, "digital_nomad", "US")
    stays = []
    for _ in range(w.r.randrange(2, 5)):
        c = w.ch(["PT", "CO", "TH", "MX", "GE", "ID", "ES", "JP", "AR", "BR"])
        city = w.ch(D.FOREIGN[c])
        owner, asn = w.ch(D.FOREIGN_ISPS[c])
        stays.append((w.pool(f"airbnb|{c}|{city[0]}|{w.r.randrange(30)}", 2, "home", c, owner, asn, city[0]), 3))
        stays.append((w.pool(f"cowork|{c}|{city[0]}", 4, "coworking", c, owner, asn, city[0]), 2))
    if w.p(0.5):
        stays.append((w.vpn(w.ch(["nordvpn", "expressvpn", "surfshark"]), "US"), 4))
        p["tokens"].append("vpn_user")
    if w.p(0.3):
        stays.append((p["home"], 5))  # a travel router tunnelling to the parents' home line
        p["tokens"].append("home_exit_node")
    p["ptype"] = "voip" if w.p(0.5) else p["ptype"]
    parents = dict(w.us_address(p["metro"]))
    p["tokens"] += ["moves_often", "laptop_to_parents"]
    sup = w.ch(w.sup["staffing"] + w.sup["compliance"] + [w.direct])
    L.engagement(w, p, w.ch(w.clients), sup, laptop_addr=parents, work_nets=stays, work_tz=p["tz"], h=(8, 17),
                 tel_tz=w.ch([p["tz"], "Europe/Lisbon", "America/Bogota", "Asia/Bangkok"]), dest_fn=pay_to(sup, p),
                 vms_nets=stays, gw_net=stays[0][0])
    return [p]


def it_admin(w):
    p = person(w, "it_admin", "US")
    nets, tz, kb = habits(w, p)
    procs = [w.ch(["TeamViewer.exe", "AnyDesk.exe", "rustdesk.exe"]), "mstsc.exe", "putty.exe"]
    ports = ["3389/tcp", "22/tcp"] + (["7070/tcp"] if "AnyDesk.exe" in procs else [])
    usb = [w.ch(D.HOMELAB_KVM_USB)] if w.p(0.35) else []
    if w.p(0.2):
        usb.append(("PiKVM Composite Device", "1d6b", "0104"))
        p["tokens"].append("homelab_pikvm")
    sess = [(f"10.{w.r.randrange(256)}.{w.r.randrange(256)}.{w.r.randrange(1, 255)}", w.day()) for _ in range(w.r.randrange(1, 3))]
    p["tokens"] += ["remote_tool", "remote_sessions"]
    sup = w.ch(w.sup["staffing"])
    L.engagement(w, p, w.ch(w.clients), sup, work_nets=nets, work_tz=tz, kb=kb, procs=procs, ports=ports, usb=usb, sessions=sess,
                 dest_fn=pay_to(sup, p), laptop_addr=laptop_dest(w, p, w.ch(w.clients), sup))
    return [p]


def client_manager(w, client):
    p = person(w, "client_manager", "US", metro=client["metro"], mail_domain=client["domain"])
    p["email"] = f"{p['first'].lower()}.{p['last'].lower()}@{client['domain']}".replace(" ", "")
    sid = L.subject_row(w, p, "client_user", client, None, t=w.day(T0 - dt.timedelta(days=900), T1), employer=client["name"],
                        signup_ip=w.ch(client["egress"]["ips"]), vendorly_job_title=w.ch(["Hiring Manager", "Engineering Manager", "Procurement", "MSP Program Manager"]),
                        phone_line_type="")
    L.vms_logins(w, sid, p, [(client["egress"], 6), (client["office_net"], 3), (p["home"], 1)], w.r.randrange(10, 60))
    return [p]


def recruiter(w, sup):
    if sup["country"] == "US":
        p = L.new_person(w, "US", metro=sup["metro"], kind="recruiter")
    else:
        p = L.new_person(w, sup["country"], city=next(c for c in D.FOREIGN[sup["country"]] if c[0] == sup["city"]), kind="recruiter")
    p["email"] = f"{p['first'].lower()}{'.' if w.p(0.5) else ''}{p['last'].lower()}@{sup['domain']}".replace(" ", "")
    p["tokens"].append("supplier_office_network")
    return p


def victim(w):
    """An honest person whose identity a persona reuses; their own rows are ordinary."""
    p = person(w, "identity_theft_victim", "US")
    k = w.r.random()
    p["tokens"].append("identity_reused")
    if k < 0.5:
        sup = w.ch(w.sup["staffing"])
        L.engagement(w, p, w.ch(w.clients), sup, dest_fn=pay_to(sup, p), work_nets=[(p["home"], 8), (p["mob"], 2)])
        p["tokens"].append("was_contractor")
    else:
        candidate_rows(w, p, w.sup["staffing"], n=w.r.randrange(1, 3))
        p["tokens"].append("was_candidate")
    return p


HONEST_MIX = [("agency", 30), ("candidate", 24), ("offshore", 14), ("nearshore", 6), ("ic", 10), ("direct", 7), ("nomad", 2), ("it_admin", 1.5)]


def one(w, which):
    if which == "agency":
        return agency_contractor(w)
    if which == "candidate":
        return candidate(w)
    if which == "offshore":
        return offshore_dev(w)
    if which == "nearshore":
        return offshore_dev(w, near=True)
    if which == "ic":
        return ic_contractor(w)
    if which == "direct":
        return direct_freelancer(w)
    if which == "nomad":
        return nomad(w)
    return it_admin(w)


def filler(w):
    """A one-row candidate (used to land exactly on N subjects)."""
    p = person(w, "candidate", "US")
    L.submit(w, p, w.ch(w.clients), w.ch(w.sup["staffing"]))
    return p
