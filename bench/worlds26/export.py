"""Writers: the contract bundle (subjects.csv, logins.parquet, endpoint.jsonl, payments.csv, shipments.csv,
domains.jsonl, avatars/, resumes/) and truth.csv."""
import csv
import json
import os

import pyarrow as pa
import pyarrow.parquet as pq

from . import media as M
from .infra import INTEL_FROM

SUBJECT_COLS = ["id", "kind", "full_name", "email", "phone", "phone_line_type", "address", "country", "birth_date", "national_id",
                "photo", "resume", "profiles", "employer", "created_at", "recovery_email", "recovery_phone", "recovery_phone_line_type",
                "signup_ip", "forkyard_handle", "forkyard_account_type", "forkyard_2fa", "forkyard_bio", "forkyard_job_applications_90d",
                "forkyard_messages_sent_90d", "forkyard_distinct_recipients_90d", "forkyard_messages_with_repo_links_90d",
                "forkyard_user_reports_90d", "forkyard_fiscal_host", "forkyard_previous_name"]


def ts(t):
    return t.strftime("%Y-%m-%dT%H:%M:%SZ")


def assign_ids(w):
    order = sorted(w.people, key=lambda p: (p["created"], p["key"]))
    ids = {}
    cur = 3_100_000
    for p in order:
        cur += w.rng.randrange(1, 60)
        ids[p["key"]] = str(cur)
    return order, ids


def write(w, outdir):
    r = w.rng
    b = os.path.join(outdir, "bundle")
    os.makedirs(os.path.join(b, "avatars"), exist_ok=True)
    os.makedirs(os.path.join(b, "resumes"), exist_ok=True)
    order, ids = assign_ids(w)
    counts = {}
    with open(os.path.join(b, "subjects.csv"), "w", newline="", encoding="utf-8") as f, \
            open(os.path.join(outdir, "truth.csv"), "w", newline="", encoding="utf-8") as g:
        cw = csv.writer(f)
        cw.writerow(SUBJECT_COLS)
        tw = csv.writer(g)
        tw.writerow(["subject_id", "fraud", "kind"])
        for p in order:
            sid = ids[p["key"]]
            photo = ""
            if p["photo"]:
                data, ext = M.render(p["photo"])
                photo = "avatars/%s.%s" % (sid, ext)
                with open(os.path.join(b, photo), "wb") as h:
                    h.write(data)
            bio = p["resume"] or ""
            resume = bio
            if p.get("resume_file"):
                ext = "md" if r.random() < 0.6 else "txt"
                resume = "resumes/%s.%s" % (sid, ext)
                with open(os.path.join(b, resume), "w", encoding="utf-8") as h:
                    h.write(p["resume_file"])
            x = p["extras"]
            acct = x.get("forkyard_account_type") or ("bot" if p["primary"] == "bot_account" else "user")
            twofa = "sms" if p["phone"] else r.choice(["totp", "totp", "webauthn", "none", "none"])
            country = p["country"] if (p["fraud"] or r.random() < 0.9) else ""
            row = [sid, "account", p["full_name"], p["email"], p["phone"], p["phone_lt"] if p["phone"] else "", p["address"],
                   country, p["birth_date"], p["national_id"], photo, resume, ";".join(p["profiles"]), p["employer"],
                   ts(p["created"]), p["recovery_email"], p["recovery_phone"], p["recovery_phone_lt"] if p["recovery_phone"] else "",
                   p["signup_ip"], p["handle"], acct, twofa, bio, x.get("forkyard_job_applications_90d", ""),
                   x.get("forkyard_messages_sent_90d", ""), x.get("forkyard_distinct_recipients_90d", ""),
                   x.get("forkyard_messages_with_repo_links_90d", ""), x.get("forkyard_user_reports_90d", ""),
                   x.get("forkyard_fiscal_host", ""), x.get("forkyard_previous_name", "")]
            cw.writerow(row)
            toks = [p["primary"]] + [t for t in p["tokens"] if t != p["primary"]]
            tw.writerow([sid, p["fraud"], ";".join(toks)])
            counts[(p["fraud"], p["primary"])] = counts.get((p["fraud"], p["primary"]), 0) + 1

    # logins
    rows = sorted(w.logins, key=lambda x: (x[1], x[0]))
    cols = {k: [] for k in ["subject_id", "ts", "ip", "device_id", "user_agent", "country", "outcome", "source_proxy", "asn",
                            "network_owner", "city", "latitude", "longitude", "risk_level", "event_type", "session_id", "event_id",
                            "forkyard_ip_service"]}
    for key, t, nt, dev, ua, outcome, ev in rows:
        ip, asn, owner, cc, city, lat, lon, proxy, svc = nt
        intel = t >= INTEL_FROM
        cols["subject_id"].append(ids[key])
        cols["ts"].append(ts(t))
        cols["ip"].append(ip)
        cols["device_id"].append(dev)
        cols["user_agent"].append(ua)
        cols["country"].append(cc)
        cols["outcome"].append(outcome)
        cols["source_proxy"].append(proxy if intel else None)
        cols["asn"].append(asn if intel else None)
        cols["network_owner"].append(owner if intel else None)
        cols["city"].append(city if intel else None)
        cols["latitude"].append(str(lat) if intel else None)
        cols["longitude"].append(str(lon) if intel else None)
        if intel:
            risk = "medium" if (proxy == "true" and r.random() < 0.5) or svc == "DATACENTER" and r.random() < 0.3 else r.choice(["none", "none", "low"])
        cols["risk_level"].append(risk if intel else None)
        cols["event_type"].append(ev)
        cols["session_id"].append("s-" + w.hexid(16))
        cols["event_id"].append("fy:" + w.hexid(24))
        cols["forkyard_ip_service"].append(svc if intel and svc else None)
    pq.write_table(pa.table({k: pa.array(v, type=pa.string()) for k, v in cols.items()}), os.path.join(b, "logins.parquet"))

    with open(os.path.join(b, "endpoint.jsonl"), "w", encoding="utf-8") as f:
        for key, t, dev, kind, val in sorted(w.endpoint, key=lambda x: (x[1], x[0])):
            f.write(json.dumps({"subject_id": ids[key], "ts": ts(t), "device_id": dev, "kind": kind, "value": val,
                                "event_id": "fyd:" + w.hexid(20)}) + "\n")

    with open(os.path.join(b, "payments.csv"), "w", newline="", encoding="utf-8") as f:
        cw = csv.writer(f)
        cw.writerow(["subject_id", "ts", "amount", "currency", "method", "destination", "forkyard_program", "forkyard_payout_provider"])
        for key, t, amt, cur, m, dest, prog, prov in sorted(w.payments, key=lambda x: (x[1], x[0])):
            cw.writerow([ids[key], ts(t), "%.2f" % amt, cur, m, dest, prog, prov])

    with open(os.path.join(b, "shipments.csv"), "w", newline="", encoding="utf-8") as f:
        cw = csv.writer(f)
        cw.writerow(["subject_id", "ts", "asset", "address", "forkyard_item"])
        for key, t, asset, addr in sorted(w.shipments, key=lambda x: (x[1], x[0])):
            cw.writerow([ids[key], ts(t), asset, addr, "security key" if asset.startswith("YK5") else "swag kit"])

    with open(os.path.join(b, "domains.jsonl"), "w", encoding="utf-8") as f:
        for d in w.domains:
            f.write(json.dumps(dict(zip(["domain", "company", "registered_at", "registrant_email", "ip", "nameservers"], d))) + "\n")

    return {"subjects": len(order), "fraud": sum(p["fraud"] for p in order), "logins": len(rows), "endpoint": len(w.endpoint),
            "payments": len(w.payments), "shipments": len(w.shipments), "domains": len(w.domains)}, counts
