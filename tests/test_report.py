"""The HTML report renders the workspace tables completely, safely and self-contained."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from ringwatch.engines import DuckDBEngine
from ringwatch.signals.registry import Signal
from ringwatch.report import write_report
from ringwatch.report.charts import Edge, Node, ring_network


FakeSignal = Signal  # the real catalogue entry type, filled with test values


REGISTRY = [
    FakeSignal("voip_phone", "Phone is a VoIP number", "The phone line type is VoIP.", "FBI PSA I-051624", 0.3, "phone"),
    FakeSignal("ip_kvm", "IP-KVM device attached", "An IP-KVM was seen over USB.", "CISA AA24", 0.6, "endpoint"),
]

EMPTY_TABLES = {
    "subjects": "id VARCHAR, kind VARCHAR, full_name VARCHAR, email VARCHAR, phone VARCHAR, address VARCHAR, "
                "country VARCHAR, employer VARCHAR, created_at TIMESTAMP, _row BIGINT",
    "scores": "subject_id VARCHAR, score DOUBLE, level VARCHAR, ring_id VARCHAR, reasons VARCHAR",
    "contributions": "subject_id VARCHAR, source VARCHAR, code VARCHAR, weight DOUBLE, evidence VARCHAR, "
                     "detail VARCHAR, other_subject VARCHAR",
    "rings": "ring_id VARCHAR, score DOUBLE, level VARCHAR, size BIGINT, kinds VARCHAR[], reasons VARCHAR",
    "ring_members": "ring_id VARCHAR, subject_id VARCHAR",
    "links": "a VARCHAR, b VARCHAR, kind VARCHAR, value VARCHAR, n_sharing BIGINT, weight DOUBLE, detail VARCHAR",
    "signals": "subject_id VARCHAR, code VARCHAR, weight DOUBLE, detail VARCHAR",
    "load_issues": "file VARCHAR, \"row\" BIGINT, \"column\" VARCHAR, severity VARCHAR, code VARCHAR, message VARCHAR",
    "run_info": "key VARCHAR, value VARCHAR",
}


def empty_workspace() -> DuckDBEngine:
    engine = DuckDBEngine()
    for name, columns in EMPTY_TABLES.items():
        engine.sql(f"CREATE TABLE {name} ({columns})")
    return engine


@pytest.fixture()
def workspace() -> DuckDBEngine:
    engine = empty_workspace()
    # Two rings: R-wallet (three personas paid to one wallet), R-phone (two sharing a recovery phone),
    # a benign low subject and a medium one outside any ring.
    engine.sql("ALTER TABLE subjects ADD COLUMN vendor_ref VARCHAR")
    engine.sql("""INSERT INTO subjects VALUES
        ('s1', 'contractor', 'Alex Kim', 'alex@example.com', '+1 555 0100', '1 Main St', 'US', 'Acme', '2024-01-02', 1, 'VENDOR-XYZ-77'),
        ('s2', 'contractor', 'Sam Lee', 'sam@example.com', NULL, '1 Main St', 'US', 'Acme', '2024-01-03', 2, NULL),
        ('s3', 'applicant', 'Jo Park', 'jo@example.com', NULL, NULL, 'US', 'Beta', NULL, 3, NULL),
        ('s4', 'account', 'Ri Cho', 'ri@example.com', NULL, NULL, 'CA', NULL, NULL, 4, NULL),
        ('s5', 'account', 'Mo Ahn', 'mo@example.com', NULL, NULL, 'CA', NULL, NULL, 5, NULL),
        ('s6', 'employee', 'Pat Doe', 'pat@example.com', NULL, NULL, 'GB', 'Acme', NULL, 6, NULL),
        ('s7', 'employee', 'Kit Roe', 'kit@example.com', NULL, NULL, 'GB', 'Acme', NULL, 7, NULL)""")
    engine.sql("""INSERT INTO scores VALUES
        ('s1', 0.93, 'high', 'R-wallet', 'shared_wallet;ip_kvm'),
        ('s2', 0.88, 'high', 'R-wallet', 'shared_wallet'),
        ('s3', 0.81, 'high', 'R-wallet', 'shared_wallet;voip_phone'),
        ('s4', 0.62, 'medium', 'R-phone', 'shared_recovery_phone'),
        ('s5', 0.58, 'medium', 'R-phone', 'shared_recovery_phone'),
        ('s6', 0.45, 'medium', NULL, 'voip_phone'),
        ('s7', 0.02, 'low', NULL, '')""")
    engine.sql("""INSERT INTO contributions VALUES
        ('s1', 'link', 'shared_wallet', 0.8, 'wallet 0xABC', NULL, 's2'),
        ('s1', 'signal', 'ip_kvm', 0.6, 'usb: PiKVM', NULL, NULL),
        ('s2', 'link', 'shared_wallet', 0.8, 'wallet 0xABC', NULL, 's1'),
        ('s3', 'link', 'shared_wallet', 0.8, 'wallet 0xABC', NULL, 's1'),
        ('s3', 'signal', 'voip_phone', 0.3, '+15550100', 'line type voip', NULL),
        ('s4', 'link', 'shared_recovery_phone', 0.62, '+15550199', NULL, 's5'),
        ('s5', 'link', 'shared_recovery_phone', 0.58, '+15550199', NULL, 's4'),
        ('s6', 'signal', 'voip_phone', 0.45, '+447700900000', NULL, NULL)""")
    engine.sql("""INSERT INTO rings VALUES
        ('R-wallet', 0.95, 'high', 3, ['payout_wallet', 'address'], 'shared_wallet'),
        ('R-phone', 0.70, 'medium', 2, ['recovery_phone'], 'shared_recovery_phone')""")
    engine.sql("""INSERT INTO ring_members VALUES
        ('R-wallet', 's1'), ('R-wallet', 's2'), ('R-wallet', 's3'), ('R-phone', 's4'), ('R-phone', 's5')""")
    engine.sql("""INSERT INTO links VALUES
        ('s1', 's2', 'payout_wallet', '0xABC', 3, 0.8, NULL),
        ('s1', 's3', 'payout_wallet', '0xABC', 3, 0.8, NULL),
        ('s2', 's3', 'payout_wallet', '0xABC', 3, 0.8, NULL),
        ('s1', 's2', 'address', '1 main st', 2, 0.4, NULL),
        ('s4', 's5', 'recovery_phone', '+15550199', 2, 0.9, NULL),
        ('s1', 's6', 'login_ip', '203.0.113.9', 400, 0.01, NULL)""")
    engine.sql("""INSERT INTO load_issues VALUES
        ('subjects.csv', 9, 'email', 'warning', 'bad_email', 'not an address: <script>alert(1)</script>'),
        ('logins.csv', 3, 'ts', 'error', 'bad_timestamp', 'cannot parse ts')""")
    engine.sql("""INSERT INTO run_info VALUES ('bundle', 'demo-bundle'), ('threshold_high', '0.7'),
        ('threshold_medium', '0.4'), ('duration_s', '12.5'), ('finished_at', '2024-06-01T10:00:00Z')""")
    return engine


def render(engine: DuckDBEngine, tmp_path: Path, **kwargs) -> str:
    out = tmp_path / "out" / "report.html"
    write_report(engine, out, REGISTRY, **kwargs)
    assert out.is_file()
    return out.read_text(encoding="utf-8")


def section(html: str, anchor: str) -> str:
    start = html.index(f'<section id="{anchor}"')
    return html[start:html.index("</section>", start)]


def test_rings_and_members_are_shown(workspace, tmp_path):
    rings = section(render(workspace, tmp_path), "rings")
    for ring_id, members in {"R-wallet": ["s1", "s2", "s3"], "R-phone": ["s4", "s5"]}.items():
        assert ring_id in rings
        for member in members:
            assert f">{member}</a>" in rings
    # The higher-scoring ring comes first; link kinds stored as a list are shown one by one.
    assert rings.index("R-wallet") < rings.index("R-phone")
    assert "payout_wallet" in rings and "recovery_phone" in rings
    # Evidence counts only links inside a ring: the login_ip link to s6 is not R-wallet's evidence.
    assert "203.0.113.9" not in rings
    assert "4 links inside the ring" in rings


def test_subject_cards_show_contributions_and_every_raw_column(workspace, tmp_path):
    subjects = section(render(workspace, tmp_path), "subjects")
    assert "VENDOR-XYZ-77" in subjects and "vendor_ref" in subjects
    assert "usb: PiKVM" in subjects
    # High and medium subjects get cards, low ones do not.
    assert "Subject <span class=\"value\">s6</span>" in subjects
    assert "Subject <span class=\"value\">s7</span>" not in subjects
    # s1's waterfall: 0.8 first (0 → 80%), then 0.6 on top (80% → 92%).
    card = subjects[subjects.index('Subject <span class="value">s1</span>'):subjects.index('Subject <span class="value">s2</span>')]
    assert card.index("shared_wallet") < card.index("ip_kvm")
    assert "left: 80.00%; width: 12.00%" in card


def test_untrusted_text_is_escaped(workspace, tmp_path):
    html = render(workspace, tmp_path)
    assert "<script>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in section(html, "data-quality")


def test_summary_charts_thresholds_and_catalogue(workspace, tmp_path):
    html = render(workspace, tmp_path)
    summary = section(html, "summary")
    assert "demo-bundle" in html and "12.5 s" in summary
    assert re.search(r'<div class="n">7</div><div class="l">subjects scanned', summary)
    assert re.search(r'<div class="n">3</div><div class="l">high level', summary)
    assert re.search(r'href="#data-quality"><div class="n">1</div><div class="l">load errors', summary)
    assert re.search(r'href="#data-quality"><div class="n">1</div><div class="l">load warnings', summary)
    overview = section(html, "overview")
    assert overview.count("<svg") == 2
    assert "medium ≥ 0.4" in overview and "high ≥ 0.7" in overview
    assert section(html, "rings").count("<svg") == 2
    guide = section(html, "how-to-read")
    assert "score ≥ 0.7" in guide and "score ≥ 0.4" in guide
    assert "IP-KVM device attached" in guide and "CISA AA24" in guide
    # Self-contained: nothing is fetched from anywhere.
    assert not re.search(r'<(script|link|img)\b', html) and "http://" not in html.replace(
        'xmlns="http://www.w3.org/2000/svg"', "")


def test_limits_are_respected(workspace, tmp_path):
    html = render(workspace, tmp_path, max_rings=1, max_subjects=2)
    assert "R-wallet" in section(html, "rings") and "Ring <span class=\"value\">R-phone" not in html
    assert section(html, "subjects").count('<article class="card"') == 2


def test_empty_workspace_still_renders(tmp_path):
    html = render(empty_workspace(), tmp_path)
    assert "No rings were found" in html
    assert "loaded without errors" in html
    assert "thresholds were not recorded" in html
    assert html.count("<svg") == 2


def test_workspace_without_optional_tables_renders(tmp_path):
    engine = DuckDBEngine()
    engine.sql("CREATE TABLE subjects AS SELECT 'x1' AS id")
    html = render(engine, tmp_path)
    assert re.search(r'<div class="n">1</div><div class="l">subjects scanned', html)


def test_ring_picture_escapes_ids_and_colours_levels():
    svg = str(ring_network(
        [Node("<b>a</b>", "high", 0.9), Node("b", "low", 0.1)],
        [Edge("<b>a</b>", "b", "phone", 0.9, "+1 555"), Edge("<b>a</b>", "b", "wallet", 0.5)],
        {"phone": "#111111", "wallet": "#222222"},
    ))
    assert "<b>" not in svg and "&lt;b&gt;a&lt;/b&gt;" in svg
    assert svg.count("<line") == 2 and "#111111" in svg and "#222222" in svg
    assert "#c0392b" in svg  # the high-level node


def test_big_ring_picture_shows_its_connected_core(tmp_path):
    engine = empty_workspace()
    # A 60-member ring: a chain of weak links plus a strongly linked core of s0..s9.
    engine.sql("INSERT INTO rings VALUES ('R-big', 0.9, 'high', 60, ['device'], 'shared_device')")
    engine.sql("INSERT INTO ring_members SELECT 'R-big', 'm' || i FROM range(60) r(i)")
    engine.sql("INSERT INTO scores SELECT 'm' || i, 0.8, 'high', 'R-big', 'shared_device' FROM range(60) r(i)")
    engine.sql("""INSERT INTO links
        SELECT 'm' || i, 'm' || (i + 1), 'device', 'dev-' || i, 2, 0.05, NULL FROM range(59) r(i)
        UNION ALL SELECT 'm' || i, 'm' || j, 'device', 'core', 10, 0.9, NULL
        FROM range(10) a(i), range(10) b(j) WHERE 'm' || i < 'm' || j""")
    rings = section(render(engine, tmp_path), "rings")
    picture = rings[rings.index("<svg"):rings.index("</svg>")]
    assert picture.count("<circle") == 40
    assert "most connected of 60 members" in rings
    # The core's strong links are all drawn (45 pairs), alongside the chain links among the drawn nodes.
    assert picture.count("= core") == 45


def test_the_corroboration_cap_takes_score_back_and_the_waterfall_ends_at_the_score(workspace, tmp_path):
    # s4: one link of 0.85 (evidence 1.897), capped to 0.79 by negative evidence
    workspace.sql("DELETE FROM contributions WHERE subject_id = 's4'")
    workspace.sql("""INSERT INTO contributions VALUES
        ('s4', 'link', 'SHARED_RECOVERY_PHONE', 0.85, 1.89712, 'shares +15550199', 's5'),
        ('s4', 'cap', 'UNCORROBORATED', -0.4, -0.33647, 'one kind of evidence only; capped at 0.79 for review', NULL)""")
    subjects = section(render(workspace, tmp_path), "subjects")
    card = subjects[subjects.index('Subject <span class="value">s4</span>'):subjects.index('Subject <span class="value">s5</span>')]
    assert card.index("SHARED_RECOVERY_PHONE") < card.index("UNCORROBORATED")
    assert 'class="wf-cut" style="left: 79.00%; width: 6.00%"' in card  # 85% back to 79%
    assert "1.89712" not in card  # a number of evidence units is not a value behind the score


def test_cards_list_recent_sign_ins_and_telemetry_with_the_vendors_own_columns(workspace, tmp_path):
    # Imported rows (issue 8): contract columns plus okta_* / osquery_* extras the contract has no
    # column for; 12 sign-ins for s1 (10 most recent shown), one hostile extra value, one extra
    # column empty everywhere (not shown), rows of a low subject (no card).
    workspace.sql("""CREATE TABLE logins (subject_id VARCHAR, ts TIMESTAMP, ip VARCHAR, device_id VARCHAR,
        user_agent VARCHAR, country VARCHAR, outcome VARCHAR, event_id VARCHAR, okta_isp VARCHAR,
        okta_threat_suspected VARCHAR, okta_never_set VARCHAR, _row BIGINT)""")
    workspace.sql("""INSERT INTO logins
        SELECT 's1', TIMESTAMP '2026-01-01 08:00:00' + INTERVAL (i) DAY, '198.51.100.' || i, 'dev-1', NULL, 'US',
               'success', 'okta:e' || i, 'Comcast ' || i, NULL, NULL, i FROM range(12) r(i)""")
    workspace.sql("""INSERT INTO logins VALUES
        ('s6', '2026-02-01 09:00:00', '203.0.113.7', NULL, NULL, 'GB', 'deny', 'okta:x',
         '<script>alert("isp")</script>', 'true', NULL, 100),
        ('s7', '2026-02-01 09:00:00', '192.0.2.77', NULL, NULL, 'GB', NULL, NULL, 'LowISP', NULL, NULL, 101)""")
    workspace.sql("""CREATE TABLE endpoint (subject_id VARCHAR, ts TIMESTAMP, device_id VARCHAR, kind VARCHAR,
        value VARCHAR, vendor_id VARCHAR, product_id VARCHAR, osquery_query VARCHAR, osquery_serial VARCHAR, _row BIGINT)""")
    workspace.sql("""INSERT INTO endpoint VALUES
        ('s1', '2026-01-05 10:00:00', 'dev-1', 'usb', 'NanoKVM', '3346', '1009', 'pack_it_usb_devices', 'SN-0042', 1)""")
    subjects = section(render(workspace, tmp_path), "subjects")
    card = subjects[subjects.index('Subject <span class="value">s1</span>'):subjects.index('Subject <span class="value">s2</span>')]
    assert "Sign-ins and telemetry" in card
    logins = card[card.index("<caption>Sign-ins"):card.index("<caption>Endpoint")]
    assert "the 10 most recent of 12" in logins
    assert logins.index("<th>ts</th>") < logins.index("<th>ip</th>") < logins.index("<th>okta_isp</th>")
    assert "Comcast 11" in logins and "Comcast 2" in logins and "Comcast 1<" not in logins
    assert logins.index("Comcast 11") < logins.index("Comcast 10")  # most recent first
    # Columns with no value in the shown rows are left out (contract and extra alike).
    assert "okta_never_set" not in logins and "okta_threat_suspected" not in logins
    assert "<th>user_agent</th>" not in logins and "<th>_row</th>" not in logins
    endpoint = card[card.index("<caption>Endpoint"):]
    for text in ("NanoKVM", "3346", "1009", "osquery_query", "pack_it_usb_devices", "osquery_serial", "SN-0042"):
        assert text in endpoint
    # s6: the vendor's value is escaped like all other text; s7 (low) has no card.
    card6 = subjects[subjects.index('Subject <span class="value">s6</span>'):]
    assert "&lt;script&gt;alert(&#34;isp&#34;)&lt;/script&gt;" in card6 and "<script>" not in card6
    assert "okta_threat_suspected" in card6 and "Endpoint telemetry" not in card6
    assert "LowISP" not in subjects


def test_cards_without_activity_tables_show_no_activity(workspace, tmp_path):
    subjects = section(render(workspace, tmp_path), "subjects")
    assert "Sign-ins and telemetry" not in subjects
