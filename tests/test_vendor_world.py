"""End to end (issue 8): the generator's world written as Okta System Log, Entra ID sign-in
pages and osquery results (`ringwatch synth --vendor-logs`), imported with `ringwatch import`
into a bundle holding only the subjects table, and scanned: the planted laptop-farm and IP-KVM
personas are found."""

from __future__ import annotations

import csv
import json
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from ringwatch.cli import app
from ringwatch.synth.indicators import ip_kvm_products
from ringwatch.synth.vendor import on_entra

runner = CliRunner()
LEVELS = {"low": 0, "medium": 1, "high": 2}


def rows(path: Path) -> list[dict]:
    with path.open(newline="", encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


@pytest.fixture(scope="module")
def world(tmp_path_factory) -> dict:
    root = tmp_path_factory.mktemp("vendor-world")
    # Seed 4 plants a laptop-farm ring of employees and a lone persona with an IP-KVM.
    result = runner.invoke(app, ["synth", str(root / "gen"), "--subjects", "300", "--seed", "4",
                                 "--world", "employer", "--vendor-logs"])
    assert result.exit_code == 0, result.output
    bundle = root / "imported"
    bundle.mkdir()
    shutil.copy(root / "gen" / "bundle" / "subjects.csv", bundle / "subjects.csv")
    summaries = {}
    vendor = root / "gen" / "vendor"
    for source, files in (("okta", [vendor / "okta.jsonl"]), ("entra", sorted((vendor / "entra").glob("*.json"))),
                          ("osquery", [vendor / "osquery.results.log"])):
        result = runner.invoke(app, ["import", source, *map(str, files), "--into", str(bundle), "--json"])
        assert result.exit_code == 0, result.output
        summaries[source] = json.loads(result.output[result.output.index("{"):])
    result = runner.invoke(app, ["scan", str(bundle), "--out", str(root / "out")])
    assert result.exit_code in (0, 1), result.output
    return {"root": root, "bundle": bundle, "summaries": summaries,
            "truth": {r["subject_id"]: r for r in rows(root / "gen" / "truth.csv")},
            "scores": {r["id"]: r for r in rows(root / "out" / "subjects.csv")}}


def test_vendor_files_hold_the_bundles_world(world):
    root = world["root"]
    okta = [json.loads(line) for line in (root / "gen" / "vendor" / "okta.jsonl").open(encoding="utf-8")]
    pages = [json.loads(p.read_text(encoding="utf-8")) for p in sorted((root / "gen" / "vendor" / "entra").glob("*.json"))]
    entra = [r for page in pages for r in page["value"]]
    logins = rows(root / "gen" / "bundle" / "logins.csv")
    assert len(okta) + len(entra) == len(logins)
    # Each employer signs its people in through one provider; a realistic share use Entra ID.
    subjects = rows(root / "gen" / "bundle" / "subjects.csv")
    employers = {r["id"]: r["employer"] for r in subjects}
    on = {sid for sid, e in employers.items() if on_entra(e)}
    by_email = {r["email"]: r["id"] for r in subjects}
    assert 0.15 < len(entra) / len(logins) < 0.75
    assert all(by_email.get(r["userPrincipalName"], r["userPrincipalName"]) in on for r in entra)
    assert all(by_email.get(x["actor"]["alternateId"], x["actor"]["alternateId"]) not in on for x in okta)
    # Graph API pages: @odata.context, nextLink on all but the last, at most 1,000 sign-ins each.
    assert all(p["@odata.context"].endswith("#auditLogs/signIns") and len(p["value"]) <= 1000 for p in pages)
    assert all("@odata.nextLink" in p for p in pages[:-1]) and "@odata.nextLink" not in pages[-1]
    r = entra[0]
    assert r["status"]["errorCode"] == 0 and r["deviceDetail"]["displayName"].startswith("dev-")
    assert {"autonomousSystemNumber", "riskEventTypes_v2", "location", "createdDateTime"} <= r.keys()
    assert any("anonymizedIPAddress" in x["riskEventTypes_v2"] for x in entra)
    e = okta[0]
    assert e["eventType"] == "user.session.start" and e["outcome"]["result"] == "SUCCESS"
    assert {"isProxy", "asNumber", "asOrg"} <= e["securityContext"].keys()
    assert any(x["securityContext"]["isProxy"] for x in okta)
    emails = {r["email"] for r in rows(root / "gen" / "bundle" / "subjects.csv")}
    assert sum(x["actor"]["alternateId"] in emails for x in okta) > 0.8 * len(okta)
    osq = [json.loads(line) for line in (root / "gen" / "vendor" / "osquery.results.log").open(encoding="utf-8")]
    usb = [r for r in osq if r["name"].endswith("usb_devices")]
    assert usb and all(len(r["columns"]["vendor_id"]) == 4 and len(r["columns"]["model_id"]) == 4 for r in usb)
    assert any(r["name"].endswith("processes") for r in osq)
    devices = {r["device_id"] for r in rows(root / "gen" / "bundle" / "endpoint.csv")}
    assert {r["hostIdentifier"] for r in osq} <= devices
    # Everything imports; only identities several subjects share (a shared laptop) are held back.
    okta_sum, osq_sum = world["summaries"]["okta"], world["summaries"]["osquery"]
    entra_sum = world["summaries"]["entra"]
    assert okta_sum["records"] == len(okta) and entra_sum["records"] == len(entra)
    assert sum(okta_sum["written"].values()) >= 0.97 * len(okta)
    assert sum(entra_sum["written"].values()) >= 0.97 * len(entra)
    assert sum(osq_sum["written"].values()) >= 0.9 * len(osq)
    imported = rows(world["bundle"] / "logins.csv")
    assert sum(r["event_id"].startswith("entra:") for r in imported) >= 0.97 * len(entra)
    assert any(r["source_proxy"] == "true" and r["event_id"].startswith("entra:") for r in imported)
    # logged_in_users snapshots: remote logins with the time they began.
    sessions = [r for r in osq if r["name"].endswith("logged_in_users")]
    assert sessions and all(r["columns"]["time"].isdigit() and r["columns"]["host"] for r in sessions)
    endpoint = rows(world["bundle"] / "endpoint.csv")
    remote = [r for r in endpoint if r["kind"] == "remote_session"]
    assert remote and all(r["started_at"] for r in remote)


def test_planted_farms_and_ip_kvms_are_found(world):
    truth, scores, root = world["truth"], world["scores"], world["root"]
    kvm = {p.lower() for p in ip_kvm_products()[0]}
    with_kvm = {r["subject_id"] for r in rows(root / "gen" / "bundle" / "endpoint.csv")
                if r["kind"] == "usb" and r["value"].lower() in kvm}
    personas = {s for s, t in truth.items() if t["fraud"] == "1"
                and ("laptop_farm" in t["tactics"] or "ip_kvm" in t["tactics"])}
    assert len(personas) >= 5 and with_kvm
    for s in personas:
        assert LEVELS[scores[s]["level"]] >= 1, (s, truth[s]["tactics"], scores[s])
    for s in with_kvm:
        assert truth[s]["fraud"] == "1"
        assert "IPKVM_DEVICE" in scores[s]["reasons"].split(";"), (s, scores[s])
    honest = [scores[s]["level"] for s, t in truth.items() if t["fraud"] == "0"]
    assert honest.count("low") >= 0.7 * len(honest)
    assert honest.count("high") <= 0.02 * len(honest)


def test_remote_logins_open_for_days_are_weak_evidence(world):
    truth, scores = world["truth"], world["scores"]
    flagged = {s for s, r in scores.items() if "REMOTE_SESSION_DAYS" in r["reasons"].split(";")}
    assert flagged, "the world's long remote logins reach the signal"
    assert any(truth[s]["fraud"] == "1" for s in flagged)
    # Honest always-on desktops and administrators' sessions: never high on it.
    honest = [s for s in flagged if truth[s]["fraud"] == "0"]
    assert all(scores[s]["level"] != "high" for s in honest)
    alone = [s for s in flagged if scores[s]["reasons"] == "REMOTE_SESSION_DAYS"]
    assert all(scores[s]["level"] == "low" for s in alone)
