"""Enforcement actions in the analyst service: requests, dry runs, the second person's approval,
undo, exports, the signed and retried webhook, roles, CSRF and the pages, on a small generated
and scanned bundle."""

from __future__ import annotations

import csv
import hashlib
import hmac
import io
import json
import os
import queue
import re
import threading
import time
import uuid
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import httpx
import pytest
import sqlalchemy as sa
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from ringwatch.cli import app as cli
from ringwatch.service.actions import ActionDelivery, ActionError, Actions, Plan
from ringwatch.service.app import create_app
from ringwatch.service.security import Principal, add_user, create_token
from ringwatch.service.store import Store, store_url
from ringwatch.service.webhook import SIGNATURE_HEADER, TIMESTAMP_HEADER, Deliverer, sign, verify

runner = CliRunner()
PASSWORD = "correct horse battery"
SECRET = "whsec-test-0c6f1d2e9a"
THRESHOLD = 5
USERS = (("vera", "viewer"), ("ann", "analyst"), ("abe", "approver"), ("apu", "approver"), ("adam", "admin"))


class Receiver:
    """A webhook endpoint on localhost that records every request and answers the statuses it
    is told to (200 when told nothing)."""

    def __init__(self) -> None:
        self.requests: list[dict] = []
        self.statuses: queue.Queue[int] = queue.Queue()
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self):  # noqa: N802 - http.server's name
                body = self.rfile.read(int(self.headers.get("content-length", 0)))
                try:
                    status = receiver.statuses.get_nowait()
                except queue.Empty:
                    status = 200
                receiver.requests.append({"headers": dict(self.headers), "body": body, "status": status,
                                          "path": self.path})
                self.send_response(status)
                self.send_header("Content-Length", "0")
                self.end_headers()

            def log_message(self, *args):  # quiet
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/hooks/ringwatch?key=not-for-logs"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    def for_action(self, action_id: int) -> list[dict]:
        return [r for r in self.requests if json.loads(r["body"])["action_id"] == action_id]

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture(scope="module")
def served(tmp_path_factory):
    root = tmp_path_factory.mktemp("actions")
    assert runner.invoke(cli, ["synth", str(root / "case"), "--subjects", "600", "--seed", "3"]).exit_code == 0
    result = runner.invoke(cli, ["scan", str(root / "case" / "bundle"), "--out", str(root / "out")])
    assert result.exit_code in (0, 1), result.output
    out = root / "out"
    store = Store(store_url(out))
    for name, role in USERS:
        add_user(store, name, PASSWORD, role)
    tokens = {name: create_token(store, name) for name, _ in USERS}
    receiver = Receiver()
    application = create_app(out, webhook_url=receiver.url, approval_threshold=THRESHOLD, webhook_secret=SECRET)
    application.state.actions.webhook.backoff = (0.05, 0.1, 0.1, 0.1)  # 5 tries, quickly
    try:
        with TestClient(application) as client:
            yield {"client": client, "out": out, "tokens": tokens, "store": store, "root": root,
                   "receiver": receiver, "app": application}
    finally:
        receiver.close()


def bearer(served, name: str) -> dict:
    return {"Authorization": f"Bearer {served['tokens'][name]}"}


def rings(served) -> list[dict]:
    return served["client"].get("/api/rings?sort=size&per_page=200", headers=bearer(served, "vera")).json()["items"]


def big_ring(served) -> dict:
    ring = next(r for r in rings(served) if r["size"] > THRESHOLD)
    return served["client"].get(f"/api/rings/{ring['ring_id']}", headers=bearer(served, "vera")).json()


def small_subjects(served, n: int = 2, skip: int = 0) -> list[str]:
    """`n` subjects with logins; each test takes its own (`skip`), so the exports stay readable."""
    cur = served["app"].state.service.workspace.cursor()
    cur.execute("SELECT DISTINCT subject_id FROM logins WHERE device_id IS NOT NULL ORDER BY 1 LIMIT ? OFFSET ?",
                [n, skip * 10])
    return [r[0] for r in cur.fetchall()]


def post(served, path: str, who: str, body: dict | None = None):
    return served["client"].post(path, json=body or {}, headers=bearer(served, who))


def count(served, table: str) -> int:
    with served["store"].engine.connect() as con:
        return con.execute(sa.text(f"SELECT count(*) FROM {table}")).scalar()


def wait_delivered(served, action_id: int, n: int = 1, timeout: float = 15.0) -> dict:
    deadline = time.time() + timeout
    while time.time() < deadline:
        found = served["client"].get(f"/api/actions/{action_id}", headers=bearer(served, "ann")).json()
        if sum(d["state"] in ("delivered", "failed") for d in found["deliveries"]) >= n:
            return found
        time.sleep(0.05)
    raise AssertionError(f"action {action_id}: {n} deliveries not done in {timeout}s: {found['deliveries']}")


def export(served, fmt: str = "json", type_: str | None = None, who: str = "ann"):
    query = f"?format={fmt}" + (f"&type={type_}" if type_ else "")
    return served["client"].get(f"/api/actions/export{query}", headers=bearer(served, who))


def audit(served) -> list[dict]:
    return served["client"].get("/api/audit?per_page=500", headers=bearer(served, "adam")).json()["items"]


def sign_in(client: TestClient, name: str) -> str:
    client.cookies.clear()
    page = client.get("/login")
    token = re.search(r'name="csrf_token" value="([^"]+)"', page.text).group(1)
    response = client.post("/login", data={"name": name, "password": PASSWORD, "csrf_token": token},
                           follow_redirects=False)
    assert response.status_code == 303
    return re.search(r'name="csrf_token" value="([^"]+)"', client.get("/actions").text).group(1)


# -- the tests ------------------------------------------------------------------------------------

def test_the_store_has_the_action_tables(served):
    names = set(sa.inspect(served["store"].engine).get_table_names())
    assert {"actions", "action_subjects", "action_items", "action_events", "action_deliveries"} <= names
    with served["store"].engine.connect() as con:
        version = con.execute(sa.text("SELECT version_num FROM alembic_version")).scalar()
    assert version >= "0002"  # the actions' migration, or a later one on top of it


def test_every_action_endpoint_checks_its_role(served):
    client = served["client"]
    sid = small_subjects(served, 1)[0]
    body = {"type": "report", "subjects": [sid], "reason": "role check"}
    assert client.post("/api/actions", json=body).status_code == 401
    assert post(served, "/api/actions", "vera", body).status_code == 403
    created = post(served, "/api/actions", "ann", body)
    assert created.status_code == 201 and created.json()["status"] == "executed"
    action_id = created.json()["id"]
    for path in ("/api/actions", f"/api/actions/{action_id}", f"/api/subjects/{sid}/actions",
                 "/api/rings/R-none/actions"):
        assert client.get(path, headers=bearer(served, "vera")).status_code == 200, path
        assert client.get(path).status_code == 401, path
    assert export(served, who="vera").status_code == 403  # unmasked personal data: analyst and up
    assert export(served, who="ann").status_code == 200
    assert post(served, f"/api/actions/{action_id}/undo", "vera", {"reason": "not mine"}).status_code == 403
    pending = post(served, "/api/actions", "abe", {"type": "report", "ring_id": big_ring(served)["ring_id"],
                                                   "reason": "role check, big"}).json()
    assert pending["status"] == "pending_approval"
    for verb in ("approve", "reject"):
        assert post(served, f"/api/actions/{pending['id']}/{verb}", "vera", {"reason": "no"}).status_code == 403
        assert post(served, f"/api/actions/{pending['id']}/{verb}", "ann", {"reason": "no"}).status_code == 403
    assert post(served, f"/api/actions/{pending['id']}/reject", "adam", {"reason": "clean up"}).status_code == 200
    assert client.get("/api/actions/999999", headers=bearer(served, "vera")).status_code == 404
    assert post(served, "/api/actions/999999/approve", "abe").status_code == 404


def test_a_dry_run_answers_what_would_be_affected_and_stores_nothing(served):
    ring = big_ring(served)
    before = {t: count(served, t) for t in ("actions", "action_items", "action_subjects", "action_events",
                                            "action_deliveries")}
    sent_before = len(served["receiver"].requests)
    answer = post(served, "/api/actions", "ann", {"type": "revoke_device", "ring_id": ring["ring_id"],
                                                  "reason": "what would this do", "dry_run": True})
    assert answer.status_code == 200, answer.text
    preview = answer.json()
    assert preview["dry_run"] is True and preview["needs_approval"] is True
    assert sorted(preview["subjects"]) == sorted(m["id"] for m in ring["members"])
    assert preview["devices"] and preview["counts"]["devices"] == len(preview["devices"])
    assert preview["counts"]["subjects"] == len(ring["members"]) and preview["approval_threshold"] == THRESHOLD
    assert {t: count(served, t) for t in before} == before
    assert len(served["receiver"].requests) == sent_before
    assert any(e["action"] == "action_dry_run" and e["user"] == "ann" and ring["ring_id"] in e["target"]
               for e in audit(served))


def test_revoke_device_lists_the_subjects_devices(served):
    subjects = small_subjects(served, 2, skip=1)
    cur = served["app"].state.service.workspace.cursor()
    cur.execute("""SELECT DISTINCT device_id FROM (SELECT subject_id, device_id FROM logins UNION ALL
                   SELECT subject_id, device_id FROM endpoint)
                   WHERE subject_id IN (SELECT unnest(?::VARCHAR[])) AND device_id IS NOT NULL""", [subjects])
    expected = sorted(r[0] for r in cur.fetchall())
    preview = post(served, "/api/actions", "ann", {"type": "revoke_device", "subjects": subjects,
                                                   "reason": "devices", "dry_run": True}).json()
    assert sorted(preview["devices"]) == expected and expected
    for item in preview["items"]:
        assert set(item["subjects"].split(";")) <= set(subjects)


def test_a_small_action_is_effective_at_once_and_sent_signed(served):
    sid = small_subjects(served, 1, skip=2)[0]
    created = post(served, "/api/actions", "ann", {"type": "suspend_account", "subjects": [sid],
                                                   "reason": "stolen identity, case 77"})
    assert created.status_code == 201
    action = created.json()
    assert action["status"] == "executed" and action["approved_by"] is None and action["executed_at"]
    rows = [r for r in export(served).json() if r["action_id"] == action["id"]]
    assert rows == [{**rows[0], "type": "suspend_account", "item_kind": "subject", "subject_id": sid,
                     "reason": "stolen identity, case 77", "requested_by": "ann", "approved_by": ""}]
    found = wait_delivered(served, action["id"])
    assert found["deliveries"][0]["state"] == "delivered"
    (request,) = served["receiver"].for_action(action["id"])
    assert request["path"].startswith("/hooks/ringwatch")
    headers = {k.lower(): v for k, v in request["headers"].items()}
    timestamp, signature = headers[TIMESTAMP_HEADER.lower()], headers[SIGNATURE_HEADER.lower()]
    # What a receiver does (the README's snippet): HMAC-SHA256 over timestamp "." raw body.
    expected = "sha256=" + hmac.new(SECRET.encode(), timestamp.encode() + b"." + request["body"],
                                    hashlib.sha256).hexdigest()
    assert hmac.compare_digest(expected, signature) and abs(time.time() - int(timestamp)) < 300
    assert verify(SECRET, timestamp, request["body"], signature)
    assert not verify("another secret", timestamp, request["body"], signature)
    assert not verify(SECRET, timestamp, request["body"].replace(b"case 77", b"case 78"), signature)
    assert not verify(SECRET, str(int(timestamp) - 3600), request["body"], sign(SECRET, str(int(timestamp) - 3600),
                                                                                request["body"]))  # stale
    payload = json.loads(request["body"])
    assert payload["event"] == "executed" and payload["type"] == "suspend_account"
    assert payload["action_id"] == action["id"] and payload["requested_by"] == "ann"
    assert payload["approved_by"] is None and payload["reason"] == "stolen identity, case 77"
    assert payload["run_id"] == action["run_id"] and payload["timestamp"]
    assert [i["subject_id"] for i in payload["items"]] == [sid]


def test_a_bulk_ring_suspension_needs_a_second_persons_approval(served):
    ring = big_ring(served)
    members = sorted(m["id"] for m in ring["members"])
    created = post(served, "/api/actions", "abe", {"type": "suspend_account", "ring_id": ring["ring_id"],
                                                   "reason": "one wallet pays the whole ring"})
    assert created.status_code == 201
    action = created.json()
    assert action["status"] == "pending_approval" and action["executed_at"] is None
    assert action["subjects"] == members and action["target_kind"] == "ring"
    assert not [r for r in export(served).json() if r["action_id"] == action["id"]]
    time.sleep(0.3)
    assert not served["receiver"].for_action(action["id"])  # nothing sent before approval
    mine = post(served, f"/api/actions/{action['id']}/approve", "abe", {"reason": "looks right to me"})
    assert mine.status_code == 403 and "second person" in mine.json()["detail"]
    assert post(served, f"/api/actions/{action['id']}/approve", "ann").status_code == 403  # analyst
    approved = post(served, f"/api/actions/{action['id']}/approve", "apu", {"reason": "checked the payouts"})
    assert approved.status_code == 200, approved.text
    assert approved.json()["status"] == "executed" and approved.json()["approved_by"] == "apu"
    assert post(served, f"/api/actions/{action['id']}/approve", "adam").status_code == 409  # decided already
    rows = [r for r in export(served).json() if r["action_id"] == action["id"]]
    assert sorted(r["subject_id"] for r in rows) == members and {r["approved_by"] for r in rows} == {"apu"}
    wait_delivered(served, action["id"])
    payload = json.loads(served["receiver"].for_action(action["id"])[0]["body"])
    assert payload["approved_by"] == "apu" and payload["requested_by"] == "abe"
    assert sorted(payload["subjects"]) == members
    entries = [(e["action"], e["user"]) for e in audit(served) if e["target"] == f"action {action['id']}"]
    assert {("action_request", "abe"), ("action_approve", "apu"), ("action_execute", "apu")} <= set(entries)


def test_a_rejected_action_never_becomes_effective(served):
    ring = big_ring(served)
    action = post(served, "/api/actions", "ann", {"type": "hold_payroll", "ring_id": ring["ring_id"],
                                                  "reason": "hold the ring's pay"}).json()
    assert action["status"] == "pending_approval"
    assert post(served, f"/api/actions/{action['id']}/reject", "abe", {"reason": ""}).status_code == 422
    rejected = post(served, f"/api/actions/{action['id']}/reject", "abe", {"reason": "two are real contractors"})
    assert rejected.status_code == 200 and rejected.json()["status"] == "rejected"
    assert rejected.json()["rejected_by"] == "abe"
    assert post(served, f"/api/actions/{action['id']}/approve", "apu").status_code == 409
    assert post(served, f"/api/actions/{action['id']}/undo", "ann", {"reason": "nothing to undo"}).status_code == 409
    assert not [r for r in export(served).json() if r["action_id"] == action["id"]]
    assert any(e["action"] == "action_reject" and e["reason"] == "two are real contractors" for e in audit(served))


def test_undo_takes_an_action_out_of_the_exports_and_tells_the_webhook(served):
    subjects = small_subjects(served, 2, skip=3)
    action = post(served, "/api/actions", "ann", {"type": "hold_payroll", "subjects": subjects,
                                                  "reason": "payroll to a shared account"}).json()
    assert action["status"] == "executed"
    assert len([r for r in export(served, type_="hold_payroll").json() if r["action_id"] == action["id"]]) == 2
    assert post(served, f"/api/actions/{action['id']}/undo", "ann", {"reason": ""}).status_code == 422
    undone = post(served, f"/api/actions/{action['id']}/undo", "ann", {"reason": "HR vouched for both"})
    assert undone.status_code == 200 and undone.json()["status"] == "undone"
    assert undone.json()["undone_by"] == "ann" and undone.json()["undo_reason"] == "HR vouched for both"
    assert not [r for r in export(served).json() if r["action_id"] == action["id"]]
    assert post(served, f"/api/actions/{action['id']}/undo", "ann", {"reason": "again"}).status_code == 409
    found = wait_delivered(served, action["id"], n=2)
    events = [json.loads(r["body"])["event"] for r in served["receiver"].for_action(action["id"])]
    assert events == ["executed", "undone"]
    last = json.loads(served["receiver"].for_action(action["id"])[-1]["body"])
    assert last["undone_by"] == "ann" and last["undo_reason"] == "HR vouched for both"
    assert [e["event"] for e in found["events"] if e["event"] != "delivery"] == ["requested", "executed", "undone"]
    assert any(e["action"] == "action_undo" and e["target"] == f"action {action['id']}" for e in audit(served))


def test_every_action_shows_its_history(served):
    ring = big_ring(served)
    action = post(served, "/api/actions", "ann", {"type": "report", "ring_id": ring["ring_id"],
                                                  "reason": "report to the bureau"}).json()
    post(served, f"/api/actions/{action['id']}/approve", "abe", {"reason": "evidence is clear"})
    post(served, f"/api/actions/{action['id']}/undo", "ann", {"reason": "filed twice"})
    found = wait_delivered(served, action["id"], n=2)
    story = [(e["event"], e["user"], e["reason"]) for e in found["events"] if e["event"] != "delivery"]
    assert story == [("requested", "ann", "report to the bureau"), ("pending_approval", "ann", ""),
                     ("approved", "abe", "evidence is clear"), ("executed", "abe", ""), ("undone", "ann", "filed twice")]
    deliveries = [e for e in found["events"] if e["event"] == "delivery"]
    assert len(deliveries) == 2 and all(e["status_code"] == 200 and e["at"] for e in deliveries)
    member = ring["members"][0]["id"]
    touching = served["client"].get(f"/api/subjects/{member}/actions", headers=bearer(served, "vera")).json()
    assert action["id"] in [a["id"] for a in touching["items"]]
    by_ring = served["client"].get(f"/api/rings/{ring['ring_id']}/actions", headers=bearer(served, "vera")).json()
    assert action["id"] in [a["id"] for a in by_ring["items"]]
    listing = served["client"].get("/api/actions", headers=bearer(served, "vera")).json()["items"]
    statuses = [a["status"] for a in listing]
    assert statuses == sorted(statuses, key=lambda s: s != "pending_approval")  # pending first


def test_a_failing_webhook_is_retried_and_every_attempt_recorded(served):
    receiver = served["receiver"]
    receiver.statuses.put(500)
    receiver.statuses.put(503)
    sid = small_subjects(served, 1, skip=4)[0]
    action = post(served, "/api/actions", "ann", {"type": "report", "subjects": [sid], "reason": "retry me"}).json()
    found = wait_delivered(served, action["id"])
    assert found["deliveries"][0]["state"] == "delivered" and found["deliveries"][0]["attempts"] == 3
    attempts = [e for e in found["events"] if e["event"] == "delivery"]
    assert [e["status_code"] for e in attempts] == [500, 503, 200]
    assert "will retry" in attempts[0]["detail"] and "delivered" in attempts[-1]["detail"]
    assert "not-for-logs" not in " ".join(e["detail"] for e in attempts)  # the URL's query is no detail
    sent = receiver.for_action(action["id"])
    assert [r["status"] for r in sent] == [500, 503, 200]
    assert len({json.loads(r["body"])["event_id"] for r in sent}) == 1  # receivers deduplicate on it


def test_a_webhook_that_never_answers_2xx_is_given_up(served):
    receiver = served["receiver"]
    attempts = served["app"].state.actions.webhook.max_attempts
    for _ in range(attempts):
        receiver.statuses.put(500)
    sid = small_subjects(served, 1, skip=4)[0]
    action = post(served, "/api/actions", "ann", {"type": "report", "subjects": [sid], "reason": "gives up"}).json()
    found = wait_delivered(served, action["id"])
    assert found["deliveries"][0]["state"] == "failed" and found["deliveries"][0]["attempts"] == attempts
    assert found["status"] == "executed"  # still effective
    assert [r for r in export(served).json() if r["action_id"] == action["id"]]


def test_block_value_and_masking_for_viewers(served):
    sid = small_subjects(served, 1, skip=5)[0]
    created = post(served, "/api/actions", "ann", {"type": "block_value", "subjects": [sid],
                                                   "value_kind": "payout_account", "value": "DE44 5001 0517 5407 3249 31",
                                                   "reason": "the ring's payout account"})
    assert created.status_code == 201, created.text
    action = created.json()
    assert action["items"][0]["value"] == "DE44 5001 0517 5407 3249 31"
    seen = served["client"].get(f"/api/actions/{action['id']}", headers=bearer(served, "vera")).json()
    assert seen["items"][0]["value"].startswith("***") and "5407" not in json.dumps(seen)
    alone = post(served, "/api/actions", "ann", {"type": "block_value", "value_kind": "email",
                                                 "value": "farm.ops@example.net", "reason": "the farm's inbox"}).json()
    assert alone["target_kind"] == "value" and alone["subjects"] == []
    listed = served["client"].get("/api/actions", headers=bearer(served, "vera")).json()
    assert "farm.ops@example.net" not in json.dumps(listed)
    assert post(served, "/api/actions", "ann", {"type": "block_value", "subjects": [sid],
                                                "reason": "no value"}).status_code == 422
    assert post(served, "/api/actions", "ann", {"type": "suspend_account", "subjects": [sid], "value_kind": "email",
                                                "value": "x@example.net", "reason": "mixed"}).status_code == 422
    assert post(served, "/api/actions", "ann", {"type": "suspend_account", "subjects": ["NO-SUCH-SUBJECT"],
                                                "reason": "unknown"}).status_code == 404
    assert post(served, "/api/actions", "ann", {"type": "suspend_account", "ring_id": "R-none",
                                                "reason": "unknown"}).status_code == 404
    assert post(served, "/api/actions", "ann", {"type": "suspend_account", "reason": "no target"}).status_code == 422


def test_exports_list_the_effective_items_as_csv_and_json(served):
    sid = small_subjects(served, 1, skip=6)[0]
    post(served, "/api/actions", "ann", {"type": "suspend_account", "subjects": [sid], "reason": "=HYPERLINK(1)"})
    as_json = export(served, "json").json()
    response = export(served, "csv")
    assert response.headers["content-type"].startswith("text/csv")
    assert "attachment" in response.headers["content-disposition"]
    as_csv = list(csv.DictReader(io.StringIO(response.text)))
    assert list(as_csv[0]) == ["action_id", "type", "item_kind", "subject_id", "device_id", "value_kind", "value",
                               "subjects", "reason", "requested_by", "approved_by", "executed_at", "run_id"]
    assert len(as_csv) == len(as_json) and [int(r["action_id"]) for r in as_csv] == [r["action_id"] for r in as_json]
    formula = [r for r in as_csv if r["subject_id"] == sid and r["type"] == "suspend_account"]
    assert formula and formula[-1]["reason"] == "'=HYPERLINK(1)"  # no formula for a spreadsheet
    with served["store"].engine.connect() as con:
        effective = con.execute(sa.text("SELECT count(*) FROM action_items i JOIN actions a ON a.id = i.action_id "
                                        "WHERE a.status = 'executed'")).scalar()
        undone = con.execute(sa.text("SELECT count(*) FROM actions WHERE status IN ('undone', 'rejected', "
                                     "'pending_approval')")).scalar()
    assert len(as_json) == effective and undone > 0
    suspended = export(served, "json", "suspend_account").json()
    assert suspended and {r["type"] for r in suspended} == {"suspend_account"}
    assert any(e["action"] == "action_export" and e["detail"].startswith("csv") for e in audit(served))


def test_the_webhook_secret_is_never_stored_or_logged(served, caplog):
    served["receiver"].statuses.put(500)
    sid = small_subjects(served, 1, skip=7)[0]
    with caplog.at_level("DEBUG"):
        action = post(served, "/api/actions", "ann", {"type": "report", "subjects": [sid], "reason": "secret"}).json()
        wait_delivered(served, action["id"])
    assert SECRET not in caplog.text and "not-for-logs" not in caplog.text
    assert "webhook delivery" in caplog.text  # the failed attempt was logged, without secrets
    served["store"].engine.dispose()
    for path in served["out"].glob("service.sqlite*"):
        assert SECRET.encode() not in path.read_bytes(), path
    assert SECRET not in repr(served["app"].state.actions.webhook)


def test_without_a_webhook_actions_are_still_effective(served):
    application = create_app(served["out"], approval_threshold=THRESHOLD)
    with TestClient(application) as client:
        sid = small_subjects(served, 1, skip=8)[0]
        action = client.post("/api/actions", headers=bearer(served, "ann"),
                             json={"type": "report", "subjects": [sid], "reason": "no webhook"}).json()
        assert action["status"] == "executed" and action["deliveries"] == []
        rows = client.get("/api/actions/export?format=json", headers=bearer(served, "ann")).json()
        assert [r for r in rows if r["action_id"] == action["id"]]


def test_serve_refuses_a_webhook_without_a_secret(served, monkeypatch):
    monkeypatch.delenv("RINGWATCH_WEBHOOK_SECRET", raising=False)
    result = runner.invoke(cli, ["serve", "--out", str(served["out"]), "--webhook-url", "http://127.0.0.1:9/x"])
    assert result.exit_code == 2 and "RINGWATCH_WEBHOOK_SECRET" in result.output
    with pytest.raises(ValueError, match="RINGWATCH_WEBHOOK_SECRET"):
        create_app(served["out"], webhook_url="http://127.0.0.1:9/x")
    with pytest.raises(ValueError, match="http"):
        create_app(served["out"], webhook_url="file:///etc/passwd", webhook_secret=SECRET)


def test_pages_request_approve_and_undo_with_csrf(served):
    client = served["client"]
    ring = big_ring(served)
    csrf = sign_in(client, "ann")
    page = client.get(f"/rings/{ring['ring_id']}")
    assert page.status_code == 200 and 'action="/actions"' in page.text and 'name="dry_run"' in page.text
    form = {"type": "suspend_account", "ring_id": ring["ring_id"], "reason": "from the ring page",
            "back": f"/rings/{ring['ring_id']}"}
    assert client.post("/actions", data={**form, "dry_run": "1"}).status_code == 403  # no CSRF token
    before = count(served, "actions")
    preview = client.post("/actions", data={**form, "dry_run": "1", "csrf_token": csrf})
    assert preview.status_code == 200 and "Nothing has been stored" in preview.text
    assert "approval threshold" in preview.text and count(served, "actions") == before
    done = client.post("/actions", data={**form, "csrf_token": csrf}, follow_redirects=False)
    assert done.status_code == 303
    action_id = int(done.headers["location"].rsplit("/", 1)[1])
    assert "pending approval" in client.get(f"/actions/{action_id}").text
    assert "Approve</button>" not in client.get(f"/actions/{action_id}").text  # not for the requester
    assert client.post(f"/actions/{action_id}/approve", data={"csrf_token": csrf}).status_code == 403
    assert f"/actions/{action_id}" in client.get(f"/subjects/{ring['members'][0]['id']}").text

    csrf = sign_in(client, "abe")
    queue_page = client.get("/actions")
    assert queue_page.text.index('data-status="pending_approval"') < queue_page.text.index('data-status="executed"')
    assert f'action="/actions/{action_id}/approve"' in queue_page.text
    assert client.post(f"/actions/{action_id}/approve", data={"reason": "ok"}).status_code == 403  # no CSRF
    approved = client.post(f"/actions/{action_id}/approve", data={"reason": "ok", "csrf_token": csrf},
                           follow_redirects=False)
    assert approved.status_code == 303
    page = client.get(f"/actions/{action_id}")
    assert "executed" in page.text and "from the ring page" in page.text and 'action="/actions/' in page.text
    assert client.post(f"/actions/{action_id}/undo", data={"reason": "test over", "csrf_token": csrf},
                       follow_redirects=False).status_code == 303
    assert "undone" in client.get(f"/actions/{action_id}").text

    sign_in(client, "vera")
    assert 'name="dry_run"' not in client.get(f"/rings/{ring['ring_id']}").text  # viewers request nothing
    assert "Approve</button>" not in client.get("/actions").text
    client.cookies.clear()


def test_session_api_calls_need_the_csrf_header(served):
    client = served["client"]
    csrf = sign_in(client, "ann")
    sid = small_subjects(served, 1, skip=9)[0]
    body = {"type": "report", "subjects": [sid], "reason": "session call"}
    assert client.post("/api/actions", json=body).status_code == 403
    assert client.post("/api/actions", json=body, headers={"X-CSRF-Token": csrf}).status_code == 201
    client.cookies.clear()


def test_openapi_lists_the_action_endpoints(served):
    spec = served["client"].get("/api/openapi.json").json()
    assert {"/api/actions", "/api/actions/export", "/api/actions/{action_id}", "/api/actions/{action_id}/approve",
            "/api/actions/{action_id}/reject", "/api/actions/{action_id}/undo",
            "/api/subjects/{subject_id}/actions"} <= set(spec["paths"])


# -- the store on SQLite and, where CI provides one, PostgreSQL ------------------------------------

POSTGRES = os.environ.get("RINGWATCH_TEST_POSTGRES")


@pytest.fixture(params=["sqlite", "postgresql"])
def bare_store(request, tmp_path):
    if request.param == "sqlite":
        yield Store(f"sqlite:///{tmp_path / 'service.sqlite'}")
        return
    if not POSTGRES:
        pytest.skip("RINGWATCH_TEST_POSTGRES is not set (.ci/run starts a PostgreSQL for these)")
    name = "rw_" + uuid.uuid4().hex[:12]
    admin = sa.create_engine(POSTGRES, isolation_level="AUTOCOMMIT")
    with admin.connect() as con:
        con.execute(sa.text(f"CREATE DATABASE {name}"))
    store = Store(sa.engine.make_url(POSTGRES).set(database=name).render_as_string(hide_password=False))
    try:
        yield store
    finally:
        store.engine.dispose()
        with admin.connect() as con:
            con.execute(sa.text(f"DROP DATABASE {name} WITH (FORCE)"))
        admin.dispose()


def test_actions_in_the_store_on_each_backend(bare_store):
    """Requests, approval, undo, the pending-first listing, the export rows and the outbox's
    claim-and-retry, without a workspace (plans made by hand)."""
    receiver = Receiver()
    try:
        deliverer = Deliverer(bare_store, receiver.url, SECRET, backoff=(0.0,))
        acts = Actions(bare_store, approval_threshold=2, webhook=deliverer)
        small = Plan("suspend_account", "subject", "S1", ["S1"],
                     [{"item_kind": "subject", "subject_id": "S1", "device_id": None, "value_kind": None,
                       "value": None, "subjects": "S1"}])
        big = Plan("revoke_device", "ring", "R-1", ["S1", "S2", "S3"],
                   [{"item_kind": "device", "subject_id": None, "device_id": f"D{i}", "value_kind": None,
                     "value": None, "subjects": "S1;S2"} for i in range(4)])
        first = acts.request("ann", small, "one", "run-1")
        second = acts.request("ann", big, "many", "run-1")
        assert acts.get(first, masked=False)["status"] == "executed"
        assert acts.get(second, masked=False)["status"] == "pending_approval"
        assert [a["id"] for a in acts.list()["items"]] == [second, first]  # pending first
        assert [a["id"] for a in acts.list(subject_id="S2")["items"]] == [second]
        assert [a["id"] for a in acts.list(ring_id="R-1")["items"]] == [second]
        with pytest.raises(ActionError, match="second person"):
            acts.decide(Principal("ann", "admin", "token"), second, True, "")
        acts.decide(Principal("abe", "approver", "token"), second, True, "ok")
        rows = acts.effective()
        assert [(r["action_id"], r["device_id"] or r["subject_id"]) for r in rows] == \
            [(first, "S1")] + [(second, f"D{i}") for i in range(4)]
        assert {r["approved_by"] for r in rows if r["action_id"] == second} == {"abe"}
        acts.undo("ann", first, "mistake")
        assert [r["action_id"] for r in acts.effective()] == [second] * 4
        receiver.statuses.put(500)
        with httpx.Client() as client:
            for _ in range(5):
                deliverer.send_due(client)
        with bare_store.session() as s:
            states = s.execute(sa.select(ActionDelivery.action_id, ActionDelivery.event, ActionDelivery.state,
                                         ActionDelivery.attempts).order_by(ActionDelivery.id)).all()
        assert [tuple(r) for r in states] == [(first, "executed", "delivered", 2), (second, "executed", "delivered", 1),
                                             (first, "undone", "delivered", 1)]
        assert [json.loads(r["body"])["event"] for r in receiver.requests] == ["executed", "executed", "executed",
                                                                               "undone"]
    finally:
        receiver.close()
        bare_store.engine.dispose()
