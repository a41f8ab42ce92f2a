"""Writers: the bundle's tables in several of the contract's formats, the media files, and truth.csv."""
import csv
import json
import os

import pyarrow as pa
import pyarrow.parquet as pq

from . import infra, media

SUBJECT_COLS = ["id", "kind", "full_name", "email", "phone", "address", "country", "birth_date", "national_id", "photo", "resume",
                "profiles", "employer", "created_at", "recovery_email", "recovery_phone", "signup_ip", "phone_line_type",
                "recovery_phone_line_type", "gigforge_role", "gigforge_agency", "gigforge_kyc", "gigforge_skills", "gigforge_rate_usd",
                "gigforge_status", "gigforge_jss"]


def subjects(w, rng, path):
    with open(path, "w", newline="", encoding="utf-8") as f:
        cw = csv.writer(f)
        cw.writerow(SUBJECT_COLS)
        for s in sorted(w.subjects, key=lambda x: x.sid):
            row = {"id": s.sid, "kind": s.kind, "full_name": s.full_name, "email": s.email, "phone": s.phone, "address": s.address,
                   "country": s.country, "birth_date": s.birth.isoformat() if s.birth else "", "national_id": s.nid, "photo": s.photo,
                   "resume": s.resume, "profiles": ";".join(dict.fromkeys(s.profiles)), "employer": s.employer,
                   "created_at": infra.ts_shape(rng, s.created, s.zone), "recovery_email": s.rec_email, "recovery_phone": s.rec_phone,
                   "signup_ip": s.signup_ip, "phone_line_type": s.phone_lt, "recovery_phone_line_type": s.rec_phone_lt if s.rec_phone else ""}
            row.update(s.extra)
            cw.writerow([row.get(c, "") for c in SUBJECT_COLS])


def truth(w, path):
    with open(path, "w", newline="", encoding="utf-8") as f:
        cw = csv.writer(f)
        cw.writerow(["subject_id", "fraud", "kind"])
        for s in sorted(w.subjects, key=lambda x: x.sid):
            cw.writerow([s.sid, s.fraud, ";".join(dict.fromkeys(s.tokens))])


def parquet(cols, path):
    order = sorted(range(len(cols["ts"])), key=lambda i: (cols["ts"][i], cols["subject_id"][i]))
    arrays = {c: pa.array([v[i] or None for i in order], pa.string()) for c, v in cols.items()}
    pq.write_table(pa.table(arrays), path, compression="zstd")


def jsonl(rows, path):
    rows.sort(key=lambda r: (r["ts"], r["subject_id"]))
    with open(path, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps({k: v for k, v in r.items() if v != ""}, ensure_ascii=False) + "\n")


def csv_rows(rows, path, cols):
    rows.sort(key=lambda r: (r["ts"], r["subject_id"]))
    with open(path, "w", newline="", encoding="utf-8") as f:
        cw = csv.DictWriter(f, cols)
        cw.writeheader()
        cw.writerows(rows)


def media_files(w, bundle):
    os.makedirs(os.path.join(bundle, "photos"), exist_ok=True)
    os.makedirs(os.path.join(bundle, "resumes"), exist_ok=True)
    cache = {}
    for path, spec in w.photos.items():
        if spec not in cache:
            kind, key, variant, fmt = spec
            im = media.portrait(key, variant) if kind == "face" else media.initials_avatar(key) if kind == "initials" else media.default_avatar()
            cache[spec] = media.encode(im, fmt)
        with open(os.path.join(bundle, path), "wb") as f:
            f.write(cache[spec])
    for path, (fmt, text) in w.resumes.items():
        if fmt == "pdf":
            body = media.pdf(text)
        elif fmt == "docx":
            body = media.docx(text)
        else:
            body = (text if fmt == "txt" else "# " + text.replace("\n", "\n\n", 1)).encode("utf-8")
        with open(os.path.join(bundle, path), "wb") as f:
            f.write(body)
