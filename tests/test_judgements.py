"""Judgements feed the next scan, and ring ids survive a rescan (ringwatch/judgements.py)."""

from __future__ import annotations

import csv
import hashlib
import shutil

import duckdb
import pytest
from typer.testing import CliRunner

from ringwatch.cli import app as cli
from ringwatch.service.store import Judgement, Store, store_url, utcnow

runner = CliRunner()


def scan(bundle, out) -> None:
    result = runner.invoke(cli, ["scan", str(bundle), "--out", str(out), "--quiet"])
    assert result.exit_code in (0, 1), result.output


def query(out, sql: str, params=None) -> list[tuple]:
    con = duckdb.connect(str(out / "ringwatch.duckdb"), read_only=True)
    try:
        return con.execute(sql, params or []).fetchall()
    finally:
        con.close()


def add_subject(bundle, row: dict) -> None:
    path = bundle / "subjects.csv"
    with path.open(newline="") as fh:
        reader = csv.DictReader(fh)
        fields, rows = reader.fieldnames, list(reader)
    rows.append({k: row.get(k, "") for k in fields})
    with path.open("w", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=fields)
        writer.writeheader()
        writer.writerows(rows)


@pytest.fixture(scope="module")
def first_scan(tmp_path_factory):
    root = tmp_path_factory.mktemp("judgements")
    assert runner.invoke(cli, ["synth", str(root / "case"), "--subjects", "600", "--seed", "3"]).exit_code == 0
    scan(root / "case" / "bundle", root / "out")
    return root


@pytest.fixture()
def world(first_scan, tmp_path):
    """A private copy of the bundle and of the scanned output folder."""
    shutil.copytree(first_scan / "case" / "bundle", tmp_path / "bundle", symlinks=True)
    shutil.copytree(first_scan / "out", tmp_path / "out", symlinks=True)
    return tmp_path


def test_a_ring_keeps_its_id_when_a_member_joins(world):
    out, bundle = world / "out", world / "bundle"
    ring_id, member = query(out, """
        SELECT r.ring_id, min(m.subject_id) FROM rings r JOIN ring_members m USING (ring_id)
        GROUP BY r.ring_id, r.size ORDER BY r.size DESC, r.ring_id LIMIT 1""")[0]
    fields = {k: v for k, v in zip(*query(out, "SELECT * FROM subjects WHERE id = ?", [member]) and (
        [d for d in ("id", "kind", "full_name", "email", "phone", "address", "country", "birth_date",
                     "national_id", "photo", "resume", "profiles", "employer", "created_at",
                     "recovery_email", "recovery_phone", "signup_ip")],
        query(out, """SELECT id, kind, full_name, email, phone, address, country, birth_date::VARCHAR,
                      national_id, photo, resume, profiles, employer, created_at::VARCHAR, recovery_email,
                      recovery_phone, signup_ip FROM subjects WHERE id = ?""", [member])[0]))}
    # A second row of the member's persona, with an id that sorts first: the group's content
    # id changes, the ring is the same.
    add_subject(bundle, {**{k: (v or "") for k, v in fields.items()}, "id": "A0000001", "kind": "applicant"})
    scan(bundle, out)
    (now,) = query(out, "SELECT ring_id FROM ring_members WHERE subject_id = ?", [member])[0]
    assert now == ring_id
    (grp,) = query(out, "SELECT grp FROM rings WHERE ring_id = ?", [ring_id])[0]
    assert "R-" + hashlib.md5(grp.encode()).hexdigest()[:10] != ring_id, "the content id did change"
    assert query(out, "SELECT ring_id FROM ring_members WHERE subject_id = 'A0000001'") == [(ring_id,)]
    (carried,) = query(out, "SELECT value FROM run_info WHERE key = 'ring_ids_carried'")[0]
    assert int(carried) >= 1


def judge(out, kind: str, target: str, verdict: str, reason: str = "analyst review") -> None:
    store = Store(store_url(out))
    with store.session.begin() as s:
        s.add(Judgement(target_kind=kind, target=target, verdict=verdict, reason=reason, user="ann",
                        run_id="test", created_at=utcnow()))


def test_a_dismissed_link_stops_firing_for_that_pair_and_value(world):
    out, bundle = world / "out", world / "bundle"
    a, b, kind, value = query(out, "SELECT a, b, kind, value FROM links ORDER BY weight DESC, a, b LIMIT 1")[0]
    others = query(out, "SELECT count(*) FROM links WHERE NOT (a = ? AND b = ? AND kind = ? AND value = ?)",
                   [a, b, kind, value])[0][0]
    judge(out, "link", f"{b}|{a}|{kind}|{value}", "dismiss", "they are sisters")  # either order
    scan(bundle, out)
    assert query(out, "SELECT count(*) FROM links WHERE a = ? AND b = ? AND kind = ? AND value = ?",
                 [a, b, kind, value])[0][0] == 0
    assert query(out, "SELECT count(*) FROM links")[0][0] == others
    assert query(out, "SELECT value FROM run_info WHERE key = 'judgements'")[0][0] == "1 targets"


def test_a_confirmed_rings_values_become_a_watchlist_until_dismissed(world):
    out, bundle = world / "out", world / "bundle"
    ring_id = query(out, "SELECT ring_id FROM rings WHERE level = 'high' ORDER BY size DESC, ring_id LIMIT 1")[0][0]
    judge(out, "ring", ring_id, "confirm", "one wallet pays every member")
    scan(bundle, out)
    watched = query(out, "SELECT value, source, reason FROM watchlist ORDER BY value")
    assert watched and all(source == f"ring {ring_id}" for _, source, _ in watched)
    assert all("one wallet pays every member" in reason for _, _, reason in watched)
    # A new account paid into one of the ring's payout accounts is flagged by the watchlist.
    (account,) = query(out, """
        SELECT min(w.value) FROM watchlist w JOIN subject_keys k ON k.value = w.value
        WHERE k.kind = 'payout' AND regexp_full_match(w.value, '[0-9]+')""")[0]
    assert account, "the confirmed ring shares a bank account"
    add_subject(bundle, {"id": "N0000001", "kind": "contractor", "full_name": "New Person",
                         "email": "new.person@example.org"})
    with (bundle / "payments.csv").open("a", newline="") as fh:
        csv.writer(fh, lineterminator="\n", quoting=csv.QUOTE_NONNUMERIC).writerow(["N0000001", "2025-03-01 10:00:00", "1200.00", "USD", "bank", account])
    scan(bundle, out)  # the watchlist is carried from the previous scan, not rebuilt from scratch
    assert {v for v, _, _ in query(out, "SELECT * FROM watchlist")} == {v for v, _, _ in watched}
    holders = {s for (s,) in query(out, "SELECT DISTINCT subject_id FROM signals WHERE code = 'WATCHLIST_VALUE'")}
    assert "N0000001" in holders and len(holders) > 1
    (reasons,) = query(out, "SELECT reasons FROM scores WHERE subject_id = 'N0000001'")[0]
    assert "WATCHLIST_VALUE" in reasons
    judge(out, "ring", ring_id, "dismiss", "an agency's payroll after all")
    scan(bundle, out)
    assert query(out, "SELECT count(*) FROM watchlist")[0][0] == 0
    assert query(out, "SELECT count(*) FROM signals WHERE code = 'WATCHLIST_VALUE'")[0][0] == 0


def test_an_unreadable_store_does_not_stop_the_scan(world):
    out, bundle = world / "out", world / "bundle"
    (out / "service.sqlite").write_bytes(b"not a database")
    scan(bundle, out)
    assert query(out, "SELECT value FROM run_info WHERE key = 'judgements'")[0][0].startswith("unreadable")


def test_an_interrupt_during_the_carry_over_stops_the_scan(tmp_path):
    """Ctrl-C or SIGTERM reach DuckDB as an interrupted query: attaching the previous set must
    let that through (only an unreadable previous set is tolerated), or the scan would go on."""
    from ringwatch.judgements import attach_previous

    class Interrupted:
        def previous_tables(self, _path, _tables):
            raise duckdb.InterruptException("INTERRUPT Error: Interrupted!")

    class Unreadable:
        def previous_tables(self, _path, _tables):
            raise duckdb.IOException("IO Error: not a DuckDB file")

    previous = tmp_path / "ringwatch.duckdb"
    previous.write_bytes(b"x")
    with pytest.raises(duckdb.InterruptException):
        attach_previous(Interrupted(), previous)
    assert attach_previous(Unreadable(), previous) is False


def test_the_arrow_hand_over_carries_the_same_as_attaching(world, monkeypatch):
    """Another engine gets the previous scan's tables as Arrow (engines.duckdb.
    register_previous_tables) instead of ATTACH: the carry-over must come out the same."""
    from ringwatch.engines.base import previous_name
    from ringwatch.engines.duckdb import DuckDBEngine, register_previous_tables

    out, bundle = world / "out", world / "bundle"
    ring_id = query(out, "SELECT ring_id FROM rings WHERE level = 'high' ORDER BY size DESC, ring_id LIMIT 1")[0][0]
    judge(out, "ring", ring_id, "confirm", "one wallet pays every member")
    shutil.copytree(out, world / "attached", symlinks=True)
    shutil.copytree(out, world / "handed", symlinks=True)
    scan(bundle, world / "attached")

    def by_arrow(self, path, tables):
        self._previous = []
        return register_previous_tables(self, path, tables)

    def drop(self):
        for table in ("rings", "ring_members", "links", "watchlist", "subject_keys"):
            self.sql(f"DROP TABLE IF EXISTS {previous_name(table)}")

    monkeypatch.setattr(DuckDBEngine, "previous_tables", by_arrow)
    monkeypatch.setattr(DuckDBEngine, "release_previous", drop)
    scan(bundle, world / "handed")
    for sql in ("SELECT * FROM watchlist ORDER BY ALL",
                "SELECT ring_id, subject_id FROM ring_members ORDER BY ALL",
                "SELECT * FROM signals WHERE code = 'WATCHLIST_VALUE' ORDER BY ALL",
                "SELECT value FROM run_info WHERE key IN ('judgements', 'ring_ids_carried') ORDER BY key"):
        assert query(world / "handed", sql) == query(world / "attached", sql), sql
    assert query(world / "handed", "SELECT count(*) FROM watchlist")[0][0] > 0
    assert int(query(world / "handed", "SELECT value FROM run_info WHERE key = 'ring_ids_carried'")[0][0]) > 0
    # nothing of the previous set is left in the workspace
    assert not query(world / "handed", "SELECT table_name FROM duckdb_tables() WHERE table_name LIKE 'previous_%'")


def test_the_previous_workspace_tables_are_not_this_scans_own(tmp_path):
    """With the previous scan's workspace attached, `rings` is still only this scan's table:
    its columns counted once (a third scan into one folder once failed on the duplicated
    columns a second scan had written), the previous one read through `previous_rings`."""
    from ringwatch.engines.duckdb import DuckDBEngine

    before = DuckDBEngine(tmp_path / "before.duckdb")
    before.sql("CREATE TABLE rings AS SELECT 'R1' AS ring_id, 0.9 AS score, 'old' AS extra")
    before.close()
    engine = DuckDBEngine(tmp_path / "now.duckdb")
    engine.sql("CREATE TABLE rings AS SELECT 'R2' AS ring_id, 0.5 AS score")
    assert engine.previous_tables(tmp_path / "before.duckdb", ["rings"]) == ["rings"]
    assert engine.columns("rings") == ["ring_id", "score"]
    assert engine.tables().count("rings") == 1
    assert engine.rows("SELECT ring_id, extra FROM previous_rings") == [("R1", "old")]
    engine.release_previous()
    assert not engine.table_exists("previous_rings")
    engine.close()
