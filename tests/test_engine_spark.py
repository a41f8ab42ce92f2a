"""The Spark engine: the DuckDB-to-Spark SQL fix-ups, and scans equal to DuckDB's.

The transpiler tests need only sqlglot. The engine tests need pyspark and a Java runtime and
are skipped with the reason otherwise; they share one Spark session (module scope) and a small
generated bundle, and compare every subject's score, level, reasons and ring with DuckDB's.
"""

from __future__ import annotations

import csv
import datetime as dt
import importlib.util
import re
import shutil
import tempfile
from pathlib import Path

import pytest

sqlglot = pytest.importorskip("sqlglot")

from ringwatch.engines.spark_sql import expression_to_spark, to_spark  # noqa: E402


def _flat(sql: str) -> str:
    return " ".join(sql.split()).upper()


# -- the transpiler (no Spark needed) ----------------------------------------------------------

def test_ordered_string_agg_keeps_its_order_and_filter():
    out = _flat(to_spark("SELECT g, string_agg(code, ';' ORDER BY w DESC, code) "
                         "FILTER (WHERE w <> 0) AS r FROM t GROUP BY g"))
    assert "LISTAGG" not in out and "ARRAY_SORT(COLLECT_LIST(" in out
    assert "W <> 0" in out  # the filter moved inside the collected list
    assert "RW_L.K0 < RW_R.K0 THEN 1" in out  # descending on the first key


def test_ordered_list_and_first_are_sorted():
    out = _flat(to_spark("SELECT list(x ORDER BY y), first(v ORDER BY d, v) FROM t"))
    assert "COLLECT_LIST(STRUCT(Y AS K0, X AS V))" in out
    assert "ELEMENT_AT(TRANSFORM(ARRAY_SORT(" in out


def test_ordered_sum_adds_in_order():
    out = _flat(to_spark("SELECT sum(e ORDER BY e, c) FROM t"))
    assert "AGGREGATE(" in out and "CAST(0 AS DOUBLE)" in out


def test_range_table_function_becomes_a_sequence():
    assert _flat(to_spark("SELECT band FROM t CROSS JOIN range(4) AS b(band)")) == \
        "SELECT BAND FROM T CROSS JOIN (SELECT EXPLODE(SEQUENCE(0, 4 - 1)) AS BAND) AS B"
    assert "AS RANGE) AS _RANGE" in _flat(to_spark("SELECT range FROM range(8)"))


def test_list_indexes_are_one_based_and_negative_from_the_end():
    out = _flat(to_spark("SELECT a[1], a[-1], a[i], len(a), len(a[1]), p[4:], s['f'] FROM t"))
    assert out == ("SELECT ELEMENT_AT(A, 1), ELEMENT_AT(A, -1), ELEMENT_AT(A, I), SIZE(A), "
                   "LENGTH(ELEMENT_AT(A, 1)), SLICE(P, 4, SIZE(P)), S['F'] FROM T")


def test_duckdb_only_functions_are_spelled_for_spark():
    out = _flat(to_spark("SELECT list_bool_or(a), list_bool_and(a), strlen(x), list_has_all(a, b), "
                         "list_intersect(a, b), list_slice(a, 2, 3), hash(x), "
                         "damerau_levenshtein(x, y), jaro_winkler_similarity(x, y), "
                         "regexp_full_match(x, 'a.*'), list_has_any(a, b) FROM t"))
    for spelled in ("EXISTS(A, RW_B -> RW_B)", "FORALL(A, RW_B -> RW_B)", "OCTET_LENGTH(X)",
                    "SIZE(ARRAY_EXCEPT(B, A)) = 0", "ARRAY_INTERSECT(A, B)", "SLICE(A, 2,",
                    "XXHASH64(X)", "RW_DAMERAU_LEVENSHTEIN(X, Y)", "JAROWINKLER_SIMILARITY(X, Y)",
                    "RLIKE '^(?:A.*)\\\\Z'", "ARRAYS_OVERLAP(A, B)"):
        assert spelled in out, spelled


def test_date_diff_counts_boundaries_as_duckdb():
    out = _flat(to_spark("SELECT date_diff('minute', a, b) FROM t"))
    assert out == ("SELECT TIMESTAMPDIFF(MINUTE, DATE_TRUNC('MINUTE', A), DATE_TRUNC('MINUTE', B)) "
                   "FROM T")


def test_unnest_beside_a_join_and_inside_an_expression():
    out = _flat(to_spark("SELECT u.id FROM r, unnest([r.a, r.b]) AS u(id) "
                         "JOIN p ON p.s = u.id"))
    assert "LATERAL (SELECT EXPLODE(ARRAY(R.A, R.B)) AS ID) AS U JOIN P" in out
    out = _flat(to_spark("SELECT a, nullif(unnest(string_split(x, ';')), '') FROM t"))
    assert "NULLIF(RW_UNNEST_1.U, '')" in out and "LATERAL (SELECT EXPLODE(" in out


def test_nested_ctes_of_one_name_stay_apart():
    out = _flat(to_spark("WITH g AS (SELECT 1 AS v), t AS (WITH g AS (SELECT 2 AS v) "
                         "SELECT v FROM g) SELECT * FROM g, t"))
    assert "G__1 AS (SELECT 2 AS V)" in out and "T AS (SELECT V FROM G__1)" in out


def test_splink_conditions():
    out = _flat(expression_to_spark("len(a) = len(b) AND list_bool_and(list_transform("
                                    "range(1, len(a) + 1), lambda i: a[i] = b[i]))"))
    assert "ELEMENT_AT(A, I) = ELEMENT_AT(B, I)" in out and "FORALL(" in out


# DuckDB-only functions and clauses a statement must not carry into Spark SQL (the transpiler
# spells the others; bench/sql_inventory.py has the reasons).
DUCKDB_ONLY = re.compile(
    r"\b(current_setting|read_csv|read_ndjson_objects|read_parquet|columns|json_keys|json_type|"
    r"duckdb_tables|strlen|timezone|isfinite|regexp_full_match|to_minutes|list_bool_or|"
    r"list_bool_and|list_has_all|list_intersect|list_slice|list_filter|list_transform|"
    r"struct_pack|arg_max|arg_min|any_value_by)\s*\(|\*\s*(replace|exclude)\s*\(|\browid\b",
    re.IGNORECASE)


def test_every_statement_of_the_spark_stages_reads_as_spark_sql(tmp_path, monkeypatch):
    """What a DuckDB scan asks between loading and the outputs (the stages that run on Spark)
    transpiles, with nothing DuckDB-only left: a construct only large bundles reach (a ring
    losing its peripheral members) once stopped a 100,000-subject Spark scan."""
    import ringwatch.engines.duckdb as duck
    from ringwatch.pipeline import scan
    from ringwatch.synth.generate import generate

    generate(tmp_path / "case", subjects=400, seed=5)
    on_spark = {"normalise", "signals", "links", "rings", "scores"}
    current = [""]
    statements: set[str] = set()
    guarded = duck._guarded

    def recording(run, query, table=None):
        if current[0] in on_spark:
            statements.add(query)
        return guarded(run, query, table)

    monkeypatch.setattr(duck, "_guarded", recording)
    scan(tmp_path / "case" / "bundle", tmp_path / "out",
         on_stage=lambda stage, detail: current.__setitem__(0, stage))
    assert len(statements) > 150
    # Rings losing peripheral members (rare in small bundles): one member of a real ring.
    from ringwatch.engines.duckdb import DuckDBEngine
    from ringwatch.score import drop_peripheral_members

    engine = DuckDBEngine(tmp_path / "out" / "ringwatch.duckdb")
    engine.create("_peripheral", "SELECT ring_id, min(subject_id) AS subject_id FROM ring_members "
                                 "GROUP BY ring_id ORDER BY ring_id LIMIT 1")
    current[0] = "scores"
    drop_peripheral_members(engine)
    engine.close()
    assert any("FROM rings r JOIN" in q for q in statements)
    left = {}
    for query in statements:
        found = DUCKDB_ONLY.search(to_spark(query))
        if found:
            left[found.group(0)] = query[:200]
    assert not left, left


# -- the engine (pyspark and Java) -------------------------------------------------------------

def _spark_missing() -> str | None:
    if importlib.util.find_spec("pyspark") is None:
        return "pyspark is not installed (pip install '.[spark]')"
    if shutil.which("java") is None:
        return "no Java runtime for Spark"
    return None


spark_only = pytest.mark.skipif(_spark_missing() is not None, reason=_spark_missing() or "")


@pytest.fixture(scope="module")
def spark_engine():
    from ringwatch.engines.spark import SparkEngine

    engine = SparkEngine(None, threads=2)
    yield engine
    engine.stop()


@pytest.fixture(scope="module")
def small_bundle(tmp_path_factory):
    from ringwatch.synth.generate import generate

    out = tmp_path_factory.mktemp("spark_bundle")
    generate(out, subjects=300, seed=11)
    return out / "bundle"


def _subjects(path: Path) -> dict[str, tuple]:
    with path.open(newline="", encoding="utf-8") as handle:
        return {row["id"]: (row["score"], row["level"], row["ring"], row["reasons"], row["person"])
                for row in csv.DictReader(handle)}


@spark_only
def test_damerau_and_jaro_winkler_udfs_equal_duckdb():
    import random

    import duckdb
    import pandas as pd

    from ringwatch.engines.spark import _damerau_levenshtein_batch, _jaro_winkler_batch

    rng = random.Random(4)
    pairs = []
    for _ in range(3000):
        a = "".join(rng.choice("abcdé 李") for _ in range(rng.randint(0, 14)))
        b = list(a) if rng.random() < 0.5 else list("".join(rng.choice("abcdé ") for _ in range(rng.randint(0, 12))))
        for _ in range(rng.randint(0, 2)):  # a typo or two: where the Winkler boost applies
            if b:
                b[rng.randrange(len(b))] = rng.choice("abxé")
        pairs.append((a, "".join(b)))
    pairs += [(None, "a"), ("a", None), (None, None), ("", ""), ("", "a")]
    con = duckdb.connect()
    con.execute("CREATE TABLE p (i INTEGER, a VARCHAR, b VARCHAR)")
    con.executemany("INSERT INTO p VALUES (?, ?, ?)", [(i, a, b) for i, (a, b) in enumerate(pairs)])
    expected = con.execute("SELECT jaro_winkler_similarity(a, b), damerau_levenshtein(a, b) "
                           "FROM p ORDER BY i").fetchall()
    left = pd.Series([a for a, _ in pairs], dtype=object)
    right = pd.Series([b for _, b in pairs], dtype=object)
    batch = list(zip(_jaro_winkler_batch(left, right).tolist(),
                     _damerau_levenshtein_batch(left, right).tolist()))
    boosted = 0
    for (a, b), (jw, dl), (batch_jw, batch_dl) in zip(pairs, expected, batch):
        if jw is None:
            assert pd.isna(batch_jw) and pd.isna(batch_dl), (a, b)
        else:
            assert (batch_jw, batch_dl) == (jw, dl), (a, b)
            boosted += jw > 0.7 and a[:1] == b[:1]
    assert boosted > 500  # the fused multiply-add was exercised


@spark_only
def test_scan_on_spark_equals_duckdb(spark_engine, small_bundle, tmp_path):
    from ringwatch.pipeline import scan

    duck = scan(small_bundle, tmp_path / "duckdb")
    spark = scan(small_bundle, tmp_path / "spark", engine_name="spark",
                 engine_options={"session": spark_engine.spark})
    assert spark.subjects == duck.subjects and spark.levels == duck.levels
    assert spark.rings == duck.rings
    assert _subjects(tmp_path / "spark" / "subjects.csv") == _subjects(tmp_path / "duckdb" / "subjects.csv")
    assert (tmp_path / "spark" / "rings.jsonl").read_text() == (tmp_path / "duckdb" / "rings.jsonl").read_text()
    import duckdb

    with duckdb.connect(str(tmp_path / "spark" / "ringwatch.duckdb"), read_only=True) as con:
        assert con.execute("SELECT value FROM run_info WHERE key = 'engine'").fetchone() == ("spark",)


@spark_only
def test_load_warnings_and_errors_on_spark_name_file_row_column(spark_engine, tmp_path):
    from ringwatch.errors import BundleError
    from ringwatch.load import load_bundle

    bundle = tmp_path / "bundle"
    bundle.mkdir()
    (bundle / "subjects.csv").write_text(
        "id,kind,full_name,created_at\nA,employee,Ann,2024-01-01\nB,employee,Bob,yesterday-ish\n")
    report = load_bundle(spark_engine, bundle)
    assert report.warnings == 1
    assert spark_engine.rows('SELECT file, "row", "column", code FROM load_issues') == [
        ("subjects.csv", 2, "created_at", "bad_timestamp")]
    assert spark_engine.count("subjects") == 2

    (bundle / "subjects.csv").write_text("id,kind,full_name\nA,employee,Ann\nA,employee,Bob\n")
    with pytest.raises(BundleError, match="subjects.csv, column 'id'.*rows 1, 2"):
        load_bundle(spark_engine, bundle)
    assert spark_engine.scalar("SELECT code FROM load_issues WHERE severity = 'error'") == "duplicate_id"


@spark_only
def test_a_callers_session_keeps_its_views_and_settings(spark_engine):
    from ringwatch.engines.spark import SparkEngine

    caller = spark_engine.spark
    caller.conf.set("spark.sql.ansi.enabled", "true")  # Spark 4's own default
    try:
        engine = SparkEngine(None, session=caller)
        engine.create("scratch_of_the_scan", "SELECT 'x' AS v")
        # The scan's SQL runs with DuckDB's semantics (a failed cast is NULL) ...
        assert engine.scalar("SELECT CAST(v AS INTEGER) IS NULL FROM scratch_of_the_scan") is True
        assert engine.spark.conf.get("spark.sql.ansi.enabled") == "false"
        # ... in a session of its own: the caller's settings and views are not touched.
        assert caller.conf.get("spark.sql.ansi.enabled") == "true"
        assert not caller.catalog.tableExists("scratch_of_the_scan")
        engine.close()
    finally:
        caller.conf.set("spark.sql.ansi.enabled", "false")


@spark_only
@pytest.mark.parametrize("local_files", [True, False], ids=["parquet", "arrow"])
def test_tables_cross_between_duckdb_and_spark_either_way(spark_engine, tmp_path, monkeypatch, local_files):
    """Local mode hands tables over as Parquet files; a cluster through Arrow: both keep
    every row, column and type."""
    from ringwatch.load import load_bundle

    monkeypatch.setattr(spark_engine, "_local_files", lambda: local_files)
    monkeypatch.setattr(spark_engine, "_parquet_tables", local_files)
    # Paths holding glob characters (the output folder's name is the user's) name one file.
    odd = tmp_path / "hand[over]*{x}"
    odd.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(odd))
    bundle = tmp_path / "bundle"
    bundle.mkdir()
    (bundle / "subjects.csv").write_text(
        "id,kind,full_name,created_at\nA,employee,Ann,2024-01-01T10:00:00+02:00\nB,employee,Bob,\n")
    load_bundle(spark_engine, bundle)
    assert spark_engine.rows("SELECT id, created_at, _row FROM subjects ORDER BY id") == [
        ("A", dt.datetime(2024, 1, 1, 8, 0), 1), ("B", None, 2)]
    spark_engine.create("lists", "SELECT 1 AS n, [1, 2] AS xs, 'x' AS s")
    spark_engine.create("no_rows", "SELECT 1 AS n, 'x' AS s WHERE false")
    duck = spark_engine.workspace(tmp_path / f"ws-{local_files}.duckdb")
    try:
        assert duck.rows("SELECT n, xs, s FROM lists") == [(1, [1, 2], "x")]
        assert duck.count("no_rows") == 0 and duck.columns("no_rows") == ["n", "s"]
        assert duck.rows("SELECT id, created_at, _row FROM subjects ORDER BY id") == [
            ("A", dt.datetime(2024, 1, 1, 8, 0), 1), ("B", None, 2)]
    finally:
        duck.close()


@spark_only
def test_tables_are_parquet_files_that_go_with_the_table(spark_engine, tmp_path, monkeypatch):
    """In local mode a table is a folder of Parquet files among the scan's temporary files
    (off the JVM heap, read column by column); replacing or dropping it deletes them; a table
    with a column Parquet cannot hold (an untyped NULL) is checkpointed instead."""
    from ringwatch.engines.spark import SparkEngine

    odd = tmp_path / "store[a]*{b}"  # the output folder's name is the user's
    odd.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(odd))
    engine = SparkEngine(None, session=spark_engine.spark)
    try:
        store = Path(engine._checkpoints) / "tables"
        engine.create("t", "SELECT 1 AS n, [1, 2] AS xs, TIMESTAMP '2024-01-01 10:00:00' AS ts")
        first = set(store.iterdir())
        assert len(first) == 1 and list(next(iter(first)).glob("*.parquet"))
        engine.sql("INSERT INTO t VALUES (2, [3], NULL)")
        assert engine.rows("SELECT n, xs FROM t ORDER BY n") == [(1, [1, 2]), (2, [3])]
        assert len(set(store.iterdir())) == 1 and set(store.iterdir()) != first  # the old files went
        engine.create("untyped", "SELECT NULL AS nothing, 2 AS n")
        assert engine.rows("SELECT nothing, n FROM untyped") == [(None, 2)]
        assert len(set(store.iterdir())) == 1  # checkpointed, not a folder
        engine.sql("DROP TABLE t")
        assert not list(store.iterdir()) and not engine.table_exists("t")
        engine.create("kept", "SELECT 'x' AS s")
    finally:
        engine.close()
    assert not Path(engine._checkpoints).exists()


# -- loading: the bundle read by Spark itself, with DuckDB's issues and tables ------------------

def _hostile_bundle(folder: Path) -> Path:
    """Every kind of cell the loader warns about, in each file format, and files Spark and
    DuckDB could read differently (a BOM, CRLF, a quoted line break, doubled quotes, blank
    lines, bytes that are not UTF-8, nested JSON, typed Parquet columns)."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    bundle = folder / "bundle"
    bundle.mkdir()
    (bundle / "photos").mkdir()
    header = "id,kind,full_name,email,country,birth_date,created_at,photo,Notes,,rowid"
    rows = [
        'S1,employee,"Ann ""Annie"" Lee",ann@example.com,us,1990-05-01,2024-01-01T10:00:00+02:00,,"two\r\nlines",x,1',
        "S2,Employee ,Bob,bob@example.com,USA,1990-02-30,2024/01/01,../outside.jpg,,,",
        "S3,alien,Cy,   ,GB,2999-01-01,2024-01-01 10:00:00 America/New_York,photos/missing.jpg,n,,",
        "",
        "S4,applicant,D\xe9bora,d@example.com,,19900501,2024,,,,",
        "S5,applicant,Eve,e@example.com,de,1990-5-1 ,1899-12-31,,,,",
        "S6,,=cmd(),f@example.com,fr,,2024-01-01T10:00Z,,,,",
        "S7,account,Gus,,jp,,  2024-06-01 10:00:00 ,,,,",
    ]
    text = "\ufeff" + "\r\n".join([header, *rows]) + "\r\n"
    (bundle / "subjects.csv").write_bytes(text.encode("utf-8").replace("D\xe9bora".encode(), b"D\xe9bora"))
    (bundle / "logins.csv").write_text(
        "subject_id,ts,ip,outcome,latitude,longitude\n"
        "S1,2024-01-02 08:00:00,203.0.113.5,success,52.5,13.4\n"
        "S2,not a time,203.0.113.6,SUCCESS,abc,1.0d\n"
        "NOPE,2024-01-02 08:00:00,203.0.113.7,maybe,1_000,0x10\n"
        "S3,2024-01-02T08:00:00.1234567Z,,failure, 12 ,-0\n")
    (bundle / "payments.jsonl").write_text(
        '{"subject_id": "S1", "amount": 12.50, "currency": "USD", "method": "wire", "destination": "acct-1"}\n'
        "\n"
        '{"subject_id": "S2", "amount": "1_000", "method": "crypto", "destination": {"wallet": [1, 2]}, "a.b $c": 7}\n'
        "   \n"
        '{"subject_id": "ZZ", "amount": null, "ts": "2024-02-01", "method": "Cash"}\n'
        '{"subject_id": "S3", "amount": 1e3, "ts": "2024-02-01T00:00:00-03:30", "extra": true}\n')
    pq.write_table(pa.table({
        "subject_id": ["S1", "S4", "S9"],
        "ts": pa.array([dt.datetime(2024, 3, 1, 9, 30), None, dt.datetime(2024, 3, 2)], pa.timestamp("us")),
        "asset": pa.array([101, 102, None], pa.int64()),
        "address": ["1 Main St", "", "  "],
        "weight_kg": pa.array([1.5, None, 2.25], pa.float64()),
    }), bundle / "shipments.parquet")
    return bundle


def _loaded(engine, bundle: Path) -> tuple[list, dict]:
    from ringwatch.load import load_bundle

    load_bundle(engine, bundle)
    issues = sorted(engine.rows('SELECT file, "row", "column", severity, code, message FROM load_issues'),
                    key=repr)
    tables = {}
    for table in ("subjects", "logins", "payments", "shipments"):
        columns = ", ".join(f'"{c}"' for c in engine.columns(table))
        tables[table] = (engine.columns(table),
                         sorted(engine.rows(f"SELECT {columns} FROM {table}"), key=repr))
    return issues, tables


@spark_only
def test_spark_reads_a_hostile_bundle_itself_with_duckdbs_issues_and_tables(spark_engine, tmp_path):
    from ringwatch.engines.duckdb import DuckDBEngine

    bundle = _hostile_bundle(tmp_path)
    duck = DuckDBEngine(None)
    try:
        expected_issues, expected_tables = _loaded(duck, bundle)
    finally:
        duck.close()
    issues, tables = _loaded(spark_engine, bundle)
    assert issues == expected_issues
    for table, (columns, rows) in expected_tables.items():
        assert tables[table][0] == columns, table
        assert tables[table][1] == rows, table
    # the bundle exercises what it means to
    assert {code for *_, code, _ in issues} == {
        "bad_timestamp", "date_out_of_range", "bad_date", "bad_country", "unknown_choice", "bad_number",
        "unknown_subject", "bad_encoding", "empty_column_name", "reserved_column", "unsafe_path",
        "missing_file"}
    # the cells Spark's reader would have changed are as written
    assert ("two\r\nlines" in [row[-4] for row in tables["subjects"][1]])


FATAL_BUNDLES = {
    "ragged_csv": ("subjects.csv", "id,kind\nS1,employee\nS2,employee,extra\n"),
    "duplicate_id": ("subjects.csv", "id,kind\nS1,employee\nS2,employee\nS1,account\n"),
    "empty_id": ("subjects.jsonl", '{"id": "S1"}\n{"id": ""}\n{"kind": "account"}\n'),
    "not_an_object": ("subjects.jsonl", '{"id": "S1"}\n[1, 2]\nnot json\n{"id": "S2"}\n'),
    "missing_column": ("subjects.csv", "name,kind\nAnn,employee\n"),
    "duplicate_column": ("subjects.csv", "id,Kind,kind \nS1,a,b\n"),
}


@spark_only
@pytest.mark.parametrize("case", sorted(FATAL_BUNDLES))
def test_spark_stops_on_a_bad_bundle_as_duckdb_does(spark_engine, tmp_path, case):
    from ringwatch.engines.duckdb import DuckDBEngine
    from ringwatch.errors import BundleError
    from ringwatch.load import load_bundle

    name, text = FATAL_BUNDLES[case]
    bundle = tmp_path / "bundle"
    bundle.mkdir()
    (bundle / name).write_text(text)
    found = []
    for engine in (DuckDBEngine(None), spark_engine):
        with pytest.raises(BundleError):
            load_bundle(engine, bundle)
        found.append(sorted(engine.rows(
            "SELECT file, \"row\", \"column\", code FROM load_issues WHERE severity = 'error'"), key=repr))
    assert found[0] == found[1] and found[0]
