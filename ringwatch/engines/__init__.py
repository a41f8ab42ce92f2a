"""Engines run the pipeline's relational stages. DuckDB in-process is the default.

The rest of ringwatch reaches an engine only through this package: `open_engine` builds one
(ringwatch/engines/base.py says what it offers), `ringwatch.engines.errors` says what a failure
was. Engine modules are imported on first use, so `ringwatch --help` loads no engine library.
"""

from __future__ import annotations

import importlib
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from ringwatch.engines.base import BatchFunction, Engine
from ringwatch.engines.dialect import Dialect

if TYPE_CHECKING:
    from ringwatch.engines.duckdb import DuckDBEngine

# Engine name -> the module that implements it (a class named in _CLASSES).
ENGINES = {"duckdb": "ringwatch.engines.duckdb", "spark": "ringwatch.engines.spark"}
_CLASSES = {"duckdb": "DuckDBEngine", "spark": "SparkEngine"}
DEFAULT_ENGINE = "duckdb"

__all__ = ["DEFAULT_ENGINE", "ENGINES", "BatchFunction", "Dialect", "DuckDBEngine", "Engine",
           "interrupt_all", "open_engine", "side_files"]


def open_engine(name: str = DEFAULT_ENGINE, path: str | Path | None = None,
                memory_limit: str | int | None = None, threads: int | None = None,
                **options) -> Engine:
    """A new engine of kind `name` whose workspace is `path` (None: in memory).
    `memory_limit`: bytes or text like "6GB" (default RINGWATCH_MEMORY, else 6GB).
    `options`: engine-specific (Spark: `master`, `session`)."""
    if name not in ENGINES:
        raise ValueError(f"unknown engine {name!r}; expected one of {', '.join(ENGINES)}")
    cls = getattr(importlib.import_module(ENGINES[name]), _CLASSES[name])
    return cls(path, memory_limit=memory_limit, threads=threads, **options)


def interrupt_all() -> None:
    """Interrupt the statement running on every open engine of every kind; safe from any
    thread (the signal watcher in ringwatch/cli.py calls it)."""
    for module in ENGINES.values():
        if module in sys.modules:  # an engine never opened has nothing running
            sys.modules[module].interrupt_all()


def side_files(path: str | Path) -> list[Path]:
    """Files an engine may leave beside a database file it wrote at `path` (DuckDB's `.wal`),
    for writers that clean up after a failure."""
    return [side for module in ENGINES.values() if module in sys.modules  # only a loaded
            for side in sys.modules[module].side_files(path)]           # engine wrote anything


def __getattr__(name: str):
    # `from ringwatch.engines import DuckDBEngine` still works, without importing DuckDB
    # for everyone who imports this package.
    if name == "DuckDBEngine":
        from ringwatch.engines.duckdb import DuckDBEngine

        return DuckDBEngine
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
