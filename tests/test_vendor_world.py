"""End to end (issue 8): the generator's world written as Okta System Log and osquery results
(`ringwatch synth --vendor-logs`), imported with `ringwatch import` into a bundle holding only
the subjects table, and scanned: the planted laptop-farm and IP-KVM personas are found."""

from __future__ import annotations

import csv
import json
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from ringwatch.cli import app
from ringwatch.synth.indicators import ip_kvm_products

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
    for source, name in (("okta", "okta.jsonl"), ("osquery", "osquery.results.log")):
        result = runner.invoke(app, ["import", source, str(root / "gen" / "vendor" / name),
                                     "--into", str(bundle), "--json"])
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
    logins = rows(root / "gen" / "bundle" / "logins.csv")
    assert len(okta) == len(logins)
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
    assert okta_sum["records"] == len(okta)
    assert sum(okta_sum["written"].values()) >= 0.97 * len(okta)
    assert sum(osq_sum["written"].values()) >= 0.9 * len(osq)


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
