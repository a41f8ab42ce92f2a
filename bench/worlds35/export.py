"""Writers: subjects.csv, logins.parquet, endpoint.jsonl, payments.csv, shipments.jsonl, domains.csv, and truth.csv outside the bundle."""
import csv
import json
import os

import pyarrow as pa
import pyarrow.parquet as pq

SUBJECT_COLS = ["id", "kind", "full_name", "email", "phone", "address", "country", "birth_date", "national_id", "photo", "resume", "profiles",
                "employer", "created_at", "recovery_email", "recovery_phone", "signup_ip", "phone_line_type", "recovery_phone_line_type"]


def _cols(rows, first):
    seen = list(first)
    s = set(seen)
    for r in rows:
        for k in r:
            if k not in s:
                s.add(k)
                seen.append(k)
    return seen


def _csv(path, rows, first):
    cols = _cols(rows, first)
    with open(path, "w", newline="", encoding="utf-8") as f:
        wr = csv.writer(f)
        wr.writerow(cols)
        for r in rows:
            wr.writerow(["" if r.get(c) is None else r.get(c) for c in cols])


def _jsonl(path, rows):
    with open(path, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


def write_bundle(w, outdir):
    b = os.path.join(outdir, "bundle")
    subs = list(w.subjects)
    w.r.shuffle(subs)
    _csv(os.path.join(b, "subjects.csv"), subs, SUBJECT_COLS)
    logins = sorted(w.logins, key=lambda r: r["ts"])
    cols = _cols(logins[:2000], ["subject_id", "ts", "ip", "device_id", "user_agent", "country"])
    tbl = pa.table({c: pa.array([r.get(c) for r in logins], type=pa.string()) for c in cols})
    pq.write_table(tbl, os.path.join(b, "logins.parquet"), compression="zstd")
    _jsonl(os.path.join(b, "endpoint.jsonl"), w.endpoint)
    _csv(os.path.join(b, "payments.csv"), w.payments, ["subject_id", "ts", "amount", "currency", "method", "destination"])
    _jsonl(os.path.join(b, "shipments.jsonl"), w.shipments)
    _csv(os.path.join(b, "domains.csv"), w.domains, ["domain", "company", "registered_at", "registrant_email", "ip", "nameservers"])
    with open(os.path.join(outdir, "truth.csv"), "w", newline="", encoding="utf-8") as f:
        wr = csv.writer(f)
        wr.writerow(["subject_id", "fraud", "kind"])
        for r in subs:
            fr, k = w.truth[r["id"]]
            wr.writerow([r["id"], fr, k() if callable(k) else k])
    return {"subjects": len(subs), "logins": len(logins), "endpoint": len(w.endpoint), "payments": len(w.payments),
            "shipments": len(w.shipments), "domains": len(w.domains)}
