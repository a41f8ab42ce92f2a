"""Blind world 20 (Taskgrid): the orchestration.  generate(outdir, n, seed) writes OUTDIR/bundle and OUTDIR/truth.csv."""
import os
import random

from . import events, export, lives, people, rings
from .build import W as World

HONEST = [  # (builder, share of all subjects)
    (people.clients, 0.035), (people.staff, 0.008), (people.vendors, 0.08), (people.households, 0.08),
    (people.cafes, 0.045), (people.campus, 0.025), (people.setup_helpers, 0.015), (lives.moved, 0.045),
    (lives.name_change, 0.006), (lives.two_accounts, 0.02), (lives.travellers, 0.015), (lives.night_shift, 0.03),
    (lives.it_admins, 0.012), (lives.applicants, 0.04), (lives.fair_asia, 0.03),
]
FRAUD = [
    (rings.overt, 0.0065), (rings.careful, 0.005), (rings.split, 0.003), (rings.farms, 0.0045), (rings.lone, 0.003),
    (rings.rented, 0.003), (rings.intermediaries, 0.0025), (rings.front_vendors, 0.002),
]


def build(n, seed):
    W = World(n, seed)
    r = W.rng
    clients = HONEST[0]
    clients[0](W, W.count(clients[1]))
    frauds = []
    for fn, share in FRAUD:
        frauds += fn(W, W.count(share, lo=2))
    for s in frauds:
        W.add(s)
    W.add_victims = rings.victims(W, frauds, 0.25)
    for v in W.add_victims:
        W.add(v)
    for fn, share in HONEST[1:]:
        fn(W, W.count(share))
    rest = n - len(W.subjects)
    for _ in range(max(0, rest)):
        W.add(people.honest_worker(W))
    for s in W.subjects:
        lives.modifiers(W, s)
    # ids: shuffled so that order says nothing
    r.shuffle(W.subjects)
    nums = r.sample(range(1000000, 9999999), len(W.subjects))
    for s, k in zip(W.subjects, nums):
        s["row"]["id"] = f"TG{k}"
    return W


def generate(outdir, n, seed):
    W = build(n, seed)
    bundle = os.path.join(outdir, "bundle")
    os.makedirs(bundle, exist_ok=True)
    n_photo, n_res = export.write_media(W, bundle)
    er = random.Random(seed * 31 + 17)
    lg, pm, ep = events.Logins(), events.Payments(), events.Endpoint()
    ships = []
    for s in W.subjects:
        sid = s["row"]["id"]
        general = s.get("tier") != "expert"
        for ph in s["phases"]:
            lg.emit(er, sid, ph)
            pm.emit(er, sid, ph, general)
            ep.emit(er, sid, ph)
        events.shipments(sid, s, ships)
    stats = dict(subjects=export.write_subjects(W, bundle))
    stats["fraud"] = sum(s["fraud"] for s in W.subjects)
    stats["logins"] = export.write_logins(lg.c, bundle)
    del lg
    stats["payments"] = export.write_payments(pm.c, bundle)
    stats["shipments"] = export.write_shipments(ships, bundle)
    stats["endpoint"] = export.write_endpoint(ep.c, bundle)
    stats["domains"] = export.write_domains(W, bundle)
    stats["photos"] = n_photo
    stats["resume_files"] = n_res
    export.write_truth(W, outdir)
    return stats
