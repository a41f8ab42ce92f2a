"""Writers: subjects.csv, logins.parquet, endpoint.jsonl, payments.csv, shipments.csv, domains.jsonl, photos and resumes."""
import csv
import json
import os

import pyarrow as pa
import pyarrow.parquet as pq

from .media import default_avatar, docx_bytes, initials_avatar, pdf_bytes, render_face, save_jpeg, save_png, stock_avatar

SUBJECT_COLS = ["id", "kind", "full_name", "email", "phone", "address", "country", "birth_date", "national_id", "photo", "resume", "profiles", "employer",
                "created_at", "recovery_email", "recovery_phone", "signup_ip", "phone_line_type", "recovery_phone_line_type",
                "assessly_customer_id", "assessly_role", "assessly_status", "assessly_source", "assessly_agency", "assessly_invited_by",
                "assessly_id_verified", "assessly_score", "assessly_candidate_ref"]


def write_csv(path, cols, rows):
    with open(path, "w", newline="", encoding="utf-8") as f:
        wr = csv.writer(f, lineterminator="\n")
        wr.writerow(cols)
        for r in rows:
            wr.writerow(["" if r.get(c) is None else r.get(c, "") for c in cols])


def write_jsonl(path, rows):
    with open(path, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps({k: v for k, v in r.items() if v is not None and v != ""}, ensure_ascii=False, sort_keys=False) + "\n")


def write_parquet(path, rows, cols, floats=()):
    arrays = []
    fields = []
    for c in cols:
        vals = [r.get(c) for r in rows]
        if c in floats:
            arrays.append(pa.array(vals, type=pa.float64()))
            fields.append(pa.field(c, pa.float64()))
        else:
            arrays.append(pa.array([None if v in (None, "") else str(v) for v in vals], type=pa.string()))
            fields.append(pa.field(c, pa.string()))
    pq.write_table(pa.Table.from_arrays(arrays, schema=pa.schema(fields)), path, compression="zstd")


def write_all(w, out, bundle):
    os.makedirs(bundle, exist_ok=True)
    write_csv(os.path.join(bundle, "subjects.csv"), SUBJECT_COLS, w.rows)
    lcols = ["subject_id", "ts", "ip", "device_id", "user_agent", "country", "outcome", "source_proxy", "asn", "network_owner", "city", "latitude", "longitude",
             "risk_level", "event_type", "session_id", "event_id", "assessly_browser_tz", "assessly_test_id", "assessly_screen_share", "assessly_webcam", "assessly_source"]
    out.logins.sort(key=lambda r: (r["ts"][:19].replace(" ", "T"), r["subject_id"]))
    write_parquet(os.path.join(bundle, "logins.parquet"), out.logins, lcols, floats=("latitude", "longitude"))
    out.endpoint.sort(key=lambda r: (r["ts"], r["subject_id"], r["kind"]))
    write_jsonl(os.path.join(bundle, "endpoint.jsonl"), out.endpoint)
    out.payments.sort(key=lambda r: (r["ts"][:19].replace(" ", "T"), r["subject_id"]))
    write_csv(os.path.join(bundle, "payments.csv"), ["subject_id", "ts", "amount", "currency", "method", "destination", "assessly_provider", "assessly_status"], out.payments)
    out.shipments.sort(key=lambda r: (r["ts"][:19].replace(" ", "T"), r["subject_id"]))
    write_csv(os.path.join(bundle, "shipments.csv"), ["subject_id", "ts", "asset", "address", "assessly_carrier", "assessly_item"], out.shipments)
    seen = {}
    for d in w.domains:
        seen.setdefault(d["domain"], d)
    write_jsonl(os.path.join(bundle, "domains.jsonl"), list(seen.values()))
    # media
    for path, spec in sorted(w.photos.items()):
        full = os.path.join(bundle, path)
        os.makedirs(os.path.dirname(full), exist_ok=True)
        if spec[0] == "face":
            save_jpeg(render_face(spec[1], spec[2]), full)
        elif spec[0] == "initials":
            save_png(initials_avatar(spec[1]), full)
        elif spec[0] == "default":
            save_png(default_avatar(), full)
        else:
            save_png(stock_avatar(spec[1]), full)
    os.makedirs(os.path.join(bundle, "resumes"), exist_ok=True)
    for path, (fmt, lines) in sorted(w.resumes.items()):
        full = os.path.join(bundle, path)
        if fmt == "pdf":
            data = pdf_bytes(lines)
        elif fmt == "docx":
            data = docx_bytes(lines)
        elif fmt == "md":
            md = []
            for i, ln in enumerate(lines):
                if i == 0 or (ln.isupper() and ln):
                    md.append(("# " if i == 0 else "## ") + ln.title() if i else "# " + ln)
                else:
                    md.append(ln)
            data = "\n".join(md).encode("utf-8")
        else:
            data = "\n".join(lines).encode("utf-8")
        with open(full, "wb") as f:
            f.write(data)
    return dict(subjects=len(w.rows), logins=len(out.logins), endpoint=len(out.endpoint), payments=len(out.payments), shipments=len(out.shipments),
                domains=len(seen), photos=len(w.photos), resumes=len(w.resumes))
