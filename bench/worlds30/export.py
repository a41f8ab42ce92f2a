"""Writers: subjects.csv, logins.parquet, endpoint.jsonl, payments.parquet, shipments.csv, domains.jsonl, truth.csv."""
import csv
import json
import os

import pyarrow as pa
import pyarrow.parquet as pq

from .honest import SUBJECT_COLS
from .infra import ENDPOINT_COLS, LOGIN_COLS, PAYMENT_COLS, SHIPMENT_COLS


def _parquet(path, cols, rows):
    arrays = []
    for i, c in enumerate(cols):
        arrays.append(pa.array([(r[i] if r[i] != "" else None) for r in rows], type=pa.string()))
    pq.write_table(pa.Table.from_arrays(arrays, names=cols), path, compression="zstd")


def _csv(path, cols, rows, dicts=False):
    with open(path, "w", newline="", encoding="utf-8") as f:
        wr = csv.writer(f)
        wr.writerow(cols)
        for r in rows:
            wr.writerow([r[c] for c in cols] if dicts else r)


def write_all(w, outdir):
    b = w.bundle
    # deliberate messiness in a handful of honest rows: a mistyped phone (one digit short), a date-only created_at
    honest = [i for i, t in enumerate(w.truth) if t[1] == 0 and w.subjects[i]["phone"]]
    for i in w.r.sample(honest, max(1, len(w.subjects) // 1500)):
        ph = w.subjects[i]["phone"]
        digits = [k for k, ch in enumerate(ph) if ch.isdigit()]
        if len(digits) > 8:
            k = digits[-3]
            w.subjects[i]["phone"] = ph[:k] + ph[k + 1:]
    for i in w.r.sample(range(len(w.subjects)), max(1, len(w.subjects) // 800)):
        w.subjects[i]["created_at"] = w.subjects[i]["created_at"][:10]
    # ids are not in creation order in a real export
    order = list(range(len(w.subjects)))
    w.r.shuffle(order)
    subs = [w.subjects[i] for i in order]
    _csv(os.path.join(b, "subjects.csv"), SUBJECT_COLS, subs, dicts=True)
    logins = sorted(w.logins, key=lambda r: (r[1][:19], r[16]))
    _parquet(os.path.join(b, "logins.parquet"), LOGIN_COLS, logins)
    with open(os.path.join(b, "endpoint.jsonl"), "w", encoding="utf-8") as f:
        for r in w.endpoint:
            f.write(json.dumps({c: v for c, v in zip(ENDPOINT_COLS, r) if v != ""}, ensure_ascii=False) + "\n")
    _parquet(os.path.join(b, "payments.parquet"), PAYMENT_COLS, w.payments)
    _csv(os.path.join(b, "shipments.csv"), SHIPMENT_COLS, w.shipments)
    with open(os.path.join(b, "domains.jsonl"), "w", encoding="utf-8") as f:
        for d in w.domains:
            f.write(json.dumps({k: v for k, v in d.items() if v is not None}, ensure_ascii=False) + "\n")
    with open(os.path.join(outdir, "truth.csv"), "w", newline="", encoding="utf-8") as f:
        wr = csv.writer(f)
        wr.writerow(["subject_id", "fraud", "kind"])
        tr = {t[0]: t for t in w.truth}
        for s in subs:
            t = tr[s["id"]]
            wr.writerow([t[0], t[1], t[2]])
    fraud = sum(t[1] for t in w.truth)
    return {"subjects": len(w.subjects), "fraud": fraud, "logins": len(w.logins), "endpoint": len(w.endpoint),
            "payments": len(w.payments), "shipments": len(w.shipments), "domains": len(w.domains)}
