"""World 39 (Nomadnest): orchestration and the bundle writers."""
from __future__ import annotations

import csv
import json
import os

import pyarrow as pa
import pyarrow.parquet as pq

from . import data as D
from . import fraud as F
from . import honest as H
from .infra import CITY, Infra, Net
from .media import Media

SUBJECT_COLS = ["id", "kind", "full_name", "email", "phone", "phone_line_type", "address", "country", "birth_date", "national_id", "photo", "resume",
                "profiles", "employer", "created_at", "recovery_email", "recovery_phone", "recovery_phone_line_type", "signup_ip",
                "nomadnest_source", "nomadnest_record", "nomadnest_client", "nomadnest_job", "nomadnest_stage", "nomadnest_agency", "nomadnest_space",
                "nomadnest_plan", "nomadnest_idp"]
LOGIN_COLS = ["subject_id", "ts", "ip", "device_id", "user_agent", "country", "outcome", "source_proxy", "asn", "network_owner", "city",
              "latitude", "longitude", "risk_level", "event_type", "session_id", "event_id"]


class Out:
    def __init__(self, bundle: str):
        self.bundle = bundle
        self.subjects: list[dict] = []
        self.truth: list[tuple] = []
        self.n_subjects = 0
        self.cols = {c: [] for c in LOGIN_COLS}
        self.n_logins = 0
        self.schema = pa.schema([(c, pa.string()) for c in LOGIN_COLS])
        self.pw = pq.ParquetWriter(os.path.join(bundle, "logins.parquet"), self.schema, compression="zstd")
        self.ep = open(os.path.join(bundle, "endpoint.jsonl"), "w", encoding="utf-8")
        self.n_endpoint = 0
        self.payments: list[tuple] = []
        self.shipments: list[tuple] = []
        self.domains: list[tuple] = []

    def subject(self, row: dict, fraud: int, kind: str):
        self.subjects.append(row)
        self.truth.append((row["id"], fraud, kind))
        self.n_subjects += 1

    def login(self, *vals):
        for c, v in zip(LOGIN_COLS, vals):
            self.cols[c].append(v if v != "" else None)
        self.n_logins += 1
        if len(self.cols["ts"]) >= 200_000:
            self.flush()

    def flush(self):
        if self.cols["ts"]:
            self.pw.write_table(pa.table(self.cols, schema=self.schema))
            self.cols = {c: [] for c in LOGIN_COLS}

    def endpoint(self, sid, ts, device, kind, value, vendor_id=None, product_id=None, started_at=None):
        o = {"subject_id": sid, "ts": ts, "device_id": device, "kind": kind, "value": value}
        if vendor_id:
            o["vendor_id"], o["product_id"] = vendor_id, product_id
        if started_at:
            o["started_at"] = started_at
        self.ep.write(json.dumps(o, ensure_ascii=False) + "\n")
        self.n_endpoint += 1

    def payment(self, *vals):
        self.payments.append(vals)

    def shipment(self, *vals):
        self.shipments.append(vals)

    def domain(self, *vals):
        self.domains.append(vals)

    def close(self, rng, outdir: str):
        self.flush()
        self.pw.close()
        self.ep.close()
        order = list(range(len(self.subjects)))
        rng.shuffle(order)
        with open(os.path.join(self.bundle, "subjects.csv"), "w", newline="", encoding="utf-8") as f:
            w = csv.DictWriter(f, fieldnames=SUBJECT_COLS, extrasaction="raise")
            w.writeheader()
            for i in order:
                w.writerow(self.subjects[i])
        with open(os.path.join(outdir, "truth.csv"), "w", newline="", encoding="utf-8") as f:
            w = csv.writer(f)
            w.writerow(["subject_id", "fraud", "kind"])
            for i in order:
                w.writerow(self.truth[i])
        for name, cols, rows in (("payments.csv", ["subject_id", "ts", "amount", "currency", "method", "destination"], self.payments),
                                 ("shipments.csv", ["subject_id", "ts", "asset", "address"], self.shipments),
                                 ("domains.csv", ["domain", "company", "registered_at", "registrant_email", "ip", "nameservers"], self.domains)):
            with open(os.path.join(self.bundle, name), "w", newline="", encoding="utf-8") as f:
                w = csv.writer(f)
                w.writerow(cols)
                w.writerows(rows)


class Client:
    def __init__(self, W, i):
        r = W.rng
        self.name = f"{D.CLIENT_WORDS[i % len(D.CLIENT_WORDS)]} {D.CLIENT_SUFFIX[(i * 7 + i // len(D.CLIENT_WORDS)) % len(D.CLIENT_SUFFIX)]}"
        if i >= len(D.CLIENT_WORDS):
            self.name += f" {['Group', 'Co', 'Partners', 'Holdings', 'Global'][i // len(D.CLIENT_WORDS) % 5]}"
        self.domain = self.name.lower().replace(" ", "") + f"{'' if i < len(D.CLIENT_WORDS) else i}.com"
        self.tag = "".join(w[0] for w in self.name.split()).upper() + f"{i:03d}"
        self.idp = "okta" if r.random() < 0.55 else "entra"
        c = r.choice([x for x in D.CITIES if x[0] in ("US", "GB", "DE", "CA", "PT", "ES")])
        self.office = Net(W.inf.ips(4), c[6][0][1], c[6][0][0] + " Business", c[0], c[1], c[2], c[3], False, "office", W.inf.mac(), "Corp", c[4])
        W.out.domain(self.domain, self.name, f"{r.randrange(2008, 2022)}-{r.randrange(1, 13):02d}-{r.randrange(1, 28):02d}",
                     f"hostmaster@{self.domain}", self.office.ips[0], r.choice(["ns-1021.awsdns-63.net;ns-1583.awsdns-05.co.uk",
                                                                               "kate.ns.cloudflare.com;rob.ns.cloudflare.com", "ns1.google.com;ns2.google.com"]))


class WorldCtx:
    pass


def generate(outdir: str, n_subjects: int, seed: int) -> dict:
    bundle = os.path.join(outdir, "bundle")
    os.makedirs(bundle, exist_ok=True)
    W = WorldCtx()
    W.inf = Infra(seed)
    W.rng = W.inf.rng
    W.out = Out(bundle)
    W.media = Media(bundle, W.rng, W.inf.hex)
    W.clients = [Client(W, i) for i in range(max(12, n_subjects // 400))]
    W.support_line = W.inf.phone("US", "Austin")
    W.out.domain("nomadnest.io", "Nomadnest Inc", "2019-04-11", "hostmaster@nomadnest.io", W.inf.ips(1)[0], "kate.ns.cloudflare.com;rob.ns.cloudflare.com")
    W.agencies = []
    for name, country, city in D.AGENCIES:
        c = CITY[city]
        net = Net(W.inf.ips(2), c[6][0][1], c[6][0][0], c[0], city, c[2], c[3], False, "office", W.inf.mac(), "Office", c[4])
        dom = name.lower().replace(" ", "") + ".com"
        W.agencies.append({"name": name, "city": city, "net": net, "inbox": f"candidates@{dom}", "pcs": ["brw-" + W.inf.hex(12) for _ in range(3)]})
        W.out.domain(dom, name, f"{W.rng.randrange(2012, 2021)}-0{W.rng.randrange(1, 9)}-1{W.rng.randrange(0, 9)}", f"admin@{dom}", net.ips[0],
                     "ns1.digitalocean.com;ns2.digitalocean.com")
    F.generate(W, n_subjects)
    n_fraud = W.out.n_subjects
    H.fill(W, n_subjects)
    stats = {"subjects": W.out.n_subjects, "fraud_rows": sum(1 for t in W.out.truth if t[1]), "logins": W.out.n_logins,
             "endpoint": W.out.n_endpoint, "payments": len(W.out.payments), "shipments": len(W.out.shipments), "domains": len(W.out.domains),
             "photos": W.media.files["photos"], "resumes": W.media.files["resumes"], "fraud_phase_rows": n_fraud}
    W.out.close(W.rng, outdir)
    return stats
