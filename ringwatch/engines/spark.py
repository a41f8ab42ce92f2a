"""The engine interface (ringwatch/engines/base.py) on Apache Spark (PySpark 4.0).

Stages keep writing DuckDB-dialect SQL; every statement is transpiled by
`ringwatch.engines.spark_sql.to_spark` (sqlglot plus fix-ups). Tables are temporary views of
DataFrames materialised once and cut from their lineage (later stages read a table many
times): in local mode each is a folder of Parquet files among the scan's temporary files,
deleted with the table; on a cluster, and for columns Parquet cannot hold, a
`localCheckpoint()` on the executors. Statements Spark has no form for on a view
(INSERT, UPDATE, DELETE, CREATE TABLE with columns) are rewritten here as a new DataFrame
replacing the view.

The session: an active SparkSession if there is one, else Spark Connect at `SPARK_REMOTE`,
else `master` (default `local[threads]`), with a few shuffle partitions.

The bundle's files are read by the executors (spark_files.py: Spark's CSV, text and Parquet
readers; the loader's checks are the same SQL as on DuckDB). The outputs stage runs on a DuckDB
workspace the Spark tables are copied into (`workspace`): the workspace file is itself one of
the contract's outputs, and every output, the report and `ringwatch explain` come out as from
DuckDB.
"""

from __future__ import annotations

import contextlib
import math
import os
import pickle
import re
import sys
import tempfile
import time
import weakref
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any, TypeVar

import pyarrow as pa
import sqlglot
from sqlglot import exp

from ringwatch.engines import spark_files
from ringwatch.engines.base import BatchFunction
from ringwatch.engines.dialect import DuckDBDialect, sql_literal
from ringwatch.engines.errors import DISK_FULL, FAILED, INTERRUPT, OUT_OF_MEMORY, EngineError
from ringwatch.engines.spark_sql import (DAMERAU_UDF, JARO_WINKLER_UDF, expression_to_spark, parse,
                                         to_spark)

__all__ = ["SparkDialect", "SparkEngine", "interrupt_all", "side_files"]

MASTER_ENV = "RINGWATCH_SPARK_MASTER"
REMOTE_ENV = "SPARK_REMOTE"
SHUFFLE_PARTITIONS = 8
# HotSpot's HugeMethodLimit: a method of more bytecode is never compiled (see `loading`).
JIT_HUGE_METHOD_LIMIT = 8000
HUGE_METHOD_CONF = "spark.sql.codegen.hugeMethodLimit"
# Tables up to this size (as stored) are broadcast to the joins that read them (SESSION_DEFAULTS).
BROADCAST_MAX = "100MB"
# map_distinct: below this many distinct values the batch function runs on the driver.
DRIVER_MAX_VALUES = 20_000
_WITH = "with_" if "with_" in exp.Select.arg_types else "with"  # sqlglot renamed it
_TRACE = bool(os.environ.get("RINGWATCH_SPARK_TRACE"))


def _native_errors() -> tuple[type[BaseException], ...]:
    from py4j.protocol import Py4JError
    from pyspark.errors import PySparkException

    return (PySparkException, Py4JError)


NATIVE_ERRORS: tuple[type[BaseException], ...] = _native_errors()
_OOM_TEXT = ("outofmemoryerror", "java heap space", "gc overhead limit exceeded")
_DISK_TEXT = ("no space left on device", "disk quota exceeded")


def native_error_kind(exc: BaseException) -> str | None:
    if not isinstance(exc, NATIVE_ERRORS):
        return None
    text = str(exc).lower()
    if "cancelled" in text and ("job" in text or "stage" in text):
        return INTERRUPT
    if any(t in text for t in _OOM_TEXT):
        return OUT_OF_MEMORY
    if any(t in text for t in _DISK_TEXT):
        return DISK_FULL
    return FAILED


class SparkDialect(DuckDBDialect):
    """Stages' SQL is DuckDB's and the transpiler reads it as such (spark_sql.py), so the
    pieces spelled per engine keep DuckDB's spelling here, except where Spark's is given:
    glob escapes in a path and max_by/min_by (sqlglot reads both spellings)."""

    name = "spark"

    def file_path(self, path: Path) -> str:
        return "".join(f"\\{c}" if c in "*?[{" else c for c in str(path))

    def arg_max(self, value: str, key: str) -> str:
        return f"max_by({value}, {key})"

    def arg_min(self, value: str, key: str) -> str:
        return f"min_by({value}, {key})"

    def utc_timestamp(self, text: str) -> str:
        # Read as an instant (LTZ: an offset or zone honoured, none = the session's UTC),
        # kept zone-less (NTZ) in UTC. Spelled in DuckDB's SQL for the transpiler.
        return f"CAST(TRY_CAST({text} AS TIMESTAMP WITH LOCAL TIME ZONE) AS TIMESTAMP)"

    def json_is_object(self, json: str) -> str:
        return f"(json_object_keys({json}) IS NOT NULL)"

    def json_keys(self, json: str) -> str:
        return f"json_object_keys({json})"

    def json_text_fields(self, json: str, keys: list[str]) -> tuple[str, list[str]]:
        # A map of text values: strings unquoted, other values as their JSON text.
        return (f"from_json({json}, 'map<string,string>')",
                [f"o[{sql_literal(k)}]" for k in keys])


SPARK = SparkDialect()

_T = TypeVar("_T")
_OPEN: weakref.WeakSet = weakref.WeakSet()


def interrupt_all() -> None:
    for engine in list(_OPEN):
        with contextlib.suppress(Exception):
            engine.spark.sparkContext.cancelAllJobs()


def side_files(path: str | Path) -> list[Path]:
    return []


def _winkler_boost(s: str, t: str, jaro: float) -> float:
    """DuckDB's jaro_winkler_similarity from Jaro's: two empty strings 0.0, and the Winkler
    boost (prefix up to 4, weight 0.1, above 0.7) as one fused multiply-add, as DuckDB's
    compiled code does it."""
    if not s or not t:
        return 0.0
    if jaro <= 0.7:
        return jaro
    prefix = 0
    for a, b in zip(s[:4], t[:4]):
        if a != b:
            break
        prefix += 1
    return _fused_multiply_add(prefix * 0.1, 1.0 - jaro, jaro)


_SPLIT = 134217729.0  # 2**27 + 1: Dekker's splitter for doubles


def _fused_multiply_add(a: float, b: float, c: float) -> float:
    """a * b + c rounded once, as a fused multiply-add does (math.fma is Python 3.13's): the
    product split exactly into two doubles (Dekker), the three summed exactly (fsum)."""
    p = a * b
    big_a, big_b = a * _SPLIT, b * _SPLIT
    a_hi, b_hi = big_a - (big_a - a), big_b - (big_b - b)
    a_lo, b_lo = a - a_hi, b - b_hi
    error = ((a_hi * b_hi - p) + a_hi * b_lo + a_lo * b_hi) + a_lo * b_lo
    return math.fsum((p, error, c))


def _string_pairs(left, right) -> tuple[list[str], list[str], list[bool]]:
    """Two pandas columns of a vectorised UDF as lists of strings (a null as "") and which
    rows have both strings (a null arrives as None, or as NaN under pandas 3's string dtype)."""
    s, t = left.tolist(), right.tolist()
    known = [isinstance(x, str) and isinstance(y, str) for x, y in zip(s, t)]
    return ([x if k else "" for x, k in zip(s, known)], [y if k else "" for y, k in zip(t, known)],
            known)


def _jaro_winkler_batch(left, right):
    """DuckDB's jaro_winkler_similarity to the last bit over two pandas columns (a pandas
    UDF; a null gives null): Jaro's similarity (rapidfuzz's, which is DuckDB's code) for the
    whole batch in rapidfuzz's compiled loop, then `_winkler_boost`. Splink's comparisons
    call it for every candidate pair (millions at 1M subjects), where a Python call per pair
    was most of the link stage."""
    import numpy as np
    import pandas as pd
    from rapidfuzz.distance import Jaro
    from rapidfuzz.process import cpdist

    s, t, known = _string_pairs(left, right)
    jaro = cpdist(s, t, scorer=Jaro.similarity, dtype=np.float64).tolist() if s else []
    return pd.Series([_winkler_boost(x, y, j) if k else None for x, y, j, k in zip(s, t, jaro, known)],
                     dtype="float64")


def _damerau_levenshtein_batch(left, right):
    """DuckDB's damerau_levenshtein (the unrestricted distance: rapidfuzz's, checked equal)
    over two pandas columns (a pandas UDF; a null gives null), in one compiled loop."""
    import numpy as np
    import pandas as pd
    from rapidfuzz.distance import DamerauLevenshtein
    from rapidfuzz.process import cpdist

    s, t, known = _string_pairs(left, right)
    distance = cpdist(s, t, scorer=DamerauLevenshtein.distance, dtype=np.int32).tolist() if s else []
    return pd.Series([d if k else None for d, k in zip(distance, known)], dtype="Int32")


# The session ringwatch starts when none is active; `--spark-conf` / the `conf` option
# overrides any of these (and adds others: executor memory on a cluster, say).
SESSION_DEFAULTS = {
    "spark.ui.enabled": "false",
    "spark.ui.showConsoleProgress": "false",
    "spark.sql.shuffle.partitions": str(SHUFFLE_PARTITIONS),
    "spark.sql.adaptive.enabled": "true",
    # A table up to this size (as stored) is sent whole to every task that joins with it
    # instead of both sides being moved and sorted: the persons, the address maps and the
    # like at 1M subjects (subject_keys 55 s -> 45 s at 1M; Spark's own default is 10MB).
    "spark.sql.autoBroadcastJoinThreshold": BROADCAST_MAX,
    "spark.sql.session.timeZone": "UTC",
    "spark.sql.timestampType": "TIMESTAMP_NTZ",
    "spark.sql.ansi.enabled": "false",
    "spark.sql.execution.arrow.pyspark.enabled": "true",
    "spark.sql.execution.arrow.pyspark.fallback.enabled": "false",
    "spark.sql.legacy.timeParserPolicy": "CORRECTED",
    # A JSON Lines object naming one key twice is read, not a failed load (DuckDB reads it too).
    "spark.sql.mapKeyDedupPolicy": "LAST_WIN",
    # HotSpot never compiles a method over 8,000 bytes of bytecode; a plan whose generated code
    # is larger runs faster compiled piece by piece (Spark's advice for HotSpot; see `loading`).
    HUGE_METHOD_CONF: str(JIT_HUGE_METHOD_LIMIT),
    "spark.driver.extraJavaOptions": "-Duser.timezone=UTC",
    "spark.executor.extraJavaOptions": "-Duser.timezone=UTC",
}
# Settings the stages' SQL relies on (Spark's semantics made DuckDB's): a session ringwatch
# did not start gets them too, and `conf` cannot change them.
REQUIRED_SQL_CONF = ("spark.sql.session.timeZone", "spark.sql.timestampType", "spark.sql.ansi.enabled",
                     "spark.sql.legacy.timeParserPolicy", "spark.sql.mapKeyDedupPolicy")


def _session(master: str | None, memory_limit: int | None, threads: int | None,
             conf: dict[str, str] | None = None):
    from pyspark.sql import SparkSession

    active = SparkSession.getActiveSession()
    if active is not None:
        return active, False
    remote = os.environ.get(REMOTE_ENV)
    if remote and not master:
        return SparkSession.builder.remote(remote).getOrCreate(), True
    master = master or os.environ.get(MASTER_ENV) or f"local[{threads or os.cpu_count() or 2}]"
    settings = dict(SESSION_DEFAULTS, **{"spark.local.dir": tempfile.gettempdir()})
    if master.startswith("local"):
        # Local Python workers run this interpreter (the one with ringwatch and pyarrow),
        # not whatever `python3` is first on PATH, unless the user says otherwise.
        # (PySpark reads it from the environment when the context starts.)
        os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
        if memory_limit:
            settings["spark.driver.memory"] = f"{max(memory_limit >> 20, 1024)}m"
    settings.update({k: v for k, v in (conf or {}).items() if k not in REQUIRED_SQL_CONF})
    builder = SparkSession.builder.master(master).appName("ringwatch")
    for key, value in settings.items():
        builder = builder.config(key, value)
    spark = builder.getOrCreate()
    spark.sparkContext.setLogLevel("ERROR")
    return spark, True


def _spark_type(datatype: exp.DataType) -> str:
    return datatype.sql(dialect="spark")


class SparkEngine:
    """The engine interface on a SparkSession. `path` is where the DuckDB workspace of the
    run's outputs goes (`workspace`); Spark's own tables live in the session."""

    name = "spark"
    dialect = SPARK

    def __init__(self, path: str | Path | None = None, memory_limit: str | int | None = None,
                 threads: int | None = None, master: str | None = None, session: Any = None,
                 conf: dict[str, str] | None = None, parquet_tables: bool | None = None) -> None:
        from ringwatch.engines.duckdb import _memory_bytes

        self.path = str(path) if path else None
        self.memory_limit = _memory_bytes(memory_limit)
        self.threads = threads
        if session is not None:
            self.spark, self._owned = session, False
        else:
            self.spark, self._owned = _session(master, self.memory_limit, threads, conf)
        if not self._owned:
            # Someone else's session: the scan's temporary views and SQL settings go into a
            # session of their own on the same SparkContext, leaving the caller's untouched.
            with contextlib.suppress(Exception):  # Spark Connect cannot open one
                self.spark = self.spark.newSession()
        for key in REQUIRED_SQL_CONF:
            self.spark.conf.set(key, SESSION_DEFAULTS[key])
        # view name -> (its DataFrame, its Parquet folder or None where checkpointed)
        self._frames: dict[str, tuple[Any, Path | None]] = {}
        self._table_counter = 0
        self._spark_sql: set[str] = set()  # Splink SQL already converted (splink_settings)
        self._cte_counter = 0
        # Splink's Spark backend cuts lineage with checkpoint(), which needs a folder; it goes
        # with the scan's temporary files (inside the output set being written).
        self._checkpoints = tempfile.mkdtemp(prefix="ringwatch-spark-")
        with contextlib.suppress(Exception):  # Spark Connect has no SparkContext
            self.spark.sparkContext.setCheckpointDir(self._checkpoints)
        self._parquet_tables = self._local_files() if parquet_tables is None else parquet_tables
        from pyspark.sql.functions import pandas_udf
        from pyspark.sql.types import DoubleType, IntegerType

        self.spark.udf.register(DAMERAU_UDF, pandas_udf(_damerau_levenshtein_batch, IntegerType()))
        self.spark.udf.register(JARO_WINKLER_UDF, pandas_udf(_jaro_winkler_batch, DoubleType()))
        _OPEN.add(self)

    # -- running statements ------------------------------------------------------------------
    def _guarded(self, run: Callable[[], _T], query: str, table: str | None = None) -> _T:
        started = time.perf_counter()
        try:
            result = run()
            if _TRACE:  # RINGWATCH_SPARK_TRACE=1: each statement's time, for tuning
                shown = re.sub(r"\s+", " ", query)[:150]
                print(f"[spark {time.perf_counter() - started:7.2f}s] {table or ''}: {shown}",
                      file=sys.stderr, flush=True)
            return result
        except NATIVE_ERRORS as exc:
            kind = native_error_kind(exc)
            if kind == INTERRUPT:
                raise
            raise EngineError(exc, sql=query, table=table, kind=kind or FAILED) from exc
        except sqlglot.errors.SqlglotError as exc:
            raise EngineError(exc, sql=query, table=table, kind=FAILED) from exc

    def _frame(self, query: str, params: Sequence | None = None, table: str | None = None):
        def run():
            text = to_spark(query)
            return self.spark.sql(text, args=list(params)) if params else self.spark.sql(text)
        return self._guarded(run, query, table)

    def _store(self, name: str, frame) -> None:
        """Materialise `frame` and make it table `name`, replacing the old one.

        Where the executors share the driver's disk (local mode) a table is a folder of
        Parquet files among the scan's temporary files: compressed and columnar (a query reads
        only the columns it names), off the JVM's heap, which is left to joins and sorts, and
        gone the moment the table is dropped. Elsewhere, and for a column type Parquet cannot
        hold, it is a local checkpoint in the executors' block stores. (At 1M subjects every
        table held as checkpointed rows in a 6 GiB heap spilled, and the signals and scores
        stages grew 15-18 times for ten times the subjects.)"""
        if _TRACE:
            _trace_nested_loops(name, frame)
        folder = (self._new_table_folder() if self._parquet_tables and _parquet_can_hold(frame.schema)
                  else None)
        if folder is not None:
            def run():
                frame.write.parquet(str(folder))
                return self._read_table_files(name, folder)
        else:
            def run():
                kept = _fresh(frame.localCheckpoint(eager=True))
                kept.createOrReplaceTempView(name)
                return kept
        self._keep(name, self._guarded(run, f"-- table {name}", name), folder)

    def _keep(self, name: str, kept, folder: Path | None) -> None:
        """Record `kept` (stored in `folder`, or checkpointed) as table `name`'s storage."""
        self._release(name)
        self._frames[name.lower()] = (kept, folder)

    def _new_table_folder(self) -> Path:
        self._table_counter += 1
        return Path(self._checkpoints) / "tables" / f"t{self._table_counter}"

    def _read_table_files(self, name: str, folder: Path):
        kept = self.spark.read.parquet(self.dialect.file_path(folder))
        kept.createOrReplaceTempView(name)
        return kept

    def _release(self, name: str) -> None:
        """Forget table `name`'s storage (its view is replaced or dropped by the caller): its
        Parquet folder is deleted; a checkpoint's blocks go when Spark's context cleaner finds
        the DataFrame unreferenced (it is no cached DataFrame that `unpersist` would free)."""
        import shutil

        _, folder = self._frames.pop(name.lower(), (None, None))
        if folder is not None:
            shutil.rmtree(folder, ignore_errors=True)

    # -- the interface -------------------------------------------------------------------------
    def sql(self, query: str, params: Sequence | None = None) -> None:
        try:
            tree = parse(query)
        except sqlglot.errors.SqlglotError as exc:
            raise EngineError(exc, sql=query, kind=FAILED) from exc
        if isinstance(tree, exp.Create) and (tree.args.get("kind") or "").upper() == "TABLE":
            name = tree.this.this.name if isinstance(tree.this, exp.Schema) else tree.this.name
            if isinstance(tree.this, exp.Schema):
                columns = [f"CAST(NULL AS {_spark_type(c.args['kind'])}) AS `{c.name}`"
                           for c in tree.this.expressions if isinstance(c, exp.ColumnDef)]
                self._store(name, self._guarded(
                    lambda: self.spark.sql(f"SELECT {', '.join(columns)} WHERE false"), query, name))
                return
            select = tree.expression
            self._store(name, self._guarded(lambda: self.spark.sql(select.sql(dialect="spark")),
                                            query, name))
            return
        if isinstance(tree, exp.Insert):
            self._insert(tree, query, params)
            return
        if isinstance(tree, exp.Delete):
            name = tree.this.name
            cond = tree.args["where"].this.sql(dialect="spark")
            self._replace(name, f"SELECT * FROM {name} WHERE NOT coalesce(({cond}), false)", query, params)
            return
        if isinstance(tree, exp.Update):
            name = tree.this.name
            where = tree.args.get("where")
            cond = where.this.sql(dialect="spark") if where is not None else "true"
            sets = {e.this.name.lower(): e.expression.sql(dialect="spark") for e in tree.expressions}
            parts = [f"CASE WHEN coalesce(({cond}), false) THEN {sets[c.lower()]} ELSE `{c}` END AS `{c}`"
                     if c.lower() in sets else f"`{c}`" for c in self.columns(name)]
            self._replace(name, f"SELECT {', '.join(parts)} FROM {name}", query, params)
            return
        if isinstance(tree, exp.Drop):
            for table in tree.args.get("tables") or [tree.this]:
                self.spark.catalog.dropTempView(table.name)
                self._release(table.name)
            return
        if isinstance(tree, (exp.Detach,)) or (isinstance(tree, exp.Command)
                                               and tree.this.upper() in ("CHECKPOINT", "DETACH")):
            return
        if isinstance(tree, exp.Column) and tree.name.upper() == "CHECKPOINT":
            return
        frame = self._frame(query, params)
        self._guarded(frame.collect, query)

    def _replace(self, name: str, spark_query: str, query: str, params: Sequence | None) -> None:
        frame = self._guarded(lambda: self.spark.sql(spark_query, args=list(params)) if params
                              else self.spark.sql(spark_query), query, name)
        self._store(name, frame)

    def _insert(self, tree: exp.Insert, query: str, params: Sequence | None) -> None:
        target = tree.this
        columns = None
        if isinstance(target, exp.Schema):
            columns = [c.name for c in target.expressions]
            target = target.this
        name = target.name
        existing = self.columns(name)
        source = tree.expression.sql(dialect="spark")
        if columns:
            picked = {c.lower(): i for i, c in enumerate(columns)}
            select = ", ".join(f"s.`col{picked[c.lower()] + 1}`" if c.lower() in picked
                               else "NULL" for c in existing)
            aliases = ", ".join(f"col{i + 1}" for i in range(len(columns)))
            source = f"SELECT {select} FROM ({source}) AS s({aliases})"
        self._replace(name, f"SELECT * FROM {name} UNION ALL SELECT * FROM ({source})", query, params)

    def create(self, name: str, query: str) -> None:
        try:
            tree = parse(query)
        except sqlglot.errors.SqlglotError as exc:
            raise EngineError(exc, sql=query, table=name, kind=FAILED) from exc
        scratch: list[str] = []
        try:
            self._create_tree(name, tree, query, scratch)
        finally:
            for table in scratch:
                with contextlib.suppress(Exception):
                    self.spark.catalog.dropTempView(table)
                self._release(table)

    def _create_tree(self, name: str, tree: exp.Expression, query: str, scratch: list[str]) -> None:
        """Materialise `tree` (a fixed-up query) as `name`. A CTE the query reads more than
        once is materialised first, as a scratch table: Spark inlines CTEs, so a CTE read by
        several others (nested in CTEs read several times) is planned and computed once per
        read, which made one statement of person resolution take minutes."""
        from sqlglot.transforms import move_ctes_to_top_level

        tree = move_ctes_to_top_level(tree)  # nested CTEs (names made unique by parse) too
        with_ = tree.args.get(_WITH)
        if with_ is not None:
            kept = []
            for cte in list(with_.expressions):
                alias = cte.alias
                reads = [t for t in tree.find_all(exp.Table)
                         if t.name == alias and not t.args.get("db")]
                if len(reads) < 2 or cte.args.get("recursive"):
                    kept.append(cte)
                    continue
                self._cte_counter += 1
                table = f"_rw_cte_{self._cte_counter}_{alias}"
                body = cte.this.copy()
                if kept:  # the earlier CTEs left inline go with it
                    key = _WITH
                    own = body.args.get(key)
                    body.set(key, exp.With(expressions=[c.copy() for c in kept]
                                           + (list(own.expressions) if own is not None else [])))
                self._create_tree(table, body, query, scratch)
                scratch.append(table)
                for read in reads:
                    read.set("this", exp.to_identifier(table))
                    if not read.alias:
                        read.set("alias", exp.TableAlias(this=exp.to_identifier(alias)))
            if kept:
                with_.set("expressions", kept)
            else:
                tree.set(_WITH, None)
        text = tree.sql(dialect="spark")
        self._store(name, self._guarded(lambda: self.spark.sql(text), query, name))

    def register(self, name: str, table: pa.Table) -> None:
        frame = self._guarded(lambda: self.spark.createDataFrame(table), f"-- register {name}", name)
        self._store(name, frame)

    def arrow(self, query: str, params: Sequence | None = None) -> pa.Table:
        frame = self._frame(query, params)
        return self._guarded(frame.toArrow, query)

    def rows(self, query: str, params: Sequence | None = None) -> list[tuple]:
        table = self.arrow(query, params)
        columns = [c.to_pylist() for c in table.columns]
        return list(zip(*columns)) if columns else []

    def scalar(self, query: str, params: Sequence | None = None):
        rows = self.rows(query, params)
        return rows[0][0] if rows else None

    def map_distinct(self, name: str, query: str, fn: BatchFunction, batch_size: int = 50_000, *,
                     min_parallel: int | None = None) -> None:
        distinct = f"SELECT DISTINCT v FROM ({query}) AS q(v) WHERE v IS NOT NULL"
        frame = self._guarded(lambda: self._frame(distinct, table=name).localCheckpoint(eager=True),
                              distinct, name)
        spread = DRIVER_MAX_VALUES if min_parallel is None else max(min_parallel, 1)
        n_values = frame.count()
        if _picklable(fn) and n_values >= spread:
            # Spread over every core: the distinct values of a small shuffle come out in one
            # partition (adaptive execution coalesces them), and one Python worker would
            # parse a million phone numbers, or hash every photo, while the others wait.
            self._map_in_arrow(name, frame.repartition(max(self._cores(), -(-n_values // batch_size))),
                               fn, batch_size)
            return
        # Few values (starting Python workers on the executors costs more than the work), or
        # a batch function that cannot travel: it runs here, on the driver.
        values = self._guarded(frame.toArrow, distinct, name).column(0).combine_chunks()
        parts = []
        for start in range(0, len(values), batch_size):
            piece = values.slice(start, batch_size)
            parts.append(fn(piece.to_pylist()).add_column(0, "input", piece))
        if parts:
            table = pa.concat_tables(parts)
        else:
            empty = fn([])
            table = empty.add_column(0, "input", pa.array([], type=values.type))
        self.register(name, table)

    def _cores(self) -> int:
        with contextlib.suppress(Exception):  # Spark Connect has no SparkContext here
            return max(int(self.spark.sparkContext.defaultParallelism), 1)
        return SHUFFLE_PARTITIONS

    def _map_in_arrow(self, name: str, frame, fn: BatchFunction, batch_size: int) -> None:
        from pyspark.sql.pandas.types import from_arrow_schema

        input_type = frame.schema.fields[0].dataType
        empty = fn([])
        from pyspark.sql.pandas.types import to_arrow_type

        schema = pa.schema([pa.field("input", to_arrow_type(input_type)), *empty.schema])
        spark_schema = from_arrow_schema(schema)

        def apply(batches):
            for batch in batches:
                values = batch.column(0)
                for start in range(0, len(values), batch_size):
                    piece = values.slice(start, batch_size)
                    out = fn(piece.to_pylist()).add_column(0, "input", piece)
                    for part in out.cast(schema).to_batches():
                        yield part

        self._store(name, self._guarded(lambda: frame.mapInArrow(apply, spark_schema),
                                        f"-- map_distinct {name}", name))

    def components(self, name: str, nodes_sql: str, edges_sql: str) -> None:
        # Connected components in SQL (large-star / small-star), never collecting the edges,
        # where ringwatch/graph.py has it; else the edges go through scipy on the driver.
        from ringwatch import graph

        run = getattr(graph, "components_in_sql", None) or getattr(graph, "components_in_python", None)
        (run or graph.components)(self, name, nodes_sql, edges_sql)

    def splink_api(self):
        from splink import SparkAPI

        # Splink's own similarity UDFs come from a jar; the SQL here calls the engine's UDFs,
        # which give DuckDB's values to the last bit (jaro_winkler_similarity, damerau).
        return SparkAPI(spark_session=self.spark, register_udfs_automatically=False)

    def previous_tables(self, path: str | Path, tables: Sequence[str]) -> list[str]:
        # The previous workspace is a DuckDB file: its few tables are handed over as Arrow.
        from ringwatch.engines.duckdb import register_previous_tables

        self._previous = register_previous_tables(self, path, tables)
        return list(self._previous)

    def release_previous(self) -> None:
        from ringwatch.engines.base import previous_name

        for table in getattr(self, "_previous", []):
            self.sql(f"DROP TABLE IF EXISTS {previous_name(table)}")
        self._previous = []

    def splink_settings(self, model: dict) -> dict:
        """Splink settings whose SQL (comparison levels, blocking rules) ringwatch writes in
        DuckDB's dialect, in Spark's: Splink reads a level's SQL in its backend's dialect and
        passes DuckDB-only functions and lambdas through unchanged."""
        import copy

        def convert(sql: str) -> str:
            if sql in self._spark_sql:  # already converted (a model Splink trained here)
                return sql
            converted = expression_to_spark(sql)
            self._spark_sql.add(converted)
            return converted

        model = copy.deepcopy(model)
        for comparison in model.get("comparisons", []):
            for level in comparison["comparison_levels"]:
                if level["sql_condition"].strip().upper() != "ELSE":
                    level["sql_condition"] = convert(level["sql_condition"])
        rules = []
        for rule in model.get("blocking_rules_to_generate_predictions", []):
            if isinstance(rule, dict):
                rule = dict(rule, blocking_rule=convert(rule["blocking_rule"]),
                            sql_dialect="spark")
            else:
                rule = convert(rule)
            rules.append(rule)
        if "blocking_rules_to_generate_predictions" in model:
            model["blocking_rules_to_generate_predictions"] = rules
        return model

    def tables(self) -> list[str]:
        return [t.name for t in self.spark.catalog.listTables() if t.isTemporary]

    def table_exists(self, name: str) -> bool:
        return bool(self.spark.catalog.tableExists(name))

    def columns(self, name: str) -> list[str]:
        return list(self._guarded(lambda: self.spark.table(name).columns, f"-- columns {name}", name))

    def count(self, name: str) -> int:
        return int(self._guarded(lambda: self.spark.table(name).count(), f"SELECT count(*) FROM {name}", name))

    def checkpoint(self) -> None:
        pass

    def close(self) -> None:
        _OPEN.discard(self)
        for name in list(self._frames):
            with contextlib.suppress(Exception):
                self.spark.catalog.dropTempView(name)
            self._release(name)
        import shutil

        shutil.rmtree(self._checkpoints, ignore_errors=True)

    def stop(self) -> None:
        """Stop the session if this engine started it (tests share one session)."""
        self.close()
        if self._owned:
            self.spark.stop()

    # -- reading a bundle's files (ringwatch/engines/spark_files.py) ---------------------------
    @contextlib.contextmanager
    def loading(self) -> Iterator[None]:
        # rowid is a column of each reader's table, and the session is UTC: nothing to set for
        # the SQL's meaning. For its speed: the loader's one pass of every cell check over a
        # table compiles to one Java method past the JVM's 8,000-byte JIT limit, which then
        # runs interpreted (89 s for 10M sign-ins, 27 s without whole-stage code generation);
        # at this limit Spark compiles such a plan piece by piece instead (Spark's own advice
        # for HotSpot).
        saved = self.spark.conf.get(HUGE_METHOD_CONF, None)
        self.spark.conf.set(HUGE_METHOD_CONF, str(JIT_HUGE_METHOD_LIMIT))
        try:
            yield
        finally:
            if saved is None:
                self.spark.conf.unset(HUGE_METHOD_CONF)
            else:
                self.spark.conf.set(HUGE_METHOD_CONF, saved)

    def read_csv(self, name: str, path: Path, width: int, max_record_bytes: int) -> None:
        query = f"-- read {Path(path).name}"
        self._store(name, self._guarded(
            lambda: spark_files.read_csv(self.spark, self.dialect.file_path(path), Path(path), width,
                                         max_record_bytes),
            query, name))
        spark_files.check_csv_records(self, name, Path(path), width)

    def read_json_lines(self, name: str, path: Path, max_record_bytes: int) -> None:
        self._store(name, self._guarded(
            lambda: spark_files.read_json_lines(self.spark, self.dialect.file_path(path), max_record_bytes),
            f"-- read {Path(path).name}", name))

    def read_parquet_text(self, name: str, path: Path, width: int) -> None:
        # Not stored: a Parquet file is read column by column as cheaply as a stored copy of
        # it would be (writing one took 17 s for 10M sign-ins); the loader's few queries read it.
        frame = self._guarded(
            lambda: spark_files.read_parquet_text(self.spark, self.dialect.file_path(path), width),
            f"-- read {Path(path).name}", name)
        frame.createOrReplaceTempView(name)
        self._keep(name, frame, None)

    # -- beyond the interface: the outputs' DuckDB workspace ------------------------------------
    def workspace(self, path: str | Path | None = None):
        """A DuckDB engine on the workspace file holding a copy of every table of this engine,
        for the outputs stage and the workspace's readers."""
        from ringwatch.engines.duckdb import DuckDBEngine

        duck = DuckDBEngine(path or self.path, memory_limit=self.memory_limit, threads=self.threads)
        with self._handover_folder() as folder:
            for name in sorted(self.tables()):
                self._hand_back(duck, name, folder)
        return duck

    @contextlib.contextmanager
    def _handover_folder(self) -> Iterator[Path | None]:
        """Where tables cross from Spark to the DuckDB workspace as Parquet files: a temporary
        folder (in the scan's own temporary folder) when the executors write the driver's disk
        (local mode), else None, and tables cross as Arrow through the driver. Handing the
        tables of 1M subjects and 10M logins over as one Arrow table each, through the
        driver's memory and the JVM's heap, took the local JVM down."""
        if not self._local_files():
            yield None
            return
        with tempfile.TemporaryDirectory(prefix="ringwatch-handover-", ignore_cleanup_errors=True) as folder:
            yield Path(folder)

    def _local_files(self) -> bool:
        with contextlib.suppress(Exception):  # Spark Connect has no SparkContext here
            return str(self.spark.sparkContext.master).startswith("local")
        return False

    def _hand_back(self, duck: Any, table: str, folder: Path | None) -> None:
        """This engine's table `table` as `duck`'s table of that name."""
        _, own = self._frames.get(table.lower(), (None, None))
        target = own
        if target is None and folder is not None:
            target = folder / table
            self._guarded(lambda: self.spark.table(table).write.parquet(str(target)), f"-- write {table}", table)
        if target is not None:
            files = sorted(target.glob("*.parquet"))
            if files:
                listed = ", ".join(sql_literal(duck.dialect.file_path(f)) for f in files)
                duck.create(table, f"SELECT * FROM read_parquet([{listed}])")
                return
        # Through Arrow: off local mode, and a table Spark wrote no data file for.
        duck.register(table, self._guarded(self.spark.table(table).toArrow, f"-- copy {table}", table))


def _trace_nested_loops(name: str, frame) -> None:
    """RINGWATCH_SPARK_TRACE: say where a table's plan joins by a nested loop or a cartesian
    product (a join on anything but equality: fine on DuckDB, every pair of rows on Spark)."""
    with contextlib.suppress(Exception):
        plan = frame._jdf.queryExecution().executedPlan().toString()
        loops = re.findall(r"(?:BroadcastNestedLoopJoin|CartesianProduct)[^\n]*", plan)
        if loops:
            print(f"[spark nested loop] {name}: {'; '.join(l[:400] for l in loops)}",
                  file=sys.stderr, flush=True)


def _parquet_can_hold(schema) -> bool:
    """Whether Parquet stores every column of `schema` (not an untyped NULL column, an
    interval, a variant: those tables are checkpointed)."""
    from pyspark.sql.types import (ArrayType, CalendarIntervalType, DayTimeIntervalType, MapType,
                                   NullType, StructType, YearMonthIntervalType)

    def holds(datatype) -> bool:
        if isinstance(datatype, (NullType, CalendarIntervalType, DayTimeIntervalType,
                                 YearMonthIntervalType)):
            return False
        if isinstance(datatype, ArrayType):
            return holds(datatype.elementType)
        if isinstance(datatype, MapType):
            return holds(datatype.keyType) and holds(datatype.valueType)
        if isinstance(datatype, StructType):
            return all(holds(f.dataType) for f in datatype.fields)
        return type(datatype).__name__ != "VariantType"

    names = [f.name.lower() for f in schema.fields]  # Spark's Parquet writer rejects `a` beside `A`
    return bool(names) and len(set(names)) == len(names) and holds(schema)


def _fresh(frame):
    """The rows of a checkpointed DataFrame as a new plan leaf with no partitioning or
    ordering of its own. A checkpoint's plan (LogicalRDD) keeps its input's partitioning and
    attribute ids, and Spark 4.0 fails to re-map them when a query joins such a table with
    itself under another name ("NoSuchElementException: key not found: id#...")."""
    from pyspark.sql import DataFrame

    jdf = frame._jdf
    session = frame.sparkSession
    fresh = session._jsparkSession.internalCreateDataFrame(
        jdf.queryExecution().toRdd(), jdf.schema(), False)
    return DataFrame(fresh, session)


def _picklable(fn: Callable) -> bool:
    try:
        import cloudpickle

        cloudpickle.dumps(fn)
        return "pool" not in type(fn).__name__.lower() and not hasattr(fn, "pool")
    except Exception:  # noqa: BLE001 - anything unpicklable runs on the driver
        return False


