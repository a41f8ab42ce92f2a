"""Orchestration: clients, Stackyard itself, the fraud teams, the honest populations, export."""
from __future__ import annotations

import os

from . import data as D
from . import export, fraud, honest
from .infra import Net, World
from .media import Media


def make_clients(w, n):
    clients = []
    names = set()
    while len(clients) < n:
        nm = f"{w.pick(D.CLIENT_NAMES)} {w.pick(D.CLIENT_SUFFIX)}"
        if nm in names:
            continue
        names.add(nm)
        place = w.pick(D.US_CITIES)
        dom = nm.lower().replace(" ", "") + w.pick([".com", ".com", ".io", ".net"])
        office = w.pool(("office", nm), 4, [12, 63, 65, 208, 216], 3356, "Lumen / Level 3 (" + nm + ")", place[0], "US",
                        place[3], place[4], False, "office")
        swg = w.swg(w.r.randrange(len(D.SWG)), place) if w.chance(0.45) else None
        oa = w.address(place, 0)
        c = {"name": nm, "domain": dom, "idp": "okta" if w.chance(0.55) else "entra",
             "os": w.pick(["win", "win", "mac", "mixed"]), "place": place, "office": office, "swg_net": swg,
             "office_mac": w.mac(), "office_ssid": nm.split()[0].upper() + "-CORP",
             "office_addr": f"{oa['num']} {oa['street']} {oa['type'][1]}, Suite {w.r.randrange(100, 900)}, {place[0]}, {place[1]} {oa['zip']}",
             "tag": "".join(x[0] for x in nm.split()).upper() + str(w.r.randrange(10, 99))}
        clients.append(c)
        w.domains.append({"domain": dom, "company": nm, "registered_at": f"{w.r.randrange(1998, 2016)}-0{w.r.randrange(1, 9)}-1{w.r.randrange(0, 9)}",
                          "registrant_email": "", "ip": office.ips[0], "nameservers": "ns1.cloudflare.com;ns2.cloudflare.com"})
    return clients


def generate(outdir: str, n: int, seed: int) -> dict:
    bundle = os.path.join(outdir, "bundle")
    os.makedirs(bundle, exist_ok=True)
    w = World(n, seed)
    w.rows_left = n
    w.sinks = export.Sinks(bundle)
    media = Media(w, bundle)
    hq = next(c for c in D.US_CITIES if c[0] == "Austin")
    hq_a = w.address(hq, 0)
    ctx = {"media": media, "services": {}, "domains": w.domains, "hq_place": hq,
           "hq_addr": f"{hq_a['num']} {hq_a['street']} {hq_a['type'][1]}, Suite 400, Austin, TX {hq_a['zip']}",
           "hq_net": Net([w.ip([12]), w.ip([12])], 7018, "AT&T Services, Inc.", "Austin", "US", 30.27, -97.74, False, "office"),
           "main_line": w.us_phone(["512"]), "desk_pcs": [w.hexid("dsk_", 48) for _ in range(max(6, n // 2500))]}
    ctx["clients"] = make_clients(w, max(12, min(150, n // 350)))
    w.domains.append({"domain": "stackyardstaffing.com", "company": "Stackyard Staffing", "registered_at": "2011-03-14",
                      "registrant_email": "", "ip": ctx["hq_net"].ips[0], "nameservers": "ns1.cloudflare.com;ns2.cloudflare.com"})
    for svc in D.RESUME_SERVICES:
        w.domains.append({"domain": svc.lower().replace(" ", "") + ".com", "company": svc, "registered_at": "2014-05-02",
                          "registrant_email": "", "ip": w.ip([104]), "nameservers": "ns1.wixdns.net;ns2.wixdns.net"})
    # Stackyard staff
    ctx["recruiters"] = []
    for _ in range(max(8, n // 250)):
        ctx["recruiters"].append(honest.staff(w, ctx, "recruiter" if w.chance(0.7) else "account_manager"))
    # fraud: one team per 2,500 subjects
    for i in range(max(1, round(n / 2500))):
        fraud.run_team(w, ctx, i)
    # honest populations until N
    while w.rows_left > 14:
        fn = w.wpick(honest.HONEST)
        fn(w, ctx)
    while w.rows_left > 0:
        honest.client_employee(w, ctx)
    w.sinks.close()
    w.r.shuffle(w.subjects)
    export.write_subjects(bundle, w.subjects)
    export.write_domains(bundle, w.domains)
    export.write_truth(outdir, w.truth, [r["id"] for r in w.subjects])
    nf = sum(1 for v in w.truth.values() if v[0])
    return {"subjects": len(w.subjects), "fraud": nf, **w.sinks.counts, "domains": len(w.domains),
            "photos": media.files, "resume_files": media.resumes}
