"""Writers: subjects.csv, truth.csv, logins.parquet, endpoint.jsonl, payments.csv, shipments.jsonl, domains.csv, files."""
import csv
import json
import os

import pyarrow as pa
import pyarrow.parquet as pq

from .lives import BASE_COLS


def _csv(path, cols, rows):
    with open(path, "w", newline="", encoding="utf-8") as f:
        wr = csv.writer(f, lineterminator="\n")
        wr.writerow(cols)
        for r in rows:
            wr.writerow(["" if r.get(c) is None else r.get(c) for c in cols])


def _jsonl(path, cols, rows):
    with open(path, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps({c: r.get(c) for c in cols if c in r}, ensure_ascii=False, sort_keys=False) + "\n")


def write(outdir, w, truth_rows):
    b = os.path.join(outdir, "bundle")
    os.makedirs(os.path.join(b, "photos"), exist_ok=True)
    os.makedirs(os.path.join(b, "resumes"), exist_ok=True)
    extra = []
    seen = set(BASE_COLS)
    for r in w.subjects:
        for k in r:
            if k not in seen:
                seen.add(k)
                extra.append(k)
    extra.sort()
    _csv(os.path.join(b, "subjects.csv"), BASE_COLS + extra, w.subjects)
    with open(os.path.join(outdir, "truth.csv"), "w", newline="", encoding="utf-8") as f:
        wr = csv.writer(f, lineterminator="\n")
        wr.writerow(["subject_id", "fraud", "kind"])
        for t in truth_rows:
            wr.writerow(t)
    L = w.logins
    tbl = pa.table({k: pa.array(v, type=pa.string()) for k, v in L.items()})
    pq.write_table(tbl, os.path.join(b, "logins.parquet"), compression="zstd")
    _jsonl(os.path.join(b, "endpoint.jsonl"), ["subject_id", "ts", "device_id", "kind", "value", "vendor_id",
                                              "product_id", "started_at", "event_id", "linkwell_host_label"], w.endpoint)
    _csv(os.path.join(b, "payments.csv"), ["subject_id", "ts", "amount", "currency", "method", "destination",
                                          "linkwell_flow", "linkwell_provider", "linkwell_pay_type"], w.payments)
    _jsonl(os.path.join(b, "shipments.jsonl"), ["subject_id", "ts", "asset", "address", "linkwell_carrier",
                                               "linkwell_ship_to"], w.shipments)
    _csv(os.path.join(b, "domains.csv"), ["domain", "company", "registered_at", "registrant_email", "ip", "nameservers",
                                         "linkwell_page_followers", "linkwell_page_kind"], w.domains)
    for path in sorted(w.files):
        with open(os.path.join(b, path), "wb") as f:
            f.write(w.files[path])
    return b
