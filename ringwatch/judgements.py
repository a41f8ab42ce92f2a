"""What people decided in the analyst service, fed back into the next scan, and ring ids that
survive a rescan.

* **Stable ring ids.** A ring keeps the id it had in the previous scan of the same output
  folder when it is recognisably the same ring: the previous ring it shares the most members
  with, where the shared members are at least half of the larger of the two (one-to-one, the
  biggest overlaps first). A decision attached to a ring id therefore still finds its ring after
  a member joins or leaves. New rings get the usual content-derived id.
* **Dismissed links stop firing.** A link judged `dismiss` (target `A|B|KIND|VALUE`, as the
  service writes it) is removed for that pair and value before rings and scores are built.
* **Confirmed rings and subjects become a watchlist.** The values a confirmed ring's members
  share without an honest explanation (payout accounts, contacts, devices, shipping addresses,
  networks, IPs), and the contact details, payout accounts and devices of a confirmed subject,
  are kept in the workspace's `watchlist` table and carried from scan to scan until the target
  is dismissed. Any subject holding a watchlisted value gets `WATCHLIST_VALUE`.
  Dismissed rings and subjects add nothing and take their values off the watchlist; a dismissed
  subject's score is not otherwise changed (a person's decision is shown, not hidden).

The judgements are read from the service store (`ringwatch.service.store`, SQLite beside the
outputs by default) without writing to it; a store that is missing or unreadable leaves the
scan as it would be without one, and `run_info` says so.
"""

from __future__ import annotations

from pathlib import Path

import pyarrow as pa

from ringwatch.engines import Engine
from ringwatch.engines.base import previous_name
from ringwatch.engines.errors import engine_errors, is_interrupt
from ringwatch.signals.registry import BY_CODE

# The previous set's tables the carry-over reads, made readable by the engine as
# `previous_<table>` (Engine.previous_tables): the first three must be there.
PREVIOUS_TABLES = ("rings", "ring_members", "links", "watchlist", "subject_keys")
REQUIRED_PREVIOUS = ("rings", "ring_members", "links")
SAME_RING_SHARE = 0.5
# Kinds of shared value worth watching: ones an operator reuses across personas.
WATCHED_LINK_KINDS = ("SHARED_PAYOUT", "SHARED_RECOVERY_EMAIL", "SHARED_RECOVERY_PHONE", "SHARED_EMAIL",
                      "SHARED_PHONE", "SHARED_DEVICE", "SHARED_SHIPPING_ADDRESS", "SHARED_NETWORK",
                      "SHARED_SIGNUP_IP", "SHARED_LOGIN_IP")
WATCHED_SUBJECT_KEYS = ("email", "phone", "payout", "device")
JUDGEMENT_COLUMNS = ("target_kind", "target", "verdict", "user", "reason", "created_at")


def link_target(a: str, b: str, kind: str, value: str) -> str:
    """A link's judgement target as stored: `A|B|KIND|VALUE`, the smaller subject id first."""
    return f"{min(a, b)}|{max(a, b)}|{kind}|{value}"


def read_judgements(store_url: str | None) -> tuple[pa.Table | None, str]:
    """The latest verdict per target from the service store, and a note for run_info."""
    if not store_url:
        return None, "none"
    from sqlalchemy import create_engine, inspect, text
    from sqlalchemy.exc import SQLAlchemyError

    try:

        engine = create_engine(store_url)
        try:
            if "judgements" not in inspect(engine).get_table_names():
                return None, "none"
            with engine.connect() as con:
                rows = con.execute(text("""
                    SELECT j.target_kind, j.target, j.verdict, j."user", j.reason, j.created_at
                    FROM judgements j JOIN (SELECT target_kind, target, max(id) AS id FROM judgements
                                            GROUP BY target_kind, target) latest ON latest.id = j.id
                """)).fetchall()
        finally:
            engine.dispose()
    except (SQLAlchemyError, OSError, ValueError) as exc:  # an unreadable store must not stop a scan
        return None, f"unreadable ({type(exc).__name__})"
    columns = list(zip(*rows)) if rows else [[] for _ in JUDGEMENT_COLUMNS]
    table = pa.table({name: pa.array([str(v) for v in values], pa.string())
                      for name, values in zip(JUDGEMENT_COLUMNS, columns)})
    return table, f"{len(rows)} targets"


def default_store_url(out_dir: Path) -> str | None:
    from ringwatch.service.store import STORE_NAME

    path = Path(out_dir) / STORE_NAME
    return f"sqlite:///file:{path.resolve()}?mode=ro&uri=true" if path.is_file() else None


def attach_previous(engine: Engine, previous_workspace: Path | None) -> bool:
    """Make the previous scan's tables readable (`Engine.previous_tables`: DuckDB attaches
    the file read-only, another engine is handed them as Arrow); False when there is none to
    read."""
    if previous_workspace is None or not previous_workspace.is_file():
        return False
    try:
        found = engine.previous_tables(previous_workspace, PREVIOUS_TABLES)
        return all(t in found for t in REQUIRED_PREVIOUS)
    except (*engine_errors(), OSError) as exc:
        if is_interrupt(exc):
            raise  # Ctrl-C or SIGTERM arrived during the attach: the scan stops, as anywhere
        return False  # an unreadable previous set only costs the carry-over


def detach_previous(engine: Engine) -> None:
    try:
        engine.release_previous()
    except engine_errors() as exc:  # nothing attached, unless it is Ctrl-C or SIGTERM
        if is_interrupt(exc):
            raise


def _previous_has(engine: Engine, table: str) -> bool:
    return engine.table_exists(previous_name(table))


def apply_judgements(engine: Engine, judgements: pa.Table | None, have_previous: bool) -> None:
    """Remove dismissed links; build `watchlist`; add WATCHLIST_VALUE signals."""
    engine.register("_judgements", judgements if judgements is not None else
                    pa.table({c: pa.array([], pa.string()) for c in JUDGEMENT_COLUMNS}))
    engine.sql("""
        DELETE FROM links WHERE (a, b, kind, value) IN (
            SELECT least(p[1], p[2]), greatest(p[1], p[2]), p[3], array_to_string(p[4:], '|')
            FROM (SELECT string_split(target, '|') AS p FROM _judgements
                  WHERE target_kind = 'link' AND verdict = 'dismiss') WHERE len(p) >= 4)
    """)
    watched = ", ".join(f"'{k}'" for k in WATCHED_LINK_KINDS)
    keys = ", ".join(f"'{k}'" for k in WATCHED_SUBJECT_KEYS)
    parts = ["SELECT NULL::VARCHAR AS value, NULL::VARCHAR AS source, NULL::VARCHAR AS reason WHERE false"]
    if have_previous:
        if _previous_has(engine, "watchlist"):
            parts.append(f"SELECT value, source, reason FROM {previous_name('watchlist')}")
        parts.append(f"""
            SELECT l.value, 'ring ' || j.target, j."user" || ': ' || j.reason
            FROM _judgements j JOIN {previous_name('ring_members')} ma ON ma.ring_id = j.target
            JOIN {previous_name('ring_members')} mb ON mb.ring_id = j.target
            JOIN {previous_name('links')} l ON l.a = ma.subject_id AND l.b = mb.subject_id
            WHERE j.target_kind = 'ring' AND j.verdict = 'confirm' AND l.kind IN ({watched})
              AND coalesce(l.explained_by, '') = ''""")
        if _previous_has(engine, "subject_keys"):
            parts.append(f"""
                SELECT k.value, 'subject ' || j.target, j."user" || ': ' || j.reason
                FROM _judgements j JOIN {previous_name('subject_keys')} k ON k.subject_id = j.target
                WHERE j.target_kind = 'subject' AND j.verdict = 'confirm' AND k.kind IN ({keys})""")
    # A target dismissed since takes its values off the list.
    engine.create("watchlist", f"""
        SELECT value, min(source) AS source, min(reason) AS reason FROM ({' UNION ALL '.join(parts)}) w
        WHERE value IS NOT NULL AND source NOT IN (
            SELECT target_kind || ' ' || target FROM _judgements WHERE verdict = 'dismiss')
        GROUP BY value
    """)
    entry = BY_CODE["WATCHLIST_VALUE"]
    arg_min = engine.dialect.arg_min
    engine.sql(f"""
        INSERT INTO signals
        SELECT k.subject_id, 'WATCHLIST_VALUE', {entry.weight},
               'holds ' || min(k.value) || ', on the watchlist since ' || {arg_min('w.source', 'k.value')}
               || ' was confirmed (' || {arg_min('w.reason', 'k.value')} || ')', 'WATCHLIST_VALUE'
        FROM (SELECT subject_id, value FROM subject_keys
              UNION SELECT subject_id, ip FROM logins_norm WHERE ip IS NOT NULL) k
        JOIN watchlist w ON w.value = k.value
        GROUP BY k.subject_id
    """)


def carry_ring_ids(engine: Engine, have_previous: bool) -> int:
    """Give each ring the previous scan's id of the same ring; the number of ids carried."""
    if not have_previous:
        return 0
    pairs = engine.rows(f"""
        WITH overlap AS (
            SELECT n.ring_id AS new_id, o.ring_id AS old_id, count(*) AS shared
            FROM ring_members n JOIN {previous_name('ring_members')} o ON o.subject_id = n.subject_id
            GROUP BY 1, 2
        ), sizes AS (
            SELECT ring_id, count(*) AS size FROM ring_members GROUP BY 1
        ), old_sizes AS (
            SELECT ring_id, count(*) AS size FROM {previous_name('ring_members')} GROUP BY 1
        )
        SELECT v.new_id, v.old_id FROM overlap v JOIN sizes n ON n.ring_id = v.new_id
        JOIN old_sizes o ON o.ring_id = v.old_id
        WHERE v.shared >= {SAME_RING_SHARE} * greatest(n.size, o.size)
        ORDER BY v.shared DESC, v.new_id, v.old_id
    """)
    mapping: dict[str, str] = {}
    taken: set[str] = set()
    for new_id, old_id in pairs:
        if new_id not in mapping and old_id not in taken:
            mapping[new_id] = old_id
            taken.add(old_id)
    renamed = {n: o for n, o in mapping.items() if n != o}
    if not renamed:
        return len(mapping)
    # An unmatched new ring whose content id an old ring now carries gets a distinct id.
    clashes = {r for (r,) in engine.rows("SELECT ring_id FROM rings")} & set(renamed.values())
    for ring_id in clashes - set(renamed):
        renamed[ring_id] = ring_id + "-n"
    engine.register("_ring_renames", pa.table({"new_id": list(renamed), "old_id": list(renamed.values())}))
    for table in ("rings", "ring_members", "scores"):
        engine.sql(f"UPDATE {table} SET ring_id = r.old_id FROM _ring_renames r WHERE {table}.ring_id = r.new_id")
    for table in ("contributions", "person_ring_contrib"):
        if engine.table_exists(table):
            engine.sql(f"""
                UPDATE {table} SET detail = replace(detail, 'ring ' || r.new_id || ':', 'ring ' || r.old_id || ':')
                FROM _ring_renames r WHERE {table}.code = 'RING_MEMBER'
                  AND starts_with({table}.detail, 'ring ' || r.new_id || ':')""")
    return len(mapping)
