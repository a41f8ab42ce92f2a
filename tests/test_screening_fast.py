"""Screening without a rescan: the index a scan leaves (`screening.sqlite`) and the fast path
for a lone subject row, which must answer exactly as the scan's own stages do."""

from __future__ import annotations

import csv
import shutil
import sqlite3

import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from ringwatch.cli import app as cli
from ringwatch.link.exact import group_limits
from ringwatch.outputs import SCREENING_INDEX, current_set
from ringwatch.service.app import create_app
from ringwatch.service.screen_row import prepare_row
from ringwatch.service.screening import _prepare, prepare, screen
from ringwatch.service.security import add_user, create_token
from ringwatch.service.store import Store, store_url
from ringwatch.service.workspace import Workspace

runner = CliRunner()


@pytest.fixture(scope="module")
def scanned(tmp_path_factory):
    root = tmp_path_factory.mktemp("screening")
    assert runner.invoke(cli, ["synth", str(root / "case"), "--subjects", "500", "--seed", "5"]).exit_code == 0
    result = runner.invoke(cli, ["scan", str(root / "case" / "bundle"), "--out", str(root / "out")])
    assert result.exit_code in (0, 1), result.output
    with (root / "case" / "bundle" / "subjects.csv").open(newline="", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    return {"out": root / "out", "rows": rows}


def _newcomer(row: dict) -> dict:
    """A scanned subject's row as a newcomer would send it (a new id; files are not sent)."""
    subject = {k: v for k, v in row.items() if v != "" and k not in ("photo", "resume")}
    subject["id"] = "NEW-" + row["id"]
    return subject


def test_fast_path_answers_as_the_scans_own_stages(scanned):
    """Every subject row of a generated bundle, prepared both ways: the same linkable values,
    indicators, person fields and warnings."""
    compared = 0
    for row in scanned["rows"][:150]:
        subject = _newcomer(row)
        fast = prepare_row(subject)
        assert fast is not None, subject
        full = _prepare({"subject": subject})
        assert set(fast["keys"]) == set(map(tuple, full["keys"])), subject
        assert fast["signals"] == sorted(map(tuple, full["signals"])), subject
        assert fast["person"] == tuple(full["person"]), subject
        assert fast["canonical"] == full["canonical"] and fast["warnings"] == full["warnings"] == []
        compared += 1
    assert compared == 150


CRAFTED_ROWS = [
    {"id": "C1", "kind": "Account", "country": "us", "full_name": "김민준", "birth_date": "1994-02-03",
     "profiles": "https://www.linkedin.com/company/acme; https://janedoe.dev/about;github.com/jdoe",
     "created_at": "2025-03-04T05:06:07+09:00", "employer": "Acme Corp"},
    {"id": "C2", "full_name": "佐藤 健太", "phone": "+44 20 7946 0018", "recovery_phone": "(415) 555-2671",
     "address": "4070 N Oxford Ave Apt 5, San Francisco California 94110", "created_at": "2024-01-02"},
    {"id": "C3", "email": "First.Last+jobs@GMail.com", "recovery_email": "not an address",
     "signup_ip": "2001:db8::1", "national_id": "123-45-6789", "country": "GB",
     "address": "Flat 2, 10 Downing Street, London SW1A 2AA"},
    {"id": "C4", "profiles": "linkedin.com/in/some-one;;https://t.me/someone", "signup_ip": "not an ip",
     "phone": "+1 (415) 555 0100", "recovery_phone": "+1 415 555 0100"},
    # a carrier lookup: VOIP for the recovery number, a type nobody knows for the phone
    {"id": "C5", "phone": "+1 415 555 0101", "phone_line_type": "satellite",
     "recovery_phone": "+1 415 555 0102", "recovery_phone_line_type": "nonFixedVoip"},
    {"id": "C6", "phone": "+44 56 1234 5678", "phone_line_type": "mobile", "recovery_phone_line_type": "voip"},
]


@pytest.mark.parametrize("subject", CRAFTED_ROWS, ids=[r["id"] for r in CRAFTED_ROWS])
def test_fast_path_answers_as_the_full_path_on_awkward_rows(subject):
    """Scripts, formats and profile sites the generator may not produce, both ways."""
    fast, full = prepare_row(subject), _prepare({"subject": subject})
    assert fast is not None
    assert set(fast["keys"]) == set(map(tuple, full["keys"]))
    assert fast["signals"] == sorted(map(tuple, full["signals"]))
    assert fast["person"] == tuple(full["person"])
    assert fast["canonical"] == full["canonical"] and fast["warnings"] == full["warnings"]


def test_fast_path_fires_the_row_indicators_the_scan_fires():
    """VOIP and disposable contacts, an unreadable phone, a hosting sign-up IP and one from
    North Korea's network: the row's own indicators, with the scan's details."""
    subject = {"id": "N1", "kind": "account", "email": "someone@mailinator.com", "phone": "12",
               "country": "US", "signup_ip": "3.5.1.2"}
    fast, full = prepare_row(subject), _prepare({"subject": subject})
    assert {s[0] for s in fast["signals"]} >= {"DISPOSABLE_EMAIL", "INVALID_PHONE", "HOSTING_SIGNUP_IP"}
    assert fast["signals"] == sorted(map(tuple, full["signals"]))
    subject = {"id": "N11", "kind": "account", "signup_ip": "175.45.179.30"}
    fast, full = prepare_row(subject), _prepare({"subject": subject})
    assert [s[0] for s in fast["signals"]] == ["DPRK_NETWORK"]
    assert fast["signals"] == sorted(map(tuple, full["signals"]))


@pytest.mark.parametrize("subject", [
    {"id": "N2", "full_name": " Padded Name"},             # surrounding spaces
    {"id": "N3", "birth_date": "03/04/1990"},              # not the loader's own date form
    {"id": "N4", "birth_date": "1850-01-01"},              # out of range: a warning
    {"id": "N5", "created_at": "yesterday"},
    {"id": "N6", "country": "USA"},                        # a warning: not ISO alpha-2
    {"id": "N7", "kind": "robot"},                         # unknown choice: a warning
    {"id": "N8", "favourite_colour": "blue"},              # a column the contract lacks
    {"id": "N9", "photo": "photos/me.jpg"},                # a file to check
    {"id": "N10", "phone": 4155550100},                    # not text
])
def test_rows_the_fast_path_cannot_vouch_for_take_the_full_path(subject):
    assert prepare_row(subject) is None
    prepared = prepare({"subject": subject})  # the loader's own reading, warnings and all
    assert prepared["id"] == subject["id"]


def test_a_bad_cell_is_still_named_by_row_and_column():
    prepared = prepare({"subject": {"id": "N11", "birth_date": "1850-01-01"}})
    assert any(w["column"] == "birth_date" and w["row"] == 1 for w in prepared["warnings"])


def test_the_scan_leaves_an_index_of_linkable_values(scanned):
    path = current_set(scanned["out"]) / SCREENING_INDEX
    assert (scanned["out"] / SCREENING_INDEX).resolve() == path.resolve()
    con = sqlite3.connect(path)
    try:
        assert con.execute("SELECT count(*) FROM subjects").fetchone()[0] == len(scanned["rows"])
        assert con.execute("SELECT count(*) FROM key_holders WHERE kind = 'identity'").fetchone()[0] == 0
        # No group larger than any link of its kind still counts is kept.
        largest = dict(con.execute("SELECT kind, max(n) FROM (SELECT kind, value, count(DISTINCT s.person) AS n "
                                   "FROM key_holders k JOIN subjects s USING (subject) GROUP BY kind, value) "
                                   "GROUP BY kind").fetchall())
        assert largest and all(n <= group_limits()[kind] for kind, n in largest.items())
        run_id = dict(con.execute("SELECT key, value FROM meta").fetchall())["run_id"]
        assert current_set(scanned["out"]).name.endswith(run_id)
    finally:
        con.close()


def test_a_newcomer_giving_a_scanned_subjects_contacts_links_to_them(scanned):
    """Fast path end to end: recovery contacts that are a scanned subject's own email and phone."""
    old = next(r for r in scanned["rows"] if r["email"] and r["phone"])
    subject = {"id": "NEW-LINK", "kind": "account", "full_name": "Someone Else",
               "email": "someone.else.entirely@example.org", "recovery_email": old["email"],
               "recovery_phone": old["phone"], "country": old["country"] or None}
    subject = {k: v for k, v in subject.items() if v}
    assert prepare_row(subject) is not None
    workspace = Workspace(scanned["out"])
    try:
        result = screen(workspace, {"subject": subject})
    finally:
        workspace.close()
    linked = {(link["code"], link["subject"]) for link in result["links"]}
    assert ("SHARED_EMAIL", old["id"]) in linked
    assert result["score"] > 0 and result["reasons"]


def test_a_scan_without_an_index_answers_409(scanned, tmp_path):
    """Outputs of an older ringwatch have no index: the service says to scan again."""
    out = tmp_path / "old"
    shutil.copytree(scanned["out"], out, symlinks=True)
    (current_set(out) / SCREENING_INDEX).unlink()
    store = Store(store_url(out))
    add_user(store, "ann", "correct horse battery", "analyst")
    token = create_token(store, "ann")
    with TestClient(create_app(out)) as client:
        answer = client.post("/api/screen", json={"subject": {"id": "X1"}},
                             headers={"Authorization": f"Bearer {token}"})
    assert answer.status_code == 409 and "scan again" in answer.json()["detail"]


def test_requests_without_a_stated_length_are_refused(scanned):
    """A chunked body could be any size: without a Content-Length it is refused unread."""
    with TestClient(create_app(scanned["out"])) as client:
        chunks = (part for part in (b'{"subject": ', b'{"id": "X2"}}'))
        answer = client.post("/api/screen", content=chunks, headers={"Content-Type": "application/json"})
    assert answer.status_code == 413


def test_a_kept_newcomer_is_linked_by_the_next_screen(scanned, tmp_path):
    """Two personas screened an hour apart share a recovery phone nobody in the scan has: the
    second is linked to the first only because the first was kept; keeping twice is refused;
    kept newcomers are listed; a screen without `keep` stores nothing."""
    out = tmp_path / "kept"
    shutil.copytree(scanned["out"], out, symlinks=True)
    store = Store(store_url(out))
    add_user(store, "ann", "correct horse battery", "analyst")
    auth = {"Authorization": f"Bearer {create_token(store, 'ann')}"}
    shared = {"recovery_phone": "+1 312 555 0147", "recovery_email": "ops.desk.7731@outlook.com", "country": "US"}
    first = {"id": "P1", "kind": "account", "full_name": "Avery Stone", "email": "avery.stone@example.org", **shared}
    second = {"id": "P2", "kind": "account", "full_name": "Blake Moss", "email": "blake.moss@example.org", **shared}
    with TestClient(create_app(out)) as client:
        unkept = client.post("/api/screen", json={"subject": first}, headers=auth).json()
        assert unkept["kept"] is False and unkept["links"] == []
        alone = client.post("/api/screen", json={"subject": second}, headers=auth).json()
        assert alone["links"] == []  # nothing was kept
        kept = client.post("/api/screen", json={"subject": first, "keep": True}, headers=auth)
        assert kept.status_code == 200 and kept.json()["kept"] is True
        again = client.post("/api/screen", json={"subject": first, "keep": True}, headers=auth)
        assert again.status_code == 422
        linked = client.post("/api/screen", json={"subject": second}, headers=auth).json()
        codes = {(link["code"], link["subject"]) for link in linked["links"]}
        assert {("SHARED_RECOVERY_PHONE", "P1"), ("SHARED_RECOVERY_EMAIL", "P1")} <= codes
        assert linked["level"] in ("medium", "high")
        listed = client.get("/api/screened", headers=auth).json()["items"]
        assert [item["id"] for item in listed] == ["P1"]


def test_every_indicator_a_lone_row_can_fire_is_on_the_fast_path():
    """An indicator the scan computes from the subject row alone must be in the fast path too:
    every other one reads a table a lone row never has (logins, telemetry, payouts,
    shipments, domains) or needs other subjects (bursts)."""
    from ringwatch.service.screen_row import SUBJECT_ROW_SIGNALS
    from ringwatch.signals.compute import SUBJECT_SIGNAL_SQL

    needs_more = ("logins_norm", "endpoint_norm", "endpoint_remote_tools", "payments_norm",
                  "shipments_norm", "domains_norm", "domain_registrants", "burst_members")
    for code, sql in SUBJECT_SIGNAL_SQL.items():
        if code not in SUBJECT_ROW_SIGNALS:
            assert any(table in sql for table in needs_more), code
