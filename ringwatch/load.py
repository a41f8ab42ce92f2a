"""Load a bundle folder into typed engine tables, checking it against the contract.

The flow for each table file:

1. read it with every column as text (`_load_raw`, columns named by position `c1`, `c2`,
   ...), transcoding invalid UTF-8 first. One parser reads a file's header and its body
   (DuckDB's, with the dialect pinned), and the records it returned are counted against an
   independent count of the file's records, so a parse that went wrong is an error, never a
   silently short table;
2. expose it through the view `_load_src`: contract columns under their contract names,
   blank cells as NULL, cells over the field limit truncated, `_row` = the 1-based data
   record in the file;
3. stop on fatal problems (missing required column, empty or duplicate subject ids);
4. cast into the typed table named after the contract table, and record a warning for every
   cell that could not be kept as given (bad timestamp, non-numeric amount, unknown choice,
   missing photo file, subject id that names no subject ...).

All checks are SQL over whole columns; Python only touches distinct file paths. Warnings are
counted in full but stored for at most `ISSUE_CAP` rows per (file, column, code) so a file
with ten million bad timestamps does not produce a ten-million-row issue table.

The readers are the engine's own (`Engine.read_csv`, `read_json_lines`, `read_parquet_text`:
DuckDB's table functions, Spark's DataFrame readers on the executors); the checks are plain SQL
run through the engine, with the few pieces spelled per engine asked of `engine.dialect`.
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
from functools import partial
from itertools import takewhile
from pathlib import Path

import numpy as np
import pyarrow as pa

from ringwatch import bundle_paths
from ringwatch.bundle_paths import PHOTO, RESUME, Refused
from ringwatch.contract import DATE, DUCKDB_TYPES, FILE_FORMATS, NUMBER, TABLES, TIMESTAMP, Column, Table
from ringwatch.engines import Engine
from ringwatch.engines.dialect import Dialect, sql_literal as _lit
from ringwatch.engines.errors import EngineError
from ringwatch.errors import ERROR, WARNING, BundleError, Issue
from ringwatch.limits import Limits, current_limits

ISSUE_CAP = 1000  # stored issue rows per (file, column, code); every one is still counted
FATAL_LISTED = 10  # offending rows spelled out in a BundleError's message
VALUE_SHOWN = 80  # characters of a bad value quoted in an issue message
COUNTRY_COLUMNS = frozenset({"country"})  # ISO 3166-1 alpha-2 columns, checked for shape
PHOTO_COLUMN = "photo"
RESUME_COLUMN = "resume"
RESUME_FILE_SUFFIXES = bundle_paths.RESUME_SUFFIXES
ROW_COLUMN = "_row"
# Column names the loader cannot keep as given: `rowid` is DuckDB's row-number pseudo-column
# and `_row` the loader's own. A file column so named is kept under another name, with a warning.
RESERVED_COLUMNS = frozenset({"rowid", ROW_COLUMN})
# The range a date or timestamp must lie in: anything outside is a typo, a placeholder
# ('infinity', 'epoch', year 10000) or an attack on later date arithmetic. Birth dates must
# also not be after the day of the load.
EARLIEST_DATE = "1900-01-01"
LATEST_DATE = "2100-01-01"  # exclusive
BIRTH_DATE_COLUMNS = frozenset({"birth_date"})
# The text a date, timestamp or number cell may hold (surrounding spaces aside), checked before
# the engine's cast (see _parsed): ISO 8601 dates; a time of day with seconds before any zone
# (Z, an offset, or a space and a zone name such as UTC or America/New_York); decimal numbers.
DATE_SHAPE = r" *\d{4}-\d{1,2}-\d{1,2} *"
_CLOCK = r"([01]?\d|2[0-3]):[0-5]\d"
_ZONE = r"(Z|[+-]\d{2}(:?\d{2})?| [A-Z][A-Za-z0-9_/+-]+)"
# A zone after minutes without seconds ('2024-01-01T10:00Z') only in this two-digit form,
# which `_parsed` pads to seconds (Spark's cast reads no zone there).
ZONED_MINUTES = rf"\d{{4}}-\d{{2}}-\d{{2}}[T ]([01]\d|2[0-3]):[0-5]\d{_ZONE}"
TIMESTAMP_SHAPE = rf" *(\d{{4}}-\d{{1,2}}-\d{{1,2}}([T ]{_CLOCK}(:[0-5]\d(\.\d+)?{_ZONE}?)?)?|{ZONED_MINUTES}) *"
NUMBER_SHAPE = r" *[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)? *"
REPLACEMENT_CHAR = "\ufffd"
READ_CHUNK_BYTES = 16 << 20
# Distinct photo or resume files from which their checks are spread over the engine's workers.
PARALLEL_MIN_FILES = 30_000

# Scratch objects, dropped when loading ends.
RAW = "_load_raw"
JSON_LINES = "_load_json"
SRC = "_load_src"
BAD = "_load_bad"
PATHS = "_load_paths"
BAD_CELLS = "_load_bad_cells"
SCRATCH_TABLES = (RAW, JSON_LINES, BAD, BAD_CELLS, PATHS)

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


def _flag(number: int) -> str:
    """The column flagging a batch's cell check `number` (a name no bundle column is given)."""
    return f"__ringwatch_check_{number}"


def _shown(expr: str) -> str:
    """SQL for a bad value as quoted in messages: cut short, on one line."""
    return f"replace(left({expr}, {VALUE_SHOWN}), chr(10), ' ')"


# -- issues --------------------------------------------------------------------------------

@dataclass(frozen=True)
class _Check:
    """A warning for every row a query finds (`_IssueLog.rows`), or for every row of the
    source view where a condition holds (a cell check, `_IssueLog.cells`)."""

    file: str
    column: str
    code: str
    bad_rows: str | None  # a query giving _row, value[, detail]; None for a cell check
    message: str  # with one {} for the value, or two for the value and the detail
    condition: str | None = None  # cell check: a condition on the columns of SRC, true where bad
    value: str = "NULL"  # cell check: the value shown in the message (SQL on SRC's columns)


class _IssueLog:
    """Writes issues to `load_issues` and counts them in the report."""

    def __init__(self, engine: Engine, report: LoadReport, fresh: bool = True) -> None:
        self.engine = engine
        self.report = report
        self._queued: list[_Check] | None = None  # inside batch()
        self._derived: dict[str, str] = {}  # alias -> SQL on SRC, computed once for the cell checks
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

        `message` may hold one `{}`, which receives the offending value, or two, the second
        receiving the query's `detail` column. Returns the number of rows found; the first
        ISSUE_CAP are stored, plus one summary line. Inside `batch()` the check is queued
        and 0 returned.
        """
        return self._check(_Check(file, column, code, bad_rows, message))

    def cells(self, file: str, column: str, code: str, condition: str, value: str, message: str) -> int:
        """As `rows` for the rows of the source view (`_load_src`) where `condition` holds,
        showing `value`. Inside `batch()` every such check is made in one pass over the view."""
        return self._check(_Check(file, column, code, None, message, condition, value))

    def derive(self, expression: str) -> str:
        """A column of the cell checks' pass: `expression` (SQL on SRC's columns) computed once
        a row, for conditions that test it several ways; returns its name."""
        alias = f"__ringwatch_derived_{len(self._derived)}"
        self._derived[alias] = expression
        return alias

    def _check(self, check: _Check) -> int:
        if self._queued is not None:
            self._queued.append(check)
            return 0
        return self._run([check])[0]

    @contextmanager
    def batch(self) -> Iterator[None]:
        """Queue the `rows` and `cells` checks made inside and run them together on leaving:
        the cell checks in one pass over the source view, then three statements in all rather
        than three a check (on Spark every statement is a job with a fixed cost; a table has
        a dozen checks or more)."""
        self._queued = []
        try:
            yield
            queued, self._queued = self._queued, None
            self._run(queued)
        finally:
            self._queued = None
            self._derived = {}

    def _run(self, checks: Sequence[_Check]) -> list[int]:
        if not checks:
            return []
        cell_checks = [(number, check) for number, check in enumerate(checks) if check.bad_rows is None]
        if cell_checks:
            # One pass over the source view flags every cell check; the rows with any flag are
            # kept (few, usually) and each check's rows are read from them.
            flags = ", ".join(f"coalesce(({check.condition}), false) AS {_flag(number)}"
                              for number, check in cell_checks)
            flagged = " OR ".join(_flag(number) for number, _ in cell_checks)
            derived = "".join(f", {expression} AS {alias}" for alias, expression in self._derived.items())
            self.engine.create(BAD_CELLS, f"SELECT * FROM (SELECT *, {flags} FROM (SELECT *{derived} "
                                          f"FROM {SRC}) AS derived) AS flagged WHERE {flagged}")
        branches = []
        for number, check in enumerate(checks):
            value = "value" if check.bad_rows is not None else check.value
            holes = check.message.count("{}")
            text = (f"format({_lit(check.message)}, {_shown(value)}, detail)" if holes == 2
                    else f"format({_lit(check.message)}, {_shown(value)})" if holes
                    else _lit(check.message))
            source = (f"({check.bad_rows}) AS bad_{number}" if check.bad_rows is not None
                      else f"{BAD_CELLS} WHERE {_flag(number)}")
            branches.append(f"SELECT {number} AS check_no, _row, CAST({text} AS VARCHAR) AS message "
                            f"FROM {source}")
        self.engine.create(BAD, " UNION ALL ".join(branches))
        found = dict(self.engine.rows(f"SELECT check_no, count(*) FROM {BAD} GROUP BY check_no"))
        totals = [int(found.get(number, 0)) for number in range(len(checks))]
        if not any(totals):
            return totals

        def by_check(attribute: str) -> str:
            whens = " ".join(f"WHEN {number} THEN {_lit(getattr(check, attribute))}"
                             for number, check in enumerate(checks) if totals[number])
            return f"CASE check_no {whens} END"

        self.engine.sql(
            f"INSERT INTO {ISSUES_TABLE} SELECT {by_check('file')}, _row, {by_check('column')}, "
            f"'{WARNING}', {by_check('code')}, message FROM (SELECT *, row_number() OVER "
            f"(PARTITION BY check_no ORDER BY _row) AS listed FROM {BAD}) AS bad "
            f"WHERE listed <= {ISSUE_CAP} ORDER BY check_no, _row")
        self.add([Issue(check.file, None, check.column, WARNING, check.code,
                        f"{total:,} rows in all; the first {ISSUE_CAP:,} are listed")
                  for check, total in zip(checks, totals) if total > ISSUE_CAP], counted=False)
        for check, total in zip(checks, totals):
            if total:
                self.report.count((WARNING, check.code), total)
        return totals

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
    refused: list[Issue] = []
    for path in sorted(bundle_dir.iterdir()):
        if path.suffix.lower() not in FILE_FORMATS or path.is_dir():
            continue
        name = path.stem.lower()
        if name in TABLES:
            try:
                # a table is read only if it is a regular file inside the bundle (a link to a
                # file elsewhere, a FIFO or a device is refused, the same way whatever it
                # points at)
                bundle_paths.table_file(bundle_dir, path)
            except Refused as exc:
                refused.append(Issue(path.name, None, None, ERROR, exc.code,
                                     f"{exc.reason}: only regular files inside the bundle are read"))
                continue
            found.setdefault(name, []).append(path)
        elif path.is_file():
            strays.append(path)
    if refused:
        listed = "; ".join(f"{i.file}: {i.message}" for i in refused)
        raise BundleError(f"{bundle_dir}: {listed}", refused)
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


def _csv_header_width(path: Path, file: str, log: _IssueLog, limits: Limits) -> int:
    """How many fields the first record has: a hint for the reader's column list. The names
    themselves come from the reader (one parser for header and body); if this hint is wrong,
    the reader stops on the first record of another width, naming its line."""
    previous = csv.field_size_limit()
    csv.field_size_limit(max(limits.max_record_bytes, limits.max_column_name_chars))
    try:
        with path.open(encoding="utf-8-sig", errors="replace", newline="") as handle:
            header = next(csv.reader(handle, strict=True), [])
    except csv.Error as exc:
        raise log.fatal(file, None, "bad_header", "the header record cannot be read (an unclosed quote?)",
                        [(1, f"row 1: {str(exc)[:VALUE_SHOWN]}")]) from None
    finally:
        csv.field_size_limit(previous)
    if len(header) > limits.max_columns:
        raise log.fatal(file, None, "too_many_columns",
                        f"{len(header):,} columns, over the limit of {limits.max_columns:,} "
                        "(RINGWATCH_MAX_COLUMNS)", [])
    return len(header)


def _count_csv_records(path: Path, width: int) -> int:
    """The records of an RFC 4180 file counted without a CSV parser, as DuckDB's reader
    returns them: line ends outside quoted fields (a quote toggles "inside"); blank lines are
    skipped unless the file has a single column. Exact for files whose quotes all delimit
    quoted fields; `_count_csv_records_slowly` settles any disagreement."""
    records, inside, last_end, prev_byte, offset = 0, 0, -1, 10, 0
    with path.open("rb") as handle:
        while chunk := handle.read(READ_CHUNK_BYTES):
            data = np.frombuffer(chunk, dtype=np.uint8)
            ends = np.flatnonzero(data == 10)
            quotes = np.flatnonzero(data == 34)
            parity = (np.searchsorted(quotes, ends) + inside) % 2
            terminators = ends[parity == 0] + offset
            if terminators.size:
                if width == 1:
                    records += int(terminators.size)
                else:
                    starts = np.concatenate(([last_end], terminators[:-1])) + 1
                    lengths = terminators - starts
                    # blank: nothing, or a lone CR, between two line ends
                    local = terminators - offset - 1
                    cr_before = np.where(local >= 0, data[np.maximum(local, 0)] == 13, prev_byte == 13)
                    blank = (lengths == 0) | ((lengths == 1) & cr_before)
                    records += int((~blank).sum())
                last_end = int(terminators[-1])
            inside = (inside + quotes.size) % 2
            prev_byte = int(data[-1])
            offset += data.size
    tail = offset - last_end - 1
    if tail > 0 and not (tail == 1 and prev_byte == 13 and width != 1):
        records += 1
    return records


def _count_csv_records_slowly(path: Path, width: int) -> int:
    """The records as Python's csv module reads them (a quote inside an unquoted field is
    text, a lone CR ends a line); -1 if it cannot read the file."""
    previous = csv.field_size_limit()
    csv.field_size_limit(2**31 - 1)
    try:
        with path.open(encoding="utf-8", errors="replace", newline="") as handle:
            return sum(1 for row in csv.reader(handle) if row or width == 1)
    except csv.Error:
        return -1
    finally:
        csv.field_size_limit(previous)


def _positional(i: int) -> str:
    return f"c{i}"


def _check_count(file: str, log: _IssueLog, read: int, expected: int,
                 unit: str) -> None:
    if read != expected:
        raise log.fatal(file, None, "record_count_mismatch",
                        f"the reader returned {read:,} {unit} but the file holds {expected:,}; "
                        "the file is malformed (a stray quote or a broken line?) and was not "
                        "loaded", [])


def _read_csv(engine: Engine, path: Path, file: str, log: _IssueLog, limits: Limits) -> list[str]:
    # The dialect is pinned (RFC 4180) and the reader sees no header (it is the first record),
    # so no sniffer guesses a delimiter, skips rows or takes '#' for a comment, the header is
    # read by the same parser as the body, and a ragged row is reported by its line.
    width = _csv_header_width(path, file, log, limits)
    if not width:
        engine.create(RAW, f"SELECT NULL::VARCHAR AS {_positional(1)}, 0 AS rowid WHERE false")
        return []
    engine.read_csv(RAW, path, width, int(limits.max_record_bytes))
    read = engine.count(RAW)
    expected = _count_csv_records(path, width)
    if expected != read:
        expected = _count_csv_records_slowly(path, width)
    _check_count(file, log, read, expected, "records")
    listed = ", ".join(_positional(i) for i in range(1, width + 1))
    names = engine.rows(f"SELECT {listed} FROM {RAW} WHERE rowid = 0")
    # The header record is row 0 of the raw table; `_row` counts the records after it.
    header = [name or "" for name in names[0]]
    if header and header[0].startswith("\ufeff"):
        header[0] = header[0][1:]
    return header


def _read_parquet(engine: Engine, path: Path, limits: Limits) -> list[str]:
    import pyarrow.parquet as pq

    # The file's own column names (its footer), duplicates and all: the engine reads the
    # columns by position.
    names = pq.read_schema(path).names
    if len(names) > limits.max_columns:
        raise BundleError(f"{path.name}: {len(names):,} columns, over the limit of "
                          f"{limits.max_columns:,} (RINGWATCH_MAX_COLUMNS)",
                          [Issue(path.name, None, None, ERROR, "too_many_columns",
                                 f"{len(names):,} columns")])
    if not names:
        engine.create(RAW, f"SELECT NULL::VARCHAR AS {_positional(1)}, 0 AS rowid WHERE false")
        return []
    engine.read_parquet_text(RAW, path, len(names))
    return names


def _count_jsonl_records(path: Path) -> int:
    """Lines holding anything but white space: what the JSON Lines reader returns, one row each."""
    count = 0
    with path.open("rb") as handle:
        for line in handle:
            if line.strip():
                count += 1
    return count


def _read_jsonl(engine: Engine, path: Path, file: str, log: _IssueLog, limits: Limits) -> list[str]:
    # Malformed lines are read as NULL so they can be reported by row.
    dialect = engine.dialect
    engine.read_json_lines(JSON_LINES, path, int(limits.max_record_bytes))
    _check_count(file, log, engine.count(JSON_LINES), _count_jsonl_records(path), "lines")
    not_object = f"FROM {JSON_LINES} WHERE NOT coalesce({dialect.json_is_object('json')}, false)"
    bad = engine.rows(f"SELECT rowid + 1, json {not_object} ORDER BY rowid LIMIT {ISSUE_CAP}")
    if bad:
        total = int(engine.scalar(f"SELECT count(*) {not_object}"))
        offenders = [(row, f"row {row}" if value is None else f"row {row} is {value[:VALUE_SHOWN]}")
                     for row, value in bad]
        raise log.fatal(file, None, "not_json_object", "lines that are not a JSON object",
                        offenders, total)
    # Columns in order of first appearance; files repeat a handful of key lists.
    keys: dict[str, None] = {}
    for (key_list,) in engine.rows(f"SELECT {dialect.json_keys('json')} AS k FROM {JSON_LINES} "
                                   "GROUP BY k ORDER BY min(rowid)"):
        keys.update(dict.fromkeys(key_list))
        if len(keys) > limits.max_columns:
            raise log.fatal(file, None, "too_many_columns",
                            f"over {limits.max_columns:,} distinct keys, the column limit "
                            "(RINGWATCH_MAX_COLUMNS)", [])
    # The raw table carries the lines' numbers as a column of its own.
    if keys:
        parsed, fields = dialect.json_text_fields("json", list(keys))
        picks = ", ".join(f"{field} AS {_positional(i)}" for i, field in enumerate(fields, start=1))
        engine.create(RAW, f"SELECT {picks}, rowid FROM (SELECT rowid, {parsed} AS o FROM {JSON_LINES})")
    else:
        engine.create(RAW, f"SELECT NULL::VARCHAR AS {_positional(1)}, rowid FROM {JSON_LINES}")
    engine.sql(f"DROP TABLE {JSON_LINES}")  # the text columns hold it all now
    return list(keys)


def _engine_reason(exc: Exception) -> str:
    """The reader's own account of a failure, on one line, without its tuning advice; a
    quoted line of the file is cut short (it may be megabytes long, and is bundle data)."""
    text = exc.reason if isinstance(exc, EngineError) else str(exc)  # not the SQL
    lines = text.strip().split("\n\n")[0].splitlines()
    kept = [line.strip() for line in takewhile(lambda l: not l.startswith("Possible fix"), lines)]
    kept = [line if len(line) <= VALUE_SHOWN else line[:VALUE_SHOWN] + "..." for line in kept]
    return " / ".join(line for line in kept if line)[:400]


def _read_raw(engine: Engine, path: Path, file: str, workdir: Path, log: _IssueLog,
              limits: Limits) -> tuple[list[str], bool, int]:
    """Read a table file into `_load_raw` as text (columns `c1`, `c2`, ... in file order);
    return the file's column names, whether bytes had to be replaced for invalid UTF-8, and
    the rowid of the first data record."""
    suffix = path.suffix.lower()
    try:
        source = None if suffix == ".parquet" else _utf8_copy(path, workdir)
        if suffix == ".csv":
            return _read_csv(engine, source or path, file, log, limits), source is not None, 1
        if suffix == ".jsonl":
            return _read_jsonl(engine, source or path, file, log, limits), source is not None, 0
        return _read_parquet(engine, path, limits), False, 0
    except (EngineError, OSError, pa.ArrowException) as exc:  # the reader's message names the line and the problem
        kind = suffix.lstrip(".").upper()
        if isinstance(exc, OSError) and exc.errno in (28, 122):  # ENOSPC, EDQUOT: not the data
            raise
        raise log.fatal(file, None, "unreadable_file", f"cannot be read as {kind}",
                        [(None, _engine_reason(exc))]) from exc


# -- columns and the source view -------------------------------------------------------------

@dataclass
class _Columns:
    """How a file's columns map to the source view."""

    mapped: dict[str, str]  # contract column -> raw (positional) column
    unknown: list[tuple[str, str]]  # (name kept in the table, raw column), file order
    raw: list[str]  # every raw column


def _name_shown(name: str) -> str:
    return repr(name[:VALUE_SHOWN] + ("..." if len(name) > VALUE_SHOWN else ""))


def _map_columns(table: Table, file_columns: list[str], file: str, log: _IssueLog,
                 limits: Limits) -> _Columns:
    """Match file columns to the contract (case and surrounding spaces ignored).

    Errors: a name over the length limit or holding a line break or other control
    character, two names that differ only in case or spaces, a missing required column.
    Warnings: an empty name (kept as `column_N`), a reserved name (`rowid`, `_row`: kept as
    `rowid_in_file`, `_row_in_file`).
    """
    if len(file_columns) > limits.max_columns:
        raise log.fatal(file, None, "too_many_columns",
                        f"{len(file_columns):,} columns, over the limit of {limits.max_columns:,} "
                        "(RINGWATCH_MAX_COLUMNS)", [])
    by_key: dict[str, tuple[int, str]] = {}
    names: list[str] = []
    renamed: list[Issue] = []
    for position, name in enumerate(file_columns, start=1):
        if len(name) > limits.max_column_name_chars:
            raise log.fatal(file, None, "bad_column_name",
                            f"column {position}'s name is {len(name):,} characters long, over the "
                            f"limit of {limits.max_column_name_chars:,} (RINGWATCH_MAX_COLUMN_NAME_CHARS)",
                            [(None, f"column {position} starts {_name_shown(name)}")])
        if any(ord(c) < 32 or ord(c) == 127 for c in name):
            raise log.fatal(file, None, "bad_column_name",
                            f"column {position}'s name {_name_shown(name)} holds a line break or "
                            "another control character (a stray quote in the header?)",
                            [(None, f"column {position}")])
        kept = name
        folded = name.strip().lower()
        if not folded:
            kept = f"column_{position}"
            renamed.append(Issue(file, None, kept, WARNING, "empty_column_name",
                                 f"column {position} has no name; kept as '{kept}'"))
        elif folded in RESERVED_COLUMNS:
            kept = f"{name.strip()}_in_file"
            renamed.append(Issue(file, None, kept, WARNING, "reserved_column",
                                 f"column {position} is named '{name.strip()}', a name ringwatch "
                                 f"uses itself; kept as '{kept}'"))
        folded = kept.strip().lower()
        # Table columns are case-insensitive in SQL: 'Id' next to 'id' cannot both be kept.
        if folded in by_key:
            first, first_name = by_key[folded]
            raise log.fatal(file, kept, "duplicate_column",
                            f"column {position} has the same name as column {first} "
                            f"('{first_name[:VALUE_SHOWN]}'; names differ only in case or spaces, "
                            "or not at all)", [])
        by_key[folded] = (position, kept)
        names.append(kept)
    for col in table.columns:
        if col.required and col.name not in by_key:
            raise log.fatal(file, col.name, "missing_column", "required column is missing", [])
    log.add(renamed)
    raw = [_positional(i) for i in range(1, len(names) + 1)]
    mapped = {name: raw[by_key[name][0] - 1] for name in table.column_names if name in by_key}
    unknown = [(name, raw[i]) for i, name in enumerate(names)
               if name.strip().lower() not in table.column_names]
    return _Columns(mapped, unknown, raw)


def _long_fields(engine: Engine, columns: _Columns, first_row: int, limits: Limits) -> list[str]:
    """Raw columns holding a cell over the field limit (one pass over the table)."""
    if not columns.raw:
        return []
    cap = int(limits.max_field_chars)
    # strlen (bytes) is at least the length in characters and costs nothing to compute.
    picks = ", ".join(f"max(strlen({c})) > {cap} AND max(length({c})) > {cap}" for c in columns.raw)
    flags = engine.rows(f"SELECT {picks} FROM {RAW} WHERE rowid >= {first_row}")[0]
    return [c for c, long in zip(columns.raw, flags) if long]


def _create_source_view(engine: Engine, table: Table, columns: _Columns, first_row: int,
                        long: Sequence[str], limits: Limits) -> None:
    """`_load_src`: contract columns by contract name (NULL when absent), unknown columns,
    blank cells as NULL, cells over the field limit cut to it, and `_row`. Raw tables keep
    file order, so rowid (less the header record, for CSV) is the record."""
    def cell(raw: str) -> str:
        value = raw if raw not in long else f"left({raw}, {int(limits.max_field_chars)})"
        # Only a cell starting with a space can be all spaces; trimming every cell of ten
        # million rows would cost more than the read.
        return (f"CASE WHEN starts_with({value}, ' ') AND trim({value}) = '' THEN NULL "
                f"ELSE nullif({value}, '') END")

    parts = [f"rowid + {1 - first_row} AS {ROW_COLUMN}"]
    for name in table.column_names:
        parts.append(f"{cell(columns.mapped[name])} AS {_ident(name)}" if name in columns.mapped
                     else f"NULL::VARCHAR AS {_ident(name)}")
    parts += [f"{cell(raw)} AS {_ident(name)}" for name, raw in columns.unknown]
    engine.sql(f"CREATE OR REPLACE TEMP VIEW {SRC} AS SELECT {', '.join(parts)} FROM {RAW} "
               f"WHERE rowid >= {first_row}")


def _check_long_fields(engine: Engine, columns: _Columns, long: Sequence[str], first_row: int, file: str,
                       log: _IssueLog, limits: Limits) -> None:
    names = {raw: name for name, raw in columns.mapped.items()}
    names.update({raw: name for name, raw in columns.unknown})
    cap = int(limits.max_field_chars)
    for raw in long:
        log.rows(file, names[raw], "field_too_long",
                 f"SELECT rowid + {1 - first_row} AS _row, {raw} AS value FROM {RAW} "
                 f"WHERE rowid >= {first_row} AND strlen({raw}) > {cap} AND length({raw}) > {cap}",
                 f"value over {cap:,} characters (RINGWATCH_MAX_FIELD_CHARS), starting '{{}}'; "
                 "truncated")


# -- fatal checks on the subjects key --------------------------------------------------------

def _check_key(engine: Engine, table: Table, file: str, log: _IssueLog) -> None:
    key = _ident(table.key)
    empty = [row for (row,) in engine.rows(
        f"SELECT _row FROM {SRC} WHERE {key} IS NULL ORDER BY _row LIMIT {ISSUE_CAP}")]
    if empty:
        total = int(engine.scalar(f"SELECT count(*) FROM {SRC} WHERE {key} IS NULL"))
        raise log.fatal(file, table.key, "empty_id", "empty in some rows",
                        [(row, f"row {row}") for row in empty], total)
    duplicates = engine.rows(
        f"SELECT {key}, {engine.dialect.ordered_list('_row', '_row')}, min(_row) AS first_row "
        f"FROM {SRC} GROUP BY {key} HAVING count(*) > 1 ORDER BY first_row LIMIT {ISSUE_CAP}")
    if duplicates:
        total = int(engine.scalar(f"SELECT count(*) FROM (SELECT {key} FROM {SRC} "
                                  f"GROUP BY {key} HAVING count(*) > 1)"))
        offenders = [(rows[1], f"'{value[:VALUE_SHOWN]}' at rows {', '.join(map(str, rows))}")
                     for value, rows, _ in duplicates]
        raise log.fatal(file, table.key, "duplicate_id", "ids must be unique", offenders, total)


# -- typing ----------------------------------------------------------------------------------

def _parsed(column: Column, value: str, dialect: Dialect) -> str:
    """SQL parsing a date or timestamp cell, before the range check (NULL if unreadable).

    The text must have one of the ISO 8601 shapes exports write (DATE_SHAPE,
    TIMESTAMP_SHAPE) before an engine's cast reads it: each engine's cast reads more, and
    differently (DuckDB '2024/01/01', '24:00' and 'infinity', Spark '2024' and '2024-01'),
    and a bundle must load the same on either. A UTC offset beyond +-14 hours does not exist;
    DuckDB would shift the time by it."""
    text = f"trim({value})"
    if column.type == DATE:
        return (f"CASE WHEN {dialect.regexp_full_match(value, _lit(DATE_SHAPE))} "
                f"THEN TRY_CAST({text} AS DATE) END")
    # Read as an instant: 'T' or ' ', any offset or zone name, a missing zone as UTC; the
    # result is stored as naive UTC. (A plain TIMESTAMP cast would silently drop the offset.)
    bad_offset = (f"(strlen({value}) > 16 AND regexp_matches({value}, "
                  r"'\d:\d\d(:\d\d(\.\d*)?)?\s*[+-](1[5-9]|[2-9]\d)'))")
    padded = (f"CASE WHEN {dialect.regexp_full_match(text, _lit(ZONED_MINUTES))} "
              f"THEN left({text}, 16) || ':00' || substr({text}, 17) ELSE {text} END")
    return (f"CASE WHEN {dialect.regexp_full_match(value, _lit(TIMESTAMP_SHAPE))} AND NOT {bad_offset} "
            f"THEN {dialect.utc_timestamp(padded)} END")


def _date_range(column: Column) -> tuple[str, str, str]:
    """(lowest, highest-exclusive) SQL bounds of a date or timestamp column, and the range
    in words."""
    if column.name in BIRTH_DATE_COLUMNS:
        return (f"DATE '{EARLIEST_DATE}'", "current_date + 1",
                f"{EARLIEST_DATE} to the day of the load")
    return (f"DATE '{EARLIEST_DATE}'", f"DATE '{LATEST_DATE}'",
            f"{EARLIEST_DATE} to {LATEST_DATE} (exclusive)")


def _read_first(column: Column, value: str, dialect: Dialect) -> str | None:
    """The costly part of typing `column`'s text `value` (a shape check and a cast), for a
    query to compute once a row and test several ways (`_typed`'s `read`); None for a column
    whose typing is cheap."""
    if column.type in (TIMESTAMP, DATE):
        return _parsed(column, value, dialect)
    if column.type == NUMBER:
        # Decimal digits only: engines' casts also read '1_000' (DuckDB), '1.0d' and hex (Spark).
        return (f"CASE WHEN {dialect.regexp_full_match(value, _lit(NUMBER_SHAPE))} "
                f"THEN TRY_CAST(trim({value}) AS DOUBLE) END")
    return None


def _typed(column: Column, value: str, dialect: Dialect, read: str | None = None) -> str:
    """SQL giving the typed, kept value of `column` from its text `value` (NULL if bad).
    `read`: a column holding `_read_first(column, value)`, where the query has one."""
    if column.type in (TIMESTAMP, DATE):
        low, high, _ = _date_range(column)
        parsed = read or f"({_read_first(column, value, dialect)})"
        return f"CASE WHEN {parsed} >= {low} AND {parsed} < {high} THEN {parsed} END"
    if column.type == NUMBER:
        number = read or f"({_read_first(column, value, dialect)})"
        return f"CASE WHEN isfinite({number}) THEN {number} END"
    if column.name in COUNTRY_COLUMNS:
        return (f"CASE WHEN {dialect.regexp_full_match(value, _lit(' *[A-Za-z]{2} *'))} "
                f"THEN upper(trim({value})) END")
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


def _create_typed_table(engine: Engine, table: Table, unknown: list[str]) -> None:
    # The costly reads (shape checks and casts) are computed once a row, below the typing.
    reads = {col.name: _read_first(col, _ident(col.name), engine.dialect) for col in table.columns}
    aliases = {name: f"__ringwatch_read_{i}" for i, (name, read) in enumerate(reads.items()) if read}
    parts = [f"CAST({_typed(col, _ident(col.name), engine.dialect, aliases.get(col.name))} "
             f"AS {DUCKDB_TYPES[col.type]}) AS {_ident(col.name)}" for col in table.columns]
    parts += [_ident(name) for name in unknown]
    parts.append(ROW_COLUMN)
    computed = "".join(f", {reads[name]} AS {alias}" for name, alias in aliases.items())
    # preserve_insertion_order keeps the table in file order without a sort.
    engine.create(table.name, f"SELECT {', '.join(parts)} FROM (SELECT *{computed} FROM {SRC}) AS src")


def _check_values(table: Table, file: str, log: _IssueLog) -> None:
    """Warn for every cell that was given but could not be kept as given."""
    dialect = log.engine.dialect
    for col in table.columns:
        value = _ident(col.name)
        failure = TYPE_FAILURES.get(col.type)
        if col.name in COUNTRY_COLUMNS:
            failure = COUNTRY_FAILURE
        read = _read_first(col, value, dialect)
        read = log.derive(read) if read else None
        if failure and col.type in (TIMESTAMP, DATE):
            code, message = failure
            log.cells(file, col.name, code, f"{value} IS NOT NULL AND {read} IS NULL", value, message)
            log.cells(file, col.name, "date_out_of_range",
                      f"{read} IS NOT NULL AND ({_typed(col, value, dialect, read)}) IS NULL",
                      value, f"'{{}}' is outside {_date_range(col)[2]}; set to empty")
        elif failure:
            code, message = failure
            log.cells(file, col.name, code,
                      f"{value} IS NOT NULL AND ({_typed(col, value, dialect, read)}) IS NULL", value, message)
        elif col.choices:
            options = ", ".join(_lit(c) for c in col.choices)
            log.cells(file, col.name, "unknown_choice",
                      f"{value} IS NOT NULL AND {value} NOT IN ({options}) "
                      f"AND lower(trim({value})) NOT IN ({options})",
                      value, f"'{{}}' is not one of {', '.join(col.choices)}; kept as given")
        if col.required and col.name != table.key:
            log.cells(file, col.name, "missing_value", f"{value} IS NULL", "NULL",
                      "required value is empty; row kept")


def _check_encoding(engine: Engine, columns: Sequence[str], file: str, log: _IssueLog) -> None:
    """After transcoding, the replaced bytes show as U+FFFD: name each row and column."""
    for name in columns:
        log.cells(file, name, "bad_encoding", f"contains({_ident(name)}, {_lit(REPLACEMENT_CHAR)})",
                  _ident(name), "invalid UTF-8 bytes replaced by U+FFFD: '{}'")


# -- references between and outside the tables ----------------------------------------------

def _check_subject_refs(table: Table, file: str, log: _IssueLog) -> None:
    ref = _ident(table.subject_ref)
    log.rows(file, table.subject_ref, "unknown_subject",
             f"SELECT c._row, c.{ref} AS value FROM {table.name} c WHERE c.{ref} IS NOT NULL "
             f"AND NOT EXISTS (SELECT 1 FROM subjects s WHERE s.id = c.{ref})",
             "'{}' is not an id in subjects; row kept")


def _check_named_file(bundle_dir: Path, value: str, kind: str, limits: Limits) -> None:
    """Open a file a cell names as every later stage will (ringwatch.bundle_paths) and check
    what can be checked without decoding it. Raises Refused."""
    if kind == PHOTO:
        from ringwatch.link.images import PhotoError, check_photo

        with bundle_paths.open_bundle_file(bundle_dir, value, kind, limits) as handle:
            try:
                check_photo(handle, limits)
            except PhotoError as exc:
                raise Refused(bundle_paths.UNREADABLE, str(exc)) from None
    else:
        from ringwatch.link.text import ResumeError, check_resume_file

        with bundle_paths.open_bundle_file(bundle_dir, value, kind, limits) as handle:
            try:
                check_resume_file(Path(value.strip()).suffix, handle, limits)
            except ResumeError as exc:
                raise Refused(bundle_paths.UNREADABLE, str(exc)) from None


def _check_named_files(values: Sequence[str], bundle_dir: Path, kind: str,
                       limits: Limits) -> tuple[list[str | None], list[str | None]]:
    codes: list[str | None] = []
    reasons: list[str | None] = []
    for value in values:
        try:
            _check_named_file(bundle_dir, value, kind, limits)
            codes.append(None)
            reasons.append(None)
        except Refused as exc:
            codes.append(exc.code)
            reasons.append(exc.reason)
    return codes, reasons


def named_file_problems(values: Sequence[str], bundle_dir: Path, kind: str, limits: Limits) -> pa.Table:
    """Batch function: per distinct cell, the problem code and reason (null when fine).
    Plain and pool-free: the engine spreads many files over its workers."""
    codes, reasons = _check_named_files(list(values), bundle_dir, kind, limits)
    return pa.table({"code": pa.array(codes, pa.string()), "reason": pa.array(reasons, pa.string())})


def _check_file_paths(engine: Engine, bundle_dir: Path, file: str, log: _IssueLog, limits: Limits) -> None:
    """Photos, and resumes given as a path, must be readable files inside the bundle (see
    ringwatch/bundle_paths.py); any other is warned about and emptied, so later stages
    neither open it nor read the path as text. A path outside the bundle gets the same
    warning as a missing file, whether or not something exists there."""
    suffixes = " OR ".join(f"ends_with(lower(trim(resume)), {_lit(s)})" for s in RESUME_FILE_SUFFIXES)
    candidates = {
        PHOTO_COLUMN: (PHOTO, "SELECT photo FROM subjects"),
        RESUME_COLUMN: (RESUME, "SELECT resume FROM subjects "
                                f"WHERE NOT contains(resume, chr(10)) "
                                f"AND strlen(resume) < {bundle_paths.MAX_PATH_CHARS} AND ({suffixes})"),
    }
    for column, (kind, values) in candidates.items():
        engine.map_distinct(PATHS, values, partial(named_file_problems, bundle_dir=bundle_dir, kind=kind,
                                                   limits=limits), min_parallel=PARALLEL_MIN_FILES)
        codes = [code for (code,) in engine.rows(
            f"SELECT DISTINCT code FROM {PATHS} WHERE code IS NOT NULL ORDER BY code")]
        for code in codes:
            log.rows(file, column, code,
                     f"SELECT s._row, s.{column} AS value, p.reason AS detail FROM subjects s "
                     f"JOIN {PATHS} p ON p.input = s.{column} WHERE p.code = {_lit(code)}",
                     f"{column} file '{{}}' {{}}; set to empty")
        if codes:
            engine.sql(f"UPDATE subjects SET {column} = NULL "
                       f"WHERE {column} IN (SELECT input FROM {PATHS} WHERE code IS NOT NULL)")


def record_file_problems(engine: Engine, bundle_dir: Path, column: str, problems: str,
                         report: LoadReport | None = None) -> int:
    """Files a later stage could not read (a photo that fails to decode, a PDF pypdf cannot
    parse) become warnings in `load_issues` like the loader's own, naming the subjects file,
    the row and the column; returns how many rows.

    `problems` is a query giving `input, error`: a value of `subjects.<column>` and why its
    file could not be read. Stages run on hand-made tables without `_row` record nothing.
    """
    if not engine.table_exists("subjects") or ROW_COLUMN not in engine.columns("subjects"):
        return 0
    try:
        file = find_table_files(Path(bundle_dir))[0]["subjects"].name
    except BundleError:
        file = "subjects"
    log = _IssueLog(engine, report or LoadReport(bundle=Path(bundle_dir)), fresh=False)
    return log.rows(file, column, bundle_paths.UNREADABLE,
                    f"SELECT s._row, s.{_ident(column)} AS value, p.error AS detail FROM subjects s "
                    f"JOIN ({problems}) p ON p.input = s.{_ident(column)}",
                    f"{column} file '{{}}' cannot be used: {{}}; not compared")


# -- the whole load ----------------------------------------------------------------------------

@contextmanager
def _load_session(engine: Engine) -> Iterator[None]:
    """The engine's loading settings (Engine.loading); scratch objects dropped after."""
    with engine.loading():
        try:
            yield
        finally:
            engine.sql(f"DROP VIEW IF EXISTS {SRC}")
            for name in SCRATCH_TABLES:
                engine.sql(f"DROP TABLE IF EXISTS {name}")


def _load_table(engine: Engine, table: Table, path: Path, bundle_dir: Path, workdir: Path,
                log: _IssueLog, limits: Limits) -> int:
    file = path.name
    file_columns, transcoded, first_row = _read_raw(engine, path, file, workdir, log, limits)
    columns = _map_columns(table, file_columns, file, log, limits)
    long = _long_fields(engine, columns, first_row, limits)
    _create_source_view(engine, table, columns, first_row, long, limits)
    if table.key:
        _check_key(engine, table, file, log)
    unknown = [name for name, _ in columns.unknown]
    _create_typed_table(engine, table, unknown)
    with log.batch():
        if long:
            _check_long_fields(engine, columns, long, first_row, file, log, limits)
        if transcoded:
            _check_encoding(engine, list(table.column_names) + unknown, file, log)
        _check_values(table, file, log)
        if table.subject_ref:
            _check_subject_refs(table, file, log)
    if table.name == "subjects":
        _check_file_paths(engine, bundle_dir, file, log, limits)
    engine.sql(f"DROP VIEW {SRC}")
    engine.sql(f"DROP TABLE {RAW}")
    return engine.count(table.name)


def load_bundle(engine: Engine, bundle_dir: Path,
                progress: Callable[[str], None] | None = None,
                limits: Limits | None = None) -> LoadReport:
    """Load every contract table found in `bundle_dir` into `engine`, typed, with `_row`.

    Also creates `load_issues` (file, row, column, severity, code, message). Returns the
    report; raises BundleError (after storing its issues) when the bundle cannot be used.
    `limits` default to the environment's (ringwatch/limits.py; LimitsError if invalid).
    """
    bundle_dir = Path(bundle_dir)
    limits = limits or current_limits()
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
                                            Path(tmp), log, limits)
            if progress:
                progress(f"loaded {files[name].name}: {report.rows[name]:,} rows, "
                         f"{report.warnings - before:,} warnings")
    return report


def record_value_warnings(engine: Engine, report: LoadReport, table: str, column: str, code: str,
                          bad_rows: str, message: str) -> int:
    """Add warnings found after loading (a value no normaliser could read) to `load_issues`.

    `bad_rows` is a query giving `_row, value` of the offending rows of `table`; `message` may
    hold one `{}` for the value. Counted in `report` like the loader's own warnings.
    """
    source = report.files.get(table)
    file = source.name if source else f"{table}"
    return _IssueLog(engine, report, fresh=False).rows(file, column, code, bad_rows, message)
