"""The analyst service in Debian's chromium (Playwright), end to end: an analyst signs in,
opens a ring, confirms it and requests a bulk suspension; a second person approves it; the
webhook receives the signed suspension; the audit log shows all of it."""

from __future__ import annotations

import hashlib
import hmac
import json
import shutil
import threading
import time

import pytest
from typer.testing import CliRunner

from ringwatch.cli import app as cli
from ringwatch.service.app import create_app
from ringwatch.service.security import add_user
from ringwatch.service.store import Store, store_url

from test_service_actions import Receiver

pytestmark = pytest.mark.skipif(shutil.which("chromium") is None, reason="Debian's chromium is not installed")
runner = CliRunner()
PASSWORD = "correct horse battery"
SECRET = "browser-test-secret"


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    playwright = pytest.importorskip("playwright.sync_api")
    import uvicorn

    root = tmp_path_factory.mktemp("browser")
    assert runner.invoke(cli, ["synth", str(root / "case"), "--subjects", "600", "--seed", "3"]).exit_code == 0
    result = runner.invoke(cli, ["scan", str(root / "case" / "bundle"), "--out", str(root / "out"), "--quiet"])
    assert result.exit_code in (0, 1), result.output
    store = Store(store_url(root / "out"))
    for name, role in (("ann", "analyst"), ("pat", "approver"), ("adam", "admin")):
        add_user(store, name, PASSWORD, role)
    receiver = Receiver()
    app = create_app(root / "out", webhook_url=receiver.url, approval_threshold=3, webhook_secret=SECRET)
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=0, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.time() + 20
    while not server.started and time.time() < deadline:
        time.sleep(0.05)
    port = server.servers[0].sockets[0].getsockname()[1]
    with playwright.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=shutil.which("chromium"), args=["--no-sandbox"])
        try:
            yield {"base": f"http://127.0.0.1:{port}", "browser": browser, "receiver": receiver}
        finally:
            browser.close()
            server.should_exit = True
            thread.join(timeout=10)
            receiver.close()


def signed_in(site, name: str):
    page = site["browser"].new_page()
    page.goto(site["base"] + "/")
    page.fill("input[name=name]", name)
    page.fill("input[name=password]", PASSWORD)
    page.click("button:has-text('Sign in')")
    page.wait_for_url(site["base"] + "/")
    return page


def test_confirm_a_ring_suspend_it_with_a_second_approval_and_audit(site):
    ann = signed_in(site, "ann")
    ann.goto(site["base"] + "/?level=high&sort=size")
    ann.click("table a >> nth=0")
    ring_id = ann.url.rsplit("/", 1)[1]
    members = ann.locator("svg .node").count()
    assert members >= 4
    ann.locator("tr[data-holders] >> nth=0").click()  # a shared value lights up its holders
    assert ann.locator("svg .node.hit").count() >= 2

    ann.fill("form[action='/judge'] input[name=reason]", "one payout account pays every member")
    ann.click("form[action='/judge'] button[value=confirm]")
    ann.wait_for_selector("text=one payout account pays every member")

    ann.select_option("form.action-form select[name=type]", "suspend_account")
    ann.fill("form.action-form input[name=reason]", "ring confirmed: suspend all accounts")
    ann.click("form.action-form button")  # a dry run first: the preview
    ann.wait_for_selector("text=Nothing has been stored")
    assert "approver role must approve" in ann.content()
    ann.click("button:has-text('Request it')")
    ann.goto(site["base"] + "/actions")
    assert ann.locator("tr.action-row[data-status=pending_approval]").count() == 1
    assert "waits for a second person" in ann.content()  # the requester cannot approve it
    assert site["receiver"].requests == []  # nothing sent before the approval
    ann.close()

    pat = signed_in(site, "pat")
    pat.goto(site["base"] + "/actions")
    pat.click("tr.action-row[data-status=pending_approval] form[action$='/approve'] button")
    pat.wait_for_url("**/actions/*")  # the action's page, with its history
    assert "approved" in pat.inner_text("main").lower()
    pat.goto(site["base"] + "/actions")
    assert pat.locator("tr.action-row[data-status=executed]").count() == 1
    pat.close()

    deadline = time.time() + 15
    while not site["receiver"].requests and time.time() < deadline:
        time.sleep(0.05)
    (request,) = site["receiver"].requests
    payload = json.loads(request["body"])
    assert payload["event"] == "executed" and payload["type"] == "suspend_account"
    assert payload["requested_by"] == "ann" and payload["approved_by"] == "pat"
    assert len(payload["items"]) == members
    timestamp = request["headers"]["X-Ringwatch-Timestamp"]
    expected = "sha256=" + hmac.new(SECRET.encode(), timestamp.encode() + b"." + request["body"],
                                    hashlib.sha256).hexdigest()
    assert hmac.compare_digest(expected, request["headers"]["X-Ringwatch-Signature"])

    adam = signed_in(site, "adam")
    adam.goto(site["base"] + "/audit")
    log = adam.inner_text("main")
    for line in ("judgement", "action_request", "action_approve", "action_execute", f"ring {ring_id}"):
        assert line in log, line
    adam.close()
