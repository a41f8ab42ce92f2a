"""World 33 (Gridcraft): compose the population and write the bundle."""
import csv
import json

import pyarrow as pa
import pyarrow.parquet as pq

from . import data as D
from . import fraud as F
from . import honest as H
from .common import Ctx


def make_studios(ctx, k):
    r = ctx.r
    for i in range(k):
        name = D.STUDIOS[i % len(D.STUDIOS)] + ("" if i < len(D.STUDIOS) else " %d" % (i // len(D.STUDIOS) + 1))
        c = r.choice(["US", "US", "US", "CA", "GB", "PL"])
        city = ctx.city(c)
        dom = name.lower().replace(" ", "").replace("&", "and") + r.choice([".com", ".games", ".gg"])
        st = {"name": name, "country": c, "office": ctx.address(c, city), "depot": r.choice(["IT Depot, 4800 Industrial Pkwy, Memphis, TN 38118",
              "CDW Depot, 200 N Milwaukee Ave, Vernon Hills, IL 60061", "Firstbase Warehouse, 1250 Aviation Blvd, Reno, NV 89502", ctx.address(c, city)]),
              "idp": r.choice(["okta", "entra"]), "tag": "GC%02d" % i, "net": ctx.res_ip(c, city, "office"), "domain": dom}
        ctx.studios.append(st)
        ctx.domains.append({"domain": dom, "company": name, "registered_at": "20%02d-%02d-%02d" % (r.randint(5, 21), r.randint(1, 12), r.randint(1, 28)),
                            "registrant_email": r.choice(["REDACTED FOR PRIVACY", "it@" + dom]), "ip": st["net"]["ip"] if r.random() < 0.2 else "76.76.21.%d" % r.randint(1, 200),
                            "nameservers": "ns-%d.awsdns-%02d.com;ns-%d.awsdns-%02d.net" % (r.randint(1, 2000), r.randint(1, 60), r.randint(1, 2000), r.randint(1, 60))})


def generate(outdir, n, seed):
    ctx = Ctx(outdir, n, seed)
    r = ctx.r
    make_studios(ctx, max(8, n // 400))
    ctx.domains.append({"domain": "gridcraft.gg", "company": "Gridcraft Inc.", "registered_at": "2017-03-02", "registrant_email": "domains@gridcraft.gg",
                        "ip": "104.18.22.10", "nameservers": "kate.ns.cloudflare.com;rob.ns.cloudflare.com"})
    # ---- fraud first: about 3% of subjects
    fraud_target = int(n * 0.028)
    tno = 0
    plan = ["persona_ring", "careful_ring", "split_ring", "persona_ring", "careful_ring", "lone", "lone", "lone"]
    i = 0
    while sum(1 for t in ctx.truth if t[1]) < fraud_target or tno < 6:
        kind = plan[i % len(plan)]
        i += 1
        tno += 1
        if kind == "lone":
            F.lone(ctx, tno)
        else:
            F.ring(ctx, tno, kind, r.randint(4, 12) if kind != "careful_ring" else r.randint(3, 7), split=kind == "split_ring")
    # ---- honest
    groups = [(H.qa_lab, 5), (H.art_studio, 6), (lambda c: H.student_team(c, False), 5), (lambda c: H.student_team(c, True), 5),
              (H.family, 14), (H.cafe, 5), (H.streamer, 25), (H.esports, 2), (H.coop, 8),
              (lambda c: H.studio_staff(c, r.choice(c.studios)), 160), (lambda c: H.solo(c, "indie_freelancer"), 320),
              (lambda c: H.solo(c, "job_applicant", "studio"), 80), (client, 40), (lambda c: H.victim(c)[1], 3)]
    tot = sum(w for _, w in groups)
    while len(ctx.subjects) < n:
        x = r.uniform(0, tot)
        for fn, w in groups:
            x -= w
            if x <= 0:
                fn(ctx)
                break
    write(ctx)
    fr = sum(1 for t in ctx.truth if t[1])
    return {"subjects": len(ctx.subjects), "fraud": fr, "logins": len(ctx.logins), "endpoint": len(ctx.endpoint), "payments": len(ctx.payments),
            "shipments": len(ctx.shipments), "domains": len(ctx.domains), "photos": len(ctx.photos_written)}


def client(ctx):
    r = ctx.r
    st = r.choice(ctx.studios)
    p = H.person(ctx, st["country"], ["studio_client"])
    p["org"] = st["name"]
    p["email"] = p["first"].lower() + "." + p["last"].lower().replace(" ", "") + "@" + st["domain"]
    p["nets"].append(st["net"])
    p["pay"] = ("bank", "card_fp:" + st["tag"].lower() + "%04d" % r.randrange(10000), "Stripe")
    return H.live(ctx, p, ["client"])


SUBJ_COLS = ["id", "kind", "full_name", "email", "phone", "address", "country", "birth_date", "national_id", "photo", "resume", "profiles",
             "employer", "created_at", "recovery_email", "recovery_phone", "signup_ip", "phone_line_type", "recovery_phone_line_type",
             "gridcraft_source", "gridcraft_record", "gridcraft_title", "gridcraft_prev_name", "gridcraft_org", "gridcraft_rate",
             "gridcraft_partner", "gridcraft_stage", "gridcraft_worker_type"]
LOGIN_COLS = ["subject_id", "ts", "ip", "device_id", "user_agent", "country", "outcome", "source_proxy", "asn", "network_owner", "city",
              "risk_level", "gridcraft_source", "gridcraft_ip_type"]


def write(ctx):
    r = ctx.r
    b = ctx.bundle
    subs = list(ctx.subjects)
    r.shuffle(subs)
    with open(b / "subjects.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, SUBJ_COLS, extrasaction="ignore")
        w.writeheader()
        for s in subs:
            w.writerow({k: s.get(k, "") for k in SUBJ_COLS})
    with open(ctx.out / "truth.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["subject_id", "fraud", "kind"])
        for t in ctx.truth:
            w.writerow(t)
    cols = list(zip(*ctx.logins)) if ctx.logins else [[] for _ in LOGIN_COLS]
    tbl = pa.table({c: pa.array([v if v != "" else None for v in cols[i]], type=pa.string()) for i, c in enumerate(LOGIN_COLS)})
    pq.write_table(tbl, b / "logins.parquet")
    with open(b / "endpoint.jsonl", "w", encoding="utf-8") as f:
        for e in ctx.endpoint:
            f.write(json.dumps(e) + "\n")
    with open(b / "payments.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["subject_id", "ts", "amount", "currency", "method", "destination", "gridcraft_flow", "gridcraft_provider"])
        w.writerows(ctx.payments)
    with open(b / "shipments.jsonl", "w", encoding="utf-8") as f:
        for s in ctx.shipments:
            f.write(json.dumps(s) + "\n")
    seen = set()
    with open(b / "domains.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, ["domain", "company", "registered_at", "registrant_email", "ip", "nameservers"])
        w.writeheader()
        for d in ctx.domains:
            if d["domain"] not in seen:
                seen.add(d["domain"])
                w.writerow(d)
