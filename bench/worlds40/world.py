"""Orchestration of world 40 (Bookwell): build the people and rows, then stream the bundle and the truth."""
from __future__ import annotations

import csv
import json
import os

import pyarrow as pa
import pyarrow.parquet as pq

from . import fraud, honest, media
from .infra import World
from .lives import emit_endpoint, emit_logins, emit_pay, iso

SUBJECT_COLS = ["id", "kind", "full_name", "email", "phone", "phone_line_type", "address", "country", "birth_date",
                "national_id", "photo", "resume", "profiles", "employer", "created_at", "recovery_email", "recovery_phone",
                "recovery_phone_line_type", "signup_ip"]
EXTRA_COLS = ["bookwell_source", "bookwell_record", "role", "client", "tenant_platform", "account_status", "idv_vendor",
              "idv_result", "i9_country_claim", "work_authorization", "stage", "pay_method", "contract_end",
              "previous_name", "previous_address"]
LOGIN_COLS = ["subject_id", "ts", "ip", "device_id", "user_agent", "country", "outcome", "source_proxy", "asn", "network_owner",
              "city", "latitude", "longitude", "risk_level", "event_type", "session_id", "event_id", "tenant"]


def build(n: int, seed: int):
    w = World(seed)
    ctx = honest.Ctx(w, n)
    honest.make_clients(ctx, max(8, n // 40))
    for _ in range(max(3, n // 400)):
        honest.staff(ctx)
    fraud.generate(ctx)
    while len(ctx.rows) < n - 60:
        honest.one_group(ctx)
    while len(ctx.rows) < n:
        honest.applicant_only(ctx, n_max=n - len(ctx.rows))
    rows = ctx.rows[:n]
    w.r.shuffle(rows)
    return w, ctx, rows


def generate(outdir: str, n: int, seed: int) -> dict:
    w, ctx, rows = build(n, seed)
    b = os.path.join(outdir, "bundle")
    os.makedirs(os.path.join(b, "photos"), exist_ok=True)
    os.makedirs(os.path.join(b, "resumes"), exist_ok=True)
    stats = {"subjects": len(rows)}
    # subjects + truth
    with open(os.path.join(b, "subjects.csv"), "w", newline="", encoding="utf-8") as f, \
            open(os.path.join(outdir, "truth.csv"), "w", newline="", encoding="utf-8") as tf:
        cw = csv.writer(f)
        tw = csv.writer(tf)
        cw.writerow(SUBJECT_COLS + EXTRA_COLS)
        tw.writerow(["subject_id", "fraud", "kind"])
        for r in rows:
            cw.writerow([r.f.get(c, "") or "" for c in SUBJECT_COLS] + [r.x.get(c, "") or "" for c in EXTRA_COLS])
            tw.writerow([r.id, r.fraud, r.truth()])
    stats["fraud"] = sum(r.fraud for r in rows)
    # media actually referenced
    used = {r.f.get("photo") for r in rows} | {r.f.get("resume") for r in rows}
    nph = nres = 0
    for path, spec in ctx.media.items():
        if path in used:
            media.draw(spec, os.path.join(b, path))
            nph += 1
    for path, text in ctx.texts.items():
        if path in used:
            with open(os.path.join(b, path), "w", encoding="utf-8") as f:
                f.write(text)
            nres += 1
    stats["photos"], stats["resumes"] = nph, nres
    # logins, streamed to Parquet
    schema = pa.schema([(c, pa.string()) for c in LOGIN_COLS])
    writer = pq.ParquetWriter(os.path.join(b, "logins.parquet"), schema, compression="zstd")
    buf, nlog = [], 0

    def flush():
        nonlocal buf, nlog
        if buf:
            cols = list(zip(*buf))
            writer.write_table(pa.table({c: pa.array(cols[i], pa.string()) for i, c in enumerate(LOGIN_COLS)}, schema=schema))
            nlog += len(buf)
            buf = []
    nend = npay = nship = 0
    with open(os.path.join(b, "endpoint.jsonl"), "w", encoding="utf-8") as ef, \
            open(os.path.join(b, "payments.csv"), "w", newline="", encoding="utf-8") as pf, \
            open(os.path.join(b, "shipments.csv"), "w", newline="", encoding="utf-8") as sf:
        pw, sw = csv.writer(pf), csv.writer(sf)
        pw.writerow(["subject_id", "ts", "amount", "currency", "method", "destination"])
        sw.writerow(["subject_id", "ts", "asset", "address", "carrier"])
        for r in rows:
            emit_logins(w, r, buf)
            if len(buf) >= 200_000:
                flush()
            ep = []
            emit_endpoint(w, r, ep)
            for rec in ep:
                ef.write(json.dumps(rec, separators=(",", ":")) + "\n")
            nend += len(ep)
            pays = []
            emit_pay(w, r, pays)
            pw.writerows(pays)
            npay += len(pays)
            for ts, asset, addr in r.ships:
                sw.writerow([r.id, iso(ts), asset, addr, w.pick(["UPS", "FedEx", "FedEx", "UPS", "USPS"])])
                nship += 1
        flush()
    writer.close()
    with open(os.path.join(b, "domains.csv"), "w", newline="", encoding="utf-8") as f:
        dw = csv.writer(f)
        dw.writerow(["domain", "company", "registered_at", "registrant_email", "ip", "nameservers"])
        dw.writerows(ctx.domains)
    stats.update(logins=nlog, endpoint=nend, payments=npay, shipments=nship, domains=len(ctx.domains))
    return stats
