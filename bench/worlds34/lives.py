"""People, clients, suppliers, and the rows a life leaves in Vendorly: submissions, engagements, sign-ins, telemetry, pay, laptops."""
import datetime as dt

from . import data as D
from . import media as M
from .common import T0, T1, DPRK_SPACE


# ---------------- people
def place(w, country, metro=None, city=None):
    if country == "US":
        m = metro or w.ch(D.US_METROS)
        return {"country": "US", "metro": m, "city": m[0], "tz": m[4], "kb": "en-US"}
    c = city or w.ch(D.FOREIGN[country])
    return {"country": country, "metro": None, "city": c[0], "tz": c[1], "kb": c[2]}


def new_person(w, country="US", origin=None, metro=None, city=None, kind="", mail_domain=None):
    pl = place(w, country, metro, city)
    if origin is None:
        origin = w.us_origin() if country == "US" else (D.COUNTRY_ORIGIN.get(country) or "us")
    first, last = w.name(origin)
    p = {"origin": origin, "first": first, "last": last, "nick": None, **pl, "kind": kind, "tokens": [],
         "birth": dt.date(w.r.randrange(1962, 2002), w.r.randrange(1, 13), w.r.randrange(1, 29)),
         "rows": [], "fraud": False}
    if country == "US":
        p["nid"] = w.salted(f"ssn{w.r.randrange(10**9)}")
    else:
        p["nid"] = w.salted(f"pp{country}{w.r.randrange(10**9)}")
    dom = mail_domain or (w.ch(D.FOREIGN_MAIL[country]) if country in D.FOREIGN_MAIL and w.p(0.5) else None)
    p["email"] = w.email(first, last, dom)
    p["phone"] = w.phone(country, pl["metro"])
    p["ptype"] = w.ch(["mobile"] * 9 + ["landline"]) if country == "US" else "mobile"
    p["addr"] = w.us_address(pl["metro"]) if country == "US" else w.foreign_address(country, pl["city"])
    p["home"] = w.net("home", country, city=pl["city"])
    p["mob"] = w.mobile(country, pl["city"])
    p["pdev"] = w.device_id("vms")
    p["os"] = "mac" if w.p(0.35) else "win"
    p["bank"] = w.bank()
    p["face"] = None
    p["photo"] = None
    p["res"] = M.new_resume(w)
    p["gh"] = f"https://github.com/{first.lower()}{last.lower()}{w.r.randrange(100) if w.p(0.5) else ''}".replace(" ", "")
    p["li"] = f"https://www.linkedin.com/in/{first.lower()}-{last.lower()}-{w.hx(6)}".replace(" ", "")
    p["recovery_email"] = None
    p["recovery_phone"] = None
    return p


def photo_of(w, p, reencode=False, backdrop=None):
    """Path of the person's photo (drawn once); a JPEG re-encoding on request."""
    if p.get("photo") is None:
        if p.get("face") is None:
            p["face"] = M.face_params(w)
            if backdrop:
                p["face"]["bg"], p["face"]["pattern"] = backdrop
        path = f"photos/{w.hx(14)}.png"
        w.photos[path] = M.draw(p["face"])
        p["photo"] = path
    if reencode:
        if not p.get("photo_jpg"):
            q = dict(p["face"])
            q["q"] = w.r.randrange(70, 95)
            path = f"photos/{w.hx(14)}.jpg"
            w.photos[path] = M.draw(q, "JPEG")
            p["photo_jpg"] = path
        return p["photo_jpg"]
    return p["photo"]


def add_photo(w, params, fmt="PNG"):
    path = f"photos/{w.hx(14)}.{'png' if fmt == 'PNG' else 'jpg'}"
    w.photos[path] = M.draw(params, fmt)
    return path


def resume_cell(w, p, template=None, author=None, name=None, contact=None, res=None):
    """A resume as the VMS holds it: a file (pdf/docx/txt/md) or parsed inline text."""
    res = res or p["res"]
    name = name or f"{p['first']} {p['last']}"
    header = template["header"] if template else None
    if template and template.get("summary"):
        res = dict(res)
        res["summary"] = template["summary"]
    cl = contact if contact is not None else [p["email"], p["phone"] if w.p(0.5) else "", f"{p['city']}"]
    text = M.resume_text(w, res, name, cl, header)
    k = w.r.random()
    if k < 0.35:
        return text
    if k < 0.65:
        path = f"resumes/{w.hx(12)}.pdf"
        w.resumes[path] = M.pdf_bytes(text)
    elif k < 0.88:
        path = f"resumes/{w.hx(12)}.docx"
        w.resumes[path] = M.docx_bytes(text, author or name)
    elif k < 0.95:
        path = f"resumes/{w.hx(12)}.txt"
        w.resumes[path] = text.encode()
    else:
        path = f"resumes/{w.hx(12)}.md"
        w.resumes[path] = ("# " + text).encode()
    return path


# ---------------- organisations
def make_clients(w, n):
    out = []
    used = set()
    for i in range(n):
        while True:
            nm = f"{w.ch(D.CLIENT_PREFIX)} {w.ch(D.CLIENT_INDUSTRY)}"
            if nm not in used:
                used.add(nm)
                break
        m = w.ch(D.US_METROS)
        dom = nm.lower().replace(" ", "") + ".com"
        c = {"id": f"CL{1000 + i}", "name": nm, "domain": dom, "idp": w.ch(["okta", "okta", "entra"]), "mdm": w.p(0.55),
             "metro": m, "office": w.us_address(m, unit=f"Floor {w.r.randrange(2, 40)}"), "egress": w.egress(),
             "office_net": w.net("office", "US", city=m[0]), "laptops": w.p(0.8),
             "depot": w.p(0.3)}
        c["office"]["street"] = f"{w.r.randrange(1, 999)} {w.ch(D.STREETS)} {w.ch(['St', 'Ave', 'Plaza', 'Pkwy'])}"
        w.domains.append({"domain": dom, "company": nm, "registered_at": f"{w.r.randrange(1995, 2012)}-{w.r.randrange(1, 13):02d}-{w.r.randrange(1, 28):02d}",
                          "registrant_email": f"hostmaster@{dom}", "ip": w.net("hosting", "US")["ips"][0],
                          "nameservers": ";".join(f"ns{k}.{w.ch(['awsdns-12.com', 'cloudflare.com', 'akam.net', 'ultradns.net'])}" for k in (1, 2)),
                          "vendorly_org": "client"})
        out.append(c)
    return out


def supplier(w, type_, country="US", city=None, name=None, front=False, size=None):
    pl = place(w, country, city=city)
    if name is None:
        if type_ in ("staffing", "compliance"):
            name = f"{w.ch(D.AGENCY_A)} {w.ch(D.AGENCY_B)}" if type_ == "staffing" else f"{w.ch(['Contractor', 'Workforce', 'Talent', 'Engage', 'Comply'])}{w.ch(['Pro', 'Logic', 'Hub', 'Bridge', 'Path'])} Inc."
        else:
            name = f"{w.ch(D.OFFSHORE_A)} {w.ch(D.OFFSHORE_B)}"
    dom = "".join(ch for ch in name.lower().split(" ")[0] + name.lower().split(" ")[-1] if ch.isalnum()) + w.ch([".com", ".io", ".co", ".net", ".tech"])
    s = {"id": w.uid("SUP"), "name": name, "type": type_, "front": front, **pl, "domain": dom,
         "office": w.net("office", country, city=pl["city"]),
         "vpn": w.net("office", "US" if w.p(0.5) else country, city="") if type_ in ("offshore", "nearshore") and w.p(0.6) else None,
         "bank": w.bank(), "phone": w.phone(country, pl["metro"]), "recruiters": [], "size": size,
         "addr": w.us_address(pl["metro"], unit=f"Suite {w.r.randrange(100, 900)}") if country == "US" else w.foreign_address(country, pl["city"]),
         "hub": None, "contact_share": 0.0, "template": None, "backdrop": None}
    if s["vpn"]:
        s["vpn"]["owner"] = w.ch(["Fortinet SSL-VPN", "Palo Alto GlobalProtect", "Cisco AnyConnect", "Zscaler, Inc."]) + " / " + s["vpn"]["owner"]
    if type_ == "staffing":
        s["contact_share"] = w.ch([0.0, 0.1, 0.3, 0.6, 0.9])  # submissions carry the recruiter's contact, not the candidate's
        s["template"] = {"header": f"{name} | Candidate Profile | Confidential", "summary": w.ch(D.SUMMARY) if w.p(0.5) else None} if w.p(0.6) else None
    if type_ in ("offshore", "nearshore"):
        s["template"] = {"header": f"{name} - Resource Profile", "summary": w.ch(D.SUMMARY)}
        s["backdrop"] = ((w.r.randrange(150, 256), w.r.randrange(150, 256), w.r.randrange(150, 256)), ((w.r.randrange(256), w.r.randrange(256), w.r.randrange(256)), w.r.randrange(4, 12)))
        s["contact_share"] = w.ch([0.0, 0.5, 1.0])
        # a US hub (the firm's US subsidiary or an IT depot) where client laptops are sent
        m = w.ch(D.US_METROS)
        s["hub"] = w.us_address(m, unit=f"Suite {w.r.randrange(100, 900)}")
        s["laptops_in_office_rdp"] = w.p(0.2)
    if type_ == "compliance":
        s["template"] = None
    if not front:
        reg = f"{w.r.randrange(1998, 2021)}-{w.r.randrange(1, 13):02d}-{w.r.randrange(1, 28):02d}"
        rem = f"admin@{dom}" if w.p(0.5) else "REDACTED FOR PRIVACY"
    else:
        reg = f"{w.r.choice([2023, 2024, 2024, 2025])}-{w.r.randrange(1, 13):02d}-{w.r.randrange(1, 28):02d}"
        rem = "REDACTED FOR PRIVACY"
    ip = w.net("hosting", "US")["ips"][0] if w.p(0.5) else w.ch(["198.185.159.144", "23.227.38.65", "76.76.21.21", "104.21.48.10", "185.199.108.153"])
    s["domain_row"] = {"domain": dom, "company": name, "registered_at": reg, "registrant_email": rem, "ip": ip,
                       "nameservers": ";".join(w.ch([["ns1.dnsowl.com", "ns2.dnsowl.com"], ["dns1.registrar-servers.com", "dns2.registrar-servers.com"], ["ns-cloud-a1.googledomains.com", "ns-cloud-a2.googledomains.com"], ["kate.ns.cloudflare.com", "rob.ns.cloudflare.com"]])),
                       "vendorly_org": "supplier"}
    w.domains.append(s["domain_row"])
    return s


# ---------------- subject rows
NAME_STYLES = ["plain"] * 10 + ["lastfirst", "upper", "initial", "double", "nick", "trail"]


def name_cell(w, p, name=None):
    first, last = (name or (p["first"], p["last"]))
    s = w.ch(NAME_STYLES)
    if s == "lastfirst":
        return f"{last}, {first}"
    if s == "upper":
        return f"{first} {last}".upper()
    if s == "initial":
        return f"{first} {w.ch('ABCDEJKLMRST')}. {last}"
    if s == "double":
        return f"{first}  {last}"
    if s == "nick" and p.get("nick"):
        return f"{p['nick']} {last}"
    if s == "trail":
        return f"{first} {last} "
    return f"{first} {last}"


def email_cell(w, e):
    k = w.r.random()
    if k < 0.04:
        return e.upper()
    if k < 0.07:
        return f" {e} "
    return e


CREATED_STYLES = {"vms": ["z", "z", "ms", "off", "sp"], "ats_import": ["local:America/New_York", "utc", "date", "zone:America/Chicago"]}


def subject_row(w, p, record, client=None, sup=None, t=None, **over):
    prefix = {"worker": "wk_", "submission": "sb_", "supplier_user": "su_", "client_user": "cu_"}[record]
    kind = {"worker": "contractor", "submission": "applicant", "supplier_user": "account", "client_user": "account"}[record]
    sid = w.uid(prefix)
    t = t or w.day(T0 - dt.timedelta(days=400), T1)
    country = p["country"] if w.p(0.95) else ""
    row = {"id": sid, "kind": kind, "full_name": name_cell(w, p, over.pop("name", None)),
           "email": email_cell(w, over.pop("email", p["email"])),
           "phone": "", "address": "", "country": country, "birth_date": "", "national_id": "", "photo": "", "resume": "",
           "profiles": "", "employer": "", "created_at": w.iso(t, w.ch(CREATED_STYLES["vms"] if record != "submission" or w.p(0.7) else CREATED_STYLES["ats_import"])),
           "recovery_email": "", "recovery_phone": "", "signup_ip": "", "phone_line_type": "", "recovery_phone_line_type": "",
           "vendorly_record": record, "vendorly_client": client["name"] if client else "", "vendorly_supplier": sup["name"] if sup else "",
           "vendorly_supplier_type": sup["type"] if sup and not sup.get("front_disguise") else (sup.get("front_disguise", "") if sup else ""),
           "vendorly_job_title": "", "vendorly_bill_rate": "", "vendorly_status": "", "vendorly_worker_type": ""}
    ph = over.pop("phone", p["phone"])
    if ph:
        row["phone"] = w.fmt_phone(ph, country)
        if w.p(0.7):
            row["phone_line_type"] = over.pop("ptype", p["ptype"])
        else:
            over.pop("ptype", None)
    else:
        over.pop("ptype", None)
    addr = over.pop("addr", p["addr"])
    if addr is not None and w.p(0.93):
        row["address"] = w.fmt_addr(addr)
    for k, v in over.items():
        row[k] = v
    if row.get("recovery_phone"):
        row["recovery_phone"] = w.fmt_phone(row["recovery_phone"], country)
    if row.get("recovery_phone") and not row.get("recovery_phone_line_type") and w.p(0.6):
        row["recovery_phone_line_type"] = "mobile"
    w.subjects.append(row)
    p["rows"].append(sid)
    return sid


# ---------------- activity
def hours_for(p, work_tz=None):
    return work_tz or p["tz"]


def vms_logins(w, sid, p, nets, n, a=T0, b=T1, device=None, tz=None, h=(8, 20)):
    """Vendorly portal / app sign-ins (timesheets, profile) from the given networks [(net, weight)]."""
    tz = tz or p["tz"]
    for _ in range(n):
        net = w.wch(nets)
        mob = net["type"] == "mobile"
        t = w.at_local(w.day(a, b), tz, *h)
        w.login(sid, w.iso(t, "z"), net, device or (w.device_id("vms") if mob and w.p(0.3) else p["pdev"]),
                w.ua("mobile") if mob else w.ua(p["os"]), "vms")


def laptop(w, client):
    scheme = client["idp"]
    return {"id": w.device_id(scheme), "mdm": w.device_id("mdm"), "system": w.ch(D.SYSTEMS), "asset": f"{client['id']}-{w.r.randrange(10**5, 10**6)}"}


def idp_logins(w, sid, client, lap, nets, n, tz, a, b, h=(8, 18.5), ua_kind="win", device_override=None):
    for _ in range(n):
        net = w.wch(nets)
        d = w.weekday(a, b)
        t = w.at_local(d, tz, *h)
        w.login(sid, w.iso(t, "ms" if client["idp"] == "okta" else "off"), net, device_override or lap["id"], w.ua(ua_kind), client["idp"])


def telemetry(w, sid, lap, a, b, gw_net, tz, kb, procs=(), usb=(), ports=(), sessions=(), displays=None, extra_net=None):
    """osquery-style snapshots of a client laptop (the client's MDM uses its own host id, shared with IdP only when the client joins them)."""
    dev = lap["mdm"] if w.p(0.5) else lap["id"]
    lap["tel_dev"] = dev
    span = max(1, (b - a).days)
    snaps = 2 + w.r.randrange(3)
    for k in range(snaps):
        t = a + dt.timedelta(days=min(span - 1, int(span * (k + 0.5) / snaps)), hours=w.r.randrange(24))
        ts = w.iso(t, "z")
        base = w.r.sample(D.NORMAL_PROCS if "Mac" not in lap["system"] else D.MAC_PROCS, 5)
        for pr in base + list(procs):
            w.ep(sid, ts, dev, "process", pr)
        for (nm, vid, pid) in list(usb) + ([w.ch(D.NORMAL_USB)] if w.p(0.7) else []):
            w.ep(sid, ts, dev, "usb", nm, vendor_id=vid, product_id=pid)
        for dname in (displays or [w.ch(D.DISPLAYS)] if w.p(0.8) else []):
            w.ep(sid, ts, dev, "display", dname)
        w.ep(sid, ts, dev, "timezone", tz)
        if k == 0:
            w.ep(sid, ts, dev, "keyboard", kb)
            w.ep(sid, ts, dev, "system", lap["system"])
        netx = extra_net if (extra_net and w.p(0.3)) else gw_net
        if netx and netx.get("mac"):
            w.ep(sid, ts, dev, "gateway_mac", netx["mac"])
            w.ep(sid, ts, dev, "network", netx["wifi"])
        for pt in ports:
            w.ep(sid, ts, dev, "listening_port", pt)
        for (host, started) in sessions:
            w.ep(sid, ts, dev, "remote_session", host, started_at=w.iso(started, "z"))


def payroll(w, sid, a, b, rate, dest_fn, currency="USD", method="bank", period=14, memo="timesheet remittance"):
    t = a + dt.timedelta(days=w.r.randrange(7, 21))
    while t < b:
        hours = w.r.randrange(60, 88) if period == 14 else w.r.randrange(30, 45)
        dest, meth = dest_fn(t)
        w.pay(sid, w.iso(t, "sp" if w.p(0.5) else "date"), f"{hours * rate:.2f}", currency, meth or method, dest, vendorly_memo=memo)
        t += dt.timedelta(days=period)


def engagement(w, p, client, sup, *, start=None, end=None, rate=None, laptop_to=None, laptop_addr=None, work_nets=None,
               work_tz=None, kb=None, tel_tz=None, gw_net=None, procs=(), usb=(), ports=(), sessions=(), dest_fn=None,
               row_over=None, vms_nets=None, vms_device=None, h=(8, 18.5), n_idp=None, n_vms=None, submission=True, sub_over=None):
    """One engagement of a person with a client through a supplier: the worker row, its submission, sign-ins, laptop, telemetry, pay."""
    start = start or w.day(T0 - dt.timedelta(days=200), T1 - dt.timedelta(days=60))
    end = end or min(T1, start + dt.timedelta(days=w.r.randrange(90, 500)))
    a = max(start, T0)
    title = p["res"]["title"]
    rate = rate or w.r.randrange(35, 120)
    if submission and w.p(0.6):
        submit(w, p, client, sup, t=start - dt.timedelta(days=w.r.randrange(10, 40)), status="Hired", **(sub_over or {}))
    over = {"birth_date": p["birth"].isoformat() if w.p(0.8) else "", "national_id": p["nid"] if w.p(0.85) else "",
            "employer": client["name"], "vendorly_job_title": title, "vendorly_bill_rate": str(rate),
            "vendorly_status": "active" if end >= T1 - dt.timedelta(days=5) else "ended",
            "vendorly_worker_type": {"staffing": w.ch(["W-2", "W-2", "C2C"]), "offshore": "SOW", "nearshore": "SOW", "compliance": "1099 (IC)", "direct": "1099", "front": "SOW"}.get(sup["type"] if sup else "direct", "1099"),
            "signup_ip": w.ch(p["home"]["ips"]) if (w.p(0.6) or not sup or sup["type"] == "direct") else w.ch(sup["office"]["ips"])}
    if w.p(0.5):
        over["photo"] = photo_of(w, p, reencode=w.p(0.3))
    if w.p(0.5) and p.get("recovery_email") is not False:
        over["recovery_email"] = p.get("recovery_email") or w.email(p["first"], p["last"])
    if w.p(0.3) and p.get("recovery_phone") is not False:
        over["recovery_phone"] = p.get("recovery_phone") or p["phone"]
    over["profiles"] = ";".join(x for x in (p["li"], p["gh"] if w.p(0.5) else "") if x) if w.p(0.7) else ""
    if row_over:
        over.update(row_over)
    sid = subject_row(w, p, "worker", client, sup, t=start, **over)
    tz = work_tz or p["tz"]
    work_nets = work_nets or [(p["home"], 8), (p["mob"], 1)]
    span_days = max(1, (end - a).days)
    if a < end:
        nv = n_vms if n_vms is not None else max(2, span_days // 21)
        vms_logins(w, sid, p, vms_nets or [(p["home"], 3), (p["mob"], 2)], nv, a, end, device=vms_device, tz=tz)
        lap = None
        if client["laptops"] and laptop_to != "none":
            lap = laptop(w, client)
            addr = laptop_addr if laptop_addr is not None else p["addr"]
            w.ship(sid, w.iso(start - dt.timedelta(days=w.r.randrange(2, 9)), "z"), lap["asset"], w.fmt_addr(addr),
                   vendorly_carrier=w.ch(["FedEx", "UPS", "UPS", "DHL"]), vendorly_item="laptop")
            if w.p(0.15):
                w.ship(sid, w.iso(start, "z"), f"YK-{w.r.randrange(10**7, 10**8)}", w.fmt_addr(addr), vendorly_carrier="FedEx", vendorly_item="security key")
        ni = n_idp if n_idp is not None else min(40, max(4, span_days // 7))
        if lap:
            idp_logins(w, sid, client, lap, work_nets, ni, tz, a, end, h=h, ua_kind="mac" if "Mac" in lap["system"] else "win")
            if client["mdm"]:
                telemetry(w, sid, lap, a, end, gw_net or work_nets[0][0], tel_tz or tz, kb or p["kb"], procs, usb, ports, sessions)
        else:
            # VDI / BYOD: IdP sign-ins from the person's own machine
            idp_logins(w, sid, client, {"id": p["pdev"]}, work_nets, ni, tz, a, end, h=h)
        dest_fn = dest_fn or (lambda t: (p["bank"], "bank"))
        payroll(w, sid, a, end, rate, dest_fn)
    return sid


def submit(w, p, client, sup, t=None, status=None, contact=None, res=None, name=None, resume_name=None, **over):
    """A candidate submission to a client's requisition through a supplier (or directly)."""
    t = t or w.day(T0 - dt.timedelta(days=200), T1)
    tmpl = sup.get("template") if sup else None
    use_contact = sup is not None and w.p(sup.get("contact_share", 0.0))
    row = {"employer": client["name"], "vendorly_job_title": (res or p["res"])["title"],
           "vendorly_status": status or w.ch(["Submitted", "Rejected", "Rejected", "Interview", "Withdrawn", "Not selected"]),
           "vendorly_bill_rate": str(w.r.randrange(35, 130)),
           "signup_ip": w.ch(sup["office"]["ips"]) if sup and sup["type"] != "direct" and w.p(0.85) else w.ch(p["home"]["ips"])}
    if use_contact:
        rec = w.ch(sup["recruiters"]) if sup["recruiters"] else None
        row["email"] = rec["email"] if rec else f"submissions@{sup['domain']}"
        row["phone"] = sup["phone"] if w.p(0.6) or not rec else rec["phone"]
        row["ptype"] = "landline" if row["phone"] == sup["phone"] else "mobile"
        row["addr"] = None if w.p(0.5) else sup["addr"]
    if w.p(0.85):
        row["resume"] = resume_cell(w, p, template=tmpl, res=res, name=resume_name,
                                    author=(w.ch(sup["recruiters"])["first"] + " " + w.ch(sup["recruiters"])["last"]) if sup and sup["recruiters"] and w.p(0.4) else None,
                                    contact=[] if use_contact else None)
    if w.p(0.5):
        row["profiles"] = p["li"] + (";" + p["gh"] if w.p(0.4) else "")
    if w.p(0.15) or (sup and sup.get("backdrop") and w.p(0.5)):
        row["photo"] = photo_of(w, p, backdrop=sup.get("backdrop") if sup else None)
    elif w.p(0.04):
        row["photo"] = w.default_avatar
        if "default_avatar" not in p["tokens"]:
            p["tokens"].append("default_avatar")
    if name:
        row["name"] = name
    row.update(over)
    return subject_row(w, p, "submission", client, sup, t=t, **row)


def supplier_user(w, sup, p, client=None, n_logins=25, extra_nets=()):
    """A supplier's recruiter or admin account on Vendorly, signing in from the supplier's office."""
    nets = [(sup["office"], 8)] + ([(sup["vpn"], 3)] if sup.get("vpn") else []) + [(p["mob"], 1), (p["home"], 1)] + list(extra_nets)
    sid = subject_row(w, p, "supplier_user", None, sup, t=w.day(T0 - dt.timedelta(days=900), T1 - dt.timedelta(days=30)),
                      employer=sup["name"], signup_ip=w.ch(sup["office"]["ips"]), vendorly_job_title=w.ch(["Recruiter", "Senior Recruiter", "Account Manager", "Delivery Manager", "Supplier Admin"]),
                      recovery_email=p["recovery_email"] or "", profiles=p["li"] if w.p(0.6) else "")
    vms_logins(w, sid, p, nets, n_logins, tz=sup["tz"] if sup["country"] != "US" else p["tz"])
    return sid
