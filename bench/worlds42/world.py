"""World 42 (Wirepay): orchestration and export of the bundle and truth.csv."""
from __future__ import annotations

import csv
import json
import os

import pyarrow as pa
import pyarrow.parquet as pq

from .fraud import Fraud
from .honest import UNITS, Honest
from .infra import LOGIN_COLS, PAY_COLS, SUBJECT_COLS, World


def generate(outdir, n, seed):
    bundle = os.path.join(outdir, "bundle")
    os.makedirs(os.path.join(bundle, "photos"), exist_ok=True)
    w = World(seed, n, outdir)
    schema = pa.schema([(c, pa.string()) for c in LOGIN_COLS])
    writer = pq.ParquetWriter(os.path.join(bundle, "logins.parquet"), schema)
    n_logins = [0]

    def sink(rows):
        if not rows:
            return
        cols = list(zip(*rows))
        writer.write_table(pa.table({c: pa.array(list(v), pa.string()) for c, v in zip(LOGIN_COLS, cols)}, schema=schema))
        n_logins[0] += len(rows)
    w.login_sink = sink

    h = Honest(w)
    h.make_payers(max(20, int(n * 0.07)))
    f = Fraud(w, h)
    for i in range(max(1, round(n / 1800))):
        f.run_team(i)
    names, weights = zip(*UNITS)
    rng = w.rng
    while len(w.subjects) < n:
        if n - len(w.subjects) < 30:
            h.make_payers(1)
            continue
        getattr(h, rng.choices(names, weights)[0])()
    sink(w.logins)
    w.logins = []
    writer.close()

    rng.shuffle(w.subjects)
    with open(os.path.join(bundle, "subjects.csv"), "w", newline="", encoding="utf-8") as fh:
        wr = csv.DictWriter(fh, SUBJECT_COLS)
        wr.writeheader()
        wr.writerows(w.subjects)
    w.truth.sort()
    with open(os.path.join(outdir, "truth.csv"), "w", newline="", encoding="utf-8") as fh:
        wr = csv.writer(fh)
        wr.writerow(["subject_id", "fraud", "kind"])
        wr.writerows(w.truth)
    w.payments.sort(key=lambda r: (r[1], r[0]))
    with open(os.path.join(bundle, "payments.csv"), "w", newline="", encoding="utf-8") as fh:
        wr = csv.writer(fh)
        wr.writerow(PAY_COLS)
        wr.writerows(w.payments)
    with open(os.path.join(bundle, "shipments.csv"), "w", newline="", encoding="utf-8") as fh:
        wr = csv.writer(fh)
        wr.writerow(["subject_id", "ts", "asset", "address"])
        wr.writerows(sorted(w.shipments, key=lambda r: r[1]))
    with open(os.path.join(bundle, "domains.csv"), "w", newline="", encoding="utf-8") as fh:
        wr = csv.DictWriter(fh, ["domain", "company", "registered_at", "registrant_email", "ip", "nameservers"])
        wr.writeheader()
        wr.writerows(w.domains)
    with open(os.path.join(bundle, "endpoint.jsonl"), "w", encoding="utf-8") as fh:
        for r in w.endpoint:
            fh.write(json.dumps(r) + "\n")
    fraud = sum(1 for t in w.truth if t[1] == 1)
    return {"subjects": len(w.subjects), "fraud": fraud, "logins": n_logins[0], "endpoint": len(w.endpoint),
            "payments": len(w.payments), "shipments": len(w.shipments), "domains": len(w.domains), "photos": w.photo_count}
