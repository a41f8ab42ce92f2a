"""The generator's world in the vendors' own formats (`ringwatch synth OUT --vendor-logs`).

    OUT/vendor/okta.jsonl            Okta System Log LogEvents, one per line (user.session.start)
    OUT/vendor/osquery.results.log   osquery filesystem-logger results, event format

Both are written from the same `logins` and `endpoint` tables the bundle holds, so importing
them (`ringwatch import okta|osquery`) into a bundle holding only the subjects table and
scanning it tests import + scan end to end against the same ground truth (`truth.csv`).

- Okta: one `user.session.start` event per login, `actor.alternateId` the subject's email (its
  id when it has none or shares it with another subject: one Okta user is one account), `client.ipAddress`, `client.geographicalContext.country` as an English
  name, `device.id` the login's device id (so that osquery hosts are tied to people through the
  imported logins), `securityContext.isProxy` true for VPN/hosting exits of the world and
  `asNumber`/`asOrg` by the kind of address (a hosting ASN of `ringwatch/data/hosting_asns.csv`
  for those, a carrier for mobile NAT pools, a country's broadband ISP otherwise),
  `outcome.result` SUCCESS.
- osquery: `hostIdentifier` the device id; `usb_devices` rows with `vendor_id`/`model_id`
  (IP-KVM gadgets with the ids they present, `ringwatch/data/ip_kvm_usb_ids.csv`), `processes`
  rows, and `time` (`local_timezone`), a `keyboard_layout` query and `wifi_status` (`ssid`)
  for the endpoint table's time zone, keyboard and network rows. Display rows have no osquery
  table and are left out.
"""

from __future__ import annotations

import csv
import json
import uuid
import zlib
from collections import Counter
from datetime import datetime, timezone
from pathlib import Path

import numpy as np
import pyarrow as pa

from ringwatch.synth.strings import ipv4_int
from ringwatch.synth.world import World

COUNTRY_NAMES = {
    "US": "United States", "CA": "Canada", "GB": "United Kingdom", "DE": "Germany", "FR": "France",
    "ES": "Spain", "NL": "Netherlands", "PL": "Poland", "MX": "Mexico", "BR": "Brazil", "IN": "India",
    "PH": "Philippines", "NG": "Nigeria", "KR": "South Korea", "CN": "China", "VN": "Vietnam",
    "JP": "Japan", "AU": "Australia", "UA": "Ukraine", "IE": "Ireland",
}
# (ASN, owner) of one broadband ISP and one mobile carrier per country; others get a generic one.
BROADBAND = {
    "US": (7922, "Comcast Cable Communications, LLC"), "CA": (812, "Rogers Communications Canada Inc."),
    "GB": (2856, "British Telecommunications PLC"), "DE": (3320, "Deutsche Telekom AG"),
    "FR": (3215, "Orange S.A."), "ES": (3352, "Telefonica de Espana S.A.U."), "NL": (1136, "KPN B.V."),
    "PL": (5617, "Orange Polska Spolka Akcyjna"), "MX": (8151, "UNINET"), "BR": (28573, "Claro NXT Telecomunicacoes Ltda"),
    "IN": (24560, "Bharti Airtel Ltd."), "PH": (9299, "Philippine Long Distance Telephone Company"),
    "NG": (29465, "MTN NIGERIA Communication limited"), "KR": (4766, "Korea Telecom"),
    "CN": (4134, "Chinanet"), "VN": (7552, "Viettel Group"), "JP": (17676, "SoftBank Corp."),
    "AU": (1221, "Telstra Limited"), "UA": (15895, "Kyivstar PJSC"), "IE": (5466, "Eircom Limited"),
}
MOBILE_CARRIER = {"US": (21928, "T-Mobile USA, Inc."), "GB": (25135, "Vodafone Limited"),
                  "DE": (3209, "Vodafone GmbH"), "CA": (22652, "Fibrenoire Inc.")}
HOSTING_FALLBACK = (14061, "DigitalOcean, LLC")
# Common USB vendor ids of the ordinary devices the world's machines show (product ids hashed).
_USB_VENDORS = {"logitech": ("046d", "Logitech, Inc."), "microsoft": ("045e", "Microsoft Corp."),
                "apple": ("05ac", "Apple, Inc."), "jabra": ("0b0e", "GN Netcom"),
                "yubikey": ("1050", "Yubico.com"), "razer": ("1532", "Razer USA, Ltd"),
                "sandisk": ("0781", "SanDisk Corp."), "bose": ("05a7", "Bose Corp."),
                "unifying": ("046d", "Logitech, Inc.")}
_DATA = Path(__file__).resolve().parents[1] / "data"


def _hosting_asns() -> list[tuple[int, str]]:
    out = []
    with (_DATA / "hosting_asns.csv").open(newline="", encoding="utf-8") as fh:
        for r in csv.DictReader(fh):
            if (r.get("asn") or "").isdigit() and r.get("provider"):
                out.append((int(r["asn"]), r["provider"]))
    return out or [HOSTING_FALLBACK]


def _kvm_ids() -> dict[str, tuple[str, str, str]]:
    """IP-KVM product string -> (vendor_id, product_id, manufacturer)."""
    out: dict[str, tuple[str, str, str]] = {}
    with (_DATA / "ip_kvm_usb_ids.csv").open(newline="", encoding="utf-8") as fh:
        for r in csv.DictReader(fh):
            product = (r.get("usb_product_string") or "").strip()
            if product:
                out.setdefault(product.lower(), (r["vendor_id"].lower(), r["product_id"].lower(),
                                                 r.get("usb_manufacturer_string") or ""))
    return out


def _usb_ids(model: str, kvm: dict[str, tuple[str, str, str]]) -> tuple[str, str, str]:
    hit = kvm.get(model.lower())
    if hit:
        return hit
    low = model.lower()
    vendor_id, vendor = next((v for k, v in _USB_VENDORS.items() if k in low),
                             (f"{zlib.crc32(low.encode()) % 0xFFFF:04x}", "Generic"))
    return vendor_id, f"{zlib.crc32(b'p' + low.encode()) % 0xFFFF:04x}", vendor


def _iso(ts: np.ndarray) -> list[str]:
    return [datetime.fromtimestamp(int(t), timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.000Z") for t in ts]


def write_okta(path: Path, w: World, rng: np.random.Generator, logins: pa.Table,
               emails: dict[str, str]) -> int:
    subj = logins.column("subject_id").to_pylist()
    ts = logins.column("ts").cast(pa.timestamp("s")).cast(pa.int64()).to_numpy(zero_copy_only=False)
    ips = logins.column("ip").to_pylist()
    devices = logins.column("device_id").to_pylist()
    agents = logins.column("user_agent").to_pylist()
    countries = logins.column("country").to_pylist()
    proxy_ips = set(np.concatenate(w.vpn_pools).tolist()) if w.vpn_pools else set()
    mobile_ips = set(np.concatenate(w.mobile_pools).tolist()) if getattr(w, "mobile_pools", None) else set()
    hosting = _hosting_asns()
    raw = rng.bytes(16 * len(subj))
    published = _iso(ts)
    with path.open("w", encoding="utf-8") as fh:
        for k, sid in enumerate(subj):
            ip = ips[k] or ""
            n = ipv4_int(ip) if ip else -1
            cc = countries[k] or ""
            if n in proxy_ips:
                as_number, as_org = hosting[n % len(hosting)]
                is_proxy = True
            elif n in mobile_ips:
                as_number, as_org = MOBILE_CARRIER.get(cc, BROADBAND.get(cc, (64512, "Mobile carrier")))
                is_proxy = False
            else:
                as_number, as_org = BROADBAND.get(cc, (64513, "Regional broadband ISP"))
                is_proxy = False
            alternate = emails.get(sid) or sid
            event_uuid = str(uuid.UUID(bytes=raw[16 * k:16 * k + 16]))
            event = {
                "uuid": event_uuid,
                "published": published[k],
                "eventType": "user.session.start",
                "version": "0",
                "severity": "INFO",
                "displayMessage": "User login to Okta",
                "legacyEventType": "core.user_auth.login_success",
                "actor": {"id": "00u" + f"{zlib.crc32(sid.encode()):08x}", "type": "User",
                          "alternateId": alternate, "displayName": None, "detailEntry": None},
                "client": {"userAgent": {"rawUserAgent": agents[k] or "", "os": None, "browser": None},
                           "zone": "null", "device": "Computer", "id": None, "ipAddress": ip,
                           "geographicalContext": {"city": None, "state": None,
                                                   "country": COUNTRY_NAMES.get(cc, cc) or None,
                                                   "postalCode": None, "geolocation": None}},
                "device": {"id": devices[k], "name": devices[k], "os_platform": None, "managed": None}
                if devices[k] else None,
                "authenticationContext": {"authenticationProvider": None, "credentialProvider": None,
                                          "credentialType": None, "issuer": None, "interface": None,
                                          "authenticationStep": 0,
                                          "externalSessionId": "102" + event_uuid.replace("-", "")[:22]},
                "outcome": {"result": "SUCCESS", "reason": None},
                "securityContext": {"asNumber": as_number, "asOrg": as_org, "isp": as_org,
                                    "domain": None, "isProxy": is_proxy},
                "debugContext": {"debugData": {"requestId": event_uuid.replace("-", "")[:24]}},
                "transaction": {"type": "WEB", "id": event_uuid.replace("-", "")[8:28], "detail": {}},
                "request": {"ipChain": [{"ip": ip, "version": "V4", "source": None}]},
                "target": None,
            }
            fh.write(json.dumps(event, separators=(",", ":")) + "\n")
    return len(subj)


def write_osquery(path: Path, endpoint: pa.Table) -> int:
    devices = endpoint.column("device_id").to_pylist()
    ts = endpoint.column("ts").cast(pa.timestamp("s")).cast(pa.int64()).to_numpy(zero_copy_only=False)
    kinds = endpoint.column("kind").to_pylist()
    values = endpoint.column("value").to_pylist()
    kvm = _kvm_ids()
    written = 0
    with path.open("w", encoding="utf-8") as fh:
        for k, kind in enumerate(kinds):
            value = values[k] or ""
            if kind == "usb":
                vendor_id, product_id, vendor = _usb_ids(value, kvm)
                name, columns = "pack_ringwatch_usb_devices", {
                    "vendor": vendor, "vendor_id": vendor_id, "model": value, "model_id": product_id,
                    "serial": f"{zlib.crc32((devices[k] + value).encode()):08X}", "removable": "1"}
            elif kind == "process":
                name, columns = "pack_ringwatch_processes", {
                    "name": value, "path": "C:\\Program Files\\" + value.rsplit(".", 1)[0] + "\\" + value
                    if value.lower().endswith(".exe") else "/usr/bin/" + value,
                    "pid": str(1000 + zlib.crc32(value.encode()) % 60000)}
            elif kind == "timezone":
                name, columns = "pack_ringwatch_time", {"local_timezone": value}
            elif kind == "keyboard":
                name, columns = "pack_ringwatch_keyboard_layout", {"layout": value}
            elif kind == "network":
                name, columns = "pack_ringwatch_wifi_status", {"interface": "en0", "ssid": value}
            else:
                continue  # display: no osquery table
            t = int(ts[k])
            record = {"name": name, "hostIdentifier": devices[k],
                      "calendarTime": datetime.fromtimestamp(t, timezone.utc).strftime("%a %b %d %H:%M:%S %Y UTC"),
                      "unixTime": t, "epoch": 0, "counter": 0, "numerics": False,
                      "columns": columns, "action": "added"}
            fh.write(json.dumps(record, separators=(",", ":")) + "\n")
            written += 1
    return written


def write_vendor_logs(out_dir: Path, w: World, rng: np.random.Generator, subjects: pa.Table,
                      logins: pa.Table | None, endpoint: pa.Table | None) -> dict[str, int]:
    """Write OUT/vendor/okta.jsonl and OUT/vendor/osquery.results.log; rows written by file."""
    folder = Path(out_dir) / "vendor"
    folder.mkdir(parents=True, exist_ok=True)
    pairs = [(sid, (e or "").strip()) for sid, e in zip(subjects.column("id").to_pylist(),
                                                       subjects.column("email").to_pylist())]
    # An Okta user is one account: where several subjects hold one email (a repeat applicant,
    # a stolen identity), each signs in with its own id as the Okta username instead.
    uses = Counter(e.lower() for _, e in pairs if e)
    emails = {sid: e for sid, e in pairs if e and uses[e.lower()] == 1}
    out: dict[str, int] = {}
    if logins is not None:
        out["okta.jsonl"] = write_okta(folder / "okta.jsonl", w, rng, logins, emails)
    if endpoint is not None and endpoint.num_rows:
        out["osquery.results.log"] = write_osquery(folder / "osquery.results.log", endpoint)
    return out
