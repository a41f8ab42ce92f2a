"""Writers: the contract bundle (CSV and JSON Lines) and truth.csv."""
import csv
import json
import os

from . import media

SUBJECT_COLS = ["id", "kind", "full_name", "email", "phone", "phone_line_type", "address", "country", "birth_date",
                "national_id", "photo", "resume", "profiles", "employer", "created_at", "recovery_email",
                "recovery_phone", "recovery_phone_line_type", "signup_ip", "keelbank_product", "keelbank_kyc_status",
                "keelbank_account_ref"]
LOGIN_COLS = ["subject_id", "ts", "ip", "device_id", "user_agent", "country", "outcome", "source_proxy", "asn",
              "network_owner", "city", "latitude", "longitude", "risk_level", "event_type", "session_id", "event_id"]
PAY_COLS = ["subject_id", "ts", "amount", "currency", "method", "destination", "keelbank_direction", "keelbank_payer",
            "keelbank_payer_account"]
SHIP_COLS = ["subject_id", "ts", "asset", "address", "keelbank_item", "keelbank_carrier"]
DOMAIN_COLS = ["domain", "company", "registered_at", "registrant_email", "ip", "nameservers"]


def write_csv(path, cols, rows):
    with open(path, "w", newline="", encoding="utf-8") as f:
        wr = csv.DictWriter(f, fieldnames=cols, extrasaction="ignore")
        wr.writeheader()
        wr.writerows(rows)


def write_jsonl(path, rows):
    with open(path, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps({k: v for k, v in r.items() if v != ""}, ensure_ascii=False) + "\n")


def write(w, outdir):
    b = os.path.join(outdir, "bundle")
    os.makedirs(os.path.join(b, "photos"), exist_ok=True)
    order = list(range(len(w.subjects)))
    w.rng.shuffle(order)
    subs = [w.subjects[i] for i in order]
    write_csv(os.path.join(b, "subjects.csv"), SUBJECT_COLS, subs)
    write_csv(os.path.join(b, "logins.csv"), LOGIN_COLS, sorted(w.logins, key=lambda r: r["ts"]))
    write_jsonl(os.path.join(b, "endpoint.jsonl"), w.endpoint)
    write_csv(os.path.join(b, "payments.csv"), PAY_COLS, sorted(w.payments, key=lambda r: r["ts"]))
    write_csv(os.path.join(b, "shipments.csv"), SHIP_COLS, w.shipments)
    write_jsonl(os.path.join(b, "domains.jsonl"), w.domains)
    for path, spec in sorted(w.photos.items()):
        with open(os.path.join(b, path), "wb") as f:
            f.write(media.render(spec))
    with open(os.path.join(outdir, "truth.csv"), "w", newline="", encoding="utf-8") as f:
        wr = csv.writer(f)
        wr.writerow(["subject_id", "fraud", "kind"])
        for sid, fr, k in sorted(w.truth):
            wr.writerow([sid, fr, k])
