"""Writes the bundle (subjects.csv, logins.parquet, endpoint.jsonl, payments.csv, shipments.jsonl, domains.csv)
and OUTDIR/truth.csv."""
from __future__ import annotations

import csv
import json
import os

import pyarrow as pa
import pyarrow.parquet as pq

SUBJECT_COLS = ["id", "kind", "full_name", "email", "phone", "phone_line_type", "address", "country", "birth_date", "national_id",
                "photo", "resume", "profiles", "employer", "created_at", "recovery_email", "recovery_phone",
                "recovery_phone_line_type", "signup_ip", "campusline_source", "campusline_record", "campusline_school",
                "campusline_grad_year", "campusline_referrer", "campusline_edu_verified", "campusline_role", "campusline_work_email"]
LOGIN_COLS = ["subject_id", "ts", "ip", "device_id", "user_agent", "country", "outcome", "source_proxy", "asn", "network_owner",
              "city", "latitude", "longitude", "risk_level", "event_type", "session_id", "event_id", "campusline_source"]


def write_csv(path, rows, cols):
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=cols, extrasaction="ignore")
        w.writeheader()
        for r in rows:
            w.writerow({k: ("" if r.get(k) is None else r.get(k, "")) for k in cols})


def write_jsonl(path, rows, null_share_rng=None):
    with open(path, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


def write(outdir, ctx, W, book):
    r = ctx.rng
    b = os.path.join(outdir, "bundle")
    order = list(range(len(book.subjects)))
    r.shuffle(order)
    write_csv(os.path.join(b, "subjects.csv"), [book.subjects[i] for i in order], SUBJECT_COLS)
    with open(os.path.join(outdir, "truth.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["subject_id", "fraud", "kind"])
        for i in order:
            w.writerow(book.truth[i])
    cols = {c: [("" if x.get(c) is None else str(x.get(c, ""))) or None for x in book.logins] for c in LOGIN_COLS}
    pq.write_table(pa.table({c: pa.array(v, type=pa.string()) for c, v in cols.items()}), os.path.join(b, "logins.parquet"), compression="zstd")
    for row in book.endpoint:
        if "vendor_id" not in row and r.random() < 0.02:
            row["vendor_id"] = None
    write_jsonl(os.path.join(b, "endpoint.jsonl"), book.endpoint)
    write_csv(os.path.join(b, "payments.csv"), book.payments, ["subject_id", "ts", "amount", "currency", "method", "destination", "campusline_payer"])
    write_jsonl(os.path.join(b, "shipments.jsonl"), book.shipments)
    doms = []
    for e in W.employers:
        doms.append({"domain": e["domain"], "company": e["name"], "registered_at": f"{r.randrange(2003, 2021)}-{r.randrange(1, 13):02d}-{r.randrange(1, 28):02d}",
                     "registrant_email": r.choice(["", f"hostmaster@{e['domain']}", "Redacted for privacy"]), "ip": ctx.ip_in(("hosting", "cloudflare")),
                     "nameservers": r.choice(["ns1.cloudflare.com;ns2.cloudflare.com", "ns-12.awsdns-01.com;ns-900.awsdns-40.net", "ns1.google.com;ns2.google.com"]),
                     "campusline_role": "employer"})
    for u in W.univs:
        doms.append({"domain": u["domain"], "company": u["name"], "registered_at": f"{r.randrange(1986, 1999)}-{r.randrange(1, 13):02d}-{r.randrange(1, 28):02d}",
                     "registrant_email": f"hostmaster@{u['domain']}", "ip": u["campus"]["ips"][0], "nameservers": f"ns1.{u['domain']};ns2.{u['domain']}", "campusline_role": "school"})
    for c in W.camps:
        doms.append({"domain": c["domain"], "company": c["name"], "registered_at": f"{r.randrange(2013, 2022)}-{r.randrange(1, 13):02d}-{r.randrange(1, 28):02d}",
                     "registrant_email": "Redacted for privacy", "ip": ctx.ip_in(("hosting", "cloudflare")), "nameservers": "ns1.cloudflare.com;ns2.cloudflare.com", "campusline_role": "bootcamp"})
    doms += book.domains
    write_csv(os.path.join(b, "domains.csv"), doms, ["domain", "company", "registered_at", "registrant_email", "ip", "nameservers", "campusline_role"])
    return {"subjects": len(book.subjects), "logins": len(book.logins), "endpoint": len(book.endpoint), "payments": len(book.payments),
            "shipments": len(book.shipments), "domains": len(doms)}
