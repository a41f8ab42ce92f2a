"""The output sink and the pieces every life is made of: rows, sign-ins, telemetry, pay, shipments."""
import csv
import json
import os

import pyarrow as pa
import pyarrow.parquet as pq

from . import data as D
from . import media
from .infra import DAY, EPOCH0, EPOCH1, Place, day, iso

SUBJECT_COLS = ["id", "kind", "full_name", "email", "phone", "phone_line_type", "address", "country", "birth_date",
                "national_id", "photo", "resume", "profiles", "employer", "created_at", "recovery_email",
                "recovery_phone", "recovery_phone_line_type", "signup_ip", "hb_source", "hb_record", "hb_job",
                "hb_department", "hb_facility", "hb_worker_type", "hb_agency", "hb_status", "hb_hire_date",
                "hb_term_date", "hb_work_email", "hb_idv_vendor", "hb_idv_result", "hb_i9_document", "hb_union",
                "hb_emergency_contact_phone", "hb_req_id", "hb_stage", "hb_rehire_of"]
LOGIN_COLS = ["subject_id", "ts", "ip", "device_id", "user_agent", "country", "outcome", "source_proxy", "asn",
              "network_owner", "city", "latitude", "longitude", "risk_level", "event_type", "session_id", "event_id"]
PAY_COLS = ["subject_id", "ts", "amount", "currency", "method", "destination", "hb_pay_type", "hb_union_dues_deducted",
            "hb_payroll_source"]
SHIP_COLS = ["subject_id", "ts", "asset", "address", "hb_carrier", "hb_item", "hb_ship_reason"]
PAYDAYS = [EPOCH0 + 9 * DAY + 14 * DAY * i + 14 * 3600 for i in range(22)]  # bi-weekly Fridays from 2025-01-10


class Out:
    def __init__(self, ctx, outdir):
        self.ctx = ctx
        self.dir = outdir
        self.b = os.path.join(outdir, "bundle")
        os.makedirs(os.path.join(self.b, "photos"), exist_ok=True)
        os.makedirs(os.path.join(self.b, "resumes"), exist_ok=True)
        self.subjects = []
        self.truth = []
        self.lbuf = {c: [] for c in LOGIN_COLS}
        self.n_logins = 0
        self._pw = None
        self.ep = open(os.path.join(self.b, "endpoint.jsonl"), "w", encoding="utf-8")
        self.n_ep = 0
        self.payf = open(os.path.join(self.b, "payments.csv"), "w", newline="", encoding="utf-8")
        self.pay = csv.writer(self.payf, lineterminator="\n")
        self.pay.writerow(PAY_COLS)
        self.n_pay = 0
        self.shipf = open(os.path.join(self.b, "shipments.csv"), "w", newline="", encoding="utf-8")
        self.ship = csv.writer(self.shipf, lineterminator="\n")
        self.ship.writerow(SHIP_COLS)
        self.n_ship = 0
        self.domains = []
        self.n_photos = 0
        self.n_resumes = 0
        self._avatar = None

    # ---------------------------------------------------------- subjects
    def subject(self, truth_fraud: int, truth_kind: str, **kw) -> dict:
        row = {c: "" for c in SUBJECT_COLS}
        row.update({k: ("" if v is None else v) for k, v in kw.items()})
        self.subjects.append(row)
        self.truth.append([row["id"], truth_fraud, truth_kind])
        return row

    def photo(self, seed: int, edit: int = 0) -> str:
        name = f"photos/p_{self.ctx.hex(12)}.png"
        with open(os.path.join(self.b, name), "wb") as f:
            f.write(media.render_face(seed, edit))
        self.n_photos += 1
        return name

    def avatar(self) -> str:
        if self._avatar is None:
            self._avatar = "photos/default_avatar.png"
            with open(os.path.join(self.b, self._avatar), "wb") as f:
                f.write(media.default_avatar())
            self.n_photos += 1
        return self._avatar

    def resume_file(self, sid: str, text: str, md=False) -> str:
        name = f"resumes/{sid}.{'md' if md else 'txt'}"
        with open(os.path.join(self.b, name), "w", encoding="utf-8") as f:
            f.write(text)
        self.n_resumes += 1
        return name

    # ---------------------------------------------------------- sign-ins
    def login(self, sid, t, pl: Place, device, ua, outcome="success", event="user.session.start", risk=None,
              session=None):
        c = self.ctx
        if risk is None:
            risk = "low" if pl.country == "US" and pl.proxy != "true" else c.pick(["medium", "medium", "high", "low"])
        vals = (sid, iso(t), pl.ip, device or "", ua, pl.country, outcome, pl.proxy, str(pl.asn), pl.owner, pl.city,
                f"{pl.lat:.4f}" if pl.lat else "", f"{pl.lon:.4f}" if pl.lon else "", risk, event,
                session or ("102" + c.hex(22)), "okta:" + c.hex(20))
        for col, v in zip(LOGIN_COLS, vals):
            self.lbuf[col].append(v)
        self.n_logins += 1
        if len(self.lbuf["ts"]) >= 300000:
            self.flush_logins()

    def flush_logins(self):
        if not self.lbuf["ts"]:
            return
        tab = pa.table({k: pa.array(v, pa.string()) for k, v in self.lbuf.items()})
        if self._pw is None:
            self._pw = pq.ParquetWriter(os.path.join(self.b, "logins.parquet"), tab.schema)
        self._pw.write_table(tab)
        self.lbuf = {c: [] for c in LOGIN_COLS}

    def activity(self, sid, start, end, n, places, devices, night=False, mfa=None, tz=-4, hours=None,
                 event="user.session.start"):
        """n sign-ins between start and end. places: [(Place, w)], devices: [((device_id, ua), w)]."""
        c = self.ctx
        start, end = max(start, EPOCH0), min(end, EPOCH1)
        if end <= start:
            return
        for _ in range(n):
            pl = c.wpick(places)
            dev, ua = c.wpick(devices)
            t = c.work_ts(start, end, pl.tz if pl.country != "US" else tz, night, hours)
            if t < start or t > end:
                t = c.ts_between(start, end)
            r = c.rng.random()
            oc = "success" if r < 0.93 else ("challenge" if r < 0.975 else "failure")
            s = "102" + c.hex(22)
            self.login(sid, t, pl, dev, ua, oc, event, session=s)
            if mfa and c.chance(0.35):
                self.login(sid, t + c.rng.randint(5, 40), pl if c.chance(0.6) else mfa[1], mfa[0],
                           c.pick(D.USER_AGENTS_MOBILE[2:4]), "success", "user.authentication.auth_via_mfa",
                           session=s)

    # ---------------------------------------------------------- telemetry
    def ep_row(self, sid, t, device, kind, value, vid=None, pid=None, started=None):
        o = {"subject_id": sid, "ts": iso(t), "device_id": device, "kind": kind, "value": value}
        if vid:
            o["vendor_id"], o["product_id"] = vid, pid
        if started is not None:
            o["started_at"] = iso(started)
        if self.ctx.rng.random() < 0.5:
            o["event_id"] = self.ctx.hex(16)
        self.ep.write(json.dumps(o) + "\n")
        self.n_ep += 1

    def telemetry(self, sid, device, start, end, snaps, prof):
        """prof: system, tz, keyboards, gateway, ssid, procs (always), extra_procs (sampled), usb, displays,
        ports, sessions [(host, started)]"""
        c = self.ctx
        start, end = max(start, EPOCH0), min(end, EPOCH1)
        if end <= start:
            return
        for i in range(snaps):
            t = c.ts_between(start, end)
            self.ep_row(sid, t, device, "system", prof["system"])
            self.ep_row(sid, t, device, "timezone", prof["tz"])
            for k in prof.get("keyboards", ["en-US"]):
                self.ep_row(sid, t, device, "keyboard", k)
            if prof.get("gateway"):
                self.ep_row(sid, t, device, "gateway_mac", c.pick(prof["gateway"]) if isinstance(prof["gateway"], list) else prof["gateway"])
            if prof.get("ssid"):
                self.ep_row(sid, t, device, "network", prof["ssid"])
            procs = list(prof.get("procs", []))
            ex = prof.get("extra_procs", [])
            if ex:
                procs += c.rng.sample(ex, min(len(ex), c.rng.randint(2, 4)))
            for p in procs:
                self.ep_row(sid, t, device, "process", p)
            for name, vid, pid in prof.get("usb", []):
                self.ep_row(sid, t, device, "usb", name, vid, pid)
            for d in prof.get("displays", []):
                self.ep_row(sid, t, device, "display", d)
            for p in prof.get("ports", []):
                self.ep_row(sid, t, device, "listening_port", p)
            for host, st in prof.get("sessions", []):
                if c.chance(0.7):
                    self.ep_row(sid, t, device, "remote_session", host, started=min(st, t) if st else t - c.rng.randint(300, 9000))

    # ---------------------------------------------------------- pay and shipments
    def payroll(self, sid, start, end, schedule, amount, source="hb_workday", union=False, splits=None):
        """schedule: [(from_ts, destination)], the destination in force from that time."""
        c = self.ctx
        for p in PAYDAYS:
            if p < start + 10 * DAY or p > end:
                continue
            dest = schedule[0][1]
            for t0, d in schedule:
                if p >= t0:
                    dest = d
            amt = amount * c.rng.uniform(0.9, 1.15)
            dues = f"{c.rng.uniform(28, 41):.2f}" if union else ""
            method = "bank"
            if splits and c.chance(0.97):
                part = round(amt * splits[1], 2)
                self.pay.writerow([sid, iso(p), f"{part:.2f}", "USD", method, splits[0], "regular", "", source])
                self.n_pay += 1
                amt -= part
            self.pay.writerow([sid, iso(p), f"{amt:.2f}", "USD", method, dest, "regular", dues, source])
            self.n_pay += 1

    def shipment(self, sid, t, address, item="laptop", reason="new hire", carrier=None):
        c = self.ctx
        asset = ("HB" if item == "laptop" else "HBA") + f"{c.rng.randint(10 ** 6, 10 ** 7 - 1)}-{c.hex(4).upper()}"
        self.ship.writerow([sid, iso(t), asset, address, carrier or c.pick(["FedEx", "UPS", "UPS", "FedEx", "USPS"]),
                            item, reason])
        self.n_ship += 1
        return asset

    def close(self):
        self.flush_logins()
        if self._pw:
            self._pw.close()
        self.ep.close()
        self.payf.close()
        self.shipf.close()
