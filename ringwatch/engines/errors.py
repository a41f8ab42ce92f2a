"""Engine failures in words the rest of ringwatch can use without knowing the engine.

Each engine turns its library's errors into `EngineError` (with the stage, the table and the
SQL) except interrupts, which keep their native form so Ctrl-C and SIGTERM unwind as they
always did. Callers ask what a failure is (`is_interrupt`, `is_out_of_memory`, `is_disk_full`)
or catch `engine_errors()`; only the engine modules know the library's exception classes.
"""

from __future__ import annotations

import importlib
import re
import sys
from collections.abc import Iterator
from types import ModuleType

# What a failure is, as far as the command line cares.
INTERRUPT = "interrupt"
OUT_OF_MEMORY = "out_of_memory"
DISK_FULL = "disk_full"
FAILED = "failed"  # any other engine error: bad SQL, a bad file, a bug

SQL_SHOWN = 600  # characters of the statement kept in the message (the full one is on .sql)

# Each engine library, and the ringwatch module that knows its exceptions (it defines
# `native_error_kind(exc) -> str | None` and `NATIVE_ERRORS`, a tuple of base classes).
_ENGINE_LIBRARIES = {"duckdb": "ringwatch.engines.duckdb", "pyspark": "ringwatch.engines.spark"}


class EngineError(Exception):
    """A statement failed in the engine. `stage` is filled in by the pipeline, `table` is the
    table being written when known, `sql` the statement, `cause` the library's own error."""

    def __init__(self, cause: BaseException, sql: str | None = None, table: str | None = None,
                 stage: str | None = None, kind: str = FAILED) -> None:
        super().__init__(cause)
        self.cause, self.sql, self.table, self.stage, self.kind = cause, sql, table, stage, kind

    @property
    def reason(self) -> str:
        """The engine's own message, as the library wrote it."""
        return str(self.cause)

    def __str__(self) -> str:
        where = ", ".join(part for part in (self.stage and f"stage {self.stage}",
                                            self.table and f"table {self.table}") if part)
        text = f"{where}: {self.reason}" if where else self.reason
        if self.sql:
            statement = re.sub(r"\s+", " ", self.sql).strip()
            if len(statement) > SQL_SHOWN:
                statement = statement[:SQL_SHOWN] + " ..."
            text += f"\nSQL: {statement}"
        return text


def _loaded_engine_modules() -> Iterator[ModuleType]:
    for library, module in _ENGINE_LIBRARIES.items():
        if library in sys.modules:  # a library never imported raised nothing
            yield importlib.import_module(module)


def error_kind(exc: BaseException) -> str | None:
    """INTERRUPT, OUT_OF_MEMORY, DISK_FULL or FAILED for an engine failure (wrapped or
    native), None for anything else."""
    if isinstance(exc, EngineError):
        return exc.kind
    for module in _loaded_engine_modules():
        kind = module.native_error_kind(exc)
        if kind:
            return kind
    return None


def engine_errors() -> tuple[type[BaseException], ...]:
    """Exception classes of every engine failure, for an `except` clause: EngineError and the
    native errors of the engine libraries in use (interrupts among them; see is_interrupt)."""
    native = tuple(cls for module in _loaded_engine_modules() for cls in module.NATIVE_ERRORS)
    return (EngineError, *native)


def is_interrupt(exc: BaseException) -> bool:
    """Ctrl-C or SIGTERM reached a running statement (the engine's form of KeyboardInterrupt)."""
    return error_kind(exc) == INTERRUPT


def is_out_of_memory(exc: BaseException) -> bool:
    return error_kind(exc) == OUT_OF_MEMORY


def is_disk_full(exc: BaseException) -> bool:
    return error_kind(exc) == DISK_FULL
