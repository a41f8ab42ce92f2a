"""The contract's outputs, written and replaced as one set.

Layout of an output folder `DIR` after a scan::

    DIR/subjects.csv     -> current/subjects.csv       (symbolic links, made once)
    DIR/rings.jsonl      -> current/rings.jsonl
    DIR/report.html      -> current/report.html
    DIR/ringwatch.duckdb -> current/ringwatch.duckdb
    DIR/screening.sqlite -> current/screening.sqlite  (what `ringwatch serve` screens against)
    DIR/current          -> .ringwatch-run-<run id>    (the one pointer that changes)
    DIR/.ringwatch-run-<run id>/                       (the set: all five files of one run)

A scan (`OutputSet`) takes an exclusive lock on `DIR`, sweeps what killed scans left behind,
writes every output into a fresh hidden folder `.ringwatch-run-<run id>`, flushes it to disk,
and then swaps it in by replacing the `current` link with one `rename()` (atomic on POSIX).
A reader opening `DIR/subjects.csv` therefore always gets a whole file of the current set;
a reader that needs several files of one set (`explain`) resolves `current` once
(`current_set()`). The previous set stays in place until the swap and is removed after it;
a failed, rejected or killed scan leaves the previous set as it was.
"""

from __future__ import annotations

import contextlib
import errno
import fcntl
import os
import secrets
import shutil
import tempfile
from collections.abc import Iterator
from datetime import datetime, timezone
from pathlib import Path

from ringwatch.engines import Engine, side_files

SUBJECTS_CSV = "subjects.csv"
RINGS_JSONL = "rings.jsonl"
REPORT_HTML = "report.html"
WORKSPACE_NAME = "ringwatch.duckdb"
SCREENING_INDEX = "screening.sqlite"  # ringwatch/screening_index.py
OUTPUT_NAMES = (SUBJECTS_CSV, RINGS_JSONL, REPORT_HTML, WORKSPACE_NAME, SCREENING_INDEX)
CURRENT = "current"
RUN_PREFIX = ".ringwatch-run-"
LINK_PREFIX = ".ringwatch-link-"

# Cells starting with one of these are formulas to a spreadsheet (OWASP, "CSV Injection").
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


class OutputError(Exception):
    """The output folder cannot be used as given (a file, the bundle itself, unwritable...)."""


# -- layout ---------------------------------------------------------------------------------

def new_run_id() -> str:
    return f"{datetime.now(timezone.utc):%Y%m%dT%H%M%SZ}-{secrets.token_hex(4)}"


def current_set(out_dir: Path) -> Path:
    """The folder holding the current set of `out_dir`'s outputs, resolved once.

    `out_dir` itself for a folder written by an older ringwatch (plain files, no `current`).
    Raises FileNotFoundError when there is no scan there.
    """
    out_dir = Path(out_dir)
    pointer = out_dir / CURRENT
    if pointer.is_symlink():
        target = os.readlink(pointer)
        run_dir = out_dir / target
        if os.sep in target or not target.startswith(RUN_PREFIX) or not run_dir.is_dir():
            raise FileNotFoundError(f"{pointer} does not point to a scan's outputs")
        return run_dir
    if (out_dir / WORKSPACE_NAME).is_file() and not (out_dir / WORKSPACE_NAME).is_symlink():
        return out_dir
    raise FileNotFoundError(f"no scan outputs in {out_dir}")


def _managed(name: str) -> bool:
    """Names in an output folder that a scan creates, replaces or sweeps."""
    if name in OUTPUT_NAMES or name == CURRENT:
        return True
    if name.startswith((RUN_PREFIX, LINK_PREFIX)):
        return True
    return any(name.startswith(f".{output}.") for output in OUTPUT_NAMES)  # older temp files


def _inside(path: Path, folder: Path) -> bool:
    return path == folder or folder in path.parents


def check_out_dir(out_dir: Path, bundle: Path | None = None) -> None:
    """Refuse an output folder that cannot hold the outputs or would overwrite the bundle."""
    out_dir = Path(out_dir)
    if out_dir.exists() and not out_dir.is_dir():
        raise OutputError(f"--out {out_dir} is a file, not a folder")
    for parent in out_dir.absolute().parents:
        if parent.exists() and not parent.is_dir():
            raise OutputError(f"--out {out_dir}: {parent} is a file, not a folder")
    if bundle is not None:
        _check_overlap(Path(bundle), out_dir)
    if out_dir.is_dir():
        pointer = out_dir / CURRENT
        if pointer.exists() and not pointer.is_symlink():
            raise OutputError(f"{pointer} exists and is not ringwatch's link to the current "
                              "outputs; choose another --out folder")
        for name in OUTPUT_NAMES:
            path = out_dir / name
            if path.is_dir() and not path.is_symlink():
                raise OutputError(f"{path} is a folder; ringwatch would replace it with an output")


def _check_overlap(bundle: Path, out_dir: Path) -> None:
    b, o = bundle.resolve(), out_dir.resolve()
    if o == b:
        raise OutputError(f"--out {out_dir} is the bundle folder: the outputs would overwrite "
                          "the bundle's files; write them to another folder")
    if _inside(o, b):
        raise OutputError(f"--out {out_dir} is inside the bundle {bundle}: the outputs would "
                          "become part of the bundle; write them outside it")
    if _inside(b, o) and _managed(b.relative_to(o).parts[0]):
        raise OutputError(f"the bundle {bundle} lies inside the outputs of {out_dir}, which a "
                          "scan replaces; move the bundle or choose another --out folder")
    if b.is_dir():
        for entry in b.iterdir():
            with contextlib.suppress(OSError):
                target = entry.resolve()
                if _inside(target, o) and target != o and _managed(target.relative_to(o).parts[0]):
                    raise OutputError(f"{entry} links to {target}, an output of {out_dir} that a "
                                      "scan replaces; write the outputs to another folder")


# -- the transaction ------------------------------------------------------------------------

def _remove(path: Path) -> None:
    with contextlib.suppress(FileNotFoundError):
        if path.is_dir() and not path.is_symlink():
            shutil.rmtree(path)
        else:
            path.unlink()


def _fsync(path: Path, directory: bool = False) -> None:
    fd = os.open(path, os.O_RDONLY | (os.O_DIRECTORY if directory else 0))
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _replace_link(target: str, link: Path) -> None:
    """Point `link` at `target` with one rename over whatever `link` was."""
    tmp = link.parent / f"{LINK_PREFIX}{secrets.token_hex(6)}"
    os.symlink(target, tmp)
    try:
        os.replace(tmp, link)
    except BaseException:
        _remove(tmp)
        raise


class OutputSet:
    """Write a scan's outputs into a fresh folder and swap them in as one set.

    Use as a context manager: `with OutputSet(out_dir, bundle) as outputs:` write to
    `outputs.path(name)`, then call `outputs.commit()`. Leaving the block without a commit
    (an error, a rejected bundle) removes the new folder and keeps the previous set.
    """

    def __init__(self, out_dir: Path, bundle: Path | None = None) -> None:
        self.out_dir = Path(out_dir)
        self.bundle = bundle
        self.run_id = new_run_id()
        self.run_dir = self.out_dir / f"{RUN_PREFIX}{self.run_id}"
        self.committed = False
        self.swept: list[str] = []
        self._lock_fd: int | None = None
        self._created = False  # the scan made `out_dir`: a failed one removes it again

    # context management
    def __enter__(self) -> OutputSet:
        check_out_dir(self.out_dir, self.bundle)
        self._created = not self.out_dir.exists()
        try:
            self.out_dir.mkdir(parents=True, exist_ok=True)
        except FileExistsError as exc:
            raise OutputError(f"--out {self.out_dir}: a file is in the way ({exc.filename})") from exc
        except NotADirectoryError as exc:
            raise OutputError(f"--out {self.out_dir}: a file is in the way") from exc
        except PermissionError as exc:
            raise OutputError(f"--out {self.out_dir} cannot be created: permission denied") from exc
        self._lock()
        try:
            self.sweep()
            self.run_dir.mkdir()
        except PermissionError as exc:
            self._unlock()
            raise OutputError(f"--out {self.out_dir} is not writable: permission denied") from exc
        except BaseException:
            self._unlock()
            raise
        return self

    def __exit__(self, *exc_info) -> None:
        try:
            if not self.committed:
                _remove(self.run_dir)
        finally:
            self._unlock()
        if not self.committed and self._created:
            with contextlib.suppress(OSError):
                self.out_dir.rmdir()  # only if empty: nothing else was put there meanwhile

    def _lock(self) -> None:
        try:
            self._lock_fd = os.open(self.out_dir, os.O_RDONLY | os.O_DIRECTORY)
        except PermissionError as exc:
            raise OutputError(f"--out {self.out_dir} cannot be read: permission denied") from exc
        try:
            fcntl.flock(self._lock_fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError as exc:
            os.close(self._lock_fd)
            self._lock_fd = None
            if exc.errno in (errno.EWOULDBLOCK, errno.EAGAIN):
                raise OutputError(f"another ringwatch scan is writing to {self.out_dir}; wait for "
                                  "it to finish or choose another --out folder") from exc
            raise

    def _unlock(self) -> None:
        if self._lock_fd is not None:
            os.close(self._lock_fd)  # closing releases the flock
            self._lock_fd = None

    # the work
    @property
    def previous_workspace(self) -> Path | None:
        """The workspace of the set this scan replaces, if there is one (read under the lock,
        so no other scan swaps it meanwhile): stable ring ids and judgements start from it."""
        try:
            previous = current_set(self.out_dir)
        except FileNotFoundError:
            return None
        workspace = previous / WORKSPACE_NAME
        return workspace if previous != self.run_dir and workspace.is_file() else None

    def path(self, name: str) -> Path:
        return self.run_dir / name

    def sweep(self) -> list[str]:
        """Remove what killed scans left (unfinished run folders, link temporaries, older
        versions' hidden temporary files). Runs under the lock, so no scan is writing."""
        try:
            keep = current_set(self.out_dir).name
        except FileNotFoundError:
            keep = None
        for entry in self.out_dir.iterdir():
            name = entry.name
            stale = (name.startswith(RUN_PREFIX) and name != keep) or name.startswith(LINK_PREFIX) \
                or (name.startswith(".") and _managed(name) and ".tmp" in name)
            if stale:
                _remove(entry)
                self.swept.append(name)
        return self.swept

    def commit(self) -> None:
        """Swap the new set in: flush it, point `current` at it, link the top-level names."""
        missing = [name for name in OUTPUT_NAMES if not self.path(name).is_file()]
        if missing:
            raise RuntimeError(f"outputs missing from the new set: {', '.join(missing)}")
        for entry in self.run_dir.iterdir():  # what DuckDB may leave: a WAL, a spill folder
            if entry.name not in OUTPUT_NAMES:
                _remove(entry)
        for name in OUTPUT_NAMES:
            _fsync(self.path(name))
        _fsync(self.run_dir, directory=True)
        try:
            previous: Path | None = current_set(self.out_dir)
        except FileNotFoundError:
            previous = None
        _replace_link(self.run_dir.name, self.out_dir / CURRENT)  # the swap
        self.committed = True
        for name in OUTPUT_NAMES:
            link = self.out_dir / name
            if not (link.is_symlink() and os.readlink(link) == f"{CURRENT}/{name}"):
                _replace_link(f"{CURRENT}/{name}", link)
        _fsync(self.out_dir, directory=True)
        if previous is not None and previous != self.out_dir and previous != self.run_dir:
            _remove(previous)


# -- writers --------------------------------------------------------------------------------

def _sql_path(path: Path) -> str:
    return str(path).replace("'", "''")


def csv_safe(expr: str) -> str:
    """SQL for a text cell that a spreadsheet will not run as a formula: a value starting
    with = + - @ tab or carriage return gets a leading apostrophe (OWASP CSV injection)."""
    starts = ", ".join("chr(9)" if c == "\t" else "chr(13)" if c == "\r" else f"'{c}'"
                       for c in FORMULA_STARTS)
    return (f"CASE WHEN left(CAST({expr} AS VARCHAR), 1) IN ({starts}) "
            f"THEN '''' || CAST({expr} AS VARCHAR) ELSE CAST({expr} AS VARCHAR) END")


@contextlib.contextmanager
def atomic_path(final: Path) -> Iterator[Path]:
    """Yield a temporary path next to `final`; rename it over `final` if the block succeeds
    (for a single file written outside an output set)."""
    final.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{final.name}.", suffix=".tmp", dir=final.parent)
    os.close(fd)
    tmp = Path(tmp_name)
    tmp.unlink()  # writers (DuckDB COPY, sqlite-style databases) want to create the file
    try:
        yield tmp
        os.replace(tmp, final)
    finally:
        for leftover in (tmp, *side_files(tmp)):
            if leftover.exists():
                leftover.unlink()


def write_subjects_csv(engine: Engine, path: Path) -> None:
    """subjects.csv: every input subject, in input order, with the contract's five columns,
    then `person` (contract extension): the resolved person the row belongs to. Text cells
    are formula-safe (`csv_safe`)."""
    with atomic_path(Path(path)) as tmp:
        engine.sql(f"""
            COPY (
                SELECT {csv_safe('s.id')} AS id, round(sc.score, 4) AS score,
                       {csv_safe('sc.level')} AS level,
                       {csv_safe("coalesce(sc.ring_id, '')")} AS ring,
                       {csv_safe('sc.reasons')} AS reasons,
                       {csv_safe('coalesce(p.person_id, s.id)')} AS person
                FROM subjects s JOIN scores sc ON sc.subject_id = s.id
                LEFT JOIN persons p ON p.subject_id = s.id
                ORDER BY s._row
            ) TO '{_sql_path(tmp)}' (HEADER, DELIMITER ',')
        """)


def write_rings_jsonl(engine: Engine, path: Path) -> None:
    """rings.jsonl: one object per ring with its members and the links that hold it together."""
    ordered_list = engine.dialect.ordered_list
    with atomic_path(Path(path)) as tmp:
        engine.sql(f"""
            COPY (
                WITH members AS (
                    SELECT m.ring_id, {ordered_list('m.subject_id', 'm.subject_id')} AS members
                    FROM ring_members m GROUP BY m.ring_id
                ), ring_links AS (
                    SELECT ma.ring_id,
                           {ordered_list("struct_pack(a := l.a, b := l.b, kind := l.kind, value := l.value, "
                                         "shared_by := l.n_sharing, weight := round(l.weight, 4))",
                                         'l.weight DESC, l.a, l.b, l.kind')} AS links
                    FROM links l
                    JOIN ring_members ma ON ma.subject_id = l.a
                    JOIN ring_members mb ON mb.subject_id = l.b AND mb.ring_id = ma.ring_id
                    GROUP BY ma.ring_id
                )
                SELECT r.ring_id AS id, round(r.score, 4) AS score, r.level, r.size,
                       string_split(r.kinds, ';') AS kinds, m.members,
                       coalesce(l.links, []) AS links
                FROM rings r JOIN members m ON m.ring_id = r.ring_id
                LEFT JOIN ring_links l ON l.ring_id = r.ring_id
                -- by the score as written (engines may part in a float's last bit), then id
                ORDER BY round(r.score, 4) DESC, r.ring_id
            ) TO '{_sql_path(tmp)}' (FORMAT json)
        """)
