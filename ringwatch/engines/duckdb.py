"""The few hooks the pipeline needs from a SQL engine, implemented on DuckDB in-process.

Stages are written as SQL over named tables plus "batch functions" (plain Python callables
that map a column of distinct values to a pyarrow table) for per-value work SQL cannot do.
A Spark engine implements the same hooks (`sql`, `create`, `register`, `map_distinct`,
`arrow`) with `spark.sql`, `createOrReplaceTempView` and `mapInArrow`.
"""

from __future__ import annotations

import contextlib
import os
import weakref
from collections.abc import Callable, Sequence
from pathlib import Path

import duckdb
import pyarrow as pa

from ringwatch.settings import (DEFAULT_MEMORY, MEMORY_ENV, SettingsError, duckdb_memory_limit,
                                memory_limit_bytes)

# A batch function takes a list of distinct input values and returns a table with one row
# per input value, in the same order.
BatchFunction = Callable[[Sequence], pa.Table]


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


# Every open engine, so a signal can interrupt whatever statement is running (`interrupt_all`).
_OPEN: weakref.WeakSet = weakref.WeakSet()


def interrupt_all() -> None:
    """Interrupt the statement running on every open engine; safe from any thread (DuckDB
    checks Python's signals only now and then, and not at all inside some long joins)."""
    for engine in list(_OPEN):
        with contextlib.suppress(Exception):
            engine.con.interrupt()


class DuckDBEngine:
    name = "duckdb"

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
        _OPEN.add(self)

    # -- the hooks --------------------------------------------------------------------------
    def sql(self, query: str, params: Sequence | None = None) -> None:
        """Run a statement for its effect."""
        self.rows(query, params)

    def create(self, name: str, query: str) -> None:
        """Materialise a query as a named table, replacing any earlier one."""
        self.sql(f"CREATE OR REPLACE TABLE {name} AS {query}")

    def register(self, name: str, table: pa.Table) -> None:
        """Store an Arrow table as a named table."""
        view = f"_arrow_{name}"
        self.con.register(view, table)
        try:
            self.sql(f"CREATE OR REPLACE TABLE {name} AS SELECT * FROM {view}")
        finally:
            self.con.unregister(view)

    def arrow(self, query: str, params: Sequence | None = None) -> pa.Table:
        """Run a query and return its result as Arrow."""
        return _query_arrow(self.con, query, params)

    def rows(self, query: str, params: Sequence | None = None) -> list[tuple]:
        # Always drain the result: DuckDB 2 refuses new work while a result is unfinished.
        return self.con.execute(query, params or []).fetchall()

    def scalar(self, query: str, params: Sequence | None = None):
        rows = self.rows(query, params)
        return rows[0][0] if rows else None

    def map_distinct(self, name: str, query: str, fn: BatchFunction, batch_size: int = 50_000) -> None:
        """Apply `fn` to the distinct non-null values of a one-column query.

        Creates table `name` with column `input` (the distinct value) followed by `fn`'s
        columns. Working on distinct values is what keeps per-value Python work affordable:
        a million logins from ten thousand addresses means ten thousand calls, not a million.
        """
        values = _query_arrow(
            self.con, f"SELECT DISTINCT v FROM ({query}) AS q(v) WHERE v IS NOT NULL", None).column(0)
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

    def splink_api(self):
        """A Splink database API on this engine's own connection, so Splink's tables live in
        the workspace next to the stage's (person resolution, ringwatch/link/persons.py)."""
        from splink import DuckDBAPI

        return DuckDBAPI(connection=self.con)

    def table_exists(self, name: str) -> bool:
        return bool(self.scalar(
            "SELECT count(*) FROM information_schema.tables WHERE table_name = ?", [name]))

    def columns(self, name: str) -> list[str]:
        return [r[0] for r in self.rows(
            "SELECT column_name FROM information_schema.columns WHERE table_name = ? "
            "ORDER BY ordinal_position", [name])]

    def count(self, name: str) -> int:
        return int(self.scalar(f"SELECT count(*) FROM {name}"))

    def close(self) -> None:
        _OPEN.discard(self)
        self.con.close()
