"""Writers: subjects.csv, logins.parquet (streamed), endpoint.jsonl, payments.csv, shipments.csv, domains.csv, truth.csv."""
from __future__ import annotations

import csv
import json
import os

import pyarrow as pa
import pyarrow.parquet as pq

LOGIN_COLS = ["subject_id", "ts", "ip", "device_id", "user_agent", "country", "outcome", "source_proxy", "asn",
              "network_owner", "city", "latitude", "longitude", "risk_level", "event_type", "session_id", "event_id",
              "stackyard_source"]
PAY_COLS = ["subject_id", "ts", "amount", "currency", "method", "destination", "payroll_provider", "payroll_pay_type"]
SHIP_COLS = ["subject_id", "ts", "asset", "address", "ship_carrier", "ship_item"]


class Sinks:
    def __init__(self, bundle: str):
        self.bundle = bundle
        self._login_buf: list[dict] = []
        self._schema = pa.schema([(c, pa.string()) for c in LOGIN_COLS])
        self._pw = pq.ParquetWriter(os.path.join(bundle, "logins.parquet"), self._schema)
        self._ep = open(os.path.join(bundle, "endpoint.jsonl"), "w", encoding="utf-8")
        self._pay_f = open(os.path.join(bundle, "payments.csv"), "w", newline="", encoding="utf-8")
        self._pay = csv.DictWriter(self._pay_f, PAY_COLS)
        self._pay.writeheader()
        self._ship_f = open(os.path.join(bundle, "shipments.csv"), "w", newline="", encoding="utf-8")
        self._ship = csv.DictWriter(self._ship_f, SHIP_COLS)
        self._ship.writeheader()
        self.counts = {"logins": 0, "endpoint": 0, "payments": 0, "shipments": 0}

    def login(self, row: dict):
        self._login_buf.append(row)
        self.counts["logins"] += 1
        if len(self._login_buf) >= 200_000:
            self._flush()

    def _flush(self):
        if self._login_buf:
            cols = {c: [r.get(c, "") or None for r in self._login_buf] for c in LOGIN_COLS}
            self._pw.write_table(pa.table(cols, schema=self._schema))
            self._login_buf = []

    def endpoint(self, row: dict):
        self._ep.write(json.dumps(row, ensure_ascii=False) + "\n")
        self.counts["endpoint"] += 1

    def payment(self, row: dict):
        self._pay.writerow(row)
        self.counts["payments"] += 1

    def shipment(self, row: dict):
        self._ship.writerow(row)
        self.counts["shipments"] += 1

    def close(self):
        self._flush()
        self._pw.close()
        self._ep.close()
        self._pay_f.close()
        self._ship_f.close()


def write_subjects(bundle: str, rows: list[dict]):
    cols: list[str] = []
    seen = set()
    for r in rows:
        for k in r:
            if k not in seen:
                seen.add(k)
                cols.append(k)
    with open(os.path.join(bundle, "subjects.csv"), "w", newline="", encoding="utf-8") as f:
        wr = csv.DictWriter(f, cols, restval="")
        wr.writeheader()
        wr.writerows(rows)


def write_domains(bundle: str, rows: list[dict]):
    with open(os.path.join(bundle, "domains.csv"), "w", newline="", encoding="utf-8") as f:
        wr = csv.DictWriter(f, ["domain", "company", "registered_at", "registrant_email", "ip", "nameservers"])
        wr.writeheader()
        wr.writerows(rows)


def write_truth(out: str, truth: dict, order: list[str]):
    with open(os.path.join(out, "truth.csv"), "w", newline="", encoding="utf-8") as f:
        wr = csv.writer(f)
        wr.writerow(["subject_id", "fraud", "kind"])
        for sid in order:
            fr, kind = truth[sid]
            toks = []
            for k in kind:
                if k not in toks:
                    toks.append(k)
            wr.writerow([sid, fr, ";".join(toks)])
