"""Writers: the bundle's tables, photos and resumes, and the truth file."""
import csv
import json
import os

import pyarrow as pa
import pyarrow.parquet as pq

from . import media as M
from .sources import SUBJECT_COLUMNS

LOGIN_COLUMNS = ["subject_id", "ts", "ip", "device_id", "user_agent", "country", "outcome", "source_proxy", "asn", "network_owner",
                 "city", "latitude", "longitude", "risk_level", "event_type", "session_id", "event_id", "boxpoint_source",
                 "boxpoint_ip_type", "boxpoint_app"]
ENDPOINT_COLUMNS = ["subject_id", "ts", "device_id", "kind", "value", "vendor_id", "product_id", "started_at", "event_id"]
PAYMENT_COLUMNS = ["subject_id", "ts", "amount", "currency", "method", "destination", "boxpoint_flow", "boxpoint_provider", "boxpoint_memo"]
SHIPMENT_COLUMNS = ["subject_id", "ts", "asset", "address", "boxpoint_source", "boxpoint_ship_type", "boxpoint_carrier", "boxpoint_sender",
                    "boxpoint_addressee", "boxpoint_addressee_on_1583", "boxpoint_forward_country", "boxpoint_declared_contents",
                    "boxpoint_status"]
DOMAIN_COLUMNS = ["domain", "company", "registered_at", "registrant_email", "ip", "nameservers", "boxpoint_hosting"]


def write_csv(path, cols, rows):
    with open(path, "w", newline="", encoding="utf-8") as f:
        wr = csv.writer(f, lineterminator="\n")
        wr.writerow(cols)
        for r in rows:
            wr.writerow(["" if r.get(c) is None else r.get(c, "") for c in cols])


def write_jsonl(path, cols, rows):
    with open(path, "w", encoding="utf-8") as f:
        for r in rows:
            o = {}
            for c in cols:
                v = r.get(c, "")
                o[c] = None if v == "" else v
            f.write(json.dumps(o, ensure_ascii=False) + "\n")


def write_parquet(path, cols, rows):
    data = {c: [("" if r.get(c) is None else str(r.get(c, ""))) or None for r in rows] for c in cols}
    tbl = pa.table({c: pa.array(v, type=pa.string()) for c, v in data.items()})
    pq.write_table(tbl, path, compression="zstd")


def write_media(w, bundle):
    os.makedirs(os.path.join(bundle, "photos"), exist_ok=True)
    os.makedirs(os.path.join(bundle, "resumes"), exist_ok=True)
    for name, kind in (("taskhive_default_avatar.png", "taskhive"), ("gigspan_default.png", "gigspan")):
        with open(os.path.join(bundle, "photos", name), "wb") as f:
            f.write(M.encode(M.default_avatar(kind), "png", 0))
    cache = {}
    for rel, spec in w.photo_jobs:
        key = tuple(sorted((k, str(v)) for k, v in spec.items()))
        b = cache.get(key)
        if b is None:
            img = M.draw(spec)
            b = M.encode(img, spec.get("fmt", "jpg"), spec.get("q", 85))
            cache[key] = b
        with open(os.path.join(bundle, rel), "wb") as f:
            f.write(b)
    for rel, mode, text, author in w.resume_jobs:
        p = os.path.join(bundle, rel)
        if mode == "pdf":
            data = M.pdf_bytes(text)
        elif mode == "docx":
            data = M.docx_bytes(text, author)
        elif mode == "md":
            data = M.md_text(text).encode("utf-8")
        else:
            data = text.encode("utf-8")
        with open(p, "wb") as f:
            f.write(data)
