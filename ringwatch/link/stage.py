"""The link stage: from normalised tables to `links(a, b, kind, value, n_sharing, weight, detail)`."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from ringwatch.graph import components
from ringwatch.link.exact import (build_subject_keys, exact_links_sql, login_ip_links_sql,
                                  near_duplicate_links_sql)
from ringwatch.link.fuzzy import canonical_addresses, canonical_names
from ringwatch.link.persons import resolve_persons
from ringwatch.link.weights import MIN_LINK_WEIGHT, weight_sql

Progress = Callable[[str], None]


def _burst_links_sql() -> str:
    return f"""
        SELECT a.subject_id AS a, b.subject_id AS b, 'BURST_PEER' AS kind,
               a.signup_net || ' ' || a.email_local_shape AS value,
               CAST(a.burst_size AS INTEGER) AS n_sharing,
               {weight_sql("'BURST_PEER'", 'a.burst_size')} AS weight,
               'created ' || strftime(a.hour_bucket, '%Y-%m-%d %H:00') || ' hour' AS detail
        FROM burst_members a JOIN burst_members b
          ON a.signup_net = b.signup_net AND a.email_local_shape = b.email_local_shape
         AND a.hour_bucket = b.hour_bucket AND a.subject_id < b.subject_id
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
    progress("resolving people")
    resolve_persons(engine)
    progress("matching similar names and addresses")
    canonical_addresses(engine)
    canonical_names(engine)
    build_subject_keys(engine)
    queries = [exact_links_sql(), login_ip_links_sql(), _burst_links_sql()]
    queries += _near_duplicates(engine, bundle_dir, progress)
    progress("weighing links")
    union = " UNION ALL ".join(f"SELECT * FROM ({q})" for q in queries)
    # One row per pair and kind: the strongest shared value of that kind stands for the pair.
    engine.create("links", f"""
        SELECT a, b, kind, arg_max(value, weight) AS value,
               arg_max(n_sharing, weight) AS n_sharing, max(weight) AS weight,
               arg_max(detail, weight) AS detail
        FROM ({union}) WHERE weight >= {MIN_LINK_WEIGHT}
        GROUP BY a, b, kind
    """)
