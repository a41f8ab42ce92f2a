"""World 25, Keelbank: orchestration and the share of every kind."""
import datetime as dt

from . import data, export, infra, people, rings

# honest structures: (builder, share of subjects, mean subjects per call)
HONEST = [
    (people.household, 0.11, 2.6), (people.roommates, 0.035, 4.4), (people.dorm, 0.03, 9.0),
    (people.immigrants, 0.06, 1.8), (people.nomad, 0.02, 1.0), (people.military, 0.008, 1.0),
    (people.reapplied, 0.03, 2.0), (people.bookkeeper, 0.015, 5.5), (people.coworking, 0.02, 1.0),
    (people.library, 0.015, 1.0), (people.namesakes, 0.012, 2.33), (people.expat_china, 0.0025, 1.0),
]
MAX_GROUP = {people.household: 4, people.roommates: 8, people.dorm: 14, people.immigrants: 3, people.reapplied: 2,
             people.bookkeeper: 8, people.namesakes: 3}
# fraud schemes: (builder, calls at 20,000 subjects)
FRAUD = [(rings.ring_overt, 10), (rings.ring_wallet, 11), (rings.ring_recovery, 12), (rings.ring_careful, 20),
         (rings.ring_split, 12), (rings.lone, 50), (rings.laptop_farm, 9), (rings.rented, 15), (rings.mule_network, 12)]


def payers(w):
    out = []
    for name, dom, wt in data.MARKETPLACES:
        out.append({"name": name, "domain": dom, "kind": "marketplace", "w": wt * 40 / 72})
    for name, dom, wt in data.EORS:
        out.append({"name": name, "domain": dom, "kind": "eor", "w": wt * 15 / 22})
    names = set()
    k = 0
    while len(names) < 260:
        nm = "%s %s %s" % (w.pick(data.COMPANY_A), w.pick(data.COMPANY_B), w.pick(data.COMPANY_C))
        if nm in names:
            continue
        names.add(nm)
        k += 1
        dom = (nm.split()[0] + nm.split()[1]).lower() + w.pick([".com", ".io", ".co", ".ai"])
        out.append({"name": nm, "domain": dom, "kind": "company", "w": 45.0 / (k ** 0.9) / 5.5})
    for x in out:
        x["acct"] = "payer:" + w.hexid(12)
        host = infra.vps(w, "Amazon.com, Inc.")
        w.domains.append({"domain": x["domain"], "company": x["name"],
                          "registered_at": infra.iso(dt.datetime(w.rng.randint(1998, 2021), w.rng.randint(1, 12), w.rng.randint(1, 28))),
                          "registrant_email": "" if w.chance(0.7) else "domains@" + x["domain"],
                          "ip": host.ips[0], "nameservers": w.pick(["ns1.cloudflare.com;ns2.cloudflare.com",
                                                                   "ns-1234.awsdns-26.org;ns-567.awsdns-07.net",
                                                                   "ns1.dnsimple.com;ns2.dnsimple.com"])})
    return out


def generate(outdir, n, seed):
    w = infra.W(seed, n)
    ids = set()
    idl = []
    while len(idl) < n + 200:
        v = "KB-%07d" % w.rng.randint(0, 9999999)
        if v not in ids:
            ids.add(v)
            idl.append(v)
    w.ids = idl
    w.payers = payers(w)
    scale = n / 20000.0
    jobs = []
    for fn, k in FRAUD:
        jobs += [fn] * max(1, round(k * scale))
    w.rng.shuffle(jobs)
    for fn in jobs:
        if len(w.subjects) > n - 40:
            break
        fn(w)
    # honest
    fns = [h[0] for h in HONEST] + [people.plain]
    rest = 1 - sum(h[1] for h in HONEST)
    wts = [h[1] / h[2] for h in HONEST] + [rest]
    while len(w.subjects) < n:
        left = n - len(w.subjects)
        fn = w.rng.choices(fns, weights=wts)[0]
        if MAX_GROUP.get(fn, 1) > left:
            fn = people.plain
        fn(w)
    del w.subjects[n:]
    del w.truth[n:]
    export.write(w, outdir)
    fraud = sum(1 for t in w.truth if t[1])
    return {"subjects": len(w.subjects), "fraud": fraud, "logins": len(w.logins), "endpoint": len(w.endpoint),
            "payments": len(w.payments), "shipments": len(w.shipments), "photos": len(w.photos)}
