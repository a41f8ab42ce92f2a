"""The link stage: from normalised tables to `links(a, b, kind, value, n_sharing, weight, detail)`."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from ringwatch.graph import components
from ringwatch.link.exact import (build_subject_keys, exact_links_sql, login_ip_links_sql,
                                  near_duplicate_links_sql)
from ringwatch.link.persons import resolve_persons
from ringwatch.link.weights import MIN_LINK_WEIGHT, weight_sql

Progress = Callable[[str], None]

# Members of one household share devices, the home IP, a parent's phone as a child's recovery
# number, a joint account. Between people who claim the same home (in a group no larger than
# HOUSEHOLD_MAX), those kinds of link are expected and weigh HOUSEHOLD_DISCOUNT of their usual
# weight. A laptop farm's personas claim different homes, so their links keep full weight.
HOUSEHOLD_MAX = 8
HOUSEHOLD_DISCOUNT = 0.2
HOUSEHOLD_KINDS = ("SHARED_DEVICE", "SHARED_LOGIN_IP", "SHARED_SIGNUP_IP", "SHARED_PHONE",
                   "SHARED_EMAIL", "SHARED_RECOVERY_PHONE", "SHARED_RECOVERY_EMAIL", "SHARED_PAYOUT")


def _burst_links_sql() -> str:
    return f"""
        SELECT a.subject_id AS a, b.subject_id AS b, 'BURST_PEER' AS kind,
               a.signup_net || ' ' || a.email_local_shape AS value,
               CAST(a.burst_size AS INTEGER) AS n_sharing,
               {weight_sql("'BURST_PEER'", 'a.burst_size')} AS weight,
               'created ' || CAST(abs(date_diff('minute', a.created_at, b.created_at)) AS VARCHAR)
               || ' minutes apart' AS detail
        FROM burst_members a JOIN burst_members b
          ON a.burst_id = b.burst_id AND a.subject_id < b.subject_id
    """


def _near_duplicates(engine, bundle_dir: Path, progress: Progress) -> list[str]:
    """Resume and photo near-duplicate pairs, clustered; returns the link queries for them."""
    from ringwatch.link.images import photo_pairs_stage
    from ringwatch.link.text import resume_pairs_stage

    queries = []
    for table, stage, code, column, label, source_column in (
        ("resume_pairs", resume_pairs_stage, "RESUME_CLONE", "similarity",
         "resume similarity", "resume"),
        ("photo_pairs", photo_pairs_stage, "PHOTO_REUSE", "distance",
         "photo hash distance", "photo"),
    ):
        if not engine.scalar(f"SELECT count(*) FROM subjects WHERE {source_column} IS NOT NULL"):
            continue
        progress(f"comparing {source_column}s")
        stage(engine, bundle_dir)
        components(engine, f"{table}_clusters", f"SELECT a FROM {table} UNION SELECT b FROM {table}",
                   f"SELECT a, b FROM {table}")
        queries.append(near_duplicate_links_sql(table, code, column, label))
    return queries


def build_links(engine, bundle_dir: Path, progress: Progress = lambda _: None) -> None:
    progress("resolving people and identities")
    resolve_persons(engine)
    build_subject_keys(engine)
    queries = [exact_links_sql(), login_ip_links_sql(), _burst_links_sql()]
    queries += _near_duplicates(engine, bundle_dir, progress)
    progress("weighing links")
    union = " UNION ALL ".join(f"SELECT * FROM ({q})" for q in queries)
    engine.create("_raw_links", f"SELECT * FROM ({union}) WHERE weight >= {MIN_LINK_WEIGHT}")
    _co_residents(engine)
    # One row per pair and kind: the strongest shared value of that kind stands for the pair.
    # Between co-residents, what households share anyway is discounted.
    household_kinds = ", ".join(f"'{k}'" for k in HOUSEHOLD_KINDS)
    engine.create("links", f"""
        WITH adjusted AS (
            SELECT r.a, r.b, r.kind, r.value, r.n_sharing,
                   CASE WHEN h.a IS NOT NULL AND r.kind IN ({household_kinds})
                        THEN r.weight * {HOUSEHOLD_DISCOUNT} ELSE r.weight END AS weight,
                   CASE WHEN h.a IS NOT NULL AND r.kind IN ({household_kinds})
                        THEN r.detail || '; co-residents, weight x {HOUSEHOLD_DISCOUNT}'
                        ELSE r.detail END AS detail
            FROM _raw_links r LEFT JOIN co_residents h ON h.a = r.a AND h.b = r.b
        )
        SELECT a, b, kind, arg_max(value, weight) AS value,
               arg_max(n_sharing, weight) AS n_sharing, max(weight) AS weight,
               arg_max(detail, weight) AS detail
        FROM adjusted WHERE weight >= {MIN_LINK_WEIGHT}
        GROUP BY a, b, kind
    """)
    engine.sql("DROP TABLE IF EXISTS _raw_links")


def _co_residents(engine) -> None:
    """Pairs who claim the same home (or one that differs only by an omitted flat number), in
    household-sized groups."""
    engine.create("co_residents", f"""
        WITH homes AS (
            SELECT s.id, c.canonical, count(*) OVER (PARTITION BY c.canonical) AS residents
            FROM subjects_norm s JOIN address_canon c ON c.address_key = s.address_key
        ), near_pairs AS (
            SELECT ha.id AS a, hb.id AS b
            FROM address_near n
            JOIN homes ha ON ha.canonical = n.a
            JOIN homes hb ON hb.canonical = n.b
            WHERE ha.residents <= {HOUSEHOLD_MAX} AND hb.residents <= {HOUSEHOLD_MAX}
        )
        SELECT DISTINCT a, b FROM _raw_links
        WHERE kind = 'SHARED_ADDRESS' AND n_sharing <= {HOUSEHOLD_MAX}
        UNION
        SELECT least(a, b), greatest(a, b) FROM near_pairs
    """)
