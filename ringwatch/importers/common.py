"""What every importer shares: warnings, value parsing, and reading vendor files leniently.

An importer turns one vendor record into zero or more `Row`s (a contract table, the
identities that name its subject, and the cells). Nothing here touches the bundle: that is
`ringwatch.importers.bundle`'s job, and matching identities to subjects is
`ringwatch.importers.identity`'s.

Parsing is lenient in the loader's style: a record that cannot be read is skipped with a
warning naming the file, the line (or row) and the field; a cell that cannot be read is left
empty with a warning; nothing else stops an import.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Iterator

import orjson

from ringwatch.geo import country_names

WARNINGS_KEPT = 1000  # stored warnings per (file, field, code); every one is counted
VALUE_SHOWN = 80
MAX_RECORD_BYTES = 16 << 20  # a single JSON record larger than this is skipped (oversize)


@dataclass(frozen=True)
class Warning_:
    file: str
    line: int  # 1-based line (JSON Lines, CSV data row) or record number (JSON arrays); 0: whole file
    field: str
    code: str
    message: str

    def __str__(self) -> str:
        where = f"{self.file} line {self.line}" if self.line else self.file
        return f"{where}{' ' + self.field if self.field else ''}: {self.message}"


@dataclass
class Warnings:
    """Row-level warnings, counted in full, stored up to WARNINGS_KEPT per (file, field, code)."""

    kept: list[Warning_] = field(default_factory=list)
    counts: Counter = field(default_factory=Counter)

    def add(self, file: str, line: int, fld: str, code: str, message: str) -> None:
        key = (file, fld, code)
        self.counts[key] += 1
        if self.counts[key] <= WARNINGS_KEPT:
            self.kept.append(Warning_(file, line, fld, code, message))

    def merge(self, other: "Warnings") -> None:
        for w in other.kept:
            if self.counts[(w.file, w.field, w.code)] < WARNINGS_KEPT:
                self.kept.append(w)
        self.counts.update(other.counts)

    @property
    def total(self) -> int:
        return sum(self.counts.values())

    def by_code(self) -> Counter:
        out: Counter = Counter()
        for (_, _, code), n in self.counts.items():
            out[code] += n
        return out


def shown(value: Any) -> str:
    text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False, default=str)
    return text if len(text) <= VALUE_SHOWN else text[:VALUE_SHOWN] + "..."


# -- values ----------------------------------------------------------------------------------

def text(value: Any) -> str:
    """A vendor value as a cell: '' for null/absent and Okta's string "null"; JSON for structures."""
    if value is None:
        return ""
    if isinstance(value, str):
        return "" if value == "null" else value
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return str(value)
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"), default=str)


def boolean(value: Any) -> str:
    """'true', 'false' or '' (unknown) from a JSON bool, 0/1 or their strings."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    folded = str(value).strip().lower()
    if folded in ("true", "1", "yes", "y", "t"):
        return "true"
    if folded in ("false", "0", "no", "n", "f"):
        return "false"
    return ""


_ASN = re.compile(r"\s*(?:AS)?\s*(\d{1,10})\s*", re.IGNORECASE)


def asn(value: Any) -> str:
    """An autonomous system number as digits ('AS14618', 14618, '14618' -> '14618')."""
    if value is None or value == "" or isinstance(value, bool):
        return ""
    if isinstance(value, int):
        return str(value) if value > 0 else ""
    m = _ASN.fullmatch(str(value))
    return str(int(m.group(1))) if m and int(m.group(1)) > 0 else ""


def number(value: Any) -> str:
    if value is None or value == "" or isinstance(value, bool):
        return ""
    try:
        x = float(value)
    except (TypeError, ValueError):
        return ""
    return repr(x) if x == x and abs(x) != float("inf") else ""


def coordinate(value: Any, limit: float) -> str:
    out = number(value)
    return out if out and abs(float(out)) <= limit else ""


_ISO_UTC = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d{1,6})?Z")


def timestamp(value: Any) -> str | None:
    """An ISO 8601 UTC timestamp ('...Z') from ISO 8601 text (any separator, offset, 0-9
    fraction digits) or Unix seconds/milliseconds; '' when absent; None when unreadable."""
    if value is None or value == "":
        return ""
    if isinstance(value, bool):
        return None
    if isinstance(value, (int, float)) or (isinstance(value, str) and value.isdigit()):
        return unix_time(value)
    if not isinstance(value, str):
        return None
    s = value.strip()
    if _ISO_UTC.fullmatch(s):
        try:
            datetime.fromisoformat(s)
        except ValueError:
            return None
        return s
    m = re.fullmatch(r"(\d{4}-\d\d-\d\d[T ]\d\d:\d\d(?::\d\d)?)(\.\d+)?\s*(Z|UTC|[+-]\d\d:?\d\d)?", s)
    if not m:
        return None
    base, frac, zone = m.group(1), (m.group(2) or "")[:7], m.group(3) or ""
    if zone in ("UTC", "Z"):
        zone = "+00:00"
    elif zone and ":" not in zone:
        zone = zone[:3] + ":" + zone[3:]
    try:
        dt = datetime.fromisoformat(base.replace(" ", "T") + frac + zone)
    except ValueError:
        return None
    if dt.tzinfo is not None:
        dt = dt.astimezone(timezone.utc).replace(tzinfo=None)
    if not 1900 <= dt.year < 2100:
        return None
    return dt.isoformat() + "Z"


def unix_time(value: Any) -> str | None:
    try:
        x = float(value)
    except (TypeError, ValueError):
        return None
    if x > 1e11:  # milliseconds
        x /= 1000.0
    if not 0 < x < 4102444800:
        return None
    return datetime.fromtimestamp(x, timezone.utc).replace(tzinfo=None).isoformat() + "Z"


def stable_id(*parts: Any) -> str:
    """A short stable id for a record the source gave no id to (the same record -> the same id)."""
    h = hashlib.blake2b(digest_size=12)
    for p in parts:
        h.update(text(p).encode("utf-8", "surrogatepass"))
        h.update(b"\x1f")
    return h.hexdigest()


def get(obj: Any, *path: str) -> Any:
    """obj[path[0]][path[1]]..., None where any step is missing or not an object."""
    for key in path:
        if not isinstance(obj, dict):
            return None
        obj = obj.get(key)
    return obj


def get_ci(obj: dict, key: str) -> Any:
    """obj[key], else the same key in lower case (Panther lower-cases Okta's top-level keys),
    else in PascalCase (Log Analytics)."""
    if key in obj:
        return obj[key]
    low = key.lower()
    if low in obj:
        return obj[low]
    pascal = key[:1].upper() + key[1:]
    return obj.get(pascal)


# -- rows ------------------------------------------------------------------------------------

@dataclass
class Row:
    """One row for a contract table, not yet tied to a subject.

    identities: (kind, value) pairs naming the subject, best first ('email', 'upn',
    'username', 'user_id', 'device_id', 'hostname'); person: what a new subject made from
    this row would hold (kind, full_name, email, employer).
    """

    table: str
    cells: dict[str, str]
    identities: list[tuple[str, str]]
    person: dict[str, str] = field(default_factory=dict)


# -- reading ---------------------------------------------------------------------------------

def _pairs_hook(duplicates: list[str]):
    def hook(pairs):
        out = {}
        for k, v in pairs:
            if k in out and out[k] != v:
                duplicates.append(k)
            out[k] = v
        return out
    return hook


_TRAILING_COMMA = re.compile(r",(\s*[\]}])")


def _strip_trailing_commas(doc: str) -> str:
    """Remove commas before a closing bracket outside strings (Microsoft's published examples
    have them)."""
    out, i, n, in_str = [], 0, len(doc), False
    start = 0
    while i < n:
        c = doc[i]
        if in_str:
            if c == "\\":
                i += 2
                continue
            if c == '"':
                in_str = False
        elif c == '"':
            in_str = True
        elif c == ",":
            j = i + 1
            while j < n and doc[j] in " \t\r\n":
                j += 1
            if j < n and doc[j] in "]}":
                out.append(doc[start:i])
                start = i + 1
        i += 1
    out.append(doc[start:])
    return "".join(out)


def load_json_document(path: Path, file: str, warnings: Warnings) -> Any:
    """A whole JSON document, read leniently: a trailing comma is removed, duplicate keys
    keep the last value, each with a warning. None (with a warning) if unreadable."""
    raw = path.read_bytes()
    doc = raw.decode("utf-8", errors="replace").lstrip("\ufeff")
    duplicates: list[str] = []
    hook = _pairs_hook(duplicates)
    try:
        value = json.loads(doc, object_pairs_hook=hook)
    except json.JSONDecodeError as first:
        fixed = _strip_trailing_commas(doc)
        try:
            value = json.loads(fixed, object_pairs_hook=hook)
        except json.JSONDecodeError:
            warnings.add(file, first.lineno, "", "malformed_json",
                         f"not valid JSON ({first.msg} at line {first.lineno} column {first.colno}); file skipped")
            return None
        warnings.add(file, first.lineno, "", "trailing_comma",
                     f"trailing comma at line {first.lineno} column {first.colno}; read without it")
    for key in dict.fromkeys(duplicates):
        warnings.add(file, 0, key, "duplicate_key", f"key '{shown(key)}' appears twice with different values; the last is kept")
    return value


# Digits to "0", everything else to " ": a run of 19 zeros marks a number orjson would read
# as a float (a C-speed test; a regular expression costs more than the decoding).
_DIGIT_RUNS = bytes(48 if 48 <= b <= 57 else 32 for b in range(256))
_LONG_RUN = b"0" * 19


def _decode_line(raw: bytes) -> Any:
    """One JSON value: orjson (a third of the standard library's time on a vendor record),
    and the standard library where the two differ (orjson refuses NaN and reads integers past
    64 bits as floats), so that what is read and what is warned about stay the same."""
    if _LONG_RUN not in raw.translate(_DIGIT_RUNS):
        try:
            return orjson.loads(raw)
        except orjson.JSONDecodeError:
            pass
    return json.loads(raw)


def iter_json_lines(path: Path, file: str, warnings: Warnings, start: int = 0, end: int | None = None,
                    first_line: int = 1) -> Iterator[tuple[int, Any]]:
    """(line number, object) for each non-blank line of a JSON Lines file between byte
    offsets [start, end); unreadable and oversize lines are warned about and skipped."""
    with path.open("rb") as fh:
        fh.seek(start)
        pos = start
        line_no = first_line - 1
        for raw in fh:
            if end is not None and pos >= end:
                break
            pos += len(raw)
            line_no += 1
            if len(raw) > MAX_RECORD_BYTES:
                warnings.add(file, line_no, "", "record_too_large",
                             f"line of {len(raw):,} bytes is over {MAX_RECORD_BYTES:,}; skipped")
                continue
            stripped = raw.strip()
            if not stripped:
                continue
            try:
                obj = _decode_line(stripped)
            except (json.JSONDecodeError, UnicodeDecodeError) as exc:
                last = not raw.endswith(b"\n")  # only a file's last line lacks one
                code = "truncated_record" if last else "malformed_json"
                msg = getattr(exc, "msg", str(exc))
                warnings.add(file, line_no, "", code, f"not a JSON object ({shown(msg)}); line skipped")
                continue
            if not isinstance(obj, dict):
                warnings.add(file, line_no, "", "not_json_object", f"{shown(obj)} is not a JSON object; line skipped")
                continue
            yield line_no, obj


def split_lines(path: Path, parts: int) -> list[tuple[int, int, int]]:
    """Byte ranges [start, end) of a line-oriented file, cut at line ends, with the line
    number each starts at: (start, end, first_line)."""
    size = path.stat().st_size
    if parts <= 1 or size < (8 << 20):
        return [(0, size, 1)]
    cuts = [0]
    with path.open("rb") as fh:
        for k in range(1, parts):
            fh.seek(max(size * k // parts, cuts[-1]))
            fh.readline()
            cuts.append(min(fh.tell(), size))
    cuts.append(size)
    cuts = sorted(set(cuts))
    ranges = []
    line = 1
    with path.open("rb") as fh:
        for a, b in zip(cuts, cuts[1:]):
            ranges.append((a, b, line))
            fh.seek(a)
            remaining = b - a
            while remaining > 0:
                chunk = fh.read(min(remaining, 16 << 20))
                remaining -= len(chunk)
                line += chunk.count(b"\n")
    return ranges


def sniff(path: Path) -> str:
    """'array' (a JSON array), 'document' (one JSON object over several lines, e.g. a Graph
    page), 'lines' (JSON Lines) or 'csv', from the first line and the name."""
    if path.suffix.lower() in (".csv", ".tsv"):
        return "csv"
    with path.open("rb") as fh:
        first = fh.readline(MAX_RECORD_BYTES)
        while first and not first.strip():
            first = fh.readline(MAX_RECORD_BYTES)
    first = first.lstrip(b"\xef\xbb\xbf").strip()
    if first.startswith(b"["):
        return "array"
    if first.startswith(b"{"):
        try:
            json.loads(first)
            return "lines"
        except ValueError:
            return "document" if first == b"{" or b'"@odata' in first or b'"value"' in first else "lines"
    if path.suffix.lower() in (".json", ".jsonl", ".log", ".ndjson", ".txt"):
        return "lines"
    return "csv"


def iter_json_array(path: Path, file: str, warnings: Warnings) -> Iterator[tuple[int, Any]]:
    """(record number, object) for each element of a top-level JSON array, streamed in
    chunks (an API export of millions of events is never held whole)."""
    decoder = json.JSONDecoder()
    buf = ""
    pos = 0
    n = 0
    with path.open("r", encoding="utf-8", errors="replace") as fh:
        def fill() -> bool:
            nonlocal buf, pos
            chunk = fh.read(4 << 20)
            if not chunk:
                return False
            buf = buf[pos:] + chunk
            pos = 0
            return True
        fill()
        buf = buf.lstrip("\ufeff \t\r\n")
        if not buf.startswith("["):
            warnings.add(file, 0, "", "malformed_json", "not a JSON array; file skipped")
            return
        pos = 1
        while True:
            while True:
                while pos < len(buf) and buf[pos] in " \t\r\n,":
                    pos += 1
                if pos < len(buf) or not fill():
                    break
            if pos >= len(buf):
                warnings.add(file, n + 1, "", "truncated_record", "the array ends without ']' (truncated file)")
                return
            if buf[pos] == "]":
                return
            while True:
                try:
                    obj, end = decoder.raw_decode(buf, pos)
                    break
                except json.JSONDecodeError as exc:
                    if len(buf) - pos > MAX_RECORD_BYTES:
                        warnings.add(file, n + 1, "", "record_too_large", "record over the size limit or malformed; rest of file skipped")
                        return
                    if not fill():
                        warnings.add(file, n + 1, "", "truncated_record", f"unreadable record ({shown(exc.msg)}); rest of file skipped")
                        return
            n += 1
            pos = end
            if isinstance(obj, dict):
                yield n, obj
            else:
                warnings.add(file, n, "", "not_json_object", f"{shown(obj)} is not a JSON object; skipped")


def country_code(value: Any) -> str:
    """An ISO 3166-1 alpha-2 code from a code or an English country name ('United States',
    'US', 'Korea, Republic of'); '' when unknown."""
    if not isinstance(value, str) or not value.strip():
        return ""
    v = value.strip()
    if len(v) == 2 and v.isalpha():
        return v.upper()
    return country_names().get(v.lower(), "")
