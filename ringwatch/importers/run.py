"""`ringwatch import SOURCE FILES... --into BUNDLE`: read vendor files, match identities,
append to the bundle.

Large JSON Lines files are cut at line ends into byte ranges read by worker processes (fork:
they share the identity index without copying it); each worker writes its rows to a part
file in the bundle folder (hidden, removed afterwards) and returns the 64-bit hashes of the
rows' keys. The parent then drops the rows already in the bundle or repeated in the import,
and writes each table once (`ringwatch.importers.bundle.write_table`). Memory is bounded by
the worker count, not the file size (plus 8 bytes per imported row for de-duplication).
"""

from __future__ import annotations

import csv
import io
import json
import multiprocessing
import os
import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable

import numpy as np

from ringwatch.contract import TABLES
from ringwatch.importers import bundle as bw
from ringwatch.importers import csv_mapping, entra, okta, osquery
from ringwatch.importers.common import (MAX_RECORD_BYTES, Row, Warnings, iter_json_array,
                                        iter_json_lines, load_json_document, sniff, split_lines)
from ringwatch.importers.identity import IdentityIndex, Unmatched

SOURCES = ("okta", "entra", "osquery", "csv")
UNMATCHED_DIR = ".ringwatch-import"
SUBJECTS_FROM_LOGS = "subjects-from-logs"
UNMATCHED_COLUMNS = ("source", "identity_kind", "identity", "events", "first_seen", "last_seen",
                     "reason", "files")


@dataclass
class ImportResult:
    source: str
    bundle: Path
    files: list[str]
    records: int = 0  # vendor records read
    rows: int = 0  # rows produced (before matching)
    written: Counter = field(default_factory=Counter)  # table -> rows appended
    duplicates: int = 0
    unmatched_rows: int = 0
    unmatched: list[Unmatched] = field(default_factory=list)
    unmatched_file: Path | None = None
    subjects_created: int = 0
    skipped: Counter = field(default_factory=Counter)  # why -> records not imported
    warnings: Warnings = field(default_factory=Warnings)
    seconds: float = 0.0

    def summary(self) -> str:
        tables = ", ".join(f"{t} +{n:,}" for t, n in self.written.items()) or "nothing new"
        parts = [f"{self.source}: {self.records:,} records from {len(self.files)} file(s) -> {tables}"]
        if self.subjects_created:
            parts.append(f"{self.subjects_created:,} subjects created from the logs' identities")
        if self.duplicates:
            parts.append(f"{self.duplicates:,} rows already in the bundle (not written again)")
        if self.unmatched:
            parts.append(f"{len(self.unmatched):,} identities matched no subject "
                         f"({self.unmatched_rows:,} rows not written; listed in {self.unmatched_file})")
        if self.skipped:
            top = ", ".join(f"{k} {v:,}" for k, v in self.skipped.most_common(6))
            parts.append(f"skipped: {top}" + (" ..." if len(self.skipped) > 6 else ""))
        if self.warnings.total:
            parts.append(f"{self.warnings.total:,} warnings")
        parts.append(f"{self.seconds:.1f}s")
        return "; ".join(parts)


# -- one task: a file or a byte range of one --------------------------------------------------

@dataclass
class _Task:
    file: Path
    shape: str  # lines / array / document / csv
    start: int = 0
    end: int | None = None
    first_line: int = 1
    part: Path | None = None


@dataclass
class _TaskResult:
    records: int = 0
    rows: int = 0
    keys: dict = field(default_factory=dict)  # table -> np.ndarray of key hashes
    parts: dict = field(default_factory=dict)  # table -> part path
    unmatched: dict = field(default_factory=dict)
    unmatched_rows: int = 0
    new_subjects: dict = field(default_factory=dict)
    skipped: Counter = field(default_factory=Counter)
    warnings: Warnings = field(default_factory=Warnings)


# Shared with forked workers.
_STATE: dict[str, Any] = {}


def _records(task: _Task, warnings: Warnings, source: str, mapping) -> Any:
    """(line or record number, record) pairs of a task."""
    file = task.file.name
    if task.shape == "lines":
        for line, obj in iter_json_lines(task.file, file, warnings, task.start, task.end, task.first_line):
            # A Graph page or storage blob saved on one line (what `curl > page.json` writes):
            # its sign-ins, not the envelope.
            if source == "entra" and any(isinstance(obj.get(k), list) for k in ("value", "records", "Value", "Records")):
                for rec in entra.records_of(obj):
                    if isinstance(rec, dict):
                        yield line, rec
                    else:
                        warnings.add(file, line, "", "not_json_object", "record is not a JSON object; skipped")
            else:
                yield line, obj
    elif task.shape == "array":
        yield from iter_json_array(task.file, file, warnings)
    elif task.shape == "document":
        if task.file.stat().st_size > 64 * MAX_RECORD_BYTES:
            warnings.add(file, 0, "", "file_too_large", "a single JSON document over 1 GiB; export JSON Lines instead")
            return
        doc = load_json_document(task.file, file, warnings)
        if doc is None:
            return
        records = entra.records_of(doc) if source in ("entra", "okta", "osquery") else []
        for i, rec in enumerate(records, start=1):
            if isinstance(rec, dict):
                yield i, rec
            else:
                warnings.add(file, i, "", "not_json_object", "record is not a JSON object; skipped")
    else:  # csv
        csv.field_size_limit(min(sys.maxsize, MAX_RECORD_BYTES))
        encoding = mapping.encoding if mapping else "utf-8-sig"
        delimiter = mapping.delimiter if mapping else ","
        with task.file.open(newline="", encoding=encoding, errors="replace") as fh:
            reader = csv.DictReader(fh, delimiter=delimiter)
            try:
                for row in reader:
                    line = reader.line_num
                    if None in row:
                        warnings.add(file, line, "", "extra_cells", f"{len(row[None])} cells beyond the header; ignored")
                        row.pop(None)
                    if source == "okta":
                        yield line, okta.unflatten(row)
                    elif source == "entra":
                        yield line, entra.from_csv_row(row)
                    else:
                        yield line, row
            except csv.Error as exc:
                warnings.add(file, reader.line_num, "", "malformed_csv", f"{exc}; rest of file skipped")


def _convert(source: str, record: dict, warn, skipped: Counter, mapping) -> list[Row]:
    if source == "okta":
        row = okta.event_to_row(record, warn)
        if row is None:
            skipped["okta system events"] += 1
            return []
        return [row]
    if source == "entra":
        row = entra.record_to_row(record, warn)
        return [row] if row else []
    if source == "osquery":
        local: dict[str, int] = {}
        rows = osquery.record_to_rows(record, warn, local)
        for name, n in local.items():
            skipped[f"osquery query '{name}'"] += n
        return rows
    row = csv_mapping.row_to_row(mapping, record, warn)
    return [row] if row else []


def _write(table: str, cells: dict, writers: dict, keys: dict, task: _Task, headers: dict,
           part_fmt: dict) -> None:
    """One row to the task's part file for `table`, and its key hash."""
    w = writers.get(table)
    if w is None:
        part = task.part.with_name(f"{task.part.name}.{table}")
        fh = part.open("w", newline="", encoding="utf-8", errors="surrogateescape")
        w = writers[table] = (fh, csv.writer(fh, lineterminator="\n"), headers[table], part)
        keys[table] = []
    fh, writer, header, _ = w
    if part_fmt[table] == ".jsonl":
        fh.write(json.dumps({k: v for k, v in cells.items() if v != ""}, ensure_ascii=False) + "\n")
    else:
        writer.writerow(map(cells.get, header))  # None is written as an empty cell
    key = cells.get("id", "") if table == "subjects" else cells.get("event_id", "")
    keys[table].append(bw.key_hash(key))


def _run_task(task: _Task) -> _TaskResult:
    source: str = _STATE["source"]
    index: IdentityIndex = _STATE["index"]
    headers: dict[str, list[str]] = _STATE["headers"]
    mapping = _STATE.get("mapping")
    part_fmt: dict[str, str] = _STATE["part_fmt"]
    result = _TaskResult()
    warnings = result.warnings
    file = task.file.name
    writers: dict[str, tuple[Any, Any, list]] = {}
    keys: dict[str, list[int]] = {}
    line_no = 0

    def warn(fld: str, code: str, message: str) -> None:
        warnings.add(file, line_no, fld, code, message)

    base = dict(_STATE.get("new_subjects_seed", {}))
    index.unmatched = {}  # this task's own (in one process the index serves every task)
    try:
        for line_no, record in _records(task, warnings, source, mapping):
            result.records += 1
            for row in _convert(source, record, warn, result.skipped, mapping):
                result.rows += 1
                table = row.table
                cells = row.cells
                if table not in ("subjects", "domains"):
                    sid = index.subject_for(row.identities, row.person)
                    if sid is None:
                        shared = index.shared_device_subjects(row.identities) if table == "endpoint" else []
                        if not shared:
                            index.note_unmatched(source, row.identities, cells.get("ts", ""), file)
                            result.unmatched_rows += 1
                            continue
                        # One machine several subjects sign in on: its telemetry is each one's.
                        for other in shared[1:]:
                            copy = dict(cells, subject_id=other, event_id=f"{cells.get('event_id', '')}#{other}")
                            _write(table, copy, writers, keys, task, headers, part_fmt)
                        sid = shared[0]
                        cells["event_id"] = f"{cells.get('event_id', '')}#{sid}"
                    cells["subject_id"] = sid
                _write(table, cells, writers, keys, task, headers, part_fmt)
    finally:
        for table, (fh, _, _, part) in writers.items():
            fh.close()
            result.parts[table] = part
    result.keys = {t: np.array(v, dtype=np.uint64) for t, v in keys.items()}
    result.unmatched = index.unmatched
    result.new_subjects = {k: v for k, v in index.new_subjects.items() if k not in base}
    return result


# -- the import -------------------------------------------------------------------------------

def _target_tables(source: str, mapping) -> list[str]:
    return [mapping.table] if source == "csv" else [{"okta": "logins", "entra": "logins",
                                                     "osquery": "endpoint"}[source]]


def _source_header(source: str, table: str, mapping, files: list[Path]) -> list[str]:
    if source == "csv":
        cols: list[str] = []
        for f in files:
            with f.open(newline="", encoding=mapping.encoding, errors="replace") as fh:
                cols += [c for c in next(csv.reader(fh, delimiter=mapping.delimiter), []) if c not in cols]
        return mapping.header(cols)
    extras = {"okta": okta.EXTRA_COLUMNS, "entra": entra.EXTRA_COLUMNS, "osquery": osquery.EXTRA_COLUMNS}[source]
    return list(TABLES[table].column_names) + list(extras)


def import_files(source: str, files: list[Path], bundle: Path, identity_map: Path | None = None,
                 mapping_file: Path | None = None, create_subjects: bool | None = None,
                 workers: int | None = None, unmatched_file: Path | None = None,
                 progress: Callable[[str], None] | None = None) -> ImportResult:
    started = time.monotonic()
    if source not in SOURCES:
        raise bw.ImportError_(f"unknown source '{source}' (one of {', '.join(SOURCES)})")
    for f in files:
        if not f.is_file():
            raise bw.ImportError_(f"{f}: not a file")
    mapping = None
    if source == "csv":
        if mapping_file is None:
            raise bw.ImportError_("csv: --mapping FILE is required (see README, 'Any CSV export')")
        try:
            mapping = csv_mapping.load_mapping(mapping_file)
        except (OSError, ValueError) as exc:
            raise bw.ImportError_(str(exc)) from exc
    bundle = bundle.resolve() if bundle.exists() else bundle.absolute()
    result = ImportResult(source, bundle, [str(f) for f in files])
    with bw.bundle_lock(bundle):
        subjects_path = bw.table_file(bundle, "subjects")
        marker = bundle / UNMATCHED_DIR / SUBJECTS_FROM_LOGS
        if create_subjects is None:
            # A subjects table the imports made themselves keeps growing with the logs.
            create_subjects = subjects_path is None or marker.exists()
        index = IdentityIndex(create=create_subjects)
        if subjects_path is not None:
            index.add_subjects(bw.read_columns(subjects_path, ("id", "email")))
        if source == "osquery":
            logins = bw.table_file(bundle, "logins")
            if logins is not None:
                pairs = list(bw.read_columns(logins, ("subject_id", "device_id", "entra_device_name",
                                                      "okta_device_name")))
                index.add_devices((p[0], d) for p in pairs for d in p[1:])
        if identity_map is not None:
            try:
                index.add_map(identity_map, result.warnings)
            except (OSError, ValueError) as exc:
                raise bw.ImportError_(str(exc)) from exc

        tables = _target_tables(source, mapping)
        existing = {t: bw.table_file(bundle, t) for t in tables}
        headers: dict[str, list[str]] = {}
        part_fmt: dict[str, str] = {}
        for t in tables:
            new = _source_header(source, t, mapping, files)
            old = bw.table_columns(existing[t]) if existing[t] is not None else []
            if existing[t] is not None and existing[t].suffix.lower() == ".csv":
                headers[t] = old + [c for c in new if c not in old]
            else:
                headers[t] = new
            part_fmt[t] = existing[t].suffix.lower() if existing[t] is not None and \
                existing[t].suffix.lower() == ".jsonl" else ".csv"

        n_workers = max(1, workers if workers is not None else min(os.cpu_count() or 1, 8))
        tasks: list[_Task] = []
        for f in files:
            shape = "csv" if source == "csv" else sniff(f)
            if shape == "lines":
                for a, b, first in split_lines(f, n_workers * 2):
                    tasks.append(_Task(f, shape, a, b, first))
            else:
                tasks.append(_Task(f, shape))
        for i, task in enumerate(tasks):
            task.part = bundle / f".import-{os.getpid()}-{i}.part"

        _STATE.clear()
        _STATE.update(source=source, index=index, headers=headers, mapping=mapping, part_fmt=part_fmt,
                      new_subjects_seed=dict(index.new_subjects))
        results: list[_TaskResult] = []
        try:
            if n_workers > 1 and len(tasks) > 1 and "fork" in multiprocessing.get_all_start_methods():
                ctx = multiprocessing.get_context("fork")
                with ctx.Pool(min(n_workers, len(tasks))) as pool:
                    for r in pool.imap(_run_task, tasks):
                        results.append(r)
                        if progress:
                            progress(f"{sum(x.records for x in results):,} records read")
            else:
                for task in tasks:
                    results.append(_run_task(task))
            # Merge.
            new_subjects: dict[str, dict] = {}
            for r in results:
                result.records += r.records
                result.rows += r.rows
                result.unmatched_rows += r.unmatched_rows
                result.skipped.update(r.skipped)
                result.warnings.merge(r.warnings)
                for sid, cells in r.new_subjects.items():
                    new_subjects.setdefault(sid, cells)
            unmatched = IdentityIndex(create=False)
            for r in results:
                unmatched.merge_unmatched(r.unmatched)
            # Subjects first: child rows then always name a subject that exists.
            if new_subjects:
                if subjects_path is None:
                    marker.parent.mkdir(parents=True, exist_ok=True)
                    marker.write_text("subjects.csv was created from the identities the logs name; "
                                      "later imports add new identities to it\n", encoding="utf-8")
                _append_subjects(bundle, subjects_path, new_subjects, index, result)
            for t in tables:
                parts = [(r.parts[t], r.keys[t]) for r in results if t in r.parts]
                if not parts:
                    continue
                key_col = "id" if t == "subjects" else "event_id"
                have = bw.existing_keys(existing[t], key_col)
                masks = bw.keep_mask([k for _, k in parts], have)
                total = sum(len(k) for _, k in parts)
                kept = total - sum(int((~m).sum()) for m in masks if m is not None)
                result.duplicates += total - kept
                if kept:
                    bw.write_table(bundle, t, existing[t], headers[t], [p for p, _ in parts], masks, part_fmt[t])
                result.written[t] += kept
        finally:
            for r in results:
                for p in r.parts.values():
                    p.unlink(missing_ok=True)
            for task in tasks:
                for t in TABLES:
                    task.part.with_name(f"{task.part.name}.{t}").unlink(missing_ok=True)
            _STATE.clear()
        result.unmatched = sorted(unmatched.unmatched.values(), key=lambda u: (-u.events, u.identity))
        if result.unmatched:
            result.unmatched_file = unmatched_file or (
                bundle / UNMATCHED_DIR / f"unmatched-{source}-{time.strftime('%Y%m%dT%H%M%S')}.csv")
            _write_unmatched(result.unmatched_file, result.unmatched)
    result.seconds = time.monotonic() - started
    return result


def _append_subjects(bundle: Path, subjects_path: Path | None, new: dict[str, dict],
                     index: IdentityIndex, result: ImportResult) -> None:
    existing_ids = {sid for (sid,) in bw.read_columns(subjects_path, ("id",))} if subjects_path else set()
    rows = []
    for sid, cells in new.items():
        if sid in existing_ids:
            continue
        cells = dict(cells)
        cells.update(index.map_people.get(sid, {}))
        rows.append(cells)
    if not rows:
        return
    header = list(TABLES["subjects"].column_names)
    if subjects_path is not None and subjects_path.suffix.lower() == ".csv":
        old = bw.csv_header(subjects_path)
        header = old + [c for c in header if c not in old]
    part = bundle / f".import-{os.getpid()}-subjects.part"
    try:
        fmt = subjects_path.suffix.lower() if subjects_path is not None else ".csv"
        if fmt == ".jsonl":
            import json
            part.write_text("".join(json.dumps({k: v for k, v in r.items() if v}, ensure_ascii=False) + "\n"
                                    for r in rows), encoding="utf-8")
        else:
            buf = io.StringIO()
            writer = csv.writer(buf, lineterminator="\n")
            for r in rows:
                writer.writerow([r.get(h, "") for h in header])
            part.write_text(buf.getvalue(), encoding="utf-8")
        bw.write_table(bundle, "subjects", subjects_path, header, [part], [None],
                       ".jsonl" if fmt == ".jsonl" else ".csv")
    finally:
        part.unlink(missing_ok=True)
    result.subjects_created += len(rows)
    result.written["subjects"] += len(rows)


def _write_unmatched(path: Path, unmatched: list[Unmatched]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".tmp")
    with tmp.open("w", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh, lineterminator="\n")
        writer.writerow(UNMATCHED_COLUMNS)
        for u in unmatched:
            writer.writerow([u.source, u.kind, u.identity, u.events, u.first_seen, u.last_seen,
                             u.reason, ";".join(sorted(u.files))])
    os.replace(tmp, path)
