"""Writers: the bundle (subjects.csv, logins.parquet, endpoint.jsonl, payments.csv, shipments.csv, domains.jsonl,
photos/) and truth.csv outside it."""
import csv
import hashlib
import json
import os
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from . import media as M
from .people import COLS

LOGIN_COLS = ["subject_id", "ts", "ip", "device_id", "user_agent", "country", "outcome", "source_proxy", "asn",
              "network_owner", "city", "latitude", "longitude", "risk_level", "event_type", "session_id", "event_id",
              "dialtone_ip_service", "dialtone_client"]
ENDPOINT_COLS = ["subject_id", "ts", "device_id", "kind", "value", "vendor_id", "product_id", "event_id", "started_at"]


def write(w, outdir):
    out = Path(outdir)
    b = out / "bundle"
    (b / "photos").mkdir(parents=True, exist_ok=True)
    r = w.sub("ids")
    order = sorted(w.subjects, key=lambda s: (s["_created"], r.random()))
    ids = {}
    for i, s in enumerate(order):
        ids[s["_key"]] = "DT%07d" % (1000 + i)
    # photos
    w.images["photos/default-avatar.png"] = M.default_avatar()
    used = {s["photo"] for s in w.subjects if s["photo"]}
    for p in sorted(used):
        (b / p).write_bytes(w.images[p])
    # a number written without "+" is read in the subject's country: give non-US rows the international form
    for s in w.subjects:
        if s["country"] not in ("US", ""):
            for c in ("phone", "recovery_phone"):
                v = s[c]
                if v and not v.startswith("+"):
                    s[c] = "+1" + "".join(ch for ch in v if ch.isdigit())
    # subjects (created_at placed after employer)
    cols = COLS[:COLS.index("employer") + 1] + ["created_at"] + COLS[COLS.index("employer") + 1:]
    with open(b / "subjects.csv", "w", newline="", encoding="utf-8") as f:
        cw = csv.writer(f)
        cw.writerow(["id"] + cols)
        for s in order:
            cw.writerow([ids[s["_key"]]] + [s[c] for c in cols])
    # logins
    rows = sorted(w.logins, key=lambda x: (x[1], x[16]))
    colsd = {c: [] for c in LOGIN_COLS}
    for row in rows:
        colsd["subject_id"].append(ids[row[0]])
        for j, c in enumerate(LOGIN_COLS[1:], 1):
            v = row[j]
            colsd[c].append(v if v != "" else None)
    pq.write_table(pa.table({c: pa.array(v, pa.string()) for c, v in colsd.items()}), b / "logins.parquet",
                   compression="zstd")
    # endpoint
    ep = sorted(w.endpoint, key=lambda x: (x[1], x[2], x[3], x[4], x[0]))
    with open(b / "endpoint.jsonl", "w", encoding="utf-8") as f:
        for row in ep:
            d = {"subject_id": ids[row[0]], "ts": row[1], "device_id": row[2], "kind": row[3], "value": row[4]}
            if row[5]:
                d["vendor_id"], d["product_id"] = row[5], row[6]
            if row[8]:
                d["started_at"] = row[8]
            d["event_id"] = "dtdiag:" + hashlib.sha1("|".join([d["subject_id"], row[1], row[2], row[3], row[4]]).encode()).hexdigest()[:20]
            f.write(json.dumps(d, ensure_ascii=False) + "\n")
    # payments
    pays = sorted(w.payments, key=lambda x: (x[1], ids[x[0]], x[5]))
    with open(b / "payments.csv", "w", newline="", encoding="utf-8") as f:
        cw = csv.writer(f)
        cw.writerow(["subject_id", "ts", "amount", "currency", "method", "destination", "dialtone_instrument",
                     "dialtone_item"])
        for p in pays:
            cw.writerow([ids[p[0]]] + list(p[1:]))
    # shipments
    ships = sorted(w.shipments, key=lambda x: (x[1], ids[x[0]]))
    with open(b / "shipments.csv", "w", newline="", encoding="utf-8") as f:
        cw = csv.writer(f)
        cw.writerow(["subject_id", "ts", "asset", "address", "dialtone_item", "dialtone_carrier"])
        for p in ships:
            cw.writerow([ids[p[0]]] + list(p[1:]))
    # domains
    seen = set()
    nd = 0
    with open(b / "domains.jsonl", "w", encoding="utf-8") as f:
        for d in w.domains:
            if d[0] in seen:
                continue
            seen.add(d[0])
            nd += 1
            f.write(json.dumps({"domain": d[0], "company": d[1], "registered_at": d[2], "registrant_email": d[3],
                                "ip": d[4], "nameservers": d[5], "dialtone_registrar": d[6]}) + "\n")
    # truth
    with open(out / "truth.csv", "w", newline="", encoding="utf-8") as f:
        cw = csv.writer(f)
        cw.writerow(["subject_id", "fraud", "kind"])
        for s in order:
            cw.writerow([ids[s["_key"]], s["_fraud"], s["_kind"]])
    nf = sum(s["_fraud"] for s in w.subjects)
    return {"subjects": len(order), "fraud": nf, "logins": len(rows), "endpoint": len(ep), "payments": len(pays),
            "shipments": len(ships), "domains": nd, "photos": len(used)}
