"""The SQL pieces that are spelled differently from engine to engine.

Stages write their SQL once, in DuckDB's dialect, and ask the engine's dialect
(`engine.dialect`) for the pieces listed here. Each method returns a SQL expression as text;
its arguments are SQL expressions too (already quoted where they are literals). Splink's
`dialects.py` is the model: name each non-portable function once, per engine.

Only part of the stages' SQL goes through here so far; docs/ENGINES.md lists what is still
DuckDB-only per module and what sqlglot (`read="duckdb", write="spark"`) transpiles as is.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from pathlib import Path


class Dialect(ABC):
    name: str

    @abstractmethod
    def file_path(self, path: Path) -> str:
        """`path` as the text of a file reader's argument, naming exactly that one file (a
        reader that expands globs must not expand a `*` in a file name). Not yet quoted.
        Spark: the path as is (Spark globs too: escape `*?[{` with a backslash)."""

    @abstractmethod
    def arg_max(self, value: str, key: str) -> str:
        """`value` of the row with the largest `key` in the group. Spark: max_by(value, key)."""

    @abstractmethod
    def arg_min(self, value: str, key: str) -> str:
        """`value` of the row with the smallest `key` in the group. Spark: min_by(value, key)."""

    @abstractmethod
    def any_value(self, expr: str) -> str:
        """Any one value of the group (used where all are equal). Spark: any_value(expr) (3.4+)
        or first(expr, true)."""

    @abstractmethod
    def regexp_full_match(self, expr: str, pattern: str) -> str:
        """True when the whole of `expr` matches `pattern` (a quoted SQL string). Spark:
        expr RLIKE '^(?:pattern)$'."""

    @abstractmethod
    def ordered_string_agg(self, expr: str, separator: str, order_by: str) -> str:
        """The group's `expr` values joined by `separator`, in `order_by` order. Spark:
        array_join(transform(array_sort(collect_list(struct(order_by, expr))), s -> s.expr), sep)."""

    @abstractmethod
    def ordered_list(self, expr: str, order_by: str) -> str:
        """The group's `expr` values as an array, in `order_by` order. Spark: as
        ordered_string_agg without the array_join."""


class DuckDBDialect(Dialect):
    name = "duckdb"

    def file_path(self, path: Path) -> str:
        # DuckDB expands `*`, `?` and `[...]` as a glob: each is escaped as a one-character class.
        return "".join(f"[{c}]" if c in "*?[" else c for c in str(path))

    def arg_max(self, value: str, key: str) -> str:
        return f"arg_max({value}, {key})"

    def arg_min(self, value: str, key: str) -> str:
        return f"arg_min({value}, {key})"

    def any_value(self, expr: str) -> str:
        return f"any_value({expr})"

    def regexp_full_match(self, expr: str, pattern: str) -> str:
        return f"regexp_full_match({expr}, {pattern})"

    def ordered_string_agg(self, expr: str, separator: str, order_by: str) -> str:
        return f"string_agg({expr}, {separator} ORDER BY {order_by})"

    def ordered_list(self, expr: str, order_by: str) -> str:
        return f"list({expr} ORDER BY {order_by})"


DUCKDB = DuckDBDialect()
