"""Orchestration: generate(outdir, n, seed) builds the Assessly world and writes bundle/ and truth.csv."""
import csv
import os

from . import people, rings
from .build import World, customer_pool
from .events import gen
from .export import write_all


def generate(outdir, n, seed):
    w = World(n, seed)
    rng = w.rng
    customer_pool(w)
    people.staff(w, w.k(110, 5))
    people.recruiters(w)
    k = w.k
    # ---- fraud (about 3%) ----
    made = 0
    target = k(80, 4)
    while made < target:
        size = rng.randint(4, 10)
        kinds = rng.sample(rings.SHARE_KINDS, rng.randint(3, 6))
        made += len(rings.ring(w, "ring_overt", size, kinds, hire_p=0.4))
    made = 0
    target = k(80, 3)
    while made < target:
        size = rng.choice([2, 2, 3, 3, 4, 5])
        kind = rng.choice(rings.SHARE_KINDS)
        made += len(rings.ring(w, "ring_careful", size, [kind], all_share=True, hire_p=0.35))
    made = 0
    target = k(45, 3)
    while made < target:
        size = rng.randint(3, 8)
        kinds = rng.sample(["ip", "device"], rng.randint(1, 2))
        made += len(rings.ring(w, "ring_split", size, kinds, hire_p=0.3, multi=True,
                               claimed_pool=[("US", 40), ("PL", 10), ("UA", 8), ("GB", 8), ("DE", 6), ("PT", 6), ("RS", 6), ("JP", 6), ("VN", 5), ("SG", 5)]))
    rings.lone(w, k(55, 2))
    rings.proxy_interviewees(w, k(9, 1), 6)
    for _ in range(k(7, 1)):
        rings.laptop_farm(w, rng.randint(4, 12))
    rings.fake_recruiters(w, k(6, 1), 5)
    for _ in range(k(2, 1)):
        rings.front_agency(w, rng.randint(7, 13))
    rings.rented_accounts(w, k(18, 1))
    # ---- honest structures ----
    people.bootcamps(w, k(900))
    people.universities(w, k(1000))
    people.agencies(w, k(750))
    people.households(w, k(520))
    people.retakers(w, k(440))
    people.movers(w, k(500))
    people.name_changes(w, k(110))
    people.travellers(w, k(300))
    people.coworkers(w, k(300))
    people.it_admins(w, k(180))
    while len(w.rows) < n:
        people.ordinary(w)
    del w.rows[n:]
    keep = {r["id"] for r in w.rows}
    order = list(range(len(w.rows)))
    rng.shuffle(order)
    w.rows = [w.rows[i] for i in order]
    out = gen(w)
    outdir = str(outdir)
    stats = write_all(w, out, os.path.join(outdir, "bundle"))
    with open(os.path.join(outdir, "truth.csv"), "w", newline="", encoding="utf-8") as f:
        wr = csv.writer(f, lineterminator="\n")
        wr.writerow(["subject_id", "fraud", "kind"])
        nf = 0
        for r in w.rows:
            fr, toks = w.truth[r["id"]]
            seen = []
            for t in toks:
                if t and t not in seen:
                    seen.append(t)
            wr.writerow([r["id"], fr, ";".join(seen)])
            nf += fr
    stats["fraud"] = nf
    return stats
