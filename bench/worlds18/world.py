"""Ledgerline: a Web3 developer platform's trust-and-safety + payments export, with DPRK IT-worker
operations hidden among ~97% honest developers, clients, staff and applicants.

generate(outdir, subjects, seed) writes outdir/bundle/ (docs/CONTRACT.md, version 4) and
outdir/truth.csv (subject_id, fraud, kind).  Rates are per 20,000 subjects and scale linearly.
"""
import csv
import json
import os

from . import fraud as F
from . import honest as H
from . import honest_groups as G
from . import orgs as O
from . import recruiters as R
from . import staff as S
from .core import (DOMAIN_COLS, ENDPOINT_COLS, LOGIN_COLS, PAYMENT_COLS, SHIPMENT_COLS, SUBJECT_COLS, World,
                   sub_rng, wrand)

# ---- rates per 20,000 subjects (README.md explains where they come from)
FRAUD = {
    "ring_full": (18, {2: 14, 3: 16, 4: 14, 5: 12, 6: 10, 7: 8, 8: 7, 9: 5, 10: 4, 11: 3, 12: 3, 13: 2, 14: 1, 15: 1}),
    "ring_careful": (30, {2: 30, 3: 25, 4: 18, 5: 12, 6: 8, 7: 4, 8: 3}),
    "ring_farm": (7, {4: 15, 5: 15, 6: 15, 7: 15, 8: 12, 9: 10, 10: 8, 12: 6, 14: 4}),
    "sweep_ring": (9, {2: 15, 3: 20, 4: 20, 5: 15, 6: 12, 7: 10, 8: 8}),
    "ring_multicountry": (6, {3: 15, 4: 20, 5: 20, 6: 15, 7: 12, 8: 10, 9: 8}),
    "fake_recruiter": (10, {1: 20, 2: 25, 3: 25, 4: 15, 5: 10, 6: 5}),
}
LONE = 170
HONEST = {  # rows per 20,000 subjects; honest_dev takes the rest
    "companies": 700, "clients": 2000, "staff": 620, "applicants": 1500, "pseudonymous": 2300, "asia": 1500,
    "diaspora": 550, "nomads": 420, "agencies": 380, "dao_teams": 420, "hackathons": 520, "uni_clubs": 260,
    "oss": 240, "hacker_houses": 200, "families": 300, "handle_changes": 160,
}


def _n(base, scale, minimum=0):
    return max(minimum, int(round(base * scale)))


def generate(outdir, subjects=20000, seed=1, log=print):
    scale = subjects / 20000.0
    w = World(seed, outdir)
    # organisations
    companies = O.make_companies(w, sub_rng(seed, "companies"), _n(HONEST["companies"], scale, 5))
    O.ledgerline_domain(w)
    O.clients(w, sub_rng(seed, "clients"), _n(HONEST["clients"], scale, 2), companies)
    log(f"clients: {len(w.subjects)}")
    # fraud
    rng = sub_rng(seed, "fraud")
    victims = []
    for kind, (n_rings, sizes) in FRAUD.items():
        for _ in range(_n(n_rings, scale, 1)):
            size = wrand(rng, sizes)
            if kind == "ring_full":
                F.ring(w, rng, size, careful=False, primary="ring_full", victims=victims)
            elif kind == "ring_careful":
                F.ring(w, rng, size, careful=True, primary="ring_careful", victims=victims)
            elif kind == "ring_farm":
                F.laptop_farm(w, rng, size, careful=rng.random() < 0.4, victims=victims,
                              with_facilitator=rng.random() < 0.6)
            elif kind == "sweep_ring":
                keys = [] if rng.random() < 0.6 else rng.sample(F.KEYS, 1)
                F.ring(w, rng, size, careful=True, keys=keys, primary="sweep_ring", victims=victims, sweep=True)
            elif kind == "ring_multicountry":
                F.ring(w, rng, size, careful=rng.random() < 0.4, keys=rng.sample(F.KEYS, rng.randint(1, 4)),
                       primary="ring_multicountry", victims=victims, multi_country=True)
            elif kind == "fake_recruiter":
                R.recruiter_cluster(w, rng, size, companies)
    for _ in range(_n(LONE, scale, 1)):
        F.lone(w, rng, victims)
    n_fraud = sum(1 for v in w.truth.values() if v[0] == 1)
    log(f"fraud subjects: {n_fraud}")
    vr = sub_rng(seed, "victims")
    for v in victims:
        F.emit_victim(w, vr, v)
    # honest groups and individuals
    for name, fn in [("pseudonymous", H.pseudonymous), ("asia", H.asia), ("diaspora", H.diaspora),
                     ("nomads", H.nomads), ("agencies", G.agencies), ("dao_teams", G.dao_teams),
                     ("hackathons", G.hackathons), ("uni_clubs", G.uni_clubs), ("oss", G.oss),
                     ("hacker_houses", G.hacker_houses), ("families", G.families)]:
        fn(w, sub_rng(seed, name), _n(HONEST[name], scale, 2), companies)
    G.handle_changes(w, sub_rng(seed, "handle_changes"), _n(HONEST["handle_changes"], scale, 1), companies)
    S.staff(w, sub_rng(seed, "staff"), _n(HONEST["staff"], scale, 3), [])
    n_app = _n(HONEST["applicants"], scale, 2)
    rest = subjects - len(w.subjects) - n_app
    H.plain_devs(w, sub_rng(seed, "plain"), max(0, rest), companies)
    S.applicants(w, sub_rng(seed, "applicants"), max(0, subjects - len(w.subjects)), w.dev_pool)
    log(f"subjects: {len(w.subjects)}")
    write(w, outdir, seed)
    return w


def _write_csv(path, cols, rows):
    with open(path, "w", newline="", encoding="utf-8") as f:
        wr = csv.DictWriter(f, fieldnames=cols, extrasaction="ignore")
        wr.writeheader()
        for r in rows:
            wr.writerow(r)


def _write_parquet(path, cols, rows):
    import pyarrow as pa
    import pyarrow.parquet as pq
    data = {c: [(r.get(c) or None) for r in rows] for c in cols}
    table = pa.table({c: pa.array(v, type=pa.string()) for c, v in data.items()})
    pq.write_table(table, path, compression="zstd")


def write(w, outdir, seed):
    b = w.bundle
    rng = sub_rng(seed, "order")
    rng.shuffle(w.subjects)
    _write_csv(os.path.join(b, "subjects.csv"), SUBJECT_COLS, w.subjects)
    w.logins.sort(key=lambda r: r["ts"])
    _write_parquet(os.path.join(b, "logins.parquet"), LOGIN_COLS, w.logins)
    w.endpoint.sort(key=lambda r: r["ts"])
    _write_parquet(os.path.join(b, "endpoint.parquet"), ENDPOINT_COLS, w.endpoint)
    w.payments.sort(key=lambda r: r["ts"])
    _write_csv(os.path.join(b, "payments.csv"), PAYMENT_COLS, w.payments)
    w.shipments.sort(key=lambda r: r["ts"])
    with open(os.path.join(b, "shipments.jsonl"), "w", encoding="utf-8") as f:
        for r in w.shipments:
            f.write(json.dumps({c: r[c] for c in SHIPMENT_COLS if r.get(c)}) + "\n")
    _write_csv(os.path.join(b, "domains.csv"), DOMAIN_COLS, w.domains)
    with open(os.path.join(outdir, "truth.csv"), "w", newline="", encoding="utf-8") as f:
        wr = csv.writer(f)
        wr.writerow(["subject_id", "fraud", "kind"])
        for r in w.subjects:
            fr, kind = w.truth[r["id"]]
            wr.writerow([r["id"], fr, kind])
