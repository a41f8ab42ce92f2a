"""World 24 orchestration: Verity's clients, then fraud, then each honest structure at its share, then ordinary
candidates up to N subjects."""
import collections
import os

from . import data, export, infra, life, media, people, rings
from .infra import DAY, T0

HONEST_SHARES = [  # (function, share of all subjects)
    (people.job_hunter, 0.20), (people.immigrants, 0.04), (people.agencies, 0.035), (people.households, 0.03),
    (people.cohorts, 0.03), (people.client_staff, 0.02), (people.recheck, 0.015), (people.namesakes, 0.015),
    (people.public_access, 0.015), (people.name_change, 0.01), (people.coworking, 0.01), (people.streamers, 0.01),
    (people.it_admins, 0.01), (people.eor, 0.006),
]
FRAUD_SHARE = 0.03


def generate(outdir, n, seed):
    infra._MOBILE_POOLS.clear()
    infra._VPN_POOLS.clear()
    bundle = os.path.join(outdir, "bundle")
    os.makedirs(bundle, exist_ok=True)
    w = infra.World(seed, outdir)
    w.media = media.Media(bundle, seed)
    w.clients = [life.Client(w, i) for i in range(max(20, n // 50))]
    names = set()
    for c in w.clients:  # unique client names
        while c.name in names:
            c.name += " Inc"
            c.domain = c.domain.split(".")[0] + "inc." + c.domain.split(".")[1]
        names.add(c.name)
    w.client_weights = [(c, c.size) for c in w.clients]
    w.addon_clients = [c for c in w.clients if c.addon]
    for c in w.clients:
        w.domains.append({"domain": c.domain, "company": c.name,
                          "registered_at": f"{w.rng.randrange(1998, 2022)}-{w.rng.randrange(1, 13):02d}-{w.rng.randrange(1, 29):02d}",
                          "registrant_email": None if w.chance(0.7) else f"hostmaster@{c.domain}",
                          "ip": infra.ip_in(w, w.pick(data.VPS)[3]),
                          "nameservers": w.pick(["ns-1.awsdns-01.org;ns-2.awsdns-02.com", "dana.ns.cloudflare.com;rob.ns.cloudflare.com",
                                                 "ns1.google.com;ns2.google.com"])})
    for name, dom, cc, _ in data.AGENCIES:
        w.domains.append({"domain": dom, "company": name, "registered_at": f"{w.rng.randrange(2005, 2020)}-03-14",
                          "registrant_email": None, "ip": infra.ip_in(w, "104.21"),
                          "nameservers": "dana.ns.cloudflare.com;rob.ns.cloudflare.com"})
    victims = [people.victim(w) for _ in range(max(5, int(n * 0.007)))]
    rings.schemes(w, int(n * FRAUD_SHARE), victims)
    for fn, share in HONEST_SHARES:
        room = n - len(w.subjects)
        if room <= 0:
            break
        fn(w, min(room, int(n * share)))
    room = n - len(w.subjects)
    if room > 0:
        people.ordinary(w, room)
    # the generators above may overshoot by a few rows: trim honest ordinary rows from the end
    while len(w.subjects) > n:
        for i in range(len(w.subjects) - 1, -1, -1):
            sid = w.subjects[i]["id"]
            if w.truth[sid][0] == 0 and w.truth[sid][1][0] in ("honest_candidate", "honest_job_hunter"):
                _drop(w, i)
                break
    export.export(w, bundle, outdir)
    kinds = collections.Counter(r["kind"] for r in w.subjects)
    fraud = sum(1 for v in w.truth.values() if v[0])
    return {"subjects": len(w.subjects), "fraud": fraud, "logins": len(w.logins), "endpoint": len(w.endpoint),
            "payments": len(w.payments), "shipments": len(w.shipments), "domains": len(w.domains),
            "photos": w.media.n_photo, **{f"kind_{k}": v for k, v in sorted(kinds.items())}}


def _drop(w, i):
    sid = w.subjects.pop(i)["id"]
    del w.truth[sid]
    for tab in ("logins", "endpoint", "payments", "shipments"):
        setattr(w, tab, [r for r in getattr(w, tab) if r["subject_id"] != sid])
    res = None
