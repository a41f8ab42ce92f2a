"""The engine interface (ringwatch/engines/base.py) on DuckDB in-process, and the rest of
ringwatch's uses of the `duckdb` library: read-only workspace connections, a scratch connection
for file conversions, the library's errors classified (ringwatch/engines/errors.py).

Every statement of `DuckDBEngine` goes through `_guarded`, which turns a DuckDB error into an
EngineError naming the statement and the table; interrupts pass through as DuckDB raised them.
"""

from __future__ import annotations

import contextlib
import os
import re
import threading
import weakref
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import TypeVar

import duckdb
import pyarrow as pa

from ringwatch.engines.base import BatchFunction, Engine, previous_name
from ringwatch.engines.dialect import DUCKDB, sql_literal
from ringwatch.engines.errors import DISK_FULL, FAILED, INTERRUPT, OUT_OF_MEMORY, EngineError
from ringwatch.settings import (DEFAULT_MEMORY, MEMORY_ENV, SettingsError, duckdb_memory_limit,
                                memory_limit_bytes)

__all__ = ["BatchFunction", "DuckDBEngine", "interrupt_all", "open_workspace", "read_workspace_tables",
           "register_previous_tables", "scratch_connection"]

# Files DuckDB keeps beside a database file while it is open or after a crash.
SIDE_SUFFIXES = (".wal",)
# DuckDB reports a full disk in its own words, not as an OSError.
_DISK_FULL_TEXT = ("no space left on device", "disk full", "disk quota exceeded",
                   "could not write all bytes", "file too large")
NATIVE_ERRORS: tuple[type[BaseException], ...] = (duckdb.Error,)
# Session settings while the loader runs (DuckDBEngine.loading).
LOADING_SETTINGS = {"preserve_insertion_order": True, "TimeZone": "UTC"}


def _setting(value: object) -> str:
    return str(value).lower() if isinstance(value, bool) else sql_literal(str(value))


def native_error_kind(exc: BaseException) -> str | None:
    """What a DuckDB exception is (ringwatch/engines/errors.py); None if not DuckDB's."""
    if isinstance(exc, duckdb.InterruptException) or (
            isinstance(exc, RuntimeError) and str(exc).strip() == "Query interrupted"):
        return INTERRUPT  # the second form: an interrupt landing while Arrow streams a result
    if isinstance(exc, duckdb.InvalidInputException) and "KeyboardInterrupt" in str(exc):
        # the third: Ctrl-C landing in Python code DuckDB calls (reading the schema of a
        # registered Arrow object), which DuckDB reports as its own error naming the interrupt
        return INTERRUPT
    if isinstance(exc, duckdb.OutOfMemoryException):
        return OUT_OF_MEMORY
    if isinstance(exc, duckdb.Error):
        return DISK_FULL if any(t in str(exc).lower() for t in _DISK_FULL_TEXT) else FAILED
    return None


_T = TypeVar("_T")
# The table a statement writes, for the error message: CREATE [OR REPLACE] [TEMP] TABLE|VIEW x,
# INSERT INTO x, UPDATE x, DELETE FROM x.
_TARGET = re.compile(r"^\s*(?:CREATE\s+(?:OR\s+REPLACE\s+)?(?:TEMP(?:ORARY)?\s+)?(?:TABLE|VIEW)"
                     r"(?:\s+IF\s+NOT\s+EXISTS)?|INSERT\s+INTO|UPDATE|DELETE\s+FROM)\s+([\w.\"]+)",
                     re.IGNORECASE)


def _guarded(run: Callable[[], _T], query: str, table: str | None = None) -> _T:
    """Run one statement; a DuckDB error comes back as EngineError with the SQL and table."""
    try:
        return run()
    except duckdb.Error as exc:
        kind = native_error_kind(exc)
        if kind == INTERRUPT:
            raise  # Ctrl-C and SIGTERM unwind in their own form (ringwatch/cli.py)
        if table is None:
            target = _TARGET.match(query)
            table = target.group(1).strip('"') if target else None
        raise EngineError(exc, sql=query, table=table, kind=kind or FAILED) from exc


def _query_arrow(con: duckdb.DuckDBPyConnection, query: str, params: Sequence | None) -> pa.Table:
    """Run a query straight into Arrow.

    DuckDB 2 streams relations (`con.sql`) into Arrow without the extra copy a DB-API cursor
    makes, and renamed fetch_arrow_table() to to_arrow_table(); older versions have only the
    cursor path.
    """
    relation = con.sql(query, params=list(params) if params else None)
    if relation is None:  # a statement, not a query
        return pa.table({})
    fetch = getattr(relation, "to_arrow_table", None) or relation.arrow
    return fetch()


def _memory_bytes(memory_limit: str | int | None) -> int:
    """The memory limit in bytes: the argument, else RINGWATCH_MEMORY, else 6GB; checked."""
    if isinstance(memory_limit, int):
        return memory_limit
    text = memory_limit or os.environ.get(MEMORY_ENV) or DEFAULT_MEMORY
    try:
        return memory_limit_bytes(text, "memory_limit" if memory_limit else MEMORY_ENV)
    except ValueError as exc:
        raise SettingsError([str(exc)]) from None


# Distinct values below which map_distinct runs a batch function in this process when the
# caller gives no hint: shipping values to workers costs more than cheap per-value work saves.
MIN_PARALLEL = 20_000
# Seconds the workers wait for the next map_distinct before they are let go (and started again
# on the next need): a stage's maps follow each other closely, the next stage's may be minutes
# away, and idle workers hold what their last batches allocated.
POOL_IDLE_SECONDS = 15.0

# The previous scan's workspace, attached read-only under this name (previous_tables).
PREVIOUS_DATABASE = "prev"

# Every open engine, so a signal can interrupt whatever statement is running (`interrupt_all`).
_OPEN: weakref.WeakSet = weakref.WeakSet()


def interrupt_all() -> None:
    """Interrupt the statement running on every open engine; safe from any thread (DuckDB
    checks Python's signals only now and then, and not at all inside some long joins)."""
    for engine in list(_OPEN):
        engine._interrupted = True  # close() then terminates map_distinct's workers
        with contextlib.suppress(Exception):
            engine.con.interrupt()


class DuckDBEngine:
    """The engine interface on one DuckDB connection; `path` None keeps the tables in memory."""

    name = "duckdb"
    dialect = DUCKDB
    _interrupted = False  # set by interrupt_all()

    def __init__(self, path: str | Path | None = None, memory_limit: str | int | None = None,
                 threads: int | None = None) -> None:
        self.path = str(path) if path else ":memory:"
        self.con = duckdb.connect(self.path)
        # Keep DuckDB from reaching the network: extensions ship inside the wheel.
        self.con.execute("SET autoinstall_known_extensions = false")
        self.con.execute("SET autoload_known_extensions = true")
        self.con.execute("SET TimeZone = 'UTC'")
        # Validated and re-formatted (digits and a unit) before it goes into SQL: a setting
        # cannot be a bound parameter, so nothing from the environment reaches it verbatim.
        self.con.execute(f"SET memory_limit = '{duckdb_memory_limit(_memory_bytes(memory_limit))}'")
        if threads:
            self.con.execute(f"SET threads = {int(threads)}")
        self.con.execute("SET preserve_insertion_order = false")
        self.con.execute("SET enable_progress_bar = false")
        self._previous: list[str] = []  # tables previous_tables made readable
        self._threads = int(threads) if threads else None
        self._pool: ProcessPoolExecutor | None = None  # map_distinct's workers, on first need
        self._pool_lock = threading.Lock()
        self._pool_busy = False
        self.pooled_maps = 0  # map_distinct calls that went through the workers (for tests)
        self._idle_timer: threading.Timer | None = None  # lets idle workers go (POOL_IDLE_SECONDS)
        _OPEN.add(self)

    # -- the interface (documented in ringwatch/engines/base.py) ---------------------------
    def sql(self, query: str, params: Sequence | None = None) -> None:
        self.rows(query, params)

    def create(self, name: str, query: str) -> None:
        statement = f"CREATE OR REPLACE TABLE {name} AS {query}"
        _guarded(lambda: self.con.execute(statement).fetchall(), statement, name)

    def register(self, name: str, table: pa.Table) -> None:
        view = f"_arrow_{name}"
        self.con.register(view, table)
        try:
            self.create(name, f"SELECT * FROM {view}")
        finally:
            self.con.unregister(view)

    def arrow(self, query: str, params: Sequence | None = None) -> pa.Table:
        return _guarded(lambda: _query_arrow(self.con, query, params), query)

    def rows(self, query: str, params: Sequence | None = None) -> list[tuple]:
        # Always drain the result: DuckDB 2 refuses new work while a result is unfinished.
        return _guarded(lambda: self.con.execute(query, params or []).fetchall(), query)

    def scalar(self, query: str, params: Sequence | None = None):
        rows = self.rows(query, params)
        return rows[0][0] if rows else None

    def map_distinct(self, name: str, query: str, fn: BatchFunction, batch_size: int = 50_000, *,
                     min_parallel: int | None = None) -> None:
        # Working on distinct values is what keeps per-value Python work affordable: a million
        # logins from ten thousand addresses means ten thousand calls, not a million.
        distinct = f"SELECT DISTINCT v FROM ({query}) AS q(v) WHERE v IS NOT NULL"
        values = _guarded(lambda: _query_arrow(self.con, distinct, None), distinct, name).column(0)
        n_values = len(values)
        workers = self._workers()
        parallel = workers > 1 and n_values >= max(2, MIN_PARALLEL if min_parallel is None else min_parallel)
        # Four pieces per worker even out stragglers (a slow photo, a long resume).
        size = min(batch_size, -(-n_values // (workers * 4))) if parallel else batch_size
        pieces = [values.slice(start, size) for start in range(0, n_values, size)]
        if parallel:
            outputs = self._map_in_pool(fn, [piece.to_pylist() for piece in pieces])
        else:
            outputs = [fn(piece.to_pylist()) for piece in pieces]
        parts = [out.add_column(0, "input", piece) for out, piece in zip(outputs, pieces)]
        if parts:
            table = pa.concat_tables(parts)
        else:
            empty = fn([])
            table = empty.add_column(0, "input", pa.array([], type=values.type))
        self.register(name, table)

    def _workers(self) -> int:
        """Worker processes for batch functions: RINGWATCH_WORKERS when set, else the CPU
        count up to 8 (`parallel.worker_count`), and no more than the engine's `threads`."""
        from ringwatch.parallel import worker_count

        configured = worker_count()
        return min(self._threads, configured) if self._threads else configured

    def _map_in_pool(self, fn: BatchFunction, pieces: list[list]) -> list[pa.Table]:
        """`fn` over `pieces` in the engine's process pool, results in order. Any exception
        here (a failing batch, Ctrl-C, SIGTERM's Terminated) terminates the workers at once
        rather than letting them finish batches nobody will read."""
        with self._pool_lock:
            if self._idle_timer is not None:
                self._idle_timer.cancel()
                self._idle_timer = None
            if self._pool is None:
                from ringwatch.parallel import start_pool

                self._pool = start_pool(self._workers())
            pool = self._pool
            self._pool_busy = True
            self.pooled_maps += 1
        try:
            return list(pool.map(fn, pieces))
        except BaseException:
            self._stop_pool(force=True)
            raise
        finally:
            with self._pool_lock:
                self._pool_busy = False
                if self._pool is not None:
                    # Workers keep what their last batches allocated: let them go when no
                    # other map follows soon (the next stage's peak should not carry them).
                    self._idle_timer = threading.Timer(POOL_IDLE_SECONDS, self._release_idle_pool)
                    self._idle_timer.daemon = True
                    self._idle_timer.start()

    def _release_idle_pool(self) -> None:
        with self._pool_lock:
            if self._pool_busy or self._pool is None:
                return
            pool, self._pool, self._idle_timer = self._pool, None, None
        pool.shutdown(wait=True, cancel_futures=True)

    def _stop_pool(self, force: bool = False) -> None:
        with self._pool_lock:
            if self._idle_timer is not None:
                self._idle_timer.cancel()
                self._idle_timer = None
            pool, self._pool = self._pool, None
        if pool is None:
            return
        if not force:
            pool.shutdown(wait=True, cancel_futures=True)  # idle workers exit at once
            return
        processes = list((getattr(pool, "_processes", None) or {}).values())
        for process in processes:
            with contextlib.suppress(Exception):
                process.terminate()
        pool.shutdown(wait=False, cancel_futures=True)
        # A worker the pool was still starting when the signal came is not in the first
        # snapshot: look again, so that none outlives the scan.
        late = [p for p in list((getattr(pool, "_processes", None) or {}).values()) if p not in processes]
        for process in late:
            with contextlib.suppress(Exception):
                process.terminate()
        for process in processes + late:
            with contextlib.suppress(Exception):
                process.join(timeout=5)

    def components(self, name: str, nodes_sql: str, edges_sql: str) -> None:
        # In one process, collecting the edges as integer arrays for scipy's union-find is
        # faster than any number of SQL rounds (ringwatch/graph.py; bench/components.py).
        from ringwatch.graph import components_in_python

        components_in_python(self, name, nodes_sql, edges_sql)

    def previous_tables(self, path: str | Path, tables: Sequence[str]) -> list[str]:
        # ATTACH reads the file in place: nothing is copied, whatever its size.
        literal = str(path).replace("'", "''")
        self.sql(f"ATTACH '{literal}' AS {PREVIOUS_DATABASE} (READ_ONLY)")
        present = {t for (t,) in self.rows(
            "SELECT table_name FROM duckdb_tables() WHERE database_name = ?", [PREVIOUS_DATABASE])}
        found = [t for t in tables if t in present]
        for table in found:  # temporary views: never written into this scan's workspace
            self.sql(f"CREATE OR REPLACE TEMP VIEW {previous_name(table)} AS "
                     f"SELECT * FROM {PREVIOUS_DATABASE}.{table}")
        self._previous = found
        return found

    def release_previous(self) -> None:
        for table in self._previous:
            self.sql(f"DROP VIEW IF EXISTS temp.{previous_name(table)}")
        self._previous = []
        attached = self.scalar("SELECT count(*) FROM duckdb_databases() WHERE database_name = ?",
                               [PREVIOUS_DATABASE])
        if attached:
            self.sql(f"DETACH {PREVIOUS_DATABASE}")

    def splink_api(self):
        """A Splink database API on this engine's own connection, so Splink's tables live in
        the workspace next to the stage's (person resolution, ringwatch/link/persons.py)."""
        from splink import DuckDBAPI

        return DuckDBAPI(connection=self.con)

    def splink_settings(self, model: dict) -> dict:
        return model  # ringwatch writes Splink's SQL in DuckDB's dialect

    # The previous scan's attached workspace holds tables of the same names (`rings`): they
    # are read through their `previous_*` views only, never as this scan's own. (Counting
    # them made `columns("rings")` list every column twice, and a scan into a folder scanned
    # twice before failed on the duplicated columns of its predecessor's rings.)
    _OWN = f"table_catalog <> '{PREVIOUS_DATABASE}'"

    def tables(self) -> list[str]:
        return [name for (name,) in self.rows(
            f"SELECT table_name FROM information_schema.tables WHERE {self._OWN}")]

    def table_exists(self, name: str) -> bool:
        return bool(self.scalar(
            f"SELECT count(*) FROM information_schema.tables WHERE table_name = ? AND {self._OWN}", [name]))

    def columns(self, name: str) -> list[str]:
        return [r[0] for r in self.rows(
            f"SELECT column_name FROM information_schema.columns WHERE table_name = ? AND {self._OWN} "
            "ORDER BY ordinal_position", [name])]

    def count(self, name: str) -> int:
        return int(self.scalar(f"SELECT count(*) FROM {name}"))

    def checkpoint(self) -> None:
        self.sql("CHECKPOINT")

    # -- reading a bundle's files ----------------------------------------------------------
    @contextlib.contextmanager
    def loading(self) -> Iterator[None]:
        # File order must survive into the tables the loader creates (rowid numbers the
        # records), and zone-less timestamps mean UTC.
        saved = {name: self.scalar(f"SELECT current_setting('{name}')") for name in LOADING_SETTINGS}
        for name, value in LOADING_SETTINGS.items():
            self.sql(f"SET {name} = {_setting(value)}")
        try:
            yield
        finally:
            for name, value in saved.items():
                self.sql(f"SET {name} = {_setting(value)}")

    def read_csv(self, name: str, path: Path, width: int, max_record_bytes: int) -> None:
        # The dialect is pinned and the reader sees no header (it is the first record), so no
        # sniffer guesses a delimiter, skips rows or takes '#' for a comment, and a ragged
        # record is reported by its line.
        columns = ", ".join(f"'c{i}': 'VARCHAR'" for i in range(1, width + 1))
        self.create(name, f"SELECT * FROM read_csv({sql_literal(self.dialect.file_path(path))}, "
                          f"auto_detect = false, header = false, columns = {{{columns}}}, delim = ',', "
                          "quote = '\"', escape = '\"', comment = '', skip = 0, encoding = 'utf-8', "
                          f"strict_mode = true, max_line_size = {int(max_record_bytes)})")

    def read_json_lines(self, name: str, path: Path, max_record_bytes: int) -> None:
        self.create(name, f"SELECT json FROM read_ndjson_objects({sql_literal(self.dialect.file_path(path))}, "
                          f"ignore_errors = true, maximum_object_size = {int(max_record_bytes)})")

    def read_parquet_text(self, name: str, path: Path, width: int) -> None:
        # Columns renamed by position (a table alias): a name DuckDB would have to rename (a
        # duplicate) or could not bind (`rowid`) is never used in SQL.
        raw = [f"c{i}" for i in range(1, width + 1)]
        casts = ", ".join(f"CAST({c} AS VARCHAR) AS {c}" for c in raw)
        self.create(name, f"SELECT {casts} FROM read_parquet({sql_literal(self.dialect.file_path(path))}) "
                          f"AS t({', '.join(raw)})")

    def close(self) -> None:
        _OPEN.discard(self)
        try:
            self._stop_pool(force=self._interrupted)
        finally:
            self.con.close()


# -- DuckDB outside the engine interface ---------------------------------------------------

def open_workspace(path: str | Path, read_only: bool = True) -> duckdb.DuckDBPyConnection:
    """A DB-API connection to a scan's workspace file, for its readers (`ringwatch explain`,
    the service, the scan summary). Raises DuckDB's own errors: callers catch
    `engine_errors()` and quote the message."""
    return duckdb.connect(str(path), read_only=read_only)


@contextlib.contextmanager
def scratch_connection() -> Iterator[duckdb.DuckDBPyConnection]:
    """An in-memory DB-API connection for file conversions outside a scan (the synthetic
    bundle's JSON Lines, an importer's Parquet merge); closed on leaving."""
    con = duckdb.connect()
    try:
        yield con
    finally:
        con.close()


def read_workspace_tables(path: str | Path, tables: Sequence[str]) -> dict[str, pa.Table]:
    """The tables `tables` of a workspace file that it holds, as Arrow tables (read-only;
    missing tables are left out). Raises EngineError when the file cannot be read."""
    con = _guarded(lambda: duckdb.connect(str(path), read_only=True), f"ATTACH '{path}' (READ_ONLY)")
    try:
        present = {t for (t,) in con.execute(
            "SELECT table_name FROM duckdb_tables() WHERE database_name = current_database()").fetchall()}
        return {t: _guarded(lambda t=t: _query_arrow(con, f'SELECT * FROM "{t}"', None), f"SELECT * FROM {t}", t)
                for t in tables if t in present}
    finally:
        con.close()


def register_previous_tables(engine: Engine, path: str | Path, tables: Sequence[str]) -> list[str]:
    """`Engine.previous_tables` for any engine: the previous workspace (always a DuckDB file)
    read here into Arrow and handed to `engine.register` as `previous_<table>`. The tables the
    carry-over reads are small next to a scan (rings, members, links, watchlist, keys), but they
    do pass through this process. The engine's `release_previous` drops them."""
    found = read_workspace_tables(path, tables)
    for table, data in found.items():
        engine.register(previous_name(table), data)
    return [t for t in tables if t in found]


def side_files(path: str | Path) -> list[Path]:
    """The files DuckDB may keep beside the database file at `path`."""
    return [Path(f"{path}{suffix}") for suffix in SIDE_SUFFIXES]
