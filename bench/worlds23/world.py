"""Orchestration: generate(outdir, n, seed) builds the Fleetdesk world and writes the bundle and the truth.

Shares are given at 20,000 subjects and scale with n; ordinary remote employees fill the rest.
"""
import os

from . import export, market, people, rings
from .infra import seeded
from .model import World

HONEST = [  # (structure, subjects at 20,000)
    ("it_people", 250),
    ("households", 1000),
    ("siblings_apart", 70),
    ("namesakes", 130),
    ("diaspora", 800),
    ("contractors_abroad", 650),
    ("eor", 450),
    ("staffing", 330),
    ("bpo", 300),
    ("coworking", 350),
    ("travellers", 400),
    ("mailbox_users", 180),
    ("movers", 400),
    ("founder_homes", 80),
    ("night_shift", 300),
    ("interns", 250),
    ("corporate_housing", 100),
    ("fleetdesk_staff", 50),
    ("overemployed_honest", 40),
    ("client_switch", 300),
    ("rehire", 80),
    ("cloud_desktops", 60),
    ("rural", 160),
]
FRAUD = {  # primary kind: subjects at 20,000
    "laptop_farm": 160, "farm_reship": 60, "ring_overt": 100, "ring_careful": 70, "ring_split": 50, "lone_persona": 60,
    "overemployed_persona": 55, "mule_payout": 36, "front_staffing": 30, "rented_identity": 12,
}


def generate(outdir, n, seed):
    w = World(n, seed)
    rng = w.rng
    market.build_fixtures(w)
    market.build_clients(w)
    market.build_staffing_vendors(w, max(4, w.scale(16)))
    for name, k in HONEST:
        m = w.scale(k, lo=1 if n >= 500 else 0)
        r = seeded(seed, "honest", name)
        if name == "it_people":
            people.it_people(w, r, m)
        elif name == "staffing":
            people.vendors_staff(w, r, m, ("devshop", "staffing"))
        elif name == "bpo":
            people.vendors_staff(w, r, m, ("bpo",))
        elif name == "client_switch":
            people.job_changers(w, r, m)
        elif name == "rehire":
            people.job_changers(w, r, m, same_client=True)
        else:
            getattr(people, name)(w, r, m)
    people.client_admins(w, seeded(seed, "honest", "admins"), per_client=1.0)
    counts = {k: w.scale(v, lo=2) for k, v in FRAUD.items()}
    rings.build_fraud(w, seeded(seed, "fraud"), counts)
    rest = n - len(w.subjects)
    if rest > 0:
        people.bulk(w, seeded(seed, "honest", "bulk"), rest)
    os.makedirs(outdir, exist_ok=True)
    stats = export.write_bundle(w, outdir)
    return stats
