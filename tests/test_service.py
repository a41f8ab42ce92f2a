"""The analyst service (`ringwatch serve`): access control, masking and its audit, judgements,
evidence per shared value, and the UI's pages, on a small generated and scanned bundle."""

from __future__ import annotations

import csv
import re
import shutil
from pathlib import Path

import pytest
import sqlalchemy as sa
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from ringwatch.cli import app as cli
from ringwatch.service.app import create_app
from ringwatch.service.security import add_user, create_token
from ringwatch.service.store import Store, store_url

runner = CliRunner()
PASSWORD = "correct horse battery"
HOSTILE_NAME = "<img src=x onerror=alert(1)>"


def _edit_bundle(bundle: Path) -> None:
    """One subject gets a name that is HTML and a photo path that leaves the bundle."""
    path = bundle / "subjects.csv"
    with path.open(newline="") as fh:
        rows = list(csv.DictReader(fh))
    rows[0]["full_name"] = HOSTILE_NAME
    rows[1]["photo"] = "../../../etc/passwd"
    with path.open("w", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)


@pytest.fixture(scope="module")
def served(tmp_path_factory):
    root = tmp_path_factory.mktemp("service")
    assert runner.invoke(cli, ["synth", str(root / "case"), "--subjects", "600", "--seed", "3"]).exit_code == 0
    _edit_bundle(root / "case" / "bundle")
    result = runner.invoke(cli, ["scan", str(root / "case" / "bundle"), "--out", str(root / "out")])
    assert result.exit_code in (0, 1), result.output
    out = root / "out"
    store = Store(store_url(out))
    for name, role in (("vera", "viewer"), ("ann", "analyst"), ("adam", "admin")):
        add_user(store, name, PASSWORD, role)
    tokens = {name: create_token(store, name) for name in ("vera", "ann", "adam")}
    application = create_app(out)
    with TestClient(application) as client:
        yield {"client": client, "out": out, "tokens": tokens, "store": store, "root": root}


def bearer(served, name: str) -> dict:
    return {"Authorization": f"Bearer {served['tokens'][name]}"}


def top_ring(served) -> dict:
    listing = served["client"].get("/api/rings?level=high&sort=size", headers=bearer(served, "vera")).json()
    assert listing["items"], "the generated bundle has high rings"
    return served["client"].get(f"/api/rings/{listing['items'][0]['ring_id']}", headers=bearer(served, "vera")).json()


def sign_in(client: TestClient, name: str) -> str:
    """A browser-style sign-in; returns the session's CSRF token."""
    client.cookies.clear()
    page = client.get("/login")
    token = re.search(r'name="csrf_token" value="([^"]+)"', page.text).group(1)
    response = client.post("/login", data={"name": name, "password": PASSWORD, "csrf_token": token},
                           follow_redirects=False)
    assert response.status_code == 303
    home = client.get("/")
    return re.search(r'name="csrf_token" value="([^"]+)"', home.text).group(1)


def test_nothing_without_signing_in(served):
    client = served["client"]
    client.cookies.clear()
    assert client.get("/api/rings").status_code == 401
    assert client.get("/api/rings", headers={"Authorization": "Bearer rw_not-a-token"}).status_code == 401
    page = client.get("/", follow_redirects=False)
    assert page.status_code == 303 and page.headers["location"] == "/login"


def test_every_api_endpoint_checks_its_role(served):
    client = served["client"]
    ring_id = top_ring(served)["ring_id"]
    reads = ["/api/me", "/api/run", "/api/rings", f"/api/rings/{ring_id}", "/api/subjects?q=a",
             "/api/judgements"]
    for path in reads:
        assert client.get(path, headers=bearer(served, "vera")).status_code == 200, path
    assert client.get("/api/audit", headers=bearer(served, "vera")).status_code == 403
    assert client.get("/api/audit", headers=bearer(served, "ann")).status_code == 403
    assert client.get("/api/audit", headers=bearer(served, "adam")).status_code == 200
    body = {"target_kind": "ring", "target": ring_id, "verdict": "confirm", "reason": "shared wallet"}
    assert client.post("/api/judgements", json=body, headers=bearer(served, "vera")).status_code == 403
    assert client.get(f"/api/rings/{ring_id}?unmask=true&reason=x", headers=bearer(served, "vera")).status_code == 403


def test_viewers_see_contact_details_masked(served):
    ring = top_ring(served)
    for member in ring["members"]:
        assert member["email"] is None or "***" in member["email"]
        assert member["phone"] is None or member["phone"].startswith("***")
    subject = served["client"].get(f"/api/subjects/{ring['members'][0]['id']}", headers=bearer(served, "vera")).json()
    assert "***" in subject["fields"]["email"]
    assert not re.search(r"[\w.+-]+@[\w-]+\.\w+", " ".join(c["detail"] or "" for c in subject["contributions"]))


def test_unmasking_needs_a_reason_and_is_audited(served):
    client = served["client"]
    ring = top_ring(served)
    sid = ring["members"][0]["id"]
    assert client.get(f"/api/subjects/{sid}?unmask=true", headers=bearer(served, "ann")).status_code == 422
    shown = client.get(f"/api/subjects/{sid}?unmask=true&reason=case 4411", headers=bearer(served, "ann")).json()
    assert "***" not in shown["fields"]["email"] and "@" in shown["fields"]["email"]
    audit = client.get("/api/audit", headers=bearer(served, "adam")).json()["items"]
    assert any(e["action"] == "unmask" and e["user"] == "ann" and e["target"] == f"subject {sid}"
               and e["reason"] == "case 4411" for e in audit)


def test_evidence_once_per_shared_value_with_values_as_submitted(served):
    ring = top_ring(served)
    members = {m["id"] for m in ring["members"]}
    keys = [(v["kind"], v["value"]) for v in ring["values"]]
    assert len(keys) == len(set(keys)), "each shared value is listed once"
    for value in ring["values"]:
        assert set(value["holders"]) <= members and len(value["holders"]) >= 2
        assert value["n_sharing"] >= 2  # people (resolved persons) sharing it in the whole bundle
    shown = served["client"].get(f"/api/rings/{ring['ring_id']}?unmask=1&reason=review",
                                 headers=bearer(served, "ann")).json()
    contact = [v for v in shown["values"] if v["kind"] in ("SHARED_EMAIL", "SHARED_RECOVERY_EMAIL",
                                                            "SHARED_PHONE", "SHARED_RECOVERY_PHONE",
                                                            "SHARED_ADDRESS", "SHARED_SHIPPING_ADDRESS")]
    if contact:  # a contact value is shown as the bundle wrote it, not as its internal key
        assert all(v["as_submitted"] for v in contact)
    edges = {(e["a"], e["b"]) for e in shown["edges"]}
    assert edges and all(a in members and b in members for a, b in edges)


def test_judgements_keep_their_history_and_need_csrf_in_a_browser_session(served):
    client = served["client"]
    ring_id = top_ring(served)["ring_id"]
    for verdict, reason in (("confirm", "one wallet pays all five"), ("dismiss", "they are one agency's staff")):
        created = client.post("/api/judgements", headers=bearer(served, "ann"),
                              json={"target_kind": "ring", "target": ring_id, "verdict": verdict, "reason": reason})
        assert created.status_code == 201 and created.json()["user"] == "ann"
    history = client.get(f"/api/judgements?target_kind=ring&target={ring_id}", headers=bearer(served, "vera")).json()
    assert [j["verdict"] for j in history["items"]][:2] == ["dismiss", "confirm"]
    assert client.get(f"/api/rings/{ring_id}", headers=bearer(served, "vera")).json()["judgements"][0]["verdict"] == "dismiss"

    csrf = sign_in(client, "ann")
    body = {"target_kind": "subject", "target": "S1", "verdict": "dismiss", "reason": "known employee"}
    assert client.post("/api/judgements", json=body).status_code == 403  # cookie alone: refused
    assert client.post("/api/judgements", json=body, headers={"X-CSRF-Token": csrf}).status_code == 201
    form = {"target_kind": "ring", "target": ring_id, "verdict": "confirm", "reason": "paid to one wallet",
            "back": f"/rings/{ring_id}"}
    assert client.post("/judge", data=form, follow_redirects=False).status_code == 403
    done = client.post("/judge", data={**form, "csrf_token": csrf}, follow_redirects=False)
    assert done.status_code == 303 and done.headers["location"] == f"/rings/{ring_id}"
    assert "paid to one wallet" in client.get(f"/rings/{ring_id}").text
    bad_link = {"target_kind": "link", "target": "S1", "verdict": "dismiss", "reason": "family"}
    assert client.post("/api/judgements", json=bad_link, headers=bearer(served, "ann")).status_code == 422
    client.cookies.clear()


def test_audit_log_is_append_only(served):
    store: Store = served["store"]
    with pytest.raises(sa.exc.DatabaseError, match="append-only"):
        with store.engine.begin() as con:
            con.execute(sa.text("UPDATE audit_log SET reason = 'edited'"))
    with pytest.raises(sa.exc.DatabaseError, match="append-only"):
        with store.engine.begin() as con:
            con.execute(sa.text("DELETE FROM audit_log"))


def test_sign_in_failures_and_disabled_users(served):
    client = served["client"]
    client.cookies.clear()
    page = client.get("/login")
    token = re.search(r'name="csrf_token" value="([^"]+)"', page.text).group(1)
    wrong = client.post("/login", data={"name": "ann", "password": "not the password", "csrf_token": token})
    assert "wrong user name or password" in wrong.text
    assert client.post("/login", data={"name": "ann", "password": PASSWORD}).status_code == 403  # no CSRF token
    store: Store = served["store"]
    add_user(store, "temp", PASSWORD, "analyst")
    token = create_token(store, "temp")
    sign_in(client, "temp")
    assert client.get("/api/me").json()["name"] == "temp"
    result = runner.invoke(cli, ["users", "disable", "temp", "--out", str(served["out"])])
    assert result.exit_code == 0, result.output
    assert client.get("/api/me").status_code == 401  # the session stops at once
    assert client.get("/api/me", headers={"Authorization": f"Bearer {token}"}).status_code == 401
    audit = client.get("/api/audit", headers=bearer(served, "adam")).json()["items"]
    assert any(e["action"] == "login_failed" and e["user"] == "ann" for e in audit)
    client.cookies.clear()


def test_pages_escape_bundle_data_and_send_security_headers(served):
    client = served["client"]
    sign_in(client, "vera")
    results = client.get("/search", params={"q": "onerror"})
    assert results.status_code == 200
    assert HOSTILE_NAME not in results.text and "&lt;img src=x onerror=alert(1)&gt;" in results.text
    assert "default-src 'self'" in results.headers["content-security-policy"]
    assert results.headers["x-frame-options"] == "DENY"
    ring = top_ring(served)
    page = client.get(f"/rings/{ring['ring_id']}")
    assert page.status_code == 200 and page.text.count('class="node"') == len(ring["members"])
    assert "https://" not in re.sub(r'href="https://[^"]*"', "", page.text.split("<main>")[0])  # no CDN
    assert client.get("/audit").status_code == 403
    client.cookies.clear()


def test_photos_only_from_inside_the_bundle(served):
    client = served["client"]
    rows = list(csv.DictReader((served["root"] / "case" / "bundle" / "subjects.csv").open(newline="")))
    outside = rows[1]["id"]
    assert client.get(f"/api/subjects/{outside}/photo?reason=check", headers=bearer(served, "ann")).status_code == 404
    with_photo = next((r["id"] for r in rows if r["photo"] and not r["photo"].startswith("..")), None)
    if with_photo:
        assert client.get(f"/api/subjects/{with_photo}/photo?reason=check", headers=bearer(served, "vera")).status_code == 403
        shown = client.get(f"/api/subjects/{with_photo}/photo?reason=check", headers=bearer(served, "ann"))
        assert shown.status_code == 200 and shown.headers["content-type"] in ("image/jpeg", "image/png")


def test_a_new_scan_is_picked_up_without_a_restart(served, tmp_path):
    client = served["client"]
    before = client.get("/api/run", headers=bearer(served, "vera")).json()["run_id"]
    result = runner.invoke(cli, ["scan", str(served["root"] / "case" / "bundle"), "--out", str(served["out"])])
    assert result.exit_code in (0, 1), result.output
    after = client.get("/api/run", headers=bearer(served, "vera")).json()
    assert after["run_id"] != before and after["rings"] > 0
    # judgements and users live in the store, which a scan never touches
    assert client.get("/api/judgements", headers=bearer(served, "vera")).json()["total"] >= 2


def test_openapi_lists_the_api(served):
    spec = served["client"].get("/api/openapi.json").json()
    assert {"/api/rings", "/api/rings/{ring_id}", "/api/subjects", "/api/subjects/{subject_id}",
            "/api/judgements", "/api/audit"} <= set(spec["paths"])


@pytest.mark.skipif(shutil.which("chromium") is None, reason="Debian's chromium is not installed")
def test_browser_sign_in_open_a_ring_and_confirm_it(served):
    playwright = pytest.importorskip("playwright.sync_api")
    import threading

    import uvicorn

    server = uvicorn.Server(uvicorn.Config(create_app(served["out"]), host="127.0.0.1", port=0, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    while not server.started:
        pass
    port = server.servers[0].sockets[0].getsockname()[1]
    base = f"http://127.0.0.1:{port}"
    try:
        with playwright.sync_playwright() as p:
            browser = p.chromium.launch(executable_path=shutil.which("chromium"), args=["--no-sandbox"])
            page = browser.new_page()
            page.goto(base + "/")
            page.fill("input[name=name]", "ann")
            page.fill("input[name=password]", PASSWORD)
            page.click("button:has-text('Sign in')")
            page.wait_for_url(base + "/")
            page.click("table a >> nth=0")
            assert page.locator("svg .node").count() >= 2
            page.locator("tr[data-holders] >> nth=0").click()  # highlights the value's holders
            assert page.locator("svg .node.hit").count() >= 2
            page.fill("input[name=reason] >> nth=0", "confirmed in the browser")
            page.click("button[value=confirm]")
            page.wait_for_selector("text=confirmed in the browser")
            browser.close()
    finally:
        server.should_exit = True
        thread.join(timeout=10)


def test_a_link_is_dismissed_from_the_subject_page_without_its_value_in_the_page(served):
    client = served["client"]
    ring = top_ring(served)
    sid = ring["members"][0]["id"]
    raw = client.get(f"/api/subjects/{sid}?unmask=1&reason=check", headers=bearer(served, "ann")).json()
    link = next(l for l in raw["links"] if l["kind"] in ("SHARED_EMAIL", "SHARED_PHONE", "SHARED_PAYOUT",
                                                          "SHARED_RECOVERY_EMAIL", "SHARED_RECOVERY_PHONE",
                                                          "SHARED_SHIPPING_ADDRESS", "SHARED_ADDRESS"))
    csrf = sign_in(client, "ann")
    page = client.get(f"/subjects/{sid}").text
    targets = re.findall(r'name="target" value="([^"]+)"', page)
    mine = next(t for t in targets if t.startswith(f"{sid}|{link['other']}|{link['kind']}|ref:"))
    assert link["value"] not in page  # the masked page names the link by a digest
    done = client.post("/judge", data={"target_kind": "link", "target": mine, "verdict": "dismiss",
                                       "reason": "sisters who share a laptop", "csrf_token": csrf,
                                       "back": f"/subjects/{sid}"}, follow_redirects=False)
    assert done.status_code == 303
    a, b = sorted((sid, link["other"]))
    stored = client.get("/api/judgements?target_kind=link", headers=bearer(served, "vera")).json()["items"]
    assert any(j["target"] == f"{a}|{b}|{link['kind']}|{link['value']}" and j["verdict"] == "dismiss" for j in stored)
    assert 'class="badge dismiss"' in client.get(f"/subjects/{sid}").text
    forged = client.post("/judge", data={"target_kind": "link", "target": f"{sid}|{link['other']}|{link['kind']}|ref:0000",
                                         "verdict": "dismiss", "reason": "nope", "csrf_token": csrf})
    assert forged.status_code == 404
    client.cookies.clear()


def test_screening_a_new_subject_against_the_last_scan(served):
    """A newcomer paid into a high ring's account and signing in from its members' device is
    linked to them and their ring without a rescan; a plain newcomer links to nothing; bad
    input names the row and column; viewers cannot screen; the screen is audited."""
    client = served["client"]
    ring = top_ring(served)
    sid = ring["members"][0]["id"]
    con = __import__("duckdb").connect(str(served["out"] / "ringwatch.duckdb"), read_only=True)
    try:
        destination = con.execute("SELECT destination FROM payments WHERE subject_id IN "
                                  "(SELECT subject_id FROM ring_members WHERE ring_id = ?) LIMIT 1",
                                  [ring["ring_id"]]).fetchone()
        device = con.execute("SELECT device_id FROM logins WHERE subject_id = ? AND device_id IS NOT NULL "
                             "LIMIT 1", [sid]).fetchone()
    finally:
        con.close()
    newcomer = {"id": "NEW0001", "kind": "contractor", "full_name": "Jordan Newcomb",
                "email": "jordan.newcomb@example.org", "country": "US", "employer": "Fresh Start LLC"}
    body = {"subject": newcomer,
            "payments": [{"ts": "2025-04-01T00:00:00Z", "amount": 5000, "currency": "USD", "method": "bank",
                          "destination": destination[0]}] if destination else [],
            "logins": [{"ts": "2025-04-02T10:00:00Z", "ip": "73.1.2.3", "device_id": device[0],
                        "outcome": "success"}] if device else []}
    assert client.post("/api/screen", json=body, headers=bearer(served, "vera")).status_code == 403
    answer = client.post("/api/screen", json=body, headers=bearer(served, "ann"))
    assert answer.status_code == 200, answer.text
    result = answer.json()
    assert result["links"] and {l["subject"] for l in result["links"]} & {m["id"] for m in ring["members"]}
    assert ring["ring_id"] in {r["ring_id"] for r in result["rings"]}
    assert result["level"] in ("medium", "high") and result["reasons"]
    plain = client.post("/api/screen", headers=bearer(served, "ann"), json={"subject": {
        "id": "NEW0002", "kind": "account", "full_name": "Plain Person", "email": "plain.p@gmail.com"}}).json()
    assert plain["links"] == [] and plain["level"] == "low"
    bad = client.post("/api/screen", headers=bearer(served, "ann"), json={
        "subject": {"id": "NEW0003", "kind": "account"},
        "logins": [{"ts": "not a time", "ip": "1.2.3.4"}]})
    assert bad.status_code in (200, 422)
    if bad.status_code == 200:  # a bad cell is a warning naming the table, row and column
        assert any(w["file"].startswith("logins") and w["column"] == "ts" for w in bad.json()["warnings"])
    existing = client.post("/api/screen", headers=bearer(served, "ann"), json={"subject": {"id": sid}})
    assert existing.status_code == 422
    audit = client.get("/api/audit", headers=bearer(served, "adam")).json()["items"]
    assert any(e["action"] == "screen" and e["target"] == "subject NEW0001" for e in audit)
