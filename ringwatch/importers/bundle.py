"""Appending rows to a bundle's table files safely.

A table is rewritten into a temporary file in the bundle folder (a hidden name the loader
ignores), flushed to disk, and renamed over the old file in one `rename()`: a reader or a
killed import sees the old file or the new one, never a mix, and existing rows are always
copied first. The table keeps its format (CSV, JSON Lines or Parquet); a new table is CSV.
New columns are added at the end of a CSV header (existing rows get empty cells).

De-duplication: every imported row has a key (`event_id` for logs, `id` for subjects);
rows whose key is already in the table, or earlier in the same import, are not written.
Keys are compared as 64-bit hashes held in numpy arrays (80 MB for 10M rows).
"""

from __future__ import annotations

import contextlib
import csv
import fcntl
import hashlib
import json
import os
import shutil
import sys
from pathlib import Path
from typing import Iterable, Iterator

import numpy as np

from ringwatch.contract import FILE_FORMATS

LOCK_NAME = ".ringwatch-import.lock"
LINE_END = "\n"


class ImportError_(Exception):
    """Bad input or a bundle the import cannot safely write (exit 2)."""


def key_hash(value: str) -> int:
    if not value:
        return 0
    h = int.from_bytes(hashlib.blake2b(value.encode("utf-8", "surrogatepass"), digest_size=8).digest(), "little")
    return h or 1


def table_file(bundle: Path, table: str) -> Path | None:
    found = [bundle / f"{table}{ext}" for ext in FILE_FORMATS if (bundle / f"{table}{ext}").is_file()]
    found += [p for p in bundle.iterdir() if p.is_file() and p.stem.lower() == table
              and p.suffix.lower() in FILE_FORMATS and p not in found] if bundle.is_dir() else []
    if len(found) > 1:
        raise ImportError_(f"{bundle}: table '{table}' is given in several files "
                           f"({', '.join(p.name for p in found)}); keep one")
    if found and (found[0].is_symlink() or not found[0].is_file()):
        raise ImportError_(f"{found[0]}: not a regular file; an import writes only regular files")
    return found[0] if found else None


@contextlib.contextmanager
def bundle_lock(bundle: Path):
    bundle.mkdir(parents=True, exist_ok=True)
    fd = os.open(bundle / LOCK_NAME, os.O_RDWR | os.O_CREAT, 0o600)
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError as exc:
            raise ImportError_(f"{bundle}: another import is writing to this bundle") from exc
        yield
    finally:
        os.close(fd)


def _csv_limit() -> None:
    csv.field_size_limit(min(sys.maxsize, 1 << 30))


def csv_header(path: Path) -> list[str]:
    _csv_limit()
    with path.open(newline="", encoding="utf-8-sig", errors="replace") as fh:
        return next(csv.reader(fh), [])


def table_columns(path: Path) -> list[str]:
    fmt = path.suffix.lower()
    if fmt == ".csv":
        return csv_header(path)
    if fmt == ".parquet":
        import pyarrow.parquet as pq
        return list(pq.read_schema(path).names)
    keys: dict[str, None] = {}
    with path.open("rb") as fh:
        for line in fh:
            if line.strip():
                try:
                    obj = json.loads(line)
                except ValueError:
                    continue
                if isinstance(obj, dict):
                    keys.update(dict.fromkeys(obj))
    return list(keys)


def read_columns(path: Path, names: tuple[str, ...]) -> Iterator[tuple[str, ...]]:
    """The values of some columns of a table file, row by row ('' where missing)."""
    fmt = path.suffix.lower()
    if fmt == ".csv":
        _csv_limit()
        with path.open(newline="", encoding="utf-8-sig", errors="replace") as fh:
            reader = csv.reader(fh)
            header = [h.strip().lower() for h in next(reader, [])]
            idx = [header.index(n) if n in header else -1 for n in names]
            if all(i < 0 for i in idx):
                return
            for row in reader:
                yield tuple(row[i] if 0 <= i < len(row) else "" for i in idx)
    elif fmt == ".parquet":
        import pyarrow.parquet as pq
        pf = pq.ParquetFile(path)
        have = [n for n in names if n in pf.schema_arrow.names]
        if not have:
            return
        for batch in pf.iter_batches(columns=have, batch_size=65536):
            cols = {n: batch.column(n).to_pylist() for n in have}
            for i in range(batch.num_rows):
                yield tuple("" if n not in cols or cols[n][i] is None else str(cols[n][i]) for n in names)
    else:
        with path.open("rb") as fh:
            for line in fh:
                if not line.strip():
                    continue
                try:
                    obj = json.loads(line)
                except ValueError:
                    continue
                if isinstance(obj, dict):
                    yield tuple("" if obj.get(n) is None else str(obj.get(n)) for n in names)


def existing_keys(path: Path | None, column: str) -> np.ndarray:
    if path is None:
        return np.zeros(0, dtype=np.uint64)
    values = np.fromiter((key_hash(v) for (v,) in read_columns(path, (column,))), dtype=np.uint64)
    values = values[values != 0]
    values.sort()
    return values


def keep_mask(new_keys: list[np.ndarray], existing: np.ndarray) -> list[np.ndarray | None]:
    """Per part, a boolean mask of the rows to write (None: all of them): not in `existing`,
    and the first of their key in this import. Rows without a key (0) are always kept."""
    if not new_keys:
        return []
    allk = np.concatenate(new_keys) if new_keys else np.zeros(0, dtype=np.uint64)
    keep = np.ones(len(allk), dtype=bool)
    if len(existing):
        pos = np.searchsorted(existing, allk)
        pos[pos >= len(existing)] = 0
        keep &= ~((existing[pos] == allk) & (allk != 0))
    _, first = np.unique(allk, return_index=True)
    is_first = np.zeros(len(allk), dtype=bool)
    is_first[first] = True
    keep &= is_first | (allk == 0)
    out: list[np.ndarray | None] = []
    start = 0
    for part in new_keys:
        m = keep[start:start + len(part)]
        start += len(part)
        out.append(None if m.all() else m)
    return out


def _fsync_dir(path: Path) -> None:
    with contextlib.suppress(OSError):
        fd = os.open(path, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def _ends_with_newline(path: Path) -> bool:
    with path.open("rb") as fh:
        fh.seek(0, os.SEEK_END)
        if fh.tell() == 0:
            return True
        fh.seek(-1, os.SEEK_END)
        return fh.read(1) in (b"\n", b"\r")


def _copy_part(out, part: Path, mask: np.ndarray | None, fmt: str) -> int:
    """Append one part file (no header) to `out`, only the rows in mask; rows written."""
    if mask is None:
        with part.open("rb") as fh:
            shutil.copyfileobj(fh, out, 16 << 20)
        return -1
    n = 0
    if fmt == ".jsonl":
        with part.open("rb") as fh:
            for i, line in enumerate(fh):
                if mask[i]:
                    out.write(line)
                    n += 1
        return n
    _csv_limit()
    import io
    text_out = io.TextIOWrapper(out, encoding="utf-8", newline="", write_through=True)
    writer = csv.writer(text_out, lineterminator=LINE_END)
    with part.open(newline="", encoding="utf-8") as fh:
        for i, row in enumerate(csv.reader(fh)):
            if mask[i]:
                writer.writerow(row)
                n += 1
    text_out.detach()
    return n


def write_table(bundle: Path, table: str, existing: Path | None, header: list[str],
                parts: list[Path], masks: list[np.ndarray | None], part_fmt: str) -> Path:
    """Write `table` = existing rows + the kept rows of the parts, atomically. Returns the path."""
    target = existing or bundle / f"{table}.csv"
    fmt = target.suffix.lower()
    tmp = bundle / f".{target.name}.import-{os.getpid()}.tmp"
    try:
        if fmt == ".parquet":
            _write_parquet(target, tmp, header, parts, masks, bundle)
        else:
            with tmp.open("wb") as out:
                if existing is None:
                    out.write((",".join(_csv_cell(h) for h in header) + LINE_END).encode("utf-8"))
                elif fmt == ".csv":
                    old = csv_header(existing)
                    if old == header[:len(old)] and len(old) == len(header):
                        with existing.open("rb") as fh:
                            shutil.copyfileobj(fh, out, 16 << 20)
                        if not _ends_with_newline(existing):
                            out.write(LINE_END.encode())
                    else:
                        _rewrite_csv(existing, out, header)
                else:  # .jsonl
                    with existing.open("rb") as fh:
                        shutil.copyfileobj(fh, out, 16 << 20)
                    if not _ends_with_newline(existing):
                        out.write(LINE_END.encode())
                for part, mask in zip(parts, masks):
                    _copy_part(out, part, mask, part_fmt)
                out.flush()
                os.fsync(out.fileno())
        os.replace(tmp, target)
        _fsync_dir(bundle)
    finally:
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()
    return target


def _csv_cell(value: str) -> str:
    if any(c in value for c in ',"\r\n'):
        return '"' + value.replace('"', '""') + '"'
    return value


def _rewrite_csv(existing: Path, out, header: list[str]) -> None:
    """Copy a CSV under a wider header (the old columns first, unchanged; new ones empty)."""
    import io
    _csv_limit()
    text_out = io.TextIOWrapper(out, encoding="utf-8", errors="surrogateescape", newline="",
                                write_through=True)
    writer = csv.writer(text_out, lineterminator=LINE_END)
    with existing.open(newline="", encoding="utf-8-sig", errors="surrogateescape") as fh:
        reader = csv.reader(fh)
        old = next(reader, [])
        writer.writerow(header)
        pad = [""] * (len(header) - len(old))
        for row in reader:
            writer.writerow(row + pad if len(row) == len(old) else row + [""] * max(0, len(header) - len(row)))
    text_out.detach()


def _write_parquet(target: Path, tmp: Path, header: list[str], parts: list[Path],
                   masks: list[np.ndarray | None], bundle: Path) -> None:
    from ringwatch.engines.duckdb import scratch_connection

    filtered = bundle / f".{target.name}.import-{os.getpid()}.new.csv"
    try:
        with filtered.open("wb") as out:
            out.write((",".join(_csv_cell(h) for h in header) + LINE_END).encode("utf-8"))
            for part, mask in zip(parts, masks):
                _copy_part(out, part, mask, ".csv")
        old = str(target).replace("'", "''")
        new = str(filtered).replace("'", "''")
        dst = str(tmp).replace("'", "''")
        with scratch_connection() as con:
            old_cols = con.execute(f"DESCRIBE SELECT * FROM read_parquet('{old}')").fetchall()
            casted = ", ".join(f'CAST("{c[0]}" AS VARCHAR) AS "{c[0]}"' for c in old_cols)
            con.execute(f"COPY (SELECT {casted} FROM read_parquet('{old}') UNION ALL BY NAME "
                        f"SELECT * FROM read_csv('{new}', header = true, all_varchar = true, quote = '\"', "
                        f"escape = '\"', auto_detect = false, columns = {{{', '.join(repr(h) + ': ' + repr('VARCHAR') for h in header)}}}, "
                        f"skip = 1)) TO '{dst}' (FORMAT parquet)")
    finally:
        with contextlib.suppress(FileNotFoundError):
            filtered.unlink()


def write_rows_csv(path: Path, header: list[str], rows: Iterable[dict[str, str]]) -> None:
    with path.open("w", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh, lineterminator=LINE_END)
        writer.writerow(header)
        for row in rows:
            writer.writerow([row.get(h, "") for h in header])
