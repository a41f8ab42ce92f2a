"""Load a bundle folder into typed engine tables, checking it against the contract.

The flow for each table file:

1. read it with every column as text (`_load_raw`), transcoding invalid UTF-8 first;
2. expose it through the view `_load_src`: contract columns under their contract names,
   blank cells as NULL, `_row` = the 1-based data record in the file;
3. stop on fatal problems (missing required column, empty or duplicate subject ids);
4. cast into the typed table named after the contract table, and record a warning for every
   cell that could not be kept as given (bad timestamp, non-numeric amount, unknown choice,
   missing photo file, subject id that names no subject ...).

All checks are SQL over whole columns; Python only touches distinct file paths. Warnings are
counted in full but stored for at most `ISSUE_CAP` rows per (file, column, code) so a file
with ten million bad timestamps does not produce a ten-million-row issue table.

The readers (`read_csv`, `read_ndjson_objects`, `read_parquet`) are DuckDB's; the checks are
plain SQL run through the engine hooks.
"""

from __future__ import annotations

import codecs
import csv
import os
import tempfile
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from itertools import takewhile
from pathlib import Path

import duckdb
import pyarrow as pa

from ringwatch.contract import DATE, DUCKDB_TYPES, FILE_FORMATS, NUMBER, TABLES, TIMESTAMP, Column, Table
from ringwatch.errors import ERROR, WARNING, BundleError, Issue

ISSUE_CAP = 1000  # stored issue rows per (file, column, code); every one is still counted
FATAL_LISTED = 10  # offending rows spelled out in a BundleError's message
VALUE_SHOWN = 80  # characters of a bad value quoted in an issue message
COUNTRY_COLUMNS = frozenset({"country"})  # ISO 3166-1 alpha-2 columns, checked for shape
PHOTO_COLUMN = "photo"
RESUME_COLUMN = "resume"
RESUME_FILE_SUFFIXES = (".txt", ".pdf", ".docx", ".md")
ROW_COLUMN = "_row"
REPLACEMENT_CHAR = "\ufffd"
READ_CHUNK_BYTES = 16 << 20

# Session settings while loading: file order must survive into the raw tables (row numbers
# come from it), and zone-less timestamps mean UTC.
LOAD_SETTINGS = {"preserve_insertion_order": True, "TimeZone": "UTC"}

# Scratch objects, dropped when loading ends.
RAW = "_load_raw"
JSON_LINES = "_load_json"
SRC = "_load_src"
BAD = "_load_bad"
PATHS = "_load_paths"
SCRATCH_TABLES = (RAW, JSON_LINES, BAD, PATHS)

ISSUES_TABLE = "load_issues"


@dataclass
class LoadReport:
    """What was loaded and what was wrong with it."""

    bundle: Path
    files: dict[str, Path] = field(default_factory=dict)  # table -> the file it came from
    rows: dict[str, int] = field(default_factory=dict)  # table -> rows loaded
    issue_counts: Counter = field(default_factory=Counter)  # (severity, code) -> rows affected
    warnings: int = 0
    errors: int = 0

    def count(self, issue: Issue | tuple[str, str], n: int = 1) -> None:
        severity, code = (issue.severity, issue.code) if isinstance(issue, Issue) else issue
        self.issue_counts[(severity, code)] += n
        if severity == ERROR:
            self.errors += n
        else:
            self.warnings += n

    def summary(self) -> str:
        tables = ", ".join(f"{name} {n:,}" for name, n in self.rows.items())
        problems = ", ".join(f"{code} {n:,}" for (_, code), n in sorted(self.issue_counts.items()))
        return f"loaded {tables}; {self.warnings:,} warnings" + (f" ({problems})" if problems else "")


# -- small SQL helpers ---------------------------------------------------------------------

def _ident(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _lit(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"


def _shown(expr: str) -> str:
    """SQL for a bad value as quoted in messages: cut short, on one line."""
    return f"replace(left({expr}, {VALUE_SHOWN}), chr(10), ' ')"


# -- issues --------------------------------------------------------------------------------

class _IssueLog:
    """Writes issues to `load_issues` and counts them in the report."""

    def __init__(self, engine, report: LoadReport, fresh: bool = True) -> None:
        self.engine = engine
        self.report = report
        if fresh or not engine.table_exists(ISSUES_TABLE):
            engine.sql(
                f"CREATE OR REPLACE TABLE {ISSUES_TABLE} (file VARCHAR, \"row\" BIGINT, "
                "\"column\" VARCHAR, severity VARCHAR, code VARCHAR, message VARCHAR)")

    def add(self, issues: Sequence[Issue], counted: bool = True) -> None:
        if not issues:
            return
        # Few rows (at most ISSUE_CAP): one parameterised INSERT is enough.
        placeholders = ", ".join(["(?, ?, ?, ?, ?, ?)"] * len(issues))
        values = [v for i in issues for v in (i.file, i.row, i.column, i.severity, i.code, i.message)]
        self.engine.sql(f"INSERT INTO {ISSUES_TABLE} VALUES {placeholders}", values)
        if counted:
            for issue in issues:
                self.report.count(issue)

    def rows(self, file: str, column: str, code: str, bad_rows: str, message: str) -> int:
        """Record a warning for every row of `bad_rows` (a query giving `_row, value`).

        `message` may hold one `{}`, which receives the offending value. Returns the number
        of rows found; the first ISSUE_CAP are stored, plus one summary line.
        """
        self.engine.create(BAD, bad_rows)
        total = int(self.engine.scalar(f"SELECT count(*) FROM {BAD}"))
        if not total:
            return 0
        text = f"format({_lit(message)}, {_shown('value')})" if "{}" in message else _lit(message)
        self.engine.sql(
            f"INSERT INTO {ISSUES_TABLE} SELECT {_lit(file)}, _row, {_lit(column)}, "
            f"'{WARNING}', {_lit(code)}, {text} "
            f"FROM {BAD} ORDER BY _row LIMIT {ISSUE_CAP}")
        if total > ISSUE_CAP:
            self.add([Issue(file, None, column, WARNING, code,
                            f"{total:,} rows in all; the first {ISSUE_CAP:,} are listed")],
                     counted=False)
        self.report.count((WARNING, code), total)
        return total

    def fatal(self, file: str, column: str | None, code: str, what: str,
              offenders: Sequence[tuple[int | None, str]], total: int | None = None) -> BundleError:
        """Store the error issues (one per offending row) and build the exception to raise."""
        issues = [Issue(file, row, column, ERROR, code, detail) for row, detail in offenders]
        issues = issues or [Issue(file, None, column, ERROR, code, what)]
        self.add(issues)
        total = len(offenders) if total is None else total
        listed = "; ".join(detail for _, detail in offenders[:FATAL_LISTED])
        more = f"; and {total - FATAL_LISTED:,} more" if total > FATAL_LISTED else ""
        where = f"{file}, column '{column}'" if column else file
        return BundleError(f"{where}: {what}" + (f": {listed}{more}" if listed else ""), issues)


# -- finding the files ---------------------------------------------------------------------

def find_table_files(bundle_dir: Path) -> tuple[dict[str, Path], list[Path]]:
    """Return {table: file} for the contract tables present, and the data files naming none.

    Raises BundleError when the folder is missing, has no subjects file, or holds one table
    in two formats.
    """
    if not bundle_dir.is_dir():
        raise BundleError(f"{bundle_dir}: bundle folder not found",
                          [Issue(str(bundle_dir), None, None, ERROR, "bundle_missing",
                                 "bundle folder not found")])
    found: dict[str, list[Path]] = {}
    strays: list[Path] = []
    for path in sorted(bundle_dir.iterdir()):
        if not path.is_file() or path.suffix.lower() not in FILE_FORMATS:
            continue
        name = path.stem.lower()
        if name in TABLES:
            found.setdefault(name, []).append(path)
        else:
            strays.append(path)
    doubled = {name: paths for name, paths in found.items() if len(paths) > 1}
    if doubled:
        issues = [Issue(p.name, None, None, ERROR, "duplicate_format",
                        f"table '{name}' is given in {len(paths)} files")
                  for name, paths in doubled.items() for p in paths]
        listed = "; ".join(f"{name}: {', '.join(p.name for p in paths)}"
                           for name, paths in doubled.items())
        raise BundleError(f"{bundle_dir}: a table must be one file, found several: {listed}", issues)
    if "subjects" not in found:
        raise BundleError(
            f"{bundle_dir}: no subjects file (subjects.csv, subjects.jsonl or subjects.parquet)",
            [Issue(str(bundle_dir), None, None, ERROR, "subjects_missing", "no subjects file")])
    return {name: paths[0] for name, paths in found.items()}, strays


# -- reading a file as text columns ----------------------------------------------------------

def _utf8_copy(path: Path, workdir: Path) -> Path | None:
    """If `path` holds invalid UTF-8, write a copy with U+FFFD in place of the bad bytes.

    Returns the copy, or None when the file is clean (the usual case: one fast pass).
    """
    decoder = codecs.getincrementaldecoder("utf-8")()
    with path.open("rb") as handle:
        try:
            while chunk := handle.read(READ_CHUNK_BYTES):
                decoder.decode(chunk)
            decoder.decode(b"", final=True)
            return None
        except UnicodeDecodeError:
            pass
    copy = workdir / path.name
    replacing = codecs.getincrementaldecoder("utf-8")(errors="replace")
    with path.open("rb") as source, copy.open("w", encoding="utf-8", newline="") as target:
        while chunk := source.read(READ_CHUNK_BYTES):
            target.write(replacing.decode(chunk))
        target.write(replacing.decode(b"", final=True))
    return copy


def _csv_header(path: Path) -> list[str]:
    with path.open(encoding="utf-8-sig", errors="replace", newline="") as handle:
        return next(csv.reader(handle), [])


def _read_csv(engine, path: Path) -> list[str]:
    # The dialect is pinned (RFC 4180) and the columns are named from the header, so no
    # sniffer guesses a delimiter, skips rows or takes '#' for a comment, and a ragged row
    # is reported by its line.
    header = _csv_header(path)
    if not header:
        engine.create(RAW, "SELECT NULL::VARCHAR AS _load_no_columns WHERE false")
        return []
    columns = ", ".join(f"{_lit(name)}: 'VARCHAR'" for name in header)
    engine.create(RAW, f"SELECT * FROM read_csv({_lit(str(path))}, auto_detect = false, "
                       f"header = true, columns = {{{columns}}}, delim = ',', quote = '\"', "
                       "escape = '\"', comment = '', skip = 0, encoding = 'utf-8')")
    return header


def _read_parquet(engine, path: Path) -> list[str]:
    columns = engine.rows(f"DESCRIBE SELECT * FROM read_parquet({_lit(str(path))})")
    casts = ", ".join(f"CAST({_ident(name)} AS VARCHAR) AS {_ident(name)}" for name, *_ in columns)
    engine.create(RAW, f"SELECT {casts} FROM read_parquet({_lit(str(path))})")
    return [name for name, *_ in columns]


def _read_jsonl(engine, path: Path, file: str, log: _IssueLog) -> list[str]:
    # Malformed lines are read as NULL (ignore_errors) so they can be reported by row.
    engine.create(JSON_LINES, f"SELECT json FROM read_ndjson_objects({_lit(str(path))}, "
                              "ignore_errors = true)")
    not_object = f"FROM {JSON_LINES} WHERE json IS NULL OR json_type(json) <> 'OBJECT'"
    bad = engine.rows(f"SELECT rowid + 1, json {not_object} ORDER BY rowid LIMIT {ISSUE_CAP}")
    if bad:
        total = int(engine.scalar(f"SELECT count(*) {not_object}"))
        offenders = [(row, f"row {row}" if value is None else f"row {row} is {value[:VALUE_SHOWN]}")
                     for row, value in bad]
        raise log.fatal(file, None, "not_json_object", "lines that are not a JSON object",
                        offenders, total)
    # Columns in order of first appearance; files repeat a handful of key lists.
    keys: dict[str, None] = {}
    for (key_list,) in engine.rows(f"SELECT json_keys(json) AS k FROM {JSON_LINES} "
                                   "GROUP BY k ORDER BY min(rowid)"):
        keys.update(dict.fromkeys(key_list))
    if keys:
        # JSON pointers read keys holding '.', '$' or spaces literally; one multi-path
        # extraction parses each line once instead of once per key.
        pointers = ", ".join(_lit("/" + k.replace("~", "~0").replace("/", "~1")) for k in keys)
        picks = ", ".join(f"v[{i}] AS {_ident(k)}" for i, k in enumerate(keys, start=1))
        engine.create(RAW, f"SELECT {picks} FROM (SELECT json_extract_string(json, [{pointers}]) AS v "
                           f"FROM {JSON_LINES})")
    else:
        engine.create(RAW, f"SELECT NULL::VARCHAR AS _load_no_columns FROM {JSON_LINES}")
    engine.sql(f"DROP TABLE {JSON_LINES}")  # the text columns hold it all now
    return list(keys)


def _engine_reason(exc: Exception) -> str:
    """The reader's own account of a failure, on one line, without its tuning advice."""
    lines = str(exc).strip().split("\n\n")[0].splitlines()
    kept = [line.strip() for line in takewhile(lambda l: not l.startswith("Possible fix"), lines)]
    return " / ".join(line for line in kept if line)[:400]


def _read_raw(engine, path: Path, file: str, workdir: Path, log: _IssueLog) -> tuple[list[str], bool]:
    """Read a table file into `_load_raw` as text; return its columns and whether bytes
    had to be replaced for invalid UTF-8."""
    suffix = path.suffix.lower()
    try:
        source = None if suffix == ".parquet" else _utf8_copy(path, workdir)
        if suffix == ".csv":
            columns = _read_csv(engine, source or path)
        elif suffix == ".jsonl":
            columns = _read_jsonl(engine, source or path, file, log)
        else:
            columns = _read_parquet(engine, path)
    except (duckdb.Error, OSError) as exc:  # the reader's message names the line and the problem
        kind = suffix.lstrip(".").upper()
        raise log.fatal(file, None, "unreadable_file", f"cannot be read as {kind}",
                        [(None, _engine_reason(exc))]) from exc
    return columns, source is not None


# -- columns and the source view -------------------------------------------------------------

def _map_columns(table: Table, file_columns: list[str], file: str,
                 log: _IssueLog) -> tuple[dict[str, str], list[str]]:
    """Match file columns to the contract (case and surrounding spaces ignored).

    Returns {contract column: file column} and the file's unknown columns, in file order.
    """
    by_key: dict[str, str] = {}
    for name in file_columns:
        # Table columns are case-insensitive in SQL: 'Id' next to 'id' cannot both be kept.
        if (folded := name.strip().lower()) in by_key:
            raise log.fatal(file, name, "duplicate_column", f"the same column as "
                            f"'{by_key[folded]}' (names differ only in case or spaces)", [])
        by_key[folded] = name
    if ROW_COLUMN in by_key:
        raise log.fatal(file, ROW_COLUMN, "reserved_column",
                        f"'{ROW_COLUMN}' is reserved for the row number", [])
    for col in table.columns:
        if col.required and col.name not in by_key:
            raise log.fatal(file, col.name, "missing_column", "required column is missing", [])
    mapped = {name: by_key[name] for name in table.column_names if name in by_key}
    unknown = [c for c in file_columns if c.strip().lower() not in table.column_names]
    return mapped, unknown


def _create_source_view(engine, table: Table, mapped: dict[str, str], unknown: list[str]) -> None:
    """`_load_src`: contract columns by contract name (NULL when absent), unknown columns,
    blank cells as NULL, and `_row`. Raw tables keep file order, so rowid is the record."""
    def blank_to_null(name: str) -> str:
        # Only a cell starting with a space can be all spaces; trimming every cell of ten
        # million rows would cost more than the read.
        value = _ident(name)
        return (f"CASE WHEN starts_with({value}, ' ') AND trim({value}) = '' THEN NULL "
                f"ELSE nullif({value}, '') END")

    parts = [f"rowid + 1 AS {ROW_COLUMN}"]
    for name in table.column_names:
        parts.append(f"{blank_to_null(mapped[name])} AS {_ident(name)}" if name in mapped
                     else f"NULL::VARCHAR AS {_ident(name)}")
    parts += [f"{blank_to_null(name)} AS {_ident(name)}" for name in unknown]
    engine.sql(f"CREATE OR REPLACE TEMP VIEW {SRC} AS SELECT {', '.join(parts)} FROM {RAW}")


# -- fatal checks on the subjects key --------------------------------------------------------

def _check_key(engine, table: Table, file: str, log: _IssueLog) -> None:
    key = _ident(table.key)
    empty = [row for (row,) in engine.rows(
        f"SELECT _row FROM {SRC} WHERE {key} IS NULL ORDER BY _row LIMIT {ISSUE_CAP}")]
    if empty:
        total = int(engine.scalar(f"SELECT count(*) FROM {SRC} WHERE {key} IS NULL"))
        raise log.fatal(file, table.key, "empty_id", "empty in some rows",
                        [(row, f"row {row}") for row in empty], total)
    duplicates = engine.rows(
        f"SELECT {key}, list(_row ORDER BY _row) FROM {SRC} GROUP BY {key} "
        f"HAVING count(*) > 1 ORDER BY min(_row) LIMIT {ISSUE_CAP}")
    if duplicates:
        total = int(engine.scalar(f"SELECT count(*) FROM (SELECT {key} FROM {SRC} "
                                  f"GROUP BY {key} HAVING count(*) > 1)"))
        offenders = [(rows[1], f"'{value[:VALUE_SHOWN]}' at rows {', '.join(map(str, rows))}")
                     for value, rows in duplicates]
        raise log.fatal(file, table.key, "duplicate_id", "ids must be unique", offenders, total)


# -- typing ----------------------------------------------------------------------------------

def _typed(column: Column, value: str) -> str:
    """SQL giving the typed, kept value of `column` from its text `value` (NULL if bad)."""
    # The casts themselves ignore surrounding spaces.
    if column.type == TIMESTAMP:
        # Parsing as TIMESTAMPTZ honours 'T' or ' ', any offset or zone name, and reads a
        # missing zone as the session zone (UTC); the result is stored as naive UTC.
        # (A plain TIMESTAMP cast would silently drop the offset.)
        return f"timezone('UTC', TRY_CAST({value} AS TIMESTAMPTZ))"
    if column.type == DATE:
        return f"TRY_CAST({value} AS DATE)"
    if column.type == NUMBER:
        number = f"TRY_CAST({value} AS DOUBLE)"
        return f"CASE WHEN isfinite({number}) THEN {number} END"
    if column.name in COUNTRY_COLUMNS:
        return f"CASE WHEN regexp_full_match({value}, ' *[A-Za-z]{{2}} *') THEN upper(trim({value})) END"
    if column.choices:
        # A known choice in another case or with spaces is that choice; anything else is
        # kept as given (and warned about). The exact match first: it is the common case.
        options = ", ".join(_lit(c) for c in column.choices)
        folded = f"lower(trim({value}))"
        return (f"CASE WHEN {value} IN ({options}) THEN {value} "
                f"WHEN {folded} IN ({options}) THEN {folded} ELSE {value} END")
    return value


# (code, message) for a cell whose text could not be typed, by contract type.
TYPE_FAILURES = {
    TIMESTAMP: ("bad_timestamp", "'{}' is not an ISO 8601 timestamp; set to empty"),
    DATE: ("bad_date", "'{}' is not a date (YYYY-MM-DD); set to empty"),
    NUMBER: ("bad_number", "'{}' is not a number; set to empty"),
}
COUNTRY_FAILURE = ("bad_country", "'{}' is not a two-letter ISO 3166-1 country code; set to empty")


def _create_typed_table(engine, table: Table, unknown: list[str]) -> None:
    parts = [f"CAST({_typed(col, _ident(col.name))} AS {DUCKDB_TYPES[col.type]}) AS {_ident(col.name)}"
             for col in table.columns]
    parts += [_ident(name) for name in unknown]
    parts.append(ROW_COLUMN)
    # preserve_insertion_order keeps the table in file order without a sort.
    engine.create(table.name, f"SELECT {', '.join(parts)} FROM {SRC}")


def _check_values(table: Table, file: str, log: _IssueLog) -> None:
    """Warn for every cell that was given but could not be kept as given."""
    for col in table.columns:
        value = _ident(col.name)
        failure = TYPE_FAILURES.get(col.type)
        if col.name in COUNTRY_COLUMNS:
            failure = COUNTRY_FAILURE
        if failure:
            code, message = failure
            log.rows(file, col.name, code,
                     f"SELECT _row, {value} AS value FROM {SRC} "
                     f"WHERE {value} IS NOT NULL AND ({_typed(col, value)}) IS NULL", message)
        elif col.choices:
            options = ", ".join(_lit(c) for c in col.choices)
            log.rows(file, col.name, "unknown_choice",
                     f"SELECT _row, {value} AS value FROM {SRC} WHERE {value} IS NOT NULL "
                     f"AND {value} NOT IN ({options}) AND lower(trim({value})) NOT IN ({options})",
                     f"'{{}}' is not one of {', '.join(col.choices)}; kept as given")
        if col.required and col.name != table.key:
            log.rows(file, col.name, "missing_value",
                     f"SELECT _row, NULL AS value FROM {SRC} WHERE {value} IS NULL",
                     "required value is empty; row kept")


def _check_encoding(engine, columns: Sequence[str], file: str, log: _IssueLog) -> None:
    """After transcoding, the replaced bytes show as U+FFFD: name each row and column."""
    for name in columns:
        log.rows(file, name, "bad_encoding",
                 f"SELECT _row, {_ident(name)} AS value FROM {SRC} "
                 f"WHERE contains({_ident(name)}, {_lit(REPLACEMENT_CHAR)})",
                 "invalid UTF-8 bytes replaced by U+FFFD: '{}'")


# -- references between and outside the tables ----------------------------------------------

def _check_subject_refs(table: Table, file: str, log: _IssueLog) -> None:
    ref = _ident(table.subject_ref)
    log.rows(file, table.subject_ref, "unknown_subject",
             f"SELECT c._row, c.{ref} AS value FROM {table.name} c WHERE c.{ref} IS NOT NULL "
             f"AND NOT EXISTS (SELECT 1 FROM subjects s WHERE s.id = c.{ref})",
             "'{}' is not an id in subjects; row kept")


def _bundle_files_exist(bundle_dir: Path) -> Callable[[Sequence[str]], pa.Table]:
    def exists(values: Sequence[str]) -> pa.Table:
        # os.path.isfile is False (not an error) for paths the OS cannot even represent.
        return pa.table({"found": pa.array([os.path.isfile(bundle_dir / v.strip()) for v in values],
                                           pa.bool_())})
    return exists


def _check_file_paths(engine, bundle_dir: Path, file: str, log: _IssueLog) -> None:
    """Photos, and resumes given as a path, must exist in the bundle; missing ones are
    warned about and emptied so later stages neither open them nor read the path as text."""
    suffixes = " OR ".join(f"ends_with(lower(trim(resume)), {_lit(s)})" for s in RESUME_FILE_SUFFIXES)
    candidates = {
        PHOTO_COLUMN: ("SELECT photo FROM subjects",
                       "photo file '{}' not found in the bundle; set to empty"),
        RESUME_COLUMN: ("SELECT resume FROM subjects "
                        f"WHERE NOT contains(resume, chr(10)) AND ({suffixes})",
                        "resume file '{}' not found in the bundle; set to empty"),
    }
    for column, (values, message) in candidates.items():
        engine.map_distinct(PATHS, values, _bundle_files_exist(bundle_dir))
        missing = f"SELECT input FROM {PATHS} WHERE NOT found"
        if log.rows(file, column, "missing_file",
                    f"SELECT _row, {column} AS value FROM subjects WHERE {column} IN ({missing})",
                    message):
            engine.sql(f"UPDATE subjects SET {column} = NULL WHERE {column} IN ({missing})")


# -- the whole load ----------------------------------------------------------------------------

def _sql_setting(value: object) -> str:
    return str(value).lower() if isinstance(value, bool) else _lit(str(value))


@contextmanager
def _load_session(engine) -> Iterator[None]:
    """Apply LOAD_SETTINGS, then put back what the engine had and drop scratch objects."""
    saved = {name: engine.scalar(f"SELECT current_setting({_lit(name)})") for name in LOAD_SETTINGS}
    for name, value in LOAD_SETTINGS.items():
        engine.sql(f"SET {name} = {_sql_setting(value)}")
    try:
        yield
    finally:
        engine.sql(f"DROP VIEW IF EXISTS {SRC}")
        for name in SCRATCH_TABLES:
            engine.sql(f"DROP TABLE IF EXISTS {name}")
        for name, value in saved.items():
            engine.sql(f"SET {name} = {_sql_setting(value)}")


def _load_table(engine, table: Table, path: Path, bundle_dir: Path, workdir: Path,
                log: _IssueLog) -> int:
    file = path.name
    file_columns, transcoded = _read_raw(engine, path, file, workdir, log)
    mapped, unknown = _map_columns(table, file_columns, file, log)
    _create_source_view(engine, table, mapped, unknown)
    if table.key:
        _check_key(engine, table, file, log)
    if transcoded:
        _check_encoding(engine, list(table.column_names) + unknown, file, log)
    _create_typed_table(engine, table, unknown)
    _check_values(table, file, log)
    if table.subject_ref:
        _check_subject_refs(table, file, log)
    if table.name == "subjects":
        _check_file_paths(engine, bundle_dir, file, log)
    engine.sql(f"DROP VIEW {SRC}")
    engine.sql(f"DROP TABLE {RAW}")
    return engine.count(table.name)


def load_bundle(engine, bundle_dir: Path,
                progress: Callable[[str], None] | None = None) -> LoadReport:
    """Load every contract table found in `bundle_dir` into `engine`, typed, with `_row`.

    Also creates `load_issues` (file, row, column, severity, code, message). Returns the
    report; raises BundleError (after storing its issues) when the bundle cannot be used.
    """
    bundle_dir = Path(bundle_dir)
    files, strays = find_table_files(bundle_dir)
    report = LoadReport(bundle=bundle_dir, files=files)
    log = _IssueLog(engine, report)
    log.add([Issue(p.name, None, None, WARNING, "unknown_table",
                   f"not a contract table ({', '.join(TABLES)}); ignored") for p in strays])
    # Subjects first: the other tables' references are checked against it.
    ordered = sorted(files, key=lambda name: name != "subjects")
    with _load_session(engine), tempfile.TemporaryDirectory(prefix="ringwatch-load-") as tmp:
        for name in ordered:
            before = report.warnings
            report.rows[name] = _load_table(engine, TABLES[name], files[name], bundle_dir,
                                            Path(tmp), log)
            if progress:
                progress(f"loaded {files[name].name}: {report.rows[name]:,} rows, "
                         f"{report.warnings - before:,} warnings")
    return report


def record_value_warnings(engine, report: LoadReport, table: str, column: str, code: str,
                          bad_rows: str, message: str) -> int:
    """Add warnings found after loading (a value no normaliser could read) to `load_issues`.

    `bad_rows` is a query giving `_row, value` of the offending rows of `table`; `message` may
    hold one `{}` for the value. Counted in `report` like the loader's own warnings.
    """
    source = report.files.get(table)
    file = source.name if source else f"{table}"
    return _IssueLog(engine, report, fresh=False).rows(file, column, code, bad_rows, message)
