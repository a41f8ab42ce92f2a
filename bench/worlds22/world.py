"""Orchestration: how many of each kind, in what order the world is built, then rows and files."""
import os

from . import events, export, infra, market, people, rings
from .build import World

# Shares of N for every honest structure and fraud scheme (ordinary freelancers fill the rest).
HONEST = {"client_staff": 0.03, "gigforge_staff": 0.004, "agencies": 0.04, "households": 0.016, "coworking": 0.014, "cohorts": 0.022,
          "hubs": 0.008, "eor": 0.012, "second_accounts": 0.014, "reregistered": 0.004, "travellers": 0.016, "movers": 0.016,
          "name_change": 0.005, "it_admins": 0.01, "cloud_desktops": 0.003, "night_shift": 0.02, "diaspora": 0.02}
FRAUD = {"farms": 0.004, "overt": 0.006, "careful": 0.005, "split": 0.003, "fronts": 0.0025, "mules": 0.002, "rented": 0.0018,
         "lone": 0.005, "recruiters": 0.0015}
VICTIMS = 0.003


def generate(outdir, n, seed):
    w = World(seed, outdir)
    r = lambda label: infra.sub_rng(seed, label)  # noqa: E731  one stream per step, so a change in one leaves others put
    k = {name: max(2, round(share * n)) for name, share in {**HONEST, **FRAUD}.items()}

    market.make_clients(w, r("clients"), max(30, n // 70))
    spaces = market.coworking_spaces(w, r("spaces"), max(6, n // 1000))
    people.client_staff(w, r("staff"), k["client_staff"])
    people.gigforge_staff(w, r("gf"), k["gigforge_staff"])
    people.agencies(w, r("agencies"), k["agencies"])
    people.households(w, r("households"), k["households"])
    people.coworking(w, r("cowork"), spaces, k["coworking"])
    people.cohorts(w, r("cohorts"), k["cohorts"])
    people.hubs(w, r("hubs"), k["hubs"])
    people.eor(w, r("eor"), k["eor"])
    people.second_accounts(w, r("second"), k["second_accounts"])
    people.second_accounts(w, r("rereg"), k["reregistered"], banned=True)
    people.travellers(w, r("travel"), k["travellers"])
    people.movers(w, r("movers"), k["movers"])
    people.name_change(w, r("names"), k["name_change"])
    people.it_admins(w, r("itadmin"), k["it_admins"])
    people.cloud_desktops(w, r("cloud"), k["cloud_desktops"])
    people.night_shift(w, r("night"), k["night_shift"])
    people.diaspora(w, r("diaspora"), k["diaspora"])
    victims = rings.stolen_victims(w, r("victims"), max(2, round(VICTIMS * n)))

    fr = r("fraud")
    tms = rings.teams(w, fr, max(6, n // 1100))
    vq = list(victims)
    fr.shuffle(vq)
    rings.laptop_farms(w, fr, tms, vq, k["farms"])
    rings.overt_rings(w, fr, tms, vq, k["overt"])
    rings.careful_rings(w, fr, tms, k["careful"])
    rings.split_rings(w, fr, tms, k["split"])
    rings.front_agencies(w, fr, tms, k["fronts"])
    rings.mules(w, fr, tms, k["mules"])
    rings.rented_accounts(w, fr, tms, k["rented"])
    rings.lone_personas(w, fr, tms, k["lone"])
    crews = rings.fake_recruiters(w, fr, tms, k["recruiters"])
    for v in vq:  # victims no persona ended up using are ordinary freelancers
        v.tokens[0] = "honest_freelancer"

    people.ordinary(w, r("ordinary"), max(0, n - len(w.subjects)))
    honest = [s for s in w.subjects if not s.fraud and s.kind in ("applicant", "contractor")]
    frauds = [s for s in w.subjects if s.fraud and s.kind != "account" and "facilitator" not in s.tokens]
    rings.recruiter_contacts(w, r("contacts"), crews, honest)
    rings.resume_thieves(w, r("thieves"), frauds, honest, len(frauds) // 7)
    people.recycled_phones(w, r("recycled"), honest, max(2, n // 400))

    ids = r("ids").sample(range(1_000_000, 10_000_000), len(w.subjects))
    for s, i in zip(w.subjects, ids):
        s.sid = f"GF{i}"
        people.finish(w, s)

    bundle = os.path.join(outdir, "bundle")
    os.makedirs(bundle, exist_ok=True)
    rows = events.Rows()
    er = r("events")
    for s in w.subjects:
        events.emit(w, er, rows, s)
    export.subjects(w, r("export"), os.path.join(bundle, "subjects.csv"))
    export.parquet(rows.logins, os.path.join(bundle, "logins.parquet"))
    export.jsonl(rows.endpoint, os.path.join(bundle, "endpoint.jsonl"))
    export.csv_rows(rows.payments, os.path.join(bundle, "payments.csv"),
                    ["subject_id", "ts", "amount", "currency", "method", "destination", "gigforge_provider", "gigforge_status", "gigforge_client"])
    export.csv_rows(rows.shipments, os.path.join(bundle, "shipments.csv"), ["subject_id", "ts", "asset", "address", "gigforge_item", "gigforge_carrier"])
    w.domains.sort(key=lambda d: d["domain"])
    with open(os.path.join(bundle, "domains.jsonl"), "w", encoding="utf-8") as f:
        import json
        for d in w.domains:
            f.write(json.dumps(d, ensure_ascii=False) + "\n")
    export.media_files(w, bundle)
    export.truth(w, os.path.join(outdir, "truth.csv"))
    return {"subjects": len(w.subjects), "fraud": sum(s.fraud for s in w.subjects), "logins": len(rows.logins["ts"]),
            "endpoint": len(rows.endpoint), "payments": len(rows.payments), "shipments": len(rows.shipments), "domains": len(w.domains),
            "photos": len(w.photos), "resume_files": len(w.resumes)}
