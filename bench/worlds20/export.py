"""Writing the bundle: subjects.csv, logins.parquet, payments.csv, shipments.csv, endpoint.parquet,
domains.jsonl, photos/, resumes/, assets/ and truth.csv."""
import csv
import io
import json
import os

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from . import media
from .common import DAY, T1, iso_date, iso_ts

SUBJECT_COLS = ["id", "kind", "full_name", "email", "phone", "phone_line_type", "address", "country", "birth_date",
                "national_id", "photo", "resume", "profiles", "employer", "created_at", "recovery_email",
                "recovery_phone", "recovery_phone_line_type", "signup_ip", "taskgrid_tier", "taskgrid_vendor",
                "taskgrid_status", "taskgrid_kyc", "taskgrid_id_doc", "taskgrid_languages", "taskgrid_skills"]


def _iso_col(ts):
    a = np.asarray(ts, dtype="float64")
    s = pd.to_datetime(np.round(a).astype("int64"), unit="s", utc=True)
    return s.strftime("%Y-%m-%dT%H:%M:%SZ")


def write_media(W, bundle):
    """Render photos and resumes; put their paths in the rows."""
    r = W.rng
    os.makedirs(os.path.join(bundle, "photos"), exist_ok=True)
    os.makedirs(os.path.join(bundle, "resumes"), exist_ok=True)
    os.makedirs(os.path.join(bundle, "assets"), exist_ok=True)
    media.default_avatar(os.path.join(bundle, "assets", "default_avatar.png"))
    cache = {}
    n_photo = n_res = 0
    for s in W.subjects:
        row = s["row"]
        sid = row["id"]
        p = s["photo"]
        row["photo"] = ""
        if p:
            if p[0] == "default":
                row["photo"] = "assets/default_avatar.png"
            elif p[0] == "initials":
                rel = f"photos/{sid}.png"
                key = (p[1], p[2])
                if key not in cache:
                    buf = os.path.join(bundle, rel)
                    media.initials_avatar(buf, p[1], p[2])
                    with open(buf, "rb") as f:
                        cache[key] = f.read()
                else:
                    with open(os.path.join(bundle, rel), "wb") as f:
                        f.write(cache[key])
                row["photo"] = rel
            elif p[0] == "cartoon":
                rel = f"photos/{sid}.jpg"
                media.cartoon_avatar(os.path.join(bundle, rel), p[1])
                row["photo"] = rel
            elif p[0] == "headshot":
                rel = f"photos/{sid}.jpg"
                media.save_image(media.draw_face(p[1], backdrop=p[2]), os.path.join(bundle, rel), "JPEG")
                row["photo"] = rel
            else:
                fmt = p[2]
                rel = f"photos/{sid}." + ("jpg" if fmt == "JPEG" else "png")
                media.save_image(media.draw_face(p[1]), os.path.join(bundle, rel), fmt, quality=r.choice([80, 85, 90, 95]))
                row["photo"] = rel
            n_photo += 1
        res = s["resume"]
        row["resume"] = ""
        if res:
            fmt, lines = res
            if fmt == "inline":
                row["resume"] = "\n".join(x for x in lines if x)
            else:
                rel = f"resumes/{sid}.{fmt}"
                path = os.path.join(bundle, rel)
                if fmt == "pdf":
                    media.write_pdf(path, lines, producer=r.choice(["Microsoft® Word 2019", "Microsoft® Word for Microsoft 365",
                                                                   "Google Docs Renderer", "Canva", "LibreOffice 7.6"]))
                elif fmt == "docx":
                    media.write_docx(path, lines, author=row.get("full_name", "User") if r.random() < 0.7 else "User")
                elif fmt == "md":
                    with open(path, "w", encoding="utf-8") as f:
                        f.write("# " + lines[0] + "\n\n" + "\n".join(("## " + x.title()) if x.isupper() and x else x for x in lines[1:]) + "\n")
                else:
                    with open(path, "w", encoding="utf-8") as f:
                        f.write("\n".join(lines) + "\n")
                row["resume"] = rel
                n_res += 1
    return n_photo, n_res


def write_subjects(W, bundle):
    path = os.path.join(bundle, "subjects.csv")
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(SUBJECT_COLS)
        for s in W.subjects:
            row = s["row"]
            out = []
            for k in SUBJECT_COLS:
                v = row.get(k, "")
                if k == "created_at":
                    v = iso_ts(v)
                out.append("" if v is None else v)
            w.writerow(out)
    return len(W.subjects)


def write_logins(cols, bundle):
    df = pd.DataFrame(cols)
    df["ts"] = _iso_col(df["ts"])
    df = df.sort_values(["ts", "subject_id"], kind="stable").reset_index(drop=True)
    for k in ("outcome", "source_proxy", "asn", "network_owner", "city", "risk_level", "event_type", "session_id",
              "event_id"):
        df[k] = df[k].replace("", None)
    tbl = pa.Table.from_pandas(df, preserve_index=False)
    pq.write_table(tbl, os.path.join(bundle, "logins.parquet"), compression="zstd")
    return len(df)


def write_payments(cols, bundle):
    df = pd.DataFrame(cols)
    df["ts"] = _iso_col(df["ts"])
    df = df.sort_values(["ts", "subject_id"], kind="stable")
    df.to_csv(os.path.join(bundle, "payments.csv"), index=False, float_format="%.2f")
    return len(df)


def write_shipments(rows, bundle):
    rows = sorted(rows, key=lambda x: (x[1], x[0]))
    with open(os.path.join(bundle, "shipments.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["subject_id", "ts", "asset", "address", "taskgrid_carrier"])
        for i, (sid, t, asset, addr) in enumerate(rows):
            w.writerow([sid, iso_ts(t), asset, addr, ["FedEx", "UPS", "DHL Express"][i % 3]])
    return len(rows)


def write_endpoint(cols, bundle):
    df = pd.DataFrame(cols)
    st = df["started_at"]
    mask = st.notna()
    df["started_at"] = None
    if mask.any():
        df.loc[mask, "started_at"] = _iso_col(st[mask].astype("float64")).values
    df["ts"] = _iso_col(df["ts"])
    df["vendor_id"] = df["vendor_id"].replace("", None)
    df["product_id"] = df["product_id"].replace("", None)
    df = df.sort_values(["ts", "device_id"], kind="stable")
    pq.write_table(pa.Table.from_pandas(df, preserve_index=False), os.path.join(bundle, "endpoint.parquet"),
                   compression="zstd")
    return len(df)


NS = {"cf": "ns1.cloudflare.com;ns2.cloudflare.com", "aws": "ns-1021.awsdns-63.net;ns-1536.awsdns-00.co.uk",
      "gd": "ns51.domaincontrol.com;ns52.domaincontrol.com", "nc": "dns1.registrar-servers.com;dns2.registrar-servers.com",
      "google": "ns-cloud-a1.googledomains.com;ns-cloud-a2.googledomains.com"}


def write_domains(W, bundle):
    r = W.rng
    rows = [dict(domain="taskgrid.ai", company="Taskgrid, Inc.", registered_at="2019-04-11",
                 registrant_email="domains@taskgrid.ai", ip=W.nets.ip(16509), nameservers=NS["aws"])]
    shared_host = W.nets.ip(13335)
    for d in W.domains:
        if d["kind"] == "front":
            reg = iso_date(T1 - r.uniform(60, 500) * DAY)
            rows.append(dict(domain=d["domain"], company=d["company"], registered_at=reg,
                             registrant_email=r.choice(["", "redacted@privacyguardian.org", "contact@withheldforprivacy.com"]),
                             ip=shared_host if r.random() < 0.3 else r.choice(W.nets.cloud()["ips"])[0],
                             nameservers=r.choice([NS["nc"], NS["cf"]])))
        else:
            reg = iso_date(T1 - r.uniform(300, 6000) * DAY)
            priv = r.random() < 0.45
            rows.append(dict(domain=d["domain"], company=d["company"], registered_at=reg,
                             registrant_email=("redacted@privacyguardian.org" if r.random() < 0.5 else "") if priv else f"admin@{d['domain']}",
                             ip=shared_host if r.random() < 0.35 else r.choice(W.nets.cloud()["ips"])[0],
                             nameservers=r.choice(list(NS.values()))))
    with open(os.path.join(bundle, "domains.jsonl"), "w", encoding="utf-8") as f:
        for x in rows:
            f.write(json.dumps(x, ensure_ascii=False) + "\n")
    return len(rows)


def write_truth(W, outdir):
    with open(os.path.join(outdir, "truth.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["subject_id", "fraud", "kind"])
        for s in W.subjects:
            seen = []
            for t in s["tokens"]:
                if t not in seen:
                    seen.append(t)
            w.writerow([s["row"]["id"], s["fraud"], ";".join(seen)])
