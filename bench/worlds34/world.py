"""Orchestration of world 34 (Vendorly): clients, suppliers, recruiters, fraud, honest populations, messiness, export, truth."""
import csv
import json
import os
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from . import data as D
from . import fraud as F
from . import honest as H
from . import lives as L
from . import media as M
from .common import World

SUBJECT_COLS = ["id", "kind", "full_name", "email", "phone", "address", "country", "birth_date", "national_id", "photo", "resume",
                "profiles", "employer", "created_at", "recovery_email", "recovery_phone", "signup_ip", "phone_line_type",
                "recovery_phone_line_type", "vendorly_record", "vendorly_client", "vendorly_supplier", "vendorly_supplier_type",
                "vendorly_job_title", "vendorly_bill_rate", "vendorly_status", "vendorly_worker_type"]
LOGIN_COLS = ["subject_id", "ts", "ip", "device_id", "user_agent", "country", "outcome", "source_proxy", "asn", "network_owner", "city",
              "risk_level", "event_type", "session_id", "event_id", "vendorly_source"]
PAY_COLS = ["subject_id", "ts", "amount", "currency", "method", "destination", "vendorly_memo"]


def build_orgs(w, n):
    f = n / 20000.0
    w.clients = L.make_clients(w, max(8, round(60 * f)))
    w.depots = [w.us_address(w.ch(D.US_METROS), unit=f"Dock {k}") for k in range(1, 5)]
    for d in w.depots:
        d["street"] = w.ch(["CDW Configuration Center, ", "SHI Integration Center, ", "Insight Depot, ", "Dell ProDeploy Hub, "]) + d["street"]
    w.sup = {"staffing": [L.supplier(w, "staffing") for _ in range(max(10, round(85 * f)))],
             "offshore": [], "nearshore": [], "compliance": [L.supplier(w, "compliance") for _ in range(max(2, round(5 * f)))]}
    for _ in range(max(4, round(32 * f))):
        c = w.wch(H.OFFSHORE_COUNTRIES)
        w.sup["offshore"].append(L.supplier(w, "offshore", c))
    for _ in range(max(3, round(14 * f))):
        c = w.wch(H.NEARSHORE_COUNTRIES)
        w.sup["nearshore"].append(L.supplier(w, "nearshore", c))
    w.direct = L.supplier(w, "direct", "US", name="Vendorly Direct Sourcing")
    w.direct["office"] = w.net("office", "US")
    for typ, lst in w.sup.items():
        for s in lst:
            s["clients"] = w.r.sample(w.clients, min(len(w.clients), w.r.randrange(1, 6)))
            nrec = {"staffing": (2, 8), "offshore": (1, 4), "nearshore": (1, 3), "compliance": (2, 5)}[typ]
            for _ in range(w.r.randrange(*nrec)):
                p = H.recruiter(w, s)
                w.people.append(p)
                s["recruiters"].append(p)
                L.supplier_user(w, s, p, n_logins=w.r.randrange(10, 60))
    for c in w.clients:
        for _ in range(w.r.randrange(1, 4)):
            H.client_manager(w, c)


def messiness(w):
    """Deliberate load warnings: a few mistyped phones (one digit short) and birth dates written MM/DD/YYYY."""
    honest_ids = {sid for p in w.people if not p["fraud"] for sid in p["rows"]}
    rows = [r for r in w.subjects if r["id"] in honest_ids]
    for r in w.r.sample(rows, min(8, len(rows))):
        if r["phone"].startswith("+1") or r["phone"][:1].isdigit():
            digits = "".join(ch for ch in r["phone"] if ch.isdigit())
            r["phone"] = digits[:-1] if r["phone"][:1].isdigit() else "+" + digits[:-1]
    bd = [r for r in rows if r["birth_date"]]
    for r in w.r.sample(bd, min(5, len(bd))):
        y, m, d = r["birth_date"].split("-")
        r["birth_date"] = f"{m}/{d}/{y}"


def write_csv(path, cols, rows):
    with open(path, "w", newline="", encoding="utf-8") as f:
        wr = csv.writer(f)
        wr.writerow(cols)
        for r in rows:
            wr.writerow(["" if r.get(c) is None else r.get(c, "") for c in cols])


def write_jsonl(path, rows):
    with open(path, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps({k: (v if v != "" else None) for k, v in r.items()}, ensure_ascii=False) + "\n")


def generate(outdir, n, seed):
    w = World(seed)
    w.people = []
    out = Path(outdir)
    b = out / "bundle"
    (b / "photos").mkdir(parents=True, exist_ok=True)
    (b / "resumes").mkdir(parents=True, exist_ok=True)
    w.default_avatar = "photos/default-avatar.png"
    w.photos[w.default_avatar] = M.default_avatar()
    w.coach_summary = "Innovative, self-starting technologist who thrives in fast-paced environments and delivers measurable business value."
    build_orgs(w, n)
    F.generate_fraud(w, n)
    kinds = [k for k, _ in H.HONEST_MIX]
    weights = H.HONEST_MIX
    while len(w.subjects) < n - 40:
        H.one(w, w.wch(weights))
    while len(w.subjects) < n:
        H.filler(w)
    messiness(w)
    # shuffle subjects
    w.r.shuffle(w.subjects)
    write_csv(b / "subjects.csv", SUBJECT_COLS, w.subjects)
    w.logins.sort(key=lambda r: r["ts"])
    cols = {c: [] for c in LOGIN_COLS}
    for r in w.logins:
        for c in LOGIN_COLS:
            v = r.get(c)
            cols[c].append(None if v in (None, "") else str(v))
    pq.write_table(pa.table({c: pa.array(v, type=pa.string()) for c, v in cols.items()}), b / "logins.parquet")
    write_jsonl(b / "endpoint.jsonl", w.endpoint)
    w.payments.sort(key=lambda r: r["ts"])
    write_csv(b / "payments.csv", PAY_COLS, w.payments)
    write_jsonl(b / "shipments.jsonl", w.shipments)
    seen = set()
    doms = []
    for d in w.domains:
        if d["domain"] not in seen:
            seen.add(d["domain"])
            doms.append(d)
    write_csv(b / "domains.csv", ["domain", "company", "registered_at", "registrant_email", "ip", "nameservers", "vendorly_org"], doms)
    for rel, data in w.photos.items():
        (b / rel).write_bytes(data)
    for rel, data in w.resumes.items():
        (b / rel).write_bytes(data)
    fraud_n = 0
    kind_count = {}
    with open(out / "truth.csv", "w", newline="", encoding="utf-8") as f:
        wr = csv.writer(f)
        wr.writerow(["subject_id", "fraud", "kind", "person"])
        for i, p in enumerate(w.people):
            toks = [p["kind"]]
            for t in p["tokens"]:
                if t not in toks:
                    toks.append(t)
            for sid in p["rows"]:
                wr.writerow([sid, "1" if p["fraud"] else "0", ";".join(toks), f"P{i}"])
                fraud_n += p["fraud"]
                kind_count[p["kind"]] = kind_count.get(p["kind"], 0) + 1
    stats = {"subjects": len(w.subjects), "fraud": fraud_n, "logins": len(w.logins), "endpoint": len(w.endpoint), "payments": len(w.payments),
             "shipments": len(w.shipments), "domains": len(doms), "photos": len(w.photos), "resumes": len(w.resumes)}
    stats.update({"k_" + k: v for k, v in sorted(kind_count.items())})
    return stats
