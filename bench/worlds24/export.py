"""World 24 writers: the bundle's tables (CSV, Parquet, JSON Lines) and truth.csv."""
import csv
import json
import os

import pyarrow as pa
import pyarrow.parquet as pq

SUBJECT_COLS = ["id", "kind", "full_name", "email", "phone", "address", "country", "birth_date", "national_id", "photo",
                "resume", "profiles", "employer", "created_at", "recovery_email", "recovery_phone", "signup_ip",
                "phone_line_type", "recovery_phone_line_type", "verity_check_type", "verity_client_country"]
LOGIN_COLS = ["subject_id", "ts", "ip", "device_id", "user_agent", "country", "outcome", "source_proxy", "asn",
              "network_owner", "city", "latitude", "longitude", "risk_level", "event_type", "session_id", "event_id"]
PAY_COLS = ["subject_id", "ts", "amount", "currency", "method", "destination", "verity_payroll_provider"]
SHIP_COLS = ["subject_id", "ts", "asset", "address", "verity_carrier", "verity_item"]


def write_csv(path, cols, rows):
    with open(path, "w", newline="", encoding="utf-8") as f:
        wr = csv.writer(f, lineterminator="\n")
        wr.writerow(cols)
        for r in rows:
            wr.writerow(["" if r.get(c) is None else r[c] for c in cols])


def write_jsonl(path, rows):
    with open(path, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps({k: v for k, v in r.items() if v is not None}, ensure_ascii=False) + "\n")


def write_parquet(path, cols, rows):
    table = pa.table({c: pa.array([r.get(c) for r in rows], type=pa.string()) for c in cols})
    pq.write_table(table, path, compression="zstd")


def export(w, bundle, outdir):
    os.makedirs(bundle, exist_ok=True)
    order = list(range(len(w.subjects)))
    w.rng.shuffle(order)
    subjects = [w.subjects[i] for i in order]
    write_csv(os.path.join(bundle, "subjects.csv"), SUBJECT_COLS, subjects)
    w.logins.sort(key=lambda r: (r["ts"], r["subject_id"]))
    write_parquet(os.path.join(bundle, "logins.parquet"), LOGIN_COLS, w.logins)
    w.endpoint.sort(key=lambda r: (r["ts"], r["subject_id"]))
    write_jsonl(os.path.join(bundle, "endpoint.jsonl"), w.endpoint)
    w.payments.sort(key=lambda r: (r["ts"], r["subject_id"]))
    write_csv(os.path.join(bundle, "payments.csv"), PAY_COLS, w.payments)
    w.shipments.sort(key=lambda r: (r["ts"], r["subject_id"]))
    write_csv(os.path.join(bundle, "shipments.csv"), SHIP_COLS, w.shipments)
    write_jsonl(os.path.join(bundle, "domains.jsonl"), w.domains)
    with open(os.path.join(outdir, "truth.csv"), "w", newline="", encoding="utf-8") as f:
        wr = csv.writer(f, lineterminator="\n")
        wr.writerow(["subject_id", "fraud", "kind"])
        for r in subjects:
            fraud, toks = w.truth[r["id"]]
            seen = []
            for t in toks:
                if t not in seen:
                    seen.append(t)
            wr.writerow([r["id"], fraud, ";".join(seen)])
