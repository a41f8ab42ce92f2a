"""Chainwork world orchestration and export: python -m bench.worlds43 OUTDIR --subjects N --seed S."""
import csv
import json
import os
import random
import zlib
import struct

import pyarrow as pa
import pyarrow.parquet as pq

from . import fraud, honest
from .infra import World
from .lives import employer

SUBJ_COLS = ["id", "kind", "full_name", "email", "phone", "phone_line_type", "address", "country", "birth_date", "national_id", "photo",
             "resume", "profiles", "employer", "created_at", "recovery_email", "recovery_phone", "recovery_phone_line_type", "signup_ip",
             "chainwork_source", "chainwork_role", "employer_type", "handle", "kyc_tier", "agency"]
LOGIN_COLS = ["subject_id", "ts", "ip", "device_id", "user_agent", "country", "outcome", "source_proxy", "asn", "network_owner", "city",
              "event_type", "session_id"]
EP_COLS = ["subject_id", "ts", "device_id", "kind", "value", "vendor_id", "product_id", "started_at"]
PAY_COLS = ["subject_id", "ts", "amount", "currency", "method", "destination", "memo", "payer", "direction", "rail"]


def _png(path, base, variant):
    """A small drawn face (64x64 RGB PNG); an AI-edited variant keeps the base's geometry with shifted tones and noise."""
    rb = random.Random(base)
    rv = random.Random(variant * 7919 + base) if variant else None
    w = h = 48
    bg = [rb.randrange(256) for _ in range(3)]
    skin = [rb.randrange(120, 240), rb.randrange(90, 200), rb.randrange(60, 170)]
    hair = [rb.randrange(80) for _ in range(3)]
    cx, cy, rx, ry = 24 + rb.randrange(-3, 4), 26 + rb.randrange(-3, 4), 12 + rb.randrange(5), 15 + rb.randrange(5)
    ey = cy - 4 + rb.randrange(3)
    if rv:
        bg = [min(255, max(0, c + rv.randrange(-40, 41))) for c in bg]
        skin = [min(255, max(0, c + rv.randrange(-12, 13))) for c in skin]
    rows = []
    for y in range(h):
        row = bytearray([0])
        for x in range(w):
            dx, dy = (x - cx) / rx, (y - cy) / ry
            if dx * dx + dy * dy <= 1:
                c = hair if y < cy - ry * 0.55 else skin
                if abs(y - ey) <= 1 and (abs(x - (cx - 5)) <= 1 or abs(x - (cx + 5)) <= 1):
                    c = (20, 20, 20)
            else:
                c = bg
            if rv and rv.random() < 0.05:
                c = [min(255, max(0, v + rv.randrange(-25, 26))) for v in c]
            row += bytes(c)
        rows.append(bytes(row))
    raw = zlib.compress(b"".join(rows), 6)

    def chunk(t, d):
        return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xffffffff)
    with open(path, "wb") as f:
        f.write(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0)) + chunk(b"IDAT", raw) + chunk(b"IEND", b""))


def generate(outdir, n, seed):
    W = World(seed, n)
    for _ in range(max(8, n // 250)):
        employer(W)
    stats = {}
    teams = fraud.build(W, max(4, int(n * 0.02)), stats)
    honest.build(W, n)
    keep = {row["id"] for row in W.subjects}
    W.r.shuffle(W.subjects)
    b = os.path.join(outdir, "bundle")
    os.makedirs(os.path.join(b, "photos"), exist_ok=True)
    used_photos = set()
    with open(os.path.join(b, "subjects.csv"), "w", newline="", encoding="utf-8") as f:
        wr = csv.DictWriter(f, SUBJ_COLS, extrasaction="ignore")
        wr.writeheader()
        for row in W.subjects:
            if row.get("photo"):
                used_photos.add(row["photo"])
            wr.writerow(row)
    for rel in sorted(used_photos):
        base, var = W.photos[rel]
        _png(os.path.join(b, rel), base, var)
    with open(os.path.join(outdir, "truth.csv"), "w", newline="", encoding="utf-8") as f:
        wr = csv.writer(f)
        wr.writerow(["subject_id", "fraud", "kind"])
        for t in sorted(W.truth):
            wr.writerow(t)
    logins = [x for x in W.logins if x[0] in keep]
    logins.sort(key=lambda x: x[1])
    cols = list(zip(*logins)) if logins else [[] for _ in LOGIN_COLS]
    pq.write_table(pa.table({c: pa.array(list(v), pa.string()) for c, v in zip(LOGIN_COLS, cols)}), os.path.join(b, "logins.parquet"),
                   row_group_size=200000)
    del cols
    n_ep = 0
    with open(os.path.join(b, "endpoint.jsonl"), "w", encoding="utf-8") as f:
        for x in W.endpoint:
            if x[0] not in keep:
                continue
            d = {k: v for k, v in zip(EP_COLS, x) if v != ""}
            f.write(json.dumps(d) + "\n")
            n_ep += 1
    n_pay = 0
    with open(os.path.join(b, "payments.csv"), "w", newline="", encoding="utf-8") as f:
        wr = csv.writer(f)
        wr.writerow(PAY_COLS)
        for x in W.payments:
            if x[0] in keep:
                wr.writerow(x)
                n_pay += 1
    ships = [x for x in W.shipments if x[0] in keep]
    with open(os.path.join(b, "shipments.csv"), "w", newline="", encoding="utf-8") as f:
        wr = csv.writer(f)
        wr.writerow(["subject_id", "ts", "asset", "address", "item"])
        wr.writerows(ships)
    with open(os.path.join(b, "domains.csv"), "w", newline="", encoding="utf-8") as f:
        wr = csv.writer(f)
        wr.writerow(["domain", "company", "registered_at", "registrant_email", "ip", "nameservers"])
        seen = set()
        for d in W.domains:
            if d[0] not in seen:
                seen.add(d[0])
                wr.writerow(d)
    fr = sum(1 for t in W.truth if t[1] == 1)
    return dict(subjects=len(W.subjects), fraud=fr, teams=teams, logins=len(logins), endpoint=n_ep, payments=n_pay, shipments=len(ships),
                domains=len(seen), photos=len(used_photos))
