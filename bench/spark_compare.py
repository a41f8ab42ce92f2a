"""Run a bundle through the scan's stages on DuckDB and on Spark and compare every table.

After each stage, every table the DuckDB engine holds is compared with the Spark engine's
table of that name: columns, row count, then the rows sorted (floats rounded to ROUND digits,
timestamps as text), printing the first rows that differ. The most useful tool for finding
where Spark's SQL parts from DuckDB's: the first stage and table that differ is the place.

    python bench/spark_compare.py BUNDLE [--until STAGE] [--show N] [--tables a,b]

Spark runs in local mode (RINGWATCH_SPARK_MASTER or --master for another); one Spark job
at a time on a small machine. Exit status 1 when a table differs.
"""

from __future__ import annotations

import argparse
import datetime as dt
import math
import sys
import time
from pathlib import Path

STAGES = ("load", "normalise", "signals", "links", "rings", "scores")
ROUND = 9
# Tables whose values differ between engines by design: LSH band keys are each engine's own
# hash() (only their grouping matters).
BY_DESIGN = {"resume_bands": {"key"}}


def _stage(name: str, engine, bundle: Path) -> None:
    from ringwatch.judgements import apply_judgements
    from ringwatch.link.fuzzy import canonical_addresses
    from ringwatch.link.stage import build_links
    from ringwatch.load import load_bundle
    from ringwatch.normalise.stage import normalise_bundle, report_unreadable_values
    from ringwatch.rings import find_ring_candidates
    from ringwatch.score import score_all
    from ringwatch.signals.compute import compute_signals

    if name == "load":
        engine._load_report = load_bundle(engine, bundle)
    elif name == "normalise":
        normalise_bundle(engine)
        report_unreadable_values(engine, engine._load_report)
        canonical_addresses(engine)
    elif name == "signals":
        compute_signals(engine)
    elif name == "links":
        build_links(engine, bundle)
        apply_judgements(engine, None, False)
    elif name == "rings":
        find_ring_candidates(engine)
    elif name == "scores":
        score_all(engine)


def _value(v):
    if isinstance(v, float):
        return "nan" if math.isnan(v) else round(v, ROUND) + 0.0
    if isinstance(v, (dt.datetime, dt.date)):
        return v.isoformat()
    if isinstance(v, list):
        return tuple(_value(x) for x in v)
    if isinstance(v, dict):
        return tuple(sorted((k, _value(x)) for k, x in v.items()))
    return v


def _sorted_rows(table, skip: set[str]) -> list[tuple]:
    columns = [c for c in table.column_names if c not in skip]
    data = [table.column(c).to_pylist() for c in columns]
    rows = [tuple(_value(v) for v in row) for row in zip(*data)]
    return sorted(rows, key=lambda r: tuple((x is None, repr(x)) for x in r))


def compare(duck, spark, show: int, only: set[str] | None) -> list[str]:
    """The tables that differ, each reported as it is found."""
    differing = []
    names = [r[0] for r in duck.rows("SELECT table_name FROM information_schema.tables "
                                     "ORDER BY table_name")]
    spark_names = {n.lower() for n in spark.tables()}
    for name in names:
        if only and name not in only:
            continue
        if name.lower() not in spark_names:
            print(f"  {name}: missing on Spark")
            differing.append(name)
            continue
        a = duck.arrow(f'SELECT * FROM "{name}"')
        b = spark.arrow(f'SELECT * FROM "{name}"')
        if [c.lower() for c in a.column_names] != [c.lower() for c in b.column_names]:
            print(f"  {name}: columns differ\n    duckdb {a.column_names}\n    spark  {b.column_names}")
            differing.append(name)
            continue
        b = b.rename_columns(a.column_names)
        if a.num_rows != b.num_rows:
            print(f"  {name}: {a.num_rows} rows on DuckDB, {b.num_rows} on Spark")
        skip = BY_DESIGN.get(name, set())
        ra, rb = _sorted_rows(a, skip), _sorted_rows(b, skip)
        if ra != rb:
            only_a = [r for r in ra if r not in set(rb)]
            only_b = [r for r in rb if r not in set(ra)]
            print(f"  {name}: {len(only_a)} rows only on DuckDB, {len(only_b)} only on Spark "
                  f"(columns {[c for c in a.column_names if c not in skip]})")
            for r in only_a[:show]:
                print(f"    duckdb {str(r)[:400]}")
            for r in only_b[:show]:
                print(f"    spark  {str(r)[:400]}")
            differing.append(name)
    return differing


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("bundle", type=Path)
    parser.add_argument("--until", choices=STAGES, default=STAGES[-1])
    parser.add_argument("--show", type=int, default=3, help="differing rows shown per table")
    parser.add_argument("--tables", help="compare only these tables (comma-separated)")
    parser.add_argument("--master", help="Spark master URL (default local)")
    args = parser.parse_args()
    from ringwatch.engines.duckdb import DuckDBEngine
    from ringwatch.engines.spark import SparkEngine

    duck = DuckDBEngine(None)
    spark = SparkEngine(None, master=args.master)
    only = set(args.tables.split(",")) if args.tables else None
    failed = False
    timings = []
    for stage in STAGES:
        seconds = []
        for engine in (duck, spark):
            started = time.perf_counter()
            _stage(stage, engine, args.bundle)
            seconds.append(time.perf_counter() - started)
        timings.append((stage, *seconds))
        print(f"{stage}: DuckDB {seconds[0]:.1f}s, Spark {seconds[1]:.1f}s", flush=True)
        differing = compare(duck, spark, args.show, only)
        print(f"{stage}: {'all tables equal' if not differing else 'differ: ' + ', '.join(differing)}",
              flush=True)
        failed = failed or bool(differing)
        if stage == args.until:
            break
    print("\nstage      duckdb_s  spark_s")
    for stage, a, b in timings:
        print(f"{stage:10s} {a:8.1f} {b:8.1f}")
    spark.stop()
    duck.close()
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
