"""Resource limits on what a bundle may make ringwatch read, as documented settings.

A bundle comes from outside, sometimes from the people under review. Every file it names and
every table it holds is read within these bounds, so a hostile bundle costs at most a known
amount of memory and time. Each limit is an environment variable with a safe default
(README, Configuration); `Limits.from_env()` reads and validates them all at once and raises
`LimitsError` naming the variable and the value it could not use.

Byte limits accept a plain number of bytes or a number with a unit: `20MB`, `20MiB`, `512KB`
(KB/MB/GB are powers of 1000, KiB/MiB/GiB powers of 1024).
"""

from __future__ import annotations

import os
import re
from collections.abc import Mapping
from dataclasses import dataclass, fields

_UNITS = {"": 1, "B": 1, "KB": 10**3, "MB": 10**6, "GB": 10**9, "TB": 10**12,
          "KIB": 1 << 10, "MIB": 1 << 20, "GIB": 1 << 30, "TIB": 1 << 40,
          "K": 1 << 10, "M": 1 << 20, "G": 1 << 30}
_QUANTITY = re.compile(r"\s*(\d+(?:\.\d+)?)\s*([A-Za-z]*)\s*")


class LimitsError(ValueError):
    """A limit setting that cannot be used; the message names the variable and the value."""


@dataclass(frozen=True)
class Limits:
    # Size of one photo file.
    max_photo_bytes: int = 20 * 10**6
    # Width x height of one photo, read from its header before any pixel is decoded.
    max_image_pixels: int = 40_000_000
    # Size of one resume file (.txt, .md, .pdf, .docx).
    max_resume_bytes: int = 20 * 10**6
    # What one resume may decompress to: a .docx's zip members, a PDF's extracted text.
    max_document_bytes: int = 50 * 10**6
    # Columns in one table file.
    max_columns: int = 1_000
    # Characters in one cell; a longer value is truncated to this with a warning.
    max_field_chars: int = 100_000
    # Characters in one column name; a longer one stops the scan with a clear error.
    max_column_name_chars: int = 1_024
    # Bytes in one CSV record or JSON Lines line; a longer one stops the scan with a clear error.
    max_record_bytes: int = 64 * 10**6

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None) -> "Limits":
        """The limits set in the environment (`RINGWATCH_<FIELD>`, e.g. RINGWATCH_MAX_COLUMNS),
        defaults for the rest. Raises LimitsError for a value that is not a positive whole
        quantity."""
        environ = os.environ if environ is None else environ
        values = {}
        for f in fields(cls):
            name = env_name(f.name)
            raw = environ.get(name)
            if raw is None or not raw.strip():
                continue
            values[f.name] = parse_quantity(name, raw, bytes_=f.name.endswith("_bytes"))
        return cls(**values)

    def __post_init__(self) -> None:
        for f in fields(self):
            value = getattr(self, f.name)
            if isinstance(value, bool) or not isinstance(value, int) or value < 1:
                raise LimitsError(f"{env_name(f.name)} must be a positive whole number, not {value!r}")


def env_name(field_name: str) -> str:
    return "RINGWATCH_" + field_name.upper()


def parse_quantity(name: str, raw: str, bytes_: bool) -> int:
    """A positive whole number, with a byte unit when `bytes_`; LimitsError otherwise."""
    shown = raw if len(raw) <= 40 else raw[:40] + "..."
    match = _QUANTITY.fullmatch(raw)
    unit = match.group(2).upper() if match else None
    if not match or (unit and not bytes_) or unit not in _UNITS:
        what = "a number of bytes such as 20000000 or 20MB" if bytes_ else "a positive whole number"
        raise LimitsError(f"{name}={shown!r} is not {what}")
    value = float(match.group(1)) * _UNITS[unit]
    if value < 1 or value != int(value) or value > 2**62:
        raise LimitsError(f"{name}={shown!r} must be a whole number between 1 and 2^62")
    return int(value)


def current_limits() -> Limits:
    """The limits in force now (read from the environment on every call: cheap, and worker
    processes see what the parent set)."""
    return Limits.from_env()


# The variables and their meaning, for the README's table and for a settings check.
DOCUMENTED = {
    "max_photo_bytes": "size of one photo file",
    "max_image_pixels": "width x height of one photo, read from its header before decoding",
    "max_resume_bytes": "size of one resume file",
    "max_document_bytes": "what one resume may decompress to (.docx members, PDF text)",
    "max_columns": "columns in one table file",
    "max_field_chars": "characters in one cell (longer: truncated, with a warning)",
    "max_column_name_chars": "characters in one column name (longer: error)",
    "max_record_bytes": "bytes in one CSV record or JSON Lines line (longer: error)",
}
