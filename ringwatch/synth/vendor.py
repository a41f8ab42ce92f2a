"""The generator's world in the vendors' own formats (`ringwatch synth OUT --vendor-logs`).

    OUT/vendor/okta.jsonl            Okta System Log LogEvents, one per line (user.session.start)
    OUT/vendor/entra/signins-NNNNN.json  Microsoft Graph `auditLogs/signIns` pages (beta), 1,000
                                     sign-ins each, as a script following @odata.nextLink saves them
    OUT/vendor/osquery.results.log   osquery filesystem-logger results, event format

All are written from the same `logins` and `endpoint` tables the bundle holds, so importing
them (`ringwatch import okta|entra|osquery`) into a bundle holding only the subjects table and
scanning it tests import + scan end to end against the same ground truth (`truth.csv`).

Each employer signs its people in through one identity provider: about 40% of employers
(chosen by a hash of the employer's name, so a world's split is stable) are on Microsoft Entra
ID, the others, and subjects with no employer, on Okta.

- Okta: one `user.session.start` event per login, `actor.alternateId` the subject's email (its
  id when it has none or shares it with another subject: one Okta user is one account), `client.ipAddress`, `client.geographicalContext.country` as an English
  name, `device.id` the login's device id (so that osquery hosts are tied to people through the
  imported logins), `securityContext.isProxy` true for VPN/hosting exits of the world and
  `asNumber`/`asOrg` by the kind of address (a hosting ASN of `ringwatch/data/hosting_asns.csv`
  for those, a carrier for mobile NAT pools, a country's broadband ISP otherwise),
  `outcome.result` SUCCESS.
- Entra: Graph beta `signIn` records: `userPrincipalName` (as Okta's `alternateId`), `ipAddress`,
  `location.countryOrRegion`, `autonomousSystemNumber`, `status.errorCode` 0,
  `riskEventTypes_v2` ["anonymizedIPAddress"] for VPN/hosting exits, `deviceDetail` with an Entra
  device id (a GUID) and the machine's name as `displayName` (osquery hosts are tied to people
  through it), `signInEventTypes` ["interactiveUser"].
- osquery: `hostIdentifier` the device id; `usb_devices` rows with `vendor_id`/`model_id`
  (IP-KVM gadgets with the ids they present, `ringwatch/data/ip_kvm_usb_ids.csv`), `processes`
  rows, and `time` (`local_timezone`), a `keyboard_layout` query and `wifi_status` (`ssid`)
  for the endpoint table's time zone, keyboard and network rows. Display rows have no osquery
  table and are left out. `logged_in_users` snapshots show interactive remote logins (RDP/SSH:
  `tty`, `host`, `time` = when the login began) on the machines that have them: half of the
  laptops sitting in a planted laptop farm (the operator's remote-desktop login, left open for
  days), and, as honest look-alikes, IT administrators' and MSP technicians' SSH sessions
  (hours to days) and 2% of other workers' always-on desktops reached from home over RDP
  (open for days). Each is seen by a daily snapshot from its start to its end (the first and
  the last snapshot are written).
"""

from __future__ import annotations

import csv
import json
import uuid
import zlib
from collections import Counter
from datetime import UTC, datetime
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


ENTRA_SHARE = 40  # percent of employers on Microsoft Entra ID
ENTRA_PAGE = 1000  # Graph's largest page of sign-ins
ENTRA_APPS = (("00000002-0000-0ff1-ce00-000000000000", "Office 365 Exchange Online"),
              ("00000003-0000-0ff1-ce00-000000000000", "Office 365 SharePoint Online"),
              ("1fec8e78-bce4-4aaf-ab1b-5451cc387264", "Microsoft Teams"),
              ("4765445b-32c6-49b0-83e6-1d93765276ca", "OfficeHome"))


def on_entra(employer: str | None) -> bool:
    """Whether an employer signs its people in through Entra ID (a stable hash of its name)."""
    return bool(employer) and zlib.crc32(employer.strip().lower().encode()) % 100 < ENTRA_SHARE


def _guid(*parts: str) -> str:
    return str(uuid.UUID(bytes=zlib.crc32("|".join(parts).encode()).to_bytes(4, "big") * 4))


def _iso(ts: np.ndarray) -> list[str]:
    return [datetime.fromtimestamp(int(t), UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z") for t in ts]


class _Network:
    """What an identity provider resolves an address to: (ASN, owner, proxy flag)."""

    def __init__(self, w: World) -> None:
        self.proxy_ips = set(np.concatenate(w.vpn_pools).tolist()) if w.vpn_pools else set()
        self.mobile_ips = set(np.concatenate(w.mobile_pools).tolist()) if getattr(w, "mobile_pools", None) else set()
        self.hosting = _hosting_asns()

    def __call__(self, ip: str, cc: str) -> tuple[int, str, bool]:
        n = ipv4_int(ip) if ip else -1
        if n in self.proxy_ips:
            as_number, as_org = self.hosting[n % len(self.hosting)]
            return as_number, as_org, True
        if n in self.mobile_ips:
            as_number, as_org = MOBILE_CARRIER.get(cc, BROADBAND.get(cc, (64512, "Mobile carrier")))
            return as_number, as_org, False
        as_number, as_org = BROADBAND.get(cc, (64513, "Regional broadband ISP"))
        return as_number, as_org, False


def _login_columns(logins: pa.Table) -> tuple[list, np.ndarray, list, list, list, list]:
    """(subject ids, epoch seconds, ips, device ids, user agents, countries) of login rows."""
    ts = logins.column("ts").cast(pa.timestamp("s")).cast(pa.int64()).to_numpy(zero_copy_only=False)
    return (logins.column("subject_id").to_pylist(), ts, logins.column("ip").to_pylist(),
            logins.column("device_id").to_pylist(), logins.column("user_agent").to_pylist(),
            logins.column("country").to_pylist())


def write_okta(path: Path, w: World, rng: np.random.Generator, logins: pa.Table,
               emails: dict[str, str], rows: np.ndarray | None = None) -> int:
    """Okta LogEvents for the login rows `rows` (all when None)."""
    if rows is not None:
        logins = logins.take(pa.array(rows, type=pa.int64()))
    subj, ts, ips, devices, agents, countries = _login_columns(logins)
    network = _Network(w)
    raw = rng.bytes(16 * len(subj))
    published = _iso(ts)
    with path.open("w", encoding="utf-8") as fh:
        for k, sid in enumerate(subj):
            ip = ips[k] or ""
            cc = countries[k] or ""
            as_number, as_org, is_proxy = network(ip, cc)
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


def write_entra(folder: Path, w: World, rng: np.random.Generator, logins: pa.Table,
                emails: dict[str, str], rows: np.ndarray) -> int:
    """Graph `GET /beta/auditLogs/signIns` pages for the login rows `rows`: folder/signins-NNNNN.json."""
    folder.mkdir(parents=True, exist_ok=True)
    logins = logins.take(pa.array(rows, type=pa.int64()))
    subj, ts, ips, devices, agents, countries = _login_columns(logins)
    network = _Network(w)
    raw = rng.bytes(32 * len(subj))
    apps = rng.integers(0, len(ENTRA_APPS), len(subj))
    created = [datetime.fromtimestamp(int(t), UTC).strftime("%Y-%m-%dT%H:%M:%SZ") for t in ts]
    context = "https://graph.microsoft.com/beta/$metadata#auditLogs/signIns"
    pages = max(1, -(-len(subj) // ENTRA_PAGE))
    for page in range(pages):
        records = []
        for k in range(page * ENTRA_PAGE, min(len(subj), (page + 1) * ENTRA_PAGE)):
            sid = subj[k]
            ip = ips[k] or ""
            cc = countries[k] or ""
            as_number, _, is_proxy = network(ip, cc)
            upn = emails.get(sid) or sid
            app_id, app_name = ENTRA_APPS[int(apps[k])]
            device = devices[k] or ""
            records.append({
                "id": str(uuid.UUID(bytes=raw[32 * k:32 * k + 16])),
                "createdDateTime": created[k],
                "userDisplayName": None,
                "userPrincipalName": upn,
                "userId": _guid("user", sid),
                "appId": app_id,
                "appDisplayName": app_name,
                "ipAddress": ip,
                "clientAppUsed": "Browser",
                "userAgent": agents[k] or "",
                "correlationId": str(uuid.UUID(bytes=raw[32 * k + 16:32 * k + 32])),
                "conditionalAccessStatus": "success",
                "isInteractive": True,
                "riskDetail": "none",
                "riskLevelAggregated": "none",
                "riskLevelDuringSignIn": "none",
                "riskState": "none",
                "riskEventTypes_v2": ["anonymizedIPAddress"] if is_proxy else [],
                "resourceDisplayName": app_name,
                "userType": "member",
                "autonomousSystemNumber": as_number,
                "signInEventTypes": ["interactiveUser"],
                "status": {"errorCode": 0, "failureReason": "Other.", "additionalDetails": None},
                "deviceDetail": {"deviceId": _guid("device", device) if device else "",
                                 "displayName": device, "operatingSystem": "Windows10",
                                 "browser": "Edge 120.0.0", "isCompliant": bool(device),
                                 "isManaged": bool(device), "trustType": "Azure AD joined" if device else ""},
                "location": {"city": None, "state": None, "countryOrRegion": cc or None,
                             "geoCoordinates": {}},
                "authenticationDetails": [{"authenticationStepDateTime": created[k],
                                           "authenticationMethod": "Password", "succeeded": True}],
                "networkLocationDetails": [],
            })
        doc = {"@odata.context": context, "value": records}
        if page + 1 < pages:
            doc["@odata.nextLink"] = ("https://graph.microsoft.com/beta/auditLogs/signIns?$top=1000"
                                      f"&$skiptoken={raw[32 * page:32 * page + 12].hex()}")
        (folder / f"signins-{page + 1:05d}.json").write_text(
            json.dumps(doc, separators=(",", ":")), encoding="utf-8")
    return len(subj)


def _remote_sessions(w: World, rng: np.random.Generator, ids: list[str],
                     devices: dict[str, str]) -> list[tuple[str, int, int, str, str, str]]:
    """(device id, start, end, user, tty, remote host) of the interactive remote logins the
    world's machines show (see the module docstring)."""
    from .plan import CONTRACTOR, EMPLOYEE
    from .world import DAY, NOW

    hour = 3600
    out = []
    relays = np.concatenate(w.vpn_pools) if w.vpn_pools else np.array([0x2D4C1A05], dtype=np.uint32)
    for i in np.flatnonzero(np.isin(w.plan.kind, (EMPLOYEE, CONTRACTOR))).tolist():
        dev = devices.get(ids[i])
        if not dev:
            continue
        first, last = int(w.created[i]), int(min(w.active_end[i], NOW - 1))
        if last - first < DAY:
            continue
        farm = "laptop_farm" in w.tactics_of.get(i, "") and w.p_alt[i] > 0.6 and w.alt_ip[i] != 0
        negative = w.negative_of.get(i, "")
        u = rng.random()
        if farm and u < 0.5:
            # The operator's remote-desktop login, never signed out: open for days.
            length = int(rng.uniform(3, 21) * DAY)
            host = _ip(int(relays[int(rng.integers(len(relays)))]))
            user, tty = "Administrator", f"RDP-Tcp#{int(rng.integers(0, 9))}"
        elif negative in ("it_admin", "msp_technician") and u < 0.8:
            # An administrator's SSH session: hours, now and then left open for days.
            length = int(min(rng.lognormal(np.log(6 * hour), 1.4), 6 * DAY))
            host = f"10.{int(rng.integers(0, 255))}.{int(rng.integers(0, 255))}.{int(rng.integers(2, 254))}"
            user, tty = "admin", f"pts/{int(rng.integers(0, 6))}"
        elif not farm and not negative and i not in w.ring_of and u < 0.02:
            # An always-on desktop reached from home over RDP: open for days, honestly.
            length = int(rng.uniform(3, 30) * DAY)
            host = _ip(int(w.home_ip[i]))
            user, tty = "user", f"RDP-Tcp#{int(rng.integers(0, 9))}"
        else:
            continue
        start = first + int(rng.random() * max(last - first - length, hour))
        out.append((dev, int(start), int(min(start + length, NOW - 1)), user, tty, host))
    return out


def _ip(n: int) -> str:
    return f"{(n >> 24) & 255}.{(n >> 16) & 255}.{(n >> 8) & 255}.{n & 255}"


def write_osquery(path: Path, endpoint: pa.Table, sessions: list[tuple] = ()) -> int:
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
                      "calendarTime": datetime.fromtimestamp(t, UTC).strftime("%a %b %d %H:%M:%S %Y UTC"),
                      "unixTime": t, "epoch": 0, "counter": 0, "numerics": False,
                      "columns": columns, "action": "added"}
            fh.write(json.dumps(record, separators=(",", ":")) + "\n")
            written += 1
        for dev, start, end, user, tty, host in sessions:
            # Daily snapshots of logged_in_users list the login from start to end: the first
            # and the last are written (osquery's `time` is when the login began).
            for seen in dict.fromkeys((start + 60, end)):
                record = {"name": "pack_ringwatch_logged_in_users", "hostIdentifier": dev,
                          "calendarTime": datetime.fromtimestamp(seen, UTC).strftime("%a %b %d %H:%M:%S %Y UTC"),
                          "unixTime": seen, "epoch": 0, "counter": 0, "numerics": False,
                          "columns": {"type": "user", "user": user, "tty": tty, "host": host,
                                      "time": str(start), "pid": str(1000 + zlib.crc32(tty.encode()) % 60000)},
                          "action": "added"}
                fh.write(json.dumps(record, separators=(",", ":")) + "\n")
                written += 1
    return written


def write_vendor_logs(out_dir: Path, w: World, rng: np.random.Generator, subjects: pa.Table,
                      logins: pa.Table | None, endpoint: pa.Table | None) -> dict[str, int]:
    """Write OUT/vendor/okta.jsonl, OUT/vendor/entra/signins-*.json and
    OUT/vendor/osquery.results.log; records written by file (entra: the folder)."""
    folder = Path(out_dir) / "vendor"
    folder.mkdir(parents=True, exist_ok=True)
    ids = subjects.column("id").to_pylist()
    pairs = [(sid, (e or "").strip()) for sid, e in zip(ids, subjects.column("email").to_pylist())]
    employers = dict(zip(ids, subjects.column("employer").to_pylist())) if "employer" in subjects.column_names else {}
    # An Okta or Entra user is one account: where several subjects hold one email (a repeat
    # applicant, a stolen identity), each signs in with its own id as the username instead.
    uses = Counter(e.lower() for _, e in pairs if e)
    emails = {sid: e for sid, e in pairs if e and uses[e.lower()] == 1}
    out: dict[str, int] = {}
    if logins is not None:
        entra_rows = np.array([on_entra(employers.get(sid)) for sid in logins.column("subject_id").to_pylist()],
                              dtype=bool)
        out["okta.jsonl"] = write_okta(folder / "okta.jsonl", w, rng, logins, emails, np.flatnonzero(~entra_rows))
        if entra_rows.any():
            out["entra"] = write_entra(folder / "entra", w, rng, logins, emails, np.flatnonzero(entra_rows))
    if endpoint is not None and endpoint.num_rows:
        devices: dict[str, str] = {}
        for sid, dev in zip(endpoint.column("subject_id").to_pylist(), endpoint.column("device_id").to_pylist()):
            devices.setdefault(sid, dev)
        sessions = _remote_sessions(w, rng, ids, devices)
        out["osquery.results.log"] = write_osquery(folder / "osquery.results.log", endpoint, sessions)
    return out
