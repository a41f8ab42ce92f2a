"""Writers: the bundle (subjects.csv, logins.parquet, endpoint.jsonl, payments.csv, shipments.csv, domains.jsonl,
photos/, resumes/) and truth.csv outside it."""
import csv
import hashlib
import json
import os

import pyarrow as pa
import pyarrow.parquet as pq

from . import media as M
from .infra import iso

SUBJECT_COLS = ["id", "kind", "full_name", "email", "phone", "address", "country", "birth_date", "national_id", "photo", "resume",
                "profiles", "employer", "created_at", "recovery_email", "recovery_phone", "signup_ip", "phone_line_type",
                "recovery_phone_line_type"]
EXTRA = ["shiftline_role", "shiftline_program", "shiftline_site", "shiftline_vendor", "shiftline_work_mode", "shiftline_shift",
         "shiftline_status", "shiftline_pay_method", "shiftline_previous_name", "shiftline_previous_address",
         "shiftline_recovery_changed_at"]
LOGIN_COLS = ["subject_id", "ts", "ip", "device_id", "user_agent", "country", "outcome", "source_proxy", "asn", "network_owner", "city",
              "latitude", "longitude", "risk_level", "event_type", "session_id", "event_id", "shiftline_app", "shiftline_ip_service"]


def _csv(path, cols, rows):
    with open(path, "w", newline="", encoding="utf-8") as f:
        wr = csv.writer(f, lineterminator="\n")
        wr.writerow(cols)
        for row in rows:
            wr.writerow(["" if row.get(c) is None else row.get(c) for c in cols])


def write(w, outdir):
    b = os.path.join(outdir, "bundle")
    os.makedirs(os.path.join(b, "photos"), exist_ok=True)
    os.makedirs(os.path.join(b, "resumes"), exist_ok=True)
    subs = sorted(w.subjects, key=lambda s: (s["created_at"], s["_k"]))
    ids = {}
    for i, s in enumerate(subs):
        ids[s["_k"]] = f"SL{100001 + i}"
    w.photos["photos/default-avatar.png"] = M.default_avatar()
    rows = []
    nres = 0
    for s in subs:
        row = {c: s.get(c, "") for c in SUBJECT_COLS + EXTRA}
        row["id"] = ids[s["_k"]]
        row["created_at"] = iso(s["created_at"])
        res = s.get("resume") or ""
        if res and int(hashlib.sha256(res.encode()).hexdigest()[:4], 16) % 100 < 15:
            rel = "resumes/" + hashlib.sha256(res.encode()).hexdigest()[:20] + ".txt"
            with open(os.path.join(b, rel), "w", encoding="utf-8") as f:
                f.write(res + "\n")
            row["resume"] = rel
            nres += 1
        rows.append(row)
    _csv(os.path.join(b, "subjects.csv"), SUBJECT_COLS + EXTRA, rows)
    for rel, raw in sorted(w.photos.items()):
        with open(os.path.join(b, rel), "wb") as f:
            f.write(raw)

    logins = sorted(w.logins, key=lambda x: (x["ts"], x["subject_id"], x["event_id"]))
    cols = {c: [] for c in LOGIN_COLS}
    for x in logins:
        for c in LOGIN_COLS:
            v = ids[x[c]] if c == "subject_id" else x.get(c, "")
            cols[c].append(None if v == "" or v is None else str(v))
    pq.write_table(pa.table({c: pa.array(v, type=pa.string()) for c, v in cols.items()}), os.path.join(b, "logins.parquet"))

    ep = sorted(w.endpoint, key=lambda x: (x["ts"], x["subject_id"], x["event_id"]))
    with open(os.path.join(b, "endpoint.jsonl"), "w", encoding="utf-8") as f:
        for x in ep:
            y = dict(x)
            y["subject_id"] = ids[x["subject_id"]]
            f.write(json.dumps({k: v for k, v in y.items() if v not in ("", None)}, ensure_ascii=False) + "\n")

    pays = sorted(w.payments, key=lambda x: (x["ts"], x["subject_id"]))
    for x in pays:
        x["subject_id"] = ids[x["subject_id"]]
    _csv(os.path.join(b, "payments.csv"), ["subject_id", "ts", "amount", "currency", "method", "destination", "shiftline_payroll"], pays)
    ships = sorted(w.shipments, key=lambda x: (x["ts"], x["subject_id"]))
    for x in ships:
        x["subject_id"] = ids[x["subject_id"]]
    _csv(os.path.join(b, "shipments.csv"), ["subject_id", "ts", "asset", "address", "shiftline_item", "shiftline_device_id", "shiftline_carrier"], ships)
    with open(os.path.join(b, "domains.jsonl"), "w", encoding="utf-8") as f:
        for d in w.domains:
            f.write(json.dumps({k: v for k, v in d.items() if v not in ("", None)}, ensure_ascii=False) + "\n")

    with open(os.path.join(outdir, "truth.csv"), "w", newline="", encoding="utf-8") as f:
        wr = csv.writer(f, lineterminator="\n")
        wr.writerow(["subject_id", "fraud", "kind"])
        for s in subs:
            fr, toks = w.truth[s["_k"]]
            wr.writerow([ids[s["_k"]], fr, ";".join(toks)])
    nf = sum(1 for s in subs if w.truth[s["_k"]][0])
    return {"subjects": len(subs), "fraud": nf, "logins": len(logins), "endpoint": len(ep), "payments": len(pays),
            "shipments": len(ships), "domains": len(w.domains), "photos": len(w.photos), "resume_files": nres}
