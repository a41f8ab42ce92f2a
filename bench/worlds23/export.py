"""Writers: the bundle (subjects.csv, logins.parquet, endpoint.jsonl, payments.jsonl, shipments.csv, domains.csv, photos/,
resumes/) and truth.csv outside it."""
import csv
import os

import orjson
import phonenumbers
import pyarrow as pa
import pyarrow.parquet as pq

from . import events, media
from .infra import seeded

SUBJECT_COLS = ["id", "kind", "full_name", "email", "phone", "phone_line_type", "address", "country", "birth_date", "national_id", "photo",
                "resume", "profiles", "employer", "created_at", "recovery_email", "recovery_phone", "recovery_phone_line_type", "signup_ip"]
EXTRA_COLS = ["fleetdesk_client_id", "fleetdesk_work_email", "fleetdesk_title", "fleetdesk_worker_type", "fleetdesk_status",
              "fleetdesk_start_date", "fleetdesk_end_date", "fleetdesk_vendor", "fleetdesk_eor", "fleetdesk_role"]
LOGIN_COLS = ["subject_id", "ts", "ip", "device_id", "user_agent", "country", "outcome", "source_proxy", "asn", "network_owner", "city",
              "latitude", "longitude", "risk_level", "event_type", "session_id", "event_id", "fleetdesk_idp", "fleetdesk_app"]
ENDPOINT_KEYS = ["subject_id", "ts", "device_id", "kind", "value", "vendor_id", "product_id", "event_id", "started_at"]
SHIP_COLS = ["subject_id", "ts", "asset", "address", "fleetdesk_item", "fleetdesk_model", "fleetdesk_direction", "fleetdesk_recipient",
             "fleetdesk_carrier", "fleetdesk_tracking", "fleetdesk_client_id"]
DOMAIN_COLS = ["domain", "company", "registered_at", "registrant_email", "ip", "nameservers", "fleetdesk_role"]


class LoginWriter:
    def __init__(self, path):
        self.schema = pa.schema([(c, pa.string()) for c in LOGIN_COLS])
        self.w = pq.ParquetWriter(path, self.schema, compression="zstd")
        self.rows = []
        self.n = 0

    def flush(self):
        if not self.rows:
            return
        cols = list(zip(*self.rows))
        arrs = [pa.array([x if x != "" else None for x in col], type=pa.string()) for col in cols]
        self.w.write_table(pa.Table.from_arrays(arrs, schema=self.schema))
        self.n += len(self.rows)
        self.rows = []

    def maybe_flush(self):
        if len(self.rows) >= 150000:
            self.flush()

    def close(self):
        self.flush()
        self.w.close()


def _phone_safe(v, cc):
    """A number typed without '+' is read in the record's country; one that belongs to another country keeps its '+'."""
    if not v or v.startswith("+"):
        return v
    try:
        if phonenumbers.is_valid_number(phonenumbers.parse(v, cc or "US")):
            return v
    except phonenumbers.NumberParseException:
        pass
    try:
        n = phonenumbers.parse(v, "US")
        return phonenumbers.format_number(n, phonenumbers.PhoneNumberFormat.E164)
    except phonenumbers.NumberParseException:
        return v


def write_bundle(w, outdir):
    bundle = os.path.join(outdir, "bundle")
    os.makedirs(os.path.join(bundle, "photos"), exist_ok=True)
    os.makedirs(os.path.join(bundle, "resumes"), exist_ok=True)
    subs = list(w.subjects)
    rng = seeded(w.seed, "order")
    rng.shuffle(subs)
    lw = LoginWriter(os.path.join(bundle, "logins.parquet"))
    ef = open(os.path.join(bundle, "endpoint.jsonl"), "wb")
    pf = open(os.path.join(bundle, "payments.jsonl"), "wb")
    sf = open(os.path.join(bundle, "shipments.csv"), "w", newline="", encoding="utf-8")
    sw = csv.writer(sf)
    sw.writerow(SHIP_COLS)
    counts = dict(logins=0, endpoint=0, payments=0, shipments=0, photos=0, resumes=0, inline_resumes=0)
    ep_buf = []
    face_cache = {}
    subj_rows = []
    for s in subs:
        s.rec["signup_ip"] = events.signup_ip(w, s)
        events.logins(w, s, lw.rows)
        lw.maybe_flush()
        ep_buf.clear()
        events.endpoint(w, s, ep_buf)
        for sid, ts, dev, kind, value, vid, pid, eid, started in ep_buf:
            ef.write(orjson.dumps({"subject_id": sid, "ts": ts, "device_id": dev, "kind": kind, "value": value,
                                   "vendor_id": vid or None, "product_id": pid or None, "event_id": eid or None,
                                   "started_at": started or None}))
            ef.write(b"\n")
        counts["endpoint"] += len(ep_buf)
        pays = []
        events.payments(w, s, pays)
        for r in pays:
            pf.write(orjson.dumps(r))
            pf.write(b"\n")
        counts["payments"] += len(pays)
        ships = []
        events.shipments(w, s, ships)
        ships.sort(key=lambda r: r["ts"])
        for r in ships:
            sw.writerow([r[c] for c in SHIP_COLS])
        counts["shipments"] += len(ships)
        # media
        if s.photo is not None:
            key = s.photo
            if key[0] == "face":
                if key not in face_cache:
                    face_cache[key] = media.photo_bytes(key, s.sid)
                data, ext = face_cache[key]
            else:
                data, ext = media.photo_bytes(key, s.sid)
            rel = f"photos/{s.sid}.{ext}"
            with open(os.path.join(bundle, rel), "wb") as f:
                f.write(data)
            s.rec["photo"] = rel
            counts["photos"] += 1
        if s.resume is not None:
            fmt, text = s.resume
            text = media.resume_final(text, s.rec.get("email", ""))
            if fmt == "inline":
                s.rec["resume"] = text
                counts["inline_resumes"] += 1
            else:
                rel = f"resumes/{s.sid}.{fmt}"
                if fmt == "pdf":
                    data = media.pdf_bytes(text)
                elif fmt == "docx":
                    data = media.docx_bytes(text)
                elif fmt == "md":
                    data = media.md_text(text).encode("utf-8")
                else:
                    data = (text + "\n").encode("utf-8")
                with open(os.path.join(bundle, rel), "wb") as f:
                    f.write(data)
                s.rec["resume"] = rel
                counts["resumes"] += 1
        for col in ("phone", "recovery_phone"):
            s.rec[col] = _phone_safe(s.rec.get(col, ""), s.rec.get("country", ""))
        row = [s.sid, s.kind] + [s.rec.get(c, "") for c in SUBJECT_COLS[2:]] + [s.ext.get(c, "") for c in EXTRA_COLS]
        subj_rows.append(row)
    lw.close()
    counts["logins"] = lw.n
    ef.close()
    pf.close()
    sf.close()
    with open(os.path.join(bundle, "subjects.csv"), "w", newline="", encoding="utf-8") as f:
        cw = csv.writer(f)
        cw.writerow(SUBJECT_COLS + EXTRA_COLS)
        cw.writerows(subj_rows)
    with open(os.path.join(bundle, "domains.csv"), "w", newline="", encoding="utf-8") as f:
        cw = csv.writer(f)
        cw.writerow(DOMAIN_COLS)
        seen = set()
        for d in w.domains:
            if d["domain"] in seen:
                continue
            seen.add(d["domain"])
            cw.writerow([d.get(c, "") for c in DOMAIN_COLS])
        counts["domains"] = len(seen)
    with open(os.path.join(outdir, "truth.csv"), "w", newline="", encoding="utf-8") as f:
        cw = csv.writer(f)
        cw.writerow(["subject_id", "fraud", "kind"])
        for s in subs:
            cw.writerow([s.sid, s.fraud, ";".join(s.tokens)])
    counts["subjects"] = len(subs)
    counts["fraud"] = sum(s.fraud for s in subs)
    return counts
