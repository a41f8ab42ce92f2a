"""The screening index: what a scan leaves for `POST /api/screen` to look a newcomer up in.

Screening one new subject must answer in milliseconds against millions of subjects, so the
scan writes, next to its workspace, a small SQLite file (`screening.sqlite`) keyed for point
lookups (DuckDB is built for scans, and one lookup in a ten-million-row table costs it a few
milliseconds; SQLite's B-tree answers ten values in a tenth of one):

- `key_holders(value, kind, field, subject)`: every linkable value of every subject
  (`subject_keys`, ringwatch/link/exact.py), except the identities, and except values already
  shared by more people than any link of their kind still counts (a newcomer joining such a
  group makes it larger still, so it weighs less than `MIN_LINK_WEIGHT`);
- `subjects(subject, id, person, ring_id, level, employer_key, home, name_key, birth_date,
  email_key, phone_e164)`: what a screen says about a matched subject, and what it needs to
  tell a household, colleagues or the same person applying again from a reused identity;
- `address_canon(address_key, canonical)`: addresses the scan merged with another spelling;
- `link_calibration(code, n, calibration)`: the bundle's own calibration of each link kind;
- `meta(key, value)`: the run id and the index format.

Built from the engine's tables with plain SQL, so any engine that answers `arrow()` can write it.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterable, Sequence
from pathlib import Path

from ringwatch.engines import Engine
from ringwatch.link.exact import group_limits_sql

INDEX_NAME = "screening.sqlite"
INDEX_FORMAT = "1"
# Subjects per piece copied from the engine: bounds the memory the copy holds at once.
PIECE_SUBJECTS = 200_000

_SCHEMA = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT) WITHOUT ROWID;
CREATE TABLE subjects (subject INTEGER PRIMARY KEY, id TEXT NOT NULL, person TEXT, ring_id TEXT,
                       level TEXT, employer_key TEXT, home TEXT, name_key TEXT, birth_date TEXT,
                       email_key TEXT, phone_e164 TEXT);
CREATE TABLE key_holders (value TEXT NOT NULL, kind TEXT NOT NULL, field TEXT NOT NULL,
                          subject INTEGER NOT NULL);
CREATE TABLE address_canon (address_key TEXT PRIMARY KEY, canonical TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE link_calibration (code TEXT NOT NULL, n INTEGER NOT NULL, calibration REAL NOT NULL,
                               PRIMARY KEY (code, n)) WITHOUT ROWID;
"""
# Indexes are built after the rows are in: one sort instead of ten million B-tree inserts.
_INDEXES = """
CREATE INDEX key_holders_value ON key_holders (value);
CREATE UNIQUE INDEX subjects_id ON subjects (id);
CREATE INDEX subjects_identity ON subjects (name_key, birth_date) WHERE name_key IS NOT NULL;
"""


def write_screening_index(engine: Engine, path: Path, run_id: str,
                          progress=lambda message: None) -> None:
    """Write the screening index of the scan in `engine` to `path` (replacing any file there)."""
    path = Path(path)
    path.unlink(missing_ok=True)
    engine.create("_screen_numbers", """
        SELECT row_number() OVER (ORDER BY n.id) AS subject, n.id, p.person_id AS person,
               sc.ring_id, sc.level, n.employer_key, h.canonical AS home, n.name_key,
               CAST(n.birth_date AS VARCHAR) AS birth_date, n.email_key, n.phone_e164
        FROM subjects_norm n
        JOIN persons p ON p.subject_id = n.id
        JOIN scores sc ON sc.subject_id = n.id
        LEFT JOIN address_canon h ON h.address_key = n.address_key""")
    engine.create("_screen_keys", f"""
        WITH usable AS (
            SELECT k.kind, k.value FROM subject_keys k JOIN {group_limits_sql()} ON lim.kind = k.kind
            GROUP BY k.kind, k.value, lim.max_n HAVING count(DISTINCT k.person_id) <= lim.max_n)
        SELECT k.value, k.kind, k.field, s.subject
        FROM subject_keys k
        JOIN usable u ON u.kind = k.kind AND u.value = k.value
        JOIN _screen_numbers s ON s.id = k.subject_id
        WHERE k.kind <> 'identity'""")
    total = engine.count("_screen_numbers")
    con = sqlite3.connect(path)
    try:
        con.execute("PRAGMA journal_mode = OFF")  # written once, then only read
        con.execute("PRAGMA synchronous = OFF")
        con.executescript(_SCHEMA)
        for start in range(0, total, PIECE_SUBJECTS):
            where = f"WHERE subject > {start} AND subject <= {start + PIECE_SUBJECTS}"
            _insert(con, "subjects", engine.arrow(f"SELECT * FROM _screen_numbers {where}"))
            _insert(con, "key_holders", engine.arrow(f"SELECT * FROM _screen_keys {where}"))
            progress(f"screening index: {min(total, start + PIECE_SUBJECTS):,} of {total:,} subjects")
        _insert(con, "address_canon", engine.arrow(
            "SELECT address_key, canonical FROM address_canon WHERE canonical <> address_key"))
        _insert(con, "link_calibration", engine.arrow("SELECT code, n, calibration FROM link_calibration"))
        con.executemany("INSERT INTO meta VALUES (?, ?)", [("format", INDEX_FORMAT), ("run_id", run_id)])
        con.executescript(_INDEXES)
        con.commit()
    finally:
        con.close()
    for name in ("_screen_numbers", "_screen_keys"):
        engine.sql(f"DROP TABLE IF EXISTS {name}")


def _insert(con: sqlite3.Connection, table: str, rows) -> None:
    if rows.num_rows:
        marks = ", ".join("?" * rows.num_columns)
        con.executemany(f"INSERT INTO {table} VALUES ({marks})",
                        zip(*(column.to_pylist() for column in rows.columns)))


class IndexMissing(LookupError):
    """The current scan has no screening index (written by an older ringwatch)."""


class ScreeningIndex:
    """Read-only lookups in one scan's screening index; one SQLite connection per thread."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        if not self.path.is_file():
            raise IndexMissing(f"{self.path} not found: the scan predates screening; scan again")
        self._local = threading.local()
        meta = dict(self._con().execute("SELECT key, value FROM meta").fetchall())
        if meta.get("format") != INDEX_FORMAT:
            raise IndexMissing(f"{self.path} is format {meta.get('format')!r}, not {INDEX_FORMAT}; scan again")
        self.run_id = meta.get("run_id", "")
        self.calibration = {(code, n): c for code, n, c in self._con().execute(
            "SELECT code, n, calibration FROM link_calibration")}

    def _con(self) -> sqlite3.Connection:
        con = getattr(self._local, "con", None)
        if con is None:
            con = sqlite3.connect(f"file:{self.path}?mode=ro&immutable=1", uri=True)
            self._local.con = con
        return con

    def calibrated(self, code: str, n: int) -> float:
        """The bundle's calibration of `code` for a group of `n` people (the largest size
        measured at or below `n`; 1.0 where none was)."""
        sizes = [size for c, size in self.calibration if c == code and size <= n]
        return self.calibration[(code, max(sizes))] if sizes else 1.0

    def canonical(self, address_keys: Iterable[str]) -> dict[str, str]:
        keys = list(address_keys)
        return dict(self._con().execute(
            f"SELECT address_key, canonical FROM address_canon WHERE address_key IN ({_marks(keys)})", keys))

    def holders(self, values: Sequence[str]) -> list[tuple]:
        """(kind, field, value, subject id, person, ring id, level, employer key, home) of
        every subject holding one of `values`."""
        values = list(values)
        return self._con().execute(f"""
            SELECT k.kind, k.field, k.value, s.id, s.person, s.ring_id, s.level, s.employer_key, s.home
            FROM key_holders k JOIN subjects s ON s.subject = k.subject
            WHERE k.value IN ({_marks(values)})""", values).fetchall()

    def has_subject(self, subject_id: str) -> bool:
        return self._con().execute("SELECT 1 FROM subjects WHERE id = ?", [subject_id]).fetchone() is not None

    def same_identity(self, name_key: str, birth_date: str) -> list[tuple]:
        """(id, ring id, level, email key, phone) of subjects with this name and birth date."""
        return self._con().execute(
            "SELECT id, ring_id, level, email_key, phone_e164 FROM subjects "
            "WHERE name_key = ? AND birth_date = ?", [name_key, birth_date]).fetchall()

    def close(self) -> None:
        con = getattr(self._local, "con", None)
        if con is not None:
            con.close()
            self._local.con = None


def _marks(values: Sequence) -> str:
    return ", ".join("?" * len(values)) or "NULL"
