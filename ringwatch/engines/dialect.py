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

    # -- the loader's pieces (ringwatch/load.py) ---------------------------------------------
    @abstractmethod
    def utc_timestamp(self, text: str) -> str:
        """`text` read as an instant (a UTC offset or zone name honoured; none means UTC) and
        given as a zone-less UTC timestamp; NULL when it cannot be read. Spark:
        CAST(TRY_CAST(text AS TIMESTAMP_LTZ) AS TIMESTAMP_NTZ) in a UTC session."""

    @abstractmethod
    def json_is_object(self, json: str) -> str:
        """True when the text `json` is one JSON object. Spark: json_object_keys(json) IS NOT NULL."""

    @abstractmethod
    def json_keys(self, json: str) -> str:
        """The keys of the JSON object `json`, in document order. Spark: json_object_keys."""

    @abstractmethod
    def json_text_fields(self, json: str, keys: list[str]) -> tuple[str, list[str]]:
        """(an expression of the JSON object `json` to compute once per row, as column `o`;
        for each of `keys`, the expression reading that key's value from `o` as text: a
        string unquoted, any other value as JSON text, NULL when absent or null). Spark:
        from_json(json, 'map<string,string>') and o['key']."""


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

    def utc_timestamp(self, text: str) -> str:
        return f"timezone('UTC', TRY_CAST({text} AS TIMESTAMPTZ))"

    def json_is_object(self, json: str) -> str:
        return f"({json} IS NOT NULL AND json_type({json}) = 'OBJECT')"

    def json_keys(self, json: str) -> str:
        return f"json_keys({json})"

    def json_text_fields(self, json: str, keys: list[str]) -> tuple[str, list[str]]:
        # JSON pointers read keys holding '.', '$' or spaces literally; one multi-path
        # extraction parses each line once instead of once per key.
        pointers = ", ".join(sql_literal("/" + k.replace("~", "~0").replace("/", "~1")) for k in keys)
        return f"json_extract_string({json}, [{pointers}])", [f"o[{i}]" for i in range(1, len(keys) + 1)]


def sql_literal(text: str) -> str:
    """`text` as a SQL string literal (quotes doubled), in either engine's dialect."""
    return "'" + text.replace("'", "''") + "'"


DUCKDB = DuckDBDialect()
