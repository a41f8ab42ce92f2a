"""The engine interface: every operation the pipeline's stages ask of an engine, and no more.

Stages are SQL over named tables (in DuckDB's dialect, with the non-portable pieces asked of
`engine.dialect`) plus batch functions for per-value work SQL cannot do. An engine owns the
tables; a stage never holds rows in Python except through `arrow`/`rows` on small results.
docs/ENGINES.md says how to add an engine. `DuckDBEngine` (ringwatch/engines/duckdb.py) is the
first implementation; the notes on a Spark implementation say what it would use.

Errors: a failed statement raises `ringwatch.engines.errors.EngineError` carrying the SQL and,
when known, the table; an interrupt (Ctrl-C, SIGTERM) is raised in the library's own form.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from contextlib import AbstractContextManager
from pathlib import Path
from typing import Any, Protocol, runtime_checkable

import pyarrow as pa

from ringwatch.engines.dialect import Dialect

# A batch function takes a list of distinct input values and returns a table with one row per
# input value, in the same order. It must be a plain, picklable function (a module-level
# function or a functools.partial of one) holding no pool or connection: the engine decides
# where and how in parallel it runs (DuckDB: its own process pool, or this process for few
# values; Spark: mapInArrow on executors).
BatchFunction = Callable[[Sequence], pa.Table]

# The previous scan's tables are read as `previous_<table>` (Engine.previous_tables).
PREVIOUS_PREFIX = "previous_"


def previous_name(table: str) -> str:
    """The name under which `Engine.previous_tables` makes the previous scan's `table` readable."""
    return PREVIOUS_PREFIX + table


@runtime_checkable
class Engine(Protocol):
    name: str  # "duckdb"; recorded in run_info
    dialect: Dialect  # the spelling of the SQL pieces that differ (ringwatch/engines/dialect.py)

    def sql(self, query: str, params: Sequence | None = None) -> None:
        """Run a statement for its effect (DDL, INSERT, DELETE, COPY ... TO). `params` bind
        `?` placeholders. Spark: spark.sql(query, args) and discard the result."""

    def create(self, name: str, query: str) -> None:
        """Materialise `query` as table `name`, replacing any earlier table of that name.
        Errors name the table. Spark: a cached temp view or a managed table (written once:
        later stages read it many times)."""

    def register(self, name: str, table: pa.Table) -> None:
        """Store an Arrow table as table `name` (replacing it); the engine keeps its own copy,
        so the caller may drop `table`. Spark: spark.createDataFrame(table) as a temp view."""

    def arrow(self, query: str, params: Sequence | None = None) -> pa.Table:
        """Run a query and return the whole result as an Arrow table (small results only:
        report pages, output pieces). Spark: DataFrame.toArrow() (4.0) or toPandas()."""

    def rows(self, query: str, params: Sequence | None = None) -> list[tuple]:
        """Run a query and return every row as a tuple (small results only)."""

    def scalar(self, query: str, params: Sequence | None = None) -> Any:
        """The first column of the first row, or None when there is no row."""

    # -- reading a bundle's files (ringwatch/load.py): every cell as text, numbered ---------
    # Each reader creates table `name` whose rows can be selected in file order by `rowid`
    # (0 for the first record; DuckDB: its row-number pseudo-column, Spark: a column). The
    # loader never selects `*` from these tables. Text columns are `c1`, `c2`, ... by position.

    def loading(self) -> AbstractContextManager[None]:
        """Settings the loader's SQL needs while it runs, put back after: tables created from
        a reader's table keep its row order, and a timestamp without a zone means UTC.
        DuckDB: SET preserve_insertion_order / TimeZone; Spark: nothing for the meaning (rowid
        is a column; the session is UTC), a code-generation limit for the speed."""

    def read_csv(self, name: str, path: Path, width: int, max_record_bytes: int) -> None:
        """Every record of the RFC 4180 file at `path` (the header too; comma, double quote,
        doubled quotes inside quotes, no comment lines, no sniffing) as `c1`..`c{width}`.
        Raises EngineError naming the record when one is not `width` fields or over
        `max_record_bytes`. DuckDB: read_csv(strict_mode); Spark: spark.read.csv(multiLine)
        and its malformed records."""

    def read_json_lines(self, name: str, path: Path, max_record_bytes: int) -> None:
        """Column `json`: each line of the file at `path` that holds more than white space,
        as text; NULL where the line is not valid JSON (or is over `max_record_bytes`).
        DuckDB: read_ndjson_objects(ignore_errors); Spark: spark.read.text."""

    def read_parquet_text(self, name: str, path: Path, width: int) -> None:
        """The `width` columns of the Parquet file at `path`, by position, each cast to text.
        DuckDB: read_parquet; Spark: spark.read.parquet."""

    def map_distinct(self, name: str, query: str, fn: BatchFunction, batch_size: int = 50_000, *,
                     min_parallel: int | None = None) -> None:
        """Create table `name`: column `input` (each distinct non-null value of the one-column
        `query`) followed by `fn`'s columns for that value. `fn` sees each value once, in
        batches of at most `batch_size`; with no values, `fn([])` still gives the schema.
        The engine owns the parallelism: `fn` is a plain picklable batch function, and
        `min_parallel` is the caller's hint of how many values make spreading worth it (below
        it an in-process engine runs `fn` in the calling process; None: the engine's default).
        DuckDB: a process pool of its own (`threads` workers, started on first need, closed
        by `close`). Spark: SELECT DISTINCT, then mapInArrow(fn) over partitions (the hint
        may be ignored)."""

    def components(self, name: str, nodes_sql: str, edges_sql: str) -> None:
        """Create table `name(node, component)`: the connected components of the graph whose
        nodes `nodes_sql` (one column) and edges `edges_sql` (two columns) select, component
        = the smallest node id of the component, isolated nodes included (ringwatch/graph.py).
        DuckDB: the edges as integer arrays into scipy's union-find (`components_in_python`);
        any other engine: large-star / small-star in SQL, no edge collected
        (`components_in_sql`)."""

    def previous_tables(self, path: str | Path, tables: Sequence[str]) -> list[str]:
        """Make the tables `tables` of the previous scan's workspace file at `path` (a DuckDB
        file, whichever engine wrote it) readable, unchanged and read-only, as
        `previous_<table>` (`previous_name`) until `release_previous`; return those of
        `tables` the file holds. Raises EngineError (or OSError) when the file cannot be read,
        an interrupt in its own form. DuckDB: ATTACH READ_ONLY and a temporary view per table;
        any other engine: `engines.duckdb.register_previous_tables` (Arrow hand-over)."""

    def release_previous(self) -> None:
        """Forget what `previous_tables` made readable (nothing happens when there is none).
        DuckDB: drop the views and DETACH."""

    def splink_api(self) -> Any:
        """A Splink database API whose tables live in this engine (splink.DuckDBAPI on the
        same connection; Spark: splink.SparkAPI on the same session)."""

    def splink_settings(self, model: dict) -> dict:
        """Splink settings (a model as ringwatch writes it, its comparison levels and blocking
        rules in DuckDB's SQL) with that SQL in this engine's dialect, for `splink_api()`.
        DuckDB: the model unchanged; Spark: each condition transpiled (spark_sql.py)."""

    def tables(self) -> list[str]:
        """The names of every table and view this engine holds, in no particular order.
        Spark: the session's temporary views."""

    def table_exists(self, name: str) -> bool:
        """Whether table (or view) `name` exists. Spark: spark.catalog.tableExists(name)."""

    def columns(self, name: str) -> list[str]:
        """The column names of table `name`, in order."""

    def count(self, name: str) -> int:
        """The number of rows in table `name`."""

    def checkpoint(self) -> None:
        """Make every table written so far durable in the workspace, so a failure to write it
        (a full disk) is raised inside the scan, not at close. DuckDB: CHECKPOINT; Spark:
        nothing (tables are written as they are created)."""

    def close(self) -> None:
        """Release the engine (a file-backed workspace is complete once closed). Idempotent
        use is not required: the pipeline closes each engine once."""
