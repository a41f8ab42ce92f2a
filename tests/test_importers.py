"""`ringwatch import` (issue 8): Okta, Entra ID, osquery and CSV-by-mapping into bundles.

Hand-written files follow each vendor's published schema (Okta LogEvent, Graph signIn, Azure
Monitor diagnostic export, Log Analytics SigninLogs, osquery result logs); the real vendor
samples in ../shared/samples/ are used where present (skipped cleanly when absent).
"""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from ringwatch.cli import app
from ringwatch.importers import common
from ringwatch.importers.bundle import ImportError_
from ringwatch.importers.run import import_files
from conftest import SHARED

SAMPLES = SHARED / "samples"
needs_samples = pytest.mark.skipif(not SAMPLES.is_dir(), reason="../shared/samples/ is absent")


def rows(path: Path) -> list[dict]:
    with path.open(newline="", encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


def jsonl(path: Path, records: list, tail: str = "") -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in records) + tail, encoding="utf-8")
    return path


def okta_event(uuid="e1", who="ana@corp.example", result="SUCCESS", proxy=True, **over) -> dict:
    event = {
        "uuid": uuid, "published": "2025-07-21T14:48:24.597Z", "eventType": "user.session.start",
        "version": "0", "severity": "INFO", "displayMessage": "User login to Okta",
        "actor": {"id": "00u-" + who, "type": "User", "alternateId": who, "displayName": "Ana Lima"},
        "client": {"userAgent": {"rawUserAgent": "Mozilla/5.0 X", "os": "Windows", "browser": "CHROME"},
                   "zone": "null", "device": "Computer", "ipAddress": "203.0.113.7",
                   "geographicalContext": {"city": "Chicago", "state": "Illinois", "country": "United States",
                                           "postalCode": "60602", "geolocation": {"lat": 41.88, "lon": -87.63}}},
        "device": {"id": "guo1", "name": "ANA-LAPTOP", "os_platform": "WINDOWS", "managed": True},
        "authenticationContext": {"externalSessionId": "idxSESSION", "rootSessionId": "idxROOT"},
        "outcome": {"result": result, "reason": None},
        "securityContext": {"asNumber": 14618, "asOrg": "amazon technologies inc.",
                            "isp": "amazon.com  inc.", "domain": "amazonaws.com", "isProxy": proxy},
        "debugContext": {"debugData": {"requestId": "r,1", "risk": "{level=HIGH, reasons=New Device}"}},
        "transaction": {"id": "t1", "type": "WEB"},
        "request": {"ipChain": [{"ip": "203.0.113.7"}]},
        "target": [{"id": "0oa1", "alternateId": "Okta Dashboard"}],
    }
    event.update(over)
    return event


# -- Okta -------------------------------------------------------------------------------------

def test_okta_fields_reach_the_bundle_and_subjects_are_created(tmp_path):
    src = jsonl(tmp_path / "okta.jsonl", [okta_event(), okta_event("e2", result="CHALLENGE", proxy=False),
                                          okta_event("e3", result="DENY"), okta_event("e4", result="FAILURE")])
    r = import_files("okta", [src], tmp_path / "b")
    assert r.written["logins"] == 4 and r.subjects_created == 1
    subject = rows(tmp_path / "b" / "subjects.csv")[0]
    assert subject["id"] == "ana@corp.example" and subject["kind"] == "employee"
    assert subject["email"] == "ana@corp.example" and subject["full_name"] == "Ana Lima"
    got = rows(tmp_path / "b" / "logins.csv")
    row = got[0]
    assert row["subject_id"] == "ana@corp.example"
    assert row["ts"] == "2025-07-21T14:48:24.597Z" and row["ip"] == "203.0.113.7"
    assert (row["outcome"], row["source_proxy"], row["asn"]) == ("success", "true", "14618")
    assert row["network_owner"] == "amazon technologies inc." and row["city"] == "Chicago"
    assert (row["latitude"], row["longitude"]) == ("41.88", "-87.63")
    assert (row["risk_level"], row["event_type"], row["session_id"]) == ("high", "user.session.start", "idxSESSION")
    assert row["country"] == "US" and row["device_id"] == "guo1" and row["event_id"] == "okta:e1"
    assert row["okta_isp"] == "amazon.com  inc." and row["okta_request_id"] == "r,1"
    assert row["okta_device_managed"] == "true" and row["okta_root_session_id"] == "idxROOT"
    assert [g["outcome"] for g in got] == ["success", "challenge", "deny", "failure"]
    assert got[1]["source_proxy"] == "false"


def test_okta_panther_keys_dates_nulls_and_system_events(tmp_path):
    lower = {k.lower(): v for k, v in okta_event("p1").items()}
    lower["published"] = "2020-11-25 21:27:03.496000000"
    no_proxy = okta_event("p2", published="2017-09-31T22:23:07.777Z")
    no_proxy["securityContext"] = {"asNumber": None, "asOrg": None, "isProxy": None}
    system = okta_event("p3")
    system["actor"] = {"id": "0oa", "type": "SystemPrincipal", "alternateId": "system@okta.com"}
    r = import_files("okta", [jsonl(tmp_path / "p.jsonl", [lower, no_proxy, system])], tmp_path / "b")
    got = rows(tmp_path / "b" / "logins.csv")
    assert len(got) == 2 and r.skipped["okta system events"] == 1
    assert got[0]["event_type"] == "user.session.start" and got[0]["source_proxy"] == "true"
    assert got[0]["ts"] == "2020-11-25T21:27:03.496000Z"
    assert got[1]["ts"] == "" and got[1]["source_proxy"] == "" and got[1]["asn"] == ""
    assert any(w.code == "bad_timestamp" and w.line == 2 for w in r.warnings.kept)


def test_okta_json_array_and_csv_export(tmp_path):
    arr = tmp_path / "logs.json"
    arr.write_text(json.dumps([okta_event("a1"), okta_event("a2", who="bo@corp.example")], indent=2))
    export = tmp_path / "okta.csv"
    with export.open("w", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["uuid", "published", "eventType", "actor.alternateId", "actor.type", "client.ipAddress",
                    "outcome.result", "securityContext.isProxy", "securityContext.asNumber"])
        w.writerow(["c1", "2025-07-22T10:00:00Z", "user.session.start", "cy@corp.example", "User",
                    "198.51.100.4", "FAILURE", "true", "AS7922"])
    r = import_files("okta", [arr, export], tmp_path / "b")
    got = {g["event_id"]: g for g in rows(tmp_path / "b" / "logins.csv")}
    assert set(got) == {"okta:a1", "okta:a2", "okta:c1"} and r.warnings.total == 0
    assert got["okta:c1"]["outcome"] == "failure" and got["okta:c1"]["asn"] == "7922"
    assert got["okta:c1"]["source_proxy"] == "true" and got["okta:a2"]["subject_id"] == "bo@corp.example"


def test_malformed_truncated_and_oversize_lines_are_warnings(tmp_path, monkeypatch):
    monkeypatch.setattr(common, "MAX_RECORD_BYTES", 3000)
    big = okta_event("big", displayMessage="x" * 5000)
    src = tmp_path / "o.jsonl"
    src.write_text(json.dumps(okta_event("ok1")) + "\n{not json\n[1, 2]\n" + json.dumps(big) + "\n"
                   + json.dumps(okta_event("ok2")) + "\n" + json.dumps(okta_event("cut"))[:200],
                   encoding="utf-8")
    r = import_files("okta", [src], tmp_path / "b")
    assert [g["event_id"] for g in rows(tmp_path / "b" / "logins.csv")] == ["okta:ok1", "okta:ok2"]
    codes = {(w.line, w.code) for w in r.warnings.kept}
    assert {(2, "malformed_json"), (3, "not_json_object"), (4, "record_too_large"),
            (6, "truncated_record")} <= codes


def test_truncated_json_array(tmp_path):
    arr = tmp_path / "logs.json"
    arr.write_text(json.dumps([okta_event("a1"), okta_event("a2")])[:-300])
    r = import_files("okta", [arr], tmp_path / "b")
    assert r.written["logins"] == 1
    assert any(w.code == "truncated_record" for w in r.warnings.kept)


@needs_samples
def test_okta_vendor_samples(tmp_path):
    files = sorted((SAMPLES / "okta").glob("*.json*")) + sorted((SAMPLES / "okta").glob("*.log"))
    r = import_files("okta", files, tmp_path / "b")
    got = rows(tmp_path / "b" / "logins.csv")
    assert r.written["logins"] >= 20 and not r.unmatched
    # Panther's test events reuse uuids (deduplicated on import): read every event too.
    from ringwatch.importers.okta import event_to_row
    read = [event_to_row(e, lambda *a: None) for f in files if f.suffix != ".json"
            for _, e in common.iter_json_lines(f, f.name, common.Warnings())]
    assert {"true", "false", ""} <= {x.cells["source_proxy"] for x in read if x}
    assert any(g["asn"] == "14618" and g["network_owner"] == "amazon technologies inc." for g in got)
    assert "user.session.start" in {g["event_type"] for g in got}
    assert any(w.code == "bad_timestamp" and "2017-09-31" in w.message for w in r.warnings.kept)


# -- Entra ------------------------------------------------------------------------------------

def graph_signin(id_="s1", upn="ana@corp.example", code=0, **over) -> dict:
    rec = {"id": id_, "createdDateTime": "2021-06-30T16:34:32Z", "userDisplayName": "Ana Lima",
           "userPrincipalName": upn, "userId": "u-1", "appId": "app", "appDisplayName": "Azure Portal",
           "ipAddress": "131.107.159.37", "clientAppUsed": "Browser", "userAgent": "Mozilla/5.0 Edg",
           "isInteractive": True, "riskLevelDuringSignIn": "medium", "riskState": "atRisk",
           "riskEventTypes_v2": ["anonymizedIPAddress", "unfamiliarFeatures"], "autonomousSystemNumber": 3598,
           "conditionalAccessStatus": "notApplied", "sessionId": "sess-1",
           "status": {"errorCode": code, "failureReason": "reason"},
           "deviceDetail": {"deviceId": "dev-1", "displayName": "ANA-PC", "operatingSystem": "Windows 10",
                            "browser": "Edge 91", "isCompliant": True, "isManaged": False, "trustType": "Azure AD joined"},
           "location": {"city": "Redmond", "state": "Washington", "countryOrRegion": "US",
                        "geoCoordinates": {"latitude": 47.68, "longitude": -122.12}}}
    rec.update(over)
    return rec


def test_entra_graph_page_fields_and_outcomes(tmp_path):
    page = tmp_path / "signins.json"
    page.write_text(json.dumps({"@odata.context": "x", "@odata.nextLink": "y", "value": [
        graph_signin(), graph_signin("s2", code=50126), graph_signin("s3", code=50074),
        graph_signin("s4", code=53003)]}, indent=2))
    r = import_files("entra", [page], tmp_path / "b")
    got = rows(tmp_path / "b" / "logins.csv")
    assert r.written["logins"] == 4
    row = got[0]
    assert (row["subject_id"], row["ts"], row["ip"], row["country"]) == (
        "ana@corp.example", "2021-06-30T16:34:32Z", "131.107.159.37", "US")
    assert (row["outcome"], row["risk_level"], row["asn"], row["source_proxy"]) == ("success", "medium", "3598", "true")
    assert (row["city"], row["latitude"], row["longitude"]) == ("Redmond", "47.68", "-122.12")
    assert (row["event_type"], row["session_id"], row["event_id"]) == ("interactiveUser", "sess-1", "entra:s1")
    assert (row["entra_device_compliant"], row["entra_device_managed"]) == ("true", "false")
    assert row["entra_app_display_name"] == "Azure Portal" and row["entra_is_interactive"] == "true"
    assert row["entra_risk_events"] == "anonymizedIPAddress;unfamiliarFeatures"
    assert [g["outcome"] for g in got] == ["success", "failure", "challenge", "deny"]
    assert [g["entra_error_code"] for g in got] == ["0", "50126", "50074", "53003"]


def test_entra_diagnostic_export_and_log_analytics_rows(tmp_path):
    props = graph_signin("d1", upn="bo@corp.example", code=50140)
    props.pop("createdDateTime")
    monitor = {"time": "2025-01-15 09:30:45.123", "category": "NonInteractiveUserSignInLogs",
               "resultType": "50140", "callerIpAddress": "2.2.2.2", "location": "US", "properties": props}
    analytics = {"TimeGenerated": "2025-01-15T10:00:00.1234567-05:00", "Id": "la1",
                 "UserPrincipalName": "cy@corp.example", "IPAddress": "4.4.4.4", "ResultType": "0",
                 "Status": {"errorCode": 0}, "RiskLevelDuringSignIn": "high", "AutonomousSystemNumber": 7922,
                 "LocationDetails": json.dumps({"city": "Austin", "countryOrRegion": "US",
                                                "geoCoordinates": {"latitude": 30.2, "longitude": -97.7}}),
                 "DeviceDetail": {"deviceId": "", "isCompliant": False}}
    r = import_files("entra", [jsonl(tmp_path / "e.jsonl", [monitor, analytics])], tmp_path / "b")
    got = {g["event_id"]: g for g in rows(tmp_path / "b" / "logins.csv")}
    assert r.written["logins"] == 2
    d = got["entra:d1"]
    assert (d["ts"], d["outcome"], d["event_type"]) == ("2025-01-15T09:30:45.123000Z", "challenge", "nonInteractiveUser")
    la = got["entra:la1"]
    assert (la["ts"], la["subject_id"], la["ip"], la["risk_level"]) == (
        "2025-01-15T15:00:00.123456Z", "cy@corp.example", "4.4.4.4", "high")
    assert (la["city"], la["latitude"], la["asn"], la["outcome"]) == ("Austin", "30.2", "7922", "success")


@needs_samples
def test_entra_vendor_samples_with_their_defects(tmp_path):
    r = import_files("entra", sorted((SAMPLES / "entra").iterdir()), tmp_path / "b")
    codes = {w.code for w in r.warnings.kept}
    assert {"trailing_comma", "duplicate_key"} <= codes
    got = rows(tmp_path / "b" / "logins.csv")
    assert r.written["logins"] >= 20
    assert {"high", "low", "none"} <= {g["risk_level"] for g in got}
    assert any(g["asn"] == "3598" and g["outcome"] == "failure" for g in got)


# -- osquery ----------------------------------------------------------------------------------

def osq(name, columns=None, host="lap-1", **over) -> dict:
    rec = {"name": name, "hostIdentifier": host, "calendarTime": "Thu Mar 16 03:08:58 2023 UTC",
           "unixTime": "1678936138", "epoch": 0, "counter": 0, "numerics": False,
           "decorations": {"host_uuid": "UUID-1", "hostname": host}}
    if columns is not None:
        rec["columns"], rec["action"] = columns, "added"
    rec.update(over)
    return rec


def test_osquery_tables_and_shapes(tmp_path):
    records = [
        osq("pack/Global/usb_devices", {"model": "PiKVM Composite Device", "vendor_id": "1d6b",
                                        "model_id": "0104", "vendor": "PiKVM", "serial": "CAFEBABE"}),
        osq("pack_ir_listening_ports", {"port": "3389", "protocol": "6", "address": "0.0.0.0", "pid": "88"}),
        osq("logged_in_users", {"type": "user", "user": "ana", "tty": "pts/0", "host": "198.51.100.9", "time": "1"}),
        osq("time", snapshot=[{"local_timezone": "Asia/Pyongyang", "timezone": "KST"}], action="snapshot"),
        osq("default_gateway_mac", diffResults={"added": [{"address": "192.168.1.1", "mac": "AA:BB:CC:00:11:22",
                                                           "interface": "en0"}], "removed": ""}),
        osq("keyboard_layout", {"layout": "com.apple.keylayout.2SetKorean"}, unixTime=1678936138),
        osq("processes", {"name": "AnyDesk.exe", "path": "C:\\AnyDesk.exe", "pid": "1"}, unixTime=None),
        osq("interface_addresses", {"interface": "en0", "address": "192.168.1.23", "mask": "255.255.255.0"}),
        osq("system_info", {"hostname": "lap-1", "cpu_brand": "Intel", "hardware_model": "MacBookPro18,1",
                            "uuid": "UUID-1"}),
        osq("pack/Global/shell_history", {"command": "ls"}),
    ]
    idmap = tmp_path / "ids.csv"
    idmap.write_text("subject_id,hostname\nana@corp.example,lap-1\n")
    subjects = tmp_path / "b"
    subjects.mkdir()
    (subjects / "subjects.csv").write_text("id,kind,email\nana@corp.example,employee,ana@corp.example\n")
    r = import_files("osquery", [jsonl(tmp_path / "osqueryd.results.log", records)], subjects, identity_map=idmap)
    got = rows(subjects / "endpoint.csv")
    by_kind = {g["kind"]: g for g in got}
    assert set(by_kind) == {"usb", "listening_port", "remote_session", "timezone", "gateway_mac",
                            "keyboard", "process", "network", "system"}
    assert all(g["subject_id"] == "ana@corp.example" and g["device_id"] == "UUID-1" for g in got)
    usb = by_kind["usb"]
    assert (usb["value"], usb["vendor_id"], usb["product_id"], usb["osquery_serial"]) == (
        "PiKVM Composite Device", "1d6b", "0104", "CAFEBABE")
    assert by_kind["listening_port"]["value"] == "3389/tcp"
    assert by_kind["remote_session"]["value"] == "198.51.100.9"
    assert by_kind["remote_session"]["started_at"] == "1970-01-01T00:00:01Z"  # logged_in_users' time
    assert all(g["started_at"] == "" for g in got if g["kind"] != "remote_session")
    assert by_kind["timezone"]["value"] == "Asia/Pyongyang"
    assert by_kind["gateway_mac"]["value"] == "aa:bb:cc:00:11:22"
    assert by_kind["keyboard"]["value"] == "com.apple.keylayout.2SetKorean"
    assert by_kind["process"]["ts"] == "2023-03-16T03:08:58Z"  # from calendarTime
    assert by_kind["usb"]["ts"] == "2023-03-16T03:08:58Z"
    assert r.skipped["osquery query 'pack/Global/shell_history'"] == 1


def test_osquery_rows_of_a_shared_machine_go_to_each_of_its_users(tmp_path):
    """A laptop several subjects sign in on (a farm's shared laptop, a family computer) names
    none of them, but its telemetry is each one's; a machine more than SHARED_DEVICE_MAX
    subjects use (a library PC) gives it to none and is listed as unmatched."""
    from ringwatch.importers.identity import SHARED_DEVICE_MAX

    bundle = tmp_path / "b"
    bundle.mkdir()
    many = [f"p{i}" for i in range(SHARED_DEVICE_MAX + 1)]
    (bundle / "subjects.csv").write_text("id,kind\n" + "".join(f"{s},employee\n" for s in ["a", "b", "c", *many]))
    (bundle / "logins.csv").write_text("subject_id,ts,ip,device_id\n" + "".join(
        f"{s},2025-03-01T10:00:00Z,203.0.113.{i},{d}\n"
        for i, (s, d) in enumerate([("a", "shared"), ("b", "shared"), ("c", "own"), *((m, "library") for m in many)])))
    records = [osq("wifi_status", {"interface": "en0", "ssid": "FARM-5G"}, host=h, decorations={})
               for h in ("shared", "own", "library")]
    log = jsonl(tmp_path / "osqueryd.results.log", records)
    r = import_files("osquery", [log], bundle)
    got = rows(bundle / "endpoint.csv")
    assert sorted((g["subject_id"], g["device_id"]) for g in got) == [("a", "shared"), ("b", "shared"), ("c", "own")]
    shared = [g["event_id"] for g in got if g["device_id"] == "shared"]
    assert len(set(shared)) == 2 and all(e.endswith(("#a", "#b")) for e in shared)
    assert r.unmatched_rows == 1 and [u.identity for u in r.unmatched] == ["library"]
    again = import_files("osquery", [log], bundle)
    assert again.duplicates == 3 and not again.written["endpoint"]


@needs_samples
def test_osquery_vendor_samples_and_unmatched_report(tmp_path):
    bundle = tmp_path / "b"
    bundle.mkdir()
    (bundle / "subjects.csv").write_text("id,kind\ns1,employee\n")
    idmap = tmp_path / "ids.csv"
    idmap.write_text("subject_id,device_id,hostname\ns1,F5B29579-E946-46A2-BB0F-7A8D1E304940,jumpvm\n")
    r = import_files("osquery", sorted((SAMPLES / "osquery").iterdir()), bundle, identity_map=idmap)
    got = rows(bundle / "endpoint.csv")
    kinds = {g["kind"] for g in got}
    assert {"usb", "process", "remote_session"} <= kinds
    assert any(g["vendor_id"] == "05ac" and g["product_id"] == "8007" for g in got)
    assert r.unmatched and r.unmatched_file.is_file()
    listed = rows(r.unmatched_file)
    assert {"hostname.local"} <= {u["identity"] for u in listed}
    assert sum(int(u["events"]) for u in listed) == r.unmatched_rows


# -- identities, appending, de-duplication ----------------------------------------------------

def test_existing_subjects_matched_by_email_upn_username_and_map(tmp_path):
    bundle = tmp_path / "b"
    bundle.mkdir()
    (bundle / "subjects.csv").write_text("id,kind,email\nA1,employee,ana@corp.example\nB2,employee,bo@corp.example\n")
    (bundle / "logins.csv").write_text("subject_id,ts,ip\nA1,2025-01-01T00:00:00Z,10.0.0.1\n")
    idmap = tmp_path / "map.csv"
    idmap.write_text("subject_id,upn\nB2,robert@corp.example\n")
    events = [okta_event("1", who="ANA@corp.example"), okta_event("2", who="robert@corp.example"),
              okta_event("3", who="bo"), okta_event("4", who="zed@elsewhere.example")]
    r = import_files("okta", [jsonl(tmp_path / "o.jsonl", events)], bundle, identity_map=idmap)
    got = rows(bundle / "logins.csv")
    assert got[0] == {**{k: "" for k in got[0]}, "subject_id": "A1", "ts": "2025-01-01T00:00:00Z", "ip": "10.0.0.1"}
    assert [g["subject_id"] for g in got[1:]] == ["A1", "B2", "B2"]
    assert r.subjects_created == 0 and [u.identity for u in r.unmatched] == ["zed@elsewhere.example"]
    assert len(rows(bundle / "subjects.csv")) == 2


def test_reimport_does_not_duplicate_and_jsonl_tables_stay_jsonl(tmp_path):
    bundle = tmp_path / "b"
    bundle.mkdir()
    (bundle / "subjects.jsonl").write_text('{"id": "ana@corp.example", "kind": "employee"}\n')
    (bundle / "logins.jsonl").write_text('{"subject_id": "ana@corp.example", "ip": "10.0.0.1"}')
    src = jsonl(tmp_path / "o.jsonl", [okta_event("1"), okta_event("2"), okta_event("1")])
    first = import_files("okta", [src], bundle)
    second = import_files("okta", [src, src], bundle)
    lines = [json.loads(x) for x in (bundle / "logins.jsonl").read_text().splitlines()]
    assert first.written["logins"] == 2 and first.duplicates == 1
    assert second.written["logins"] == 0 and second.duplicates == 6
    assert [x.get("event_id") for x in lines] == [None, "okta:1", "okta:2"]
    assert not (bundle / "logins.csv").exists()
    assert not [p for p in bundle.iterdir() if p.name.endswith((".tmp", ".part"))]


def test_two_sources_share_logins_and_old_rows_survive(tmp_path):
    bundle = tmp_path / "b"
    import_files("okta", [jsonl(tmp_path / "o.jsonl", [okta_event("1")])], bundle)
    import_files("entra", [jsonl(tmp_path / "e.jsonl", [graph_signin("g1")])], bundle)
    got = rows(bundle / "logins.csv")
    assert [g["event_id"] for g in got] == ["okta:1", "entra:g1"]
    assert got[0]["okta_isp"] == "amazon.com  inc." and got[1]["entra_device_name"] == "ANA-PC"
    assert [s["id"] for s in rows(bundle / "subjects.csv")] == ["ana@corp.example"]


def test_bad_inputs_are_refused(tmp_path):
    with pytest.raises(ImportError_):
        import_files("splunk", [], tmp_path / "b")
    with pytest.raises(ImportError_):
        import_files("okta", [tmp_path / "missing.json"], tmp_path / "b")
    with pytest.raises(ImportError_):
        import_files("csv", [jsonl(tmp_path / "x.csv", [])], tmp_path / "b")
    bundle = tmp_path / "b2"
    bundle.mkdir()
    (bundle / "logins.csv").write_text("subject_id\n")
    (bundle / "logins.jsonl").write_text("")
    with pytest.raises(ImportError_, match="several files"):
        import_files("okta", [jsonl(tmp_path / "o.jsonl", [okta_event()])], bundle)


# -- CSV by mapping ---------------------------------------------------------------------------

def test_csv_mapping_payroll_and_ats(tmp_path):
    bundle = tmp_path / "b"
    ats = tmp_path / "ats.csv"
    ats.write_text("Candidate ID,Name,Email,Applied On,Source\nC-1,Ana Lima,ANA@corp.example ,03/04/2025,LinkedIn\n"
                   "C-2,Bo Chen,bo@corp.example,13/45/2025,Referral\n")
    ats_map = tmp_path / "ats.toml"
    ats_map.write_text('table = "subjects"\n[columns]\nid = "Candidate ID"\nfull_name = "Name"\nemail = "Email"\n'
                       'created_at = "Applied On"\n[constants]\nkind = "applicant"\n'
                       '[transforms]\nemail = ["strip", "lower"]\n[dates]\ncreated_at = "%m/%d/%Y"\n'
                       '[extras]\nprefix = "ats_"\n')
    r = import_files("csv", [ats], bundle, mapping_file=ats_map)
    subjects = rows(bundle / "subjects.csv")
    assert [(s["id"], s["kind"], s["email"], s["created_at"], s["ats_source"]) for s in subjects] == [
        ("C-1", "applicant", "ana@corp.example", "2025-03-04T00:00:00Z", "LinkedIn"),
        ("C-2", "applicant", "bo@corp.example", "13/45/2025", "Referral")]
    assert any(w.code == "bad_date" and w.line == 3 for w in r.warnings.kept)
    pay = tmp_path / "payroll.csv"
    pay.write_text("Pay ID,Employee Email,Pay Date,Net Pay,Method,Account\n"
                   "P1,ana@corp.example,2025-04-01,\"$1,234.50\",Direct Deposit,DE89 3704\n"
                   "P2,nobody@corp.example,2025-04-01,10,PayPal,x@y\n")
    pay_map = tmp_path / "pay.toml"
    pay_map.write_text('table = "payments"\n[columns]\nsubject_id = "Employee Email"\nts = "Pay Date"\n'
                       'amount = "Net Pay"\nmethod = "Method"\ndestination = "Account"\n'
                       '[transforms]\namount = ["number"]\nmethod = [{ map = { "Direct Deposit" = "bank", '
                       '"PayPal" = "wallet" } }]\n[constants]\ncurrency = "USD"\n[id]\ncolumns = ["Pay ID"]\n')
    r = import_files("csv", [pay], bundle, mapping_file=pay_map)
    again = import_files("csv", [pay], bundle, mapping_file=pay_map)
    payments = rows(bundle / "payments.csv")
    assert [(p["subject_id"], p["amount"], p["method"], p["currency"], p["ts"]) for p in payments] == [
        ("C-1", "1234.50", "bank", "USD", "2025-04-01T00:00:00Z")]
    assert [u.identity for u in r.unmatched] == ["nobody@corp.example"]
    assert again.written["payments"] == 0 and again.duplicates == 1
    # re-importing the ATS export adds no subject twice
    import_files("csv", [ats], bundle, mapping_file=ats_map)
    assert len(rows(bundle / "subjects.csv")) == 2


def test_bad_mapping_is_refused(tmp_path):
    m = tmp_path / "m.toml"
    m.write_text('table = "payments"\n[columns]\namount = "x"\n')
    with pytest.raises(ImportError_, match="subject_id"):
        import_files("csv", [jsonl(tmp_path / "x.csv", [])], tmp_path / "b", mapping_file=m)


# -- the loader and the scan ------------------------------------------------------------------

def test_loader_types_the_new_columns(tmp_path):
    from ringwatch.engines import DuckDBEngine
    from ringwatch.load import load_bundle

    bundle = tmp_path / "b"
    import_files("okta", [jsonl(tmp_path / "o.jsonl", [okta_event("1"), okta_event("2", result="DENY")])], bundle)
    import_files("entra", [jsonl(tmp_path / "e.jsonl", [graph_signin("g1")])], bundle)
    engine = DuckDBEngine()
    report = load_bundle(engine, bundle)
    assert report.warnings == 0, report.summary()
    got = engine.rows("SELECT outcome, source_proxy, asn, latitude, risk_level, okta_isp FROM logins ORDER BY _row")
    assert got[0] == ("success", "true", "14618", 41.88, "high", "amazon.com  inc.")
    assert got[1][0] == "deny" and got[2][:2] == ("success", "true")


def test_import_then_scan_end_to_end(tmp_path):
    runner = CliRunner()
    bundle = tmp_path / "b"
    people = [f"p{i}@corp.example" for i in range(6)]
    events = [okta_event(f"e{i}", who=who) for i, who in enumerate(people)]
    result = runner.invoke(app, ["import", "okta", str(jsonl(tmp_path / "o.jsonl", events)), "--into", str(bundle)])
    assert result.exit_code == 0, result.output
    assert "logins +6" in result.output
    result = runner.invoke(app, ["import", "okta", str(tmp_path / "o.jsonl"), "--into", str(bundle), "--json"])
    assert json.loads(result.output)["duplicates"] == 6
    result = runner.invoke(app, ["scan", str(bundle), "--out", str(tmp_path / "out"), "--json"])
    assert result.exit_code in (0, 1), result.output
    scanned = rows(tmp_path / "out" / "subjects.csv")
    assert sorted(s["id"] for s in scanned) == sorted(people)
    result = runner.invoke(app, ["import", "nope", str(tmp_path / "o.jsonl"), "--into", str(bundle)])
    assert result.exit_code == 2


def test_json_lines_read_what_the_standard_library_reads(tmp_path):
    # the fast decoder refuses NaN and 70-digit integers; such lines are still read, and a
    # broken line is still a warning with its line number
    path = tmp_path / "events.jsonl"
    path.write_bytes(b'{"a": 1}\n{"score": NaN}\n{"n": 1234567890123456789012345678901234567890}\n{"a": \n')
    warnings = common.Warnings()
    rows = list(common.iter_json_lines(path, "events.jsonl", warnings))
    assert [n for n, _ in rows] == [1, 2, 3]
    assert rows[2][1]["n"] == 1234567890123456789012345678901234567890
    assert [(w.line, w.code) for w in warnings.kept] == [(4, "malformed_json")]
