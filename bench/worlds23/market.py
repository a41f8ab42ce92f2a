"""Fleetdesk's market: client companies and their domains, offices and policies; depots; coworking spaces, virtual
mailboxes, forwarders, universities, corporate housing; EORs and staffing vendors."""
from . import data as D
from .infra import (Net, Address, chance, wchoice, seeded, hhex, ip4, mac, phone_e164, day_of, date_iso, W0, W1, jitter,
                    postcode, us_address, intl_address, okta_device_id)
from .model import Client, Place


CLIENT_CC = [("US", 70), ("GB", 7), ("CA", 7), ("DE", 4), ("PL", 3), ("IN", 3), ("PH", 4), ("NL", 1), ("IE", 1)]
INDUSTRY = [("saas", 30), ("fintech", 12), ("crypto", 5), ("healthtech", 10), ("ecommerce", 8), ("ai", 10), ("devtools", 8),
            ("logistics", 5), ("media", 4), ("edtech", 4), ("agency", 4)]


def _registrant(rng, domain):
    r = rng.random()
    if r < 0.35:
        return hhex(domain, "wfp", n=32) + "@withheldforprivacy.com"
    if r < 0.5:
        return f"{domain}@domainsbyproxy.com"
    if r < 0.62:
        return ""
    if r < 0.8:
        return f"{rng.choice(['domains', 'it', 'admin', 'hostmaster', 'ops'])}@{domain}"
    if r < 0.9:
        return "contact@privacyprotect.org"
    return "registrant@whoisprivacyservice.org"


def nameservers(rng, kind=None, domain=""):
    kind = kind or wchoice(rng, D.NAMESERVERS)
    if kind == "cloudflare":
        names = ["ada", "bob", "cruz", "dana", "elle", "fred", "gina", "hank", "ivan", "jill", "kai", "lara", "max", "nora", "olga"]
        a, b = rng.sample(names, 2)
        return f"{a}.ns.cloudflare.com;{b}.ns.cloudflare.com"
    if kind == "route53":
        return ";".join([f"ns-{rng.randint(1, 2047)}.awsdns-{rng.randint(0, 63):02d}.{t}" for t in ("org", "co.uk", "com", "net")])
    if kind == "godaddy":
        k = rng.randint(1, 80)
        return f"ns{k:02d}.domaincontrol.com;ns{k + 1:02d}.domaincontrol.com"
    if kind == "google":
        x = rng.choice("abcde")
        return ";".join(f"ns-cloud-{x}{i}.googledomains.com" for i in range(1, 5))
    if kind == "namecheap":
        return "dns1.registrar-servers.com;dns2.registrar-servers.com"
    if kind == "azure":
        k = rng.randint(1, 9)
        return f"ns1-0{k}.azure-dns.com;ns2-0{k}.azure-dns.net;ns3-0{k}.azure-dns.org;ns4-0{k}.azure-dns.info"
    if kind == "squarespace":
        return "ns-cloud-a1.googledomains.com;ns-cloud-a2.googledomains.com"
    if kind == "dnsimple":
        return ";".join(f"ns{i}.dnsimple.com" for i in range(1, 5))
    return "dns1.p01.nsone.net;dns2.p01.nsone.net;dns3.p01.nsone.net;dns4.p01.nsone.net"


def web_ip(rng):
    host, pat = D.WEB_HOSTS[rng.randrange(len(D.WEB_HOSTS))]
    return pat.replace("{n}", str(rng.randint(1, 200))).replace("{a}", str(rng.randint(16, 250))).replace(
        "{b}", str(rng.randint(0, 255))).replace("{c}", str(rng.randint(1, 254)))


def office_place(w, rng, cc, row, name, kind="office"):
    if cc == "US":
        addr = us_address(rng, row, unit_p=1.0)
        addr.unit_word = rng.choice(["Ste", "Suite", "Floor"])
        addr.unit = str(rng.choice([rng.randint(100, 1900), rng.randint(2, 30)]))
        city, reg, tz, lat, lon = row[0], row[1], row[2], row[3], row[4]
    else:
        addr = intl_address(rng, cc, row, unit_p=0.6)
        city, reg, tz, lat, lon = row[0], row[1], row[2], row[3], row[4]
    isps = D.ISP.get(cc, D.ISP["US"])
    owner, asn, ranges, v6, _ = isps[rng.randrange(len(isps))]
    if cc == "US" and rng.random() < 0.5:
        owner, asn, ranges = rng.choice([("Comcast Business Communications, LLC", 7922, [(50, 192, 255), (96, 64, 95)]),
                                         ("Zayo Bandwidth", 6461, [(64, 125, 125), (208, 185, 185)]),
                                         ("Cogent Communications", 174, [(38, 104, 142)]),
                                         ("Lumen Technologies", 3356, [(4, 14, 15), (8, 40, 47)])])
    pool = [ip4(rng, ranges) for _ in range(rng.randint(1, 3))]
    tag = "".join(ch for ch in name if ch.isalnum())[:14]
    net = Net(f"off-{hhex(name, n=8)}", kind, owner, asn, cc, city, jitter(rng, lat), jitter(rng, lon), pool=pool, gw=mac(rng),
              ssid_=rng.choice([f"{tag}-Corp", f"{tag}", f"{tag}-Guest", f"{tag} WiFi", f"{tag}-Staff"]))
    return Place(kind, net, addr, tz, cc, city, net.lat, net.lon, label=name, region=reg)


def build_clients(w):
    rng = w.rng
    n = max(12, int(round(w.n / 67)))
    used = set()
    for i in range(n):
        c = Client(f"cl_{i + 1:04d}")
        while True:
            a = rng.choice(D.COMPANY_WORDS_A)
            b = rng.choice(D.COMPANY_WORDS_B)
            name = f"{a}{b}" if rng.random() < 0.45 else f"{a} {b}"
            if name.lower() not in used:
                used.add(name.lower())
                break
        c.cc = wchoice(rng, CLIENT_CC)
        c.industry = wchoice(rng, INDUSTRY)
        if c.cc == "PH" or (c.cc == "IN" and rng.random() < 0.5):
            c.industry = "bpo"
        suffix = rng.choice(["", "", "", " Inc.", " Inc.", " Ltd", " LLC", " Corp"]) if c.cc in ("US", "CA") else rng.choice(["", " Ltd", " GmbH" if c.cc == "DE" else " Ltd", " Sp. z o.o." if c.cc == "PL" else ""])
        c.name = name + suffix
        tld = wchoice(rng, D.TLDS)
        c.domain = name.replace(" ", "").lower() + ("hq" if rng.random() < 0.15 else "") + "." + tld
        c.code = "".join(ch for ch in name if ch.isupper())[:3] or name[:3].upper()
        c.size = min(900, int(3 + rng.paretovariate(1.15) * 6))
        c.founded = rng.randint(2008, 2023)
        c.registered = date_iso(day_of(f"{c.founded}-01-01") - rng.randint(0, 900))
        c.hq = w.city_row(c.cc, rng)
        c.tz = c.hq[2]
        c.idp = wchoice(rng, [("okta", 45), ("entra", 30), ("google", 25)])
        c.payroll = chance(rng, 0.38)
        c.pay_cadence = wchoice(rng, [("semimonthly", 50), ("biweekly", 40), ("monthly", 10)]) if c.cc == "US" else "monthly"
        c.has_ats = chance(rng, 0.35)
        c.bg_check = chance(rng, 0.45)
        c.mac_share = rng.choice([0.2, 0.5, 0.7, 0.85, 0.95, 1.0])
        c.hostnames = "asset" if rng.random() < 0.4 else "user"
        c.yubikey = chance(rng, 0.15)
        c.contractor_share = rng.choice([0.03, 0.08, 0.12, 0.2, 0.35])
        c.records_work_email = rng.choice([0.0, 0.4, 0.8, 0.95, 1.0])
        c.work_email_style = rng.randrange(5)
        c.byod_contractor_p = rng.choice([0.2, 0.5, 0.8])
        c.edr = wchoice(rng, [(None, 40), ("crowdstrike", 30), ("sentinelone", 15), ("defender", 15)])
        # office and policies
        has_office = c.size > 25 and rng.random() < 0.55 or c.industry == "bpo" or rng.random() < 0.15
        if has_office:
            c.office = office_place(w, rng, c.cc, c.hq, c.name)
            c.hybrid = rng.choice([0.2, 0.35, 0.5, 0.7]) if c.industry != "bpo" else 0.9
        r = rng.random()
        if c.office is not None and r < 0.14:
            c.ship_policy = "office_first"
        elif c.office is None and c.size < 40 and r < 0.1:
            c.ship_policy = "it_person"
        r = rng.random()
        if c.size > 40 and r < 0.22:
            c.egress = ("sse", wchoice(rng, [("Zscaler", 45), ("Netskope", 15), ("Cloudflare WARP", 30), ("Prisma Access", 10)]))
            c.egress_p = rng.uniform(0.8, 0.97)
        elif r > 0.93:
            prov = rng.choice(["AWS", "Azure", "GCP", "DigitalOcean"])
            owner, asn, ranges = D.HOSTING[prov]
            net = Net(f"cvpn-{c.cid}", "corpvpn", owner, asn, "US" if c.cc == "US" else c.cc, c.hq[0], c.hq[3], c.hq[4],
                      pool=[ip4(rng, ranges) for _ in range(rng.randint(1, 3))], proxy_p=0.05)
            c.egress = ("vpn", net)
            c.egress_p = rng.uniform(0.4, 0.9)
        if rng.random() < 0.1:
            c.helpdesk_recovery = True
            c.helpdesk_email = rng.choice(["helpdesk", "it", "itsupport", "support-it", "servicedesk"]) + "@" + c.domain
            cc_ = c.cc if c.cc in ("US", "CA", "GB", "DE", "PL", "IN", "PH") else "US"
            c.helpdesk_phone = phone_e164(rng, cc_, c.hq[6] if c.cc == "US" else None, city=c.hq[0])
        w.clients.append(c)
        w.domains.append(dict(domain=c.domain, company=c.name, registered_at=c.registered, registrant_email=_registrant(rng, c.domain),
                              ip=web_ip(rng), nameservers=nameservers(rng, domain=c.domain), fleetdesk_role="client"))
    # cumulative weights for picking clients
    w.client_weights = [(c, c.size) for c in w.clients]
    w.clients_by_cc = {}
    for c in w.clients:
        w.clients_by_cc.setdefault(c.cc, []).append(c)


def pick_client(w, rng, cc=None, exclude=(), industry=None, pred=None):
    pool = w.client_weights
    if cc is not None or industry is not None or exclude or pred is not None:
        pool = [(c, s) for c, s in pool if (cc is None or c.cc == cc) and (industry is None or c.industry == industry)
                and c not in exclude and (pred is None or pred(c))]
        if not pool:
            pool = [(c, s) for c, s in w.client_weights if c not in exclude] or w.client_weights
    return wchoice(rng, pool)


def build_fixtures(w):
    """Depots, Fleetdesk itself, EORs, coworking spaces, mailbox services, forwarders, universities, corporate housing."""
    rng = w.rng
    w.depots = []
    for name, street, unit, city, st, pc, cc in D.DEPOTS:
        if cc == "US":
            w.depots.append(f"{name}, {street} {unit}, {city}, {st} {pc}")
        elif cc == "GB":
            w.depots.append(f"{name}, {street}, {city} {pc}, United Kingdom")
        else:
            w.depots.append(f"{name}, {street} {unit}, {city}, {st} {pc}")
    fd = Client("cl_fleetdesk")
    fd.name = "Fleetdesk"
    fd.domain = "fleetdesk.io"
    fd.code = "FD"
    fd.cc = "US"
    fd.hq = [r for r in D.US_CITIES if r[0] == "Louisville"][0]
    fd.tz = fd.hq[2]
    fd.idp = "okta"
    fd.payroll = False
    fd.office = office_place(w, rng, "US", fd.hq, "Fleetdesk Depot")
    fd.office.kind = "office"
    fd.hybrid = 0.9
    fd.mac_share = 0.5
    fd.size = 80
    w.fleetdesk = fd
    w.domains.append(dict(domain="fleetdesk.io", company="Fleetdesk, Inc.", registered_at="2016-03-09", registrant_email="domains@fleetdesk.io",
                          ip="76.76.21.21", nameservers=nameservers(rng, "cloudflare"), fleetdesk_role="self"))
    for name, dom, legal in D.EORS:
        w.domains.append(dict(domain=dom, company=legal, registered_at=date_iso(day_of("2012-01-01") + rng.randint(0, 2900)),
                              registrant_email=_registrant(rng, dom), ip=web_ip(rng), nameservers=nameservers(rng), fleetdesk_role="eor"))
    # coworking spaces
    w.coworks = []
    ncw = max(6, w.scale(30))
    cw_cities = [("US", r) for r in D.US_CITIES if r[7] >= 1.0] + [("GB", D.INTL_CITIES["GB"][0]), ("CA", D.INTL_CITIES["CA"][0]),
                                                                   ("DE", D.INTL_CITIES["DE"][0]), ("PL", D.INTL_CITIES["PL"][0]),
                                                                   ("IN", D.INTL_CITIES["IN"][0]), ("PH", D.INTL_CITIES["PH"][0]),
                                                                   ("PT", D.INTL_CITIES["PT"][0]), ("MX", D.INTL_CITIES["MX"][0])]
    for i in range(ncw):
        cc, row = cw_cities[rng.randrange(len(cw_cities))]
        brand, label, ssid_ = D.COWORK_BRANDS[rng.randrange(len(D.COWORK_BRANDS))]
        pl = office_place(w, rng, cc, row, f"{brand} {row[0]}", kind="cowork")
        pl.net.ssid = ssid_
        pl.net.pool = pl.net.pool[:2]
        pl.label = f"{brand} {row[0]}"
        w.coworks.append(pl)
    # universities (dorm and campus networks)
    w.unis = []
    for i, (uname, asn, city, edu) in enumerate(D.UNIVERSITIES):
        row = [r for r in D.US_CITIES if r[0] == city][0]
        net = Net(f"uni{i}", "university", uname, asn, "US", city, row[3], row[4],
                  pool=[ip4(seeded("uni", uname, k), [D.UNI_RANGES[i % len(D.UNI_RANGES)]]) for k in range(6)], gw=mac(rng), ssid_="eduroam")
        w.unis.append((uname, edu, row, net))
    # corporate housing buildings
    w.corp_housing = []
    for brand, city in D.CORP_HOUSING:
        row = [r for r in D.US_CITIES if r[0] == city][0]
        addr = us_address(rng, row, unit_p=0.0)
        isp = D.ISP["US"][rng.randrange(4)]
        net = Net(f"ch-{brand}-{city}", "corp_housing", isp[0], isp[1], "US", city, row[3], row[4],
                  pool=[ip4(rng, isp[2]) for _ in range(2)], gw=mac(rng), ssid_=f"{brand.split()[0]}-Residents")
        w.corp_housing.append((brand, row, addr, net))
    # EOR pooled accounts
    w.eor_accounts = {name: "acct:" + hhex("eor-pool", name, n=40) for name, _, _ in D.EORS}


def mailbox_address(w, rng, svc=None, forwarder=False):
    lst = D.FORWARDERS if forwarder else D.MAILBOX_SERVICES
    name, street, unit_word, city, st, zipc = svc or lst[rng.randrange(len(lst))]
    box = str(rng.randint(100, 99999))
    a = Address(street.split(" ", 1)[0], street.split(" ", 1)[1], box, city, st, zipc, "US", unit_word if unit_word != "#" else "#")
    return a, name


def build_staffing_vendors(w, n_vendors):
    """Honest staffing / outsourcing / BPO vendors that place contractors at clients."""
    rng = w.rng
    w.vendors = []
    kinds = [("devshop", "PL"), ("devshop", "UA"), ("devshop", "IN"), ("devshop", "AR"), ("devshop", "MX"), ("devshop", "RO"),
             ("devshop", "VN"), ("staffing", "US"), ("staffing", "US"), ("bpo", "PH"), ("bpo", "PH"), ("bpo", "IN"),
             ("devshop", "CO"), ("devshop", "BR"), ("staffing", "US"), ("bpo", "PH")]
    for i in range(n_vendors):
        kind, cc = kinds[i % len(kinds)]
        row = w.city_row(cc, rng)
        a = rng.choice(D.COMPANY_WORDS_A)
        nm = {"devshop": rng.choice([f"{a} Software House", f"{a}soft", f"{a} Code Labs", f"{a} Digital", f"{a}Dev"]),
              "staffing": rng.choice([f"{a} Talent Partners", f"{a} Technical Staffing", f"{a} Consulting Group"]),
              "bpo": rng.choice([f"{a} Outsourcing Inc.", f"{a} CX Solutions", f"{a} Contact Center Services"])}[kind]
        dom = nm.lower().replace(" ", "").replace(".", "").replace(",", "")[:20] + rng.choice([".com", ".io", ".co", ".net"])
        office = office_place(w, rng, cc, row, nm)
        v = dict(name=nm, domain=dom, kind=kind, cc=cc, row=row, office=office,
                 hr=f"{rng.choice(['hr', 'people', 'talent', 'admin', 'accounts'])}@{dom}",
                 phone=phone_e164(rng, cc, row[6] if cc == "US" else None, city=row[0]),
                 account="acct:" + hhex("vendor", nm, n=40), team_url=f"https://{dom}/team",
                 template=rng.randrange(1000))
        w.vendors.append(v)
        w.domains.append(dict(domain=dom, company=nm, registered_at=date_iso(day_of("2009-01-01") + rng.randint(0, 4200)),
                              registrant_email=_registrant(rng, dom), ip=web_ip(rng), nameservers=nameservers(rng),
                              fleetdesk_role="vendor"))
    # MSPs (managed service providers) that run IT for small clients
    w.msps = []
    for i in range(max(2, w.scale(6))):
        row = w.city_row("US", rng)
        a = rng.choice(D.COMPANY_WORDS_A)
        nm = rng.choice([f"{a} IT Solutions", f"{a} Managed Services", f"{a} Technology Partners", f"{a} Networks LLC"])
        dom = nm.lower().replace(" ", "").replace(".", "")[:18] + ".com"
        office = office_place(w, rng, "US", row, nm)
        w.msps.append(dict(name=nm, domain=dom, row=row, office=office, laptops=[]))
        w.domains.append(dict(domain=dom, company=nm, registered_at=date_iso(day_of("2006-01-01") + rng.randint(0, 5000)),
                              registrant_email=_registrant(rng, dom), ip=web_ip(rng), nameservers=nameservers(rng),
                              fleetdesk_role="msp"))
