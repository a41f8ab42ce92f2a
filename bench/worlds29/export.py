"""Writers: CSV, Parquet (all text), JSON Lines."""
import csv
import json
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq


def write_csv(path, rows, cols):
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=cols, lineterminator="\n")
        w.writeheader()
        for r in rows:
            w.writerow({c: r.get(c, "") for c in cols})


def write_parquet(path, rows, cols):
    table = pa.table({c: pa.array([r.get(c, "") or None for r in rows], type=pa.string()) for c in cols})
    pq.write_table(table, path, compression="zstd")


def write_jsonl(path, rows):
    with open(path, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps({k: v for k, v in r.items() if v != ""}, ensure_ascii=False, sort_keys=False) + "\n")


def write_bundle(outdir, W):
    out = Path(outdir)
    b = out / "bundle"
    b.mkdir(parents=True, exist_ok=True)
    subjects = sorted(W.subjects, key=lambda r: r["id"])
    write_csv(b / "subjects.csv", subjects, W.SUBJECT_COLS)
    lcols = ["subject_id", "ts", "ip", "device_id", "user_agent", "country", "outcome", "source_proxy", "asn", "network_owner", "city",
             "latitude", "longitude", "risk_level", "event_type", "session_id", "event_id", "relaydesk_app", "relaydesk_auth",
             "relaydesk_ip_type"]
    logins = sorted(W.logins, key=lambda r: (r["ts"], r["event_id"]))
    write_parquet(b / "logins.parquet", logins, lcols)
    ecols = ["subject_id", "ts", "device_id", "kind", "value", "vendor_id", "product_id", "started_at", "event_id",
             "relaydesk_endpoint_label", "relaydesk_access", "relaydesk_session_hours"]
    ep = sorted(W.endpoint, key=lambda r: (r["ts"], r["device_id"], r["event_id"]))
    # one row per event id: a snapshot that lists the same value twice is one row
    seen, dedup = set(), []
    for r in ep:
        if r["event_id"] in seen:
            continue
        seen.add(r["event_id"])
        dedup.append(r)
    write_parquet(b / "endpoint.parquet", dedup, ecols)
    pcols = ["subject_id", "ts", "amount", "currency", "method", "destination", "relaydesk_instrument", "relaydesk_plan", "relaydesk_payer"]
    pays = sorted(W.payments, key=lambda r: (r["ts"], r["subject_id"], r["destination"]))
    write_csv(b / "payments.csv", pays, pcols)
    doms, seen_d = [], set()
    for d in sorted(W.domains, key=lambda r: (r["domain"], r["registered_at"])):
        if d["domain"] in seen_d:
            continue
        seen_d.add(d["domain"])
        doms.append(d)
    write_jsonl(b / "domains.jsonl", doms)
    truth = sorted(W.truth, key=lambda t: t[0])
    with open(out / "truth.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["subject_id", "fraud", "kind"])
        for sid, fr, toks in truth:
            uniq = []
            for t in toks:
                if t and t not in uniq:
                    uniq.append(t)
            w.writerow([sid, fr, ";".join(uniq)])
    return {"subjects": len(subjects), "logins": len(logins), "endpoint": len(dedup), "payments": len(pays), "domains": len(doms),
            "fraud": sum(t[1] for t in truth)}
