"""Every environment setting, validated once, with a clear message.

`load_settings()` reads the `RINGWATCH_*` variables, checks all of them and either returns
a `Settings` or raises one `SettingsError` that lists every bad value (the command line turns
it into exit code 2 before anything is read or written). Stages that read a setting go through
this module, so a typo never surfaces later as a traceback from DuckDB or `int()`.

| variable                   | meaning                                                    |
|----------------------------|------------------------------------------------------------|
| `RINGWATCH_MEMORY`         | DuckDB memory limit: a size such as `6GB`, `512MiB`         |
| `RINGWATCH_WORKERS`        | worker processes for per-value work, 1-64 (`1`: none)      |
| `RINGWATCH_HOSTING_RANGES` | CSV `cidr,provider,kind` replacing the bundled list        |
| `RINGWATCH_REMOTE_TOOLS`   | CSV (LOLRMM layout) replacing the bundled tool list        |
| `RINGWATCH_IP_KVM`         | CSV of IP-KVM USB strings replacing the bundled list       |
| `RINGWATCH_MAX_*`          | resource limits on a bundle (`ringwatch/limits.py`)        |
"""

from __future__ import annotations

import csv
import os
import re
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

MEMORY_ENV = "RINGWATCH_MEMORY"
WORKERS_ENV = "RINGWATCH_WORKERS"
HOSTING_RANGES_ENV = "RINGWATCH_HOSTING_RANGES"
REMOTE_TOOLS_ENV = "RINGWATCH_REMOTE_TOOLS"
IP_KVM_ENV = "RINGWATCH_IP_KVM"
IP_KVM_USB_IDS_ENV = "RINGWATCH_IP_KVM_USB_IDS"
HOSTING_ASNS_ENV = "RINGWATCH_HOSTING_ASNS"

DEFAULT_MEMORY = "6GB"
MIN_MEMORY = 256 * 1024**2  # below this DuckDB fails on small bundles already
MAX_WORKERS = 64

# Replacement lists: the columns each must have (the readers use these, others are ignored).
LIST_COLUMNS = {
    HOSTING_RANGES_ENV: ("cidr", "provider", "kind"),
    REMOTE_TOOLS_ENV: ("tool_name", "process_names"),
    IP_KVM_ENV: ("device", "usb_product_string"),
    IP_KVM_USB_IDS_ENV: ("device", "vendor_id", "product_id", "specific"),
    HOSTING_ASNS_ENV: ("asn", "owner_word", "provider"),
}

_UNITS = {
    "": 1, "b": 1, "byte": 1, "bytes": 1,
    "kb": 1000, "mb": 1000**2, "gb": 1000**3, "tb": 1000**4,
    "k": 1024, "m": 1024**2, "g": 1024**3, "t": 1024**4,
    "kib": 1024, "mib": 1024**2, "gib": 1024**3, "tib": 1024**4,
}
_SIZE = re.compile(r"^\s*([0-9]+(?:\.[0-9]+)?)\s*([a-zA-Z]*)\s*$")


class SettingsError(ValueError):
    """One or more settings are unusable; `problems` holds one line per setting."""

    def __init__(self, problems: list[str]) -> None:
        super().__init__("; ".join(problems))
        self.problems = list(problems)


def parse_size(text: str) -> int:
    """Bytes in a size such as `6GB`, `6 GB`, `512MiB`, `2G` (KB/MB/GB/TB are powers of 1000,
    KiB/MiB/GiB/TiB and K/M/G/T of 1024, as in DuckDB and the limits in
    `ringwatch.limits`). Raises ValueError with the reason."""
    match = _SIZE.match(text or "")
    if not match:
        raise ValueError("not a size (expected a number and a unit, e.g. 6GB or 512MiB)")
    number, unit = match.groups()
    factor = _UNITS.get(unit.lower())
    if factor is None:
        raise ValueError(f"unknown unit {unit!r} (use KB, MB, GB, TB or KiB, MiB, GiB, TiB)")
    return int(float(number) * factor)


def format_size(n: int) -> str:
    for unit, factor in (("TiB", 1024**4), ("GiB", 1024**3), ("MiB", 1024**2), ("KiB", 1024)):
        if n >= factor and n % factor == 0:
            return f"{n // factor}{unit}"
    return f"{n / 1024**2:.0f}MiB" if n >= 1024**2 else f"{n}B"


def memory_limit_bytes(text: str, source: str = MEMORY_ENV) -> int:
    """A validated memory limit in bytes; ValueError names the setting and the minimum."""
    try:
        n = parse_size(text)
    except ValueError as exc:
        raise ValueError(f"{source}={text!r}: {exc}") from None
    if n < MIN_MEMORY:
        raise ValueError(f"{source}={text!r} is below the minimum of {format_size(MIN_MEMORY)} "
                         "(the default is 6GB; use e.g. 2GB on a small machine)")
    return n


def duckdb_memory_limit(n_bytes: int) -> str:
    """The value for DuckDB's `SET memory_limit`: digits and a unit only, so it is safe to
    place in a SQL literal (the setting cannot be a bound parameter)."""
    value = f"{int(n_bytes) // 1024}KiB"
    if not re.fullmatch(r"[0-9]+KiB", value):
        raise ValueError(f"memory limit {n_bytes!r} is not a number of bytes")
    return value


def default_workers() -> int:
    return max(1, min(os.cpu_count() or 1, 8))


@dataclass(frozen=True)
class Settings:
    memory_bytes: int
    workers: int
    hosting_ranges: Path | None = None
    remote_tools: Path | None = None
    ip_kvm: Path | None = None
    limits: object | None = None  # ringwatch.limits.Limits: what a bundle may make ringwatch read

    @property
    def memory_limit(self) -> str:
        return duckdb_memory_limit(self.memory_bytes)


def _check_list(var: str, value: str) -> tuple[Path | None, str | None]:
    path = Path(value).expanduser()
    if not path.exists():
        return None, f"{var}={value!r}: no such file"
    if not path.is_file():
        return None, f"{var}={value!r}: not a regular file"
    try:
        with path.open(newline="", encoding="utf-8") as fh:
            header = next(csv.reader(fh), [])
    except (OSError, UnicodeDecodeError, csv.Error) as exc:
        return None, f"{var}={value!r}: cannot be read ({exc.__class__.__name__}: {exc})"
    missing = [c for c in LIST_COLUMNS[var] if c not in [h.strip() for h in header]]
    if missing:
        return None, (f"{var}={value!r}: the CSV header lacks {', '.join(missing)} "
                      f"(needs {', '.join(LIST_COLUMNS[var])})")
    if var == HOSTING_RANGES_ENV:  # every CIDR parsed now (cached: the normaliser reuses it)
        from ringwatch.normalise.network import load_hosting_ranges

        try:
            load_hosting_ranges(path)
        except (ValueError, OSError, UnicodeDecodeError, csv.Error) as exc:
            return None, f"{var}={value!r}: {exc}"
    return path, None


def load_settings(environ: Mapping[str, str] | None = None) -> Settings:
    """Read and check every RINGWATCH_* setting; raise SettingsError listing all problems."""
    env = os.environ if environ is None else environ
    problems: list[str] = []

    memory = env.get(MEMORY_ENV) or DEFAULT_MEMORY
    try:
        memory_bytes = memory_limit_bytes(memory)
    except ValueError as exc:
        problems.append(str(exc))
        memory_bytes = 0

    workers = default_workers()
    raw = (env.get(WORKERS_ENV) or "").strip()
    if raw:
        if not re.fullmatch(r"[0-9]+", raw) or not 1 <= int(raw) <= MAX_WORKERS:
            problems.append(f"{WORKERS_ENV}={env.get(WORKERS_ENV)!r}: expected a whole number "
                            f"from 1 to {MAX_WORKERS} (1 turns worker processes off)")
        else:
            workers = int(raw)

    lists: dict[str, Path | None] = {}
    for var in LIST_COLUMNS:
        value = env.get(var)
        lists[var] = None
        if value:
            lists[var], problem = _check_list(var, value)
            if problem:
                problems.append(problem)

    limits = None
    try:  # the resource limits (RINGWATCH_MAX_*) are checked with the rest
        from ringwatch.limits import Limits
    except ImportError:  # pragma: no cover - older trees
        Limits = None
    if Limits is not None:
        try:
            limits = Limits.from_env(env)
        except ValueError as exc:
            problems.append(str(exc))

    if problems:
        raise SettingsError(problems)
    return Settings(memory_bytes=memory_bytes, workers=workers,
                    hosting_ranges=lists[HOSTING_RANGES_ENV], remote_tools=lists[REMOTE_TOOLS_ENV],
                    ip_kvm=lists[IP_KVM_ENV], limits=limits)
