"""Which of a scan's SQL statements sqlglot can carry from DuckDB's dialect to Spark's.

Runs a scan of small generated bundles (or of each BUNDLE) with every engine statement recorded and
attributed to the ringwatch module that issued it, transpiles each distinct statement with
`sqlglot.transpile(sql, read="duckdb", write="spark")`, and prints, per module, the
statements that fail and why. sqlglot rarely raises: a DuckDB-only function is passed
through by name, and some constructs are dropped silently (an aggregate's ORDER BY), so the
Spark output is also checked for functions Spark does not have and for DuckDB-only
statements and clauses. The summary goes into docs/ENGINES.md; the captured SQL is not kept.

    python bench/sql_inventory.py [BUNDLE ...] [--show N]
"""

from __future__ import annotations

import argparse
import collections
import inspect
import re
import sys
import tempfile
from pathlib import Path

import sqlglot
from sqlglot import exp
from sqlglot.errors import ErrorLevel

# Functions the Spark output may name that Spark SQL (3.5/4.0) does not have, or has with
# another meaning; found by reading the transpiled statements (sqlglot passes unknown ones on).
NOT_SPARK = {
    "regexp_full_match": "no such function (spell: x RLIKE '^(?:p)$')",
    "strlen": "no such function (length)",
    "timezone": "no such function (from_utc_timestamp / session time zone)",
    "isfinite": "no such function (NOT isnan(x) AND abs(x) < 'Infinity')",
    "to_minutes": "no such function (make_interval / a number of minutes)",
    "list_bool_or": "no such function (exists(array, x -> x))",
    "list_bool_and": "no such function (forall(array, x -> x))",
    "list_has_all": "no such function (size(array_except(b, a)) = 0)",
    "list_intersect": "no such function (array_intersect)",
    "list_slice": "no such function (slice, 1-based with a length)",
    "damerau_levenshtein": "no such function (levenshtein has no transpositions)",
    "current_setting": "DuckDB setting (spark.conf)",
    "read_csv": "DuckDB reader (spark.read.csv)",
    "read_ndjson_objects": "DuckDB reader (spark.read.text + from_json)",
    "columns": "DuckDB star expression COLUMNS(*)",
    "_u": "range() table function mistranslated",
    "hash": "exists, but gives other values than DuckDB's hash",
    "json_keys": "no such function (json_object_keys)",
    "json_type": "no such function (schema_of_json / get_json_object)",
    "duckdb_tables": "DuckDB catalog (spark.catalog)",
}
# Whole statements that are DuckDB's own (the Spark engine does these its own way).
DUCKDB_STATEMENTS = (exp.Copy, exp.Describe, exp.Set, exp.Update, exp.Delete, exp.Command,
                     exp.Attach, exp.Detach)
CLAUSES = {  # DuckDB-only spellings sqlglot leaves in the Spark output
    "rowid": re.compile(r"\browid\b", re.IGNORECASE),
    "glob-escaped path [*]": re.compile(r"\[[*?\[]\]"),
}


def _caller() -> str:
    """The ringwatch module (outside engines/) whose code issued the statement."""
    for frame in inspect.stack()[2:]:
        path = Path(frame.filename)
        if "ringwatch" in path.parts and "engines" not in path.parts:
            parts = path.parts[path.parts.index("ringwatch"):]
            return "/".join(parts)
    return "?"


def capture(bundle: Path) -> dict[str, str]:
    """Scan `bundle` and return each distinct statement with the module that issued it."""
    import ringwatch.engines.duckdb as duck
    from ringwatch.pipeline import scan

    statements: dict[str, str] = {}
    guarded = duck._guarded

    def recording(run, query, table=None):
        statements.setdefault(query, _caller())
        return guarded(run, query, table)

    duck._guarded = recording
    try:
        with tempfile.TemporaryDirectory() as out:
            scan(bundle, Path(out))
    finally:
        duck._guarded = guarded
    return statements


def problems(sql: str) -> list[str]:
    """Why `sql` does not carry over to Spark as transpiled ([] when it seems to)."""
    found = []
    try:
        tree = sqlglot.parse_one(sql, read="duckdb")
        spark = sqlglot.transpile(sql, read="duckdb", write="spark",
                                  unsupported_level=ErrorLevel.RAISE)[0]
    except Exception as exc:  # noqa: BLE001 - any failure is the answer
        return [f"sqlglot: {type(exc).__name__}: {str(exc).splitlines()[0][:100]}"]
    if isinstance(tree, DUCKDB_STATEMENTS):
        found.append(f"statement {tree.key.upper()}")
    elif isinstance(tree, exp.Column):  # a bare word: CHECKPOINT
        found.append(f"statement {tree.sql().upper()}")
    if tree.find(exp.GroupConcat):
        found.append("string_agg(): LISTAGG, Spark 4.0+ only (concat_ws + collect_list before)")
    for node in tree.find_all(exp.ArrayAgg):
        if isinstance(node.this, exp.Order):  # Spark's collect_list has no order
            found.append("list(... ORDER BY): the order is dropped")
    for name, pattern in CLAUSES.items():
        if pattern.search(spark):
            found.append(name)
    try:
        out = sqlglot.parse_one(spark, read="spark")
    except Exception as exc:  # noqa: BLE001
        return found + [f"Spark output does not parse: {str(exc).splitlines()[0][:80]}"]
    for node in out.find_all(exp.Func):
        name = (node.name if isinstance(node, exp.Anonymous) else node.sql_name()).lower()
        if name in NOT_SPARK:
            found.append(f"{name}(): {NOT_SPARK[name]}")
    return sorted(set(found))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("bundles", nargs="*", type=Path, metavar="BUNDLE")
    parser.add_argument("--show", type=int, default=0, help="print N failing statements")
    args = parser.parse_args()
    statements: dict[str, str] = {}
    with tempfile.TemporaryDirectory() as tmp:
        bundles = args.bundles
        if not bundles:  # every reader: a CSV bundle with media, small JSONL and Parquet ones
            from ringwatch.synth.generate import generate

            for fmt, n in (("csv", 2000), ("jsonl", 300), ("parquet", 300)):
                generate(Path(tmp) / fmt, subjects=n, seed=3, fmt=fmt, photo_rate=0.2, resume_rate=0.3)
                bundles.append(Path(tmp) / fmt / "bundle")
        for bundle in bundles:
            for sql, module in capture(bundle).items():
                statements.setdefault(sql, module)
    per_module: dict[str, collections.Counter] = collections.defaultdict(collections.Counter)
    totals, failing, examples = collections.Counter(), 0, []
    for sql, module in statements.items():
        found = problems(sql)
        totals[module] += 1
        if found:
            failing += 1
            examples.append((module, found, sql))
        per_module[module].update(found)
    print(f"{len(statements)} distinct statements, {len(statements) - failing} transpile to Spark "
          f"as they are, {failing} do not")
    for module in sorted(totals):
        bad = sum(1 for m, _, _ in examples if m == module)
        print(f"\n{module}: {totals[module]} statements, {bad} failing")
        for problem, n in per_module[module].most_common():
            print(f"  {n:4d}  {problem}")
    for module, found, sql in examples[:args.show]:
        statement = re.sub(r"\s+", " ", sql)[:400]
        print(f"\n--- {module}: {'; '.join(found)}\n{statement}")


if __name__ == "__main__":
    sys.exit(main())
